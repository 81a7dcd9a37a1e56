//! Work shared by several servers on one database, each with its own connection pool (as two
//! servers have): leases, queue claims and counts of tries. Runs on SQLite, and on PostgreSQL
//! when FRONTDOOR_TEST_POSTGRES names one.

mod support;

use frontdoor_server::db::Limit;
use support::{open_db, TestServer, Visitor};

#[tokio::test]
async fn one_server_at_a_time_holds_a_lease_until_it_runs_out_or_is_given_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let (one, two) = (open_db(&path).await, open_db(&path).await);
    assert!(one.take_lease("sweeper", "one", 600).await.unwrap());
    assert!(!two.take_lease("sweeper", "two", 600).await.unwrap());
    assert!(
        one.take_lease("sweeper", "one", 600).await.unwrap(),
        "renewed"
    );
    one.release_lease("sweeper", "one").await.unwrap();
    assert!(two.take_lease("sweeper", "two", 0).await.unwrap());
    // Two's lease ran out at once (0 seconds), as a dead server's would.
    assert!(one.take_lease("sweeper", "one", 600).await.unwrap());
    // Giving up a lease one does not hold changes nothing.
    two.release_lease("sweeper", "two").await.unwrap();
    assert!(!two.take_lease("sweeper", "two", 600).await.unwrap());
}

#[tokio::test]
async fn queued_messages_are_claimed_by_one_sender_and_reclaimed_when_it_dies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let (one, two) = (open_db(&path).await, open_db(&path).await);
    for n in 0..5 {
        one.queue_message(
            &format!("r{n}@example.com"),
            "save-and-return",
            &serde_json::json!({}),
        )
        .await
        .unwrap();
    }
    // Both claim at once: no message is held by both.
    let (a, b) = tokio::join!(
        one.claim_messages("one", 3, 600),
        two.claim_messages("two", 3, 600)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.len() + b.len(), 5);
    assert!(a.iter().all(|m| b.iter().all(|n| n.id != m.id)));
    assert!(one
        .claim_messages("three", 10, 600)
        .await
        .unwrap()
        .is_empty());

    for m in &a {
        assert!(one.mark_message_sent(m.id, "one").await.unwrap());
    }
    assert!(
        !one.mark_message_sent(a[0].id, "one").await.unwrap(),
        "sent once"
    );
    assert_eq!(one.unsent_messages().await.unwrap(), b.len() as i64);

    // Two dies holding its claim: once the claim runs out another sender takes its messages.
    let dying = b.iter().map(|m| m.id).collect::<Vec<_>>();
    let expired = two.claim_messages("four", 10, 0).await.unwrap();
    assert!(expired.is_empty(), "two's claim still holds");
    let mut retaken = Vec::new();
    // Claims made for 0 seconds run out at once; take two's messages back that way.
    for m in &b {
        sqlx::query("UPDATE outbox SET claimed_until = 0 WHERE id = $1")
            .bind(m.id)
            .execute(&support::database(&path).await)
            .await
            .unwrap();
    }
    for m in one.claim_messages("five", 10, 600).await.unwrap() {
        retaken.push(m.id);
    }
    assert_eq!(retaken, dying);
    for m in &b {
        assert!(
            !two.mark_message_sent(m.id, "two").await.unwrap(),
            "two's claim passed on"
        );
        assert!(one.mark_message_sent(m.id, "five").await.unwrap());
    }
    assert_eq!(one.unsent_messages().await.unwrap(), 0);
}

#[tokio::test]
async fn tries_are_counted_for_every_server_alike() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let (one, two) = (open_db(&path).await, open_db(&path).await);
    let limit = Limit {
        attempts: 3,
        window: 600,
    };
    assert!(one.count_attempt("k", limit).await.unwrap());
    assert!(two.count_attempt("k", limit).await.unwrap());
    assert!(one.attempts_left("k", limit).await.unwrap());
    assert!(two.count_attempt("k", limit).await.unwrap());
    assert!(!one.attempts_left("k", limit).await.unwrap());
    assert!(!one.count_attempt("k", limit).await.unwrap());
    assert!(two.attempts_left("other", limit).await.unwrap());
    // A closed window starts the count again.
    let closed = Limit {
        attempts: 3,
        window: 0,
    };
    assert!(one.count_attempt("k", closed).await.unwrap());
}

#[tokio::test]
async fn wrong_tracking_lookups_on_one_server_count_on_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let a = TestServer::start(&path).await;
    let b = TestServer::start(&path).await;
    let mut v = Visitor::new(&a);
    let unknown = frontdoor_server::tokens::random_reference().display();
    for _ in 0..10 {
        let wrong = v
            .post_form(
                "/track",
                &[("reference", &unknown), ("email", "nobody@example.com")],
            )
            .await;
        assert_eq!(wrong.status, 422, "{}", wrong.body);
    }
    let mut v = v.moved_to(&b);
    let refused = v
        .post_form(
            "/track",
            &[("reference", &unknown), ("email", "nobody@example.com")],
        )
        .await;
    assert_eq!(refused.status, 429);
    assert!(refused
        .body
        .contains(&support::message("en-GB", "too-many-requests-title")));
    // The API says the same.
    let api = v
        .api(
            "POST",
            "/api/v1/requests/lookup",
            Some(serde_json::json!({"reference": unknown, "email": "nobody@example.com"})),
            true,
        )
        .await;
    assert_eq!(api.status, 429);
    assert_eq!(api.json()["error"]["code"], "too-many-requests");
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn one_reference_takes_twenty_wrong_lookups_an_hour_from_all_sessions_together() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let target = frontdoor_server::tokens::random_reference().display();
    let other = frontdoor_server::tokens::random_reference().display();
    let email = "guess@example.com";
    for _ in 0..2 {
        let mut v = Visitor::new(&server);
        for _ in 0..10 {
            let wrong = v
                .post_form("/track", &[("reference", &target), ("email", email)])
                .await;
            assert_eq!(wrong.status, 422);
        }
    }
    let mut fresh = Visitor::new(&server);
    let refused = fresh
        .post_form("/track", &[("reference", &target), ("email", email)])
        .await;
    assert_eq!(refused.status, 429, "this reference has had its tries");
    let allowed = fresh
        .post_form("/track", &[("reference", &other), ("email", email)])
        .await;
    assert_eq!(allowed.status, 422, "another reference is still looked up");
    server.stop().await;
}

#[tokio::test]
async fn wrong_access_codes_are_limited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let a = TestServer::start(&path).await;
    let b = TestServer::start(&path).await;
    let mut guesser = Visitor::new(&a);
    for _ in 0..10 {
        let code = frontdoor_server::tokens::random_reference().display();
        let wrong = guesser.post_form("/return", &[("code", &code)]).await;
        assert_eq!(wrong.status, 422, "{}", wrong.body);
    }
    let mut guesser = guesser.moved_to(&b);
    let code = frontdoor_server::tokens::random_reference().display();
    let refused = guesser.post_form("/return", &[("code", &code)]).await;
    assert_eq!(refused.status, 429);
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn tries_sent_all_at_once_are_counted_all_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let csrf = v.csrf().await;
    let cookie = v.cookie_header();
    let http = reqwest::Client::new();
    let tries = (0..16).map(|_| {
        let reference = frontdoor_server::tokens::random_reference().display();
        http.post(format!("{}/api/v1/requests/lookup", server.base))
            .header("cookie", cookie.clone())
            .header("x-csrf-token", csrf.clone())
            .json(&serde_json::json!({"reference": reference, "email": "all@example.com"}))
            .send()
    });
    let statuses: Vec<u16> = futures::future::join_all(tries)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 404).count(),
        10,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        6,
        "{statuses:?}"
    );
    server.stop().await;
}
