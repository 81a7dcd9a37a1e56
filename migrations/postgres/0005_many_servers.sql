-- Several servers on one database.

-- Work one server at a time should do (the sweeper), held until `expires_at`.
CREATE TABLE leases (
    name TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Tries counted per key (a session, a client address, a reference) within a window.
CREATE TABLE attempts (
    key TEXT PRIMARY KEY NOT NULL,
    window_start BIGINT NOT NULL,
    count BIGINT NOT NULL
);

-- The bytes of an unfinished resumable upload, one part per PATCH, kept in the evidence store
-- under `key` so that the next PATCH may reach any server.
CREATE TABLE upload_parts (
    upload_id TEXT NOT NULL,
    start BIGINT NOT NULL,
    length BIGINT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (upload_id, start)
);

-- A message is claimed by one sender at a time, until `claimed_until`, then marked sent.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN sent_at BIGINT;
CREATE INDEX outbox_unsent ON outbox (sent_at, claimed_until);

-- A complete upload is checked by one server at a time, until `checking_until`.
ALTER TABLE uploads ADD COLUMN checking_until BIGINT NOT NULL DEFAULT 0;

-- The sweeper finds expired drafts and uploads by these.
CREATE INDEX uploads_by_expiry ON uploads (status, expires_at);

-- (sessions_by_last_seen came with 0004 here.)
