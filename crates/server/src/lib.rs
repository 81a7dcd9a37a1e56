//! Frontdoor's HTTP server: a thin layer over frontdoor-domain. It renders pages, takes plain
//! form posts, serves the REST API and the built browser app.

pub mod accounts;
pub mod addresses;
pub mod api;
pub mod assets;
pub mod background;
pub mod casework;
pub mod catalogue;
pub mod commands;
pub mod config;
pub mod db;
pub mod error;
pub mod evidence;
pub mod forms;
pub mod identity_provider;
pub mod intake;
pub mod journeys;
pub mod limits;
pub mod loaders;
pub mod locale;
pub mod mail;
pub mod ops;
pub mod page_error;
pub mod pages;
pub mod render;
pub mod save_and_return;
pub mod security;
pub mod session;
pub mod shared_pages;
pub mod state;
pub mod tokens;
pub mod translations;
pub mod uploads;
pub mod webhooks;

use std::sync::Arc;

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, VARY};
use axum::http::HeaderValue;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Router};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use frontdoor_domain::Route;

use crate::assets::Assets;
use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::db::Db;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("service definitions are not valid:\n  {}", .0.join("\n  "))]
    Definitions(Vec<String>),
    #[error("evidence: {0}")]
    Evidence(String),
    #[error("address lookup: {0}")]
    Addresses(String),
    #[error("mail: {0}")]
    Mail(String),
    #[error("webhooks: {0}")]
    Webhooks(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("saved answers: {0}")]
    Upgrade(#[from] db::answers_upgrade::UpgradeError),
}

/// Loads everything the server needs. Refuses to start on an invalid service definition.
pub async fn start(config: Config) -> Result<AppState, StartError> {
    render::init_executor();
    let catalogue = Catalogue::load(&config.services_dir, &config.locales_dir)
        .map_err(StartError::Definitions)?;
    webhooks::check_config(&config).map_err(StartError::Webhooks)?;
    let db = Db::connect(&config.database_url, config.database_connections)
        .await?
        .with_webhooks(config.webhook_url.is_some());
    let upgraded = db
        .upgrade_answers(|service, saved| catalogue.upgrade_answers(service, saved))
        .await?;
    if upgraded > 0 {
        tracing::info!(rows = upgraded, "saved answers converted to typed answers");
    }
    let assets = Assets::load(&config.assets_dir);
    let addresses: Arc<dyn addresses::AddressLookup> = if config.address_file == "none" {
        Arc::new(addresses::NoLookup)
    } else {
        Arc::new(
            addresses::AddressFile::load(std::path::Path::new(&config.address_file))
                .map_err(StartError::Addresses)?,
        )
    };
    let evidence = evidence::Evidence::new(
        &config.evidence_store,
        &config.upload_dir,
        config.clamd_address.as_deref(),
    )
    .map_err(StartError::Evidence)?;
    let mailer = mail::Mailer::new(config.smtp_url.as_deref(), &config.outbox_dir)
        .map_err(StartError::Mail)?;
    let state = AppState {
        config: Arc::new(config),
        db,
        catalogue: Arc::new(catalogue),
        assets: Arc::new(assets),
        addresses,
        evidence: Arc::new(evidence),
        mailer: Arc::new(mailer),
        server_id: Arc::new(tokens::random_token()),
        shared_pages: Arc::new(shared_pages::SharedPages::default()),
    };
    background::start(state.clone());
    if state.config.send_mail {
        mail::start(state.clone());
    }
    if state.config.send_webhooks && state.config.webhook_url.is_some() {
        webhooks::start(state.clone());
    }
    Ok(state)
}

/// Serves residents on `listener` until `stop` resolves; then takes no new connections and gives
/// requests in flight (uploads among them) `FRONTDOOR_SHUTDOWN_SECONDS` to finish.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limit = std::time::Duration::from_secs(state.config.shutdown_seconds);
    let (stopping, mut stopped) = tokio::sync::watch::channel(false);
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        stop.await;
        tracing::info!("stopping: finishing the requests in flight");
        let _ = stopping.send(true);
    });
    let deadline = async move {
        if stopped.wait_for(|s| *s).await.is_ok() {
            tokio::time::sleep(limit).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        served = server => served,
        () = deadline => {
            tracing::warn!(seconds = limit.as_secs(), "requests still running at the shutdown limit were cut");
            Ok(())
        }
    }
}

/// Every route. Tests call this too.
pub fn router(state: AppState) -> Router {
    let s = |v: &str| v.to_string();
    let path = |route: Route| route.pattern();
    let with_session = Router::new()
        .route(&path(Route::Home), get(pages::show))
        .route(&path(Route::Track), get(pages::show).post(forms::track))
        .route(
            &path(Route::TrackedRequest),
            get(pages::show)
                .post(forms::tracked::post)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            &path(Route::Return),
            get(pages::show).post(forms::return_by_code),
        )
        .route(
            &path(Route::ReturnCheck),
            get(pages::show).post(forms::return_check),
        )
        .route(
            &path(Route::ReturnLink { token: s("") }),
            get(forms::return_by_link),
        )
        .route(
            &path(Route::Save { service: s("") }),
            get(pages::show).post(forms::save),
        )
        .route(&path(Route::Start { service: s("") }), get(pages::show))
        .route(
            &path(Route::Confirmation { service: s("") }),
            get(pages::show),
        )
        .route(
            &path(Route::CheckAnswers { service: s("") }),
            get(pages::show).post(forms::send),
        )
        .route(
            &path(Route::FileThumbnail { id: s("") }),
            get(forms::thumbnail),
        )
        .route(
            &path(Route::Question {
                service: s(""),
                page: s(""),
            }),
            get(pages::show)
                .post(forms::post_page)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            &path(Route::Account),
            get(pages::show).post(forms::account::remove_detail),
        )
        .route(
            &path(Route::AccountSignIn),
            get(pages::show).post(forms::account::sign_in),
        )
        .route(
            &path(Route::AccountCode),
            get(pages::show).post(forms::account::code),
        )
        .route(
            &path(Route::AccountLink { token: s("") }),
            get(forms::account::link),
        )
        .route(&path(Route::AccountProvider), get(forms::account::provider))
        .route(
            &path(Route::AccountProviderCallback),
            get(forms::account::provider_callback),
        )
        .route(
            &path(Route::AccountSignOut),
            axum::routing::post(forms::account::sign_out),
        )
        .route(&path(Route::AccountData), get(pages::show))
        .route(
            &path(Route::AccountDetail { detail: s("") }),
            get(pages::show).post(forms::account::save_detail),
        )
        .route(&path(Route::AccountDownload), get(forms::account::download))
        .route(
            &path(Route::AccountDelete),
            get(pages::show).post(forms::account::delete),
        )
        .route(
            &path(Route::AccountSignOutEverywhere),
            axum::routing::post(forms::account::sign_out_everywhere),
        )
        .route(
            &path(Route::StaffSignIn),
            get(pages::show).post(forms::staff::sign_in),
        )
        .route(
            &path(Route::StaffCode),
            get(pages::show).post(forms::staff::code),
        )
        .route(
            &path(Route::StaffSignOut),
            axum::routing::post(forms::staff::sign_out),
        )
        .route(&path(Route::StaffRequests), get(pages::show))
        .route(
            &path(Route::StaffRequest { reference: s("") }),
            get(pages::show).post(forms::staff::change_status),
        )
        .route(
            &path(Route::StaffFile {
                reference: s(""),
                id: s(""),
            }),
            get(forms::staff::download),
        )
        .nest("/api/v1", api::routes())
        .fallback(get(pages::show))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::load_session,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            page_error::error_pages,
        ));

    let immutable = SetResponseHeaderLayer::overriding(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    let (navigation, script) = state.assets.navigation().clone();
    // Built files are compressed once, at build time (scripts/precompress.mjs): the .br or .gz
    // copy is sent to browsers that take it, with Content-Encoding and Vary.
    let mut assets = Router::new().fallback_service(
        ServeDir::new(&state.config.assets_dir)
            .precompressed_br()
            .precompressed_gzip(),
    );
    assets = assets.route(
        navigation.trim_start_matches("/assets"),
        get(move || async move { ([(CONTENT_TYPE, "text/javascript")], script).into_response() }),
    );

    Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/favicon.ico", get(assets::favicon))
        .nest_service(
            "/assets",
            assets
                .layer(immutable)
                .layer(SetResponseHeaderLayer::if_not_present(
                    VARY,
                    HeaderValue::from_static("accept-encoding"),
                )),
        )
        .nest_service("/style", ServeDir::new(&state.config.style_dir))
        .merge(with_session)
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn(ops::count_requests))
        // Pages are compressed as they go out at a quick level: brotli's default (11) would spend
        // more time than rendering the page. Built files come compressed already.
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Precise(4)))
        .with_state(state)
}
