-- The date a request is to be acknowledged by, where its service promises that (a complaint
-- within 3 working days), stored when it is sent like the date to act by.
ALTER TABLE requests ADD COLUMN acknowledge_by TEXT;
