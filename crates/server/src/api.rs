//! The REST API under /api/v1: the contract between the browser app and the backend, described
//! by `openapi.json`. Errors always have the shape of `frontdoor_domain::api::ApiError`.

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Extension, Json, Router};
use frontdoor_app::i18n::Locale;
use frontdoor_domain::api::{
    AddressQuery, ApiError, ApiErrorBody, ApiFieldError, PageAnswers, TrackQuery,
};
use frontdoor_domain::questions::address;
use frontdoor_domain::track::{check_track_form, not_found_error};
use frontdoor_domain::FieldError;
use serde_json::json;

use crate::error::{ApiResult, AppError};
use crate::journeys::{self, Answered, Returned, Sent};
use crate::locale::locale_of;
use crate::session::Session;
use crate::state::AppState;
use crate::{caseworker, evidence};

pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/session", get(session_info))
        .route("/services", get(list_services))
        .route("/services/{service}", get(service))
        .route("/services/{service}/draft", get(draft))
        .route("/services/{service}/draft/pages/{page}", put(answer_page))
        .route("/services/{service}/draft/submit", post(submit))
        .route("/requests/lookup", post(lookup))
        .route("/services/{service}/draft/save", post(save))
        .route("/returns", post(return_by_code))
        .route("/returns/check", post(return_check))
        .route("/addresses", get(find_addresses))
        .route(
            "/uploads",
            post(evidence::tus::create).options(evidence::tus::options),
        )
        .route(
            "/uploads/{id}",
            get(evidence::tus::show)
                .head(evidence::tus::head)
                .patch(evidence::tus::patch)
                .delete(evidence::tus::delete)
                .layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/caseworker/requests/{reference}/evidence",
            get(caseworker::evidence),
        )
        .route(
            "/caseworker/requests/{reference}/evidence/{id}",
            get(caseworker::download),
        )
}

/// Addresses with a postcode, for the address question's "Find address".
async fn find_addresses(
    State(state): State<AppState>,
    Query(query): Query<AddressQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&headers);
    let question = query.question.unwrap_or_else(|| "address".into());
    let input = [(format!("{question}-postcode"), query.postcode)]
        .into_iter()
        .collect();
    match address::lookup_postcode(&question, &input) {
        Ok(postcode) => {
            Json(journeys::find_addresses(&state, &question, &postcode).await).into_response()
        }
        Err(e) => {
            let message = state.catalogue.i18n(locale).t("error-summary-title");
            error_response(
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation-failed",
                message,
                vec![e],
                &state,
                locale,
            )
        }
    }
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
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::Internal("no session".into()).into_api_response())?;
        session
            .check_csrf(
                parts
                    .headers
                    .get("x-csrf-token")
                    .and_then(|v| v.to_str().ok()),
            )
            .map_err(AppError::into_api_response)?;
        Ok(Caller {
            session,
            locale: locale_of(&parts.headers),
        })
    }
}

/// A JSON body; a malformed one is answered with the API's error shape.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = Response;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Response> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) => Err(bad_json(rejection)),
        }
    }
}

pub fn error_response(
    status: StatusCode,
    code: &str,
    message: String,
    fields: Vec<FieldError>,
    state: &AppState,
    locale: Locale,
) -> Response {
    let i18n = state.catalogue.i18n(locale);
    let fields = fields
        .into_iter()
        .map(|e| {
            let message = i18n.t_with(&e.message_id, &e.args);
            ApiFieldError::new(e, message)
        })
        .collect();
    let body = ApiError {
        error: ApiErrorBody {
            status: status.as_u16(),
            code: code.into(),
            message,
            fields,
        },
    };
    (status, Json(body)).into_response()
}

fn bad_json(rejection: JsonRejection) -> Response {
    let body = ApiError {
        error: ApiErrorBody {
            status: 400,
            code: "bad-request".into(),
            message: rejection.body_text(),
            fields: vec![],
        },
    };
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

async fn session_info(Extension(session): Extension<Session>, headers: HeaderMap) -> Response {
    Json(json!({ "csrf_token": session.csrf_token, "locale": locale_of(&headers).tag() }))
        .into_response()
}

async fn list_services(State(state): State<AppState>, headers: HeaderMap) -> Response {
    Json(state.catalogue.cards(locale_of(&headers))).into_response()
}

async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    ApiResult((|| {
        let def = journeys::service(&state, &id)?;
        let messages = state.catalogue.service_messages(locale_of(&headers), &id);
        Ok(Json(json!({ "definition": def, "messages": messages })).into_response())
    })())
}

async fn draft(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    Path(id): Path<String>,
) -> ApiResult {
    ApiResult(
        async {
            let def = journeys::service(&state, &id)?;
            Ok(Json(journeys::draft(&state, &session, def).await?).into_response())
        }
        .await,
    )
}

async fn answer_page(
    State(state): State<AppState>,
    Path((service, page)): Path<(String, String)>,
    Caller { session, locale }: Caller,
    Body(body): Body<PageAnswers>,
) -> Response {
    match journeys::answer_page(&state, &session, &service, &page, &body.fields, body.from_check_answers).await {
        Ok(Answered::Saved(draft)) => Json(draft).into_response(),
        Ok(Answered::Invalid { errors, .. }) => {
            let message = state.catalogue.i18n(locale).t("error-summary-title");
            error_response(StatusCode::UNPROCESSABLE_ENTITY, "validation-failed", message, errors, &state, locale)
        }
        Ok(Answered::FindAddress { .. }) => AppError::BadRequest(
            "find addresses with GET /api/v1/addresses?postcode=...".into(),
        )
        .into_api_response(),
        Ok(Answered::NotYet(next)) => {
            (StatusCode::CONFLICT, Json(json!({ "error": { "status": 409, "code": "earlier-pages-unanswered", "message": "Answer the earlier pages first", "fields": [], "next": next } })))
                .into_response()
        }
        Err(e) => e.into_api_response(),
    }
}

async fn submit(
    State(state): State<AppState>,
    Path(service): Path<String>,
    Caller { session, locale }: Caller,
) -> Response {
    match journeys::submit(&state, &session, &service, locale).await {
        Ok(Sent::Sent { summary, first_time }) => {
            (if first_time { StatusCode::CREATED } else { StatusCode::OK }, Json(summary)).into_response()
        }
        Ok(Sent::Incomplete(next)) => {
            (StatusCode::CONFLICT, Json(json!({ "error": { "status": 409, "code": "incomplete", "message": "Some questions are not answered yet", "fields": [], "next": next } })))
                .into_response()
        }
        Err(e) => e.into_api_response(),
    }
}

async fn lookup(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Body(query): Body<TrackQuery>,
) -> Response {
    let input = [
        ("reference".to_string(), query.reference),
        ("email".to_string(), query.email),
    ]
    .into_iter()
    .collect();
    let i18n = state.catalogue.i18n(locale);
    match check_track_form(&input) {
        Err(errors) => error_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation-failed",
            i18n.t("error-summary-title"),
            errors,
            &state,
            locale,
        ),
        Ok((reference, email)) => match journeys::track(&state, &session, &reference, &email).await
        {
            Ok(Some(summary)) => Json(summary).into_response(),
            Ok(None) => error_response(
                StatusCode::NOT_FOUND,
                "not-found",
                i18n.t("track-not-found"),
                vec![not_found_error()],
                &state,
                locale,
            ),
            Err(e) => e.into_api_response(),
        },
    }
}

/// Save and come back later: a new access code and return link for the open draft.
async fn save(
    State(state): State<AppState>,
    Path(service): Path<String>,
    Caller { session, .. }: Caller,
) -> Response {
    match journeys::save_for_later(&state, &session, &service).await {
        Ok(Some(saved)) => (StatusCode::CREATED, Json(saved.shown(&state, &service))).into_response(),
        Ok(None) => (StatusCode::CONFLICT, Json(json!({ "error": { "status": 409, "code": "nothing-to-save", "message": "No answers have been given yet", "fields": [] } })))
            .into_response(),
        Err(e) => e.into_api_response(),
    }
}

#[derive(serde::Deserialize)]
struct CodeBody {
    code: String,
}

/// Coming back: the access code. Answers with the question to check (its id and type).
async fn return_by_code(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Body(body): Body<CodeBody>,
) -> Response {
    match journeys::return_by_code(&state, &session, &body.code).await {
        Ok(Ok(draft_id)) => match journeys::saved_draft(&state, &draft_id).await {
            Ok(Some((draft, def))) => {
                Json(json!({ "service": def.id, "check": def.return_check(&draft.answers) }))
                    .into_response()
            }
            Ok(None) => AppError::NotFound.into_api_response(),
            Err(e) => e.into_api_response(),
        },
        Ok(Err(error)) => {
            let i18n = state.catalogue.i18n(locale);
            let status = if error.code == "not-found" {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            error_response(
                status,
                &error.code.clone(),
                i18n.t(&error.message_id),
                vec![error],
                &state,
                locale,
            )
        }
        Err(e) => e.into_api_response(),
    }
}

/// Coming back: the answer that proves the form is theirs. On success the draft is this session's.
async fn return_check(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Body(body): Body<PageAnswers>,
) -> Response {
    match journeys::finish_return(&state, &session, &body.fields).await {
        Ok(Returned::Resume(next)) => Json(json!({ "next": next })).into_response(),
        Ok(Returned::Wrong(errors)) => {
            let message = state.catalogue.i18n(locale).t("error-summary-title");
            error_response(
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation-failed",
                message,
                errors,
                &state,
                locale,
            )
        }
        Ok(Returned::StartAgain) => {
            let message = state.catalogue.i18n(locale).t("return-start-again");
            error_response(
                StatusCode::FORBIDDEN,
                "start-again",
                message,
                vec![],
                &state,
                locale,
            )
        }
        Err(e) => e.into_api_response(),
    }
}
