use frontdoor_domain::api::UploadedFile;
use frontdoor_domain::journey::{REMOVE_FILE, UPLOAD_FILES};
use frontdoor_domain::questions::files::{size_label, FileRules};
use leptos::ev::Event;
use leptos::prelude::*;

use super::FieldText;
use crate::state::use_store;

/// A file on its way up (with JavaScript): its name and how much has arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadProgress {
    /// Unique on the page, for the progress element's id.
    pub key: u32,
    pub question: String,
    pub name: String,
    pub percent: u8,
    /// False once cancelled.
    pub active: bool,
}

/// GOV.UK file upload, taking several files, with the files kept so far listed under it (with a
/// thumbnail and a Remove button each). Without JavaScript, "Upload files" posts the form; with
/// it, files start uploading once chosen or dropped, each with a progress bar.
#[component]
pub fn FileUpload(
    field: FieldText,
    rules: FileRules,
    /// The files this question holds.
    files: Vec<UploadedFile>,
    /// Every message about this question (one per refused file).
    #[prop(into)]
    messages: Signal<Vec<String>>,
    progress: RwSignal<Vec<UploadProgress>>,
    on_choose: Callback<Event>,
    on_drop: Callback<leptos::ev::DragEvent>,
    on_cancel: Callback<u32>,
) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let id = field.id.clone();
    let limits_id = format!("{id}-limits");
    let error_id = format!("{id}-error");
    let limits = i18n.t_with(
        "file-limits",
        &[
            ("count".to_string(), rules.max_files.to_string()),
            ("types".to_string(), rules.types_label()),
            ("max".to_string(), size_label(rules.max_file_bytes)),
        ]
        .into_iter()
        .collect(),
    );
    let has_errors = move || messages.with(|m| !m.is_empty());
    let described_by = {
        let hint = field.hint.as_ref().map(|_| format!("{id}-hint"));
        let (limits_id, error_id) = (limits_id.clone(), error_id.clone());
        move || {
            let mut ids: Vec<String> = hint.iter().cloned().collect();
            ids.push(limits_id.clone());
            if has_errors() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    let group_class = move || {
        if has_errors() {
            "govuk-form-group govuk-form-group--error"
        } else {
            "govuk-form-group"
        }
    };
    let errors = {
        let error_id = error_id.clone();
        move || {
            let list = messages.get();
            (!list.is_empty()).then(|| {
                let prefix = use_store().t("error-prefix");
                view! {
                    <p id=error_id.clone() class="govuk-error-message">
                        {list
                            .into_iter()
                            .map(|m| view! { <span class="file-upload__error"><span class="govuk-visually-hidden">{prefix.clone()}</span>{format!(" {m}")}</span> })
                            .collect_view()}
                    </p>
                }
            })
        }
    };
    let question = id.clone();
    let uploading = move || {
        let list: Vec<UploadProgress> = progress.with(|p| {
            p.iter()
                .filter(|u| u.question == question && u.active)
                .cloned()
                .collect()
        });
        (!list.is_empty()).then(|| {
            let cancel_text = use_store().t("file-cancel");
            view! {
                <ul class="govuk-list file-progress">
                    {list
                        .into_iter()
                        .map(|u| {
                            let bar = format!("file-progress-{}", u.key);
                            let key = u.key;
                            view! {
                                <li class="file-progress__item">
                                    <label class="govuk-label" for=bar.clone()>{u.name.clone()}</label>
                                    <progress id=bar max="100" value=u.percent.to_string()>{format!("{}%", u.percent)}</progress>
                                    <button type="button" class="govuk-button govuk-button--secondary file-progress__cancel" on:click=move |_| on_cancel.run(key)>
                                        {cancel_text.clone()}<span class="govuk-visually-hidden">{format!(" {}", u.name)}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    };
    let kept = (!files.is_empty()).then(|| {
        let remove = i18n.t("file-remove");
        let rows = files
            .iter()
            .map(|f| {
                let thumb = f.thumbnail.then(|| {
                    view! { <img class="file-list__thumbnail" src=format!("/files/{}/thumbnail", f.id) alt="" width="80"/> }
                });
                view! {
                    <li class="file-list__item">
                        {thumb}
                        <span class="file-list__name">{f.name.clone()}</span>
                        <span class="file-list__size">{size_label(f.size)}</span>
                        <button type="submit" class="govuk-button govuk-button--secondary file-list__remove" name=REMOVE_FILE value=f.id.clone()>
                            {remove.clone()}<span class="govuk-visually-hidden">{format!(" {}", f.name)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 class="govuk-heading-m">{i18n.t1("file-added", "count", files.len())}</h2>
            <ul class="govuk-list file-list">{rows}</ul>
        }
    });
    view! {
        <div
            class=group_class
            data-question=id.clone()
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev| on_drop.run(ev)
        >
            {field.label_view(id.clone())}
            {field.hint_view()}
            <div id=limits_id class="govuk-hint">{limits}</div>
            {errors}
            <input
                class="govuk-file-upload"
                id=id.clone()
                name=id.clone()
                type="file"
                multiple=true
                accept=rules.accept()
                aria-describedby=described_by
                on:change=move |ev| on_choose.run(ev)
            />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" name=UPLOAD_FILES value=id>
            {i18n.t("file-upload-button")}
        </button>
        {uploading}
        {kept}
    }
}
