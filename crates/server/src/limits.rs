//! Limits on guessing, counted in the database so that a second server is not a second chance.
//! Tracking lookups and access codes are counted by session and by client address, each try
//! before it is made (so tries sent all at once are counted all the same); wrong tracking lookups
//! also by the reference tried, and answers to a saved form's check by the form, so that a new
//! session is not a new chance either.

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
    /// A caseworker's email address, to be sent a sign-in code.
    StaffSignIn,
    /// The sign-in code from that email.
    StaffCode,
    /// A resident's email address, to be sent a sign-in code and link.
    AccountSignIn,
    /// The code or link from that email.
    AccountCode,
}

/// Tries one session may make in a quarter of an hour.
const PER_SESSION: Limit = Limit {
    attempts: 10,
    window: 15 * 60,
};

/// Tries one client address may make in an hour: higher, as a library or an office shares one
/// address.
const PER_CLIENT: Limit = Limit {
    attempts: 100,
    window: 3600,
};

/// Wrong lookups of one reference, from anywhere, in an hour. The right email still finds it,
/// so nobody can lock a resident out of their own request.
const PER_REFERENCE: Limit = Limit {
    attempts: 20,
    window: 3600,
};

/// Answers to a saved form's check, from any session, in an hour.
const PER_SAVED_FORM: Limit = Limit {
    attempts: 10,
    window: 3600,
};

impl Guess {
    fn name(self) -> &'static str {
        match self {
            Guess::TrackingLookup => "tracking",
            Guess::AccessCode => "access-code",
            Guess::StaffSignIn => "staff-sign-in",
            Guess::StaffCode => "staff-code",
            Guess::AccountSignIn => "account-sign-in",
            Guess::AccountCode => "account-code",
        }
    }

    /// Counts a try by this session and client, refusing it when either has had its tries.
    pub async fn count_try(self, state: &AppState, session: &Session) -> Result<(), AppError> {
        let keys = [
            (
                format!("{}:session:{}", self.name(), session.id_hash),
                PER_SESSION,
            ),
            (
                format!("{}:client:{}", self.name(), session.client),
                PER_CLIENT,
            ),
        ];
        for (key, limit) in keys {
            if !state.db.count_attempt(&key, limit).await? {
                tracing::warn!(what = self.name(), "too many tries");
                return Err(AppError::TooManyAttempts);
            }
        }
        Ok(())
    }
}

/// Sign-in emails to one address, from anywhere, in an hour: nobody's inbox is flooded.
const PER_EMAIL: Limit = Limit {
    attempts: 5,
    window: 3600,
};

/// Counts a sign-in email to `email`; refuses once the address has had its emails for now.
pub async fn count_sign_in_email(state: &AppState, email: &str) -> Result<(), AppError> {
    let key = format!(
        "sign-in-email:{}",
        crate::tokens::hash(&email.to_lowercase())
    );
    limited(state, &key, PER_EMAIL).await
}

/// Counts a wrong lookup of `reference`; refuses once it has had its wrong lookups.
pub async fn wrong_lookup(state: &AppState, reference: &str) -> Result<(), AppError> {
    limited(
        state,
        &format!("tracking:reference:{reference}"),
        PER_REFERENCE,
    )
    .await
}

/// Counts an answer to a saved form's check, before it is compared; refuses it once the form
/// has had its answers (from any session), right or not: the resident waits a while.
pub async fn count_return_check(state: &AppState, draft_id: &str) -> Result<(), AppError> {
    limited(state, &format!("return-check:{draft_id}"), PER_SAVED_FORM).await
}

async fn limited(state: &AppState, key: &str, limit: Limit) -> Result<(), AppError> {
    if state.db.count_attempt(key, limit).await? {
        Ok(())
    } else {
        tracing::warn!(what = key.split(':').next(), "too many wrong tries");
        Err(AppError::TooManyAttempts)
    }
}
