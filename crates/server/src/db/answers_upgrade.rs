//! Answers saved before answers were typed (one string per question) are converted once, at
//! start-up, before the server takes a request: migration 0004 marks them, each question's type
//! reads them (`Catalogue::upgrade_answers`). A row that cannot be read stops the start,
//! so no draft is ever silently emptied.

use std::collections::BTreeMap;

use frontdoor_domain::Answers;
use sqlx::Row;

use super::Db;

/// Where a row's answers are kept: drafts by id, requests by reference.
const TABLES: [(&str, &str); 2] = [("drafts", "id"), ("requests", "reference")];

#[derive(Debug, thiserror::Error)]
pub enum UpgradeError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{table} {key}: saved answers cannot be read: {why}")]
    Unreadable {
        table: &'static str,
        key: String,
        why: String,
    },
}

impl Db {
    /// Converts every row still in the old format with `convert` (service id, saved strings).
    /// Returns how many were converted.
    pub async fn upgrade_answers(
        &self,
        convert: impl Fn(&str, BTreeMap<String, String>) -> Answers,
    ) -> Result<u64, UpgradeError> {
        let mut converted = 0;
        for (table, key) in TABLES {
            let mut tx = self.pool.begin().await?;
            let rows = sqlx::query(&format!(
                "SELECT {key}, service_id, answers FROM {table} WHERE answers_format = 1"
            ))
            .fetch_all(&mut *tx)
            .await?;
            for row in rows {
                let id: String = row.get(0);
                let service: String = row.get(1);
                let saved: BTreeMap<String, String> = serde_json::from_str(row.get::<&str, _>(2))
                    .map_err(|e| UpgradeError::Unreadable {
                    table,
                    key: id.clone(),
                    why: e.to_string(),
                })?;
                let answers = convert(&service, saved);
                let json = serde_json::to_string(&answers).expect("answers serialise");
                sqlx::query(&format!(
                    "UPDATE {table} SET answers = $1, answers_format = 2 WHERE {key} = $2"
                ))
                .bind(json)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
                converted += 1;
            }
            tx.commit().await?;
        }
        Ok(converted)
    }
}
