//! What load balancers and platforms ask of a server: liveness and readiness, metrics, and a
//! graceful stop that lets an upload in flight finish.

mod support;

use std::time::Duration;

use support::{at_proof_page, create_upload, TestServer, Visitor};

#[tokio::test]
async fn alive_and_ready_are_answered_without_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let alive = v.get("/healthz").await;
    assert_eq!((alive.status, alive.body.as_str()), (200, "ok"));
    assert!(
        alive.set_cookies.is_empty(),
        "no session is made for a probe"
    );
    let ready = v.get("/readyz").await;
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready"));
    server.stop().await;
}

#[tokio::test]
async fn not_ready_when_the_evidence_store_cannot_be_reached() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = support::config(
        &dir.path().join("db.sqlite"),
        &support::repo().join("services"),
    );
    // Nothing listens on port 9: the store does not answer.
    std::env::set_var("AWS_ENDPOINT", "http://127.0.0.1:9");
    std::env::set_var("AWS_ALLOW_HTTP", "true");
    std::env::set_var("AWS_ACCESS_KEY_ID", "test");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "test");
    std::env::set_var("AWS_REGION", "eu-west-2");
    config.evidence_store = "s3://nowhere/frontdoor".into();
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    assert_eq!(v.get("/healthz").await.status, 200);
    let ready = v.get("/readyz").await;
    assert_eq!((ready.status, ready.body.as_str()), (503, "not ready"));
    server.stop().await;
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status_on_their_own_address() {
    let handle = frontdoor_server::ops::metrics_handle();
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    v.get("/report-missed-bin/address").await;
    v.get("/report-missed-bin/no-such-page").await;
    at_proof_page(&mut v, "no").await;
    v.post_files(
        &format!("{}/proof", support::SPD),
        &[],
        &[("proof", "bill.pdf", support::fixture("evidence.pdf"))],
    )
    .await;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, frontdoor_server::ops::metrics_router(handle)).await
    });
    let text = reqwest::get(format!("http://{address}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.starts_with(needle))
            .unwrap_or_else(|| panic!("no {needle} in\n{text}"))
            .to_string()
    };
    // Route patterns, never paths with ids or answers in them.
    let shown = line(
        "frontdoor_http_requests_total{route=\"/{service}/{page}\",method=\"GET\",status=\"200\"}",
    );
    let count: f64 = shown.rsplit(' ').next().unwrap().parse().unwrap();
    assert!(count >= 1.0, "{shown}");
    line(
        "frontdoor_http_requests_total{route=\"/{service}/{page}\",method=\"GET\",status=\"404\"}",
    );
    line(
        "frontdoor_http_requests_total{route=\"/{service}/{page}\",method=\"POST\",status=\"303\"}",
    );
    line("frontdoor_http_request_duration_seconds_bucket{route=\"/{service}/{page}\"");
    line("frontdoor_uploads_total{outcome=\"kept\"}");
    assert!(!text.contains("no-such-page"));
    // The metrics are not on the residents' address.
    assert_eq!(v.get("/metrics").await.status, 404);
    server.stop().await;
}

#[tokio::test]
async fn a_stopping_server_finishes_the_upload_in_flight_and_takes_no_new_connections() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let pdf = support::fixture("evidence.pdf");
    let created = create_upload(&mut v, "bill.pdf", pdf.len()).await;
    let location = created.headers["location"].to_str().unwrap().to_string();
    let csrf = v.csrf().await;

    // A slow PATCH: half the file, a pause, then the rest.
    let (first, rest) = pdf.split_at(pdf.len() / 2);
    let (first, rest) = (first.to_vec(), rest.to_vec());
    let body = futures::stream::unfold(0, move |step| {
        let (first, rest) = (first.clone(), rest.clone());
        async move {
            match step {
                0 => Some((Ok::<_, std::io::Error>(first), 1)),
                1 => {
                    tokio::time::sleep(Duration::from_millis(800)).await;
                    Some((Ok(rest), 2))
                }
                _ => None,
            }
        }
    });
    let patch = reqwest::Client::new()
        .patch(format!("{}{location}", v.base))
        .header("cookie", v.cookie_header())
        .header("x-csrf-token", csrf)
        .header("tus-resumable", "1.0.0")
        .header("upload-offset", "0")
        .header("content-type", "application/offset+octet-stream")
        .header("content-length", pdf.len().to_string())
        .body(reqwest::Body::wrap_stream(body))
        .send();
    let in_flight = tokio::spawn(patch);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let base = server.base.clone();
    let stopping = tokio::spawn(server.stop());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        reqwest::get(format!("{base}/healthz")).await.is_err(),
        "a stopping server takes no new connections"
    );
    let finished = in_flight
        .await
        .unwrap()
        .expect("the upload in flight is answered");
    assert_eq!(finished.status(), 204);
    stopping.await.unwrap();

    // Started again, the file is there.
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = v.moved_to(&server);
    assert!(v
        .get(&format!("{}/proof", support::SPD))
        .await
        .body
        .contains("bill.pdf"));
    server.stop().await;
}
