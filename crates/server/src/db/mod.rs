//! Storage of sessions, drafts, requests and their history, uploads, the outbox, leases and attempt counts: the only
//! module that speaks SQL, one file per table (save and return's columns of `drafts` and
//! `sessions` in their own).
//!
//! One set of queries runs on SQLite (the embedded default) and PostgreSQL (at scale) through
//! sqlx's `Any` driver. The SQL is what both understand: `$1` placeholders, integers for flags
//! and times (seconds since 1970), `ON CONFLICT`, `RETURNING`. Each database has its own folder of
//! migrations under `migrations/`, numbered alike.

mod accounts;
pub mod answers_upgrade;
mod api_keys;
mod attempts;
mod back_office;
mod casework;
mod drafts;
mod history;
mod ids;
mod leases;
mod outbox;
mod profile;
mod requests;
mod save_and_return;
mod sessions;
mod staff;
mod uploads;
mod webhooks;

use std::time::Duration;

use frontdoor_domain::Answers;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Row};

pub use accounts::{DraftAnswers, DraftInProgress, Resident};
pub use api_keys::ApiKeyRow;
pub use attempts::Limit;
pub use back_office::{Case, CaseFilter, StaffNote};
pub use drafts::{DraftRow, SavedDraft, DRAFT_LIFETIME};
pub use history::{HistoryEntry, Moved, RESIDENT};
pub use ids::{DraftId, SessionHash, UploadId};
pub use outbox::{Message, OutboxMessage};
pub use profile::{ProfileChange, ProfileUse};
pub use requests::{NewRequest, SentRequest};
pub use sessions::SessionRow;
pub use staff::{CodeCheck, StaffMember};
pub use uploads::{ScanStatus, UploadPart, UploadRow, UploadState, UPLOAD_LIFETIME};
pub use webhooks::{queue_webhook_in, rfc3339, WebhookDelivery, WebhookEvent, WebhookRecord};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../../migrations/postgres");

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

impl Kind {
    pub fn of_url(url: &str) -> Option<Kind> {
        if url.starts_with("sqlite:") {
            Some(Kind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Kind::Postgres)
        } else {
            None
        }
    }
}

#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    kind: Kind,
    /// Changes queue webhooks for the council's system (`Db::with_webhooks`).
    webhooks: bool,
}

pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

impl Db {
    /// Opens the database and brings its tables up to date. On PostgreSQL the migrations hold a
    /// lock, so servers starting together apply them one at a time.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let kind = Kind::of_url(url).ok_or_else(|| {
            sqlx::Error::Configuration(
                "FRONTDOOR_DATABASE_URL must start sqlite:// or postgres://".into(),
            )
        })?;
        let (url, file) = match kind {
            Kind::Sqlite => sqlite_url(url)?,
            Kind::Postgres => (url.to_string(), None),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            // A broken connection fails its query, which the caller answers; a ping before
            // every query would cost each request a round trip.
            .test_before_acquire(false)
            .connect(&url)
            .await?;
        match kind {
            Kind::Sqlite => {
                // Servers sharing the file take turns, by a lock on a file beside it.
                let _turn = match file {
                    Some(file) => Some(migration_turn(file).await?),
                    None => None,
                };
                // Readers never wait for a writer. The setting stays with the file.
                sqlx::query("PRAGMA journal_mode = WAL")
                    .execute(&pool)
                    .await?;
                SQLITE_MIGRATIONS.run(&pool).await?;
            }
            Kind::Postgres => POSTGRES_MIGRATIONS.run(&pool).await?,
        }
        Ok(Db {
            pool,
            kind,
            webhooks: false,
        })
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// For `/readyz`: the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}

/// Waits for this server's turn to migrate a SQLite file; the turn lasts while the file is open.
async fn migration_turn(db_file: std::path::PathBuf) -> Result<std::fs::File, sqlx::Error> {
    let lock = db_file.with_extension("migrations-lock");
    tokio::task::spawn_blocking(move || {
        let file = std::fs::File::create(&lock)?;
        file.lock()?;
        Ok(file)
    })
    .await
    .map_err(|e| sqlx::Error::Io(std::io::Error::other(e)))?
    .map_err(sqlx::Error::Io)
}

/// A SQLite URL that creates the file (and its folder) when missing, and the file's path
/// (none for a database in memory).
fn sqlite_url(url: &str) -> Result<(String, Option<std::path::PathBuf>), sqlx::Error> {
    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    let file = (path != ":memory:").then(|| std::path::PathBuf::from(path));
    if let Some(parent) = file.as_deref().and_then(std::path::Path::parent) {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(sqlx::Error::Io)?;
        }
    }
    let url = if url.contains('?') {
        url.to_string()
    } else {
        format!("{url}?mode=rwc")
    };
    Ok((url, file))
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

/// A flag, stored as 0 or 1 (the one form both databases read alike).
fn flag(row: &AnyRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}
