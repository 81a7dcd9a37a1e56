//! The `drafts` table: a resident's answers for one journey, kept for 28 days after the last change.

use frontdoor_domain::Answers;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{flag, now, read_answers, write_answers, Db, DraftId};

/// How long a draft is kept after its last change: 28 days.
pub const DRAFT_LIFETIME: i64 = 28 * 24 * 60 * 60;

/// A resident's answers for one journey.
#[derive(Debug, Clone)]
pub struct DraftRow {
    pub id: DraftId,
    pub answers: Answers,
    pub submitted: bool,
}

/// An unsent draft found by its id, access code or return link, with its service.
#[derive(Debug, Clone)]
pub struct SavedDraft {
    pub id: DraftId,
    pub service_id: String,
    pub answers: Answers,
}

impl SavedDraft {
    /// Reads `id, service_id, answers`.
    pub(super) fn from_row(r: AnyRow) -> Result<SavedDraft, sqlx::Error> {
        Ok(SavedDraft {
            id: r.try_get(0)?,
            service_id: r.try_get(1)?,
            answers: read_answers(r.try_get(2)?)?,
        })
    }
}

impl Db {
    /// The newest draft of this session for this service, sent or not.
    pub async fn latest_draft(
        &self,
        session: &str,
        service: &str,
    ) -> Result<Option<DraftRow>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, answers, submitted FROM drafts WHERE session_hash = $1 AND service_id = $2 AND (submitted = 1 OR expires_at > $3) \
             ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(session)
        .bind(service)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(DraftRow {
                id: r.try_get(0)?,
                answers: read_answers(r.try_get(1)?)?,
                submitted: flag(&r, "submitted")?,
            })
        })
        .transpose()
    }

    /// Saves answers to the draft in progress, or starts a new draft.
    pub async fn save_answers(
        &self,
        session: &str,
        service: &str,
        draft_id: Option<&DraftId>,
        answers: &Answers,
    ) -> Result<DraftId, sqlx::Error> {
        let json = write_answers(answers);
        if let Some(id) = draft_id {
            let done = sqlx::query("UPDATE drafts SET answers = $1, updated_at = $2, expires_at = $3 WHERE id = $4 AND submitted = 0")
                .bind(&json)
                .bind(now())
                .bind(now() + DRAFT_LIFETIME)
                .bind(id)
                .execute(&self.pool)
                .await?;
            if done.rows_affected() == 1 {
                return Ok(id.clone());
            }
        }
        self.keep_session(session).await?;
        let id = DraftId::new();
        sqlx::query("INSERT INTO drafts (id, session_hash, service_id, answers, created_at, updated_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(&id)
            .bind(session)
            .bind(service)
            .bind(&json)
            .bind(now())
            .bind(now())
            .bind(now() + DRAFT_LIFETIME)
            .execute(&self.pool)
            .await?;
        Ok(id)
    }

    /// An unsent, unexpired draft.
    pub async fn draft_by_id(&self, id: &str) -> Result<Option<SavedDraft>, sqlx::Error> {
        sqlx::query("SELECT id, service_id, answers FROM drafts WHERE id = $1 AND submitted = 0 AND expires_at > $2")
            .bind(id)
            .bind(now())
            .fetch_optional(&self.pool)
            .await?
            .map(SavedDraft::from_row)
            .transpose()
    }

    /// Deletes unsent drafts past their expiry and sessions unused for as long. Returns how many drafts went.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let drafts = sqlx::query("DELETE FROM drafts WHERE submitted = 0 AND expires_at <= $1")
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE last_seen_at <= $1 AND id_hash NOT IN (SELECT session_hash FROM drafts)")
            .bind(now() - DRAFT_LIFETIME)
            .execute(&self.pool)
            .await?;
        Ok(drafts.rows_affected())
    }

    /// For tests and the sweeper's log: how many drafts exist.
    pub async fn count_drafts(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT count(*) FROM drafts")
            .fetch_one(&self.pool)
            .await
    }

    /// Moves a draft's expiry (tests use this to make a draft old).
    pub async fn set_draft_expiry(
        &self,
        draft_id: &str,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE drafts SET expires_at = $1 WHERE id = $2")
            .bind(expires_at)
            .bind(draft_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
