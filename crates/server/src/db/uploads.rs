//! The `uploads` table: files residents sent, arriving (a resumable upload under way) or stored.

use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{flag, now, Db, DraftId, UploadId};
use crate::evidence::scanner::Scan;
use crate::evidence::StoredFile;

/// How long an unfinished upload is kept for the resident to resume it.
pub const UPLOAD_LIFETIME: i64 = 24 * 3600;

/// Where an upload is: its bytes still arriving, or checked and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadState {
    Receiving,
    Stored,
}

impl UploadState {
    pub fn as_str(self) -> &'static str {
        match self {
            UploadState::Receiving => "receiving",
            UploadState::Stored => "stored",
        }
    }
}

/// What the virus scanner said of a kept file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScanStatus {
    Clean,
    /// No scanner is set up (files are still checked by their content).
    NotScanned,
}

impl ScanStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ScanStatus::Clean => "clean",
            ScanStatus::NotScanned => "not-scanned",
        }
    }
}

impl From<&Scan> for ScanStatus {
    fn from(scan: &Scan) -> ScanStatus {
        match scan {
            Scan::Clean => ScanStatus::Clean,
            _ => ScanStatus::NotScanned,
        }
    }
}

/// A file a resident sent, as stored.
#[derive(Debug, Clone)]
pub struct UploadRow {
    pub id: UploadId,
    pub draft_id: DraftId,
    pub question_id: String,
    pub file_name: String,
    pub content_type: String,
    pub length: i64,
    pub received: i64,
    pub stored_size: i64,
    pub state: UploadState,
    pub scan: ScanStatus,
    pub has_thumbnail: bool,
    pub expires_at: i64,
    /// Until when a server is checking the complete upload (0: none is).
    pub checking_until: i64,
}

impl FromRow<'_, AnyRow> for UploadRow {
    fn from_row(r: &AnyRow) -> Result<UploadRow, sqlx::Error> {
        let unknown = |column: &str, value: &str| sqlx::Error::ColumnDecode {
            index: column.into(),
            source: format!("unknown value {value:?}").into(),
        };
        let state: &str = r.try_get("status")?;
        let scan: &str = r.try_get("scan")?;
        Ok(UploadRow {
            id: r.try_get("id")?,
            draft_id: r.try_get("draft_id")?,
            question_id: r.try_get("question_id")?,
            file_name: r.try_get("file_name")?,
            content_type: r.try_get("content_type")?,
            length: r.try_get("length")?,
            received: r.try_get("received")?,
            stored_size: r.try_get("stored_size")?,
            state: match state {
                "receiving" => UploadState::Receiving,
                "stored" => UploadState::Stored,
                other => return Err(unknown("status", other)),
            },
            scan: match scan {
                "clean" => ScanStatus::Clean,
                "not-scanned" => ScanStatus::NotScanned,
                other => return Err(unknown("scan", other)),
            },
            has_thumbnail: flag(r, "has_thumbnail")?,
            expires_at: r.try_get("expires_at")?,
            checking_until: r.try_get("checking_until")?,
        })
    }
}

/// One PATCH's bytes of an unfinished upload, kept in the evidence store under `key`.
#[derive(Debug, Clone, FromRow)]
pub struct UploadPart {
    pub start: i64,
    pub length: i64,
    pub key: String,
}

const UPLOAD_COLUMNS: &str = "id, draft_id, question_id, file_name, content_type, length, received, stored_size, status, scan, has_thumbnail, expires_at, checking_until";

impl Db {
    /// Records a new upload, still arriving. Returns when it expires unless finished.
    pub async fn create_upload(
        &self,
        id: &str,
        draft_id: &str,
        question_id: &str,
        file_name: &str,
        length: i64,
    ) -> Result<i64, sqlx::Error> {
        let expires = now() + UPLOAD_LIFETIME;
        sqlx::query("INSERT INTO uploads (id, draft_id, question_id, file_name, length, status, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(id)
            .bind(draft_id)
            .bind(question_id)
            .bind(file_name)
            .bind(length)
            .bind(UploadState::Receiving.as_str())
            .bind(now())
            .bind(expires)
            .execute(&self.pool)
            .await?;
        Ok(expires)
    }

    /// Adds a PATCH's bytes (already in the evidence store under `part.key`) to an upload that
    /// holds exactly `part.start` bytes. False when it does not (another request, perhaps on
    /// another server, got there first): the caller deletes the part.
    pub async fn add_upload_part(&self, id: &str, part: &UploadPart) -> Result<bool, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let moved = sqlx::query(
            "UPDATE uploads SET received = received + $1 WHERE id = $2 AND received = $3 AND status = $4",
        )
        .bind(part.length)
        .bind(id)
        .bind(part.start)
        .bind(UploadState::Receiving.as_str())
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO upload_parts (upload_id, start, length, key) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(part.start)
        .bind(part.length)
        .bind(&part.key)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The parts of an unfinished upload, in order.
    pub async fn upload_parts(&self, id: &str) -> Result<Vec<UploadPart>, sqlx::Error> {
        sqlx::query_as(
            "SELECT start, length, key FROM upload_parts WHERE upload_id = $1 ORDER BY start",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await
    }

    /// Records that a file passed its checks and is kept.
    /// Records that a file passed its checks and is kept. False when the upload is no longer
    /// there to keep (it was cancelled or swept meanwhile): the caller deletes what it stored.
    pub async fn mark_upload_stored(
        &self,
        id: &str,
        file: &StoredFile,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE uploads SET status = $1, file_name = $2, content_type = $3, stored_size = $4, received = length, scan = $5, has_thumbnail = $6 WHERE id = $7")
            .bind(UploadState::Stored.as_str())
            .bind(&file.file_name)
            .bind(file.content_type)
            .bind(file.size as i64)
            .bind(ScanStatus::from(&file.scan).as_str())
            .bind(file.has_thumbnail as i64)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Takes the check of a complete upload for `seconds`, unless another server is checking it.
    pub async fn claim_check(&self, id: &str, seconds: i64) -> Result<bool, sqlx::Error> {
        let claimed = sqlx::query(
            "UPDATE uploads SET checking_until = $1 WHERE id = $2 AND status = $3 AND received = length AND checking_until <= $4",
        )
        .bind(now() + seconds)
        .bind(id)
        .bind(UploadState::Receiving.as_str())
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(claimed.rows_affected() == 1)
    }

    /// Forgets the parts of an upload once their objects are deleted.
    pub async fn delete_upload_parts(&self, id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM upload_parts WHERE upload_id = $1")
            .bind(id)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Kept uploads whose parts are still recorded (their deletion failed): for the sweeper.
    pub async fn kept_uploads_with_parts(&self) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT DISTINCT u.id FROM uploads u JOIN upload_parts p ON p.upload_id = u.id WHERE u.status = $1",
        )
        .bind(UploadState::Stored.as_str())
        .fetch_all(&self.pool)
        .await
    }

    /// An upload, only when it belongs to a draft this session holds.
    pub async fn upload_for_session(
        &self,
        id: &str,
        session: &str,
    ) -> Result<Option<UploadRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE id = $1 AND draft_id IN (SELECT d.id FROM drafts d WHERE d.session_hash = $2)"
        ))
        .bind(id)
        .bind(session)
        .fetch_optional(&self.pool)
        .await
    }

    /// The stored files of a draft, oldest first.
    pub async fn stored_uploads(&self, draft_id: &str) -> Result<Vec<UploadRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE draft_id = $1 AND status = $2 ORDER BY created_at, rowid"
        ))
        .bind(draft_id)
        .bind(UploadState::Stored.as_str())
        .fetch_all(&self.pool)
        .await
    }

    /// Every upload of a question (kept or still arriving), oldest first.
    pub async fn uploads_of_question(
        &self,
        draft_id: &str,
        question: &str,
    ) -> Result<Vec<UploadRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE draft_id = $1 AND question_id = $2 AND (status = $3 OR expires_at > $4) ORDER BY created_at, rowid"
        ))
        .bind(draft_id)
        .bind(question)
        .bind(UploadState::Stored.as_str())
        .bind(now())
        .fetch_all(&self.pool)
        .await
    }

    pub async fn upload_for_draft(
        &self,
        id: &str,
        draft_id: &str,
    ) -> Result<Option<UploadRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE id = $1 AND draft_id = $2"
        ))
        .bind(id)
        .bind(draft_id)
        .fetch_optional(&self.pool)
        .await
    }

    pub async fn delete_upload(&self, id: &str) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        for table in ["upload_parts WHERE upload_id", "uploads WHERE id"] {
            sqlx::query(&format!("DELETE FROM {table} = $1"))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    }

    /// Uploads whose bytes should now be deleted: of drafts past their expiry (or gone), and
    /// unfinished uploads past theirs. The caller deletes the bytes, then the rows.
    pub async fn expired_uploads(&self) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT id FROM uploads WHERE (status = $1 AND expires_at <= $2) OR draft_id IN (SELECT id FROM drafts WHERE submitted = 0 AND expires_at <= $3) OR draft_id NOT IN (SELECT id FROM drafts)")
            .bind(UploadState::Receiving.as_str())
            .bind(now())
            .bind(now())
            .fetch_all(&self.pool)
            .await
    }
}
