//! The `outbox` table: messages waiting for the council's mail sender.

use sqlx::FromRow;

use super::{now, Db};

#[derive(Debug, Clone, FromRow)]
pub struct OutboxMessage {
    pub recipient: String,
    pub template: String,
    /// The template's data, as JSON.
    pub data: String,
}

impl Db {
    /// Queues a message for the council's mail sender.
    pub async fn queue_message(
        &self,
        recipient: &str,
        template: &str,
        data: &serde_json::Value,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO outbox (recipient, template, data, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(recipient)
        .bind(template)
        .bind(data.to_string())
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every queued message, oldest first.
    pub async fn outbox(&self) -> Result<Vec<OutboxMessage>, sqlx::Error> {
        sqlx::query_as("SELECT recipient, template, data FROM outbox ORDER BY id")
            .fetch_all(&self.pool)
            .await
    }
}
