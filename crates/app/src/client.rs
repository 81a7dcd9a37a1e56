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
mod browser {
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

    pub fn submit_question_page(
        ev: SubmitEvent,
        s: QuestionSubmit,
        navigate: impl Fn(&str) + Clone + 'static,
    ) {
        let Some(form) = take_over_submit(&ev, s.busy) else {
            return;
        };
        let mut input = form_input(&form);
        // The button pressed, as the browser would send it with a plain post.
        let pressed = ev.submitter().and_then(|b| {
            Some((
                b.get_attribute("name")?,
                b.get_attribute("value").unwrap_or_default(),
            ))
        });
        if let Some((name, value)) = &pressed {
            input.insert(name.clone(), value.clone());
        }
        match PageAction::of(&s.page, &input) {
            PageAction::Continue => {}
            PageAction::FindAddress(question) => {
                return find_address(s, form, input, question, pressed)
            }
            PageAction::UploadFiles(question) => {
                if let Some(el) = document()
                    .get_element_by_id(&question)
                    .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                {
                    let files = crate::uploader::files_of(el.files());
                    if files.is_empty() {
                        let none = frontdoor_domain::questions::files::none_chosen(&question);
                        return show_errors(s.errors, vec![none]);
                    }
                    el.set_value("");
                    crate::uploader::start(s, question, files);
                }
                return;
            }
            PageAction::RemoveFile(id) => return remove_file(s, form, id, pressed),
            action => return change_list(s, form, input, action, pressed),
        }
        // Files still on their way: wait for them.
        if let Some(name) = s
            .progress
            .with_untracked(|l| l.iter().find(|u| u.active).map(|u| u.name.clone()))
        {
            let question = s
                .progress
                .with_untracked(|l| l.iter().find(|u| u.active).map(|u| u.question.clone()))
                .unwrap_or_default();
            let mut wait = FieldError::new(&question, "wait", "file-wait".into());
            wait.args.insert("name".into(), name);
            return show_errors(s.errors, vec![wait]);
        }
        let mut fields = page_fields(&s.service, &s.page, &input);
        // Files are kept by the server as they arrive: the answer is the files it holds.
        for q in &s.page.questions {
            if q.kind.as_files().is_some() {
                let ids: Vec<String> = s
                    .store
                    .files()
                    .into_iter()
                    .filter(|f| f.question == q.id)
                    .map(|f| f.id)
                    .collect();
                fields.insert(q.id.clone(), ids.join(","));
            }
        }
        let context = RuleContext::new(today()).with_answers(&s.store.answers());
        if let Err(list) = check_page(&s.service, &s.page, &fields, &context) {
            show_errors(s.errors, list);
            return;
        }
        s.busy.set(true);
        spawn_local(async move {
            match save_page(&s, fields).await {
                Ok(draft) => {
                    navigate(&draft.next);
                }
                Err(CallError::Invalid(list)) => show_errors(s.errors, list),
                Err(_) => {
                    let _ = form.submit();
                }
            }
        });
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

    /// "Find address": the same rules check the postcode, the API finds the addresses, and the
    /// page shows them without a reload.
    fn find_address(
        s: QuestionSubmit,
        form: HtmlFormElement,
        input: FormInput,
        question: String,
        pressed: Option<(String, String)>,
    ) {
        let postcode = match address::lookup_postcode(&question, &input) {
            Ok(p) => p,
            Err(e) => return show_errors(s.errors, vec![e]),
        };
        s.busy.set(true);
        spawn_local(async move {
            let url = format!(
                "/api/v1/addresses?postcode={}&question={}",
                js_sys::encode_uri_component(postcode.as_str()),
                js_sys::encode_uri_component(&question)
            );
            let found = match Request::get(&url)
                .header("Accept", "application/json")
                .send()
                .await
            {
                Ok(r) if r.ok() => r.json::<FoundAddresses>().await.ok(),
                _ => None,
            };
            s.busy.set(false);
            let Some(found) = found else {
                return post_plainly(&form, pressed);
            };
            let focus = if found.addresses.is_empty() {
                format!("{question}-line-1")
            } else {
                format!("{question}-choice")
            };
            let path = s.service.page_path(&s.page.id);
            let values = page_fields(&s.service, &s.page, &input);
            s.store.data.update(|d| {
                d.form = Some(FormState {
                    path,
                    values,
                    errors: vec![],
                    found_addresses: Some(found),
                })
            });
            show_again(&s, focus);
        });
    }

    /// Add or Remove on an add-another list: checked with the same rules, saved through the API,
    /// and shown in place.
    fn change_list(
        s: QuestionSubmit,
        form: HtmlFormElement,
        input: FormInput,
        action: PageAction,
        pressed: Option<(String, String)>,
    ) {
        let fields = page_fields(&s.service, &s.page, &input);
        let answers = s.store.answers();
        let changed = match edit_list(&s.service, &s.page, &action, &fields, &answers) {
            Ok(changed) => changed,
            Err(e) => return show_errors(s.errors, vec![e]),
        };
        let question = match &action {
            PageAction::AddItem(q) | PageAction::RemoveItem { question: q, .. } => q.clone(),
            _ => return,
        };
        let count = changed.get(&question).map_or(0, |list| list.values().len());
        s.busy.set(true);
        spawn_local(async move {
            match save_page(&s, input).await {
                Ok(_) => {
                    let i18n = s.store.i18n();
                    s.announcement.set(i18n.t1("list-added", "count", count));
                    show_again(&s, question);
                }
                Err(CallError::Invalid(list)) => show_errors(s.errors, list),
                Err(_) => post_plainly(&form, pressed),
            }
        });
    }

    /// Files chosen in a file input start uploading at once; the input is emptied, so a plain
    /// post later does not send them again.
    pub fn choose_files(ev: leptos::ev::Event, s: QuestionSubmit) {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let files = crate::uploader::files_of(input.files());
        input.set_value("");
        crate::uploader::start(s, input.name(), files);
    }

    /// Files dropped on a file question's area.
    pub fn drop_files(ev: leptos::ev::DragEvent, s: QuestionSubmit) {
        ev.prevent_default();
        let Some(question) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-question"))
        else {
            return;
        };
        let files = crate::uploader::files_of(ev.data_transfer().and_then(|d| d.files()));
        crate::uploader::start(s, question, files);
    }

    pub fn cancel_upload(key: u32, s: QuestionSubmit) {
        crate::uploader::cancel(key, s);
    }

    /// Remove, on a kept file: deleted through the API and taken off the list in place.
    fn remove_file(
        s: QuestionSubmit,
        form: HtmlFormElement,
        id: String,
        pressed: Option<(String, String)>,
    ) {
        s.busy.set(true);
        spawn_local(async move {
            let deleted = Request::delete(&format!("/api/v1/uploads/{id}"))
                .header("Tus-Resumable", "1.0.0")
                .header("X-CSRF-Token", &s.store.csrf_token())
                .send()
                .await;
            s.busy.set(false);
            match deleted {
                Ok(r) if r.status() == 204 => {
                    let mut question = String::new();
                    s.store.data.update(|d| {
                        if let Some(service) = d.service.as_mut() {
                            if let Some(f) = service.files.iter().find(|f| f.id == id) {
                                question = f.question.clone();
                            }
                            service.files.retain(|f| f.id != id);
                        }
                    });
                    let count = s
                        .store
                        .files()
                        .iter()
                        .filter(|f| f.question == question)
                        .count();
                    s.announcement
                        .set(s.store.i18n().t1("file-added", "count", count));
                    show_again(&s, question);
                }
                _ => post_plainly(&form, pressed),
            }
        });
    }

    /// "Save and come back later" through the API: the access code is shown without a reload.
    pub fn submit_save(ev: SubmitEvent, store: Store, service: String, busy: RwSignal<bool>) {
        let Some(form) = take_over_submit(&ev, busy) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let url = format!("/api/v1/services/{service}/draft/save");
            let saved: Result<crate::state::SavedForm, _> = call(
                Request::post(&url),
                &store.csrf_token(),
                &serde_json::json!({}),
            )
            .await;
            busy.set(false);
            match saved {
                Ok(saved) => {
                    store.data.update(|d| d.saved = Some(saved));
                    request_animation_frame(|| {
                        focus_by_id("main-content");
                    });
                }
                Err(_) => {
                    let _ = form.submit();
                }
            }
        });
    }

    /// Coming back (the access code, then the check): the same answers through the API, errors
    /// shown in place. The saved form then opens with a page load, as it needs the form's data.
    pub fn submit_return(
        ev: SubmitEvent,
        store: Store,
        url: &'static str,
        errors: RwSignal<Vec<FieldError>>,
        busy: RwSignal<bool>,
    ) {
        let Some(form) = take_over_submit(&ev, busy) else {
            return;
        };
        let input = form_input(&form);
        let body = if url.ends_with("/check") {
            serde_json::json!({ "fields": input })
        } else {
            serde_json::json!({ "code": input.get("code").cloned().unwrap_or_default() })
        };
        busy.set(true);
        spawn_local(async move {
            let sent = Request::post(url)
                .header("X-CSRF-Token", &store.csrf_token())
                .header("Accept", "application/json")
                .json(&body);
            let response = match sent {
                Ok(request) => request.send().await.ok(),
                Err(_) => None,
            };
            busy.set(false);
            let next = match response {
                Some(r) if r.status() == 200 => r.json::<serde_json::Value>().await.ok().map(|v| {
                    v["next"]
                        .as_str()
                        .unwrap_or(&frontdoor_domain::Route::ReturnCheck.path())
                        .to_string()
                }),
                Some(r) if [404, 422].contains(&r.status()) => match r.json::<ApiError>().await {
                    Ok(e) if !e.error.fields.is_empty() => {
                        return show_errors(
                            errors,
                            e.error
                                .fields
                                .into_iter()
                                .map(|f| f.into_field_error())
                                .collect(),
                        )
                    }
                    _ => None,
                },
                _ => None,
            };
            match next {
                Some(to) => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().assign(&to);
                    }
                }
                None => {
                    let _ = form.submit();
                }
            }
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
                    navigate(&frontdoor_domain::Route::Confirmation { service }.path());
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
                    navigate(&frontdoor_domain::Route::TrackedRequest.path());
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
