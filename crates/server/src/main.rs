use frontdoor_server::commands;
use frontdoor_server::config::Config;
use tracing_subscriber::EnvFilter;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    // FRONTDOOR_LOG_FORMAT=json: one JSON object a line, for a platform's log collector.
    if std::env::var("FRONTDOOR_LOG_FORMAT").as_deref() == Ok("json") {
        tracing_subscriber::fmt()
            .json()
            .with_env_filter(filter)
            .init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    let config = Config::from_env();

    // Commands besides serving (crate::commands); with none, serve.
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => std::process::exit(commands::check(&config)),
        Some("check-translations") => std::process::exit(commands::check_translations(&config)),
        Some("api-key") => std::process::exit(commands::api_key(&config, &args[1..]).await),
        Some("staff") => std::process::exit(commands::staff(&config, &args[1..]).await),
        _ => {}
    }

    let address = config.address;
    let metrics_address = config.metrics_address;
    if metrics_address.is_some() {
        frontdoor_server::ops::metrics_handle();
    }
    let state = match frontdoor_server::start(config).await {
        Ok(state) => state,
        Err(e) => {
            eprintln!("Frontdoor cannot start: {e}");
            std::process::exit(1);
        }
    };
    if let Some(metrics_address) = metrics_address {
        let listener = tokio::net::TcpListener::bind(metrics_address)
            .await
            .expect("cannot listen on FRONTDOOR_METRICS_ADDRESS");
        let handle = frontdoor_server::ops::metrics_handle();
        frontdoor_server::ops::start_upkeep(handle.clone());
        let metrics = frontdoor_server::ops::metrics_router(handle);
        tokio::spawn(async move { axum::serve(listener, metrics).await });
        tracing::info!("metrics on http://{metrics_address}/metrics");
    }
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .expect("cannot listen on FRONTDOOR_ADDRESS");
    tracing::info!("Frontdoor is serving on http://{address}");
    frontdoor_server::serve(state, listener, stop_signal())
        .await
        .expect("server error");
}

/// SIGTERM (a platform replacing the server) or Ctrl-C.
async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
