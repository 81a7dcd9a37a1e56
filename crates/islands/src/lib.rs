//! What the pages' islands share between the server, which renders them (`frontdoor-app`), and
//! the browser, which wakes them (feature `browser`, built into `frontdoor-web`): their props and
//! the texts they show, already in the page's language.
//!
//! The browser code drives the server's own markup with web-sys and reads the props with a small
//! JSON reader ([`json`]); it depends on no web framework, so the browser downloads only the
//! shared rules (`frontdoor-domain`) and these few parts.

mod texts;

pub use texts::{fill, ErrorTexts, Messages, UploadTexts};

use std::collections::BTreeMap;

use frontdoor_domain::{Answers, FieldError, ServiceDefinition};
use serde::{Deserialize, Serialize};

#[cfg(feature = "browser")]
mod browser;
pub mod json;
#[cfg(feature = "browser")]
mod uploader;

#[cfg(feature = "browser")]
pub use browser::page_errors;
#[cfg(feature = "browser")]
pub use uploader::file_progress;

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

/// Of the file the server kept (`api::UploadedFile`), the browser needs only its name.
#[derive(Deserialize)]
pub struct Kept {
    pub name: String,
}

/// Of a refusal (`api::ApiError`), the browser needs only its field errors, each an
/// `api::ApiFieldError`: a `FieldError` with its message (which the browser does not use, writing
/// the page's own).
#[derive(Deserialize)]
pub struct Refused {
    pub error: RefusedBody,
}

#[derive(Deserialize)]
pub struct RefusedBody {
    #[serde(default)]
    pub fields: Vec<FieldError>,
}
