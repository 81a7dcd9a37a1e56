//! The JSON shapes of the REST API (`/api/v1`), shared by the server and the browser app.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::questions::{Answers, FieldError};

/// Every error response has this shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: ApiErrorBody,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub status: u16,
    /// A stable machine-readable code: `validation-failed`, `csrf-failed`, `not-found`...
    pub code: String,
    /// A sentence in the request's language.
    pub message: String,
    /// Field-level problems, in page order.
    #[serde(default)]
    pub fields: Vec<ApiFieldError>,
}

/// A field error as the API sends it: the `FieldError` and its message in the request's language.
/// (Written out rather than `flatten`ed, which would pull serde's buffering code into the browser.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiFieldError {
    pub field: String,
    pub target: String,
    pub code: String,
    pub message_id: String,
    #[serde(default)]
    pub args: BTreeMap<String, String>,
    #[serde(default)]
    pub parts: Vec<String>,
    pub message: String,
}

impl ApiFieldError {
    pub fn new(error: FieldError, message: String) -> ApiFieldError {
        let FieldError {
            field,
            target,
            code,
            message_id,
            args,
            parts,
        } = error;
        ApiFieldError {
            field,
            target,
            code,
            message_id,
            args,
            parts,
            message,
        }
    }

    pub fn into_field_error(self) -> FieldError {
        let ApiFieldError {
            field,
            target,
            code,
            message_id,
            args,
            parts,
            ..
        } = self;
        FieldError {
            field,
            target,
            code,
            message_id,
            args,
            parts,
        }
    }
}

/// Body of `PUT /api/v1/services/{service}/draft/pages/{page}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageAnswers {
    pub fields: BTreeMap<String, String>,
    /// True when the resident came from Check your answers.
    #[serde(default)]
    pub from_check_answers: bool,
}

/// A resident's answers so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub service: String,
    pub answers: Answers,
    /// The path to go to next.
    pub next: String,
}

/// A submitted request, as the resident may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestSummary {
    /// Shown as "KX4-P7M-HRT".
    pub reference: String,
    pub service: String,
    pub status: RequestStatus,
    /// ISO dates: when it was sent and when the council will act by.
    pub submitted_on: String,
    pub act_by: String,
    /// ISO date the council will acknowledge it by, where the service promises that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledge_by: Option<String>,
    /// Not over, and a date promised has passed.
    #[serde(default)]
    pub overdue: bool,
    /// What has happened to it, newest first.
    #[serde(default)]
    pub history: Vec<ProgressEntry>,
}

/// One step of a request's progress, as the resident sees it (never who made it, nor staff's
/// notes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgressEntry {
    pub status: RequestStatus,
    /// UK date and time, to the minute: `2026-12-03T14:05`.
    pub at: String,
    /// What the council says to the resident about this step (what is needed, the outcome),
    /// or, for a reply, what the resident said.
    #[serde(default)]
    pub note: String,
    /// The resident's own answer to "waiting for you".
    #[serde(default)]
    pub reply: bool,
    /// Names of the files sent with a reply.
    #[serde(default)]
    pub files: Vec<String>,
}

pub use crate::progress::RequestStatus;

/// Body of `POST /api/v1/requests/lookup`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrackQuery {
    pub reference: String,
    pub email: String,
}

/// The result of "Find address" for one address question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundAddresses {
    pub question: String,
    pub postcode: String,
    /// Each in the stored form (four lines). Empty when none were found.
    pub addresses: Vec<String>,
    /// False when the lookup could not be done: the address must be typed in.
    pub available: bool,
}

/// The query of `GET /api/v1/addresses`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AddressQuery {
    pub postcode: String,
    /// The address question asking, so errors name its postcode field (`<question>-postcode`).
    #[serde(default)]
    pub question: Option<String>,
}

/// A file kept as evidence, as the resident (and the page) sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadedFile {
    pub id: String,
    /// The question it answers.
    pub question: String,
    pub name: String,
    /// Bytes, as kept (after metadata was removed or a photo was turned into JPEG).
    pub size: u64,
    pub content_type: String,
    /// A small image of it can be fetched from `/files/<id>/thumbnail`.
    pub thumbnail: bool,
}
