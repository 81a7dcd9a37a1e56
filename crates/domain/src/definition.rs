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
    pub fn holds(&self, answers: &crate::questions::Answers) -> bool {
        let Some(answer) = answers.get(&self.question) else {
            return false;
        };
        let chosen: Vec<&str> = answer.split(',').filter(|v| !v.is_empty()).collect();
        let any = self.is_any_of.is_empty()
            || chosen.iter().any(|c| self.is_any_of.iter().any(|v| v == c));
        let none = !chosen
            .iter()
            .any(|c| self.is_none_of.iter().any(|v| v == c));
        any && none
    }
}

/// A question. In a definition file it is one flat table: `{ id = "email", type = "email", hint = true }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawQuestion", into = "RawQuestion")]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub required: bool,
    /// Whether the question has a hint message (`<prefix>-<id>-hint`).
    pub hint: bool,
    /// A valid answer as it would be typed, for tests and documentation.
    pub example: Option<String>,
    /// Shown under one option of a radios question on the same page, and asked only when that
    /// option is chosen (the GOV.UK "conditional reveal").
    pub reveal_when: Option<RevealWhen>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RevealWhen {
    pub question: String,
    pub is: String,
}

impl Question {
    /// False when this question hangs off an option that was not chosen.
    pub fn is_asked(&self, input: &crate::questions::FormInput) -> bool {
        self.reveal_when
            .as_ref()
            .is_none_or(|r| input.get(&r.question).is_some_and(|v| *v == r.is))
    }
}

/// The kinds of question, each with the GOV.UK Design System pattern of the same name.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    /// One line of text. `autocomplete` is the HTML token (WCAG 1.3.5), e.g. "address-line1".
    Text {
        autocomplete: Option<String>,
        max_length: usize,
        pattern: Option<String>,
    },
    /// Several lines of text with a character count.
    LongText {
        max_length: usize,
    },
    Email,
    UkPhone,
    UkPostcode,
    Radios {
        options: Vec<String>,
    },
    /// Three fields: day, month, year. `earliest`/`latest` are ISO dates; `after_question` names an
    /// earlier date question this date must come after.
    Date {
        not_in_future: bool,
        max_days_ago: Option<u32>,
        earliest: Option<String>,
        latest: Option<String>,
        after_question: Option<String>,
    },
    /// Radios with the options "yes" and "no", labelled by the shared messages `answer-yes`/`answer-no`.
    YesNo,
    /// A whole number between `min` and `max`.
    Number {
        min: Option<i64>,
        max: Option<i64>,
    },
    /// Pounds and pence, stored as "12.50"; `min` and `max` in whole pounds.
    Money {
        min: Option<i64>,
        max: Option<i64>,
    },
    /// Checkboxes, stored as the chosen values joined by commas. `none` is an option that cannot
    /// be chosen with the others ("None of these").
    Checkboxes {
        options: Vec<String>,
        none: Option<String>,
    },
    /// A drop-down list, only where radios will not do.
    Select {
        options: Vec<String>,
    },
    /// A UK address: found by postcode through the council's address lookup, or typed in.
    UkAddress,
    /// "Add another": a list built one item at a time, each item up to `max_length` characters.
    /// It must be the only question on its page.
    List {
        max_items: usize,
        max_length: usize,
    },
    /// Evidence: files checked by their content and stored, answered with their ids.
    Files {
        max_files: usize,
        max_file_mb: u64,
        max_total_mb: u64,
        types: Vec<crate::questions::files::FileType>,
    },
}

/// The question as written in a definition file. Deserialising through this flat shape (rather
/// than a tagged enum) lets unknown keys be refused and keeps serde's buffering code out of the
/// browser bundle.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawQuestion {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default = "yes")]
    required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    hint: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    autocomplete: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_length: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_items: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_files: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_file_mb: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_total_mb: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    file_types: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    options: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    not_in_future: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_days_ago: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    earliest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    latest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    after_question: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    none: Option<String>,
    /// A valid answer, used by the generated tests and as documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    example: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reveal_when: Option<RevealWhen>,
}

fn yes() -> bool {
    true
}

fn is_false(b: &bool) -> bool {
    !*b
}

pub const QUESTION_TYPES: [&str; 15] = [
    "text",
    "long-text",
    "email",
    "uk-phone",
    "uk-postcode",
    "radios",
    "date",
    "yes-no",
    "number",
    "money",
    "checkboxes",
    "select",
    "uk-address",
    "add-another",
    "file",
];

impl TryFrom<RawQuestion> for Question {
    type Error = String;

    fn try_from(raw: RawQuestion) -> Result<Self, String> {
        let kind = match raw.kind.as_str() {
            "text" => QuestionKind::Text {
                autocomplete: raw.autocomplete,
                max_length: raw.max_length.unwrap_or(default_text_max()),
                pattern: raw.pattern,
            },
            "long-text" => QuestionKind::LongText {
                max_length: raw.max_length.ok_or_else(|| {
                    format!("question \"{}\": long-text needs max-length", raw.id)
                })?,
            },
            "email" => QuestionKind::Email,
            "uk-phone" => QuestionKind::UkPhone,
            "uk-postcode" => QuestionKind::UkPostcode,
            "radios" => QuestionKind::Radios {
                options: raw.options,
            },
            "date" => QuestionKind::Date {
                not_in_future: raw.not_in_future,
                max_days_ago: raw.max_days_ago,
                earliest: raw.earliest,
                latest: raw.latest,
                after_question: raw.after_question,
            },
            "yes-no" => QuestionKind::YesNo,
            "number" => QuestionKind::Number {
                min: raw.min,
                max: raw.max,
            },
            "money" => QuestionKind::Money {
                min: raw.min,
                max: raw.max,
            },
            "checkboxes" => QuestionKind::Checkboxes {
                options: raw.options,
                none: raw.none,
            },
            "select" => QuestionKind::Select {
                options: raw.options,
            },
            "uk-address" => QuestionKind::UkAddress,
            "add-another" => QuestionKind::List {
                max_items: raw.max_items.unwrap_or(10),
                max_length: raw.max_length.unwrap_or(100),
            },
            "file" => QuestionKind::Files {
                max_files: raw.max_files.unwrap_or(10),
                max_file_mb: raw.max_file_mb.unwrap_or(20),
                max_total_mb: raw.max_total_mb.unwrap_or(100),
                types: if raw.file_types.is_empty() {
                    crate::questions::files::FileType::ALL.to_vec()
                } else {
                    raw.file_types
                        .iter()
                        .map(|t| {
                            crate::questions::files::FileType::from_name(t).ok_or_else(|| {
                                format!(
                                    "question \"{}\": file type \"{t}\" is not one of jpeg, png, heic, pdf",
                                    raw.id
                                )
                            })
                        })
                        .collect::<Result<_, _>>()?
                },
            },
            other => {
                return Err(format!(
                    "question \"{}\": type \"{other}\" is not one of {}",
                    raw.id,
                    QUESTION_TYPES.join(", ")
                ))
            }
        };
        Ok(Question {
            id: raw.id,
            kind,
            required: raw.required,
            hint: raw.hint,
            example: raw.example,
            reveal_when: raw.reveal_when,
        })
    }
}

impl From<Question> for RawQuestion {
    fn from(q: Question) -> RawQuestion {
        let mut raw = RawQuestion {
            id: q.id,
            required: q.required,
            hint: q.hint,
            example: q.example,
            reveal_when: q.reveal_when,
            ..RawQuestion::default()
        };
        raw.kind = match q.kind {
            QuestionKind::Text {
                autocomplete,
                max_length,
                pattern,
            } => {
                raw.autocomplete = autocomplete;
                raw.max_length = Some(max_length);
                raw.pattern = pattern;
                "text"
            }
            QuestionKind::LongText { max_length } => {
                raw.max_length = Some(max_length);
                "long-text"
            }
            QuestionKind::Email => "email",
            QuestionKind::UkPhone => "uk-phone",
            QuestionKind::UkPostcode => "uk-postcode",
            QuestionKind::Radios { options } => {
                raw.options = options;
                "radios"
            }
            QuestionKind::Date {
                not_in_future,
                max_days_ago,
                earliest,
                latest,
                after_question,
            } => {
                raw.not_in_future = not_in_future;
                raw.max_days_ago = max_days_ago;
                (raw.earliest, raw.latest, raw.after_question) = (earliest, latest, after_question);
                "date"
            }
            QuestionKind::YesNo => "yes-no",
            QuestionKind::Number { min, max } => {
                (raw.min, raw.max) = (min, max);
                "number"
            }
            QuestionKind::Money { min, max } => {
                (raw.min, raw.max) = (min, max);
                "money"
            }
            QuestionKind::Checkboxes { options, none } => {
                (raw.options, raw.none) = (options, none);
                "checkboxes"
            }
            QuestionKind::Select { options } => {
                raw.options = options;
                "select"
            }
            QuestionKind::UkAddress => "uk-address",
            QuestionKind::List {
                max_items,
                max_length,
            } => {
                (raw.max_items, raw.max_length) = (Some(max_items), Some(max_length));
                "add-another"
            }
            QuestionKind::Files {
                max_files,
                max_file_mb,
                max_total_mb,
                types,
            } => {
                raw.max_files = Some(max_files);
                raw.max_file_mb = Some(max_file_mb);
                raw.max_total_mb = Some(max_total_mb);
                raw.file_types = types.iter().map(|t| t.name().to_string()).collect();
                "file"
            }
        }
        .to_string();
        raw
    }
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
            ids.push(self.page_title_id(page));
            if page.exit {
                ids.push(format!("{p}-{}-body", page.id));
            }
            if !page.require_one_of.is_empty() {
                ids.push(format!("{p}-{}-error-one-of", page.id));
            }
            for q in &page.questions {
                ids.push(self.question_message(q, "label"));
                ids.push(self.question_message(q, "summary"));
                if q.hint {
                    ids.push(self.question_message(q, "hint"));
                }
                for code in q.kind.error_codes(q.required) {
                    ids.push(self.question_message(q, &format!("error-{code}")));
                }
                ids.extend(q.kind.options().iter().map(|o| self.question_message(q, o)));
                match q.kind {
                    QuestionKind::UkAddress => ids.extend(
                        crate::questions::address::MESSAGE_IDS
                            .iter()
                            .map(|m| m.to_string()),
                    ),
                    QuestionKind::List { .. } => ids.push(self.question_message(q, "add")),
                    QuestionKind::Files { .. } => {
                        ids.extend(crate::questions::files::message_ids())
                    }
                    _ => {}
                }
            }
        }
        ids
    }

    /// Checks the definition is usable; each problem names the field and the reason.
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let slug = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !slug(&self.id)
            || ["track", "return", "api", "assets", "style", "files"].contains(&self.id.as_str())
        {
            problems.push(format!("id: \"{}\" must be lower-case letters, digits and dashes, and not a reserved address", self.id));
        }
        if self.pages.is_empty() {
            problems.push("pages: a service needs at least one page".into());
        }
        let mut seen_pages = Vec::new();
        let mut seen_questions = Vec::new();
        for page in &self.pages {
            if !slug(&page.id)
                || ["check-answers", "confirmation", "save"].contains(&page.id.as_str())
            {
                problems.push(format!("pages.{}: not a usable page id", page.id));
            }
            if seen_pages.contains(&&page.id) {
                problems.push(format!("pages.{}: page id used twice", page.id));
            }
            seen_pages.push(&page.id);
            match (page.exit, page.questions.is_empty()) {
                (false, true) => problems.push(format!(
                    "pages.{}.questions: a page needs at least one question",
                    page.id
                )),
                (true, false) => {
                    problems.push(format!("pages.{}: an exit page has no questions", page.id))
                }
                _ => {}
            }
            for id in &page.require_one_of {
                if !page.questions.iter().any(|q| &q.id == id && !q.required) {
                    problems.push(format!(
                        "pages.{}.require-one-of: \"{id}\" is not an optional question on this page",
                        page.id
                    ));
                }
            }
            if page.require_one_of.len() == 1 {
                problems.push(format!(
                    "pages.{}.require-one-of: name two or more questions",
                    page.id
                ));
            }
            if let Some(condition) = &page.show_if {
                // Conditions may only look back: at questions on earlier pages.
                match self
                    .pages
                    .iter()
                    .take_while(|p| p.id != page.id)
                    .flat_map(|p| &p.questions)
                    .find(|q| q.id == condition.question)
                {
                    None => problems.push(format!(
                        "pages.{}.show-if.question: \"{}\" is not a question on an earlier page",
                        page.id, condition.question
                    )),
                    Some(q) => {
                        let known = q.kind.options();
                        let values = condition.is_any_of.iter().chain(&condition.is_none_of);
                        for v in values.filter(|v| !known.is_empty() && !known.contains(v)) {
                            problems.push(format!(
                                "pages.{}.show-if: \"{v}\" is not an option of {}",
                                page.id, q.id
                            ));
                        }
                    }
                }
            }
            for q in &page.questions {
                if !slug(&q.id) || seen_questions.contains(&&q.id) {
                    problems.push(format!(
                        "pages.{}.questions.{}: question id missing, malformed or used twice",
                        page.id, q.id
                    ));
                }
                seen_questions.push(&q.id);
                let options = q.kind.options();
                let least = match q.kind {
                    QuestionKind::Radios { .. } | QuestionKind::Select { .. } => 2,
                    QuestionKind::Checkboxes { .. } => 1,
                    _ => 0,
                };
                if options.len() < least {
                    problems.push(format!(
                        "pages.{}.questions.{}.options: needs {least} or more options",
                        page.id, q.id
                    ));
                }
                if matches!(q.kind, QuestionKind::List { .. }) && page.questions.len() > 1 {
                    problems.push(format!(
                        "pages.{}.questions.{}: an add-another list must be the only question on its page",
                        page.id, q.id
                    ));
                }
                if let QuestionKind::List { max_items, .. } = q.kind {
                    if !(1..=50).contains(&max_items) {
                        problems.push(format!(
                            "pages.{}.questions.{}.max-items: must be between 1 and 50",
                            page.id, q.id
                        ));
                    }
                }
                if let Some(reveal) = &q.reveal_when {
                    let parent = page
                        .questions
                        .iter()
                        .take_while(|p| p.id != q.id)
                        .find(|p| p.id == reveal.question);
                    match parent.map(|p| &p.kind) {
                        Some(QuestionKind::Radios { options }) if options.contains(&reveal.is) => {}
                        _ => problems.push(format!(
                            "pages.{}.questions.{}.reveal-when: needs an earlier radios question on this page with the option \"{}\"",
                            page.id, q.id, reveal.is
                        )),
                    }
                }
                if let QuestionKind::Date {
                    earliest,
                    latest,
                    after_question,
                    ..
                } = &q.kind
                {
                    for (name, value) in [("earliest", earliest), ("latest", latest)] {
                        if value
                            .as_deref()
                            .is_some_and(|v| crate::questions::date::from_stored(v).is_none())
                        {
                            problems.push(format!(
                                "pages.{}.questions.{}.{name}: must be a date like 2026-04-01",
                                page.id, q.id
                            ));
                        }
                    }
                    if let Some(other) = after_question {
                        let earlier_date = self
                            .pages
                            .iter()
                            .take_while(|p| p.id != page.id)
                            .flat_map(|p| &p.questions)
                            .any(|e| &e.id == other && matches!(e.kind, QuestionKind::Date { .. }));
                        if !earlier_date {
                            problems.push(format!("pages.{}.questions.{}.after-question: \"{other}\" is not a date question on an earlier page", page.id, q.id));
                        }
                    }
                }
                if let Some(bad) = options.iter().find(|o| !slug(o)) {
                    problems.push(format!("pages.{}.questions.{}.options: \"{bad}\" must be lower-case letters, digits and dashes", page.id, q.id));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

impl QuestionKind {
    /// The stored values of a question with options, each with a message `<prefix>-<question>-<value>`.
    pub fn options(&self) -> Vec<String> {
        match self {
            QuestionKind::Radios { options } | QuestionKind::Select { options } => options.clone(),
            QuestionKind::Checkboxes { options, none } => {
                options.iter().chain(none).cloned().collect()
            }
            _ => vec![],
        }
    }

    /// The error codes a question of this kind can produce.
    pub fn error_codes(&self, required: bool) -> Vec<&'static str> {
        let mut codes = if required { vec!["required"] } else { vec![] };
        codes.extend(match self {
            QuestionKind::Text { pattern, .. } => {
                if pattern.is_some() {
                    vec!["too-long", "pattern"]
                } else {
                    vec!["too-long"]
                }
            }
            QuestionKind::LongText { .. } => vec!["too-long"],
            QuestionKind::Email | QuestionKind::UkPhone | QuestionKind::UkPostcode => {
                vec!["invalid"]
            }
            QuestionKind::Radios { .. }
            | QuestionKind::YesNo
            | QuestionKind::Select { .. }
            | QuestionKind::UkAddress
            | QuestionKind::Files { .. } => vec![],
            QuestionKind::List { .. } => vec!["too-long", "too-many"],
            QuestionKind::Number { min, max } | QuestionKind::Money { min, max } => {
                let mut c = vec!["invalid"];
                if min.is_some() {
                    c.push("too-small");
                }
                if max.is_some() {
                    c.push("too-large");
                }
                c
            }
            QuestionKind::Checkboxes { none, .. } => {
                if none.is_some() {
                    vec!["none-and-other"]
                } else {
                    vec![]
                }
            }
            QuestionKind::Date {
                not_in_future,
                max_days_ago,
                earliest,
                latest,
                after_question,
            } => {
                let mut c = vec!["incomplete", "invalid", "year-digits"];
                for (set, code) in [
                    (earliest.is_some(), "too-early"),
                    (latest.is_some(), "too-late"),
                    (after_question.is_some(), "before-other"),
                ] {
                    if set {
                        c.push(code);
                    }
                }
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
