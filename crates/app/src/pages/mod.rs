//! One module per page. Pages read what they need from the store, which the server fills for
//! each request.

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

use std::sync::Arc;

use frontdoor_domain::ServiceDefinition;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::state::{use_store, Store};

/// A page of the service named in the address (`/:service/...`).
pub fn with_service<V: IntoView + 'static>(
    render: impl Fn(Store, Arc<ServiceDefinition>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let store = use_store();
    move || {
        let id = params.read().get("service").unwrap_or_default();
        untrack(|| match store.service().filter(|d| d.id == id) {
            Some(def) => render(store, def).into_any(),
            None => missing_data(),
        })
    }
}

/// What to show when the store lacks a page's data: "not found".
pub fn missing_data() -> AnyView {
    view! { <not_found::NotFound/> }.into_any()
}
