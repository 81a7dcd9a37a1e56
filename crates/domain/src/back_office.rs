//! The back office's rules: what a council's CRM may do with an API key (its scopes), and when a
//! request counts as overdue (the promise to act, or to acknowledge, has passed), the same for the
//! list a caseworker filters and the resident's tracking page.

#![cfg(feature = "server")]

use crate::progress::{RequestStatus, NOTE_MAX_CHARS};
use crate::questions::FieldError;

/// What an API key lets a council's system do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// List and read requests, their history and evidence.
    Read,
    /// Move requests on, ask residents for information and add staff notes.
    Update,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Read, Scope::Update];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Update => "update",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }

    /// Scopes written as a list (`read,update`), in a fixed order with none twice. None when the
    /// list is empty or names a scope there is not.
    pub fn parse_list(s: &str) -> Option<Vec<Scope>> {
        let mut scopes = Vec::new();
        for part in s.split(',').filter(|p| !p.trim().is_empty()) {
            scopes.push(Scope::parse(part)?);
        }
        let scopes: Vec<Scope> = Scope::ALL
            .into_iter()
            .filter(|s| scopes.contains(s))
            .collect();
        (!scopes.is_empty()).then_some(scopes)
    }

    /// As stored: `read,update`.
    pub fn list(scopes: &[Scope]) -> String {
        scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Whether a request has missed a promise: the date to act by has passed while it is still open,
/// or the date to acknowledge it by has passed while it is still only received. Dates are ISO
/// (`2026-12-03`), so they compare as text.
pub fn is_overdue(
    status: RequestStatus,
    act_by: &str,
    acknowledge_by: Option<&str>,
    today: &str,
) -> bool {
    let not_acknowledged =
        status == RequestStatus::Received && acknowledge_by.is_some_and(|by| today > by);
    !status.is_over() && (today > act_by || not_acknowledged)
}

/// How many requests one page of the list holds, unless asked for fewer.
pub const DEFAULT_PAGE: u32 = 50;
/// The most one page may hold.
pub const MAX_PAGE: u32 = 200;

/// The size of a page asked for, kept within 1 and [`MAX_PAGE`].
pub fn page_size(asked: Option<u32>) -> u32 {
    asked.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE)
}

/// Checks a note staff add to a request without moving it: something, and not too long.
pub fn check_staff_note(note: &str) -> Result<String, Vec<FieldError>> {
    let note = note.trim();
    let error = |code: &str| {
        FieldError::new(
            "staff-note",
            code,
            format!("change-staff-note-error-{code}"),
        )
    };
    if note.is_empty() {
        return Err(vec![error("required")]);
    }
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(vec![
            error("too-long").with_args(&[("max", NOTE_MAX_CHARS.to_string())])
        ]);
    }
    Ok(note.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staff_note_says_something_within_the_limit() {
        assert_eq!(
            check_staff_note("  Called the resident. ").unwrap(),
            "Called the resident."
        );
        assert_eq!(check_staff_note(" ").unwrap_err()[0].code, "required");
        let long = "a".repeat(NOTE_MAX_CHARS + 1);
        assert_eq!(check_staff_note(&long).unwrap_err()[0].code, "too-long");
    }

    #[test]
    fn scopes_are_read_from_a_list_in_one_order() {
        assert_eq!(
            Scope::parse_list("update, read,read"),
            Some(vec![Scope::Read, Scope::Update])
        );
        assert_eq!(Scope::parse_list("read"), Some(vec![Scope::Read]));
        assert_eq!(Scope::parse_list(""), None);
        assert_eq!(Scope::parse_list("read,admin"), None);
        assert_eq!(Scope::list(&[Scope::Read, Scope::Update]), "read,update");
    }

    #[test]
    fn overdue_once_a_promise_has_passed_and_never_once_over() {
        use RequestStatus::*;
        let today = "2026-12-03";
        assert!(is_overdue(InProgress, "2026-12-02", None, today));
        assert!(!is_overdue(InProgress, "2026-12-03", None, today));
        assert!(!is_overdue(Resolved, "2026-12-01", None, today));
        assert!(is_overdue(
            Received,
            "2026-12-20",
            Some("2026-12-01"),
            today
        ));
        assert!(!is_overdue(
            Acknowledged,
            "2026-12-20",
            Some("2026-12-01"),
            today
        ));
    }

    #[test]
    fn a_page_holds_between_one_and_the_most() {
        assert_eq!(page_size(None), DEFAULT_PAGE);
        assert_eq!(page_size(Some(0)), 1);
        assert_eq!(page_size(Some(10_000)), MAX_PAGE);
    }
}
