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

mod texts;

pub use texts::{fill, ErrorTexts, UploadTexts};

use std::collections::BTreeMap;

use frontdoor_domain::questions::files::FileRules;
use frontdoor_domain::{Answers, ServiceDefinition};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "hydrate")]
mod browser;
#[cfg(any(feature = "hydrate", test))]
mod json;
#[cfg(feature = "hydrate")]
mod uploader;

/// An error as a page shows it: the question, the element the summary links to, the text, and
/// the parts of a date to highlight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShownError {
    pub field: String,
    pub target: String,
    pub text: String,
    #[serde(default)]
    pub parts: Vec<String>,
}

/// What a question page's answers are checked against in the browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageCheck {
    /// The service, with only this page (the rules need no other).
    pub service: ServiceDefinition,
    pub page: String,
    /// The answers so far, for rules that compare with an earlier answer.
    pub answers: Answers,
    /// The ids of the files each file question holds.
    pub files: BTreeMap<String, Vec<String>>,
    pub texts: ErrorTexts,
}

/// The page's `<title>`, as it is and with errors showing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Titles {
    pub plain: String,
    pub with_errors: String,
}

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
/// (`browser::page_errors`, woken by the page script with these props).
// In the browser build a plain component, so Leptos's own island code is not in the download.
#[cfg_attr(not(feature = "hydrate"), island)]
#[cfg_attr(feature = "hydrate", component)]
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
/// are chosen or dropped (`uploader::file_progress`, woken by the page script with these props).
#[cfg_attr(not(feature = "hydrate"), island)]
#[cfg_attr(feature = "hydrate", component)]
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

/// A file on its way up: its name and how much has arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    /// Unique on the page, for the progress element's id.
    pub key: u32,
    pub question: String,
    pub name: String,
    pub percent: u8,
    /// False once cancelled.
    pub active: bool,
}
