//! A checked answer, stored and sent as a typed JSON value: `null` for an optional question left
//! blank, a string, a number, a list of strings, or an address object. Which shape a question
//! gives is its type's business (its module's `parse`); everything else only passes answers on.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::address::Address;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// An optional question left blank, or one not asked because its option was not chosen.
    /// Stored so the page counts as answered.
    Blank,
    /// One value: what was typed, a chosen option, an ISO date (`2026-04-01`), an amount
    /// (`12.50`).
    Text(String),
    /// A whole number.
    Number(i64),
    /// Several values: the options ticked, the items on a list, the ids of the files kept.
    List(Vec<String>),
    Address(Address),
}

impl Answer {
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Blank => true,
            Answer::Text(t) => t.is_empty(),
            Answer::List(l) => l.is_empty(),
            Answer::Number(_) | Answer::Address(_) => false,
        }
    }

    /// The answer as one piece of text, for answers that are one.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Answer::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The values chosen or given, for conditions and lists: one for a text answer, each item of
    /// a list, none when blank.
    pub fn values(&self) -> Vec<String> {
        match self {
            Answer::Blank => vec![],
            Answer::Text(t) if t.is_empty() => vec![],
            Answer::Text(t) => vec![t.clone()],
            Answer::Number(n) => vec![n.to_string()],
            Answer::List(l) => l.clone(),
            Answer::Address(a) => a.lines(),
        }
    }

    /// The same answer, ignoring case: what a resident types again to show a saved form is
    /// theirs ("se15 5dq" is "SE15 5DQ").
    pub fn matches(&self, other: &Answer) -> bool {
        let (mine, theirs) = (self.values(), other.values());
        !mine.is_empty()
            && mine.len() == theirs.len()
            && mine
                .iter()
                .zip(&theirs)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
    }

    /// A list answer that drops to blank when empty.
    pub fn list(items: Vec<String>) -> Answer {
        if items.is_empty() {
            Answer::Blank
        } else {
            Answer::List(items)
        }
    }

    /// A text answer that is blank when empty.
    pub fn text(value: impl Into<String>) -> Answer {
        let value = value.into();
        if value.is_empty() {
            Answer::Blank
        } else {
            Answer::Text(value)
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Blank => s.serialize_none(),
            Answer::Text(t) => s.serialize_str(t),
            Answer::Number(n) => s.serialize_i64(*n),
            Answer::List(l) => l.serialize(s),
            Answer::Address(a) => {
                let mut map = s.serialize_map(Some(4))?;
                for (key, value) in a.parts() {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("null, text, a whole number, a list of text or an address")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Answer, E> {
        Ok(Answer::Blank)
    }

    fn visit_none<E: de::Error>(self) -> Result<Answer, E> {
        Ok(Answer::Blank)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
        Ok(Answer::Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Answer, E> {
        Ok(Answer::Text(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Answer, E> {
        Ok(Answer::Number(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
        i64::try_from(v)
            .map(Answer::Number)
            .map_err(|_| E::custom("number too large"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Answer, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element::<String>()? {
            list.push(item);
        }
        Ok(Answer::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answer, A::Error> {
        let mut parts = BTreeMap::new();
        while let Some((k, v)) = map.next_entry::<String, String>()? {
            parts.insert(k, v);
        }
        Address::from_parts(&parts)
            .map(Answer::Address)
            .ok_or_else(|| de::Error::custom("an address needs line-1, town and postcode"))
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Answer, D::Error> {
        d.deserialize_any(AnswerVisitor)
    }
}

/// A text answer.
impl From<&str> for Answer {
    fn from(value: &str) -> Answer {
        Answer::text(value)
    }
}

/// True when the answer is this text (blank equals "").
impl PartialEq<&str> for Answer {
    fn eq(&self, other: &&str) -> bool {
        match self {
            Answer::Blank => other.is_empty(),
            Answer::Text(t) => t == other,
            _ => false,
        }
    }
}
