-- Evidence files. A file belongs to a draft (and so to whoever holds the draft), then to the
-- request sent from it. The bytes are in the evidence store under `evidence/<id>`; while a
-- resumable upload is under way they are in the upload folder.
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,              -- random, unguessable; also the storage key
    draft_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    file_name TEXT NOT NULL,          -- as the resident named it (HEIC photos become .jpg)
    content_type TEXT NOT NULL DEFAULT '',
    length INTEGER NOT NULL,          -- the whole file's size, as announced
    received INTEGER NOT NULL DEFAULT 0,
    stored_size INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,             -- receiving | stored
    scan TEXT NOT NULL DEFAULT 'not-scanned',  -- clean | not-scanned
    has_thumbnail INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL       -- for unfinished uploads
);
CREATE INDEX uploads_by_draft ON uploads (draft_id, question_id);
