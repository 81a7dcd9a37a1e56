use frontdoor_domain::FieldError;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::I18n;
use crate::islands::Titles;
use crate::state::use_store;

/// The page's `<title>`: "Page – Council", with "Error: " in front while errors show.
#[component]
pub fn PageTitle(
    #[prop(into)] title: String,
    #[prop(optional)] errors: Option<RwSignal<Vec<FieldError>>>,
) -> impl IntoView {
    let titles = page_titles(&use_store().i18n(), &title);
    let text = if errors.is_some_and(|e| e.with_untracked(|v| !v.is_empty())) {
        titles.with_errors
    } else {
        titles.plain
    };
    view! { <Title text=text/> }
}

/// "Page – Council", and the same with "Error: " in front.
pub fn page_titles(i18n: &I18n, title: &str) -> Titles {
    let plain = format!("{title} – {}", i18n.t("council-name"));
    Titles {
        with_errors: i18n.t1("error-title", "title", &plain),
        plain,
    }
}
