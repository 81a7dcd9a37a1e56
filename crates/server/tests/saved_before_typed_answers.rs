//! A database written by the release before answers were typed: its drafts and requests are read
//! after the upgrade, nothing lost, and a row that cannot be read stops the start instead of
//! becoming an empty form. The previous release ran on SQLite only, so these run on SQLite
//! whichever database the other tests use.

mod support;

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};
use support::{TestServer, Visitor};

const BULKY: &str = "/request-bulky-waste-collection";

/// A database with the previous release's schema (migrations 0001-0003) and the rows it wrote.
async fn previous_release_database(path: &Path, rows: &[&str]) {
    let migrations = path.with_extension("migrations");
    std::fs::create_dir_all(&migrations).unwrap();
    for name in [
        "0001_requests.sql",
        "0002_save_and_return.sql",
        "0003_uploads.sql",
    ] {
        std::fs::copy(
            support::repo().join("migrations/sqlite").join(name),
            migrations.join(name),
        )
        .unwrap();
    }
    let pool = SqlitePool::connect_with(
        SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true),
    )
    .await
    .unwrap();
    sqlx::migrate::Migrator::new(migrations.as_path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    for row in rows {
        sqlx::query(row).execute(&pool).await.unwrap();
    }
    pool.close().await;
}

/// A server's settings for the SQLite file at `path`.
fn on_sqlite(path: &Path) -> frontdoor_server::config::Config {
    let mut config = support::config(path, &support::repo().join("services"));
    config.database_url = format!("sqlite://{}", path.display());
    config
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[tokio::test]
async fn drafts_and_requests_saved_as_strings_are_read_as_typed_answers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("previous.db");
    // A cookie as the server gives them out: 64 hex digits.
    let cookie = "5e".repeat(32);
    let session = frontdoor_server::session::hash(&cookie);
    let (now, later) = (now(), now() + 1_000_000);
    // Exactly what the previous release stored: one string per question.
    let draft = r#"{"address":"Flat 2\n14 Rye Lane\nLondon\nSE15 5DQ","email":"old@example.com","items":"Sofa\nWardrobe","phone":""}"#;
    let sent = r#"{"email":"sent@example.com","postcode":"SE1 2QH","waste":"bags,furniture"}"#;
    previous_release_database(
        &db,
        &[
            &format!("INSERT INTO sessions (id_hash, csrf_token, created_at, last_seen_at) VALUES ('{session}', 'token', {now}, {now})"),
            &format!("INSERT INTO drafts (id, session_hash, service_id, answers, created_at, updated_at, expires_at) VALUES ('d1', '{session}', 'request-bulky-waste-collection', '{draft}', {now}, {now}, {later})"),
            &format!("INSERT INTO drafts (id, session_hash, service_id, answers, submitted, created_at, updated_at, expires_at) VALUES ('d2', 'someone', 'report-fly-tipping', '{sent}', 1, {now}, {now}, {later})"),
            &format!("INSERT INTO requests (reference, draft_id, service_id, answers, email, locale, status, submitted_on, act_by, submitted_at) VALUES ('ABCDEFGH', 'd2', 'report-fly-tipping', '{sent}', 'sent@example.com', 'en-GB', 'received', '2026-11-30', '2026-12-02', {now})"),
        ],
    )
    .await;

    let server = TestServer::start_with(on_sqlite(&db)).await;
    let mut v = Visitor::new(&server);
    v.cookies.insert("fd_session".into(), cookie.clone());
    let check = v.get(&format!("{BULKY}/check-answers")).await;
    assert_eq!(check.status, 200, "the saved form is complete");
    for shown in [
        "Sofa",
        "Wardrobe",
        "14 Rye Lane",
        "SE15 5DQ",
        "old@example.com",
    ] {
        assert!(check.body.contains(shown), "{shown}");
    }
    let answers = v
        .get(&format!("/api/v1/services{BULKY}/draft"))
        .await
        .json()["answers"]
        .clone();
    assert_eq!(answers["items"], serde_json::json!(["Sofa", "Wardrobe"]));
    assert_eq!(
        answers["address"],
        serde_json::json!({"line-1": "Flat 2", "line-2": "14 Rye Lane", "town": "London", "postcode": "SE15 5DQ"})
    );
    assert_eq!(answers["phone"], serde_json::Value::Null);
    // The old draft can be sent as it is.
    v.post_form(&format!("{BULKY}/check-answers"), &[])
        .await
        .redirects_to(&format!("{BULKY}/confirmation"));
    server.stop().await;

    let pool = SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .unwrap();
    let (answers, format): (String, i64) =
        sqlx::query_as("SELECT answers, answers_format FROM requests WHERE reference = 'ABCDEFGH'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(format, 2);
    let answers: serde_json::Value = serde_json::from_str(&answers).unwrap();
    assert_eq!(answers["waste"], serde_json::json!(["bags", "furniture"]));
    assert_eq!(answers["postcode"], "SE1 2QH");
    let old: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM drafts WHERE answers_format = 1) + (SELECT count(*) FROM requests WHERE answers_format = 1)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(old, 0, "every row converted");
    pool.close().await;

    // Starting again converts nothing more and changes nothing.
    let state = frontdoor_server::start(on_sqlite(&db)).await.unwrap();
    assert_eq!(
        state
            .db
            .upgrade_answers(|service, saved| state.catalogue.upgrade_answers(service, saved))
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_saved_draft_that_cannot_be_read_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("broken.db");
    let now = now();
    previous_release_database(
        &db,
        &[&format!("INSERT INTO drafts (id, session_hash, service_id, answers, created_at, updated_at, expires_at) VALUES ('d1', 's', 'report-missed-bin', 'not json', {now}, {now}, {now})")],
    )
    .await;
    let started = frontdoor_server::start(on_sqlite(&db)).await;
    let Err(error) = started else {
        panic!("started on a draft it cannot read");
    };
    assert!(error.to_string().contains("drafts d1"), "{error}");
}
