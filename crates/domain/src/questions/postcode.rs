//! A UK postcode (`type = "uk-postcode"`). No keys. Stored in capitals with one space: "SE15 5DQ".

use super::{Answer, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext};
use crate::postcode::Postcode;

#[derive(Debug, Clone, PartialEq)]
pub struct UkPostcode;

impl QuestionType for UkPostcode {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "SE1 2QH")
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
        q.parse_typed(input, |t| {
            Postcode::parse(t).map(|p| p.as_str().to_string())
        })
    }
}
