//! The parts of the tus 1.0 protocol that are not about evidence: its headers and their formats.

use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::error::{tus_headers, TUS_VERSION};
use super::ApiError;

/// The largest upload announced: no question allows more than this in one file.
pub const MAX_SIZE: u64 = 1024 * 1024 * 1024;

/// `Upload-Expires`, as an HTTP date.
pub fn expires_header(at: i64) -> HeaderValue {
    let date =
        time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let text = format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        DAYS[date.weekday().number_days_from_monday() as usize],
        date.day(),
        MONTHS[u8::from(date.month()) as usize - 1],
        date.year(),
        date.hour(),
        date.minute(),
        date.second()
    );
    HeaderValue::from_str(&text).unwrap_or(HeaderValue::from_static(""))
}

/// What the server supports, for `OPTIONS`.
pub fn capabilities() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let h = response.headers_mut();
    h.insert("tus-version", HeaderValue::from_static(TUS_VERSION));
    h.insert(
        "tus-extension",
        HeaderValue::from_static("creation,termination,expiration"),
    );
    h.insert("tus-max-size", HeaderValue::from(MAX_SIZE));
    tus_headers(response)
}

/// Refuses a request from a client that does not speak tus 1.0.0 (412).
pub fn check_version(headers: &HeaderMap) -> Result<(), ApiError> {
    if headers.get("tus-resumable").and_then(|v| v.to_str().ok()) == Some(TUS_VERSION) {
        return Ok(());
    }
    Err(ApiError::Protocol {
        status: StatusCode::PRECONDITION_FAILED,
        code: "tus-version",
        message: "Tus-Resumable 1.0.0 is needed",
    })
}

/// A number header such as `Upload-Length` or `Upload-Offset`.
pub fn number(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
}

/// `Upload-Metadata: filename ZG9nLmpwZw==,service ...`.
pub fn metadata(headers: &HeaderMap) -> std::collections::HashMap<String, String> {
    use base64::Engine;
    headers
        .get("upload-metadata")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|pair| {
            let mut parts = pair.trim().splitn(2, ' ');
            let key = parts.next()?.to_string();
            let value = parts
                .next()
                .and_then(|v| {
                    base64::engine::general_purpose::STANDARD
                        .decode(v.trim())
                        .ok()
                })
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or_default();
            Some((key, value))
        })
        .collect()
}

/// A success answer (`status`) with the tus headers and an `Upload-Offset`.
pub fn at_offset(status: StatusCode, offset: u64) -> Response {
    let mut response = status.into_response();
    response
        .headers_mut()
        .insert("upload-offset", HeaderValue::from(offset));
    tus_headers(response)
}
