use frontdoor_domain::{Journey, Route};
use leptos::prelude::*;

use super::with_service;
use crate::components::{BackLink, Button, PageTitle, Panel};

/// "Save and come back later": first what it means, then (after a plain post) the access code.
#[component]
pub fn SavePage() -> impl IntoView {
    with_service(move |store, def| {
        let i18n = store.i18n();
        let answers = store.answers();
        let resume = Journey::new(&def, &answers).resume_step().path(&def);
        let id = def.id.clone();
        // Shown again in place when the code arrives through the API.
        move || {
            {
        let saved = store
            .data
            .with(|d| d.saved.clone())
            .filter(|s| s.service == id);
        let (i18n, resume) = (i18n.clone(), resume.clone());
        match saved {
            Some(saved) => {
                let title = i18n.t("saved-title");
                let emailed = saved.emailed_to.as_ref().map(|email| view! { <p class="govuk-body">{i18n.t1("saved-emailed", "email", email)}</p> });
                let code_label = i18n.t("saved-code");
                view! {
                        <PageTitle title=title.clone()/>
                        <Panel title=title>
                            {code_label}
                            <br/>
                            <strong class="reference" dir="ltr">{saved.code.clone()}</strong>
                        </Panel>
                        <p class="govuk-body">{i18n.t("saved-keep")}</p>
                        <p class="govuk-body">{i18n.t1("saved-return-how", "address", &saved.return_address)}</p>
                        <p class="govuk-body">{i18n.t1("saved-expires", "date", i18n.iso_date(&saved.expires_on))}</p>
                        {emailed}
                        <p class="govuk-body">{i18n.t("saved-link")}" "<a class="govuk-link saved-link" href=saved.link.clone() rel="external">{saved.link.clone()}</a></p>
                        <p class="govuk-body"><a class="govuk-link" href=resume>{i18n.t("saved-continue")}</a></p>
                    }
                    .into_any()
            }
            None => {
                let title = i18n.t("save-title");
                view! {
                    <PageTitle title=title.clone()/>
                    <BackLink href=resume/>
                    <h1 class="govuk-heading-l">{title}</h1>
                    <p class="govuk-body">{i18n.t("save-intro")}</p>
                    <p class="govuk-body">{i18n.t("save-check")}</p>
                    <form method="post" action=Route::Save { service: id.clone() }.path() novalidate=true>
                        <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                        <Button text=i18n.t("save-button")/>
                    </form>
                }
                .into_any()
            }
        }
        }
        .into_any()
        }
    })
}
