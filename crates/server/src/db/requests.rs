//! The `requests` table: what was sent, under its reference, and its status.

use frontdoor_domain::api::{RequestStatus, RequestSummary};
use frontdoor_domain::{Answers, Reference};
use sqlx::Row;

use super::{now, read_answers, write_answers, Db, DraftId, Message};

/// What is stored when a request is sent.
pub struct NewRequest<'a> {
    pub reference: &'a Reference,
    pub draft_id: &'a str,
    pub service_id: &'a str,
    pub answers: &'a Answers,
    pub email: &'a str,
    pub locale: &'a str,
    pub submitted_on: String,
    pub act_by: String,
    pub acknowledge_by: Option<String>,
    /// The acknowledgement to send the resident, queued with the request.
    pub acknowledgement: Option<Message>,
}

/// A sent request as a caseworker needs it: the draft it came from, its service and the answers sent.
#[derive(Debug, Clone)]
pub struct SentRequest {
    pub draft_id: DraftId,
    pub service_id: String,
    pub answers: Answers,
}

impl Db {
    /// Stores a request for a draft, once: a second call for the same draft stores nothing.
    /// Returns false when the reference was already taken by another request.
    pub async fn insert_request(&self, r: &NewRequest<'_>) -> Result<bool, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO requests (reference, draft_id, service_id, answers, email, locale, status, submitted_on, act_by, submitted_at, acknowledge_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (draft_id) DO NOTHING",
        )
        .bind(r.reference.as_str())
        .bind(r.draft_id)
        .bind(r.service_id)
        .bind(write_answers(r.answers))
        .bind(r.email)
        .bind(r.locale)
        .bind(RequestStatus::Received.as_str())
        .bind(&r.submitted_on)
        .bind(&r.act_by)
        .bind(now())
        .bind(r.acknowledge_by.as_deref())
        .execute(&mut *tx)
        .await;
        let inserted = match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(false),
            Err(e) => return Err(e),
            Ok(done) => done.rows_affected() == 1,
        };
        // A draft sent before has its request, and that request its history, already.
        if inserted {
            super::history::add_entry(
                &mut tx,
                r.reference.as_str(),
                RequestStatus::Received,
                "",
                "",
                super::history::RESIDENT,
            )
            .await?;
            if let Some(acknowledgement) = &r.acknowledgement {
                super::outbox::queue_in(&mut tx, acknowledgement).await?;
            }
            super::queue_webhook_in(
                self,
                &mut tx,
                super::WebhookEvent::RequestCreated,
                r.reference.as_str(),
            )
            .await?;
        }
        sqlx::query("UPDATE drafts SET submitted = 1, updated_at = $1 WHERE id = $2")
            .bind(now())
            .bind(r.draft_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn request_for_draft(
        &self,
        draft_id: &str,
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("draft_id = $1", &[draft_id]).await
    }

    pub async fn request_by_reference(
        &self,
        reference: &str,
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("reference = $1", &[reference]).await
    }

    /// A request matching both reference and email (email compared without regard to case).
    pub async fn request_by_reference_and_email(
        &self,
        reference: &str,
        email: &str,
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where(
            "reference = $1 AND lower(email) = lower($2)",
            &[reference, email],
        )
        .await
    }

    pub async fn count_requests(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT count(*) FROM requests")
            .fetch_one(&self.pool)
            .await
    }

    async fn request_where(
        &self,
        condition: &str,
        binds: &[&str],
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        let sql = format!("SELECT reference, service_id, status, submitted_on, act_by, acknowledge_by FROM requests WHERE {condition}");
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = query.bind(*b);
        }
        let row = query.fetch_optional(&self.pool).await?;
        row.map(|r| {
            let reference: String = r.try_get(0)?;
            Ok(RequestSummary {
                reference: Reference::parse(&reference)
                    .map(|r| r.display())
                    .unwrap_or(reference),
                service: r.try_get(1)?,
                status: RequestStatus::parse(r.try_get::<&str, _>(2)?)
                    .unwrap_or(RequestStatus::Received),
                submitted_on: r.try_get(3)?,
                act_by: r.try_get(4)?,
                acknowledge_by: r.try_get(5)?,
                overdue: false,
                history: vec![],
            })
        })
        .transpose()
    }

    /// Who sent a request and in which language: (email, locale, service). None when no request
    /// has that reference.
    pub async fn request_contact(
        &self,
        reference: &str,
    ) -> Result<Option<(String, String, String)>, sqlx::Error> {
        sqlx::query("SELECT email, locale, service_id FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
            .transpose()
    }

    /// The draft a sent request came from, its service and the answers sent.
    pub async fn draft_of_request(
        &self,
        reference: &str,
    ) -> Result<Option<SentRequest>, sqlx::Error> {
        sqlx::query("SELECT draft_id, service_id, answers FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| {
                Ok(SentRequest {
                    draft_id: r.try_get(0)?,
                    service_id: r.try_get(1)?,
                    answers: read_answers(r.try_get(2)?)?,
                })
            })
            .transpose()
    }
}
