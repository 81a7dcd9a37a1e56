use leptos::prelude::*;

use super::{FieldText, RadioOption};
use crate::state::use_store;

/// GOV.UK checkboxes. `none` is the "None of these" box, shown after an "or" divider; the rules
/// refuse it together with another box.
#[component]
pub fn Checkboxes(
    field: FieldText,
    options: Vec<RadioOption>,
    none: Option<RadioOption>,
    #[prop(into)] value: String,
) -> impl IntoView {
    let id = field.id.clone();
    let chosen: Vec<String> = value.split(',').map(str::to_string).collect();
    let item = |i: usize, option: RadioOption| {
        let item_id = if i == 0 {
            id.clone()
        } else {
            format!("{id}-{}", i + 1)
        };
        let checked = chosen.contains(&option.value);
        view! {
            <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id=item_id.clone() name=id.clone() type="checkbox" value=option.value checked=checked/>
                <label class="govuk-label govuk-checkboxes__label" for=item_id>{option.label}</label>
            </div>
        }
    };
    let count = options.len();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, o)| item(i, o))
        .collect_view();
    let none = none.map(|o| {
        view! {
            <div class="govuk-checkboxes__divider">{use_store().t("checkboxes-or")}</div>
            {item(count, o)}
        }
    });
    view! {
        <div class=field.group_class("")>
            <fieldset class="govuk-fieldset" aria-describedby=field.described_by(None)>
                {field.legend_view()}
                {field.hint_view()}
                {field.error_view()}
                <div class="govuk-checkboxes">{items}{none}</div>
            </fieldset>
        </div>
    }
}
