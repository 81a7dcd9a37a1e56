//! Plain HTML form posts, for when JavaScript is off (or the API could not be reached).
//! Success is a 303 to the next page; failure shows the same page again with status 422, the
//! error summary, and everything the person typed.

pub mod account;
mod files;
pub mod staff;
pub mod tracked;

pub use files::post_page;

use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use frontdoor_app::state::FormState;
use frontdoor_domain::track::{check_track_form, not_found_error};
use frontdoor_domain::Locale;
use frontdoor_domain::{FormInput, Route};
use serde::Deserialize;

use crate::error::AppError;
use crate::journeys::{self, Answered, KnownDraft, Sent};
use crate::locale::locale_of;
use crate::page_error::PageError;
use crate::pages::{load, render, show_again, Loaded};
use crate::save_and_return::{self, Returned};
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
            .ok_or_else(|| {
                PageError::from(AppError::Internal("no session".into())).into_response()
            })?;
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
        PageError::from(error).into_response()
    }
}

/// A question page's answers (its files, if any, already kept).
async fn answer_page(
    Path((service, page)): Path<(String, String)>,
    Query(query): Query<ChangeQuery>,
    form: PostedForm,
    known: KnownDraft,
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
        known,
    )
    .await
    {
        Ok(Answered::Saved(draft)) => {
            let kept = crate::accounts::keep_profile_choices(
                state,
                session,
                &service,
                &page,
                input,
                &draft.answers,
            )
            .await;
            match kept {
                Ok(()) => Redirect::to(&draft.next).into_response(),
                Err(e) => form.fail(e),
            }
        }
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
    let saved = match save_and_return::save_for_later(state, session, &service, locale).await {
        Ok(Some(saved)) => saved,
        Ok(None) => return Redirect::to(&Route::Start { service }.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    match load(state, session, locale, uri)
        .await
        .map(Loaded::unshared)
    {
        Ok(Loaded::Page(mut data, status)) => {
            data.saved = Some(saved.shown(state, &service));
            render(state, uri, *data, status).await
        }
        Ok(Loaded::Shared(_)) => unreachable!("unshared"),
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Err(e) => form.fail(e),
    }
}

/// Coming back with an access code.
pub async fn return_by_code(form: PostedForm) -> Response {
    let code = form.input.get("code").map(String::as_str).unwrap_or("");
    match save_and_return::return_by_code(&form.state, &form.session, code).await {
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
    match save_and_return::return_by_link(&state, &session, &token).await {
        Ok(true) => Redirect::to(&Route::ReturnCheck.path()).into_response(),
        Ok(false) => {
            show_with_notice(
                &state,
                &session,
                locale,
                Route::Return,
                "return-link-expired",
                StatusCode::NOT_FOUND,
            )
            .await
        }
        Err(e) => PageError::from(e).into_response(),
    }
}

/// The check that the saved form is theirs.
pub async fn return_check(form: PostedForm) -> Response {
    match save_and_return::finish_return(&form.state, &form.session, &form.input).await {
        Ok(Returned::Resume(to)) => Redirect::to(&to).into_response(),
        Ok(Returned::Wrong(errors)) => form.show_errors(form.input.clone(), errors).await,
        Ok(Returned::StartAgain) => {
            show_with_notice(
                &form.state,
                &form.session,
                form.locale,
                Route::Return,
                "return-start-again",
                StatusCode::FORBIDDEN,
            )
            .await
        }
        Err(e) => form.fail(e),
    }
}

/// Shows the page at `route` with a notice above it (a link that has run out, an account
/// deleted), and nothing typed.
pub(crate) async fn show_with_notice(
    state: &AppState,
    session: &Session,
    locale: Locale,
    route: Route,
    notice: &str,
    status: StatusCode,
) -> Response {
    let uri: Uri = route.path().parse().expect("a page's path is a URI");
    let form = FormState {
        path: uri.path().to_string(),
        values: FormInput::new(),
        errors: vec![],
        found_addresses: None,
    };
    show_again(state, session, locale, &uri, form, Some(notice), status).await
}

/// A thumbnail of a file of this session's form.
pub async fn thumbnail(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<Session>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let upload = state
        .db
        .upload_for_session(&id, &session.id_hash)
        .await
        .map_err(AppError::from)?;
    if !upload.is_some_and(|u| u.has_thumbnail) {
        return Err(PageError::NotFound);
    }
    let bytes = state.evidence.thumbnail(&id).await.map_err(|e| {
        // The record says there is a thumbnail, so its bytes missing is a fault.
        PageError::from(AppError::Internal(format!(
            "a thumbnail could not be read: {e}"
        )))
    })?;
    Ok((
        [
            (CONTENT_TYPE, "image/jpeg"),
            (axum::http::header::CACHE_CONTROL, "private, no-store"),
        ],
        bytes,
    )
        .into_response())
}
