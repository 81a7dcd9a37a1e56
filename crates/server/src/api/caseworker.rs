//! The back office's way in: a request's evidence, listed and downloaded with a caseworker token
//! (`Authorization: Bearer <FRONTDOOR_CASEWORKER_TOKEN>`). Nothing here is reachable without it.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use frontdoor_domain::Reference;
use serde_json::json;

use super::ApiError;
use crate::db::UploadRow;
use crate::state::AppState;

/// Refuses a request without the caseworker token (401, with `WWW-Authenticate: Bearer`).
fn authorise(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = state.config.caseworker_token.as_deref() else {
        return Err(ApiError::Unauthorised);
    };
    let given = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let same = given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then_some(()).ok_or(ApiError::Unauthorised)
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
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorise(&state, &headers)?;
    let files = evidence_of(&state, &reference).await?;
    let list: Vec<_> = files
        .iter()
        .map(|u| {
            json!({
                "id": u.id,
                "question": u.question_id,
                "name": u.file_name,
                "size": u.stored_size,
                "content_type": u.content_type,
                "scan": u.scan,
            })
        })
        .collect();
    let mut response = Json(json!({ "reference": reference, "files": list })).into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn download(
    State(state): State<AppState>,
    Path((reference, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorise(&state, &headers)?;
    let file = evidence_of(&state, &reference)
        .await?
        .into_iter()
        .find(|u| *u.id == *id)
        .ok_or(ApiError::NotFound)?;
    let stream = state.evidence.open(&file.id).await.map_err(|e| {
        // The record says the file is kept, so its bytes missing is a fault, not a wrong id.
        ApiError::Internal(format!("a kept file could not be read: {e}"))
    })?;
    let safe_name: String = file
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut response = Body::from_stream(stream).into_response();
    let h = response.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_str(&file.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{safe_name}\""))
            .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-scan", HeaderValue::from_static(file.scan.as_str()));
    Ok(response)
}
