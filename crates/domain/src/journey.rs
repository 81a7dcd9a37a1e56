//! A resident's way through a service, recomputed from their stored answers every time: which pages
//! are on the route, which are done, where to go next, and which pages may be visited yet.

use crate::definition::{Page, Question, ServiceDefinition};
pub use crate::questions::address::FIND_ADDRESS;
pub use crate::questions::files::{REMOVE_FILE, UPLOAD_FILES};
pub use crate::questions::list::{ADD_ITEM, REMOVE_ITEM};
use crate::questions::{Answer, Answers, FieldError, FormInput, QuestionRules, RuleContext};
use crate::routes::Route;

/// Where a resident goes after answering a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Page(String),
    CheckAnswers,
}

impl Step {
    /// The step's path under the service: `/report-missed-bin/date`.
    pub fn path(&self, service: &ServiceDefinition) -> String {
        let service = service.id.clone();
        match self {
            Step::Page(page) => Route::Question {
                service,
                page: page.clone(),
            },
            Step::CheckAnswers => Route::CheckAnswers { service },
        }
        .path()
    }
}

pub struct Journey<'a> {
    pub service: &'a ServiceDefinition,
    pub answers: &'a Answers,
}

impl<'a> Journey<'a> {
    pub fn new(service: &'a ServiceDefinition, answers: &'a Answers) -> Self {
        Journey { service, answers }
    }

    /// The pages on this resident's route, in order: those whose condition holds for the answers
    /// given so far. An exit page on the route ends it.
    pub fn route(&self) -> impl Iterator<Item = &'a Page> {
        let answers = self.answers;
        self.service
            .pages
            .iter()
            .filter(move |p| p.show_if.as_ref().is_none_or(|c| c.holds(answers)))
    }

    /// An exit page is never answered: a journey that reaches one cannot be sent.
    pub fn is_answered(&self, page: &Page) -> bool {
        !page.exit
            && page
                .questions
                .iter()
                .all(|q| self.answers.contains_key(&q.id))
    }

    pub fn first_unanswered(&self) -> Option<&'a Page> {
        self.route().find(|p| !self.is_answered(p))
    }

    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }

    /// Where to send someone who has nothing more specific to do: the first unanswered page, or
    /// Check your answers.
    pub fn resume_step(&self) -> Step {
        self.first_unanswered()
            .map_or(Step::CheckAnswers, |p| Step::Page(p.id.clone()))
    }

    /// A page may be visited when every page before it on the route is answered.
    pub fn can_visit(&self, page_id: &str) -> bool {
        for page in self.route() {
            if page.id == page_id {
                return true;
            }
            if !self.is_answered(page) {
                return false;
            }
        }
        false
    }

    /// The step after `page_id`. When coming from Check your answers, go back there unless the
    /// change left a page unanswered.
    pub fn next_after(&self, page_id: &str, from_check_answers: bool) -> Step {
        if from_check_answers {
            return self.resume_step();
        }
        let mut pages = self.route().skip_while(|p| p.id != page_id);
        pages.next();
        pages
            .next()
            .map_or(Step::CheckAnswers, |p| Step::Page(p.id.clone()))
    }

    /// Where a page's Back link goes: the page before it on the route, or the start page.
    pub fn back_from(&self, page_id: &str) -> String {
        self.route()
            .take_while(|p| p.id != page_id)
            .last()
            .map_or_else(
                || self.service.start_path(),
                |p| self.service.page_path(&p.id),
            )
    }

    /// The stored answers as form fields for a page, to fill it in on a return visit.
    pub fn page_input(&self, page: &Page) -> FormInput {
        let mut input = FormInput::new();
        for q in &page.questions {
            if let Some(answer) = self.answers.get(&q.id) {
                input.extend(QuestionRules::new(self.service, q).to_input(answer));
            }
        }
        input
    }

    /// The answers that will be sent: only questions on the route.
    pub fn answers_to_submit(&self) -> Answers {
        let ids: Vec<&String> = self
            .route()
            .flat_map(|p| p.questions.iter().map(|q| &q.id))
            .collect();
        self.answers
            .iter()
            .filter(|(k, _)| ids.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// Checks every question on a page. On success returns the answers to store for the page.
pub fn check_page(
    service: &ServiceDefinition,
    page: &Page,
    input: &FormInput,
    ctx: &RuleContext,
) -> Result<Answers, Vec<FieldError>> {
    let mut answers = Answers::new();
    let mut errors = Vec::new();
    for q in &page.questions {
        if !q.is_asked(input) {
            // Not asked: its option was not chosen, so it has no answer to keep.
            answers.insert(q.id.clone(), Answer::Blank);
            continue;
        }
        match QuestionRules::new(service, q).parse(input, ctx) {
            Ok(value) => {
                answers.insert(q.id.clone(), value);
            }
            Err(e) => errors.extend(e),
        }
    }
    if let Some(first) = page
        .questions
        .iter()
        .find(|q| page.require_one_of.contains(&q.id))
    {
        let none_given = page
            .require_one_of
            .iter()
            .all(|id| answers.get(id).is_some_and(Answer::is_blank));
        if none_given && errors.is_empty() {
            let mut e = FieldError::new(
                &first.id,
                "one-of",
                format!("{}-{}-error-one-of", service.messages, page.id),
            );
            e.target = QuestionRules::new(service, first).field_names()[0].clone();
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// Keeps only the fields a page uses, so a crafted post cannot write other answers.
pub fn page_fields(service: &ServiceDefinition, page: &Page, input: &FormInput) -> FormInput {
    let names: Vec<String> = page
        .questions
        .iter()
        .flat_map(|q| QuestionRules::new(service, q).field_names())
        .collect();
    input
        .iter()
        .filter(|(k, _)| names.contains(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// What a button on a question page asks for. Most pages have only Continue; an add-another list
/// has Add and Remove, and an address has Find address. Each is a plain submit button, so they all
/// work without JavaScript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageAction {
    Continue,
    /// Add the typed item to this list question.
    AddItem(String),
    /// Take the item in this field off the list question.
    RemoveItem {
        question: String,
        field: String,
    },
    /// Look up addresses for the postcode typed in this address question.
    FindAddress(String),
    /// Keep the files chosen for this file question, and stay on the page.
    UploadFiles(String),
    /// Delete this uploaded file (by its id).
    RemoveFile(String),
}

impl PageAction {
    /// Reads the button that was pressed, accepting only questions of the right kind on this page.
    pub fn of(page: &Page, input: &FormInput) -> PageAction {
        // The button's value names the question (or, for Remove, the item's field).
        let find = |button: &str| {
            input.get(button).and_then(|value| {
                let answers = |q: &&Question| {
                    q.kind.rules().buttons().contains(&button)
                        && (q.id == *value || value.starts_with(&format!("{}-item-", q.id)))
                };
                page.questions
                    .iter()
                    .find(answers)
                    .map(|q| (q.id.clone(), value.clone()))
            })
        };
        if let Some((question, _)) = find(ADD_ITEM) {
            PageAction::AddItem(question)
        } else if let Some((question, field)) = find(REMOVE_ITEM) {
            PageAction::RemoveItem { question, field }
        } else if let Some((question, _)) = find(FIND_ADDRESS) {
            PageAction::FindAddress(question)
        } else if let Some((question, _)) = find(UPLOAD_FILES) {
            PageAction::UploadFiles(question)
        } else if let Some(file) = input.get(REMOVE_FILE).filter(|f| !f.is_empty()) {
            PageAction::RemoveFile(file.clone())
        } else {
            PageAction::Continue
        }
    }
}

/// Applies Add or Remove on a list question: the page's answers with the new list (an empty list
/// removes the answer, so the page is no longer answered).
pub fn edit_list(
    service: &ServiceDefinition,
    page: &Page,
    action: &PageAction,
    input: &FormInput,
    answers: &Answers,
) -> Result<Answers, FieldError> {
    let (question, result) = match action {
        PageAction::AddItem(question) => (
            question,
            rules_for(service, page, question).map(|r| r.add_item(input)),
        ),
        PageAction::RemoveItem { question, field } => (
            question,
            rules_for(service, page, question).map(|r| r.remove_item(input, field)),
        ),
        _ => return Ok(answers.clone()),
    };
    let mut answers = answers.clone();
    match result {
        Some(Ok(list)) if list.is_blank() => {
            answers.remove(question);
        }
        Some(Ok(list)) => {
            answers.insert(question.clone(), list);
        }
        Some(Err(e)) => return Err(e),
        None => {}
    }
    Ok(answers)
}

fn rules_for<'a>(
    service: &'a ServiceDefinition,
    page: &'a Page,
    question: &str,
) -> Option<QuestionRules<'a>> {
    page.questions
        .iter()
        .find(|q| q.id == question)
        .map(|q| QuestionRules::new(service, q))
}
