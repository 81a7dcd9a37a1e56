//! The API's one error type. Every API and upload handler returns `Result<_, ApiError>`, and this
//! file alone turns an error into a response: the JSON shape of `frontdoor_domain::api::ApiError`
//! (`{"error":{"status","code","message","fields"}}`, with `next` where a 409 says where to go).
//! Internal details are logged, never sent.

use axum::http::header::{CACHE_CONTROL, WWW_AUTHENTICATE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use frontdoor_domain::api::{ApiErrorBody, ApiFieldError};
use frontdoor_domain::FieldError;
use frontdoor_domain::Locale;

use crate::error::AppError;
use crate::state::AppState;

/// The tus protocol version every upload response names.
pub const TUS_VERSION: &str = "1.0.0";

#[derive(Debug)]
pub enum ApiError {
    NotFound,
    Csrf,
    /// A back-office route called without an API key in use (none, unknown or revoked).
    Unauthorised,
    /// A back-office route called with an API key that lacks this scope.
    MissingScope(&'static str),
    /// A request the API cannot take, with what to do instead.
    BadRequest(String),
    /// Answers (or a file) that did not pass their checks, each field's message already in the
    /// caller's language.
    Invalid {
        status: StatusCode,
        code: String,
        message: String,
        fields: Vec<ApiFieldError>,
    },
    /// The draft is not ready for this yet; `next` is the page to go to, when there is one.
    Conflict {
        code: &'static str,
        message: &'static str,
        next: Option<String>,
    },
    /// A request the upload protocol refuses: wrong version, offset or media type, expired...
    Protocol {
        status: StatusCode,
        code: &'static str,
        message: &'static str,
    },
    TooLarge,
    /// Too many wrong tries at something guessable (`limits`).
    TooManyRequests,
    /// Something failed inside: logged with its detail, answered with a plain 500.
    Internal(String),
    /// Any of these, answered to the tus client with the tus headers.
    Tus(Box<ApiError>),
}

impl ApiError {
    /// Answers that did not pass their checks (422), under "There is a problem".
    pub fn invalid(state: &AppState, locale: Locale, errors: Vec<FieldError>) -> ApiError {
        let message = state.catalogue.i18n(locale).t("error-summary-title");
        ApiError::refused(
            state,
            locale,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation-failed",
            message,
            errors,
        )
    }

    /// A refusal whose field messages are translated into the caller's language.
    pub fn refused(
        state: &AppState,
        locale: Locale,
        status: StatusCode,
        code: &str,
        message: String,
        errors: Vec<FieldError>,
    ) -> ApiError {
        let i18n = state.catalogue.i18n(locale);
        let fields = errors
            .into_iter()
            .map(|e| {
                let message = i18n.t_with(&e.message_id, &e.args);
                ApiFieldError::new(e, message)
            })
            .collect();
        ApiError::Invalid {
            status,
            code: code.to_string(),
            message,
            fields,
        }
    }

    /// The same error, for the tus client: with `Tus-Resumable` and `Cache-Control: no-store`.
    pub fn for_tus(self) -> ApiError {
        match self {
            ApiError::Tus(_) => self,
            other => ApiError::Tus(Box::new(other)),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Csrf => StatusCode::FORBIDDEN,
            ApiError::Unauthorised => StatusCode::UNAUTHORIZED,
            ApiError::MissingScope(_) => StatusCode::FORBIDDEN,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Invalid { status, .. } | ApiError::Protocol { status, .. } => *status,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::Tus(inner) => inner.status(),
        }
    }

    fn body(self) -> (ApiErrorBody, Option<String>) {
        let status = self.status().as_u16();
        let plain = |code: &str, message: &str| ApiErrorBody {
            status,
            code: code.into(),
            message: message.into(),
            fields: vec![],
        };
        match self {
            ApiError::NotFound => (plain("not-found", "Not found"), None),
            ApiError::Csrf => (
                plain("csrf-failed", "Missing or wrong X-CSRF-Token header"),
                None,
            ),
            ApiError::Unauthorised => (
                plain(
                    "unauthorised",
                    "An API key is needed: Authorization: Bearer fd_…",
                ),
                None,
            ),
            ApiError::MissingScope(scope) => (
                plain(
                    "missing-scope",
                    &format!("This API key does not have the {scope} scope"),
                ),
                None,
            ),
            ApiError::BadRequest(why) => (plain("bad-request", &why), None),
            ApiError::Invalid {
                code,
                message,
                fields,
                ..
            } => (
                ApiErrorBody {
                    status,
                    code,
                    message,
                    fields,
                },
                None,
            ),
            ApiError::Conflict {
                code,
                message,
                next,
            } => (plain(code, message), next),
            ApiError::Protocol { code, message, .. } => (plain(code, message), None),
            ApiError::TooLarge => (plain("too-large", "The request is too large"), None),
            ApiError::TooManyRequests => (
                plain("too-many-requests", "Too many attempts. Try again later."),
                None,
            ),
            ApiError::Internal(detail) => {
                tracing::error!(error = %detail, "API request failed");
                (
                    plain("internal", "Something went wrong. Try again later."),
                    None,
                )
            }
            ApiError::Tus(inner) => inner.body(),
        }
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> ApiError {
        match error {
            AppError::NotFound => ApiError::NotFound,
            AppError::Csrf => ApiError::Csrf,
            AppError::TooManyAttempts => ApiError::TooManyRequests,
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> ApiError {
        ApiError::from(AppError::from(error))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let tus = matches!(self, ApiError::Tus(_));
        let unauthorised = status == StatusCode::UNAUTHORIZED;
        let (body, next) = self.body();
        let mut json = serde_json::to_value(frontdoor_domain::api::ApiError { error: body })
            .expect("an error serialises");
        if let Some(next) = next {
            json["error"]["next"] = next.into();
        }
        let mut response = (status, Json(json)).into_response();
        if unauthorised {
            response
                .headers_mut()
                .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if tus {
            response = tus_headers(response);
        }
        response
    }
}

/// Every tus response carries the protocol version and is never cached.
pub fn tus_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert("tus-resumable", HeaderValue::from_static(TUS_VERSION));
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
