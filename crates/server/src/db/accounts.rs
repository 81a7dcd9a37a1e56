//! The `residents` and `resident_sign_ins` tables, and the `resident_id` of a session: residents'
//! accounts, signed in to by a code or a link emailed to them.

use frontdoor_domain::api::RequestSummary;
use sqlx::Row;

use super::{now, Db};

/// A resident with an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resident {
    pub id: String,
    pub email: String,
}

/// A form in progress on one of the resident's devices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftInProgress {
    pub service_id: String,
    /// Seconds since 1970.
    pub updated_at: i64,
}

impl Db {
    /// Starts a sign-in for `email`: the browser holds the token, the email the code and link.
    pub async fn start_resident_sign_in(
        &self,
        token_hash: &str,
        link_hash: &str,
        email: &str,
        code_hash: &str,
        seconds: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO resident_sign_ins (token_hash, link_hash, email, code_hash, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(link_hash)
        .bind(email.to_lowercase())
        .bind(code_hash)
        .bind(now() + seconds)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Checks a code against the sign-in this browser started. Each try is counted before the
    /// code is compared; a code passes once. Returns the email signed in with.
    pub async fn check_resident_code(
        &self,
        token_hash: &str,
        code_hash: &str,
        max_tries: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE resident_sign_ins SET tries = tries + 1 \
             WHERE token_hash = $1 AND used = 0 AND expires_at > $2 AND tries < $3 \
             RETURNING email, code_hash",
        )
        .bind(token_hash)
        .bind(now())
        .bind(max_tries)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let email: String = row.try_get(0)?;
        let expected: String = row.try_get(1)?;
        if !crate::tokens::same(&expected, code_hash) {
            return Ok(None);
        }
        let used =
            sqlx::query("UPDATE resident_sign_ins SET used = 1 WHERE token_hash = $1 AND used = 0")
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        Ok((used.rows_affected() == 1).then_some(email))
    }

    /// Uses the link from a sign-in email (on any device), once, before it expires.
    pub async fn use_sign_in_link(&self, link_hash: &str) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar(
            "UPDATE resident_sign_ins SET used = 1 \
             WHERE link_hash = $1 AND used = 0 AND expires_at > $2 RETURNING email",
        )
        .bind(link_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await
    }

    /// The account for a verified email, made on first sign-in.
    pub async fn resident_for_email(
        &self,
        new_id: &str,
        email: &str,
    ) -> Result<Resident, sqlx::Error> {
        let email = email.to_lowercase();
        sqlx::query(
            "INSERT INTO residents (id, email, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (email) DO NOTHING",
        )
        .bind(new_id)
        .bind(&email)
        .bind(now())
        .execute(&self.pool)
        .await?;
        let id: String = sqlx::query_scalar("SELECT id FROM residents WHERE email = $1")
            .bind(&email)
            .fetch_one(&self.pool)
            .await?;
        Ok(Resident { id, email })
    }

    /// Signs a resident in on a new session (a new cookie, so one given out before signing in is
    /// worth nothing after), moving this browser's forms in progress and tracked request to it.
    pub async fn sign_in_session(
        &self,
        old_hash: &str,
        new_hash: &str,
        resident_id: &str,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO sessions (id_hash, csrf_token, created_at, last_seen_at, resident_id, tracked_reference) \
             VALUES ($1, '', $2, $2, $3, (SELECT tracked_reference FROM sessions WHERE id_hash = $4))",
        )
        .bind(new_hash)
        .bind(now())
        .bind(resident_id)
        .bind(old_hash)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE drafts SET session_hash = $1 WHERE session_hash = $2")
            .bind(new_hash)
            .bind(old_hash)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(old_hash)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    /// The resident signed in with this session, if any.
    pub async fn resident_of_session(
        &self,
        id_hash: &str,
    ) -> Result<Option<Resident>, sqlx::Error> {
        sqlx::query(
            "SELECT r.id, r.email FROM sessions s JOIN residents r ON r.id = s.resident_id \
             WHERE s.id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?
        .map(|r| {
            Ok(Resident {
                id: r.try_get(0)?,
                email: r.try_get(1)?,
            })
        })
        .transpose()
    }

    /// Signs out this session only.
    pub async fn sign_out_session(&self, id_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE sessions SET resident_id = NULL WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Signs the resident out on every device.
    pub async fn sign_out_everywhere(&self, resident_id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE sessions SET resident_id = NULL WHERE resident_id = $1")
            .bind(resident_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Requests sent with this (verified) email address, newest first: those sent before the
    /// account was made as well.
    pub async fn requests_of_email(&self, email: &str) -> Result<Vec<RequestSummary>, sqlx::Error> {
        let references: Vec<String> = sqlx::query_scalar(
            "SELECT reference FROM requests WHERE lower(email) = lower($1) ORDER BY submitted_at DESC",
        )
        .bind(email)
        .fetch_all(&self.pool)
        .await?;
        let mut found = Vec::new();
        for r in references {
            if let Some(summary) = self.request_by_reference(&r).await? {
                found.push(summary);
            }
        }
        Ok(found)
    }

    /// Forms in progress on any device the resident is signed in on, newest first.
    pub async fn drafts_of_resident(
        &self,
        resident_id: &str,
    ) -> Result<Vec<DraftInProgress>, sqlx::Error> {
        sqlx::query(
            "SELECT service_id, updated_at FROM drafts WHERE submitted = 0 AND session_hash IN \
             (SELECT id_hash FROM sessions WHERE resident_id = $1) ORDER BY updated_at DESC",
        )
        .bind(resident_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(DraftInProgress {
                service_id: r.try_get(0)?,
                updated_at: r.try_get(1)?,
            })
        })
        .collect()
    }

    /// Messages sent to this address: (template, sent at), newest first.
    pub async fn messages_sent_to(&self, email: &str) -> Result<Vec<(String, i64)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT template, sent_at FROM outbox WHERE lower(recipient) = lower($1) \
             AND sent_at IS NOT NULL AND template <> 'resident-sign-in' ORDER BY sent_at DESC, id DESC",
        )
        .bind(email)
        .fetch_all(&self.pool)
        .await
    }
}

/// A form in progress with its answers, for "your data".
#[derive(Debug, Clone)]
pub struct DraftAnswers {
    pub id: String,
    pub service_id: String,
    pub answers: frontdoor_domain::Answers,
    pub updated_at: i64,
}

impl Db {
    /// When the account was made.
    pub async fn resident_since(&self, resident_id: &str) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT created_at FROM residents WHERE id = $1")
            .bind(resident_id)
            .fetch_one(&self.pool)
            .await
    }

    /// The answers of forms in progress on the resident's devices.
    pub async fn draft_answers_of_resident(
        &self,
        resident_id: &str,
    ) -> Result<Vec<DraftAnswers>, sqlx::Error> {
        sqlx::query(
            "SELECT service_id, answers, updated_at, id FROM drafts WHERE submitted = 0 AND session_hash IN \
             (SELECT id_hash FROM sessions WHERE resident_id = $1) ORDER BY updated_at DESC",
        )
        .bind(resident_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(DraftAnswers {
                id: r.try_get(3)?,
                service_id: r.try_get(0)?,
                answers: super::read_answers(r.try_get(1)?)?,
                updated_at: r.try_get(2)?,
            })
        })
        .collect()
    }

    /// Deletes an account: the resident, their sessions, their forms in progress and those forms'
    /// files, their saved details and the record of their use, and their sign-in records, in one transaction. Requests they sent are kept (the
    /// council must keep them). Returns the ids of the files whose bytes the caller deletes.
    pub async fn delete_resident(
        &self,
        resident_id: &str,
        email: &str,
    ) -> Result<Vec<String>, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        const DRAFTS: &str = "SELECT id FROM drafts WHERE submitted = 0 AND session_hash IN \
             (SELECT id_hash FROM sessions WHERE resident_id = $1)";
        let files: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT id FROM uploads WHERE draft_id IN ({DRAFTS})"
        ))
        .bind(resident_id)
        .fetch_all(&mut *tx)
        .await?;
        for statement in [
            format!("DELETE FROM upload_parts WHERE upload_id IN (SELECT id FROM uploads WHERE draft_id IN ({DRAFTS}))"),
            format!("DELETE FROM uploads WHERE draft_id IN ({DRAFTS})"),
            format!("DELETE FROM drafts WHERE id IN ({DRAFTS})"),
            "DELETE FROM sessions WHERE resident_id = $1".to_string(),
            "DELETE FROM profile_details WHERE resident_id = $1".to_string(),
            "DELETE FROM profile_uses WHERE resident_id = $1".to_string(),
            "DELETE FROM profile_changes WHERE resident_id = $1".to_string(),
            "DELETE FROM residents WHERE id = $1".to_string(),
        ] {
            sqlx::query(&statement)
                .bind(resident_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM resident_sign_ins WHERE email = $1")
            .bind(email.to_lowercase())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(files)
    }
}

impl Db {
    /// Starts a sign-in at the council's identity provider for this browser's session.
    pub async fn start_provider_sign_in(
        &self,
        state_hash: &str,
        session_hash: &str,
        verifier: &str,
        nonce: &str,
        seconds: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO provider_sign_ins (state_hash, session_hash, verifier, nonce, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(state_hash)
        .bind(session_hash)
        .bind(verifier)
        .bind(nonce)
        .bind(now() + seconds)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Takes (once) the sign-in this browser started, unless it has expired: (verifier, nonce).
    pub async fn take_provider_sign_in(
        &self,
        state_hash: &str,
        session_hash: &str,
    ) -> Result<Option<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "DELETE FROM provider_sign_ins WHERE state_hash = $1 AND session_hash = $2 AND expires_at > $3 \
             RETURNING verifier, nonce",
        )
        .bind(state_hash)
        .bind(session_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await
    }
}
