use frontdoor_domain::{Journey, Page, Question, ServiceDefinition};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use super::question_field::question_field;
use super::{missing_data, with_service};
use crate::client::{self, QuestionSubmit};
use crate::components::{BackLink, Button, ErrorSummary, PageTitle, UploadProgress};

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
    let back = Journey::new(&def, &store.answers()).back_from(&page.id);
    view! {
        <PageTitle title=title.clone()/>
        <BackLink href=back/>
        <h1 class="govuk-heading-l">{title}</h1>
        {paragraphs}
    }
}

fn question_page(store: Store, def: ServiceDefinition, page: Page) -> impl IntoView {
    let i18n = store.i18n();
    let path = def.page_path(&page.id);
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
        def.check_answers_path()
    } else {
        Journey::new(&def, &answers).back_from(&page.id)
    };
    let action = if from_check_answers {
        format!("{path}?change=true")
    } else {
        path.clone()
    };
    let save_link = (!answers.is_empty()).then(|| {
        view! { <p class="govuk-body"><a class="govuk-link" href=def.save_path()>{i18n.t("save-link")}</a></p> }
    });
    let multipart = page
        .questions
        .iter()
        .any(|q| q.kind.as_files().is_some())
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
