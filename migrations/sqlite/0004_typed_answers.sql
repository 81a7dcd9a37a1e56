-- Answers are typed JSON values (a list for ticked boxes, list items and files, an object for an
-- address, a number for a number, null for an optional question left blank). Rows saved before
-- hold one string per question: they are marked 1 here and converted by the server at start-up,
-- with each question's own rules, before it takes any request. New rows are 2.
ALTER TABLE drafts ADD COLUMN answers_format INTEGER NOT NULL DEFAULT 2;
ALTER TABLE requests ADD COLUMN answers_format INTEGER NOT NULL DEFAULT 2;
UPDATE drafts SET answers_format = 1;
UPDATE requests SET answers_format = 1;
