//! The widget switch: each question type shown with the component of its GOV.UK pattern. The one
//! place in the app that names the question types.

use frontdoor_domain::questions::{list, yes_no};
use frontdoor_domain::{FieldError, FormInput, Question, QuestionKind, ServiceDefinition};
use leptos::prelude::*;

use crate::components::{
    AddAnother, AddressInput, CharacterCount, Checkboxes, DateInput, FieldText, FileUpload,
    RadioOption, Radios, Select, TextInput,
};
use crate::state::Store;

/// Shows one question with the component for its type (with another label, when asked again to
/// check a saved form is yours).
pub fn question_field(
    store: Store,
    def: &ServiceDefinition,
    q: &Question,
    values: &FormInput,
    errors: RwSignal<Vec<FieldError>>,
    heading: bool,
    label: Option<String>,
    reveals: Vec<(String, AnyView)>,
) -> AnyView {
    let i18n = store.i18n();
    let id = q.id.clone();
    let error_i18n = i18n.clone();
    let error_id = id.clone();
    let error = Signal::derive(move || {
        errors.with(|list| {
            list.iter()
                .find(|e| e.field == error_id)
                .map(|e| error_i18n.t_with(&e.message_id, &e.args))
        })
    });
    let field = FieldText {
        id: id.clone(),
        label: label.unwrap_or_else(|| i18n.t(&def.question_message(q, "label"))),
        hint: q.hint.then(|| i18n.t(&def.question_message(q, "hint"))),
        heading,
        error,
    };
    let value = |name: &str| values.get(name).cloned().unwrap_or_default();
    let options = |list: &[String]| -> Vec<RadioOption> {
        list.iter()
            .map(|o| RadioOption {
                value: o.clone(),
                label: i18n.t(&def.question_message(q, o)),
            })
            .collect()
    };
    match &q.kind {
        QuestionKind::Text(text) => view! {
            <TextInput field=field value=value(&id) autocomplete=text.autocomplete.clone().unwrap_or_default()/>
        }
        .into_any(),
        QuestionKind::Email(_) => view! {
            <TextInput field=field value=value(&id) input_type="email" autocomplete="email".to_string() no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::UkPhone(_) => view! {
            <TextInput field=field value=value(&id) input_type="tel" autocomplete="tel".to_string() width="govuk-input--width-20"/>
        }
        .into_any(),
        QuestionKind::UkPostcode(_) => view! {
            <TextInput field=field value=value(&id) autocomplete="postal-code".to_string() width="govuk-input--width-10" no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::LongText(long) => view! {
            <CharacterCount field=field value=value(&id) max_length=long.max_length/>
        }
        .into_any(),
        QuestionKind::Radios(radios) => {
            view! { <Radios field=field options=options(&radios.options) value=value(&id) reveals=reveals/> }.into_any()
        }
        QuestionKind::YesNo(_) => {
            let yes_no = yes_no::VALUES.map(|v| RadioOption { value: v.into(), label: i18n.t(&format!("answer-{v}")) }).to_vec();
            view! { <Radios field=field options=yes_no value=value(&id) inline=true/> }.into_any()
        }
        QuestionKind::Select(select) => view! { <Select field=field options=options(&select.options) value=value(&id)/> }.into_any(),
        QuestionKind::Checkboxes(boxes) => {
            let none = boxes.none.as_ref().map(|n| RadioOption { value: n.clone(), label: i18n.t(&def.question_message(q, n)) });
            view! { <Checkboxes field=field options=options(&boxes.options) none=none value=value(&id)/> }.into_any()
        }
        QuestionKind::Number(_) => view! {
            <TextInput field=field value=value(&id) inputmode="numeric" width="govuk-input--width-10" no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::Money(_) => view! {
            <TextInput field=field value=value(&id) inputmode="decimal" width="govuk-input--width-10" prefix="£" no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::UkAddress(_) => {
            let found = store.data.with_untracked(|d| {
                d.form
                    .as_ref()
                    .and_then(|f| f.found_addresses.clone())
                    .filter(|f| f.question == id)
            });
            let part_id = id.clone();
            let part_error = Callback::new(move |part: String| {
                let target = format!("{part_id}-{part}");
                let i18n = store.i18n();
                Signal::derive(move || {
                    errors.with(|list| {
                        list.iter()
                            .find(|e| e.target == target)
                            .map(|e| i18n.t_with(&e.message_id, &e.args))
                    })
                })
            });
            view! { <AddressInput field=field values=values.clone() found=found part_error=part_error/> }.into_any()
        }
        QuestionKind::List(_) => {
            let items: Vec<String> = (1..)
                .map(|n| values.get(&list::item_field(&id, n)))
                .take_while(Option::is_some)
                .flatten()
                .cloned()
                .collect();
            view! {
                <AddAnother field=field add=i18n.t(&def.question_message(q, "add")) items=items typed=value(&id)/>
            }
            .into_any()
        }
        QuestionKind::Files(files) => {
            let rules = files.rules(q.required);
            let files: Vec<_> = store.files().into_iter().filter(|f| f.question == id).collect();
            let messages = errors.with_untracked(|list| {
                list.iter()
                    .filter(|e| e.field == id)
                    .map(|e| i18n.t_with(&e.message_id, &e.args))
                    .collect::<Vec<_>>()
            });
            view! { <FileUpload field=field rules=rules service=def.id.clone() files=files messages=messages/> }
            .into_any()
        }
        QuestionKind::Date(_) => {
            let parts_id = id.clone();
            let error_parts = Signal::derive(move || {
                errors.with(|list| list.iter().find(|e| e.field == parts_id).map(|e| e.parts.clone()).unwrap_or_default())
            });
            view! {
                <DateInput
                    field=field
                    day=value(&format!("{id}-day"))
                    month=value(&format!("{id}-month"))
                    year=value(&format!("{id}-year"))
                    error_parts=error_parts
                />
            }
            .into_any()
        }
    }
}
