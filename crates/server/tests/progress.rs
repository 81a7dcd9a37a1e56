//! A request's history as stored: the first entry when it is sent, each move a caseworker makes
//! with its notes kept apart, and moves refused when the request moved first. Runs on SQLite, and
//! on PostgreSQL when FRONTDOOR_TEST_POSTGRES names one.

mod support;

use frontdoor_domain::progress::{RequestStatus, StatusChange};
use frontdoor_domain::{Answers, Reference};
use frontdoor_server::db::{Db, Moved, NewRequest, RESIDENT};
use frontdoor_server::journeys::move_request;
use frontdoor_server::tokens::random_reference;
use support::{answer_missed_bin, database, open_db, reference_in, TestServer, Visitor};

/// Stores a sent request, as submitting a draft does; returns its reference.
async fn send_request(db: &Db, draft: &str) -> String {
    let reference = random_reference();
    let answers = Answers::new();
    let stored = db
        .insert_request(&missed_bin_report(&reference, draft, &answers))
        .await
        .unwrap();
    assert!(stored);
    reference.as_str().to_string()
}

/// A missed-bin report as it is stored when sent.
fn missed_bin_report<'a>(
    reference: &'a Reference,
    draft: &'a str,
    answers: &'a Answers,
) -> NewRequest<'a> {
    NewRequest {
        reference,
        draft_id: draft,
        service_id: "report-missed-bin",
        answers,
        email: "resident@example.com",
        locale: "en-GB",
        submitted_on: "2026-12-01".into(),
        act_by: "2026-12-03".into(),
        acknowledge_by: None,
        acknowledgement: None,
    }
}

fn change(to: RequestStatus, note: &str, staff_note: &str) -> StatusChange {
    StatusChange {
        to,
        note: note.into(),
        staff_note: staff_note.into(),
    }
}

#[tokio::test]
async fn a_sent_request_starts_its_history_and_each_move_is_noted_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir.path().join("db.sqlite")).await;
    let reference = send_request(&db, "draft-1").await;

    let history = db.history(&reference).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(
        (history[0].status, history[0].made_by.as_str()),
        (RequestStatus::Received, RESIDENT)
    );

    // Sending the same draft again stores no second request, and no second entry.
    let again = random_reference();
    let answers = Answers::new();
    db.insert_request(&missed_bin_report(&again, "draft-1", &answers))
        .await
        .unwrap();
    assert!(db.history(again.as_str()).await.unwrap().is_empty());
    assert_eq!(db.history(&reference).await.unwrap().len(), 1);

    let moves = [
        change(RequestStatus::InProgress, "A crew is on its way.", "Crew 4"),
        change(
            RequestStatus::WaitingForResident,
            "Send us a photo of where the bin was left.",
            "",
        ),
    ];
    let mut from = RequestStatus::Received;
    for m in &moves {
        assert_eq!(
            db.move_request(&reference, from, m, "caseworker-7", None)
                .await
                .unwrap(),
            Moved::Done
        );
        from = m.to;
    }
    let summary = db.request_by_reference(&reference).await.unwrap().unwrap();
    assert_eq!(summary.status, RequestStatus::WaitingForResident);

    let history = db.history(&reference).await.unwrap();
    let statuses: Vec<_> = history.iter().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        [
            RequestStatus::WaitingForResident,
            RequestStatus::InProgress,
            RequestStatus::Received
        ]
    );
    assert_eq!(history[1].note, "A crew is on its way.");
    assert_eq!(history[1].staff_note, "Crew 4");
    assert_eq!(history[1].made_by, "caseworker-7");
    assert_eq!(
        history[0].note,
        "Send us a photo of where the bin was left."
    );
    assert!(history[0].made_at >= history[2].made_at);
}

#[tokio::test]
async fn a_move_from_a_status_the_request_has_left_is_refused_and_noted_nowhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir.path().join("db.sqlite")).await;
    let reference = send_request(&db, "draft-2").await;
    let start = change(RequestStatus::InProgress, "", "");
    assert_eq!(
        db.move_request(&reference, RequestStatus::Received, &start, "a", None)
            .await
            .unwrap(),
        Moved::Done
    );
    // A second caseworker still looking at "received" tries to close it.
    let close = change(RequestStatus::Closed, "A duplicate.", "");
    assert_eq!(
        db.move_request(&reference, RequestStatus::Received, &close, "b", None)
            .await
            .unwrap(),
        Moved::StatusChanged(RequestStatus::InProgress)
    );
    assert_eq!(db.history(&reference).await.unwrap().len(), 2);
    assert_eq!(
        db.move_request("NOSUCHREF", RequestStatus::Received, &close, "b", None)
            .await
            .unwrap(),
        Moved::NoSuchRequest
    );
}

#[tokio::test]
async fn two_caseworkers_moving_one_request_at_once_make_one_move() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    // Two servers' pools on one database.
    let (one, two) = (open_db(&path).await, open_db(&path).await);
    let reference = send_request(&one, "draft-3").await;
    let resolve = change(RequestStatus::Resolved, "Collected on Tuesday.", "");
    let close = change(RequestStatus::Closed, "Reported twice.", "");
    let (a, b) = tokio::join!(
        one.move_request(&reference, RequestStatus::Received, &resolve, "a", None),
        two.move_request(&reference, RequestStatus::Received, &close, "b", None),
    );
    // SQLite may refuse the loser outright (the file is locked); either way one move is made.
    let made = [&a, &b]
        .iter()
        .filter(|r| matches!(r, Ok(Moved::Done)))
        .count();
    assert_eq!(made, 1, "{a:?} {b:?}");
    let history = one.history(&reference).await.unwrap();
    assert_eq!(history.len(), 2);
    let now = one.request_by_reference(&reference).await.unwrap().unwrap();
    assert_eq!(now.status, history[0].status);
}

#[tokio::test]
async fn the_resident_follows_each_step_on_the_tracking_page_but_never_staff_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "resident@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    let shown = reference_in(&v.get("/report-missed-bin/confirmation").await.body);
    let reference = Reference::parse(&shown).unwrap();

    let track = [
        ("reference", shown.as_str()),
        ("email", "resident@example.com"),
    ];
    v.post_form("/track", &track).await;
    let page = v.get("/track/request").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("What has happened"));
    assert!(page
        .body
        .contains("<h3 class=\"govuk-heading-s timeline__title\">Received</h3>"));
    assert!(!page.body.contains("govuk-warning-text"), "not overdue");

    // The resident is sent an acknowledgement, queued with the request.
    let db = open_db(&path).await;
    let outbox = db.outbox().await.unwrap();
    assert_eq!(outbox.len(), 1, "{outbox:?}");
    assert_eq!(
        (outbox[0].recipient.as_str(), outbox[0].template.as_str()),
        ("resident@example.com", "request-received")
    );
    let data: serde_json::Value = serde_json::from_str(&outbox[0].data).unwrap();
    assert_eq!(data["reference"], shown);
    assert_eq!(data["locale"], "en-GB");
    assert_eq!(data["link"], "https://frontdoor.example.gov.uk/track");

    // A caseworker asks for something; the note for staff stays with staff.
    let ask = change(
        RequestStatus::WaitingForResident,
        "Tell us which side of the road the bin is on.",
        "Crew could not find it",
    );
    let moved = move_request(
        &server.state,
        &reference,
        RequestStatus::Received,
        &ask,
        "caseworker-1",
    )
    .await
    .unwrap();
    assert_eq!(moved, Moved::Done);
    // ...and the resident is told, with the note for them and not the one for staff.
    let outbox = db.outbox().await.unwrap();
    assert_eq!(outbox.len(), 2);
    assert_eq!(outbox[1].template, "request-moved");
    assert!(outbox[1].data.contains("which side of the road"));
    assert!(!outbox[1].data.contains("Crew could not find it"));
    let page = v.get("/track/request").await;
    let waiting = page
        .body
        .find(">Waiting for you</h3>")
        .expect("the new status");
    let received = page.body.find(">Received</h3>").expect("the first status");
    assert!(waiting < received, "newest first");
    assert!(page
        .body
        .contains("Tell us which side of the road the bin is on."));
    assert!(!page.body.contains("Crew could not find it"));
    assert!(!page.body.contains("caseworker-1"));
    // Each entry has its time, machine-readable too.
    assert!(page.body.contains("<time datetime=\"20"));

    // The API says the same.
    let api = v
        .api(
            "POST",
            "/api/v1/requests/lookup",
            Some(serde_json::json!({"reference": shown, "email": "resident@example.com"})),
            true,
        )
        .await;
    assert_eq!(api.status, 200, "{}", api.body);
    let json = api.json();
    assert_eq!(json["status"], "waiting-for-resident");
    assert_eq!(json["history"][0]["status"], "waiting-for-resident");
    assert_eq!(
        json["history"][0]["note"],
        "Tell us which side of the road the bin is on."
    );
    assert_eq!(json["history"][1]["status"], "received");
    assert!(!api.body.contains("Crew could not find it"));
    assert_eq!(json["overdue"], false);
    // The missed-bin service promises no acknowledgement of its own.
    assert!(json["acknowledge_by"].is_null());

    // Once the date promised has passed, the page says so plainly; not once it is resolved.
    let pool = database(&path).await;
    sqlx::query("UPDATE requests SET act_by = '2020-01-06' WHERE reference = $1")
        .bind(reference.as_str())
        .execute(&pool)
        .await
        .unwrap();
    let page = v.get("/track/request").await;
    assert!(page.body.contains("govuk-warning-text"));
    assert!(page
        .body
        .contains("We have not done this by the date we promised."));
    let done = change(RequestStatus::Resolved, "Collected on Tuesday.", "");
    // A move from a status the request has left is refused, and tells no one.
    let stale = move_request(
        &server.state,
        &reference,
        RequestStatus::Received,
        &done,
        "c",
    )
    .await
    .unwrap();
    assert_eq!(
        stale,
        Moved::StatusChanged(RequestStatus::WaitingForResident)
    );
    assert_eq!(db.outbox().await.unwrap().len(), 2);
    move_request(
        &server.state,
        &reference,
        RequestStatus::WaitingForResident,
        &done,
        "caseworker-1",
    )
    .await
    .unwrap();
    assert_eq!(db.outbox().await.unwrap().len(), 3);
    let page = v.get("/track/request").await;
    assert!(!page.body.contains("govuk-warning-text"));
    assert!(page.body.contains("Collected on Tuesday."));
    server.stop().await;
}

#[tokio::test]
async fn a_complaint_promises_an_acknowledgement_too_and_is_overdue_when_that_date_passes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    let def = server
        .state
        .catalogue
        .service("make-a-complaint")
        .unwrap()
        .clone();
    support::complete_service(&mut v, &def).await;
    let shown = reference_in(&v.get("/make-a-complaint/confirmation").await.body);
    let lookup = |v: &mut Visitor| {
        let body = serde_json::json!({"reference": shown, "email": "resident@example.com"});
        let mut v = v.twin();
        async move {
            v.api("POST", "/api/v1/requests/lookup", Some(body), true)
                .await
                .json()
        }
    };
    let today = frontdoor_domain::calendar::uk_today(time::OffsetDateTime::now_utc());
    let ew = frontdoor_domain::calendar::Nation::EnglandAndWales;
    let found = lookup(&mut v).await;
    assert_eq!(
        found["acknowledge_by"],
        ew.add_working_days(today, 3).to_string()
    );
    assert_eq!(found["act_by"], ew.add_working_days(today, 15).to_string());
    assert_eq!(found["overdue"], false);

    // Not acknowledged by the date promised: overdue, though the date to act is still ahead.
    let reference = Reference::parse(&shown).unwrap();
    sqlx::query("UPDATE requests SET acknowledge_by = '2020-01-06' WHERE reference = $1")
        .bind(reference.as_str())
        .execute(&database(&path).await)
        .await
        .unwrap();
    assert_eq!(lookup(&mut v).await["overdue"], true);
    let acknowledged = change(RequestStatus::Acknowledged, "", "");
    move_request(
        &server.state,
        &reference,
        RequestStatus::Received,
        &acknowledged,
        "caseworker-1",
    )
    .await
    .unwrap();
    assert_eq!(lookup(&mut v).await["overdue"], false);
    server.stop().await;
}
