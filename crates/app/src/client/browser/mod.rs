//! The browser side of `client`: calls to the REST API and the shared helpers of the enhanced
//! submits. Question pages are in `question_page`, the other forms in `forms`.

use crate::state::FormState;
use frontdoor_domain::api::FoundAddresses;
use frontdoor_domain::api::{ApiError, Draft, PageAnswers, RequestSummary, TrackQuery};
use frontdoor_domain::calendar::uk_today_from_unix;
use frontdoor_domain::journey::{edit_list, page_fields, PageAction};
use frontdoor_domain::questions::address;
use frontdoor_domain::track::check_track_form;
use frontdoor_domain::{check_page, FormInput, RuleContext};
use gloo_net::http::{Request, RequestBuilder};
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlElement, HtmlFormElement, HtmlInputElement};

use super::*;

enum CallError {
    Invalid(Vec<FieldError>),
    NotFound,
    Other,
}

mod forms;
mod question_page;

pub use forms::*;
pub use question_page::*;

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

/// Moves focus to the error summary once it is shown.
pub(crate) fn focus_error_summary() {
    request_animation_frame(|| {
        focus_by_id("error-summary");
    });
}

fn show_errors(errors: RwSignal<Vec<FieldError>>, list: Vec<FieldError>) {
    errors.set(list);
    focus_error_summary();
}

/// Saves a page's fields through the API and takes the saved answers into the page's data.
async fn save_page(s: &QuestionSubmit, fields: FormInput) -> Result<Draft, CallError> {
    let url = format!(
        "/api/v1/services/{}/draft/pages/{}",
        s.service.id, s.page.id
    );
    let body = PageAnswers {
        fields,
        from_check_answers: s.from_check_answers,
    };
    let result: Result<Draft, _> = call(Request::put(&url), &s.store.csrf_token(), &body).await;
    s.busy.set(false);
    if let Ok(draft) = &result {
        s.store.data.update(|d| {
            if let Some(service) = d.service.as_mut() {
                service.answers = draft.answers.clone();
            }
            d.form = None;
        });
    }
    result
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

/// Posts the form the plain way, with the button that was pressed (when the API could not help).
fn post_plainly(form: &HtmlFormElement, pressed: Option<(String, String)>) {
    if let Some((name, value)) = pressed {
        if let Ok(input) = document()
            .create_element("input")
            .map(|e| e.unchecked_into::<HtmlInputElement>())
        {
            input.set_type("hidden");
            input.set_name(&name);
            input.set_value(&value);
            let _ = form.append_child(&input);
        }
    }
    let _ = form.submit();
}

/// Shows the page again in place, then moves focus to `focus`.
fn show_again(s: &QuestionSubmit, focus: String) {
    s.errors.set(vec![]);
    s.revision.update(|r| *r += 1);
    request_animation_frame(move || {
        focus_by_id(&focus);
    });
}

/// Enter in an address line means Continue, not the form's first button (Find address).
pub fn enter_continues(ev: leptos::ev::KeyboardEvent) {
    if ev.key() != "Enter" {
        return;
    }
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let id = input.id();
    if !["-line-1", "-line-2", "-town"]
        .iter()
        .any(|p| id.ends_with(p))
    {
        return;
    }
    if let Some(button) = input
        .form()
        .and_then(|f| {
            f.query_selector("button.govuk-button:not(.govuk-button--secondary)")
                .ok()
                .flatten()
        })
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        ev.prevent_default();
        button.click();
    }
}
