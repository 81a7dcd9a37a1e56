//! Checking the "track a request" form before anything is looked up.

#![cfg(feature = "server")]

use crate::contact::parse_email;
use crate::questions::{FieldError, FormInput};
use crate::reference::Reference;

fn error(field: &str, code: &str) -> FieldError {
    FieldError::new(field, code, format!("track-{field}-error-{code}"))
}

/// The error shown when no request matches. It never says whether the reference exists.
pub fn not_found_error() -> FieldError {
    FieldError::new("reference", "not-found", "track-not-found".into())
}

/// Returns the reference and email to look up, or an error for each field.
pub fn check_track_form(input: &FormInput) -> Result<(Reference, String), Vec<FieldError>> {
    let get = |k: &str| input.get(k).map(|v| v.trim()).unwrap_or("");
    let reference = match get("reference") {
        "" => Err(error("reference", "required")),
        r => Reference::parse(r).ok_or_else(|| error("reference", "invalid")),
    };
    let email = match get("email") {
        "" => Err(error("email", "required")),
        e => parse_email(e).ok_or_else(|| error("email", "invalid")),
    };
    match (reference, email) {
        (Ok(r), Ok(e)) => Ok((r, e)),
        (r, e) => Err([r.err(), e.err()].into_iter().flatten().collect()),
    }
}
