use frontdoor_domain::api::UploadedFile;
use frontdoor_domain::questions::{AnswerDisplay, QuestionRules};
use frontdoor_domain::{Answers, Journey, ServiceDefinition};
use leptos::prelude::*;

use super::with_service;
use crate::components::{BackLink, Button, PageTitle, SummaryList, SummaryRow};
use crate::i18n::I18n;

/// Check your answers, with a Change link for each, then send.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    with_service(move |store, def| {
        let i18n = store.i18n();
        let answers = store.answers();
        let files = store.files();
        let rows = answer_rows(&def, &answers, &files, &i18n, true);
        let back = def
            .pages
            .last()
            .map(|p| def.page_path(&p.id))
            .unwrap_or_default();
        let title = i18n.t("check-answers-title");
        view! {
            <PageTitle title=title.clone()/>
            <BackLink href=back/>
            <h1 class="govuk-heading-l">{title}</h1>
            <SummaryList rows=rows/>
            <h2 class="govuk-heading-m">{i18n.t("check-answers-send-heading")}</h2>
            <p class="govuk-body">{i18n.t("check-answers-declaration")}</p>
            <form method="post" action=def.check_answers_path() novalidate=true>
                <input type="hidden" name="csrf_token" value=store.csrf_token()/>
                <Button text=i18n.t("button-send")/>
            </form>
        }
        .into_any()
    })
}

/// The answers as summary rows, in the order asked, each with a Change link when `change`.
pub fn answer_rows(
    def: &ServiceDefinition,
    answers: &Answers,
    files: &[UploadedFile],
    i18n: &I18n,
    change: bool,
) -> Vec<SummaryRow> {
    let journey = Journey::new(def, answers);
    journey
        .route()
        .flat_map(|page| page.questions.iter().map(move |q| (page, q)))
        .filter(|(_, q)| q.is_asked_in(answers))
        .map(|(page, q)| SummaryRow {
            key: i18n.t(&def.question_message(q, "summary")),
            value: shown_answer(def, q, answers, files, i18n),
            change: change.then(|| {
                (
                    format!("{}?change=true", def.page_path(&page.id)),
                    i18n.t("check-answers-change"),
                )
            }),
        })
        .collect()
}

/// An answer as Check your answers shows it: options by their text, dates written out, files by
/// name, "Not given" for none.
pub fn shown_answer(
    def: &ServiceDefinition,
    q: &frontdoor_domain::Question,
    answers: &Answers,
    files: &[UploadedFile],
    i18n: &I18n,
) -> String {
    match QuestionRules::new(def, q).display(answers.get(&q.id)) {
        AnswerDisplay::Text(t) => t,
        AnswerDisplay::Message(id) => i18n.t(&id),
        AnswerDisplay::Messages(ids) => ids
            .iter()
            .map(|id| i18n.t(id))
            .collect::<Vec<_>>()
            .join("\n"),
        AnswerDisplay::Lines(lines) => lines.join("\n"),
        AnswerDisplay::Files(ids) => files
            .iter()
            .filter(|f| ids.contains(&f.id))
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
            .join("\n"),
        AnswerDisplay::Date(d) => i18n.date(d),
        AnswerDisplay::NotGiven => i18n.t("check-answers-not-given"),
    }
}
