use leptos::prelude::*;

use crate::components::PageTitle;
use crate::state::use_store;

#[component]
pub fn NotFound() -> impl IntoView {
    let store = use_store();
    let title = store.t("not-found-title");
    view! {
        <PageTitle title=title.clone()/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{store.t("not-found-body")}</p>
    }
}
