//! Errors, turned into responses in one place. Internal details are logged, never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use frontdoor_domain::api::{ApiError, ApiErrorBody};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("the form's security token did not match the session")]
    Csrf,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A request the API cannot take, with what to do instead.
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Database(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::Csrf => "csrf-failed",
            AppError::BadRequest(_) => "bad-request",
            AppError::Database(_) | AppError::Internal(_) => "internal",
        }
    }

    fn log(&self) {
        if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }

    /// The JSON error shape of the API.
    pub fn into_api_response(self) -> Response {
        self.log();
        let status = self.status();
        let message = match &self {
            AppError::NotFound => "Not found",
            AppError::Csrf => "Missing or wrong X-CSRF-Token header",
            AppError::BadRequest(why) => why.as_str(),
            _ => "Something went wrong. Try again later.",
        };
        let body = ApiError {
            error: ApiErrorBody {
                status: status.as_u16(),
                code: self.code().into(),
                message: message.into(),
                fields: vec![],
            },
        };
        (status, Json(body)).into_response()
    }
}

/// Errors from page handlers are shown as plain pages in the visitor's language by the page layer;
/// this is the last resort when even that is not possible.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        (
            self.status(),
            "Sorry, there is a problem with the service. Try again later.",
        )
            .into_response()
    }
}

pub struct ApiResult(pub Result<Response, AppError>);

impl IntoResponse for ApiResult {
    fn into_response(self) -> Response {
        self.0.unwrap_or_else(AppError::into_api_response)
    }
}
