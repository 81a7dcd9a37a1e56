//! One way in for evidence, used by the plain multipart form post and by resumable uploads alike:
//! the draft (read once per request), the file question and its limits, checking and keeping a
//! file, and the question's answer following the files it holds.

use std::path::Path;

use frontdoor_domain::api::UploadedFile;
use frontdoor_domain::definition::Question;
use frontdoor_domain::questions::files::{FileRules, Refusal};
use frontdoor_domain::{Answer, Answers, ServiceDefinition};

use crate::db::{DraftId, DraftRow, UploadRow, UploadState};
use crate::error::AppError;
use crate::journeys::open_draft;
use crate::session::Session;
use crate::state::AppState;
use crate::uploads::{file_question, stored_ids};

/// A draft taking files, with its answers as read at the start of the request.
pub struct Intake<'a> {
    state: &'a AppState,
    session: &'a Session,
    pub def: &'a ServiceDefinition,
    pub draft_id: DraftId,
    answers: Answers,
}

/// Whether a file being kept already has an upload record (a resumable upload) or not (a file
/// in a form post).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Existing,
    New,
}

impl<'a> Intake<'a> {
    /// The open draft for `def`, started if there is none yet.
    pub async fn open(
        state: &'a AppState,
        session: &'a Session,
        def: &'a ServiceDefinition,
    ) -> Result<Intake<'a>, AppError> {
        if let Some(intake) = Intake::existing(state, session, def).await? {
            return Ok(intake);
        }
        let draft_id = state
            .db
            .save_answers(&session.id_hash, &def.id, None, &Answers::new())
            .await?;
        Ok(Intake {
            state,
            session,
            def,
            draft_id,
            answers: Answers::new(),
        })
    }

    /// The open draft for `def`, if there is one.
    pub async fn existing(
        state: &'a AppState,
        session: &'a Session,
        def: &'a ServiceDefinition,
    ) -> Result<Option<Intake<'a>>, AppError> {
        Ok(open_draft(state, session, &def.id)
            .await?
            .map(|draft| Intake {
                state,
                session,
                def,
                draft_id: draft.id,
                answers: draft.answers,
            }))
    }

    /// The draft an upload belongs to. None when it was sent, has expired, or its service is gone.
    pub async fn of_upload(
        state: &'a AppState,
        session: &'a Session,
        upload: &UploadRow,
    ) -> Result<Option<Intake<'a>>, AppError> {
        let Some(draft) = state.db.draft_by_id(&upload.draft_id).await? else {
            return Ok(None);
        };
        Ok(state
            .catalogue
            .service(&draft.service_id)
            .map(|def| Intake {
                state,
                session,
                def,
                draft_id: draft.id,
                answers: draft.answers,
            }))
    }

    /// The draft as it stands after this request's files.
    pub fn into_draft(self) -> DraftRow {
        DraftRow {
            id: self.draft_id,
            answers: self.answers,
            submitted: false,
        }
    }

    /// A file question the resident may answer now, with its limits.
    pub fn question(&self, question_id: &str) -> Option<(&'a Question, FileRules)> {
        file_question(self.def, &self.answers, question_id).map(|(_, q, rules)| (q, rules))
    }

    /// Sizes of the files a question holds (and those still arriving, which count towards the
    /// limits), leaving out upload `except`.
    pub async fn sizes_held(
        &self,
        question: &str,
        except: Option<&str>,
    ) -> Result<Vec<u64>, AppError> {
        Ok(self
            .state
            .db
            .uploads_of_question(&self.draft_id, question)
            .await?
            .iter()
            .filter(|u| Some(u.id.as_str()) != except)
            .map(|u| match u.state {
                UploadState::Stored => u.stored_size,
                UploadState::Receiving => u.length,
            } as u64)
            .collect())
    }

    /// Checks the received file at `source` (which is removed) and keeps it as upload `id`.
    pub async fn keep(
        &self,
        id: &str,
        record: Record,
        question: &str,
        rules: &FileRules,
        source: &Path,
        name: &str,
    ) -> Result<UploadedFile, Refusal> {
        let already = self.sizes_held(question, Some(id)).await.map_err(|e| {
            tracing::error!(error = %e, "could not read the files a question holds");
            Refusal::Incomplete
        })?;
        let evidence = &self.state.evidence;
        let result = evidence
            .check_and_store(id, source, name, rules, &already)
            .await;
        crate::evidence::remove_temporary(source).await;
        crate::ops::count_upload(if result.is_ok() { "kept" } else { "refused" });
        let stored = result?;
        let db = &self.state.db;
        let recorded = async {
            if record == Record::New {
                db.create_upload(id, &self.draft_id, question, name, stored.size as i64)
                    .await?;
            }
            db.mark_upload_stored(id, &stored).await
        };
        // Not recorded (an error, or the upload was cancelled or swept while it was being
        // checked): keep nothing.
        let recorded = recorded.await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not record a kept file");
            false
        });
        if !recorded {
            evidence.delete(id).await;
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

    /// Deletes a file of this draft. False when there is no such file.
    pub async fn remove(&mut self, id: &str) -> Result<bool, AppError> {
        let db = &self.state.db;
        let Some(upload) = db.upload_for_draft(id, &self.draft_id).await? else {
            return Ok(false);
        };
        forget(self.state, id).await?;
        self.sync_answer(&upload.question_id).await?;
        Ok(true)
    }

    /// Once a file question's page has been answered, its answer follows the files it holds.
    /// An error here means a kept (or removed) file and the answer disagree: the caller fails
    /// the request rather than leave it so unnoticed.
    pub async fn sync_answer(&mut self, question: &str) -> Result<(), AppError> {
        if !self.answers.contains_key(question) {
            return Ok(());
        }
        let required = self.def.questions().any(|q| q.id == question && q.required);
        let ids = stored_ids(self.state, &self.draft_id, question).await?;
        if ids.is_empty() && required {
            self.answers.remove(question);
        } else {
            self.answers.insert(question.to_string(), Answer::list(ids));
        }
        self.state
            .db
            .save_answers(
                &self.session.id_hash,
                &self.def.id,
                Some(&self.draft_id),
                &self.answers,
            )
            .await?;
        Ok(())
    }
}

/// Forgets an upload that is not kept: its record, then its bytes (so a check or a PATCH still
/// running finds no record to add to, and deletes what it wrote). The record is tried twice and
/// an error is returned, never dropped: a record left behind counts towards the question's limits.
pub async fn forget(state: &AppState, id: &str) -> Result<(), AppError> {
    if let Err(first) = state.db.delete_upload(id).await {
        tracing::warn!(error = %first, "could not delete an upload record; trying again");
        state.db.delete_upload(id).await?;
    }
    state.evidence.delete(id).await;
    Ok(())
}
