//! The `sessions` table: a visitor's session, found by the hash of its cookie. A row is written
//! only when there is something to keep (an answer, a tracked reference, a form being reopened),
//! so a first visit, or a crawler, writes nothing.

use sqlx::FromRow;

use super::{now, Db};

/// What a session holds, besides its hash.
#[derive(Debug, Clone, FromRow)]
pub struct SessionRow {
    pub tracked_reference: Option<String>,
    /// A saved draft being reopened here, waiting for the check.
    pub returning_draft: Option<String>,
    pub last_seen_at: i64,
}

/// A session in use has its last visit noted at most this often (in seconds), to spare writes.
const SEEN_EVERY: i64 = 3600;

impl Db {
    /// Makes sure the session has its row, before something is kept under it.
    pub async fn keep_session(&self, id_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, csrf_token, created_at, last_seen_at) VALUES ($1, '', $2, $2) \
             ON CONFLICT (id_hash) DO NOTHING",
        )
        .bind(id_hash)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The session, if it exists. A session in use is kept: its last visit is noted, and the
    /// sweeper only deletes sessions unused for as long as a draft lives.
    pub async fn find_session(&self, id_hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
        let row: Option<SessionRow> = sqlx::query_as(
            "SELECT tracked_reference, returning_draft, last_seen_at FROM sessions WHERE id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?;
        if row
            .as_ref()
            .is_some_and(|r| now() - r.last_seen_at > SEEN_EVERY)
        {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
                .bind(now())
                .bind(id_hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(row)
    }

    pub async fn set_tracked_reference(
        &self,
        id_hash: &str,
        reference: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, csrf_token, created_at, last_seen_at, tracked_reference) VALUES ($1, '', $2, $2, $3) \
             ON CONFLICT (id_hash) DO UPDATE SET tracked_reference = excluded.tracked_reference, last_seen_at = excluded.last_seen_at",
        )
        .bind(id_hash)
        .bind(now())
        .bind(reference)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
