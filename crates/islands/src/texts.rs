//! Texts the islands show, written on the server in the page's language. Messages that take
//! arguments travel as templates with `{$name}` where each argument goes (what Fluent writes for an
//! argument it was not given); a message whose wording depends on an argument's value travels once
//! per value, keyed `id|name=value`.

use std::collections::BTreeMap;

use frontdoor_domain::questions::date;
use frontdoor_domain::FieldError;
use serde::{Deserialize, Serialize};

/// The page's messages in its language: what the texts are taken from (the app's `I18n`).
pub trait Messages {
    fn has(&self, id: &str) -> bool;
    fn t(&self, id: &str) -> String;
    fn t_with(&self, id: &str, args: &BTreeMap<String, String>) -> String;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorTexts {
    pub messages: BTreeMap<String, String>,
    /// "{$day} {$month} {$year}", and the months' names, for dates in messages.
    pub date_long: String,
    pub months: Vec<String>,
    /// The word before the last item of a list ("or").
    pub or: String,
    /// Read out before each error by a field ("Error:").
    pub prefix: String,
}

impl ErrorTexts {
    /// The templates of `ids` (those that exist), with the variants of a date's missing parts.
    pub fn new(i18n: &impl Messages, ids: impl IntoIterator<Item = String>) -> ErrorTexts {
        let mut messages = BTreeMap::new();
        for id in ids {
            if !i18n.has(&id) {
                continue;
            }
            if id.ends_with("-error-incomplete") {
                for missing in date::MISSING_PARTS {
                    let args = BTreeMap::from([("missing".to_string(), missing.to_string())]);
                    messages.insert(format!("{id}|missing={missing}"), i18n.t_with(&id, &args));
                }
            }
            messages.insert(id.clone(), i18n.t(&id));
        }
        ErrorTexts {
            messages,
            date_long: i18n.t("date-long"),
            months: (1..=12).map(|m| i18n.t(&format!("month-{m}"))).collect(),
            or: i18n.t("list-or"),
            prefix: i18n.t("error-prefix"),
        }
    }

    /// The text of an error, or None when this page was not given its message.
    pub fn text(&self, e: &FieldError) -> Option<String> {
        let variant = e
            .args
            .iter()
            .find_map(|(k, v)| self.messages.get(&[&e.message_id, "|", k, "=", v].concat()));
        let mut text = variant
            .or_else(|| self.messages.get(&e.message_id))?
            .clone();
        for (name, value) in &e.args {
            text = text.replace(&["{$", name, "}"].concat(), &self.argument(name, value));
        }
        (!text.contains("{$")).then_some(text)
    }

    /// An argument as the server's messages write it: lists of types joined, ISO dates written out.
    fn argument(&self, name: &str, value: &str) -> String {
        if name == "types" {
            let items: Vec<&str> = value.split(',').filter(|i| !i.is_empty()).collect();
            return match items.as_slice() {
                [rest @ .., last] if !rest.is_empty() => {
                    [&rest.join(", "), " ", &self.or, " ", last].concat()
                }
                _ => value.to_string(),
            };
        }
        match date::from_stored(value) {
            Some(d) if value.len() == 10 => self
                .date_long
                .replace("{$day}", &d.day().to_string())
                .replace(
                    "{$month}",
                    self.months
                        .get(usize::from(u8::from(d.month())) - 1)
                        .map_or("", |m| m.as_str()),
                )
                .replace("{$year}", &d.year().to_string()),
            _ => value.to_string(),
        }
    }
}

/// What the upload progress says, as templates (`{$name}`, `{$percent}`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UploadTexts {
    pub cancel: String,
    pub uploading: String,
    pub uploaded: String,
    pub cancelled: String,
}

impl UploadTexts {
    pub fn new(i18n: &impl Messages) -> UploadTexts {
        UploadTexts {
            cancel: i18n.t("file-cancel"),
            uploading: i18n.t("file-uploading"),
            uploaded: i18n.t("file-uploaded"),
            cancelled: i18n.t("file-cancelled"),
        }
    }
}

/// Fills a template's `{$name}` places.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_string(), |t, (k, v)| {
        t.replace(&["{$", k, "}"].concat(), v)
    })
}
