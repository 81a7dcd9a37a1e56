//! Save and come back later, through the API: an access code and link, then the return check.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use frontdoor_domain::api::PageAnswers;
use serde_json::json;

use super::{ApiError, Body, Caller};
use crate::save_and_return::{self as journey, Returned};
use crate::state::AppState;

/// Save and come back later: a new access code and return link for the open draft.
pub async fn save(
    State(state): State<AppState>,
    Path(service): Path<String>,
    Caller { session, locale }: Caller,
) -> Result<Response, ApiError> {
    match journey::save_for_later(&state, &session, &service, locale).await? {
        Some(saved) => {
            Ok((StatusCode::CREATED, Json(saved.shown(&state, &service))).into_response())
        }
        None => Err(ApiError::Conflict {
            code: "nothing-to-save",
            message: "No answers have been given yet",
            next: None,
        }),
    }
}

#[derive(serde::Deserialize)]
pub struct CodeBody {
    code: String,
}

/// Coming back: the access code. Answers with the question to check (its id and type).
pub async fn return_by_code(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Body(body): Body<CodeBody>,
) -> Result<Response, ApiError> {
    let draft_id = match journey::return_by_code(&state, &session, &body.code).await? {
        Ok(draft_id) => draft_id,
        Err(error) => {
            let status = if error.code == "not-found" {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let message = state.catalogue.i18n(locale).t(&error.message_id);
            let code = error.code.clone();
            return Err(ApiError::refused(
                &state,
                locale,
                status,
                &code,
                message,
                vec![error],
            ));
        }
    };
    let (draft, def) = journey::saved_draft(&state, &draft_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(
        Json(json!({ "service": def.id, "check": def.return_check(&draft.answers) }))
            .into_response(),
    )
}

/// Coming back: the answer that proves the form is theirs. On success the draft is this session's.
pub async fn return_check(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Body(body): Body<PageAnswers>,
) -> Result<Response, ApiError> {
    match journey::finish_return(&state, &session, &body.fields).await? {
        Returned::Resume(next) => Ok(Json(json!({ "next": next })).into_response()),
        Returned::Wrong(errors) => Err(ApiError::invalid(&state, locale, errors)),
        Returned::StartAgain => Err(ApiError::refused(
            &state,
            locale,
            StatusCode::FORBIDDEN,
            "start-again",
            state.catalogue.i18n(locale).t("return-start-again"),
            vec![],
        )),
    }
}
