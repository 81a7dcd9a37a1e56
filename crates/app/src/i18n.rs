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
        Locale::Pl => include_str!("../../../locales/pl/common.ftl"),
        Locale::Ro => include_str!("../../../locales/ro/common.ftl"),
        Locale::Pt => include_str!("../../../locales/pt/common.ftl"),
        Locale::Es => include_str!("../../../locales/es/common.ftl"),
        Locale::Tr => include_str!("../../../locales/tr/common.ftl"),
        Locale::So => include_str!("../../../locales/so/common.ftl"),
        Locale::Bn => include_str!("../../../locales/bn/common.ftl"),
        Locale::Ur => include_str!("../../../locales/ur/common.ftl"),
        Locale::Ar => include_str!("../../../locales/ar/common.ftl"),
        Locale::ZhHans => include_str!("../../../locales/zh-Hans/common.ftl"),
        Locale::Uk => include_str!("../../../locales/uk/common.ftl"),
    }
}

/// The arguments that are amounts: passed to Fluent as numbers, so plural forms are chosen by
/// them and they are written the language's way ("5,000", "5 000"). Every other argument is a
/// name or words, shown as written, digits and all (a sign-in code "123456", a search "12345").
const AMOUNTS: [&str; 11] = [
    "count",
    "days",
    "digits",
    "files",
    "max",
    "min",
    "minutes",
    "over",
    "percent",
    "remaining",
    "total",
];

/// Lets the bundle's number formatter know which language it formats for: the memoizer builds
/// one per bundle from its language tag.
struct NumberStyle(Locale);

impl intl_memoizer::Memoizable for NumberStyle {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Locale::from_tag(&lang.to_string())
            .map(NumberStyle)
            .ok_or(())
    }
}

/// Numbers in messages ("You can enter up to 5,000 characters"), written the language's way.
fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_bundle::memoizer::MemoizerKind;
    let FluentValue::Number(number) = value else {
        return None;
    };
    let plain = number.as_string();
    memoizer
        .with_try_get_threadsafe::<NumberStyle, _, _>((), |style| style.0.number(&plain))
        .ok()
}

/// `MONEY(25)` in a message: "£25" in English, "25 £" in Polish.
fn money(locale: Locale) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> {
    move |positional, _| match positional.first() {
        Some(FluentValue::Number(n)) => FluentValue::from(locale.money(&n.as_string())),
        Some(FluentValue::String(s)) => FluentValue::from(locale.money(s)),
        _ => FluentValue::Error,
    }
}

/// Takes out the Unicode isolation marks Fluent puts around placeables in right-to-left
/// languages: right in HTML, where they keep a reference or date readable inside Arabic text,
/// but to be left out of plain text such as an email's text part.
pub fn without_isolation_marks(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
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
                    for n in (0..=1000u32).chain([1_000_000]) {
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

/// The plural forms of a language by CLDR's rules ("one", "other"; six for Welsh and Arabic).
/// Always with `other`, Fluent's default, even where whole numbers never take it (Polish).
pub fn plural_categories(locale: Locale) -> Vec<&'static str> {
    let mut forms: Vec<&'static str> = plural_samples(locale).iter().map(|(f, _)| *f).collect();
    if !forms.contains(&"other") {
        forms.push("other");
    }
    forms
}

/// Messages for one language.
#[derive(Clone)]
pub struct I18n {
    pub locale: Locale,
    /// Whether a qualified translator has checked this language (`locales/<tag>/locale.toml`);
    /// pages in an unchecked one say so, with a link to English.
    pub reviewed: bool,
    bundle: Arc<FluentBundle<FluentResource>>,
}

impl I18n {
    /// Builds the messages for a language from the shared messages plus extra Fluent sources
    /// (a service's messages, already with its fallbacks' messages first). A message the
    /// language lacks comes from its fallback (English). A source that does not parse is
    /// skipped message by message.
    pub fn new(locale: Locale, extra: &[&str]) -> I18n {
        let langid: unic_langid::LanguageIdentifier =
            locale.tag().parse().expect("valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks around placeables only where they matter, in right-to-left text: in
        // left-to-right text they would only get in the way of copying and pasting.
        bundle.set_use_isolating(locale.is_right_to_left());
        bundle.set_formatter(Some(format_number));
        bundle
            .add_function("MONEY", money(locale))
            .expect("MONEY is added once");
        let mut chain = locale.chain();
        chain.reverse();
        let common = chain.into_iter().map(|l| -> &str { common_messages(l) });
        for source in common.chain(extra.iter().copied()) {
            let resource =
                FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        I18n {
            locale,
            reviewed: locale == Locale::EnGb,
            bundle: Arc::new(bundle),
        }
    }

    /// The same messages, marked as checked (or not) by a qualified translator.
    pub fn reviewed(self, reviewed: bool) -> I18n {
        I18n { reviewed, ..self }
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

    /// A message with arguments. Amounts ([`AMOUNTS`]) made of digits are passed as numbers, so
    /// plural forms are chosen correctly; ISO dates ("1993-04-01") are written out ("1 April
    /// 1993").
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
                        && AMOUNTS.contains(&k.as_str())
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
                let shown = self.locale.number(&n.to_string());
                let text = self.t1(id, name, n).replacen(&shown, "{n}", 1);
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
        self.whole("date-long", &self.date_parts(date))
    }

    /// A date to come, with its day of the week: "Tuesday 9 December 2025" / "Dydd Mawrth 9
    /// Rhagfyr 2025".
    pub fn date_with_weekday(&self, date: CivilDate) -> String {
        self.whole("date-with-weekday", &self.date_parts(date))
    }

    /// A message whose parts belong together (a date, a time), with no isolation marks inside:
    /// the whole is isolated where it is placed in a sentence.
    fn whole(&self, id: &str, parts: &BTreeMap<String, String>) -> String {
        without_isolation_marks(&self.format(id, Some(&to_args(parts))))
    }

    fn date_parts(&self, date: CivilDate) -> BTreeMap<String, String> {
        BTreeMap::from([
            (
                "weekday".to_string(),
                self.t(&format!("weekday-{}", date.weekday().number_from_monday())),
            ),
            ("day".to_string(), date.day().to_string()),
            (
                "month".to_string(),
                self.t(&format!("month-{}", u8::from(date.month()))),
            ),
            ("year".to_string(), date.year().to_string()),
        ])
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
        let hour_shown = match hour % 12 {
            _ if self.locale.facts().twenty_four_hour => format!("{hour:02}"),
            0 => "12".to_string(),
            h => h.to_string(),
        };
        let time = without_isolation_marks(&self.t_with(
            "time-of-day",
            &BTreeMap::from([
                ("hour".to_string(), hour_shown),
                ("minute".to_string(), minute.to_string()),
                (
                    "half".to_string(),
                    if hour < 12 { "am" } else { "pm" }.to_string(),
                ),
            ]),
        ));
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
        self.iso_date_as(iso, I18n::date)
    }

    /// A stored ISO date to come ("2026-12-09"), with its day of the week.
    pub fn iso_date_with_weekday(&self, iso: &str) -> String {
        self.iso_date_as(iso, I18n::date_with_weekday)
    }

    fn iso_date_as(&self, iso: &str, write: fn(&I18n, CivilDate) -> String) -> String {
        let mut parts = iso.splitn(3, '-').map(|p| p.parse::<i64>().ok());
        match (
            parts.next().flatten(),
            parts.next().flatten(),
            parts.next().flatten(),
        ) {
            (Some(y), Some(m), Some(d)) => {
                frontdoor_domain::calendar::date(y as i32, m as u8, d as u8)
                    .map(|date| write(self, date))
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

    fn common_title(locale: Locale) -> String {
        common_messages(locale)
            .lines()
            .find_map(|l| l.strip_prefix("home-title = "))
            .unwrap()
            .to_string()
    }

    #[test]
    fn a_message_a_language_lacks_comes_from_english() {
        // A service's sources come English first, then the language's on top.
        let pt = I18n::new(
            Locale::Pt,
            &[
                "only-english = Only in English\nother = Other",
                "other = Outro",
            ],
        );
        assert_eq!(pt.t("only-english"), "Only in English");
        assert_eq!(pt.t("other"), "Outro");
        // The shared messages: the language's own on top of English's.
        assert_eq!(pt.t("home-title"), common_title(Locale::Pt));
        assert_ne!(pt.t("home-title"), common_title(Locale::EnGb));
    }

    #[test]
    fn dates_with_the_day_of_the_week_times_money_and_numbers_follow_the_language() {
        let d = frontdoor_domain::calendar::date(2025, 12, 9).unwrap();
        assert_eq!(
            I18n::new(Locale::Cy, &[]).date_with_weekday(d),
            "Dydd Mawrth 9 Rhagfyr 2025"
        );
        assert_eq!(
            I18n::new(Locale::EnGb, &[]).date_with_weekday(d),
            "Tuesday 9 December 2025"
        );
        let en = I18n::new(
            Locale::EnGb,
            &["cost = It costs { MONEY(60) }", "n = { $count } left"],
        );
        assert_eq!(en.t("cost"), "It costs £60");
        assert_eq!(en.t1("n", "count", 12345), "12,345 left");
        assert_eq!(
            en.iso_date_time("2026-12-03T14:05"),
            "3 December 2026 at 2:05pm"
        );
        let pl = I18n::new(
            Locale::Pl,
            &["cost = Kosztuje { MONEY(60) }", "n = Zostało { $count }"],
        );
        assert_eq!(pl.t("cost"), "Kosztuje 60\u{a0}£");
        assert_eq!(pl.t1("n", "count", 12345), "Zostało 12\u{a0}345");
        assert!(pl.iso_date_time("2026-12-03T14:05").contains("14:05"));
        // A code or a search made of digits is a name, not an amount.
        let code = I18n::new(Locale::EnGb, &["code = Your code is { $code }"]);
        assert_eq!(code.t1("code", "code", "123456"), "Your code is 123456");
        let search = I18n::new(Locale::EnGb, &["q = Nothing matches { $query }"]);
        assert_eq!(search.t1("q", "query", "12345"), "Nothing matches 12345");
    }

    #[test]
    fn right_to_left_messages_isolate_their_placeables_and_plain_text_drops_the_marks() {
        let ar = I18n::new(Locale::Ar, &["ref = رقمك { $reference }"]);
        let shown = ar.t1("ref", "reference", "ABC-DEF-GHJ");
        assert_eq!(shown, "رقمك \u{2068}ABC-DEF-GHJ\u{2069}");
        assert_eq!(without_isolation_marks(&shown), "رقمك ABC-DEF-GHJ");
        let en = I18n::new(Locale::EnGb, &["ref = Yours is { $reference }"]);
        assert_eq!(
            en.t1("ref", "reference", "ABC-DEF-GHJ"),
            "Yours is ABC-DEF-GHJ"
        );
    }

    #[test]
    fn every_language_knows_its_plural_forms() {
        assert_eq!(plural_categories(Locale::Ar).len(), 6);
        assert_eq!(plural_categories(Locale::Cy).len(), 6);
        assert_eq!(plural_categories(Locale::ZhHans), ["other"]);
        let mut pl = plural_categories(Locale::Pl);
        pl.sort();
        assert_eq!(pl, ["few", "many", "one", "other"]);
    }
}
