//! A request's history as stored: the first entry when it is sent, each move a caseworker makes
//! with its notes kept apart, and moves refused when the request moved first. Runs on SQLite, and
//! on PostgreSQL when FRONTDOOR_TEST_POSTGRES names one.

mod support;

use frontdoor_domain::progress::{RequestStatus, StatusChange};
use frontdoor_domain::Answers;
use frontdoor_server::db::{Db, Moved, NewRequest, RESIDENT};
use frontdoor_server::tokens::random_reference;
use support::open_db;

/// Stores a sent request, as submitting a draft does; returns its reference.
async fn send_request(db: &Db, draft: &str) -> String {
    let reference = random_reference();
    let stored = db
        .insert_request(&NewRequest {
            reference: &reference,
            draft_id: draft,
            service_id: "report-missed-bin",
            answers: &Answers::new(),
            email: "resident@example.com",
            locale: "en-GB",
            submitted_on: "2026-12-01".into(),
            act_by: "2026-12-03".into(),
        })
        .await
        .unwrap();
    assert!(stored);
    reference.as_str().to_string()
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
    let repeat = NewRequest {
        reference: &again,
        draft_id: "draft-1",
        service_id: "report-missed-bin",
        answers: &Answers::new(),
        email: "resident@example.com",
        locale: "en-GB",
        submitted_on: "2026-12-01".into(),
        act_by: "2026-12-03".into(),
    };
    db.insert_request(&repeat).await.unwrap();
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
            db.move_request(&reference, from, m, "caseworker-7")
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
        db.move_request(&reference, RequestStatus::Received, &start, "a")
            .await
            .unwrap(),
        Moved::Done
    );
    // A second caseworker still looking at "received" tries to close it.
    let close = change(RequestStatus::Closed, "A duplicate.", "");
    assert_eq!(
        db.move_request(&reference, RequestStatus::Received, &close, "b")
            .await
            .unwrap(),
        Moved::StatusChanged(RequestStatus::InProgress)
    );
    assert_eq!(db.history(&reference).await.unwrap().len(), 2);
    assert_eq!(
        db.move_request("NOSUCHREF", RequestStatus::Received, &close, "b")
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
        one.move_request(&reference, RequestStatus::Received, &resolve, "a"),
        two.move_request(&reference, RequestStatus::Received, &close, "b"),
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
