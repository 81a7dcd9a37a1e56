//! Council services described as data. A definition names its pages and questions; every piece of
//! text is a Fluent message whose id is derived from the definition's `messages` prefix, so a
//! definition never holds English (or Welsh) itself.
//!
//! Message ids, for prefix `missed-bin`, page `date` and question `date`:
//! - `missed-bin-title`, `missed-bin-summary`: the service's name and one-line description
//! - `missed-bin-date-title`: the page title (and heading when the page has several questions)
//! - `missed-bin-date-label`, `missed-bin-date-hint`: the question's label and optional hint
//! - `missed-bin-date-summary`: the question's key on Check your answers
//! - `missed-bin-date-error-<code>`: each error the question can show
//! - `missed-bin-bin-<option>`: each option of a radios question

mod check;
mod question;

use serde::{Deserialize, Serialize};

pub use question::{Question, RevealWhen};

use crate::calendar::ServiceStandard;
use crate::questions::{Answer, Answers, QuestionRules};
use crate::routes::Route;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ServiceDefinition {
    /// The service's address: `/report-missed-bin`.
    pub id: String,
    /// Prefix of every message id the service uses.
    pub messages: String,
    pub category: Category,
    pub standard: ServiceStandard,
    /// A promise to acknowledge a request, where the service makes one (a complaint within 3
    /// working days), apart from the promise to act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledge: Option<ServiceStandard>,
    /// What the start page says, beyond the title and summary.
    #[serde(default)]
    pub start: StartPage,
    /// Which answers say who the resident is, where a service differs from the usual.
    #[serde(default, skip_serializing_if = "Identity::is_usual")]
    pub identity: Identity,
    pub pages: Vec<Page>,
}

/// Which answers say who the resident is. By default the contact email is the first email
/// question, and a resident coming back to a saved form is asked again for the first postcode or
/// email address they gave.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Identity {
    /// The question whose answer is the resident's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Questions that can prove a saved form is theirs, in order of preference; the first one
    /// answered is asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub return_check: Vec<String>,
}

impl Identity {
    fn is_usual(&self) -> bool {
        *self == Identity::default()
    }
}

/// The start page's content: paragraphs `<prefix>-start-<p>` and a "you will need" list
/// (`<prefix>-start-need` then `<prefix>-start-need-<n>` for each item).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct StartPage {
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Report,
    Request,
    Apply,
    Complain,
    AskForInformation,
}

impl Category {
    /// In the order the home page lists them.
    pub const ALL: [Category; 5] = [
        Category::Report,
        Category::Request,
        Category::Apply,
        Category::Complain,
        Category::AskForInformation,
    ];

    /// Its heading's message id: `category-report`...
    pub fn message_id(self) -> &'static str {
        match self {
            Category::Report => "category-report",
            Category::Request => "category-request",
            Category::Apply => "category-apply",
            Category::Complain => "category-complain",
            Category::AskForInformation => "category-ask-for-information",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Page {
    pub id: String,
    #[serde(default)]
    pub questions: Vec<Question>,
    /// The page is on the route only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// An exit page ends the journey with advice (`<prefix>-<page>-title`, `<prefix>-<page>-body`):
    /// emergencies and things the council cannot take online. It has no questions.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exit: bool,
    /// A rule across questions: at least one of these optional questions on the page must be
    /// answered (an email address or a phone number). Its message is `<prefix>-<page>-error-one-of`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub require_one_of: Vec<String>,
}

/// A test on an earlier answer. For checkboxes, it looks at each box ticked.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    /// Holds when the answer is (or, for checkboxes, includes) one of these values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub is_any_of: Vec<String>,
    /// Holds when the answer is none of these values (and the question was answered).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub is_none_of: Vec<String>,
}

impl Condition {
    /// Compares stored answer values, never translated text.
    pub fn holds(&self, answers: &Answers) -> bool {
        let Some(answer) = answers.get(&self.question) else {
            return false;
        };
        let chosen = answer.values();
        let any = self.is_any_of.is_empty()
            || chosen.iter().any(|c| self.is_any_of.iter().any(|v| v == c));
        let none = !chosen
            .iter()
            .any(|c| self.is_none_of.iter().any(|v| v == c));
        any && none
    }
}

impl ServiceDefinition {
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.pages.iter().flat_map(|p| p.questions.iter())
    }

    pub fn title_id(&self) -> String {
        format!("{}-title", self.messages)
    }

    pub fn summary_id(&self) -> String {
        format!("{}-summary", self.messages)
    }

    pub fn page_title_id(&self, page: &Page) -> String {
        format!("{}-{}-title", self.messages, page.id)
    }

    /// A message id belonging to one question: `label`, `hint`, `summary`, `error-required`, an option...
    pub fn question_message(&self, question: &Question, part: &str) -> String {
        format!("{}-{}-{}", self.messages, question.id, part)
    }

    /// Every message id the definition relies on, for the definition check.
    pub fn message_ids(&self) -> Vec<String> {
        let p = &self.messages;
        let mut ids = vec![self.title_id(), self.summary_id(), format!("{p}-standard")];
        ids.extend(
            self.start
                .paragraphs
                .iter()
                .map(|x| format!("{p}-start-{x}")),
        );
        if !self.start.needs.is_empty() {
            ids.push(format!("{p}-start-need"));
            ids.extend(
                self.start
                    .needs
                    .iter()
                    .map(|x| format!("{p}-start-need-{x}")),
            );
        }
        for page in &self.pages {
            ids.extend(self.page_message_ids(page));
        }
        ids
    }

    /// The service with only one of its pages: all that page's rules need.
    pub fn with_only(&self, page: &Page) -> ServiceDefinition {
        ServiceDefinition {
            id: self.id.clone(),
            messages: self.messages.clone(),
            category: self.category,
            standard: self.standard,
            acknowledge: self.acknowledge,
            start: StartPage::default(),
            identity: self.identity.clone(),
            pages: vec![page.clone()],
        }
    }

    /// Every message id one page relies on: its title, body or errors, and its questions'.
    pub fn page_message_ids(&self, page: &Page) -> Vec<String> {
        let p = &self.messages;
        let mut ids = vec![self.page_title_id(page)];
        if page.exit {
            ids.push(format!("{p}-{}-body", page.id));
        }
        if !page.require_one_of.is_empty() {
            ids.push(format!("{p}-{}-error-one-of", page.id));
        }
        for q in &page.questions {
            let kind = q.kind.rules();
            let mut parts = vec!["label".to_string(), "summary".to_string()];
            if q.hint {
                parts.push("hint".into());
            }
            if q.required {
                parts.push("error-required".into());
            }
            parts.extend(kind.error_codes().iter().map(|c| format!("error-{c}")));
            parts.extend(kind.options());
            parts.extend(kind.message_parts().iter().map(|m| m.to_string()));
            ids.extend(parts.iter().map(|part| self.question_message(q, part)));
            ids.extend(kind.shared_messages());
        }
        ids
    }

    /// Whether any question asks for files (so there are files to look for).
    pub fn asks_for_files(&self) -> bool {
        self.questions().any(|q| q.kind.as_files().is_some())
    }

    /// The resident's email address, from the question the service names (or its first email
    /// question). Where messages about the request go.
    pub fn contact_email<'a>(&self, answers: &'a Answers) -> Option<&'a str> {
        let question = match &self.identity.email {
            Some(id) => id.as_str(),
            None => &self.questions().find(|q| q.kind.name() == "email")?.id,
        };
        answers
            .get(question)
            .and_then(Answer::as_text)
            .filter(|e| !e.is_empty())
    }

    /// The question a resident coming back to a saved form must answer again to prove it is
    /// theirs: the first answered of those the service names, or of its postcode and email
    /// questions.
    pub fn return_check(&self, answers: &Answers) -> Option<&Question> {
        let answered = |q: &&Question| answers.get(&q.id).is_some_and(|a| !a.is_blank());
        if !self.identity.return_check.is_empty() {
            return self
                .identity
                .return_check
                .iter()
                .filter_map(|id| self.questions().find(|q| &q.id == id))
                .find(answered);
        }
        let of_type = |name: &'static str| {
            self.questions()
                .filter(move |q| q.kind.name() == name)
                .find(answered)
        };
        of_type("uk-postcode").or_else(|| of_type("email"))
    }

    /// The ids of the files sent with a request: those its answers to file questions name.
    pub fn files_sent(&self, answers: &Answers) -> Vec<String> {
        self.questions()
            .filter(|q| q.kind.as_files().is_some())
            .filter_map(|q| answers.get(&q.id))
            .flat_map(Answer::values)
            .collect()
    }

    /// Its start page's address.
    pub fn start_path(&self) -> String {
        Route::Start {
            service: self.id.clone(),
        }
        .path()
    }

    /// The address of one of its pages.
    pub fn page_path(&self, page: &str) -> String {
        Route::Question {
            service: self.id.clone(),
            page: page.to_string(),
        }
        .path()
    }

    pub fn check_answers_path(&self) -> String {
        Route::CheckAnswers {
            service: self.id.clone(),
        }
        .path()
    }

    pub fn confirmation_path(&self) -> String {
        Route::Confirmation {
            service: self.id.clone(),
        }
        .path()
    }

    pub fn save_path(&self) -> String {
        Route::Save {
            service: self.id.clone(),
        }
        .path()
    }

    /// Answers saved when each was one string (commas between ticked boxes and file ids, lines
    /// in addresses and lists), read as typed answers by each question's type. Answers to
    /// questions the service no longer asks are kept as text.
    pub fn upgrade_answers(&self, saved: std::collections::BTreeMap<String, String>) -> Answers {
        saved
            .into_iter()
            .map(|(id, value)| {
                let answer = match self.questions().find(|q| q.id == id) {
                    Some(q) => q.kind.rules().from_legacy(&value),
                    None => Answer::text(value),
                };
                (id, answer)
            })
            .collect()
    }

    /// A question's rules, bound to this service.
    pub fn rules<'a>(&'a self, question: &'a Question) -> QuestionRules<'a> {
        QuestionRules::new(self, question)
    }
}

/// Lower-case letters, digits and dashes: what ids and stored option values are made of.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_false(b: &bool) -> bool {
    !*b
}
