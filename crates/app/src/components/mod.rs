//! One component per GOV.UK Design System pattern, with the pattern's class names. Each builds its
//! own `{id}-hint` and `{id}-error` ids and `aria-describedby`, so no page can forget them.

mod add_another;
mod address_input;
mod back_link;
mod button;
mod character_count;
mod checkboxes;
mod contact_panel;
mod date_input;
mod error_summary;
mod file_upload;
mod layout;
mod page_title;
mod panel;
mod radios;
mod select;
mod summary_list;
mod text_input;
mod timeline;
mod warning_text;

pub use add_another::AddAnother;
pub use address_input::AddressInput;
pub use back_link::BackLink;
pub use button::{Button, StartButton};
pub use character_count::CharacterCount;
pub use checkboxes::Checkboxes;
pub use contact_panel::ContactPanel;
pub use date_input::DateInput;
pub use error_summary::ErrorSummary;
pub use file_upload::FileUpload;
pub use layout::Layout;
pub use page_title::{page_titles, PageTitle};
pub use panel::Panel;
pub use radios::{RadioOption, Radios};
pub use select::Select;
pub use summary_list::{SummaryList, SummaryRow};
pub use text_input::TextInput;
pub use timeline::{Timeline, TimelineEntry};
pub use warning_text::WarningText;

use leptos::prelude::*;

/// What every question field shares: its id, label, hint and error.
#[derive(Clone)]
pub struct FieldText {
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
    /// The label is the page's heading (a page with one question).
    pub heading: bool,
    pub error: Signal<Option<String>>,
}

impl FieldText {
    /// `aria-describedby` for the field: its hint, then its error when there is one.
    pub fn described_by(&self, extra: Option<String>) -> Signal<Option<String>> {
        let hint = self.hint.as_ref().map(|_| format!("{}-hint", self.id));
        let error_id = format!("{}-error", self.id);
        let error = self.error;
        Signal::derive(move || {
            let ids: Vec<String> = [
                hint.clone(),
                error.get().map(|_| error_id.clone()),
                extra.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    pub fn group_class(&self, extra: &'static str) -> Signal<String> {
        let error = self.error;
        Signal::derive(move || {
            let mut class = String::from("govuk-form-group");
            if !extra.is_empty() {
                class.push(' ');
                class.push_str(extra);
            }
            if error.get().is_some() {
                class.push_str(" govuk-form-group--error");
            }
            class
        })
    }

    pub fn hint_view(&self) -> impl IntoView {
        self.hint
            .clone()
            .map(|h| view! { <div id=format!("{}-hint", self.id) class="govuk-hint">{h}</div> })
    }

    /// The field's error message. Always there, hidden when empty, so errors found in the browser
    /// have their place.
    pub fn error_view(&self) -> impl IntoView {
        let id = format!("{}-error", self.id);
        match self.error.get_untracked() {
            Some(message) => view! {
                <p id=id class="govuk-error-message">
                    <span class="govuk-visually-hidden">{crate::state::use_store().t("error-prefix")}</span>
                    {format!(" {message}")}
                </p>
            }
            .into_any(),
            None => view! { <p id=id class="govuk-error-message" hidden=true></p> }.into_any(),
        }
    }

    /// A label, or a label inside the page's `<h1>`.
    pub fn label_view(&self, for_id: String) -> AnyView {
        let label = self.label.clone();
        if self.heading {
            view! {
                <h1 class="govuk-label-wrapper">
                    <label class="govuk-label govuk-label--l" for=for_id>{label}</label>
                </h1>
            }
            .into_any()
        } else {
            view! { <label class="govuk-label govuk-label--s" for=for_id>{label}</label> }
                .into_any()
        }
    }

    /// A legend, or a legend holding the page's `<h1>`, for fieldsets (radios, dates).
    pub fn legend_view(&self) -> AnyView {
        let label = self.label.clone();
        if self.heading {
            view! {
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                    <h1 class="govuk-fieldset__heading">{label}</h1>
                </legend>
            }
            .into_any()
        } else {
            view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend> }.into_any()
        }
    }
}
