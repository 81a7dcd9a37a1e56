//! The `leases` table: work that one server at a time should do (the sweeper), held by a server
//! until its lease runs out, so a server that dies mid-job hands the work on.

use super::{now, Db};

impl Db {
    /// Takes (or renews) lease `name` for `holder` for `seconds`, unless another holder has it.
    /// True when `holder` has it now.
    pub async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        seconds: i64,
    ) -> Result<bool, sqlx::Error> {
        let taken = sqlx::query(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
             WHERE leases.expires_at <= $4 OR leases.holder = excluded.holder",
        )
        .bind(name)
        .bind(holder)
        .bind(now() + seconds)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(taken.rows_affected() == 1)
    }

    /// Gives a lease up early, once its work is done.
    pub async fn release_lease(&self, name: &str, holder: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}
