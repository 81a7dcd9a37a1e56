//! A UK telephone number (`type = "uk-phone"`). No keys. Stored trimmed, as typed.

use super::{Answer, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext};
use crate::contact::parse_uk_phone;

#[derive(Debug, Clone, PartialEq)]
pub struct UkPhone;

impl QuestionType for UkPhone {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "07700 900982")
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
        q.parse_typed(input, parse_uk_phone)
    }
}
