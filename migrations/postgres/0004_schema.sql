-- PostgreSQL came with the fourth migration: this is the whole schema as SQLite has it after
-- migrations 0001 to 0004. From here on a change is one migration in each folder, numbered alike.
--
-- Times are seconds since 1970 and flags are 0 or 1, as in SQLite, so one set of queries serves
-- both. `rowid` keeps the order rows were written in, as SQLite's own rowid does.

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    csrf_token TEXT NOT NULL,
    tracked_reference TEXT,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    returning_draft TEXT,
    return_attempts BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);

CREATE TABLE drafts (
    rowid BIGSERIAL NOT NULL,
    id TEXT PRIMARY KEY NOT NULL,
    session_hash TEXT NOT NULL,
    service_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    submitted BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    access_code_hash TEXT,
    return_token_hash TEXT,
    expires_at BIGINT NOT NULL DEFAULT 0,
    answers_format BIGINT NOT NULL DEFAULT 2
);
CREATE INDEX drafts_by_session ON drafts (session_hash, service_id, created_at);
CREATE INDEX drafts_by_access_code ON drafts (access_code_hash);
CREATE INDEX drafts_by_return_token ON drafts (return_token_hash);
CREATE INDEX drafts_by_expiry ON drafts (expires_at);

CREATE TABLE requests (
    reference TEXT PRIMARY KEY NOT NULL,
    draft_id TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    email TEXT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    act_by TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    answers_format BIGINT NOT NULL DEFAULT 2
);
CREATE INDEX requests_by_email ON requests (reference, email);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    recipient TEXT NOT NULL,
    template TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE uploads (
    rowid BIGSERIAL NOT NULL,
    id TEXT PRIMARY KEY,
    draft_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    length BIGINT NOT NULL,
    received BIGINT NOT NULL DEFAULT 0,
    stored_size BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    scan TEXT NOT NULL DEFAULT 'not-scanned',
    has_thumbnail BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX uploads_by_draft ON uploads (draft_id, question_id);
