use leptos::prelude::*;

use super::FieldText;
use crate::state::use_store;

/// GOV.UK textarea with a character count. Without JavaScript it states the limit; with it, it
/// counts down as the person types and says so politely to screen readers.
#[component]
pub fn CharacterCount(
    field: FieldText,
    #[prop(into)] value: String,
    max_length: usize,
) -> impl IntoView {
    let store = use_store();
    let id = field.id.clone();
    let info_id = format!("{id}-info");
    let error = field.error;
    // None until the person types, so the first render matches the server's.
    let typed = RwSignal::new(None::<usize>);
    let over = move || typed.get().is_some_and(|n| n > max_length);
    let message = move || {
        let i18n = store.i18n();
        match typed.get() {
            None => i18n.t1("character-count-limit", "max", max_length),
            Some(n) if n <= max_length => {
                i18n.t1("character-count-remaining", "remaining", max_length - n)
            }
            Some(n) => i18n.t1("character-count-over", "over", n - max_length),
        }
    };
    let textarea_class = move || {
        if error.get().is_some() || over() {
            "govuk-textarea govuk-textarea--error"
        } else {
            "govuk-textarea"
        }
    };
    let message_class = move || {
        if over() {
            "govuk-error-message govuk-character-count__message"
        } else {
            "govuk-hint govuk-character-count__message"
        }
    };
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        typed.set(Some(text.replace("\r\n", "\n").chars().count()));
    };
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
                aria-describedby=field.described_by(Some(info_id.clone()))
                on:input=on_input
            >
                {value}
            </textarea>
            <div id=info_id class=message_class aria-live="polite">{message}</div>
        </div>
    }
}
