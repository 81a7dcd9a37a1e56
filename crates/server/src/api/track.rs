//! Tracking a sent request, and finding addresses for the address question.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use frontdoor_app::state::FoundAddresses;
use frontdoor_domain::api::{AddressQuery, RequestSummary, TrackQuery};
use frontdoor_domain::questions::address;
use frontdoor_domain::track::{check_track_form, not_found_error};

use super::{ApiError, Body, Caller};
use crate::journeys;
use crate::locale::locale_of;
use crate::state::AppState;

/// Addresses with a postcode, for the address question's "Find address".
pub async fn find_addresses(
    State(state): State<AppState>,
    Query(query): Query<AddressQuery>,
    headers: HeaderMap,
) -> Result<Json<FoundAddresses>, ApiError> {
    let question = query.question.unwrap_or_else(|| "address".into());
    let input = [(format!("{question}-postcode"), query.postcode)]
        .into_iter()
        .collect();
    let postcode = address::lookup_postcode(&question, &input)
        .map_err(|e| ApiError::invalid(&state, locale_of(&headers), vec![e]))?;
    Ok(Json(
        journeys::find_addresses(&state, &question, &postcode).await,
    ))
}

pub async fn lookup(
    State(state): State<AppState>,
    Caller { session, locale }: Caller,
    Body(query): Body<TrackQuery>,
) -> Result<Json<RequestSummary>, ApiError> {
    let input = [
        ("reference".to_string(), query.reference),
        ("email".to_string(), query.email),
    ]
    .into_iter()
    .collect();
    let (reference, email) =
        check_track_form(&input).map_err(|errors| ApiError::invalid(&state, locale, errors))?;
    match journeys::track(&state, &session, &reference, &email).await? {
        Some(summary) => Ok(Json(summary)),
        None => Err(ApiError::refused(
            &state,
            locale,
            StatusCode::NOT_FOUND,
            "not-found",
            state.catalogue.i18n(locale).t("track-not-found"),
            vec![not_found_error()],
        )),
    }
}
