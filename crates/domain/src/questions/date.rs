//! The GOV.UK date input (`type = "date"`): day, month and year fields, each failure with its
//! own message.
//!
//! Keys: `not-in-future`, `max-days-ago`, `earliest` and `latest` (ISO dates), `after-question`
//! (an earlier date question this date must come after). Stored as an ISO date: "2026-04-01".

use time::Duration;

use super::{
    Answer, AnswerDisplay, FieldError, FormInput, Keys, Placed, QuestionRules, QuestionType,
    RuleContext,
};
use crate::calendar::{date, CivilDate};

#[derive(Debug, Clone, PartialEq)]
pub struct Date {
    pub not_in_future: bool,
    pub max_days_ago: Option<u32>,
    pub earliest: Option<String>,
    pub latest: Option<String>,
    pub after_question: Option<String>,
}

impl Date {
    pub fn from_keys(keys: &mut Keys) -> Result<Date, String> {
        Ok(Date {
            not_in_future: keys.take_bool("not-in-future")?.unwrap_or(false),
            max_days_ago: keys.take_count("max-days-ago")?,
            earliest: keys.take_text("earliest")?,
            latest: keys.take_text("latest")?,
            after_question: keys.take_text("after-question")?,
        })
    }

    fn rules(&self, required: bool, ctx: &RuleContext) -> DateRules {
        DateRules {
            required,
            not_in_future: self.not_in_future,
            max_days_ago: self.max_days_ago,
            earliest: self.earliest.as_deref().and_then(from_stored),
            latest: self.latest.as_deref().and_then(from_stored),
            after: self
                .after_question
                .as_ref()
                .and_then(|q| ctx.earlier_answers.get(q))
                .and_then(|a| a.as_text())
                .and_then(from_stored),
        }
    }
}

impl QuestionType for Date {
    /// Yesterday.
    fn example(&self, id: &str, ctx: &RuleContext) -> FormInput {
        let yesterday = ctx.today - Duration::days(1);
        self.to_input(id, &Answer::Text(to_stored(yesterday)))
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_true("not-in-future", self.not_in_future);
        keys.put_int("max-days-ago", self.max_days_ago.map(i64::from));
        keys.put_text("earliest", self.earliest.as_deref());
        keys.put_text("latest", self.latest.as_deref());
        keys.put_text("after-question", self.after_question.as_deref());
    }

    fn check(&self, at: &Placed<'_>) -> Vec<String> {
        let mut problems = Vec::new();
        for (name, value) in [("earliest", &self.earliest), ("latest", &self.latest)] {
            if value.as_deref().is_some_and(|v| from_stored(v).is_none()) {
                problems.push(at.problem(name, "must be a date like 2026-04-01"));
            }
        }
        if let Some(other) = &self.after_question {
            let earlier_date = at
                .earlier_questions()
                .any(|e| &e.id == other && e.kind.as_date().is_some());
            if !earlier_date {
                problems.push(at.problem(
                    "after-question",
                    &format!("\"{other}\" is not a date question on an earlier page"),
                ));
            }
        }
        problems
    }

    fn error_codes(&self) -> Vec<&'static str> {
        let mut codes = vec!["incomplete", "invalid", "year-digits"];
        for (set, code) in [
            (self.earliest.is_some(), "too-early"),
            (self.latest.is_some(), "too-late"),
            (self.after_question.is_some(), "before-other"),
            (self.not_in_future, "future"),
            (self.max_days_ago.is_some(), "too-old"),
        ] {
            if set {
                codes.push(code);
            }
        }
        codes
    }

    fn field_names(&self, id: &str) -> Vec<String> {
        PARTS.iter().map(|p| format!("{id}-{p}")).collect()
    }

    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        ctx: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        match parse(q.id(), input, self.rules(q.required(), ctx), ctx) {
            Ok(None) => Ok(Answer::Blank),
            Ok(Some(d)) => Ok(Answer::Text(to_stored(d))),
            Err(f) => {
                let mut e = q.error(f.code, &f.args).at(f.target);
                e.parts = f.parts;
                Err(vec![e])
            }
        }
    }

    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        let mut input = FormInput::new();
        if let Some(d) = answer.as_text().and_then(from_stored) {
            input.insert(format!("{id}-day"), d.day().to_string());
            input.insert(format!("{id}-month"), u8::from(d.month()).to_string());
            input.insert(format!("{id}-year"), d.year().to_string());
        }
        input
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        answer
            .as_text()
            .and_then(from_stored)
            .map_or(AnswerDisplay::NotGiven, AnswerDisplay::Date)
    }
}

struct DateRules {
    required: bool,
    not_in_future: bool,
    max_days_ago: Option<u32>,
    earliest: Option<CivilDate>,
    latest: Option<CivilDate>,
    /// The date must come after this one (an answer to an earlier question).
    after: Option<CivilDate>,
}

struct DateFailure {
    code: &'static str,
    target: String,
    args: Vec<(&'static str, String)>,
    parts: Vec<String>,
}

const PARTS: [&str; 3] = ["day", "month", "year"];

/// Every value of an `incomplete` error's `missing` argument: the parts left empty, joined.
pub const MISSING_PARTS: [&str; 6] = [
    "day",
    "month",
    "year",
    "day-month",
    "day-year",
    "month-year",
];

/// The date typed; None when nothing was typed and the question is optional.
fn parse(
    id: &str,
    input: &FormInput,
    rules: DateRules,
    ctx: &RuleContext,
) -> Result<Option<CivilDate>, DateFailure> {
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
            Ok(None)
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
    Ok(Some(parsed))
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

pub fn to_stored(d: CivilDate) -> String {
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
