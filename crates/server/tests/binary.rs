//! The `frontdoor` program as a platform runs it: JSON logs when asked, metrics on their own
//! address, and a clean stop on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn free_address() -> String {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_program_logs_json_serves_metrics_apart_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (address, metrics) = (free_address(), free_address());
    let mut program = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .current_dir(&repo)
        .env("FRONTDOOR_ADDRESS", &address)
        .env("FRONTDOOR_METRICS_ADDRESS", &metrics)
        .env(
            "FRONTDOOR_DATABASE_URL",
            format!("sqlite://{}/db.sqlite", dir.path().display()),
        )
        .env("FRONTDOOR_EVIDENCE_STORE", dir.path().join("evidence"))
        .env("FRONTDOOR_UPLOAD_DIR", dir.path().join("uploads"))
        .env("FRONTDOOR_ASSETS_DIR", dir.path().join("no-app"))
        .env("FRONTDOOR_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let http = reqwest::Client::new();
    let started = Instant::now();
    while http
        .get(format!("http://{address}/healthz"))
        .send()
        .await
        .is_err()
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the program starts"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        http.get(format!("http://{address}/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let text = http
        .get(format!("http://{metrics}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains("frontdoor_http_requests_total{route=\"/readyz\""),
        "{text}"
    );

    let pid = program.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let stopped = Instant::now();
    let status = loop {
        if let Some(status) = program.try_wait().unwrap() {
            break status;
        }
        assert!(
            stopped.elapsed() < Duration::from_secs(10),
            "stops on SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "{status}");

    // Every line it logged is one JSON object with a message.
    let lines: Vec<String> = BufReader::new(program.stdout.take().unwrap())
        .lines()
        .map(Result::unwrap)
        .collect();
    assert!(lines.len() >= 2, "{lines:?}");
    for line in &lines {
        let entry: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        assert!(entry["fields"]["message"].is_string(), "{line}");
    }
    assert!(lines
        .iter()
        .any(|l| l.contains("finishing the requests in flight")));
}
