use frontdoor_domain::journey::{ADD_ITEM, REMOVE_ITEM};
use frontdoor_domain::questions::list::item_field;
use leptos::prelude::*;

use super::FieldText;
use crate::state::use_store;

/// "Add another": a box to type one item with an Add button, then the list so far with a Remove
/// button for each item. Every button is a plain submit, so it all works without JavaScript.
#[component]
pub fn AddAnother(
    field: FieldText,
    /// The text of the Add button.
    #[prop(into)]
    add: String,
    items: Vec<String>,
    /// What is typed in the box (kept after an error).
    #[prop(into)]
    typed: String,
) -> impl IntoView {
    let store = use_store();
    let id = field.id.clone();
    let error = field.error;
    let input_class = move || {
        if error.get().is_some() {
            "govuk-input govuk-input--error"
        } else {
            "govuk-input"
        }
    };
    let count = items.len();
    let list = (count > 0).then(|| {
        let rows = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let name = item_field(&id, i + 1);
                view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key govuk-summary-list__key--regular">{item.clone()}</dt>
                        <dd class="govuk-summary-list__actions">
                            <input type="hidden" name=name.clone() value=item.clone()/>
                            <button type="submit" class="govuk-button govuk-button--secondary govuk-summary-list__button" name=REMOVE_ITEM value=name data-focus-after=id.clone()>
                                {store.t("list-remove")}
                                <span class="govuk-visually-hidden">{format!(" {item}")}</span>
                            </button>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h2 class="govuk-heading-m" data-announce=true>{store.i18n().t1("list-added", "count", count)}</h2>
            <dl class="govuk-summary-list">{rows}</dl>
        }
    });
    view! {
        <div class=field.group_class("")>
            {field.label_view(id.clone())}
            {field.hint_view()}
            {field.error_view()}
            <input
                class=input_class
                id=id.clone()
                name=id.clone()
                type="text"
                // Written the way the resident types: Arabic right to left, an email address left to right.
                dir="auto"
                value=typed.clone()
                // Shown again in place after Add: the property, not just the attribute, is reset.
                prop:value=typed
                aria-describedby=field.described_by(None)
            />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" name=ADD_ITEM value=id.clone() data-focus-after=id.clone()>{add}</button>
        {list}
    }
}
