//! Signing in with nothing to remember: an email address, then the code emailed to it. The same
//! pages for residents (whose email also has a link) and for caseworkers.

use frontdoor_domain::casework::SIGN_IN_CODE_MINUTES;
use frontdoor_domain::Route;
use leptos::prelude::*;

use super::{failed_form, field};
use crate::components::{Button, ErrorSummary, PageTitle, TextInput};
use crate::state::use_store;

/// Who is signing in: the pages' addresses and texts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SignInFor {
    Resident,
    Staff,
}

impl SignInFor {
    fn email_page(self) -> Route {
        match self {
            SignInFor::Resident => Route::AccountSignIn,
            SignInFor::Staff => Route::StaffSignIn,
        }
    }

    fn code_page(self) -> Route {
        match self {
            SignInFor::Resident => Route::AccountCode,
            SignInFor::Staff => Route::StaffCode,
        }
    }

    /// The first part of its messages' ids: `account-sign-in-title`, `staff-sign-in-title`...
    fn messages(self) -> &'static str {
        match self {
            SignInFor::Resident => "account",
            SignInFor::Staff => "staff",
        }
    }
}

/// The email address, to be sent a code.
#[component]
pub fn SignInPage(who: SignInFor) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let path = who.email_page().path();
    let (values, errors) = failed_form(&store, &path);
    let email = field(&i18n, errors, "email", "staff-email-label", None);
    let m = who.messages();
    let title = i18n.t(&format!("{m}-sign-in-title"));
    // A council's identity provider, where it has one: a plain link, so it works without scripts.
    let provider = store
        .data
        .with_untracked(|d| d.account.as_ref().and_then(|a| a.provider.clone()))
        .filter(|_| who == SignInFor::Resident)
        .map(|name| view! {
            <h2 class="govuk-heading-m">{i18n.t("account-provider-heading")}</h2>
            <p class="govuk-body">
                <a class="govuk-button govuk-button--secondary" role="button" rel="nofollow" href=Route::AccountProvider.path()>
                    {i18n.t1("account-provider-button", "name", name)}
                </a>
            </p>
        });
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t(&format!("{m}-sign-in-intro"))}</p>
        <form method="post" action=path novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <TextInput field=email value=values.get("email").cloned().unwrap_or_default() input_type="email" autocomplete="email".to_string() no_spellcheck=true/>
            <Button text=i18n.t("button-send-code")/>
        </form>
        {provider}
    }
}

/// The code from the email (which a resident may also sign in with by its link).
#[component]
pub fn CodePage(who: SignInFor) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let path = who.code_page().path();
    let (values, errors) = failed_form(&store, &path);
    let code = field(
        &i18n,
        errors,
        "code",
        "staff-code-label",
        Some("staff-code-hint"),
    );
    let m = who.messages();
    let title = i18n.t("staff-code-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t1(&format!("{m}-code-intro"), "minutes", SIGN_IN_CODE_MINUTES)}</p>
        <form method="post" action=path novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <TextInput field=code value=values.get("code").cloned().unwrap_or_default() width="govuk-input--width-5" inputmode="numeric" autocomplete="one-time-code".to_string() no_spellcheck=true/>
            <Button text=i18n.t("button-sign-in")/>
        </form>
        <p class="govuk-body"><a class="govuk-link" href=who.email_page().path()>{i18n.t("staff-code-again")}</a></p>
    }
}

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    view! { <SignInPage who=SignInFor::Staff/> }
}

#[component]
pub fn StaffCodePage() -> impl IntoView {
    view! { <CodePage who=SignInFor::Staff/> }
}

#[component]
pub fn AccountSignInPage() -> impl IntoView {
    view! { <SignInPage who=SignInFor::Resident/> }
}

#[component]
pub fn AccountCodePage() -> impl IntoView {
    view! { <CodePage who=SignInFor::Resident/> }
}
