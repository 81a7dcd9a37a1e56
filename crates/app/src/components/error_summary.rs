use frontdoor_domain::FieldError;
use leptos::prelude::*;

use crate::islands::error_summary;
use crate::state::use_store;

/// GOV.UK error summary, for pages the server checks (a question page's is an island, which also
/// checks in the browser). Links move focus to each field (the page script does that).
#[component]
pub fn ErrorSummary(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let store = use_store();
    let i18n = store.i18n();
    let list = errors
        .get_untracked()
        .into_iter()
        .map(|e| (e.target.clone(), i18n.t_with(&e.message_id, &e.args)))
        .collect();
    error_summary(i18n.t("error-summary-title"), list)
}
