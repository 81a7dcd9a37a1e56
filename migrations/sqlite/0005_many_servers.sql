-- Several servers on one database.

-- Work one server at a time should do (the sweeper), held until `expires_at`.
CREATE TABLE leases (
    name TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);

-- Tries counted per key (a session, a client address, a reference) within a window.
CREATE TABLE attempts (
    key TEXT PRIMARY KEY NOT NULL,
    window_start INTEGER NOT NULL,
    count INTEGER NOT NULL
);

-- The bytes of an unfinished resumable upload, one part per PATCH, kept in the evidence store
-- under `key` so that the next PATCH may reach any server.
CREATE TABLE upload_parts (
    upload_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (upload_id, start)
);

-- A message is claimed by one sender at a time, until `claimed_until`, then marked sent.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN sent_at INTEGER;
CREATE INDEX outbox_unsent ON outbox (sent_at, claimed_until);

-- A complete upload is checked by one server at a time, until `checking_until`.
ALTER TABLE uploads ADD COLUMN checking_until INTEGER NOT NULL DEFAULT 0;

-- The sweeper finds expired drafts and uploads by these.
CREATE INDEX uploads_by_expiry ON uploads (status, expires_at);

-- The sweeper finds sessions unused for long by this.
CREATE INDEX IF NOT EXISTS sessions_by_last_seen ON sessions (last_seen_at);

-- Unfinished uploads of the previous release kept their bytes in the server's upload folder,
-- where other servers cannot reach them: they start again from the first byte (the resident's
-- browser asks how many bytes are held, hears 0, and sends the file again).
UPDATE uploads SET received = 0 WHERE status = 'receiving';
