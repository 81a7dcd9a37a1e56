//! A resident's sign-in posts (email, then code; or the emailed link) and signing out.

use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use frontdoor_domain::casework::{check_sign_in_code, check_sign_in_email, wrong_code_error};
use frontdoor_domain::{Locale, Route};

use super::PostedForm;
use crate::accounts::{self, sign_in_cookie};
use crate::page_error::PageError;
use crate::session::{set_cookie, Session, SESSION_COOKIE, SESSION_MAX_AGE};
use crate::state::AppState;

fn with_cookies(mut response: Response, cookies: Vec<HeaderValue>) -> Response {
    for c in cookies {
        response.headers_mut().append(SET_COOKIE, c);
    }
    response
}

/// Signed in: a new session cookie, the sign-in cookie gone, the preferred language (if saved)
/// as the pages' language, and home.
fn signed_in(state: &AppState, signed: &accounts::SignedIn) -> Response {
    let secure = state.config.secure_cookies;
    let mut cookies = vec![
        set_cookie(SESSION_COOKIE, &signed.token, SESSION_MAX_AGE, secure),
        sign_in_cookie("", 0, secure),
    ];
    if let Some(locale) = signed.language {
        cookies.push(crate::locale::remember(locale, secure));
    }
    with_cookies(
        Redirect::to(&Route::Account.path()).into_response(),
        cookies,
    )
}

pub async fn sign_in(form: PostedForm) -> Response {
    let email = match check_sign_in_email(&form.input) {
        Ok(email) => email,
        Err(errors) => return form.show_errors(form.input.clone(), errors).await,
    };
    match accounts::send_sign_in(&form.state, &form.session, form.locale, &email).await {
        Ok(token) => with_cookies(
            Redirect::to(&Route::AccountCode.path()).into_response(),
            vec![sign_in_cookie(
                &token,
                frontdoor_domain::casework::SIGN_IN_CODE_MINUTES * 60,
                form.state.config.secure_cookies,
            )],
        ),
        Err(e) => form.fail(e),
    }
}

pub async fn code(form: PostedForm) -> Response {
    let code = match check_sign_in_code(&form.input) {
        Ok(code) => code,
        Err(errors) => return form.show_errors(form.input.clone(), errors).await,
    };
    match accounts::sign_in_with_code(&form.state, &form.session, &code).await {
        Ok(Some(signed)) => signed_in(&form.state, &signed),
        Ok(None) => {
            form.show_errors(form.input.clone(), vec![wrong_code_error()])
                .await
        }
        Err(e) => form.fail(e),
    }
}

/// The link from the sign-in email. A used or old link goes back to the sign-in page, which
/// says so.
pub async fn link(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(token): Path<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    match accounts::sign_in_with_link(&state, &session, &token).await {
        Ok(Some(signed)) => signed_in(&state, &signed),
        Ok(None) => {
            super::show_with_notice(
                &state,
                &session,
                crate::locale::locale_of(&headers),
                Route::AccountSignIn,
                "account-link-expired",
                axum::http::StatusCode::NOT_FOUND,
            )
            .await
        }
        Err(e) => PageError::from(e).into_response(),
    }
}

pub async fn sign_out(form: PostedForm) -> Response {
    match form.state.db.sign_out_session(&form.session.id_hash).await {
        Ok(()) => Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => form.fail(e.into()),
    }
}

pub async fn sign_out_everywhere(form: PostedForm) -> Response {
    let resident = match accounts::signed_in(&form.state, &form.session).await {
        Ok(Some(r)) => r,
        Ok(None) => return Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    match form.state.db.sign_out_everywhere(&resident.id).await {
        Ok(()) => Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => form.fail(e.into()),
    }
}

/// Everything held about the resident, as a JSON file.
pub async fn download(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
) -> Response {
    let resident = match accounts::signed_in(&state, &session).await {
        Ok(Some(r)) => r,
        Ok(None) => return Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => return PageError::from(e).into_response(),
    };
    match accounts::download(&state, &resident).await {
        Ok(data) => (
            [
                (axum::http::header::CONTENT_TYPE, "application/json"),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    "attachment; filename=\"your-data.json\"",
                ),
                (axum::http::header::CACHE_CONTROL, "private, no-store"),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Err(e) => PageError::from(e).into_response(),
    }
}

/// Deletes the account, once confirmed on its page.
pub async fn delete(form: PostedForm) -> Response {
    let resident = match accounts::signed_in(&form.state, &form.session).await {
        Ok(Some(r)) => r,
        Ok(None) => return Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    if form.input.get("confirm").map(String::as_str) != Some("yes") {
        let missing = frontdoor_domain::FieldError::new(
            "confirm",
            "required",
            "account-delete-confirm-error-required".into(),
        );
        return form.show_errors(form.input.clone(), vec![missing]).await;
    }
    match accounts::delete(&form.state, &resident).await {
        Ok(()) => {
            super::show_with_notice(
                &form.state,
                &form.session,
                form.locale,
                Route::Home,
                "account-deleted",
                axum::http::StatusCode::OK,
            )
            .await
        }
        Err(e) => form.fail(e),
    }
}

/// The account page's posts: remove a saved detail, or pass changed details to open requests
/// (`pass-on`, with the references ticked in `pass-to`) or not (`keep`).
pub async fn remove_detail(form: PostedForm) -> Response {
    let resident = match accounts::signed_in(&form.state, &form.session).await {
        Ok(Some(r)) => r,
        Ok(None) => return Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    if let Some(action) = form.input.get("action").map(String::as_str) {
        let chosen: Vec<String> = match action {
            "pass-on" => form
                .input
                .get("pass-to")
                .map(|v| v.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
            _ => vec![],
        };
        return match accounts::pass_on_changes(&form.state, form.locale, &resident, &chosen).await {
            Ok(_) => Redirect::to(&Route::Account.path()).into_response(),
            Err(e) => form.fail(e),
        };
    }
    let field = form
        .input
        .get("remove")
        .and_then(|f| frontdoor_domain::profile::ProfileField::parse(f));
    if let Some(field) = field {
        if let Err(e) = form
            .state
            .db
            .remove_profile_detail(&resident.id, field)
            .await
        {
            return form.fail(e.into());
        }
    }
    Redirect::to(&Route::Account.path()).into_response()
}

/// A page of the "your details" form. A new preferred language becomes the pages' language.
pub async fn save_detail(Path(detail): Path<String>, form: PostedForm) -> Response {
    let resident = match accounts::signed_in(&form.state, &form.session).await {
        Ok(Some(r)) => r,
        Ok(None) => return Redirect::to(&Route::AccountSignIn.path()).into_response(),
        Err(e) => return form.fail(e),
    };
    match accounts::save_detail(&form.state, &resident, &detail, &form.input).await {
        Ok(accounts::DetailSaved::Saved) => {
            let mut response = Redirect::to(&Route::Account.path()).into_response();
            let language = form.input.get("language").and_then(|l| Locale::from_tag(l));
            if let (Some(locale), "language") = (language, detail.as_str()) {
                response.headers_mut().append(
                    SET_COOKIE,
                    crate::locale::remember(locale, form.state.config.secure_cookies),
                );
            }
            response
        }
        Ok(accounts::DetailSaved::Invalid { fields, errors }) => {
            form.show_errors(fields, errors).await
        }
        Ok(accounts::DetailSaved::NoSuchDetail) => PageError::NotFound.into_response(),
        Err(e) => form.fail(e),
    }
}

/// Off to the council's identity provider.
pub async fn provider(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
) -> Response {
    if let Err(e) = crate::limits::Guess::AccountCode
        .count_try(&state, &session)
        .await
    {
        return PageError::from(e).into_response();
    }
    match crate::identity_provider::start(&state, &session).await {
        Ok(url) => Redirect::to(&url).into_response(),
        Err(e) => PageError::from(e).into_response(),
    }
}

#[derive(serde::Deserialize)]
pub struct ProviderAnswer {
    code: Option<String>,
    state: Option<String>,
}

/// Back from the identity provider: signed in, or the sign-in page saying it did not work.
pub async fn provider_callback(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    axum::extract::Query(answer): axum::extract::Query<ProviderAnswer>,
    headers: axum::http::HeaderMap,
) -> Response {
    let email = match (&answer.code, &answer.state) {
        (Some(code), Some(s)) => {
            match crate::identity_provider::finish(&state, &session, code, s).await {
                Ok(email) => email,
                Err(e) => return PageError::from(e).into_response(),
            }
        }
        _ => None,
    };
    let Some(email) = email else {
        return super::show_with_notice(
            &state,
            &session,
            crate::locale::locale_of(&headers),
            Route::AccountSignIn,
            "account-provider-failed",
            axum::http::StatusCode::FORBIDDEN,
        )
        .await;
    };
    match accounts::sign_in_with_provider(&state, &session, &email).await {
        Ok(signed) => signed_in(&state, &signed),
        Err(e) => PageError::from(e).into_response(),
    }
}
