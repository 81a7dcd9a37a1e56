//! Page requests (GET): gather the data a page needs, then render it. Also the language switch.

use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Extension;
use frontdoor_app::i18n::Locale;
use frontdoor_app::state::FormState;
use frontdoor_app::PageData;
use serde::Deserialize;

use crate::error::AppError;
pub use crate::loaders::{load, Loaded};
use crate::locale::{locale_of, LANGUAGE_COOKIE};
use crate::render::render_document;
use crate::session::{set_cookie, Session};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct PageQuery {
    /// The language switch.
    lang: Option<String>,
    /// The home page's search.
    q: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Some(locale) = query.lang.as_deref().and_then(Locale::from_tag) {
        let mut response = Redirect::to(uri.path()).into_response();
        response.headers_mut().insert(
            SET_COOKIE,
            set_cookie(
                LANGUAGE_COOKIE,
                locale.tag(),
                365 * 24 * 3600,
                state.config.secure_cookies,
            ),
        );
        return response;
    }
    let locale = locale_of(&headers);
    match load(&state, &session, locale, uri.path()).await {
        Ok(Loaded::Page(mut data, status)) => {
            if let Some(q) = query
                .q
                .map(|q| q.trim().chars().take(100).collect::<String>())
                .filter(|q| !q.is_empty() && uri.path() == "/")
            {
                data.catalogue = Some(state.catalogue.search(locale, &q));
                data.search = Some(q);
            }
            render(&state, &uri, *data, status).await
        }
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Err(e) => error_page(&state, locale, e),
    }
}

/// Shows a page again after a failed post, with what was typed, its errors and any notice.
pub async fn show_again(
    state: &AppState,
    session: &Session,
    locale: Locale,
    uri: &Uri,
    form: FormState,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    match load(state, session, locale, uri.path()).await {
        Ok(Loaded::Page(mut data, _)) => {
            data.form = Some(form);
            data.notice = notice.map(str::to_string);
            render(state, uri, *data, status).await
        }
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Err(e) => error_page(state, locale, e),
    }
}

pub async fn render(state: &AppState, uri: &Uri, data: PageData, status: StatusCode) -> Response {
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| uri.path().to_string());
    let i18n = state.catalogue.i18n(data.locale).clone();
    let html = render_document(path, data, i18n, &state.assets).await;
    let mut response = (status, Html(html)).into_response();
    // Pages hold a person's answers and a security token: never keep them in a shared cache.
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub fn error_page(state: &AppState, locale: Locale, error: AppError) -> Response {
    if !matches!(error, AppError::NotFound) {
        return error.into_response();
    }
    let i18n = state.catalogue.i18n(locale);
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><link rel=\"stylesheet\" href=\"{}\"></head>\
         <body><main class=\"govuk-width-container govuk-main-wrapper\"><h1 class=\"govuk-heading-l\">{}</h1><p class=\"govuk-body\">{}</p>\
         <p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">{}</a></p></main></body></html>",
        locale.tag(),
        i18n.t("not-found-title"),
        state.assets.css_href(),
        i18n.t("not-found-title"),
        i18n.t("not-found-body"),
        i18n.t("header-home"),
    );
    (StatusCode::NOT_FOUND, Html(body)).into_response()
}
