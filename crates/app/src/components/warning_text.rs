use leptos::prelude::*;

/// GOV.UK warning text: something the visitor must not miss, with "Warning" read out first.
#[component]
pub fn WarningText(#[prop(into)] text: String, #[prop(into)] assistive: String) -> impl IntoView {
    view! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{assistive}</span>
                {text}
            </strong>
        </div>
    }
}
