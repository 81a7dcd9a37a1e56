//! A first visit writes nothing: newcomers and crawlers get pages and a cookie, but a session's
//! row is written only once there is something to keep, and forms stay protected before that.

mod support;

use sqlx::AnyPool;
use support::{TestServer, Visitor};

async fn rows(db: &AnyPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(db)
        .await
        .unwrap()
}

const PAGES: [&str; 6] = [
    "/",
    "/report-missed-bin",
    "/report-missed-bin/address",
    "/track",
    "/return",
    "/api/v1/session",
];

#[tokio::test]
async fn newcomers_and_crawlers_read_every_page_without_a_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = support::database(&path).await;

    // A crawler sends no cookie back: every page is a first visit.
    for _ in 0..3 {
        for page in PAGES {
            let mut crawler = Visitor::new(&server);
            let reply = crawler.get(page).await;
            assert!(
                reply.status < 400,
                "{page} answers a newcomer ({})",
                reply.status
            );
            assert!(
                reply
                    .set_cookies
                    .iter()
                    .any(|c| c.starts_with("fd_session=")),
                "{page} gives a newcomer a session cookie"
            );
        }
    }
    // A newcomer who keeps the cookie and looks around.
    let mut newcomer = Visitor::new(&server);
    for page in PAGES {
        newcomer.get(page).await;
    }
    for table in ["sessions", "drafts", "attempts", "uploads"] {
        assert_eq!(rows(&db, table).await, 0, "nothing written to {table}");
    }

    // The first answer is something to keep: now the session has its row, and the draft.
    newcomer
        .post_form(
            "/report-missed-bin/address",
            &[("postcode", "SE1 2QH"), ("address-line-1", "1 High Street")],
        )
        .await
        .redirects_to("/report-missed-bin/which-bin");
    assert_eq!(rows(&db, "sessions").await, 1);
    assert_eq!(rows(&db, "drafts").await, 1);
    server.stop().await;
}

#[tokio::test]
async fn forms_are_protected_before_the_session_has_a_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let server = TestServer::start(&path).await;
    let db = support::database(&path).await;

    let mut resident = Visitor::new(&server);
    let page = resident.get("/report-missed-bin/address").await;
    let token = resident.csrf().await;
    assert!(
        page.body
            .contains(&format!("name=\"csrf_token\" value=\"{token}\"")),
        "the page's form carries the session's token"
    );

    // Another visitor's token, or one made up, is refused, and nothing is kept.
    let mut other = Visitor::new(&server);
    let their_token = other.csrf().await;
    assert_ne!(their_token, token, "each session has its own token");
    for wrong in [their_token.as_str(), "guess", ""] {
        let refused = resident
            .post_form_raw(
                "/report-missed-bin/address",
                &[
                    ("csrf_token", wrong),
                    ("postcode", "SE1 2QH"),
                    ("address-line-1", "1 High Street"),
                ],
            )
            .await;
        assert_eq!(refused.status, 403, "token {wrong:?} is refused");
    }
    let body = serde_json::json!({ "fields": { "postcode": "SE1 2QH", "address-line-1": "1 High Street" } });
    let api = reqwest::Client::new()
        .put(format!(
            "{}/api/v1/services/report-missed-bin/draft/pages/address",
            server.base
        ))
        .header("cookie", resident.cookie_header())
        .header("x-csrf-token", &their_token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        api.status(),
        403,
        "the API wants this session's own token too"
    );
    assert_eq!(rows(&db, "sessions").await, 0);
    assert_eq!(rows(&db, "drafts").await, 0);

    // A cookie we never gave out is replaced, not adopted.
    let mut odd = Visitor::new(&server);
    odd.cookies
        .insert("fd_session".into(), "not-one-of-ours".into());
    let reply = odd.get("/report-missed-bin").await;
    assert!(reply
        .set_cookies
        .iter()
        .any(|c| c.starts_with("fd_session=")));
    assert_ne!(odd.cookies["fd_session"], "not-one-of-ours");

    // The session's own token works, and the answer is kept.
    resident
        .post_form_raw(
            "/report-missed-bin/address",
            &[
                ("csrf_token", &token),
                ("postcode", "SE1 2QH"),
                ("address-line-1", "1 High Street"),
            ],
        )
        .await
        .redirects_to("/report-missed-bin/which-bin");
    assert_eq!(rows(&db, "drafts").await, 1);
    server.stop().await;
}

/// The token in a page's form, as the visitor's browser would send it back.
fn token_in(body: &str) -> String {
    let at = body
        .find("name=\"csrf_token\"")
        .expect("a form with a token");
    let tag = &body[body[..at].rfind('<').unwrap()..at + body[at..].find('>').unwrap()];
    let v = tag.find("value=\"").unwrap() + 7;
    tag[v..v + tag[v..].find('"').unwrap()].to_string()
}

#[tokio::test]
async fn pages_kept_for_everyone_carry_each_visitors_own_token_and_nobodys_answers() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;

    // Two newcomers on the same page (the second is answered from the kept page): each gets their
    // own token, and it is the one their post is checked against.
    let mut first = Visitor::new(&server);
    let mut second = Visitor::new(&server);
    let one = first.get("/report-missed-bin/address").await;
    let two = second.get("/report-missed-bin/address").await;
    let (t1, t2) = (token_in(&one.body), token_in(&two.body));
    assert_ne!(t1, t2);
    assert_eq!(
        one.body.replace(&t1, "T"),
        two.body.replace(&t2, "T"),
        "the same page"
    );
    assert_eq!(t2, second.csrf().await, "the second newcomer's own token");
    let posted = second
        .post_form_raw(
            "/report-missed-bin/address",
            &[
                ("csrf_token", &t2),
                ("postcode", "SE1 2QH"),
                ("address-line-1", "12 Rye Lane"),
            ],
        )
        .await;
    posted.redirects_to("/report-missed-bin/which-bin");
    let refused = first
        .post_form_raw(
            "/report-missed-bin/address",
            &[("csrf_token", &t2), ("postcode", "SE1 2QH")],
        )
        .await;
    assert_eq!(refused.status, 403, "another visitor's token is refused");

    // Someone with answers gets their own page, not the kept one; newcomers never see them.
    let again = second.get("/report-missed-bin/address").await;
    assert!(again.body.contains("12 Rye Lane"));
    let third = Visitor::new(&server)
        .get("/report-missed-bin/address")
        .await;
    assert!(!third.body.contains("12 Rye Lane"));
    // Kept per language.
    let mut welsh = Visitor::new(&server);
    welsh.accept_language = Some("cy".into());
    let cy = welsh.get("/report-missed-bin/address").await;
    assert!(cy.body.contains("lang=\"cy\""));
    let en = Visitor::new(&server)
        .get("/report-missed-bin/address")
        .await;
    assert!(en.body.contains("lang=\"en-GB\""));
    server.stop().await;
}
