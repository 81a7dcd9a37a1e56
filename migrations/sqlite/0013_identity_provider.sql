-- A sign-in through the council's identity provider under way: the state sent (as a hash), the
-- browser that started it (its session's hash), and the PKCE verifier and nonce to check the
-- answer with.
CREATE TABLE provider_sign_ins (
    state_hash TEXT PRIMARY KEY NOT NULL,
    session_hash TEXT NOT NULL,
    verifier TEXT NOT NULL,
    nonce TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
