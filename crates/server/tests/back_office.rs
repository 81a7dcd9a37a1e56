//! The back-office API as a council's CRM or case system uses it: API keys with scopes (made by
//! `frontdoor api-key`), the list of requests filtered and in the order of the promised date, one
//! request in full, moves checked by the same rules as every caseworker's, staff notes, and the
//! resident following it all on the tracking page. Runs on SQLite, and on PostgreSQL when
//! FRONTDOOR_TEST_POSTGRES names one.

mod support;

use std::process::Command;

use frontdoor_domain::back_office::Scope;
use frontdoor_domain::progress::{RequestStatus, StatusChange};
use frontdoor_domain::{Answers, Reference};
use frontdoor_server::db::NewRequest;
use frontdoor_server::tokens::random_reference;
use serde_json::{json, Value};
use support::{
    answer_missed_bin, api_key, at_proof_page, database, fixture, reference_in, Reply, TestServer,
    Visitor, SPD,
};

/// Sends a missed-bin report as a resident; returns its reference as shown.
async fn send_report(v: &mut Visitor) -> String {
    answer_missed_bin(v, "resident@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    reference_in(&v.get("/report-missed-bin/confirmation").await.body)
}

/// A call to the back-office API with this key (or none).
async fn call(
    server: &TestServer,
    method: &str,
    path: &str,
    key: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let http = reqwest::Client::new();
    let mut builder = http.request(
        method.parse().unwrap(),
        format!("{}/api/v1/back-office{path}", server.base),
    );
    if let Some(key) = key {
        builder = builder.header("authorization", format!("Bearer {key}"));
    }
    if let Some(body) = body {
        builder = builder.json(&body);
    }
    let response = builder.send().await.unwrap();
    Reply {
        status: response.status().as_u16(),
        location: None,
        set_cookies: vec![],
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

fn error_code(reply: &Reply) -> String {
    reply.json()["error"]["code"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_key_is_needed_and_its_scopes_limit_what_it_may_do() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let shown = send_report(&mut v).await;
    let reader = api_key(&server, "dashboard", &[Scope::Read]).await;
    let path = format!("/requests/{shown}");

    // No key, a key that is not one, a key of another shape: 401, asking for a bearer token.
    for key in [None, Some("fd_no-such-key"), Some("secret")] {
        let reply = call(&server, "GET", &path, key, None).await;
        assert_eq!(reply.status, 401, "{key:?}");
        assert_eq!(reply.headers["www-authenticate"], "Bearer");
        assert_eq!(error_code(&reply), "unauthorised");
    }

    // A read key reads, but cannot move, note or ask.
    let read = call(&server, "GET", &path, Some(&reader), None).await;
    let http = reqwest::Client::new();
    let lower_case = http
        .get(format!("{}/api/v1/back-office{path}", server.base))
        .header("authorization", format!("bearer {reader}"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        lower_case.status(),
        200,
        "the scheme's case does not matter"
    );
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(read.headers["cache-control"], "no-store");
    assert_eq!(read.json()["status"], "received");
    let change = json!({"from": "received", "to": "in-progress", "note": "", "staff_note": ""});
    for (route, body) in [
        ("status", change.clone()),
        ("notes", json!({"note": "Rang the resident"})),
        (
            "ask-for-information",
            json!({"from": "received", "needed": "A photo"}),
        ),
    ] {
        let refused = call(
            &server,
            "POST",
            &format!("{path}/{route}"),
            Some(&reader),
            Some(body),
        )
        .await;
        assert_eq!(refused.status, 403, "{route}: {}", refused.body);
        assert_eq!(error_code(&refused), "missing-scope");
    }
    assert_eq!(
        call(&server, "GET", &path, Some(&reader), None)
            .await
            .json()["status"],
        "received",
        "nothing moved"
    );

    // A key with update may.
    let writer = api_key(&server, "crm", &[Scope::Read, Scope::Update]).await;
    let moved = call(
        &server,
        "POST",
        &format!("{path}/status"),
        Some(&writer),
        Some(change),
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(moved.json()["status"], "in-progress");

    // A revoked key works no more.
    assert!(server.state.db.revoke_api_key("dashboard").await.unwrap());
    let revoked = call(&server, "GET", &path, Some(&reader), None).await;
    assert_eq!(revoked.status, 401);
    assert_eq!(revoked.headers["www-authenticate"], "Bearer");
    server.stop().await;
}

#[tokio::test]
async fn the_list_is_filtered_by_service_status_and_missed_promises_in_the_order_of_the_promised_date(
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = &server.state.db;
    let key = api_key(&server, "crm", &[Scope::Read]).await;
    // (name, service, act_by, acknowledge_by)
    let requests = [
        ("late-bin", "report-missed-bin", "2020-01-10", None),
        ("late-complaint", "make-a-complaint", "2020-01-05", None),
        ("future-bin", "report-missed-bin", "2999-01-01", None),
        ("resolved-bin", "report-missed-bin", "2020-01-01", None),
        (
            "unacknowledged",
            "make-a-complaint",
            "2999-01-01",
            Some("2020-01-02"),
        ),
    ];
    let answers = Answers::new();
    let mut shown = std::collections::BTreeMap::new();
    for (name, service, act_by, acknowledge_by) in requests {
        let reference = random_reference();
        assert!(db
            .insert_request(&NewRequest {
                reference: &reference,
                draft_id: name,
                service_id: service,
                answers: &answers,
                email: "resident@example.com",
                locale: "en-GB",
                submitted_on: "2019-12-20".into(),
                act_by: act_by.into(),
                acknowledge_by: acknowledge_by.map(String::from),
                acknowledgement: None,
            })
            .await
            .unwrap());
        shown.insert(name, reference);
    }
    // Promised for the same day: the one sent first comes first.
    let pool = database(&path).await;
    for (name, at) in [("future-bin", 2000), ("unacknowledged", 1000)] {
        sqlx::query("UPDATE requests SET submitted_at = $1 WHERE reference = $2")
            .bind(at as i64)
            .bind(shown[name].as_str())
            .execute(&pool)
            .await
            .unwrap();
    }
    let done = StatusChange {
        to: RequestStatus::Resolved,
        note: "Collected".into(),
        staff_note: String::new(),
    };
    db.move_request(
        shown["resolved-bin"].as_str(),
        RequestStatus::Received,
        &done,
        "caseworker-1",
        None,
    )
    .await
    .unwrap();

    let names = |reply: &Reply| -> Vec<&'static str> {
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["requests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let name = shown
                    .iter()
                    .find(|(_, reference)| reference.display() == r["reference"])
                    .map(|(name, _)| *name)
                    .unwrap();
                assert_eq!(
                    r["overdue"],
                    ["late-bin", "late-complaint", "unacknowledged"].contains(&name),
                    "{name}"
                );
                name
            })
            .collect()
    };
    let list = |query: &str| {
        let key = key.clone();
        let server = &server;
        let query = query.to_string();
        async move {
            call(
                server,
                "GET",
                &format!("/requests{query}"),
                Some(&key),
                None,
            )
            .await
        }
    };
    let all = list("").await;
    assert_eq!(
        names(&all),
        [
            "resolved-bin",
            "late-complaint",
            "late-bin",
            "unacknowledged",
            "future-bin"
        ]
    );
    let first = &all.json()["requests"][0];
    assert_eq!(first["service"], "report-missed-bin");
    assert_eq!(first["status"], "resolved");
    assert_eq!(first["submitted_on"], "2019-12-20");
    assert_eq!(first["act_by"], "2020-01-01");
    assert!(first.get("email").is_none(), "no personal data in the list");
    assert_eq!(all.json()["next"], Value::Null);

    assert_eq!(
        names(&list("?service=report-missed-bin").await),
        ["resolved-bin", "late-bin", "future-bin"]
    );
    assert_eq!(names(&list("?status=resolved").await), ["resolved-bin"]);
    assert_eq!(
        names(&list("?overdue=true").await),
        ["late-complaint", "late-bin", "unacknowledged"]
    );
    assert_eq!(
        names(&list("?overdue=false").await),
        ["resolved-bin", "future-bin"]
    );
    assert_eq!(
        names(&list("?service=make-a-complaint&status=received&overdue=true").await),
        ["late-complaint", "unacknowledged"]
    );

    // Page by page, nothing skipped or repeated.
    let mut seen = Vec::new();
    let mut query = "?limit=2".to_string();
    loop {
        let page = list(&query).await;
        let got = names(&page);
        assert!(got.len() <= 2);
        seen.extend(got);
        match page.json()["next"].as_str() {
            Some(next) => query = format!("?limit=2&after={next}"),
            None => break,
        }
    }
    assert_eq!(
        seen,
        [
            "resolved-bin",
            "late-complaint",
            "late-bin",
            "unacknowledged",
            "future-bin"
        ]
    );

    for bad in [
        "?status=done",
        "?overdue=yes",
        "?limit=many",
        "?after=nonsense",
    ] {
        let reply = list(bad).await;
        assert_eq!(reply.status, 400, "{bad}");
        assert_eq!(error_code(&reply), "bad-request");
    }
    server.stop().await;
}

#[tokio::test]
async fn one_request_in_full_has_its_answers_evidence_and_history_with_staff_notes() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let page = format!("{SPD}/proof");
    v.post_files(
        &page,
        &[("upload-files", "proof")],
        &[("proof", "council-tax-bill.pdf", fixture("evidence.pdf"))],
    )
    .await
    .redirects_to(&page);
    v.post_files(&page, &[], &[])
        .await
        .redirects_to(&format!("{SPD}/contact"));
    v.post_form(
        &format!("{SPD}/contact"),
        &[("full-name", "Sam Jones"), ("email", "sam@example.com")],
    )
    .await
    .redirects_to(&format!("{SPD}/check-answers"));
    v.post_form(&format!("{SPD}/check-answers"), &[]).await;
    let shown = reference_in(&v.get(&format!("{SPD}/confirmation")).await.body);
    let key = api_key(&server, "crm", &[Scope::Read, Scope::Update]).await;
    let path = format!("/requests/{shown}");

    let noted = call(
        &server,
        "POST",
        &format!("{path}/notes"),
        Some(&key),
        Some(json!({"note": "  Checked the account: the bill matches. "})),
    )
    .await;
    assert_eq!(noted.status, 201, "{}", noted.body);
    let empty = call(
        &server,
        "POST",
        &format!("{path}/notes"),
        Some(&key),
        Some(json!({"note": " "})),
    )
    .await;
    assert_eq!(empty.status, 422);
    assert_eq!(
        empty.json()["error"]["fields"][0]["message_id"],
        "change-staff-note-error-required"
    );
    let moved = call(
        &server,
        "POST",
        &format!("{path}/status"),
        Some(&key),
        Some(json!({
            "from": "received",
            "to": "in-progress",
            "note": "We are checking your account.",
            "staff_note": "Discount likely"
        })),
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.body);

    let full = call(&server, "GET", &path, Some(&key), None).await;
    assert_eq!(full.status, 200, "{}", full.body);
    let full = full.json();
    assert_eq!(full["reference"], shown);
    assert_eq!(full["service"], "apply-for-a-single-person-discount");
    assert_eq!(full["status"], "in-progress");
    assert_eq!(full["overdue"], false);
    assert_eq!(full["locale"], "en-GB");
    assert_eq!(full["email"], "sam@example.com");
    assert!(full["submitted_on"].is_string() && full["act_by"].is_string());
    assert!(full.get("acknowledge_by").is_some());
    // The answers as stored.
    let answers = full["answers"].to_string();
    assert!(full["answers"].is_object(), "{answers}");
    assert!(
        answers.contains("12345678") && answers.contains("16 Rye Lane"),
        "{answers}"
    );
    let evidence = full["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 1);
    assert_eq!(evidence[0]["name"], "council-tax-bill.pdf");
    assert_eq!(evidence[0]["question"], "proof");
    assert_eq!(evidence[0]["content_type"], "application/pdf");
    assert_eq!(evidence[0]["scan"], "not-scanned");
    assert!(evidence[0]["size"].as_u64().unwrap() > 0);
    let download = call(
        &server,
        "GET",
        &format!("{path}/evidence/{}", evidence[0]["id"].as_str().unwrap()),
        Some(&key),
        None,
    )
    .await;
    assert_eq!(download.status, 200);
    // Newest first: the API's move, then the resident sending it.
    let history = full["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["status"], "in-progress");
    assert_eq!(history[0]["note"], "We are checking your account.");
    assert_eq!(history[0]["staff_note"], "Discount likely");
    assert_eq!(history[0]["made_by"], "api-key:crm");
    assert!(history[0]["at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(history[1]["status"], "received");
    assert_eq!(history[1]["made_by"], "resident");
    let notes = full["staff_notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["note"], "Checked the account: the bill matches.");
    assert_eq!(notes[0]["made_by"], "api-key:crm");

    assert_eq!(
        call(&server, "GET", "/requests/ACE-FHJ-KMN", Some(&key), None)
            .await
            .status,
        404
    );
    server.stop().await;
}

#[tokio::test]
async fn moves_follow_the_shared_rules_and_the_resident_sees_them_without_staff_notes() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let shown = send_report(&mut v).await;
    let key = api_key(&server, "crm", &[Scope::Read, Scope::Update]).await;
    let path = format!("/requests/{shown}");
    let post = |route: &str, body: Value| {
        let (server, key) = (&server, key.clone());
        let route = format!("{path}/{route}");
        async move { call(server, "POST", &route, Some(&key), Some(body)).await }
    };

    // A move the rules refuse: 422, with the rule's own error.
    let back = post("status", json!({"from": "received", "to": "received"})).await;
    assert_eq!(back.status, 422, "{}", back.body);
    let field = &back.json()["error"]["fields"][0];
    assert_eq!(field["field"], "status");
    assert_eq!(field["code"], "not-allowed");
    assert_eq!(field["message_id"], "change-status-error-not-allowed");
    // Asking without saying what is needed: the rule's error for the note.
    let ask_nothing = post("ask-for-information", json!({"from": "received"})).await;
    assert_eq!(ask_nothing.status, 422);
    assert_eq!(
        ask_nothing.json()["error"]["fields"][0]["message_id"],
        "change-note-error-needed"
    );
    let bad = post("status", json!({"from": "nowhere", "to": "in-progress"})).await;
    assert_eq!(bad.status, 400);

    // Asking the resident for information.
    let ask = post(
        "ask-for-information",
        json!({
            "from": "received",
            "needed": "Tell us which side of the road the bin is on.",
            "staff_note": "Crew could not find it"
        }),
    )
    .await;
    assert_eq!(ask.status, 200, "{}", ask.body);
    assert_eq!(ask.json()["status"], "waiting-for-resident");
    assert_eq!(ask.json()["history"][0]["made_by"], "api-key:crm");

    // A move from a status the request has left: 409, and nothing changes.
    let stale = post(
        "status",
        json!({"from": "received", "to": "closed", "note": "A duplicate."}),
    )
    .await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert_eq!(error_code(&stale), "status-changed");
    assert!(stale.body.contains("waiting-for-resident"));
    let now = call(&server, "GET", &path, Some(&key), None).await.json();
    assert_eq!(now["status"], "waiting-for-resident");
    assert_eq!(now["history"].as_array().unwrap().len(), 2);

    // The resident sees the move and the note for them, never staff's note or who made it.
    v.post_form(
        "/track",
        &[
            ("reference", shown.as_str()),
            ("email", "resident@example.com"),
        ],
    )
    .await;
    let page = v.get("/track/request").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(">Waiting for you</h3>"), "{}", page.body);
    assert!(page
        .body
        .contains("Tell us which side of the road the bin is on."));
    assert!(!page.body.contains("Crew could not find it"));
    assert!(!page.body.contains("api-key"));
    // ...and is told by email, without staff's note.
    let outbox = server.state.db.outbox().await.unwrap();
    assert_eq!(outbox.last().unwrap().template, "request-moved");
    assert!(outbox
        .last()
        .unwrap()
        .data
        .contains("which side of the road"));
    assert!(!outbox.last().unwrap().data.contains("Crew could not"));

    assert_eq!(
        post(
            "status",
            json!({"from": "waiting-for-resident", "to": "resolved", "note": "Collected."})
        )
        .await
        .json()["status"],
        "resolved"
    );
    let reference = Reference::parse(&shown).unwrap();
    assert_eq!(
        server.state.db.history(reference.as_str()).await.unwrap()[0].made_by,
        "api-key:crm"
    );
    server.stop().await;
}

/// Runs `frontdoor api-key …` on the database at `url`.
fn frontdoor(url: &str, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .current_dir(support::repo())
        .env("FRONTDOOR_DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[tokio::test]
async fn the_api_key_command_makes_lists_and_revokes_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let url = support::database_url(&path);
    support::create_database(&url).await;

    let (ok, out, err) = frontdoor(&url, &["api-key", "add", "crm-live", "--scope", "read"]);
    assert!(ok, "{out}{err}");
    let keys: Vec<&str> = out.lines().filter(|l| l.starts_with("fd_")).collect();
    assert_eq!(keys.len(), 1, "{out}");
    let key = keys[0].to_string();
    // fd_ and 32 random bytes in base64url.
    assert_eq!(key.len(), 3 + 43);
    assert!(out.contains("shown only once"), "{out}");
    // Only its hash is kept.
    let pool = database(&path).await;
    let stored: String =
        sqlx::query_scalar("SELECT key_hash FROM api_keys WHERE name = 'crm-live'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(stored, frontdoor_server::tokens::hash(&key));
    assert!(!stored.contains(&key[3..]));

    let (ok, _, err) = frontdoor(&url, &["api-key", "add", "crm-live", "--scope", "read"]);
    assert!(!ok && err.contains("exists already"), "{err}");
    let (ok, _, _) = frontdoor(&url, &["api-key", "add", "other", "--scope", "admin"]);
    assert!(!ok, "an unknown scope is refused");

    let server = TestServer::start(&path).await;
    assert_eq!(
        call(&server, "GET", "/requests", Some(&key), None)
            .await
            .status,
        200
    );
    let (ok, out, _) = frontdoor(&url, &["api-key", "list"]);
    assert!(ok);
    let line = out.lines().find(|l| l.starts_with("crm-live")).unwrap();
    assert!(line.contains("read") && line.contains("in use"), "{line}");
    assert!(!out.contains(&key));

    let (ok, out, err) = frontdoor(&url, &["api-key", "revoke", "crm-live"]);
    assert!(ok, "{out}{err}");
    assert_eq!(
        call(&server, "GET", "/requests", Some(&key), None)
            .await
            .status,
        401
    );
    let (_, out, _) = frontdoor(&url, &["api-key", "list"]);
    assert!(out
        .lines()
        .any(|l| l.starts_with("crm-live") && l.contains("revoked")));
    server.stop().await;
}
