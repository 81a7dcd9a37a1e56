//! Save and come back later: an access code and a secret link for an open draft, and the check a
//! returning resident passes before the draft is theirs again.

use std::sync::Arc;

use frontdoor_domain::{
    FieldError, FormInput, Journey, Locale, Reference, Route, ServiceDefinition,
};

use crate::db::{DraftId, SavedDraft};
use crate::error::AppError;
use crate::journeys::{open_draft, rule_context, service};
use crate::limits::{self, Guess};
use crate::session::Session;
use crate::state::AppState;
use crate::tokens::{hash, random_reference, random_token};

/// What a resident is given when they save a form to finish later.
pub struct SavedForLater {
    /// Shown as "KX4-P7M-HRT"; the same alphabet and check character as references.
    pub code: String,
    /// The secret return link's path.
    pub link_path: String,
    /// ISO date after which the draft is deleted.
    pub expires_on: String,
    pub emailed_to: Option<String>,
}

impl SavedForLater {
    /// What the page (and the API) shows: the code, the whole link and where to enter the code.
    pub fn shown(self, state: &AppState, service: &str) -> frontdoor_app::state::SavedForm {
        let base = &state.config.public_url;
        frontdoor_app::state::SavedForm {
            service: service.to_string(),
            code: self.code,
            link: format!("{base}{}", self.link_path),
            return_address: format!("{base}/return"),
            expires_on: self.expires_on,
            emailed_to: self.emailed_to,
        }
    }
}

/// Gives the open draft an access code and a return link (replacing any earlier ones), and queues
/// the link by email when the form has an email address. None when there is nothing to save yet.
pub async fn save_for_later(
    state: &AppState,
    session: &Session,
    service_id: &str,
    locale: Locale,
) -> Result<Option<SavedForLater>, AppError> {
    let def = service(state, service_id)?;
    let Some(draft) = open_draft(state, session, service_id).await? else {
        return Ok(None);
    };
    let code = random_reference();
    let token = random_token();
    let expires_at = state
        .db
        .set_return_keys(&draft.id, &hash(code.as_str()), &hash(&token))
        .await?;
    let expires_on = frontdoor_domain::calendar::uk_today_from_unix(expires_at).to_string();
    let link_path = Route::ReturnLink { token }.path();
    let emailed_to = def.contact_email(&draft.answers).map(str::to_string);
    if let Some(email) = &emailed_to {
        let link = format!("{}{link_path}", state.config.public_url);
        let data = serde_json::json!({
            "locale": locale.tag(),
            "service": def.id,
            "link": link,
            "expires_on": expires_on,
        });
        state
            .db
            .queue_message(email, "save-and-return", &data)
            .await?;
    }
    tracing::info!(service = service_id, "form saved to come back later");
    Ok(Some(SavedForLater {
        code: code.display(),
        link_path,
        expires_on,
        emailed_to,
    }))
}

fn return_error(field: &str, code: &str) -> FieldError {
    FieldError::new(field, code, format!("return-{field}-error-{code}"))
}

/// Starts reopening a saved draft from its access code. Gives the draft's id.
pub async fn return_by_code(
    state: &AppState,
    session: &Session,
    typed: &str,
) -> Result<Result<DraftId, FieldError>, AppError> {
    if typed.trim().is_empty() {
        return Ok(Err(return_error("code", "required")));
    }
    let Some(code) = Reference::parse(typed) else {
        return Ok(Err(return_error("code", "invalid")));
    };
    Guess::AccessCode.count_try(state, session).await?;
    match state
        .db
        .saved_draft(Some(&hash(code.as_str())), None)
        .await?
    {
        Some(draft) => {
            state
                .db
                .set_returning_draft(&session.id_hash, Some(&draft.id))
                .await?;
            Ok(Ok(draft.id))
        }
        None => Ok(Err(return_error("code", "not-found"))),
    }
}

/// Starts reopening a saved draft from its return link. False when the link is unknown or expired.
pub async fn return_by_link(
    state: &AppState,
    session: &Session,
    token: &str,
) -> Result<bool, AppError> {
    match state.db.saved_draft(None, Some(&hash(token))).await? {
        Some(draft) => {
            state
                .db
                .set_returning_draft(&session.id_hash, Some(&draft.id))
                .await?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The draft being reopened in this session, with its service and the question to check.
pub async fn returning<'a>(
    state: &'a AppState,
    session: &Session,
) -> Result<Option<(SavedDraft, &'a Arc<ServiceDefinition>)>, AppError> {
    match session.stored(state).await?.and_then(|s| s.returning_draft) {
        Some(id) => saved_draft(state, &id).await,
        None => Ok(None),
    }
}

/// An unsent, unexpired draft with its service.
pub async fn saved_draft<'a>(
    state: &'a AppState,
    draft_id: &str,
) -> Result<Option<(SavedDraft, &'a Arc<ServiceDefinition>)>, AppError> {
    let Some(draft) = state.db.draft_by_id(draft_id).await? else {
        return Ok(None);
    };
    Ok(state
        .catalogue
        .service(&draft.service_id)
        .map(|def| (draft, def)))
}

pub enum Returned {
    /// The form is this session's again: go here.
    Resume(String),
    Wrong(Vec<FieldError>),
    /// Too many wrong answers (or nothing to reopen): start again.
    StartAgain,
}

/// Wrong answers allowed before the resident must enter the code again.
pub const RETURN_ATTEMPTS: i64 = 5;

/// Checks the returning resident's answer and, when it matches, moves the draft into this session.
pub async fn finish_return(
    state: &AppState,
    session: &Session,
    input: &FormInput,
) -> Result<Returned, AppError> {
    let Some((draft, def)) = returning(state, session).await? else {
        return Ok(Returned::StartAgain);
    };
    if let Some(q) = def.return_check(&draft.answers) {
        let rules = frontdoor_domain::questions::QuestionRules::new(def, q);
        if rules
            .field_names()
            .iter()
            .all(|f| input.get(f).is_none_or(|v| v.trim().is_empty()))
        {
            return Ok(Returned::Wrong(vec![FieldError {
                field: q.id.clone(),
                target: rules.field_names()[0].clone(),
                ..return_error("check", "required")
            }]));
        }
        limits::count_return_check(state, &draft.id).await?;
        let given = rules.parse(input, &rule_context()).ok();
        let stored = draft.answers.get(&q.id);
        let matches = matches!((given, stored), (Some(g), Some(s)) if g.matches(s));
        if !matches {
            if state.db.count_return_attempt(&session.id_hash).await? >= RETURN_ATTEMPTS {
                state.db.set_returning_draft(&session.id_hash, None).await?;
                return Ok(Returned::StartAgain);
            }
            return Ok(Returned::Wrong(vec![FieldError {
                field: q.id.clone(),
                target: rules.field_names()[0].clone(),
                ..return_error("check", "wrong")
            }]));
        }
    }
    state.db.adopt_draft(&session.id_hash, &draft.id).await?;
    Ok(Returned::Resume(
        Journey::new(def, &draft.answers).resume_step().path(def),
    ))
}
