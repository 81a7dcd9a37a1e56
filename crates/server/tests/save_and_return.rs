//! Save and come back later: by access code, by link, a wrong check, an expired draft.

mod support;

use support::{answer_missed_bin, TestServer, Visitor};

fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("{start} not in page"))
        + start.len();
    &body[from..from + body[from..].find(end).unwrap()]
}

async fn answer_two_pages(v: &mut Visitor) {
    v.post_form(
        "/report-missed-bin/address",
        &[("postcode", "SE1 2QH"), ("address-line-1", "1 High Street")],
    )
    .await
    .redirects_to("/report-missed-bin/which-bin");
    v.post_form("/report-missed-bin/which-bin", &[("bin", "food-waste")])
        .await
        .redirects_to("/report-missed-bin/date");
}

/// Saves the form; returns the access code and the return link's path.
async fn save(v: &mut Visitor) -> (String, String) {
    let page = v.get("/report-missed-bin/save").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Get an access code"));
    let saved = v.post_form("/report-missed-bin/save", &[]).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(saved.body.contains("Your answers are saved"));
    let code = between(&saved.body, "<strong dir=\"ltr\" class=\"reference\">", "<").to_string();
    let token = between(
        &saved.body,
        "href=\"https://frontdoor.example.gov.uk/return/",
        "\"",
    )
    .to_string();
    assert_eq!(token.len(), 64, "a long random token");
    (code, format!("/return/{token}"))
}

#[tokio::test]
async fn a_saved_form_comes_back_with_the_code_and_the_postcode() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    assert!(
        !v.get("/report-missed-bin/address")
            .await
            .body
            .contains("Save and come back later"),
        "nothing to save yet"
    );
    answer_two_pages(&mut v).await;
    assert!(v
        .get("/report-missed-bin/date")
        .await
        .body
        .contains("href=\"/report-missed-bin/save\""));
    let (code, _) = save(&mut v).await;
    assert!(frontdoor_domain::Reference::parse(&code).is_some());

    // A library PC, days later: a new session.
    let mut w = Visitor::new(&server);
    let typed = code.replace('-', " ").to_lowercase();
    w.post_form("/return", &[("code", &typed)])
        .await
        .redirects_to("/return/check");
    let check = w.get("/return/check").await;
    assert!(check
        .body
        .contains("What postcode did you give in the form?"));
    assert!(
        !check.body.contains("1 High Street")
            && check.input_value("postcode").as_deref() == Some(""),
        "answers stay hidden until the check"
    );

    let wrong = w
        .post_form("/return/check", &[("postcode", "SW1A 1AA")])
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong
        .body
        .contains("That does not match the answer in the form."));
    assert_eq!(wrong.input_value("postcode").as_deref(), Some("SW1A 1AA"));
    w.post_form("/return/check", &[("postcode", "se12qh")])
        .await
        .redirects_to("/report-missed-bin/date");
    let address = w.get("/report-missed-bin/address").await;
    assert_eq!(
        address.input_value("address-line-1").as_deref(),
        Some("1 High Street")
    );
    answer_rest(&mut w).await;
    server.stop().await;
}

async fn answer_rest(w: &mut Visitor) {
    let (d, m, y) = support::days_ago(1);
    w.post_form(
        "/report-missed-bin/date",
        &[("date-day", &d), ("date-month", &m), ("date-year", &y)],
    )
    .await;
    w.post_form("/report-missed-bin/more-information", &[])
        .await;
    w.post_form("/report-missed-bin/contact", &[("email", "a@example.com")])
        .await
        .redirects_to("/report-missed-bin/check-answers");
    w.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
}

#[tokio::test]
async fn the_return_link_works_and_a_new_code_replaces_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_two_pages(&mut v).await;
    let (old_code, _) = save(&mut v).await;
    let (_, link) = save(&mut v).await;

    let mut w = Visitor::new(&server);
    let stale = w.post_form("/return", &[("code", &old_code)]).await;
    assert_eq!(stale.status, 422);
    assert!(stale
        .body
        .contains("We could not find a saved form with that code."));
    w.get(&link).await.redirects_to("/return/check");
    w.post_form("/return/check", &[("postcode", "SE1 2QH")])
        .await
        .redirects_to("/report-missed-bin/date");

    let unknown = Visitor::new(&server).get("/return/0123456789abcdef").await;
    assert_eq!(unknown.status, 404);
    assert!(unknown.body.contains("That link does not work."));
    server.stop().await;
}

#[tokio::test]
async fn too_many_wrong_answers_mean_entering_the_code_again() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_two_pages(&mut v).await;
    let (code, _) = save(&mut v).await;
    let mut w = Visitor::new(&server);
    w.post_form("/return", &[("code", &code)]).await;
    for _ in 1..frontdoor_server::save_and_return::RETURN_ATTEMPTS {
        assert_eq!(
            w.post_form("/return/check", &[("postcode", "E1 6AN")])
                .await
                .status,
            422
        );
    }
    let locked = w
        .post_form("/return/check", &[("postcode", "E1 6AN")])
        .await;
    assert_eq!(locked.status, 403);
    assert!(locked.body.contains("Enter your access code again."));
    w.get("/return/check").await.redirects_to("/return");
    // The right answer no longer helps without the code again.
    assert_eq!(
        w.post_form("/return/check", &[("postcode", "SE1 2QH")])
            .await
            .status,
        403
    );
    w.get("/report-missed-bin/date")
        .await
        .redirects_to("/report-missed-bin/address");
    server.stop().await;
}

#[tokio::test]
async fn an_expired_draft_cannot_come_back_and_is_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    answer_two_pages(&mut v).await;
    let (code, link) = save(&mut v).await;

    let db = support::open_db(&path).await;
    let draft = db
        .saved_draft(
            Some(&frontdoor_server::session::hash(
                frontdoor_domain::Reference::parse(&code).unwrap().as_str(),
            )),
            None,
        )
        .await
        .unwrap()
        .expect("the code finds the draft");
    db.set_draft_expiry(&draft.id, frontdoor_server::db::now() - 1)
        .await
        .unwrap();

    let mut w = Visitor::new(&server);
    assert_eq!(w.post_form("/return", &[("code", &code)]).await.status, 422);
    assert_eq!(w.get(&link).await.status, 404);
    // For the person who saved it too, the journey starts again.
    v.get("/report-missed-bin/date")
        .await
        .redirects_to("/report-missed-bin/address");

    let before = db.count_drafts().await.unwrap();
    assert_eq!(db.delete_expired().await.unwrap(), 1);
    assert_eq!(db.count_drafts().await.unwrap(), before - 1);
    server.stop().await;
}

#[tokio::test]
async fn the_return_link_is_emailed_when_the_form_has_an_email_address() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "saver@example.com").await;
    let saved = v.post_form("/report-missed-bin/save", &[]).await;
    assert!(saved
        .body
        .contains("We have sent a link to come back to your form to saver@example.com."));
    let db = support::open_db(&path).await;
    let outbox = db.outbox().await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(
        (outbox[0].recipient.as_str(), outbox[0].template.as_str()),
        ("saver@example.com", "save-and-return")
    );
    assert!(outbox[0]
        .data
        .contains("https://frontdoor.example.gov.uk/return/"));
    // The email check works when there is no postcode question answered first... here there is one.
    let mut w = Visitor::new(&server);
    let code = between(&saved.body, "<strong dir=\"ltr\" class=\"reference\">", "<").to_string();
    w.post_form("/return", &[("code", &code)]).await;
    assert!(w
        .get("/return/check")
        .await
        .body
        .contains("What postcode did you give in the form?"));
    w.post_form("/return/check", &[("postcode", "SE1 2QH")])
        .await
        .redirects_to("/report-missed-bin/check-answers");
    server.stop().await;
}

#[tokio::test]
async fn save_and_return_work_through_the_api_too() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let early = v
        .api(
            "POST",
            "/api/v1/services/report-missed-bin/draft/save",
            None,
            true,
        )
        .await;
    assert_eq!(
        (early.status, early.json()["error"]["code"].as_str()),
        (409, Some("nothing-to-save"))
    );
    answer_two_pages(&mut v).await;
    let saved = v
        .api(
            "POST",
            "/api/v1/services/report-missed-bin/draft/save",
            None,
            true,
        )
        .await;
    assert_eq!(saved.status, 201, "{}", saved.body);
    let code = saved.json()["code"].as_str().unwrap().to_string();

    let mut w = Visitor::new(&server);
    let found = w
        .api(
            "POST",
            "/api/v1/returns",
            Some(serde_json::json!({"code": code})),
            true,
        )
        .await;
    assert_eq!(found.status, 200, "{}", found.body);
    assert_eq!(found.json()["check"]["id"], "postcode");
    assert_eq!(found.json()["check"]["type"], "uk-postcode");
    let wrong = w
        .api(
            "POST",
            "/api/v1/returns/check",
            Some(serde_json::json!({"fields": {"postcode": "E1 6AN"}})),
            true,
        )
        .await;
    assert_eq!(
        (
            wrong.status,
            wrong.json()["error"]["fields"][0]["code"].as_str()
        ),
        (422, Some("wrong"))
    );
    let right = w
        .api(
            "POST",
            "/api/v1/returns/check",
            Some(serde_json::json!({"fields": {"postcode": "SE1 2QH"}})),
            true,
        )
        .await;
    assert_eq!(
        (right.status, right.json()["next"].as_str()),
        (200, Some("/report-missed-bin/date"))
    );
    let draft = w
        .api(
            "GET",
            "/api/v1/services/report-missed-bin/draft",
            None,
            false,
        )
        .await;
    assert_eq!(draft.json()["answers"]["bin"], "food-waste");
    let unknown = w.api("POST", "/api/v1/returns", Some(serde_json::json!({"code": frontdoor_domain::Reference::from_random([9; 8]).display()})), true).await;
    assert_eq!(unknown.status, 404);
    server.stop().await;
}

#[tokio::test]
async fn a_saved_forms_check_takes_ten_wrong_answers_an_hour_from_all_sessions_together() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_two_pages(&mut v).await;
    let (code, _) = save(&mut v).await;
    // Two sessions, five wrong answers each (the fifth sends each back to the code).
    for _ in 0..2 {
        let mut w = Visitor::new(&server);
        w.post_form("/return", &[("code", &code)])
            .await
            .redirects_to("/return/check");
        for _ in 0..frontdoor_server::save_and_return::RETURN_ATTEMPTS {
            let wrong = w
                .post_form("/return/check", &[("postcode", "E1 6AN")])
                .await;
            assert!([422, 403].contains(&wrong.status), "{}", wrong.status);
        }
    }
    // A third session with the code and the right answer is refused for now.
    let mut w = Visitor::new(&server);
    w.post_form("/return", &[("code", &code)])
        .await
        .redirects_to("/return/check");
    let refused = w
        .post_form("/return/check", &[("postcode", "SE1 2QH")])
        .await;
    assert_eq!(refused.status, 429);
    assert!(refused.body.contains("Wait a few minutes and try again."));
    server.stop().await;
}
