//! Services and the draft a resident fills in: read it, answer a page, send it.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use frontdoor_domain::api::{Draft, PageAnswers};
use serde_json::json;

use super::{ApiError, Body, Caller};
use crate::journeys::{self, Answered, KnownDraft, Sent};
use crate::locale::locale_of;
use crate::session::Session;
use crate::state::AppState;

pub async fn list_services(State(state): State<AppState>, headers: HeaderMap) -> Response {
    Json(state.catalogue.cards(locale_of(&headers))).into_response()
}

pub async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let def = journeys::service(&state, &id)?;
    let messages = state.catalogue.service_messages(locale_of(&headers), &id);
    Ok(Json(json!({ "definition": def, "messages": messages })).into_response())
}

pub async fn draft(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(id): Path<String>,
) -> Result<Json<Draft>, ApiError> {
    let def = journeys::service(&state, &id)?;
    Ok(Json(journeys::draft(&state, &session, def).await?))
}

pub async fn answer_page(
    State(state): State<AppState>,
    Path((service, page)): Path<(String, String)>,
    Caller { session, locale }: Caller,
    Body(body): Body<PageAnswers>,
) -> Result<Json<Draft>, ApiError> {
    let answered = journeys::answer_page(
        &state,
        &session,
        &service,
        &page,
        &body.fields,
        body.from_check_answers,
        KnownDraft::Unread,
    )
    .await?;
    match answered {
        Answered::Saved(draft) => Ok(Json(draft)),
        Answered::Invalid { errors, .. } => Err(ApiError::invalid(&state, locale, errors)),
        Answered::FindAddress { .. } => Err(ApiError::BadRequest(
            "find addresses with GET /api/v1/addresses?postcode=...".into(),
        )),
        Answered::NotYet(next) => Err(ApiError::Conflict {
            code: "earlier-pages-unanswered",
            message: "Answer the earlier pages first",
            next: Some(next),
        }),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    Path(service): Path<String>,
    Caller { session, locale }: Caller,
) -> Result<Response, ApiError> {
    match journeys::submit(&state, &session, &service, locale).await? {
        Sent::Sent {
            summary,
            first_time,
        } => {
            let status = if first_time {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            Ok((status, Json(summary)).into_response())
        }
        Sent::Incomplete(next) => Err(ApiError::Conflict {
            code: "incomplete",
            message: "Some questions are not answered yet",
            next: Some(next),
        }),
    }
}
