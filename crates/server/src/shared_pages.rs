//! Pages that are the same for every visitor in a language but for the security token in their
//! forms (Track a request, the home page, a service's start and question pages for someone with
//! nothing saved): rendered once per address and language, then kept with a mark where each
//! visitor's token goes. Newcomers, crawlers and links from emails are answered without
//! rendering. What is kept comes only from the service definitions and messages, which are the
//! same on every server and fixed while it runs, so several servers behind a load balancer stay
//! in step; the number kept is bounded, and only pages that exist (status 200) are kept.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use frontdoor_domain::Locale;

/// Where the visitor's security token goes in a kept page.
const TOKEN_MARK: &str = "\u{1}csrf-token\u{1}";

/// At most this many pages are kept: every service's pages in every language fit many times over.
const MOST_KEPT: usize = 4096;

/// Kept pages by language, then address (so a lookup needs no key of its own made).
#[derive(Default)]
pub struct SharedPages {
    pages: RwLock<HashMap<Locale, HashMap<String, Arc<str>>>>,
}

impl SharedPages {
    /// The kept page at `path` in `locale`, with the token's mark in it.
    pub fn get(&self, path: &str, locale: Locale) -> Option<Arc<str>> {
        let pages = self.pages.read().unwrap_or_else(|e| e.into_inner());
        pages.get(&locale)?.get(path).cloned()
    }

    /// Keeps a page rendered for a visitor whose token is `token`; gives it back with the mark.
    pub fn keep(&self, path: &str, locale: Locale, html: &str, token: &str) -> Arc<str> {
        let marked: Arc<str> = Arc::from(html.replace(token, TOKEN_MARK));
        let mut pages = self.pages.write().unwrap_or_else(|e| e.into_inner());
        if pages.values().map(HashMap::len).sum::<usize>() < MOST_KEPT {
            pages
                .entry(locale)
                .or_default()
                .insert(path.to_string(), marked.clone());
        }
        marked
    }
}

/// A kept page for one visitor: their token where the mark is.
pub fn with_token(page: &str, token: &str) -> String {
    page.replace(TOKEN_MARK, token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_page_gets_each_visitors_own_token() {
        let pages = SharedPages::default();
        let html = "<input name=\"csrf_token\" value=\"TOKEN-A\"><p>Track</p>";
        pages.keep("/track", Locale::Cy, html, "TOKEN-A");
        let kept = pages.get("/track", Locale::Cy).unwrap();
        assert!(!kept.contains("TOKEN-A"));
        assert_eq!(
            with_token(&kept, "TOKEN-B"),
            "<input name=\"csrf_token\" value=\"TOKEN-B\"><p>Track</p>"
        );
        assert!(pages.get("/track", Locale::EnGb).is_none(), "per language");
        assert!(pages.get("/return", Locale::Cy).is_none(), "per address");
    }

    #[test]
    fn no_more_than_the_most_kept_are_kept() {
        let pages = SharedPages::default();
        for i in 0..MOST_KEPT + 10 {
            pages.keep(&format!("/p{i}"), Locale::EnGb, "x", "t");
        }
        assert_eq!(pages.pages.read().unwrap()[&Locale::EnGb].len(), MOST_KEPT);
        // A page not kept is still given back to show.
        assert_eq!(
            &*pages.keep("/more", Locale::EnGb, "a t", "t"),
            "a \u{1}csrf-token\u{1}"
        );
    }
}
