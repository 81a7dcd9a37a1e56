//! A question page's enhanced submit: Continue, Find address, Add and Remove on a list, and files
//! chosen, dropped, cancelled and removed.

use super::*;

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
