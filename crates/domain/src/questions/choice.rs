//! What radios, select and checkboxes share: answers chosen from a list of stored values.

use super::{Answer, FieldError, Placed, QuestionRules};

/// One value from `options`.
pub(super) fn one_of(
    q: &QuestionRules<'_>,
    options: &[String],
    raw: &str,
) -> Result<Answer, Vec<FieldError>> {
    if raw.is_empty() {
        q.nothing_given()
    } else if options.iter().any(|o| o == raw) {
        Ok(Answer::Text(raw.to_string()))
    } else {
        Err(q.fail(("required", vec![])))
    }
}

/// Any number of values from `options` (as posted: joined by commas), or `none` alone, in the
/// definition's order whatever order the browser sent. The error is a code.
pub(super) fn some_of(
    options: &[String],
    none: Option<&str>,
    raw: &str,
) -> Result<Vec<String>, &'static str> {
    let chosen: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    if let Some(none) = none {
        if chosen.contains(&none) && chosen.len() > 1 {
            return Err("none-and-other");
        }
    }
    let known = options.iter().map(String::as_str).chain(none);
    let kept: Vec<String> = known
        .filter(|o| chosen.contains(o))
        .map(str::to_string)
        .collect();
    if kept.len() != chosen.len() {
        return Err("required");
    }
    Ok(kept)
}

/// A question with options needs at least `least` of them, each a usable stored value.
pub(super) fn check_options(at: &Placed<'_>, options: &[String], least: usize) -> Vec<String> {
    let mut problems = Vec::new();
    if options.len() < least {
        problems.push(at.problem("options", &format!("needs {least} or more options")));
    }
    if let Some(bad) = options.iter().find(|o| !crate::definition::is_slug(o)) {
        problems.push(at.problem(
            "options",
            &format!("\"{bad}\" must be lower-case letters, digits and dashes"),
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::some_of;

    #[test]
    fn checkboxes_keep_the_definition_order_and_refuse_none_with_others() {
        let options = vec!["sofa".to_string(), "fridge".to_string(), "bed".to_string()];
        assert_eq!(
            some_of(&options, Some("none"), "bed,sofa").unwrap(),
            ["sofa", "bed"]
        );
        assert_eq!(some_of(&options, Some("none"), "none").unwrap(), ["none"]);
        assert_eq!(
            some_of(&options, Some("none"), "none,bed").unwrap_err(),
            "none-and-other"
        );
        assert!(some_of(&options, Some("none"), "").unwrap().is_empty());
        assert_eq!(some_of(&options, None, "piano").unwrap_err(), "required");
    }
}
