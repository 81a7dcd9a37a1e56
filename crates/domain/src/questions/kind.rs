//! The one list of question types: the `type` each is written as in a definition file, and the
//! module that owns it. Adding a type adds one line to each match here.

use super::keys::Keys;
use super::{
    address, checkboxes, date, email, files, list, long_text, money, number, one_of, phone,
    postcode, text, yes_no, QuestionType,
};

/// The kinds of question, each with the GOV.UK Design System pattern of the same name.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    Text(text::Text),
    LongText(long_text::LongText),
    Email(email::Email),
    UkPhone(phone::UkPhone),
    UkPostcode(postcode::UkPostcode),
    Radios(one_of::OneOf),
    Date(date::Date),
    YesNo(yes_no::YesNo),
    Number(number::Number),
    Money(money::Money),
    Checkboxes(checkboxes::Checkboxes),
    Select(one_of::OneOf),
    UkAddress(address::UkAddress),
    List(list::List),
    Files(files::Files),
}

/// Every `type` a definition may use, in the order the docs list them.
pub const QUESTION_TYPES: [&str; 15] = [
    "text",
    "long-text",
    "email",
    "uk-phone",
    "uk-postcode",
    "radios",
    "date",
    "yes-no",
    "number",
    "money",
    "checkboxes",
    "select",
    "uk-address",
    "add-another",
    "file",
];

impl QuestionKind {
    /// Reads a question of type `name` from its definition keys, taking the keys it owns.
    pub fn from_keys(name: &str, keys: &mut Keys) -> Result<QuestionKind, String> {
        use QuestionKind as K;
        Ok(match name {
            "text" => K::Text(text::Text::from_keys(keys)?),
            "long-text" => K::LongText(long_text::LongText::from_keys(keys)?),
            "email" => K::Email(email::Email),
            "uk-phone" => K::UkPhone(phone::UkPhone),
            "uk-postcode" => K::UkPostcode(postcode::UkPostcode),
            "radios" => K::Radios(one_of::OneOf::from_keys(keys)?),
            "date" => K::Date(date::Date::from_keys(keys)?),
            "yes-no" => K::YesNo(yes_no::YesNo),
            "number" => K::Number(number::Number::from_keys(keys)?),
            "money" => K::Money(money::Money::from_keys(keys)?),
            "checkboxes" => K::Checkboxes(checkboxes::Checkboxes::from_keys(keys)?),
            "select" => K::Select(one_of::OneOf::from_keys(keys)?),
            "uk-address" => K::UkAddress(address::UkAddress),
            "add-another" => K::List(list::List::from_keys(keys)?),
            "file" => K::Files(files::Files::from_keys(keys)?),
            other => {
                return Err(format!(
                    "type \"{other}\" is not one of {}",
                    QUESTION_TYPES.join(", ")
                ))
            }
        })
    }

    /// Its `type` in a definition file.
    pub fn name(&self) -> &'static str {
        use QuestionKind as K;
        match self {
            K::Text(_) => "text",
            K::LongText(_) => "long-text",
            K::Email(_) => "email",
            K::UkPhone(_) => "uk-phone",
            K::UkPostcode(_) => "uk-postcode",
            K::Radios(_) => "radios",
            K::Date(_) => "date",
            K::YesNo(_) => "yes-no",
            K::Number(_) => "number",
            K::Money(_) => "money",
            K::Checkboxes(_) => "checkboxes",
            K::Select(_) => "select",
            K::UkAddress(_) => "uk-address",
            K::List(_) => "add-another",
            K::Files(_) => "file",
        }
    }

    /// The type's rules.
    pub fn rules(&self) -> &dyn QuestionType {
        use QuestionKind as K;
        match self {
            K::Text(t) => t,
            K::LongText(t) => t,
            K::Email(t) => t,
            K::UkPhone(t) => t,
            K::UkPostcode(t) => t,
            K::Radios(t) => t,
            K::Date(t) => t,
            K::YesNo(t) => t,
            K::Number(t) => t,
            K::Money(t) => t,
            K::Checkboxes(t) => t,
            K::Select(t) => t,
            K::UkAddress(t) => t,
            K::List(t) => t,
            K::Files(t) => t,
        }
    }

    /// A file question's settings, for the code that receives files.
    pub fn as_files(&self) -> Option<&files::Files> {
        match self {
            QuestionKind::Files(f) => Some(f),
            _ => None,
        }
    }

    /// An add-another list's settings, for Add and Remove.
    pub fn as_list(&self) -> Option<&list::List> {
        match self {
            QuestionKind::List(l) => Some(l),
            _ => None,
        }
    }

    /// A date question's settings.
    pub fn as_date(&self) -> Option<&date::Date> {
        match self {
            QuestionKind::Date(d) => Some(d),
            _ => None,
        }
    }
}
