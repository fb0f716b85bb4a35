//! The conversation service's errors: a store that failed, or a record that cannot be
//! written or read back. It owns the wording; it must not carry message text or ids.

use crate::store;

/// Why a turn could not be committed. Nothing of a failed turn is written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store failed (I/O, a record that fails authentication, …).
    #[error(transparent)]
    Store(#[from] store::Error),
    /// A value of ours could not be serialised (a bug, never expected).
    #[error("cannot encode {what}: {source}")]
    Encode {
        /// What was being written (`case record`, `outbox entry`, …).
        what: &'static str,
        /// serde's reason.
        source: serde_json::Error,
    },
    /// An authentic record (it decrypted) that this build cannot read.
    #[error("stored {what} cannot be read: {source}")]
    Decode {
        /// What was being read.
        what: &'static str,
        /// serde's reason.
        source: serde_json::Error,
    },
}

/// The service's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Serialise one of our values, naming it if that fails.
pub(super) fn encode<T: serde::Serialize>(what: &'static str, value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|source| Error::Encode { what, source })
}

/// Read back one of our values, naming it if that fails.
pub(super) fn decode<T: serde::de::DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|source| Error::Decode { what, source })
}
