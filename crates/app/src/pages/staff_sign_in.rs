use frontdoor_domain::casework::SIGN_IN_CODE_MINUTES;
use frontdoor_domain::Route;
use leptos::prelude::*;

use super::{failed_form, field};
use crate::components::{Button, ErrorSummary, PageTitle, TextInput};
use crate::state::use_store;

/// Caseworkers sign in: their council email address, to be sent a code.
#[component]
pub fn StaffSignInPage() -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let path = Route::StaffSignIn.path();
    let (values, errors) = failed_form(&store, &path);
    let email = field(&i18n, errors, "email", "staff-email-label", None);
    let title = i18n.t("staff-sign-in-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t("staff-sign-in-intro")}</p>
        <form method="post" action=path novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <TextInput field=email value=values.get("email").cloned().unwrap_or_default() input_type="email" autocomplete="email".to_string() no_spellcheck=true/>
            <Button text=i18n.t("button-send-code")/>
        </form>
    }
}

/// Caseworkers sign in: the code from the email.
#[component]
pub fn StaffCodePage() -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let path = Route::StaffCode.path();
    let (values, errors) = failed_form(&store, &path);
    let code = field(
        &i18n,
        errors,
        "code",
        "staff-code-label",
        Some("staff-code-hint"),
    );
    let title = i18n.t("staff-code-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t1("staff-code-intro", "minutes", SIGN_IN_CODE_MINUTES)}</p>
        <form method="post" action=path novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <TextInput field=code value=values.get("code").cloned().unwrap_or_default() width="govuk-input--width-5" inputmode="numeric" autocomplete="one-time-code".to_string() no_spellcheck=true/>
            <Button text=i18n.t("button-sign-in")/>
        </form>
        <p class="govuk-body"><a class="govuk-link" href=Route::StaffSignIn.path()>{i18n.t("staff-code-again")}</a></p>
    }
}
