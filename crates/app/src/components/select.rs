use leptos::prelude::*;

use super::{FieldText, RadioOption};
use crate::state::use_store;

/// GOV.UK select, for long lists where radios will not do.
#[component]
pub fn Select(
    field: FieldText,
    options: Vec<RadioOption>,
    #[prop(into)] value: String,
) -> impl IntoView {
    let id = field.id.clone();
    let error = field.error;
    let class = move || {
        if error.get().is_some() {
            "govuk-select govuk-select--error"
        } else {
            "govuk-select"
        }
    };
    let items = options
        .into_iter()
        .map(|o| {
            let selected = o.value == value;
            view! { <option value=o.value selected=selected>{o.label}</option> }
        })
        .collect_view();
    view! {
        <div class=field.group_class("")>
            {field.label_view(id.clone())}
            {field.hint_view()}
            {field.error_view()}
            <select class=class id=id.clone() name=id aria-describedby=field.described_by(None)>
                <option value="">{use_store().t("select-choose")}</option>
                {items}
            </select>
        </div>
    }
}
