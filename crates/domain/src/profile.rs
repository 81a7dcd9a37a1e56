//! A resident's saved details ("tell us once"): the fields a profile holds, and which type of
//! question may ask for each. A question names its field (`profile = "email"`); when the profile
//! holds it, the page shows it filled in, and nothing goes back into the profile unless the
//! resident says so.

use serde::{Deserialize, Serialize};

/// A detail the profile keeps, stored as the answer to the question that asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileField {
    Name,
    DateOfBirth,
    Email,
    Phone,
    Address,
    /// The language pages are shown in once signed in.
    Language,
    /// How the resident would like to be contacted.
    ContactMethod,
    /// Large print, easy read, British Sign Language, an interpreter, someone who speaks for them.
    AccessNeeds,
    /// The language an interpreter is needed for.
    InterpreterLanguage,
}

impl ProfileField {
    pub const ALL: [ProfileField; 9] = [
        ProfileField::Name,
        ProfileField::DateOfBirth,
        ProfileField::Email,
        ProfileField::Phone,
        ProfileField::Address,
        ProfileField::Language,
        ProfileField::ContactMethod,
        ProfileField::AccessNeeds,
        ProfileField::InterpreterLanguage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProfileField::Name => "name",
            ProfileField::DateOfBirth => "date-of-birth",
            ProfileField::Email => "email",
            ProfileField::Phone => "phone",
            ProfileField::Address => "address",
            ProfileField::Language => "language",
            ProfileField::ContactMethod => "contact-method",
            ProfileField::AccessNeeds => "access-needs",
            ProfileField::InterpreterLanguage => "interpreter-language",
        }
    }

    pub fn parse(s: &str) -> Option<ProfileField> {
        ProfileField::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The question type that asks for it (its answers have one shape).
    pub fn question_type(self) -> &'static str {
        match self {
            ProfileField::Name | ProfileField::InterpreterLanguage => "text",
            ProfileField::DateOfBirth => "date",
            ProfileField::Email => "email",
            ProfileField::Phone => "uk-phone",
            ProfileField::Address => "uk-address",
            ProfileField::Language | ProfileField::ContactMethod => "radios",
            ProfileField::AccessNeeds => "checkboxes",
        }
    }
}

/// The form field a question page posts to save a question's answer in the profile too: its
/// value is the question's id (one per question).
pub const SAVE_TO_PROFILE: &str = "save-to-profile";
/// The form field naming the questions shown filled in from the profile, so their use is noted.
pub const FROM_PROFILE: &str = "from-profile";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_back_from_their_names() {
        for f in ProfileField::ALL {
            assert_eq!(ProfileField::parse(f.as_str()), Some(f));
            assert!(crate::questions::kind::QUESTION_TYPES.contains(&f.question_type()));
        }
        assert_eq!(ProfileField::parse("shoe-size"), None);
    }
}
