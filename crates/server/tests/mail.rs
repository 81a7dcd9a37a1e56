//! Messages to residents, sent from the outbox: written from Fluent messages in the resident's
//! language with plain-text and HTML parts, through a real SMTP server (Python's aiosmtpd, started
//! here) or into the outbox folder; tried again after a failure, and kept as failed when they
//! cannot be sent at all. Runs on SQLite, and on PostgreSQL when FRONTDOOR_TEST_POSTGRES names one.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use frontdoor_domain::progress::{RequestStatus, StatusChange};
use frontdoor_domain::Reference;
use frontdoor_server::journeys::move_request;
use frontdoor_server::mail::send_due;
use support::{answer_missed_bin, database, open_db, reference_in, repo, TestServer, Visitor};

/// aiosmtpd keeping what it receives in a maildir, on `port`; stopped when dropped.
struct SmtpServer {
    child: std::process::Child,
    maildir: PathBuf,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl SmtpServer {
    async fn start(port: u16, dir: &Path) -> SmtpServer {
        let aiosmtpd = repo().join(".tools/venv/bin/aiosmtpd");
        assert!(
            aiosmtpd.exists(),
            "aiosmtpd is installed by scripts/install-tools.sh --test"
        );
        let maildir = dir.join(format!("maildir-{port}"));
        let child = std::process::Command::new(aiosmtpd)
            .args([
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(&maildir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        SmtpServer { child, maildir }
    }

    /// The messages received so far, as raw bytes.
    fn received(&self) -> Vec<Vec<u8>> {
        files_in(&self.maildir.join("new"))
    }
}

/// The files in a folder, oldest first (a maildir's names start with the second they came in,
/// so two in one second are told apart by when they were written).
fn files_in(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort_by_key(|f| {
        let written = std::fs::metadata(f).and_then(|m| m.modified()).ok();
        (written, f.clone())
    });
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A message's subject, plain text and HTML.
fn read(raw: &[u8]) -> (String, String, String) {
    let mail = mailparse::parse_mail(raw).unwrap();
    let subject = mail
        .headers
        .iter()
        .find(|h| h.get_key() == "Subject")
        .map(|h| h.get_value())
        .unwrap();
    let part = |kind: &str| {
        mail.subparts
            .iter()
            .find(|p| p.ctype.mimetype == kind)
            .map(|p| p.get_body().unwrap())
            .unwrap_or_default()
    };
    (subject, part("text/plain"), part("text/html"))
}

/// Sends a missed-bin report as a resident; returns its reference as shown.
async fn send_report(v: &mut Visitor) -> String {
    answer_missed_bin(v, "resident@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    reference_in(&v.get("/report-missed-bin/confirmation").await.body)
}

#[tokio::test]
async fn the_acknowledgement_and_news_go_by_smtp_in_the_residents_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let port = free_port();
    let smtp = SmtpServer::start(port, dir.path()).await;
    let mut config = support::config(&path, &repo().join("services"));
    config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    let shown = send_report(&mut v).await;

    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    assert_eq!(send_due(&server.state).await.unwrap(), 0, "sent once");
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    let (subject, text, html) = read(&received[0]);
    assert_eq!(subject, format!("We have your request – reference {shown}"));
    assert!(text.contains("Report a missed bin collection"), "{text}");
    assert!(text.contains(&format!("Your reference number is {shown}.")));
    assert!(text.contains("We will act by "));
    assert!(text.contains("https://frontdoor.example.gov.uk/track"));
    assert!(
        html.contains("<a href=\"https://frontdoor.example.gov.uk/track\">"),
        "{html}"
    );
    assert!(html.contains("lang=\"en-GB\""));

    // The request was sent in Welsh: news of it comes in Welsh.
    let reference = Reference::parse(&shown).unwrap();
    sqlx::query("UPDATE requests SET locale = 'cy' WHERE reference = $1")
        .bind(reference.as_str())
        .execute(&database(&path).await)
        .await
        .unwrap();
    let ask = StatusChange {
        to: RequestStatus::WaitingForResident,
        note: "Dywedwch wrthym ar ba ochr i'r ffordd mae'r bin.".into(),
        staff_note: "Crew could not find it".into(),
    };
    move_request(
        &server.state,
        &reference,
        RequestStatus::Received,
        &ask,
        "caseworker-1",
    )
    .await
    .unwrap();
    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    let received = smtp.received();
    let (subject, text, html) = read(&received[1]);
    assert_eq!(subject, format!("Newyddion am eich cais {shown}"));
    assert!(text.contains("Statws: Yn aros amdanoch chi"), "{text}");
    assert!(text.contains("ar ba ochr i'r ffordd"));
    assert!(!text.contains("Crew could not find it") && !html.contains("Crew"));
    assert!(html.contains("lang=\"cy\""));
    server.stop().await;
}

#[tokio::test]
async fn an_arabic_acknowledgement_keeps_its_reference_and_date_readable_in_both_parts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    v.accept_language = Some("ar,en;q=0.5".into());
    let shown = send_report(&mut v).await;
    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    let (subject, text, html) = read(&files_in(&path.with_extension("outbox"))[0]);

    let act_by: String = sqlx::query_scalar("SELECT act_by FROM requests")
        .fetch_one(&database(&path).await)
        .await
        .unwrap();
    let (year, month, day) = {
        let mut parts = act_by.split('-').map(|p| p.parse::<u32>().unwrap());
        (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        )
    };
    let month_name = support::message("ar", &format!("month-{month}"));
    let title = support::message_in("ar", "services/report-missed-bin.ftl", "missed-bin-title");

    // The HTML part is right to left, with the reference and the date each isolated.
    assert!(html.contains("lang=\"ar\" dir=\"rtl\""), "{html}");
    assert!(html.contains(&format!("<bdi>{shown}</bdi>")), "{html}");
    let date = html
        .split("<bdi>")
        .find(|b| b.contains(&month_name))
        .and_then(|b| b.split("</bdi>").next())
        .unwrap_or_else(|| panic!("no isolated date with {month_name}: {html}"));
    assert!(
        date.contains(&day.to_string()) && date.contains(&year.to_string()),
        "{date}"
    );
    assert!(html.contains(&title), "{html}");

    // The text part has the same words with no invisible isolation marks, so the reference can
    // be copied as it is.
    for part in [&subject, &text] {
        assert!(!part.contains(['\u{2068}', '\u{2069}']), "{part:?}");
    }
    assert!(subject.contains(&shown), "{subject}");
    assert!(text.contains(&shown), "{text}");
    assert!(
        text.contains(&month_name) && text.contains(&year.to_string()),
        "{text}"
    );
    assert!(text.contains(&title), "{text}");
    server.stop().await;
}

#[tokio::test]
async fn without_smtp_messages_are_written_to_the_outbox_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let mut v = Visitor::new(&server);
    let shown = send_report(&mut v).await;
    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    let written = files_in(&path.with_extension("outbox"));
    assert_eq!(written.len(), 1);
    let (subject, text, _) = read(&written[0]);
    assert!(subject.ends_with(&shown));
    assert!(text.contains("We will act by "));
    server.stop().await;
}

#[tokio::test]
async fn a_message_not_sent_is_tried_again_later_and_one_that_cannot_be_sent_is_kept_as_failed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    // Nothing listens here yet: the mail server is down.
    let port = free_port();
    let mut config = support::config(&path, &repo().join("services"));
    config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    send_report(&mut v).await;

    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    let db = open_db(&path).await;
    let outbox = db.outbox().await.unwrap();
    assert_eq!(outbox[0].attempts, 1);
    assert!(
        db.failed_messages().await.unwrap().is_empty(),
        "not given up"
    );
    // Not tried again at once: it waits a minute first.
    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    assert_eq!(db.outbox().await.unwrap()[0].attempts, 1);

    // The mail server is back and the wait is over: the message goes, once.
    let smtp = SmtpServer::start(port, dir.path()).await;
    sqlx::query("UPDATE outbox SET claimed_until = 0")
        .execute(&database(&path).await)
        .await
        .unwrap();
    assert_eq!(send_due(&server.state).await.unwrap(), 1);
    assert_eq!(smtp.received().len(), 1);

    // An address no mail can go to is not tried again; caseworkers can see it failed.
    db.queue_message(
        "not an address",
        "request-received",
        &serde_json::json!({"locale": "en-GB", "reference": "KX4-P7M-HRT"}),
    )
    .await
    .unwrap();
    assert_eq!(send_due(&server.state).await.unwrap(), 0);
    let failed = db.failed_messages().await.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].0, "not an address");
    assert!(failed[0].2.contains("cannot take mail"), "{}", failed[0].2);
    sqlx::query("UPDATE outbox SET claimed_until = 0")
        .execute(&database(&path).await)
        .await
        .unwrap();
    assert_eq!(
        send_due(&server.state).await.unwrap(),
        0,
        "never tried again"
    );
    assert_eq!(db.unsent_messages().await.unwrap(), 0);
    server.stop().await;
}
