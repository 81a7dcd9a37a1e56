use leptos::prelude::*;

use super::FieldText;

/// GOV.UK text input. Used for text, email, telephone and postcode questions.
#[component]
pub fn TextInput(
    field: FieldText,
    #[prop(into)] value: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<String>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// A GOV.UK width class, like `govuk-input--width-10`.
    #[prop(optional)]
    width: Option<&'static str>,
    /// Turns off spell checking (email addresses, postcodes, references).
    #[prop(optional)]
    no_spellcheck: bool,
    /// A unit shown before the input, like "£".
    #[prop(optional)]
    prefix: Option<&'static str>,
) -> impl IntoView {
    let id = field.id.clone();
    let error = field.error;
    let input_class = move || {
        let mut class = String::from("govuk-input");
        if let Some(w) = width {
            class.push(' ');
            class.push_str(w);
        }
        if error.get().is_some() {
            class.push_str(" govuk-input--error");
        }
        class
    };
    view! {
        <div class=field.group_class("")>
            {field.label_view(id.clone())}
            {field.hint_view()}
            {field.error_view()}
            <div class="govuk-input__wrapper">
            {prefix.map(|p| view! { <div class="govuk-input__prefix" aria-hidden="true">{p}</div> })}
            <input
                class=input_class
                id=id.clone()
                name=id
                type=input_type
                // Written the way the resident types: Arabic right to left, an email address left to right.
                dir="auto"
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=no_spellcheck.then_some("false")
                aria-describedby=field.described_by(None)
            />
            </div>
        </div>
    }
}
