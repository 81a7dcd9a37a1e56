//! A question page's post, which on a page with a file question is a multipart form carrying
//! files. Each file is streamed to disk (never whole in memory) and goes through the same intake as
//! a resumable upload.

use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frontdoor_app::state::FormState;
use frontdoor_domain::journey::PageAction;
use frontdoor_domain::questions::files::{self, Refusal};
use frontdoor_domain::{FieldError, FormInput};

use super::{answer_page, ChangeQuery, PostedForm};
use crate::error::AppError;
use crate::intake::{Intake, Record};
use crate::journeys::{self, KnownDraft};
use crate::locale::locale_of;
use crate::page_error::PageError;
use crate::pages::show_again;
use crate::session::Session;
use crate::state::AppState;

/// Plain forms are small: the body limit is lifted on this route only for files.
const PLAIN_FORM_LIMIT: usize = 256 * 1024;
/// A text field of a multipart form is cut off after this many bytes.
const TEXT_FIELD_LIMIT: usize = 64 * 1024;

/// A question page's post: a plain form, or (on a page with a file question) a multipart form
/// carrying files.
pub async fn post_page(
    State(state): State<AppState>,
    Path((service, page)): Path<(String, String)>,
    Query(query): Query<ChangeQuery>,
    request: Request,
) -> Response {
    let multipart = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (form, known) = if multipart {
        match receive_files(&state, &service, &page, request).await {
            Ok(Received::Form { form, refused, .. }) if !refused.is_empty() => {
                return form.show_errors(form.input.clone(), refused).await
            }
            Ok(Received::Form { form, known, .. }) => (*form, known),
            Ok(Received::Rejected(response)) => return response,
            Err(e) => return PageError::from(e).into_response(),
        }
    } else {
        let request = request.map(|body| {
            axum::body::Body::new(http_body_util::Limited::new(body, PLAIN_FORM_LIMIT))
        });
        match PostedForm::from_request(request, &state).await {
            Ok(form) => (form, KnownDraft::Unread),
            Err(response) => return response,
        }
    };
    answer_page(Path((service, page)), Query(query), form, known).await
}

enum Received {
    /// The form's fields, an error for each refused file, and the draft if the intake read it.
    Form {
        form: Box<PostedForm>,
        refused: Vec<FieldError>,
        known: KnownDraft,
    },
    Rejected(Response),
}

/// Reads a multipart post: fields as they come, each file kept through the intake. The security
/// token comes first in the form, so no file is kept from a post without it.
async fn receive_files(
    state: &AppState,
    service: &str,
    page_id: &str,
    request: Request,
) -> Result<Received, AppError> {
    let session = request
        .extensions()
        .get::<Session>()
        .cloned()
        .ok_or_else(|| AppError::Internal("no session".into()))?;
    let locale = locale_of(request.headers());
    let uri = request.uri().clone();
    let def = journeys::service(state, service)?;
    let page = def.page(page_id).ok_or(AppError::NotFound)?;
    let mut multipart = match Multipart::from_request(request, state).await {
        Ok(m) => m,
        Err(rejection) => return Ok(Received::Rejected(rejection.into_response())),
    };
    let mut input = FormInput::new();
    let mut token_ok = false;
    let mut refused = Vec::new();
    // The draft is read (or started) once, when the first file arrives.
    let mut intake: Option<Intake> = None;
    let mut changed = false;
    // The file questions a file was chosen for, to tell "Upload files" with nothing chosen.
    let mut chosen: Vec<String> = Vec::new();
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or("").to_string();
        let Some(file_name) = field.file_name().map(str::to_string) else {
            let value = read_text(&mut field).await;
            if name == "csrf_token" {
                token_ok = session.check_csrf(Some(&value)).is_ok();
            } else {
                frontdoor_domain::questions::add_field(&mut input, name, value);
            }
            continue;
        };
        let on_page = page.questions.iter().any(|q| q.id == name);
        if !token_ok || file_name.is_empty() || !on_page {
            continue; // unread parts are skipped by the next `next_field`
        }
        chosen.push(name.clone());
        if intake.is_none() {
            intake = Some(Intake::open(state, &session, def).await?);
        }
        let draft = intake.as_ref().expect("just opened");
        let Some((question, rules)) = draft.question(&name) else {
            continue;
        };
        let temp = state.evidence.checking_path();
        let refusal = match save_part(&mut field, &temp, rules.max_file_bytes).await {
            Ok(true) => {
                let id = crate::db::UploadId::new();
                draft
                    .keep(&id, Record::New, &question.id, &rules, &temp, &file_name)
                    .await
                    .err()
            }
            Ok(false) => Some(Refusal::TooBig),
            Err(_) => Some(Refusal::Incomplete),
        };
        // The intake removes what it checked; this is for a part refused before that.
        crate::evidence::remove_temporary(&temp).await;
        match refusal {
            Some(r) => refused.push(rules.error(&question.id, &file_name, r)),
            None => changed = true,
        }
    }
    let form = PostedForm {
        state: state.clone(),
        session: session.clone(),
        locale,
        uri,
        input,
    };
    if !token_ok {
        tracing::info!("file post with a missing or old security token");
        let shown = FormState {
            path: form.uri.path().to_string(),
            values: form.input.clone(),
            errors: vec![],
            found_addresses: None,
        };
        let response = show_again(
            state,
            &session,
            locale,
            &form.uri,
            shown,
            Some("session-expired"),
            StatusCode::FORBIDDEN,
        )
        .await;
        return Ok(Received::Rejected(response));
    }
    if let PageAction::UploadFiles(question) = PageAction::of(page, &form.input) {
        if !chosen.contains(&question) {
            refused.push(files::none_chosen(&question));
        }
    }
    if let PageAction::RemoveFile(id) = PageAction::of(page, &form.input) {
        if intake.is_none() {
            intake = Intake::existing(state, &session, def).await?;
        }
        if let Some(draft) = intake.as_mut() {
            changed |= draft.remove(&id).await?;
        }
    }
    if let Some(draft) = intake.as_mut().filter(|_| changed) {
        let file_questions = page
            .questions
            .iter()
            .filter(|q| q.kind.as_files().is_some());
        for q in file_questions {
            draft.sync_answer(&q.id).await?;
        }
    }
    let known = match intake {
        Some(draft) => KnownDraft::Read(Some(draft.into_draft())),
        None => KnownDraft::Unread,
    };
    Ok(Received::Form {
        form: Box::new(form),
        refused,
        known,
    })
}

/// A text field of a multipart form, up to [`TEXT_FIELD_LIMIT`] (more is cut off).
pub(super) async fn read_text(field: &mut axum::extract::multipart::Field<'_>) -> String {
    let mut bytes = Vec::new();
    while let Ok(Some(chunk)) = field.chunk().await {
        if bytes.len() < TEXT_FIELD_LIMIT {
            bytes.extend_from_slice(&chunk);
        }
    }
    bytes.truncate(TEXT_FIELD_LIMIT);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Streams a file part to `path`. False when it is bigger than `limit` (the rest is not kept).
pub(super) async fn save_part(
    field: &mut axum::extract::multipart::Field<'_>,
    path: &std::path::Path,
    limit: u64,
) -> std::io::Result<bool> {
    use tokio::io::AsyncWriteExt;
    let mut file = tokio::fs::File::create(path).await?;
    let mut size = 0u64;
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                size += chunk.len() as u64;
                if size > limit {
                    return Ok(false);
                }
                file.write_all(&chunk).await?;
            }
            Ok(None) => break,
            Err(e) => return Err(std::io::Error::other(e.to_string())),
        }
    }
    file.flush().await?;
    Ok(true)
}
