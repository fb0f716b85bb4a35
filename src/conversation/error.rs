//! The conversation service's errors: a store that failed, or a record that cannot be
//! written or read back. It owns the wording; it must not carry message text or ids (so
//! not serde's text either, which may quote a record).

use crate::store;

/// Why a turn could not be committed. Nothing of a failed turn is written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store failed (I/O, a record that fails authentication, …).
    #[error(transparent)]
    Store(#[from] store::Error),
    /// A value of ours could not be serialised (a bug, never expected).
    #[error("cannot encode {what}")]
    Encode {
        /// What was being written (`case record`, `outbox entry`, …).
        what: &'static str,
    },
    /// An authentic record (it decrypted) that this build cannot read. Only where it
    /// failed is kept: serde's own text may quote the record, which holds what a person
    /// wrote, and errors reach the log.
    #[error("stored {what} cannot be read (line {line}, column {column})")]
    Decode {
        /// What was being read.
        what: &'static str,
        /// Where in the decrypted record it failed.
        line: usize,
        /// Where in the decrypted record it failed.
        column: usize,
    },
    /// A store's group write gave no outcome for a turn (a store that breaks
    /// [`store::Store::commit_turns`]'s contract): taken as not written.
    #[error("the store gave no outcome for a turn of a group")]
    Unwritten,
}

/// The service's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Serialise one of our values, naming it if that fails.
pub(super) fn encode<T: serde::Serialize>(what: &'static str, value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|_| Error::Encode { what })
}

/// Read back one of our values, naming it if that fails.
pub(super) fn decode<T: serde::de::DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| Error::Decode {
        what,
        line: e.line(),
        column: e.column(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_that_cannot_be_read_is_not_quoted() {
        let e = decode::<u64>("case record", br#""the person's canary words""#).unwrap_err();
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("canary"), "{shown}");
        assert!(shown.contains("case record"), "{shown}");
    }
}
