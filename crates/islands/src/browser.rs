//! The browser side of a question page: its answers checked with the shared rules when a button is
//! pressed, and errors shown at once, in the summary and by each field, as the server would show
//! them. When the answers pass (or a text is missing), the post goes on to the server, which
//! decides: the page script sends it without a reload.
//!
//! It drives the page's own elements with web-sys: no framework runs in the browser.

use std::cell::RefCell;

use frontdoor_domain::journey::{edit_list, page_fields, PageAction};
use frontdoor_domain::questions::{address, date, files, FieldError};
use frontdoor_domain::{check_page, FormInput, RuleContext};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, FormData, HtmlElement, HtmlFormElement, SubmitEvent};

use super::{json, PageCheck, ShownError, Titles};

/// What the server gave the island (`data-props`): the props of `PageErrors`.
#[derive(Deserialize)]
struct Props {
    title: String,
    titles: Titles,
    errors: Vec<ShownError>,
    check: PageCheck,
}

/// The question page showing (one page at a time: a new page's summary takes over).
struct Showing {
    island: Element,
    title: String,
    titles: Titles,
    check: PageCheck,
    errors: Vec<ShownError>,
}

thread_local! {
    static PAGE: RefCell<Option<Showing>> = const { RefCell::new(None) };
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect_throw("a document")
}

/// Reads an island's props from its `data-props`.
pub fn props<T: for<'de> Deserialize<'de>>(island: &Element) -> Option<T> {
    json::from_str(&island.get_attribute("data-props")?).ok()
}

/// Wakes a question page's error summary (`<leptos-island data-component="PageErrors_…">`):
/// the page's checks start, from the errors the server showed.
#[wasm_bindgen(js_name = PageErrors)]
pub fn page_errors(island: Element) {
    let Some(props) = props::<Props>(&island) else {
        return;
    };
    let Props {
        title,
        titles,
        errors,
        check,
    } = props;
    PAGE.with(|p| {
        *p.borrow_mut() = Some(Showing {
            island,
            title,
            titles,
            check,
            errors,
        })
    });
    if let Some(form) = document()
        .query_selector("main form")
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
    {
        let listener = Closure::<dyn Fn(SubmitEvent)>::new(on_submit);
        let _ = form.add_event_listener_with_callback("submit", listener.as_ref().unchecked_ref());
        listener.forget();
    }
    // The summary is the server's already (and may have focus); the fields and title follow it.
    show_around();
}

/// The errors showing.
fn shown() -> Vec<ShownError> {
    PAGE.with(|p| p.borrow().as_ref().map(|p| p.errors.clone()))
        .unwrap_or_default()
}

/// Shows these errors in place of those showing: the summary, each field's and the title.
fn set_shown(list: Vec<ShownError>) {
    let summary = PAGE.with(|p| {
        let mut p = p.borrow_mut();
        let page = p.as_mut()?;
        page.errors = list;
        Some((page.island.clone(), page.title.clone(), page.errors.clone()))
    });
    let Some((island, title, list)) = summary else {
        return;
    };
    island.set_inner_html("");
    if !list.is_empty() {
        let _ = island.append_child(&error_summary(&title, &list));
    }
    show_around();
}

/// Each field's errors, and the page's title, as the errors showing say.
fn show_around() {
    let Some((list, titles)) = PAGE.with(|p| {
        p.borrow()
            .as_ref()
            .map(|p| (p.errors.clone(), p.titles.clone()))
    }) else {
        return;
    };
    show_by_fields(&list);
    document().set_title(if list.is_empty() {
        &titles.plain
    } else {
        &titles.with_errors
    });
}

fn new_element(tag: &str, class: &str) -> Element {
    let e = document().create_element(tag).expect_throw("an element");
    e.set_class_name(class);
    e
}

/// The GOV.UK error summary, as the server writes it (`super::error_summary`).
fn error_summary(title: &str, list: &[ShownError]) -> Element {
    let summary = new_element("div", "govuk-error-summary");
    summary.set_id("error-summary");
    let _ = summary.set_attribute("tabindex", "-1");
    let _ = summary.set_attribute("autofocus", "");
    let alert = document().create_element("div").expect_throw("an element");
    let _ = alert.set_attribute("role", "alert");
    let heading = new_element("h2", "govuk-error-summary__title");
    heading.set_text_content(Some(title));
    let body = new_element("div", "govuk-error-summary__body");
    let items = new_element("ul", "govuk-list govuk-error-summary__list");
    for e in list {
        let item = document().create_element("li").expect_throw("an element");
        let link = document().create_element("a").expect_throw("an element");
        let _ = link.set_attribute("href", &["#", &e.target].concat());
        link.set_text_content(Some(&e.text));
        let _ = item.append_child(&link);
        let _ = items.append_child(&item);
    }
    let _ = body.append_child(&items);
    let _ = alert.append_child(&heading);
    let _ = alert.append_child(&body);
    let _ = summary.append_child(&alert);
    summary
}

/// Shows these errors for `question`, in place of any it had (a file refused, say).
pub fn show_for_question(question: &str, errors: Vec<FieldError>) {
    let mut shown = shown();
    shown.retain(|e| e.field != question);
    let more = errors.len();
    shown.extend(errors.iter().filter_map(shown_error));
    set_shown(shown);
    if more > 0 {
        focus_summary();
    }
}

/// An error with its text, when the page has it.
pub fn shown_error(e: &FieldError) -> Option<ShownError> {
    let text = PAGE.with(|p| p.borrow().as_ref().and_then(|p| p.check.texts.text(e)))?;
    Some(ShownError {
        field: e.field.clone(),
        target: e.target.clone(),
        text,
        parts: e.parts.clone(),
    })
}

/// Shows errors found in the browser. False when a text is missing: the server must show them.
fn show(errors: &[FieldError]) -> bool {
    let Some(list) = errors.iter().map(shown_error).collect::<Option<Vec<_>>>() else {
        return false;
    };
    set_shown(list);
    focus_summary();
    true
}

fn focus_summary() {
    let focus = Closure::once_into_js(|| {
        if let Some(summary) = element("error-summary") {
            let _ = summary.focus();
            summary.scroll_into_view();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(focus.unchecked_ref());
    }
}

fn element(id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

fn on_submit(ev: SubmitEvent) {
    let Some(form) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
    else {
        return;
    };
    let mut input = form_input(&form);
    if let Some(button) = ev.submitter() {
        if let Some(name) = button.get_attribute("name") {
            input.insert(name, button.get_attribute("value").unwrap_or_default());
        }
    }
    let found = PAGE.with(|p| {
        p.borrow()
            .as_ref()
            .and_then(|page| problems(&page.check, &input))
    });
    if let Some(errors) = found {
        if show(&errors) {
            ev.prevent_default();
        }
    }
}

/// What is wrong with the answers for the button pressed, by the shared rules; None to let the
/// server have them.
fn problems(check: &PageCheck, input: &FormInput) -> Option<Vec<FieldError>> {
    let page = check.service.page(&check.page)?;
    let fields = page_fields(&check.service, page, input);
    match PageAction::of(page, input) {
        PageAction::Continue => {
            if let Some(wait) = super::uploader::still_uploading() {
                return Some(vec![wait]);
            }
            let mut fields = fields;
            for (question, ids) in &check.files {
                fields.insert(question.clone(), ids.join(","));
            }
            let context = RuleContext::new(today()?).with_answers(&check.answers);
            check_page(&check.service, page, &fields, &context).err()
        }
        PageAction::FindAddress(question) => address::lookup_postcode(&question, &fields)
            .err()
            .map(|e| vec![e]),
        action @ (PageAction::AddItem(_) | PageAction::RemoveItem { .. }) => {
            edit_list(&check.service, page, &action, &fields, &check.answers)
                .err()
                .map(|e| vec![e])
        }
        // With the app running, files start uploading once chosen, so there is nothing to send.
        PageAction::UploadFiles(question) => Some(vec![files::none_chosen(&question)]),
        PageAction::RemoveFile(_) => None,
    }
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

/// Today's date in the UK, by the browser's own time zone rules (`2026-12-03` is how Swedish
/// writes a date); by UTC should a browser not know the UK's. None lets the server decide.
fn today() -> Option<frontdoor_domain::CivilDate> {
    let now = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"Europe/London".into());
    let uk = String::from(now.to_locale_date_string("sv-SE", &options));
    date::from_stored(&uk).or_else(|| {
        frontdoor_domain::calendar::date(
            now.get_utc_full_year() as i32,
            now.get_utc_month() as u8 + 1,
            now.get_utc_date() as u8,
        )
    })
}

/// Each field's error message (`{id}-error`, always on the page, hidden when empty), its group's
/// and inputs' error classes, and `aria-describedby`, as the server writes them.
fn show_by_fields(list: &[ShownError]) {
    let Ok(slots) = document().query_selector_all("main p.govuk-error-message[id$='-error']")
    else {
        return;
    };
    let slot_ids: Vec<String> = (0..slots.length())
        .filter_map(|i| slots.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|e| e.id())
        .collect();
    // Each error goes by the part it names when that part has a place of its own (an address
    // line), else by its question.
    let place = |e: &ShownError| {
        let own = [&e.target, "-error"].concat();
        if slot_ids.contains(&own) {
            own
        } else {
            [&e.field, "-error"].concat()
        }
    };
    for slot_id in &slot_ids {
        let Some(slot) = element(slot_id) else {
            continue;
        };
        let here: Vec<&ShownError> = list.iter().filter(|e| place(e) == *slot_id).collect();
        let prefix = PAGE.with(|p| {
            p.borrow()
                .as_ref()
                .map(|p| p.check.texts.prefix.clone())
                .unwrap_or_default()
        });
        slot.set_inner_html("");
        // One error as GOV.UK writes it; several (files refused) one line each.
        for e in &here {
            let hidden = document().create_element("span").expect_throw("an element");
            hidden.set_class_name("govuk-visually-hidden");
            hidden.set_text_content(Some(&prefix));
            let text = [" ", &e.text].concat();
            if here.len() == 1 {
                let _ = slot.append_child(&hidden);
                let _ = slot.append_with_str_1(&text);
            } else {
                let line = document().create_element("span").expect_throw("an element");
                line.set_class_name("file-upload__error");
                let _ = line.append_child(&hidden);
                let _ = line.append_with_str_1(&text);
                let _ = slot.append_child(&line);
            }
        }
        slot.set_hidden(here.is_empty());
        let has = !here.is_empty();
        if let Some(group) = slot.closest(".govuk-form-group").ok().flatten() {
            let _ = group
                .class_list()
                .toggle_with_force("govuk-form-group--error", has);
            mark_inputs(&group, &here);
        }
        let field = slot_id.trim_end_matches("-error");
        let described = match slot.parent_element() {
            Some(p) if p.tag_name() == "FIELDSET" => Some(p),
            _ => document().get_element_by_id(field),
        };
        if let Some(described) = described {
            let mut ids: Vec<String> = described
                .get_attribute("aria-describedby")
                .unwrap_or_default()
                .split_whitespace()
                .filter(|i| i != slot_id)
                .map(str::to_string)
                .collect();
            if has {
                ids.push(slot_id.clone());
            }
            if ids.is_empty() {
                let _ = described.remove_attribute("aria-describedby");
            } else {
                let _ = described.set_attribute("aria-describedby", &ids.join(" "));
            }
        }
    }
}

/// The red border on the inputs of a group with an error (only the named parts of a date).
fn mark_inputs(group: &Element, errors: &[&ShownError]) {
    let Ok(inputs) =
        group.query_selector_all("input.govuk-input, textarea.govuk-textarea, select.govuk-select")
    else {
        return;
    };
    for i in 0..inputs.length() {
        let Some(input) = inputs.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let base = input.class_list().item(0).unwrap_or_default();
        let id = input.id();
        let wrong = errors.iter().any(|e| {
            e.parts.is_empty()
                || e.parts.iter().any(|p| {
                    id.strip_suffix(p.as_str())
                        .is_some_and(|i| i.ends_with('-'))
                })
        });
        let _ = input
            .class_list()
            .toggle_with_force(&[&base, "--error"].concat(), wrong);
    }
}
