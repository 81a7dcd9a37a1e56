//! The `webhook_deliveries` table: news of requests for the council's CRM or case system, waiting
//! to be delivered to FRONTDOOR_WEBHOOK_URL (see `crate::webhooks`). Each is queued in the same
//! transaction as the change it tells of, so the CRM is told of every change and of no change
//! that was not kept. Like the outbox, a sender claims a batch for a while; what it has not
//! marked delivered by then is claimed again by another, and two never hold the same delivery.
//!
//! A delivery names the request by reference, with its service and status: nothing a resident
//! wrote, so nothing personal leaves the council's systems this way. The CRM reads the rest with
//! its API key.

use sqlx::{FromRow, Row};

use super::{now, Db};

/// What happened to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebhookEvent {
    /// A resident sent a request.
    RequestCreated,
    /// A caseworker (or the CRM) moved a request on.
    RequestStatusChanged,
    /// The resident answered a request for information.
    RequestResidentReplied,
    /// The resident passed new contact details (or address) to the request.
    RequestDetailsChanged,
}

impl WebhookEvent {
    /// The `type` the receiver reads.
    pub fn as_str(self) -> &'static str {
        match self {
            WebhookEvent::RequestCreated => "request.created",
            WebhookEvent::RequestStatusChanged => "request.status_changed",
            WebhookEvent::RequestResidentReplied => "request.resident_replied",
            WebhookEvent::RequestDetailsChanged => "request.details_changed",
        }
    }
}

/// A delivery as a sender holds it.
#[derive(Debug, Clone, FromRow)]
pub struct WebhookDelivery {
    pub id: i64,
    /// The `webhook-id` header: the same on every try.
    pub message_id: String,
    pub event_type: String,
    /// The body sent, exactly as signed.
    pub payload: String,
    /// Tries so far that were not taken.
    pub attempts: i64,
}

/// A delivery as kept, for those looking after the service (and tests).
#[derive(Debug, Clone, FromRow)]
pub struct WebhookRecord {
    pub message_id: String,
    pub event_type: String,
    pub payload: String,
    pub attempts: i64,
    pub claimed_until: i64,
    pub delivered_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
}

/// RFC 3339 in UTC (`2026-12-03T12:42:07Z`): the payload's `timestamp`, and times in the
/// back-office API.
pub fn rfc3339(unix: i64) -> String {
    let t =
        time::OffsetDateTime::from_unix_timestamp(unix).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Queues news of a request for the council's system, within the caller's transaction (the one
/// that makes the change), when this server has a webhook receiver set; otherwise does nothing.
/// The payload is built here from the request as the transaction sees it:
/// `{"type", "timestamp", "data": {"reference", "service", "status"}}`.
pub async fn queue_webhook_in(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    event: WebhookEvent,
    reference: &str,
) -> Result<(), sqlx::Error> {
    if !db.webhooks {
        return Ok(());
    }
    let Some(row) = sqlx::query("SELECT service_id, status FROM requests WHERE reference = $1")
        .bind(reference)
        .fetch_optional(&mut **tx)
        .await?
    else {
        return Ok(());
    };
    let (service, status): (String, String) = (row.try_get(0)?, row.try_get(1)?);
    let shown = frontdoor_domain::Reference::parse(reference)
        .map(|r| r.display())
        .unwrap_or_else(|| reference.to_string());
    let at = now();
    let payload = serde_json::json!({
        "type": event.as_str(),
        "timestamp": rfc3339(at),
        "data": { "reference": shown, "service": service, "status": status },
    });
    sqlx::query(
        "INSERT INTO webhook_deliveries (message_id, event_type, payload, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(format!("msg_{}", &crate::tokens::random_token()[..32]))
    .bind(event.as_str())
    .bind(payload.to_string())
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Db {
    /// Whether changes queue webhooks: on when FRONTDOOR_WEBHOOK_URL is set.
    pub fn with_webhooks(mut self, on: bool) -> Db {
        self.webhooks = on;
        self
    }

    /// Queues news of a request within the caller's transaction: see [`queue_webhook_in`].
    pub async fn queue_webhook_in(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        event: WebhookEvent,
        reference: &str,
    ) -> Result<(), sqlx::Error> {
        queue_webhook_in(self, tx, event, reference).await
    }

    /// Claims up to `limit` deliveries due now that no one holds, for `seconds`, oldest first.
    pub async fn claim_webhooks(
        &self,
        holder: &str,
        limit: i64,
        seconds: i64,
    ) -> Result<Vec<WebhookDelivery>, sqlx::Error> {
        // One statement, so two senders cannot claim the same delivery (as `claim_messages`).
        let skip_locked = match self.kind {
            super::Kind::Postgres => "FOR UPDATE SKIP LOCKED",
            super::Kind::Sqlite => "",
        };
        sqlx::query_as(&format!(
            "UPDATE webhook_deliveries SET claimed_by = $1, claimed_until = $2 WHERE id IN \
             (SELECT id FROM webhook_deliveries WHERE delivered_at IS NULL AND failed_at IS NULL \
              AND claimed_until <= $3 ORDER BY id LIMIT $4 {skip_locked}) \
             RETURNING id, message_id, event_type, payload, attempts"
        ))
        .bind(holder)
        .bind(now() + seconds)
        .bind(now())
        .bind(limit)
        .fetch_all(&self.pool)
        .await
    }

    /// Marks a claimed delivery taken by the receiver. False if the claim had passed to another.
    pub async fn mark_webhook_delivered(&self, id: i64, holder: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE webhook_deliveries SET delivered_at = $1, attempts = attempts + 1 \
             WHERE id = $2 AND claimed_by = $3 AND delivered_at IS NULL",
        )
        .bind(now())
        .bind(id)
        .bind(holder)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Notes a try the receiver did not take: tried again in `retry_in` seconds (the claim lasts
    /// till then), or, with none, kept as failed.
    pub async fn mark_webhook_failed(
        &self,
        id: i64,
        holder: &str,
        error: &str,
        retry_in: Option<i64>,
    ) -> Result<(), sqlx::Error> {
        let error: String = error.chars().take(500).collect();
        sqlx::query(
            "UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $1, \
             claimed_until = $2, failed_at = $3 \
             WHERE id = $4 AND claimed_by = $5 AND delivered_at IS NULL",
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

    /// Every delivery, delivered or not, oldest first.
    pub async fn webhook_deliveries(&self) -> Result<Vec<WebhookRecord>, sqlx::Error> {
        sqlx::query_as(
            "SELECT message_id, event_type, payload, attempts, claimed_until, delivered_at, \
             failed_at, last_error FROM webhook_deliveries ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
    }

    /// Deliveries still to be made, for the queue-depth metric.
    pub async fn undelivered_webhooks(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT count(*) FROM webhook_deliveries WHERE delivered_at IS NULL AND failed_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await
    }
}
