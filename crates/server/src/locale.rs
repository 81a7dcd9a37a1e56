//! The visitor's language, chosen by `Locale::choose`: the language switch (`?lang=`, which is
//! then remembered in the `fd_lang` cookie) beats the resident's preferred language (written to
//! that cookie when they sign in or save it), which beats an older remembered choice, which
//! beats the browser's `Accept-Language`.

use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::HeaderMap;
use frontdoor_domain::Locale;

use crate::session::cookie_value;

pub const LANGUAGE_COOKIE: &str = "fd_lang";

pub fn locale_of(headers: &HeaderMap) -> Locale {
    let cookie = cookie_value(headers, LANGUAGE_COOKIE);
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Locale::choose(None, None, cookie.as_deref(), accept)
}
