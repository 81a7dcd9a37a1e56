//! One loader for each page: the data it needs, or where to send the visitor instead (a journey
//! cannot skip ahead). `load` finds the page from its address with `Route::parse`; a page shown
//! again after a failed post comes back through here too.

use std::sync::Arc;

use axum::extract::Query;
use axum::http::{StatusCode, Uri};
use frontdoor_app::state::ServiceData;
use frontdoor_app::state::StaffPage;
use frontdoor_app::PageData;
use frontdoor_domain::progress::RequestStatus;
use frontdoor_domain::Locale;
use frontdoor_domain::Reference;
use frontdoor_domain::{Journey, Route, ServiceDefinition};
use serde::Deserialize;

use crate::casework;
use crate::error::AppError;
use crate::journeys;
use crate::session::Session;
use crate::state::AppState;

pub enum Loaded {
    Page(Box<PageData>, StatusCode),
    /// A page the same for every visitor in its language but for its security token: Track a
    /// request, or a service's start or question page for someone with nothing saved. It is
    /// rendered once and kept (`crate::shared_pages`).
    Shared(Box<PageData>),
    Redirect(String),
}

impl Loaded {
    /// For a page about to be changed (shown again with what was typed): never kept.
    pub fn unshared(self) -> Loaded {
        match self {
            Loaded::Shared(data) => Loaded::Page(data, StatusCode::OK),
            other => other,
        }
    }
}

fn page(data: PageData) -> Result<Loaded, AppError> {
    Ok(Loaded::Page(Box::new(data), StatusCode::OK))
}

fn shared(data: PageData) -> Result<Loaded, AppError> {
    Ok(Loaded::Shared(Box::new(data)))
}

fn not_found(data: PageData) -> Result<Loaded, AppError> {
    Ok(Loaded::Page(Box::new(data), StatusCode::NOT_FOUND))
}

fn redirect(route: Route) -> Result<Loaded, AppError> {
    Ok(Loaded::Redirect(route.path()))
}

/// The data for the page at `uri`, or where to send the visitor instead.
pub async fn load(
    state: &AppState,
    session: &Session,
    locale: Locale,
    uri: &Uri,
) -> Result<Loaded, AppError> {
    let path = uri.path();
    let mut data = PageData {
        locale,
        csrf_token: session.csrf_token.clone(),
        ..PageData::default()
    };
    let Some(route) = Route::parse(path) else {
        return not_found(data);
    };
    match route {
        Route::Home => {
            data.catalogue = Some(state.catalogue.cards(locale));
            shared(data)
        }
        Route::Track | Route::Return => shared(data),
        Route::ReturnCheck => return_check(state, session, data).await,
        Route::TrackedRequest => tracked_request(state, session, data).await,
        // Answered by their own handlers, never rendered as pages.
        Route::ReturnLink { .. }
        | Route::FileThumbnail { .. }
        | Route::StaffSignOut
        | Route::StaffFile { .. } => not_found(data),
        Route::AccountLink { .. }
        | Route::AccountSignOut
        | Route::AccountSignOutEverywhere
        | Route::AccountProvider
        | Route::AccountProviderCallback => not_found(data),
        Route::AccountSignIn => {
            data.account = Some(frontdoor_app::state::AccountPage {
                provider: state
                    .config
                    .oidc_issuer
                    .as_ref()
                    .map(|_| state.config.oidc_name.clone()),
                ..Default::default()
            });
            page(data)
        }
        Route::AccountCode if session.resident_sign_in_token.is_none() => {
            redirect(Route::AccountSignIn)
        }
        Route::AccountCode => {
            data.account = Some(Default::default());
            page(data)
        }
        Route::AccountDownload => not_found(data),
        Route::AccountDetail { ref detail } => {
            let Some(resident) = crate::accounts::signed_in(state, session).await? else {
                return redirect(Route::AccountSignIn);
            };
            let def = state.catalogue.your_details();
            if def.page(detail).is_none() {
                return not_found(data);
            }
            data.service = Some(ServiceData {
                definition: def.clone(),
                answers: crate::accounts::details_as_answers(state, &resident).await?,
                files: vec![],
            });
            data.account = Some(Default::default());
            page(data)
        }
        Route::AccountData | Route::AccountDelete => {
            match crate::accounts::signed_in(state, session).await? {
                Some(resident) => {
                    data.account =
                        Some(crate::accounts::your_data(state, data.locale, &resident).await?);
                    page(data)
                }
                None => redirect(Route::AccountSignIn),
            }
        }
        Route::Account => match crate::accounts::signed_in(state, session).await? {
            Some(resident) => {
                data.account = Some(crate::accounts::home(state, data.locale, &resident).await?);
                page(data)
            }
            None => redirect(Route::AccountSignIn),
        },
        Route::StaffSignIn => {
            data.staff = Some(StaffPage::default());
            page(data)
        }
        Route::StaffCode if session.sign_in_token.is_none() => redirect(Route::StaffSignIn),
        Route::StaffCode => {
            data.staff = Some(StaffPage::default());
            page(data)
        }
        Route::StaffRequests => staff_list(state, session, data, uri).await,
        Route::StaffRequest { ref reference } => {
            staff_request(state, session, data, reference).await
        }
        Route::Start { ref service }
        | Route::Question { ref service, .. }
        | Route::CheckAnswers { ref service }
        | Route::Confirmation { ref service }
        | Route::Save { ref service } => match state.catalogue.service(service) {
            Some(def) => service_page(state, session, data, def, &route).await,
            None => not_found(data),
        },
    }
}

/// The filters of the caseworker's list, from its address.
#[derive(Deserialize, Default)]
struct CaseQuery {
    service: Option<String>,
    status: Option<String>,
    overdue: Option<String>,
}

/// The caseworker's list of requests. Caseworkers' pages send anyone not signed in to sign in.
async fn staff_list(
    state: &AppState,
    session: &Session,
    mut data: PageData,
    uri: &Uri,
) -> Result<Loaded, AppError> {
    let Some(member) = casework::signed_in(state, session).await? else {
        return redirect(Route::StaffSignIn);
    };
    let query = Query::<CaseQuery>::try_from_uri(uri)
        .map(|q| q.0)
        .unwrap_or_default();
    let filter = casework::ListFilter {
        service: query
            .service
            .filter(|s| state.catalogue.service(s).is_some()),
        status: query.status.as_deref().and_then(RequestStatus::parse),
        overdue: query.overdue.is_some_and(|v| !v.is_empty()),
    };
    data.staff = Some(StaffPage {
        name: member.name,
        cases: Some(casework::case_list(state, data.locale, filter).await?),
        case: None,
    });
    page(data)
}

/// One request, for a caseworker.
async fn staff_request(
    state: &AppState,
    session: &Session,
    mut data: PageData,
    reference: &str,
) -> Result<Loaded, AppError> {
    let Some(member) = casework::signed_in(state, session).await? else {
        return redirect(Route::StaffSignIn);
    };
    let Some(reference) = Reference::parse(reference) else {
        return not_found(data);
    };
    let Some((case, service)) = casework::case_view(state, data.locale, &reference).await? else {
        return not_found(data);
    };
    data.service = Some(service);
    data.staff = Some(StaffPage {
        name: member.name,
        cases: None,
        case: Some(case),
    });
    page(data)
}

/// Coming back to a saved form: the check that it is yours.
async fn return_check(
    state: &AppState,
    session: &Session,
    mut data: PageData,
) -> Result<Loaded, AppError> {
    let Some((draft, def)) = crate::save_and_return::returning(state, session).await? else {
        return redirect(Route::Return);
    };
    data.return_check = def.return_check(&draft.answers).map(|q| q.id.clone());
    // The form's answers stay hidden until the check is passed.
    data.service = Some(ServiceData {
        definition: def.clone(),
        answers: Default::default(),
        files: vec![],
    });
    page(data)
}

/// The request found by Track a request.
async fn tracked_request(
    state: &AppState,
    session: &Session,
    mut data: PageData,
) -> Result<Loaded, AppError> {
    let Some(summary) = journeys::tracked(state, session).await? else {
        return redirect(Route::Track);
    };
    if summary.status.is_over() {
        data.rated = match Reference::parse(&summary.reference) {
            Some(r) => state.db.rating_of(r.as_str()).await?.is_some(),
            None => false,
        };
    }
    data.tracked = Some(summary);
    data.catalogue = Some(state.catalogue.cards(data.locale));
    page(data)
}

/// A page of a service: its start, questions, Check your answers, Save or Confirmation.
async fn service_page(
    state: &AppState,
    session: &Session,
    mut data: PageData,
    def: &Arc<ServiceDefinition>,
    route: &Route,
) -> Result<Loaded, AppError> {
    // The start page shows nothing of a draft: it is not read for it.
    let draft = match route {
        Route::Start { .. } => None,
        _ => journeys::open_draft(state, session, &def.id).await?,
    };
    let answers = draft
        .as_ref()
        .map(|d| d.answers.clone())
        .unwrap_or_default();
    let journey = Journey::new(def, &answers);
    let start = || {
        redirect(Route::Start {
            service: def.id.clone(),
        })
    };
    match route {
        Route::CheckAnswers { .. } if !journey.is_complete() => {
            return Ok(Loaded::Redirect(journey.resume_step().path(def)))
        }
        Route::Save { .. } if answers.is_empty() => return start(),
        Route::Confirmation { .. } => {
            match journeys::confirmation(state, session, &def.id).await? {
                Some(summary) => data.confirmation = Some(summary),
                None => return start(),
            }
        }
        Route::Question { page, .. } if def.page(page).is_none() => return not_found(data),
        Route::Question { page, .. } if !journey.can_visit(page) => {
            return Ok(Loaded::Redirect(journey.resume_step().path(def)))
        }
        _ => {}
    }
    let files =
        crate::uploads::files_of_draft(state, def, draft.as_ref().map(|d| d.id.as_str())).await?;
    let mut answers = answers;
    if let Route::Question { page: page_id, .. } = route {
        if let Some(p) = def.page(page_id) {
            data.profile =
                crate::accounts::fill_from_profile(state, session, p, &mut answers).await?;
        }
    }
    // Nothing of the visitor's on it: the start page shows no answers, and a question page for
    // someone with nothing saved is every newcomer's.
    let same_for_everyone = match route {
        Route::Start { .. } => true,
        Route::Question { .. } => draft.is_none() && data.profile.is_none(),
        _ => false,
    };
    let (answers, files) = match route {
        // Kept for everyone: so nothing of this visitor's can be in it.
        Route::Start { .. } => (Default::default(), vec![]),
        _ => (answers, files),
    };
    data.service = Some(ServiceData {
        definition: def.clone(),
        answers,
        files,
    });
    if same_for_everyone {
        shared(data)
    } else {
        page(data)
    }
}
