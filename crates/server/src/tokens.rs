//! Random secrets and their hashes: session cookies, CSRF tokens, upload ids, return links,
//! access codes and API keys. Only hashes of secrets a resident holds are stored. Imports nothing from the crate.

use frontdoor_domain::Reference;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// 32 random bytes, as hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new API key for a council's system: `fd_` and 32 random bytes in base64url. The `fd_` lets
/// secret scanners and people tell it for a Frontdoor key.
pub fn random_api_key() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!(
        "fd_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// A random reference number or access code, like KX4-P7M-HRT.
pub fn random_reference() -> Reference {
    let mut random = [0u8; 8];
    rand::rng().fill_bytes(&mut random);
    Reference::from_random(random)
}

/// The CSRF token of the session whose cookie holds `session_token`: derived from the cookie, so it
/// needs no stored state and protects forms before the session has a row. The cookie is HttpOnly
/// and 256 bits of randomness; without it the token cannot be worked out.
pub fn csrf_token_for(session_token: &str) -> String {
    hash(&format!("csrf-token\0{session_token}"))
}

/// Whether a value sent as a token has the shape of one of ours (64 hex digits).
pub fn looks_like_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

pub fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compares two secrets without leaking, by the time taken, how much of them matched.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A one-time sign-in code of `digits` digits, like 042917.
pub fn random_code(digits: usize) -> String {
    (0..digits)
        .map(|_| char::from(b'0' + rand::Rng::random_range(&mut rand::rng(), 0..10u8)))
        .collect()
}
