//! What residents add once a request is sent: a reply to "waiting for you" and a rating of how
//! it was dealt with; and the messages about a request that could not be sent.

use frontdoor_domain::casework::{Rating, Satisfaction};
use frontdoor_domain::progress::RequestStatus;
use sqlx::Row;

use super::{now, Db, Moved};

impl Db {
    /// A resident's answer to "waiting for you": the request goes back to the caseworker ("in
    /// progress") with the reply and its files in its history, in one transaction. Refused
    /// (`StatusChanged`) unless the request is waiting for the resident.
    pub async fn add_reply(
        &self,
        reference: &str,
        reply: &str,
        files: &[String],
    ) -> Result<Moved, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let moved =
            sqlx::query("UPDATE requests SET status = $1 WHERE reference = $2 AND status = $3")
                .bind(RequestStatus::InProgress.as_str())
                .bind(reference)
                .bind(RequestStatus::WaitingForResident.as_str())
                .execute(&mut *tx)
                .await?;
        if moved.rows_affected() == 0 {
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1")
                    .bind(reference)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(match status.as_deref().and_then(RequestStatus::parse) {
                Some(s) => Moved::StatusChanged(s),
                None => Moved::NoSuchRequest,
            });
        }
        sqlx::query(
            "INSERT INTO request_history (reference, status, note, made_by, made_at, reply, files) \
             VALUES ($1, $2, $3, $4, $5, 1, $6)",
        )
        .bind(reference)
        .bind(RequestStatus::InProgress.as_str())
        .bind(reply)
        .bind(super::RESIDENT)
        .bind(now())
        .bind(files.join(" "))
        .execute(&mut *tx)
        .await?;
        self.queue_webhook_in(
            &mut tx,
            super::WebhookEvent::RequestResidentReplied,
            reference,
        )
        .await?;
        tx.commit().await?;
        Ok(Moved::Done)
    }

    /// Keeps a resident's rating of a request. False when it was rated before (the first stands).
    pub async fn rate_request(
        &self,
        reference: &str,
        service_id: &str,
        rating: &Rating,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO ratings (reference, service_id, satisfaction, comment, rated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (reference) DO NOTHING",
        )
        .bind(reference)
        .bind(service_id)
        .bind(rating.satisfaction.as_str())
        .bind(&rating.comment)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn rating_of(&self, reference: &str) -> Result<Option<Rating>, sqlx::Error> {
        let row = sqlx::query("SELECT satisfaction, comment FROM ratings WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let s: &str = r.try_get(0)?;
            Ok(Rating {
                satisfaction: Satisfaction::parse(s).unwrap_or(Satisfaction::Neither),
                comment: r.try_get(1)?,
            })
        })
        .transpose()
    }

    /// How many residents gave each answer, for one service.
    pub async fn ratings_of_service(
        &self,
        service_id: &str,
    ) -> Result<Vec<(Satisfaction, i64)>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT satisfaction, count(*) FROM ratings WHERE service_id = $1 GROUP BY satisfaction",
        )
        .bind(service_id)
        .fetch_all(&self.pool)
        .await?;
        let mut counts: Vec<(Satisfaction, i64)> =
            Satisfaction::ALL.iter().map(|s| (*s, 0)).collect();
        for r in rows {
            let s: &str = r.try_get(0)?;
            let n: i64 = r.try_get(1)?;
            if let Some(c) = counts
                .iter_mut()
                .find(|(k, _)| Some(*k) == Satisfaction::parse(s))
            {
                c.1 = n;
            }
        }
        Ok(counts)
    }

    /// Messages about a request that could not be sent and are tried no more: (template, error).
    pub async fn failed_messages_about(
        &self,
        reference_shown: &str,
    ) -> Result<Vec<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT template, COALESCE(last_error, '') FROM outbox \
             WHERE failed_at IS NOT NULL AND data LIKE $1 ORDER BY id",
        )
        .bind(format!("%\"reference\":\"{reference_shown}\"%"))
        .fetch_all(&self.pool)
        .await
    }
}
