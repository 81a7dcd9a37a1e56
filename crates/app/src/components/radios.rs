use leptos::prelude::*;

use super::FieldText;

#[derive(Clone)]
pub struct RadioOption {
    pub value: String,
    pub label: String,
}

/// GOV.UK radios. The first radio takes the field's id, so the error summary links to it.
#[component]
pub fn Radios(
    field: FieldText,
    options: Vec<RadioOption>,
    #[prop(into)] value: String,
    /// Side by side, for two short options such as Yes and No.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let id = field.id.clone();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let item_id = if i == 0 { id.clone() } else { format!("{id}-{}", i + 1) };
            let checked = option.value == value;
            view! {
                <div class="govuk-radios__item">
                    <input class="govuk-radios__input" id=item_id.clone() name=id.clone() type="radio" value=option.value checked=checked/>
                    <label class="govuk-label govuk-radios__label" for=item_id>{option.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=field.group_class("")>
            <fieldset class="govuk-fieldset" aria-describedby=field.described_by(None)>
                {field.legend_view()}
                {field.hint_view()}
                {field.error_view()}
                <div class=if inline { "govuk-radios govuk-radios--inline" } else { "govuk-radios" }>{items}</div>
            </fieldset>
        </div>
    }
}
