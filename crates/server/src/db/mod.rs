//! Storage of sessions, drafts, requests, uploads and the outbox: the only module that speaks
//! SQL, one file per table (save and return's columns of `drafts` and `sessions` in their own).

pub mod answers_upgrade;
mod drafts;
mod ids;
mod outbox;
mod requests;
mod save_and_return;
mod sessions;
mod uploads;

use std::str::FromStr;
use std::time::Duration;

use frontdoor_domain::Answers;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::SqlitePool;

pub use drafts::{DraftRow, SavedDraft, DRAFT_LIFETIME};
pub use ids::{DraftId, SessionHash, UploadId};
pub use outbox::OutboxMessage;
pub use requests::{NewRequest, SentRequest};
pub use sessions::SessionRow;
pub use uploads::{ScanStatus, UploadRow, UploadState, UPLOAD_LIFETIME};

#[derive(Clone)]
pub struct Db {
    pool: SqlitePool,
}

pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(5));
        if let Some(parent) = options.get_filename().parent() {
            std::fs::create_dir_all(parent).map_err(sqlx::Error::Io)?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.foreign_keys(true))
            .await?;
        sqlx::migrate!("../../migrations/sqlite").run(&pool).await?;
        Ok(Db { pool })
    }
}

/// Answers as stored (JSON). Answers that cannot be read are an error, logged by whoever answers
/// the request: never an empty draft that would lose what the resident gave.
fn read_answers(json: &str) -> Result<Answers, sqlx::Error> {
    serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "stored answers cannot be read");
        sqlx::Error::Decode(Box::new(e))
    })
}

fn write_answers(answers: &Answers) -> String {
    serde_json::to_string(answers).expect("answers serialise")
}
