//! What caseworkers see and residents add once a request is sent: the list of requests, a
//! resident's reply to "waiting for you", and their rating of how it was dealt with.

use frontdoor_domain::casework::{Rating, Satisfaction};
use frontdoor_domain::progress::RequestStatus;
use sqlx::Row;

use super::{now, Db, Moved};

/// Which requests a caseworker's list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub service: Option<String>,
    pub status: Option<RequestStatus>,
    /// Only requests past a promised date and not yet over.
    pub overdue: bool,
}

/// A request as a row of the caseworker's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub reference: String,
    pub service_id: String,
    pub status: RequestStatus,
    pub submitted_on: String,
    pub act_by: String,
    pub acknowledge_by: Option<String>,
    /// The newest entry of its history is the resident's reply.
    pub replied: bool,
}

impl CaseRow {
    /// Past the date promised (or, still unacknowledged, past the date to acknowledge by) and
    /// not yet over. `today` is an ISO date.
    pub fn overdue(&self, today: &str) -> bool {
        !self.status.is_over()
            && (today > self.act_by.as_str()
                || (self.status == RequestStatus::Received
                    && self.acknowledge_by.as_deref().is_some_and(|by| today > by)))
    }
}

/// The SQL for [`CaseRow::overdue`], with `$1` as today.
const OVERDUE: &str = "status NOT IN ('resolved', 'closed') AND (act_by < $1 OR (status = 'received' AND acknowledge_by < $1))";

impl Db {
    /// Requests for the caseworker's list, the soonest promised first, at most `limit`.
    pub async fn cases(
        &self,
        filter: &CaseFilter,
        today: &str,
        limit: i64,
    ) -> Result<Vec<CaseRow>, sqlx::Error> {
        // Each condition in use takes the next placeholder; its value is bound in the same order.
        let mut conditions = vec![];
        let mut values: Vec<&str> = vec![];
        if filter.overdue {
            values.push(today);
            conditions.push(OVERDUE.replace("$1", &format!("${}", values.len())));
        }
        if let Some(service) = &filter.service {
            values.push(service);
            conditions.push(format!("service_id = ${}", values.len()));
        }
        if let Some(status) = filter.status {
            values.push(status.as_str());
            conditions.push(format!("status = ${}", values.len()));
        }
        let condition = match conditions.is_empty() {
            true => String::new(),
            false => format!("WHERE ({})", conditions.join(") AND (")),
        };
        let sql = format!(
            "SELECT reference, service_id, status, submitted_on, act_by, acknowledge_by, \
             (SELECT h.reply FROM request_history h WHERE h.reference = requests.reference ORDER BY h.made_at DESC, h.id DESC LIMIT 1) \
             FROM requests {condition} ORDER BY act_by, submitted_at LIMIT {limit}"
        );
        let mut query = sqlx::query(&sql);
        for v in values {
            query = query.bind(v);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                let status: &str = r.try_get(2)?;
                Ok(CaseRow {
                    reference: r.try_get(0)?,
                    service_id: r.try_get(1)?,
                    status: RequestStatus::parse(status).unwrap_or(RequestStatus::Received),
                    submitted_on: r.try_get(3)?,
                    act_by: r.try_get(4)?,
                    acknowledge_by: r.try_get(5)?,
                    replied: r.try_get::<Option<i64>, _>(6)?.unwrap_or(0) == 1,
                })
            })
            .collect()
    }

    /// A resident's answer to "waiting for you": the request goes back to the caseworker ("in
    /// progress") with the reply and its files in its history, in one transaction. Refused
    /// (`StatusChanged`) unless the request is waiting for the resident.
    pub async fn add_reply(
        &self,
        reference: &str,
        reply: &str,
        files: &[String],
    ) -> Result<Moved, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let moved =
            sqlx::query("UPDATE requests SET status = $1 WHERE reference = $2 AND status = $3")
                .bind(RequestStatus::InProgress.as_str())
                .bind(reference)
                .bind(RequestStatus::WaitingForResident.as_str())
                .execute(&mut *tx)
                .await?;
        if moved.rows_affected() == 0 {
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1")
                    .bind(reference)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(match status.as_deref().and_then(RequestStatus::parse) {
                Some(s) => Moved::StatusChanged(s),
                None => Moved::NoSuchRequest,
            });
        }
        sqlx::query(
            "INSERT INTO request_history (reference, status, note, made_by, made_at, reply, files) \
             VALUES ($1, $2, $3, $4, $5, 1, $6)",
        )
        .bind(reference)
        .bind(RequestStatus::InProgress.as_str())
        .bind(reply)
        .bind(super::RESIDENT)
        .bind(now())
        .bind(files.join(" "))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Moved::Done)
    }

    /// Keeps a resident's rating of a request. False when it was rated before (the first stands).
    pub async fn rate_request(
        &self,
        reference: &str,
        service_id: &str,
        rating: &Rating,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO ratings (reference, service_id, satisfaction, comment, rated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (reference) DO NOTHING",
        )
        .bind(reference)
        .bind(service_id)
        .bind(rating.satisfaction.as_str())
        .bind(&rating.comment)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn rating_of(&self, reference: &str) -> Result<Option<Rating>, sqlx::Error> {
        let row = sqlx::query("SELECT satisfaction, comment FROM ratings WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let s: &str = r.try_get(0)?;
            Ok(Rating {
                satisfaction: Satisfaction::parse(s).unwrap_or(Satisfaction::Neither),
                comment: r.try_get(1)?,
            })
        })
        .transpose()
    }

    /// How many residents gave each answer, for one service.
    pub async fn ratings_of_service(
        &self,
        service_id: &str,
    ) -> Result<Vec<(Satisfaction, i64)>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT satisfaction, count(*) FROM ratings WHERE service_id = $1 GROUP BY satisfaction",
        )
        .bind(service_id)
        .fetch_all(&self.pool)
        .await?;
        let mut counts: Vec<(Satisfaction, i64)> =
            Satisfaction::ALL.iter().map(|s| (*s, 0)).collect();
        for r in rows {
            let s: &str = r.try_get(0)?;
            let n: i64 = r.try_get(1)?;
            if let Some(c) = counts
                .iter_mut()
                .find(|(k, _)| Some(*k) == Satisfaction::parse(s))
            {
                c.1 = n;
            }
        }
        Ok(counts)
    }

    /// Messages about a request that could not be sent and are tried no more: (template, error).
    pub async fn failed_messages_about(
        &self,
        reference_shown: &str,
    ) -> Result<Vec<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT template, COALESCE(last_error, '') FROM outbox \
             WHERE failed_at IS NOT NULL AND data LIKE $1 ORDER BY id",
        )
        .bind(format!("%\"reference\":\"{reference_shown}\"%"))
        .fetch_all(&self.pool)
        .await
    }
}
