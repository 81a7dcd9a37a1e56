//! The islands' texts come from the page's messages (`frontdoor_islands::Messages`).

use std::collections::BTreeMap;

use frontdoor_islands::Messages;

use crate::i18n::I18n;

impl Messages for I18n {
    fn has(&self, id: &str) -> bool {
        I18n::has(self, id)
    }

    fn t(&self, id: &str) -> String {
        I18n::t(self, id)
    }

    fn t_with(&self, id: &str, args: &BTreeMap<String, String>) -> String {
        I18n::t_with(self, id, args)
    }
}

#[cfg(test)]
mod tests {
    use frontdoor_domain::FieldError;
    use frontdoor_islands::ErrorTexts;

    use crate::i18n::{I18n, Locale};

    const BIN: &str = include_str!("../../../../locales/en-GB/services/report-missed-bin.ftl");

    fn error(id: &str, args: &[(&str, &str)]) -> FieldError {
        let mut e = FieldError::new("date", "x", id.to_string());
        e.args = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        e
    }

    #[test]
    fn writes_errors_as_the_server_does_from_templates() {
        let i18n = I18n::new(Locale::EnGb, &[BIN]);
        let ids = [
            "missed-bin-date-error-incomplete",
            "missed-bin-date-error-required",
            "file-error-wrong-type",
            "not-a-message",
        ];
        let texts = ErrorTexts::new(&i18n, ids.map(String::from));
        assert!(!texts.messages.contains_key("not-a-message"));
        for (id, args) in [
            ("missed-bin-date-error-required", vec![]),
            (
                "missed-bin-date-error-incomplete",
                vec![("missing", "month-year")],
            ),
            ("missed-bin-date-error-incomplete", vec![("missing", "day")]),
            (
                "file-error-wrong-type",
                vec![("name", "a.exe"), ("types", "JPG,PNG,PDF")],
            ),
        ] {
            let e = error(id, &args);
            let server = i18n.t_with(id, &e.args);
            assert_eq!(
                texts.text(&e).as_deref(),
                Some(server.as_str()),
                "{id} {args:?}"
            );
        }
        assert_eq!(
            texts.text(&error(
                "file-error-wrong-type",
                &[("name", "a.exe"), ("types", "PDF")]
            )),
            Some("a.exe must be a PDF".to_string())
        );
        // An ISO date argument is written out, as the server writes it.
        let mut with_date = texts.clone();
        with_date
            .messages
            .insert("after".into(), "It must be after {$date}".into());
        assert_eq!(
            with_date
                .text(&error("after", &[("date", "2026-03-09")]))
                .as_deref(),
            Some("It must be after 9 March 2026")
        );
        // Not given a message, or an argument left unfilled: the server must say it.
        assert_eq!(texts.text(&error("not-a-message", &[])), None);
        assert_eq!(texts.text(&error("file-error-wrong-type", &[])), None);
    }
}
