use leptos::prelude::*;

/// GOV.UK confirmation panel.
#[component]
pub fn Panel(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{title}</h1>
            <div class="govuk-panel__body">{children()}</div>
        </div>
    }
}
