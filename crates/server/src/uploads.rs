//! Evidence, as residents meet it: files kept for a question of their draft, removed, shown, and
//! swept away with the draft. Shared by plain form posts, resumable uploads and the API.

use frontdoor_domain::api::UploadedFile;
use frontdoor_domain::definition::Question;
use frontdoor_domain::questions::files::{FileRules, Refusal};
use frontdoor_domain::questions::QuestionRules;
use frontdoor_domain::{Answer, Answers, FormInput, Journey, Page, ServiceDefinition};

use crate::db::UploadRow;
use crate::error::AppError;
use crate::journeys::open_draft;
use crate::session::Session;
use crate::state::AppState;

pub fn to_uploaded(row: &UploadRow) -> UploadedFile {
    UploadedFile {
        id: row.id.clone(),
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

/// The draft to keep files in, started if there is none yet. Returns its id and answers.
pub async fn draft_for_files(
    state: &AppState,
    session: &Session,
    def: &ServiceDefinition,
) -> Result<(String, Answers), AppError> {
    if let Some(draft) = open_draft(state, session, &def.id).await? {
        return Ok((draft.id, draft.answers));
    }
    let id = state
        .db
        .save_answers(&session.id_hash, &def.id, None, &Answers::new())
        .await?;
    Ok((id, Answers::new()))
}

/// Sizes of the files a question holds (and those still arriving, which count towards the limits).
pub async fn sizes_held(
    state: &AppState,
    draft_id: &str,
    question: &str,
    except: Option<&str>,
) -> Result<Vec<u64>, AppError> {
    Ok(state
        .db
        .uploads_of_question(draft_id, question)
        .await?
        .iter()
        .filter(|u| Some(u.id.as_str()) != except)
        .map(|u| if u.status == "stored" { u.stored_size } else { u.length } as u64)
        .collect())
}

/// Checks and keeps a received file (at `source`, which is removed) as upload `id`.
pub async fn keep(
    state: &AppState,
    draft_id: &str,
    id: &str,
    question: &str,
    rules: &FileRules,
    source: &std::path::Path,
    name: &str,
) -> Result<UploadedFile, Refusal> {
    let already = sizes_held(state, draft_id, question, Some(id))
        .await
        .map_err(|_| Refusal::Incomplete)?;
    let result = state
        .evidence
        .check_and_store(id, source, name, rules, &already)
        .await;
    let _ = tokio::fs::remove_file(source).await;
    let stored = result?;
    let db = async {
        if state.db.upload_for_draft(id, draft_id).await?.is_none() {
            state
                .db
                .create_upload(id, draft_id, question, name, stored.size as i64)
                .await?;
        }
        state
            .db
            .mark_upload_stored(
                id,
                &stored.file_name,
                stored.content_type,
                stored.size as i64,
                stored.scan.label(),
                stored.has_thumbnail,
            )
            .await
    };
    if let Err(e) = db.await {
        tracing::error!(error = %e, "could not record a kept file");
        state.evidence.delete(id).await;
        return Err(Refusal::Incomplete);
    }
    Ok(UploadedFile {
        id: id.to_string(),
        question: question.to_string(),
        name: stored.file_name,
        size: stored.size,
        content_type: stored.content_type.to_string(),
        thumbnail: stored.has_thumbnail,
    })
}

/// Deletes a file of this session's draft. False when there is no such file.
pub async fn remove(state: &AppState, session: &Session, id: &str) -> Result<bool, AppError> {
    let Some(upload) = state.db.upload_for_session(id, &session.id_hash).await? else {
        return Ok(false);
    };
    state.evidence.delete(id).await;
    state.db.delete_upload(id).await?;
    sync_answer(state, session, &upload.draft_id, &upload.question_id).await?;
    Ok(true)
}

/// Once a file question's page has been answered, its answer follows the files it holds.
pub async fn sync_answer(
    state: &AppState,
    session: &Session,
    draft_id: &str,
    question: &str,
) -> Result<(), AppError> {
    let Some(draft) = state.db.draft_by_id(draft_id).await? else {
        return Ok(());
    };
    if !draft.answers.contains_key(question) {
        return Ok(());
    }
    let Some(def) = state.catalogue.service(&draft.service_id) else {
        return Ok(());
    };
    let required = def.questions().any(|q| q.id == question && q.required);
    let mut answers = draft.answers.clone();
    let ids = stored_ids(state, draft_id, question).await?;
    if ids.is_empty() && required {
        answers.remove(question);
    } else {
        answers.insert(question.to_string(), Answer::list(ids));
    }
    state
        .db
        .save_answers(&session.id_hash, &def.id, Some(draft_id), &answers)
        .await?;
    Ok(())
}

async fn stored_ids(
    state: &AppState,
    draft_id: &str,
    question: &str,
) -> Result<Vec<String>, AppError> {
    Ok(state
        .db
        .uploads_of_question(draft_id, question)
        .await?
        .into_iter()
        .filter(|u| u.status == "stored")
        .map(|u| u.id)
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

/// Deletes the bytes and records of files whose drafts expired, and uploads never finished.
pub async fn sweep(state: &AppState) -> Result<usize, AppError> {
    let ids = state.db.expired_uploads().await?;
    for id in &ids {
        state.evidence.delete(id).await;
        state.db.delete_upload(id).await?;
    }
    Ok(ids.len())
}
