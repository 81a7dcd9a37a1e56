//! Page requests (GET): gather the data a page needs, then render it. Also the language switch.

use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Extension;
use frontdoor_app::state::FormState;
use frontdoor_app::PageData;
use frontdoor_domain::Locale;
use serde::Deserialize;

pub use crate::loaders::{load, Loaded};
use crate::locale::{locale_of, remember};
use crate::page_error::PageError;
use crate::render::render_document;
use crate::session::Session;
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
        response
            .headers_mut()
            .insert(SET_COOKIE, remember(locale, state.config.secure_cookies));
        return response;
    }
    let locale = locale_of(&headers);
    let mut loaded = load(&state, &session, locale, &uri).await;
    if uri.query().is_some() {
        // A search, or a page changed by its address: made for this visitor.
        loaded = loaded.map(Loaded::unshared);
    }
    match loaded {
        // Rendered once per address and language; each visitor gets their own token in it.
        Ok(Loaded::Shared(data)) => {
            let html = match state.shared_pages.get(uri.path(), locale) {
                Some(kept) => kept,
                None => {
                    let html = render_html(&state, &uri, *data).await;
                    state
                        .shared_pages
                        .keep(uri.path(), locale, &html, &session.csrf_token)
                }
            };
            page_response(
                StatusCode::OK,
                crate::shared_pages::with_token(&html, &session.csrf_token),
            )
        }
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
        Err(e) => PageError::from(e).into_response(),
    }
}

/// Shows a page again after a failed post, with what was typed, its errors and any notice. A
/// refused post (403) whose page cannot be shown again gets the error page, rather than a
/// redirect that would drop what was typed without a word.
pub async fn show_again(
    state: &AppState,
    session: &Session,
    locale: Locale,
    uri: &Uri,
    form: FormState,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    match load(state, session, locale, uri)
        .await
        .map(Loaded::unshared)
    {
        Ok(Loaded::Page(mut data, _)) => {
            data.form = Some(form);
            data.notice = notice.map(str::to_string);
            render(state, uri, *data, status).await
        }
        Ok(Loaded::Redirect(_)) if status == StatusCode::FORBIDDEN => {
            PageError::Forbidden.into_response()
        }
        Ok(Loaded::Shared(_)) => unreachable!("unshared"),
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Err(e) => PageError::from(e).into_response(),
    }
}

pub async fn render(state: &AppState, uri: &Uri, data: PageData, status: StatusCode) -> Response {
    page_response(status, render_html(state, uri, data).await)
}

async fn render_html(state: &AppState, uri: &Uri, data: PageData) -> String {
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| uri.path().to_string());
    let i18n = state.catalogue.i18n(data.locale).clone();
    render_document(path, data, i18n, &state.assets).await
}

fn page_response(status: StatusCode, html: String) -> Response {
    let mut response = (status, Html(html)).into_response();
    // Pages hold a person's answers and a security token: never keep them in a shared cache.
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
