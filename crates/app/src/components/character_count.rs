use leptos::prelude::*;

use super::FieldText;
use crate::state::use_store;

/// GOV.UK textarea with a character count. Without JavaScript it states the limit; with it, the
/// page script counts down as the person types and says so politely to screen readers, from the
/// texts for each plural form given here.
#[component]
pub fn CharacterCount(
    field: FieldText,
    #[prop(into)] value: String,
    max_length: usize,
) -> impl IntoView {
    let store = use_store();
    let id = field.id.clone();
    let info_id = format!("{id}-info");
    let i18n = store.i18n();
    let textarea_class = if field.error.get_untracked().is_some() {
        "govuk-textarea govuk-textarea--error"
    } else {
        "govuk-textarea"
    };
    let message = i18n.t1("character-count-limit", "max", max_length);
    let remaining = i18n.plural_forms("character-count-remaining", "remaining");
    let over = i18n.plural_forms("character-count-over", "over");
    view! {
        <div class=field.group_class("govuk-character-count")>
            {field.label_view(id.clone())}
            {field.hint_view()}
            {field.error_view()}
            <textarea
                class=textarea_class
                id=id.clone()
                name=id
                rows="5"
                // Written the way the resident types: Arabic right to left, an email address left to right.
                dir="auto"
                aria-describedby=field.described_by(Some(info_id.clone()))
                data-maxlength=max_length
                data-remaining=remaining
                data-over=over
            >
                {value}
            </textarea>
            <div id=info_id class="govuk-hint govuk-character-count__message" aria-live="polite">{message}</div>
        </div>
    }
}
