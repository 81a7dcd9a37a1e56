//! The browser's resumable uploads (tus 1.0): each chosen or dropped file is created on the
//! server, then sent in pieces with a progress bar; after a dropped connection it asks the server
//! how much arrived and goes on from there. Only built into the browser app.
//!
//! Every request goes by XMLHttpRequest (`send`), not gloo-net: a PATCH needs XMLHttpRequest for
//! its progress events anyway, and gloo-net's fetch wrapper added 15 KB (brotli) to the bundle
//! for the four small requests left (its streams, `http` types and `std::io` errors).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use frontdoor_domain::questions::files::{FileRules, Refusal};
use frontdoor_domain::FieldError;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, Element, Event, File, FileList, HtmlInputElement, XmlHttpRequest};

use super::browser::{document, props, show_for_question};
use super::{fill, json, Kept, Refused, Upload, UploadTexts};

/// Bytes sent in one PATCH: small enough that a cut costs little, big enough to be quick.
const PIECE: f64 = 5.0 * 1024.0 * 1024.0;
/// Tries after a failure before giving up on a file.
const RETRIES: u32 = 8;

thread_local! {
    static NEXT_KEY: Cell<u32> = const { Cell::new(1) };
    /// The request under way for each upload, so Cancel can stop it.
    static UNDER_WAY: RefCell<Vec<(u32, XmlHttpRequest)>> = const { RefCell::new(vec![]) };
    /// Every upload of the page, shown by the questions' progress lists.
    static UPLOADS: RefCell<Vec<Upload>> = const { RefCell::new(vec![]) };
    /// Each file question's progress list (its island), with its texts.
    static LISTS: RefCell<Vec<(String, Element, UploadTexts)>> = const { RefCell::new(vec![]) };
    /// What finished while others were still going: said and shown once all are done.
    static SETTLED: RefCell<Settled> = const {
        RefCell::new(Settled {
            kept: None,
            refused: vec![],
        })
    };
}

#[derive(Default)]
struct Settled {
    kept: Option<String>,
    refused: Vec<(String, FieldError)>,
}

/// One file question's uploads: files chosen in its input or dropped on it start at once.
#[derive(Clone)]
struct Question {
    id: String,
    service: String,
    rules: FileRules,
    held: Rc<RefCell<Vec<u64>>>,
    texts: UploadTexts,
}

/// What the server gave the island (`data-props`): the props of `FileProgress`.
#[derive(Deserialize)]
struct Props {
    question: String,
    service: String,
    rules: FileRules,
    held: Vec<u64>,
    texts: UploadTexts,
}

/// Wakes a file question's progress list (`<leptos-island data-component="FileProgress_…">`):
/// files chosen in its input or dropped on it start uploading at once.
#[wasm_bindgen(js_name = FileProgress)]
pub fn file_progress(island: Element) {
    let Some(Props {
        question,
        service,
        rules,
        held,
        texts,
    }) = props::<Props>(&island)
    else {
        return;
    };
    LISTS.with(|l| {
        let mut l = l.borrow_mut();
        // Lists of pages no longer showing go.
        l.retain(|(q, list, _)| *q != question && list.is_connected());
        l.push((question.clone(), island, texts.clone()));
    });
    let q = Question {
        id: question.clone(),
        service,
        rules,
        held: Rc::new(RefCell::new(held)),
        texts,
    };
    if let Some(input) = document()
        .get_element_by_id(&question)
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        let chosen = q.clone();
        let on_change = Closure::<dyn Fn(Event)>::new(move |ev: Event| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let files = files_of(input.files());
            // Emptied, so a plain post later does not send them again.
            input.set_value("");
            start(&chosen, files);
        });
        let _ =
            input.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
    if let Some(zone) = document()
        .query_selector(&["[data-question=\"", &question, "\"]"].concat())
        .ok()
        .flatten()
    {
        let over = Closure::<dyn Fn(DragEvent)>::new(|ev: DragEvent| ev.prevent_default());
        let _ = zone.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
        over.forget();
        let dropped = q.clone();
        let on_drop = Closure::<dyn Fn(DragEvent)>::new(move |ev: DragEvent| {
            ev.prevent_default();
            start(
                &dropped,
                files_of(ev.data_transfer().and_then(|d| d.files())),
            );
        });
        let _ = zone.add_event_listener_with_callback("drop", on_drop.as_ref().unchecked_ref());
        on_drop.forget();
    }
}

/// Changes the page's uploads, then shows them.
fn update(change: impl FnOnce(&mut Vec<Upload>)) {
    UPLOADS.with(|u| change(&mut u.borrow_mut()));
    render();
}

fn with_uploads<T>(read: impl FnOnce(&[Upload]) -> T) -> T {
    UPLOADS.with(|u| read(&u.borrow()))
}

/// Each question's progress list, as its uploads stand: a list item per active upload, kept in
/// place while it goes (so focus on its Cancel button stays), gone once it is over.
fn render() {
    let uploads: Vec<Upload> = with_uploads(|u| u.iter().filter(|u| u.active).cloned().collect());
    let lists = LISTS.with(|l| l.borrow().clone());
    for (question, island, texts) in lists {
        let mine: Vec<&Upload> = uploads.iter().filter(|u| u.question == question).collect();
        let list = island.query_selector("ul.file-progress").ok().flatten();
        let Some(list) = list.or_else(|| {
            (!mine.is_empty()).then(|| {
                island.set_inner_html("");
                let list = element("ul", "govuk-list file-progress");
                let _ = island.append_child(&list);
                list
            })
        }) else {
            continue;
        };
        if mine.is_empty() {
            list.remove();
            continue;
        }
        // Items of uploads over go.
        let items = list.children();
        for i in (0..items.length()).rev() {
            if let Some(item) = items.item(i) {
                let key = item.get_attribute("data-key").unwrap_or_default();
                if !mine.iter().any(|u| u.key.to_string() == key) {
                    item.remove();
                }
            }
        }
        for u in mine {
            let bar = ["file-progress-", &u.key.to_string()].concat();
            let progress = document()
                .get_element_by_id(&bar)
                .unwrap_or_else(|| new_item(&list, u, &bar, &texts));
            let percent = u.percent.to_string();
            let _ = progress.set_attribute("value", &percent);
            progress.set_text_content(Some(&[&percent, "%"].concat()));
        }
    }
}

fn element(tag: &str, class: &str) -> Element {
    let e = document().create_element(tag).expect_throw("an element");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// A new upload's item in its question's list; returns its progress bar.
fn new_item(list: &Element, u: &Upload, bar: &str, texts: &UploadTexts) -> Element {
    let item = element("li", "file-progress__item");
    let _ = item.set_attribute("data-key", &u.key.to_string());
    let label = element("label", "govuk-label");
    let _ = label.set_attribute("for", bar);
    label.set_text_content(Some(&u.name));
    let progress = element("progress", "");
    progress.set_id(bar);
    let _ = progress.set_attribute("max", "100");
    let button = element(
        "button",
        "govuk-button govuk-button--secondary file-progress__cancel",
    );
    let _ = button.set_attribute("type", "button");
    let _ = button.append_with_str_1(&texts.cancel);
    let hidden = element("span", "govuk-visually-hidden");
    hidden.set_text_content(Some(&[" ", &u.name].concat()));
    let _ = button.append_child(&hidden);
    let (key, cancelled) = (u.key, texts.cancelled.clone());
    let on_click = Closure::<dyn Fn()>::new(move || cancel(key, &cancelled));
    let _ = button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let _ = item.append_child(&label);
    let _ = item.append_child(&progress);
    let _ = item.append_child(&button);
    let _ = list.append_child(&item);
    progress
}

/// "Wait until … has finished uploading", while a file is on its way.
pub fn still_uploading() -> Option<FieldError> {
    let up = with_uploads(|l| l.iter().find(|u| u.active).cloned())?;
    let mut wait = FieldError::new(&up.question, "wait", "file-wait".into());
    wait.args.insert("name".into(), up.name);
    Some(wait)
}

/// Says something to screen reader users, through the page's polite status region.
fn announce(text: &str) {
    if let Some(status) = document()
        .query_selector("main [role=status]")
        .ok()
        .flatten()
    {
        status.set_text_content(Some(text));
    }
}

/// The files of a list (a file input's, or a drop's), taken out so the input can be cleared.
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// Starts uploading files chosen (or dropped) for a file question.
fn start(q: &Question, files: Vec<File>) {
    let mut refused = Vec::new();
    for file in files {
        let size = file.size() as u64;
        // The same limits as the server, at once: no waiting to hear a file is too big.
        let room = q.rules.check_before(size, &q.held.borrow());
        if let Err(refusal) = room {
            refused.push(q.rules.error(&q.id, &file.name(), refusal));
            continue;
        }
        q.held.borrow_mut().push(size);
        let key = NEXT_KEY.with(|k| {
            let key = k.get();
            k.set(key + 1);
            key
        });
        update(|list| {
            list.push(Upload {
                key,
                question: q.id.clone(),
                name: file.name(),
                percent: 0,
                active: true,
            })
        });
        let q = q.clone();
        spawn_local(async move { upload(q, file, key).await });
    }
    show_for_question(&q.id, refused);
}

/// Stops an upload: the request under way is aborted and the server forgets the file.
/// `cancelled` says so ("{$name} not uploaded").
pub fn cancel(key: u32, cancelled: &str) {
    let mut said = None;
    update(|list| {
        if let Some(u) = list.iter_mut().find(|u| u.key == key) {
            u.active = false;
            said = Some(fill(cancelled, &[("name", &u.name)]));
        }
    });
    if let Some(said) = said {
        announce(&said);
    }
    if let Some(xhr) = under_way_done(key) {
        let _ = xhr.abort();
    }
}

/// Forgets the request under way for an upload, returning it.
fn under_way_done(key: u32) -> Option<XmlHttpRequest> {
    UNDER_WAY.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|(k, _)| *k == key)?;
        Some(m.swap_remove(at).1)
    })
}

fn is_active(key: u32) -> bool {
    with_uploads(|list| list.iter().any(|u| u.key == key && u.active))
}

/// One upload is over (kept, refused or cancelled). Once none is left, the page is shown again
/// from the server with the files it keeps, then what happened is said and shown.
fn finish(q: &Question, key: u32, outcome: Outcome) {
    update(|list| list.retain(|u| u.key != key));
    under_way_done(key);
    SETTLED.with(|s| {
        let mut s = s.borrow_mut();
        match outcome {
            Outcome::Kept(kept) => s.kept = Some(fill(&q.texts.uploaded, &[("name", &kept)])),
            Outcome::Refused(error) => s.refused.push((q.id.clone(), error)),
            Outcome::Cancelled => {}
        }
    });
    if with_uploads(|l| !l.is_empty()) {
        return;
    }
    let Settled { kept, refused } = SETTLED.with(|s| std::mem::take(&mut *s.borrow_mut()));
    let show_refused = move || {
        let mut by_question: Vec<(String, Vec<FieldError>)> = vec![];
        for (question, error) in refused {
            match by_question.iter_mut().find(|(q, _)| *q == question) {
                Some((_, list)) => list.push(error),
                None => by_question.push((question, vec![error])),
            }
        }
        for (question, errors) in by_question {
            show_for_question(&question, errors);
        }
    };
    match kept {
        None => show_refused(),
        Some(said) => spawn_local(async move {
            refresh().await;
            announce(&said);
            show_refused();
        }),
    }
}

enum Outcome {
    Kept(String),
    Refused(FieldError),
    Cancelled,
}

/// Shows the page again from the server (the page script's `frontdoor.refresh`), or reloads it.
async fn refresh() {
    let window = web_sys::window().expect_throw("a window");
    let refresh = js_sys::Reflect::get(&window, &"frontdoor".into())
        .and_then(|f| js_sys::Reflect::get(&f, &"refresh".into()))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match refresh.and_then(|f| f.call0(&JsValue::NULL).ok()) {
        Some(promise) => {
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await;
        }
        None => {
            let _ = window.location().reload();
        }
    }
}

fn fail(q: &Question, key: u32, error: FieldError) {
    finish(q, key, Outcome::Refused(error));
}

/// The page's security token, sent with every upload.
fn csrf_token() -> String {
    document()
        .query_selector("input[name=csrf_token]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

async fn upload(q: Question, file: File, key: u32) {
    let csrf = csrf_token();
    let name = file.name();
    let size = file.size();
    let incomplete = |refusal| q.rules.error(&q.id, &name, refusal);
    let metadata = [
        "filename ",
        &base64(&name),
        ",service ",
        &base64(&q.service),
        ",question ",
        &base64(&q.id),
    ]
    .concat();
    let length = (size as u64).to_string();
    let created = send(Send {
        method: "POST",
        url: "/api/v1/uploads",
        headers: &[
            ("Upload-Length", &length),
            ("Upload-Metadata", &metadata),
            ("X-CSRF-Token", &csrf),
        ],
        ..Send::default()
    })
    .await;
    let location = match created {
        Some(r) if r.status == 201 => r.header("Location").unwrap_or_default(),
        Some(r) if r.status == 422 => {
            return fail(
                &q,
                key,
                r.refusal()
                    .unwrap_or_else(|| incomplete(Refusal::Incomplete)),
            )
        }
        _ => return fail(&q, key, incomplete(Refusal::Incomplete)),
    };
    let mut offset = 0f64;
    let mut failures = 0;
    let announced = Rc::new(Cell::new(0u8));
    while offset < size {
        if !is_active(key) {
            let _ = send(Send {
                method: "DELETE",
                url: &location,
                headers: &[("X-CSRF-Token", &csrf)],
                ..Send::default()
            })
            .await;
            return finish(&q, key, Outcome::Cancelled);
        }
        let end = (offset + PIECE).min(size);
        let piece = match file.slice_with_f64_and_f64(offset, end) {
            Ok(p) => p,
            Err(_) => return fail(&q, key, incomplete(Refusal::Incomplete)),
        };
        let progress = {
            let (texts, name, announced) = (q.texts.clone(), name.clone(), announced.clone());
            let start = offset;
            move |loaded: f64| {
                let percent = (((start + loaded) / size) * 100.0).clamp(0.0, 100.0) as u8;
                update(|list| {
                    if let Some(u) = list.iter_mut().find(|u| u.key == key) {
                        u.percent = percent;
                    }
                });
                // Read out at each quarter, not every percent.
                let quarter = percent / 25;
                if quarter > announced.get() && percent < 100 {
                    announced.set(quarter);
                    let percent = (quarter as u32 * 25).to_string();
                    announce(&fill(
                        &texts.uploading,
                        &[("name", &name), ("percent", &percent)],
                    ));
                }
            }
        };
        let at = (offset as u64).to_string();
        let sent = send(Send {
            method: "PATCH",
            url: &location,
            headers: &[
                ("Upload-Offset", &at),
                ("Content-Type", "application/offset+octet-stream"),
                ("X-CSRF-Token", &csrf),
            ],
            body: Some(&piece),
            key: Some(key),
            on_progress: Some(Box::new(progress)),
        })
        .await;
        match sent {
            Some(r) if r.status == 204 => match r.offset() {
                Some(held) => {
                    offset = held;
                    failures = 0;
                    continue;
                }
                None => {}
            },
            Some(r) if r.status == 422 => {
                if let Some(error) = r.refusal() {
                    return fail(&q, key, error);
                }
            }
            _ if !is_active(key) => continue,
            _ => {}
        }
        failures += 1;
        if failures > RETRIES {
            return fail(&q, key, incomplete(Refusal::Incomplete));
        }
        sleep(1000 * 2u32.pow(failures.min(4))).await;
        // Ask the server how much it holds, and go on from there.
        match send(Send {
            method: "HEAD",
            url: &location,
            ..Send::default()
        })
        .await
        {
            Some(r) if r.status == 200 => {
                if let Some(held) = r.offset() {
                    offset = held;
                }
            }
            Some(r) if r.status == 404 => return fail(&q, key, incomplete(Refusal::Incomplete)),
            _ => {}
        }
    }
    // The server may still be checking the file (202): ask again each second, for a while.
    let mut kept = None;
    for _ in 0..CHECK_WAIT_SECONDS {
        match send(Send {
            method: "GET",
            url: &location,
            ..Send::default()
        })
        .await
        {
            Some(r) if r.status == 202 => sleep(1000).await,
            Some(r) if (200..300).contains(&r.status) => {
                kept = r.json::<Kept>();
                break;
            }
            _ => break,
        }
    }
    // Every byte arrived but no file was kept (the check was cut short): say so, never nothing.
    let Some(kept) = kept else {
        return fail(&q, key, incomplete(Refusal::Incomplete));
    };
    finish(&q, key, Outcome::Kept(kept.name));
}

/// How long the browser waits for the server to finish checking a file it has all of.
const CHECK_WAIT_SECONDS: u32 = 60;

/// A request to the uploads API (tus 1.0). Every one goes by XMLHttpRequest, as only it reports
/// upload progress.
#[derive(Default)]
struct Send<'a> {
    method: &'a str,
    url: &'a str,
    headers: &'a [(&'a str, &'a str)],
    body: Option<&'a web_sys::Blob>,
    /// The upload it belongs to, so Cancel can abort it.
    key: Option<u32>,
    on_progress: Option<Box<dyn Fn(f64)>>,
}

/// A request's answer from the server.
struct Reply {
    status: u16,
    xhr: XmlHttpRequest,
}

impl Reply {
    fn header(&self, name: &str) -> Option<String> {
        self.xhr.get_response_header(name).ok().flatten()
    }

    /// How many bytes the server holds (`Upload-Offset`).
    fn offset(&self) -> Option<f64> {
        self.header("Upload-Offset")
            .and_then(|v| v.parse::<u64>().ok())
            .map(|n| n as f64)
    }

    fn json<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        json::from_str(&self.xhr.response_text().ok().flatten()?).ok()
    }

    /// Why the server refused the file (a 422's first field error).
    fn refusal(&self) -> Option<FieldError> {
        self.json::<Refused>()?.error.fields.into_iter().next()
    }
}

/// Sends a request; None when it did not reach the server or was aborted.
async fn send(request: Send<'_>) -> Option<Reply> {
    let xhr = XmlHttpRequest::new().ok()?;
    xhr.open(request.method, request.url).ok()?;
    xhr.set_request_header("Tus-Resumable", "1.0.0").ok()?;
    for (k, v) in request.headers {
        xhr.set_request_header(k, v).ok()?;
    }
    let progress = request.on_progress.map(|on_progress| {
        Closure::<dyn Fn(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
            on_progress(e.loaded())
        })
    });
    if let (Some(progress), Ok(upload)) = (&progress, xhr.upload()) {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
    });
    if let Some(key) = request.key {
        under_way_done(key);
        UNDER_WAY.with(|m| m.borrow_mut().push((key, xhr.clone())));
    }
    xhr.send_with_opt_blob(request.body).ok()?;
    let finished = wasm_bindgen_futures::JsFuture::from(done).await;
    drop(progress);
    finished.ok()?;
    let status = xhr.status().ok()?;
    Some(Reply { status, xhr })
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
