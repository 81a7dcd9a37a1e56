//! Request reference numbers: short, easy to read aloud over the phone, and self-checking.
//!
//! The alphabet leaves out characters that are easy to confuse on paper or by ear (0/O/D/Q, 1/I/L,
//! 2/Z, 5/S, 8/B, G/6, U/V). Its size, 19, is prime, so the weighted check character catches every
//! single mistyped character and every swap of two neighbouring characters.

/// The characters a reference is made of.
pub const ALPHABET: &[u8; 19] = b"ACEFHJKMNPRTWXY3479";
const BODY_LEN: usize = 8;
const MODULUS: u32 = 19;

/// A reference with a valid check character, held without separators ("KX4P7MHRT").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference(String);

impl Reference {
    /// Makes a reference from random bytes (the caller supplies the randomness).
    pub fn from_random(random: [u8; BODY_LEN]) -> Reference {
        let body: Vec<u8> = random
            .iter()
            .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()])
            .collect();
        let check = check_character(&body);
        let mut text = String::from_utf8(body).expect("alphabet is ASCII");
        text.push(char::from(check));
        Reference(text)
    }

    /// Reads a reference as a person might type it: any case, with spaces or dashes.
    /// Returns None when it is the wrong length, uses other characters, or fails its check.
    pub fn parse(input: &str) -> Option<Reference> {
        let compact: Vec<u8> = input
            .bytes()
            .filter(|b| !matches!(b, b' ' | b'-' | b'\t'))
            .map(|b| b.to_ascii_uppercase())
            .collect();
        if compact.len() != BODY_LEN + 1 || !compact.iter().all(|b| ALPHABET.contains(b)) {
            return None;
        }
        let (body, check) = compact.split_at(BODY_LEN);
        (check_character(body) == check[0])
            .then(|| Reference(String::from_utf8(compact).expect("ASCII")))
    }

    /// The stored form, without separators.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form to show and read aloud: three groups of three ("KX4-P7M-HRT").
    pub fn display(&self) -> String {
        let s = &self.0;
        format!("{}-{}-{}", &s[0..3], &s[3..6], &s[6..9])
    }
}

fn value(c: u8) -> u32 {
    ALPHABET
        .iter()
        .position(|a| *a == c)
        .expect("character is in the alphabet") as u32
}

fn check_character(body: &[u8]) -> u8 {
    let sum: u32 = body
        .iter()
        .enumerate()
        .map(|(i, c)| (i as u32 + 1) * value(*c))
        .sum();
    // Choose the check value so that the weighted sum including it (weight 9) is 0 mod 19.
    // 9 has an inverse mod 19 (17, since 9 × 17 = 153 = 8 × 19 + 1).
    let check = ((MODULUS - sum % MODULUS) % MODULUS * 17) % MODULUS;
    ALPHABET[check as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_has_no_look_alikes() {
        for c in b"0ODQ1IL2Z5S8BG6UV" {
            assert!(
                !ALPHABET.contains(c),
                "{} should not be used",
                char::from(*c)
            );
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 19);
    }

    #[test]
    fn a_new_reference_reads_back() {
        let r = Reference::from_random([1, 200, 33, 7, 99, 254, 16, 5]);
        assert_eq!(r.as_str().len(), 9);
        assert_eq!(Reference::parse(r.as_str()), Some(r.clone()));
        assert_eq!(
            Reference::parse(&r.display().to_lowercase()),
            Some(r.clone())
        );
        assert_eq!(Reference::parse(&r.display().replace('-', " ")), Some(r));
    }

    #[test]
    fn every_single_mistyped_character_is_caught() {
        let r = Reference::from_random([9, 8, 7, 6, 5, 4, 3, 2]);
        let original = r.as_str().as_bytes().to_vec();
        for pos in 0..original.len() {
            for c in ALPHABET.iter().filter(|c| **c != original[pos]) {
                let mut typo = original.clone();
                typo[pos] = *c;
                assert!(Reference::parse(std::str::from_utf8(&typo).unwrap()).is_none());
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught() {
        for seed in 0u8..50 {
            let r = Reference::from_random([
                seed,
                seed.wrapping_mul(7),
                3,
                seed ^ 0x55,
                11,
                200,
                seed,
                1,
            ]);
            let original = r.as_str().as_bytes().to_vec();
            for pos in 0..original.len() - 1 {
                if original[pos] == original[pos + 1] {
                    continue;
                }
                let mut swapped = original.clone();
                swapped.swap(pos, pos + 1);
                assert!(Reference::parse(std::str::from_utf8(&swapped).unwrap()).is_none());
            }
        }
    }

    #[test]
    fn wrong_lengths_and_characters_are_refused() {
        for bad in ["", "ACE", "ACEFHJKMNP", "ACEFHJKM0", "OOOOOOOOO"] {
            assert!(Reference::parse(bad).is_none(), "{bad:?}");
        }
    }
}
