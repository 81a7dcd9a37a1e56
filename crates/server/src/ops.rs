//! What load balancers and platforms ask of a server: `/healthz` (the process answers),
//! `/readyz` (the database and evidence store answer too), and Prometheus metrics on an address
//! of their own: requests by route and status, their latency, uploads and queue depth.

use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::state::AppState;

/// Seconds: the buckets of the latency histogram.
const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// Alive: the process answers. Nothing else is asked, so a slow database never gets a server
/// restarted.
pub async fn healthz() -> &'static str {
    "ok"
}

/// How long readiness waits for the database or the store.
const READY_WITHIN: Duration = Duration::from_secs(2);

/// Ready for residents: the database and the evidence store answer, each within two seconds.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let late = |what: &str| format!("{what} did not answer within {READY_WITHIN:?}");
    let (database, store) = tokio::join!(
        tokio::time::timeout(READY_WITHIN, state.db.ping()),
        tokio::time::timeout(READY_WITHIN, state.evidence.ping())
    );
    let database = database
        .map_err(|_| late("the database"))
        .and_then(|r| r.map_err(|e| e.to_string()));
    let store = store
        .map_err(|_| late("the evidence store"))
        .and_then(|r| r.map_err(|e| e.to_string()));
    match (database, store) {
        (Ok(()), Ok(())) => "ready".into_response(),
        (database, store) => {
            if let Err(e) = &database {
                tracing::warn!(error = %e, "not ready: the database does not answer");
            }
            if let Err(e) = &store {
                tracing::warn!(error = %e, "not ready: the evidence store does not answer");
            }
            (StatusCode::SERVICE_UNAVAILABLE, "not ready").into_response()
        }
    }
}

/// Counts every request by route pattern (never the path itself, which holds ids) and status,
/// and times it.
pub async fn count_requests(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "other".into());
    // The standard methods by name; anything else a client makes up counts as one.
    let method = match request.method().as_str() {
        m @ ("GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS") => m,
        _ => "other",
    }
    .to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let labels = [
        ("route", route),
        ("method", method),
        ("status", response.status().as_u16().to_string()),
    ];
    metrics::counter!("frontdoor_http_requests_total", &labels).increment(1);
    metrics::histogram!("frontdoor_http_request_duration_seconds", &labels)
        .record(started.elapsed().as_secs_f64());
    response
}

/// Records what became of a finished upload: "kept" or "refused".
pub fn count_upload(outcome: &'static str) {
    metrics::counter!("frontdoor_uploads_total", "outcome" => outcome).increment(1);
}

/// Sets the number of messages waiting in the outbox.
pub fn set_queue_depth(queue: &'static str, depth: i64) {
    metrics::gauge!("frontdoor_queue_depth", "queue" => queue).set(depth as f64);
}

/// Installs the metrics recorder for this process. Called once; later calls get the same handle.
pub fn metrics_handle() -> PrometheusHandle {
    static HANDLE: std::sync::OnceLock<PrometheusHandle> = std::sync::OnceLock::new();
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("frontdoor_http_request_duration_seconds".into()),
                    &LATENCY_BUCKETS,
                )
                .expect("buckets are not empty")
                .install_recorder()
                .expect("one metrics recorder per process")
        })
        .clone()
}

/// Keeps the recorder's memory flat when nobody scrapes for a while.
pub fn start_upkeep(handle: PrometheusHandle) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            handle.run_upkeep();
        }
    });
}

/// The metrics address's one route.
pub fn metrics_router(handle: PrometheusHandle) -> Router {
    Router::new().route(
        "/metrics",
        get(move || {
            let handle = handle.clone();
            async move { handle.render() }
        }),
    )
}
