//! What the back office reads of requests: the list a caseworker works through (filtered by
//! service, status and missed promises, in the order of the promised date), one request in full,
//! and the `staff_notes` table (notes added without moving a request, for staff only).

use frontdoor_domain::progress::RequestStatus;
use sqlx::Row;

use super::{now, Db};

/// A request as the back office sees it. `answers` is the JSON stored when it was sent.
#[derive(Debug, Clone)]
pub struct Case {
    /// As stored (no dashes).
    pub reference: String,
    pub draft_id: String,
    pub service_id: String,
    pub status: RequestStatus,
    pub submitted_on: String,
    pub act_by: String,
    pub acknowledge_by: Option<String>,
    /// Seconds since 1970: the order of requests promised for the same day.
    pub submitted_at: i64,
    pub locale: String,
    pub email: String,
    /// The newest entry of its history is the resident's reply (not yet moved on since).
    pub replied: bool,
    pub answers: String,
}

/// Which requests to list, and from where in the order.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub service: Option<String>,
    pub status: Option<RequestStatus>,
    /// Some(true): only those that missed a promise (`back_office::is_overdue`); Some(false):
    /// only those that did not.
    pub overdue: Option<bool>,
    /// Today in the UK, ISO.
    pub today: String,
    /// The last request of the page before: (act_by, submitted_at, reference).
    pub after: Option<(String, i64, String)>,
    pub limit: i64,
}

/// A note staff added without moving the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffNote {
    pub note: String,
    pub made_by: String,
    /// Seconds since 1970.
    pub made_at: i64,
}

const CASE_COLUMNS: &str = "reference, draft_id, service_id, status, submitted_on, act_by, \
     acknowledge_by, submitted_at, locale, email, \
     (SELECT h.reply FROM request_history h WHERE h.reference = requests.reference \
      ORDER BY h.made_at DESC, h.id DESC LIMIT 1)";

fn case(r: &sqlx::any::AnyRow, with_answers: bool) -> Result<Case, sqlx::Error> {
    Ok(Case {
        reference: r.try_get(0)?,
        draft_id: r.try_get(1)?,
        service_id: r.try_get(2)?,
        status: RequestStatus::parse(r.try_get::<&str, _>(3)?).unwrap_or(RequestStatus::Received),
        submitted_on: r.try_get(4)?,
        act_by: r.try_get(5)?,
        acknowledge_by: r.try_get(6)?,
        submitted_at: r.try_get(7)?,
        locale: r.try_get(8)?,
        email: r.try_get(9)?,
        replied: r.try_get::<Option<i64>, _>(10)?.unwrap_or(0) == 1,
        answers: if with_answers {
            r.try_get(11)?
        } else {
            String::new()
        },
    })
}

enum Bind {
    Text(String),
    Int(i64),
}

impl Db {
    /// Requests in the order of the promised date, then of sending (then of reference, so the
    /// order is total and paging never skips or repeats one).
    pub async fn cases(&self, filter: &CaseFilter) -> Result<Vec<Case>, sqlx::Error> {
        let mut conditions: Vec<String> = Vec::new();
        let mut binds: Vec<Bind> = Vec::new();
        let next = |binds: &mut Vec<Bind>, b: Bind| {
            binds.push(b);
            format!("${}", binds.len())
        };
        if let Some(service) = &filter.service {
            let p = next(&mut binds, Bind::Text(service.clone()));
            conditions.push(format!("service_id = {p}"));
        }
        if let Some(status) = filter.status {
            let p = next(&mut binds, Bind::Text(status.as_str().into()));
            conditions.push(format!("status = {p}"));
        }
        if let Some(overdue) = filter.overdue {
            // The same rule as `back_office::is_overdue`, in SQL (ISO dates compare as text).
            let t1 = next(&mut binds, Bind::Text(filter.today.clone()));
            let t2 = next(&mut binds, Bind::Text(filter.today.clone()));
            let rule = format!(
                "(status NOT IN ('resolved', 'closed') AND (act_by < {t1} OR \
                 (status = 'received' AND acknowledge_by IS NOT NULL AND acknowledge_by < {t2})))"
            );
            conditions.push(if overdue { rule } else { format!("NOT {rule}") });
        }
        if let Some((act_by, submitted_at, reference)) = &filter.after {
            let a1 = next(&mut binds, Bind::Text(act_by.clone()));
            let a2 = next(&mut binds, Bind::Text(act_by.clone()));
            let s1 = next(&mut binds, Bind::Int(*submitted_at));
            let a3 = next(&mut binds, Bind::Text(act_by.clone()));
            let s2 = next(&mut binds, Bind::Int(*submitted_at));
            let r = next(&mut binds, Bind::Text(reference.clone()));
            conditions.push(format!(
                "(act_by > {a1} OR (act_by = {a2} AND submitted_at > {s1}) OR \
                 (act_by = {a3} AND submitted_at = {s2} AND reference > {r}))"
            ));
        }
        let limit = next(&mut binds, Bind::Int(filter.limit));
        let condition = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM requests {condition} \
             ORDER BY act_by, submitted_at, reference LIMIT {limit}"
        );
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = match b {
                Bind::Text(t) => query.bind(t),
                Bind::Int(i) => query.bind(i),
            };
        }
        query
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| case(r, false))
            .collect()
    }

    /// One request in full, by its stored reference.
    pub async fn case(&self, reference: &str) -> Result<Option<Case>, sqlx::Error> {
        sqlx::query(&format!(
            "SELECT {CASE_COLUMNS}, answers FROM requests WHERE reference = $1"
        ))
        .bind(reference)
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(|r| case(r, true))
        .transpose()
    }

    /// Adds a staff note to a request. False when no request has that reference.
    pub async fn add_staff_note(
        &self,
        reference: &str,
        note: &str,
        made_by: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO staff_notes (reference, note, made_by, made_at) \
             SELECT reference, $1, $2, $3 FROM requests WHERE reference = $4",
        )
        .bind(note)
        .bind(made_by)
        .bind(now())
        .bind(reference)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// A request's staff notes, newest first.
    pub async fn staff_notes(&self, reference: &str) -> Result<Vec<StaffNote>, sqlx::Error> {
        sqlx::query(
            "SELECT note, made_by, made_at FROM staff_notes WHERE reference = $1 \
             ORDER BY made_at DESC, id DESC",
        )
        .bind(reference)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(StaffNote {
                note: r.try_get(0)?,
                made_by: r.try_get(1)?,
                made_at: r.try_get(2)?,
            })
        })
        .collect()
    }
}
