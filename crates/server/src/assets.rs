//! The browser app and styles that Trunk builds into `dist/` with hashed names. Pages link to them
//! by the names found at start-up. Without a build, pages still work as plain HTML with the CSS
//! from `style/`.

use std::path::Path;

use sha2::{Digest, Sha256};

pub struct Assets {
    css: String,
    /// The page script (`crates/web/navigation.js`, told where the app is): its path and text.
    navigation: (String, String),
}

/// Moves between pages without full reloads and wakes the page's islands (see the file).
const NAVIGATION: &str = include_str!("../../web/navigation.js");

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
        let app = match &bundle {
            Some((js, wasm)) => {
                tracing::info!(%css, %js, %wasm, "browser app found");
                format!("{{ glue: \"/assets/{js}\", wasm: \"/assets/{wasm}\" }}")
            }
            None => {
                tracing::warn!(dist = %dist.display(), "no browser app built: pages will work without its islands");
                "null".to_string()
            }
        };
        let script = format!("const app = {app};\n{NAVIGATION}");
        let hash: String = Sha256::digest(script.as_bytes())[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Assets {
            css,
            navigation: (format!("/assets/navigation-{hash}.js"), script),
        }
    }

    pub fn css_href(&self) -> &str {
        &self.css
    }

    /// The page script, a module (deferred by nature, so it never blocks the page).
    pub fn script_tags(&self) -> String {
        format!(
            "<script type=\"module\" src=\"{}\"></script>",
            self.navigation.0
        )
    }

    /// The page script's path and text.
    pub fn navigation(&self) -> &(String, String) {
        &self.navigation
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
