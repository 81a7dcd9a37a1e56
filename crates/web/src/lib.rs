//! The browser app: the pages' islands (`frontdoor_islands`), each woken by the page script
//! (`navigation.js`) calling its export (`PageErrors`, `FileProgress`) with the island's element.
//! They drive the page with web-sys alone: no web framework is linked in, and their props are
//! read with a small JSON reader, keeping the download small.

// Linked for its islands, which wasm-bindgen exports by name.
pub use frontdoor_islands::{file_progress, page_errors};
