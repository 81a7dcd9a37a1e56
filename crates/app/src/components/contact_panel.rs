use leptos::prelude::*;

use crate::state::use_store;

/// Other ways to reach the council, on every page, so no one is left behind.
#[component]
pub fn ContactPanel() -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let phone = i18n.t("council-phone");
    let tel = format!("tel:{}", phone.replace(' ', ""));
    view! {
        <aside class="contact-panel" aria-labelledby="contact-heading">
            <h2 class="govuk-heading-s" id="contact-heading">{i18n.t("contact-heading")}</h2>
            <p class="govuk-body">
                <a class="govuk-link" href=tel rel="external">{i18n.t1("contact-phone", "phone", &phone)}</a>
                <br/>
                {i18n.t("contact-hours")}
            </p>
            <p class="govuk-body">{i18n.t("contact-in-person")}</p>
        </aside>
    }
}
