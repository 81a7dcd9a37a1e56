use frontdoor_domain::Route;
use leptos::prelude::*;

use crate::components::{Button, ErrorSummary, FieldText, PageTitle, TextInput};
use crate::state::use_store;

/// Track a request: a reference and the email address given with it.
#[component]
pub fn TrackPage() -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let failed = store.form_for(&Route::Track.path());
    let values = failed
        .as_ref()
        .map(|f| f.values.clone())
        .unwrap_or_default();
    let errors = RwSignal::new(failed.map(|f| f.errors).unwrap_or_default());
    let error_for = |field: &'static str| {
        let i18n = i18n.clone();
        Signal::derive(move || {
            errors.with(|l| {
                l.iter()
                    .find(|e| e.field == field)
                    .map(|e| i18n.t_with(&e.message_id, &e.args))
            })
        })
    };
    let reference = FieldText {
        id: "reference".into(),
        label: i18n.t("track-reference-label"),
        hint: Some(i18n.t("track-reference-hint")),
        heading: false,
        error: error_for("reference"),
    };
    let email = FieldText {
        id: "email".into(),
        label: i18n.t("track-email-label"),
        hint: None,
        heading: false,
        error: error_for("email"),
    };
    let value = |k: &str| values.get(k).cloned().unwrap_or_default();
    let title = i18n.t("track-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t("track-intro")}</p>
        <form method="post" action=Route::Track.path() novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <TextInput field=reference value=value("reference") width="govuk-input--width-10" no_spellcheck=true autocomplete="off".to_string()/>
            <TextInput field=email value=value("email") input_type="email" autocomplete="email".to_string() no_spellcheck=true/>
            <Button text=i18n.t("button-find")/>
        </form>
    }
}
