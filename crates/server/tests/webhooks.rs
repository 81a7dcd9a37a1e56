//! Webhooks to a council's CRM, as its receiver sees them: each checked with the Standard Webhooks
//! reference library (`standardwebhooks`), tried again after a failure with the same id, kept as
//! failed after the last try, and delivered once with several servers on one database. Runs on
//! SQLite, and on PostgreSQL when FRONTDOOR_TEST_POSTGRES names one.

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64::Engine;
use frontdoor_domain::progress::{RequestStatus, StatusChange};
use frontdoor_domain::Reference;
use frontdoor_server::journeys::move_request;
use frontdoor_server::webhooks::{send_due, TRIES};
use serde_json::Value;
use support::{answer_missed_bin, database, reference_in, repo, TestServer, Visitor};

/// What the receiver was sent, in order.
#[derive(Clone, Default)]
struct Received {
    deliveries: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    /// How many of the first deliveries to refuse with a 500.
    refuse_first: usize,
}

impl Received {
    fn all(&self) -> Vec<(HeaderMap, Bytes)> {
        self.deliveries.lock().unwrap().clone()
    }
}

async fn receive(State(received): State<Received>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let mut all = received.deliveries.lock().unwrap();
    all.push((headers, body));
    if all.len() <= received.refuse_first {
        StatusCode::INTERNAL_SERVER_ERROR
    } else {
        StatusCode::NO_CONTENT
    }
}

/// The council's receiver on a loopback port; returns its URL.
async fn start_receiver(received: Received) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/frontdoor-events", listener.local_addr().unwrap());
    let app = axum::Router::new()
        .route("/frontdoor-events", post(receive))
        .with_state(received);
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn new_secret() -> String {
    let bytes: [u8; 32] = std::array::from_fn(|i| (i as u8).wrapping_mul(37).wrapping_add(11));
    format!(
        "whsec_{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

fn config_for(path: &std::path::Path, url: &str, secret: &str) -> frontdoor_server::config::Config {
    let mut config = support::config(path, &repo().join("services"));
    config.webhook_url = Some(url.to_string());
    config.webhook_secret = Some(secret.to_string());
    // A short first wait, so the retry comes within the test.
    config.webhook_retry_seconds = 1;
    config
}

async fn send_report(v: &mut Visitor) -> String {
    answer_missed_bin(v, "resident@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    reference_in(&v.get("/report-missed-bin/confirmation").await.body)
}

/// Waits (briefly, checking often) until `done` holds.
async fn wait_for(what: &str, seconds: u64, mut done: impl AsyncFnMut() -> bool) {
    let start = Instant::now();
    while !done().await {
        assert!(
            start.elapsed() < Duration::from_secs(seconds),
            "waited {seconds}s for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn verify(secret: &str, headers: &HeaderMap, body: &[u8]) -> Result<(), String> {
    standardwebhooks::Webhook::new(secret)
        .unwrap()
        .verify(body, headers)
        .map_err(|e| e.to_string())
}

#[tokio::test]
async fn deliveries_are_signed_tried_again_after_a_failure_and_tell_of_new_requests_and_moves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let received = Received {
        refuse_first: 1,
        ..Received::default()
    };
    let url = start_receiver(received.clone()).await;
    let secret = new_secret();
    let server = TestServer::start_with(config_for(&path, &url, &secret)).await;
    let mut v = Visitor::new(&server);
    let shown = send_report(&mut v).await;

    // Queued with the request.
    let queued = server.state.db.webhook_deliveries().await.unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].event_type, "request.created");

    // The receiver fails the first try: kept to try again later, not at once.
    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    assert_eq!(received.all().len(), 1);
    let record = &server.state.db.webhook_deliveries().await.unwrap()[0];
    assert_eq!(record.attempts, 1);
    assert!(record.delivered_at.is_none() && record.failed_at.is_none());
    assert!(record.last_error.as_deref().unwrap().contains("500"));
    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    assert_eq!(received.all().len(), 1, "waits before trying again");

    // After the wait it is tried again, and taken.
    let state = server.state.clone();
    wait_for("the second try", 10, async || {
        send_due(&state).await.unwrap() == 1
    })
    .await;
    let all = received.all();
    assert_eq!(all.len(), 2);
    for (headers, body) in &all {
        assert_eq!(verify(&secret, headers, body), Ok(()));
        assert!(headers["webhook-id"].to_str().unwrap().starts_with("msg_"));
        assert_eq!(headers["content-type"], "application/json");
    }
    assert_eq!(
        all[0].0["webhook-id"], all[1].0["webhook-id"],
        "a try again has the same id"
    );
    // A changed body, or another secret, does not verify.
    let tampered = String::from_utf8(all[1].1.to_vec())
        .unwrap()
        .replace("received", "resolved");
    assert!(verify(&secret, &all[1].0, tampered.as_bytes()).is_err());
    assert!(verify(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        &all[1].0,
        &all[1].1
    )
    .is_err());

    let event: Value = serde_json::from_slice(&all[1].1).unwrap();
    assert_eq!(event["type"], "request.created");
    assert_eq!(event["data"]["reference"], shown);
    assert_eq!(event["data"]["service"], "report-missed-bin");
    assert_eq!(event["data"]["status"], "received");
    let timestamp = event["timestamp"].as_str().unwrap();
    assert!(
        timestamp.len() == 20 && timestamp.ends_with('Z') && timestamp.as_bytes()[10] == b'T',
        "{timestamp}"
    );
    // Nothing personal: no address, email or answers.
    let text = String::from_utf8_lossy(&all[1].1);
    assert!(!text.contains("resident@example.com") && !text.contains("High Street"));
    assert_eq!(event["data"].as_object().unwrap().len(), 3);
    let record = &server.state.db.webhook_deliveries().await.unwrap()[0];
    assert!(record.delivered_at.is_some());
    assert_eq!(record.attempts, 2);

    // A move is told of too, queued with it.
    let ask = StatusChange {
        to: RequestStatus::WaitingForResident,
        note: "Which side of the road?".into(),
        staff_note: "Crew could not find it".into(),
    };
    let reference = Reference::parse(&shown).unwrap();
    move_request(
        &server.state,
        &reference,
        RequestStatus::Received,
        &ask,
        "caseworker-1",
    )
    .await
    .unwrap();
    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    let all = received.all();
    assert_eq!(all.len(), 3);
    assert_eq!(verify(&secret, &all[2].0, &all[2].1), Ok(()));
    assert_ne!(all[2].0["webhook-id"], all[1].0["webhook-id"]);
    let event: Value = serde_json::from_slice(&all[2].1).unwrap();
    assert_eq!(event["type"], "request.status_changed");
    assert_eq!(event["data"]["reference"], shown);
    assert_eq!(event["data"]["status"], "waiting-for-resident");
    assert!(!String::from_utf8_lossy(&all[2].1).contains("Which side"));
    assert_eq!(send_due(&server.state).await.unwrap(), 0, "sent once");

    // The resident's answer on the tracking page is told of too, queued with it.
    v.post_form(
        "/track",
        &[("reference", &shown), ("email", "resident@example.com")],
    )
    .await
    .redirects_to("/track/request");
    v.post_files("/track/request", &[("reply", "The north side.")], &[])
        .await
        .redirects_to("/track/request");
    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    let all = received.all();
    assert_eq!(verify(&secret, &all[3].0, &all[3].1), Ok(()));
    let event: Value = serde_json::from_slice(&all[3].1).unwrap();
    assert_eq!(event["type"], "request.resident_replied");
    assert_eq!(event["data"]["reference"], shown);
    assert_eq!(event["data"]["status"], "in-progress");
    assert!(!String::from_utf8_lossy(&all[3].1).contains("north side"));
    server.stop().await;
}

#[tokio::test]
async fn a_delivery_never_taken_is_kept_as_failed_after_the_last_try() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let received = Received {
        refuse_first: usize::MAX,
        ..Received::default()
    };
    let url = start_receiver(received.clone()).await;
    let server = TestServer::start_with(config_for(&path, &url, &new_secret())).await;
    let mut v = Visitor::new(&server);
    send_report(&mut v).await;

    // The waits grow: a second, then two, then four...
    let pool = database(&path).await;
    let mut waits = Vec::new();
    for tries in 1..TRIES {
        sqlx::query("UPDATE webhook_deliveries SET claimed_until = 0")
            .execute(&pool)
            .await
            .unwrap();
        let before = frontdoor_server::db::now();
        assert_eq!(send_due(&server.state).await.unwrap(), 0);
        let record = &server.state.db.webhook_deliveries().await.unwrap()[0];
        assert_eq!(record.attempts, tries);
        assert!(record.failed_at.is_none());
        waits.push(record.claimed_until - before);
        if tries == 3 {
            break;
        }
    }
    assert!(
        waits[0] >= 1 && waits[1] >= 2 && waits[1] <= 3 && waits[2] >= 4 && waits[2] <= 5,
        "{waits:?}"
    );

    // The last try: kept as failed, with the receiver's answer, and never tried again.
    sqlx::query("UPDATE webhook_deliveries SET attempts = $1, claimed_until = 0")
        .bind(TRIES - 1)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    let record = &server.state.db.webhook_deliveries().await.unwrap()[0];
    assert_eq!(record.attempts, TRIES);
    assert!(record.failed_at.is_some());
    assert!(record.last_error.as_deref().unwrap().contains("500"));
    let tried = received.all().len();
    sqlx::query("UPDATE webhook_deliveries SET claimed_until = 0")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    assert_eq!(received.all().len(), tried, "never tried again");
    assert_eq!(server.state.db.undelivered_webhooks().await.unwrap(), 0);
    server.stop().await;
}

#[tokio::test]
async fn without_a_webhook_url_nothing_is_queued_and_a_bad_secret_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    send_report(&mut v).await;
    assert!(server
        .state
        .db
        .webhook_deliveries()
        .await
        .unwrap()
        .is_empty());
    server.stop().await;

    for secret in ["not-whsec", "whsec_***"] {
        let config = config_for(&path, "http://127.0.0.1:9/hook", secret);
        let Err(e) = frontdoor_server::start(config).await else {
            panic!("started with the secret {secret}");
        };
        assert!(e.to_string().contains("FRONTDOOR_WEBHOOK_SECRET"), "{e}");
    }
}

#[tokio::test]
async fn servers_sharing_a_database_deliver_each_webhook_once_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let received = Received::default();
    let url = start_receiver(received.clone()).await;
    let secret = new_secret();
    let mut config = config_for(&path, &url, &secret);
    config.send_webhooks = true;
    let one = TestServer::start_with(config.clone()).await;
    let two = TestServer::start_with(config).await;
    let mut references = Vec::new();
    for server in [&one, &two, &one] {
        let mut v = Visitor::new(server);
        references.push(send_report(&mut v).await);
    }
    wait_for("three deliveries", 20, async || received.all().len() >= 3).await;
    let all = received.all();
    assert_eq!(all.len(), 3);
    let mut delivered: Vec<String> = all
        .iter()
        .map(|(headers, body)| {
            assert_eq!(verify(&secret, headers, body), Ok(()));
            let event: Value = serde_json::from_slice(body).unwrap();
            event["data"]["reference"].as_str().unwrap().to_string()
        })
        .collect();
    delivered.sort();
    references.sort();
    assert_eq!(delivered, references);
    one.stop().await;
    two.stop().await;
}
