//! An email address (`type = "email"`). No keys. Stored trimmed, as typed.

use super::{Answer, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext};
use crate::contact::parse_email;

#[derive(Debug, Clone, PartialEq)]
pub struct Email;

impl QuestionType for Email {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "resident@example.com")
    }

    fn write_keys(&self, _: &mut Keys) {}

    fn error_codes(&self) -> Vec<&'static str> {
        vec!["invalid"]
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        q.parse_typed(input, parse_email)
    }
}
