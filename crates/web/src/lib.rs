//! Starts the app in the browser: reads the page data the server sent in the head and hydrates
//! the server-rendered body with it.

use frontdoor_app::{App, PageData};
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    // Debug builds explain panics in the browser console; release builds leave the hook out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let document = web_sys::window().and_then(|w| w.document());
    let data = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("page-data"))
        .and_then(|e| e.text_content())
        .and_then(|json| serde_json::from_str::<PageData>(&json).ok());
    // Without its data the page keeps working as plain HTML.
    if let Some(data) = data {
        leptos::mount::hydrate_body(move || view! { <App data=data/> });
        // Tells tests (and stylesheets, if ever needed) that the page is now driven by the app.
        if let Some(root) = document.and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-app", "ready");
        }
    }
}
