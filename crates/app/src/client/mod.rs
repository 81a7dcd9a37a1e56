//! What only happens in the browser once the app has loaded: answers checked with the shared rules
//! before they are sent, sent to the REST API, and client-side navigation. On the server (and when
//! JavaScript is off) these do nothing and the plain HTML form posts do the same job.
//!
//! Whenever the API cannot be reached or answers something unexpected, the form is posted the plain
//! way instead, so the person is never stuck.

use frontdoor_domain::{FieldError, Page, ServiceDefinition};
use leptos::ev::{MouseEvent, SubmitEvent};
use leptos::prelude::*;

use crate::state::Store;

/// Everything a question page's enhanced submit needs.
#[derive(Clone)]
pub struct QuestionSubmit {
    pub store: Store,
    pub service: ServiceDefinition,
    pub page: Page,
    pub from_check_answers: bool,
    pub errors: RwSignal<Vec<FieldError>>,
    pub busy: RwSignal<bool>,
    /// Bumped to show the page again after a change in place (an item added, addresses found).
    pub revision: RwSignal<u32>,
    /// Read out politely by screen readers (the page's `role="status"` region).
    pub announcement: RwSignal<String>,
    /// Files on their way up.
    pub progress: RwSignal<Vec<crate::components::UploadProgress>>,
}

#[cfg(feature = "hydrate")]
pub use browser::*;

#[cfg(not(feature = "hydrate"))]
mod server_side {
    use super::*;

    pub fn focus_field(_ev: MouseEvent, _target: &str) {}
    pub fn manage_focus_on_navigation(_pathname: Memo<String>) {}
    pub fn reload_from_server() {}
    pub fn submit_question_page(
        _ev: SubmitEvent,
        _s: QuestionSubmit,
        _navigate: impl Fn(&str) + Clone + 'static,
    ) {
    }
    pub fn choose_files(_ev: leptos::ev::Event, _s: QuestionSubmit) {}
    pub fn enter_continues(_ev: leptos::ev::KeyboardEvent) {}
    pub fn submit_save(_ev: SubmitEvent, _store: Store, _service: String, _busy: RwSignal<bool>) {}
    pub fn submit_return(
        _ev: SubmitEvent,
        _store: Store,
        _url: &'static str,
        _errors: RwSignal<Vec<FieldError>>,
        _busy: RwSignal<bool>,
    ) {
    }
    pub fn drop_files(_ev: leptos::ev::DragEvent, _s: QuestionSubmit) {}
    pub fn cancel_upload(_key: u32, _s: QuestionSubmit) {}
    pub fn submit_answers(
        _ev: SubmitEvent,
        _store: Store,
        _service: String,
        _busy: RwSignal<bool>,
        _navigate: impl Fn(&str) + Clone + 'static,
    ) {
    }
    pub fn submit_track(
        _ev: SubmitEvent,
        _store: Store,
        _errors: RwSignal<Vec<FieldError>>,
        _busy: RwSignal<bool>,
        _navigate: impl Fn(&str) + Clone + 'static,
    ) {
    }
}

#[cfg(not(feature = "hydrate"))]
pub use server_side::*;

#[cfg(feature = "hydrate")]
mod browser;
