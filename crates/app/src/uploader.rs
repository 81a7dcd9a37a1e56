//! The browser's resumable uploads (tus 1.0): each chosen or dropped file is created on the
//! server, then sent in pieces with a progress bar; after a dropped connection it asks the server
//! how much arrived and goes on from there. Only built into the browser app.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use frontdoor_domain::api::{ApiError, UploadedFile};
use frontdoor_domain::questions::files::{FileRules, Refusal};
use frontdoor_domain::FieldError;
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, FileList, XmlHttpRequest};

use crate::client::{focus_error_summary, QuestionSubmit};
use crate::components::UploadProgress;

/// Bytes sent in one PATCH: small enough that a cut costs little, big enough to be quick.
const PIECE: f64 = 5.0 * 1024.0 * 1024.0;
/// Tries after a failure before giving up on a file.
const RETRIES: u32 = 8;

thread_local! {
    static NEXT_KEY: Cell<u32> = const { Cell::new(1) };
    /// The request under way for each upload, so Cancel can stop it.
    static UNDER_WAY: RefCell<HashMap<u32, XmlHttpRequest>> = RefCell::new(HashMap::new());
}

/// The files of a list (a file input's, or a drop's), taken out so the input can be cleared.
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// Starts uploading files chosen (or dropped) for a file question.
pub fn start(s: QuestionSubmit, question: String, files: Vec<File>) {
    let Some(rules) = s
        .page
        .questions
        .iter()
        .find(|q| q.id == question)
        .and_then(|q| frontdoor_domain::questions::QuestionRules::new(&s.service, q).file_rules())
    else {
        return;
    };
    let mut held: Vec<u64> = s
        .store
        .files()
        .iter()
        .filter(|f| f.question == question)
        .map(|f| f.size)
        .collect();
    let mut refused = Vec::new();
    for file in files {
        let size = file.size() as u64;
        // The same limits as the server, at once: no waiting to hear a file is too big.
        if let Err(refusal) = rules.check_before(size, &held) {
            refused.push(rules.error(&question, &file.name(), refusal));
            continue;
        }
        held.push(size);
        let key = NEXT_KEY.with(|k| {
            let key = k.get();
            k.set(key + 1);
            key
        });
        s.progress.update(|list| {
            list.push(UploadProgress {
                key,
                question: question.clone(),
                name: file.name(),
                percent: 0,
                active: true,
            })
        });
        let (s, question, rules) = (s.clone(), question.clone(), rules.clone());
        spawn_local(async move { upload(s, question, rules, file, key).await });
    }
    show_refused(&s, &question, refused);
}

fn show_refused(s: &QuestionSubmit, question: &str, refused: Vec<FieldError>) {
    if refused.is_empty() {
        s.errors.update(|list| list.retain(|e| e.field != question));
        return;
    }
    s.errors.update(|list| {
        list.retain(|e| e.field != question);
        list.extend(refused);
    });
    focus_error_summary();
}

/// Stops an upload: the request under way is aborted and the server forgets the file.
pub fn cancel(key: u32, s: QuestionSubmit) {
    s.progress.update(|list| {
        if let Some(u) = list.iter_mut().find(|u| u.key == key) {
            u.active = false;
            s.announcement
                .set(s.store.i18n().t1("file-cancelled", "name", &u.name));
        }
    });
    UNDER_WAY.with(|m| {
        if let Some(xhr) = m.borrow_mut().remove(&key) {
            let _ = xhr.abort();
        }
    });
}

fn is_active(s: &QuestionSubmit, key: u32) -> bool {
    s.progress
        .with_untracked(|list| list.iter().any(|u| u.key == key && u.active))
}

fn finish(s: &QuestionSubmit, key: u32) {
    s.progress.update(|list| list.retain(|u| u.key != key));
    UNDER_WAY.with(|m| m.borrow_mut().remove(&key));
}

fn fail(s: &QuestionSubmit, key: u32, error: FieldError) {
    finish(s, key);
    s.errors.update(|list| list.push(error));
    focus_error_summary();
}

async fn upload(s: QuestionSubmit, question: String, rules: FileRules, file: File, key: u32) {
    let name = file.name();
    let size = file.size();
    let incomplete = |refusal| rules.error(&question, &name, refusal);
    let metadata = format!(
        "filename {},service {},question {}",
        base64(&name),
        base64(&s.service.id),
        base64(&question)
    );
    let created = Request::post("/api/v1/uploads")
        .header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", &(size as u64).to_string())
        .header("Upload-Metadata", &metadata)
        .header("X-CSRF-Token", &s.store.csrf_token())
        .send()
        .await;
    let location = match created {
        Ok(r) if r.status() == 201 => r.headers().get("location").unwrap_or_default(),
        Ok(r) if r.status() == 422 => {
            let error = r
                .json::<ApiError>()
                .await
                .ok()
                .and_then(|e| e.error.fields.into_iter().next())
                .map(|f| f.into_field_error())
                .unwrap_or_else(|| incomplete(Refusal::Incomplete));
            return fail(&s, key, error);
        }
        _ => return fail(&s, key, incomplete(Refusal::Incomplete)),
    };
    let mut offset = 0f64;
    let mut failures = 0;
    let announced = Rc::new(Cell::new(0u8));
    while offset < size {
        if !is_active(&s, key) {
            let _ = Request::delete(&location)
                .header("Tus-Resumable", "1.0.0")
                .header("X-CSRF-Token", &s.store.csrf_token())
                .send()
                .await;
            return finish(&s, key);
        }
        let end = (offset + PIECE).min(size);
        let piece = match file.slice_with_f64_and_f64(offset, end) {
            Ok(p) => p,
            Err(_) => return fail(&s, key, incomplete(Refusal::Incomplete)),
        };
        let progress = {
            let (s, name, announced) = (s.clone(), name.clone(), announced.clone());
            let start = offset;
            move |loaded: f64| {
                let percent = (((start + loaded) / size) * 100.0).clamp(0.0, 100.0) as u8;
                s.progress.update(|list| {
                    if let Some(u) = list.iter_mut().find(|u| u.key == key) {
                        u.percent = percent;
                    }
                });
                // Read out at each quarter, not every percent.
                let quarter = percent / 25;
                if quarter > announced.get() && percent < 100 {
                    announced.set(quarter);
                    s.announcement.set(
                        s.store.i18n().t_with(
                            "file-uploading",
                            &[
                                ("name".to_string(), name.clone()),
                                ("percent".to_string(), (quarter as u32 * 25).to_string()),
                            ]
                            .into_iter()
                            .collect(),
                        ),
                    );
                }
            }
        };
        match patch(
            &location,
            offset,
            &piece,
            &s.store.csrf_token(),
            key,
            progress,
        )
        .await
        {
            Sent::Offset(held) => {
                offset = held;
                failures = 0;
            }
            Sent::Refused(error) => return fail(&s, key, error),
            Sent::Failed if !is_active(&s, key) => continue,
            Sent::Failed => {
                failures += 1;
                if failures > RETRIES {
                    return fail(&s, key, incomplete(Refusal::Incomplete));
                }
                sleep(1000 * 2u32.pow(failures.min(4))).await;
                // Ask the server how much it holds, and go on from there.
                match gloo_net::http::RequestBuilder::new(&location)
                    .method(gloo_net::http::Method::HEAD)
                    .header("Tus-Resumable", "1.0.0")
                    .send()
                    .await
                {
                    Ok(r) if r.status() == 200 => {
                        if let Some(held) = r
                            .headers()
                            .get("upload-offset")
                            .and_then(|v| v.parse::<f64>().ok())
                        {
                            offset = held;
                        }
                    }
                    Ok(r) if r.status() == 404 => {
                        return fail(&s, key, incomplete(Refusal::Incomplete))
                    }
                    _ => {}
                }
            }
        }
    }
    // The server may still be checking the file (202): ask again each second, for a while.
    let mut kept = None;
    for _ in 0..CHECK_WAIT_SECONDS {
        match Request::get(&location).send().await {
            Ok(r) if r.status() == 202 => sleep(1000).await,
            Ok(r) if r.ok() => {
                kept = r.json::<UploadedFile>().await.ok();
                break;
            }
            _ => break,
        }
    }
    // Every byte arrived but no file was kept (the check was cut short): say so, never nothing.
    let Some(kept) = kept else {
        return fail(&s, key, incomplete(Refusal::Incomplete));
    };
    finish(&s, key);
    {
        s.announcement
            .set(s.store.i18n().t1("file-uploaded", "name", &kept.name));
        s.store.data.update(|d| {
            if let Some(service) = d.service.as_mut() {
                service.files.push(kept);
            }
        });
        s.revision.update(|r| *r += 1);
    }
}

/// How long the browser waits for the server to finish checking a file it has all of.
const CHECK_WAIT_SECONDS: u32 = 60;

enum Sent {
    Offset(f64),
    Refused(FieldError),
    Failed,
}

/// One PATCH, with upload progress (fetch cannot report it; XMLHttpRequest can).
async fn patch(
    url: &str,
    offset: f64,
    piece: &web_sys::Blob,
    csrf: &str,
    key: u32,
    on_progress: impl Fn(f64) + 'static,
) -> Sent {
    let Ok(xhr) = XmlHttpRequest::new() else {
        return Sent::Failed;
    };
    if xhr.open("PATCH", url).is_err() {
        return Sent::Failed;
    }
    for (k, v) in [
        ("Tus-Resumable", "1.0.0".to_string()),
        ("Upload-Offset", (offset as u64).to_string()),
        (
            "Content-Type",
            "application/offset+octet-stream".to_string(),
        ),
        ("X-CSRF-Token", csrf.to_string()),
    ] {
        let _ = xhr.set_request_header(k, &v);
    }
    let progress =
        Closure::<dyn Fn(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
            on_progress(e.loaded())
        });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
    });
    UNDER_WAY.with(|m| m.borrow_mut().insert(key, xhr.clone()));
    if xhr.send_with_opt_blob(Some(piece)).is_err() {
        return Sent::Failed;
    }
    let finished = wasm_bindgen_futures::JsFuture::from(done).await;
    drop(progress);
    if finished.is_err() {
        return Sent::Failed;
    }
    match xhr.status().unwrap_or(0) {
        204 => xhr
            .get_response_header("Upload-Offset")
            .ok()
            .flatten()
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(Sent::Failed, Sent::Offset),
        422 => xhr
            .response_text()
            .ok()
            .flatten()
            .and_then(|t| serde_json::from_str::<ApiError>(&t).ok())
            .and_then(|e| e.error.fields.into_iter().next())
            .map_or(Sent::Failed, |f| Sent::Refused(f.into_field_error())),
        _ => Sent::Failed,
    }
}

async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Base64 of UTF-8 text, for tus's Upload-Metadata (`btoa` only takes Latin-1).
fn base64(text: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
