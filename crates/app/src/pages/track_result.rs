use frontdoor_domain::api::RequestStatus;
use frontdoor_domain::casework::{reply_file_rules, Satisfaction, COMMENT_MAX_CHARS, REPLY_FILES};
use frontdoor_domain::progress::NOTE_MAX_CHARS;
use frontdoor_domain::questions::files::size_label;
use frontdoor_domain::Route;
use leptos::prelude::*;

use super::{failed_form, field, missing_data};
use crate::components::{
    Button, CharacterCount, ErrorSummary, FieldText, PageTitle, RadioOption, Radios, SummaryList,
    SummaryRow, Timeline, TimelineEntry, WarningText,
};
use crate::state::use_store;

/// A tracked request: its status now and the date promised (saying plainly when that has
/// passed), then what has happened to it, newest first.
#[component]
pub fn TrackResultPage() -> impl IntoView {
    let store = use_store();
    let Some(request) = store.data.with_untracked(|d| d.tracked.clone()) else {
        return missing_data();
    };
    let i18n = store.i18n();
    let i18n_for_errors = i18n.clone();
    let row = |key: &str, value: String| SummaryRow {
        key: i18n.t(key),
        value,
        change: None,
    };
    let service_title = store
        .data
        .with_untracked(|d| {
            d.catalogue.as_ref().and_then(|c| {
                c.iter()
                    .find(|s| s.id == request.service)
                    .map(|s| s.title.clone())
            })
        })
        .unwrap_or_else(|| request.service.clone());
    let mut rows = vec![
        row("track-reference", request.reference.clone()),
        row("track-service", service_title),
        row(
            "track-status",
            i18n.t(&format!("track-status-{}", request.status.as_str())),
        ),
        row("track-sent-on", i18n.iso_date(&request.submitted_on)),
        row("track-act-by", i18n.iso_date_with_weekday(&request.act_by)),
    ];
    // The promise to acknowledge matters until it is kept.
    if let Some(by) = request
        .acknowledge_by
        .as_ref()
        .filter(|_| request.status == RequestStatus::Received)
    {
        rows.push(row("track-acknowledge-by", i18n.iso_date_with_weekday(by)));
    }
    let overdue = request
        .overdue
        .then(|| view! { <WarningText text=i18n.t("track-overdue") assistive=i18n.t("warning")/> });
    let entries = request
        .history
        .iter()
        .map(|e| {
            let mut note = e.note.clone();
            if !e.files.is_empty() {
                let files = i18n.t1("track-history-files", "files", e.files.join(", "));
                note = [note, files]
                    .into_iter()
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            TimelineEntry {
                title: match e.reply {
                    true => i18n.t("track-history-reply"),
                    false => i18n.t(&format!("track-status-{}", e.status.as_str())),
                },
                when: i18n.iso_date_time(&e.at),
                datetime: e.at.clone(),
                note,
            }
        })
        .collect::<Vec<_>>();
    let history = (!entries.is_empty())
        .then(|| view! { <Timeline heading=i18n.t("track-history") entries=entries/> });
    let path = Route::TrackedRequest.path();
    let (values, errors) = failed_form(&store, &path);
    let value = |k: &str| values.get(k).cloned().unwrap_or_default();
    let rated = store.data.with_untracked(|d| d.rated);
    // What the resident can do now: answer our question, or say how we did.
    let action = if request.status == RequestStatus::WaitingForResident {
        let rules = reply_file_rules();
        let files_error = Signal::derive(move || {
            errors.with(|l| {
                let lines: Vec<String> = l
                    .iter()
                    .filter(|e| e.field == REPLY_FILES)
                    .map(|e| i18n_for_errors.t_with(&e.message_id, &e.args))
                    .collect();
                (!lines.is_empty()).then(|| lines.join(" "))
            })
        });
        let files = FieldText {
            id: REPLY_FILES.into(),
            label: i18n.t("reply-files-label"),
            hint: Some(
                i18n.t_with(
                    "file-limits",
                    &[
                        ("count".to_string(), rules.max_files.to_string()),
                        ("types".to_string(), rules.types_label()),
                        ("max".to_string(), size_label(rules.max_file_bytes)),
                    ]
                    .into_iter()
                    .collect(),
                ),
            ),
            heading: false,
            error: files_error,
        };
        let class = files.group_class("");
        let described_by = files.described_by(None);
        Some(view! {
            <h2 class="govuk-heading-m">{i18n.t("reply-heading")}</h2>
            <p class="govuk-body">{i18n.t("reply-intro")}</p>
            <form method="post" action=path.clone() enctype="multipart/form-data" novalidate=true>
                <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                <CharacterCount field=field(&i18n, errors, "reply", "reply-label", None) value=value("reply") max_length=NOTE_MAX_CHARS/>
                <div class=class>
                    {files.label_view(REPLY_FILES.to_string())}
                    {files.hint_view()}
                    {files.error_view()}
                    <input class="govuk-file-upload" id=REPLY_FILES name=REPLY_FILES type="file" multiple=true accept=rules.accept() aria-describedby=described_by/>
                </div>
                <Button text=i18n.t("button-send-reply")/>
            </form>
        }
        .into_any())
    } else if request.status.is_over() && rated {
        Some(view! { <p class="govuk-body">{i18n.t("rating-thanks")}</p> }.into_any())
    } else if request.status.is_over() {
        let options = Satisfaction::ALL
            .iter()
            .map(|s| RadioOption {
                value: s.as_str().into(),
                label: i18n.t(&format!("rating-{}", s.as_str())),
            })
            .collect();
        Some(view! {
            <form method="post" action=path.clone() novalidate=true>
                <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                <Radios field=field(&i18n, errors, "satisfaction", "rating-heading", None) options=options value=value("satisfaction")/>
                <CharacterCount field=field(&i18n, errors, "comment", "rating-comment-label", Some("rating-comment-hint")) value=value("comment") max_length=COMMENT_MAX_CHARS/>
                <Button text=i18n.t("button-send-rating")/>
            </form>
        }
        .into_any())
    } else {
        None
    };
    let title = i18n.t("track-result-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <SummaryList rows=rows/>
        {overdue}
        {action}
        {history}
        <p class="govuk-body"><a class="govuk-link" href=Route::Track.path()>{i18n.t("track-another")}</a></p>
    }
    .into_any()
}
