//! The `uploads` table: files residents sent, arriving (a resumable upload under way) or stored.

use serde::Serialize;
use sqlx::FromRow;

use super::{now, Db, DraftId, UploadId};
use crate::evidence::scanner::Scan;
use crate::evidence::StoredFile;

/// How long an unfinished upload is kept for the resident to resume it.
pub const UPLOAD_LIFETIME: i64 = 24 * 3600;

/// Where an upload is: its bytes still arriving, or checked and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(rename_all = "lowercase")]
pub enum UploadState {
    Receiving,
    Stored,
}

/// What the virus scanner said of a kept file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type, Serialize)]
#[sqlx(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, FromRow)]
pub struct UploadRow {
    pub id: UploadId,
    pub draft_id: DraftId,
    pub question_id: String,
    pub file_name: String,
    pub content_type: String,
    pub length: i64,
    pub received: i64,
    pub stored_size: i64,
    #[sqlx(rename = "status")]
    pub state: UploadState,
    pub scan: ScanStatus,
    pub has_thumbnail: bool,
    pub expires_at: i64,
}

const UPLOAD_COLUMNS: &str = "id, draft_id, question_id, file_name, content_type, length, received, stored_size, status, scan, has_thumbnail, expires_at";

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
        sqlx::query("INSERT INTO uploads (id, draft_id, question_id, file_name, length, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(id)
            .bind(draft_id)
            .bind(question_id)
            .bind(file_name)
            .bind(length)
            .bind(UploadState::Receiving)
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

    /// Records that a file passed its checks and is kept.
    pub async fn mark_upload_stored(&self, id: &str, file: &StoredFile) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE uploads SET status = ?, file_name = ?, content_type = ?, stored_size = ?, received = length, scan = ?, has_thumbnail = ? WHERE id = ?")
            .bind(UploadState::Stored)
            .bind(&file.file_name)
            .bind(file.content_type)
            .bind(file.size as i64)
            .bind(ScanStatus::from(&file.scan))
            .bind(file.has_thumbnail)
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
        sqlx::query_as(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE id = ? AND draft_id IN (SELECT d.id FROM drafts d WHERE d.session_hash = ?)"
        ))
        .bind(id)
        .bind(session)
        .fetch_optional(&self.pool)
        .await
    }

    /// The stored files of a draft, oldest first.
    pub async fn stored_uploads(&self, draft_id: &str) -> Result<Vec<UploadRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE draft_id = ? AND status = ? ORDER BY created_at, rowid"
        ))
        .bind(draft_id)
        .bind(UploadState::Stored)
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
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE draft_id = ? AND question_id = ? AND (status = ? OR expires_at > ?) ORDER BY created_at, rowid"
        ))
        .bind(draft_id)
        .bind(question)
        .bind(UploadState::Stored)
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
            "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE id = ? AND draft_id = ?"
        ))
        .bind(id)
        .bind(draft_id)
        .fetch_optional(&self.pool)
        .await
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
        sqlx::query_scalar("SELECT id FROM uploads WHERE (status = ? AND expires_at <= ?) OR draft_id IN (SELECT id FROM drafts WHERE submitted = 0 AND expires_at <= ?)")
            .bind(UploadState::Receiving)
            .bind(now())
            .bind(now())
            .fetch_all(&self.pool)
            .await
    }
}
