//! The `outbox` table: messages waiting for the council's mail sender. A sender claims a batch
//! for a while (a lease); what it has not marked sent by then is claimed again by another, so a
//! sender that dies mid-batch leaves nothing undone, and two never hold the same message.

use sqlx::FromRow;

use super::{now, Db};

#[derive(Debug, Clone, FromRow)]
pub struct OutboxMessage {
    pub id: i64,
    pub recipient: String,
    pub template: String,
    /// The template's data, as JSON.
    pub data: String,
    /// Tries so far that did not send it.
    pub attempts: i64,
}

/// A message to queue in the same transaction as the change it tells of, so neither is kept
/// without the other.
#[derive(Debug, Clone)]
pub struct Message {
    pub recipient: String,
    pub template: &'static str,
    /// What the template needs, as JSON (with the recipient's `locale`).
    pub data: serde_json::Value,
}

const QUEUE: &str =
    "INSERT INTO outbox (recipient, template, data, created_at) VALUES ($1, $2, $3, $4)";

/// Queues a message within the caller's transaction.
pub(super) async fn queue_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    message: &Message,
) -> Result<(), sqlx::Error> {
    sqlx::query(QUEUE)
        .bind(&message.recipient)
        .bind(message.template)
        .bind(message.data.to_string())
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Db {
    /// Queues a message for the council's mail sender.
    pub async fn queue_message(
        &self,
        recipient: &str,
        template: &str,
        data: &serde_json::Value,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(QUEUE)
            .bind(recipient)
            .bind(template)
            .bind(data.to_string())
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Every queued message, sent or not, oldest first.
    pub async fn outbox(&self) -> Result<Vec<OutboxMessage>, sqlx::Error> {
        sqlx::query_as("SELECT id, recipient, template, data, attempts FROM outbox ORDER BY id")
            .fetch_all(&self.pool)
            .await
    }

    /// Claims up to `limit` unsent messages no one holds, for `seconds`, oldest first.
    pub async fn claim_messages(
        &self,
        holder: &str,
        limit: i64,
        seconds: i64,
    ) -> Result<Vec<OutboxMessage>, sqlx::Error> {
        // One statement, so two senders cannot claim the same message: SQLite runs writes one at
        // a time, and PostgreSQL skips rows another sender has locked.
        let skip_locked = match self.kind {
            super::Kind::Postgres => "FOR UPDATE SKIP LOCKED",
            super::Kind::Sqlite => "",
        };
        sqlx::query_as(&format!(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2 WHERE id IN \
             (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND claimed_until <= $3 ORDER BY id LIMIT $4 {skip_locked}) \
             RETURNING id, recipient, template, data, attempts"
        ))
        .bind(holder)
        .bind(now() + seconds)
        .bind(now())
        .bind(limit)
        .fetch_all(&self.pool)
        .await
    }

    /// Marks a claimed message sent. False if the claim had run out and passed to another sender.
    pub async fn mark_message_sent(&self, id: i64, holder: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE outbox SET sent_at = $1 WHERE id = $2 AND claimed_by = $3 AND sent_at IS NULL",
        )
        .bind(now())
        .bind(id)
        .bind(holder)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Notes a try that did not send a claimed message: it is tried again in `retry_in` seconds
    /// (its claim lasts till then), or, with none, kept as failed.
    pub async fn mark_message_failed(
        &self,
        id: i64,
        holder: &str,
        error: &str,
        retry_in: Option<i64>,
    ) -> Result<(), sqlx::Error> {
        let error: String = error.chars().take(500).collect();
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $1, claimed_until = $2, \
             failed_at = $3 WHERE id = $4 AND claimed_by = $5 AND sent_at IS NULL",
        )
        .bind(error)
        .bind(now() + retry_in.unwrap_or(0))
        .bind(retry_in.is_none().then(now))
        .bind(id)
        .bind(holder)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Messages that could not be sent and are tried no more: (recipient, template, error).
    pub async fn failed_messages(&self) -> Result<Vec<(String, String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT recipient, template, COALESCE(last_error, '') FROM outbox \
             WHERE failed_at IS NOT NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
    }

    /// Messages not yet sent, for the queue-depth metric.
    pub async fn unsent_messages(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await
    }
}
