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

use serde::{Deserialize, Serialize};

use crate::calendar::ServiceStandard;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ServiceDefinition {
    /// The service's address: `/report-missed-bin`.
    pub id: String,
    /// Prefix of every message id the service uses.
    pub messages: String,
    pub category: Category,
    pub standard: ServiceStandard,
    /// What the start page says, beyond the title and summary.
    #[serde(default)]
    pub start: StartPage,
    pub pages: Vec<Page>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Page {
    pub id: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// No deny_unknown_fields here: serde does not support it together with `flatten`.
#[serde(rename_all = "kebab-case")]
pub struct Question {
    pub id: String,
    #[serde(flatten)]
    pub kind: QuestionKind,
    #[serde(default = "yes")]
    pub required: bool,
    /// Whether the question has a hint message (`<prefix>-<id>-hint`).
    #[serde(default)]
    pub hint: bool,
}

fn yes() -> bool {
    true
}

/// The kinds of question, each with the GOV.UK Design System pattern of the same name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", rename_all_fields = "kebab-case")]
pub enum QuestionKind {
    /// One line of text. `autocomplete` is the HTML token (WCAG 1.3.5), e.g. "address-line1".
    Text {
        #[serde(default)]
        autocomplete: Option<String>,
        #[serde(default = "default_text_max")]
        max_length: usize,
    },
    /// Several lines of text with a character count.
    LongText { max_length: usize },
    Email,
    UkPhone,
    UkPostcode,
    Radios { options: Vec<String> },
    /// Three fields: day, month, year.
    Date {
        #[serde(default)]
        not_in_future: bool,
        #[serde(default)]
        max_days_ago: Option<u32>,
    },
}

fn default_text_max() -> usize {
    200
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
        ids.extend(self.start.paragraphs.iter().map(|x| format!("{p}-start-{x}")));
        if !self.start.needs.is_empty() {
            ids.push(format!("{p}-start-need"));
            ids.extend(self.start.needs.iter().map(|x| format!("{p}-start-need-{x}")));
        }
        for page in &self.pages {
            ids.push(self.page_title_id(page));
            for q in &page.questions {
                ids.push(self.question_message(q, "label"));
                ids.push(self.question_message(q, "summary"));
                if q.hint {
                    ids.push(self.question_message(q, "hint"));
                }
                for code in q.kind.error_codes(q.required) {
                    ids.push(self.question_message(q, &format!("error-{code}")));
                }
                if let QuestionKind::Radios { options } = &q.kind {
                    ids.extend(options.iter().map(|o| self.question_message(q, o)));
                }
            }
        }
        ids
    }

    /// Checks the definition is usable; each problem names the field and the reason.
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let slug = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !slug(&self.id) {
            problems.push(format!("id: \"{}\" must be lower-case letters, digits and dashes", self.id));
        }
        if self.pages.is_empty() {
            problems.push("pages: a service needs at least one page".into());
        }
        let mut seen_pages = Vec::new();
        let mut seen_questions = Vec::new();
        for page in &self.pages {
            if !slug(&page.id) || ["check-answers", "confirmation"].contains(&page.id.as_str()) {
                problems.push(format!("pages.{}: not a usable page id", page.id));
            }
            if seen_pages.contains(&&page.id) {
                problems.push(format!("pages.{}: page id used twice", page.id));
            }
            seen_pages.push(&page.id);
            if page.questions.is_empty() {
                problems.push(format!("pages.{}.questions: a page needs at least one question", page.id));
            }
            for q in &page.questions {
                if !slug(&q.id) || seen_questions.contains(&&q.id) {
                    problems.push(format!("pages.{}.questions.{}: question id missing, malformed or used twice", page.id, q.id));
                }
                seen_questions.push(&q.id);
                if let QuestionKind::Radios { options } = &q.kind {
                    if options.len() < 2 {
                        problems.push(format!("pages.{}.questions.{}.options: radios need two or more options", page.id, q.id));
                    }
                }
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems) }
    }
}

impl QuestionKind {
    /// The error codes a question of this kind can produce.
    pub fn error_codes(&self, required: bool) -> Vec<&'static str> {
        let mut codes = if required { vec!["required"] } else { vec![] };
        codes.extend(match self {
            QuestionKind::Text { .. } | QuestionKind::LongText { .. } => vec!["too-long"],
            QuestionKind::Email | QuestionKind::UkPhone | QuestionKind::UkPostcode => vec!["invalid"],
            QuestionKind::Radios { .. } => vec![],
            QuestionKind::Date { not_in_future, max_days_ago } => {
                let mut c = vec!["incomplete", "invalid", "year-digits"];
                if *not_in_future {
                    c.push("future");
                }
                if max_days_ago.is_some() {
                    c.push("too-old");
                }
                c
            }
        });
        codes
    }
}
