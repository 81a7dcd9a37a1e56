//! What residents do, shared by the plain form posts and the REST API: answer a page, send the
//! request, track it. Handlers stay thin; the rules themselves are in frontdoor-domain.

use std::sync::Arc;

use frontdoor_app::state::FoundAddresses;
use frontdoor_domain::api::{Draft, ProgressEntry, RequestSummary};
use frontdoor_domain::calendar::{uk_local_iso_from_unix, uk_today};
use frontdoor_domain::journey::{edit_list, page_fields, PageAction};
use frontdoor_domain::postcode::Postcode;
use frontdoor_domain::progress::{RequestStatus, StatusChange};
use frontdoor_domain::questions::address;
use frontdoor_domain::Locale;
use frontdoor_domain::{
    check_page, Answers, FieldError, FormInput, Journey, Reference, Route, RuleContext,
    ServiceDefinition,
};

use crate::db::{DraftRow, Message, Moved, NewRequest};
use crate::error::AppError;
use crate::limits::Guess;
use crate::session::Session;
use crate::state::AppState;
use crate::tokens::random_reference;

pub fn rule_context() -> RuleContext {
    RuleContext::new(uk_today(time::OffsetDateTime::now_utc()))
}

pub fn service<'a>(state: &'a AppState, id: &str) -> Result<&'a Arc<ServiceDefinition>, AppError> {
    state.catalogue.service(id).ok_or(AppError::NotFound)
}

/// The draft being filled in (a sent draft does not count: the next answer starts a new one).
pub async fn open_draft(
    state: &AppState,
    session: &Session,
    service: &str,
) -> Result<Option<DraftRow>, AppError> {
    // A newcomer has nothing stored: no need to ask the database.
    if session.is_new {
        return Ok(None);
    }
    Ok(state
        .db
        .latest_draft(&session.id_hash, service)
        .await?
        .filter(|d| !d.submitted))
}

pub async fn answers(
    state: &AppState,
    session: &Session,
    service: &str,
) -> Result<Answers, AppError> {
    Ok(open_draft(state, session, service)
        .await?
        .map(|d| d.answers)
        .unwrap_or_default())
}

pub async fn draft(
    state: &AppState,
    session: &Session,
    def: &ServiceDefinition,
) -> Result<Draft, AppError> {
    let answers = answers(state, session, &def.id).await?;
    let next = Journey::new(def, &answers).resume_step().path(def);
    Ok(Draft {
        service: def.id.clone(),
        answers,
        next,
    })
}

pub enum Answered {
    Saved(Draft),
    Invalid {
        fields: FormInput,
        errors: Vec<FieldError>,
    },
    /// The page cannot be answered yet: earlier pages are missing.
    NotYet(String),
    /// "Find address" was pressed: show the page again with the addresses for this postcode.
    FindAddress {
        fields: FormInput,
        question: String,
        postcode: Postcode,
    },
}

/// The open draft, when the request has read it already (a post with files reads it first, for the
/// intake), so one request reads it once.
pub enum KnownDraft {
    Unread,
    Read(Option<DraftRow>),
}

/// Checks and saves one page's answers.
pub async fn answer_page(
    state: &AppState,
    session: &Session,
    service_id: &str,
    page_id: &str,
    input: &FormInput,
    from_check_answers: bool,
    known: KnownDraft,
) -> Result<Answered, AppError> {
    let def = service(state, service_id)?;
    let page = def.page(page_id).ok_or(AppError::NotFound)?;
    if page.exit {
        return Ok(Answered::NotYet(def.page_path(&page.id)));
    }
    let draft = match known {
        KnownDraft::Read(draft) => draft,
        KnownDraft::Unread => open_draft(state, session, service_id).await?,
    };
    let mut answers = draft
        .as_ref()
        .map(|d| d.answers.clone())
        .unwrap_or_default();
    let journey = Journey::new(def, &answers);
    if !journey.can_visit(page_id) {
        return Ok(Answered::NotYet(journey.resume_step().path(def)));
    }
    let mut fields = page_fields(def, page, input);
    crate::uploads::fill_file_answers(
        state,
        draft.as_ref().map(|d| d.id.as_str()),
        page,
        &mut fields,
    )
    .await?;
    let action = PageAction::of(page, input);
    let checked = match &action {
        PageAction::Continue => {
            check_page(def, page, &fields, &rule_context().with_answers(&answers)).map(
                |page_answers| {
                    answers.extend(page_answers);
                    answers
                },
            )
        }
        PageAction::FindAddress(question) => {
            return Ok(match address::lookup_postcode(question, &fields) {
                Ok(postcode) => Answered::FindAddress {
                    fields,
                    question: question.clone(),
                    postcode,
                },
                Err(e) => Answered::Invalid {
                    fields,
                    errors: vec![e],
                },
            })
        }
        // Files are kept as they arrive (by the form post's handler or a resumable upload).
        PageAction::UploadFiles(_) | PageAction::RemoveFile(_) => Ok(answers),
        // Add and Remove save the list at once, so nothing is lost, and stay on the page.
        PageAction::AddItem(_) | PageAction::RemoveItem { .. } => {
            edit_list(def, page, &action, &fields, &answers).map_err(|e| vec![e])
        }
    };
    match checked {
        Err(errors) => Ok(Answered::Invalid { fields, errors }),
        Ok(answers) => {
            state
                .db
                .save_answers(
                    &session.id_hash,
                    service_id,
                    draft.as_ref().map(|d| &d.id),
                    &answers,
                )
                .await?;
            let next = match action {
                PageAction::Continue => Journey::new(def, &answers)
                    .next_after(page_id, from_check_answers)
                    .path(def),
                _ if from_check_answers => format!("{}?change=true", def.page_path(&page.id)),
                _ => def.page_path(&page.id),
            };
            Ok(Answered::Saved(Draft {
                service: def.id.clone(),
                answers,
                next,
            }))
        }
    }
}

pub enum Sent {
    /// `first_time` is false when this repeats an earlier submit (a double click, a retry).
    Sent {
        summary: RequestSummary,
        first_time: bool,
    },
    /// Not every question is answered yet: go here.
    Incomplete(String),
}

/// Sends the request. Idempotent: sending the same draft again returns the same request.
pub async fn submit(
    state: &AppState,
    session: &Session,
    service_id: &str,
    locale: Locale,
) -> Result<Sent, AppError> {
    let def = service(state, service_id)?;
    let Some(draft) = state.db.latest_draft(&session.id_hash, service_id).await? else {
        return Ok(Sent::Incomplete(def.start_path()));
    };
    if draft.submitted {
        let summary = state
            .db
            .request_for_draft(&draft.id)
            .await?
            .ok_or_else(|| AppError::Internal("sent draft has no request".into()))?;
        return Ok(Sent::Sent {
            summary,
            first_time: false,
        });
    }
    let journey = Journey::new(def, &draft.answers);
    if !journey.is_complete() {
        return Ok(Sent::Incomplete(journey.resume_step().path(def)));
    }
    let answers = journey.answers_to_submit();
    let today = rule_context().today;
    let act_by = def.standard.due_date(today, state.config.bank_holidays);
    let acknowledge_by = def
        .acknowledge
        .map(|a| a.due_date(today, state.config.bank_holidays).to_string());
    let email = def.contact_email(&answers).unwrap_or_default().to_string();
    for _ in 0..5 {
        let reference = random_reference();
        let stored = state
            .db
            .insert_request(&NewRequest {
                reference: &reference,
                draft_id: &draft.id,
                service_id,
                answers: &answers,
                email: &email,
                locale: locale.tag(),
                submitted_on: today.to_string(),
                act_by: act_by.to_string(),
                acknowledge_by: acknowledge_by.clone(),
                acknowledgement: (!email.is_empty()).then(|| Message {
                    recipient: email.clone(),
                    template: "request-received",
                    data: serde_json::json!({
                        "locale": locale.tag(),
                        "service": service_id,
                        "reference": reference.display(),
                        "act_by": act_by.to_string(),
                        "link": track_link(state),
                    }),
                }),
            })
            .await?;
        if stored {
            let summary = state
                .db
                .request_for_draft(&draft.id)
                .await?
                .ok_or_else(|| AppError::Internal("request not stored".into()))?;
            let first_time = summary.reference == reference.display();
            if first_time {
                tracing::info!(service = service_id, reference = %reference.display(), "request sent");
            }
            return Ok(Sent::Sent {
                summary,
                first_time,
            });
        }
    }
    Err(AppError::Internal("could not find a free reference".into()))
}

/// The newest request this session sent for a service, for its confirmation page.
pub async fn confirmation(
    state: &AppState,
    session: &Session,
    service_id: &str,
) -> Result<Option<RequestSummary>, AppError> {
    match state.db.latest_draft(&session.id_hash, service_id).await? {
        Some(draft) if draft.submitted => Ok(state.db.request_for_draft(&draft.id).await?),
        _ => Ok(None),
    }
}

/// Finds a request by reference and email and remembers it in the session. A wrong pair and an
/// unknown reference look the same.
pub async fn track(
    state: &AppState,
    session: &Session,
    reference: &Reference,
    email: &str,
) -> Result<Option<RequestSummary>, AppError> {
    Guess::TrackingLookup.count_try(state, session).await?;
    let found = state
        .db
        .request_by_reference_and_email(reference.as_str(), email)
        .await?;
    let Some(found) = found else {
        crate::limits::wrong_lookup(state, reference.as_str()).await?;
        return Ok(None);
    };
    state
        .db
        .set_tracked_reference(&session.id_hash, reference.as_str())
        .await?;
    Ok(Some(with_progress(state, found).await?))
}

/// Where a resident follows their request, for the messages they are sent.
pub fn track_link(state: &AppState) -> String {
    format!("{}{}", state.config.public_url, Route::Track.path())
}

/// A caseworker's move of a request (checked by `progress::check_status_change`), made only from
/// the status they saw, with the message telling the resident queued alongside.
pub async fn move_request(
    state: &AppState,
    reference: &Reference,
    from: RequestStatus,
    change: &StatusChange,
    made_by: &str,
) -> Result<Moved, AppError> {
    let Some((email, locale, service)) = state.db.request_contact(reference.as_str()).await? else {
        return Ok(Moved::NoSuchRequest);
    };
    let notice = (!email.is_empty()).then(|| Message {
        recipient: email,
        // The last message asks how satisfied they are.
        template: match change.to.is_over() {
            true => "request-over",
            false => "request-moved",
        },
        data: serde_json::json!({
            "locale": locale,
            "service": service,
            "reference": reference.display(),
            "status": change.to.as_str(),
            "note": change.note,
            "link": track_link(state),
        }),
    });
    Ok(state
        .db
        .move_request(reference.as_str(), from, change, made_by, notice.as_ref())
        .await?)
}

/// A request with what has happened to it, newest first, and whether it is overdue.
pub async fn with_progress(
    state: &AppState,
    mut request: RequestSummary,
) -> Result<RequestSummary, AppError> {
    let Some(reference) = Reference::parse(&request.reference) else {
        return Ok(request);
    };
    let history = state.db.history(reference.as_str()).await?;
    // Replies name their files.
    let files = match history.iter().any(|e| !e.files.is_empty()) {
        true => crate::casework::files_of_request(state, &reference).await?,
        false => vec![],
    };
    request.history = history
        .into_iter()
        .map(|e| ProgressEntry {
            status: e.status,
            at: uk_local_iso_from_unix(e.made_at),
            note: e.note,
            reply: e.reply,
            files: e
                .files
                .iter()
                .filter_map(|id| files.iter().find(|f| *f.id == **id))
                .map(|f| f.file_name.clone())
                .collect(),
        })
        .collect();
    let today = rule_context().today.to_string();
    request.overdue = frontdoor_domain::back_office::is_overdue(
        request.status,
        &request.act_by,
        request.acknowledge_by.as_deref(),
        &today,
    );
    Ok(request)
}

pub async fn tracked(
    state: &AppState,
    session: &Session,
) -> Result<Option<RequestSummary>, AppError> {
    match session
        .stored(state)
        .await?
        .and_then(|s| s.tracked_reference)
    {
        Some(reference) => match state.db.request_by_reference(&reference).await? {
            Some(found) => Ok(Some(with_progress(state, found).await?)),
            None => Ok(None),
        },
        None => Ok(None),
    }
}

/// "Find address": the addresses with this postcode, in the stored form. A lookup that fails is
/// logged and shown as unavailable, so the resident types the address in.
pub async fn find_addresses(
    state: &AppState,
    question: &str,
    postcode: &Postcode,
) -> FoundAddresses {
    let (addresses, available) = match state.addresses.find(postcode).await {
        Ok(found) => (found.iter().map(|a| a.to_lines()).collect(), true),
        Err(crate::addresses::LookupError::NotSetUp) => (vec![], false),
        Err(e) => {
            tracing::warn!(error = %e, "address lookup failed");
            (vec![], false)
        }
    };
    FoundAddresses {
        question: question.to_string(),
        postcode: postcode.as_str().to_string(),
        addresses,
        available,
    }
}
