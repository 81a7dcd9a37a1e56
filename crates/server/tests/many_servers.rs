//! Several servers behind a load balancer: two servers on one database (PostgreSQL when
//! FRONTDOOR_TEST_POSTGRES names one, as the test command sets it; otherwise one SQLite file)
//! and one S3 store (moto). A resident's requests may reach either, and nothing is lost when
//! one of them dies. One test, as the S3 settings are the process's environment.

mod support;

use std::path::Path;

use frontdoor_domain::Route;
use support::{
    at_proof_page, create_upload, fixture, open_db, patch_upload, repo, TestServer, Visitor, SPD,
};

const BUCKET: &str = "council-evidence";

fn config(dir: &Path, server: &str) -> frontdoor_server::config::Config {
    let mut config = support::config(&dir.join("db.sqlite"), &repo().join("services"));
    config.evidence_store = format!("s3://{BUCKET}/frontdoor");
    // Each server's own folder for files being received and checked.
    config.upload_dir = dir.join(format!("{server}.uploads"));
    config
}

/// The reference shown on a confirmation page.
fn reference_on(page: &str) -> String {
    let at = page
        .find("class=\"reference\"")
        .expect("a reference is shown");
    let text = &page[at..];
    let start = text.find('>').unwrap() + 1;
    let end = text.find('<').unwrap();
    text[start..end].trim().to_string()
}

/// The missed-bin journey, each page to the other server than the last.
async fn answer_missed_bin_alternately(v: &mut Visitor, servers: [&TestServer; 2]) {
    let (d, m, y) = support::days_ago(2);
    let steps: [(&str, Vec<(&str, &str)>, &str); 5] = [
        (
            "address",
            vec![("postcode", "se1 2qh"), ("address-line-1", "1 High Street")],
            "which-bin",
        ),
        ("which-bin", vec![("bin", "recycling")], "date"),
        (
            "date",
            vec![("date-day", &d), ("date-month", &m), ("date-year", &y)],
            "more-information",
        ),
        (
            "more-information",
            vec![("more-information", "Left by the gate")],
            "contact",
        ),
        (
            "contact",
            vec![("email", "many@example.com"), ("phone", "")],
            "check-answers",
        ),
    ];
    for (i, (page, fields, next)) in steps.iter().enumerate() {
        v.base = servers[i % 2].base.clone();
        let path = format!("/report-missed-bin/{page}");
        assert_eq!(v.get(&path).await.status, 200, "{path} on server {}", i % 2);
        v.post_form(&path, fields)
            .await
            .redirects_to(&format!("/report-missed-bin/{next}"));
    }
}

#[tokio::test]
async fn two_servers_share_one_database_and_one_store() {
    let moto = support::start_moto(BUCKET).await;
    let dir = tempfile::tempdir().unwrap();
    support::create_database(&support::database_url(&dir.path().join("db.sqlite"))).await;
    // Both start at once on an empty database: the migrations run once, under a lock.
    let (a, b) = tokio::join!(
        TestServer::start_with(config(dir.path(), "a")),
        TestServer::start_with(config(dir.path(), "b"))
    );
    let db = open_db(&dir.path().join("db.sqlite")).await;
    assert_eq!(
        db.kind() == frontdoor_server::db::Kind::Postgres,
        support::on_postgres(),
        "the database the test command asked for"
    );

    // A journey with its pages sent to each server in turn completes, and is sent once.
    let mut v = Visitor::new(&a);
    answer_missed_bin_alternately(&mut v, [&a, &b]).await;
    v.base = a.base.clone();
    let check = v.get("/report-missed-bin/check-answers").await;
    assert!(check.body.contains("1 High Street") && check.body.contains("Left by the gate"));
    v.base = b.base.clone();
    v.post_form("/report-missed-bin/check-answers", &[])
        .await
        .redirects_to("/report-missed-bin/confirmation");
    v.base = a.base.clone();
    let reference = reference_on(&v.get("/report-missed-bin/confirmation").await.body);
    assert_eq!(db.count_requests().await.unwrap(), 1);

    // A request sent through one server is tracked through the other.
    let mut tracker = Visitor::new(&a);
    tracker
        .post_form(
            &Route::Track.path(),
            &[("reference", &reference), ("email", "many@example.com")],
        )
        .await
        .redirects_to(&Route::TrackedRequest.path());
    let mut tracked = tracker.moved_to(&b);
    let shown = tracked.get(&Route::TrackedRequest.path()).await;
    assert_eq!(shown.status, 200);
    assert!(shown.body.contains(&reference), "{}", shown.body);

    // Both servers sending the same draft at once make one request, with one reference.
    let before = db.count_requests().await.unwrap();
    let mut twice = Visitor::new(&a);
    answer_missed_bin_alternately(&mut twice, [&a, &b]).await;
    let mut on_a = twice.moved_to(&a);
    let mut on_b = twice.moved_to(&b);
    let (sent_a, sent_b) = tokio::join!(
        on_a.post_form("/report-missed-bin/check-answers", &[]),
        on_b.post_form("/report-missed-bin/check-answers", &[])
    );
    sent_a.redirects_to("/report-missed-bin/confirmation");
    sent_b.redirects_to("/report-missed-bin/confirmation");
    assert_eq!(db.count_requests().await.unwrap(), before + 1);
    let shown_a = reference_on(&on_a.get("/report-missed-bin/confirmation").await.body);
    let shown_b = reference_on(&on_b.get("/report-missed-bin/confirmation").await.body);
    assert_eq!(shown_a, shown_b);

    // An upload cut on one server resumes on the other, and the file kept is the one sent.
    let mut uploader = Visitor::new(&a);
    at_proof_page(&mut uploader, "no").await;
    let pdf = fixture("evidence.pdf");
    let created = create_upload(&mut uploader, "bill.pdf", pdf.len()).await;
    assert_eq!(created.status, 201);
    let location = created.headers["location"].to_str().unwrap().to_string();
    let cut_at = pdf.len() / 2;
    let (base, cookie, csrf) = (
        uploader.base.clone(),
        uploader.cookie_header(),
        uploader.csrf().await,
    );
    let (path, body) = (location.clone(), pdf.clone());
    tokio::task::spawn_blocking(move || {
        support::cut_patch(&base, &path, &cookie, &csrf, 0, &body, cut_at)
    })
    .await
    .unwrap();
    let mut resumer = uploader.moved_to(&b);
    let mut held = 0;
    for _ in 0..50 {
        let head = resumer
            .raw(
                "HEAD",
                &location,
                &[("tus-resumable", "1.0.0".into())],
                vec![],
            )
            .await;
        held = head.headers["upload-offset"]
            .to_str()
            .unwrap()
            .parse::<usize>()
            .unwrap();
        if held > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        held > 0 && held <= cut_at,
        "the bytes before the cut are kept: {held}"
    );
    let rest = patch_upload(&mut resumer, &location, held, pdf[held..].to_vec()).await;
    assert_eq!(rest.status, 204, "{}", rest.body);
    let id = location.rsplit('/').next().unwrap();
    let kept = reqwest::get(format!(
        "{}/{BUCKET}/frontdoor/evidence/{id}",
        moto.endpoint
    ))
    .await
    .unwrap()
    .bytes()
    .await
    .unwrap();
    assert_eq!(kept.as_ref(), pdf.as_slice(), "byte-identical");
    // The parts it arrived in are gone from the store once it is kept.
    let parts = reqwest::get(format!(
        "{}/{BUCKET}?list-type=2&prefix=frontdoor/parts/",
        moto.endpoint
    ))
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    assert_eq!(parts.matches("<Key>").count(), 0, "{parts}");
    let page = uploader.moved_to(&a).get(&format!("{SPD}/proof")).await;
    assert!(page.body.contains("bill.pdf"));

    // One server dies mid-journey: the other carries on with everything the resident gave.
    let mut resident = Visitor::new(&a);
    resident
        .post_form(
            "/report-missed-bin/address",
            &[("postcode", "se1 2qh"), ("address-line-1", "2 High Street")],
        )
        .await
        .redirects_to("/report-missed-bin/which-bin");
    resident
        .post_form("/report-missed-bin/which-bin", &[("bin", "food-waste")])
        .await
        .redirects_to("/report-missed-bin/date");
    a.kill();
    let mut resident = resident.moved_to(&b);
    let which = resident.get("/report-missed-bin/which-bin").await;
    assert_eq!(which.status, 200);
    assert!(
        which.body.contains("value=\"food-waste\" checked"),
        "the answer given to the dead server is kept"
    );
    let address = resident.get("/report-missed-bin/address").await;
    assert_eq!(
        address.input_value("address-line-1").as_deref(),
        Some("2 High Street")
    );
    b.stop().await;
}
