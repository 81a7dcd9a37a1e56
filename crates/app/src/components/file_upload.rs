use frontdoor_domain::api::UploadedFile;
use frontdoor_domain::journey::{REMOVE_FILE, UPLOAD_FILES};
use frontdoor_domain::questions::files::{size_label, FileRules};
use leptos::prelude::*;

use super::FieldText;
use crate::islands::{FileProgress, UploadTexts};
use crate::state::use_store;

/// GOV.UK file upload, taking several files, with the files kept so far listed under it (with a
/// thumbnail and a Remove button each). Without JavaScript, "Upload files" posts the form; with
/// it, files start uploading once chosen or dropped, each with a progress bar (`FileProgress`).
#[component]
pub fn FileUpload(
    field: FieldText,
    rules: FileRules,
    /// The service the files are for.
    service: String,
    /// The files this question holds.
    files: Vec<UploadedFile>,
    /// Every message about this question (one per refused file).
    messages: Vec<String>,
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
    let has_errors = !messages.is_empty();
    let described_by = {
        let mut ids: Vec<String> = field.hint.iter().map(|_| format!("{id}-hint")).collect();
        ids.push(limits_id.clone());
        if has_errors {
            ids.push(error_id.clone());
        }
        ids.join(" ")
    };
    let group_class = if has_errors {
        "govuk-form-group govuk-form-group--error"
    } else {
        "govuk-form-group"
    };
    // Always there, hidden when empty, so errors found in the browser have their place.
    let errors = {
        let prefix = i18n.t("error-prefix");
        let lines = messages
            .into_iter()
            .map(|m| view! { <span class="file-upload__error"><span class="govuk-visually-hidden">{prefix.clone()}</span>{format!(" {m}")}</span> })
            .collect_view();
        view! { <p id=error_id.clone() class="govuk-error-message" hidden=!has_errors>{lines}</p> }
    };
    let progress = view! {
        <FileProgress
            question=id.clone()
            service=service
            rules=rules.clone()
            held=files.iter().map(|f| f.size).collect()
            texts=UploadTexts::new(&i18n)
        />
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
                        <button type="submit" class="govuk-button govuk-button--secondary file-list__remove" name=REMOVE_FILE value=f.id.clone() data-focus-after=id.clone()>
                            {remove.clone()}<span class="govuk-visually-hidden">{format!(" {}", f.name)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 class="govuk-heading-m" data-announce=true>{i18n.t1("file-added", "count", files.len())}</h2>
            <ul class="govuk-list file-list">{rows}</ul>
        }
    });
    view! {
        <div class=group_class data-question=id.clone()>
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
            />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" name=UPLOAD_FILES value=id>
            {i18n.t("file-upload-button")}
        </button>
        {progress}
        {kept}
    }
}
