use leptos::prelude::*;

use crate::state::use_store;

#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    view! { <a href=href class="govuk-back-link">{use_store().t("back-link")}</a> }
}
