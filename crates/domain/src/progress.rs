//! A request's progress, as the council moves it and the resident follows it: received, then
//! acknowledged, in progress, waiting for the resident (saying what is needed), and at last
//! resolved or closed (saying the outcome). Which moves are allowed, and what each must say, are
//! decided here, for the caseworkers' pages and the API alike.

use serde::{Deserialize, Serialize};

use crate::questions::{FieldError, FormInput};

/// Where a request has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequestStatus {
    Received,
    Acknowledged,
    InProgress,
    /// The council needs something from the resident, and says what.
    WaitingForResident,
    /// Done, with the outcome.
    Resolved,
    /// Ended without being resolved (a duplicate, withdrawn, not for the council), with why.
    Closed,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 6] = [
        RequestStatus::Received,
        RequestStatus::Acknowledged,
        RequestStatus::InProgress,
        RequestStatus::WaitingForResident,
        RequestStatus::Resolved,
        RequestStatus::Closed,
    ];

    /// As stored and in the API: `received`, `waiting-for-resident`...
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Received => "received",
            RequestStatus::Acknowledged => "acknowledged",
            RequestStatus::InProgress => "in-progress",
            RequestStatus::WaitingForResident => "waiting-for-resident",
            RequestStatus::Resolved => "resolved",
            RequestStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<RequestStatus> {
        RequestStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Resolved and closed requests are over: nothing moves them again.
    pub fn is_over(self) -> bool {
        matches!(self, RequestStatus::Resolved | RequestStatus::Closed)
    }

    /// Whether a caseworker may move a request from here to `to`. Every move goes forward or
    /// between working states; none goes back to "received", stays put, or leaves an ending.
    pub fn can_move_to(self, to: RequestStatus) -> bool {
        use RequestStatus::*;
        match (self, to) {
            (from, _) if from.is_over() => false,
            (_, Received) => false,
            (from, to) if from == to => false,
            (InProgress | WaitingForResident, Acknowledged) => false,
            _ => true,
        }
    }

    /// What a move to this status must tell the resident, if anything: what is needed from
    /// them, or the outcome.
    fn needs_note(self) -> Option<&'static str> {
        match self {
            RequestStatus::WaitingForResident => Some("needed"),
            RequestStatus::Resolved | RequestStatus::Closed => Some("outcome"),
            _ => None,
        }
    }
}

/// The longest note, for the resident or for staff.
pub const NOTE_MAX_CHARS: usize = 2000;

/// A caseworker's move of a request, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub to: RequestStatus,
    /// What the resident reads on the tracking page and in the message they are sent.
    pub note: String,
    /// Kept for staff only, never shown to the resident.
    pub staff_note: String,
}

fn error(field: &str, code: &str) -> FieldError {
    FieldError::new(field, code, format!("change-{field}-error-{code}"))
}

/// Reads a move of a request now at `from` from the form's `status`, `note` and `staff-note`.
pub fn check_status_change(
    from: RequestStatus,
    input: &FormInput,
) -> Result<StatusChange, Vec<FieldError>> {
    let text = |k: &str| {
        input
            .get(k)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let (note, staff_note) = (text("note"), text("staff-note"));
    let mut errors = Vec::new();
    let to = match text("status").as_str() {
        "" => Err(error("status", "required")),
        s => match RequestStatus::parse(s) {
            None => Err(error("status", "required")),
            Some(to) if !from.can_move_to(to) => Err(error("status", "not-allowed")
                .with_args(&[("from", from.as_str().into()), ("to", to.as_str().into())])),
            Some(to) => Ok(to),
        },
    };
    if let Some(why) = to.as_ref().ok().and_then(|to| to.needs_note()) {
        if note.is_empty() {
            errors.push(error("note", why));
        }
    }
    for (field, value) in [("note", &note), ("staff-note", &staff_note)] {
        if value.chars().count() > NOTE_MAX_CHARS {
            errors.push(error(field, "too-long").with_args(&[("max", NOTE_MAX_CHARS.to_string())]));
        }
    }
    match to {
        Ok(to) if errors.is_empty() => Ok(StatusChange {
            to,
            note,
            staff_note,
        }),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.insert(0, e);
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RequestStatus::*;
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormInput {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn codes(r: Result<StatusChange, Vec<FieldError>>) -> Vec<String> {
        r.unwrap_err()
            .into_iter()
            .map(|e| format!("{}:{}", e.field, e.code))
            .collect()
    }

    #[test]
    fn every_allowed_and_refused_move() {
        // from -> the statuses it may move to; every other move is refused.
        let allowed = [
            (
                Received,
                vec![
                    Acknowledged,
                    InProgress,
                    WaitingForResident,
                    Resolved,
                    Closed,
                ],
            ),
            (
                Acknowledged,
                vec![InProgress, WaitingForResident, Resolved, Closed],
            ),
            (InProgress, vec![WaitingForResident, Resolved, Closed]),
            (WaitingForResident, vec![InProgress, Resolved, Closed]),
            (Resolved, vec![]),
            (Closed, vec![]),
        ];
        for (from, to_list) in allowed {
            for to in RequestStatus::ALL {
                assert_eq!(
                    from.can_move_to(to),
                    to_list.contains(&to),
                    "{} -> {}",
                    from.as_str(),
                    to.as_str()
                );
            }
        }
    }

    #[test]
    fn statuses_are_named_as_stored() {
        for s in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(RequestStatus::parse("done"), None);
    }

    #[test]
    fn a_move_keeps_its_notes_apart() {
        let change = check_status_change(
            Received,
            &form(&[
                ("status", "in-progress"),
                ("note", " We have sent a crew. "),
                ("staff-note", "Crew 4, Tuesday round"),
            ]),
        )
        .unwrap();
        assert_eq!(change.to, InProgress);
        assert_eq!(change.note, "We have sent a crew.");
        assert_eq!(change.staff_note, "Crew 4, Tuesday round");
        // A note is optional for a working state.
        assert!(check_status_change(Received, &form(&[("status", "acknowledged")])).is_ok());
    }

    #[test]
    fn asking_the_resident_says_what_is_needed_and_an_ending_says_the_outcome() {
        let ask = form(&[("status", "waiting-for-resident")]);
        assert_eq!(
            codes(check_status_change(InProgress, &ask)),
            ["note:needed"]
        );
        for end in ["resolved", "closed"] {
            let end = form(&[("status", end), ("note", "  ")]);
            assert_eq!(
                codes(check_status_change(InProgress, &end)),
                ["note:outcome"]
            );
        }
    }

    #[test]
    fn a_refused_move_names_both_statuses() {
        let errors =
            check_status_change(Resolved, &form(&[("status", "in-progress")])).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message_id, "change-status-error-not-allowed");
        assert_eq!(errors[0].args["from"], "resolved");
        assert_eq!(errors[0].args["to"], "in-progress");
        assert_eq!(
            codes(check_status_change(
                Received,
                &form(&[("status", "received")])
            )),
            ["status:not-allowed"]
        );
    }

    #[test]
    fn no_status_or_an_unknown_one_is_asked_for() {
        assert_eq!(
            codes(check_status_change(Received, &form(&[]))),
            ["status:required"]
        );
        assert_eq!(
            codes(check_status_change(Received, &form(&[("status", "done")]))),
            ["status:required"]
        );
    }

    #[test]
    fn notes_have_a_limit_and_every_problem_is_given_at_once() {
        let long = "a".repeat(NOTE_MAX_CHARS + 1);
        let errors = codes(check_status_change(
            InProgress,
            &form(&[
                ("status", "acknowledged"),
                ("note", &long),
                ("staff-note", &long),
            ]),
        ));
        assert_eq!(
            errors,
            ["status:not-allowed", "note:too-long", "staff-note:too-long"]
        );
        let exactly = "é".repeat(NOTE_MAX_CHARS);
        assert!(check_status_change(
            InProgress,
            &form(&[("status", "resolved"), ("note", &exactly)])
        )
        .is_ok());
    }
}
