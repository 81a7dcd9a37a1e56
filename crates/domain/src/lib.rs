//! Frontdoor's rules, shared by the server and the browser app. Pure Rust: no web framework,
//! database or browser types, and no English — every piece of text is a message id.

pub mod api;
pub mod back_office;
pub mod calendar;
pub mod casework;
pub mod contact;
pub mod definition;
pub mod journey;
pub mod locale;
pub mod postcode;
pub mod profile;
pub mod progress;
pub mod questions;
pub mod reference;
pub mod routes;
pub mod track;

pub use calendar::{CivilDate, DayCount, ServiceStandard};
pub use definition::{Category, Page, Question, ServiceDefinition};
pub use journey::{check_page, Journey, Step};
pub use locale::Locale;
pub use questions::{Answer, Answers, FieldError, FormInput, QuestionKind, RuleContext};
pub use reference::Reference;
pub use routes::Route;
