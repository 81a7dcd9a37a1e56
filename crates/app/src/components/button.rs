use leptos::prelude::*;

/// A submit button. A second click while the first is on its way sends nothing more (the page
/// script sees to it, and the server is idempotent too).
#[component]
pub fn Button(#[prop(into)] text: String) -> impl IntoView {
    view! { <button type="submit" class="govuk-button">{text}</button> }
}

/// The green "Start now" link on a start page.
#[component]
pub fn StartButton(#[prop(into)] href: String, #[prop(into)] text: String) -> impl IntoView {
    view! {
        <a href=href role="button" draggable="false" class="govuk-button govuk-button--start">
            {text}
            <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
            </svg>
        </a>
    }
}
