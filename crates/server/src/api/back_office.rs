//! The back office's way in, for a council's CRM or case system: requests listed, read in full
//! (answers, evidence, history with staff notes), moved on, noted, and residents asked for
//! information, under /api/v1/back-office. Every call carries an API key
//! (`Authorization: Bearer fd_…`, made by `frontdoor api-key add`): scope `read` for what is read,
//! `update` for changes. A change is made as `api-key:<name>` in the request's history, by the
//! same rules as every caseworker's (`progress::check_status_change`), and the resident is told
//! of it as they are of any.

use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use frontdoor_domain::back_office::{check_staff_note, is_overdue, page_size, Scope};
use frontdoor_domain::progress::{check_status_change, RequestStatus};
use frontdoor_domain::{FormInput, Reference};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{ApiError, Body as JsonBody};
use crate::db::{rfc3339, Case, CaseFilter, Moved, UploadRow};
use crate::locale::locale_of;
use crate::state::AppState;

/// The API key a call came with, found by its hash among the keys in use. No key, an unknown
/// one or a revoked one: 401, with `WWW-Authenticate: Bearer`.
pub struct ApiKey {
    pub name: String,
    scopes: Vec<Scope>,
}

impl ApiKey {
    /// Refuses (403) a key without this scope.
    pub fn require(&self, scope: Scope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::MissingScope(scope.as_str()))
        }
    }

    /// Who made a change, in the request's history.
    pub fn made_by(&self) -> String {
        format!("api-key:{}", self.name)
    }
}

impl FromRequestParts<AppState> for ApiKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let given = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, key)| key.trim())
            .filter(|k| k.starts_with("fd_"))
            .ok_or(ApiError::Unauthorised)?;
        // Looked up by hash: the stored hash says nothing of the key, and comparing hashes leaks
        // nothing about the key by timing.
        let key = state
            .db
            .api_key_by_hash(&crate::tokens::hash(given))
            .await?
            .ok_or(ApiError::Unauthorised)?;
        Ok(ApiKey {
            name: key.name,
            scopes: key.scopes,
        })
    }
}

/// Personal data is never kept by a cache on the way.
fn no_store(value: Value) -> Response {
    let mut response = Json(value).into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn file_json(u: &UploadRow) -> Value {
    json!({
        "id": u.id,
        "question": u.question_id,
        "name": u.file_name,
        "size": u.stored_size,
        "content_type": u.content_type,
        "scan": u.scan,
    })
}

fn today() -> String {
    crate::journeys::rule_context().today.to_string()
}

fn shown(reference: &str) -> String {
    Reference::parse(reference)
        .map(|r| r.display())
        .unwrap_or_else(|| reference.to_string())
}

/// A request as listed: no personal data.
fn summary(case: &Case, today: &str) -> Value {
    json!({
        "reference": shown(&case.reference),
        "service": case.service_id,
        "status": case.status.as_str(),
        "submitted_on": case.submitted_on,
        "act_by": case.act_by,
        "acknowledge_by": case.acknowledge_by,
        "overdue": is_overdue(case.status, &case.act_by, case.acknowledge_by.as_deref(), today),
    })
}

#[derive(Deserialize)]
pub struct ListQuery {
    service: Option<String>,
    status: Option<String>,
    overdue: Option<String>,
    limit: Option<String>,
    after: Option<String>,
}

/// Where the next page starts: the last request of this one, as an opaque string.
fn cursor(case: &Case) -> String {
    let raw = json!([case.act_by, case.submitted_at, case.reference]).to_string();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
}

fn read_cursor(after: &str) -> Option<(String, i64, String)> {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(after)
        .ok()?;
    serde_json::from_slice(&raw).ok()
}

/// GET /back-office/requests: in the order of the promised date, then of sending.
pub async fn list(
    State(state): State<AppState>,
    key: ApiKey,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    key.require(Scope::Read)?;
    let Query(q) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let bad = |why: &str| ApiError::BadRequest(why.to_string());
    let status = match q.status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(RequestStatus::parse(s).ok_or_else(|| {
            bad("status must be received, acknowledged, in-progress, waiting-for-resident, resolved or closed")
        })?),
    };
    let overdue = match q.overdue.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => return Err(bad("overdue must be true or false")),
    };
    let limit = match q.limit.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(l) => Some(
            l.parse::<u32>()
                .map_err(|_| bad("limit must be a number"))?,
        ),
    };
    let after = match q.after.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(a) => Some(read_cursor(a).ok_or_else(|| bad("after must be a `next` this API gave"))?),
    };
    let limit = page_size(limit);
    let today = today();
    let mut cases = state
        .db
        .cases(&CaseFilter {
            service: q.service.filter(|s| !s.is_empty()),
            status,
            overdue,
            today: today.clone(),
            after,
            limit: i64::from(limit) + 1,
        })
        .await?;
    let more = cases.len() > limit as usize;
    cases.truncate(limit as usize);
    let next = more.then(|| cases.last().map(cursor)).flatten();
    let list: Vec<Value> = cases.iter().map(|c| summary(c, &today)).collect();
    Ok(no_store(json!({ "requests": list, "next": next })))
}

/// One request in full, for a caseworker: what the resident sent, the files, and everything
/// that has happened, with staff's notes.
async fn full(state: &AppState, reference: &Reference) -> Result<Value, ApiError> {
    let case = state
        .db
        .case(reference.as_str())
        .await?
        .ok_or(ApiError::NotFound)?;
    let answers: Value = serde_json::from_str(&case.answers)
        .map_err(|e| ApiError::Internal(format!("stored answers cannot be read: {e}")))?;
    let evidence: Vec<Value> = evidence_of(state, reference.as_str())
        .await?
        .iter()
        .map(file_json)
        .collect();
    let history: Vec<Value> = state
        .db
        .history(reference.as_str())
        .await?
        .into_iter()
        .map(|e| {
            json!({
                "status": e.status.as_str(),
                "at": rfc3339(e.made_at),
                "note": e.note,
                "staff_note": e.staff_note,
                "made_by": e.made_by,
            })
        })
        .collect();
    let staff_notes: Vec<Value> = state
        .db
        .staff_notes(reference.as_str())
        .await?
        .into_iter()
        .map(|n| json!({ "note": n.note, "made_by": n.made_by, "at": rfc3339(n.made_at) }))
        .collect();
    let mut value = summary(&case, &today());
    value["locale"] = case.locale.into();
    value["email"] = case.email.into();
    value["answers"] = answers;
    value["evidence"] = evidence.into();
    value["history"] = history.into();
    value["staff_notes"] = staff_notes.into();
    Ok(value)
}

fn parse_reference(reference: &str) -> Result<Reference, ApiError> {
    Reference::parse(reference).ok_or(ApiError::NotFound)
}

/// GET /back-office/requests/{reference}
pub async fn show(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    key: ApiKey,
) -> Result<Response, ApiError> {
    key.require(Scope::Read)?;
    let reference = parse_reference(&reference)?;
    Ok(no_store(full(&state, &reference).await?))
}

#[derive(Deserialize)]
pub struct StatusBody {
    from: String,
    to: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    staff_note: String,
}

#[derive(Deserialize)]
pub struct AskBody {
    from: String,
    /// What the resident is asked for: their note.
    #[serde(default)]
    needed: String,
    #[serde(default)]
    staff_note: String,
}

#[derive(Deserialize)]
pub struct NoteBody {
    #[serde(default)]
    note: String,
}

/// The request moved since the caller read it: 409, saying where it is now.
fn moved_since(now: RequestStatus, from: RequestStatus) -> ApiError {
    ApiError::Invalid {
        status: StatusCode::CONFLICT,
        code: "status-changed".into(),
        message: format!(
            "The request is {}, not {}: read it again before changing it",
            now.as_str(),
            from.as_str()
        ),
        fields: vec![],
    }
}

/// A move, checked as every caseworker's is, and made only from the status the caller saw.
async fn change_status(
    state: &AppState,
    headers: &HeaderMap,
    key: &ApiKey,
    reference: &str,
    body: StatusBody,
) -> Result<Response, ApiError> {
    key.require(Scope::Update)?;
    let reference = parse_reference(reference)?;
    let from = RequestStatus::parse(body.from.trim()).ok_or_else(|| {
        ApiError::BadRequest("from must be the request's status as last read".into())
    })?;
    let now = state
        .db
        .case(reference.as_str())
        .await?
        .ok_or(ApiError::NotFound)?
        .status;
    if now != from {
        return Err(moved_since(now, from));
    }
    let input: FormInput = [
        ("status", body.to),
        ("note", body.note),
        ("staff-note", body.staff_note),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let change = check_status_change(from, &input)
        .map_err(|errors| ApiError::invalid(state, locale_of(headers), errors))?;
    match crate::journeys::move_request(state, &reference, from, &change, &key.made_by()).await? {
        Moved::Done => Ok(no_store(full(state, &reference).await?)),
        Moved::NoSuchRequest => Err(ApiError::NotFound),
        Moved::StatusChanged(now) => Err(moved_since(now, from)),
    }
}

/// POST /back-office/requests/{reference}/status: `{"from","to","note","staff_note"}`.
pub async fn set_status(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    key: ApiKey,
    JsonBody(body): JsonBody<StatusBody>,
) -> Result<Response, ApiError> {
    change_status(&state, &headers, &key, &reference, body).await
}

/// POST /back-office/requests/{reference}/ask-for-information: `{"from","needed","staff_note"}`,
/// a move to waiting-for-resident whose note for the resident says what is needed.
pub async fn ask_for_information(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    key: ApiKey,
    JsonBody(body): JsonBody<AskBody>,
) -> Result<Response, ApiError> {
    let body = StatusBody {
        from: body.from,
        to: RequestStatus::WaitingForResident.as_str().into(),
        note: body.needed,
        staff_note: body.staff_note,
    };
    change_status(&state, &headers, &key, &reference, body).await
}

/// POST /back-office/requests/{reference}/notes: `{"note"}`, kept for staff, the request not moved.
pub async fn add_note(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    key: ApiKey,
    JsonBody(body): JsonBody<NoteBody>,
) -> Result<Response, ApiError> {
    key.require(Scope::Update)?;
    let reference = parse_reference(&reference)?;
    let note = check_staff_note(&body.note)
        .map_err(|errors| ApiError::invalid(&state, locale_of(&headers), errors))?;
    if !state
        .db
        .add_staff_note(reference.as_str(), &note, &key.made_by())
        .await?
    {
        return Err(ApiError::NotFound);
    }
    let mut response = no_store(full(&state, &reference).await?);
    *response.status_mut() = StatusCode::CREATED;
    Ok(response)
}

/// The files sent with a request: those its answers to file questions name.
async fn evidence_of(state: &AppState, reference: &str) -> Result<Vec<UploadRow>, ApiError> {
    let reference = Reference::parse(reference).ok_or(ApiError::NotFound)?;
    let request = state
        .db
        .draft_of_request(reference.as_str())
        .await?
        .ok_or(ApiError::NotFound)?;
    let service = state
        .catalogue
        .service(&request.service_id)
        .ok_or(ApiError::NotFound)?;
    let sent = service.files_sent(&request.answers);
    let kept = state.db.stored_uploads(&request.draft_id).await?;
    Ok(kept
        .into_iter()
        .filter(|u| sent.iter().any(|s| *s == *u.id))
        .collect())
}

pub async fn evidence(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    key: ApiKey,
) -> Result<Response, ApiError> {
    key.require(Scope::Read)?;
    let files = evidence_of(&state, &reference).await?;
    let list: Vec<_> = files.iter().map(file_json).collect();
    Ok(no_store(json!({ "reference": reference, "files": list })))
}

pub async fn download(
    State(state): State<AppState>,
    Path((reference, id)): Path<(String, String)>,
    key: ApiKey,
) -> Result<Response, ApiError> {
    key.require(Scope::Read)?;
    let file = evidence_of(&state, &reference)
        .await?
        .into_iter()
        .find(|u| *u.id == *id)
        .ok_or(ApiError::NotFound)?;
    let stream = state.evidence.open(&file.id).await.map_err(|e| {
        // The record says the file is kept, so its bytes missing is a fault, not a wrong id.
        ApiError::Internal(format!("a kept file could not be read: {e}"))
    })?;
    let mut response = crate::uploads::attachment(&file, Body::from_stream(stream), "no-store");
    response
        .headers_mut()
        .insert("x-scan", HeaderValue::from_static(file.scan.as_str()));
    Ok(response)
}
