//! Text, long text, email, UK phone and UK postcode: one field each.

use crate::contact::{parse_email, parse_uk_phone};
use crate::definition::QuestionKind;
use crate::postcode::Postcode;

pub(super) type Failure = (&'static str, Vec<(&'static str, String)>);

pub(super) fn parse(kind: &QuestionKind, raw: &str, required: bool) -> Result<String, Failure> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return if required { Err(("required", vec![])) } else { Ok(String::new()) };
    }
    let too_long = |max: usize| ("too-long", vec![("max", max.to_string())]);
    match kind {
        QuestionKind::Text { max_length, .. } if trimmed.chars().count() > *max_length => Err(too_long(*max_length)),
        // Line breaks count as one character, as the browser's character count shows them.
        QuestionKind::LongText { max_length } if raw.replace("\r\n", "\n").trim().chars().count() > *max_length => {
            Err(too_long(*max_length))
        }
        QuestionKind::LongText { .. } => Ok(raw.replace("\r\n", "\n").trim().to_string()),
        QuestionKind::Email => parse_email(trimmed).ok_or(("invalid", vec![])),
        QuestionKind::UkPhone => parse_uk_phone(trimmed).ok_or(("invalid", vec![])),
        QuestionKind::UkPostcode => Postcode::parse(trimmed).map(|p| p.as_str().to_string()).ok_or(("invalid", vec![])),
        _ => Ok(trimmed.to_string()),
    }
}
