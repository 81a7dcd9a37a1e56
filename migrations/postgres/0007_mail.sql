-- Messages are tried again after a failure, waiting longer each time, and kept as failed after
-- the last try (with the mail server's reply) for caseworkers to see.
ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN failed_at BIGINT;
