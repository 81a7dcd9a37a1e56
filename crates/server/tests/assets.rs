//! The built browser app as browsers get it: compressed at build time, the copy the browser
//! takes sent with Content-Encoding and Vary, cached for good under its hashed name.

mod support;

use support::{repo, TestServer, Visitor};

#[tokio::test]
async fn built_files_are_sent_in_the_compressed_copy_the_browser_takes() {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let js = "frontdoor-web-0123abcd.js";
    for (name, bytes) in [
        (js.to_string(), b"plain javascript".to_vec()),
        (format!("{js}.br"), b"brotli bytes".to_vec()),
        (format!("{js}.gz"), b"gzip bytes".to_vec()),
        (
            "frontdoor-web-0123abcd_bg.wasm".to_string(),
            b"\0asm".to_vec(),
        ),
    ] {
        std::fs::write(dist.join(name), bytes).unwrap();
    }
    let mut config = support::config(&dir.path().join("db.sqlite"), &repo().join("services"));
    config.assets_dir = dist;
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    let path = format!("/assets/{js}");
    for (accepts, encoding, body) in [
        ("br, gzip", Some("br"), &b"brotli bytes"[..]),
        ("gzip", Some("gzip"), &b"gzip bytes"[..]),
        ("identity", None, &b"plain javascript"[..]),
    ] {
        let (status, bytes, headers) = v
            .get_bytes(&path, &[("accept-encoding", accepts.to_string())])
            .await;
        assert_eq!(status, 200, "{accepts}");
        assert_eq!(
            headers.get("content-encoding").map(|h| h.to_str().unwrap()),
            encoding,
            "{accepts}"
        );
        assert_eq!(bytes, body, "{accepts}");
        assert!(headers["vary"]
            .to_str()
            .unwrap()
            .contains("accept-encoding"));
        assert_eq!(
            headers["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert!(headers["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript"));
    }
    server.stop().await;
}

#[tokio::test]
async fn every_page_links_an_icon_that_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let page = v.get("/report-missed-bin").await;
    assert!(page
        .body
        .contains("<link rel=\"icon\" href=\"/favicon.ico\""));
    let mut fresh = Visitor::new(&server);
    let icon = fresh.get_bytes("/favicon.ico", &[]).await;
    assert_eq!(icon.0, 200);
    assert_eq!(&icon.1[..4], &[0, 0, 1, 0], "an ICO file");
    assert_eq!(icon.2["content-type"], "image/x-icon");
    assert!(icon.2.get("set-cookie").is_none(), "no session for an icon");
    server.stop().await;
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_take_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let url = format!("{}/report-missed-bin", server.base);
    let response = reqwest::Client::new()
        .get(url)
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
    server.stop().await;
}
