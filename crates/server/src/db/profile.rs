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
