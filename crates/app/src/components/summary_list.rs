use leptos::prelude::*;

#[derive(Clone)]
pub struct SummaryRow {
    pub key: String,
    pub value: String,
    /// A Change link, with the key repeated for screen readers.
    pub change: Option<(String, String)>,
}

/// GOV.UK summary list, used by Check your answers and Track a request.
#[component]
pub fn SummaryList(rows: Vec<SummaryRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let key = row.key.clone();
            let action = row.change.map(|(href, text)| {
                view! {
                    <dd class="govuk-summary-list__actions">
                        <a class="govuk-link" href=href>
                            {text}<span class="govuk-visually-hidden">" "{key.to_lowercase()}</span>
                        </a>
                    </dd>
                }
            });
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{row.key}</dt>
                    // Isolated, so a phone number or a reference stays in order inside right-to-left text.
                    <dd class="govuk-summary-list__value"><bdi>{row.value}</bdi></dd>
                    {action}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="govuk-summary-list">{rows}</dl> }
}
