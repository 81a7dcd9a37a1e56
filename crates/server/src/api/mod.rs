//! The REST API under /api/v1: the contract between the browser app and the backend, described
//! by `openapi.json`. Every handler returns `Result<_, ApiError>`, so errors always have the shape
//! of `frontdoor_domain::api::ApiError`.

pub mod back_office;
mod drafts;
pub mod error;
mod save_and_return;
mod track;
mod tus;
pub mod uploads;

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Extension, Json, Router};
use frontdoor_domain::Locale;
use serde_json::json;

pub use error::ApiError;

use crate::locale::locale_of;
use crate::session::Session;
use crate::state::AppState;

pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/session", get(session_info))
        .route("/services", get(drafts::list_services))
        .route("/services/{service}", get(drafts::service))
        .route("/services/{service}/draft", get(drafts::draft))
        .route(
            "/services/{service}/draft/pages/{page}",
            put(drafts::answer_page),
        )
        .route("/services/{service}/draft/submit", post(drafts::submit))
        .route("/requests/lookup", post(track::lookup))
        .route(
            "/services/{service}/draft/save",
            post(save_and_return::save),
        )
        .route("/returns", post(save_and_return::return_by_code))
        .route("/returns/check", post(save_and_return::return_check))
        .route("/addresses", get(track::find_addresses))
        .route("/uploads", post(uploads::create).options(uploads::options))
        .route(
            "/uploads/{id}",
            get(uploads::show)
                .head(uploads::head)
                .patch(uploads::patch)
                .delete(uploads::delete)
                .layer(DefaultBodyLimit::disable()),
        )
        // For a council's CRM or case system, with an API key (`back_office`).
        .route("/back-office/requests", get(back_office::list))
        .route("/back-office/requests/{reference}", get(back_office::show))
        .route(
            "/back-office/requests/{reference}/status",
            post(back_office::set_status),
        )
        .route(
            "/back-office/requests/{reference}/ask-for-information",
            post(back_office::ask_for_information),
        )
        .route(
            "/back-office/requests/{reference}/notes",
            post(back_office::add_note),
        )
        .route(
            "/back-office/requests/{reference}/evidence",
            get(back_office::evidence),
        )
        .route(
            "/back-office/requests/{reference}/evidence/{id}",
            get(back_office::download),
        )
}

pub async fn openapi() -> Response {
    ([("content-type", "application/json")], OPENAPI).into_response()
}

/// The caller of an API endpoint that changes something: their session, whose CSRF token must be
/// in the X-CSRF-Token header, and their language.
pub struct Caller {
    pub session: Session,
    pub locale: Locale,
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| ApiError::Internal("no session".into()))?;
        session.check_csrf(
            parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok()),
        )?;
        Ok(Caller {
            session,
            locale: locale_of(&parts.headers),
        })
    }
}

/// A JSON body; a malformed one is answered with the API's error shape.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) => Err(bad_json(rejection)),
        }
    }
}

fn bad_json(rejection: JsonRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return ApiError::TooLarge;
    }
    ApiError::BadRequest(rejection.body_text())
}

async fn session_info(Extension(session): Extension<Session>, headers: HeaderMap) -> Response {
    Json(json!({ "csrf_token": session.csrf_token, "locale": locale_of(&headers).tag() }))
        .into_response()
}
