//! Evidence files over HTTP: plain multipart posts (no JavaScript), resumable uploads (tus 1.0),
//! checks by content, privacy, and the back-office API's evidence endpoints.

mod support;

use std::io::{Read, Write};

use support::{at_proof_page, b64, fixture, TestServer, Visitor, CASEWORKER_KEY, SPD};

async fn finish_spd(v: &mut Visitor) -> String {
    v.post_form(
        &format!("{SPD}/contact"),
        &[("full-name", "Sam Jones"), ("email", "sam@example.com")],
    )
    .await
    .redirects_to(&format!("{SPD}/check-answers"));
    v.post_form(&format!("{SPD}/check-answers"), &[]).await;
    let confirmation = v.get(&format!("{SPD}/confirmation")).await;
    let at = confirmation.body.find("class=\"reference\"").unwrap();
    let text = &confirmation.body[at..];
    let start = text.find('>').unwrap() + 1;
    let end = text.find('<').unwrap();
    text[start..end].replace('-', "")
}

fn bearer() -> Vec<(&'static str, String)> {
    vec![("authorization", format!("Bearer {CASEWORKER_KEY}"))]
}

async fn caseworker_files(v: &mut Visitor, reference: &str) -> serde_json::Value {
    let (status, body, _) = v
        .get_bytes(
            &format!("/api/v1/back-office/requests/{reference}/evidence"),
            &bearer(),
        )
        .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    serde_json::from_slice(&body).unwrap()
}

async fn download(
    v: &mut Visitor,
    reference: &str,
    id: &str,
) -> (Vec<u8>, reqwest::header::HeaderMap) {
    let (status, body, headers) = v
        .get_bytes(
            &format!("/api/v1/back-office/requests/{reference}/evidence/{id}"),
            &bearer(),
        )
        .await;
    assert_eq!(status, 200);
    (body, headers)
}

#[tokio::test]
async fn without_javascript_a_jpeg_and_a_pdf_are_uploaded_kept_clean_and_sent() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let page = format!("{SPD}/proof");

    // Continue with no file: the question's own message.
    let none = v.post_files(&page, &[], &[]).await;
    assert_eq!(none.status, 422);
    assert!(none
        .body
        .contains("Upload proof that you live at the address"));

    // "Upload files" with nothing chosen says so, by the field and in the summary.
    let nothing = v
        .post_files(
            &page,
            &[("upload-files", "proof")],
            &[("proof", "", vec![])],
        )
        .await;
    assert_eq!(nothing.status, 422);
    assert!(
        nothing.body.contains(">Select a file</a>"),
        "in the summary: {}",
        nothing.body
    );
    assert!(
        nothing.body.contains("Error:</span> Select a file</span>"),
        "by the field: {}",
        nothing.body
    );

    let uploaded = v
        .post_files(
            &page,
            &[("upload-files", "proof")],
            &[
                ("proof", "bill.pdf", fixture("evidence.pdf")),
                ("proof", "IMG_0042.jpg", fixture("photo-with-gps.jpg")),
            ],
        )
        .await;
    uploaded.redirects_to(&page);
    let shown = v.get(&page).await;
    assert!(shown.body.contains("2 files added"), "{}", shown.body);
    assert!(shown.body.contains("bill.pdf") && shown.body.contains("IMG_0042.jpg"));
    assert!(shown.body.contains("enctype=\"multipart/form-data\""));
    assert!(
        shown.body.contains("/thumbnail"),
        "the photo has a thumbnail"
    );

    v.post_files(&page, &[], &[])
        .await
        .redirects_to(&format!("{SPD}/contact"));
    let reference = finish_spd(&mut v).await;

    let list = caseworker_files(&mut v, &reference).await;
    let files = list["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    let photo = files.iter().find(|f| f["name"] == "IMG_0042.jpg").unwrap();
    assert_eq!(photo["content_type"], "image/jpeg");
    assert_eq!(photo["scan"], "not-scanned");
    let (bytes, headers) = download(&mut v, &reference, photo["id"].as_str().unwrap()).await;
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"IMG_0042.jpg\""
    );
    // The location is gone; the orientation stays, so the photo is the right way up.
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&bytes))
        .expect("an EXIF block with the orientation");
    assert!(exif
        .get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
        .is_none());
    assert!(exif.fields().all(|f| f.tag != exif::Tag::GPSLongitude));
    assert_eq!(
        exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
            .unwrap()
            .value
            .get_uint(0),
        Some(6)
    );
    let original = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(fixture("photo-with-gps.jpg")))
        .unwrap();
    assert!(
        original
            .get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some(),
        "the test photo has a location"
    );

    let pdf = files.iter().find(|f| f["name"] == "bill.pdf").unwrap();
    let (bytes, _) = download(&mut v, &reference, pdf["id"].as_str().unwrap()).await;
    assert_eq!(
        bytes,
        fixture("evidence.pdf"),
        "a PDF is kept as it was sent"
    );
    server.stop().await;
}

#[tokio::test]
async fn files_are_checked_by_their_content_and_refused_files_are_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let page = format!("{SPD}/proof");
    let refused = v
        .post_files(
            &page,
            &[("upload-files", "proof")],
            &[
                ("proof", "holiday.jpg", fixture("program.jpg")),
                ("proof", "statement.pdf", fixture("locked.pdf")),
                ("proof", "scan.jpg", fixture("broken.jpg")),
                ("proof", "nothing.pdf", vec![]),
                ("proof", "ok.pdf", fixture("evidence.pdf")),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    for message in [
        "holiday.jpg must be a JPG, PNG, HEIC or PDF",
        "statement.pdf is protected with a password",
        "scan.jpg is damaged and cannot be opened",
        "nothing.pdf is empty",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    // Each refusal is in the error summary, linked to the file input.
    assert_eq!(refused.body.matches("href=\"#proof\"").count(), 4);
    // Only the good file was kept, in the store and in the list.
    assert!(refused.body.contains("1 file added"));
    let kept = std::fs::read_dir(dir.path().join("db.evidence/evidence"))
        .unwrap()
        .count();
    assert_eq!(kept, 1);
    let checking = std::fs::read_dir(dir.path().join("db.uploads/checking"))
        .unwrap()
        .count();
    assert_eq!(checking, 0, "nothing is left behind while checking");
    server.stop().await;
}

#[tokio::test]
async fn an_iphone_photo_is_kept_as_jpeg_and_png_text_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let page = format!("{SPD}/proof");
    v.post_files(
        &page,
        &[("upload-files", "proof")],
        &[
            ("proof", "IMG_1234.HEIC", fixture("photo.heic")),
            ("proof", "letter.png", fixture("photo.png")),
        ],
    )
    .await
    .redirects_to(&page);
    v.post_files(&page, &[], &[]).await;
    let reference = finish_spd(&mut v).await;
    let list = caseworker_files(&mut v, &reference).await;
    let files = list["files"].as_array().unwrap();
    let heic = files
        .iter()
        .find(|f| f["name"] == "IMG_1234.jpg")
        .expect("renamed .jpg");
    assert_eq!(heic["content_type"], "image/jpeg");
    let (bytes, _) = download(&mut v, &reference, heic["id"].as_str().unwrap()).await;
    assert_eq!(&bytes[..3], &[0xFF, 0xD8, 0xFF]);
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (64, 48));

    let png = files.iter().find(|f| f["name"] == "letter.png").unwrap();
    let (bytes, _) = download(&mut v, &reference, png["id"].as_str().unwrap()).await;
    assert!(fixture("photo.png").windows(4).any(|w| w == b"tEXt"));
    assert!(
        !bytes.windows(4).any(|w| w == b"tEXt"),
        "text chunks removed"
    );
    assert!(!bytes.windows(13).any(|w| w == b"Secret Street"));
    image::load_from_memory(&bytes).expect("still a good PNG");
    server.stop().await;
}

#[tokio::test]
async fn a_resumable_upload_cut_half_way_continues_from_the_last_byte_held() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;

    let options = v.raw("OPTIONS", "/api/v1/uploads", &[], vec![]).await;
    assert_eq!(options.headers["tus-version"], "1.0.0");
    assert_eq!(
        options.headers["tus-extension"],
        "creation,termination,expiration"
    );

    // A 3 MB PDF.
    let mut file = b"%PDF-1.4\n".to_vec();
    file.extend((0..3_000_000u32).map(|i| (i % 251) as u8));
    file.extend_from_slice(b"\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    let meta = format!(
        "filename {},service {},question {}",
        b64("council-tax-bill.pdf"),
        b64("apply-for-a-single-person-discount"),
        b64("proof")
    );
    let created = v
        .raw(
            "POST",
            "/api/v1/uploads",
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-length", file.len().to_string()),
                ("upload-metadata", meta),
            ],
            vec![],
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert!(created.headers.contains_key("upload-expires"));
    let location = created.headers["location"].to_str().unwrap().to_string();

    // The connection drops after 1 MB of a PATCH carrying the whole file.
    let csrf = v.csrf().await;
    let (base, cookie) = (v.base.clone(), v.cookie_header());
    let body = file.clone();
    let loc = location.clone();
    tokio::task::spawn_blocking(move || {
        support::cut_patch(&base, &loc, &cookie, &csrf, 0, &body, 1_000_000)
    })
    .await
    .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    let head = v
        .raw(
            "HEAD",
            &location,
            &[("tus-resumable", "1.0.0".into())],
            vec![],
        )
        .await;
    let held: usize = head.headers["upload-offset"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        held > 0 && held <= 1_000_000,
        "the server kept what arrived: {held}"
    );
    assert_eq!(
        head.headers["upload-length"].to_str().unwrap(),
        file.len().to_string()
    );

    // A PATCH from the wrong place is refused.
    let wrong = v
        .raw(
            "PATCH",
            &location,
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-offset", "0".into()),
                ("content-type", "application/offset+octet-stream".into()),
            ],
            file.clone(),
        )
        .await;
    assert_eq!(wrong.status, 409);

    let rest = v
        .raw(
            "PATCH",
            &location,
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-offset", held.to_string()),
                ("content-type", "application/offset+octet-stream".into()),
            ],
            file[held..].to_vec(),
        )
        .await;
    assert_eq!(rest.status, 204, "{}", rest.body);
    assert_eq!(
        rest.headers["upload-offset"].to_str().unwrap(),
        file.len().to_string()
    );

    let shown = v.get(&location).await.json();
    assert_eq!(shown["name"], "council-tax-bill.pdf");
    v.post_files(&format!("{SPD}/proof"), &[], &[])
        .await
        .redirects_to(&format!("{SPD}/contact"));
    let reference = finish_spd(&mut v).await;
    let list = caseworker_files(&mut v, &reference).await;
    let id = list["files"][0]["id"].as_str().unwrap().to_string();
    let (bytes, _) = download(&mut v, &reference, &id).await;
    assert_eq!(bytes.len(), file.len());
    assert!(
        bytes == file,
        "the kept file is byte-for-byte what was sent"
    );
    server.stop().await;
}

#[tokio::test]
async fn uploads_are_refused_early_and_can_be_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let meta = |name: &str| {
        format!(
            "filename {},service {},question {}",
            b64(name),
            b64("apply-for-a-single-person-discount"),
            b64("proof")
        )
    };
    // Too big: refused before a byte is sent, with the API's error shape.
    let big = v
        .raw(
            "POST",
            "/api/v1/uploads",
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-length", (21 * 1024 * 1024).to_string()),
                ("upload-metadata", meta("scan.pdf")),
            ],
            vec![],
        )
        .await;
    assert_eq!(big.status, 422);
    assert_eq!(
        big.json()["error"]["fields"][0]["message"],
        "scan.pdf must be smaller than 20MB"
    );
    // A question not yet reachable, or not a file question: not found.
    let wrong = v
        .raw(
            "POST",
            "/api/v1/uploads",
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-length", "10".into()),
                (
                    "upload-metadata",
                    format!(
                        "filename {},service {},question {}",
                        b64("a.pdf"),
                        b64("apply-for-a-single-person-discount"),
                        b64("moved-out-proof")
                    ),
                ),
            ],
            vec![],
        )
        .await;
    assert_eq!(wrong.status, 404);
    // No CSRF header: refused.
    let forged = v.api("POST", "/api/v1/uploads", None, false).await;
    assert_eq!(forged.status, 403);

    // An executable sent in full is refused once it has arrived, and not kept.
    let program = fixture("program.jpg");
    let created = v
        .raw(
            "POST",
            "/api/v1/uploads",
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-length", program.len().to_string()),
                ("upload-metadata", meta("cat.jpg")),
            ],
            vec![],
        )
        .await;
    let location = created.headers["location"].to_str().unwrap().to_string();
    let sent = v
        .raw(
            "PATCH",
            &location,
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-offset", "0".into()),
                ("content-type", "application/offset+octet-stream".into()),
            ],
            program,
        )
        .await;
    assert_eq!(sent.status, 422);
    assert_eq!(
        sent.json()["error"]["fields"][0]["message"],
        "cat.jpg must be a JPG, PNG, HEIC or PDF"
    );
    assert_eq!(
        v.raw(
            "HEAD",
            &location,
            &[("tus-resumable", "1.0.0".into())],
            vec![]
        )
        .await
        .status,
        404
    );

    // Termination: an upload under way is cancelled.
    let created = v
        .raw(
            "POST",
            "/api/v1/uploads",
            &[
                ("tus-resumable", "1.0.0".into()),
                ("upload-length", "5000".into()),
                ("upload-metadata", meta("later.pdf")),
            ],
            vec![],
        )
        .await;
    let location = created.headers["location"].to_str().unwrap().to_string();
    // Its first bytes are kept as a part in the evidence store, where any server finds them.
    assert_eq!(
        support::patch_upload(&mut v, &location, 0, vec![b'%'; 100])
            .await
            .status,
        204
    );
    let parts = dir
        .path()
        .join("db.evidence/parts")
        .join(location.rsplit('/').next().unwrap());
    assert_eq!(std::fs::read_dir(&parts).unwrap().count(), 1);
    assert_eq!(
        v.raw(
            "DELETE",
            &location,
            &[("tus-resumable", "1.0.0".into())],
            vec![]
        )
        .await
        .status,
        204
    );
    assert_eq!(
        v.raw(
            "HEAD",
            &location,
            &[("tus-resumable", "1.0.0".into())],
            vec![]
        )
        .await
        .status,
        404
    );
    let parts_left = std::fs::read_dir(&parts).map(|d| d.count()).unwrap_or(0);
    assert_eq!(parts_left, 0, "the cancelled upload's part is deleted");
    server.stop().await;
}

#[tokio::test]
async fn files_are_private_to_the_form_and_to_caseworkers() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let page = format!("{SPD}/proof");
    v.post_files(
        &page,
        &[("upload-files", "proof")],
        &[("proof", "me.jpg", fixture("photo-with-gps.jpg"))],
    )
    .await;
    let shown = v.get(&page).await;
    let at = shown.body.find("/files/").unwrap();
    let thumb = shown.body[at..].split('"').next().unwrap().to_string();
    let id = thumb
        .trim_start_matches("/files/")
        .trim_end_matches("/thumbnail")
        .to_string();
    assert!(id.len() >= 64, "file ids cannot be guessed");
    let (status, bytes, headers) = v.get_bytes(&thumb, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert!(bytes.len() < fixture("photo-with-gps.jpg").len() * 4);

    // Someone else (another session) gets nothing.
    let mut stranger = Visitor::new(&server);
    let (status, _, _) = stranger.get_bytes(&thumb, &[]).await;
    assert_eq!(status, 404);
    assert_eq!(
        stranger.get(&format!("/api/v1/uploads/{id}")).await.status,
        404
    );

    v.post_files(&page, &[], &[]).await;
    let reference = finish_spd(&mut v).await;
    // The back-office API needs an API key.
    let evidence = format!("/api/v1/back-office/requests/{reference}/evidence");
    assert_eq!(stranger.get_bytes(&evidence, &[]).await.0, 401);
    assert_eq!(
        stranger
            .get_bytes(
                &evidence,
                &[("authorization", "Bearer fd_wrong-key".into())]
            )
            .await
            .0,
        401
    );
    assert_eq!(stranger.get_bytes(&evidence, &bearer()).await.0, 200);
    assert_eq!(
        stranger
            .get_bytes(&format!("{evidence}/{}", "0".repeat(64)), &bearer())
            .await
            .0,
        404
    );
    server.stop().await;
}

#[tokio::test]
async fn removed_files_and_the_files_of_expired_drafts_are_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db.sqlite");
    let server = TestServer::start(&db_path).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "yes").await;
    let page = format!("{SPD}/proof");
    v.post_files(
        &page,
        &[("upload-files", "proof")],
        &[
            ("proof", "a.pdf", fixture("evidence.pdf")),
            ("proof", "b.pdf", fixture("evidence.pdf")),
        ],
    )
    .await;
    let store = dir.path().join("db.evidence/evidence");
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), 2);
    let shown = v.get(&page).await;
    let at = shown.body.find("name=\"remove-file\" value=\"").unwrap() + 26;
    let id = shown.body[at..at + 64].to_string();
    v.post_files(&page, &[("remove-file", &id)], &[])
        .await
        .redirects_to(&page);
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), 1);
    assert!(v.get(&page).await.body.contains("1 file added"));

    // The risk rule: someone moved out, so more proof is asked for.
    v.post_files(&page, &[], &[])
        .await
        .redirects_to(&format!("{SPD}/moved-out-proof"));

    // The draft expires: the sweeper deletes its files.
    let state =
        frontdoor_server::start(support::config(&db_path, &support::repo().join("services")))
            .await
            .unwrap();
    let drafts: Vec<String> = sqlx::query_scalar("SELECT id FROM drafts")
        .fetch_all(&support::database(&db_path).await)
        .await
        .unwrap();
    for d in &drafts {
        state.db.set_draft_expiry(d, 0).await.unwrap();
    }
    let swept = frontdoor_server::uploads::sweep(&state).await.unwrap();
    assert_eq!(swept, 1);
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), 0);
    server.stop().await;
}

#[tokio::test]
async fn with_a_virus_scanner_an_infected_file_is_refused() {
    // A stand-in for clamd that speaks INSTREAM and finds the EICAR test string.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut command = [0u8; 10];
            stream.read_exact(&mut command).unwrap();
            assert_eq!(&command, b"zINSTREAM\0");
            let mut data = Vec::new();
            loop {
                let mut len = [0u8; 4];
                stream.read_exact(&mut len).unwrap();
                let len = u32::from_be_bytes(len) as usize;
                if len == 0 {
                    break;
                }
                let mut chunk = vec![0u8; len];
                stream.read_exact(&mut chunk).unwrap();
                data.extend(chunk);
            }
            let infected = data.windows(16).any(|w| w == b"EICAR-STANDARD-A");
            let reply: &[u8] = if infected {
                b"stream: Eicar-Signature FOUND\0"
            } else {
                b"stream: OK\0"
            };
            stream.write_all(reply).unwrap();
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let mut config = support::config(
        &dir.path().join("db.sqlite"),
        &support::repo().join("services"),
    );
    config.clamd_address = Some(address);
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let eicar = br"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*".to_vec();
    let mut infected_pdf = b"%PDF-1.4\n".to_vec();
    infected_pdf.extend(&eicar);
    infected_pdf.extend(b"\n%%EOF\n");
    let reply = v
        .post_files(
            &format!("{SPD}/proof"),
            &[("upload-files", "proof")],
            &[
                ("proof", "virus.pdf", infected_pdf),
                ("proof", "fine.pdf", fixture("evidence.pdf")),
            ],
        )
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("virus.pdf contains a virus"));
    assert!(reply.body.contains("1 file added"));
    v.post_files(&format!("{SPD}/proof"), &[], &[]).await;
    let reference = finish_spd(&mut v).await;
    let list = caseworker_files(&mut v, &reference).await;
    assert_eq!(list["files"].as_array().unwrap().len(), 1);
    assert_eq!(list["files"][0]["scan"], "clean");
    assert_eq!(
        std::fs::read_dir(dir.path().join("db.evidence/evidence"))
            .unwrap()
            .count(),
        1
    );
    server.stop().await;
}

const DAMP: &str = r#"
id = "report-damp-and-mould"
messages = "damp"
category = "report"
standard = { days = 10, count = "working" }

[[pages]]
id = "damp"
questions = [
  { id = "room", type = "text", max-length = 50 },
  { id = "photos", type = "file", file-types = ["jpeg", "pdf"] },
]
"#;

const DAMP_MESSAGES: &str = "damp-title = Report damp and mould
damp-summary = Tell us about damp or mould in your home.
damp-standard = We will visit by { $date }.
damp-damp-title = Where is the damp?
damp-room-label = Which room?
damp-room-summary = Room
damp-room-error-required = Enter the room with damp
damp-room-error-too-long = The room must be { $max } characters or fewer
damp-photos-label = Photos of the damp
damp-photos-summary = Photos
damp-photos-error-required = Add a photo of the damp
";

#[tokio::test]
async fn files_are_kept_when_another_answer_on_the_page_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let services = dir.path().join("services");
    std::fs::create_dir_all(&services).unwrap();
    std::fs::write(services.join("report-damp-and-mould.toml"), DAMP).unwrap();
    let locales = dir.path().join("locales");
    std::fs::create_dir_all(locales.join("en-GB/services")).unwrap();
    std::fs::write(
        locales.join("en-GB/services/report-damp-and-mould.ftl"),
        DAMP_MESSAGES,
    )
    .unwrap();
    let mut config = support::config(&dir.path().join("db.sqlite"), &services);
    config.locales_dir = locales;
    let server = TestServer::start_with(config).await;
    let mut v = Visitor::new(&server);
    let page = "/report-damp-and-mould/damp";

    // Continue with a photo but no room: the room's error, the photo kept, the page shown again.
    let first = v
        .post_files(
            page,
            &[("room", "")],
            &[("photos", "wall.jpg", fixture("photo-with-gps.jpg"))],
        )
        .await;
    assert_eq!(first.status, 422);
    assert!(first.body.contains("Enter the room with damp"));
    assert!(
        !first.body.contains("href=\"#photos\""),
        "no error for the photo"
    );
    assert!(first.body.contains("wall.jpg") && first.body.contains("1 file added"));

    // The room given, nothing chosen again: it goes on, with the photo as the answer.
    v.post_files(page, &[("room", "Bathroom")], &[("photos", "", vec![])])
        .await
        .redirects_to("/report-damp-and-mould/check-answers");
    let check = v.get("/report-damp-and-mould/check-answers").await;
    assert!(
        check.body.contains("wall.jpg"),
        "the file is on Check your answers"
    );

    // Adding a file later changes only the file answer, not the room.
    v.post_files(
        page,
        &[("upload-files", "photos")],
        &[("photos", "ceiling.pdf", fixture("evidence.pdf"))],
    )
    .await
    .redirects_to(page);
    let draft = v
        .get("/api/v1/services/report-damp-and-mould/draft")
        .await
        .json();
    assert_eq!(draft["answers"]["room"], "Bathroom");
    assert_eq!(draft["answers"]["photos"].as_array().unwrap().len(), 2);
    server.stop().await;
}

#[tokio::test]
async fn a_complete_upload_is_checked_by_one_request_at_a_time_and_again_once_a_check_is_abandoned()
{
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let server = TestServer::start(&db).await;
    let mut v = Visitor::new(&server);
    at_proof_page(&mut v, "no").await;
    let pdf = fixture("evidence.pdf");
    let created = support::create_upload(&mut v, "bill.pdf", pdf.len()).await;
    let location = created.headers["location"].to_str().unwrap().to_string();
    let id = location.rsplit('/').next().unwrap().to_string();
    let pool = support::database(&db).await;
    let set_check = |until: i64| {
        sqlx::query("UPDATE uploads SET checking_until = $1 WHERE id = $2")
            .bind(until)
            .bind(id.clone())
    };

    // Another server is checking it: the last bytes are counted, but not checked twice.
    set_check(frontdoor_server::db::now() + 600)
        .execute(&pool)
        .await
        .unwrap();
    let sent = support::patch_upload(&mut v, &location, 0, pdf.clone()).await;
    assert_eq!(sent.status, 204);
    assert_eq!(
        sent.headers["upload-offset"],
        pdf.len().to_string().as_str()
    );
    let checking = v.get(&location).await;
    assert_eq!(
        checking.status, 202,
        "still being checked elsewhere: ask again"
    );
    assert_eq!(checking.headers["retry-after"], "1");

    // That server died: once its claim runs out, an empty PATCH at the end checks it here.
    set_check(0).execute(&pool).await.unwrap();
    assert_eq!(
        v.get(&location).await.status,
        404,
        "not kept, and no one is checking it"
    );
    let again = support::patch_upload(&mut v, &location, pdf.len(), vec![]).await;
    assert_eq!(again.status, 204, "{}", again.body);
    let kept = v.get(&location).await;
    assert_eq!(kept.status, 200);
    assert_eq!(kept.json()["name"], "bill.pdf");
    server.stop().await;
}
