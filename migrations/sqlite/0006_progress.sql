-- Statuses a caseworker can set (received, acknowledged, in progress, waiting for the resident,
-- resolved, closed): "done" is now "resolved".
UPDATE requests SET status = 'resolved' WHERE status = 'done';

-- Every status a request has had, with the note the resident may read and the note kept for
-- staff apart. made_by is "resident" for the request being sent, else the caseworker's id (never
-- shown to residents).
CREATE TABLE request_history (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL REFERENCES requests (reference),
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    staff_note TEXT NOT NULL DEFAULT '',
    made_by TEXT NOT NULL,
    made_at INTEGER NOT NULL
);
CREATE INDEX request_history_by_request ON request_history (reference, made_at);

-- Requests sent before have one entry: the status they have, from when they were sent.
INSERT INTO request_history (reference, status, made_by, made_at)
SELECT reference, status, 'resident', submitted_at FROM requests;
