//! A small JSON reader for the browser: the islands' props (`data-props`) and the uploads API's
//! answers, read straight into the shared types by their serde `Deserialize`. It knows only what
//! those need (objects, arrays, strings, whole numbers, booleans, null, enums written as
//! strings) and gives no reasons for what it refuses, so neither serde_json's parser nor its error
//! messages and float formatting are in the browser's download.

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// The text was not JSON of the shape expected.
#[derive(Debug, PartialEq)]
pub struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unexpected JSON")
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Error {
        Error
    }
}

/// Reads a whole text as a `T`.
pub fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, Error> {
    let mut reader = Reader {
        s: text.as_bytes(),
        i: 0,
    };
    let value = T::deserialize(&mut reader)?;
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(Error),
    }
}

struct Reader<'de> {
    s: &'de [u8],
    i: usize,
}

impl Reader<'_> {
    /// The next byte that is not white space, left unread.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
        self.s.get(self.i).copied()
    }

    fn next_byte(&mut self) -> Result<u8, Error> {
        let b = *self.s.get(self.i).ok_or(Error)?;
        self.i += 1;
        Ok(b)
    }

    fn eat(&mut self, b: u8) -> Result<(), Error> {
        if self.peek() == Some(b) {
            self.i += 1;
            Ok(())
        } else {
            Err(Error)
        }
    }

    fn word(&mut self, w: &[u8]) -> Result<(), Error> {
        if self.s[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(())
        } else {
            Err(Error)
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let d = (self.next_byte()? as char).to_digit(16).ok_or(Error)?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.eat(b'"')?;
        let mut out = Vec::new();
        loop {
            match self.next_byte()? {
                b'"' => break,
                b'\\' => {
                    let b = match self.next_byte()? {
                        b'n' => b'\n',
                        b't' => b'\t',
                        b'r' => b'\r',
                        b'b' => 8,
                        b'f' => 12,
                        b'u' => {
                            let mut c = self.hex4()?;
                            if (0xD800..0xDC00).contains(&c) {
                                self.word(b"\\u")?;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(Error);
                                }
                                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                            }
                            let c = char::from_u32(c).ok_or(Error)?;
                            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                            continue;
                        }
                        other @ (b'"' | b'\\' | b'/') => other,
                        _ => return Err(Error),
                    };
                    out.push(b);
                }
                b => out.push(b),
            }
        }
        String::from_utf8(out).map_err(|_| Error)
    }

    /// A whole number, and whether it had a minus sign (fractions and exponents are refused).
    fn number(&mut self) -> Result<(u64, bool), Error> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let start = self.i;
        let mut n: u64 = 0;
        while let Some(d @ b'0'..=b'9') = self.s.get(self.i) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(d - b'0')))
                .ok_or(Error)?;
            self.i += 1;
        }
        if self.i == start || matches!(self.s.get(self.i), Some(b'.' | b'e' | b'E')) {
            return Err(Error);
        }
        Ok((n, negative))
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek().ok_or(Error)? {
            b'"' => visitor.visit_string(self.string()?),
            b'{' => {
                self.i += 1;
                visitor.visit_map(List {
                    r: self,
                    end: b'}',
                    first: true,
                })
            }
            b'[' => {
                self.i += 1;
                visitor.visit_seq(List {
                    r: self,
                    end: b']',
                    first: true,
                })
            }
            b't' => {
                self.word(b"true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.word(b"false")?;
                visitor.visit_bool(false)
            }
            b'n' => {
                self.word(b"null")?;
                visitor.visit_unit()
            }
            _ => match self.number()? {
                (n, false) => visitor.visit_u64(n),
                (n, true) => {
                    let n = i64::try_from(n).map_err(|_| Error)?;
                    visitor.visit_i64(-n)
                }
            },
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek() == Some(b'n') {
            self.word(b"null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    // Each type below asks for one shape and is given only that one: a struct is never read from
    // an array, say, so the code for the shapes it could also take is left out of the build.

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek() {
            Some(b't') => {
                self.word(b"true")?;
                visitor.visit_bool(true)
            }
            _ => {
                self.word(b"false")?;
                visitor.visit_bool(false)
            }
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.number()? {
            (n, false) => visitor.visit_u64(n),
            (_, true) => Err(Error),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let (n, negative) = self.number()?;
        let n = i64::try_from(n).map_err(|_| Error)?;
        visitor.visit_i64(if negative { -n } else { n })
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_string(self.string()?)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(&self.string()?)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.eat(b'[')?;
        visitor.visit_seq(List {
            r: self,
            end: b']',
            first: true,
        })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.eat(b'{')?;
        visitor.visit_map(List {
            r: self,
            end: b'}',
            first: true,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Only enums of plain names, written as strings.
        visitor.visit_enum(IntoDeserializer::<Error>::into_deserializer(self.string()?))
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.word(b"null")?;
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

impl Reader<'_> {
    /// Passes over one value of any shape (a key no type reads).
    fn skip(&mut self) -> Result<(), Error> {
        match self.peek().ok_or(Error)? {
            b'"' => self.string().map(drop),
            open @ (b'{' | b'[') => {
                self.i += 1;
                let end = if open == b'{' { b'}' } else { b']' };
                let mut list = List {
                    r: self,
                    end,
                    first: true,
                };
                while list.more()? {
                    if open == b'{' {
                        list.r.string()?;
                        list.r.eat(b':')?;
                    }
                    list.r.skip()?;
                }
                Ok(())
            }
            b't' => self.word(b"true"),
            b'f' => self.word(b"false"),
            b'n' => self.word(b"null"),
            _ => self.number().map(drop),
        }
    }
}

/// The entries of an object or the items of an array, comma by comma until `end`.
struct List<'a, 'de> {
    r: &'a mut Reader<'de>,
    end: u8,
    first: bool,
}

impl List<'_, '_> {
    /// Whether another entry follows (its comma read).
    fn more(&mut self) -> Result<bool, Error> {
        if self.r.peek() == Some(self.end) {
            self.r.i += 1;
            return Ok(false);
        }
        if !std::mem::take(&mut self.first) {
            self.r.eat(b',')?;
        }
        Ok(true)
    }
}

impl<'de> MapAccess<'de> for List<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if !self.more()? {
            return Ok(None);
        }
        if self.r.peek() != Some(b'"') {
            return Err(Error);
        }
        let key = seed.deserialize(&mut *self.r)?;
        self.r.eat(b':')?;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.r)
    }
}

impl<'de> SeqAccess<'de> for List<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if !self.more()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.r).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn reads_what_serde_json_writes() {
        let text = r#" {"a": ["x\"y\\z", "\u00e9\ud83d\ude00 ☃"], "n": -12, "m": 7, "b": true, "o": null} "#;
        #[derive(Deserialize, Debug, PartialEq)]
        struct T {
            a: Vec<String>,
            n: i64,
            m: u16,
            b: bool,
            o: Option<String>,
            #[serde(default)]
            missing: BTreeMap<String, u8>,
        }
        assert_eq!(
            from_str::<T>(text),
            Ok(T {
                a: vec!["x\"y\\z".into(), "é😀 ☃".into()],
                n: -12,
                m: 7,
                b: true,
                o: None,
                missing: BTreeMap::new(),
            })
        );
        assert_eq!(from_str::<u8>("1.5"), Err(Error));
        assert_eq!(from_str::<u8>("300"), Err(Error));
        assert_eq!(from_str::<Vec<u8>>("[1,]"), Err(Error));
        assert_eq!(from_str::<Vec<u8>>("[1] x"), Err(Error));
        assert_eq!(from_str::<String>("\"open"), Err(Error));
        // Keys no type reads are passed over, whatever they hold.
        #[derive(Deserialize, Debug, PartialEq)]
        struct U {
            b: u8,
        }
        assert_eq!(
            from_str::<U>(
                r#"{"a": {"x": [1, -2, "]", {}], "y": null}, "b": 3, "c": [true, false]}"#
            ),
            Ok(U { b: 3 })
        );
    }
}
