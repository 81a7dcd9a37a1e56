//! Tests generated from the service definitions: every shipped service can be completed without
//! JavaScript, and a service added as a file is served with no code change.

mod support;

use frontdoor_app::i18n::Locale;
use frontdoor_server::catalogue::Catalogue;
use support::{complete_service, repo, TestServer, Visitor};

#[tokio::test]
async fn every_shipped_service_can_be_completed_without_javascript() {
    let catalogue = Catalogue::load(&repo().join("services"), &repo().join("locales"))
        .expect("definitions are valid");
    assert!(catalogue.services().len() >= 10);
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    for def in catalogue.services() {
        let mut v = Visitor::new(&server);
        let start = v.get(&format!("/{}", def.id)).await;
        assert_eq!(start.status, 200, "{}", def.id);
        // The first page refuses an empty answer with the question's own message.
        let first = &def.pages[0];
        let empty = v.post_form(&format!("/{}/{}", def.id, first.id), &[]).await;
        if first.questions.iter().any(|q| q.required) {
            assert_eq!(empty.status, 422, "{}", def.id);
            assert!(empty.body.contains("govuk-error-summary"), "{}", def.id);
        }
        complete_service(&mut v, def).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn every_message_a_definition_uses_exists_in_english() {
    // Catalogue::load refuses definitions with missing messages; this proves the check bites.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("services")).unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en-GB/services")).unwrap();
    std::fs::write(dir.path().join("services/broken.toml"), BROKEN).unwrap();
    std::fs::write(
        dir.path().join("locales/en-GB/services/broken.ftl"),
        "broken-title = Broken\n",
    )
    .unwrap();
    let problems = Catalogue::load(&dir.path().join("services"), &dir.path().join("locales"))
        .err()
        .expect("refused");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("services/broken.toml: message \"broken-summary\" is missing")),
        "{problems:?}"
    );
    std::fs::write(
        dir.path().join("services/broken.toml"),
        BROKEN.replace("type = \"text\"", "type = \"text\", max-lenght = 3"),
    )
    .unwrap();
    let problems = Catalogue::load(&dir.path().join("services"), &dir.path().join("locales"))
        .err()
        .expect("refused");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("broken.toml") && p.contains("max-lenght")),
        "{problems:?}"
    );
}

const BROKEN: &str = r#"
id = "broken"
messages = "broken"
category = "report"
standard = { days = 1, count = "working" }
[[pages]]
id = "one"
questions = [{ id = "thing", type = "text" }]
"#;

const NEW_SERVICE: &str = r#"
id = "report-a-broken-streetlight"
messages = "streetlight"
category = "report"
standard = { days = 3, count = "working" }

[[pages]]
id = "where"
questions = [{ id = "where", type = "text", max-length = 200 }]

[[pages]]
id = "contact"
questions = [{ id = "email", type = "email" }]
"#;

const NEW_MESSAGES: &str = "
streetlight-title = Report a broken streetlight
streetlight-summary = Tell us about a streetlight that is out or damaged.
streetlight-standard = We will fix it or tell you what we are doing by { $date }.
streetlight-where-title = Where is the streetlight?
streetlight-where-label = Where is the streetlight?
streetlight-where-summary = Where
streetlight-where-error-required = Enter where the streetlight is
streetlight-where-error-too-long = Where the streetlight is must be { $max } characters or fewer
streetlight-contact-title = What is your email address?
streetlight-email-label = What is your email address?
streetlight-email-summary = Email address
streetlight-email-error-required = Enter your email address
streetlight-email-error-invalid = Enter an email address in the correct format, like name@example.com
";

#[tokio::test]
async fn a_new_service_needs_only_a_definition_and_its_messages() {
    let dir = tempfile::tempdir().unwrap();
    let services = dir.path().join("services");
    std::fs::create_dir_all(&services).unwrap();
    std::fs::write(
        services.join("report-a-broken-streetlight.toml"),
        NEW_SERVICE,
    )
    .unwrap();
    let locales = dir.path().join("locales");
    std::fs::create_dir_all(locales.join("en-GB/services")).unwrap();
    std::fs::write(
        locales.join("en-GB/services/report-a-broken-streetlight.ftl"),
        NEW_MESSAGES,
    )
    .unwrap();
    std::fs::copy(
        repo().join("locales/en-GB/common.ftl"),
        locales.join("en-GB/common.ftl"),
    )
    .unwrap();

    let mut config = support::config(&dir.path().join("db.sqlite"), &services);
    config.locales_dir = locales;
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    let home = v.get("/").await;
    assert!(home.body.contains("Report a broken streetlight"));
    let def: frontdoor_domain::ServiceDefinition = toml::from_str(NEW_SERVICE).unwrap();
    assert_eq!(complete_service(&mut v, &def).await, ["where", "contact"]);
    // Welsh visitors see the English text until a translation is added.
    v.cookies.insert("fd_lang".into(), "cy".into());
    assert!(v
        .get("/report-a-broken-streetlight")
        .await
        .body
        .contains("Report a broken streetlight"));
    server.stop().await;
}

#[tokio::test]
async fn triage_stops_an_emergency_at_advice_and_search_finds_services() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    v.post_form("/report-housing-repair/danger", &[("danger", "gas-smell")])
        .await
        .redirects_to("/report-housing-repair/gas");
    let advice = v.get("/report-housing-repair/gas").await;
    assert_eq!(advice.status, 200);
    assert!(advice
        .body
        .contains("Leave the building and call 0800 111 999 now"));
    assert!(
        !advice.body.contains("<form method=\"post\""),
        "an emergency never goes through a form"
    );
    v.get("/report-housing-repair/room")
        .await
        .redirects_to("/report-housing-repair/gas");
    v.post_form("/report-housing-repair/check-answers", &[])
        .await
        .redirects_to("/report-housing-repair/gas");

    // Changing the answer reopens the journey; a skipped page is not asked.
    v.post_form("/report-housing-repair/danger", &[("danger", "none")])
        .await
        .redirects_to("/report-housing-repair/room");
    // "Somewhere else" reveals a question that must then be answered; other rooms ignore it.
    let missing = v
        .post_form("/report-housing-repair/room", &[("room", "other")])
        .await;
    assert_eq!(missing.status, 422);
    assert!(missing
        .body
        .contains("<a href=\"#room-other\">Enter where the problem is</a>"));
    v.post_form(
        "/report-housing-repair/room",
        &[("room", "other"), ("room-other", "Loft")],
    )
    .await
    .redirects_to("/report-housing-repair/problem");
    v.post_form(
        "/report-housing-repair/room",
        &[("room", "outside"), ("room-other", "Loft")],
    )
    .await
    .redirects_to("/report-housing-repair/problem");
    v.post_form(
        "/report-housing-repair/problem",
        &[("problem", "The gate is broken")],
    )
    .await
    .redirects_to("/report-housing-repair/access");

    let found = v.get("/?q=mattress").await;
    assert!(
        found.body.contains("Book a bulky waste collection")
            && found.body.contains("Report fly-tipping")
    );
    assert!(!found.body.contains(">Make a complaint<"));
    let none = v.get("/?q=zzzz").await;
    assert!(none.body.contains("No services match “zzzz”"));
    server.stop().await;
}

#[tokio::test]
async fn every_welsh_service_file_has_every_message_its_definition_uses() {
    use frontdoor_app::i18n::{I18n, Locale};
    let catalogue = Catalogue::load(&repo().join("services"), &repo().join("locales"))
        .expect("definitions are valid");
    let mut untranslated = Vec::new();
    for def in catalogue.services() {
        let path = repo().join(format!("locales/cy/services/{}.ftl", def.id));
        let Ok(source) = std::fs::read_to_string(&path) else {
            untranslated.push(def.id.clone());
            continue;
        };
        // Only the Welsh file (and the shared Welsh messages): no falling back to English. A
        // message that does not parse is left out of the bundle, so it shows up as missing.
        let welsh = I18n::new(Locale::Cy, &[&source]);
        let missing: Vec<String> = def
            .message_ids()
            .into_iter()
            .filter(|id| !welsh.has(id))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: no Welsh for {missing:?}",
            path.display()
        );
    }
    assert!(
        untranslated.is_empty(),
        "services without Welsh messages: {untranslated:?}"
    );
}

#[tokio::test]
async fn a_service_message_a_language_lacks_is_shown_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let (services, locales) = (dir.path().join("services"), dir.path().join("locales"));
    std::fs::create_dir_all(&services).unwrap();
    std::fs::copy(
        repo().join("services/report-missed-bin.toml"),
        services.join("report-missed-bin.toml"),
    )
    .unwrap();
    for tag in ["en-GB", "pt"] {
        std::fs::create_dir_all(locales.join(tag).join("services")).unwrap();
    }
    std::fs::copy(
        repo().join("locales/en-GB/services/report-missed-bin.ftl"),
        locales.join("en-GB/services/report-missed-bin.ftl"),
    )
    .unwrap();
    std::fs::write(
        locales.join("pt/services/report-missed-bin.ftl"),
        "missed-bin-title = Comunicar um contentor não recolhido\n",
    )
    .unwrap();
    let catalogue = Catalogue::load(&services, &locales).expect("loads");
    let pt = catalogue.i18n(Locale::Pt);
    assert_eq!(
        pt.t("missed-bin-title"),
        "Comunicar um contentor não recolhido"
    );
    assert_eq!(
        pt.t("missed-bin-bin-recycling"),
        catalogue.i18n(Locale::EnGb).t("missed-bin-bin-recycling"),
        "the missing message in English"
    );
    assert!(!pt.has("no-such-message"));
}
