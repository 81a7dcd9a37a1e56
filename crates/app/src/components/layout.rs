use frontdoor_domain::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::ContactPanel;
use crate::i18n::Locale;
use crate::state::use_store;

/// The frame of every page: skip link, header with the language switch, main content, other ways
/// to contact the council, and footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let location = use_location();
    let current = i18n.locale;
    let switch = Locale::ALL
        .into_iter()
        .map(move |other| {
            if other == current {
                return view! {
                    <li class="language-switch__item">
                        <span class="language-switch__current" aria-current="true">{other.name()}</span>
                    </li>
                }
                .into_any();
            }
            // A full page load: the whole page changes language, and the server remembers the choice.
            let href = move || format!("{}?lang={}", location.pathname.get(), other.tag());
            view! {
                <li class="language-switch__item">
                    <a class="govuk-link language-switch__link" href=href rel="external" hreflang=other.tag() lang=other.tag()>
                        {other.name()}
                    </a>
                </li>
            }
            .into_any()
        })
        .collect_view();
    // An honest word when no qualified translator has checked this language yet.
    let unreviewed = (!i18n.reviewed).then(|| {
        let english = move || format!("{}?lang={}", location.pathname.get(), Locale::EnGb.tag());
        view! {
            <div class="language-notice">
                <div class="govuk-width-container">
                    <p class="govuk-body-s language-notice__text">
                        {i18n.t("language-unreviewed")}" "
                        <a class="govuk-link" href=english rel="external" hreflang=Locale::EnGb.tag()>{i18n.t("language-unreviewed-link")}</a>
                    </p>
                </div>
            </div>
        }
    });
    // A notice from the server, e.g. "your session had ended".
    let notice = store.data.with_untracked(|d| d.notice.clone()).map(|id| {
        view! { <div class="govuk-notification-banner" role="alert"><p class="govuk-body">{i18n.t(&id)}</p></div> }
    });
    view! {
        <a href="#main-content" class="govuk-skip-link">{i18n.t("skip-link")}</a>
        <header class="govuk-header">
            <div class="govuk-width-container govuk-header__container">
                <a href=Route::Home.path() class="govuk-header__link govuk-header__service-name">{i18n.t("council-name")}</a>
                <nav class="language-switch" aria-label=i18n.t("language-switch")>
                    <details class="language-switch__details">
                        <summary class="language-switch__summary">
                            <svg class="language-switch__icon" aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="20" height="20">
                                <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.5"/>
                                <path d="M1.5 10h17M10 1.5c-4.5 4.5-4.5 12.5 0 17M10 1.5c4.5 4.5 4.5 12.5 0 17" fill="none" stroke="currentColor" stroke-width="1.5"/>
                            </svg>
                            {i18n.t1("language-switch-summary", "language", current.name())}
                        </summary>
                        <ul class="language-switch__list">{switch}</ul>
                    </details>
                </nav>
            </div>
            {unreviewed}
        </header>
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                {notice}
                {children()}
            </main>
            <ContactPanel/>
        </div>
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <p class="govuk-body-s">{i18n.t("footer-cookies")}</p>
                <p class="govuk-body-s">
                    <a class="govuk-link" href=Route::Track.path()>{i18n.t("track-title")}</a>
                    " · "
                    <a class="govuk-link" href=Route::Return.path()>{i18n.t("return-title")}</a>
                    " · "
                    <a class="govuk-link" href=Route::Account.path()>{i18n.t("account-title")}</a>
                </p>
            </div>
        </footer>
    }
}
