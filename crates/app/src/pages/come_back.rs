use frontdoor_domain::FormInput;
use frontdoor_domain::Route;
use leptos::prelude::*;

use super::missing_data;
use super::question_field::question_field;
use crate::components::{Button, ErrorSummary, FieldText, PageTitle, TextInput};
use crate::state::use_store;

/// Come back to a saved form: the access code (a plain post, or the API with JavaScript).
#[component]
pub fn ReturnPage() -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let failed = store.form_for(&Route::Return.path());
    let typed = failed
        .as_ref()
        .and_then(|f| f.values.get("code").cloned())
        .unwrap_or_default();
    let errors = RwSignal::new(failed.map(|f| f.errors).unwrap_or_default());
    let error_i18n = i18n.clone();
    let field = FieldText {
        id: "code".into(),
        label: i18n.t("return-code-label"),
        hint: Some(i18n.t("return-code-hint")),
        heading: false,
        error: Signal::derive(move || {
            errors.with(|l| l.first().map(|e| error_i18n.t_with(&e.message_id, &e.args)))
        }),
    };
    let title = i18n.t("return-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t("return-intro")}</p>
        <form method="post" action=Route::Return.path() novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <TextInput field=field value=typed width="govuk-input--width-10" no_spellcheck=true autocomplete="off".to_string()/>
            <Button text=i18n.t("button-continue")/>
        </form>
    }
}

/// Check it is you: one answer from the saved form, asked again with its own question type.
#[component]
pub fn ReturnCheckPage() -> impl IntoView {
    let store = use_store();
    let Some(def) = store.service() else {
        return missing_data();
    };
    let i18n = store.i18n();
    let failed = store.form_for(&Route::ReturnCheck.path());
    let values: FormInput = failed
        .as_ref()
        .map(|f| f.values.clone())
        .unwrap_or_default();
    let errors = RwSignal::new(failed.map(|f| f.errors).unwrap_or_default());
    let check = store.data.with_untracked(|d| d.return_check.clone());
    let question = check.and_then(|id| def.questions().find(|q| q.id == id).cloned());
    // "What postcode did you give in the form?": one message for each type that can be asked.
    let label = question.as_ref().map(|q| {
        let summary = i18n.t(&def.question_message(q, "summary"));
        i18n.t1(
            &format!("return-check-{}", q.kind.name()),
            "question",
            summary,
        )
    });
    let field = question.map(|q| {
        question_field(
            store,
            &def,
            &q,
            &values,
            errors,
            false,
            label.clone(),
            vec![],
        )
    });
    let none = field
        .is_none()
        .then(|| view! { <p class="govuk-body">{i18n.t("return-check-none")}</p> });
    let title = i18n.t("return-check-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t(&def.title_id())}</p>
        <form method="post" action=Route::ReturnCheck.path() novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            {field}
            {none}
            <Button text=i18n.t("button-continue")/>
        </form>
    }
    .into_any()
}
