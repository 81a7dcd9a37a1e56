//! Evidence, as residents meet it: the files kept for a draft's questions, shown on its pages,
//! named by its answers, and swept away with the draft. Taking a file in is `intake`'s work.

use frontdoor_domain::api::UploadedFile;
use frontdoor_domain::definition::Question;
use frontdoor_domain::questions::files::FileRules;
use frontdoor_domain::questions::QuestionRules;
use frontdoor_domain::{Answers, FormInput, Journey, Page, ServiceDefinition};

use crate::db::{UploadRow, UploadState};
use crate::error::AppError;
use crate::state::AppState;

pub fn to_uploaded(row: &UploadRow) -> UploadedFile {
    UploadedFile {
        id: row.id.to_string(),
        question: row.question_id.clone(),
        name: row.file_name.clone(),
        size: row.stored_size as u64,
        content_type: row.content_type.clone(),
        thumbnail: row.has_thumbnail,
    }
}

/// The files kept for a draft (none to look for when the service asks for no files).
pub async fn files_of_draft(
    state: &AppState,
    def: &ServiceDefinition,
    draft_id: Option<&str>,
) -> Result<Vec<UploadedFile>, AppError> {
    let Some(draft_id) = draft_id.filter(|_| def.asks_for_files()) else {
        return Ok(vec![]);
    };
    Ok(state
        .db
        .stored_uploads(draft_id)
        .await?
        .iter()
        .map(to_uploaded)
        .collect())
}

/// A file question the resident may answer now, with its limits.
pub fn file_question<'a>(
    def: &'a ServiceDefinition,
    answers: &Answers,
    question_id: &str,
) -> Option<(&'a Page, &'a Question, FileRules)> {
    let journey = Journey::new(def, answers);
    def.pages.iter().find_map(|page| {
        let q = page.questions.iter().find(|q| q.id == question_id)?;
        let rules = QuestionRules::new(def, q).file_rules()?;
        journey.can_visit(&page.id).then_some((page, q, rules))
    })
}

/// The ids of the files kept for a question, oldest first.
pub async fn stored_ids(
    state: &AppState,
    draft_id: &str,
    question: &str,
) -> Result<Vec<String>, AppError> {
    Ok(state
        .db
        .uploads_of_question(draft_id, question)
        .await?
        .into_iter()
        .filter(|u| u.state == UploadState::Stored)
        .map(|u| u.id.to_string())
        .collect())
}

/// The server is the authority on which files answer a question: whatever a post says, the
/// answer is the files kept for it.
pub async fn fill_file_answers(
    state: &AppState,
    draft_id: Option<&str>,
    page: &Page,
    fields: &mut FormInput,
) -> Result<(), AppError> {
    for q in &page.questions {
        if q.kind.as_files().is_some() {
            let ids = match draft_id {
                Some(d) => stored_ids(state, d, &q.id).await?.join(","),
                None => String::new(),
            };
            fields.insert(q.id.clone(), ids);
        }
    }
    Ok(())
}

/// Deletes the bytes and records of files whose drafts expired, and uploads never finished;
/// and the parts of kept files left behind.
pub async fn sweep(state: &AppState) -> Result<usize, AppError> {
    let ids = state.db.expired_uploads().await?;
    for id in &ids {
        crate::intake::forget(state, id).await?;
    }
    // Parts of kept files whose deletion failed when they were kept.
    for id in state.db.kept_uploads_with_parts().await? {
        if state.evidence.delete_parts(&id).await {
            state.db.delete_upload_parts(&id).await?;
        }
    }
    Ok(ids.len())
}

/// A kept file as a download: its stored type, its name made safe, and `cache_control`.
pub fn attachment(
    file: &UploadRow,
    body: axum::body::Body,
    cache_control: &'static str,
) -> axum::response::Response {
    use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
    use axum::http::HeaderValue;
    use axum::response::IntoResponse;
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_str(&file.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"{}\"",
            crate::evidence::safe_file_name(&file.file_name)
        ))
        .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(CACHE_CONTROL, HeaderValue::from_static(cache_control));
    response
}
