//! One module per page. Pages read what they need from the store; when it is missing after a
//! client-side navigation, the server renders the page instead.

pub mod check_answers;
pub mod come_back;
pub mod confirmation;
pub mod home;
pub mod not_found;
pub mod question;
pub mod question_field;
pub mod save;
pub mod start;
pub mod track;
pub mod track_result;

use frontdoor_domain::ServiceDefinition;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::client;
use crate::state::{use_store, Store};

/// A page of the service named in the address (`/:service/...`), drawn again when the address
/// changes. Without the service's data (after a client-side move from elsewhere) the server renders it.
pub fn with_service<V: IntoView + 'static>(
    render: impl Fn(Store, ServiceDefinition) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let store = use_store();
    move || {
        let id = params.read().get("service").unwrap_or_default();
        untrack(|| match store.service().filter(|d| d.id == id) {
            Some(def) => render(store, def).into_any(),
            None => missing_data(store),
        })
    }
}

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
