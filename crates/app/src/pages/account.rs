use frontdoor_domain::Route;
use leptos::prelude::*;

use super::missing_data;
use crate::components::{
    BackLink, Button, Checkboxes, ErrorSummary, PageTitle, RadioOption, SummaryList, SummaryRow,
};
use crate::state::use_store;

/// A signed-in resident's home: their requests (status and promised date), forms in progress,
/// messages sent, and signing out here or everywhere.
#[component]
pub fn AccountPage() -> impl IntoView {
    let store = use_store();
    let Some(account) = store.data.with_untracked(|d| d.account.clone()) else {
        return missing_data();
    };
    let i18n = store.i18n();
    let requests = if account.requests.is_empty() {
        view! { <p class="govuk-body">{i18n.t("account-no-requests")}</p> }.into_any()
    } else {
        let rows = account
            .requests
            .iter()
            .map(|(r, title)| {
                let overdue = r.overdue.then(|| view! { " " <strong class="govuk-tag govuk-tag--red">{i18n.t("staff-overdue")}</strong> });
                view! {
                    <tr class="govuk-table__row">
                        <th scope="row" class="govuk-table__header">{r.reference.clone()}</th>
                        <td class="govuk-table__cell">{title.clone()}</td>
                        <td class="govuk-table__cell">{i18n.t(&format!("track-status-{}", r.status.as_str()))}{overdue}</td>
                        <td class="govuk-table__cell">{i18n.iso_date(&r.act_by)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="govuk-table">
                <thead>
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{i18n.t("track-reference")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("track-service")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("track-status")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("track-act-by")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="govuk-body"><a class="govuk-link" href=Route::Track.path()>{i18n.t("account-track")}</a></p>
        }
        .into_any()
    };
    let drafts = if account.drafts.is_empty() {
        view! { <p class="govuk-body">{i18n.t("account-no-drafts")}</p> }.into_any()
    } else {
        let items = account
            .drafts
            .iter()
            .map(|d| view! {
                <li>
                    <a class="govuk-link" href=d.continue_to.clone()>{d.service_title.clone()}</a>
                    {format!(" – {}", i18n.t1("account-draft-saved", "when", i18n.iso_date_time(&d.saved_at)))}
                </li>
            })
            .collect_view();
        view! { <ul class="govuk-list">{items}</ul> }.into_any()
    };
    let messages = if account.messages.is_empty() {
        view! { <p class="govuk-body">{i18n.t("account-no-messages")}</p> }.into_any()
    } else {
        let items = account
            .messages
            .iter()
            .map(|m| view! {
                <li>{i18n.t(&format!("account-message-{}", m.template))}{format!(" – {}", i18n.iso_date_time(&m.sent_at))}</li>
            })
            .collect_view();
        view! { <ul class="govuk-list">{items}</ul> }.into_any()
    };
    let saved = {
        let rows = account
            .saved
            .iter()
            .map(|(field, what, value)| {
                let href = Route::AccountDetail { detail: field.clone() }.path();
                let (shown, action) = match value.is_empty() {
                    true => (i18n.t("profile-not-saved"), i18n.t("profile-add")),
                    false => (value.clone(), i18n.t("profile-change")),
                };
                let remove = (!value.is_empty()).then(|| view! {
                    <form method="post" action=Route::Account.path()>
                        <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                        <input type="hidden" name="remove" value=field.clone()/>
                        <button type="submit" class="govuk-button govuk-button--secondary govuk-summary-list__button">
                            {i18n.t("profile-remove")}<span class="govuk-visually-hidden">{format!(" {}", what.to_lowercase())}</span>
                        </button>
                    </form>
                });
                view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{what.clone()}</dt>
                        <dd class="govuk-summary-list__value"><bdi>{shown}</bdi></dd>
                        <dd class="govuk-summary-list__actions">
                            <a class="govuk-link" href=href>{action}<span class="govuk-visually-hidden">{format!(" {}", what.to_lowercase())}</span></a>
                            {remove}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="govuk-summary-list">{rows}</dl> }.into_any()
    };
    let uses = (!account.uses.is_empty()).then(|| {
        let items = account
            .uses
            .iter()
            .map(|u| {
                let reference = u
                    .reference
                    .clone()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default();
                view! {
                    <li>{i18n.t_with("profile-use", &[
                        ("detail".to_string(), u.detail.clone()),
                        ("service".to_string(), format!("{}{reference}", u.service_title)),
                        ("when".to_string(), i18n.iso_date_time(&u.used_at)),
                    ].into_iter().collect())}</li>
                }
            })
            .collect_view();
        view! {
            <h3 class="govuk-heading-s">{i18n.t("profile-uses")}</h3>
            <ul class="govuk-list govuk-list--bullet">{items}</ul>
        }
        .into_any()
    });
    // "Tell us once": changed details, offered to the open requests.
    let pass_on = (!account.changes.is_empty() && !account.open_requests.is_empty()).then(|| {
        let changed = account
            .changes
            .iter()
            .map(|(what, value)| view! { <li>{format!("{what}: {value}")}</li> })
            .collect_view();
        let options = account
            .open_requests
            .iter()
            .map(|(reference, title)| RadioOption {
                value: reference.clone(),
                label: format!("{title} – {reference}"),
            })
            .collect();
        let field = crate::components::FieldText {
            id: "pass-to".into(),
            label: i18n.t("profile-pass-on-legend"),
            hint: None,
            heading: false,
            error: Signal::derive(|| None),
        };
        view! {
            <div class="govuk-notification-banner" role="region" aria-labelledby="pass-on-heading">
                <h2 class="govuk-heading-m" id="pass-on-heading">{i18n.t("profile-pass-on-heading")}</h2>
                <ul class="govuk-list">{changed}</ul>
                <form method="post" action=Route::Account.path()>
                    <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                    <Checkboxes field=field options=options none=None value=""/>
                    <button type="submit" class="govuk-button" name="action" value="pass-on">{i18n.t("profile-pass-on-button")}</button>
                    " "
                    <button type="submit" class="govuk-button govuk-button--secondary" name="action" value="keep">{i18n.t("profile-keep-button")}</button>
                </form>
            </div>
        }
        .into_any()
    });
    // Requests, forms, messages and the ways out, apart (one view type each keeps them simple).
    let lists = view! {
        <h2 class="govuk-heading-m">{i18n.t("account-requests")}</h2>
        {requests}
        <h2 class="govuk-heading-m">{i18n.t("account-drafts")}</h2>
        {drafts}
        <h2 class="govuk-heading-m">{i18n.t("account-messages")}</h2>
        {messages}
        <h2 class="govuk-heading-m">{i18n.t("account-data-title")}</h2>
        <ul class="govuk-list">
            <li><a class="govuk-link" href=Route::AccountData.path()>{i18n.t("account-data-link")}</a></li>
            <li><a class="govuk-link" href=Route::AccountDelete.path()>{i18n.t("account-delete-title")}</a></li>
        </ul>
        <form method="post" action=Route::AccountSignOut.path()>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <button type="submit" class="govuk-button govuk-button--secondary">{i18n.t("account-sign-out")}</button>
        </form>
        <form method="post" action=Route::AccountSignOutEverywhere.path()>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <button type="submit" class="govuk-button govuk-button--secondary">{i18n.t("account-sign-out-everywhere")}</button>
        </form>
    }
    .into_any();
    let title = i18n.t("account-title");
    view! {
        <PageTitle title=title.clone()/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t1("account-signed-in-as", "email", &account.email)}</p>
        {pass_on}
        <h2 class="govuk-heading-m">{i18n.t("profile-heading")}</h2>
        <p class="govuk-body">{i18n.t("profile-intro")}</p>
        {saved}
        {uses}
        {lists}
    }
    .into_any()
}

/// "Your data": everything held about the resident, to read, and a link to download it.
#[component]
pub fn AccountDataPage() -> impl IntoView {
    let store = use_store();
    let Some(account) = store.data.with_untracked(|d| d.account.clone()) else {
        return missing_data();
    };
    let i18n = store.i18n();
    let sections = account
        .details
        .iter()
        .map(|section| {
            let rows = section
                .rows
                .iter()
                .map(|(key, value)| SummaryRow {
                    key: key.clone(),
                    value: value.clone(),
                    change: None,
                })
                .collect();
            view! {
                <h3 class="govuk-heading-s">{section.heading.clone()}</h3>
                <SummaryList rows=rows/>
            }
        })
        .collect_view();
    let messages = account
        .messages
        .iter()
        .map(|m| view! {
            <li>{i18n.t(&format!("account-message-{}", m.template))}{format!(" – {}", i18n.iso_date_time(&m.sent_at))}</li>
        })
        .collect_view();
    let account_rows = vec![
        SummaryRow {
            key: i18n.t("staff-email-label"),
            value: account.email.clone(),
            change: None,
        },
        SummaryRow {
            key: i18n.t("account-data-since"),
            value: i18n.iso_date_time(&account.since),
            change: None,
        },
    ];
    let title = i18n.t("account-data-title");
    view! {
        <PageTitle title=title.clone()/>
        <BackLink href=Route::Account.path()/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t("account-data-intro")}</p>
        <p class="govuk-body"><a class="govuk-link" href=Route::AccountDownload.path() download="your-data.json">{i18n.t("account-data-download")}</a></p>
        <h2 class="govuk-heading-m">{i18n.t("account-title")}</h2>
        <SummaryList rows=account_rows/>
        <h2 class="govuk-heading-m">{i18n.t("account-data-answers")}</h2>
        {sections}
        <h2 class="govuk-heading-m">{i18n.t("account-messages")}</h2>
        <ul class="govuk-list">{messages}</ul>
    }
    .into_any()
}

/// Deleting the account: what goes, what the council keeps and why, and a confirmation.
#[component]
pub fn AccountDeletePage() -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let path = Route::AccountDelete.path();
    let (_, errors) = super::failed_form(&store, &path);
    let confirm = super::field(&i18n, errors, "confirm", "account-delete-confirm", None);
    let options = vec![RadioOption {
        value: "yes".into(),
        label: i18n.t("account-delete-confirm-yes"),
    }];
    let title = i18n.t("account-delete-title");
    view! {
        <PageTitle title=title.clone() errors=errors/>
        <BackLink href=Route::Account.path()/>
        <ErrorSummary errors=errors/>
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{i18n.t("account-delete-goes")}</p>
        <p class="govuk-body">{i18n.t("account-delete-kept")}</p>
        <form method="post" action=path novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            <Checkboxes field=confirm options=options none=None value=""/>
            <button type="submit" class="govuk-button govuk-button--warning">{i18n.t("account-delete-button")}</button>
        </form>
    }
}

/// One saved detail, changed with the same question and rules as any form's.
#[component]
pub fn AccountDetailPage() -> impl IntoView {
    let store = use_store();
    let params = leptos_router::hooks::use_params_map();
    let detail = params.with_untracked(|p| p.get("detail").unwrap_or_default());
    let Some(def) = store.service() else {
        return missing_data();
    };
    let Some(page) = def.page(&detail).cloned() else {
        return missing_data();
    };
    let i18n = store.i18n();
    let path = Route::AccountDetail { detail }.path();
    let answers = store.answers();
    let failed = store.form_for(&path);
    let values = failed
        .as_ref()
        .map(|f| f.values.clone())
        .unwrap_or_else(|| frontdoor_domain::Journey::new(&def, &answers).page_input(&page));
    let errors = RwSignal::new(failed.map(|f| f.errors).unwrap_or_default());
    let single = page.questions.len() == 1;
    let fields = page
        .questions
        .iter()
        .map(|q| {
            super::question_field::question_field(
                store,
                &def,
                q,
                &values,
                errors,
                single,
                None,
                vec![],
            )
        })
        .collect_view();
    let title = i18n.t(&def.page_title_id(&page));
    view! {
        <PageTitle title=title errors=errors/>
        <BackLink href=Route::Account.path()/>
        <ErrorSummary errors=errors/>
        <form method="post" action=path novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            {fields}
            <Button text=i18n.t("button-save-detail")/>
        </form>
    }
    .into_any()
}
