use frontdoor_server::catalogue::Catalogue;
use frontdoor_server::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let config = Config::from_env();

    // `frontdoor check`: check every service definition and its messages, then stop.
    if std::env::args().nth(1).as_deref() == Some("check") {
        match Catalogue::load(&config.services_dir, &config.locales_dir) {
            Ok(c) => println!("{} service definitions are valid", c.services().len()),
            Err(problems) => {
                for p in problems {
                    eprintln!("{p}");
                }
                std::process::exit(1);
            }
        }
        return;
    }

    let address = config.address;
    let state = match frontdoor_server::start(config).await {
        Ok(state) => state,
        Err(e) => {
            eprintln!("Frontdoor cannot start: {e}");
            std::process::exit(1);
        }
    };
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .expect("cannot listen on FRONTDOOR_ADDRESS");
    tracing::info!("Frontdoor is serving on http://{address}");
    axum::serve(listener, frontdoor_server::router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .expect("server error");
}
