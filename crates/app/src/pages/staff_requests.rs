use frontdoor_domain::progress::RequestStatus;
use frontdoor_domain::Route;
use leptos::prelude::*;

use super::missing_data;
use crate::components::{Button, Checkboxes, FieldText, PageTitle, RadioOption, Select};
use crate::state::{use_store, CaseList};

/// Who is signed in, and the way out, above every caseworker's page.
#[component]
pub fn StaffBar(#[prop(into)] name: String) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    view! {
        <div class="staff-bar">
            <p class="govuk-body-s">{i18n.t1("staff-signed-in-as", "name", name)}</p>
            <form method="post" action=Route::StaffSignOut.path()>
                <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                <button type="submit" class="govuk-button govuk-button--secondary">{i18n.t("staff-sign-out")}</button>
            </form>
        </div>
    }
}

/// A status's tag: overdue in red, a reply waiting in yellow.
pub fn status_name(i18n: &crate::i18n::I18n, status: RequestStatus) -> String {
    i18n.t(&format!("staff-status-{}", status.as_str()))
}

/// The caseworker's list: filters, then the requests, soonest promised first.
#[component]
pub fn StaffRequestsPage() -> impl IntoView {
    let store = use_store();
    let Some((name, list)) = store.data.with_untracked(|d| {
        d.staff
            .as_ref()
            .and_then(|s| s.cases.clone().map(|c| (s.name.clone(), c)))
    }) else {
        return missing_data();
    };
    let i18n = store.i18n();
    let CaseList {
        service,
        status,
        overdue,
        rows,
        services,
        ratings,
    } = list;
    let plain = |id: &str, label: &str| FieldText {
        id: id.into(),
        label: i18n.t(label),
        hint: None,
        heading: false,
        error: Signal::derive(|| None),
    };
    let any = RadioOption {
        value: String::new(),
        label: i18n.t("staff-filter-any"),
    };
    let service_options = std::iter::once(any.clone())
        .chain(services.iter().map(|(id, title)| RadioOption {
            value: id.clone(),
            label: title.clone(),
        }))
        .collect();
    let status_options = std::iter::once(any)
        .chain(RequestStatus::ALL.iter().map(|s| RadioOption {
            value: s.as_str().into(),
            label: status_name(&i18n, *s),
        }))
        .collect();
    let overdue_option = vec![RadioOption {
        value: "true".into(),
        label: i18n.t("staff-filter-overdue"),
    }];
    let count = rows.len();
    let table_rows = rows
        .into_iter()
        .map(|r| {
            let href = Route::StaffRequest {
                reference: r.reference.replace('-', ""),
            }
            .path();
            let overdue = r
                .overdue
                .then(|| view! { " " <strong class="govuk-tag govuk-tag--red">{i18n.t("staff-overdue")}</strong> });
            let replied = r
                .replied
                .then(|| view! { " " <strong class="govuk-tag govuk-tag--yellow">{i18n.t("staff-replied")}</strong> });
            view! {
                <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header"><a class="govuk-link" href=href>{r.reference}</a></th>
                    <td class="govuk-table__cell">{r.service_title}</td>
                    <td class="govuk-table__cell">{status_name(&i18n, r.status)}{overdue}{replied}</td>
                    <td class="govuk-table__cell">{i18n.iso_date(&r.submitted_on)}</td>
                    <td class="govuk-table__cell">{i18n.iso_date(&r.act_by)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = if count == 0 {
        view! { <p class="govuk-body">{i18n.t("staff-requests-none")}</p> }.into_any()
    } else {
        view! {
            <table class="govuk-table">
                <caption class="govuk-table__caption">{i18n.t1("staff-requests-count", "count", count)}</caption>
                <thead>
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{i18n.t("staff-column-reference")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("staff-column-service")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("staff-column-status")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("staff-column-sent")}</th>
                        <th scope="col" class="govuk-table__header">{i18n.t("staff-column-act-by")}</th>
                    </tr>
                </thead>
                <tbody>{table_rows}</tbody>
            </table>
        }
        .into_any()
    };
    // With one service chosen: how its residents rated it.
    let ratings = service.as_ref().map(|_| {
        let given: i64 = ratings.iter().map(|(_, n)| n).sum();
        let body = if given == 0 {
            view! { <p class="govuk-body">{i18n.t("staff-ratings-none")}</p> }.into_any()
        } else {
            let lines = ratings
                .iter()
                .map(|(s, n)| view! {
                    <tr class="govuk-table__row">
                        <td class="govuk-table__cell">{i18n.t(&format!("rating-{}", s.as_str()))}</td>
                        <td class="govuk-table__cell">{*n}</td>
                    </tr>
                })
                .collect_view();
            view! {
                <table class="govuk-table">
                    <thead>
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header">{i18n.t("staff-ratings-answer")}</th>
                            <th scope="col" class="govuk-table__header">{i18n.t("staff-ratings-count")}</th>
                        </tr>
                    </thead>
                    <tbody>{lines}</tbody>
                </table>
            }
            .into_any()
        };
        view! { <h2 class="govuk-heading-m">{i18n.t("staff-ratings-heading")}</h2>{body} }
    });
    let title = i18n.t("staff-requests-title");
    view! {
        <PageTitle title=title.clone()/>
        <StaffBar name=name/>
        <h1 class="govuk-heading-l">{title}</h1>
        <form method="get" action=Route::StaffRequests.path() class="staff-filters">
            <Select field=plain("service", "staff-filter-service") options=service_options value=service.unwrap_or_default()/>
            <Select field=plain("status", "staff-filter-status") options=status_options value=status.map(|s| s.as_str().to_string()).unwrap_or_default()/>
            <Checkboxes field=plain("overdue", "staff-overdue") options=overdue_option none=None value=if overdue { "true" } else { "" }/>
            <Button text=i18n.t("button-filter")/>
        </form>
        {table}
        {ratings}
    }
    .into_any()
}
