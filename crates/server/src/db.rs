//! Storage of sessions, drafts and requests. The only module that speaks SQL.

use std::str::FromStr;
use std::time::Duration;

use frontdoor_domain::api::{RequestStatus, RequestSummary};
use frontdoor_domain::{Answers, Reference};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{Row, SqlitePool};

#[derive(Clone)]
pub struct Db {
    pool: SqlitePool,
}

/// A resident's answers for one journey.
#[derive(Debug, Clone)]
pub struct DraftRow {
    pub id: String,
    pub answers: Answers,
    pub submitted: bool,
}

/// What is stored when a request is sent.
pub struct NewRequest<'a> {
    pub reference: &'a Reference,
    pub draft_id: &'a str,
    pub service_id: &'a str,
    pub answers: &'a Answers,
    pub email: &'a str,
    pub locale: &'a str,
    pub submitted_on: String,
    pub act_by: String,
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
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        sqlx::migrate!("../../migrations/sqlite").run(&pool).await?;
        Ok(Db { pool })
    }

    // Sessions

    pub async fn create_session(&self, id_hash: &str, csrf_token: &str) -> Result<(), sqlx::Error> {
        sqlx::query("INSERT INTO sessions (id_hash, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?)")
            .bind(id_hash)
            .bind(csrf_token)
            .bind(now())
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The session's CSRF token and tracked reference, if the session exists.
    pub async fn find_session(&self, id_hash: &str) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
        let row = sqlx::query("SELECT csrf_token, tracked_reference FROM sessions WHERE id_hash = ?")
            .bind(id_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    pub async fn set_tracked_reference(&self, id_hash: &str, reference: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE sessions SET tracked_reference = ?, last_seen_at = ? WHERE id_hash = ?")
            .bind(reference)
            .bind(now())
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // Drafts

    /// The newest draft of this session for this service, sent or not.
    pub async fn latest_draft(&self, session: &str, service: &str) -> Result<Option<DraftRow>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, answers, submitted FROM drafts WHERE session_hash = ? AND service_id = ? \
             ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(session)
        .bind(service)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| DraftRow {
            id: r.get(0),
            answers: serde_json::from_str(r.get::<&str, _>(1)).unwrap_or_default(),
            submitted: r.get::<i64, _>(2) != 0,
        }))
    }

    /// Saves answers to the draft in progress, or starts a new draft.
    pub async fn save_answers(&self, session: &str, service: &str, draft_id: Option<&str>, answers: &Answers) -> Result<String, sqlx::Error> {
        let json = serde_json::to_string(answers).expect("answers serialise");
        if let Some(id) = draft_id {
            let done = sqlx::query("UPDATE drafts SET answers = ?, updated_at = ? WHERE id = ? AND submitted = 0")
                .bind(&json)
                .bind(now())
                .bind(id)
                .execute(&self.pool)
                .await?;
            if done.rows_affected() == 1 {
                return Ok(id.to_string());
            }
        }
        let id = crate::session::random_token();
        sqlx::query("INSERT INTO drafts (id, session_hash, service_id, answers, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(session)
            .bind(service)
            .bind(&json)
            .bind(now())
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(id)
    }

    // Requests

    /// Stores a request for a draft, once: a second call for the same draft stores nothing.
    /// Returns false when the reference was already taken by another request.
    pub async fn insert_request(&self, r: &NewRequest<'_>) -> Result<bool, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let answers = serde_json::to_string(r.answers).expect("answers serialise");
        let inserted = sqlx::query(
            "INSERT INTO requests (reference, draft_id, service_id, answers, email, locale, status, submitted_on, act_by, submitted_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (draft_id) DO NOTHING",
        )
        .bind(r.reference.as_str())
        .bind(r.draft_id)
        .bind(r.service_id)
        .bind(answers)
        .bind(r.email)
        .bind(r.locale)
        .bind(RequestStatus::Received.as_str())
        .bind(&r.submitted_on)
        .bind(&r.act_by)
        .bind(now())
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(false),
            Err(e) => return Err(e),
            Ok(_) => {}
        }
        sqlx::query("UPDATE drafts SET submitted = 1, updated_at = ? WHERE id = ?")
            .bind(now())
            .bind(r.draft_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn request_for_draft(&self, draft_id: &str) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("draft_id = ?", &[draft_id]).await
    }

    pub async fn request_by_reference(&self, reference: &str) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("reference = ?", &[reference]).await
    }

    /// A request matching both reference and email (email compared without regard to case).
    pub async fn request_by_reference_and_email(&self, reference: &str, email: &str) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("reference = ? AND lower(email) = lower(?)", &[reference, email]).await
    }

    pub async fn count_requests(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT count(*) FROM requests").fetch_one(&self.pool).await
    }

    async fn request_where(&self, condition: &str, binds: &[&str]) -> Result<Option<RequestSummary>, sqlx::Error> {
        let sql = format!("SELECT reference, service_id, status, submitted_on, act_by FROM requests WHERE {condition}");
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = query.bind(*b);
        }
        let row = query.fetch_optional(&self.pool).await?;
        Ok(row.map(|r| {
            let reference: String = r.get(0);
            RequestSummary {
                reference: Reference::parse(&reference).map(|r| r.display()).unwrap_or(reference),
                service: r.get(1),
                status: RequestStatus::parse(r.get::<&str, _>(2)).unwrap_or(RequestStatus::Received),
                submitted_on: r.get(3),
                act_by: r.get(4),
            }
        }))
    }
}
