//! A question's settings as written in a definition file (`{ id = "items", type = "add-another",
//! max-items = 20 }`), before its type reads the ones it owns. Each question type takes its keys
//! from here; a key no one took is an error, so a misspelt or misplaced setting never passes
//! silently.
//!
//! Hand-written (de)serialisation over a small value type keeps serde's buffering code, which
//! `untagged` and `flatten` would pull in, out of the browser bundle.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One setting's value.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyValue {
    Bool(bool),
    Int(i64),
    Text(String),
    List(Vec<String>),
    Table(BTreeMap<String, String>),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keys(BTreeMap<String, KeyValue>);

impl Keys {
    pub fn new() -> Keys {
        Keys::default()
    }

    fn take(&mut self, key: &str) -> Option<KeyValue> {
        self.0.remove(key)
    }

    pub fn take_bool(&mut self, key: &str) -> Result<Option<bool>, String> {
        match self.take(key) {
            None => Ok(None),
            Some(KeyValue::Bool(b)) => Ok(Some(b)),
            Some(_) => Err(format!("{key}: must be true or false")),
        }
    }

    pub fn take_int(&mut self, key: &str) -> Result<Option<i64>, String> {
        match self.take(key) {
            None => Ok(None),
            Some(KeyValue::Int(n)) => Ok(Some(n)),
            Some(_) => Err(format!("{key}: must be a whole number")),
        }
    }

    /// A count or size: a whole number, not negative.
    pub fn take_count<T: TryFrom<i64>>(&mut self, key: &str) -> Result<Option<T>, String> {
        match self.take_int(key)? {
            None => Ok(None),
            Some(n) => T::try_from(n)
                .map(Some)
                .map_err(|_| format!("{key}: must be a whole number, 0 or more")),
        }
    }

    pub fn take_text(&mut self, key: &str) -> Result<Option<String>, String> {
        match self.take(key) {
            None => Ok(None),
            Some(KeyValue::Text(s)) => Ok(Some(s)),
            Some(_) => Err(format!("{key}: must be text")),
        }
    }

    pub fn take_list(&mut self, key: &str) -> Result<Vec<String>, String> {
        match self.take(key) {
            None => Ok(vec![]),
            Some(KeyValue::List(l)) => Ok(l),
            Some(_) => Err(format!("{key}: must be a list of text")),
        }
    }

    pub fn take_table(&mut self, key: &str) -> Result<Option<BTreeMap<String, String>>, String> {
        match self.take(key) {
            None => Ok(None),
            Some(KeyValue::Table(t)) => Ok(Some(t)),
            Some(_) => Err(format!("{key}: must be a table")),
        }
    }

    /// The keys no one took: each is a mistake in the definition.
    pub fn left_over(&self) -> Vec<&str> {
        self.0.keys().map(String::as_str).collect()
    }

    pub fn put(&mut self, key: &str, value: KeyValue) {
        self.0.insert(key.to_string(), value);
    }

    pub fn put_text(&mut self, key: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.put(key, KeyValue::Text(v.to_string()));
        }
    }

    pub fn put_int(&mut self, key: &str, value: Option<i64>) {
        if let Some(n) = value {
            self.put(key, KeyValue::Int(n));
        }
    }

    pub fn put_count(&mut self, key: &str, value: impl TryInto<i64>) {
        if let Ok(n) = value.try_into() {
            self.put(key, KeyValue::Int(n));
        }
    }

    pub fn put_true(&mut self, key: &str, value: bool) {
        if value {
            self.put(key, KeyValue::Bool(true));
        }
    }

    pub fn put_list(&mut self, key: &str, value: &[String]) {
        if !value.is_empty() {
            self.put(key, KeyValue::List(value.to_vec()));
        }
    }
}

impl Serialize for KeyValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            KeyValue::Bool(b) => s.serialize_bool(*b),
            KeyValue::Int(n) => s.serialize_i64(*n),
            KeyValue::Text(t) => s.serialize_str(t),
            KeyValue::List(l) => l.serialize(s),
            KeyValue::Table(t) => t.serialize(s),
        }
    }
}

impl Serialize for Keys {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = KeyValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("true or false, a number, text, a list of text or a table")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<KeyValue, E> {
        Ok(KeyValue::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<KeyValue, E> {
        Ok(KeyValue::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<KeyValue, E> {
        i64::try_from(v)
            .map(KeyValue::Int)
            .map_err(|_| E::custom("number too large"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyValue, E> {
        Ok(KeyValue::Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<KeyValue, E> {
        Ok(KeyValue::Text(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyValue, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element::<String>()? {
            list.push(item);
        }
        Ok(KeyValue::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyValue, A::Error> {
        let mut table = BTreeMap::new();
        while let Some((k, v)) = map.next_entry::<String, String>()? {
            table.insert(k, v);
        }
        Ok(KeyValue::Table(table))
    }
}

impl<'de> Deserialize<'de> for KeyValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyValue, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        BTreeMap::<String, KeyValue>::deserialize(d).map(Keys)
    }
}
