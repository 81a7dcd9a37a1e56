use leptos::prelude::*;

/// One step on a [`Timeline`].
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub title: String,
    /// When it happened, written out ("3 December 2026 at 2:05pm").
    pub when: String,
    /// The `<time>` element's machine-readable value (`2026-12-03T14:05`).
    pub datetime: String,
    pub note: String,
}

/// What has happened, newest first (the MoJ timeline pattern): an ordered list, each step with a
/// heading, its time and what was said.
#[component]
pub fn Timeline(#[prop(into)] heading: String, entries: Vec<TimelineEntry>) -> impl IntoView {
    let items = entries
        .into_iter()
        .map(|e| {
            let note = (!e.note.is_empty()).then(|| view! { <p class="govuk-body timeline__note">{e.note}</p> });
            view! {
                <li class="timeline__item">
                    <h3 class="govuk-heading-s timeline__title">{e.title}</h3>
                    <p class="govuk-body-s timeline__date"><time datetime=e.datetime>{e.when}</time></p>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="govuk-heading-m">{heading}</h2>
        <ol class="timeline">{items}</ol>
    }
}
