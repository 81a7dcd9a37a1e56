//! The `profile_details` and `profile_uses` tables: a resident's saved details, and each time one
//! filled in a question.

use std::collections::BTreeMap;

use frontdoor_domain::profile::ProfileField;
use frontdoor_domain::Answer;
use sqlx::Row;

use super::{now, Db};

/// A saved detail that filled in a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileUse {
    pub field: ProfileField,
    pub service_id: String,
    /// The request it went into, once sent.
    pub reference: Option<String>,
    /// Seconds since 1970.
    pub used_at: i64,
}

impl Db {
    /// The resident's saved details.
    pub async fn profile(
        &self,
        resident_id: &str,
    ) -> Result<BTreeMap<ProfileField, Answer>, sqlx::Error> {
        let rows = sqlx::query("SELECT field, answer FROM profile_details WHERE resident_id = $1")
            .bind(resident_id)
            .fetch_all(&self.pool)
            .await?;
        let mut details = BTreeMap::new();
        for r in rows {
            let field: &str = r.try_get(0)?;
            let answer: &str = r.try_get(1)?;
            if let (Some(field), Ok(answer)) =
                (ProfileField::parse(field), serde_json::from_str(answer))
            {
                details.insert(field, answer);
            }
        }
        Ok(details)
    }

    /// Saves a detail, as the resident asked.
    pub async fn save_profile_detail(
        &self,
        resident_id: &str,
        field: ProfileField,
        answer: &Answer,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO profile_details (resident_id, field, answer, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (resident_id, field) DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at",
        )
        .bind(resident_id)
        .bind(field.as_str())
        .bind(serde_json::to_string(answer).expect("answers serialise"))
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn remove_profile_detail(
        &self,
        resident_id: &str,
        field: ProfileField,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM profile_details WHERE resident_id = $1 AND field = $2")
            .bind(resident_id)
            .bind(field.as_str())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Notes that a saved detail filled in a question of a form.
    pub async fn note_profile_use(
        &self,
        resident_id: &str,
        field: ProfileField,
        service_id: &str,
        draft_id: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO profile_uses (resident_id, field, service_id, draft_id, used_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(resident_id)
        .bind(field.as_str())
        .bind(service_id)
        .bind(draft_id)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every use of the resident's saved details, newest first.
    pub async fn profile_uses(&self, resident_id: &str) -> Result<Vec<ProfileUse>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT u.field, u.service_id, r.reference, u.used_at FROM profile_uses u \
             LEFT JOIN requests r ON r.draft_id = u.draft_id \
             WHERE u.resident_id = $1 ORDER BY u.used_at DESC, u.id DESC",
        )
        .bind(resident_id)
        .fetch_all(&self.pool)
        .await?;
        let mut uses = Vec::new();
        for r in rows {
            let field: &str = r.try_get(0)?;
            let Some(field) = ProfileField::parse(field) else {
                continue;
            };
            uses.push(ProfileUse {
                field,
                service_id: r.try_get(1)?,
                reference: r.try_get(2)?,
                used_at: r.try_get(3)?,
            });
        }
        Ok(uses)
    }
}

/// A changed detail waiting for the resident to say whether their open requests should have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChange {
    pub id: i64,
    pub field: ProfileField,
    /// The new value as the resident reads it.
    pub shown: String,
}

impl Db {
    /// Notes a changed detail to offer to the resident's open requests. An earlier change of the
    /// same detail not yet settled is replaced.
    pub async fn note_profile_change(
        &self,
        resident_id: &str,
        field: ProfileField,
        shown: &str,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE profile_changes SET settled = 1 WHERE resident_id = $1 AND field = $2 AND settled = 0",
        )
        .bind(resident_id)
        .bind(field.as_str())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO profile_changes (resident_id, field, shown, changed_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(resident_id)
        .bind(field.as_str())
        .bind(shown)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }

    pub async fn pending_profile_changes(
        &self,
        resident_id: &str,
    ) -> Result<Vec<ProfileChange>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT id, field, shown FROM profile_changes WHERE resident_id = $1 AND settled = 0 ORDER BY id",
        )
        .bind(resident_id)
        .fetch_all(&self.pool)
        .await?;
        let mut changes = Vec::new();
        for r in rows {
            let field: &str = r.try_get(1)?;
            if let Some(field) = ProfileField::parse(field) {
                changes.push(ProfileChange {
                    id: r.try_get(0)?,
                    field,
                    shown: r.try_get(2)?,
                });
            }
        }
        Ok(changes)
    }

    /// Settles the resident's pending changes, passing them to the requests named (their own,
    /// still open, by stored reference): each goes onto the request's history, where the
    /// caseworker and the CRM see it, with a webhook, in one transaction. Returns how many
    /// requests were told.
    pub async fn pass_on_profile_changes(
        &self,
        resident_id: &str,
        email: &str,
        references: &[String],
        notes: &[String],
    ) -> Result<usize, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let mut told = 0;
        for reference in references {
            let status: Option<String> = sqlx::query_scalar(
                "SELECT status FROM requests WHERE reference = $1 AND lower(email) = lower($2) \
                 AND status NOT IN ('resolved', 'closed')",
            )
            .bind(reference)
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(status) = status else { continue };
            sqlx::query(
                "INSERT INTO request_history (reference, status, note, made_by, made_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(reference)
            .bind(&status)
            .bind(notes.join("\n"))
            .bind(super::RESIDENT)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            self.queue_webhook_in(
                &mut tx,
                super::WebhookEvent::RequestDetailsChanged,
                reference,
            )
            .await?;
            told += 1;
        }
        sqlx::query(
            "UPDATE profile_changes SET settled = 1 WHERE resident_id = $1 AND settled = 0",
        )
        .bind(resident_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(told)
    }
}
