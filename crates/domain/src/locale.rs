//! The languages Frontdoor speaks, and how a visitor's language is chosen. Plain data, so the
//! server and the app share it without the server reaching into UI code for it.
//!
//! A language's text lives in `locales/<tag>/`; whether a qualified translator has checked it is
//! in `locales/<tag>/locale.toml`. Adding a language is one line in [`Locale::ALL`] and its
//! [`Locale::facts`], plus its folder: see "Adding a language" in the README.

use serde::{Deserialize, Serialize};

/// The languages Frontdoor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "cy")]
    Cy,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "so")]
    So,
    #[serde(rename = "bn")]
    Bn,
    #[serde(rename = "ur")]
    Ur,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "uk")]
    Uk,
}

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// The facts about a language the code needs: how it is named and written, and how it writes
/// numbers, money and the time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// The BCP 47 tag: `<html lang>`, the cookie, the `locales/` folder.
    pub tag: &'static str,
    /// The language's name in itself, for the language switch.
    pub name: &'static str,
    pub direction: Direction,
    /// The decimal separator ("." or ",").
    pub decimal: char,
    /// The separator between groups of three digits in large numbers.
    pub group: &'static str,
    /// Money, with `{}` for the amount: "£{}" or "{} £".
    pub money: &'static str,
    /// Whether times are written on the 24-hour clock ("14:05") rather than "2:05pm".
    pub twenty_four_hour: bool,
}

const fn ltr(
    tag: &'static str,
    name: &'static str,
    decimal: char,
    group: &'static str,
    money: &'static str,
    twenty_four_hour: bool,
) -> Facts {
    Facts {
        tag,
        name,
        direction: Direction::LeftToRight,
        decimal,
        group,
        money,
        twenty_four_hour,
    }
}

const NARROW_NBSP: &str = "\u{202f}";
const NBSP: &str = "\u{a0}";

impl Locale {
    /// Every language, in the order the language switch lists them: English and Welsh first
    /// (the UK's official languages in Wales), then by the number of speakers among residents.
    pub const ALL: [Locale; 13] = [
        Locale::EnGb,
        Locale::Cy,
        Locale::Pl,
        Locale::Ro,
        Locale::Pt,
        Locale::Es,
        Locale::Tr,
        Locale::So,
        Locale::Bn,
        Locale::Ur,
        Locale::Ar,
        Locale::ZhHans,
        Locale::Uk,
    ];

    pub const fn facts(self) -> Facts {
        match self {
            Locale::EnGb => ltr("en-GB", "English", '.', ",", "£{}", false),
            Locale::Cy => ltr("cy", "Cymraeg", '.', ",", "£{}", false),
            Locale::Pl => ltr("pl", "Polski", ',', NBSP, "{}\u{a0}£", true),
            Locale::Ro => ltr("ro", "Română", ',', ".", "{}\u{a0}£", true),
            Locale::Pt => ltr("pt", "Português", ',', NBSP, "{}\u{a0}£", true),
            Locale::Es => ltr("es", "Español", ',', ".", "{}\u{a0}£", true),
            Locale::Tr => ltr("tr", "Türkçe", ',', ".", "£{}", true),
            Locale::So => ltr("so", "Soomaali", '.', ",", "£{}", false),
            Locale::Bn => ltr("bn", "বাংলা", '.', ",", "£{}", false),
            Locale::Ur => Facts {
                direction: Direction::RightToLeft,
                ..ltr("ur", "اردو", '.', ",", "£{}", false)
            },
            Locale::Ar => Facts {
                direction: Direction::RightToLeft,
                ..ltr("ar", "العربية", '.', ",", "£{}", false)
            },
            Locale::ZhHans => ltr("zh-Hans", "中文（简体）", '.', ",", "£{}", true),
            Locale::Uk => ltr("uk", "Українська", ',', NARROW_NBSP, "{}\u{a0}£", true),
        }
    }

    pub fn tag(self) -> &'static str {
        self.facts().tag
    }

    /// The language's name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        self.facts().name
    }

    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self.facts().direction {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        self.facts().direction == Direction::RightToLeft
    }

    /// The language a missing message is taken from: British English for every other language.
    pub fn fallback(self) -> Option<Locale> {
        match self {
            Locale::EnGb => None,
            _ => Some(Locale::EnGb),
        }
    }

    /// The language itself, then its fallbacks in order: Portuguese, then English.
    pub fn chain(self) -> Vec<Locale> {
        std::iter::successors(Some(self), |l| l.fallback()).collect()
    }

    /// Exactly one of the shipped tags, ignoring case.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The closest shipped language to a tag a browser sends: the exact tag, else the same
    /// language in another region or script ("pt-BR" is Portuguese, "zh-CN" is Chinese
    /// written in simplified characters, "en-US" is English).
    pub fn closest(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if let Some(exact) = Locale::from_tag(tag) {
            return Some(exact);
        }
        let language = tag.split(['-', '_']).next()?;
        if language.eq_ignore_ascii_case("zh") {
            let traditional = ["hant", "tw", "hk", "mo"]
                .iter()
                .any(|t| tag.to_ascii_lowercase().split(['-', '_']).any(|p| p == *t));
            // Traditional characters are read by Chinese speakers from Hong Kong and Taiwan,
            // but simplified ones are not their script: English serves them better.
            return (!traditional).then_some(Locale::ZhHans);
        }
        Locale::ALL.into_iter().find(|l| {
            l.tag()
                .split('-')
                .next()
                .is_some_and(|own| own.eq_ignore_ascii_case(language))
        })
    }

    /// The best shipped language for a browser's `Accept-Language` header, by its weights.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut wanted: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(order, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let weight = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (!tag.is_empty() && tag != "*" && weight > 0.0).then_some((weight, order, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted
            .into_iter()
            .find_map(|(_, _, tag)| Locale::closest(tag))
    }

    /// Chooses the page's language. An explicit choice (the language switch) beats the
    /// resident's saved preferred language, which beats the remembered choice in the language
    /// cookie, which beats the browser's `Accept-Language`; English if none is shipped.
    pub fn choose(
        explicit: Option<&str>,
        preferred: Option<&str>,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> Locale {
        explicit
            .and_then(Locale::from_tag)
            .or_else(|| preferred.and_then(Locale::from_tag))
            .or_else(|| cookie.and_then(Locale::from_tag))
            .or_else(|| accept_language.and_then(Locale::from_accept_language))
            .unwrap_or_default()
    }

    /// A whole number or decimal ("1234.5") written the language's way: "1,234.5", "1 234,5".
    /// Anything that is not a plain number is returned as it is.
    pub fn number(self, plain: &str) -> String {
        let facts = self.facts();
        let (negative, digits) = match plain.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, plain),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return plain.to_string();
        }
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        // Groups only from five digits, as most European styles do ("1234", "12 345").
        let group = whole.len() > 4 || facts.group == ",";
        for (i, digit) in whole.chars().enumerate() {
            if group && i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(facts.group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(facts.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// An amount of money in pounds ("25", "4.50"), written the language's way: "£25", "25 £".
    /// Whole pounds have no pence ("£25"); other amounts always have two digits of pence.
    pub fn money(self, pounds: &str) -> String {
        let amount = match pounds.split_once('.') {
            Some((whole, pence)) if pence.trim_end_matches('0').is_empty() => whole.to_string(),
            Some((whole, pence)) => format!("{whole}.{:0<2}", pence),
            None => pounds.to_string(),
        };
        self.facts().money.replace("{}", &self.number(&amount))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_tag_and_name() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(
                Locale::ALL
                    .iter()
                    .filter(|l| l.name() == locale.name())
                    .count(),
                1
            );
            let json = serde_json::to_string(&locale).unwrap();
            assert_eq!(json, format!("\"{}\"", locale.tag()));
        }
    }

    #[test]
    fn arabic_and_urdu_are_written_right_to_left() {
        let rtl: Vec<&str> = Locale::ALL
            .into_iter()
            .filter(|l| l.is_right_to_left())
            .map(Locale::tag)
            .collect();
        assert_eq!(rtl, ["ur", "ar"]);
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Pl.dir(), "ltr");
    }

    #[test]
    fn an_explicit_choice_beats_the_profile_which_beats_the_cookie_which_beats_the_browser() {
        let all = |e, p, c, a| Locale::choose(e, p, c, a);
        assert_eq!(
            all(Some("ar"), Some("pl"), Some("cy"), Some("uk")),
            Locale::Ar
        );
        assert_eq!(all(None, Some("pl"), Some("cy"), Some("uk")), Locale::Pl);
        assert_eq!(all(None, None, Some("cy"), Some("uk")), Locale::Cy);
        assert_eq!(all(None, None, None, Some("uk")), Locale::Uk);
        assert_eq!(all(None, None, None, None), Locale::EnGb);
        // Something not shipped is passed over, not obeyed.
        assert_eq!(all(Some("xx"), None, Some("nope"), Some("ro")), Locale::Ro);
    }

    #[test]
    fn a_browser_language_falls_back_to_the_same_language_elsewhere() {
        assert_eq!(
            Locale::from_accept_language("pt-BR,pt;q=0.9"),
            Some(Locale::Pt)
        );
        assert_eq!(Locale::from_accept_language("zh-CN"), Some(Locale::ZhHans));
        assert_eq!(
            Locale::from_accept_language("zh-TW,en;q=0.5"),
            Some(Locale::EnGb)
        );
        assert_eq!(
            Locale::from_accept_language("en-US,en;q=0.9"),
            Some(Locale::EnGb)
        );
        assert_eq!(Locale::from_accept_language("fr-FR,fr;q=0.9"), None);
        // Weights, not order, decide.
        assert_eq!(
            Locale::from_accept_language("fr;q=0.9, so;q=0.8, ar"),
            Some(Locale::Ar)
        );
        assert_eq!(
            Locale::from_accept_language("fr, pl;q=0.5, cy;q=0.7"),
            Some(Locale::Cy)
        );
        assert_eq!(Locale::from_accept_language("pl;q=0, *"), None);
        assert_eq!(Locale::from_accept_language(""), None);
    }

    #[test]
    fn every_language_falls_back_to_english() {
        assert_eq!(Locale::Pt.chain(), [Locale::Pt, Locale::EnGb]);
        assert_eq!(Locale::EnGb.chain(), [Locale::EnGb]);
    }

    #[test]
    fn numbers_and_money_are_written_the_language_s_way() {
        assert_eq!(Locale::EnGb.number("1234567.5"), "1,234,567.5");
        assert_eq!(Locale::EnGb.number("1234"), "1,234");
        assert_eq!(Locale::Pl.number("1234"), "1234");
        assert_eq!(Locale::Pl.number("12345,"), "12345,");
        assert_eq!(Locale::Pl.number("12345.25"), "12\u{a0}345,25");
        assert_eq!(Locale::Es.number("-12345"), "-12.345");
        assert_eq!(Locale::EnGb.money("25"), "£25");
        assert_eq!(Locale::EnGb.money("4.5"), "£4.50");
        assert_eq!(Locale::EnGb.money("60.00"), "£60");
        assert_eq!(Locale::Pl.money("4.5"), "4,50\u{a0}£");
        // "£60" in Arabic text too: with no letters to set its direction, "60 £" would show
        // with the pound sign on the wrong side.
        assert_eq!(Locale::Ar.money("60"), "£60");
    }
}
