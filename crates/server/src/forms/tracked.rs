//! Posts on a tracked request's page: the resident's answer to "waiting for you" (words and
//! files, so a multipart form), and their rating once the request is over.

use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use frontdoor_app::state::FormState;
use frontdoor_domain::casework::{check_rating, check_reply, reply_file_rules, REPLY_FILES};
use frontdoor_domain::questions::files::Refusal;
use frontdoor_domain::{FieldError, FormInput, Reference, Route};

use super::files::{read_text, save_part};
use super::PostedForm;
use crate::casework::{self, Replied};
use crate::db::UploadId;
use crate::error::AppError;
use crate::journeys;
use crate::locale::locale_of;
use crate::page_error::PageError;
use crate::pages::show_again;
use crate::session::Session;
use crate::state::AppState;

/// A post to the tracked request's page: a reply (multipart, `reply` and `reply-files`) or a
/// rating (`satisfaction`, `comment`).
pub async fn post(State(state): State<AppState>, request: Request) -> Response {
    let multipart = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        return reply(&state, request).await;
    }
    match PostedForm::from_request(request, &state).await {
        Ok(form) => rate(form).await,
        Err(response) => response,
    }
}

async fn rate(form: PostedForm) -> Response {
    let summary = match journeys::tracked(&form.state, &form.session).await {
        Ok(Some(s)) => s,
        Ok(None) => return Redirect::to(&Route::Track.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    let rating = match check_rating(&form.input) {
        Ok(r) => r,
        Err(errors) => return form.show_errors(form.input.clone(), errors).await,
    };
    match casework::rate(&form.state, &summary, &rating).await {
        Ok(_) => Redirect::to(&Route::TrackedRequest.path()).into_response(),
        Err(e) => form.fail(e),
    }
}

/// The reply: its words first (so nothing is kept from a post that cannot be accepted), then each
/// file checked as a file question's are. A refused file keeps none of the post's files, and the
/// page comes back with the words typed and an error for each refused file.
async fn reply(state: &AppState, request: Request) -> Response {
    match receive_reply(state, request).await {
        Ok(response) => response,
        Err(e) => PageError::from(e).into_response(),
    }
}

async fn receive_reply(state: &AppState, request: Request) -> Result<Response, AppError> {
    let session = request
        .extensions()
        .get::<Session>()
        .cloned()
        .ok_or_else(|| AppError::Internal("no session".into()))?;
    let locale = locale_of(request.headers());
    let uri = request.uri().clone();
    let mut multipart = match Multipart::from_request(request, state).await {
        Ok(m) => m,
        Err(rejection) => return Ok(rejection.into_response()),
    };
    let summary = journeys::tracked(state, &session).await?;
    let reference = summary
        .as_ref()
        .and_then(|s| Reference::parse(&s.reference));
    let draft_id = match &reference {
        Some(r) => state
            .db
            .draft_of_request(r.as_str())
            .await?
            .map(|d| d.draft_id),
        None => None,
    };
    let rules = reply_file_rules();
    let mut input = FormInput::new();
    let mut token_ok = false;
    let mut kept: Vec<String> = Vec::new();
    let mut sizes: Vec<u64> = Vec::new();
    let mut refused: Vec<FieldError> = Vec::new();
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
        let Some(draft_id) = draft_id.as_deref() else {
            continue;
        };
        if !token_ok || name != REPLY_FILES || file_name.is_empty() {
            continue;
        }
        if kept.len() >= rules.max_files {
            refused.push(rules.error(REPLY_FILES, &file_name, Refusal::TooMany));
            continue;
        }
        let temp = state.evidence.checking_path();
        let id = UploadId::new();
        let outcome = match save_part(&mut field, &temp, rules.max_file_bytes).await {
            Ok(true) => {
                let stored = state
                    .evidence
                    .check_and_store(&id, &temp, &file_name, &rules, &sizes)
                    .await;
                match stored {
                    Ok(stored) => {
                        let recorded = async {
                            state
                                .db
                                .create_upload(
                                    &id,
                                    draft_id,
                                    REPLY_FILES,
                                    &file_name,
                                    stored.size as i64,
                                )
                                .await?;
                            state.db.mark_upload_stored(&id, &stored).await
                        }
                        .await;
                        match recorded {
                            Ok(true) => Ok(stored.size),
                            Ok(false) => Err(Refusal::Incomplete),
                            Err(e) => {
                                state.evidence.delete(&id).await;
                                return Err(e.into());
                            }
                        }
                    }
                    Err(r) => Err(r),
                }
            }
            Ok(false) => Err(Refusal::TooBig),
            Err(_) => Err(Refusal::Incomplete),
        };
        crate::evidence::remove_temporary(&temp).await;
        match outcome {
            Ok(size) => {
                sizes.push(size);
                kept.push(id.to_string());
            }
            Err(r) => refused.push(rules.error(REPLY_FILES, &file_name, r)),
        }
    }
    let show = |errors: Vec<FieldError>, notice: Option<&'static str>, status: StatusCode| {
        let form = FormState {
            path: uri.path().to_string(),
            values: input.clone(),
            errors,
            found_addresses: None,
        };
        let (session, uri) = (session.clone(), uri.clone());
        async move { show_again(state, &session, locale, &uri, form, notice, status).await }
    };
    if !token_ok {
        return Ok(show(vec![], Some("session-expired"), StatusCode::FORBIDDEN).await);
    }
    let Some(reference) = reference else {
        return Ok(Redirect::to(&Route::Track.path()).into_response());
    };
    let checked = check_reply(&input, kept.len());
    if !refused.is_empty() || checked.is_err() {
        for id in &kept {
            crate::intake::forget(state, id).await?;
        }
        let mut errors = checked.err().unwrap_or_default();
        errors.extend(refused);
        return Ok(show(errors, None, StatusCode::UNPROCESSABLE_ENTITY).await);
    }
    let text = checked.unwrap_or_default();
    match casework::reply(state, &reference, &text, &kept).await? {
        Replied::Done => Ok(Redirect::to(&Route::TrackedRequest.path()).into_response()),
        Replied::NotWaiting => {
            for id in &kept {
                crate::intake::forget(state, id).await?;
            }
            Ok(Redirect::to(&Route::TrackedRequest.path()).into_response())
        }
    }
}
