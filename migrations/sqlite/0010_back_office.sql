-- The back office: a council's CRM or case system reads and moves requests with an API key, and
-- is told of changes by signed webhooks.

-- API keys, by name (a name is never reused, so the history's "api-key:<name>" names one key).
-- Only the SHA-256 hash of a key is kept; scopes is a list: "read" or "read,update".
CREATE TABLE api_keys (
    name TEXT PRIMARY KEY NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);

-- Notes staff add to a request without moving it: never shown to the resident.
CREATE TABLE staff_notes (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL REFERENCES requests (reference),
    note TEXT NOT NULL,
    made_by TEXT NOT NULL,
    made_at INTEGER NOT NULL
);
CREATE INDEX staff_notes_by_request ON staff_notes (reference, made_at);

-- Webhooks waiting to be delivered to the council's system, queued in the same transaction as the
-- change they tell of. message_id is the webhook-id header (the same on every try, so the
-- receiver can ignore a repeat). Claimed by one server at a time, like the outbox; kept after
-- the last try as failed, with the receiver's answer.
CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_until INTEGER NOT NULL DEFAULT 0,
    delivered_at INTEGER,
    failed_at INTEGER,
    last_error TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (delivered_at, failed_at, claimed_until);

-- The back office's list is in the order of the promised date, then of sending.
CREATE INDEX requests_by_act_by ON requests (act_by, submitted_at, reference);
