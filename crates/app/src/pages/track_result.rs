use frontdoor_domain::Route;
use leptos::prelude::*;

use super::missing_data;
use crate::components::{PageTitle, SummaryList, SummaryRow, Timeline, TimelineEntry, WarningText};
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
        row("track-act-by", i18n.iso_date(&request.act_by)),
    ];
    // The promise to acknowledge matters until it is kept.
    if let Some(by) = request
        .acknowledge_by
        .as_ref()
        .filter(|_| request.status == frontdoor_domain::api::RequestStatus::Received)
    {
        rows.push(row("track-acknowledge-by", i18n.iso_date(by)));
    }
    let overdue = request
        .overdue
        .then(|| view! { <WarningText text=i18n.t("track-overdue") assistive=i18n.t("warning")/> });
    let entries = request
        .history
        .iter()
        .map(|e| TimelineEntry {
            title: i18n.t(&format!("track-status-{}", e.status.as_str())),
            when: i18n.iso_date_time(&e.at),
            datetime: e.at.clone(),
            note: e.note.clone(),
        })
        .collect::<Vec<_>>();
    let history = (!entries.is_empty())
        .then(|| view! { <Timeline heading=i18n.t("track-history") entries=entries/> });
    let title = i18n.t("track-result-title");
    view! {
        <PageTitle title=title.clone()/>
        <h1 class="govuk-heading-l">{title}</h1>
        <SummaryList rows=rows/>
        {overdue}
        {history}
        <p class="govuk-body"><a class="govuk-link" href=Route::Track.path()>{i18n.t("track-another")}</a></p>
    }
    .into_any()
}
