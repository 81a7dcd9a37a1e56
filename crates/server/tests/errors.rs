//! Errors over HTTP: the error pages in the visitor's language, the API's one error shape (uploads
//! included), and requests that fail clearly where a resident's data used to be dropped silently.

mod support;

use std::path::Path;

use serde_json::json;
use support::{
    allow_writes, at_proof_page, create_upload, database, fixture, message, patch_upload,
    refuse_writes, Reply, TestServer, Visitor, SPD,
};

const LANGUAGES: [&str; 2] = ["en-GB", "cy"];

/// The visitor's language, by the language cookie.
fn visitor_in(server: &TestServer, lang: &str) -> Visitor {
    let mut v = Visitor::new(server);
    v.cookies.insert("fd_lang".into(), lang.into());
    v
}

/// An error page: its status, heading, the council's contact routes, in the visitor's language,
/// in the site's layout; never a stack of internal detail.
fn assert_error_page(reply: &Reply, lang: &str, status: u16, title_id: &str) {
    assert_eq!(
        reply.status,
        status,
        "{}",
        &reply.body[..reply.body.len().min(600)]
    );
    let body = &reply.body;
    assert!(body.contains(&format!("<html lang=\"{lang}\"")), "{body}");
    assert!(
        body.contains(&format!(
            "<h1 class=\"govuk-heading-l\">{}</h1>",
            message(lang, title_id)
        )),
        "{lang} {title_id}: {body}"
    );
    assert!(body.contains("id=\"main-content\""));
    assert!(body.contains("rel=\"stylesheet\""));
    assert!(body.contains(&message(lang, "contact-heading")), "{body}");
    assert!(body.contains(&message(lang, "contact-in-person")), "{body}");
    assert!(body.contains("href=\"tel:02079460000\""));
    assert!(body.contains("mailto:"));
    for detail in ["database", "sqlx", "error returned", "expected value"] {
        assert!(!body.contains(detail), "internal detail shown: {detail}");
    }
    assert_eq!(reply.headers["cache-control"], "no-store");
}

/// The API's error shape: `{"error":{"status","code","message","fields":[...]}}`.
fn assert_api_error(reply: &Reply, status: u16, code: &str) -> serde_json::Value {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert!(
        reply.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"),
        "{:?}",
        reply.headers
    );
    let error = reply.json()["error"].clone();
    assert_eq!(error["status"], status);
    assert_eq!(error["code"], code, "{}", reply.body);
    assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(error["fields"].is_array());
    error
}

fn assert_tus_headers(reply: &Reply) {
    assert_eq!(reply.headers["tus-resumable"], "1.0.0");
    assert_eq!(reply.headers["cache-control"], "no-store");
}

/// Makes every stored draft of the test database unreadable.
async fn corrupt_answers(db: &Path) {
    sqlx::query("UPDATE drafts SET answers = '{\"postcode\": '")
        .execute(&database(db).await)
        .await
        .unwrap();
}

#[tokio::test]
async fn error_pages_are_in_the_visitors_language_with_ways_to_contact_the_council() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    for lang in LANGUAGES {
        let mut v = visitor_in(&server, lang);
        // An unknown page, shown by the app's own page, and a post to an unknown service.
        let unknown = v.get("/report-missed-bin/no-such-page").await;
        assert_eq!(unknown.status, 404);
        assert!(unknown.body.contains(&message(lang, "not-found-title")));
        assert!(unknown.body.contains(&message(lang, "contact-heading")));
        let posted = v.post_form("/no-such-service/page", &[("a", "b")]).await;
        assert_error_page(&posted, lang, 404, "not-found-title");

        // A form from an ended session whose page cannot be shown again.
        let mut stranger = visitor_in(&server, lang);
        let stale = stranger
            .post_form_raw(
                "/report-missed-bin/contact",
                &[("csrf_token", "old"), ("email", "a@example.com")],
            )
            .await;
        assert_error_page(&stale, lang, 403, "forbidden-title");
        assert!(
            stale
                .set_cookies
                .iter()
                .any(|c| c.starts_with("fd_session=")),
            "the new session's cookie is kept"
        );

        // A plain form post bigger than the server takes.
        let huge = "x".repeat(300 * 1024);
        let too_big = v
            .post_form(
                "/report-missed-bin/more-information",
                &[("more-information", &huge)],
            )
            .await;
        assert_error_page(&too_big, lang, 413, "too-large-title");
    }
    server.stop().await;
}

#[tokio::test]
async fn unreadable_stored_answers_are_an_error_page_never_an_empty_form() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let server = TestServer::start(&db).await;
    let mut visitors = Vec::new();
    for lang in LANGUAGES {
        let mut v = visitor_in(&server, lang);
        support::answer_missed_bin(&mut v, "a@example.com").await;
        visitors.push((lang, v));
    }
    corrupt_answers(&db).await;
    for (lang, v) in &mut visitors {
        for path in [
            "/report-missed-bin/which-bin",
            "/report-missed-bin/check-answers",
        ] {
            let page = v.get(path).await;
            assert_error_page(&page, lang, 500, "server-error-title");
            assert!(!page.body.contains("name=\"bin\""), "no empty form");
        }
        let posted = v
            .post_form("/report-missed-bin/which-bin", &[("bin", "recycling")])
            .await;
        assert_error_page(&posted, lang, 500, "server-error-title");
        let draft = v
            .api(
                "GET",
                "/api/v1/services/report-missed-bin/draft",
                None,
                false,
            )
            .await;
        let error = assert_api_error(&draft, 500, "internal");
        assert!(!draft.body.contains("expected"), "no internal detail");
        assert_eq!(error["fields"], json!([]));
    }
    server.stop().await;
}

#[tokio::test]
async fn every_api_error_has_the_one_shape() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let address = "/api/v1/services/report-missed-bin/draft/pages/address";
    assert_api_error(
        &v.api("GET", "/api/v1/services/nope/draft", None, false)
            .await,
        404,
        "not-found",
    );
    assert_api_error(
        &v.api("PUT", address, Some(json!({})), false).await,
        403,
        "csrf-failed",
    );
    assert_api_error(
        &v.api("PUT", address, Some(json!({"nope": 1})), true).await,
        400,
        "bad-request",
    );
    let invalid = v
        .api(
            "PUT",
            address,
            Some(json!({"fields": {"postcode": ""}})),
            true,
        )
        .await;
    let error = assert_api_error(&invalid, 422, "validation-failed");
    assert!(error["fields"][0]["message"].as_str().is_some());
    let early = v
        .api(
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/contact",
            Some(json!({"fields": {"email": "a@b.com"}})),
            true,
        )
        .await;
    let error = assert_api_error(&early, 409, "earlier-pages-unanswered");
    assert_eq!(error["next"], "/report-missed-bin/address");
    let nothing = v
        .api(
            "POST",
            "/api/v1/services/report-missed-bin/draft/save",
            None,
            true,
        )
        .await;
    assert_api_error(&nothing, 409, "nothing-to-save");
    let unauthorised = v
        .api(
            "GET",
            "/api/v1/back-office/requests/KX4P7MHRT/evidence",
            None,
            false,
        )
        .await;
    assert_api_error(&unauthorised, 401, "unauthorised");
    assert_eq!(unauthorised.headers["www-authenticate"], "Bearer");
    server.stop().await;
}

#[tokio::test]
async fn upload_errors_are_json_with_the_tus_headers() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;

    let no_version = v.raw("POST", "/api/v1/uploads", &[], vec![]).await;
    assert_api_error(&no_version, 412, "tus-version");
    assert_tus_headers(&no_version);
    let no_length = v
        .raw(
            "POST",
            "/api/v1/uploads",
            &[("tus-resumable", "1.0.0".into())],
            vec![],
        )
        .await;
    assert_api_error(&no_length, 400, "bad-request");
    assert_tus_headers(&no_length);
    let huge = create_upload(&mut v, "huge.pdf", 2 * 1024 * 1024 * 1024).await;
    assert_api_error(&huge, 413, "too-large");
    assert_tus_headers(&huge);

    let created = create_upload(&mut v, "bill.pdf", 100).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let location = created.headers["location"].to_str().unwrap().to_string();
    let wrong_type = v
        .raw(
            "PATCH",
            &location,
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-offset", "0".into()),
            ],
            vec![1, 2, 3],
        )
        .await;
    assert_api_error(&wrong_type, 415, "unsupported-media-type");
    assert_tus_headers(&wrong_type);
    let wrong_offset = patch_upload(&mut v, &location, 50, vec![1, 2, 3]).await;
    assert_api_error(&wrong_offset, 409, "offset-mismatch");
    assert_tus_headers(&wrong_offset);
    let unknown = patch_upload(&mut v, "/api/v1/uploads/nope", 0, vec![1]).await;
    assert_api_error(&unknown, 404, "not-found");
    assert_tus_headers(&unknown);
    let refused = patch_upload(&mut v, &location, 0, fixture("program.jpg")[..100].to_vec()).await;
    assert_api_error(&refused, 422, "file-refused");
    assert_tus_headers(&refused);
    server.stop().await;
}

#[tokio::test]
async fn a_kept_file_whose_answer_cannot_be_updated_fails_the_upload_and_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let server = TestServer::start(&db).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let proof = format!("{SPD}/proof");
    v.post_files(
        &proof,
        &[],
        &[("proof", "first.pdf", fixture("evidence.pdf"))],
    )
    .await
    .redirects_to(&format!("{SPD}/contact"));
    refuse_writes(&db, "BEFORE UPDATE OF answers", "drafts").await;

    // A resumable upload: the file is checked and stored, but the answer cannot name it.
    let pdf = fixture("evidence.pdf");
    let created = create_upload(&mut v, "second.pdf", pdf.len()).await;
    let location = created.headers["location"].to_str().unwrap().to_string();
    let sent = patch_upload(&mut v, &location, 0, pdf.clone()).await;
    assert_api_error(&sent, 500, "internal");
    assert_tus_headers(&sent);
    assert_eq!(
        v.get(&location).await.status,
        404,
        "the file was taken back"
    );

    // A form post with a file: the error page, in place of a page that seems fine.
    let posted = v
        .post_files(&proof, &[], &[("proof", "third.pdf", pdf)])
        .await;
    assert_error_page(&posted, "en-GB", 500, "server-error-title");

    allow_writes(&db, "drafts").await;
    let page = v.get(&proof).await;
    assert!(page.body.contains("first.pdf"));
    assert!(!page.body.contains("second.pdf"));
    server.stop().await;
}

#[tokio::test]
async fn upload_bookkeeping_that_cannot_be_written_fails_the_request() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let server = TestServer::start(&db).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let created = create_upload(&mut v, "bill.pdf", 5000).await;
    let location = created.headers["location"].to_str().unwrap().to_string();

    // The count of bytes received cannot be noted: the client is told, and resumes by HEAD.
    refuse_writes(&db, "BEFORE UPDATE OF received", "uploads").await;
    let part = patch_upload(&mut v, &location, 0, vec![b'%'; 100]).await;
    assert_api_error(&part, 500, "internal");
    assert_tus_headers(&part);
    let pool = database(&db).await;
    allow_writes(&db, "uploads").await;

    // A cancelled upload whose record cannot be deleted (twice): the cancel fails, it is not
    // reported done while the record still counts towards the question's limits.
    refuse_writes(&db, "BEFORE DELETE", "uploads").await;
    let cancel = v
        .raw(
            "DELETE",
            &location,
            &[("tus-resumable", "1.0.0".into())],
            vec![],
        )
        .await;
    assert_api_error(&cancel, 500, "internal");
    assert_tus_headers(&cancel);
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM uploads")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(count, 1);
    server.stop().await;
}
