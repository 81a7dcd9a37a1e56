use frontdoor_domain::progress::NOTE_MAX_CHARS;
use frontdoor_domain::questions::files::size_label;
use frontdoor_domain::Route;
use leptos::prelude::*;

use super::check_answers::answer_rows;
use super::staff_requests::{status_name, StaffBar};
use super::{failed_form, field, missing_data};
use crate::components::{
    BackLink, Button, CharacterCount, ErrorSummary, PageTitle, RadioOption, Radios, SummaryList,
    SummaryRow, Timeline, TimelineEntry, WarningText,
};
use crate::state::use_store;

/// One request for a caseworker: where it stands, the answers and evidence, its history with
/// staff's notes, any message that could not be sent, and the form to move it on.
#[component]
pub fn StaffRequestPage() -> impl IntoView {
    let store = use_store();
    let Some((name, case)) = store.data.with_untracked(|d| {
        d.staff
            .as_ref()
            .and_then(|s| s.case.clone().map(|c| (s.name.clone(), c)))
    }) else {
        return missing_data();
    };
    let Some(def) = store.service() else {
        return missing_data();
    };
    let i18n = store.i18n();
    let summary = &case.summary;
    let row = |key: &str, value: String| SummaryRow {
        key: i18n.t(key),
        value,
        change: None,
    };
    let mut rows = vec![
        row("track-service", case.service_title.clone()),
        row("staff-column-status", status_name(&i18n, summary.status)),
        row("track-sent-on", i18n.iso_date(&summary.submitted_on)),
        row("staff-column-act-by", i18n.iso_date(&summary.act_by)),
    ];
    if let Some(by) = &summary.acknowledge_by {
        rows.push(row("track-acknowledge-by", i18n.iso_date(by)));
    }
    rows.push(row("staff-contact", case.email.clone()));
    rows.push(row(
        "staff-language",
        frontdoor_domain::Locale::from_tag(&case.locale)
            .map(|l| l.name().to_string())
            .unwrap_or_else(|| case.locale.clone()),
    ));
    if let Some(rating) = &case.rating {
        let mut value = i18n.t(&format!("rating-{}", rating.satisfaction.as_str()));
        if !rating.comment.is_empty() {
            value = format!("{value}\n{}", rating.comment);
        }
        rows.push(row("staff-rating", value));
    }
    let overdue = summary
        .overdue
        .then(|| view! { <WarningText text=i18n.t("staff-overdue") assistive=i18n.t("warning")/> });
    let failed = (!case.failed_messages.is_empty()).then(|| {
        let items = case
            .failed_messages
            .iter()
            .map(|t| view! { <li>{i18n.t(&format!("staff-message-{t}"))}</li> })
            .collect_view();
        view! {
            <div class="govuk-error-summary" role="region" aria-labelledby="failed-messages">
                <h2 class="govuk-error-summary__title" id="failed-messages">{i18n.t("staff-failed-heading")}</h2>
                <p class="govuk-body">{i18n.t("staff-failed-intro")}</p>
                <ul class="govuk-list govuk-list--bullet">{items}</ul>
            </div>
        }
    });
    let data = store.data.with_untracked(|d| d.service.clone());
    let (answers, sent_files) = data.map(|s| (s.answers, s.files)).unwrap_or_default();
    let answers = answer_rows(&def, &answers, &sent_files, &i18n, false);
    let reference = summary.reference.replace('-', "");
    let files =
        if case.files.is_empty() {
            view! { <p class="govuk-body">{i18n.t("staff-files-none")}</p> }.into_any()
        } else {
            let items = case
            .files
            .iter()
            .map(|f| {
                let href = Route::StaffFile {
                    reference: reference.clone(),
                    id: f.id.clone(),
                }
                .path();
                let scan = i18n.t(&format!("staff-file-{}", f.scan));
                let reply = f.with_reply.then(|| format!(", {}", i18n.t("staff-file-with-reply")));
                view! {
                    <li>
                        <a class="govuk-link" href=href download="">
                            {i18n.t("staff-file-download")}" "{f.name.clone()}
                        </a>
                        {format!(" ({}, {scan}{})", size_label(f.size), reply.unwrap_or_default())}
                    </li>
                }
            })
            .collect_view();
            view! { <ul class="govuk-list">{items}</ul> }.into_any()
        };
    let entries = case
        .history
        .iter()
        .map(|e| {
            let title = match (e.reply, e.staff_only) {
                (true, _) => i18n.t("staff-history-reply"),
                (_, true) => i18n.t("staff-history-note"),
                _ => status_name(&i18n, e.status),
            };
            let mut note = e.note.clone();
            if !e.staff_note.is_empty() {
                let staff = i18n.t1("staff-history-staff-note", "note", &e.staff_note);
                note = [note, staff]
                    .into_iter()
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            TimelineEntry {
                title: format!(
                    "{title} – {}",
                    i18n.t1("staff-history-by", "name", &e.made_by)
                ),
                when: i18n.iso_date_time(&e.at),
                datetime: e.at.clone(),
                note,
            }
        })
        .collect::<Vec<_>>();
    let path = Route::StaffRequest {
        reference: reference.clone(),
    }
    .path();
    let (values, errors) = failed_form(&store, &path);
    let value = |k: &str| values.get(k).cloned().unwrap_or_default();
    let change = if case.next.is_empty() {
        view! { <p class="govuk-body">{i18n.t("staff-request-over")}</p> }.into_any()
    } else {
        let options = case
            .next
            .iter()
            .map(|s| RadioOption {
                value: s.as_str().into(),
                label: status_name(&i18n, *s),
            })
            .collect();
        view! {
            <form method="post" action=path.clone() novalidate=true>
                <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                <input type="hidden" name="from" value=summary.status.as_str()/>
                <Radios field=field(&i18n, errors, "status", "change-status-label", None) options=options value=value("status")/>
                <CharacterCount field=field(&i18n, errors, "note", "change-note-label", Some("change-note-hint")) value=value("note") max_length=NOTE_MAX_CHARS/>
                <CharacterCount field=field(&i18n, errors, "staff-note", "change-staff-note-label", Some("change-staff-note-hint")) value=value("staff-note") max_length=NOTE_MAX_CHARS/>
                <Button text=i18n.t("button-change-status")/>
            </form>
        }
        .into_any()
    };
    let title = i18n.t1("staff-request-title", "reference", &summary.reference);
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <StaffBar name=name/>
        <BackLink href=Route::StaffRequests.path()/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        {failed}
        {overdue}
        <SummaryList rows=rows/>
        <h2 class="govuk-heading-m">{i18n.t("staff-change-heading")}</h2>
        {change}
        <h2 class="govuk-heading-m">{i18n.t("staff-answers-heading")}</h2>
        <SummaryList rows=answers/>
        <h2 class="govuk-heading-m">{i18n.t("staff-files-heading")}</h2>
        {files}
        <Timeline heading=i18n.t("staff-history-heading") entries=entries/>
    }
    .into_any()
}
