//! The council's side of a request and the resident's answers to it. Caseworkers sign in with a
//! code emailed to them, list requests, read one with its evidence and history, and move it on.
//! Residents answer "waiting for you" (with files) and rate how their request was dealt with.
//! The rules are in `frontdoor_domain::{casework, progress}`; handlers stay thin.

use axum::http::HeaderValue;
use frontdoor_app::state::{CaseEntry, CaseFile, CaseList, CaseListRow, CaseView};
use frontdoor_domain::back_office::is_overdue;
use frontdoor_domain::calendar::uk_local_iso_from_unix;
use frontdoor_domain::casework::{Rating, REPLY_FILES, SIGN_IN_CODE_DIGITS};
use frontdoor_domain::progress::RequestStatus;
use frontdoor_domain::{Locale, Reference};

use crate::db::{CaseFilter, CodeCheck, Moved, StaffMember, UploadRow};
use crate::error::AppError;
use crate::journeys::rule_context;
use crate::limits::Guess;
use crate::session::Session;
use crate::state::AppState;
use crate::tokens::{hash, random_code, random_token};

/// The signed-in caseworker's cookie, sent to the caseworkers' pages only.
pub const STAFF_COOKIE: &str = "fd_staff";
/// The browser's half of a sign-in under way (the code is the inbox's half).
pub const SIGN_IN_COOKIE: &str = "fd_staff_sign_in";
pub use frontdoor_domain::casework::SIGN_IN_CODE_MINUTES as CODE_MINUTES;
/// Tries at one code.
const CODE_TRIES: i64 = 5;
/// A caseworker stays signed in for a working day.
pub const STAFF_SESSION_SECONDS: i64 = 8 * 3600;
/// The longest list shown at once.
const LIST_LIMIT: i64 = 200;

/// A cookie for the caseworkers' pages: HttpOnly, SameSite=Strict, Secure, on /staff only.
/// `max_age` 0 removes it.
pub fn staff_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let path = frontdoor_domain::Route::StaffRequests.path();
    crate::session::scoped_cookie(name, value, &path, "Strict", max_age, secure)
}

fn code_hash(sign_in_token: &str, code: &str) -> String {
    hash(&format!("staff-sign-in\0{sign_in_token}\0{code}"))
}

/// Starts a sign-in: emails a code to the address if it has an account. Returns the browser's
/// token. An address without an account gets a sign-in whose code never matches, so the pages
/// look the same either way.
pub async fn send_sign_in_code(
    state: &AppState,
    session: &Session,
    locale: Locale,
    email: &str,
) -> Result<String, AppError> {
    Guess::StaffSignIn.count_try(state, session).await?;
    let member = state.db.staff_by_email(email).await?;
    let token = random_token();
    let code = random_code(SIGN_IN_CODE_DIGITS);
    state
        .db
        .start_sign_in(
            &hash(&token),
            member.as_ref().map(|m| m.id.as_str()),
            &code_hash(&token, &code),
            CODE_MINUTES * 60,
        )
        .await?;
    match member {
        Some(m) => {
            let data = serde_json::json!({
                "locale": locale.tag(),
                "code": code,
                "minutes": CODE_MINUTES.to_string(),
            });
            state
                .db
                .queue_message(&m.email, "staff-sign-in-code", &data)
                .await?;
            crate::mail::send_soon(state);
        }
        None => tracing::info!("a sign-in code was asked for an address with no account"),
    }
    Ok(token)
}

/// Checks the code typed. Returns the new staff session's cookie value, or None for a code that
/// is wrong, used or out of date.
pub async fn sign_in_with_code(
    state: &AppState,
    session: &Session,
    code: &str,
) -> Result<Option<String>, AppError> {
    Guess::StaffCode.count_try(state, session).await?;
    let Some(token) = session.sign_in_token.as_deref() else {
        return Ok(None);
    };
    let checked = state
        .db
        .check_sign_in_code(&hash(token), &code_hash(token, code), CODE_TRIES)
        .await?;
    let CodeCheck::Passed(member) = checked else {
        return Ok(None);
    };
    let staff_token = random_token();
    state
        .db
        .open_staff_session(&hash(&staff_token), &member.id, STAFF_SESSION_SECONDS)
        .await?;
    tracing::info!(staff = %member.id, "caseworker signed in");
    Ok(Some(staff_token))
}

/// The caseworker signed in on this browser, if any.
pub async fn signed_in(
    state: &AppState,
    session: &Session,
) -> Result<Option<StaffMember>, AppError> {
    match session.staff_token.as_deref() {
        Some(token) => Ok(state.db.staff_of_session(&hash(token)).await?),
        None => Ok(None),
    }
}

pub async fn sign_out(state: &AppState, session: &Session) -> Result<(), AppError> {
    if let Some(token) = session.staff_token.as_deref() {
        state.db.close_staff_session(&hash(token)).await?;
    }
    Ok(())
}

/// Which requests the caseworker's list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    pub service: Option<String>,
    pub status: Option<RequestStatus>,
    /// Only those past a promised date.
    pub overdue: bool,
}

/// The caseworker's list: requests filtered, the soonest promised first.
pub async fn case_list(
    state: &AppState,
    locale: Locale,
    filter: ListFilter,
) -> Result<CaseList, AppError> {
    let today = rule_context().today.to_string();
    let i18n = state.catalogue.i18n(locale);
    let title = |id: &str| {
        state
            .catalogue
            .service(id)
            .map(|d| i18n.t(&d.title_id()))
            .unwrap_or_else(|| id.to_string())
    };
    let rows = state
        .db
        .cases(&CaseFilter {
            service: filter.service.clone(),
            status: filter.status,
            overdue: filter.overdue.then_some(true),
            today: today.clone(),
            after: None,
            limit: LIST_LIMIT,
        })
        .await?
        .into_iter()
        .map(|r| CaseListRow {
            overdue: is_overdue(r.status, &r.act_by, r.acknowledge_by.as_deref(), &today),
            reference: Reference::parse(&r.reference)
                .map(|r| r.display())
                .unwrap_or(r.reference),
            service_title: title(&r.service_id),
            status: r.status,
            submitted_on: r.submitted_on,
            act_by: r.act_by,
            replied: r.replied,
        })
        .collect();
    let ratings = match &filter.service {
        Some(s) => state.db.ratings_of_service(s).await?,
        None => vec![],
    };
    Ok(CaseList {
        services: state
            .catalogue
            .services()
            .iter()
            .map(|d| (d.id.clone(), title(&d.id)))
            .collect(),
        service: filter.service,
        status: filter.status,
        overdue: filter.overdue,
        rows,
        ratings,
    })
}

/// The files of a request: those its answers name, and those sent with replies.
pub async fn files_of_request(
    state: &AppState,
    reference: &Reference,
) -> Result<Vec<UploadRow>, AppError> {
    let Some(request) = state.db.draft_of_request(reference.as_str()).await? else {
        return Ok(vec![]);
    };
    let sent = state
        .catalogue
        .service(&request.service_id)
        .map(|def| def.files_sent(&request.answers))
        .unwrap_or_default();
    Ok(state
        .db
        .stored_uploads(&request.draft_id)
        .await?
        .into_iter()
        .filter(|u| u.question_id == REPLY_FILES || sent.iter().any(|s| *s == *u.id))
        .collect())
}

/// One request as a caseworker sees it, with the answers sent (for `PageData::service`).
pub async fn case_view(
    state: &AppState,
    locale: Locale,
    reference: &Reference,
) -> Result<Option<(CaseView, frontdoor_app::state::ServiceData)>, AppError> {
    let Some(summary) = state.db.request_by_reference(reference.as_str()).await? else {
        return Ok(None);
    };
    let summary = crate::journeys::with_progress(state, summary).await?;
    let Some(sent) = state.db.draft_of_request(reference.as_str()).await? else {
        return Ok(None);
    };
    let Some(def) = state.catalogue.service(&sent.service_id) else {
        return Ok(None);
    };
    let (email, request_locale, _) = state
        .db
        .request_contact(reference.as_str())
        .await?
        .unwrap_or_default();
    let staff = state.db.all_staff().await?;
    let name_of = |id: String| {
        staff
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or(id)
    };
    let mut history: Vec<(i64, CaseEntry)> = state
        .db
        .history(reference.as_str())
        .await?
        .into_iter()
        .map(|e| {
            let entry = CaseEntry {
                status: e.status,
                at: uk_local_iso_from_unix(e.made_at),
                note: e.note,
                staff_note: e.staff_note,
                made_by: name_of(e.made_by),
                reply: e.reply,
                staff_only: false,
            };
            (e.made_at, entry)
        })
        .collect();
    // Notes added without a move (over the API) go in among the moves, by time.
    for n in state.db.staff_notes(reference.as_str()).await? {
        let entry = CaseEntry {
            status: summary.status,
            at: uk_local_iso_from_unix(n.made_at),
            note: String::new(),
            staff_note: n.note,
            made_by: name_of(n.made_by),
            reply: false,
            staff_only: true,
        };
        history.push((n.made_at, entry));
    }
    history.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let history = history.into_iter().map(|(_, e)| e).collect();
    let uploads = files_of_request(state, reference).await?;
    let files = uploads
        .iter()
        .map(|u| CaseFile {
            id: u.id.to_string(),
            name: u.file_name.clone(),
            size: u.stored_size as u64,
            content_type: u.content_type.clone(),
            scan: u.scan.as_str().to_string(),
            with_reply: u.question_id == REPLY_FILES,
        })
        .collect();
    let failed_messages = state
        .db
        .failed_messages_about(&reference.display())
        .await?
        .into_iter()
        .map(|(template, _)| template)
        .collect();
    let i18n = state.catalogue.i18n(locale);
    let view = CaseView {
        service_title: i18n.t(&def.title_id()),
        next: RequestStatus::ALL
            .into_iter()
            .filter(|to| summary.status.can_move_to(*to))
            .collect(),
        rating: state.db.rating_of(reference.as_str()).await?,
        summary,
        email,
        locale: request_locale,
        history,
        files,
        failed_messages,
    };
    let data = frontdoor_app::state::ServiceData {
        definition: def.clone(),
        answers: sent.answers,
        files: uploads
            .iter()
            .filter(|u| u.question_id != REPLY_FILES)
            .map(crate::uploads::to_uploaded)
            .collect(),
    };
    Ok(Some((view, data)))
}

/// What came of a resident's reply.
pub enum Replied {
    Done,
    /// The request is no longer waiting for them (answered already, or moved on).
    NotWaiting,
}

/// A resident's answer to "waiting for you", with the files already kept for it.
pub async fn reply(
    state: &AppState,
    reference: &Reference,
    text: &str,
    files: &[String],
) -> Result<Replied, AppError> {
    match state.db.add_reply(reference.as_str(), text, files).await? {
        Moved::Done => {
            tracing::info!(reference = %reference.display(), files = files.len(), "resident replied");
            Ok(Replied::Done)
        }
        _ => Ok(Replied::NotWaiting),
    }
}

/// Keeps a rating of a request that is over. False when it is not over or was rated before.
pub async fn rate(
    state: &AppState,
    summary: &frontdoor_domain::api::RequestSummary,
    rating: &Rating,
) -> Result<bool, AppError> {
    let Some(reference) = Reference::parse(&summary.reference) else {
        return Ok(false);
    };
    if !summary.status.is_over() {
        return Ok(false);
    }
    Ok(state
        .db
        .rate_request(reference.as_str(), &summary.service, rating)
        .await?)
}
