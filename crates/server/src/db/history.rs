//! The `request_history` table: every status a request has had, who moved it and the notes
//! (the resident's to read, and staff's own), newest first. A move is made only from the
//! status the caseworker saw, so two caseworkers moving one request at once cannot both win.

use frontdoor_domain::progress::{RequestStatus, StatusChange};
use sqlx::Row;

use super::{now, Db, Message};

/// Who made an entry: the resident sending the request, or a caseworker (by id).
pub const RESIDENT: &str = "resident";

/// One entry of a request's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub status: RequestStatus,
    /// For the resident to read.
    pub note: String,
    /// For staff only.
    pub staff_note: String,
    pub made_by: String,
    /// Seconds since 1970.
    pub made_at: i64,
    /// The resident's answer to "waiting for you" (its words in `note`).
    pub reply: bool,
    /// Ids of the files sent with a reply.
    pub files: Vec<String>,
}

/// What came of a move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    Done,
    /// No request has that reference.
    NoSuchRequest,
    /// The request was no longer at the status the move was made from (someone moved it first).
    StatusChanged(RequestStatus),
}

impl Db {
    /// Moves a request on from `from` (the status the caseworker saw), notes it in its history
    /// and queues the message telling the resident, in one transaction.
    pub async fn move_request(
        &self,
        reference: &str,
        from: RequestStatus,
        change: &StatusChange,
        made_by: &str,
        notice: Option<&Message>,
    ) -> Result<Moved, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let updated =
            sqlx::query("UPDATE requests SET status = $1 WHERE reference = $2 AND status = $3")
                .bind(change.to.as_str())
                .bind(reference)
                .bind(from.as_str())
                .execute(&mut *tx)
                .await?;
        if updated.rows_affected() == 0 {
            let now_at: Option<String> =
                sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1")
                    .bind(reference)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(match now_at.as_deref().map(RequestStatus::parse) {
                None => Moved::NoSuchRequest,
                Some(status) => Moved::StatusChanged(status.unwrap_or(RequestStatus::Received)),
            });
        }
        add_entry(
            &mut tx,
            reference,
            change.to,
            &change.note,
            &change.staff_note,
            made_by,
        )
        .await?;
        if let Some(notice) = notice {
            super::outbox::queue_in(&mut tx, notice).await?;
        }
        super::queue_webhook_in(
            self,
            &mut tx,
            super::WebhookEvent::RequestStatusChanged,
            reference,
        )
        .await?;
        tx.commit().await?;
        Ok(Moved::Done)
    }

    /// A request's history, newest first.
    pub async fn history(&self, reference: &str) -> Result<Vec<HistoryEntry>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT status, note, staff_note, made_by, made_at, reply, files FROM request_history \
             WHERE reference = $1 ORDER BY made_at DESC, id DESC",
        )
        .bind(reference)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let status: &str = r.try_get(0)?;
                Ok(HistoryEntry {
                    status: RequestStatus::parse(status).unwrap_or(RequestStatus::Received),
                    note: r.try_get(1)?,
                    staff_note: r.try_get(2)?,
                    made_by: r.try_get(3)?,
                    made_at: r.try_get(4)?,
                    reply: r.try_get::<i64, _>(5)? == 1,
                    files: r
                        .try_get::<&str, _>(6)?
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                })
            })
            .collect()
    }
}

/// Adds an entry to a request's history, within the caller's transaction.
pub(super) async fn add_entry(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    reference: &str,
    status: RequestStatus,
    note: &str,
    staff_note: &str,
    made_by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO request_history (reference, status, note, staff_note, made_by, made_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(reference)
    .bind(status.as_str())
    .bind(note)
    .bind(staff_note)
    .bind(made_by)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
