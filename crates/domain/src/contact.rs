//! Email addresses and UK telephone numbers, checked the way GOV.UK services check them:
//! loosely enough never to turn away a real address, strictly enough to catch typing slips.

/// Returns the trimmed address when it looks like `name@example.com`.
pub fn parse_email(input: &str) -> Option<String> {
    let email = input.trim();
    if email.len() > 254 || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (local, domain) = email.rsplit_once('@')?;
    let labels: Vec<&str> = domain.split('.').collect();
    let good_label = |l: &&str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let ok = !local.is_empty()
        && local.len() <= 64
        && !local.contains('@')
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && labels.len() >= 2
        && labels.iter().all(good_label)
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
    ok.then(|| email.to_string())
}

/// Returns the number as typed (trimmed) when it is a UK number, like 01632 960 001,
/// 07700 900 982 or +44 808 157 0192.
pub fn parse_uk_phone(input: &str) -> Option<String> {
    let typed = input.trim();
    let mut digits = String::new();
    for (i, c) in typed.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => digits.push('+'),
            ' ' | '-' | '(' | ')' => {}
            _ => return None,
        }
    }
    let national = if let Some(rest) = digits.strip_prefix("+44") {
        rest.strip_prefix('0').unwrap_or(rest).to_string()
    } else if let Some(rest) = digits.strip_prefix("0044") {
        rest.to_string()
    } else {
        digits.strip_prefix('0')?.to_string()
    };
    let ok = (9..=10).contains(&national.len())
        && national.chars().all(|c| c.is_ascii_digit())
        && !national.starts_with('0');
    ok.then(|| typed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_email_addresses() {
        for good in [
            "name@example.com",
            " first.last+bins@council.gov.uk ",
            "a@b.co",
            "ûser@exämple.cymru",
        ] {
            assert!(parse_email(good).is_some(), "{good:?}");
        }
        assert_eq!(parse_email("  me@example.com ").unwrap(), "me@example.com");
    }

    #[test]
    fn refuses_email_typing_slips() {
        for bad in [
            "",
            "name",
            "name@",
            "@example.com",
            "name@example",
            "name@@example.com",
            "name@example..com",
            "na me@example.com",
            "name@example.c",
            ".name@example.com",
            "name@-example.com",
        ] {
            assert!(parse_email(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn accepts_uk_phone_numbers_in_common_forms() {
        for good in [
            "01632 960 001",
            "07700 900 982",
            "+44 808 157 0192",
            "(020) 7946 0000",
            "0044 7700 900982",
            "+44 (0)7700 900982",
            "0808-157-0192",
        ] {
            assert!(parse_uk_phone(good).is_some(), "{good:?}");
        }
    }

    #[test]
    fn refuses_numbers_that_are_not_uk_numbers() {
        for bad in [
            "",
            "12345",
            "07700 900",
            "+1 202 555 0100",
            "07700 900 982 1234",
            "phone me",
            "0000 000 0000",
        ] {
            assert!(parse_uk_phone(bad).is_none(), "{bad:?}");
        }
    }
}
