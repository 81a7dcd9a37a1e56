use std::collections::BTreeMap;
use std::sync::Arc;

use frontdoor_domain::{Journey, Page, Question, ServiceDefinition};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::question_field::question_field;
use super::{missing_data, with_service};
use crate::components::{
    page_titles, BackLink, Button, Checkboxes, FieldText, PageTitle, RadioOption,
};
use crate::islands::{ErrorTexts, PageCheck, PageErrors, ShownError};
use crate::state::Store;
use frontdoor_domain::profile::{FROM_PROFILE, SAVE_TO_PROFILE};

/// One page of questions. Posts to its own address; with JavaScript, its error summary (an
/// island) checks the answers with the same rules first.
#[component]
pub fn QuestionPage() -> impl IntoView {
    with_service(move |store, def| {
        let page_id = use_params_map().with_untracked(|p| p.get("page").unwrap_or_default());
        let Some(page) = def.page(&page_id).cloned() else {
            return missing_data();
        };
        if page.exit {
            return exit_page(store, def, page).into_any();
        }
        question_page(store, def, page).into_any()
    })
}

/// Where a journey stops: advice instead of a form (an emergency, or something not done online).
fn exit_page(store: Store, def: Arc<ServiceDefinition>, page: Page) -> impl IntoView {
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

fn question_page(store: Store, def: Arc<ServiceDefinition>, page: Page) -> impl IntoView {
    let i18n = store.i18n();
    let path = def.page_path(&page.id);
    let from_check_answers = use_query_map().with_untracked(|q| q.get("change").is_some());
    let answers = store.answers();
    let failed = store.form_for(&path);
    let errors = RwSignal::new(failed.map(|f| f.errors).unwrap_or_default());
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

    let profile = profile_choices(store, &def, &page);
    let summary = page_errors(store, &def, &page, &title, errors);
    view! {
        <PageTitle title=title errors=errors/>
        <BackLink href=back/>
        {summary}
        <form method="post" action=action enctype=multipart novalidate=true>
            <input type="hidden" name="csrf_token" value=store.csrf_token()/>
            {heading}
            {fields}
            {profile}
            <div class="govuk-visually-hidden" role="status"></div>
            <Button text=i18n.t("button-continue")/>
        </form>
        {save_link}
    }
}

/// The page's error summary island, with what it needs to check the answers in the browser.
fn page_errors(
    store: Store,
    def: &ServiceDefinition,
    page: &Page,
    title: &str,
    errors: RwSignal<Vec<frontdoor_domain::FieldError>>,
) -> impl IntoView {
    let i18n = store.i18n();
    let shown = errors
        .get_untracked()
        .into_iter()
        .map(|e| ShownError {
            text: i18n.t_with(&e.message_id, &e.args),
            field: e.field,
            target: e.target,
            parts: e.parts,
        })
        .collect();
    let ids = def
        .page_message_ids(page)
        .into_iter()
        .filter(|id| id.contains("error"))
        .chain(["file-wait".to_string()]);
    let mut files = BTreeMap::<String, Vec<String>>::new();
    for f in store.files() {
        if page.questions.iter().any(|q| q.id == f.question) {
            files.entry(f.question).or_default().push(f.id);
        }
    }
    let check = PageCheck {
        service: def.with_only(page),
        page: page.id.clone(),
        answers: store.answers(),
        files,
        texts: ErrorTexts::new(&i18n, ids),
    };
    view! {
        <PageErrors
            title=i18n.t("error-summary-title")
            titles=page_titles(&i18n, title)
            errors=shown
            check=check
        />
    }
}

/// For a signed-in resident: a note that saved details filled in this page, and a box for each
/// question that asks for one, to save this answer in their account too (never done unasked).
fn profile_choices(store: Store, def: &ServiceDefinition, page: &Page) -> Option<AnyView> {
    let offer = store.data.with_untracked(|d| d.profile.clone())?;
    if offer.offered.is_empty() {
        return None;
    }
    let i18n = store.i18n();
    let label = |id: &str| {
        page.questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| i18n.t(&def.question_message(q, "summary")))
            .unwrap_or_default()
    };
    let used = (!offer.prefilled.is_empty()).then(|| {
        view! { <div class="govuk-inset-text">{i18n.t("profile-used")}</div> }
    });
    let from_profile = offer
        .prefilled
        .iter()
        .map(|id| view! { <input type="hidden" name=FROM_PROFILE value=id.clone()/> })
        .collect_view();
    let options = offer
        .offered
        .iter()
        .map(|id| RadioOption {
            value: id.clone(),
            label: match offer.prefilled.contains(id) {
                true => i18n.t1("profile-save-change", "question", label(id)),
                false => i18n.t1("profile-save-new", "question", label(id)),
            },
        })
        .collect();
    // Ticked before a failed post: ticked again.
    let ticked = store
        .form_for(&def.page_path(&page.id))
        .and_then(|f| f.values.get(SAVE_TO_PROFILE).cloned())
        .unwrap_or_default();
    let field = FieldText {
        id: SAVE_TO_PROFILE.into(),
        label: i18n.t("profile-save-legend"),
        hint: Some(i18n.t("profile-save-hint")),
        heading: false,
        error: Signal::derive(|| None),
    };
    Some(
        view! {
            {used}
            {from_profile}
            <Checkboxes field=field options=options none=None value=ticked/>
        }
        .into_any(),
    )
}
