//! Pounds and pence (`type = "money"`).
//!
//! Keys: `min`, `max` in whole pounds. Stored as text with two decimal places: "1250.50" (text,
//! not a JSON number, so pence are never rounded).

use super::number::{bounds, compact, Bounds};
use super::{
    Answer, AnswerDisplay, Failure, FieldError, FormInput, Keys, QuestionRules, QuestionType,
    RuleContext,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// In whole pounds.
    pub bounds: Bounds,
}

impl Money {
    pub fn from_keys(keys: &mut Keys) -> Result<Money, String> {
        Ok(Money {
            bounds: Bounds::from_keys(keys)?,
        })
    }
}

impl QuestionType for Money {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "10.00")
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
        money(&compact, self.bounds.min, self.bounds.max)
            .map(Answer::Text)
            .map_err(|f| q.fail(f))
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Text(format!("£{}", answer.as_text().unwrap_or("")))
    }
}

/// "£1250.5", "12", "0.99" → "1250.50", "12.00", "0.99". Bounds are in whole pounds.
fn money(compact: &str, min: Option<i64>, max: Option<i64>) -> Result<String, Failure> {
    let compact = compact.strip_prefix('£').unwrap_or(compact);
    let (pounds, pence) = compact.split_once('.').unwrap_or((compact, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if compact.is_empty()
        || pounds.is_empty() && pence.is_empty()
        || !digits(pounds)
        || !digits(pence)
        || pence.len() > 2
        || pounds.len() > 12
    {
        return Err(("invalid", vec![]));
    }
    let pence_value: i64 = format!("{pence:0<2}").parse().unwrap_or(0);
    let total = pounds.parse::<i64>().unwrap_or(0) * 100 + pence_value;
    bounds(total, min.map(|m| m * 100), max.map(|m| m * 100), |p| {
        format!("£{}", p / 100)
    })?;
    Ok(format!("{}.{:02}", total / 100, total % 100))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(raw: &str, max: Option<i64>) -> Result<String, Failure> {
        money(&compact(raw).unwrap_or_default(), None, max)
    }

    #[test]
    fn money_in_pounds_and_pence() {
        assert_eq!(typed("£1,250.5", None).unwrap(), "1250.50");
        assert_eq!(typed("12", None).unwrap(), "12.00");
        assert_eq!(typed(".99", None).unwrap(), "0.99");
        for bad in ["12.345", "£", "1.2.3", "ten", "-5", "£ 1 0 0 . 0 0 0"] {
            assert!(typed(bad, None).is_err(), "{bad}");
        }
        assert_eq!(
            typed("1000.01", Some(1000)).unwrap_err(),
            ("too-large", vec![("max", "£1000".to_string())])
        );
    }
}
