//! Sessions: a random cookie value, stored only as a hash, with a CSRF token derived from it.
//! A visitor gets the cookie on their first page, but the session's row is written only when
//! there is something to keep in it (see `db::sessions`), so a first visit writes nothing.
//! Everything kept lives in the database, so any server behind a load balancer can answer.

use axum::extract::{Request, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

use crate::db::{SessionHash, SessionRow};
use crate::error::AppError;
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
    /// True when the visitor came without a session cookie (so nothing is stored for them).
    pub is_new: bool,
    /// The visitor's address, for limits on guessing (never stored with the session).
    pub client: String,
    /// A caseworker's session cookie, on the caseworkers' pages (checked by `casework`).
    pub staff_token: Option<String>,
    /// A caseworker's sign-in under way.
    pub sign_in_token: Option<String>,
    /// A resident's sign-in under way.
    pub resident_sign_in_token: Option<String>,
}

impl Session {
    /// What the session keeps (a tracked reference, a draft being reopened). Only the pages that
    /// use it read it: the rest need only the cookie's hash, and no query.
    pub async fn stored(&self, state: &AppState) -> Result<Option<SessionRow>, AppError> {
        if self.is_new {
            return Ok(None);
        }
        Ok(state.db.find_session(&self.id_hash).await?)
    }

    /// Compares a submitted token with the session's without leaking timing.
    pub fn check_csrf(&self, submitted: Option<&str>) -> Result<(), AppError> {
        let same = crate::tokens::same(submitted.unwrap_or(""), &self.csrf_token);
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
    scoped_cookie(name, value, "/", "Lax", max_age, secure)
}

/// Builds a Set-Cookie value sent only to the pages under `path`: HttpOnly, with `same_site`
/// (`Lax` or `Strict`), and Secure unless turned off for local HTTP. `max_age` 0 removes it.
pub fn scoped_cookie(
    name: &str,
    value: &str,
    path: &str,
    same_site: &str,
    max_age: i64,
    secure: bool,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite={same_site}{secure}"
    ))
    .expect("cookie is ASCII")
}

/// Finds the visitor's session from the cookie, or starts a new one. Nothing is read from the
/// database here: a page that needs what the session keeps asks for it ([`Session::stored`]).
pub async fn load_session(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let client = client_address(&request, state.config.proxy_hops);
    let (token, is_new) =
        match cookie_value(request.headers(), SESSION_COOKIE).filter(|t| looks_like_token(t)) {
            Some(token) => (token, false),
            None => (random_token(), true),
        };
    let session = Session {
        csrf_token: csrf_token_for(&token),
        id_hash: SessionHash::of_cookie(&token),
        is_new,
        client,
        staff_token: cookie_value(request.headers(), crate::casework::STAFF_COOKIE)
            .filter(|t| looks_like_token(t)),
        sign_in_token: cookie_value(request.headers(), crate::casework::SIGN_IN_COOKIE)
            .filter(|t| looks_like_token(t)),
        resident_sign_in_token: cookie_value(request.headers(), crate::accounts::SIGN_IN_COOKIE)
            .filter(|t| looks_like_token(t)),
    };
    request.extensions_mut().insert(session);
    let mut response = next.run(request).await;
    // A handler that gave out a session of its own (signing in) is not overridden.
    let given = response.headers().get_all(SET_COOKIE).iter().any(|c| {
        c.as_bytes()
            .starts_with(format!("{SESSION_COOKIE}=").as_bytes())
    });
    if is_new && !given {
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
    response
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
