//! The `attempts` table: how many tries a key (a session, a client address, a reference) has
//! made in the current window, counted in the database so that every server sees the same count.

use super::{now, Db};

/// At most `attempts` tries in `window` seconds.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub attempts: i64,
    pub window: i64,
}

impl Db {
    /// Counts a try at `key`. True while the tries in this window are within `limit`.
    pub async fn count_attempt(&self, key: &str, limit: Limit) -> Result<bool, sqlx::Error> {
        let count: i64 = sqlx::query_scalar(
            "INSERT INTO attempts (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN attempts.window_start <= $3 THEN 1 ELSE attempts.count + 1 END, \
               window_start = CASE WHEN attempts.window_start <= $3 THEN $2 ELSE attempts.window_start END \
             RETURNING count",
        )
        .bind(key)
        .bind(now())
        .bind(now() - limit.window)
        .fetch_one(&self.pool)
        .await?;
        Ok(count <= limit.attempts)
    }

    /// Whether `key` has tries left in this window, without counting one.
    pub async fn attempts_left(&self, key: &str, limit: Limit) -> Result<bool, sqlx::Error> {
        let count: Option<i64> =
            sqlx::query_scalar("SELECT count FROM attempts WHERE key = $1 AND window_start > $2")
                .bind(key)
                .bind(now() - limit.window)
                .fetch_optional(&self.pool)
                .await?;
        Ok(count.unwrap_or(0) < limit.attempts)
    }

    /// Forgets counts whose window has long closed.
    pub async fn delete_old_attempts(&self, older_than: i64) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM attempts WHERE window_start <= $1")
            .bind(now() - older_than)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}
