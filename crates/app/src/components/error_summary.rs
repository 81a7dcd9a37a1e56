use frontdoor_domain::FieldError;
use leptos::prelude::*;

use crate::client;
use crate::state::use_store;

/// GOV.UK error summary: at the top of the page, focused when it appears, linking to each field.
/// Without JavaScript, `autofocus` moves focus to it when the page loads.
#[component]
pub fn ErrorSummary(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let store = use_store();
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let i18n = store.i18n();
            let items = list
                .into_iter()
                .map(|e| {
                    let target = e.target.clone();
                    let message = i18n.t_with(&e.message_id, &e.args);
                    view! {
                        <li>
                            <a href=format!("#{target}") on:click=move |ev| client::focus_field(ev, &target)>{message}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="govuk-error-summary" id="error-summary" tabindex="-1" autofocus=true>
                    <div role="alert">
                        <h2 class="govuk-error-summary__title">{store.t("error-summary-title")}</h2>
                        <div class="govuk-error-summary__body">
                            <ul class="govuk-list govuk-error-summary__list">{items}</ul>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
