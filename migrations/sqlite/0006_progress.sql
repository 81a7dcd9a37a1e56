-- Statuses a caseworker can set (received, acknowledged, in progress, waiting for the resident,
-- resolved, closed): "done" is now "resolved".
UPDATE requests SET status = 'resolved' WHERE status = 'done';
