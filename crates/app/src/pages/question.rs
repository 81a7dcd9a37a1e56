use frontdoor_domain::{
    FieldError, FormInput, Journey, Page, Question, QuestionKind, ServiceDefinition,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use super::{missing_data, with_service};
use crate::client::{self, QuestionSubmit};
use crate::components::{
    AddAnother, AddressInput, BackLink, Button, CharacterCount, Checkboxes, DateInput,
    ErrorSummary, FieldText, FileUpload, PageTitle, RadioOption, Radios, Select, TextInput,
    UploadProgress,
};

/// What a file question needs from its page: the uploads under way, and the browser's handlers.
#[derive(Clone, Copy)]
pub struct FileUploads {
    pub progress: RwSignal<Vec<UploadProgress>>,
    pub on_choose: Callback<leptos::ev::Event>,
    pub on_drop: Callback<leptos::ev::DragEvent>,
    pub on_cancel: Callback<u32>,
}
use crate::state::Store;

/// One page of questions. Posts to its own address; with JavaScript, checks the answers with the
/// same rules first and saves them through the API.
#[component]
pub fn QuestionPage() -> impl IntoView {
    with_service(move |store, def| {
        let page_id = use_params_map().with_untracked(|p| p.get("page").unwrap_or_default());
        let Some(page) = def.page(&page_id).cloned() else {
            return missing_data(store);
        };
        if page.exit {
            return exit_page(store, def, page).into_any();
        }
        question_page(store, def, page).into_any()
    })
}

/// Where a journey stops: advice instead of a form (an emergency, or something not done online).
fn exit_page(store: Store, def: ServiceDefinition, page: Page) -> impl IntoView {
    let i18n = store.i18n();
    let title = i18n.t(&def.page_title_id(&page));
    let body = i18n.t(&format!("{}-{}-body", def.messages, page.id));
    let paragraphs = body
        .split("\n\n")
        .map(|p| view! { <p class="govuk-body">{p.to_string()}</p> })
        .collect_view();
    let answers = store.answers();
    let back = Journey::new(&def, &answers)
        .route()
        .take_while(|p| p.id != page.id)
        .last()
        .map(|p| format!("/{}/{}", def.id, p.id))
        .unwrap_or_else(|| format!("/{}", def.id));
    view! {
        <PageTitle title=title.clone()/>
        <BackLink href=back/>
        <h1 class="govuk-heading-l">{title}</h1>
        {paragraphs}
    }
}

fn question_page(store: Store, def: ServiceDefinition, page: Page) -> impl IntoView {
    let i18n = store.i18n();
    let path = format!("/{}/{}", def.id, page.id);
    let from_check_answers = use_query_map().with_untracked(|q| q.get("change").is_some());
    let answers = store.answers();
    let failed = store.form_for(&path);
    let errors = RwSignal::new(failed.map(|f| f.errors).unwrap_or_default());
    let busy = RwSignal::new(false);
    // Bumped when the page's content changes in place (an item added, addresses found).
    let revision = RwSignal::new(0u32);
    let announcement = RwSignal::new(String::new());
    let progress = RwSignal::new(Vec::<UploadProgress>::new());

    let navigate = use_navigate();
    let submit = QuestionSubmit {
        store,
        service: def.clone(),
        page: page.clone(),
        from_check_answers,
        errors,
        busy,
        revision,
        announcement,
        progress,
    };
    let (choose, drop, cancel) = (submit.clone(), submit.clone(), submit.clone());
    provide_context(FileUploads {
        progress,
        on_choose: Callback::new(move |ev| client::choose_files(ev, choose.clone())),
        on_drop: Callback::new(move |ev| client::drop_files(ev, drop.clone())),
        on_cancel: Callback::new(move |key| client::cancel_upload(key, cancel.clone())),
    });

    // Questions revealed under a radios option are shown inside it, not on their own.
    let top: Vec<&Question> = page
        .questions
        .iter()
        .filter(|q| q.reveal_when.is_none())
        .collect();
    let single = top.len() == 1;
    let title = if single {
        i18n.t(&def.question_message(top[0], "label"))
    } else {
        i18n.t(&def.page_title_id(&page))
    };
    let back = if from_check_answers {
        format!("/{}/check-answers", def.id)
    } else {
        Journey::new(&def, &answers)
            .route()
            .take_while(|p| p.id != page.id)
            .last()
            .map(|p| format!("/{}/{}", def.id, p.id))
            .unwrap_or_else(|| format!("/{}", def.id))
    };
    let action = if from_check_answers {
        format!("{path}?change=true")
    } else {
        path.clone()
    };
    let save_link = (!answers.is_empty()).then(|| {
        view! { <p class="govuk-body"><a class="govuk-link" href=format!("/{}/save", def.id)>{i18n.t("save-link")}</a></p> }
    });
    let multipart = page
        .questions
        .iter()
        .any(|q| matches!(q.kind, QuestionKind::Files { .. }))
        .then_some("multipart/form-data");
    let heading = (!single).then(|| view! { <h1 class="govuk-heading-l">{title.clone()}</h1> });
    let top_ids: Vec<String> = top.iter().map(|q| q.id.clone()).collect();
    let fields = {
        let (def, page, path) = (def.clone(), page.clone(), path.clone());
        move || {
            revision.track();
            let answers = store.answers();
            let values = store
                .form_for(&path)
                .map(|f| f.values)
                .unwrap_or_else(|| Journey::new(&def, &answers).page_input(&page));
            page.questions
                .iter()
                .filter(|q| top_ids.contains(&q.id))
                .map(|q| {
                    let reveals = page
                        .questions
                        .iter()
                        .filter(|r| r.reveal_when.as_ref().is_some_and(|w| w.question == q.id))
                        .map(|r| {
                            (
                                r.reveal_when
                                    .as_ref()
                                    .map(|w| w.is.clone())
                                    .unwrap_or_default(),
                                question_field(
                                    store,
                                    &def,
                                    r,
                                    &values,
                                    errors,
                                    false,
                                    None,
                                    vec![],
                                ),
                            )
                        })
                        .collect();
                    question_field(store, &def, q, &values, errors, single, None, reveals)
                })
                .collect_view()
        }
    };

    let on_submit = move |ev| {
        let navigate = navigate.clone();
        client::submit_question_page(ev, submit.clone(), move |to: &str| {
            navigate(to, Default::default())
        })
    };

    view! {
        <PageTitle title=title errors=errors/>
        <BackLink href=back/>
        <ErrorSummary errors=errors/>
        <form method="post" action=action enctype=multipart novalidate=true on:submit=on_submit on:keydown=client::enter_continues>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            {heading}
            {fields}
            <div class="govuk-visually-hidden" role="status">{move || announcement.get()}</div>
            <Button text=i18n.t("button-continue") busy=busy/>
        </form>
        {save_link}
    }
}

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
        QuestionKind::Text { autocomplete, .. } => view! {
            <TextInput field=field value=value(&id) autocomplete=autocomplete.clone().unwrap_or_default()/>
        }
        .into_any(),
        QuestionKind::Email => view! {
            <TextInput field=field value=value(&id) input_type="email" autocomplete="email".to_string() no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::UkPhone => view! {
            <TextInput field=field value=value(&id) input_type="tel" autocomplete="tel".to_string() width="govuk-input--width-20"/>
        }
        .into_any(),
        QuestionKind::UkPostcode => view! {
            <TextInput field=field value=value(&id) autocomplete="postal-code".to_string() width="govuk-input--width-10" no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::LongText { max_length } => view! {
            <CharacterCount field=field value=value(&id) max_length=*max_length/>
        }
        .into_any(),
        QuestionKind::Radios { options: list } => {
            view! { <Radios field=field options=options(list) value=value(&id) reveals=reveals/> }.into_any()
        }
        QuestionKind::YesNo => {
            let yes_no = ["yes", "no"].map(|v| RadioOption { value: v.into(), label: i18n.t(&format!("answer-{v}")) }).to_vec();
            view! { <Radios field=field options=yes_no value=value(&id) inline=true/> }.into_any()
        }
        QuestionKind::Select { options: list } => view! { <Select field=field options=options(list) value=value(&id)/> }.into_any(),
        QuestionKind::Checkboxes { options: list, none } => {
            let none = none.as_ref().map(|n| RadioOption { value: n.clone(), label: i18n.t(&def.question_message(q, n)) });
            view! { <Checkboxes field=field options=options(list) none=none value=value(&id)/> }.into_any()
        }
        QuestionKind::Number { .. } => view! {
            <TextInput field=field value=value(&id) inputmode="numeric" width="govuk-input--width-10" no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::Money { .. } => view! {
            <TextInput field=field value=value(&id) inputmode="decimal" width="govuk-input--width-10" prefix="£" no_spellcheck=true/>
        }
        .into_any(),
        QuestionKind::UkAddress => {
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
        QuestionKind::List { .. } => {
            let items: Vec<String> = (1..)
                .map(|n| values.get(&frontdoor_domain::questions::list::item_field(&id, n)))
                .take_while(Option::is_some)
                .flatten()
                .cloned()
                .collect();
            view! {
                <AddAnother field=field add=i18n.t(&def.question_message(q, "add")) items=items typed=value(&id)/>
            }
            .into_any()
        }
        QuestionKind::Files { .. } => {
            let Some(rules) = frontdoor_domain::questions::QuestionRules::new(def, q).file_rules() else {
                return ().into_any();
            };
            let files: Vec<_> = store.files().into_iter().filter(|f| f.question == id).collect();
            let message_i18n = i18n.clone();
            let message_field = id.clone();
            let messages = Signal::derive(move || {
                errors.with(|list| {
                    list.iter()
                        .filter(|e| e.field == message_field)
                        .map(|e| message_i18n.t_with(&e.message_id, &e.args))
                        .collect::<Vec<_>>()
                })
            });
            let hooks = use_context::<FileUploads>().expect("a question page");
            view! {
                <FileUpload
                    field=field
                    rules=rules
                    files=files
                    messages=messages
                    progress=hooks.progress
                    on_choose=hooks.on_choose
                    on_drop=hooks.on_drop
                    on_cancel=hooks.on_cancel
                />
            }
            .into_any()
        }
        QuestionKind::Date { .. } => {
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
