//! Plain HTML form posts, for when JavaScript is off (or the API could not be reached).
//! Success is a 303 to the next page; failure shows the same page again with status 422, the
//! error summary, and everything the person typed.

use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use frontdoor_app::i18n::Locale;
use frontdoor_app::state::FormState;
use frontdoor_domain::journey::PageAction;
use frontdoor_domain::questions::files::Refusal;
use frontdoor_domain::track::{check_track_form, not_found_error};
use frontdoor_domain::{FormInput, Route};
use serde::Deserialize;

use crate::error::AppError;
use crate::journeys::{self, Answered, Returned, Sent};
use crate::locale::locale_of;
use crate::pages::{error_page, load, render, show_again, Loaded};
use crate::session::Session;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct ChangeQuery {
    change: Option<String>,
}

/// A plain form post whose CSRF token matched the session: what every handler here starts from.
/// On a bad token the page is shown again with what was typed and a notice, so nothing is lost when
/// a session has ended.
pub struct PostedForm {
    pub state: AppState,
    pub session: Session,
    pub locale: Locale,
    pub uri: Uri,
    pub input: FormInput,
}

impl FromRequest<AppState> for PostedForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let session = request
            .extensions()
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::Internal("no session".into()).into_response())?;
        let locale = locale_of(request.headers());
        let uri = request.uri().clone();
        let Form(fields) = Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let mut input = FormInput::new();
        for (name, value) in fields {
            frontdoor_domain::questions::add_field(&mut input, name, value);
        }
        let token = input.remove("csrf_token");
        if session.check_csrf(token.as_deref()).is_err() {
            tracing::info!(
                path = uri.path(),
                "form post with a missing or old security token"
            );
            let form = FormState {
                path: uri.path().to_string(),
                values: input,
                errors: vec![],
                found_addresses: None,
            };
            return Err(show_again(
                state,
                &session,
                locale,
                &uri,
                form,
                Some("session-expired"),
                StatusCode::FORBIDDEN,
            )
            .await);
        }
        Ok(PostedForm {
            state: state.clone(),
            session,
            locale,
            uri,
            input,
        })
    }
}

impl PostedForm {
    /// Shows the page again with what was typed and these errors (status 422).
    async fn show_errors(
        &self,
        values: FormInput,
        errors: Vec<frontdoor_domain::FieldError>,
    ) -> Response {
        let form = FormState {
            path: self.uri.path().to_string(),
            values,
            errors,
            found_addresses: None,
        };
        show_again(
            &self.state,
            &self.session,
            self.locale,
            &self.uri,
            form,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await
    }

    fn fail(&self, error: AppError) -> Response {
        error_page(&self.state, self.locale, error)
    }
}

pub async fn answer_page(
    Path((service, page)): Path<(String, String)>,
    Query(query): Query<ChangeQuery>,
    form: PostedForm,
) -> Response {
    let PostedForm {
        state,
        session,
        input,
        ..
    } = &form;
    match journeys::answer_page(
        state,
        session,
        &service,
        &page,
        input,
        query.change.is_some(),
    )
    .await
    {
        Ok(Answered::Saved(draft)) => Redirect::to(&draft.next).into_response(),
        Ok(Answered::NotYet(to)) => Redirect::to(&to).into_response(),
        Ok(Answered::Invalid { fields, errors }) => form.show_errors(fields, errors).await,
        Ok(Answered::FindAddress {
            fields,
            question,
            postcode,
        }) => {
            let found = journeys::find_addresses(state, &question, &postcode).await;
            let page = FormState {
                path: form.uri.path().to_string(),
                values: fields,
                errors: vec![],
                found_addresses: Some(found),
            };
            show_again(
                state,
                session,
                form.locale,
                &form.uri,
                page,
                None,
                StatusCode::OK,
            )
            .await
        }
        Err(e) => form.fail(e),
    }
}

pub async fn send(Path(service): Path<String>, form: PostedForm) -> Response {
    match journeys::submit(&form.state, &form.session, &service, form.locale).await {
        Ok(Sent::Sent { .. }) => {
            Redirect::to(&Route::Confirmation { service }.path()).into_response()
        }
        Ok(Sent::Incomplete(to)) => Redirect::to(&to).into_response(),
        Err(e) => form.fail(e),
    }
}

pub async fn track(form: PostedForm) -> Response {
    let errors = match check_track_form(&form.input) {
        Ok((reference, email)) => {
            match journeys::track(&form.state, &form.session, &reference, &email).await {
                Ok(Some(_)) => return Redirect::to(&Route::TrackedRequest.path()).into_response(),
                Ok(None) => vec![not_found_error()],
                Err(e) => return form.fail(e),
            }
        }
        Err(errors) => errors,
    };
    form.show_errors(form.input.clone(), errors).await
}

/// "Save and come back later": gives out an access code and shows it once (never stored in clear).
pub async fn save(Path(service): Path<String>, form: PostedForm) -> Response {
    let PostedForm {
        state,
        session,
        locale,
        uri,
        ..
    } = &form;
    let (state, session, locale) = (state, session, *locale);
    let saved = match journeys::save_for_later(state, session, &service).await {
        Ok(Some(saved)) => saved,
        Ok(None) => return Redirect::to(&Route::Start { service }.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    match load(state, session, locale, uri.path()).await {
        Ok(Loaded::Page(mut data, status)) => {
            data.saved = Some(saved.shown(state, &service));
            render(state, uri, *data, status).await
        }
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Err(e) => form.fail(e),
    }
}

/// Coming back with an access code.
pub async fn return_by_code(form: PostedForm) -> Response {
    let code = form.input.get("code").map(String::as_str).unwrap_or("");
    match journeys::return_by_code(&form.state, &form.session, code).await {
        Ok(Ok(_)) => Redirect::to(&Route::ReturnCheck.path()).into_response(),
        Ok(Err(error)) => form.show_errors(form.input.clone(), vec![error]).await,
        Err(e) => form.fail(e),
    }
}

/// Coming back with the link from the save page or the email.
pub async fn return_by_link(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&headers);
    match journeys::return_by_link(&state, &session, &token).await {
        Ok(true) => Redirect::to(&Route::ReturnCheck.path()).into_response(),
        Ok(false) => {
            start_return_again(
                &state,
                &session,
                locale,
                "return-link-expired",
                StatusCode::NOT_FOUND,
            )
            .await
        }
        Err(e) => error_page(&state, locale, e),
    }
}

/// The check that the saved form is theirs.
pub async fn return_check(form: PostedForm) -> Response {
    match journeys::finish_return(&form.state, &form.session, &form.input).await {
        Ok(Returned::Resume(to)) => Redirect::to(&to).into_response(),
        Ok(Returned::Wrong(errors)) => form.show_errors(form.input.clone(), errors).await,
        Ok(Returned::StartAgain) => {
            start_return_again(
                &form.state,
                &form.session,
                form.locale,
                "return-start-again",
                StatusCode::FORBIDDEN,
            )
            .await
        }
        Err(e) => form.fail(e),
    }
}

async fn start_return_again(
    state: &AppState,
    session: &Session,
    locale: Locale,
    notice: &str,
    status: StatusCode,
) -> Response {
    let uri = Uri::from_static("/return");
    let form = FormState {
        path: "/return".into(),
        values: FormInput::new(),
        errors: vec![],
        found_addresses: None,
    };
    show_again(state, session, locale, &uri, form, Some(notice), status).await
}

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
    let form = if multipart {
        match receive_files(&state, &service, &page, request).await {
            Ok(Received::Form(form, refused)) if !refused.is_empty() => {
                return form.show_errors(form.input.clone(), refused).await
            }
            Ok(Received::Form(form, _)) => form,
            Ok(Received::Rejected(response)) => return response,
            Err(e) => return e.into_response(),
        }
    } else {
        // Plain forms are small: the body limit is lifted on this route only for files.
        let request = request
            .map(|body| axum::body::Body::new(http_body_util::Limited::new(body, 256 * 1024)));
        match PostedForm::from_request(request, &state).await {
            Ok(form) => form,
            Err(response) => return response,
        }
    };
    answer_page(Path((service, page)), Query(query), form).await
}

enum Received {
    /// The form's fields, and an error for each refused file.
    Form(PostedForm, Vec<frontdoor_domain::FieldError>),
    Rejected(Response),
}

/// Reads a multipart post: fields as they come, each file streamed to disk (never whole in
/// memory), checked and kept. The security token comes first in the form, so no file is kept
/// from a post without it.
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
    let mut draft: Option<(String, frontdoor_domain::Answers)> = None;
    let mut changed = false;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => break,
        };
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
        let question = page.questions.iter().find(|q| q.id == name);
        if !token_ok || file_name.is_empty() || question.is_none() {
            continue; // unread parts are skipped by the next `next_field`
        }
        if draft.is_none() {
            draft = Some(crate::uploads::draft_for_files(state, &session, def).await?);
        }
        let (draft_id, answers) = draft.as_ref().expect("just set");
        let Some((_, question, rules)) = crate::uploads::file_question(def, answers, &name) else {
            continue;
        };
        let temp = state.evidence.checking_path();
        let refusal = match save_part(&mut field, &temp, rules.max_file_bytes).await {
            Ok(true) => {
                let id = crate::session::random_token();
                crate::uploads::keep(
                    state,
                    draft_id,
                    &id,
                    &question.id,
                    &rules,
                    &temp,
                    &file_name,
                )
                .await
                .err()
            }
            Ok(false) => Some(Refusal::TooBig),
            Err(_) => Some(Refusal::Incomplete),
        };
        let _ = tokio::fs::remove_file(&temp).await;
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
        return Ok(Received::Rejected(
            show_again(
                state,
                &session,
                locale,
                &form.uri,
                shown,
                Some("session-expired"),
                StatusCode::FORBIDDEN,
            )
            .await,
        ));
    }
    if let PageAction::RemoveFile(id) = PageAction::of(page, &form.input) {
        changed |= crate::uploads::remove(state, &session, &id).await?;
    }
    if changed {
        if let Some(draft_id) = match &draft {
            Some((id, _)) => Some(id.clone()),
            None => journeys::open_draft(state, &session, service)
                .await?
                .map(|d| d.id),
        } {
            let file_questions = page
                .questions
                .iter()
                .filter(|q| matches!(q.kind, frontdoor_domain::QuestionKind::Files { .. }));
            for q in file_questions {
                crate::uploads::sync_answer(state, &session, &draft_id, &q.id).await?;
            }
        }
    }
    Ok(Received::Form(form, refused))
}

/// A text field of a multipart form, up to 64 KB (more is cut off).
async fn read_text(field: &mut axum::extract::multipart::Field<'_>) -> String {
    let mut bytes = Vec::new();
    while let Ok(Some(chunk)) = field.chunk().await {
        if bytes.len() < 64 * 1024 {
            bytes.extend_from_slice(&chunk);
        }
    }
    bytes.truncate(64 * 1024);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Streams a file part to `path`. False when it is bigger than `limit` (the rest is not kept).
async fn save_part(
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

/// A thumbnail of a file of this session's form.
pub async fn thumbnail(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<Session>,
    Path(id): Path<String>,
) -> Response {
    match state.db.upload_for_session(&id, &session.id_hash).await {
        Ok(Some(upload)) if upload.has_thumbnail => match state.evidence.thumbnail(&id).await {
            Ok(bytes) => (
                [
                    (CONTENT_TYPE, "image/jpeg"),
                    (axum::http::header::CACHE_CONTROL, "private, no-store"),
                ],
                bytes,
            )
                .into_response(),
            Err(_) => StatusCode::NOT_FOUND.into_response(),
        },
        Ok(_) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => AppError::from(e).into_response(),
    }
}
