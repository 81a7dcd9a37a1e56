//! Resumable uploads with the tus 1.0 protocol (core, creation, termination and expiration):
//! the browser creates an upload, sends its bytes in one or more PATCH requests, and after a
//! dropped connection asks (HEAD) how many bytes arrived and goes on from there. Bytes are written
//! to disk as they arrive, so whatever reached the server before a cut is kept.
//!
//! `POST /api/v1/uploads` takes `Upload-Length` and `Upload-Metadata` with `filename`, `service`
//! and `question` (base64, as tus says). When the last byte arrives the file is checked: a refused
//! file answers 422 with the API's error shape, naming the file and the reason.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use futures::StreamExt;
use tokio::io::AsyncWriteExt;

use crate::api::{error_response, Caller};
use crate::db::UploadRow;
use crate::error::AppError;
use crate::state::AppState;
use crate::uploads;

const VERSION: &str = "1.0.0";
/// The largest upload announced: no question allows more than this in one file.
const MAX_SIZE: u64 = 1024 * 1024 * 1024;

fn tus_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert("tus-resumable", HeaderValue::from_static(VERSION));
    h.insert("cache-control", HeaderValue::from_static("no-store"));
    response
}

fn status(code: StatusCode, message: &str) -> Response {
    tus_headers((code, message.to_string()).into_response())
}

/// `Upload-Expires`, as an HTTP date.
fn expires_header(at: i64) -> HeaderValue {
    let date =
        time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let text = format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        DAYS[date.weekday().number_days_from_monday() as usize],
        date.day(),
        MONTHS[u8::from(date.month()) as usize - 1],
        date.year(),
        date.hour(),
        date.minute(),
        date.second()
    );
    HeaderValue::from_str(&text).unwrap_or(HeaderValue::from_static(""))
}

pub async fn options() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let h = response.headers_mut();
    h.insert("tus-version", HeaderValue::from_static(VERSION));
    h.insert(
        "tus-extension",
        HeaderValue::from_static("creation,termination,expiration"),
    );
    h.insert("tus-max-size", HeaderValue::from(MAX_SIZE));
    tus_headers(response)
}

fn version_ok(headers: &HeaderMap) -> bool {
    headers.get("tus-resumable").and_then(|v| v.to_str().ok()) == Some(VERSION)
}

/// `Upload-Metadata: filename ZG9nLmpwZw==,service ...`.
fn metadata(headers: &HeaderMap) -> std::collections::HashMap<String, String> {
    use base64::Engine;
    headers
        .get("upload-metadata")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|pair| {
            let mut parts = pair.trim().splitn(2, ' ');
            let key = parts.next()?.to_string();
            let value = parts
                .next()
                .and_then(|v| {
                    base64::engine::general_purpose::STANDARD
                        .decode(v.trim())
                        .ok()
                })
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or_default();
            Some((key, value))
        })
        .collect()
}

pub async fn create(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    headers: HeaderMap,
) -> Response {
    if !version_ok(&headers) {
        return status(
            StatusCode::PRECONDITION_FAILED,
            "Tus-Resumable 1.0.0 is needed",
        );
    }
    let Some(length) = headers
        .get("upload-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    else {
        return status(StatusCode::BAD_REQUEST, "Upload-Length is needed");
    };
    if length > MAX_SIZE {
        return status(StatusCode::PAYLOAD_TOO_LARGE, "too large");
    }
    let meta = metadata(&headers);
    let field = |k: &str| meta.get(k).cloned().unwrap_or_default();
    let (name, service, question) = (field("filename"), field("service"), field("question"));
    let Some(def) = state.catalogue.service(&service) else {
        return status(StatusCode::NOT_FOUND, "no such service");
    };
    let result = async {
        let (draft_id, answers) = uploads::draft_for_files(&state, &session, def).await?;
        let Some((_, _, rules)) = uploads::file_question(def, &answers, &question) else {
            return Err(AppError::NotFound);
        };
        let already = uploads::sizes_held(&state, &draft_id, &question, None).await?;
        if let Err(refusal) = rules.check_before(length, &already) {
            return Ok(Err(rules.error(&question, &name, refusal)));
        }
        let id = crate::session::random_token();
        let expires = state
            .db
            .create_upload(&id, &draft_id, &question, &name, length as i64)
            .await?;
        tokio::fs::File::create(state.evidence.partial_path(&id))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(Ok((id, expires)))
    }
    .await;
    match result {
        Ok(Ok((id, expires))) => {
            let mut response = StatusCode::CREATED.into_response();
            let h = response.headers_mut();
            h.insert(
                "location",
                HeaderValue::from_str(&format!("/api/v1/uploads/{id}")).expect("ascii"),
            );
            h.insert("upload-expires", expires_header(expires));
            tus_headers(response)
        }
        Ok(Err(refused)) => refused_response(&state, locale, refused),
        Err(AppError::NotFound) => status(StatusCode::NOT_FOUND, "no such file question"),
        Err(e) => e.into_api_response(),
    }
}

fn refused_response(
    state: &AppState,
    locale: frontdoor_app::i18n::Locale,
    error: frontdoor_domain::FieldError,
) -> Response {
    let message = state
        .catalogue
        .i18n(locale)
        .t_with(&error.message_id, &error.args);
    tus_headers(error_response(
        StatusCode::UNPROCESSABLE_ENTITY,
        "file-refused",
        message,
        vec![error],
        state,
        locale,
    ))
}

async fn owned(state: &AppState, id: &str, session: &str) -> Result<Option<UploadRow>, AppError> {
    Ok(state.db.upload_for_session(id, session).await?)
}

/// How many bytes the server holds.
async fn offset(state: &AppState, upload: &UploadRow) -> u64 {
    if upload.status == "stored" {
        return upload.length as u64;
    }
    tokio::fs::metadata(state.evidence.partial_path(&upload.id))
        .await
        .map(|m| m.len())
        .unwrap_or(0)
}

pub async fn head(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<crate::session::Session>,
    Path(id): Path<String>,
) -> Response {
    match owned(&state, &id, &session.id_hash).await {
        Ok(Some(upload)) => {
            let held = offset(&state, &upload).await;
            let mut response = StatusCode::OK.into_response();
            let h = response.headers_mut();
            h.insert("upload-offset", HeaderValue::from(held));
            h.insert("upload-length", HeaderValue::from(upload.length));
            if upload.status != "stored" {
                h.insert("upload-expires", expires_header(upload.expires_at));
            }
            tus_headers(response)
        }
        Ok(None) => status(StatusCode::NOT_FOUND, ""),
        Err(e) => e.into_api_response(),
    }
}

/// A kept file, as the page lists it (not part of tus: the browser asks once the upload is done).
pub async fn show(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<crate::session::Session>,
    Path(id): Path<String>,
) -> Response {
    match owned(&state, &id, &session.id_hash).await {
        Ok(Some(upload)) if upload.status == "stored" => {
            Json(uploads::to_uploaded(&upload)).into_response()
        }
        Ok(_) => AppError::NotFound.into_api_response(),
        Err(e) => e.into_api_response(),
    }
}

pub async fn patch(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if !version_ok(&headers) {
        return status(
            StatusCode::PRECONDITION_FAILED,
            "Tus-Resumable 1.0.0 is needed",
        );
    }
    if headers.get("content-type").and_then(|v| v.to_str().ok())
        != Some("application/offset+octet-stream")
    {
        return status(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/offset+octet-stream is needed",
        );
    }
    let upload = match owned(&state, &id, &session.id_hash).await {
        Ok(Some(u)) if u.status != "stored" => u,
        Ok(_) => return status(StatusCode::NOT_FOUND, ""),
        Err(e) => return e.into_api_response(),
    };
    if upload.expires_at <= crate::db::now() {
        return status(StatusCode::GONE, "this upload has expired");
    }
    let held = offset(&state, &upload).await;
    let claimed = headers
        .get("upload-offset")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if claimed != Some(held) {
        return status(
            StatusCode::CONFLICT,
            "Upload-Offset does not match the bytes held",
        );
    }
    let length = upload.length as u64;
    let path = state.evidence.partial_path(&id);
    let mut file = match tokio::fs::OpenOptions::new().append(true).open(&path).await {
        Ok(f) => f,
        Err(_) => return status(StatusCode::NOT_FOUND, ""),
    };
    // Write each piece as it arrives: a cut connection keeps what came before it.
    let mut received = held;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let Ok(chunk) = chunk else { break };
        if received + chunk.len() as u64 > length {
            return status(StatusCode::BAD_REQUEST, "more bytes than Upload-Length");
        }
        if file.write_all(&chunk).await.is_err() {
            return AppError::Internal("could not write an upload".into()).into_api_response();
        }
        received += chunk.len() as u64;
    }
    let _ = file.flush().await;
    drop(file);
    let _ = state.db.set_upload_received(&id, received as i64).await;
    if received < length {
        let mut response = StatusCode::NO_CONTENT.into_response();
        response
            .headers_mut()
            .insert("upload-offset", HeaderValue::from(received));
        response
            .headers_mut()
            .insert("upload-expires", expires_header(upload.expires_at));
        return tus_headers(response);
    }
    // The whole file is here: check it, and keep it or refuse it.
    finish(&state, &session, locale, upload, received).await
}

async fn finish(
    state: &AppState,
    session: &crate::session::Session,
    locale: frontdoor_app::i18n::Locale,
    upload: UploadRow,
    received: u64,
) -> Response {
    let path = state.evidence.partial_path(&upload.id);
    let rules = state
        .db
        .draft_by_id(&upload.draft_id)
        .await
        .ok()
        .flatten()
        .and_then(|d| {
            let def = state.catalogue.service(&d.service_id)?;
            uploads::file_question(def, &d.answers, &upload.question_id).map(|(_, _, r)| r)
        });
    let Some(rules) = rules else {
        state.evidence.delete(&upload.id).await;
        let _ = state.db.delete_upload(&upload.id).await;
        return status(StatusCode::NOT_FOUND, "the question is no longer asked");
    };
    let kept = uploads::keep(
        state,
        &upload.draft_id,
        &upload.id,
        &upload.question_id,
        &rules,
        &path,
        &upload.file_name,
    )
    .await;
    match kept {
        Ok(_) => {
            let _ =
                uploads::sync_answer(state, session, &upload.draft_id, &upload.question_id).await;
            let mut response = StatusCode::NO_CONTENT.into_response();
            response
                .headers_mut()
                .insert("upload-offset", HeaderValue::from(received));
            tus_headers(response)
        }
        Err(refusal) => {
            let _ = state.db.delete_upload(&upload.id).await;
            state.evidence.delete(&upload.id).await;
            refused_response(
                state,
                locale,
                rules.error(&upload.question_id, &upload.file_name, refusal),
            )
        }
    }
}

/// Termination: cancels an upload, or removes a kept file.
pub async fn delete(
    State(state): State<AppState>,
    Caller { session, .. }: Caller,
    Path(id): Path<String>,
) -> Response {
    match uploads::remove(&state, &session, &id).await {
        Ok(true) => status(StatusCode::NO_CONTENT, ""),
        Ok(false) => status(StatusCode::NOT_FOUND, ""),
        Err(e) => e.into_api_response(),
    }
}
