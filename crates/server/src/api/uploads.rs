//! Resumable uploads with the tus 1.0 protocol (core, creation, termination and expiration):
//! the browser creates an upload, sends its bytes in one or more PATCH requests, and after a
//! dropped connection asks (HEAD) how many bytes arrived and goes on from there. Each PATCH's
//! bytes are kept as one part in the evidence store, even when the connection is cut, so the next
//! PATCH or HEAD may reach any server. The count of bytes held is in the database; a part is
//! counted only if the upload held exactly the bytes before it, so two servers never both add one.
//!
//! `POST /api/v1/uploads` takes `Upload-Length` and `Upload-Metadata` with `filename`, `service`
//! and `question` (base64, as tus says). When the last byte arrives the file goes through the same
//! intake as a form post's files: a refused file answers 422 with the API's error shape, naming the
//! file and the reason. Every error is the API's JSON shape, with the tus headers.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use frontdoor_domain::FieldError;
use frontdoor_domain::Locale;
use futures::StreamExt;
use tokio::io::AsyncWriteExt;

use super::error::tus_headers;
use super::tus::{self, at_offset, expires_header};
use super::{ApiError, Caller};
use crate::db::{UploadPart, UploadRow, UploadState};
use crate::intake::{forget, Intake, Record};
use crate::session::Session;
use crate::state::AppState;

/// How long one server may take to check a complete upload before another may try.
const CHECK_SECONDS: i64 = 10 * 60;

pub async fn options() -> Response {
    tus::capabilities()
}

pub async fn create(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let result = async {
        tus::check_version(&headers)?;
        let length = tus::number(&headers, "upload-length")
            .ok_or(ApiError::BadRequest("Upload-Length is needed".into()))?;
        if length > tus::MAX_SIZE {
            return Err(ApiError::TooLarge);
        }
        let meta = tus::metadata(&headers);
        let field = |k: &str| meta.get(k).cloned().unwrap_or_default();
        let (name, question) = (field("filename"), field("question"));
        let def = state
            .catalogue
            .service(&field("service"))
            .ok_or(ApiError::NotFound)?;
        let intake = Intake::open(&state, &session, def).await?;
        let (_, rules) = intake.question(&question).ok_or(ApiError::NotFound)?;
        let already = intake.sizes_held(&question, None).await?;
        if let Err(refusal) = rules.check_before(length, &already) {
            return Err(file_refused(
                &state,
                locale,
                rules.error(&question, &name, refusal),
            ));
        }
        let id = crate::db::UploadId::new();
        let expires = state
            .db
            .create_upload(&id, &intake.draft_id, &question, &name, length as i64)
            .await?;
        let mut response = StatusCode::CREATED.into_response();
        let h = response.headers_mut();
        h.insert(
            "location",
            HeaderValue::from_str(&format!("/api/v1/uploads/{id}")).expect("ascii"),
        );
        h.insert("upload-expires", expires_header(expires));
        Ok(tus_headers(response))
    };
    result.await.map_err(ApiError::for_tus)
}

/// A refused file: 422, naming the file and why, in the resident's language.
fn file_refused(state: &AppState, locale: Locale, error: FieldError) -> ApiError {
    let message = state
        .catalogue
        .i18n(locale)
        .t_with(&error.message_id, &error.args);
    ApiError::refused(
        state,
        locale,
        StatusCode::UNPROCESSABLE_ENTITY,
        "file-refused",
        message,
        vec![error],
    )
}

/// How many bytes the servers hold.
fn offset(upload: &UploadRow) -> u64 {
    match upload.state {
        UploadState::Stored => upload.length as u64,
        UploadState::Receiving => upload.received as u64,
    }
}

async fn owned(state: &AppState, id: &str, session: &Session) -> Result<UploadRow, ApiError> {
    state
        .db
        .upload_for_session(id, &session.id_hash)
        .await?
        .ok_or(ApiError::NotFound)
}

pub async fn head(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let upload = owned(&state, &id, &session)
        .await
        .map_err(ApiError::for_tus)?;
    let mut response = at_offset(StatusCode::OK, offset(&upload));
    let h = response.headers_mut();
    h.insert("upload-length", HeaderValue::from(upload.length));
    if upload.state != UploadState::Stored {
        h.insert("upload-expires", expires_header(upload.expires_at));
    }
    Ok(response)
}

/// A kept file, as the page lists it (not part of tus: the browser asks once the upload is done).
/// While a server is still checking the complete file: 202, ask again in a second.
pub async fn show(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let upload = owned(&state, &id, &session).await?;
    match upload.state {
        UploadState::Stored => Ok(Json(crate::uploads::to_uploaded(&upload)).into_response()),
        UploadState::Receiving
            if upload.received == upload.length && upload.checking_until > crate::db::now() =>
        {
            let mut response = StatusCode::ACCEPTED.into_response();
            response
                .headers_mut()
                .insert("retry-after", HeaderValue::from_static("1"));
            Ok(response)
        }
        UploadState::Receiving => Err(ApiError::NotFound),
    }
}

pub async fn patch(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let upload = receiving(&state, &session, &id, &headers)
        .await
        .map_err(ApiError::for_tus)?;
    // Received and checked in a task of its own: when the connection is cut, the request is
    // dropped, but the bytes that came before the cut are still kept, and a file whose last
    // byte arrived is still checked to the end (the browser then finds it kept).
    let handled = tokio::spawn(async move {
        let received = write_bytes(&state, &upload, body).await?;
        if received < upload.length as u64 {
            let mut response = at_offset(StatusCode::NO_CONTENT, received);
            response
                .headers_mut()
                .insert("upload-expires", expires_header(upload.expires_at));
            return Ok(response);
        }
        // The whole file is here: check it, and keep it or refuse it, unless another request
        // (on this server or another) is checking it now.
        if state.db.claim_check(&upload.id, CHECK_SECONDS).await? {
            finish(&state, &session, locale, upload).await?;
        }
        Ok::<Response, ApiError>(at_offset(StatusCode::NO_CONTENT, received))
    });
    handled
        .await
        .map_err(|e| ApiError::Internal(format!("receiving an upload stopped: {e}")))
        .and_then(|r| r)
        .map_err(ApiError::for_tus)
}

/// The upload a PATCH continues, once the request is one tus allows: the right version, media
/// type and offset, for an upload still arriving.
async fn receiving(
    state: &AppState,
    session: &Session,
    id: &str,
    headers: &HeaderMap,
) -> Result<UploadRow, ApiError> {
    tus::check_version(headers)?;
    if headers.get("content-type").and_then(|v| v.to_str().ok())
        != Some("application/offset+octet-stream")
    {
        return Err(ApiError::Protocol {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            code: "unsupported-media-type",
            message: "application/offset+octet-stream is needed",
        });
    }
    let upload = owned(state, id, session).await?;
    if upload.state == UploadState::Stored {
        return Err(ApiError::NotFound);
    }
    if upload.expires_at <= crate::db::now() {
        return Err(ApiError::Protocol {
            status: StatusCode::GONE,
            code: "upload-expired",
            message: "this upload has expired",
        });
    }
    if tus::number(headers, "upload-offset") != Some(offset(&upload)) {
        return Err(ApiError::Protocol {
            status: StatusCode::CONFLICT,
            code: "offset-mismatch",
            message: "Upload-Offset does not match the bytes held",
        });
    }
    Ok(upload)
}

/// Receives a PATCH's bytes into a file on this server (a cut connection keeps what came before
/// it), then keeps them as the upload's next part. Returns how many bytes are held now.
async fn write_bytes(state: &AppState, upload: &UploadRow, body: Body) -> Result<u64, ApiError> {
    let path = state.evidence.checking_path();
    let received = receive_part(upload, body, &path).await;
    let added = match received {
        Ok(0) => Ok(0),
        Ok(n) => add_part(state, upload, &path, n).await,
        Err(e) => Err(e),
    };
    crate::evidence::remove_temporary(&path).await;
    Ok(offset(upload) + added?)
}

/// Writes the body to `path` as it arrives. Gives the count of bytes written.
async fn receive_part(
    upload: &UploadRow,
    body: Body,
    path: &std::path::Path,
) -> Result<u64, ApiError> {
    let failed = |e: std::io::Error| ApiError::Internal(format!("could not write an upload: {e}"));
    let mut file = tokio::fs::File::create(path).await.map_err(failed)?;
    let room = (upload.length - upload.received) as u64;
    let mut written = 0u64;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let Ok(chunk) = chunk else { break };
        if written + chunk.len() as u64 > room {
            return Err(ApiError::Protocol {
                status: StatusCode::BAD_REQUEST,
                code: "bad-request",
                message: "more bytes than Upload-Length",
            });
        }
        file.write_all(&chunk).await.map_err(failed)?;
        written += chunk.len() as u64;
    }
    file.flush().await.map_err(failed)?;
    Ok(written)
}

/// Keeps `length` bytes received at `path` as the upload's next part, where every server finds it.
async fn add_part(
    state: &AppState,
    upload: &UploadRow,
    path: &std::path::Path,
    length: u64,
) -> Result<u64, ApiError> {
    let start = upload.received;
    let key = state
        .evidence
        .keep_part(&upload.id, start as u64, path)
        .await
        .map_err(|e| ApiError::Internal(format!("could not keep part of an upload: {e}")))?;
    let part = UploadPart {
        start,
        length: length as i64,
        key,
    };
    match state.db.add_upload_part(&upload.id, &part).await {
        Ok(true) => Ok(length),
        Ok(false) => {
            state.evidence.delete_part(&part.key).await;
            Err(ApiError::Protocol {
                status: StatusCode::CONFLICT,
                code: "offset-mismatch",
                message: "Upload-Offset does not match the bytes held",
            })
        }
        Err(e) => {
            state.evidence.delete_part(&part.key).await;
            Err(e.into())
        }
    }
}

/// Puts a complete upload through the intake: kept and answered, or refused and forgotten.
async fn finish(
    state: &AppState,
    session: &Session,
    locale: Locale,
    upload: UploadRow,
) -> Result<(), ApiError> {
    let intake = Intake::of_upload(state, session, &upload).await?;
    let Some((mut intake, rules)) = intake.and_then(|i| {
        let (_, rules) = i.question(&upload.question_id)?;
        Some((i, rules))
    }) else {
        // The question is no longer asked (an earlier answer changed), or the draft is gone.
        forget(state, &upload.id).await?;
        return Err(ApiError::NotFound);
    };
    // The parts are joined on this server, and checked only once whole.
    let path = state.evidence.checking_path();
    let keys: Vec<String> = state
        .db
        .upload_parts(&upload.id)
        .await?
        .into_iter()
        .map(|p| p.key)
        .collect();
    match state.evidence.join_parts(&keys, &path).await {
        Ok(size) if size == upload.length as u64 => {}
        joined => {
            // The browser says the file was not uploaded; it no longer counts as held.
            crate::evidence::remove_temporary(&path).await;
            forget(state, &upload.id).await?;
            return Err(ApiError::Internal(format!(
                "could not join the parts of an upload: {joined:?}"
            )));
        }
    }
    let kept = intake
        .keep(
            &upload.id,
            Record::Existing,
            &upload.question_id,
            &rules,
            &path,
            &upload.file_name,
        )
        .await;
    if let Err(refusal) = kept {
        forget(state, &upload.id).await?;
        let error = rules.error(&upload.question_id, &upload.file_name, refusal);
        return Err(file_refused(state, locale, error));
    }
    // The parts go once the file is kept (the sweeper finishes the job if this fails).
    if state.evidence.delete_parts(&upload.id).await {
        if let Err(e) = state.db.delete_upload_parts(&upload.id).await {
            tracing::warn!(error = %e, "could not forget the parts of a kept upload");
        }
    }
    if let Err(e) = intake.sync_answer(&upload.question_id).await {
        // A kept file the answer does not name would be lost from the request: take it back, so
        // the resident sees the upload fail and sends it again.
        forget(state, &upload.id).await?;
        return Err(e.into());
    }
    Ok(())
}

/// Termination: cancels an upload, or removes a kept file.
pub async fn delete(
    State(state): State<AppState>,
    Caller { session, .. }: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let result = async {
        let upload = owned(&state, &id, &session).await?;
        let mut intake = Intake::of_upload(&state, &session, &upload)
            .await?
            .ok_or(ApiError::NotFound)?;
        if !intake.remove(&id).await? {
            return Err(ApiError::NotFound);
        }
        Ok(tus_headers(StatusCode::NO_CONTENT.into_response()))
    };
    result.await.map_err(ApiError::for_tus)
}
