//! The visitor's language, chosen by `Locale::choose`: the language switch (`?lang=`, which is
//! then remembered in the `fd_lang` cookie) beats the resident's preferred language (written to
//! that cookie when they sign in or save it), which beats an older remembered choice, which
//! beats the browser's `Accept-Language`.

use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::HeaderMap;
use frontdoor_domain::Locale;

use axum::http::HeaderValue;

use crate::session::{cookie_value, set_cookie};

pub const LANGUAGE_COOKIE: &str = "fd_lang";

/// The cookie that remembers a language for a year: set by the switch, and from the resident's
/// preferred language when they sign in or save it.
pub fn remember(locale: Locale, secure: bool) -> HeaderValue {
    set_cookie(LANGUAGE_COOKIE, locale.tag(), 365 * 24 * 3600, secure)
}

pub fn locale_of(headers: &HeaderMap) -> Locale {
    let cookie = cookie_value(headers, LANGUAGE_COOKIE);
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Locale::choose(None, None, cookie.as_deref(), accept)
}
