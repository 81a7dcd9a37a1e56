//! One line of text (`type = "text"`), with an optional length limit and a simple pattern.
//!
//! Keys: `autocomplete` (the HTML token, WCAG 1.3.5, e.g. "address-line1"), `max-length`
//! (default 200), `pattern` (see [`matches_pattern`]). Stored as the text typed, trimmed.

use super::{Answer, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext};

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub autocomplete: Option<String>,
    pub max_length: usize,
    pub pattern: Option<String>,
}

impl Text {
    pub fn from_keys(keys: &mut Keys) -> Result<Text, String> {
        Ok(Text {
            autocomplete: keys.take_text("autocomplete")?,
            max_length: keys.take_count("max-length")?.unwrap_or(200),
            pattern: keys.take_text("pattern")?,
        })
    }
}

impl QuestionType for Text {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "1 Example Street")
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_text("autocomplete", self.autocomplete.as_deref());
        keys.put_count("max-length", self.max_length);
        keys.put_text("pattern", self.pattern.as_deref());
    }

    fn error_codes(&self) -> Vec<&'static str> {
        match self.pattern {
            Some(_) => vec!["too-long", "pattern"],
            None => vec!["too-long"],
        }
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        let typed = q.typed(input);
        if typed.is_empty() {
            return q.nothing_given();
        }
        if typed.chars().count() > self.max_length {
            return Err(q.fail(("too-long", vec![("max", self.max_length.to_string())])));
        }
        if let Some(pattern) = &self.pattern {
            if !matches_pattern(typed, pattern) {
                return Err(q.fail(("pattern", vec![])));
            }
        }
        Ok(Answer::text(typed))
    }
}

/// A pattern without regular expressions: `9` is a digit, `A` a letter, `*` a letter or digit, and
/// anything else stands for itself (any case). Spaces typed are ignored unless the pattern has some.
pub fn matches_pattern(value: &str, pattern: &str) -> bool {
    let keep_spaces = pattern.contains(' ');
    let typed: Vec<char> = value
        .chars()
        .filter(|c| keep_spaces || !c.is_whitespace())
        .collect();
    let wanted: Vec<char> = pattern.chars().collect();
    typed.len() == wanted.len()
        && typed.iter().zip(&wanted).all(|(t, w)| match w {
            '9' => t.is_ascii_digit(),
            'A' => t.is_alphabetic(),
            '*' => t.is_alphanumeric(),
            other => t.eq_ignore_ascii_case(other),
        })
}

#[cfg(test)]
mod tests {
    use super::matches_pattern;

    #[test]
    fn patterns_match_digits_letters_and_literals() {
        assert!(matches_pattern("12345678", "99999999"));
        assert!(matches_pattern("1234 5678", "99999999"));
        assert!(!matches_pattern("1234567", "99999999"));
        assert!(!matches_pattern("1234567X", "99999999"));
        assert!(matches_pattern("ab-123", "AA-999"));
        assert!(matches_pattern("AB123C", "AA***A"));
    }
}
