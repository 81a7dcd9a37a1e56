//! The GOV.UK date input: three fields, each failure with its own message.

use time::Duration;

use super::{FormInput, RuleContext};
use crate::calendar::{date, CivilDate};

pub(super) struct DateRules {
    pub required: bool,
    pub not_in_future: bool,
    pub max_days_ago: Option<u32>,
    pub earliest: Option<CivilDate>,
    pub latest: Option<CivilDate>,
    /// The date must come after this one (an answer to an earlier question).
    pub after: Option<CivilDate>,
}

pub(super) struct DateFailure {
    pub code: &'static str,
    pub target: String,
    pub args: Vec<(&'static str, String)>,
    pub parts: Vec<String>,
}

const PARTS: [&str; 3] = ["day", "month", "year"];

pub(super) fn field_names(id: &str) -> Vec<String> {
    PARTS.iter().map(|p| format!("{id}-{p}")).collect()
}

pub(super) fn parse(
    id: &str,
    input: &FormInput,
    rules: DateRules,
    ctx: &RuleContext,
) -> Result<String, DateFailure> {
    let value = |part: &str| {
        input
            .get(&format!("{id}-{part}"))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let [day, month, year] = PARTS.map(value);
    let failure = |code, parts: &[&str], args| DateFailure {
        code,
        target: format!("{id}-{}", parts.first().copied().unwrap_or("day")),
        args,
        parts: parts.iter().map(|p| p.to_string()).collect(),
    };

    let missing: Vec<&str> = PARTS
        .iter()
        .zip([&day, &month, &year])
        .filter(|(_, v)| v.is_empty())
        .map(|(p, _)| *p)
        .collect();
    if missing.len() == 3 {
        return if rules.required {
            Err(failure("required", &PARTS, vec![]))
        } else {
            Ok(String::new())
        };
    }
    if !missing.is_empty() {
        return Err(failure(
            "incomplete",
            &missing,
            vec![("missing", missing.join("-"))],
        ));
    }
    let day_n: Option<u8> = day.parse().ok();
    let month_n: Option<u8> = parse_month(&month);
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        if day_n.is_some() && month_n.is_some() {
            return Err(failure("year-digits", &["year"], vec![]));
        }
    }
    let year_n: Option<i32> = year.parse().ok().filter(|_| year.len() == 4);
    let parsed = match (day_n, month_n, year_n) {
        (Some(d), Some(m), Some(y)) => date(y, m, d),
        _ => None,
    };
    let Some(parsed) = parsed else {
        let mut wrong: Vec<&str> = Vec::new();
        if day_n.is_none_or(|d| !(1..=31).contains(&d)) {
            wrong.push("day")
        }
        if month_n.is_none() {
            wrong.push("month")
        }
        if year_n.is_none() {
            wrong.push("year")
        }
        if wrong.is_empty() {
            wrong = PARTS.to_vec()
        }
        return Err(failure("invalid", &wrong, vec![]));
    };
    if rules.not_in_future && parsed > ctx.today {
        return Err(failure("future", &PARTS, vec![]));
    }
    if let Some(days) = rules.max_days_ago {
        if parsed < ctx.today - Duration::days(i64::from(days)) {
            return Err(failure("too-old", &PARTS, vec![("days", days.to_string())]));
        }
    }
    if let Some(earliest) = rules.earliest.filter(|e| parsed < *e) {
        return Err(failure(
            "too-early",
            &PARTS,
            vec![("date", to_stored(earliest))],
        ));
    }
    if let Some(latest) = rules.latest.filter(|l| parsed > *l) {
        return Err(failure(
            "too-late",
            &PARTS,
            vec![("date", to_stored(latest))],
        ));
    }
    if let Some(other) = rules.after.filter(|o| parsed <= *o) {
        return Err(failure(
            "before-other",
            &PARTS,
            vec![("date", to_stored(other))],
        ));
    }
    Ok(to_stored(parsed))
}

/// Accepts 1–12, "01", and English month names or their first three letters, as GOV.UK advises.
fn parse_month(raw: &str) -> Option<u8> {
    if let Ok(n) = raw.parse::<u8>() {
        return (1..=12).contains(&n).then_some(n);
    }
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = raw.to_lowercase();
    NAMES
        .iter()
        .position(|n| *n == lower || (lower.len() == 3 && n.starts_with(&lower)))
        .map(|i| i as u8 + 1)
}

pub(super) fn to_stored(d: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

pub fn from_stored(s: &str) -> Option<CivilDate> {
    let mut it = s.splitn(3, '-');
    let (y, m, d) = (
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    );
    date(y, m, d)
}

pub(super) fn to_input(id: &str, stored: &str) -> FormInput {
    let mut input = FormInput::new();
    if let Some(d) = from_stored(stored) {
        input.insert(format!("{id}-day"), d.day().to_string());
        input.insert(format!("{id}-month"), u8::from(d.month()).to_string());
        input.insert(format!("{id}-year"), d.year().to_string());
    }
    input
}
