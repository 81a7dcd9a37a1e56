//! Several lines of text with a character count (`type = "long-text"`).
//!
//! Keys: `max-length` (needed). Stored as typed, trimmed, with Windows line breaks made plain.

use super::{Answer, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext};

#[derive(Debug, Clone, PartialEq)]
pub struct LongText {
    pub max_length: usize,
}

impl LongText {
    pub fn from_keys(keys: &mut Keys) -> Result<LongText, String> {
        Ok(LongText {
            max_length: keys
                .take_count("max-length")?
                .ok_or("long-text needs max-length")?,
        })
    }
}

impl QuestionType for LongText {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "Some details about it")
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_count("max-length", self.max_length);
    }

    fn error_codes(&self) -> Vec<&'static str> {
        vec!["too-long"]
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        let raw = input.get(q.id()).map(String::as_str).unwrap_or("");
        // Line breaks count as one character, as the browser's character count shows them.
        let text = raw.replace("\r\n", "\n").trim().to_string();
        if text.is_empty() {
            return q.nothing_given();
        }
        if text.chars().count() > self.max_length {
            return Err(q.fail(("too-long", vec![("max", self.max_length.to_string())])));
        }
        Ok(Answer::Text(text))
    }
}
