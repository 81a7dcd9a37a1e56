//! The caseworkers' area over HTTP, without JavaScript: signing in by an emailed code, the list
//! and one request, moving it on; and the resident's side: answering "waiting for you" with a
//! file, and rating the outcome. Runs on SQLite, and on PostgreSQL when FRONTDOOR_TEST_POSTGRES
//! names one.

mod support;

use frontdoor_server::db::Db;
use support::{answer_missed_bin, fixture, open_db, reference_in, TestServer, Visitor};

const CASEWORKER: &str = "sam.case@council.example.gov.uk";

/// The code in the newest sign-in email.
async fn emailed_code(db: &Db) -> String {
    let outbox = db.outbox().await.unwrap();
    let message = outbox
        .iter()
        .rev()
        .find(|m| m.template == "staff-sign-in-code")
        .expect("a sign-in code was queued");
    assert_eq!(message.recipient, CASEWORKER);
    let data: serde_json::Value = serde_json::from_str(&message.data).unwrap();
    data["code"].as_str().unwrap().to_string()
}

async fn signed_in_caseworker(server: &TestServer, db: &Db) -> Visitor {
    let mut staff = Visitor::new(server);
    staff
        .post_form(
            "/staff/sign-in",
            &[("email", "Sam.Case@council.example.gov.uk")],
        )
        .await
        .redirects_to("/staff/sign-in/code");
    let code = emailed_code(db).await;
    staff
        .post_form("/staff/sign-in/code", &[("code", &code)])
        .await
        .redirects_to("/staff");
    staff
}

/// A resident's missed-bin report, sent and tracked. Returns them and the reference shown.
async fn resident_with_request(server: &TestServer) -> (Visitor, String) {
    let mut v = Visitor::new(server);
    answer_missed_bin(&mut v, "resident@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    let shown = reference_in(&v.get("/report-missed-bin/confirmation").await.body);
    v.post_form(
        "/track",
        &[("reference", &shown), ("email", "resident@example.com")],
    )
    .await
    .redirects_to("/track/request");
    (v, shown)
}

#[tokio::test]
async fn caseworkers_sign_in_with_a_single_use_code_and_sign_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    assert!(db
        .add_staff("staff-1", CASEWORKER, "Sam Case")
        .await
        .unwrap());

    // Not signed in: every caseworker page sends them to sign in.
    let mut stranger = Visitor::new(&server);
    for page in ["/staff", "/staff/requests/KX4P7MHRT"] {
        stranger.get(page).await.redirects_to("/staff/sign-in");
    }
    let page = stranger.get("/staff/sign-in").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sign in to see requests"));

    // An address with no account looks the same, but no email goes.
    stranger
        .post_form("/staff/sign-in", &[("email", "nobody@example.com")])
        .await
        .redirects_to("/staff/sign-in/code");
    assert!(db.outbox().await.unwrap().is_empty());
    let wrong = stranger
        .post_form("/staff/sign-in/code", &[("code", "123456")])
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("The code is wrong or has run out"));

    // A bad address is refused by the field.
    let refused = stranger
        .post_form("/staff/sign-in", &[("email", "sam at council")])
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused
        .body
        .contains("Enter an email address in the correct format"));
    assert!(refused.body.contains("value=\"sam at council\""));

    // The right code signs in once; the cookie is for the caseworkers' pages only.
    let mut staff = Visitor::new(&server);
    staff
        .post_form("/staff/sign-in", &[("email", CASEWORKER)])
        .await
        .redirects_to("/staff/sign-in/code");
    let code = emailed_code(&db).await;
    let page = staff.get("/staff/sign-in/code").await;
    assert!(page.body.contains("autocomplete=\"one-time-code\""));
    let wrong_code = if code == "000000" { "111111" } else { "000000" };
    let wrong = staff
        .post_form("/staff/sign-in/code", &[("code", wrong_code)])
        .await;
    assert_eq!(wrong.status, 422);
    let signed_in = staff
        .post_form("/staff/sign-in/code", &[("code", &code)])
        .await;
    signed_in.redirects_to("/staff");
    let cookie = signed_in
        .set_cookies
        .iter()
        .find(|c| c.starts_with("fd_staff="))
        .expect("a staff session cookie");
    for part in ["Path=/staff", "HttpOnly", "SameSite=Strict", "Secure"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    let list = staff.get("/staff").await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert!(list.body.contains("Signed in as Sam Case"));

    // The same code again does nothing, even in a new sign-in's browser.
    let mut again = Visitor::new(&server);
    again
        .post_form("/staff/sign-in", &[("email", CASEWORKER)])
        .await;
    assert_eq!(
        again
            .post_form("/staff/sign-in/code", &[("code", &code)])
            .await
            .status,
        if emailed_code(&db).await == code {
            303
        } else {
            422
        }
    );

    // Signing out ends the session in the database, not only in the browser.
    let old_cookies = staff.cookies.clone();
    staff
        .post_form("/staff/sign-out", &[])
        .await
        .redirects_to("/staff/sign-in");
    staff.get("/staff").await.redirects_to("/staff/sign-in");
    let mut replayed = Visitor::new(&server);
    replayed.cookies = old_cookies;
    replayed.get("/staff").await.redirects_to("/staff/sign-in");
}

#[tokio::test]
async fn a_code_stops_working_after_five_wrong_tries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    db.add_staff("staff-1", CASEWORKER, "Sam Case")
        .await
        .unwrap();
    let mut staff = Visitor::new(&server);
    staff
        .post_form("/staff/sign-in", &[("email", CASEWORKER)])
        .await;
    let code = emailed_code(&db).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let reply = staff
            .post_form("/staff/sign-in/code", &[("code", wrong)])
            .await;
        assert_eq!(reply.status, 422);
    }
    let too_late = staff
        .post_form("/staff/sign-in/code", &[("code", &code)])
        .await;
    assert_eq!(too_late.status, 422, "the right code after 5 wrong ones");
    assert!(staff.cookies.get("fd_staff").is_none_or(|c| c.is_empty()));
}

#[tokio::test]
async fn a_caseworker_asks_the_resident_who_answers_with_a_file_then_resolves_and_is_rated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    db.add_staff("staff-1", CASEWORKER, "Sam Case")
        .await
        .unwrap();
    let (mut resident, shown) = resident_with_request(&server).await;
    let plain = shown.replace('-', "");
    let mut staff = signed_in_caseworker(&server, &db).await;

    // The list shows it, and its filters work.
    let list = staff.get("/staff").await;
    assert!(list.body.contains(&shown), "{}", list.body);
    let filtered = staff
        .get("/staff?service=report-missed-bin&status=received")
        .await;
    assert!(filtered.body.contains(&shown));
    let other = staff.get("/staff?status=resolved").await;
    assert!(!other.body.contains(&shown));
    assert!(other.body.contains("No requests match"));
    let overdue = staff.get("/staff?overdue=true").await;
    assert!(!overdue.body.contains(&shown), "not overdue yet");

    // The request, with its answers.
    let case_path = format!("/staff/requests/{plain}");
    let case = staff.get(&case_path).await;
    assert_eq!(case.status, 200, "{}", case.body);
    assert!(case.body.contains("Left by the gate"));
    assert!(case.body.contains("resident@example.com"));

    // A move not allowed, and a move missing what it must say, are refused by the field.
    let refused = staff
        .post_form(
            &case_path,
            &[("from", "received"), ("status", "received"), ("note", "")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("govuk-error-summary"));
    let needs_note = staff
        .post_form(
            &case_path,
            &[
                ("from", "received"),
                ("status", "waiting-for-resident"),
                ("staff-note", "Crew report"),
            ],
        )
        .await;
    assert_eq!(needs_note.status, 422);
    assert!(needs_note
        .body
        .contains("Say what you need from the resident"));
    assert!(
        needs_note.body.contains("Crew report"),
        "what was typed is kept"
    );

    // Ask for more information.
    staff
        .post_form(
            &case_path,
            &[
                ("from", "received"),
                ("status", "waiting-for-resident"),
                ("note", "Send us a photo of where the bin was left."),
                ("staff-note", "Crew could not find it"),
            ],
        )
        .await
        .redirects_to(&case_path);
    // A second caseworker's move from the old status is refused: someone moved it first.
    let stale = staff
        .post_form(
            &case_path,
            &[("from", "received"), ("status", "in-progress")],
        )
        .await;
    assert_eq!(stale.status, 422);
    assert!(stale
        .body
        .contains("Someone else has moved this request on"));

    // The resident sees "waiting for you" and what is needed, never the staff note.
    let page = resident.get("/track/request").await;
    assert!(page.body.contains("Waiting for you"));
    assert!(page
        .body
        .contains("Send us a photo of where the bin was left."));
    assert!(!page.body.contains("Crew could not find it"));
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    // An empty answer is refused.
    let empty = resident
        .post_files("/track/request", &[("reply", " ")], &[])
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Enter your answer, or add a file"));
    // A file that is not what it says is refused, and the words typed are kept.
    let refused = resident
        .post_files(
            "/track/request",
            &[("reply", "Here it is")],
            &[("reply-files", "photo.png", fixture("program.jpg"))],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Here it is"));
    // The answer, with a photo.
    resident
        .post_files(
            "/track/request",
            &[("reply", "It was by the lamp post.")],
            &[("reply-files", "where.png", fixture("photo.png"))],
        )
        .await
        .redirects_to("/track/request");
    let page = resident.get("/track/request").await;
    assert!(page.body.contains("You replied"));
    assert!(page.body.contains("It was by the lamp post."));
    assert!(page.body.contains("where.png"));
    assert!(!page.body.contains("Answer our question"), "answered once");

    // The caseworker sees the reply and its file, and can download it.
    let list = staff.get("/staff").await;
    assert!(list.body.contains("Resident replied"));
    let case = staff.get(&case_path).await;
    assert!(case.body.contains("It was by the lamp post."));
    assert!(
        case.body.contains("Crew could not find it"),
        "staff notes for staff"
    );
    let href_start = case
        .body
        .find(&format!("{case_path}/files/"))
        .expect("a download link");
    let href = &case.body[href_start..href_start + case.body[href_start..].find('"').unwrap()];
    let file = staff.get(href).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.headers["content-type"], "image/png");
    // Not for anyone else.
    resident.get(href).await.redirects_to("/staff/sign-in");

    // Resolved, with the outcome; the resident is told and asked to rate.
    staff
        .post_form(
            &case_path,
            &[
                ("from", "in-progress"),
                ("status", "resolved"),
                ("note", "We collected your bin on Tuesday."),
            ],
        )
        .await
        .redirects_to(&case_path);
    let outbox = db.outbox().await.unwrap();
    assert_eq!(outbox.last().unwrap().template, "request-over");
    let page = resident.get("/track/request").await;
    assert!(page.body.contains("We collected your bin on Tuesday."));
    assert!(page
        .body
        .contains("How satisfied are you with how we dealt with your request?"));
    let unrated = resident
        .post_form("/track/request", &[("comment", "Quick")])
        .await;
    assert_eq!(unrated.status, 422);
    assert!(unrated.body.contains("Select how satisfied you are"));
    assert!(unrated.body.contains("Quick"));
    resident
        .post_form(
            "/track/request",
            &[("satisfaction", "satisfied"), ("comment", "Quick")],
        )
        .await
        .redirects_to("/track/request");
    let page = resident.get("/track/request").await;
    assert!(page.body.contains("Thank you for telling us how we did."));
    // Rated once: a second rating does not replace the first.
    resident
        .post_form("/track/request", &[("satisfaction", "very-dissatisfied")])
        .await;
    let case = staff.get(&case_path).await;
    assert!(case.body.contains("Satisfied"));
    assert!(case.body.contains("It cannot be moved again"));
    let ratings = staff.get("/staff?service=report-missed-bin").await;
    assert!(ratings.body.contains("How satisfied residents were"));
    let satisfied_row = ratings
        .body
        .find(">Satisfied</td>")
        .expect("a row per answer");
    assert!(ratings.body[satisfied_row..]
        .starts_with(">Satisfied</td><td class=\"govuk-table__cell\">1</td>"));
}

/// Runs `frontdoor staff ...` on the test database: (succeeded, what it printed).
fn staff_command(database_url: &str, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .current_dir(support::repo())
        .env("FRONTDOOR_DATABASE_URL", database_url)
        .arg("staff")
        .args(args)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

#[tokio::test]
async fn accounts_are_added_and_removed_by_command() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    let url = support::database_url(&path);

    let (ok, said) = staff_command(&url, &["add", CASEWORKER, "Sam", "Case"]);
    assert!(ok, "{said}");
    assert!(said.contains("can now sign in"), "{said}");
    let (ok, said) = staff_command(&url, &["add", CASEWORKER, "Sam Case"]);
    assert!(!ok && said.contains("has an account already"), "{said}");
    let (ok, said) = staff_command(&url, &["add", "not an address", "Someone"]);
    assert!(!ok && said.contains("not an email address"), "{said}");
    let (ok, said) = staff_command(&url, &["list"]);
    assert!(
        ok && said.contains(&format!("{CASEWORKER}\tSam Case")),
        "{said}"
    );

    let mut staff = signed_in_caseworker(&server, &db).await;
    assert_eq!(staff.get("/staff").await.status, 200);

    // Someone leaves: their session ends and no code is sent to them again.
    let (ok, said) = staff_command(&url, &["remove", CASEWORKER]);
    assert!(ok, "{said}");
    staff.get("/staff").await.redirects_to("/staff/sign-in");
    let sent = db.outbox().await.unwrap().len();
    Visitor::new(&server)
        .post_form("/staff/sign-in", &[("email", CASEWORKER)])
        .await
        .redirects_to("/staff/sign-in/code");
    assert_eq!(db.outbox().await.unwrap().len(), sent);
    let (ok, said) = staff_command(&url, &["remove", CASEWORKER]);
    assert!(!ok && said.contains("has no account"), "{said}");
    let (ok, said) = staff_command(&url, &["promote", CASEWORKER]);
    assert!(!ok && said.contains("usage"), "{said}");
}

#[tokio::test]
async fn a_message_that_could_not_be_sent_is_shown_to_caseworkers_on_the_request() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    db.add_staff("staff-1", CASEWORKER, "Sam Case")
        .await
        .unwrap();
    let (_resident, shown) = resident_with_request(&server).await;
    let mut staff = signed_in_caseworker(&server, &db).await;
    let case_path = format!("/staff/requests/{}", shown.replace('-', ""));
    assert!(!staff
        .get(&case_path)
        .await
        .body
        .contains("Messages not sent"));

    // The acknowledgement's last try fails for good.
    for m in db.claim_messages("test", 10, 60).await.unwrap() {
        if m.template == "request-received" {
            db.mark_message_failed(m.id, "test", "550 no such mailbox", None)
                .await
                .unwrap();
        }
    }
    let page = staff.get(&case_path).await;
    assert!(page.body.contains("Messages not sent"), "{}", page.body);
    assert!(page.body.contains("Acknowledgement"));
    assert!(
        !page.body.contains("550 no such mailbox"),
        "the mail server's words stay in the log"
    );
}
