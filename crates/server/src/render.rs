//! Server-side rendering of the Leptos app into a whole HTML document.
//!
//! This does what leptos_axum's renderer does, minus the inline `<script>` tags it appends, so the
//! Content-Security-Policy can forbid inline scripts. Only the page's islands run in the browser,
//! each from the props written on its `<leptos-island>` element.

use std::sync::Arc;

use frontdoor_app::i18n::I18n;
use frontdoor_app::{App, PageData};
use futures::{stream, StreamExt};
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::assets::Assets;

/// Must be called once, inside the Tokio runtime, before the first page is rendered.
pub fn init_executor() {
    let _ = any_spawner::Executor::init_tokio();
}

/// Renders the page at `path` (with its query string) from `data`, with messages parsed once at
/// start-up (every service's, in the page's language).
pub async fn render_document(path: String, data: PageData, i18n: I18n, assets: &Assets) -> String {
    let locale = data.locale;
    let shared = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone() as Arc<dyn SharedContext + Send + Sync>));
    let (meta_context, meta_output) = ServerMetaContext::new();
    let body_stream = owner.with(move || {
        provide_context(RequestUrl::new(&path));
        provide_context(meta_context);
        view! { <App data=data i18n=i18n/> }.to_html_stream_in_order()
    });
    let body: String = body_stream.collect().await;
    while let Some(pending) = shared.await_deferred() {
        pending.await;
    }
    let document = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\"><link rel=\"stylesheet\" href=\"{css}\">{scripts}\
         <!--HEAD--></head><body>{body}</body></html>",
        lang = locale.tag(),
        dir = locale.dir(),
        css = assets.css_href(),
        scripts = assets.script_tags(),
    );
    let html: String = meta_output
        .inject_meta_context(stream::iter([document]))
        .await
        .collect()
        .await;
    owner.unset_with_forced_cleanup();
    html
}
