-- Save and come back later: a draft can be reopened with an access code or a return link (both
-- stored only as hashes) after a check against an answer in it. Drafts expire 28 days after the
-- last change and are then deleted.
ALTER TABLE drafts ADD COLUMN access_code_hash TEXT;
ALTER TABLE drafts ADD COLUMN return_token_hash TEXT;
ALTER TABLE drafts ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
UPDATE drafts SET expires_at = updated_at + 2419200;
CREATE INDEX drafts_by_access_code ON drafts (access_code_hash);
CREATE INDEX drafts_by_return_token ON drafts (return_token_hash);
CREATE INDEX drafts_by_expiry ON drafts (expires_at);

-- A draft being reopened in this session, waiting for the check; and wrong answers to it so far.
ALTER TABLE sessions ADD COLUMN returning_draft TEXT;
ALTER TABLE sessions ADD COLUMN return_attempts INTEGER NOT NULL DEFAULT 0;

-- Messages for residents, for the council's mail sender to deliver.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    template TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
