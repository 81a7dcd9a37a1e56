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
    /// Questions shown under an option (option value, the question's view). Without JavaScript
    /// they are always shown; with it, only under the chosen option.
    #[prop(optional)]
    reveals: Vec<(String, AnyView)>,
) -> impl IntoView {
    let id = field.id.clone();
    let chosen = RwSignal::new(value.clone());
    // Becomes true once the app runs in the browser, so the first render matches the server's.
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    let mut reveals = reveals;
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let item_id = if i == 0 { id.clone() } else { format!("{id}-{}", i + 1) };
            let checked = option.value == value;
            let reveal = reveals.iter().position(|(v, _)| *v == option.value).map(|at| reveals.remove(at).1);
            let conditional_id = format!("conditional-{item_id}");
            let controls = reveal.is_some().then(|| conditional_id.clone());
            let this = option.value.clone();
            let conditional = reveal.map(|content| {
                let this = this.clone();
                let class = move || {
                    if enhanced.get() && chosen.get() != this {
                        "govuk-radios__conditional govuk-radios__conditional--hidden"
                    } else {
                        "govuk-radios__conditional"
                    }
                };
                view! { <div class=class id=conditional_id>{content}</div> }
            });
            let value = option.value.clone();
            view! {
                <div class="govuk-radios__item">
                    <input
                        class="govuk-radios__input"
                        id=item_id.clone()
                        name=id.clone()
                        type="radio"
                        value=option.value
                        checked=checked
                        aria-controls=controls
                        on:change=move |_| chosen.set(value.clone())
                    />
                    <label class="govuk-label govuk-radios__label" for=item_id>{option.label}</label>
                </div>
                {conditional}
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
