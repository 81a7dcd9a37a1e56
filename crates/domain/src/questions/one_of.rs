//! One option from a list: radios (`type = "radios"`) or, only where radios will not do, a
//! drop-down (`type = "select"`). They differ only in how the app shows them. A question can be
//! revealed under a radios option (`reveal-when` on that question).
//!
//! Keys: `options` (two or more stored values; each has a message `<prefix>-<question>-<value>`).
//! Stored as the chosen value.

use super::choice::{check_options, one_of};
use super::{
    Answer, AnswerDisplay, FieldError, FormInput, Keys, Placed, QuestionRules, QuestionType,
    RuleContext,
};

#[derive(Debug, Clone, PartialEq)]
pub struct OneOf {
    pub options: Vec<String>,
}

impl OneOf {
    pub fn from_keys(keys: &mut Keys) -> Result<OneOf, String> {
        Ok(OneOf {
            options: keys.take_list("options")?,
        })
    }
}

impl QuestionType for OneOf {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, &self.options[0])
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_list("options", &self.options);
    }

    fn check(&self, at: &Placed<'_>) -> Vec<String> {
        check_options(at, &self.options, 2)
    }

    fn options(&self) -> Vec<String> {
        self.options.clone()
    }

    fn error_codes(&self) -> Vec<&'static str> {
        vec![]
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        one_of(q, &self.options, q.typed(input))
    }

    fn display(&self, q: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Message(q.message(answer.as_text().unwrap_or("")))
    }
}
