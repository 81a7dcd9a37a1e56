//! Yes or no (`type = "yes-no"`): radios labelled by the shared messages `answer-yes` and
//! `answer-no`. No keys. Stored as "yes" or "no".

use super::choice::one_of;
use super::{
    Answer, AnswerDisplay, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext,
};

#[derive(Debug, Clone, PartialEq)]
pub struct YesNo;

pub const VALUES: [&str; 2] = ["yes", "no"];

impl QuestionType for YesNo {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "no")
    }

    fn write_keys(&self, _: &mut Keys) {}

    fn error_codes(&self) -> Vec<&'static str> {
        vec![]
    }

    fn shared_messages(&self) -> Vec<String> {
        VALUES.iter().map(|v| format!("answer-{v}")).collect()
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        one_of(q, &VALUES.map(String::from), q.typed(input))
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Message(format!("answer-{}", answer.as_text().unwrap_or("")))
    }
}
