use frontdoor_domain::{Category, Route};
use leptos::prelude::*;

use super::missing_data;
use crate::components::PageTitle;
use crate::state::{use_store, ServiceCard};

/// "What do you need to do?": the council's services by category, and a search that works
/// without JavaScript (a plain GET form answered by the server).
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_store();
    let Some(cards) = store.data.with_untracked(|d| d.catalogue.clone()) else {
        return missing_data();
    };
    let search = store.data.with_untracked(|d| d.search.clone());
    let i18n = store.i18n();
    let title = i18n.t("home-title");
    let list = |cards: Vec<ServiceCard>| {
        let items = cards
            .into_iter()
            .map(|card| {
                view! {
                    <li class="service-list__item">
                        <h3 class="govuk-heading-s"><a class="govuk-link" href=Route::Start { service: card.id.clone() }.path()>{card.title}</a></h3>
                        <p class="govuk-body">{card.summary}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="govuk-list service-list">{items}</ul> }
    };
    let body = match &search {
        Some(query) => {
            let heading = if cards.is_empty() {
                i18n.t_with(
                    "home-search-none",
                    &[("query".to_string(), query.clone())].into(),
                )
            } else {
                i18n.t_with(
                    "home-search-results",
                    &[
                        ("query".to_string(), query.clone()),
                        ("count".to_string(), cards.len().to_string()),
                    ]
                    .into(),
                )
            };
            view! {
                <h2 class="govuk-heading-m">{heading}</h2>
                {list(cards)}
                <p class="govuk-body"><a class="govuk-link" href=Route::Home.path()>{i18n.t("home-search-all")}</a></p>
            }
            .into_any()
        }
        None => Category::ALL
            .into_iter()
            .filter_map(|category| {
                let in_category: Vec<ServiceCard> = cards
                    .iter()
                    .filter(|c| c.category == category)
                    .cloned()
                    .collect();
                (!in_category.is_empty()).then(|| {
                    view! {
                        <h2 class="govuk-heading-m">{i18n.t(category.message_id())}</h2>
                        {list(in_category)}
                    }
                })
            })
            .collect_view()
            .into_any(),
    };
    view! {
        <PageTitle title=title.clone()/>
        <h1 class="govuk-heading-xl">{title}</h1>
        <p class="govuk-body-l">{i18n.t("home-intro")}</p>
        <form method="get" action="/" class="service-search" role="search">
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="q">{i18n.t("home-search-label")}</label>
                <input class="govuk-input" id="q" name="q" type="search" value=search.clone().unwrap_or_default()/>
            </div>
            <button type="submit" class="govuk-button">{i18n.t("home-search-button")}</button>
        </form>
        {body}
        <p class="govuk-body"><a class="govuk-link" href=Route::Track.path()>{i18n.t("home-track")}</a></p>
    }
    .into_any()
}
