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
mod browser {
    use frontdoor_domain::api::{ApiError, Draft, PageAnswers, RequestSummary, TrackQuery};
    use frontdoor_domain::calendar::uk_today_from_unix;
    use frontdoor_domain::journey::{page_fields, ADD_ITEM, FIND_ADDRESS, REMOVE_ITEM};
    use frontdoor_domain::track::check_track_form;
    use frontdoor_domain::{check_page, FormInput, RuleContext};
    use gloo_net::http::{Request, RequestBuilder};
    use leptos::task::spawn_local;
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use wasm_bindgen::JsCast;
    use web_sys::{FormData, HtmlElement, HtmlFormElement};

    use super::*;

    enum CallError {
        Invalid(Vec<FieldError>),
        NotFound,
        Other,
    }

    async fn call<T: DeserializeOwned>(
        builder: RequestBuilder,
        csrf: &str,
        body: &impl Serialize,
    ) -> Result<T, CallError> {
        let request = builder
            .header("X-CSRF-Token", csrf)
            .header("Accept", "application/json")
            .json(body)
            .map_err(|_| CallError::Other)?;
        let response = request.send().await.map_err(|_| CallError::Other)?;
        match response.status() {
            200 | 201 => response.json().await.map_err(|_| CallError::Other),
            422 => match response.json::<ApiError>().await {
                Ok(e) if !e.error.fields.is_empty() => Err(CallError::Invalid(
                    e.error
                        .fields
                        .into_iter()
                        .map(|f| f.into_field_error())
                        .collect(),
                )),
                _ => Err(CallError::Other),
            },
            404 => Err(CallError::NotFound),
            _ => Err(CallError::Other),
        }
    }

    fn document() -> web_sys::Document {
        web_sys::window()
            .and_then(|w| w.document())
            .expect("a document")
    }

    fn focus_by_id(id: &str) -> bool {
        match document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            Some(el) => {
                let _ = el.focus();
                el.scroll_into_view();
                true
            }
            None => false,
        }
    }

    fn show_errors(errors: RwSignal<Vec<FieldError>>, list: Vec<FieldError>) {
        errors.set(list);
        request_animation_frame(|| {
            focus_by_id("error-summary");
        });
    }

    /// Stops the browser's own submit and gives the form to the app, unless a request from this
    /// form is already on its way (a double click), in which case nothing more is sent.
    fn take_over_submit(ev: &SubmitEvent, busy: RwSignal<bool>) -> Option<HtmlFormElement> {
        let form = ev.target()?.dyn_into::<HtmlFormElement>().ok()?;
        ev.prevent_default();
        (!busy.get_untracked()).then_some(form)
    }

    fn form_input(form: &HtmlFormElement) -> FormInput {
        let mut input = FormInput::new();
        let Ok(data) = FormData::new_with_form(form) else {
            return input;
        };
        if let Ok(Some(entries)) = js_sys::try_iter(&data) {
            for entry in entries.flatten() {
                let pair: js_sys::Array = entry.unchecked_into();
                if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                    frontdoor_domain::questions::add_field(&mut input, k, v);
                }
            }
        }
        input
    }

    fn today() -> frontdoor_domain::CivilDate {
        uk_today_from_unix((js_sys::Date::now() / 1000.0) as i64)
    }

    /// Error summary links move focus to the field, as GOV.UK Frontend does.
    pub fn focus_field(ev: MouseEvent, target: &str) {
        if focus_by_id(target) {
            ev.prevent_default();
        }
    }

    /// After client-side navigation, move focus to the new page's content so screen readers start
    /// there, as they would after a full page load.
    pub fn manage_focus_on_navigation(pathname: Memo<String>) {
        Effect::new(move |previous: Option<String>| {
            let path = pathname.get();
            if previous.is_some_and(|p| p != path) {
                request_animation_frame(|| {
                    if !focus_by_id("error-summary") {
                        focus_by_id("main-content");
                    }
                });
            }
            path
        });
    }

    /// The page needs data the app does not hold yet: let the server render it.
    pub fn reload_from_server() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }

    pub fn submit_question_page(
        ev: SubmitEvent,
        s: QuestionSubmit,
        navigate: impl Fn(&str) + Clone + 'static,
    ) {
        // Find address, Add and Remove are posted the plain way: the server answers with the
        // same page, updated.
        let action = ev
            .submitter()
            .and_then(|b| b.get_attribute("name"))
            .is_some_and(|n| [ADD_ITEM, REMOVE_ITEM, FIND_ADDRESS].contains(&n.as_str()));
        if action {
            return;
        }
        let Some(form) = take_over_submit(&ev, s.busy) else {
            return;
        };
        let fields = page_fields(&s.service, &s.page, &form_input(&form));
        let context = RuleContext::new(today()).with_answers(&s.store.answers());
        if let Err(list) = check_page(&s.service, &s.page, &fields, &context) {
            show_errors(s.errors, list);
            return;
        }
        s.busy.set(true);
        spawn_local(async move {
            let url = format!(
                "/api/v1/services/{}/draft/pages/{}",
                s.service.id, s.page.id
            );
            let body = PageAnswers {
                fields,
                from_check_answers: s.from_check_answers,
            };
            let result: Result<Draft, _> =
                call(Request::put(&url), &s.store.csrf_token(), &body).await;
            s.busy.set(false);
            match result {
                Ok(draft) => {
                    s.store.data.update(|d| {
                        if let Some(service) = d.service.as_mut() {
                            service.answers = draft.answers.clone();
                        }
                        d.form = None;
                    });
                    navigate(&draft.next);
                }
                Err(CallError::Invalid(list)) => show_errors(s.errors, list),
                Err(_) => {
                    let _ = form.submit();
                }
            }
        });
    }

    pub fn submit_answers(
        ev: SubmitEvent,
        store: Store,
        service: String,
        busy: RwSignal<bool>,
        navigate: impl Fn(&str) + Clone + 'static,
    ) {
        let Some(form) = take_over_submit(&ev, busy) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let url = format!("/api/v1/services/{service}/draft/submit");
            let result: Result<RequestSummary, _> = call(
                Request::post(&url),
                &store.csrf_token(),
                &serde_json::json!({}),
            )
            .await;
            busy.set(false);
            match result {
                Ok(summary) => {
                    store.data.update(|d| d.confirmation = Some(summary));
                    navigate(&format!("/{service}/confirmation"));
                }
                Err(_) => {
                    let _ = form.submit();
                }
            }
        });
    }

    pub fn submit_track(
        ev: SubmitEvent,
        store: Store,
        errors: RwSignal<Vec<FieldError>>,
        busy: RwSignal<bool>,
        navigate: impl Fn(&str) + Clone + 'static,
    ) {
        let Some(form) = take_over_submit(&ev, busy) else {
            return;
        };
        let input = form_input(&form);
        let (reference, email) = match check_track_form(&input) {
            Ok(found) => found,
            Err(list) => return show_errors(errors, list),
        };
        busy.set(true);
        spawn_local(async move {
            let query = TrackQuery {
                reference: reference.as_str().to_string(),
                email,
            };
            let result: Result<RequestSummary, _> = call(
                Request::post("/api/v1/requests/lookup"),
                &store.csrf_token(),
                &query,
            )
            .await;
            busy.set(false);
            match result {
                Ok(summary) => {
                    store.data.update(|d| d.tracked = Some(summary));
                    navigate("/track/request");
                }
                Err(CallError::NotFound) => {
                    show_errors(errors, vec![frontdoor_domain::track::not_found_error()])
                }
                Err(CallError::Invalid(list)) => show_errors(errors, list),
                Err(CallError::Other) => {
                    let _ = form.submit();
                }
            }
        });
    }
}
