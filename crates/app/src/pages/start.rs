use leptos::prelude::*;

use super::with_service;
use crate::components::{PageTitle, StartButton};

/// A service's start page: what it is for, what you need, how long it takes.
#[component]
pub fn StartPage() -> impl IntoView {
    with_service(move |store, def| {
        let i18n = store.i18n();
        let prefix = def.messages.clone();
        let title = i18n.t(&def.title_id());
        let paragraphs = def
            .start
            .paragraphs
            .iter()
            .map(|p| view! { <p class="govuk-body">{i18n.t(&format!("{prefix}-start-{p}"))}</p> })
            .collect_view();
        let needs = (!def.start.needs.is_empty()).then(|| {
            let items = def
                .start
                .needs
                .iter()
                .map(|n| view! { <li>{i18n.t(&format!("{prefix}-start-need-{n}"))}</li> })
                .collect_view();
            view! {
                <h2 class="govuk-heading-m">{i18n.t("start-before")}</h2>
                <p class="govuk-body">{i18n.t(&format!("{prefix}-start-need"))}</p>
                <ul class="govuk-list govuk-list--bullet">{items}</ul>
            }
        });
        let first = def
            .pages
            .first()
            .map(|p| def.page_path(&p.id))
            .unwrap_or_default();
        view! {
            <PageTitle title=title.clone()/>
            <h1 class="govuk-heading-xl">{title}</h1>
            <p class="govuk-body-l">{i18n.t(&def.summary_id())}</p>
            {paragraphs}
            {needs}
            <StartButton href=first text=i18n.t("button-start")/>
        }
        .into_any()
    })
}
