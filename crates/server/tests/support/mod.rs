//! A real Frontdoor server on a loopback port with a database of its own, and a visitor that
//! keeps cookies the way a browser does (but lets the tests see every redirect).
//!
//! The database is a SQLite file at the path a test gives; or, when FRONTDOOR_TEST_POSTGRES
//! names a PostgreSQL server (`postgres://user@host:port`, as `scripts/with-postgres.sh` sets
//! it), a database of that server named after the path. So every test runs on either.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use frontdoor_server::config::Config;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub struct TestServer {
    pub base: String,
    /// The server's own state, for what tests do as a caseworker would.
    pub state: frontdoor_server::state::AppState,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

/// A new back-office API key with these scopes, made as `frontdoor api-key add` makes one.
pub async fn api_key(
    server: &TestServer,
    name: &str,
    scopes: &[frontdoor_domain::back_office::Scope],
) -> String {
    let key = frontdoor_server::tokens::random_api_key();
    assert!(server
        .state
        .db
        .add_api_key(name, &frontdoor_server::tokens::hash(&key), scopes)
        .await
        .unwrap());
    key
}

/// A file from tests/fixtures.
pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures").join(name)).unwrap()
}

/// A back-office API key (scope read) every test server's database holds, named
/// `test-caseworker`, for tests that fetch evidence as a caseworker's system would.
pub const CASEWORKER_KEY: &str = "fd_test-caseworker-key-0123456789abcdefghijklm";

pub fn config(database: &Path, services: &Path) -> Config {
    Config {
        address: "127.0.0.1:0".parse().unwrap(),
        database_url: database_url(database),
        database_connections: 4,
        services_dir: services.to_path_buf(),
        locales_dir: repo().join("locales"),
        // No browser app: these tests are about the server and the plain HTML journey.
        assets_dir: repo().join("no-such-dist"),
        style_dir: repo().join("style"),
        secure_cookies: true,
        public_url: "https://frontdoor.example.gov.uk".into(),
        address_file: repo().join("gazetteer/addresses.csv").display().to_string(),
        evidence_store: database.with_extension("evidence").display().to_string(),
        upload_dir: database.with_extension("uploads"),
        clamd_address: None,
        metrics_address: None,
        proxy_hops: 0,
        shutdown_seconds: 5,
        bank_holidays: frontdoor_domain::calendar::Nation::EnglandAndWales,
        smtp_url: None,
        outbox_dir: database.with_extension("outbox"),
        mail_from: "Frontdoor Borough Council <no-reply@frontdoor.example.gov.uk>".into(),
        // Tests send the outbox themselves, when they mean to.
        send_mail: false,
        webhook_url: None,
        webhook_secret: None,
        send_webhooks: false,
        webhook_retry_seconds: 60,
        oidc_issuer: None,
        oidc_client_id: "frontdoor".into(),
        oidc_client_secret: None,
        oidc_name: "your council account".into(),
    }
}

/// The PostgreSQL server the tests use, if any.
pub fn postgres_server() -> Option<String> {
    std::env::var("FRONTDOOR_TEST_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
        .map(|v| v.trim_end_matches('/').to_string())
}

pub fn on_postgres() -> bool {
    postgres_server().is_some()
}

/// The database URL for a test database "at" `path`.
pub fn database_url(path: &Path) -> String {
    match postgres_server() {
        Some(server) => {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            path.hash(&mut h);
            format!("{server}/t_{:016x}", h.finish())
        }
        None => format!("sqlite://{}", path.display()),
    }
}

/// Makes sure the database behind `url` exists (PostgreSQL: created on first use).
pub async fn create_database(url: &str) {
    let Some(server) = postgres_server() else {
        return;
    };
    let Some(name) = url.strip_prefix(&format!("{server}/")) else {
        return;
    };
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(&format!("{server}/postgres"))
        .await
        .expect("the test PostgreSQL answers");
    match sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
    {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P04") => {}
        Err(e) => panic!("cannot create the test database: {e}"),
    }
    admin.close().await;
}

impl TestServer {
    pub async fn start(database: &Path) -> TestServer {
        Self::start_with(config(database, &repo().join("services"))).await
    }

    pub async fn start_with(config: Config) -> TestServer {
        create_database(&config.database_url).await;
        let state = frontdoor_server::start(config)
            .await
            .expect("server starts");
        state
            .db
            .add_api_key(
                "test-caseworker",
                &frontdoor_server::tokens::hash(CASEWORKER_KEY),
                &[frontdoor_domain::back_office::Scope::Read],
            )
            .await
            .expect("the test key is stored");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let served = state.clone();
        let task = tokio::spawn(async move {
            frontdoor_server::serve(served, listener, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        TestServer {
            base,
            state,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Stops the server at once, as a crash or a replaced machine would: nothing in flight
    /// finishes.
    pub fn kill(mut self) {
        self.task.take().unwrap().abort();
    }

    /// Stops the server and waits until it has finished.
    pub async fn stop(mut self) {
        let _ = self.stop.take().unwrap().send(());
        self.task.take().unwrap().await.unwrap();
    }
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    pub set_cookies: Vec<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }

    pub fn redirects_to(&self, path: &str) {
        assert_eq!(
            (self.status, self.location.as_deref()),
            (303, Some(path)),
            "body: {}",
            &self.body[..self.body.len().min(400)]
        );
    }

    /// The value of the `value` attribute of the input with this id.
    pub fn input_value(&self, id: &str) -> Option<String> {
        let tag_start = self.body.find(&format!("id=\"{id}\""))?;
        let open = self.body[..tag_start].rfind('<')?;
        let close = tag_start + self.body[tag_start..].find('>')?;
        let tag = &self.body[open..close];
        let v = tag.find("value=\"")? + 7;
        Some(tag[v..v + tag[v..].find('"')?].to_string())
    }
}

pub struct Visitor {
    pub base: String,
    http: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
    pub accept_language: Option<String>,
}

impl Visitor {
    pub fn new(server: &TestServer) -> Visitor {
        Visitor {
            base: server.base.clone(),
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: BTreeMap::new(),
            accept_language: None,
        }
    }

    /// Another connection from the same browser (same cookies), e.g. a second click.
    pub fn twin(&self) -> Visitor {
        Visitor {
            base: self.base.clone(),
            http: self.http.clone(),
            cookies: self.cookies.clone(),
            accept_language: self.accept_language.clone(),
        }
    }

    /// The same visitor (same cookies) talking to another server.
    pub fn moved_to(&self, server: &TestServer) -> Visitor {
        Visitor {
            base: server.base.clone(),
            cookies: self.cookies.clone(),
            ..Visitor::new(server)
        }
    }

    async fn send(&mut self, builder: reqwest::RequestBuilder) -> Reply {
        let mut builder = builder;
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            builder = builder.header("cookie", cookie);
        }
        if let Some(lang) = &self.accept_language {
            builder = builder.header("accept-language", lang);
        }
        let response = builder.send().await.expect("request is answered");
        let set_cookies: Vec<String> = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect();
        for c in &set_cookies {
            let (pair, _) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = pair.split_once('=').unwrap();
            self.cookies.insert(k.to_string(), v.to_string());
        }
        Reply {
            status: response.status().as_u16(),
            location: response
                .headers()
                .get("location")
                .map(|v| v.to_str().unwrap().to_string()),
            set_cookies,
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let url = format!("{}{path}", self.base);
        self.send(self.http.get(url)).await
    }

    /// The session's CSRF token, as the page would carry it.
    pub async fn csrf(&mut self) -> String {
        self.get("/api/v1/session").await.json()["csrf_token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A plain form post with the session's CSRF token, as a browser without JavaScript sends it.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        all.extend_from_slice(fields);
        self.post_form_raw(path, &all).await
    }

    pub async fn post_form_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let url = format!("{}{path}", self.base);
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.send(
            self.http
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }

    /// A multipart form post with files, as a browser without JavaScript sends a page with a file
    /// question: the security token first, then the fields, then the files
    /// (field name, file name, bytes).
    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, Vec<u8>)],
    ) -> Reply {
        let token = self.csrf().await;
        let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (field, name, bytes) in files {
            form = form.part(
                field.to_string(),
                reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.to_string()),
            );
        }
        let url = format!("{}{path}", self.base);
        self.send(self.http.post(url).multipart(form)).await
    }

    /// A request with any method and headers (for the resumable upload protocol), with the
    /// session's cookies and CSRF header.
    pub async fn raw(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> Reply {
        let token = self.csrf().await;
        let url = format!("{}{path}", self.base);
        let mut builder = self
            .http
            .request(method.parse().unwrap(), url)
            .header("x-csrf-token", token);
        for (k, v) in headers {
            builder = builder.header(*k, v);
        }
        self.send(builder.body(body)).await
    }

    /// The header line for the cookies, for hand-made requests.
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Bytes of a response (a downloaded file).
    pub async fn get_bytes(
        &mut self,
        path: &str,
        headers: &[(&str, String)],
    ) -> (u16, Vec<u8>, reqwest::header::HeaderMap) {
        let url = format!("{}{path}", self.base);
        let mut builder = self.http.get(url).header("cookie", self.cookie_header());
        for (k, v) in headers {
            builder = builder.header(*k, v);
        }
        let response = builder.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        (status, response.bytes().await.unwrap().to_vec(), headers)
    }

    /// An API call with the CSRF header (when `with_csrf`).
    pub async fn api(
        &mut self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
        with_csrf: bool,
    ) -> Reply {
        let token = if with_csrf {
            Some(self.csrf().await)
        } else {
            None
        };
        let url = format!("{}{path}", self.base);
        let mut builder = self.http.request(method.parse().unwrap(), url);
        if let Some(t) = token {
            builder = builder.header("x-csrf-token", t);
        }
        if let Some(b) = body {
            builder = builder
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        self.send(builder).await
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A date a few days ago in the UK, as day, month and year fields.
pub fn days_ago(n: i64) -> (String, String, String) {
    let today = frontdoor_domain::calendar::uk_today(time::OffsetDateTime::now_utc());
    let d = today - time::Duration::days(n);
    (
        d.day().to_string(),
        u8::from(d.month()).to_string(),
        d.year().to_string(),
    )
}

/// Answers every page of the missed-bin journey without JavaScript, checking each redirect.
pub async fn answer_missed_bin(v: &mut Visitor, email: &str) {
    v.post_form(
        "/report-missed-bin/address",
        &[("postcode", "se1 2qh"), ("address-line-1", "1 High Street")],
    )
    .await
    .redirects_to("/report-missed-bin/which-bin");
    v.post_form("/report-missed-bin/which-bin", &[("bin", "recycling")])
        .await
        .redirects_to("/report-missed-bin/date");
    let (d, m, y) = days_ago(2);
    v.post_form(
        "/report-missed-bin/date",
        &[("date-day", &d), ("date-month", &m), ("date-year", &y)],
    )
    .await
    .redirects_to("/report-missed-bin/more-information");
    v.post_form(
        "/report-missed-bin/more-information",
        &[("more-information", "Left by the gate")],
    )
    .await
    .redirects_to("/report-missed-bin/contact");
    v.post_form(
        "/report-missed-bin/contact",
        &[("email", email), ("phone", "")],
    )
    .await
    .redirects_to("/report-missed-bin/check-answers");
}

/// The reference on a confirmation page.
pub fn reference_in(body: &str) -> String {
    let tag = body.find("class=\"reference\"").expect("reference shown");
    let start = tag + body[tag..].find('>').unwrap() + 1;
    body[start..start + body[start..].find('<').unwrap()].to_string()
}

/// A valid answer for each form field of a question, from its `example` or its type's.
pub fn sample_fields(
    def: &frontdoor_domain::ServiceDefinition,
    q: &frontdoor_domain::Question,
) -> Vec<(String, String)> {
    let today = frontdoor_domain::calendar::uk_today(time::OffsetDateTime::now_utc());
    def.rules(q)
        .example(&frontdoor_domain::RuleContext::new(today))
        .into_iter()
        .collect()
}

/// Completes a service with plain form posts, following the server's redirects from the first
/// page to Check your answers, then sends it. Returns the pages visited.
pub async fn complete_service(
    v: &mut Visitor,
    def: &frontdoor_domain::ServiceDefinition,
) -> Vec<String> {
    let mut path = format!("/{}/{}", def.id, def.pages[0].id);
    let mut visited = Vec::new();
    let check = format!("/{}/check-answers", def.id);
    while path != check {
        assert!(
            visited.len() <= def.pages.len(),
            "{}: the journey does not end: {visited:?}",
            def.id
        );
        let page_id = path.rsplit('/').next().unwrap().to_string();
        let page = def
            .page(&page_id)
            .unwrap_or_else(|| panic!("{}: no page {page_id}", def.id));
        assert!(
            !page.exit,
            "{}: sample answers led to the exit page {page_id}",
            def.id
        );
        let shown = v.get(&path).await;
        assert_eq!(shown.status, 200, "{path}");
        let fields: Vec<(String, String)> = page
            .questions
            .iter()
            .flat_map(|q| sample_fields(def, q))
            .collect();
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let files: Vec<(&str, &str, Vec<u8>)> = page
            .questions
            .iter()
            .filter(|q| q.kind.as_files().is_some())
            .map(|q| {
                (
                    q.id.as_str(),
                    "photo-with-gps.jpg",
                    fixture("photo-with-gps.jpg"),
                )
            })
            .collect();
        let reply = if files.is_empty() {
            v.post_form(&path, &borrowed).await
        } else {
            v.post_files(&path, &borrowed, &files).await
        };
        assert_eq!(
            reply.status,
            303,
            "{path}: {}",
            &reply.body[..reply.body.len().min(600)]
        );
        visited.push(page_id);
        path = reply.location.unwrap();
    }
    assert_eq!(v.get(&check).await.status, 200);
    v.post_form(&check, &[])
        .await
        .redirects_to(&format!("/{}/confirmation", def.id));
    let confirmation = v.get(&format!("/{}/confirmation", def.id)).await;
    assert_eq!(confirmation.status, 200);
    assert!(confirmation.body.contains("class=\"reference\""));
    visited
}

pub const SPD: &str = "/apply-for-a-single-person-discount";

/// Answers the single person discount up to its proof page.
pub async fn at_proof_page(v: &mut Visitor, moved_out: &str) {
    for (page, fields) in [
        ("account", vec![("account-number", "12345678")]),
        (
            "address",
            vec![("postcode", "SE15 5DQ"), ("address-line-1", "16 Rye Lane")],
        ),
        ("adults", vec![("adults", "1")]),
    ] {
        let r = v.post_form(&format!("{SPD}/{page}"), &fields).await;
        assert_eq!(r.status, 303, "{page}: {}", r.body);
    }
    let (d, m, y) = days_ago(40);
    v.post_form(
        &format!("{SPD}/since"),
        &[("since-day", &d), ("since-month", &m), ("since-year", &y)],
    )
    .await;
    v.post_form(&format!("{SPD}/moved-out"), &[("moved-out", moved_out)])
        .await
        .redirects_to(&format!("{SPD}/proof"));
}

/// Base64, as tus metadata carries its values.
pub fn b64(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

/// Starts a resumable upload of `length` bytes for the single person discount's proof question.
pub async fn create_upload(v: &mut Visitor, name: &str, length: usize) -> Reply {
    let meta = format!(
        "filename {},service {},question {}",
        b64(name),
        b64("apply-for-a-single-person-discount"),
        b64("proof")
    );
    v.raw(
        "POST",
        "/api/v1/uploads",
        &[
            ("tus-resumable", "1.0.0".into()),
            ("upload-length", length.to_string()),
            ("upload-metadata", meta),
        ],
        vec![],
    )
    .await
}

/// Sends bytes of a resumable upload from `offset`.
pub async fn patch_upload(v: &mut Visitor, location: &str, offset: usize, bytes: Vec<u8>) -> Reply {
    v.raw(
        "PATCH",
        location,
        &[
            ("tus-resumable", "1.0.0".into()),
            ("upload-offset", offset.to_string()),
            ("content-type", "application/offset+octet-stream".into()),
        ],
        bytes,
    )
    .await
}

/// The test server's database, opened beside it (to look inside, or break it on purpose).
pub async fn database(path: &Path) -> sqlx::AnyPool {
    let url = database_url(path);
    create_database(&url).await;
    sqlx::any::install_default_drivers();
    sqlx::AnyPool::connect(&url).await.unwrap()
}

/// The test server's database as the server sees it.
pub async fn open_db(path: &Path) -> frontdoor_server::db::Db {
    let url = database_url(path);
    create_database(&url).await;
    frontdoor_server::db::Db::connect(&url, 2).await.unwrap()
}

/// Makes one kind of write fail from now on, as a full disk or a locked database would:
/// `when` is BEFORE UPDATE OF <column>, BEFORE INSERT or BEFORE DELETE, on `table`.
pub async fn refuse_writes(path: &Path, when: &str, table: &str) {
    let db = database(path).await;
    let statements = if on_postgres() {
        vec![
            "CREATE OR REPLACE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
                .to_string(),
            format!("CREATE TRIGGER test_refusal {when} ON {table} FOR EACH ROW EXECUTE FUNCTION test_refuse()"),
        ]
    } else {
        vec![format!(
            "CREATE TRIGGER test_refusal {when} ON {table} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )]
    };
    for sql in statements {
        sqlx::query(&sql).execute(&db).await.unwrap();
    }
}

/// Undoes `refuse_writes`.
pub async fn allow_writes(path: &Path, table: &str) {
    let sql = if on_postgres() {
        format!("DROP TRIGGER test_refusal ON {table}")
    } else {
        "DROP TRIGGER test_refusal".to_string()
    };
    sqlx::query(&sql)
        .execute(&database(path).await)
        .await
        .unwrap();
}

/// A message of `locales/<lang>/common.ftl`, as written there (for messages without variables).
pub fn message(lang: &str, id: &str) -> String {
    message_in(lang, "common.ftl", id)
}

/// A one-line message from one of a language's files ("services/report-missed-bin.ftl").
pub fn message_in(lang: &str, file: &str, id: &str) -> String {
    let text = std::fs::read_to_string(repo().join(format!("locales/{lang}/{file}"))).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{lang}: no message {id}"))
        .to_string()
}

/// A PATCH whose connection is cut after `sent` of its bytes.
pub fn cut_patch(
    base: &str,
    path: &str,
    cookie: &str,
    csrf: &str,
    offset: u64,
    body: &[u8],
    sent: usize,
) {
    let address = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    let head = format!(
        "PATCH {path} HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: {offset}\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    use std::io::Write;
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&body[..sent]).unwrap();
    stream.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    drop(stream);
}

/// moto's S3 server on a free loopback port, with one bucket, stopped when dropped. It sets the
/// standard AWS_ variables, so a test binary uses one at a time.
pub struct Moto {
    child: std::process::Child,
    pub endpoint: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn start_moto(bucket: &str) -> Moto {
    let moto = std::env::var("FRONTDOOR_MOTO_SERVER").unwrap_or_else(|_| {
        repo()
            .join(".tools/venv/bin/moto_server")
            .display()
            .to_string()
    });
    assert!(
        Path::new(&moto).exists(),
        "moto_server is installed by scripts/install-tools.sh --test ({moto})"
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = std::process::Command::new(&moto)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let endpoint = format!("http://127.0.0.1:{port}");
    let moto = Moto { child, endpoint };
    let http = reqwest::Client::new();
    for _ in 0..100 {
        if http.get(&moto.endpoint).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(http
        .put(format!("{}/{bucket}", moto.endpoint))
        .send()
        .await
        .unwrap()
        .status()
        .is_success());
    for (k, v) in [
        ("AWS_ENDPOINT", moto.endpoint.as_str()),
        ("AWS_ALLOW_HTTP", "true"),
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
        ("AWS_REGION", "eu-west-2"),
    ] {
        std::env::set_var(k, v);
    }
    moto
}
