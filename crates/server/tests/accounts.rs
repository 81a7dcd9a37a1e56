//! Residents' accounts over HTTP, without JavaScript: signing in by an emailed code or link
//! (single use, expiring, limited, for the address it was sent to), keeping the form in progress,
//! the signed-in home, and signing out here or everywhere. Runs on SQLite, and on PostgreSQL when
//! FRONTDOOR_TEST_POSTGRES names one.

mod support;

use frontdoor_server::db::Db;
use support::{answer_missed_bin, database, open_db, reference_in, TestServer, Visitor};

/// The code and link in the newest sign-in email to `email`.
async fn emailed(db: &Db, email: &str) -> (String, String) {
    let outbox = db.outbox().await.unwrap();
    let message = outbox
        .iter()
        .rev()
        .find(|m| m.template == "resident-sign-in" && m.recipient == email)
        .expect("a sign-in email was queued");
    let data: serde_json::Value = serde_json::from_str(&message.data).unwrap();
    let link = data["link"].as_str().unwrap();
    let path = link
        .strip_prefix("https://frontdoor.example.gov.uk")
        .unwrap();
    (data["code"].as_str().unwrap().to_string(), path.to_string())
}

async fn ask_to_sign_in(v: &mut Visitor, email: &str) {
    v.post_form("/account/sign-in", &[("email", email)])
        .await
        .redirects_to("/account/sign-in/code");
}

fn other_code(code: &str) -> &'static str {
    if code == "000000" {
        "111111"
    } else {
        "000000"
    }
}

#[tokio::test]
async fn signing_in_by_code_keeps_the_form_in_progress_on_a_new_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    let mut v = Visitor::new(&server);
    v.get("/account").await.redirects_to("/account/sign-in");

    // Half way through a form...
    v.post_form(
        "/report-missed-bin/address",
        &[("postcode", "se1 2qh"), ("address-line-1", "1 High Street")],
    )
    .await
    .redirects_to("/report-missed-bin/which-bin");
    let before = v.cookies["fd_session"].clone();

    let page = v.get("/account/sign-in").await;
    assert!(page.body.contains("there is no password to remember"));
    let refused = v.post_form("/account/sign-in", &[("email", "sam@")]).await;
    assert_eq!(refused.status, 422);
    ask_to_sign_in(&mut v, "Sam@Example.com").await;
    let (code, _) = emailed(&db, "sam@example.com").await;
    let page = v.get("/account/sign-in/code").await;
    assert!(page.body.contains("autocomplete=\"one-time-code\""));
    let wrong = v
        .post_form("/account/sign-in/code", &[("code", other_code(&code))])
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("The code is wrong or has run out"));
    // The same browser, as it is now, to try the code again once it has been used.
    let mut replay = v.twin();
    // Pasted with a space, as some mail programs show it.
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    v.post_form("/account/sign-in/code", &[("code", &spaced)])
        .await
        .redirects_to("/account");
    // A new session, so a cookie known before signing in is worth nothing after.
    let after = v.cookies["fd_session"].clone();
    assert_ne!(before, after);
    let mut old = Visitor::new(&server);
    old.cookies.insert("fd_session".into(), before);
    old.get("/account").await.redirects_to("/account/sign-in");

    let home = v.get("/account").await;
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.body.contains("You are signed in as sam@example.com"));
    assert!(
        home.body.contains("Report a missed bin collection"),
        "the form in progress"
    );
    // ...and the form goes on where it was.
    let page = v.get("/report-missed-bin/address").await;
    assert_eq!(
        page.input_value("address-line-1").as_deref(),
        Some("1 High Street")
    );
    // The code works once.
    let used = replay
        .post_form("/account/sign-in/code", &[("code", &code)])
        .await;
    assert_eq!(used.status, 422);
    replay
        .get("/account")
        .await
        .redirects_to("/account/sign-in");
}

#[tokio::test]
async fn the_emailed_link_signs_in_once_on_any_device() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    let mut laptop = Visitor::new(&server);
    ask_to_sign_in(&mut laptop, "sam@example.com").await;
    let (_, link) = emailed(&db, "sam@example.com").await;
    assert!(link.starts_with("/account/sign-in/link/"));

    let mut phone = Visitor::new(&server);
    let signed_in = phone.get(&link).await;
    signed_in.redirects_to("/account");
    let cookies: Vec<_> = signed_in
        .set_cookies
        .iter()
        .filter(|c| c.starts_with("fd_session="))
        .collect();
    assert_eq!(cookies.len(), 1, "one session cookie: {cookies:?}");
    assert!(cookies[0].contains("HttpOnly") && cookies[0].contains("Secure"));
    assert_eq!(phone.get("/account").await.status, 200);

    // Used: a second click shows the sign-in page again, saying so.
    let mut someone = Visitor::new(&server);
    let used = someone.get(&link).await;
    assert_eq!(used.status, 404);
    assert!(used
        .body
        .contains("That sign-in link has been used or has run out"));
    someone
        .get("/account")
        .await
        .redirects_to("/account/sign-in");
}

#[tokio::test]
async fn codes_work_only_for_their_own_address_before_they_expire_and_not_after_five_tries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;

    // Another address's code does not sign in this browser.
    let mut sam = Visitor::new(&server);
    let mut alex = Visitor::new(&server);
    ask_to_sign_in(&mut sam, "sam@example.com").await;
    ask_to_sign_in(&mut alex, "alex@example.com").await;
    let (sams_code, _) = emailed(&db, "sam@example.com").await;
    let (alexs_code, _) = emailed(&db, "alex@example.com").await;
    if sams_code != alexs_code {
        let crossed = alex
            .post_form("/account/sign-in/code", &[("code", &sams_code)])
            .await;
        assert_eq!(crossed.status, 422);
    }

    // An expired code is refused.
    let pool = database(&path).await;
    sqlx::query("UPDATE resident_sign_ins SET expires_at = 0 WHERE email = 'sam@example.com'")
        .execute(&pool)
        .await
        .unwrap();
    let expired = sam
        .post_form("/account/sign-in/code", &[("code", &sams_code)])
        .await;
    assert_eq!(expired.status, 422);

    // Five wrong tries, and the right code no longer works.
    for _ in 0..5 {
        let wrong = alex
            .post_form(
                "/account/sign-in/code",
                &[("code", other_code(&alexs_code))],
            )
            .await;
        assert_eq!(wrong.status, 422);
    }
    let locked = alex
        .post_form("/account/sign-in/code", &[("code", &alexs_code)])
        .await;
    assert_eq!(locked.status, 422);
    alex.get("/account").await.redirects_to("/account/sign-in");

    // Nobody's inbox is flooded: a sixth email to one address in an hour is refused.
    let mut many = Visitor::new(&server);
    for _ in 0..4 {
        ask_to_sign_in(&mut Visitor::new(&server), "sam@example.com").await;
    }
    let flooded = many
        .post_form("/account/sign-in", &[("email", "sam@example.com")])
        .await;
    assert_eq!(flooded.status, 429);
}

#[tokio::test]
async fn the_home_lists_requests_sent_with_the_address_and_signing_out_everywhere_ends_every_session(
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;

    // A request sent before the account existed, and one by someone else.
    let mut before = Visitor::new(&server);
    answer_missed_bin(&mut before, "Sam@example.com").await;
    before
        .post_form("/report-missed-bin/check-answers", &[])
        .await;
    let mine = reference_in(&before.get("/report-missed-bin/confirmation").await.body);
    let mut other = Visitor::new(&server);
    answer_missed_bin(&mut other, "alex@example.com").await;
    other
        .post_form("/report-missed-bin/check-answers", &[])
        .await;
    let theirs = reference_in(&other.get("/report-missed-bin/confirmation").await.body);

    let mut laptop = Visitor::new(&server);
    ask_to_sign_in(&mut laptop, "sam@example.com").await;
    let (code, _) = emailed(&db, "sam@example.com").await;
    laptop
        .post_form("/account/sign-in/code", &[("code", &code)])
        .await
        .redirects_to("/account");
    let mut phone = Visitor::new(&server);
    ask_to_sign_in(&mut phone, "sam@example.com").await;
    let (code, _) = emailed(&db, "sam@example.com").await;
    phone
        .post_form("/account/sign-in/code", &[("code", &code)])
        .await
        .redirects_to("/account");

    let home = laptop.get("/account").await;
    assert!(home.body.contains(&mine), "{}", home.body);
    assert!(
        !home.body.contains(&theirs),
        "only requests sent with this address"
    );
    assert!(home.body.contains("Received"));

    // Signing out here leaves the phone signed in; everywhere ends both.
    let mut tablet = Visitor::new(&server);
    ask_to_sign_in(&mut tablet, "sam@example.com").await;
    let (code, _) = emailed(&db, "sam@example.com").await;
    tablet
        .post_form("/account/sign-in/code", &[("code", &code)])
        .await;
    tablet
        .post_form("/account/sign-out", &[])
        .await
        .redirects_to("/account/sign-in");
    tablet
        .get("/account")
        .await
        .redirects_to("/account/sign-in");
    assert_eq!(phone.get("/account").await.status, 200);
    laptop
        .post_form("/account/sign-out/everywhere", &[])
        .await
        .redirects_to("/account/sign-in");
    laptop
        .get("/account")
        .await
        .redirects_to("/account/sign-in");
    phone.get("/account").await.redirects_to("/account/sign-in");
}

async fn signed_in(server: &TestServer, db: &Db, email: &str) -> Visitor {
    let mut v = Visitor::new(server);
    ask_to_sign_in(&mut v, email).await;
    let (code, _) = emailed(db, email).await;
    v.post_form("/account/sign-in/code", &[("code", &code)])
        .await
        .redirects_to("/account");
    v
}

#[tokio::test]
async fn residents_download_everything_held_and_deleting_the_account_keeps_only_sent_requests() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    let pool = database(&path).await;

    // A request sent with the address, then signed in with a form in progress holding a file.
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "sam@example.com").await;
    v.post_form("/report-missed-bin/check-answers", &[]).await;
    let sent = reference_in(&v.get("/report-missed-bin/confirmation").await.body);
    let mut v = signed_in(&server, &db, "sam@example.com").await;
    support::at_proof_page(&mut v, "no").await;
    v.post_files(
        &format!("{}/proof", support::SPD),
        &[("upload-files", "proof")],
        &[("proof", "tenancy.pdf", support::fixture("evidence.pdf"))],
    )
    .await;
    let file_id: String =
        sqlx::query_scalar("SELECT id FROM uploads WHERE file_name = 'tenancy.pdf'")
            .fetch_one(&pool)
            .await
            .unwrap();
    // Someone else's form, which must not appear.
    let mut alex = signed_in(&server, &db, "alex@example.com").await;
    alex.post_form(
        "/report-missed-bin/address",
        &[("postcode", "se1 2qh"), ("address-line-1", "9 Other Road")],
    )
    .await;

    // To read...
    let page = v.get("/account/your-data").await;
    assert_eq!(page.status, 200, "{}", page.body);
    for shown in [
        sent.as_str(),
        "Left by the gate",
        "16 Rye Lane",
        "tenancy.pdf",
        "sam@example.com",
    ] {
        assert!(page.body.contains(shown), "shows {shown}");
    }
    assert!(!page.body.contains("9 Other Road"));
    // ...and to download.
    let download = v.get("/account/your-data/download").await;
    assert_eq!(download.status, 200);
    assert!(download.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("your-data.json"));
    let data: serde_json::Value = serde_json::from_str(&download.body).unwrap();
    assert_eq!(data["account"]["email"], "sam@example.com");
    assert_eq!(data["requests"][0]["reference"], sent.as_str());
    assert_eq!(data["requests"][0]["status"], "received");
    assert!(download.body.contains("Left by the gate"));
    assert_eq!(
        data["forms_in_progress"][0]["service"],
        "apply-for-a-single-person-discount"
    );
    assert!(!download.body.contains("9 Other Road"));
    Visitor::new(&server)
        .get("/account/your-data/download")
        .await
        .redirects_to("/account/sign-in");

    // Deleting needs a confirmation...
    let unconfirmed = v.post_form("/account/delete", &[]).await;
    assert_eq!(unconfirmed.status, 422);
    assert!(unconfirmed
        .body
        .contains("Confirm that you want to delete your account"));
    // ...then removes the account, its sessions, forms, files and sign-ins, and keeps the request.
    assert!(
        server.state.evidence.open(&file_id).await.is_ok(),
        "the file is kept"
    );
    let deleted = v.post_form("/account/delete", &[("confirm", "yes")]).await;
    assert_eq!(deleted.status, 200);
    assert!(deleted.body.contains("Your account has been deleted"));
    v.get("/account").await.redirects_to("/account/sign-in");
    let count = |sql: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(
        count("SELECT count(*) FROM residents WHERE email = 'sam@example.com'").await,
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM resident_sign_ins WHERE email = 'sam@example.com'").await,
        0
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM drafts WHERE service_id = 'apply-for-a-single-person-discount'"
        )
        .await,
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM uploads WHERE file_name = 'tenancy.pdf'").await,
        0
    );
    assert!(
        server.state.evidence.open(&file_id).await.is_err(),
        "the file's bytes are gone from the evidence store"
    );
    assert_eq!(
        count("SELECT count(*) FROM requests").await,
        1,
        "the sent request is kept"
    );
    // The other resident is untouched.
    assert_eq!(alex.get("/account").await.status, 200);
}

/// Answers the complaint's pages up to its contact page.
async fn complaint_to_contact(v: &mut Visitor) {
    for (page, fields) in [
        ("service", vec![("service-area", "waste")]),
        (
            "what-happened",
            vec![("details", "Missed three weeks running.")],
        ),
        ("put-right", vec![("outcome", "Collect it.")]),
        ("earlier-reference", vec![("earlier-reference", "")]),
    ] {
        let r = v
            .post_form(&format!("/make-a-complaint/{page}"), &fields)
            .await;
        assert_eq!(r.status, 303, "{page}: {}", r.body);
    }
}

#[tokio::test]
async fn saved_details_fill_in_forms_and_change_only_when_the_resident_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;

    // Not signed in: nothing is offered.
    let mut stranger = Visitor::new(&server);
    complaint_to_contact(&mut stranger).await;
    let page = stranger.get("/make-a-complaint/contact").await;
    assert!(!page.body.contains("save-to-profile"));

    // Signed in, nothing saved yet: each question offers to save its answer, unticked.
    let mut v = signed_in(&server, &db, "sam@example.com").await;
    complaint_to_contact(&mut v).await;
    let page = v.get("/make-a-complaint/contact").await;
    assert!(page.body.contains("Save my answer to"), "{}", page.body);
    assert!(!page.body.contains("We have filled in your saved details"));
    assert!(!page.body.contains("checked"));
    // Only what is ticked is saved: the name and phone, not the email.
    v.post_form(
        "/make-a-complaint/contact",
        &[
            ("full-name", "Sam Jones"),
            ("email", "sam@example.com"),
            ("phone", "07700 900123"),
            ("save-to-profile", "full-name"),
            ("save-to-profile", "phone"),
        ],
    )
    .await
    .redirects_to("/make-a-complaint/check-answers");
    let home = v.get("/account").await;
    assert!(
        home.body.contains(">Sam Jones</bdi></dd>")
            && home.body.contains(">07700 900123</bdi></dd>")
    );
    assert!(
        !home.body.contains(">sam@example.com</bdi></dd>"),
        "the email was not ticked"
    );
    v.post_form("/make-a-complaint/check-answers", &[])
        .await
        .redirects_to("/make-a-complaint/confirmation");

    // The next form fills them in and says so; the use is noted on the account.
    complaint_to_contact(&mut v).await;
    let page = v.get("/make-a-complaint/contact").await;
    assert!(page.body.contains("We have filled in your saved details"));
    assert_eq!(page.input_value("full-name").as_deref(), Some("Sam Jones"));
    assert_eq!(page.input_value("phone").as_deref(), Some("07700 900123"));
    assert_eq!(page.input_value("email").as_deref(), Some(""));
    assert!(page.body.contains("Also change"));
    // Changed for this request only: the profile keeps the old name.
    v.post_form(
        "/make-a-complaint/contact",
        &[
            ("full-name", "Samantha Jones"),
            ("email", "sam@example.com"),
            ("phone", "07700 900123"),
            ("from-profile", "full-name"),
            ("from-profile", "phone"),
        ],
    )
    .await
    .redirects_to("/make-a-complaint/check-answers");
    let check = v.get("/make-a-complaint/check-answers").await;
    assert!(check.body.contains("Samantha Jones"));
    let home = v.get("/account").await;
    assert!(
        home.body.contains(">Sam Jones</bdi></dd>"),
        "unchanged without the tick"
    );
    assert!(home.body.contains("How we have used your details"));
    assert!(
        home.body.contains("Name filled in on Make a complaint"),
        "{}",
        home.body
    );
    // Then also in the profile.
    v.post_form(
        "/make-a-complaint/contact",
        &[
            ("full-name", "Samantha Jones"),
            ("email", "sam@example.com"),
            ("phone", ""),
            ("save-to-profile", "full-name"),
        ],
    )
    .await;
    let home = v.get("/account").await;
    assert!(home.body.contains(">Samantha Jones</bdi></dd>"));
    // The use is tied to the request once sent.
    v.post_form("/make-a-complaint/check-answers", &[])
        .await
        .redirects_to("/make-a-complaint/confirmation");
    let shown = reference_in(&v.get("/make-a-complaint/confirmation").await.body);
    let home = v.get("/account").await;
    assert!(
        home.body.contains(&format!("Make a complaint ({shown})")),
        "{}",
        home.body
    );
    let data: serde_json::Value =
        serde_json::from_str(&v.get("/account/your-data/download").await.body).unwrap();
    assert_eq!(data["saved_details"]["name"], "Samantha Jones");
    assert!(data["uses_of_saved_details"].as_array().unwrap().len() >= 2);

    // Removing a detail.
    v.post_form("/account", &[("remove", "phone")])
        .await
        .redirects_to("/account");
    assert!(!v
        .get("/account")
        .await
        .body
        .contains(">07700 900123</bdi></dd>"));
    // Another resident never sees them.
    let mut alex = signed_in(&server, &db, "alex@example.com").await;
    complaint_to_contact(&mut alex).await;
    let page = alex.get("/make-a-complaint/contact").await;
    assert!(!page.body.contains("Samantha"));
    assert!(!alex.get("/account").await.body.contains("Samantha"));
}

#[tokio::test]
async fn a_changed_detail_is_passed_to_open_requests_only_when_the_resident_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    // A council's CRM listens (deliveries are only queued here: this server does not send).
    let mut config = support::config(&path, &support::repo().join("services"));
    config.webhook_url = Some("http://127.0.0.1:9/hooks".into());
    config.webhook_secret = Some("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".into());
    config.send_webhooks = false;
    let server = TestServer::start_with(config).await;
    let db = open_db(&path).await;
    let mut v = signed_in(&server, &db, "sam@example.com").await;

    // A complaint sent with a phone number saved to the account.
    complaint_to_contact(&mut v).await;
    let contact = |phone: &'static str| {
        vec![
            ("full-name", "Sam Jones"),
            ("email", "sam@example.com"),
            ("phone", phone),
            ("save-to-profile", "phone"),
        ]
    };
    v.post_form("/make-a-complaint/contact", &contact("07700 900123"))
        .await
        .redirects_to("/make-a-complaint/check-answers");
    v.post_form("/make-a-complaint/check-answers", &[])
        .await
        .redirects_to("/make-a-complaint/confirmation");
    let open = reference_in(&v.get("/make-a-complaint/confirmation").await.body);
    assert!(
        !v.get("/account").await.body.contains("Tell us once"),
        "nothing changed yet"
    );

    // A new number, saved to the account on the next form: the account offers to pass it on.
    complaint_to_contact(&mut v).await;
    v.post_form("/make-a-complaint/contact", &contact("07700 900456"))
        .await
        .redirects_to("/make-a-complaint/check-answers");
    let home = v.get("/account").await;
    assert!(home
        .body
        .contains("You changed your details. Tell us once?"));
    assert!(home.body.contains("Phone number: 07700 900456"));
    assert!(home.body.contains(&format!("value=\"{open}\"")));

    // "Not now" passes nothing on.
    let mut twin = v.twin();
    twin.post_form("/account", &[("action", "keep")])
        .await
        .redirects_to("/account");
    assert!(!v.get("/account").await.body.contains("Tell us once"));
    let history = db
        .history(frontdoor_domain::Reference::parse(&open).unwrap().as_str())
        .await
        .unwrap();
    assert_eq!(history.len(), 1, "only the request being sent");

    // Changed again, and passed on: the request's history has it, for the caseworker too.
    complaint_to_contact(&mut v).await;
    v.post_form("/make-a-complaint/contact", &contact("07700 900789"))
        .await
        .redirects_to("/make-a-complaint/check-answers");
    v.post_form("/account", &[("action", "pass-on"), ("pass-to", &open)])
        .await
        .redirects_to("/account");
    assert!(!v.get("/account").await.body.contains("Tell us once"));
    let history = db
        .history(frontdoor_domain::Reference::parse(&open).unwrap().as_str())
        .await
        .unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].note, "New details – Phone number: 07700 900789");
    assert_eq!(history[0].made_by, "resident");
    // ...and the CRM is told, with nothing personal in the webhook.
    let pool = database(&path).await;
    let told: Vec<(String, String)> = sqlx::query_as(
        "SELECT event_type, payload FROM webhook_deliveries WHERE event_type = 'request.details_changed'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(told.len(), 1);
    assert!(told[0].1.contains(&open) && !told[0].1.contains("07700"));
    // Nobody can pass details to someone else's request.
    let mut alex = signed_in(&server, &db, "alex@example.com").await;
    alex.post_form("/account", &[("action", "pass-on"), ("pass-to", &open)])
        .await;
    assert_eq!(
        db.history(frontdoor_domain::Reference::parse(&open).unwrap().as_str())
            .await
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn saved_details_are_edited_with_the_forms_questions_and_the_language_is_used_on_signing_in()
{
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = open_db(&path).await;
    Visitor::new(&server)
        .get("/account/details/phone")
        .await
        .redirects_to("/account/sign-in");
    let mut v = signed_in(&server, &db, "sam@example.com").await;
    let home = v.get("/account").await;
    assert!(home.body.contains("href=\"/account/details/access-needs\""));
    assert!(home.body.contains("Not saved"));
    assert_eq!(v.get("/account/details/shoe-size").await.status, 404);

    // The same rules as a form's phone question, errors by the field, what was typed kept.
    let page = v.get("/account/details/phone").await;
    assert!(page.body.contains("What is your phone number?"));
    let wrong = v
        .post_form("/account/details/phone", &[("phone", "call me")])
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("Enter a UK phone number"));
    assert!(wrong.body.contains("value=\"call me\""));
    v.post_form("/account/details/phone", &[("phone", "07700 900123")])
        .await
        .redirects_to("/account");
    // Access needs: checkboxes.
    v.post_form(
        "/account/details/access-needs",
        &[
            ("access-needs", "large-print"),
            ("access-needs", "interpreter"),
            ("interpreter-language", "Polish"),
        ],
    )
    .await
    .redirects_to("/account");
    let home = v.get("/account").await;
    assert!(home.body.contains("07700 900123"));
    assert!(home.body.contains("Letters in large print"));
    assert!(home.body.contains("An interpreter for another language"));
    assert!(
        home.body.contains(">Polish</bdi></dd>"),
        "the language named"
    );

    // The language: refused when none is chosen; chosen, it becomes the pages' language.
    let none = v.post_form("/account/details/language", &[]).await;
    assert_eq!(none.status, 422);
    assert!(none.body.contains("Select a language"));
    let saved = v
        .post_form("/account/details/language", &[("language", "cy")])
        .await;
    saved.redirects_to("/account");
    assert!(saved
        .set_cookies
        .iter()
        .any(|c| c.starts_with("fd_lang=cy")));
    let home = v.get("/account").await;
    assert!(home.body.contains("Eich cyfrif"), "in Welsh");
    // ...and on signing in elsewhere.
    let mut phone = Visitor::new(&server);
    ask_to_sign_in(&mut phone, "sam@example.com").await;
    let (code, _) = emailed(&db, "sam@example.com").await;
    let signed = phone
        .post_form("/account/sign-in/code", &[("code", &code)])
        .await;
    assert!(signed
        .set_cookies
        .iter()
        .any(|c| c.starts_with("fd_lang=cy")));

    // A changed phone number, with a request open, is offered to it.
    let mut v = signed_in(&server, &db, "sam@example.com").await;
    complaint_to_contact(&mut v).await;
    v.post_form(
        "/make-a-complaint/contact",
        &[
            ("full-name", "Sam"),
            ("email", "sam@example.com"),
            ("phone", ""),
        ],
    )
    .await;
    v.post_form("/make-a-complaint/check-answers", &[])
        .await
        .redirects_to("/make-a-complaint/confirmation");
    v.post_form("/account/details/phone", &[("phone", "07700 900456")])
        .await
        .redirects_to("/account");
    assert!(v.get("/account").await.body.contains("07700 900456"));
    let offer = v.get("/account").await;
    assert!(
        offer.body.contains("pass-to"),
        "offered to the open complaint"
    );
}

#[tokio::test]
async fn sign_ins_that_have_expired_are_swept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let pool = database(&path).await;
    let mut v = Visitor::new(&server);
    ask_to_sign_in(&mut v, "sam@example.com").await;
    ask_to_sign_in(&mut v, "alex@example.com").await;
    sqlx::query("UPDATE resident_sign_ins SET expires_at = 0 WHERE email = 'sam@example.com'")
        .execute(&pool)
        .await
        .unwrap();
    assert!(frontdoor_server::background::sweep_if_ours(&server.state)
        .await
        .unwrap());
    let left: Vec<String> = sqlx::query_scalar("SELECT email FROM resident_sign_ins")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(
        left,
        ["alex@example.com"],
        "only the one still running is kept"
    );
}
