-- A resident's saved details, one row per field, each stored as the answer (JSON) to the
-- question that asked for it.
CREATE TABLE profile_details (
    resident_id TEXT NOT NULL REFERENCES residents (id),
    field TEXT NOT NULL,
    answer TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (resident_id, field)
);

-- Each time a saved detail filled in a question: which, for which service and form, and when.
-- The request it went into is found by the form (requests.draft_id).
CREATE TABLE profile_uses (
    id BIGSERIAL PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    field TEXT NOT NULL,
    service_id TEXT NOT NULL,
    draft_id TEXT NOT NULL,
    used_at BIGINT NOT NULL
);
CREATE INDEX profile_uses_by_resident ON profile_uses (resident_id, used_at);

-- A saved detail the resident changed, until they say whether to pass it to their open requests
-- ("tell us once").
CREATE TABLE profile_changes (
    id BIGSERIAL PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    field TEXT NOT NULL,
    shown TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    settled BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX profile_changes_by_resident ON profile_changes (resident_id, settled);
