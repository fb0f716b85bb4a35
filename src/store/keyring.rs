//! Data keys for crypto-shredding: every value that belongs to one conversation (its outbox
//! entries included), one desk record, or an outbox entry that must outlive its
//! conversation's key, is sealed under its own random 32-byte data key, kept only
//! wrapped in the `keys` tree: under the current *epoch key* (a key-encryption key that
//! lives outside sled, in the store's epoch file, see `sled_store::epoch`), or, for keys
//! written before epochs existed, under the master key. Destroying the wrapped key, and then
//! the epoch key that wrapped its old copies left in sled's log, makes every version of
//! those values unreadable with anything that still exists. It owns the slot names, the
//! epoch keys and the wrap format; it must not touch sled trees or files itself, decide when
//! a key dies (that is the backend's), or expose key material (no logging; no `Debug` of
//! bytes).

use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::Zeroizing;

use super::cipher::{DATA_KEY_ID, KEY_ID};
use super::Error;
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

/// First byte of a data key wrapped under an epoch key; the epoch's generation follows,
/// then the nonce, the sealed key and the tag (62 bytes in all).
pub(crate) const EPOCH_WRAPPED: u8 = 0x45;

/// The epoch's generation of a wrapped key: `None` for a key wrapped under the master key
/// (written before epochs existed).
pub(crate) fn wrapped_generation(wrapped: &[u8]) -> Option<u8> {
    match wrapped {
        [EPOCH_WRAPPED, generation, ..] => Some(*generation),
        _ => None,
    }
}

/// A key-encryption key between the master key and the data keys, zeroized on drop. It
/// exists only in memory and, sealed under the master key, in the epoch file, never in sled.
#[derive(Clone)]
pub(crate) struct EpochKey {
    /// Told apart from the epoch before it (only two ever coexist), stored with each key it
    /// wraps.
    generation: u8,
    key: Zeroizing<[u8; 32]>,
}

impl EpochKey {
    /// A fresh random key of `generation`.
    pub(crate) fn generate(generation: u8) -> EpochKey {
        let mut key = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(&mut key[..]);
        EpochKey { generation, key }
    }

    /// Its generation.
    pub(crate) fn generation(&self) -> u8 {
        self.generation
    }

    /// Generation then key (33 bytes), to be sealed into the epoch file.
    pub(crate) fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(33));
        out.push(self.generation);
        out.extend_from_slice(&self.key[..]);
        out
    }

    /// The key [`EpochKey::to_bytes`] gave.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<EpochKey> {
        let (&generation, key) = bytes.split_first()?;
        let key: [u8; 32] = key.try_into().ok()?;
        Some(EpochKey {
            generation,
            key: Zeroizing::new(key),
        })
    }

    fn cipher(&self) -> Cipher {
        Cipher::for_data_key(&self.key)
    }
}

/// The epoch keys in use: the current one wraps; during an epoch change the one before it
/// still unwraps what is not re-wrapped yet.
pub(crate) struct Epochs {
    /// Wraps every new data key.
    pub(crate) current: EpochKey,
    /// The epoch being retired (an epoch change runs), for unwrapping only.
    pub(crate) previous: Option<EpochKey>,
}

impl Epochs {
    /// Only `current`.
    pub(crate) fn new(current: EpochKey) -> Epochs {
        Epochs {
            current,
            previous: None,
        }
    }

    fn of(&self, generation: u8) -> Option<&EpochKey> {
        if generation == self.current.generation {
            return Some(&self.current);
        }
        self.previous.as_ref().filter(|p| p.generation == generation)
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

    /// The key sealed under the current epoch key for `slot` (bound to it, so a wrapped key
    /// cannot be moved to another slot): `EPOCH_WRAPPED`, generation, nonce, key, tag.
    pub(crate) fn wrap(&self, epochs: &Epochs, slot: &[u8]) -> Vec<u8> {
        let sealed = epochs.current.cipher().seal(KEYS, slot, &self.0[..]);
        let mut out = Vec::with_capacity(sealed.len() + 1);
        out.extend_from_slice(&[EPOCH_WRAPPED, epochs.current.generation]);
        out.extend_from_slice(&sealed[1..]);
        out
    }

    /// Open a wrapped key of `slot`: under the epoch key of its generation, or (a key
    /// written before epochs existed) under the master key.
    pub(crate) fn unwrap(master: &Cipher, epochs: &Epochs, slot: &[u8], wrapped: &[u8]) -> Result<DataKey> {
        let plain = match wrapped_generation(wrapped) {
            Some(generation) => {
                let epoch = epochs.of(generation).ok_or(Error::UnknownKeyId(generation))?;
                let sealed = [&[DATA_KEY_ID][..], &wrapped[2..]].concat();
                Zeroizing::new(epoch.cipher().open(KEYS, slot, &sealed)?)
            }
            None => Zeroizing::new(master.open(KEYS, slot, wrapped)?),
        };
        let bytes: [u8; 32] = plain.as_slice().try_into().map_err(|_| Error::Corrupt { tree: KEYS })?;
        Ok(DataKey(Zeroizing::new(bytes)))
    }

    /// Re-wrap `wrapped` of `slot` under the current epoch; `None` if it is under it already.
    pub(crate) fn rewrap(master: &Cipher, epochs: &Epochs, slot: &[u8], wrapped: &[u8]) -> Result<Option<Vec<u8>>> {
        if wrapped_generation(wrapped) == Some(epochs.current.generation) {
            return Ok(None);
        }
        Ok(Some(DataKey::unwrap(master, epochs, slot, wrapped)?.wrap(epochs, slot)))
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
    fn wrapped_keys_are_bound_to_their_slot_and_epoch() {
        let master = Cipher::new(&MasterKey::from_bytes([7; 32]));
        let epochs = Epochs::new(EpochKey::generate(3));
        let key = DataKey::generate();
        let wrapped = key.wrap(&epochs, b"c1");
        assert_eq!(wrapped.len(), 62);
        assert_eq!(wrapped_generation(&wrapped), Some(3));
        let back = DataKey::unwrap(&master, &epochs, b"c1", &wrapped).expect("unwrap");
        assert_eq!(*back.0, *key.0);
        assert!(DataKey::unwrap(&master, &epochs, b"c2", &wrapped).is_err());
        // Another epoch of the same generation (an old copy after the key is gone) fails.
        let other = Epochs::new(EpochKey::generate(3));
        assert!(DataKey::unwrap(&master, &other, b"c1", &wrapped).is_err());
        assert!(DataKey::unwrap(&master, &Epochs::new(EpochKey::generate(4)), b"c1", &wrapped).is_err());
    }

    #[test]
    fn an_epoch_change_rewraps_old_and_master_wrapped_keys() {
        let master = Cipher::new(&MasterKey::from_bytes([7; 32]));
        let old = Epochs::new(EpochKey::generate(1));
        let key = DataKey::generate();
        let under_old = key.wrap(&old, b"c1");
        let legacy = master.seal(KEYS, b"c1", &key.0[..]);
        let changing = Epochs {
            current: EpochKey::generate(2),
            previous: old.previous.or(Some(old.current)),
        };
        for wrapped in [under_old, legacy] {
            let new = DataKey::rewrap(&master, &changing, b"c1", &wrapped)
                .expect("rewrap")
                .expect("changed");
            assert_eq!(wrapped_generation(&new), Some(2));
            assert!(DataKey::rewrap(&master, &changing, b"c1", &new)
                .expect("rewrap")
                .is_none());
            let done = Epochs::new(EpochKey::from_bytes(&changing.current.to_bytes()).expect("bytes"));
            assert_eq!(*DataKey::unwrap(&master, &done, b"c1", &new).expect("unwrap").0, *key.0);
        }
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
