//! Whole numbers and money (pounds and pence).

pub(super) type Failure = (&'static str, Vec<(&'static str, String)>);

fn bounds(
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
    show: impl Fn(i64) -> String,
) -> Result<(), Failure> {
    match (min, max) {
        (Some(min), _) if value < min => Err(("too-small", vec![("min", show(min))])),
        (_, Some(max)) if value > max => Err(("too-large", vec![("max", show(max))])),
        _ => Ok(()),
    }
}

/// What was typed without spaces or thousands commas; None when it is empty and may be.
fn compact(raw: &str, required: bool) -> Result<Option<String>, Failure> {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    match (compact.is_empty(), required) {
        (true, true) => Err(("required", vec![])),
        (true, false) => Ok(None),
        (false, _) => Ok(Some(compact)),
    }
}

/// "1,250" or " 12 " → "1250" / "12".
pub(super) fn whole(
    raw: &str,
    min: Option<i64>,
    max: Option<i64>,
    required: bool,
) -> Result<String, Failure> {
    let Some(compact) = compact(raw, required)? else {
        return Ok(String::new());
    };
    let value: i64 = compact.parse().map_err(|_| ("invalid", vec![]))?;
    bounds(value, min, max, |n| n.to_string())?;
    Ok(value.to_string())
}

/// "£1,250.5", "12", "0.99" → "1250.50", "12.00", "0.99". Bounds are in whole pounds.
pub(super) fn money(
    raw: &str,
    min: Option<i64>,
    max: Option<i64>,
    required: bool,
) -> Result<String, Failure> {
    let Some(compact) = compact(raw, required)? else {
        return Ok(String::new());
    };
    let compact = compact.strip_prefix('£').unwrap_or(&compact);
    if compact.is_empty() {
        return Err(("invalid", vec![]));
    }
    let (pounds, pence) = compact.split_once('.').unwrap_or((compact, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if pounds.is_empty() && pence.is_empty()
        || !digits(pounds)
        || !digits(pence)
        || pence.len() > 2
        || pounds.len() > 12
    {
        return Err(("invalid", vec![]));
    }
    let pence_value: i64 = format!("{pence:0<2}").parse().unwrap_or(0);
    let total = pounds.parse::<i64>().unwrap_or(0) * 100 + pence_value;
    bounds(total, min.map(|m| m * 100), max.map(|m| m * 100), |p| {
        format!("£{}", p / 100)
    })?;
    Ok(format!("{}.{:02}", total / 100, total % 100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        assert_eq!(whole(" 1,250 ", None, None, true).unwrap(), "1250");
        assert_eq!(whole("", None, None, false).unwrap(), "");
        assert_eq!(whole("", None, None, true).unwrap_err().0, "required");
        assert_eq!(whole("two", None, None, true).unwrap_err().0, "invalid");
        assert_eq!(whole("1.5", None, None, true).unwrap_err().0, "invalid");
        assert_eq!(
            whole("0", Some(1), Some(10), true).unwrap_err(),
            ("too-small", vec![("min", "1".to_string())])
        );
        assert_eq!(
            whole("11", Some(1), Some(10), true).unwrap_err(),
            ("too-large", vec![("max", "10".to_string())])
        );
    }

    #[test]
    fn money_in_pounds_and_pence() {
        assert_eq!(money("£1,250.5", None, None, true).unwrap(), "1250.50");
        assert_eq!(money("12", None, None, true).unwrap(), "12.00");
        assert_eq!(money(".99", None, None, true).unwrap(), "0.99");
        for bad in ["12.345", "£", "1.2.3", "ten", "-5", "£ 1 0 0 . 0 0 0"] {
            assert!(money(bad, None, None, true).is_err(), "{bad}");
        }
        assert_eq!(
            money("1000.01", None, Some(1000), true).unwrap_err(),
            ("too-large", vec![("max", "£1000".to_string())])
        );
    }
}
