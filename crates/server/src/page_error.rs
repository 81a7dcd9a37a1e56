//! The one error type of pages and plain form posts, and the one place it becomes a page: a
//! GOV.UK-style error page in the visitor's language, in the site's header, stylesheet and footer,
//! with the other ways to contact the council. Internal details are logged, never shown.
//!
//! A handler answers `PageError`; the [`error_pages`] layer, which knows the visitor's language,
//! turns it into the page. The same layer gives a too-large form post (413, refused before any
//! handler runs) the same page.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use frontdoor_app::i18n::{I18n, Locale};

use crate::error::AppError;
use crate::locale::locale_of;
use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageError {
    /// A form that cannot be accepted (its security token does not match, and the page it came
    /// from cannot be shown again).
    Forbidden,
    NotFound,
    /// A form post bigger than the server takes.
    TooLarge,
    /// Too many wrong tries at something guessable (`limits`).
    TooManyRequests,
    /// Something failed inside; the detail was logged where the error was made.
    Internal,
}

impl PageError {
    pub fn status(self) -> StatusCode {
        match self {
            PageError::Forbidden => StatusCode::FORBIDDEN,
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            PageError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            PageError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message ids of the page's heading and its first paragraph.
    fn messages(self) -> (&'static str, &'static str) {
        match self {
            PageError::Forbidden => ("forbidden-title", "forbidden-body"),
            PageError::NotFound => ("not-found-title", "not-found-body"),
            PageError::TooLarge => ("too-large-title", "too-large-body"),
            PageError::TooManyRequests => ("too-many-requests-title", "too-many-requests-body"),
            PageError::Internal => ("server-error-title", "server-error-try-later"),
        }
    }
}

impl From<AppError> for PageError {
    fn from(error: AppError) -> PageError {
        match error {
            AppError::NotFound => PageError::NotFound,
            AppError::Csrf => PageError::Forbidden,
            AppError::TooManyAttempts => PageError::TooManyRequests,
            AppError::Database(_) | AppError::Internal(_) => {
                tracing::error!(error = %error, "page request failed");
                PageError::Internal
            }
        }
    }
}

/// An empty response marked with the error; [`error_pages`] writes the page.
impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Writes the error page for responses marked with a [`PageError`], and for too-large posts to
/// pages. Headers already set (a new session's cookie) are kept.
pub async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = locale_of(request.headers());
    let is_page = !request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let error = match response.extensions().get::<PageError>() {
        Some(error) => *error,
        None if is_page && !is_html && response.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            PageError::TooLarge
        }
        None => return response,
    };
    let (mut parts, _) = response.into_parts();
    parts.status = error.status();
    let h = &mut parts.headers;
    h.remove(CONTENT_LENGTH);
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let html = render(
        state.catalogue.i18n(locale),
        locale,
        state.assets.css_href(),
        error,
    );
    Response::from_parts(parts, Body::from(html))
}

/// The page: the layout's skip link, header, main content and contact panel, without the browser
/// app (there is nothing on it to do).
fn render(i18n: &I18n, locale: Locale, css: &str, error: PageError) -> String {
    let t = |id: &str| escape(&i18n.t(id));
    let (title, body) = error.messages();
    let phone = i18n.t("council-phone");
    let email = i18n.t("council-email");
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – {council}</title><link rel=\"stylesheet\" href=\"{css}\"></head><body>\
         <a href=\"#main-content\" class=\"govuk-skip-link\">{skip}</a>\
         <header class=\"govuk-header\"><div class=\"govuk-width-container govuk-header__container\">\
         <a href=\"/\" class=\"govuk-header__link govuk-header__service-name\">{council}</a></div></header>\
         <div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\" tabindex=\"-1\">\
         <h1 class=\"govuk-heading-l\">{title}</h1><p class=\"govuk-body\">{body}</p>\
         <p class=\"govuk-body\">{help}</p>\
         <p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">{home}</a></p></main>\
         <aside class=\"contact-panel\" aria-labelledby=\"contact-heading\">\
         <h2 class=\"govuk-heading-s\" id=\"contact-heading\">{contact}</h2>\
         <p class=\"govuk-body\"><a class=\"govuk-link\" href=\"tel:{tel}\" rel=\"external\">{phone}</a><br>{hours}</p>\
         <p class=\"govuk-body\"><a class=\"govuk-link\" href=\"mailto:{email_address}\">{email}</a></p>\
         <p class=\"govuk-body\">{in_person}</p></aside></div>\
         <footer class=\"govuk-footer\"><div class=\"govuk-width-container\">\
         <p class=\"govuk-body-s\">{cookies}</p></div></footer></body></html>",
        lang = locale.tag(),
        dir = locale.dir(),
        title = t(title),
        council = t("council-name"),
        css = escape(css),
        skip = t("skip-link"),
        body = t(body),
        help = t("error-page-contact"),
        home = t("header-home"),
        contact = t("contact-heading"),
        tel = escape(&phone.replace(' ', "")),
        phone = escape(&i18n.t1("contact-phone", "phone", &phone)),
        hours = t("contact-hours"),
        email_address = escape(&email),
        email = escape(&i18n.t1("contact-email", "email", &email)),
        in_person = t("contact-in-person"),
        cookies = t("footer-cookies"),
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    #[test]
    fn every_error_page_is_written_in_every_language() {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let catalogue = Catalogue::load(&repo.join("services"), &repo.join("locales"))
            .expect("the catalogue loads");
        for locale in Locale::ALL {
            let i18n = catalogue.i18n(locale);
            for error in [
                PageError::Forbidden,
                PageError::NotFound,
                PageError::TooLarge,
                PageError::TooManyRequests,
                PageError::Internal,
            ] {
                let html = render(i18n, locale, "/style.css", error);
                let (title, body) = error.messages();
                for id in [title, body, "contact-heading", "error-page-contact"] {
                    assert!(i18n.has(id), "{locale:?}: {id} is missing");
                    assert!(
                        html.contains(&escape(&i18n.t(id))),
                        "{locale:?} {error:?}: {id}"
                    );
                }
                assert!(html.contains(&format!("<html lang=\"{}\"", locale.tag())));
            }
        }
    }
}
