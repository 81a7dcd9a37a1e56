//! The back office's way in: a request's evidence, listed and downloaded with a caseworker token
//! (`Authorization: Bearer <FRONTDOOR_CASEWORKER_TOKEN>`). Nothing here is reachable without it.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use frontdoor_domain::Reference;
use serde_json::json;

use crate::db::UploadRow;
use crate::state::AppState;

fn authorised(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(expected) = state.config.caseworker_token.as_deref() else {
        return false;
    };
    let given = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

fn refuse() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [("www-authenticate", "Bearer")],
        Json(json!({ "error": { "status": 401, "code": "unauthorised", "message": "A caseworker token is needed", "fields": [] } })),
    )
        .into_response()
}

fn not_found() -> Response {
    crate::error::AppError::NotFound.into_api_response()
}

/// The files sent with a request: those its answers to file questions name.
async fn evidence_of(state: &AppState, reference: &str) -> Option<Vec<UploadRow>> {
    let reference = Reference::parse(reference)?;
    let (draft_id, service_id, answers) =
        state.db.draft_of_request(reference.as_str()).await.ok()??;
    let service = state.catalogue.service(&service_id)?;
    let sent = service.files_sent(&answers);
    let kept = state.db.stored_uploads(&draft_id).await.ok()?;
    Some(kept.into_iter().filter(|u| sent.contains(&u.id)).collect())
}

pub async fn evidence(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !authorised(&state, &headers) {
        return refuse();
    }
    let Some(files) = evidence_of(&state, &reference).await else {
        return not_found();
    };
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
    response
}

pub async fn download(
    State(state): State<AppState>,
    Path((reference, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if !authorised(&state, &headers) {
        return refuse();
    }
    let Some(file) = evidence_of(&state, &reference)
        .await
        .and_then(|files| files.into_iter().find(|u| u.id == id))
    else {
        return not_found();
    };
    let stream = match state.evidence.open(&file.id).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "a kept file could not be read");
            return not_found();
        }
    };
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
    h.insert(
        "x-scan",
        HeaderValue::from_str(&file.scan).unwrap_or(HeaderValue::from_static("")),
    );
    response
}
