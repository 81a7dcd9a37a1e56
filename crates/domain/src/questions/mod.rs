//! One module per question type. Each owns how its answer is read from the form fields, checked,
//! stored, and turned back into form fields for the next visit.

pub mod address;
mod choice;
pub mod date;
pub mod files;
pub mod list;
mod number;
mod text;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::calendar::CivilDate;
use crate::definition::{Question, QuestionKind, ServiceDefinition};

/// What a person typed on a page: form field name → value, exactly as sent.
pub type FormInput = BTreeMap<String, String>;

/// Checked answers for a whole journey: question id → stored value.
/// Optional questions left blank are stored as "" so the page counts as answered.
pub type Answers = BTreeMap<String, String>;

/// Facts the rules need that are not on the page.
#[derive(Debug, Clone)]
pub struct RuleContext {
    /// Today in the UK.
    pub today: CivilDate,
    /// Answers already given on earlier pages, for rules that compare with them.
    pub earlier_answers: Answers,
}

impl RuleContext {
    pub fn new(today: CivilDate) -> RuleContext {
        RuleContext {
            today,
            earlier_answers: Answers::new(),
        }
    }

    pub fn with_answers(mut self, answers: &Answers) -> RuleContext {
        self.earlier_answers = answers.clone();
        self
    }
}

/// A problem with one question's answer, as a message id and its arguments, never as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The question's id.
    pub field: String,
    /// The HTML id the error summary links to (the first part of the field that needs fixing).
    pub target: String,
    /// The error code, e.g. `required`, `invalid`, `future`.
    pub code: String,
    /// The Fluent message id to show.
    pub message_id: String,
    /// Fluent arguments for the message.
    #[serde(default)]
    pub args: BTreeMap<String, String>,
    /// For inputs made of parts (a date): which parts to highlight, e.g. ["month", "year"].
    #[serde(default)]
    pub parts: Vec<String>,
}

impl FieldError {
    /// An error on a whole field (no arguments, no parts), linked to the field's own id.
    pub fn new(field: &str, code: &str, message_id: String) -> FieldError {
        FieldError {
            field: field.into(),
            target: field.into(),
            code: code.into(),
            message_id,
            args: BTreeMap::new(),
            parts: vec![],
        }
    }
}

/// How an answer is shown on Check your answers and in summaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerDisplay {
    Text(String),
    /// A message id (an option).
    Message(String),
    /// Several message ids (checkboxes), one per line.
    Messages(Vec<String>),
    /// Several lines of what was typed (an address, a list).
    Lines(Vec<String>),
    /// Uploaded files, by id: the page knows their names.
    Files(Vec<String>),
    Date(CivilDate),
    NotGiven,
}

/// A question bound to its service, which knows its message ids.
pub struct QuestionRules<'a> {
    pub service: &'a ServiceDefinition,
    pub question: &'a Question,
}

impl<'a> QuestionRules<'a> {
    pub fn new(service: &'a ServiceDefinition, question: &'a Question) -> Self {
        QuestionRules { service, question }
    }

    /// The form field names this question uses.
    pub fn field_names(&self) -> Vec<String> {
        match &self.question.kind {
            QuestionKind::Date { .. } => date::field_names(&self.question.id),
            QuestionKind::UkAddress => address::field_names(&self.question.id),
            QuestionKind::List { max_items, .. } => {
                list::field_names(&self.question.id, *max_items)
            }
            _ => vec![self.question.id.clone()],
        }
    }

    /// Reads and checks the question's answer from what was typed. Most questions have one error
    /// at a time; an address has one for each part that needs fixing.
    pub fn parse(&self, input: &FormInput, ctx: &RuleContext) -> Result<String, Vec<FieldError>> {
        match &self.question.kind {
            QuestionKind::UkAddress => address::parse(
                &self.question.id,
                input,
                self.question.required,
                self.message("error-required"),
            ),
            _ => self.parse_one(input, ctx).map_err(|e| vec![e]),
        }
    }

    fn message(&self, part: &str) -> String {
        self.service.question_message(self.question, part)
    }

    /// An error with this question's own message for `code`.
    fn error(&self, code: &str, args: Vec<(&str, String)>) -> FieldError {
        let mut e = FieldError::new(
            &self.question.id,
            code,
            self.message(&format!("error-{code}")),
        );
        e.args = args.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        e
    }

    fn list_rules(&self) -> Option<list::ListRules> {
        match self.question.kind {
            QuestionKind::List {
                max_items,
                max_length,
            } => Some(list::ListRules {
                required: self.question.required,
                max_items,
                max_length,
            }),
            _ => None,
        }
    }

    /// A file question's limits.
    pub fn file_rules(&self) -> Option<files::FileRules> {
        match &self.question.kind {
            QuestionKind::Files {
                max_files,
                max_file_mb,
                max_total_mb,
                types,
            } => Some(files::FileRules {
                required: self.question.required,
                max_files: *max_files,
                max_file_bytes: max_file_mb * 1024 * 1024,
                max_total_bytes: max_total_mb * 1024 * 1024,
                types: types.clone(),
            }),
            _ => None,
        }
    }

    /// "Add" on an add-another list: the list with the typed item added.
    pub fn add_item(&self, input: &FormInput) -> Result<String, FieldError> {
        let rules = self
            .list_rules()
            .ok_or_else(|| self.error("invalid", vec![]))?;
        list::add(&self.question.id, input, &rules).map_err(|(code, args)| self.error(code, args))
    }

    /// "Remove" on an add-another list: the list without the item in `field`.
    pub fn remove_item(&self, input: &FormInput, field: &str) -> Result<String, FieldError> {
        let rules = self
            .list_rules()
            .ok_or_else(|| self.error("invalid", vec![]))?;
        list::remove(&self.question.id, input, field, &rules)
            .map_err(|(code, args)| self.error(code, args))
    }

    fn parse_one(&self, input: &FormInput, ctx: &RuleContext) -> Result<String, FieldError> {
        let id = &self.question.id;
        let fail =
            |code: &str, target: String, args: &[(&str, String)], parts: Vec<String>| FieldError {
                field: id.clone(),
                target,
                code: code.to_string(),
                message_id: self
                    .service
                    .question_message(self.question, &format!("error-{code}")),
                args: args
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
                parts,
            };
        let raw = input.get(id).map(String::as_str).unwrap_or("");
        let required = self.question.required;
        match &self.question.kind {
            QuestionKind::Date {
                not_in_future,
                max_days_ago,
                earliest,
                latest,
                after_question,
            } => date::parse(
                id,
                input,
                date::DateRules {
                    required,
                    not_in_future: *not_in_future,
                    max_days_ago: *max_days_ago,
                    earliest: earliest.as_deref().and_then(date::from_stored),
                    latest: latest.as_deref().and_then(date::from_stored),
                    after: after_question
                        .as_ref()
                        .and_then(|q| ctx.earlier_answers.get(q))
                        .and_then(|a| date::from_stored(a)),
                },
                ctx,
            )
            .map_err(|e| fail(e.code, e.target, &e.args, e.parts)),
            QuestionKind::Radios { options } | QuestionKind::Select { options } => {
                choice::one_of(options, raw, required)
                    .map_err(|code| fail(code, id.clone(), &[], vec![]))
            }
            QuestionKind::YesNo => choice::one_of(&["yes".into(), "no".into()], raw, required)
                .map_err(|code| fail(code, id.clone(), &[], vec![])),
            QuestionKind::Checkboxes { options, none } => {
                choice::some_of(options, none.as_deref(), raw, required)
                    .map_err(|code| fail(code, id.clone(), &[], vec![]))
            }
            QuestionKind::Number { min, max } => number::whole(raw, *min, *max, required)
                .map_err(|(code, args)| fail(code, id.clone(), &args, vec![])),
            QuestionKind::Money { min, max } => number::money(raw, *min, *max, required)
                .map_err(|(code, args)| fail(code, id.clone(), &args, vec![])),
            QuestionKind::Files { .. } => {
                let rules = self.file_rules().expect("a file question has file rules");
                files::parse(raw, &rules).map_err(|code| fail(code, id.clone(), &[], vec![]))
            }
            QuestionKind::List { .. } => {
                let rules = self.list_rules().expect("a list has list rules");
                list::parse(id, input, &rules)
                    .map_err(|(code, args)| fail(code, id.clone(), &args, vec![]))
            }
            kind => text::parse(kind, raw, required)
                .map_err(|(code, args)| fail(code, id.clone(), &args, vec![])),
        }
    }

    /// Turns a stored answer back into form fields, to fill the page on a later visit.
    pub fn to_input(&self, answer: &str) -> FormInput {
        match &self.question.kind {
            QuestionKind::Date { .. } => date::to_input(&self.question.id, answer),
            QuestionKind::UkAddress => address::to_input(&self.question.id, answer),
            QuestionKind::List { .. } => list::to_input(&self.question.id, answer),
            _ => FormInput::from([(self.question.id.clone(), answer.to_string())]),
        }
    }

    pub fn display(&self, answer: Option<&str>) -> AnswerDisplay {
        match (answer, &self.question.kind) {
            (None | Some(""), _) => AnswerDisplay::NotGiven,
            (Some(a), QuestionKind::Radios { .. } | QuestionKind::Select { .. }) => {
                AnswerDisplay::Message(self.service.question_message(self.question, a))
            }
            (Some(a), QuestionKind::YesNo) => AnswerDisplay::Message(format!("answer-{a}")),
            (Some(a), QuestionKind::Checkboxes { .. }) => AnswerDisplay::Messages(
                a.split(',')
                    .map(|v| self.service.question_message(self.question, v))
                    .collect(),
            ),
            (Some(a), QuestionKind::Money { .. }) => AnswerDisplay::Text(format!("£{a}")),
            (Some(a), QuestionKind::UkAddress) => AnswerDisplay::Lines(
                address::Address::from_stored(a)
                    .map(|a| a.lines())
                    .unwrap_or_default(),
            ),
            (Some(a), QuestionKind::List { .. }) => AnswerDisplay::Lines(list::items(a)),
            (Some(a), QuestionKind::Files { .. }) => AnswerDisplay::Files(files::file_ids(a)),
            (Some(a), QuestionKind::Date { .. }) => date::from_stored(a)
                .map(AnswerDisplay::Date)
                .unwrap_or(AnswerDisplay::NotGiven),
            (Some(a), _) => AnswerDisplay::Text(a.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::choice::some_of;

    #[test]
    fn checkboxes_keep_the_definition_order_and_refuse_none_with_others() {
        let options = vec!["sofa".to_string(), "fridge".to_string(), "bed".to_string()];
        assert_eq!(
            some_of(&options, Some("none"), "bed,sofa", true).unwrap(),
            "sofa,bed"
        );
        assert_eq!(
            some_of(&options, Some("none"), "none", true).unwrap(),
            "none"
        );
        assert_eq!(
            some_of(&options, Some("none"), "none,bed", true).unwrap_err(),
            "none-and-other"
        );
        assert_eq!(
            some_of(&options, Some("none"), "", true).unwrap_err(),
            "required"
        );
        assert_eq!(
            some_of(&options, None, "piano", true).unwrap_err(),
            "required"
        );
        assert_eq!(some_of(&options, None, "", false).unwrap(), "");
    }
}

/// Adds a posted field. A field sent several times (ticked checkboxes) is kept as its values
/// joined by commas, as the checkboxes rules expect.
pub fn add_field(input: &mut FormInput, name: String, value: String) {
    match input.get_mut(&name) {
        Some(existing) if !value.is_empty() => {
            existing.push(',');
            existing.push_str(&value);
        }
        Some(_) => {}
        None => {
            input.insert(name, value);
        }
    }
}
