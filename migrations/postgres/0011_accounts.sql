-- Residents' accounts, by a verified email address (stored lower-case). Nothing to remember: they
-- sign in with a code or a link emailed to them.
CREATE TABLE residents (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- A sign-in under way: the browser holds the token; the email holds the code and the link (either
-- works, once). Only hashes are kept.
CREATE TABLE resident_sign_ins (
    token_hash TEXT PRIMARY KEY NOT NULL,
    link_hash TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    tries BIGINT NOT NULL DEFAULT 0,
    used BIGINT NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL
);

-- The resident signed in with a session, if any.
ALTER TABLE sessions ADD COLUMN resident_id TEXT;
CREATE INDEX sessions_by_resident ON sessions (resident_id);
