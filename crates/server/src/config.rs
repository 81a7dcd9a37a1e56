//! Configuration, read once from the environment. Every variable has a default that runs
//! everything on one machine; the README lists them.

use std::net::SocketAddr;
use std::path::PathBuf;

use frontdoor_domain::calendar::Nation;

#[derive(Debug, Clone)]
pub struct Config {
    /// FRONTDOOR_ADDRESS: where to listen.
    pub address: SocketAddr,
    /// FRONTDOOR_DATABASE_URL: the database (SQLite by default, under ./data).
    pub database_url: String,
    /// FRONTDOOR_DATABASE_CONNECTIONS: connections this server keeps open to the database.
    pub database_connections: u32,
    /// FRONTDOOR_SERVICES_DIR: service definitions.
    pub services_dir: PathBuf,
    /// FRONTDOOR_LOCALES_DIR: Fluent messages.
    pub locales_dir: PathBuf,
    /// FRONTDOOR_ASSETS_DIR: the built browser app and styles (Trunk's dist/).
    pub assets_dir: PathBuf,
    /// FRONTDOOR_STYLE_DIR: plain CSS, used when the browser app has not been built.
    pub style_dir: PathBuf,
    /// FRONTDOOR_SECURE_COOKIES: mark cookies Secure (on unless set to "false").
    pub secure_cookies: bool,
    /// FRONTDOOR_PUBLIC_URL: the address residents use, for links sent by email.
    pub public_url: String,
    /// FRONTDOOR_ADDRESS_FILE: addresses to find by postcode (CSV: line_1,line_2,town,postcode);
    /// "none" turns the lookup off, so every address is typed in.
    pub address_file: String,
    /// FRONTDOOR_EVIDENCE_STORE: where evidence files are kept: a folder, or `s3://bucket/prefix`
    /// (with the usual AWS_ variables for the endpoint and keys).
    pub evidence_store: String,
    /// FRONTDOOR_UPLOAD_DIR: files being received and checked: this server's own, never shared
    /// (unfinished uploads are kept in the evidence store, where every server finds them).
    pub upload_dir: PathBuf,
    /// FRONTDOOR_CLAMD_ADDRESS: ClamAV's clamd (host:port). Unset: files are not scanned.
    pub clamd_address: Option<String>,
    /// FRONTDOOR_METRICS_ADDRESS: where to serve Prometheus metrics (host:port), apart from
    /// residents' traffic. Unset: no metrics.
    pub metrics_address: Option<SocketAddr>,
    /// FRONTDOOR_PROXY_HOPS: how many proxies (load balancers) stand in front and add to
    /// X-Forwarded-For. 0: the visitor connects directly.
    pub proxy_hops: usize,
    /// FRONTDOOR_SHUTDOWN_SECONDS: on SIGTERM, how long requests and uploads in flight may take
    /// to finish.
    pub shutdown_seconds: u64,
    /// FRONTDOOR_BANK_HOLIDAYS: whose bank holidays working days skip: `england-and-wales` (the
    /// default), `scotland` or `northern-ireland`.
    pub bank_holidays: Nation,
    /// FRONTDOOR_SMTP_URL: the mail server (`smtp://host:port`, `smtps://user:password@host`).
    /// Unset: messages are written to FRONTDOOR_OUTBOX_DIR instead.
    pub smtp_url: Option<String>,
    /// FRONTDOOR_OUTBOX_DIR: where messages are written as `.eml` files when there is no SMTP.
    pub outbox_dir: PathBuf,
    /// FRONTDOOR_MAIL_FROM: who messages come from.
    pub mail_from: String,
    /// FRONTDOOR_SEND_MAIL: send the outbox's messages (on unless "false": another process, or a
    /// test, sends them).
    pub send_mail: bool,
    /// FRONTDOOR_WEBHOOK_URL: where the council's CRM or case system is told of new requests and
    /// changes (signed webhooks). Unset: nothing is queued.
    pub webhook_url: Option<String>,
    /// FRONTDOOR_WEBHOOK_SECRET: the signing secret shared with the receiver, `whsec_<base64>`
    /// (needed with a URL).
    pub webhook_secret: Option<String>,
    /// FRONTDOOR_SEND_WEBHOOKS: deliver queued webhooks (on unless "false": another server, or a
    /// test, delivers them).
    pub send_webhooks: bool,
    /// FRONTDOOR_WEBHOOK_RETRY_SECONDS: the wait after a delivery's first failed try; it doubles
    /// with each try after.
    pub webhook_retry_seconds: i64,
    /// FRONTDOOR_OIDC_ISSUER: a council's identity provider (OpenID Connect), offered on the
    /// sign-in page beside the emailed code. Unset: residents sign in by email only.
    pub oidc_issuer: Option<String>,
    /// FRONTDOOR_OIDC_CLIENT_ID and FRONTDOOR_OIDC_CLIENT_SECRET: this service at the provider.
    pub oidc_client_id: String,
    pub oidc_client_secret: Option<String>,
    /// FRONTDOOR_OIDC_NAME: the provider's name on the button ("Sign in with <name>").
    pub oidc_name: String,
}

impl Config {
    pub fn from_env() -> Config {
        let var =
            |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
        Config {
            address: var("FRONTDOOR_ADDRESS", "127.0.0.1:3000")
                .parse()
                .expect("FRONTDOOR_ADDRESS must be host:port"),
            database_url: var("FRONTDOOR_DATABASE_URL", "sqlite://data/frontdoor.db"),
            database_connections: var("FRONTDOOR_DATABASE_CONNECTIONS", "8")
                .parse()
                .expect("FRONTDOOR_DATABASE_CONNECTIONS must be a number"),
            services_dir: var("FRONTDOOR_SERVICES_DIR", "services").into(),
            locales_dir: var("FRONTDOOR_LOCALES_DIR", "locales").into(),
            assets_dir: var("FRONTDOOR_ASSETS_DIR", "dist").into(),
            style_dir: var("FRONTDOOR_STYLE_DIR", "style").into(),
            secure_cookies: var("FRONTDOOR_SECURE_COOKIES", "true") != "false",
            public_url: var("FRONTDOOR_PUBLIC_URL", "http://127.0.0.1:3000")
                .trim_end_matches('/')
                .to_string(),
            address_file: var("FRONTDOOR_ADDRESS_FILE", "gazetteer/addresses.csv"),
            evidence_store: var("FRONTDOOR_EVIDENCE_STORE", "data/evidence"),
            upload_dir: var("FRONTDOOR_UPLOAD_DIR", "data/uploads").into(),
            clamd_address: std::env::var("FRONTDOOR_CLAMD_ADDRESS")
                .ok()
                .filter(|v| !v.is_empty()),
            metrics_address: std::env::var("FRONTDOOR_METRICS_ADDRESS")
                .ok()
                .filter(|v| !v.is_empty())
                .map(|v| {
                    v.parse()
                        .expect("FRONTDOOR_METRICS_ADDRESS must be host:port")
                }),
            proxy_hops: var("FRONTDOOR_PROXY_HOPS", "0")
                .parse()
                .expect("FRONTDOOR_PROXY_HOPS must be a number"),
            shutdown_seconds: var("FRONTDOOR_SHUTDOWN_SECONDS", "30")
                .parse()
                .expect("FRONTDOOR_SHUTDOWN_SECONDS must be a number"),
            bank_holidays: Nation::parse(&var("FRONTDOOR_BANK_HOLIDAYS", "england-and-wales"))
                .expect(
                "FRONTDOOR_BANK_HOLIDAYS must be england-and-wales, scotland or northern-ireland",
            ),
            smtp_url: std::env::var("FRONTDOOR_SMTP_URL")
                .ok()
                .filter(|v| !v.is_empty()),
            outbox_dir: var("FRONTDOOR_OUTBOX_DIR", "data/outbox").into(),
            mail_from: var(
                "FRONTDOOR_MAIL_FROM",
                "Frontdoor Borough Council <no-reply@frontdoor.example.gov.uk>",
            ),
            send_mail: var("FRONTDOOR_SEND_MAIL", "true") != "false",
            webhook_url: std::env::var("FRONTDOOR_WEBHOOK_URL")
                .ok()
                .filter(|v| !v.is_empty()),
            webhook_secret: std::env::var("FRONTDOOR_WEBHOOK_SECRET")
                .ok()
                .filter(|v| !v.is_empty()),
            send_webhooks: var("FRONTDOOR_SEND_WEBHOOKS", "true") != "false",
            webhook_retry_seconds: var("FRONTDOOR_WEBHOOK_RETRY_SECONDS", "60")
                .parse()
                .expect("FRONTDOOR_WEBHOOK_RETRY_SECONDS must be a number"),
            oidc_issuer: std::env::var("FRONTDOOR_OIDC_ISSUER")
                .ok()
                .filter(|v| !v.is_empty())
                .map(|v| v.trim_end_matches('/').to_string()),
            oidc_client_id: var("FRONTDOOR_OIDC_CLIENT_ID", "frontdoor"),
            oidc_client_secret: std::env::var("FRONTDOOR_OIDC_CLIENT_SECRET")
                .ok()
                .filter(|v| !v.is_empty()),
            oidc_name: var("FRONTDOOR_OIDC_NAME", "your council account"),
        }
    }
}
