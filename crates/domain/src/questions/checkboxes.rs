//! Checkboxes (`type = "checkboxes"`): any of a list of options.
//!
//! Keys: `options` (one or more stored values, each with a message), `none` (an option that cannot
//! be chosen with the others: "None of these"). Stored as the list of values chosen, in the
//! definition's order.

use super::choice::{check_options, some_of};
use super::{
    Answer, AnswerDisplay, FieldError, FormInput, Keys, Placed, QuestionRules, QuestionType,
    RuleContext,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Checkboxes {
    pub options: Vec<String>,
    pub none: Option<String>,
}

impl Checkboxes {
    pub fn from_keys(keys: &mut Keys) -> Result<Checkboxes, String> {
        Ok(Checkboxes {
            options: keys.take_list("options")?,
            none: keys.take_text("none")?,
        })
    }
}

impl QuestionType for Checkboxes {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, &self.options[0])
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_list("options", &self.options);
        keys.put_text("none", self.none.as_deref());
    }

    fn check(&self, at: &Placed<'_>) -> Vec<String> {
        check_options(at, &self.options(), 1)
    }

    fn options(&self) -> Vec<String> {
        self.options.iter().chain(&self.none).cloned().collect()
    }

    fn error_codes(&self) -> Vec<&'static str> {
        match self.none {
            Some(_) => vec!["none-and-other"],
            None => vec![],
        }
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        match some_of(&self.options, self.none.as_deref(), q.typed(input)) {
            Ok(chosen) if chosen.is_empty() => q.nothing_given(),
            Ok(chosen) => Ok(Answer::List(chosen)),
            Err(code) => Err(q.fail((code, vec![]))),
        }
    }

    /// The form posts ticked boxes as one field, their values joined by commas.
    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        FormInput::from([(id.to_string(), answer.values().join(","))])
    }

    fn display(&self, q: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Messages(answer.values().iter().map(|v| q.message(v)).collect())
    }

    fn from_legacy(&self, stored: &str) -> Answer {
        Answer::list(
            stored
                .split(',')
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }
}
