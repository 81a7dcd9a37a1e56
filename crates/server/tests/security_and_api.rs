//! CSRF, headers, the language switch, tracking and the API's contract.

mod support;

use serde_json::json;
use support::{answer_missed_bin, TestServer, Visitor};

#[tokio::test]
async fn form_posts_need_the_session_token_and_keep_what_was_typed_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    v.get("/report-missed-bin").await;

    let no_token = v
        .post_form_raw(
            "/report-missed-bin/address",
            &[("postcode", "SE1 2QH"), ("address-line-1", "1 High Street")],
        )
        .await;
    assert_eq!(no_token.status, 403);
    assert!(no_token
        .body
        .contains("Your session had ended. We have kept what you typed on this page."));
    assert_eq!(no_token.input_value("postcode").as_deref(), Some("SE1 2QH"));
    assert_eq!(
        no_token.input_value("address-line-1").as_deref(),
        Some("1 High Street")
    );

    let wrong = v
        .post_form_raw(
            "/report-missed-bin/address",
            &[
                ("csrf_token", "guess"),
                ("postcode", "SE1 2QH"),
                ("address-line-1", "1"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 403);

    // An expired session (no cookie at all): the page comes back with the answers and a fresh token.
    let mut stranger = Visitor::new(&server);
    let expired = stranger
        .post_form_raw(
            "/report-missed-bin/address",
            &[
                ("csrf_token", "old"),
                ("postcode", "SE1 2QH"),
                ("address-line-1", "1"),
            ],
        )
        .await;
    assert_eq!(expired.status, 403);
    assert!(expired
        .set_cookies
        .iter()
        .any(|c| c.starts_with("fd_session=")));
    let token = stranger.csrf().await;
    assert!(expired
        .body
        .contains(&format!("name=\"csrf_token\" value=\"{token}\"")));
    stranger
        .post_form_raw(
            "/report-missed-bin/address",
            &[
                ("csrf_token", &token),
                ("postcode", "SE1 2QH"),
                ("address-line-1", "1"),
            ],
        )
        .await
        .redirects_to("/report-missed-bin/which-bin");

    assert_eq!(
        v.post_form_raw("/track", &[("reference", "KX4")])
            .await
            .status,
        403
    );
    answer_missed_bin(&mut v, "a@example.com").await;
    let unsent = v
        .post_form_raw("/report-missed-bin/check-answers", &[])
        .await;
    assert_eq!(unsent.status, 403);
    assert!(unsent.body.contains("Check your answers before sending"));
    v.get("/report-missed-bin/confirmation")
        .await
        .redirects_to("/report-missed-bin");
    server.stop().await;
}

#[tokio::test]
async fn api_calls_that_change_things_need_the_csrf_header() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let body = json!({"fields": {"postcode": "SE1 2QH", "address-line-1": "1 High Street"}});
    for (method, path, body) in [
        (
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/address",
            Some(body.clone()),
        ),
        (
            "POST",
            "/api/v1/services/report-missed-bin/draft/submit",
            None,
        ),
        (
            "POST",
            "/api/v1/requests/lookup",
            Some(json!({"reference": "x", "email": "y"})),
        ),
    ] {
        let reply = v.api(method, path, body, false).await;
        assert_eq!(reply.status, 403, "{method} {path}");
        assert_eq!(reply.json()["error"]["code"], "csrf-failed");
    }
    let ok = v
        .api(
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/address",
            Some(body),
            true,
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.json()["next"], "/report-missed-bin/which-bin");
    assert_eq!(ok.json()["answers"]["postcode"], "SE1 2QH");
    server.stop().await;
}

#[tokio::test]
async fn api_errors_have_one_shape_with_field_messages_in_the_visitors_language() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let bad = json!({"fields": {"postcode": "nope", "address-line-1": ""}});
    let reply = v
        .api(
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/address",
            Some(bad.clone()),
            true,
        )
        .await;
    assert_eq!(reply.status, 422);
    let e = &reply.json()["error"];
    assert_eq!(e["code"], "validation-failed");
    assert_eq!(e["fields"][0]["field"], "postcode");
    assert_eq!(e["fields"][0]["target"], "postcode");
    assert_eq!(
        e["fields"][0]["message_id"],
        "missed-bin-postcode-error-invalid"
    );
    assert_eq!(
        e["fields"][0]["message"],
        "Enter a full UK postcode, like SE1 2QH"
    );
    assert_eq!(e["fields"][1]["code"], "required");

    v.accept_language = Some("cy".into());
    let welsh = v
        .api(
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/address",
            Some(bad),
            true,
        )
        .await;
    assert_eq!(
        welsh.json()["error"]["fields"][0]["message"],
        "Rhowch god post llawn yn y DU, fel SE1 2QH"
    );

    let broken = v
        .api(
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/address",
            Some(json!({"nope": 1})),
            true,
        )
        .await;
    assert_eq!(
        (broken.status, broken.json()["error"]["code"].as_str()),
        (400, Some("bad-request"))
    );
    let missing = v
        .api("GET", "/api/v1/services/no-such-service/draft", None, false)
        .await;
    assert_eq!(
        (missing.status, missing.json()["error"]["code"].as_str()),
        (404, Some("not-found"))
    );
    let early = v
        .api(
            "PUT",
            "/api/v1/services/report-missed-bin/draft/pages/contact",
            Some(json!({"fields": {"email": "a@b.com"}})),
            true,
        )
        .await;
    assert_eq!(
        (early.status, early.json()["error"]["next"].as_str()),
        (409, Some("/report-missed-bin/address"))
    );
    server.stop().await;
}

#[tokio::test]
async fn tracking_needs_the_right_reference_and_email_and_says_nothing_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    answer_missed_bin(&mut v, "Resident@Example.com").await;
    let sent = v
        .api(
            "POST",
            "/api/v1/services/report-missed-bin/draft/submit",
            None,
            true,
        )
        .await;
    assert_eq!(sent.status, 201);
    let reference = sent.json()["reference"].as_str().unwrap().to_string();

    let mut other = Visitor::new(&server);
    let typed = reference.replace('-', " ").to_lowercase();
    other
        .post_form(
            "/track",
            &[("reference", &typed), ("email", "resident@example.com")],
        )
        .await
        .redirects_to("/track/request");
    let shown = other.get("/track/request").await;
    assert_eq!(shown.status, 200);
    for text in [
        reference.as_str(),
        "Received",
        "Report a missed bin collection",
        "We will act by",
    ] {
        assert!(shown.body.contains(text), "tracking page shows {text}");
    }

    // A wrong email and an unknown (but well-formed) reference get the same answer.
    let wrong_email = other
        .post_form(
            "/track",
            &[("reference", &reference), ("email", "someone@example.com")],
        )
        .await;
    let unknown = frontdoor_domain::Reference::from_random([1, 2, 3, 4, 5, 6, 7, 8]).display();
    let unknown_ref = other
        .post_form(
            "/track",
            &[("reference", &unknown), ("email", "resident@example.com")],
        )
        .await;
    assert_eq!((wrong_email.status, unknown_ref.status), (422, 422));
    let message = "We could not find a request with that reference number and email address.";
    assert!(wrong_email.body.contains(message) && unknown_ref.body.contains(message));
    assert_eq!(
        wrong_email.input_value("email").as_deref(),
        Some("someone@example.com")
    );
    let api_wrong = other
        .api(
            "POST",
            "/api/v1/requests/lookup",
            Some(json!({"reference": reference, "email": "x@example.com"})),
            true,
        )
        .await;
    let api_unknown = other
        .api(
            "POST",
            "/api/v1/requests/lookup",
            Some(json!({"reference": unknown, "email": "resident@example.com"})),
            true,
        )
        .await;
    assert_eq!((api_wrong.status, api_unknown.status), (404, 404));
    assert_eq!(api_wrong.body, api_unknown.body);

    let malformed = other
        .post_form("/track", &[("reference", "ABC"), ("email", "")])
        .await;
    assert_eq!(malformed.status, 422);
    assert!(malformed
        .body
        .contains("Enter the reference number exactly as it was given to you"));
    assert!(malformed
        .body
        .contains("Enter the email address you gave us"));
    server.stop().await;
}

#[tokio::test]
async fn the_language_switch_works_without_javascript_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let english = v.get("/report-missed-bin").await;
    assert!(english
        .body
        .starts_with("<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(english.body.contains("href=\"/report-missed-bin?lang=cy\""));

    let switch = v.get("/report-missed-bin?lang=cy").await;
    switch.redirects_to("/report-missed-bin");
    let cookie = switch
        .set_cookies
        .iter()
        .find(|c| c.starts_with("fd_lang=cy"))
        .expect("language cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

    let welsh = v.get("/report-missed-bin").await;
    assert!(welsh
        .body
        .starts_with("<!DOCTYPE html><html lang=\"cy\" dir=\"ltr\">"));
    assert!(welsh.body.contains("Rhoi gwybod am fin heb ei gasglu"));
    assert!(welsh.body.contains("Dechrau nawr"));
    let error = v.post_form("/report-missed-bin/address", &[]).await;
    assert!(error
        .body
        .contains("<title>Gwall: Beth yw cyfeiriad y casgliad?"));
    assert!(error.body.contains("Rhowch god post y casgliad"));
    server.stop().await;
}

#[tokio::test]
async fn pages_carry_strict_security_headers() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let page = v.get("/").await;
    let csp = page
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"));
    assert_eq!(
        page.headers.get("x-content-type-options").unwrap(),
        "nosniff"
    );
    assert_eq!(page.headers.get("cache-control").unwrap(), "no-store");
    assert!(!page.body.contains("<script>"), "no inline scripts");
    server.stop().await;
}

#[tokio::test]
async fn the_openapi_document_describes_every_api_route() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let doc = v.get("/api/v1/openapi.json").await.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    assert_eq!(paths.len(), 21);
    for (path, operations) in paths {
        for method in operations.as_object().unwrap().keys() {
            if method == "parameters" {
                continue;
            }
            let concrete = path
                .replace("{service}", "report-missed-bin")
                .replace("{page}", "address")
                .replace("{reference}", "ACE-FHJ-KMN")
                .replace("{id}", "no-such-file")
                .replace("/addresses", "/addresses?postcode=SE15%205DQ");
            let reply = v
                .api(&method.to_uppercase(), &concrete, Some(json!({})), true)
                .await;
            // The resumable upload protocol (tus) answers with headers, not JSON.
            let tus = path.contains("/uploads") && method != "get";
            assert!(
                tus || reply
                    .headers
                    .get("content-type")
                    .is_some_and(|c| c.to_str().unwrap().starts_with("application/json")),
                "{method} {path} answers JSON: {} {}",
                reply.status,
                reply.body
            );
            assert!(
                ![405, 500].contains(&reply.status),
                "{method} {path} is routed: {}",
                reply.status
            );
        }
    }
    server.stop().await;
}
