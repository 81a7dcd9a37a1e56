//! What can go wrong in a resident's journey, below the HTTP layer. Handlers turn an `AppError`
//! into an answer in one place each: `api::error::ApiError` for the API and uploads,
//! `page_error::PageError` for pages and form posts. Neither shows the detail; both log it.

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("the form's security token did not match the session")]
    Csrf,
    /// Also stored data that cannot be read (answers that are not valid JSON): never an empty draft.
    /// Too many wrong tries at something guessable (`limits`).
    #[error("too many wrong tries")]
    TooManyAttempts,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Internal(String),
}
