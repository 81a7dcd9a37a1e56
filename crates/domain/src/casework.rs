//! The forms around a request once it is sent: a caseworker signing in (email, then the code
//! emailed to them), a resident answering "waiting for you", and a resident rating how their
//! request was dealt with. Checked here, for the pages and the API alike.

#![cfg(feature = "server")]

use serde::{Deserialize, Serialize};

use crate::contact::parse_email;
use crate::progress::NOTE_MAX_CHARS;
use crate::questions::files::{FileRules, FileType};
use crate::questions::{FieldError, FormInput};

/// Digits in a sign-in code.
pub const SIGN_IN_CODE_DIGITS: usize = 6;
/// Minutes a sign-in code works for.
pub const SIGN_IN_CODE_MINUTES: i64 = 15;
/// The longest comment with a rating.
pub const COMMENT_MAX_CHARS: usize = 1200;

fn error(form: &str, field: &str, code: &str) -> FieldError {
    FieldError::new(field, code, format!("{form}-{field}-error-{code}"))
}

fn text(input: &FormInput, key: &str) -> String {
    input
        .get(key)
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

/// The email a caseworker signs in with, lower-cased (accounts are looked up by it).
pub fn check_sign_in_email(input: &FormInput) -> Result<String, Vec<FieldError>> {
    match text(input, "email").as_str() {
        "" => Err(vec![error("staff", "email", "required")]),
        e => parse_email(e)
            .map(|e| e.to_lowercase())
            .ok_or_else(|| vec![error("staff", "email", "invalid")]),
    }
}

/// The code from the sign-in email: six digits, spaces and dashes allowed between them.
pub fn check_sign_in_code(input: &FormInput) -> Result<String, Vec<FieldError>> {
    let typed = text(input, "code");
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if typed.is_empty() {
        Err(vec![error("staff", "code", "required")])
    } else if digits.len() != SIGN_IN_CODE_DIGITS || !digits.chars().all(|c| c.is_ascii_digit()) {
        Err(vec![error("staff", "code", "invalid")
            .with_args(&[("digits", SIGN_IN_CODE_DIGITS.to_string())])])
    } else {
        Ok(digits)
    }
}

/// The error for a code that is wrong, used or out of date: it never says which.
pub fn wrong_code_error() -> FieldError {
    error("staff", "code", "wrong")
}

/// A resident's answer to "waiting for you": what they tell the caseworker (files come with it,
/// checked as files are).
pub fn check_reply(input: &FormInput, files_sent: usize) -> Result<String, Vec<FieldError>> {
    let reply = text(input, "reply");
    if reply.is_empty() && files_sent == 0 {
        Err(vec![error("reply", "reply", "required")])
    } else if reply.chars().count() > NOTE_MAX_CHARS {
        Err(vec![
            error("reply", "reply", "too-long").with_args(&[("max", NOTE_MAX_CHARS.to_string())])
        ])
    } else {
        Ok(reply)
    }
}

/// What a reply may carry: up to 5 photos or PDFs, 20 MB each.
pub fn reply_file_rules() -> FileRules {
    FileRules {
        required: false,
        max_files: 5,
        max_file_bytes: 20 * 1024 * 1024,
        max_total_bytes: 50 * 1024 * 1024,
        types: FileType::ALL.to_vec(),
    }
}

/// The name of a reply's files where file questions put their question's id.
pub const REPLY_FILES: &str = "reply-files";

/// "How satisfied are you with how we dealt with your request?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Satisfaction {
    VerySatisfied,
    Satisfied,
    Neither,
    Dissatisfied,
    VeryDissatisfied,
}

impl Satisfaction {
    pub const ALL: [Satisfaction; 5] = [
        Satisfaction::VerySatisfied,
        Satisfaction::Satisfied,
        Satisfaction::Neither,
        Satisfaction::Dissatisfied,
        Satisfaction::VeryDissatisfied,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Satisfaction::VerySatisfied => "very-satisfied",
            Satisfaction::Satisfied => "satisfied",
            Satisfaction::Neither => "neither",
            Satisfaction::Dissatisfied => "dissatisfied",
            Satisfaction::VeryDissatisfied => "very-dissatisfied",
        }
    }

    pub fn parse(s: &str) -> Option<Satisfaction> {
        Satisfaction::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A rating: one of the five answers, and a comment if the resident wants to say more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub satisfaction: Satisfaction,
    pub comment: String,
}

pub fn check_rating(input: &FormInput) -> Result<Rating, Vec<FieldError>> {
    let comment = text(input, "comment");
    let satisfaction = Satisfaction::parse(&text(input, "satisfaction"))
        .ok_or_else(|| error("rating", "satisfaction", "required"));
    let too_long = (comment.chars().count() > COMMENT_MAX_CHARS).then(|| {
        error("rating", "comment", "too-long").with_args(&[("max", COMMENT_MAX_CHARS.to_string())])
    });
    match (satisfaction, too_long) {
        (Ok(satisfaction), None) => Ok(Rating {
            satisfaction,
            comment,
        }),
        (s, long) => Err([s.err(), long].into_iter().flatten().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormInput {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn ids(r: Result<impl std::fmt::Debug, Vec<FieldError>>) -> Vec<String> {
        r.unwrap_err().into_iter().map(|e| e.message_id).collect()
    }

    #[test]
    fn sign_in_email_is_checked_and_lower_cased() {
        assert_eq!(
            check_sign_in_email(&form(&[("email", " Sam.Case@Council.GOV.uk ")])).unwrap(),
            "sam.case@council.gov.uk"
        );
        assert_eq!(
            ids(check_sign_in_email(&form(&[]))),
            ["staff-email-error-required"]
        );
        assert_eq!(
            ids(check_sign_in_email(&form(&[("email", "sam at council")]))),
            ["staff-email-error-invalid"]
        );
    }

    #[test]
    fn sign_in_code_takes_six_digits_with_spaces() {
        assert_eq!(
            check_sign_in_code(&form(&[("code", "123 456")])).unwrap(),
            "123456"
        );
        assert_eq!(
            check_sign_in_code(&form(&[("code", "123-456")])).unwrap(),
            "123456"
        );
        assert_eq!(
            ids(check_sign_in_code(&form(&[("code", "")]))),
            ["staff-code-error-required"]
        );
        for bad in ["12345", "1234567", "12a456"] {
            assert_eq!(
                ids(check_sign_in_code(&form(&[("code", bad)]))),
                ["staff-code-error-invalid"],
                "{bad}"
            );
        }
    }

    #[test]
    fn a_reply_needs_words_or_a_file() {
        assert_eq!(
            ids(check_reply(&form(&[("reply", " ")]), 0)),
            ["reply-reply-error-required"]
        );
        assert_eq!(check_reply(&form(&[]), 1).unwrap(), "");
        assert_eq!(
            check_reply(&form(&[("reply", "Photo attached")]), 0).unwrap(),
            "Photo attached"
        );
        let long = "a".repeat(NOTE_MAX_CHARS + 1);
        assert_eq!(
            ids(check_reply(&form(&[("reply", &long)]), 0)),
            ["reply-reply-error-too-long"]
        );
    }

    #[test]
    fn a_rating_is_one_of_five_with_an_optional_comment() {
        for s in Satisfaction::ALL {
            assert_eq!(Satisfaction::parse(s.as_str()), Some(s));
            let r = check_rating(&form(&[("satisfaction", s.as_str())])).unwrap();
            assert_eq!((r.satisfaction, r.comment.as_str()), (s, ""));
        }
        assert_eq!(
            ids(check_rating(&form(&[("comment", "ok")]))),
            ["rating-satisfaction-error-required"]
        );
        let long = "a".repeat(COMMENT_MAX_CHARS + 1);
        assert_eq!(
            ids(check_rating(&form(&[
                ("satisfaction", "maybe"),
                ("comment", &long)
            ]))),
            [
                "rating-satisfaction-error-required",
                "rating-comment-error-too-long"
            ]
        );
    }
}
