use frontdoor_domain::journey::FIND_ADDRESS;
use frontdoor_domain::questions::address::Address;
use leptos::prelude::*;

use super::{FieldText, RadioOption, Select, TextInput};
use crate::state::{use_store, FoundAddresses};

/// The GOV.UK address pattern on one page: a postcode with "Find address", the addresses found
/// (if any) to choose from, and the address lines, which can always be typed in.
/// `part_error` gives the error shown by each part (`postcode`, `choice`, `line-1`, `town`...).
#[component]
pub fn AddressInput(
    field: FieldText,
    values: frontdoor_domain::FormInput,
    found: Option<FoundAddresses>,
    part_error: Callback<String, Signal<Option<String>>>,
) -> impl IntoView {
    let store = use_store();
    let id = field.id.clone();
    let value = |part: &str| {
        values
            .get(&format!("{id}-{part}"))
            .cloned()
            .unwrap_or_default()
    };
    let part = |name: &str, label: &str| FieldText {
        id: format!("{id}-{name}"),
        label: store.t(label),
        hint: None,
        heading: false,
        error: part_error.run(name.to_string()),
    };
    let found_view = found.map(|f| {
        if !f.available {
            return view! { <div class="govuk-inset-text">{store.t("address-lookup-unavailable")}</div> }.into_any();
        }
        if f.addresses.is_empty() {
            return view! {
                <div class="govuk-inset-text">{store.i18n().t1("address-none-found", "postcode", &f.postcode)}</div>
            }
            .into_any();
        }
        let i18n = store.i18n();
        let count = f.addresses.len();
        let options = f
            .addresses
            .iter()
            .map(|stored| RadioOption {
                value: stored.clone(),
                label: Address::from_lines(stored)
                    .map(|a| a.lines().join(", "))
                    .unwrap_or_default(),
            })
            .collect();
        let choice = FieldText {
            hint: Some(i18n.t_with(
                "address-found",
                &[("count".to_string(), count.to_string()), ("postcode".to_string(), f.postcode.clone())]
                    .into_iter()
                    .collect(),
            )),
            ..part("choice", "address-choose")
        };
        view! {
            <Select field=choice options=options value=value("choice")/>
            <p class="govuk-body">{store.t("address-manual")}</p>
        }
        .into_any()
    });
    view! {
        <div class="govuk-form-group">
            <fieldset class="govuk-fieldset" aria-describedby=field.hint.as_ref().map(|_| format!("{id}-hint"))>
                {field.legend_view()}
                {field.hint_view()}
                <TextInput
                    field=part("postcode", "address-postcode")
                    value=value("postcode")
                    autocomplete="postal-code".to_string()
                    width="govuk-input--width-10"
                    no_spellcheck=true
                />
                <button
                    type="submit"
                    class="govuk-button govuk-button--secondary"
                    name=FIND_ADDRESS
                    value=id.clone()
                    formnovalidate=true
                    data-focus-after=format!("{id}-choice {id}-line-1")
                >
                    {store.t("address-find")}
                </button>
                {found_view}
                <TextInput field=part("line-1", "address-line-1") value=value("line-1") autocomplete="address-line1".to_string()/>
                <TextInput field=part("line-2", "address-line-2") value=value("line-2") autocomplete="address-line2".to_string()/>
                <TextInput
                    field=part("town", "address-town")
                    value=value("town")
                    autocomplete="address-level2".to_string()
                    width="govuk-!-width-two-thirds"
                />
            </fieldset>
        </div>
    }
}
