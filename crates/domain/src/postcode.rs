//! UK postcodes: validation and normalisation to the Royal Mail form ("SW1A 1AA").
//!
//! The format rules are the published Royal Mail/ONS ones; a small hand-written checker is used
//! instead of a regular expression so the browser bundle does not carry a regex engine.

/// A valid, normalised UK postcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Postcode(String);

impl Postcode {
    /// Accepts any case and spacing ("sw1a1aa", " SW1A  1AA ") and returns the normalised postcode.
    pub fn parse(input: &str) -> Option<Postcode> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
            return None;
        }
        let (outward, inward) = compact.split_at(compact.len() - 3);
        if !(valid_inward(inward) && (valid_outward(outward) || compact == "GIR0AA")) {
            return None;
        }
        Some(Postcode(format!("{outward} {inward}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn valid_inward(inward: &str) -> bool {
    let b = inward.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && inward_letter(b[1]) && inward_letter(b[2])
}

fn inward_letter(c: u8) -> bool {
    c.is_ascii_uppercase() && !b"CIKMOV".contains(&c)
}

fn valid_outward(outward: &str) -> bool {
    let b = outward.as_bytes();
    let first = |c: u8| c.is_ascii_uppercase() && !b"QVX".contains(&c);
    let second = |c: u8| c.is_ascii_uppercase() && !b"IJZ".contains(&c);
    let d = |c: u8| c.is_ascii_digit();
    match *b {
        // A9, A99
        [a, n] => first(a) && d(n),
        [a, n, m] if d(n) && d(m) => first(a),
        // A9A
        [a, n, l] if d(n) => first(a) && b"ABCDEFGHJKPSTUW".contains(&l),
        // AA9, AA99, AA9A
        [a, b2, n] => first(a) && second(b2) && d(n),
        [a, b2, n, m] if d(n) && d(m) => first(a) && second(b2),
        [a, b2, n, l] => first(a) && second(b2) && d(n) && b"ABEHMNPRVWXY".contains(&l),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_spacing() {
        assert_eq!(Postcode::parse("se1 2qh").unwrap().as_str(), "SE1 2QH");
        assert_eq!(Postcode::parse("  SW1A1AA ").unwrap().as_str(), "SW1A 1AA");
        assert_eq!(Postcode::parse("m1 1ae").unwrap().as_str(), "M1 1AE");
        assert_eq!(Postcode::parse("B33 8TH").unwrap().as_str(), "B33 8TH");
        assert_eq!(Postcode::parse("cr2 6xh").unwrap().as_str(), "CR2 6XH");
        assert_eq!(Postcode::parse("DN55 1PT").unwrap().as_str(), "DN55 1PT");
        assert_eq!(Postcode::parse("W1A 0AX").unwrap().as_str(), "W1A 0AX");
        assert_eq!(Postcode::parse("EC1A 1BB").unwrap().as_str(), "EC1A 1BB");
        assert_eq!(Postcode::parse("LE11 2TU").unwrap().as_str(), "LE11 2TU");
        assert_eq!(Postcode::parse("gir 0aa").unwrap().as_str(), "GIR 0AA");
    }

    #[test]
    fn rejects_what_is_not_a_postcode() {
        for bad in [
            "", "SE1", "12345", "SE1 2Q", "SE1 2QHH", "QE1 2QH", "SE1 2CH", "S£1 2QH", "AAAA 1AA",
            "SE1 QQH", "XX 1AA", "hello",
        ] {
            assert!(Postcode::parse(bad).is_none(), "{bad:?} should be refused");
        }
    }
}
