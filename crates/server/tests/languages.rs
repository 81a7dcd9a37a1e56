//! The 13 languages over HTTP: how a page's language is chosen, the language switch, right to
//! left, the notice on a translation no qualified translator has checked, and that every language
//! loads the same browser code. Runs on SQLite, and on PostgreSQL when FRONTDOOR_TEST_POSTGRES names one.

mod support;

use frontdoor_domain::Locale;
use support::{message, TestServer, Visitor};

/// The scripts and module preloads a page loads.
fn code_loaded(body: &str) -> Vec<&str> {
    body.split('<')
        .filter(|t| {
            t.starts_with("script")
                || t.starts_with("link rel=\"modulepreload")
                || t.contains(".wasm")
        })
        .collect()
}

fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("an html element");
    &body[start..start + body[start..].find('>').unwrap()]
}

#[tokio::test]
async fn the_switch_beats_the_remembered_choice_which_beats_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;

    // The browser's language, by its weights, with a region the council does not ship.
    let mut v = Visitor::new(&server);
    v.accept_language = Some("fr-FR, pt-BR;q=0.9, en;q=0.5".into());
    let page = v.get("/").await;
    assert!(
        html_tag(&page.body).contains("lang=\"pt\""),
        "{}",
        html_tag(&page.body)
    );
    assert!(page.body.contains(&message("pt", "home-title")));

    // The switch: Arabic, remembered, and right to left.
    let switched = v.get("/report-missed-bin?lang=ar").await;
    switched.redirects_to("/report-missed-bin");
    assert!(switched
        .set_cookies
        .iter()
        .any(|c| c.starts_with("fd_lang=ar;")));
    let page = v.get("/report-missed-bin").await;
    assert_eq!(html_tag(&page.body), "<html lang=\"ar\" dir=\"rtl\"");
    let page = v.get("/").await;
    assert!(
        page.body.contains(&message("ar", "home-title")),
        "the cookie beats Accept-Language"
    );

    // An unknown language in the switch is not obeyed.
    let refused = v.get("/?lang=xx").await;
    assert_eq!(refused.status, 200);
    assert!(html_tag(&refused.body).contains("lang=\"ar\""));
    server.stop().await;
}

#[tokio::test]
async fn every_page_lists_every_language_in_its_own_name_and_says_when_one_is_unchecked() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let english_question = {
        let mut v = Visitor::new(&server);
        code_loaded(&v.get("/report-missed-bin/address").await.body).join("\n")
    };
    for locale in Locale::ALL {
        let mut v = Visitor::new(&server);
        v.accept_language = Some(locale.tag().into());
        // The same code for every language: messages come written in the page.
        let question = v.get("/report-missed-bin/address").await;
        assert_eq!(
            code_loaded(&question.body).join("\n"),
            english_question,
            "{locale:?}"
        );
        let page = v.get("/track").await;
        assert!(
            html_tag(&page.body).contains(&format!(
                "lang=\"{}\" dir=\"{}\"",
                locale.tag(),
                locale.dir()
            )),
            "{locale:?}"
        );
        for other in Locale::ALL.into_iter().filter(|o| *o != locale) {
            let link = format!(
                "href=\"/track?lang={tag}\" rel=\"external\" hreflang=\"{tag}\" lang=\"{tag}\" class=\"govuk-link language-switch__link\">{name}</a>",
                tag = other.tag(),
                name = other.name()
            );
            assert!(
                page.body.contains(&link),
                "{locale:?} page links to {other:?}: {link}"
            );
        }
        assert!(page.body.contains(&format!(
            "aria-current=\"true\" class=\"language-switch__current\">{}</span>",
            locale.name()
        )));
        // English is the source; every other translation is unchecked so far, and says so in
        // its own words, with a way to English.
        let notice = message(locale.tag(), "language-unreviewed");
        let english = "href=\"/track?lang=en-GB\" rel=\"external\" hreflang=\"en-GB\"";
        if locale == Locale::EnGb {
            assert!(!page.body.contains("language-notice"));
        } else {
            assert!(page.body.contains(&notice), "{locale:?} notice");
            assert!(page.body.contains(english), "{locale:?} link to English");
        }
    }
    server.stop().await;
}

#[tokio::test]
async fn money_is_written_the_language_s_way() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    // Money: "£60" in English, "60 £" in Polish.
    v.accept_language = Some("pl".into());
    let pest = v.get("/request-pest-control").await;
    assert!(pest.body.contains("60\u{a0}£"), "Polish money");
    v.accept_language = Some("en-GB".into());
    let pest = v.get("/request-pest-control").await;
    assert!(pest.body.contains("£60."), "English money");
    server.stop().await;
}

#[tokio::test]
async fn right_to_left_pages_isolate_what_must_stay_left_to_right() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    v.accept_language = Some("ur".into());
    support::answer_missed_bin(&mut v, "resident@example.com").await;
    let check = v.get("/report-missed-bin/check-answers").await;
    // Answers are isolated, so a postcode or phone number keeps its order in Urdu text.
    assert!(check.body.contains("<bdi>SE1 2QH</bdi>"), "{}", check.body);
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    let done = v.get("/report-missed-bin/confirmation").await;
    let reference = support::reference_in(&done.body);
    assert!(done.body.contains(&format!(
        "<strong dir=\"ltr\" class=\"reference\">{reference}</strong>"
    )));
    // Placeables in right-to-left messages carry Unicode isolation marks; English ones do not.
    assert!(done.body.contains('\u{2068}') && done.body.contains('\u{2069}'));
    v.accept_language = Some("en-GB".into());
    v.cookies.remove("fd_lang");
    let english = v.get("/report-missed-bin/confirmation").await;
    assert!(!english.body.contains('\u{2068}'));
    server.stop().await;
}
