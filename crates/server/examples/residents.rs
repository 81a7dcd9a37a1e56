//! Load (a benchmark, not a test): simulated residents reporting a missed bin without
//! JavaScript, as many at once as asked, for as long as asked, each request sent to the next
//! server in turn as a load balancer without sticky sessions would. Then it checks the database:
//! every request a resident was given a reference for is stored, exactly once. Prints the figures.
//!
//!   residents --servers http://127.0.0.1:3910,http://127.0.0.1:3911 --residents 200 \
//!     --seconds 60 --database postgres://…
//!
//! Used by scripts/load.sh.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

struct Options {
    servers: Vec<String>,
    residents: usize,
    seconds: u64,
    database: String,
}

fn options() -> Options {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .unwrap_or_else(|| panic!("{name} is needed"))
            .clone()
    };
    Options {
        servers: value("--servers").split(',').map(str::to_string).collect(),
        residents: value("--residents")
            .parse()
            .expect("--residents is a number"),
        seconds: value("--seconds").parse().expect("--seconds is a number"),
        database: value("--database"),
    }
}

/// What the residents saw, all together.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: BTreeMap<String, usize>,
    references: Vec<String>,
}

struct Resident {
    http: reqwest::Client,
    servers: Arc<Vec<String>>,
    next_server: Arc<AtomicUsize>,
    cookies: BTreeMap<String, String>,
    latencies: Vec<Duration>,
}

impl Resident {
    async fn send(
        &mut self,
        path: &str,
        form: Option<&[(&str, &str)]>,
    ) -> Result<(u16, Option<String>, String), String> {
        let i = self.next_server.fetch_add(1, Ordering::Relaxed) % self.servers.len();
        let url = format!("{}{path}", self.servers[i]);
        let mut request = match form {
            Some(fields) => self.http.post(url).form(fields),
            None => self.http.get(url),
        };
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            request = request.header("cookie", cookie);
        }
        let started = Instant::now();
        let response = request.send().await.map_err(|e| format!("{path}: {e}"))?;
        for c in response.headers().get_all("set-cookie") {
            let c = c.to_str().unwrap_or_default();
            let pair = c.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.text().await.map_err(|e| format!("{path}: {e}"))?;
        self.latencies.push(started.elapsed());
        Ok((status, location, body))
    }

    /// A page, as the browser shows it: its CSRF token.
    async fn page(&mut self, path: &str) -> Result<String, String> {
        let (status, _, body) = self.send(path, None).await?;
        if status != 200 {
            return Err(format!("GET {path}: {status}"));
        }
        let needle = "name=\"csrf_token\" value=\"";
        let at = body
            .find(needle)
            .ok_or_else(|| format!("GET {path}: no form"))?
            + needle.len();
        Ok(body[at..at + 64].to_string())
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)], to: &str) -> Result<(), String> {
        let token = self.page(path).await?;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        match self.send(path, Some(&all)).await? {
            (303, Some(location), _) if location == to => Ok(()),
            (status, location, _) => Err(format!("POST {path}: {status} to {location:?}")),
        }
    }

    /// One report, start to confirmation. Gives the reference shown.
    async fn report_missed_bin(&mut self) -> Result<String, String> {
        self.cookies.clear();
        let today = frontdoor_domain::calendar::uk_today(time::OffsetDateTime::now_utc());
        let day = today - time::Duration::days(2);
        let (d, m, y) = (
            day.day().to_string(),
            u8::from(day.month()).to_string(),
            day.year().to_string(),
        );
        let s = "/report-missed-bin";
        self.post(
            &format!("{s}/address"),
            &[("postcode", "SE1 2QH"), ("address-line-1", "1 High Street")],
            &format!("{s}/which-bin"),
        )
        .await?;
        self.post(
            &format!("{s}/which-bin"),
            &[("bin", "recycling")],
            &format!("{s}/date"),
        )
        .await?;
        self.post(
            &format!("{s}/date"),
            &[("date-day", &d), ("date-month", &m), ("date-year", &y)],
            &format!("{s}/more-information"),
        )
        .await?;
        self.post(
            &format!("{s}/more-information"),
            &[("more-information", "Left by the gate")],
            &format!("{s}/contact"),
        )
        .await?;
        self.post(
            &format!("{s}/contact"),
            &[("email", "load@example.com"), ("phone", "")],
            &format!("{s}/check-answers"),
        )
        .await?;
        self.post(
            &format!("{s}/check-answers"),
            &[],
            &format!("{s}/confirmation"),
        )
        .await?;
        let (status, _, body) = self.send(&format!("{s}/confirmation"), None).await?;
        let at = body
            .find("class=\"reference\">")
            .filter(|_| status == 200)
            .ok_or_else(|| format!("GET confirmation: {status}, no reference"))?
            + "class=\"reference\">".len();
        Ok(body[at..at + body[at..].find('<').unwrap_or(0)]
            .trim()
            .to_string())
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let o = options();
    let servers = Arc::new(o.servers.clone());
    let next_server = Arc::new(AtomicUsize::new(0));
    let tally = Arc::new(Mutex::new(Tally::default()));
    let deadline = Instant::now() + Duration::from_secs(o.seconds);
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(o.residents)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..o.residents {
        let mut resident = Resident {
            http: http.clone(),
            servers: servers.clone(),
            next_server: next_server.clone(),
            cookies: BTreeMap::new(),
            latencies: Vec::new(),
        };
        let tally = tally.clone();
        tasks.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                let done = resident.report_missed_bin().await;
                let mut t = tally.lock().await;
                match done {
                    Ok(reference) => t.references.push(reference),
                    Err(e) => *t.errors.entry(e).or_default() += 1,
                }
            }
            tally.lock().await.latencies.append(&mut resident.latencies);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = started.elapsed();
    let mut t = Arc::try_unwrap(tally).ok().unwrap().into_inner();
    t.latencies.sort();

    // Every reference shown is stored, once.
    let db = frontdoor_server::db::Db::connect(&o.database, 2)
        .await
        .expect("the database answers");
    let stored = db.count_requests().await.unwrap();
    let mut missing = 0;
    for r in &t.references {
        if db
            .request_by_reference(&r.replace('-', ""))
            .await
            .unwrap()
            .is_none()
        {
            missing += 1;
        }
    }
    let distinct: BTreeSet<&String> = t.references.iter().collect();
    let errors: usize = t.errors.values().sum();

    println!(
        "servers {}  residents {}  for {:.0} s",
        o.servers.len(),
        o.residents,
        elapsed.as_secs_f64()
    );
    println!(
        "reports sent {}  ({:.1} a second)   requests made {}  ({:.0} a second)",
        t.references.len(),
        t.references.len() as f64 / elapsed.as_secs_f64(),
        t.latencies.len(),
        t.latencies.len() as f64 / elapsed.as_secs_f64()
    );
    println!(
        "latency p50 {:?}  p95 {:?}  p99 {:?}  max {:?}",
        percentile(&t.latencies, 0.50),
        percentile(&t.latencies, 0.95),
        percentile(&t.latencies, 0.99),
        t.latencies.last().copied().unwrap_or_default()
    );
    println!(
        "errors {errors}   stored {stored}   missing {missing}   shown twice {}",
        t.references.len() - distinct.len()
    );
    for (e, n) in &t.errors {
        println!("  {n} x {e}");
    }
    let exactly_once = missing == 0
        && stored as usize == t.references.len()
        && distinct.len() == t.references.len();
    println!(
        "every request stored exactly once: {}",
        if exactly_once { "yes" } else { "NO" }
    );
    if errors > 0 || !exactly_once {
        std::process::exit(1);
    }
}
