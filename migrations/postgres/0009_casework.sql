-- Council staff who may sign in to the caseworker area (added with `frontdoor staff add`),
-- by email address, stored lower-case.
CREATE TABLE staff (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- Set when the account is removed (someone leaves): they can no longer sign in, and their
    -- name stays on the history they made.
    removed_at BIGINT
);

-- A sign-in under way: the browser holds the token, the caseworker's inbox the code. Only hashes
-- are kept. staff_id is empty for an address with no account, whose code never matches, so the
-- pages cannot tell anyone which addresses have accounts.
CREATE TABLE staff_sign_ins (
    token_hash TEXT PRIMARY KEY NOT NULL,
    staff_id TEXT,
    code_hash TEXT NOT NULL,
    tries BIGINT NOT NULL DEFAULT 0,
    used BIGINT NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL
);

-- A caseworker signed in: the cookie's hash, until it expires or they sign out.
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- A resident's answer to "waiting for you" is an entry of the request's history, with the ids of
-- the files sent with it (space-separated).
ALTER TABLE request_history ADD COLUMN reply BIGINT NOT NULL DEFAULT 0;
ALTER TABLE request_history ADD COLUMN files TEXT NOT NULL DEFAULT '';

-- How satisfied the resident was, once per request, after it was resolved or closed.
CREATE TABLE ratings (
    reference TEXT PRIMARY KEY NOT NULL REFERENCES requests (reference),
    service_id TEXT NOT NULL,
    satisfaction TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    rated_at BIGINT NOT NULL
);
CREATE INDEX ratings_by_service ON ratings (service_id);
CREATE INDEX requests_by_promise ON requests (act_by, submitted_at);
