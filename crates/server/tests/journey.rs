//! The missed-bin journey over plain HTTP, as a browser without JavaScript makes it, against a real
//! server and a real SQLite database.

mod support;

use support::{answer_missed_bin, days_ago, reference_in, TestServer, Visitor};

#[tokio::test]
async fn the_whole_journey_works_without_javascript() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);

    let start = v.get("/report-missed-bin").await;
    assert_eq!(start.status, 200);
    assert!(start
        .body
        .contains("<h1 class=\"govuk-heading-xl\">Report a missed bin collection</h1>"));
    assert!(start.body.contains("It takes about 3 minutes."));
    assert!(
        start.body.contains("Other ways to contact us"),
        "every page says how else to reach the council"
    );
    let cookie = start
        .set_cookies
        .iter()
        .find(|c| c.starts_with("fd_session="))
        .expect("a session starts on the first page");
    for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(
            cookie.contains(flag),
            "session cookie lacks {flag}: {cookie}"
        );
    }

    let first = v.get("/report-missed-bin/address").await;
    assert_eq!(first.status, 200);
    assert!(first
        .body
        .contains("<form method=\"post\" action=\"/report-missed-bin/address\" novalidate"));
    assert!(first.body.contains("name=\"csrf_token\""));

    answer_missed_bin(&mut v, "Resident@Example.com").await;

    let check = v.get("/report-missed-bin/check-answers").await;
    assert_eq!(check.status, 200);
    for shown in [
        "SE1 2QH",
        "1 High Street",
        "Recycling",
        "Left by the gate",
        "Resident@Example.com",
        "Not given",
    ] {
        assert!(check.body.contains(shown), "check answers shows {shown}");
    }
    assert!(check
        .body
        .contains("href=\"/report-missed-bin/date?change=true\""));

    let sent = v.post_form("/report-missed-bin/check-answers", &[]).await;
    sent.redirects_to("/report-missed-bin/confirmation");
    let confirmation = v.get("/report-missed-bin/confirmation").await;
    assert_eq!(confirmation.status, 200);
    let reference = reference_in(&confirmation.body);
    assert!(
        frontdoor_domain::Reference::parse(&reference).is_some(),
        "{reference} is a valid reference"
    );
    assert!(confirmation
        .body
        .contains("We will come back to collect your bin by "));

    // The act-by date is stored with the request: 2 working days from today.
    let api = v
        .api(
            "POST",
            "/api/v1/requests/lookup",
            Some(serde_json::json!({"reference": reference, "email": "resident@example.com"})),
            true,
        )
        .await;
    assert_eq!(api.status, 200, "{}", api.body);
    let today = frontdoor_domain::calendar::uk_today(time::OffsetDateTime::now_utc());
    let expected = frontdoor_domain::calendar::add_working_days(today, 2);
    assert_eq!(api.json()["act_by"], expected.to_string());
    assert_eq!(api.json()["status"], "received");

    // A new visit to the form starts a fresh draft.
    let again = v.get("/report-missed-bin/which-bin").await;
    again.redirects_to("/report-missed-bin/address");
    server.stop().await;
}

#[tokio::test]
async fn a_failed_page_keeps_what_was_typed_and_explains_each_error() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);

    let reply = v
        .post_form(
            "/report-missed-bin/address",
            &[("postcode", "SE1 XYZ"), ("address-line-1", "")],
        )
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains(
        "<title>Error: What is the address of the collection? – Frontdoor Borough Council</title>"
    ));
    assert!(reply.body.contains("class=\"govuk-error-summary\""));
    assert!(
        reply.body.contains("autofocus"),
        "the summary takes focus without JavaScript"
    );
    assert!(reply
        .body
        .contains("<a href=\"#postcode\">Enter a full UK postcode, like SE1 2QH</a>"));
    assert!(reply
        .body
        .contains("<a href=\"#address-line-1\">Enter the house number or name, and street</a>"));
    assert_eq!(
        reply.input_value("postcode").as_deref(),
        Some("SE1 XYZ"),
        "typed value kept"
    );
    assert!(reply.body.contains("id=\"postcode-error\""));
    assert!(reply
        .body
        .contains("aria-describedby=\"postcode-hint postcode-error\""));
    assert!(reply.body.contains("govuk-form-group--error"));
    server.stop().await;
}

/// Every error a page can show, each with its own message, shown in the summary and by the field.
#[tokio::test]
async fn every_validation_error_has_its_own_message() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "a@example.com").await;

    let (d, m, y) = days_ago(0);
    let (old_d, old_m, old_y) = days_ago(15);
    let long = "x".repeat(501);
    let cases: Vec<(&str, Vec<(&str, &str)>, &str, &str)> = vec![
        (
            "address",
            vec![("postcode", ""), ("address-line-1", "1 High St")],
            "postcode",
            "Enter the postcode of the collection",
        ),
        (
            "address",
            vec![("postcode", "12345"), ("address-line-1", "1 High St")],
            "postcode",
            "Enter a full UK postcode, like SE1 2QH",
        ),
        ("which-bin", vec![], "bin", "Select which bin we missed"),
        (
            "which-bin",
            vec![("bin", "sofa")],
            "bin",
            "Select which bin we missed",
        ),
        (
            "date",
            vec![],
            "date-day",
            "Enter the date we missed your bin",
        ),
        (
            "date",
            vec![("date-day", &d), ("date-year", &y)],
            "date-month",
            "The date we missed your bin must include a month",
        ),
        (
            "date",
            vec![("date-day", "31"), ("date-month", "2"), ("date-year", &y)],
            "date-day",
            "The date we missed your bin must be a real date",
        ),
        (
            "date",
            vec![("date-day", &d), ("date-month", &m), ("date-year", "26")],
            "date-year",
            "Year must include 4 numbers",
        ),
        (
            "date",
            vec![("date-day", &d), ("date-month", &m), ("date-year", "2999")],
            "date-day",
            "The date we missed your bin must be today or in the past",
        ),
        (
            "date",
            vec![
                ("date-day", &old_d),
                ("date-month", &old_m),
                ("date-year", &old_y),
            ],
            "date-day",
            "The date we missed your bin must be in the last 14 days",
        ),
        (
            "more-information",
            vec![("more-information", &long)],
            "more-information",
            "Anything else we should know must be 500 characters or fewer",
        ),
        (
            "contact",
            vec![("email", "")],
            "email",
            "Enter your email address",
        ),
        (
            "contact",
            vec![("email", "name@example")],
            "email",
            "Enter an email address in the correct format, like name@example.com",
        ),
        (
            "contact",
            vec![("email", "a@example.com"), ("phone", "12345")],
            "phone",
            "Enter a UK phone number, like 01632 960 001 or 07700 900 982",
        ),
    ];
    for (page, fields, target, message) in cases {
        let reply = v
            .post_form(&format!("/report-missed-bin/{page}"), &fields)
            .await;
        assert_eq!(reply.status, 422, "{page} {fields:?}");
        let link = format!("<a href=\"#{target}\">{message}</a>");
        assert!(
            reply.body.contains(&link),
            "{page} {fields:?}: summary should contain {link}"
        );
        assert!(
            reply.body.contains(&format!("</span> {message}</p>")),
            "{page}: message by the field"
        );
        for (name, value) in &fields {
            if *page != *"which-bin" && !value.is_empty() && value.len() < 100 {
                assert!(
                    reply.body.contains(&format!("value=\"{value}\"")),
                    "{page}: {name} kept as typed"
                );
            }
        }
    }
    // Today is allowed, as is the edge of the window.
    let (d, m, y) = days_ago(14);
    v.post_form(
        "/report-missed-bin/date",
        &[("date-day", &d), ("date-month", &m), ("date-year", &y)],
    )
    .await
    .redirects_to("/report-missed-bin/more-information");
    server.stop().await;
}

#[tokio::test]
async fn pages_cannot_be_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    v.get("/report-missed-bin/contact")
        .await
        .redirects_to("/report-missed-bin/address");
    v.get("/report-missed-bin/check-answers")
        .await
        .redirects_to("/report-missed-bin/address");
    v.post_form("/report-missed-bin/date", &[("date-day", "1")])
        .await
        .redirects_to("/report-missed-bin/address");
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin");
    v.get("/report-missed-bin/confirmation")
        .await
        .redirects_to("/report-missed-bin");
    assert_eq!(v.get("/report-missed-bin/no-such-page").await.status, 404);
    assert_eq!(v.get("/no-such-service").await.status, 404);
    server.stop().await;
}

#[tokio::test]
async fn change_links_return_to_check_your_answers() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "a@example.com").await;
    let page = v.get("/report-missed-bin/which-bin?change=true").await;
    assert!(page
        .body
        .contains("action=\"/report-missed-bin/which-bin?change=true\""));
    assert!(page
        .body
        .contains("href=\"/report-missed-bin/check-answers\" class=\"govuk-back-link\""));
    assert!(
        page.body.contains("value=\"recycling\" checked"),
        "current answer is selected"
    );
    v.post_form(
        "/report-missed-bin/which-bin?change=true",
        &[("bin", "garden-waste")],
    )
    .await
    .redirects_to("/report-missed-bin/check-answers");
    assert!(v
        .get("/report-missed-bin/check-answers")
        .await
        .body
        .contains("Garden waste"));
    server.stop().await;
}

#[tokio::test]
async fn a_journey_survives_a_server_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let first = TestServer::start(&db).await;
    let mut v = Visitor::new(&first);
    v.post_form(
        "/report-missed-bin/address",
        &[("postcode", "SE1 2QH"), ("address-line-1", "1 High Street")],
    )
    .await;
    v.post_form("/report-missed-bin/which-bin", &[("bin", "rubbish")])
        .await;
    first.stop().await;

    let second = TestServer::start(&db).await;
    let mut v = v.moved_to(&second);
    let page = v.get("/report-missed-bin/date").await;
    assert_eq!(page.status, 200, "the third page is open after the restart");
    let address = v.get("/report-missed-bin/address").await;
    assert_eq!(address.input_value("postcode").as_deref(), Some("SE1 2QH"));
    server_finishes(&mut v).await;
    second.stop().await;
}

async fn server_finishes(v: &mut Visitor) {
    answer_missed_bin(v, "a@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
}

#[tokio::test]
async fn sending_twice_creates_one_request() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "a@example.com").await;
    let token = v.csrf().await;

    // A double click: several submits at once, plain posts and API calls mixed.
    let mut tasks = Vec::new();
    for i in 0..6 {
        let mut visitor = v.twin();
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            if i % 2 == 0 {
                let r = visitor
                    .post_form_raw(
                        "/report-missed-bin/check-answers",
                        &[("csrf_token", &token)],
                    )
                    .await;
                r.redirects_to("/report-missed-bin/confirmation");
                None
            } else {
                let r = visitor
                    .api(
                        "POST",
                        "/api/v1/services/report-missed-bin/draft/submit",
                        None,
                        true,
                    )
                    .await;
                assert!(r.status == 201 || r.status == 200, "{}", r.body);
                Some((
                    r.status,
                    r.json()["reference"].as_str().unwrap().to_string(),
                ))
            }
        }));
    }
    let mut references = Vec::new();
    for t in tasks {
        if let Some(found) = t.await.unwrap() {
            references.push(found);
        }
    }
    let page = v.get("/report-missed-bin/confirmation").await;
    let shown = reference_in(&page.body);
    assert!(
        references.iter().all(|(_, r)| *r == shown),
        "every submit gives the same reference: {references:?} vs {shown}"
    );
    // A retry later is answered with the same request and 200.
    let retry = v
        .api(
            "POST",
            "/api/v1/services/report-missed-bin/draft/submit",
            None,
            true,
        )
        .await;
    assert_eq!(
        (retry.status, retry.json()["reference"].as_str().unwrap()),
        (200, shown.as_str())
    );
    server.stop().await;

    let db = support::open_db(&dir.path().join("db.sqlite")).await;
    assert_eq!(db.count_requests().await.unwrap(), 1);
}
