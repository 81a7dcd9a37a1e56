-- A visitor's session: only a hash of the cookie value is stored.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    csrf_token TEXT NOT NULL,
    tracked_reference TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);

-- Answers saved as a resident goes, one draft per journey.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    session_hash TEXT NOT NULL,
    service_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    submitted INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX drafts_by_session ON drafts (session_hash, service_id, created_at);

-- Submitted requests. One per draft, so a repeated submit cannot create a second.
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
    submitted_at INTEGER NOT NULL
);
CREATE INDEX requests_by_email ON requests (reference, email);
