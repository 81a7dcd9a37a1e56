//! The smallest axum server, as a yardstick for the benchmark: `cargo run --release --example hello -- 127.0.0.1:3901`.

#[tokio::main]
async fn main() {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3901".to_string());
    let app = axum::Router::new().route("/", axum::routing::get(|| async { "Hello, World!" }));
    let listener = tokio::net::TcpListener::bind(&address)
        .await
        .expect("address is free");
    axum::serve(listener, app).await.expect("server runs");
}
