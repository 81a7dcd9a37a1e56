use frontdoor_domain::FieldError;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::state::use_store;

/// The page's `<title>`: "Page – Council", with "Error: " in front while errors show.
#[component]
pub fn PageTitle(
    #[prop(into)] title: String,
    #[prop(optional)] errors: Option<RwSignal<Vec<FieldError>>>,
) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let full = format!("{title} – {}", i18n.t("council-name"));
    let text = move || {
        if errors.is_some_and(|e| e.with(|v| !v.is_empty())) {
            i18n.t1("error-title", "title", &full)
        } else {
            full.clone()
        }
    };
    view! { <Title text=text/> }
}
