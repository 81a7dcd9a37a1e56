use leptos::prelude::*;

use super::FieldText;
use crate::state::use_store;

/// GOV.UK date input: day, month and year. `error_parts` names the parts to highlight.
#[component]
pub fn DateInput(
    field: FieldText,
    day: String,
    month: String,
    year: String,
    #[prop(into)] error_parts: Signal<Vec<String>>,
) -> impl IntoView {
    let store = use_store();
    let id = field.id.clone();
    let part = move |name: &'static str, label_id: &str, value: String, width: &'static str| {
        let part_id = format!("{id}-{name}");
        let class = move || {
            let mut c = format!("govuk-input govuk-date-input__input {width}");
            if error_parts.with(|p| p.iter().any(|x| x == name)) {
                c.push_str(" govuk-input--error");
            }
            c
        };
        view! {
            <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for=part_id.clone()>{store.t(label_id)}</label>
                    <input class=class id=part_id.clone() name=part_id type="text" inputmode="numeric" value=value/>
                </div>
            </div>
        }
    };
    view! {
        <div class=field.group_class("")>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=field.described_by(None)>
                {field.legend_view()}
                {field.hint_view()}
                {field.error_view()}
                <div class="govuk-date-input" id=field.id.clone()>
                    {part("day", "date-day", day, "govuk-input--width-2")}
                    {part("month", "date-month", month, "govuk-input--width-2")}
                    {part("year", "date-year", year, "govuk-input--width-4")}
                </div>
            </fieldset>
        </div>
    }
}
