//! Text, long text, email, UK phone and UK postcode: one field each.

use crate::contact::{parse_email, parse_uk_phone};
use crate::definition::QuestionKind;
use crate::postcode::Postcode;

pub(super) type Failure = (&'static str, Vec<(&'static str, String)>);

pub(super) fn parse(kind: &QuestionKind, raw: &str, required: bool) -> Result<String, Failure> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return if required {
            Err(("required", vec![]))
        } else {
            Ok(String::new())
        };
    }
    let too_long = |max: usize| ("too-long", vec![("max", max.to_string())]);
    match kind {
        QuestionKind::Text { max_length, .. } if trimmed.chars().count() > *max_length => {
            Err(too_long(*max_length))
        }
        QuestionKind::Text {
            pattern: Some(pattern),
            ..
        } if !matches_pattern(trimmed, pattern) => Err(("pattern", vec![])),
        // Line breaks count as one character, as the browser's character count shows them.
        QuestionKind::LongText { max_length }
            if raw.replace("\r\n", "\n").trim().chars().count() > *max_length =>
        {
            Err(too_long(*max_length))
        }
        QuestionKind::LongText { .. } => Ok(raw.replace("\r\n", "\n").trim().to_string()),
        QuestionKind::Email => parse_email(trimmed).ok_or(("invalid", vec![])),
        QuestionKind::UkPhone => parse_uk_phone(trimmed).ok_or(("invalid", vec![])),
        QuestionKind::UkPostcode => Postcode::parse(trimmed)
            .map(|p| p.as_str().to_string())
            .ok_or(("invalid", vec![])),
        _ => Ok(trimmed.to_string()),
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
