use leptos::prelude::*;

use super::missing_data;
use crate::components::PageTitle;
use crate::state::use_store;

/// "What do you need to do?": the council's services.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_store();
    let Some(cards) = store.data.with_untracked(|d| d.catalogue.clone()) else {
        return missing_data(store);
    };
    let title = store.t("home-title");
    let items = cards
        .into_iter()
        .map(|card| {
            view! {
                <li class="service-list__item">
                    <h2 class="govuk-heading-s"><a class="govuk-link" href=format!("/{}", card.id)>{card.title}</a></h2>
                    <p class="govuk-body">{card.summary}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle title=title.clone()/>
        <h1 class="govuk-heading-xl">{title}</h1>
        <p class="govuk-body-l">{store.t("home-intro")}</p>
        <ul class="govuk-list service-list">{items}</ul>
        <p class="govuk-body"><a class="govuk-link" href="/track">{store.t("home-track")}</a></p>
    }
    .into_any()
}
