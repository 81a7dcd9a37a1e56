//! Question types. Each has one module that owns everything about it: its settings in a
//! definition file, the checks on those settings, its form fields, how its answer is read and
//! checked, the errors it can give, how the answer is stored and shown on Check your answers.
//! `kind.rs` is the one place that lists the types; everything else asks a question's
//! [`QuestionType`].
//!
//! Adding a type: a module here implementing `QuestionType`, a line in each match of `kind.rs`, a
//! component in the app's `question_field`, and its messages (docs/SERVICES.md).

pub mod address;
mod answer;
pub mod checkboxes;
mod choice;
pub mod date;
pub mod email;
pub mod files;
pub mod keys;
pub(crate) mod kind;
pub mod list;
pub mod long_text;
pub mod money;
pub mod number;
pub mod one_of;
pub mod phone;
pub mod postcode;
pub mod text;
pub mod yes_no;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use answer::Answer;
pub use keys::Keys;
pub use kind::QuestionKind;

use crate::calendar::CivilDate;
use crate::definition::{Page, Question, ServiceDefinition};

/// What a person typed on a page: form field name → value, exactly as sent.
pub type FormInput = BTreeMap<String, String>;

/// Checked answers for a whole journey: question id → answer.
pub type Answers = BTreeMap<String, Answer>;

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

    pub fn with_args(mut self, args: &[(&str, String)]) -> FieldError {
        self.args = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        self
    }

    pub fn at(mut self, target: String) -> FieldError {
        self.target = target;
        self
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

/// A code and its message arguments: what a type's checks give before the message id is known.
pub type Failure = (&'static str, Vec<(&'static str, String)>);

/// What every question type does. Each type's module implements it; `kind.rs` hands out the
/// implementation for a question.
pub trait QuestionType {
    /// Writes its settings back as definition keys (the inverse of its `from_keys`).
    fn write_keys(&self, keys: &mut Keys);

    /// Problems with its settings that need the rest of the definition, each naming the key.
    fn check(&self, _at: &Placed<'_>) -> Vec<String> {
        vec![]
    }

    /// The stored values of its options, each with a message `<prefix>-<question>-<value>`.
    fn options(&self) -> Vec<String> {
        vec![]
    }

    /// The error codes it can give besides `required`, each with a message
    /// `<prefix>-<question>-error-<code>`.
    fn error_codes(&self) -> Vec<&'static str>;

    /// Its own messages besides label, hint, summary, errors and options: `<prefix>-<question>-<part>`.
    fn message_parts(&self) -> &'static [&'static str] {
        &[]
    }

    /// Messages shared by every question of the type.
    fn shared_messages(&self) -> Vec<String> {
        vec![]
    }

    /// The buttons besides Continue that act on it (`journey::PageAction`).
    fn buttons(&self) -> &'static [&'static str] {
        &[]
    }

    /// True when it must be the only question on its page.
    fn alone_on_page(&self) -> bool {
        false
    }

    /// The form field names it uses.
    fn field_names(&self, id: &str) -> Vec<String> {
        vec![id.to_string()]
    }

    /// Reads and checks its answer from what was typed. Most types give one error at a time; an
    /// address gives one for each part that needs fixing.
    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        ctx: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>>;

    /// A valid answer as typed into its fields, for the generated tests and the docs (a
    /// question's `example` overrides it).
    fn example(&self, id: &str, ctx: &RuleContext) -> FormInput;

    /// Turns a stored answer back into form fields, to fill the page on a later visit.
    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        FormInput::from([(id.to_string(), answer.as_text().unwrap_or("").to_string())])
    }

    /// How a (not blank) answer is shown.
    fn display(&self, _q: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        match answer.as_text() {
            Some(t) => AnswerDisplay::Text(t.to_string()),
            None => AnswerDisplay::NotGiven,
        }
    }

    /// Reads an answer saved when every answer was one string (before answers were typed).
    fn from_legacy(&self, stored: &str) -> Answer {
        Answer::text(stored)
    }
}

/// A question in its place in a definition, for the checks that look around it.
pub struct Placed<'a> {
    pub service: &'a ServiceDefinition,
    pub page: &'a Page,
    pub question: &'a Question,
}

impl Placed<'_> {
    /// A problem with one of the question's settings.
    pub fn problem(&self, key: &str, why: &str) -> String {
        let (page, q) = (&self.page.id, &self.question.id);
        if key.is_empty() {
            format!("pages.{page}.questions.{q}: {why}")
        } else {
            format!("pages.{page}.questions.{q}.{key}: {why}")
        }
    }

    /// Questions on the pages before this one.
    pub fn earlier_questions(&self) -> impl Iterator<Item = &Question> {
        let page = &self.page.id;
        self.service
            .pages
            .iter()
            .take_while(move |p| &p.id != page)
            .flat_map(|p| &p.questions)
    }
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

    fn kind(&self) -> &dyn QuestionType {
        self.question.kind.rules()
    }

    pub fn id(&self) -> &str {
        &self.question.id
    }

    pub fn required(&self) -> bool {
        self.question.required
    }

    /// One of the question's own message ids: `label`, `hint`, an option...
    pub fn message(&self, part: &str) -> String {
        self.service.question_message(self.question, part)
    }

    /// An error with this question's own message for `code`.
    pub fn error(&self, code: &str, args: &[(&str, String)]) -> FieldError {
        FieldError::new(
            &self.question.id,
            code,
            self.message(&format!("error-{code}")),
        )
        .with_args(args)
    }

    /// The error for a failed check of a one-field question.
    pub fn fail(&self, (code, args): Failure) -> Vec<FieldError> {
        vec![self.error(code, &args)]
    }

    /// What was typed in the question's own field, trimmed.
    pub fn typed<'i>(&self, input: &'i FormInput) -> &'i str {
        input.get(&self.question.id).map(|v| v.trim()).unwrap_or("")
    }

    /// A one-field answer, read by `read` from what was typed: `invalid` when it reads nothing.
    pub fn parse_typed(
        &self,
        input: &FormInput,
        read: impl Fn(&str) -> Option<String>,
    ) -> Result<Answer, Vec<FieldError>> {
        match self.typed(input) {
            "" => self.nothing_given(),
            typed => read(typed)
                .map(Answer::Text)
                .ok_or_else(|| self.fail(("invalid", vec![]))),
        }
    }

    /// Nothing was given: fine for an optional question, the `required` error otherwise.
    pub fn nothing_given(&self) -> Result<Answer, Vec<FieldError>> {
        if self.question.required {
            Err(vec![self.error("required", &[])])
        } else {
            Ok(Answer::Blank)
        }
    }

    /// The form field names this question uses.
    pub fn field_names(&self) -> Vec<String> {
        self.kind().field_names(&self.question.id)
    }

    /// Reads and checks the question's answer from what was typed.
    pub fn parse(&self, input: &FormInput, ctx: &RuleContext) -> Result<Answer, Vec<FieldError>> {
        self.kind().parse(self, input, ctx)
    }

    /// A valid answer as typed: the question's `example`, or its type's.
    pub fn example(&self, ctx: &RuleContext) -> FormInput {
        let id = &self.question.id;
        match &self.question.example {
            // An example is what is typed in the question's own field.
            Some(example) if self.field_names().first() == Some(id) => one(id, example),
            _ => self.kind().example(id, ctx),
        }
    }

    pub fn to_input(&self, answer: &Answer) -> FormInput {
        self.kind().to_input(&self.question.id, answer)
    }

    pub fn display(&self, answer: Option<&Answer>) -> AnswerDisplay {
        match answer {
            None => AnswerDisplay::NotGiven,
            Some(a) if a.is_blank() => AnswerDisplay::NotGiven,
            Some(a) => self.kind().display(self, a),
        }
    }

    /// A file question's limits.
    pub fn file_rules(&self) -> Option<files::FileRules> {
        self.question
            .kind
            .as_files()
            .map(|f| f.rules(self.question.required))
    }

    /// "Add" on an add-another list: the list with the typed item added.
    pub fn add_item(&self, input: &FormInput) -> Result<Answer, FieldError> {
        let list = self.list()?;
        list.add(self.id(), input)
            .map_err(|(code, args)| self.error(code, &args))
    }

    /// "Remove" on an add-another list: the list without the item in `field`.
    pub fn remove_item(&self, input: &FormInput, field: &str) -> Result<Answer, FieldError> {
        let list = self.list()?;
        list.remove(self.id(), input, field)
            .map_err(|(code, args)| self.error(code, &args))
    }

    fn list(&self) -> Result<&list::List, FieldError> {
        self.question
            .kind
            .as_list()
            .ok_or_else(|| self.error("invalid", &[]))
    }
}

/// One field's value, for examples.
fn one(id: &str, value: &str) -> FormInput {
    FormInput::from([(id.to_string(), value.to_string())])
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
