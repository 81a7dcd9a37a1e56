use frontdoor_domain::Route;
use leptos::prelude::*;

use super::{missing_data, with_service};
use crate::components::{PageTitle, Panel};

/// The reference, what happens next, and the date the council will act by.
#[component]
pub fn ConfirmationPage() -> impl IntoView {
    with_service(move |store, def| {
        let summary = store
            .data
            .with_untracked(|d| d.confirmation.clone())
            .filter(|c| c.service == def.id);
        let Some(summary) = summary else {
            return missing_data();
        };
        let i18n = store.i18n();
        let prefix = &def.messages;
        let title = i18n.t("confirmation-title");
        let next_steps = [
            format!("{prefix}-next-steps"),
            format!("{prefix}-next-steps-leave-out"),
        ]
        .into_iter()
        .filter(|id| i18n.has(id))
        .map(|id| view! { <p class="govuk-body">{i18n.t(&id)}</p> })
        .collect_view();
        let reference_label = i18n.t("confirmation-reference");
        let standard = i18n.t1(
            &format!("{prefix}-standard"),
            "date",
            i18n.iso_date_with_weekday(&summary.act_by),
        );
        view! {
                <PageTitle title=title.clone()/>
                <Panel title=title>
                    {reference_label}
                    <br/>
                    <strong class="reference" dir="ltr">{summary.reference.clone()}</strong>
                </Panel>
                <p class="govuk-body">{i18n.t("confirmation-keep")}</p>
                <h2 class="govuk-heading-m">{i18n.t("confirmation-next")}</h2>
                <p class="govuk-body">{standard}</p>
                {next_steps}
                <p class="govuk-body"><a class="govuk-link" href=Route::Track.path()>{i18n.t("confirmation-track")}</a></p>
                <p class="govuk-body"><a class="govuk-link" href=Route::Home.path()>{i18n.t("confirmation-another")}</a></p>
            }
            .into_any()
    })
}
