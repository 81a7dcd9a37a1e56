//! The only parts of the pages that run in the browser (Leptos islands); everything else is
//! rendered on the server alone. An island takes what it needs as props, with its texts already
//! in the page's language, so Fluent and the page views stay on the server and the browser
//! downloads only the shared rules and these few parts.
//!
//! - [`PageErrors`]: a question page's error summary. With the app running, it checks the
//!   answers with the same rules as the server before they are sent, and shows any errors at once,
//!   in the summary and by each field.
//! - [`FileProgress`]: resumable uploads (tus) of the files chosen or dropped on a file question,
//!   each with a progress bar and a Cancel button.
//!
//! Their props and texts are in `frontdoor-islands`, with their browser code, which drives this
//! markup with web-sys (no Leptos runs in the browser).

mod texts;

pub use frontdoor_islands::{fill, ErrorTexts, PageCheck, ShownError, Titles, Upload, UploadTexts};

use frontdoor_domain::questions::files::FileRules;
use leptos::prelude::*;

/// GOV.UK error summary: at the top of the page, focused when it appears, linking to each field.
/// Without JavaScript, `autofocus` moves focus to it when the page loads.
pub fn error_summary(title: String, errors: Vec<(String, String)>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|(target, text)| view! { <li><a href=format!("#{target}")>{text}</a></li> })
            .collect_view();
        view! {
            <div class="govuk-error-summary" id="error-summary" tabindex="-1" autofocus=true>
                <div role="alert">
                    <h2 class="govuk-error-summary__title">{title}</h2>
                    <div class="govuk-error-summary__body">
                        <ul class="govuk-list govuk-error-summary__list">{items}</ul>
                    </div>
                </div>
            </div>
        }
    })
}

/// A question page's error summary, which also checks the page's answers in the browser
/// (`frontdoor_islands::page_errors`, woken by the page script with these props).
#[island]
pub fn PageErrors(
    title: String,
    titles: Titles,
    errors: Vec<ShownError>,
    check: PageCheck,
) -> impl IntoView {
    let _ = (check, titles);
    error_summary(
        title,
        errors.into_iter().map(|e| (e.target, e.text)).collect(),
    )
}

/// The files on their way up for one file question: none until the browser app runs and files
/// are chosen or dropped (`frontdoor_islands::file_progress`, woken by the page script with these props).
#[island]
pub fn FileProgress(
    question: String,
    service: String,
    rules: FileRules,
    /// The sizes of the files the question holds already.
    held: Vec<u64>,
    texts: UploadTexts,
) -> impl IntoView {
    let _ = (question, service, rules, held, texts);
}
