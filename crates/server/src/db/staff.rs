//! The `staff`, `staff_sign_ins` and `staff_sessions` tables: council staff who may sign in to
//! the caseworker area, their one-time codes (as hashes) and their sessions.

use sqlx::Row;

use super::{now, Db};

/// A caseworker with an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: String,
    pub email: String,
    pub name: String,
}

/// What came of a code typed at sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeCheck {
    Passed(StaffMember),
    /// Wrong, but tries are left.
    Wrong,
    /// No sign-in is under way for this browser, or it has expired, been used or had its tries.
    Spent,
}

fn member(r: &sqlx::any::AnyRow) -> Result<StaffMember, sqlx::Error> {
    Ok(StaffMember {
        id: r.try_get(0)?,
        email: r.try_get(1)?,
        name: r.try_get(2)?,
    })
}

impl Db {
    /// Adds a caseworker (or gives a removed one their account back). False when the address
    /// has an account already.
    pub async fn add_staff(&self, id: &str, email: &str, name: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO staff (id, email, name, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (email) DO UPDATE SET name = excluded.name, removed_at = NULL \
             WHERE staff.removed_at IS NOT NULL",
        )
        .bind(id)
        .bind(email.to_lowercase())
        .bind(name)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn staff_by_email(&self, email: &str) -> Result<Option<StaffMember>, sqlx::Error> {
        sqlx::query("SELECT id, email, name FROM staff WHERE email = $1 AND removed_at IS NULL")
            .bind(email.to_lowercase())
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(member)
            .transpose()
    }

    /// Removes an account: it can no longer sign in, and its sessions end. False when there is
    /// no such account.
    pub async fn remove_staff(&self, email: &str) -> Result<bool, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let id: Option<String> = sqlx::query_scalar(
            "UPDATE staff SET removed_at = $1 WHERE email = $2 AND removed_at IS NULL RETURNING id",
        )
        .bind(now())
        .bind(email.to_lowercase())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM staff_sessions WHERE staff_id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Every caseworker, removed or not (their names stay on the history), by name.
    pub async fn all_staff(&self) -> Result<Vec<StaffMember>, sqlx::Error> {
        sqlx::query("SELECT id, email, name FROM staff ORDER BY name")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(member)
            .collect()
    }

    /// Starts a sign-in for the browser holding the token whose hash is `token_hash`.
    pub async fn start_sign_in(
        &self,
        token_hash: &str,
        staff_id: Option<&str>,
        code_hash: &str,
        seconds: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO staff_sign_ins (token_hash, staff_id, code_hash, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(staff_id)
        .bind(code_hash)
        .bind(now() + seconds)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Checks a code against the sign-in under way. Each try is counted before the code is
    /// compared, and a code passes once only.
    pub async fn check_sign_in_code(
        &self,
        token_hash: &str,
        code_hash: &str,
        max_tries: i64,
    ) -> Result<CodeCheck, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE staff_sign_ins SET tries = tries + 1 \
             WHERE token_hash = $1 AND used = 0 AND expires_at > $2 AND tries < $3 \
             RETURNING staff_id, code_hash",
        )
        .bind(token_hash)
        .bind(now())
        .bind(max_tries)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(CodeCheck::Spent);
        };
        let staff_id: Option<String> = row.try_get(0)?;
        let expected: String = row.try_get(1)?;
        let (Some(staff_id), true) = (staff_id, crate::tokens::same(&expected, code_hash)) else {
            return Ok(CodeCheck::Wrong);
        };
        let used =
            sqlx::query("UPDATE staff_sign_ins SET used = 1 WHERE token_hash = $1 AND used = 0")
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        if used.rows_affected() != 1 {
            return Ok(CodeCheck::Spent);
        }
        let found =
            sqlx::query("SELECT id, email, name FROM staff WHERE id = $1 AND removed_at IS NULL")
                .bind(&staff_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(match found.as_ref().map(member).transpose()? {
            Some(m) => CodeCheck::Passed(m),
            None => CodeCheck::Spent,
        })
    }

    pub async fn open_staff_session(
        &self,
        token_hash: &str,
        staff_id: &str,
        seconds: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(staff_id)
        .bind(now())
        .bind(now() + seconds)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The caseworker signed in with this session, unless it has expired.
    pub async fn staff_of_session(
        &self,
        token_hash: &str,
    ) -> Result<Option<StaffMember>, sqlx::Error> {
        sqlx::query(
            "SELECT s.id, s.email, s.name FROM staff_sessions t JOIN staff s ON s.id = t.staff_id \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND s.removed_at IS NULL",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(member)
        .transpose()
    }

    pub async fn close_staff_session(&self, token_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Forgets sign-ins (caseworkers', residents' and at the identity provider) and staff
    /// sessions that have expired.
    pub async fn sweep_sign_ins(&self) -> Result<(), sqlx::Error> {
        for table in [
            "staff_sign_ins",
            "staff_sessions",
            "resident_sign_ins",
            "provider_sign_ins",
        ] {
            sqlx::query(&format!("DELETE FROM {table} WHERE expires_at <= $1"))
                .bind(now())
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }
}
