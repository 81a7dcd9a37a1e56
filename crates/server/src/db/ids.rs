//! Ids that say what they are: a draft's, an upload's, a session's. Each is random, stored as
//! text, and reads as a `&str` where one is wanted.

use std::fmt;
use std::ops::Deref;

/// Defines an id type over a `String`.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, sqlx::Type, serde::Serialize)]
        #[sqlx(transparent)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// An id as it came in (a path, a cookie's hash, a stored row).
            pub fn from_string(id: impl Into<String>) -> $name {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A draft's id: random, and never shown to the resident.
    DraftId
);
id_type!(
    /// An evidence file's id: 256 random bits, also its key in the evidence store.
    UploadId
);
id_type!(
    /// A session, as stored: the hash of its cookie's value, never the value itself.
    SessionHash
);

impl DraftId {
    pub(super) fn new() -> DraftId {
        DraftId(crate::tokens::random_token())
    }
}

impl UploadId {
    pub fn new() -> UploadId {
        UploadId(crate::tokens::random_token())
    }
}

impl SessionHash {
    /// The stored form of a session cookie's value.
    pub fn of_cookie(value: &str) -> SessionHash {
        SessionHash(crate::tokens::hash(value))
    }
}
