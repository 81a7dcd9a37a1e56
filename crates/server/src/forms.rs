//! Plain HTML form posts, for when JavaScript is off (or the API could not be reached).
//! Success is a 303 to the next page; failure shows the same page again with status 422, the
//! error summary, and everything the person typed.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use frontdoor_app::i18n::Locale;
use frontdoor_app::pages::track::not_found_error;
use frontdoor_app::state::FormState;
use frontdoor_domain::track::check_track_form;
use frontdoor_domain::FormInput;
use serde::Deserialize;

use crate::journeys::{self, Answered, Returned, Sent};
use crate::locale::locale_of;
use crate::pages::{error_page, load, render, show_again, Loaded};
use crate::session::Session;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct ChangeQuery {
    change: Option<String>,
}

type Fields = Form<Vec<(String, String)>>;

/// Reads the posted fields and checks the CSRF token. On a bad token the page is shown again with
/// what was typed and a notice, so nothing is lost when a session has ended.
async fn checked_input(state: &AppState, session: &Session, locale: Locale, uri: &Uri, fields: Vec<(String, String)>) -> Result<FormInput, Response> {
    let mut input = FormInput::new();
    for (name, value) in fields {
        frontdoor_domain::questions::add_field(&mut input, name, value);
    }
    let token = input.remove("csrf_token");
    if session.check_csrf(token.as_deref()).is_ok() {
        return Ok(input);
    }
    tracing::info!(path = uri.path(), "form post with a missing or old security token");
    let form = FormState { path: uri.path().to_string(), values: input, errors: vec![] };
    Err(show_again(state, session, locale, uri, form, Some("session-expired"), StatusCode::FORBIDDEN).await)
}

pub async fn answer_page(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path((service, page)): Path<(String, String)>,
    Query(query): Query<ChangeQuery>,
    headers: HeaderMap,
    uri: Uri,
    Form(fields): Fields,
) -> Response {
    let locale = locale_of(&headers);
    let input = match checked_input(&state, &session, locale, &uri, fields).await {
        Ok(input) => input,
        Err(response) => return response,
    };
    match journeys::answer_page(&state, &session, &service, &page, &input, query.change.is_some()).await {
        Ok(Answered::Saved(draft)) => Redirect::to(&draft.next).into_response(),
        Ok(Answered::NotYet(to)) => Redirect::to(&to).into_response(),
        Ok(Answered::Invalid { fields, errors }) => {
            let form = FormState { path: uri.path().to_string(), values: fields, errors };
            show_again(&state, &session, locale, &uri, form, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => error_page(&state, locale, e),
    }
}

pub async fn send(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(service): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(fields): Fields,
) -> Response {
    let locale = locale_of(&headers);
    if let Err(response) = checked_input(&state, &session, locale, &uri, fields).await {
        return response;
    }
    match journeys::submit(&state, &session, &service, locale).await {
        Ok(Sent::Sent { .. }) => Redirect::to(&format!("/{service}/confirmation")).into_response(),
        Ok(Sent::Incomplete(to)) => Redirect::to(&to).into_response(),
        Err(e) => error_page(&state, locale, e),
    }
}

pub async fn track(State(state): State<AppState>, Extension(session): Extension<Session>, headers: HeaderMap, uri: Uri, Form(fields): Fields) -> Response {
    let locale = locale_of(&headers);
    let input = match checked_input(&state, &session, locale, &uri, fields).await {
        Ok(input) => input,
        Err(response) => return response,
    };
    let errors = match check_track_form(&input) {
        Ok((reference, email)) => match journeys::track(&state, &session, &reference, &email).await {
            Ok(Some(_)) => return Redirect::to("/track/request").into_response(),
            Ok(None) => vec![not_found_error()],
            Err(e) => return error_page(&state, locale, e),
        },
        Err(errors) => errors,
    };
    let form = FormState { path: uri.path().to_string(), values: input, errors };
    show_again(&state, &session, locale, &uri, form, None, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// "Save and come back later": gives out an access code and shows it once (never stored in clear).
pub async fn save(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(service): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(fields): Fields,
) -> Response {
    let locale = locale_of(&headers);
    if let Err(response) = checked_input(&state, &session, locale, &uri, fields).await {
        return response;
    }
    let saved = match journeys::save_for_later(&state, &session, &service).await {
        Ok(Some(saved)) => saved,
        Ok(None) => return Redirect::to(&format!("/{service}")).into_response(),
        Err(e) => return error_page(&state, locale, e),
    };
    match load(&state, &session, locale, uri.path()).await {
        Ok(Loaded::Page(mut data, status)) => {
            let base = &state.config.public_url;
            data.saved = Some(frontdoor_app::state::SavedForm {
                service: service.clone(),
                code: saved.code,
                link: format!("{base}{}", saved.link_path),
                return_address: format!("{base}/return"),
                expires_on: saved.expires_on,
                emailed_to: saved.emailed_to,
            });
            render(&state, &uri, *data, status).await
        }
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Err(e) => error_page(&state, locale, e),
    }
}

/// Coming back with an access code.
pub async fn return_by_code(State(state): State<AppState>, Extension(session): Extension<Session>, headers: HeaderMap, uri: Uri, Form(fields): Fields) -> Response {
    let locale = locale_of(&headers);
    let input = match checked_input(&state, &session, locale, &uri, fields).await {
        Ok(input) => input,
        Err(response) => return response,
    };
    match journeys::return_by_code(&state, &session, input.get("code").map(String::as_str).unwrap_or("")).await {
        Ok(Ok(_)) => Redirect::to("/return/check").into_response(),
        Ok(Err(error)) => {
            let form = FormState { path: uri.path().to_string(), values: input, errors: vec![error] };
            show_again(&state, &session, locale, &uri, form, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => error_page(&state, locale, e),
    }
}

/// Coming back with the link from the save page or the email.
pub async fn return_by_link(State(state): State<AppState>, Extension(session): Extension<Session>, Path(token): Path<String>, headers: HeaderMap) -> Response {
    let locale = locale_of(&headers);
    match journeys::return_by_link(&state, &session, &token).await {
        Ok(true) => Redirect::to("/return/check").into_response(),
        Ok(false) => start_return_again(&state, &session, locale, "return-link-expired", StatusCode::NOT_FOUND).await,
        Err(e) => error_page(&state, locale, e),
    }
}

/// The check that the saved form is theirs.
pub async fn return_check(State(state): State<AppState>, Extension(session): Extension<Session>, headers: HeaderMap, uri: Uri, Form(fields): Fields) -> Response {
    let locale = locale_of(&headers);
    let input = match checked_input(&state, &session, locale, &uri, fields).await {
        Ok(input) => input,
        Err(response) => return response,
    };
    match journeys::finish_return(&state, &session, &input).await {
        Ok(Returned::Resume(to)) => Redirect::to(&to).into_response(),
        Ok(Returned::Wrong(errors)) => {
            let form = FormState { path: uri.path().to_string(), values: input, errors };
            show_again(&state, &session, locale, &uri, form, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Ok(Returned::StartAgain) => start_return_again(&state, &session, locale, "return-start-again", StatusCode::FORBIDDEN).await,
        Err(e) => error_page(&state, locale, e),
    }
}

async fn start_return_again(state: &AppState, session: &Session, locale: Locale, notice: &str, status: StatusCode) -> Response {
    let uri = Uri::from_static("/return");
    let form = FormState { path: "/return".into(), values: FormInput::new(), errors: vec![] };
    show_again(state, session, locale, &uri, form, Some(notice), status).await
}
