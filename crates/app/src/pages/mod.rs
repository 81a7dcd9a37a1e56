//! One module per page. Pages read what they need from the store, which the server fills for
//! each request.

pub mod account;
pub mod check_answers;
pub mod come_back;
pub mod confirmation;
pub mod home;
pub mod not_found;
pub mod question;
pub mod question_field;
pub mod save;
pub mod sign_in;
pub mod staff_request;
pub mod staff_requests;
pub mod start;
pub mod track;
pub mod track_result;

use std::sync::Arc;

use frontdoor_domain::{FieldError, FormInput, ServiceDefinition};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::FieldText;
use crate::i18n::I18n;
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

/// What a failed post of the form at `path` left: the values typed, and its errors in a signal
/// the error summary and fields share.
pub fn failed_form(store: &Store, path: &str) -> (FormInput, RwSignal<Vec<FieldError>>) {
    let failed = store.form_for(path);
    let values = failed
        .as_ref()
        .map(|f| f.values.clone())
        .unwrap_or_default();
    (
        values,
        RwSignal::new(failed.map(|f| f.errors).unwrap_or_default()),
    )
}

/// A field's label, hint and error (from `errors`), for the components.
pub fn field(
    i18n: &I18n,
    errors: RwSignal<Vec<FieldError>>,
    id: &str,
    label: &str,
    hint: Option<&str>,
) -> FieldText {
    let (i18n2, field_id) = (i18n.clone(), id.to_string());
    FieldText {
        id: id.to_string(),
        label: i18n.t(label),
        hint: hint.map(|h| i18n.t(h)),
        heading: false,
        error: Signal::derive(move || {
            errors.with(|l| {
                l.iter()
                    .find(|e| e.field == field_id)
                    .map(|e| i18n2.t_with(&e.message_id, &e.args))
            })
        }),
    }
}
