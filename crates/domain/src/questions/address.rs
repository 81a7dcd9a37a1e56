//! A UK address (`type = "uk-address"`), the GOV.UK address pattern: find an address by
//! postcode, or type it in. Typing it in always works, so a failed or missing lookup never stops
//! anyone. No keys.
//!
//! Fields for question `address`: `address-postcode`, `address-choice` (an address chosen from the
//! lookup, as its four lines), `address-line-1`, `address-line-2`, `address-town`. Stored as an
//! object: `{"line-1": …, "line-2": …, "town": …, "postcode": …}`.

use std::collections::BTreeMap;

use super::{
    Answer, AnswerDisplay, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext,
};
use crate::postcode::Postcode;

/// The button that looks up addresses for the postcode typed.
pub const FIND_ADDRESS: &str = "find-address";

#[derive(Debug, Clone, PartialEq)]
pub struct UkAddress;

impl QuestionType for UkAddress {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        [
            ("postcode", "SE15 5DQ"),
            ("line-1", "16 Rye Lane"),
            ("town", "London"),
        ]
        .into_iter()
        .map(|(part, value)| (format!("{id}-{part}"), value.to_string()))
        .collect()
    }

    fn write_keys(&self, _: &mut Keys) {}

    fn error_codes(&self) -> Vec<&'static str> {
        vec![]
    }

    fn shared_messages(&self) -> Vec<String> {
        MESSAGE_IDS.iter().map(|m| m.to_string()).collect()
    }

    fn buttons(&self) -> &'static [&'static str] {
        &[FIND_ADDRESS]
    }

    fn field_names(&self, id: &str) -> Vec<String> {
        PARTS.iter().map(|p| format!("{id}-{p}")).collect()
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        parse(q.id(), input, q.required(), q.message("error-required"))
    }

    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        let Answer::Address(a) = answer else {
            return FormInput::new();
        };
        a.parts()
            .into_iter()
            .map(|(part, value)| (format!("{id}-{part}"), value.to_string()))
            .collect()
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Lines(answer.values())
    }

    fn from_legacy(&self, stored: &str) -> Answer {
        Address::from_lines(stored).map_or(Answer::Blank, Answer::Address)
    }
}

pub(super) const PARTS: [&str; 5] = ["postcode", "choice", "line-1", "line-2", "town"];

/// Longest line accepted, as for GOV.UK address lines.
pub const MAX_LINE: usize = 100;

/// An address in the stored form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub line_1: String,
    pub line_2: String,
    pub town: String,
    pub postcode: String,
}

impl Address {
    /// Its parts by field name, as stored.
    pub fn parts(&self) -> [(&'static str, &str); 4] {
        [
            ("line-1", &self.line_1),
            ("line-2", &self.line_2),
            ("town", &self.town),
            ("postcode", &self.postcode),
        ]
    }

    pub fn from_parts(parts: &BTreeMap<String, String>) -> Option<Address> {
        let part = |k: &str| parts.get(k).cloned();
        Some(Address {
            line_1: part("line-1")?,
            line_2: part("line-2").unwrap_or_default(),
            town: part("town")?,
            postcode: part("postcode")?,
        })
    }

    /// As four lines (line 2 maybe empty): how a choice from the lookup is posted.
    pub fn to_lines(&self) -> String {
        [&self.line_1, &self.line_2, &self.town, &self.postcode]
            .map(|s| s.as_str())
            .join("\n")
    }

    pub fn from_lines(stored: &str) -> Option<Address> {
        let lines: Vec<&str> = stored
            .split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .collect();
        match lines.as_slice() {
            [line_1, line_2, town, postcode] => Some(Address {
                line_1: line_1.to_string(),
                line_2: line_2.to_string(),
                town: town.to_string(),
                postcode: postcode.to_string(),
            }),
            _ => None,
        }
    }

    /// The lines to show, without the empty ones.
    pub fn lines(&self) -> Vec<String> {
        [&self.line_1, &self.line_2, &self.town, &self.postcode]
            .into_iter()
            .filter(|l| !l.is_empty())
            .cloned()
            .collect()
    }
}

/// An error on one part of the address, with the shared `address-error-...` messages, or the
/// question's own `required` message when nothing was given.
fn error(id: &str, part: &str, code: &str, args: &[(&str, String)]) -> FieldError {
    let mut e = FieldError::new(id, code, format!("address-error-{part}-{code}"));
    e.target = format!("{id}-{part}");
    e.args = args
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    e
}

/// Checks a postcode typed to find an address.
pub fn lookup_postcode(id: &str, input: &FormInput) -> Result<Postcode, FieldError> {
    let typed = input
        .get(&format!("{id}-postcode"))
        .map(|v| v.trim())
        .unwrap_or("");
    if typed.is_empty() {
        // Its own message: "Enter a postcode" (to find the address), not "Enter the postcode".
        return Err(error(id, "lookup", "required", &[]).at(format!("{id}-postcode")));
    }
    Postcode::parse(typed).ok_or_else(|| error(id, "postcode", "invalid", &[]))
}

fn parse(
    id: &str,
    input: &FormInput,
    required: bool,
    required_message: String,
) -> Result<Answer, Vec<FieldError>> {
    let value = |part: &str| {
        input
            .get(&format!("{id}-{part}"))
            .map(|v| v.replace(['\r', '\n'], " ").trim().to_string())
            .unwrap_or_default()
    };
    let [postcode, choice, line_1, line_2, town] = PARTS.map(|p| {
        if p == "choice" {
            input
                .get(&format!("{id}-choice"))
                .cloned()
                .unwrap_or_default()
        } else {
            value(p)
        }
    });
    // An address chosen from the list is used unless the person typed one in.
    let typed = Address {
        line_1,
        line_2,
        town,
        postcode,
    };
    let address = match Address::from_lines(&choice) {
        Some(chosen) if typed.line_1.is_empty() && typed.town.is_empty() => chosen,
        _ => typed,
    };
    if address.lines().is_empty() {
        return if required {
            let mut e = FieldError::new(id, "required", required_message);
            e.target = format!("{id}-line-1");
            Err(vec![e])
        } else {
            Ok(Answer::Blank)
        };
    }
    let mut errors = Vec::new();
    let too_long = |part: &str| error(id, part, "too-long", &[("max", MAX_LINE.to_string())]);
    for (part, line, needed) in [
        ("line-1", &address.line_1, true),
        ("line-2", &address.line_2, false),
        ("town", &address.town, true),
    ] {
        if needed && line.is_empty() {
            errors.push(error(id, part, "required", &[]));
        } else if line.chars().count() > MAX_LINE {
            errors.push(too_long(part));
        }
    }
    let postcode = if address.postcode.is_empty() {
        errors.push(error(id, "postcode", "required", &[]));
        None
    } else {
        let p = Postcode::parse(&address.postcode);
        if p.is_none() {
            errors.push(error(id, "postcode", "invalid", &[]));
        }
        p
    };
    match postcode {
        Some(p) if errors.is_empty() => Ok(Answer::Address(Address {
            postcode: p.as_str().to_string(),
            ..address
        })),
        _ => Err(errors),
    }
}

/// The shared messages an address question can show.
pub const MESSAGE_IDS: [&str; 8] = [
    "address-error-lookup-required",
    "address-error-line-1-required",
    "address-error-line-1-too-long",
    "address-error-line-2-too-long",
    "address-error-town-required",
    "address-error-town-too-long",
    "address-error-postcode-required",
    "address-error-postcode-invalid",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn input(pairs: &[(&str, &str)]) -> FormInput {
        pairs
            .iter()
            .map(|(k, v)| (format!("home-{k}"), v.to_string()))
            .collect()
    }

    /// The address as four lines, or the errors.
    fn parse_home(pairs: &[(&str, &str)]) -> Result<String, Vec<FieldError>> {
        match parse("home", &input(pairs), true, "home-error-required".into())? {
            Answer::Address(a) => Ok(a.to_lines()),
            other => panic!("not an address: {other:?}"),
        }
    }

    #[test]
    fn a_typed_address_is_stored_as_four_lines_with_a_normalised_postcode() {
        let stored = parse_home(&[
            ("line-1", " 12 Peckham Road "),
            ("town", "London"),
            ("postcode", "se15 5dq"),
        ])
        .unwrap();
        assert_eq!(stored, "12 Peckham Road\n\nLondon\nSE15 5DQ");
        assert_eq!(
            Address::from_lines(&stored).unwrap().lines(),
            ["12 Peckham Road", "London", "SE15 5DQ"]
        );
        let answer = Answer::Address(Address::from_lines(&stored).unwrap());
        assert_eq!(
            UkAddress.to_input("home", &answer)["home-postcode"],
            "SE15 5DQ"
        );
        assert_eq!(UkAddress.from_legacy(&stored), answer);
    }

    #[test]
    fn a_chosen_address_is_used_unless_one_was_typed() {
        let chosen = "Flat 2\n14 Rye Lane\nLondon\nSE15 5DQ";
        assert_eq!(parse_home(&[("choice", chosen)]).unwrap(), chosen);
        let typed = parse_home(&[
            ("choice", chosen),
            ("line-1", "1 Bellenden Road"),
            ("town", "London"),
            ("postcode", "SE15 4QY"),
        ])
        .unwrap();
        assert!(typed.starts_with("1 Bellenden Road"));
        // A crafted choice is checked like a typed address.
        let codes: Vec<String> = parse_home(&[("choice", "x\n\nLondon\nnot a postcode")])
            .unwrap_err()
            .into_iter()
            .map(|e| e.message_id)
            .collect();
        assert_eq!(codes, ["address-error-postcode-invalid"]);
    }

    #[test]
    fn every_missing_part_gets_its_own_error() {
        let nothing = parse_home(&[]).unwrap_err();
        assert_eq!(nothing.len(), 1);
        assert_eq!(nothing[0].message_id, "home-error-required");
        assert_eq!(nothing[0].target, "home-line-1");

        let errors = parse_home(&[("line-2", "Flat 2"), ("postcode", "SE15")]).unwrap_err();
        let targets: Vec<&str> = errors.iter().map(|e| e.target.as_str()).collect();
        assert_eq!(targets, ["home-line-1", "home-town", "home-postcode"]);
        assert_eq!(errors[2].message_id, "address-error-postcode-invalid");

        let long = "x".repeat(MAX_LINE + 1);
        let errors = parse_home(&[
            ("line-1", &long),
            ("town", "London"),
            ("postcode", "SE15 5DQ"),
        ])
        .unwrap_err();
        assert_eq!(errors[0].message_id, "address-error-line-1-too-long");
        assert_eq!(errors[0].args["max"], "100");

        assert_eq!(
            parse("home", &FormInput::new(), false, String::new()),
            Ok(Answer::Blank)
        );
    }

    #[test]
    fn a_lookup_needs_a_real_postcode() {
        assert_eq!(
            lookup_postcode("home", &input(&[("postcode", "se155dq")]))
                .unwrap()
                .as_str(),
            "SE15 5DQ"
        );
        assert_eq!(
            lookup_postcode("home", &input(&[])).unwrap_err().message_id,
            "address-error-lookup-required"
        );
        assert_eq!(
            lookup_postcode("home", &input(&[("postcode", "SE15")]))
                .unwrap_err()
                .target,
            "home-postcode"
        );
    }
}
