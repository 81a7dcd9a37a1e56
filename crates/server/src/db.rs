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

/// How long a draft is kept after its last change: 28 days.
pub const DRAFT_LIFETIME: i64 = 28 * 24 * 60 * 60;

/// A saved draft found by its access code or return link.
#[derive(Debug, Clone)]
pub struct SavedDraft {
    pub id: String,
    pub service_id: String,
    pub answers: Answers,
}

/// Reads `id, service_id, answers` into a SavedDraft.
fn saved_draft_from_row(r: sqlx::sqlite::SqliteRow) -> SavedDraft {
    SavedDraft {
        id: r.get(0),
        service_id: r.get(1),
        answers: serde_json::from_str(r.get::<&str, _>(2)).unwrap_or_default(),
    }
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

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
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
    pub async fn find_session(
        &self,
        id_hash: &str,
    ) -> Result<Option<(String, Option<String>, Option<String>)>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT csrf_token, tracked_reference, returning_draft, last_seen_at FROM sessions WHERE id_hash = ?",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?;
        // A session in use is kept: its last visit is noted (at most once an hour, to spare writes),
        // and the sweeper only deletes sessions unused for as long as a draft lives.
        if let Some(last_seen) = row.as_ref().map(|r| r.get::<i64, _>(3)) {
            if now() - last_seen > 3600 {
                sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?")
                    .bind(now())
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await?;
            }
        }
        Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
    }

    pub async fn set_tracked_reference(
        &self,
        id_hash: &str,
        reference: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE sessions SET tracked_reference = ?, last_seen_at = ? WHERE id_hash = ?",
        )
        .bind(reference)
        .bind(now())
        .bind(id_hash)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    // Drafts

    /// The newest draft of this session for this service, sent or not.
    pub async fn latest_draft(
        &self,
        session: &str,
        service: &str,
    ) -> Result<Option<DraftRow>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, answers, submitted FROM drafts WHERE session_hash = ? AND service_id = ? AND (submitted = 1 OR expires_at > ?) \
             ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(session)
        .bind(service)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| DraftRow {
            id: r.get(0),
            answers: serde_json::from_str(r.get::<&str, _>(1)).unwrap_or_default(),
            submitted: r.get::<i64, _>(2) != 0,
        }))
    }

    /// Saves answers to the draft in progress, or starts a new draft.
    pub async fn save_answers(
        &self,
        session: &str,
        service: &str,
        draft_id: Option<&str>,
        answers: &Answers,
    ) -> Result<String, sqlx::Error> {
        let json = serde_json::to_string(answers).expect("answers serialise");
        if let Some(id) = draft_id {
            let done = sqlx::query("UPDATE drafts SET answers = ?, updated_at = ?, expires_at = ? WHERE id = ? AND submitted = 0")
                .bind(&json)
                .bind(now())
                .bind(now() + DRAFT_LIFETIME)
                .bind(id)
                .execute(&self.pool)
                .await?;
            if done.rows_affected() == 1 {
                return Ok(id.to_string());
            }
        }
        let id = crate::session::random_token();
        sqlx::query("INSERT INTO drafts (id, session_hash, service_id, answers, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(session)
            .bind(service)
            .bind(&json)
            .bind(now())
            .bind(now())
            .bind(now() + DRAFT_LIFETIME)
            .execute(&self.pool)
            .await?;
        Ok(id)
    }

    // Save and come back later

    /// Gives a draft a new access code and return link (hashes only) and a fresh expiry date.
    /// Returns the expiry time.
    pub async fn set_return_keys(
        &self,
        draft_id: &str,
        code_hash: &str,
        token_hash: &str,
    ) -> Result<i64, sqlx::Error> {
        let expires_at = now() + DRAFT_LIFETIME;
        sqlx::query("UPDATE drafts SET access_code_hash = ?, return_token_hash = ?, expires_at = ? WHERE id = ?")
            .bind(code_hash)
            .bind(token_hash)
            .bind(expires_at)
            .bind(draft_id)
            .execute(&self.pool)
            .await?;
        Ok(expires_at)
    }

    /// An unsent, unexpired draft by the hash of its access code or of its return link.
    pub async fn saved_draft(
        &self,
        by_code_hash: Option<&str>,
        by_token_hash: Option<&str>,
    ) -> Result<Option<SavedDraft>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, service_id, answers FROM drafts WHERE submitted = 0 AND expires_at > ? \
             AND (access_code_hash = ? OR return_token_hash = ?)",
        )
        .bind(now())
        .bind(by_code_hash.unwrap_or("-"))
        .bind(by_token_hash.unwrap_or("-"))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(saved_draft_from_row))
    }

    pub async fn draft_by_id(&self, id: &str) -> Result<Option<SavedDraft>, sqlx::Error> {
        let row = sqlx::query("SELECT id, service_id, answers FROM drafts WHERE id = ? AND submitted = 0 AND expires_at > ?")
            .bind(id)
            .bind(now())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(saved_draft_from_row))
    }

    /// Marks a draft as being reopened in this session (or clears it with None), resetting attempts.
    pub async fn set_returning_draft(
        &self,
        session: &str,
        draft_id: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE sessions SET returning_draft = ?, return_attempts = 0 WHERE id_hash = ?",
        )
        .bind(draft_id)
        .bind(session)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts a wrong answer to the return check; returns the count so far.
    pub async fn count_return_attempt(&self, session: &str) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("UPDATE sessions SET return_attempts = return_attempts + 1 WHERE id_hash = ? RETURNING return_attempts")
            .bind(session)
            .fetch_one(&self.pool)
            .await
    }

    /// Moves a draft into this session, as the newest draft for its service.
    pub async fn adopt_draft(&self, session: &str, draft_id: &str) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE drafts SET session_hash = ?, created_at = ?, expires_at = ? WHERE id = ?",
        )
        .bind(session)
        .bind(now())
        .bind(now() + DRAFT_LIFETIME)
        .bind(draft_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE sessions SET returning_draft = NULL, return_attempts = 0 WHERE id_hash = ?",
        )
        .bind(session)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }

    /// Deletes unsent drafts past their expiry and sessions unused for as long. Returns how many drafts went.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let drafts = sqlx::query("DELETE FROM drafts WHERE submitted = 0 AND expires_at <= ?")
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE last_seen_at <= ? AND id_hash NOT IN (SELECT session_hash FROM drafts)")
            .bind(now() - DRAFT_LIFETIME)
            .execute(&self.pool)
            .await?;
        Ok(drafts.rows_affected())
    }

    /// For tests and the sweeper's log: how many drafts exist.
    pub async fn count_drafts(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT count(*) FROM drafts")
            .fetch_one(&self.pool)
            .await
    }

    /// Moves a draft's expiry (tests use this to make a draft old).
    pub async fn set_draft_expiry(
        &self,
        draft_id: &str,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE drafts SET expires_at = ? WHERE id = ?")
            .bind(expires_at)
            .bind(draft_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Queues a message for the council's mail sender.
    pub async fn queue_message(
        &self,
        recipient: &str,
        template: &str,
        data: &serde_json::Value,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO outbox (recipient, template, data, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(recipient)
        .bind(template)
        .bind(data.to_string())
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn outbox(&self) -> Result<Vec<(String, String, String)>, sqlx::Error> {
        let rows = sqlx::query("SELECT recipient, template, data FROM outbox ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
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

    pub async fn request_for_draft(
        &self,
        draft_id: &str,
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("draft_id = ?", &[draft_id]).await
    }

    pub async fn request_by_reference(
        &self,
        reference: &str,
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where("reference = ?", &[reference]).await
    }

    /// A request matching both reference and email (email compared without regard to case).
    pub async fn request_by_reference_and_email(
        &self,
        reference: &str,
        email: &str,
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        self.request_where(
            "reference = ? AND lower(email) = lower(?)",
            &[reference, email],
        )
        .await
    }

    pub async fn count_requests(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT count(*) FROM requests")
            .fetch_one(&self.pool)
            .await
    }

    async fn request_where(
        &self,
        condition: &str,
        binds: &[&str],
    ) -> Result<Option<RequestSummary>, sqlx::Error> {
        let sql = format!("SELECT reference, service_id, status, submitted_on, act_by FROM requests WHERE {condition}");
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = query.bind(*b);
        }
        let row = query.fetch_optional(&self.pool).await?;
        Ok(row.map(|r| {
            let reference: String = r.get(0);
            RequestSummary {
                reference: Reference::parse(&reference)
                    .map(|r| r.display())
                    .unwrap_or(reference),
                service: r.get(1),
                status: RequestStatus::parse(r.get::<&str, _>(2))
                    .unwrap_or(RequestStatus::Received),
                submitted_on: r.get(3),
                act_by: r.get(4),
            }
        }))
    }
}

/// A file a resident sent, as stored.
#[derive(Debug, Clone)]
pub struct UploadRow {
    pub id: String,
    pub draft_id: String,
    pub question_id: String,
    pub file_name: String,
    pub content_type: String,
    pub length: i64,
    pub received: i64,
    pub stored_size: i64,
    pub status: String,
    pub scan: String,
    pub has_thumbnail: bool,
    pub expires_at: i64,
}

const UPLOAD_COLUMNS: &str = "id, draft_id, question_id, file_name, content_type, length, received, stored_size, status, scan, has_thumbnail, expires_at";

fn upload_from_row(r: sqlx::sqlite::SqliteRow) -> UploadRow {
    UploadRow {
        id: r.get(0),
        draft_id: r.get(1),
        question_id: r.get(2),
        file_name: r.get(3),
        content_type: r.get(4),
        length: r.get(5),
        received: r.get(6),
        stored_size: r.get(7),
        status: r.get(8),
        scan: r.get(9),
        has_thumbnail: r.get::<i64, _>(10) != 0,
        expires_at: r.get(11),
    }
}

/// How long an unfinished upload is kept for the resident to resume it.
pub const UPLOAD_LIFETIME: i64 = 24 * 3600;

impl Db {
    // Evidence uploads

    pub async fn create_upload(
        &self,
        id: &str,
        draft_id: &str,
        question_id: &str,
        file_name: &str,
        length: i64,
    ) -> Result<i64, sqlx::Error> {
        let expires = now() + UPLOAD_LIFETIME;
        sqlx::query("INSERT INTO uploads (id, draft_id, question_id, file_name, length, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, 'receiving', ?, ?)")
            .bind(id)
            .bind(draft_id)
            .bind(question_id)
            .bind(file_name)
            .bind(length)
            .bind(now())
            .bind(expires)
            .execute(&self.pool)
            .await?;
        Ok(expires)
    }

    pub async fn set_upload_received(&self, id: &str, received: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE uploads SET received = ? WHERE id = ?")
            .bind(received)
            .bind(id)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    pub async fn mark_upload_stored(
        &self,
        id: &str,
        file_name: &str,
        content_type: &str,
        stored_size: i64,
        scan: &str,
        has_thumbnail: bool,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE uploads SET status = 'stored', file_name = ?, content_type = ?, stored_size = ?, received = length, scan = ?, has_thumbnail = ? WHERE id = ?")
            .bind(file_name)
            .bind(content_type)
            .bind(stored_size)
            .bind(scan)
            .bind(has_thumbnail as i64)
            .bind(id)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// An upload, only when it belongs to a draft this session holds.
    pub async fn upload_for_session(
        &self,
        id: &str,
        session: &str,
    ) -> Result<Option<UploadRow>, sqlx::Error> {
        sqlx::query(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE id = ? AND draft_id IN (SELECT d.id FROM drafts d WHERE d.session_hash = ?)"
        ))
        .bind(id)
        .bind(session)
        .fetch_optional(&self.pool)
        .await
        .map(|r| r.map(upload_from_row))
    }

    /// The stored files of a draft, oldest first.
    pub async fn stored_uploads(&self, draft_id: &str) -> Result<Vec<UploadRow>, sqlx::Error> {
        sqlx::query(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE draft_id = ? AND status = 'stored' ORDER BY created_at, rowid"
        ))
        .bind(draft_id)
        .fetch_all(&self.pool)
        .await
        .map(|rows| rows.into_iter().map(upload_from_row).collect())
    }

    /// Every upload of a question (kept or still arriving), oldest first.
    pub async fn uploads_of_question(
        &self,
        draft_id: &str,
        question: &str,
    ) -> Result<Vec<UploadRow>, sqlx::Error> {
        sqlx::query(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE draft_id = ? AND question_id = ? AND (status = 'stored' OR expires_at > ?) ORDER BY created_at, rowid"
        ))
        .bind(draft_id)
        .bind(question)
        .bind(now())
        .fetch_all(&self.pool)
        .await
        .map(|rows| rows.into_iter().map(upload_from_row).collect())
    }

    pub async fn upload_for_draft(
        &self,
        id: &str,
        draft_id: &str,
    ) -> Result<Option<UploadRow>, sqlx::Error> {
        sqlx::query(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE id = ? AND draft_id = ?"
        ))
        .bind(id)
        .bind(draft_id)
        .fetch_optional(&self.pool)
        .await
        .map(|r| r.map(upload_from_row))
    }

    pub async fn delete_upload(&self, id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM uploads WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Uploads whose bytes should now be deleted: of drafts past their expiry, and unfinished
    /// uploads past theirs. The caller deletes the bytes, then the rows.
    pub async fn expired_uploads(&self) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT id FROM uploads WHERE (status = 'receiving' AND expires_at <= ?) OR draft_id IN (SELECT id FROM drafts WHERE submitted = 0 AND expires_at <= ?)")
            .bind(now())
            .bind(now())
            .fetch_all(&self.pool)
            .await
    }

    /// The draft a sent request came from, its service and the answers sent.
    pub async fn draft_of_request(
        &self,
        reference: &str,
    ) -> Result<Option<(String, String, Answers)>, sqlx::Error> {
        let row =
            sqlx::query("SELECT draft_id, service_id, answers FROM requests WHERE reference = ?")
                .bind(reference)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| {
            let answers: String = r.get(2);
            (
                r.get(0),
                r.get(1),
                serde_json::from_str(&answers).unwrap_or_default(),
            )
        }))
    }
}
