//! A whole number (`type = "number"`).
//!
//! Keys: `min`, `max`. Stored as a JSON number. Also the parsing money shares.

use super::{
    Answer, AnswerDisplay, Failure, FieldError, FormInput, Keys, QuestionRules, QuestionType,
    RuleContext,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub bounds: Bounds,
}

impl Number {
    pub fn from_keys(keys: &mut Keys) -> Result<Number, String> {
        Ok(Number {
            bounds: Bounds::from_keys(keys)?,
        })
    }
}

/// The keys `min` and `max`, which number and money share.
#[derive(Debug, Clone, PartialEq)]
pub struct Bounds {
    pub min: Option<i64>,
    pub max: Option<i64>,
}

impl Bounds {
    pub fn from_keys(keys: &mut Keys) -> Result<Bounds, String> {
        Ok(Bounds {
            min: keys.take_int("min")?,
            max: keys.take_int("max")?,
        })
    }

    pub fn write_keys(&self, keys: &mut Keys) {
        keys.put_int("min", self.min);
        keys.put_int("max", self.max);
    }

    /// `invalid`, and `too-small`/`too-large` when there are bounds.
    pub fn error_codes(&self) -> Vec<&'static str> {
        let mut codes = vec!["invalid"];
        if self.min.is_some() {
            codes.push("too-small");
        }
        if self.max.is_some() {
            codes.push("too-large");
        }
        codes
    }
}

impl QuestionType for Number {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, &self.bounds.min.unwrap_or(1).to_string())
    }

    fn write_keys(&self, keys: &mut Keys) {
        self.bounds.write_keys(keys);
    }

    fn error_codes(&self) -> Vec<&'static str> {
        self.bounds.error_codes()
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        let Some(compact) = compact(q.typed(input)) else {
            return q.nothing_given();
        };
        whole(&compact, self.bounds.min, self.bounds.max)
            .map(Answer::Number)
            .map_err(|f| q.fail(f))
    }

    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        FormInput::from([(id.to_string(), answer.values().join(""))])
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Text(answer.values().join(""))
    }

    fn from_legacy(&self, stored: &str) -> Answer {
        stored
            .parse()
            .map(Answer::Number)
            .unwrap_or_else(|_| Answer::text(stored))
    }
}

pub(super) fn bounds(
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
    show: impl Fn(i64) -> String,
) -> Result<(), Failure> {
    match (min, max) {
        (Some(min), _) if value < min => Err(("too-small", vec![("min", show(min))])),
        (_, Some(max)) if value > max => Err(("too-large", vec![("max", show(max))])),
        _ => Ok(()),
    }
}

/// What was typed without spaces or thousands commas; None when nothing was.
pub(super) fn compact(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    (!compact.is_empty()).then_some(compact)
}

/// "1250" (from "1,250" or " 1250 ") within the bounds.
fn whole(compact: &str, min: Option<i64>, max: Option<i64>) -> Result<i64, Failure> {
    let value: i64 = compact.parse().map_err(|_| ("invalid", vec![]))?;
    bounds(value, min, max, |n| n.to_string())?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        assert_eq!(compact(" 1,250 ").as_deref(), Some("1250"));
        assert_eq!(compact("  "), None);
        assert_eq!(whole("1250", None, None), Ok(1250));
        assert_eq!(whole("two", None, None).unwrap_err().0, "invalid");
        assert_eq!(whole("1.5", None, None).unwrap_err().0, "invalid");
        assert_eq!(
            whole("0", Some(1), Some(10)).unwrap_err(),
            ("too-small", vec![("min", "1".to_string())])
        );
        assert_eq!(
            whole("11", Some(1), Some(10)).unwrap_err(),
            ("too-large", vec![("max", "10".to_string())])
        );
    }
}
