//! What a page needs to render. The server fills a `PageData` for each request and renders the
//! page from it.

pub use frontdoor_domain::api::FoundAddresses;
use std::sync::Arc;

use frontdoor_domain::api::{RequestStatus, RequestSummary, UploadedFile};
use frontdoor_domain::casework::{Rating, Satisfaction};
use frontdoor_domain::{Answers, FieldError, FormInput, ServiceDefinition};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::{I18n, Locale};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageData {
    pub locale: Locale,
    /// Sent back with every form post and API call that changes something.
    pub csrf_token: String,
    /// Set on service pages.
    pub service: Option<ServiceData>,
    /// What was typed on a page whose post failed, with its errors (no-JavaScript journey).
    pub form: Option<FormState>,
    pub confirmation: Option<RequestSummary>,
    pub tracked: Option<RequestSummary>,
    /// The home page's list of services, already translated (None when not loaded).
    pub catalogue: Option<Vec<ServiceCard>>,
    /// An access code just given out to come back to a saved form.
    pub saved: Option<SavedForm>,
    /// On the return check page: the question to answer again.
    pub return_check: Option<String>,
    /// What was searched for on the home page.
    pub search: Option<String>,
    /// A message id shown above the page content (e.g. `session-expired`).
    pub notice: Option<String>,
    /// On a tracked request that is over: whether the resident has rated it.
    #[serde(default)]
    pub rated: bool,
    /// The caseworkers' pages.
    pub staff: Option<StaffPage>,
    /// A resident's account pages.
    pub account: Option<AccountPage>,
    /// On a question page, for a signed-in resident: the questions filled in from their saved
    /// details, and those whose answer they may save there.
    pub profile: Option<ProfileOffer>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileOffer {
    /// Question ids shown filled in from the profile.
    pub prefilled: Vec<String>,
    /// Question ids whose answer may also be saved in the profile.
    pub offered: Vec<String>,
}

/// A signed-in resident's home (empty on the sign-in pages).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountPage {
    pub email: String,
    /// On the sign-in page: the council's identity provider's name, when there is one.
    #[serde(default)]
    pub provider: Option<String>,
    /// Requests sent with their email, newest first, with their service's title.
    pub requests: Vec<(RequestSummary, String)>,
    pub drafts: Vec<AccountDraft>,
    pub messages: Vec<AccountMessage>,
    /// On "your data": when the account was made, and every request's and form's answers.
    #[serde(default)]
    pub since: String,
    #[serde(default)]
    pub details: Vec<AccountSection>,
    /// Saved details: (field, what it is, the value as shown).
    #[serde(default)]
    pub saved: Vec<(String, String, String)>,
    /// How saved details were used, newest first.
    #[serde(default)]
    pub uses: Vec<ProfileUseShown>,
    /// Details changed and not yet passed on: (what, the new value).
    #[serde(default)]
    pub changes: Vec<(String, String)>,
    /// With changes waiting: the open requests they may go to (reference, service title).
    #[serde(default)]
    pub open_requests: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileUseShown {
    /// What it was ("Email address").
    pub detail: String,
    pub service_title: String,
    /// The request it went into, once sent.
    pub reference: Option<String>,
    pub used_at: String,
}

/// A part of "your data": a heading and its rows (question, answer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountSection {
    pub heading: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountDraft {
    pub service_title: String,
    /// Where continuing the form starts (its start page, which goes on to the next question).
    pub continue_to: String,
    pub saved_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountMessage {
    /// What the message was (`request-received`, `request-moved`...).
    pub template: String,
    pub sent_at: String,
}

/// What a caseworker's page shows: who is signed in, then the list or one request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StaffPage {
    /// The caseworker's name (empty on the sign-in pages).
    pub name: String,
    pub cases: Option<CaseList>,
    pub case: Option<CaseView>,
}

/// The list of requests, as filtered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaseList {
    pub service: Option<String>,
    pub status: Option<RequestStatus>,
    pub overdue: bool,
    pub rows: Vec<CaseListRow>,
    /// Every service, (id, title), for the filter.
    pub services: Vec<(String, String)>,
    /// With a service chosen: how many residents gave each rating.
    pub ratings: Vec<(Satisfaction, i64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseListRow {
    pub reference: String,
    pub service_title: String,
    pub status: RequestStatus,
    pub submitted_on: String,
    pub act_by: String,
    pub overdue: bool,
    /// The resident has answered and the caseworker has not moved it since.
    pub replied: bool,
}

/// One request as a caseworker sees it. Its answers and files are in `PageData::service`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseView {
    pub summary: RequestSummary,
    pub service_title: String,
    pub email: String,
    pub locale: String,
    /// Newest first, with staff's notes and who made each.
    pub history: Vec<CaseEntry>,
    /// Evidence: the files sent with the request, then with replies, with their scan result.
    pub files: Vec<CaseFile>,
    /// Messages to the resident that could not be sent: their templates.
    pub failed_messages: Vec<String>,
    /// Where the request may move from here.
    pub next: Vec<RequestStatus>,
    pub rating: Option<Rating>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseEntry {
    pub status: RequestStatus,
    pub at: String,
    pub note: String,
    pub staff_note: String,
    /// "resident", or the caseworker's name.
    pub made_by: String,
    pub reply: bool,
    /// A note staff added without moving the request (its words in `staff_note`).
    #[serde(default)]
    pub staff_only: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub id: String,
    pub name: String,
    pub size: u64,
    pub content_type: String,
    /// `clean` or `not-scanned`.
    pub scan: String,
    /// Sent with a reply, not with the request.
    pub with_reply: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceData {
    pub definition: Arc<ServiceDefinition>,
    pub answers: Answers,
    /// Evidence files kept for this form so far.
    #[serde(default)]
    pub files: Vec<UploadedFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormState {
    /// The path of the page the form was posted from.
    pub path: String,
    pub values: FormInput,
    pub errors: Vec<FieldError>,
    /// Addresses found for a postcode on this page ("Find address").
    #[serde(default)]
    pub found_addresses: Option<FoundAddresses>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedForm {
    pub service: String,
    pub code: String,
    /// The return link in full.
    pub link: String,
    /// Where to enter the code, in full.
    pub return_address: String,
    pub expires_on: String,
    pub emailed_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceCard {
    pub id: String,
    pub category: frontdoor_domain::Category,
    pub title: String,
    pub summary: String,
}

/// The app's state in context: the page data in a signal, and the messages for its language.
#[derive(Clone, Copy)]
pub struct Store {
    pub data: RwSignal<PageData>,
    pub i18n: StoredValue<I18n>,
}

impl Store {
    /// With messages already parsed, holding at least the shared messages and this service's.
    pub fn with_messages(data: PageData, i18n: I18n) -> Store {
        Store {
            data: RwSignal::new(data),
            i18n: StoredValue::new(i18n),
        }
    }

    /// A translated message (not reactive: the language never changes without a page load).
    pub fn t(&self, id: &str) -> String {
        self.i18n.with_value(|i| i.t(id))
    }

    pub fn i18n(&self) -> I18n {
        self.i18n.get_value()
    }

    pub fn csrf_token(&self) -> String {
        self.data.with_untracked(|d| d.csrf_token.clone())
    }

    /// The definition of the service whose pages are showing.
    pub fn service(&self) -> Option<Arc<ServiceDefinition>> {
        self.data
            .with_untracked(|d| d.service.as_ref().map(|s| s.definition.clone()))
    }

    pub fn answers(&self) -> Answers {
        self.data.with_untracked(|d| {
            d.service
                .as_ref()
                .map(|s| s.answers.clone())
                .unwrap_or_default()
        })
    }

    /// The evidence files kept for this form.
    pub fn files(&self) -> Vec<UploadedFile> {
        self.data.with_untracked(|d| {
            d.service
                .as_ref()
                .map(|s| s.files.clone())
                .unwrap_or_default()
        })
    }

    /// The typed values and errors of a failed post, when they belong to this page.
    pub fn form_for(&self, path: &str) -> Option<FormState> {
        self.data
            .with_untracked(|d| d.form.clone().filter(|f| f.path == path))
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
