//! Save and come back later: the access code and return link of a draft (hashes only), and the
//! session's draft being reopened with its count of wrong answers.

use super::{now, Db, SavedDraft, DRAFT_LIFETIME};

impl Db {
    /// Gives a draft a new access code and return link (hashes only) and a fresh expiry date.
    /// Returns the expiry time.
    pub async fn set_return_keys(
        &self,
        draft_id: &str,
        code_hash: &str,
        token_hash: &str,
    ) -> Result<i64, sqlx::Error> {
        let expires_at = now() + DRAFT_LIFETIME;
        sqlx::query("UPDATE drafts SET access_code_hash = $1, return_token_hash = $2, expires_at = $3 WHERE id = $4")
            .bind(code_hash)
            .bind(token_hash)
            .bind(expires_at)
            .bind(draft_id)
            .execute(&self.pool)
            .await?;
        Ok(expires_at)
    }

    /// An unsent, unexpired draft by the hash of its access code or of its return link.
    pub async fn saved_draft(
        &self,
        by_code_hash: Option<&str>,
        by_token_hash: Option<&str>,
    ) -> Result<Option<SavedDraft>, sqlx::Error> {
        sqlx::query(
            "SELECT id, service_id, answers FROM drafts WHERE submitted = 0 AND expires_at > $1 \
             AND (access_code_hash = $2 OR return_token_hash = $3)",
        )
        .bind(now())
        .bind(by_code_hash.unwrap_or("-"))
        .bind(by_token_hash.unwrap_or("-"))
        .fetch_optional(&self.pool)
        .await?
        .map(SavedDraft::from_row)
        .transpose()
    }

    /// Marks a draft as being reopened in this session (or clears it with None), resetting attempts.
    pub async fn set_returning_draft(
        &self,
        session: &str,
        draft_id: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, csrf_token, created_at, last_seen_at, returning_draft) VALUES ($1, '', $2, $2, $3) \
             ON CONFLICT (id_hash) DO UPDATE SET returning_draft = excluded.returning_draft, return_attempts = 0",
        )
        .bind(session)
        .bind(now())
        .bind(draft_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts a wrong answer to the return check; returns the count so far.
    pub async fn count_return_attempt(&self, session: &str) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("UPDATE sessions SET return_attempts = return_attempts + 1 WHERE id_hash = $1 RETURNING return_attempts")
            .bind(session)
            .fetch_one(&self.pool)
            .await
    }

    /// Moves a draft into this session, as the newest draft for its service.
    pub async fn adopt_draft(&self, session: &str, draft_id: &str) -> Result<(), sqlx::Error> {
        self.keep_session(session).await?;
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE drafts SET session_hash = $1, created_at = $2, expires_at = $3 WHERE id = $4",
        )
        .bind(session)
        .bind(now())
        .bind(now() + DRAFT_LIFETIME)
        .bind(draft_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE sessions SET returning_draft = NULL, return_attempts = 0 WHERE id_hash = $1",
        )
        .bind(session)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }
}
