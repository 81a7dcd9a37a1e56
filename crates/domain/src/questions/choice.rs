//! Radios, yes/no, select and checkboxes: answers chosen from a list of stored values.

/// One value from `options`.
pub(super) fn one_of(
    options: &[String],
    raw: &str,
    required: bool,
) -> Result<String, &'static str> {
    if raw.is_empty() && !required {
        Ok(String::new())
    } else if options.iter().any(|o| o == raw) {
        Ok(raw.to_string())
    } else {
        Err("required")
    }
}

/// Any number of values from `options` (as posted: joined by commas), or `none` alone.
pub(super) fn some_of(
    options: &[String],
    none: Option<&str>,
    raw: &str,
    required: bool,
) -> Result<String, &'static str> {
    let chosen: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    if chosen.is_empty() {
        return if required {
            Err("required")
        } else {
            Ok(String::new())
        };
    }
    if let Some(none) = none {
        if chosen.contains(&none) && chosen.len() > 1 {
            return Err("none-and-other");
        }
    }
    // Keep the definition's order, whatever order the browser sent.
    let known = options.iter().map(String::as_str).chain(none);
    let kept: Vec<&str> = known.filter(|o| chosen.contains(o)).collect();
    if kept.len() != chosen.len() {
        return Err("required");
    }
    Ok(kept.join(","))
}
