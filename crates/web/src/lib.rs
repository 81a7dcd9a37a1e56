//! The browser app: the pages' islands (`frontdoor_app::islands`), woken by the page script
//! (`navigation.js`), which calls `hydrate` once and then each island's own export.

use wasm_bindgen::prelude::wasm_bindgen;

// Linked for its islands, which wasm-bindgen exports by name.
pub use frontdoor_app::islands;

/// Sets up the reactive system the islands run in.
#[wasm_bindgen]
pub fn hydrate() {
    // Debug builds explain panics in the browser console; release builds leave the hook out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
