//! Data keys for crypto-shredding: every value that belongs to one conversation, one outbox
//! entry or one desk record is sealed under its own random 32-byte data key, kept only
//! wrapped (AES-GCM under the master key) in the `keys` tree. Destroying the wrapped key
//! makes every version of those values, old ones left in sled's log included, unreadable
//! with anything the store still holds. It owns the slot names and the wrap format; it must
//! not touch sled trees itself, decide when a key dies (that is the backend's), or expose
//! key material (no logging; no `Debug` of bytes).

use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::Zeroizing;

use super::cipher::{DATA_KEY_ID, KEY_ID};
use super::{Cipher, ConvId, Result};

/// The sled tree of wrapped data keys.
pub(crate) const KEYS: &str = "keys";

/// Slot of a conversation's data key (state, tracked ids).
pub(crate) fn conv_slot(conv: &ConvId) -> Vec<u8> {
    [&b"c"[..], &conv.0].concat()
}

/// Slot of a forgotten conversation's parting key: it seals only the tracked ids the quick
/// exit still has to delete on the platform, and dies when they are taken.
pub(crate) fn parting_slot(conv: &ConvId) -> Vec<u8> {
    [&b"p"[..], &conv.0].concat()
}

/// Slot of one outbox entry's data key; it dies with the entry.
pub(crate) fn outbox_slot(outbox_key: &[u8]) -> Vec<u8> {
    [&b"o"[..], outbox_key].concat()
}

/// Slot of one desk record's data key; a fresh key on every write, so an overwritten
/// version of the record (a case before its platform id was removed) dies at once.
pub(crate) fn desk_slot(desk_key: &[u8]) -> Vec<u8> {
    [&b"d"[..], desk_key].concat()
}

/// How a stored value was sealed, from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sealing {
    /// Under the master key (a value written before data keys existed, or not owned by any
    /// conversation).
    Master,
    /// Under the data key of the value's slot.
    DataKey,
    /// Neither: damaged.
    Unknown,
}

/// Which key sealed `sealed`.
pub(crate) fn sealing(sealed: &[u8]) -> Sealing {
    match sealed.first() {
        Some(&KEY_ID) => Sealing::Master,
        Some(&DATA_KEY_ID) => Sealing::DataKey,
        _ => Sealing::Unknown,
    }
}

/// A data key in the clear, zeroized on drop. Only ever stored wrapped.
pub(crate) struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    /// A fresh random key.
    pub(crate) fn generate() -> DataKey {
        let mut bytes = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(&mut bytes[..]);
        DataKey(bytes)
    }

    /// The key sealed under the master key for `slot` (bound to it, so a wrapped key cannot
    /// be moved to another slot).
    pub(crate) fn wrap(&self, master: &Cipher, slot: &[u8]) -> Vec<u8> {
        master.seal(KEYS, slot, &self.0[..])
    }

    /// Open a wrapped key of `slot`.
    pub(crate) fn unwrap(master: &Cipher, slot: &[u8], wrapped: &[u8]) -> Result<DataKey> {
        let plain = Zeroizing::new(master.open(KEYS, slot, wrapped)?);
        let bytes: [u8; 32] = plain
            .as_slice()
            .try_into()
            .map_err(|_| super::Error::Corrupt { tree: KEYS })?;
        Ok(DataKey(Zeroizing::new(bytes)))
    }

    /// The cipher that seals and opens values under this key.
    pub(crate) fn cipher(&self) -> Cipher {
        Cipher::for_data_key(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MasterKey;

    #[test]
    fn wrapped_keys_are_bound_to_their_slot_and_master() {
        let master = Cipher::new(&MasterKey::from_bytes([7; 32]));
        let key = DataKey::generate();
        let wrapped = key.wrap(&master, b"c1");
        let back = DataKey::unwrap(&master, b"c1", &wrapped).expect("unwrap");
        assert_eq!(*back.0, *key.0);
        assert!(DataKey::unwrap(&master, b"c2", &wrapped).is_err());
        let other = Cipher::new(&MasterKey::from_bytes([8; 32]));
        assert!(DataKey::unwrap(&other, b"c1", &wrapped).is_err());
    }

    #[test]
    fn data_key_records_are_told_apart_from_master_records() {
        let master = Cipher::new(&MasterKey::from_bytes([7; 32]));
        let key = DataKey::generate();
        let sealed = key.cipher().seal("state", b"k", b"x");
        assert_eq!(sealing(&sealed), Sealing::DataKey);
        assert_eq!(sealing(&master.seal("state", b"k", b"x")), Sealing::Master);
        assert_eq!(sealing(&[]), Sealing::Unknown);
        assert!(master.open("state", b"k", &sealed).is_err());
        assert_eq!(key.cipher().open("state", b"k", &sealed).ok(), Some(b"x".to_vec()));
    }
}
