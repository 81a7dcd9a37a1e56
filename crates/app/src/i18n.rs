//! Translations. Every string a resident reads is a Fluent message in `locales/`.
//!
//! The shared messages (layout, buttons, errors, dates) are built into the app; each service's
//! messages travel with its definition, so a new service needs no new build of the browser app.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
pub use frontdoor_domain::locale::Locale;
use frontdoor_domain::CivilDate;

/// The shared messages of a language, built in.
pub fn common_messages(locale: Locale) -> &'static str {
    match locale {
        Locale::EnGb => include_str!("../../../locales/en-GB/common.ftl"),
        Locale::Cy => include_str!("../../../locales/cy/common.ftl"),
    }
}

/// A number in each plural form of a language (CLDR's rules, by language: "en", not "en-GB"),
/// found once per language.
fn plural_samples(locale: Locale) -> &'static [(&'static str, u32)] {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    type Samples = Vec<(Locale, Vec<(&'static str, u32)>)>;
    static SAMPLES: OnceLock<Samples> = OnceLock::new();
    let all = SAMPLES.get_or_init(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let language = locale.tag().split('-').next().unwrap_or("en");
                let langid: unic_langid::LanguageIdentifier =
                    language.parse().expect("valid language tag");
                let mut samples: Vec<(&'static str, u32)> = vec![];
                if let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) {
                    for n in 0..=1000u32 {
                        let form = match rules.select(n) {
                            Ok(PluralCategory::ZERO) => "zero",
                            Ok(PluralCategory::ONE) => "one",
                            Ok(PluralCategory::TWO) => "two",
                            Ok(PluralCategory::FEW) => "few",
                            Ok(PluralCategory::MANY) => "many",
                            _ => "other",
                        };
                        if samples.iter().all(|(f, _)| *f != form) {
                            samples.push((form, n));
                        }
                    }
                }
                (locale, samples)
            })
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == locale)
        .map_or(&[], |(_, samples)| samples.as_slice())
}

/// Messages for one language.
#[derive(Clone)]
pub struct I18n {
    pub locale: Locale,
    bundle: Arc<FluentBundle<FluentResource>>,
}

impl I18n {
    /// Builds the messages for a language from the shared messages plus extra Fluent sources
    /// (a service's messages). A source that does not parse is skipped message by message.
    pub fn new(locale: Locale, extra: &[&str]) -> I18n {
        let langid: unic_langid::LanguageIdentifier =
            locale.tag().parse().expect("valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks around placeables: they confuse copy-and-paste and tests.
        bundle.set_use_isolating(false);
        for source in std::iter::once(common_messages(locale)).chain(extra.iter().copied()) {
            let resource =
                FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        I18n {
            locale,
            bundle: Arc::new(bundle),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// A message with no arguments. A missing message shows its id, so it is easy to spot.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments. Arguments that look like numbers are passed as numbers, so plural
    /// forms are chosen correctly (but not digits with a leading zero, like a sign-in code
    /// "042917": those are names, kept as written); ISO dates ("1993-04-01") are written out
    /// ("1 April 1993").
    pub fn t_with(&self, id: &str, args: &BTreeMap<String, String>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            if k == "types" {
                fluent_args.set(k.clone(), FluentValue::from(self.or_list(v)));
                continue;
            }
            if frontdoor_domain::questions::date::from_stored(v).is_some() && v.len() == 10 {
                fluent_args.set(k.clone(), FluentValue::from(self.iso_date(v)));
                continue;
            }
            match v.parse::<f64>() {
                Ok(n)
                    if !v.is_empty()
                        && v.bytes().all(|b| b.is_ascii_digit())
                        && !(v.len() > 1 && v.starts_with('0')) =>
                {
                    fluent_args.set(k.clone(), FluentValue::from(n))
                }
                _ => fluent_args.set(k.clone(), FluentValue::from(v.clone())),
            }
        }
        self.format(id, Some(&fluent_args))
    }

    /// "JPG,PNG,PDF" written out as "JPG, PNG or PDF" (or "neu" in Welsh).
    pub fn or_list(&self, items: &str) -> String {
        let items: Vec<&str> = items.split(',').filter(|i| !i.is_empty()).collect();
        match items.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.t("list-or")),
        }
    }

    /// A message counting `name`, once per plural form of the language (CLDR's `one`, `other`...),
    /// with `{n}` for the number: JSON for the page script, which picks the form with the
    /// browser's `Intl.PluralRules`.
    pub fn plural_forms(&self, id: &str, name: &str) -> String {
        let forms: BTreeMap<&str, String> = plural_samples(self.locale)
            .iter()
            .map(|&(form, n)| {
                let text = self.t1(id, name, n).replacen(&n.to_string(), "{n}", 1);
                (form, text)
            })
            .collect();
        serde_json::to_string(&forms).unwrap_or_default()
    }

    pub fn t1(&self, id: &str, name: &str, value: impl ToString) -> String {
        self.t_with(id, &BTreeMap::from([(name.to_string(), value.to_string())]))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// "20 November 2026" / "20 Tachwedd 2026".
    pub fn date(&self, date: CivilDate) -> String {
        let args = BTreeMap::from([
            ("day".to_string(), date.day().to_string()),
            (
                "month".to_string(),
                self.t(&format!("month-{}", u8::from(date.month()))),
            ),
            ("year".to_string(), date.year().to_string()),
        ]);
        self.format("date-long", Some(&to_args(&args)))
    }

    /// A UK date and time to the minute ("2026-12-03T14:05"), written out: "3 December 2026 at
    /// 2:05pm". Anything else is shown as it is.
    pub fn iso_date_time(&self, at: &str) -> String {
        let Some((date, time)) = at.split_once('T') else {
            return at.to_string();
        };
        let (Some(hour), Some(minute)) = (
            time.get(0..2).and_then(|h| h.parse::<u8>().ok()),
            time.get(3..5),
        ) else {
            return at.to_string();
        };
        let twelve = match hour % 12 {
            0 => 12,
            h => h,
        };
        let time = self.t_with(
            "time-of-day",
            &BTreeMap::from([
                ("hour".to_string(), twelve.to_string()),
                ("minute".to_string(), minute.to_string()),
                (
                    "half".to_string(),
                    if hour < 12 { "am" } else { "pm" }.to_string(),
                ),
            ]),
        );
        self.t_with(
            "date-at-time",
            &BTreeMap::from([
                ("date".to_string(), self.iso_date(date)),
                ("time".to_string(), time),
            ]),
        )
    }

    /// A stored ISO date ("2026-11-20"), formatted; anything else is shown as it is.
    pub fn iso_date(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-').map(|p| p.parse::<i64>().ok());
        match (
            parts.next().flatten(),
            parts.next().flatten(),
            parts.next().flatten(),
        ) {
            (Some(y), Some(m), Some(d)) => {
                frontdoor_domain::calendar::date(y as i32, m as u8, d as u8)
                    .map(|date| self.date(date))
                    .unwrap_or_else(|| iso.to_string())
            }
            _ => iso.to_string(),
        }
    }
}

fn to_args(args: &BTreeMap<String, String>) -> FluentArgs<'static> {
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        fluent_args.set(k.clone(), FluentValue::from(v.clone()));
    }
    fluent_args
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_a_counting_message_once_per_plural_form_of_the_language() {
        let en: BTreeMap<String, String> = serde_json::from_str(
            &I18n::new(Locale::EnGb, &[]).plural_forms("character-count-remaining", "remaining"),
        )
        .unwrap();
        assert_eq!(
            en,
            BTreeMap::from([
                ("one".into(), "You have {n} character remaining".into()),
                ("other".into(), "You have {n} characters remaining".into()),
            ])
        );
        // Welsh has six forms.
        let cy: BTreeMap<String, String> = serde_json::from_str(
            &I18n::new(Locale::Cy, &[]).plural_forms("character-count-remaining", "remaining"),
        )
        .unwrap();
        assert_eq!(
            cy.keys().map(String::as_str).collect::<Vec<_>>(),
            ["few", "many", "one", "other", "two", "zero"]
        );
        assert!(cy
            .values()
            .all(|t| t.contains("{n}") || !t.contains(char::is_numeric)));
    }

    #[test]
    fn formats_plurals_and_dates_in_both_languages() {
        let en = I18n::new(Locale::EnGb, &[]);
        assert_eq!(
            en.t1("character-count-remaining", "remaining", 1),
            "You have 1 character remaining"
        );
        assert_eq!(
            en.t1("character-count-remaining", "remaining", 12),
            "You have 12 characters remaining"
        );
        let d = frontdoor_domain::calendar::date(2026, 11, 20).unwrap();
        assert_eq!(en.date(d), "20 November 2026");
        assert_eq!(I18n::new(Locale::Cy, &[]).date(d), "20 Tachwedd 2026");
        assert_eq!(en.iso_date("2026-12-01"), "1 December 2026");
        let cy = I18n::new(Locale::Cy, &["x = Ar ôl { $date }"]);
        assert_eq!(cy.t1("x", "date", "1993-04-01"), "Ar ôl 1 Ebrill 1993");
    }

    #[test]
    fn digits_with_a_leading_zero_are_kept_as_written() {
        let en = I18n::new(Locale::EnGb, &["code = Your code is { $code }."]);
        assert_eq!(en.t1("code", "code", "042917"), "Your code is 042917.");
        assert_eq!(en.t1("code", "code", "0"), "Your code is 0.");
        assert_eq!(en.t1("code", "code", "123456"), "Your code is 123456.");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            I18n::new(Locale::Cy, &[]).t("no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn welsh_has_every_shared_message_english_has() {
        let ids = |src: &str| -> Vec<String> {
            src.lines()
                .filter(|l| !l.starts_with([' ', '#']) && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().to_string())
                .collect()
        };
        assert_eq!(
            ids(common_messages(Locale::EnGb)),
            ids(common_messages(Locale::Cy))
        );
    }
}
