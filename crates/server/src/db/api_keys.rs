//! The `api_keys` table: the keys a council's CRM or case system uses for the back-office API,
//! each with a name (who holds it, for the history: `api-key:<name>`), its scopes and, once
//! revoked, when. Only the key's SHA-256 hash is stored.

use frontdoor_domain::back_office::Scope;
use sqlx::Row;

use super::{now, Db};

/// A key as listed: never the key itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyRow {
    pub name: String,
    pub scopes: Vec<Scope>,
    /// Seconds since 1970.
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

fn row(r: &sqlx::any::AnyRow) -> Result<ApiKeyRow, sqlx::Error> {
    Ok(ApiKeyRow {
        name: r.try_get(0)?,
        scopes: Scope::parse_list(r.try_get(1)?).unwrap_or_default(),
        created_at: r.try_get(2)?,
        revoked_at: r.try_get(3)?,
    })
}

impl Db {
    /// Stores a new key's hash under its name. False when the name is taken (by a key in use or
    /// a revoked one: names are not reused).
    pub async fn add_api_key(
        &self,
        name: &str,
        key_hash: &str,
        scopes: &[Scope],
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO api_keys (name, key_hash, scopes, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(key_hash)
        .bind(Scope::list(scopes))
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Every key, revoked or not, by name.
    pub async fn api_keys(&self) -> Result<Vec<ApiKeyRow>, sqlx::Error> {
        sqlx::query("SELECT name, scopes, created_at, revoked_at FROM api_keys ORDER BY name")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(row)
            .collect()
    }

    /// The key in use (not revoked) with this hash.
    pub async fn api_key_by_hash(&self, key_hash: &str) -> Result<Option<ApiKeyRow>, sqlx::Error> {
        sqlx::query(
            "SELECT name, scopes, created_at, revoked_at FROM api_keys \
             WHERE key_hash = $1 AND revoked_at IS NULL",
        )
        .bind(key_hash)
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(row)
        .transpose()
    }

    /// Stops a key working from now on. False when no key in use has that name.
    pub async fn revoke_api_key(&self, name: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE api_keys SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(name)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
