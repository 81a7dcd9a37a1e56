//! The visitor's language: the `fd_lang` cookie, set by the language switch; otherwise the
//! browser's preference for Welsh; otherwise English.

use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::HeaderMap;
use frontdoor_domain::Locale;

use crate::session::cookie_value;

pub const LANGUAGE_COOKIE: &str = "fd_lang";

pub fn locale_of(headers: &HeaderMap) -> Locale {
    if let Some(locale) = cookie_value(headers, LANGUAGE_COOKIE).and_then(|v| Locale::from_tag(&v))
    {
        return locale;
    }
    let accept = headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let first = accept
        .split(',')
        .next()
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim();
    if first.to_ascii_lowercase().starts_with("cy") {
        Locale::Cy
    } else {
        Locale::EnGb
    }
}
