//! Evidence kept in S3-compatible storage (as when several servers run behind a load balancer),
//! against moto's S3 server on loopback. Its own test binary, because the S3 settings are the
//! standard AWS_ environment variables.

mod support;

use support::{fixture, repo, TestServer, Visitor};

#[tokio::test]
async fn evidence_is_kept_in_s3_compatible_storage() {
    let moto = support::start_moto("council-evidence").await;
    let endpoint = moto.endpoint.clone();
    let http = reqwest::Client::new();

    let dir = tempfile::tempdir().unwrap();
    let mut config = support::config(&dir.path().join("db.sqlite"), &repo().join("services"));
    config.evidence_store = "s3://council-evidence/frontdoor".into();
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    let page = "/report-fly-tipping/photos";
    for (path, fields) in [
        (
            "/report-fly-tipping/where",
            vec![("location", "By the bus stop on Rye Lane")],
        ),
        ("/report-fly-tipping/what", vec![("waste", "bags")]),
    ] {
        assert_eq!(v.post_form(path, &fields).await.status, 303);
    }
    v.post_files(
        page,
        &[("upload-files", "photos")],
        &[("photos", "bags.jpg", fixture("photo-with-gps.jpg"))],
    )
    .await
    .redirects_to(page);
    let shown = v.get(page).await;
    assert!(shown.body.contains("1 file added"), "{}", shown.body);

    // The bytes are in the bucket, not on the server's disk.
    let listing = http
        .get(format!(
            "{endpoint}/council-evidence?list-type=2&prefix=frontdoor/evidence/"
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(listing.matches("<Key>").count(), 1, "{listing}");
    assert!(!dir.path().join("db.evidence").exists());

    // The thumbnail comes back from the bucket.
    let at = shown.body.find("/files/").unwrap();
    let thumb = shown.body[at..].split('"').next().unwrap().to_string();
    let (status, bytes, _) = v.get_bytes(&thumb, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
    server.stop().await;
}
