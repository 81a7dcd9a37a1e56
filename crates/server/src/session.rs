//! Sessions: a random cookie value, stored only as a hash, with a CSRF token derived from it.
//! A visitor gets the cookie on their first page, but the session's row is written only when
//! there is something to keep in it (see `db::sessions`), so a first visit writes nothing.
//! Everything kept lives in the database, so any server behind a load balancer can answer.

use axum::extract::{Request, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::api::ApiError;
use crate::db::SessionHash;
use crate::error::AppError;
use crate::page_error::PageError;
use crate::state::AppState;
use crate::tokens::{csrf_token_for, looks_like_token};
/// Kept here too, where tests and older callers look for them.
pub use crate::tokens::{hash, random_token};

pub const SESSION_COOKIE: &str = "fd_session";
/// Sessions, and the drafts they hold, last 28 days.
pub const SESSION_MAX_AGE: i64 = 28 * 24 * 60 * 60;

/// The visitor's session, put in the request's extensions by [`load_session`].
#[derive(Debug, Clone)]
pub struct Session {
    pub id_hash: SessionHash,
    pub csrf_token: String,
    pub tracked_reference: Option<String>,
    /// A saved draft being reopened here, waiting for the check.
    pub returning_draft: Option<String>,
    /// The visitor's address, for limits on guessing (never stored with the session).
    pub client: String,
}

impl Session {
    /// Compares a submitted token with the session's without leaking timing.
    pub fn check_csrf(&self, submitted: Option<&str>) -> Result<(), AppError> {
        let submitted = submitted.unwrap_or("").as_bytes();
        let expected = self.csrf_token.as_bytes();
        let same = submitted.len() == expected.len()
            && submitted
                .iter()
                .zip(expected)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if same {
            Ok(())
        } else {
            Err(AppError::Csrf)
        }
    }
}

pub fn cookie_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Builds a Set-Cookie value: HttpOnly, SameSite=Lax, and Secure unless turned off for local HTTP.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("cookie is ASCII")
}

/// Finds the visitor's session from the cookie, or starts a new one. When the database cannot
/// be reached, answers with the API's error or the error page, as the path calls for.
pub async fn load_session(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    match with_session(state, request, next).await {
        Ok(response) => response,
        Err(e) if is_api => ApiError::from(e).into_response(),
        Err(e) => PageError::from(e).into_response(),
    }
}

async fn with_session(
    state: AppState,
    mut request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let client = client_address(&request, state.config.proxy_hops);
    let (token, is_new) =
        match cookie_value(request.headers(), SESSION_COOKIE).filter(|t| looks_like_token(t)) {
            Some(token) => (token, false),
            None => (random_token(), true),
        };
    let id_hash = SessionHash::of_cookie(&token);
    // A new visitor has nothing stored yet: no need to look.
    let row = if is_new {
        None
    } else {
        state.db.find_session(&id_hash).await?
    };
    let session = Session {
        csrf_token: csrf_token_for(&token),
        tracked_reference: row.as_ref().and_then(|r| r.tracked_reference.clone()),
        returning_draft: row.and_then(|r| r.returning_draft),
        id_hash,
        client,
    };
    request.extensions_mut().insert(session);
    let mut response = next.run(request).await;
    if is_new {
        response.headers_mut().append(
            SET_COOKIE,
            set_cookie(
                SESSION_COOKIE,
                &token,
                SESSION_MAX_AGE,
                state.config.secure_cookies,
            ),
        );
    }
    Ok(response)
}

/// The visitor's address: the peer's or, behind `hops` proxies (a load balancer), the one the
/// outermost proxy saw. Each proxy appends the address it saw to X-Forwarded-For, so only the
/// last `hops` entries are trusted; anything before them the visitor may have written.
fn client_address(request: &Request, hops: usize) -> String {
    if hops > 0 {
        let forwarded: Vec<&str> = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        if forwarded.len() >= hops {
            return forwarded[forwarded.len() - hops].to_string();
        }
    }
    request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}
