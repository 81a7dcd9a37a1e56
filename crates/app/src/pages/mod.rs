//! One module per page. Pages read what they need from the store; when it is missing after a
//! client-side navigation, the server renders the page instead.

pub mod check_answers;
pub mod come_back;
pub mod confirmation;
pub mod home;
pub mod not_found;
pub mod question;
pub mod save;
pub mod start;
pub mod track;
pub mod track_result;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::client;
use crate::state::Store;

/// What to show when the store lacks a page's data: the server's "not found" if the server already
/// decided so for this address, otherwise a full page load so the server can supply the data.
pub fn missing_data(store: Store) -> AnyView {
    let path = use_location().pathname.get_untracked();
    if store.data.with_untracked(|d| d.loaded_path == path) {
        view! { <not_found::NotFound/> }.into_any()
    } else {
        client::reload_from_server();
        ().into_any()
    }
}
