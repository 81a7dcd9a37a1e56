//! Limits on guessing. Wrong tracking lookups, access codes and return checks are counted in the
//! database (so a second server is not a second chance) by session, by client address and, for a
//! return check, by the saved form itself (so a new session is not a new chance either).

use crate::db::Limit;
use crate::error::AppError;
use crate::session::Session;
use crate::state::AppState;

/// Something a visitor might guess at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// A reference and email on "Track a request".
    TrackingLookup,
    /// An access code on "Return to a saved form".
    AccessCode,
}

/// Wrong tries one session may make in a quarter of an hour.
const PER_SESSION: Limit = Limit {
    attempts: 10,
    window: 15 * 60,
};

/// Wrong tries one client address may make in an hour: higher, as a library or an office shares
/// one address.
const PER_CLIENT: Limit = Limit {
    attempts: 100,
    window: 3600,
};

/// Wrong tries at one reference (tracking), from anywhere, in an hour.
const PER_REFERENCE: Limit = Limit {
    attempts: 20,
    window: 3600,
};

/// Wrong answers to a saved form's check, from any session, in an hour.
const PER_SAVED_FORM: Limit = Limit {
    attempts: 10,
    window: 3600,
};

impl Guess {
    fn name(self) -> &'static str {
        match self {
            Guess::TrackingLookup => "tracking",
            Guess::AccessCode => "access-code",
        }
    }

    /// What the tries are counted by: the session, the client address and, for a tracking
    /// lookup, the reference tried.
    fn keys(self, session: &Session, target: Option<&str>) -> Vec<(String, Limit)> {
        let mut keys = vec![
            (format!("{}:session:{}", self.name(), session.id_hash), PER_SESSION),
            (format!("{}:client:{}", self.name(), session.client), PER_CLIENT),
        ];
        if let Some(target) = target {
            keys.push((format!("{}:reference:{target}", self.name()), PER_REFERENCE));
        }
        keys
    }

    /// Refuses the try when this session, client or reference has had its wrong tries.
    pub async fn allowed(
        self,
        state: &AppState,
        session: &Session,
        target: Option<&str>,
    ) -> Result<(), AppError> {
        for (key, limit) in self.keys(session, target) {
            if !state.db.attempts_left(&key, limit).await? {
                tracing::warn!(what = self.name(), "too many wrong tries");
                return Err(AppError::TooManyAttempts);
            }
        }
        Ok(())
    }

    /// Counts a wrong try.
    pub async fn wrong(
        self,
        state: &AppState,
        session: &Session,
        target: Option<&str>,
    ) -> Result<(), AppError> {
        for (key, limit) in self.keys(session, target) {
            state.db.count_attempt(&key, limit).await?;
        }
        Ok(())
    }
}

fn return_check_key(draft_id: &str) -> String {
    format!("return-check:{draft_id}")
}

/// Refuses an answer to a saved form's check once the form has had its wrong answers (from any
/// session), right or not: the resident waits a while, or starts again.
pub async fn return_check_allowed(state: &AppState, draft_id: &str) -> Result<(), AppError> {
    if state
        .db
        .attempts_left(&return_check_key(draft_id), PER_SAVED_FORM)
        .await?
    {
        Ok(())
    } else {
        tracing::warn!("too many wrong answers to a saved form's check");
        Err(AppError::TooManyAttempts)
    }
}

/// Counts a wrong answer to a saved form's check.
pub async fn wrong_return_check(state: &AppState, draft_id: &str) -> Result<(), AppError> {
    state
        .db
        .count_attempt(&return_check_key(draft_id), PER_SAVED_FORM)
        .await?;
    Ok(())
}
