//! Residents' accounts: sign in with nothing to remember (an email with a one-time code and a
//! link, either works once), a signed-in home with their requests, forms in progress and
//! messages, and signing out here or everywhere. Signing in keeps the form in progress.

use axum::http::HeaderValue;
use frontdoor_app::state::{AccountDraft, AccountMessage, AccountPage};
use frontdoor_domain::calendar::uk_local_iso_from_unix;
use frontdoor_domain::casework::{SIGN_IN_CODE_DIGITS, SIGN_IN_CODE_MINUTES};
use frontdoor_domain::{Locale, Route};

use crate::db::Resident;
use crate::error::AppError;
use crate::limits::Guess;
use crate::session::Session;
use crate::state::AppState;
use crate::tokens::{hash, random_code, random_token};

/// The browser's half of a sign-in under way.
pub const SIGN_IN_COOKIE: &str = "fd_sign_in";
/// Tries at one code.
const CODE_TRIES: i64 = 5;

/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure, on the account pages only. `max_age` 0
/// removes it.
pub fn sign_in_cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let path = Route::Account.path();
    HeaderValue::from_str(&format!(
        "{SIGN_IN_COOKIE}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("cookie is ASCII")
}

fn code_hash(token: &str, code: &str) -> String {
    hash(&format!("resident-sign-in\0{token}\0{code}"))
}

/// Emails a code and a link to `email`. Returns the browser's token.
pub async fn send_sign_in(
    state: &AppState,
    session: &Session,
    locale: Locale,
    email: &str,
) -> Result<String, AppError> {
    Guess::AccountSignIn.count_try(state, session).await?;
    crate::limits::count_sign_in_email(state, email).await?;
    let token = random_token();
    let link_token = random_token();
    let code = random_code(SIGN_IN_CODE_DIGITS);
    state
        .db
        .start_resident_sign_in(
            &hash(&token),
            &hash(&link_token),
            email,
            &code_hash(&token, &code),
            SIGN_IN_CODE_MINUTES * 60,
        )
        .await?;
    let link = format!(
        "{}{}",
        state.config.public_url,
        Route::AccountLink { token: link_token }.path()
    );
    let data = serde_json::json!({
        "locale": locale.tag(),
        "code": code,
        "link": link,
        "minutes": SIGN_IN_CODE_MINUTES.to_string(),
    });
    state
        .db
        .queue_message(email, "resident-sign-in", &data)
        .await?;
    crate::mail::send_soon(state);
    Ok(token)
}

/// The code typed in the browser that asked for it. Returns the new session's cookie value.
pub async fn sign_in_with_code(
    state: &AppState,
    session: &Session,
    code: &str,
) -> Result<Option<String>, AppError> {
    Guess::AccountCode.count_try(state, session).await?;
    let Some(token) = session.resident_sign_in_token.as_deref() else {
        return Ok(None);
    };
    let email = state
        .db
        .check_resident_code(&hash(token), &code_hash(token, code), CODE_TRIES)
        .await?;
    match email {
        Some(email) => Ok(Some(start_session(state, session, &email).await?)),
        None => Ok(None),
    }
}

/// The link from the email, on whichever device it is opened.
pub async fn sign_in_with_link(
    state: &AppState,
    session: &Session,
    link_token: &str,
) -> Result<Option<String>, AppError> {
    Guess::AccountCode.count_try(state, session).await?;
    match state.db.use_sign_in_link(&hash(link_token)).await? {
        Some(email) => Ok(Some(start_session(state, session, &email).await?)),
        None => Ok(None),
    }
}

async fn start_session(
    state: &AppState,
    session: &Session,
    email: &str,
) -> Result<String, AppError> {
    let resident = state
        .db
        .resident_for_email(&format!("resident-{}", &random_token()[..16]), email)
        .await?;
    let token = random_token();
    let new_hash = crate::db::SessionHash::of_cookie(&token);
    state
        .db
        .sign_in_session(&session.id_hash, &new_hash, &resident.id)
        .await?;
    tracing::info!(resident = %resident.id, "resident signed in");
    Ok(token)
}

pub async fn signed_in(state: &AppState, session: &Session) -> Result<Option<Resident>, AppError> {
    if session.is_new {
        return Ok(None);
    }
    Ok(state.db.resident_of_session(&session.id_hash).await?)
}

/// The signed-in home: requests sent with their email, forms in progress, messages sent.
pub async fn home(
    state: &AppState,
    locale: Locale,
    resident: &Resident,
) -> Result<AccountPage, AppError> {
    let i18n = state.catalogue.i18n(locale);
    let title = |id: &str| {
        state
            .catalogue
            .service(id)
            .map(|d| i18n.t(&d.title_id()))
            .unwrap_or_else(|| id.to_string())
    };
    let mut requests = Vec::new();
    for r in state.db.requests_of_email(&resident.email).await? {
        requests.push(crate::journeys::with_progress(state, r).await?);
    }
    let drafts = state
        .db
        .drafts_of_resident(&resident.id)
        .await?
        .into_iter()
        .filter_map(|d| {
            let def = state.catalogue.service(&d.service_id)?;
            Some(AccountDraft {
                service_title: title(&d.service_id),
                continue_to: def.start_path(),
                saved_at: uk_local_iso_from_unix(d.updated_at),
            })
        })
        .collect();
    let messages = state
        .db
        .messages_sent_to(&resident.email)
        .await?
        .into_iter()
        .map(|(template, at)| AccountMessage {
            template,
            sent_at: uk_local_iso_from_unix(at),
        })
        .collect();
    Ok(AccountPage {
        email: resident.email.clone(),
        requests: requests
            .into_iter()
            .map(|r| {
                let service_title = title(&r.service);
                (r, service_title)
            })
            .collect(),
        drafts,
        messages,
    })
}
