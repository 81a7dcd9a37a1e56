//! The browser app and styles that Trunk builds into `dist/` with hashed names. Pages link to them
//! by the names found at start-up. Without a build, pages still work as plain HTML with the CSS
//! from `style/`.

use std::path::Path;

pub struct Assets {
    css: String,
    /// The JavaScript glue and WebAssembly file names, when the browser app is built.
    bundle: Option<(String, String)>,
    boot: Option<(String, String)>,
}

impl Assets {
    pub fn load(dist: &Path) -> Assets {
        let names: Vec<String> = std::fs::read_dir(dist)
            .map(|dir| {
                dir.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let css = names
            .iter()
            .find(|n| n.ends_with(".css"))
            .map(|n| format!("/assets/{n}"))
            .unwrap_or_else(|| "/style/frontdoor.css".to_string());
        let bundle = names
            .iter()
            .find(|n| n.ends_with("_bg.wasm"))
            .and_then(|wasm| {
                let js = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));
                names.contains(&js).then(|| (js, wasm.clone()))
            });
        let boot = bundle.as_ref().map(|(js, wasm)| {
            let stem = js.trim_end_matches(".js");
            let hash = stem.rsplit('-').next().unwrap_or(stem);
            (
                format!("/assets/boot-{hash}.js"),
                format!("import init from \"/assets/{js}\";\ninit({{ module_or_path: \"/assets/{wasm}\" }});\n"),
            )
        });
        match &bundle {
            Some((js, wasm)) => tracing::info!(%css, %js, %wasm, "browser app found"),
            None => {
                tracing::warn!(dist = %dist.display(), "no browser app built: pages will work without JavaScript only")
            }
        }
        Assets { css, bundle, boot }
    }

    pub fn css_href(&self) -> &str {
        &self.css
    }

    /// The module script that starts the app (deferred by nature, so it never blocks the page).
    pub fn script_tags(&self) -> String {
        match (&self.bundle, &self.boot) {
            (Some((js, _)), Some((boot, _))) => {
                format!("<link rel=\"modulepreload\" href=\"/assets/{js}\"><script type=\"module\" src=\"{boot}\"></script>")
            }
            _ => String::new(),
        }
    }

    /// The start-up script's path and text.
    pub fn boot(&self) -> Option<&(String, String)> {
        self.boot.as_ref()
    }
}

/// The site's icon, built into the server (drawn by `scripts/make-favicon.py`). Browsers ask for
/// `/favicon.ico` on every site; without it each page logs a 404.
pub async fn favicon() -> axum::response::Response {
    use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
    use axum::response::IntoResponse;
    const ICON: &[u8] = include_bytes!("../static/favicon.ico");
    (
        [
            (CONTENT_TYPE, "image/x-icon"),
            (CACHE_CONTROL, "public, max-age=604800"),
        ],
        ICON,
    )
        .into_response()
}
