//! The caseworkers' form posts: sign in (email, then code), sign out, move a request on, and
//! download a request's files. Every page but sign-in needs a caseworker signed in.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use frontdoor_domain::casework::{check_sign_in_code, check_sign_in_email, wrong_code_error};
use frontdoor_domain::progress::{check_status_change, RequestStatus};
use frontdoor_domain::{FieldError, Reference, Route};

use super::PostedForm;
use crate::casework::{self, staff_cookie, SIGN_IN_COOKIE, STAFF_COOKIE};
use crate::db::Moved;
use crate::page_error::PageError;
use crate::session::Session;
use crate::state::AppState;

fn with_cookie(mut response: Response, cookie: HeaderValue) -> Response {
    response.headers_mut().append(SET_COOKIE, cookie);
    response
}

/// The email address: a code is sent to it (if it has an account), then the code page.
pub async fn sign_in(form: PostedForm) -> Response {
    let email = match check_sign_in_email(&form.input) {
        Ok(email) => email,
        Err(errors) => return form.show_errors(form.input.clone(), errors).await,
    };
    match casework::send_sign_in_code(&form.state, &form.session, form.locale, &email).await {
        Ok(token) => with_cookie(
            Redirect::to(&Route::StaffCode.path()).into_response(),
            staff_cookie(
                SIGN_IN_COOKIE,
                &token,
                casework::CODE_MINUTES * 60,
                form.state.config.secure_cookies,
            ),
        ),
        Err(e) => form.fail(e),
    }
}

/// The code from the email: signed in, to the list of requests.
pub async fn code(form: PostedForm) -> Response {
    let code = match check_sign_in_code(&form.input) {
        Ok(code) => code,
        Err(errors) => return form.show_errors(form.input.clone(), errors).await,
    };
    match casework::sign_in_with_code(&form.state, &form.session, &code).await {
        Ok(Some(token)) => {
            let secure = form.state.config.secure_cookies;
            let response = with_cookie(
                Redirect::to(&Route::StaffRequests.path()).into_response(),
                staff_cookie(
                    STAFF_COOKIE,
                    &token,
                    casework::STAFF_SESSION_SECONDS,
                    secure,
                ),
            );
            with_cookie(response, staff_cookie(SIGN_IN_COOKIE, "", 0, secure))
        }
        Ok(None) => {
            form.show_errors(form.input.clone(), vec![wrong_code_error()])
                .await
        }
        Err(e) => form.fail(e),
    }
}

pub async fn sign_out(form: PostedForm) -> Response {
    if let Err(e) = casework::sign_out(&form.state, &form.session).await {
        return form.fail(e);
    }
    with_cookie(
        Redirect::to(&Route::StaffSignIn.path()).into_response(),
        staff_cookie(STAFF_COOKIE, "", 0, form.state.config.secure_cookies),
    )
}

/// A move of a request (asking the resident for something, resolving, closing...), made from
/// the status the caseworker saw.
pub async fn change_status(Path(reference): Path<String>, form: PostedForm) -> Response {
    let member = match casework::signed_in(&form.state, &form.session).await {
        Ok(Some(m)) => m,
        Ok(None) => return Redirect::to(&Route::StaffSignIn.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    let Some(reference) = Reference::parse(&reference) else {
        return PageError::NotFound.into_response();
    };
    let Some(from) = form.input.get("from").and_then(|s| RequestStatus::parse(s)) else {
        return PageError::NotFound.into_response();
    };
    let change = match check_status_change(from, &form.input) {
        Ok(change) => change,
        Err(errors) => return form.show_errors(form.input.clone(), errors).await,
    };
    match crate::journeys::move_request(&form.state, &reference, from, &change, &member.id).await {
        Ok(Moved::Done) => Redirect::to(form.uri.path()).into_response(),
        Ok(Moved::StatusChanged(now)) => {
            let moved = FieldError::new("status", "moved", "change-status-error-moved".into())
                .with_args(&[("status", now.as_str().into())]);
            form.show_errors(form.input.clone(), vec![moved]).await
        }
        Ok(Moved::NoSuchRequest) => PageError::NotFound.into_response(),
        Err(e) => form.fail(e),
    }
}

/// A file sent with a request, for a caseworker signed in.
pub async fn download(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path((reference, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    if casework::signed_in(&state, &session).await?.is_none() {
        return Ok(Redirect::to(&Route::StaffSignIn.path()).into_response());
    }
    let reference = Reference::parse(&reference).ok_or(PageError::NotFound)?;
    let file = casework::files_of_request(&state, &reference)
        .await?
        .into_iter()
        .find(|u| *u.id == *id)
        .ok_or(PageError::NotFound)?;
    let stream = state.evidence.open(&file.id).await.map_err(|e| {
        tracing::error!(error = %e, "a kept file could not be read");
        PageError::Internal
    })?;
    Ok(crate::uploads::attachment(
        &file,
        Body::from_stream(stream),
        "private, no-store",
    ))
}
