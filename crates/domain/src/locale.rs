//! The languages Frontdoor speaks. Plain data, so the server and the browser app share it
//! without the server reaching into UI code for it.

use serde::{Deserialize, Serialize};

/// The languages Frontdoor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "cy")]
    Cy,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::EnGb, Locale::Cy];

    /// The BCP 47 tag, used for `<html lang>`, the cookie and the locales/ folder.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Cy => "cy",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The language's name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Locale::EnGb => "English",
            Locale::Cy => "Cymraeg",
        }
    }

    /// Both languages are written left to right; kept so a right-to-left language only adds a line.
    pub fn dir(self) -> &'static str {
        "ltr"
    }
}
