//! Residents' accounts: sign in with nothing to remember (an email with a one-time code and a
//! link, either works once), a signed-in home with their requests, forms in progress and
//! messages, and signing out here or everywhere. Signing in keeps the form in progress.

use axum::http::HeaderValue;
use frontdoor_app::pages::check_answers::{answer_rows, shown_answer};
use frontdoor_app::state::{
    AccountDraft, AccountMessage, AccountPage, AccountSection, ProfileOffer, ProfileUseShown,
};
use frontdoor_domain::calendar::uk_local_iso_from_unix;
use frontdoor_domain::casework::{SIGN_IN_CODE_DIGITS, SIGN_IN_CODE_MINUTES};
use frontdoor_domain::profile::ProfileField;
use frontdoor_domain::profile::{FROM_PROFILE, SAVE_TO_PROFILE};
use frontdoor_domain::{Locale, Route};

use crate::db::Resident;
use crate::error::AppError;
use crate::limits::Guess;
use crate::session::Session;
use crate::state::AppState;
use crate::tokens::{hash, random_code, random_token};

/// The browser's half of a sign-in under way.
pub const SIGN_IN_COOKIE: &str = "fd_sign_in";
/// Tries at one code.
const CODE_TRIES: i64 = 5;

/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure, on the account pages only. `max_age` 0
/// removes it.
pub fn sign_in_cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let path = Route::Account.path();
    crate::session::scoped_cookie(SIGN_IN_COOKIE, value, &path, "Lax", max_age, secure)
}

fn code_hash(token: &str, code: &str) -> String {
    hash(&format!("resident-sign-in\0{token}\0{code}"))
}

/// Emails a code and a link to `email`. Returns the browser's token.
pub async fn send_sign_in(
    state: &AppState,
    session: &Session,
    locale: Locale,
    email: &str,
) -> Result<String, AppError> {
    Guess::AccountSignIn.count_try(state, session).await?;
    crate::limits::count_sign_in_email(state, email).await?;
    let token = random_token();
    let link_token = random_token();
    let code = random_code(SIGN_IN_CODE_DIGITS);
    state
        .db
        .start_resident_sign_in(
            &hash(&token),
            &hash(&link_token),
            email,
            &code_hash(&token, &code),
            SIGN_IN_CODE_MINUTES * 60,
        )
        .await?;
    let link = format!(
        "{}{}",
        state.config.public_url,
        Route::AccountLink { token: link_token }.path()
    );
    let data = serde_json::json!({
        "locale": locale.tag(),
        "code": code,
        "link": link,
        "minutes": SIGN_IN_CODE_MINUTES.to_string(),
    });
    state
        .db
        .queue_message(email, "resident-sign-in", &data)
        .await?;
    crate::mail::send_soon(state);
    Ok(token)
}

/// The code typed in the browser that asked for it. Returns the new session's cookie value.
pub async fn sign_in_with_code(
    state: &AppState,
    session: &Session,
    code: &str,
) -> Result<Option<SignedIn>, AppError> {
    Guess::AccountCode.count_try(state, session).await?;
    let Some(token) = session.resident_sign_in_token.as_deref() else {
        return Ok(None);
    };
    let email = state
        .db
        .check_resident_code(&hash(token), &code_hash(token, code), CODE_TRIES)
        .await?;
    match email {
        Some(email) => Ok(Some(start_session(state, session, &email).await?)),
        None => Ok(None),
    }
}

/// The link from the email, on whichever device it is opened.
pub async fn sign_in_with_link(
    state: &AppState,
    session: &Session,
    link_token: &str,
) -> Result<Option<SignedIn>, AppError> {
    Guess::AccountCode.count_try(state, session).await?;
    match state.db.use_sign_in_link(&hash(link_token)).await? {
        Some(email) => Ok(Some(start_session(state, session, &email).await?)),
        None => Ok(None),
    }
}

/// A new signed-in session: its cookie value, and the resident's preferred language if saved.
pub struct SignedIn {
    pub token: String,
    pub language: Option<Locale>,
}

/// A verified email address from the council's identity provider.
pub async fn sign_in_with_provider(
    state: &AppState,
    session: &Session,
    email: &str,
) -> Result<SignedIn, AppError> {
    start_session(state, session, email).await
}

async fn start_session(
    state: &AppState,
    session: &Session,
    email: &str,
) -> Result<SignedIn, AppError> {
    let resident = state
        .db
        .resident_for_email(&format!("resident-{}", &random_token()[..16]), email)
        .await?;
    let token = random_token();
    let new_hash = crate::db::SessionHash::of_cookie(&token);
    state
        .db
        .sign_in_session(&session.id_hash, &new_hash, &resident.id)
        .await?;
    tracing::info!(resident = %resident.id, "resident signed in");
    let language = match state
        .db
        .profile(&resident.id)
        .await?
        .get(&ProfileField::Language)
    {
        Some(frontdoor_domain::Answer::Text(tag)) => Locale::from_tag(tag),
        _ => None,
    };
    Ok(SignedIn { token, language })
}

pub async fn signed_in(state: &AppState, session: &Session) -> Result<Option<Resident>, AppError> {
    if session.is_new {
        return Ok(None);
    }
    Ok(state.db.resident_of_session(&session.id_hash).await?)
}

/// The signed-in home: requests sent with their email, forms in progress, messages sent.
pub async fn home(
    state: &AppState,
    locale: Locale,
    resident: &Resident,
) -> Result<AccountPage, AppError> {
    let i18n = state.catalogue.i18n(locale);
    let title = |id: &str| {
        state
            .catalogue
            .service(id)
            .map(|d| i18n.t(&d.title_id()))
            .unwrap_or_else(|| id.to_string())
    };
    let mut requests = Vec::new();
    for r in state.db.requests_of_email(&resident.email).await? {
        requests.push(crate::journeys::with_progress(state, r).await?);
    }
    let drafts = state
        .db
        .drafts_of_resident(&resident.id)
        .await?
        .into_iter()
        .filter_map(|d| {
            let def = state.catalogue.service(&d.service_id)?;
            Some(AccountDraft {
                service_title: title(&d.service_id),
                continue_to: def.start_path(),
                saved_at: uk_local_iso_from_unix(d.updated_at),
            })
        })
        .collect();
    let messages = state
        .db
        .messages_sent_to(&resident.email)
        .await?
        .into_iter()
        .map(|(template, at)| AccountMessage {
            template,
            sent_at: uk_local_iso_from_unix(at),
        })
        .collect();
    // Every detail the profile can hold, shown as the "your details" form shows its answers
    // (empty when not saved).
    let details = details_as_answers(state, resident).await?;
    let form = state.catalogue.your_details();
    let saved = form
        .pages
        .iter()
        .flat_map(|p| p.questions.iter().map(move |q| (p, q)))
        .filter_map(|(p, q)| {
            let field = q.profile?;
            let shown = match details.contains_key(&q.id) {
                true => shown_answer(form, q, &details, &[], i18n),
                false => String::new(),
            };
            Some((
                p.id.clone(),
                i18n.t(&format!("profile-field-{}", field.as_str())),
                shown,
            ))
        })
        .collect();
    let uses = state
        .db
        .profile_uses(&resident.id)
        .await?
        .into_iter()
        .map(|u| ProfileUseShown {
            detail: i18n.t(&format!("profile-field-{}", u.field.as_str())),
            service_title: title(&u.service_id),
            reference: u.reference.map(|r| {
                frontdoor_domain::Reference::parse(&r)
                    .map(|r| r.display())
                    .unwrap_or(r)
            }),
            used_at: uk_local_iso_from_unix(u.used_at),
        })
        .collect();
    let changes: Vec<(String, String)> = state
        .db
        .pending_profile_changes(&resident.id)
        .await?
        .into_iter()
        .map(|c| {
            (
                i18n.t(&format!("profile-field-{}", c.field.as_str())),
                c.shown,
            )
        })
        .collect();
    let open_requests = match changes.is_empty() {
        true => vec![],
        false => requests
            .iter()
            .filter(|r| !r.status.is_over())
            .map(|r| (r.reference.clone(), title(&r.service)))
            .collect(),
    };
    Ok(AccountPage {
        saved,
        uses,
        changes,
        open_requests,
        email: resident.email.clone(),
        requests: requests
            .into_iter()
            .map(|r| {
                let service_title = title(&r.service);
                (r, service_title)
            })
            .collect(),
        drafts,
        messages,
        ..AccountPage::default()
    })
}

/// "Your data": the home's lists, with when the account was made and the answers of every
/// request sent with the address and every form in progress, written out.
pub async fn your_data(
    state: &AppState,
    locale: Locale,
    resident: &Resident,
) -> Result<AccountPage, AppError> {
    let mut page = home(state, locale, resident).await?;
    let i18n = state.catalogue.i18n(locale);
    page.since = uk_local_iso_from_unix(state.db.resident_since(&resident.id).await?);
    for (request, title) in &page.requests {
        let Some(reference) = frontdoor_domain::Reference::parse(&request.reference) else {
            continue;
        };
        let Some(sent) = state.db.draft_of_request(reference.as_str()).await? else {
            continue;
        };
        let Some(def) = state.catalogue.service(&sent.service_id) else {
            continue;
        };
        let files = crate::casework::files_of_request(state, &reference)
            .await?
            .iter()
            .map(crate::uploads::to_uploaded)
            .collect::<Vec<_>>();
        page.details.push(AccountSection {
            heading: format!("{title} – {}", request.reference),
            rows: answer_rows(def, &sent.answers, &files, i18n, false)
                .into_iter()
                .map(|r| (r.key, r.value))
                .collect(),
        });
    }
    for draft in state.db.draft_answers_of_resident(&resident.id).await? {
        let Some(def) = state.catalogue.service(&draft.service_id) else {
            continue;
        };
        let files = state
            .db
            .stored_uploads(&draft.id)
            .await?
            .iter()
            .map(crate::uploads::to_uploaded)
            .collect::<Vec<_>>();
        let mut rows: Vec<(String, String)> = answer_rows(def, &draft.answers, &files, i18n, false)
            .into_iter()
            .map(|r| (r.key, r.value))
            .collect();
        // Files added so far, whether or not their page has been finished.
        if !files.is_empty() {
            let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
            rows.push((i18n.t("account-data-files"), names.join("\n")));
        }
        page.details.push(AccountSection {
            heading: i18n.t1("account-data-draft", "service", i18n.t(&def.title_id())),
            rows,
        });
    }
    Ok(page)
}

/// Everything held about the resident, as JSON to download: the account, requests sent with
/// its address (answers as stored, and what the resident sees of their history), forms in
/// progress, and the messages sent.
pub async fn download(
    state: &AppState,
    resident: &Resident,
) -> Result<serde_json::Value, AppError> {
    let mut requests = Vec::new();
    for summary in state.db.requests_of_email(&resident.email).await? {
        let summary = crate::journeys::with_progress(state, summary).await?;
        let answers = match frontdoor_domain::Reference::parse(&summary.reference) {
            Some(r) => state
                .db
                .draft_of_request(r.as_str())
                .await?
                .map(|d| d.answers)
                .unwrap_or_default(),
            None => Default::default(),
        };
        requests.push(serde_json::json!({
            "reference": summary.reference,
            "service": summary.service,
            "status": summary.status,
            "sent_on": summary.submitted_on,
            "act_by": summary.act_by,
            "answers": answers,
            "history": summary.history,
        }));
    }
    let drafts: Vec<_> = state
        .db
        .draft_answers_of_resident(&resident.id)
        .await?
        .into_iter()
        .map(|d| {
            serde_json::json!({
                "service": d.service_id,
                "answers": d.answers,
                "saved_at": uk_local_iso_from_unix(d.updated_at),
            })
        })
        .collect();
    let messages: Vec<_> = state
        .db
        .messages_sent_to(&resident.email)
        .await?
        .into_iter()
        .map(|(template, at)| serde_json::json!({ "message": template, "sent_at": uk_local_iso_from_unix(at) }))
        .collect();
    let saved: serde_json::Map<String, serde_json::Value> = state
        .db
        .profile(&resident.id)
        .await?
        .into_iter()
        .map(|(field, answer)| {
            (
                field.as_str().to_string(),
                serde_json::to_value(answer).unwrap_or_default(),
            )
        })
        .collect();
    let uses: Vec<_> = state
        .db
        .profile_uses(&resident.id)
        .await?
        .into_iter()
        .map(|u| {
            serde_json::json!({
                "detail": u.field.as_str(),
                "service": u.service_id,
                "request": u.reference,
                "used_at": uk_local_iso_from_unix(u.used_at),
            })
        })
        .collect();
    Ok(serde_json::json!({
        "saved_details": saved,
        "uses_of_saved_details": uses,
        "account": {
            "email": resident.email,
            "since": uk_local_iso_from_unix(state.db.resident_since(&resident.id).await?),
        },
        "requests": requests,
        "forms_in_progress": drafts,
        "messages": messages,
    }))
}

/// Deletes the account and what belongs to it alone (see `Db::delete_resident`), then the bytes
/// of its forms' files.
pub async fn delete(state: &AppState, resident: &Resident) -> Result<(), AppError> {
    let files = state
        .db
        .delete_resident(&resident.id, &resident.email)
        .await?;
    for id in &files {
        state.evidence.delete(id).await;
    }
    tracing::info!(resident = %resident.id, files = files.len(), "account deleted");
    Ok(())
}

/// On a question page for a signed-in resident: fills in (for showing only) each question that
/// asks for a saved detail they have and have not answered yet. Returns which were filled in and
/// which may be saved to the profile; None when no question asks for one, or nobody is signed in.
pub async fn fill_from_profile(
    state: &AppState,
    session: &Session,
    page: &frontdoor_domain::Page,
    answers: &mut frontdoor_domain::Answers,
) -> Result<Option<ProfileOffer>, AppError> {
    let asked: Vec<_> = page
        .questions
        .iter()
        .filter(|q| q.profile.is_some())
        .collect();
    if asked.is_empty() {
        return Ok(None);
    }
    let Some(resident) = signed_in(state, session).await? else {
        return Ok(None);
    };
    let profile = state.db.profile(&resident.id).await?;
    let mut offer = ProfileOffer::default();
    for q in asked {
        let Some(field) = q.profile else { continue };
        if let (false, Some(saved)) = (answers.contains_key(&q.id), profile.get(&field)) {
            answers.insert(q.id.clone(), saved.clone());
            offer.prefilled.push(q.id.clone());
        }
        offer.offered.push(q.id.clone());
    }
    Ok(Some(offer))
}

/// After a question page's answers are saved: keeps in the profile the answers the resident
/// ticked to save there (nothing else goes back), and notes each saved detail that filled in a
/// question.
pub async fn keep_profile_choices(
    state: &AppState,
    session: &Session,
    service_id: &str,
    page_id: &str,
    input: &frontdoor_domain::FormInput,
    answers: &frontdoor_domain::Answers,
) -> Result<(), AppError> {
    let listed = |name: &str| -> Vec<String> {
        input
            .get(name)
            .map(|v| v.split(',').map(str::to_string).collect())
            .unwrap_or_default()
    };
    let (save, used) = (listed(SAVE_TO_PROFILE), listed(FROM_PROFILE));
    if save.is_empty() && used.is_empty() {
        return Ok(());
    }
    let Some(resident) = signed_in(state, session).await? else {
        return Ok(());
    };
    let Some(page) = state
        .catalogue
        .service(service_id)
        .and_then(|d| d.page(page_id))
    else {
        return Ok(());
    };
    let draft = crate::journeys::open_draft(state, session, service_id).await?;
    let before = state.db.profile(&resident.id).await?;
    for q in &page.questions {
        let Some(field) = q.profile else { continue };
        match answers.get(&q.id) {
            Some(answer) if save.contains(&q.id) && !answer.is_blank() => {
                state
                    .db
                    .save_profile_detail(&resident.id, field, answer)
                    .await?;
                // A changed detail is offered to the resident's open requests ("tell us once").
                if before.get(&field).is_some_and(|old| old != answer) {
                    state
                        .db
                        .note_profile_change(&resident.id, field, &shown_detail(field, answer))
                        .await?;
                }
            }
            _ => {}
        }
        if let (true, Some(draft)) = (used.contains(&q.id), &draft) {
            state
                .db
                .note_profile_use(&resident.id, field, service_id, &draft.id)
                .await?;
        }
    }
    Ok(())
}

/// A saved detail as the resident and caseworker read it.
fn shown_detail(field: ProfileField, answer: &frontdoor_domain::Answer) -> String {
    match answer {
        frontdoor_domain::Answer::Address(a) => a.lines().join(", "),
        frontdoor_domain::Answer::Text(t) => t.clone(),
        frontdoor_domain::Answer::Number(n) => n.to_string(),
        frontdoor_domain::Answer::List(items) => items.join(", "),
        frontdoor_domain::Answer::Blank => {
            let _ = field;
            String::new()
        }
    }
}

/// "Tell us once": passes the resident's changed details to the open requests they chose (each
/// request's history says what changed, for the caseworker and the CRM), or to none. Either way
/// the changes are settled.
pub async fn pass_on_changes(
    state: &AppState,
    locale: Locale,
    resident: &Resident,
    chosen: &[String],
) -> Result<usize, AppError> {
    let i18n = state.catalogue.i18n(locale);
    let notes: Vec<String> = state
        .db
        .pending_profile_changes(&resident.id)
        .await?
        .into_iter()
        .map(|c| {
            i18n.t_with(
                "profile-passed-on",
                &[
                    (
                        "detail".to_string(),
                        i18n.t(&format!("profile-field-{}", c.field.as_str())),
                    ),
                    ("value".to_string(), c.shown),
                ]
                .into_iter()
                .collect(),
            )
        })
        .collect();
    if notes.is_empty() {
        return Ok(0);
    }
    let references: Vec<String> = chosen
        .iter()
        .filter_map(|r| frontdoor_domain::Reference::parse(r))
        .map(|r| r.as_str().to_string())
        .collect();
    Ok(state
        .db
        .pass_on_profile_changes(&resident.id, &resident.email, &references, &notes)
        .await?)
}

/// The saved details as answers to the "your details" form's questions.
pub async fn details_as_answers(
    state: &AppState,
    resident: &Resident,
) -> Result<frontdoor_domain::Answers, AppError> {
    let profile = state.db.profile(&resident.id).await?;
    let def = state.catalogue.your_details();
    Ok(def
        .pages
        .iter()
        .flat_map(|p| p.questions.iter())
        .filter_map(|q| {
            let saved = profile.get(&q.profile?)?;
            Some((q.id.clone(), saved.clone()))
        })
        .collect())
}

/// What came of changing a saved detail.
pub enum DetailSaved {
    Saved,
    Invalid {
        fields: frontdoor_domain::FormInput,
        errors: Vec<frontdoor_domain::FieldError>,
    },
    NoSuchDetail,
}

/// A page of the "your details" form, checked with the same rules as any form's, and kept.
pub async fn save_detail(
    state: &AppState,
    resident: &Resident,
    detail: &str,
    input: &frontdoor_domain::FormInput,
) -> Result<DetailSaved, AppError> {
    let def = state.catalogue.your_details();
    let Some(page) = def.page(detail) else {
        return Ok(DetailSaved::NoSuchDetail);
    };
    let fields = frontdoor_domain::journey::page_fields(def, page, input);
    let answers =
        match frontdoor_domain::check_page(def, page, &fields, &crate::journeys::rule_context()) {
            Ok(answers) => answers,
            Err(errors) => return Ok(DetailSaved::Invalid { fields, errors }),
        };
    let before = state.db.profile(&resident.id).await?;
    for q in &page.questions {
        let (Some(field), Some(answer)) = (q.profile, answers.get(&q.id)) else {
            continue;
        };
        if answer.is_blank() {
            state.db.remove_profile_detail(&resident.id, field).await?;
            continue;
        }
        state
            .db
            .save_profile_detail(&resident.id, field, answer)
            .await?;
        let passed_on = matches!(
            field,
            ProfileField::Name | ProfileField::Email | ProfileField::Phone | ProfileField::Address
        );
        if passed_on && before.get(&field).is_some_and(|old| old != answer) {
            state
                .db
                .note_profile_change(&resident.id, field, &shown_detail(field, answer))
                .await?;
        }
    }
    Ok(DetailSaved::Saved)
}
