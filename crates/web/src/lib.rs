//! The browser app: the pages' islands (`frontdoor_app::islands`), each woken by the page script
//! (`navigation.js`) calling its export (`PageErrors`, `FileProgress`) with the island's element.
//! They drive the page with web-sys alone: no framework runs in the browser, and their props are
//! read with the app's own small JSON reader, keeping the download small.

// Linked for its islands, which wasm-bindgen exports by name.
pub use frontdoor_app::islands;
