//! Record encryption and keyed hashing for the store: AES-256-GCM bound to (tree, key) and
//! HMAC-SHA256 identities, both under subkeys derived from the master key. It must not
//! touch disk, know what the records mean, or expose key material (no logging; `Debug` is
//! redacted).

use std::fmt;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;
use zeroize::Zeroizing;

use super::{Error, MasterKey, Result};

type HmacSha256 = Hmac<Sha256>;

/// Identifies the subkey a record was sealed with; the first byte of every sealed record.
// rotate before 2^32 encryptions per key (random 96-bit nonces)
pub(crate) const KEY_ID: u8 = 1;
/// First byte of a record sealed under a data key (see `store::keyring`), not the master key.
pub(crate) const DATA_KEY_ID: u8 = 0x44;
/// Bytes of the random GCM nonce that follows the key id.
pub(crate) const NONCE_LEN: usize = 12;
/// Bytes of the GCM authentication tag at the end of a sealed record.
pub(crate) const TAG_LEN: usize = 16;
/// Bytes a sealed record adds to its plaintext.
pub(crate) const OVERHEAD: usize = 1 + NONCE_LEN + TAG_LEN;

const ENCRYPT_LABEL: &[u8] = b"varco/v1/encrypt";
const ID_HASH_LABEL: &[u8] = b"varco/v1/id-hash";

/// Seals and opens records, and computes keyed hashes of identities.
///
/// Only the derived subkeys are kept (zeroized on drop); the AES key schedule and HMAC state
/// are rebuilt per call so no long-lived, un-zeroized copy of key material exists.
#[derive(Clone)]
pub struct Cipher {
    /// The first byte of what this cipher seals; [`KEY_ID`] for the master key's.
    key_id: u8,
    encrypt_key: Zeroizing<[u8; 32]>,
    id_hash_key: Zeroizing<[u8; 32]>,
    /// While a key rotation runs: the previous master key's generation and encryption
    /// subkey, to open what is not re-sealed yet. Never used to seal.
    previous: Option<(u8, Zeroizing<[u8; 32]>)>,
}

impl Cipher {
    /// Derive the two independent subkeys from the master key.
    pub fn new(master: &MasterKey) -> Cipher {
        Cipher {
            key_id: KEY_ID,
            encrypt_key: derive(master.expose(), ENCRYPT_LABEL),
            id_hash_key: derive(master.expose(), ID_HASH_LABEL),
            previous: None,
        }
    }

    /// This master key as generation `key_id` (the first byte of what it seals; a store
    /// records it in its key check).
    pub(crate) fn with_generation(mut self, key_id: u8) -> Cipher {
        self.key_id = key_id;
        self
    }

    /// Keyed hashes under `id_hash_key` instead of the one derived from this master key: a
    /// store keeps the id-hash key of its first master key for life, so conversation ids
    /// survive key rotation.
    pub(crate) fn with_id_hash_key(mut self, id_hash_key: [u8; 32]) -> Cipher {
        self.id_hash_key = Zeroizing::new(id_hash_key);
        self
    }

    /// The id-hash key, to be stored sealed (see [`Cipher::with_id_hash_key`]).
    pub(crate) fn id_hash_key(&self) -> Zeroizing<[u8; 32]> {
        self.id_hash_key.clone()
    }

    /// The generation this cipher seals with.
    pub(crate) fn generation(&self) -> u8 {
        self.key_id
    }

    /// A cipher sealing under `new` as the next generation, still opening what this one
    /// sealed, with the same id-hash key.
    pub(crate) fn rotated(&self, new: &MasterKey) -> Cipher {
        Cipher {
            key_id: next_generation(self.key_id),
            encrypt_key: derive(new.expose(), ENCRYPT_LABEL),
            id_hash_key: self.id_hash_key.clone(),
            previous: Some((self.key_id, self.encrypt_key.clone())),
        }
    }

    /// This cipher without the previous generation (a rotation finished).
    pub(crate) fn without_previous(&self) -> Cipher {
        Cipher {
            key_id: self.key_id,
            encrypt_key: self.encrypt_key.clone(),
            id_hash_key: self.id_hash_key.clone(),
            previous: None,
        }
    }

    /// A cipher for one conversation's (or record's) data key: what it seals starts with
    /// [`DATA_KEY_ID`], so a reader knows to look for the data key instead of the master key.
    pub(crate) fn for_data_key(key: &[u8; 32]) -> Cipher {
        Cipher {
            key_id: DATA_KEY_ID,
            encrypt_key: derive(key, ENCRYPT_LABEL),
            id_hash_key: derive(key, ID_HASH_LABEL),
            previous: None,
        }
    }

    fn aead(&self) -> Aes256Gcm {
        Aes256Gcm::new((&*self.encrypt_key).into())
    }

    /// The AEAD for records whose first byte is `key_id`, if this cipher holds that key.
    fn aead_for(&self, key_id: u8) -> Option<Aes256Gcm> {
        if key_id == self.key_id {
            return Some(self.aead());
        }
        match &self.previous {
            Some((id, key)) if *id == key_id => Some(Aes256Gcm::new((&**key).into())),
            _ => None,
        }
    }

    /// Encrypt `plaintext` for the record `key` of `tree`:
    /// `KEY_ID || nonce (12) || ciphertext || tag (16)`. The tree name and record key are
    /// authenticated (AAD `tree \0 key`), so a sealed value cannot be moved elsewhere.
    pub(crate) fn seal(&self, tree: &str, key: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let aad = associated_data(tree, key);
        let ciphertext = match self.aead().encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: &aad,
            },
        ) {
            Ok(c) => c,
            // aes-gcm only fails to encrypt messages longer than ~64 GiB, which no record is.
            Err(_) => unreachable!("AES-GCM plaintext exceeds the algorithm's limit"),
        };
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(self.key_id);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Decrypt and authenticate a record sealed by `Cipher::seal` for the same tree and
    /// key. Never returns unauthenticated bytes.
    pub fn open(&self, tree: &'static str, key: &[u8], sealed: &[u8]) -> Result<Vec<u8>> {
        let (&key_id, rest) = sealed.split_first().ok_or(Error::Corrupt { tree })?;
        let aead = self.aead_for(key_id).ok_or(Error::UnknownKeyId(key_id))?;
        if rest.len() < NONCE_LEN + TAG_LEN {
            return Err(Error::Corrupt { tree });
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let aad = associated_data(tree, key);
        aead.decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: &aad,
            },
        )
        .map_err(|_| Error::Corrupt { tree })
    }

    /// HMAC-SHA256 under the id-hash subkey over `parts`, each length-prefixed (u64 BE) and
    /// separated by `0x00`, so `("ab", "c")` and `("a", "bc")` hash differently.
    pub fn keyed_hash(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = new_hmac(&self.id_hash_key);
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                mac.update(&[0u8]);
            }
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }
}

impl fmt::Debug for Cipher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cipher(<redacted>)")
    }
}

/// The generation after `id`: master keys count 1..=0x43, then start over (a generation is
/// only told apart from the one before it), never reaching [`DATA_KEY_ID`].
pub(crate) fn next_generation(id: u8) -> u8 {
    if id >= DATA_KEY_ID - 1 {
        KEY_ID
    } else {
        id + 1
    }
}

fn new_hmac(key: &[u8; 32]) -> HmacSha256 {
    match <HmacSha256 as Mac>::new_from_slice(key) {
        Ok(mac) => mac,
        // HMAC accepts keys of any length.
        Err(_) => unreachable!("HMAC rejected a 32-byte key"),
    }
}

fn derive(master: &[u8; 32], label: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut mac = new_hmac(master);
    mac.update(label);
    Zeroizing::new(mac.finalize().into_bytes().into())
}

fn associated_data(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut aad = Vec::with_capacity(tree.len() + 1 + key.len());
    aad.extend_from_slice(tree.as_bytes());
    aad.push(0);
    aad.extend_from_slice(key);
    aad
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cipher(byte: u8) -> Cipher {
        Cipher::new(&MasterKey::from_bytes([byte; 32]))
    }

    #[test]
    fn round_trip_and_layout() {
        let c = cipher(1);
        let sealed = c.seal("state", b"k", b"hello");
        assert_eq!(sealed[0], KEY_ID);
        assert_eq!(sealed.len(), b"hello".len() + OVERHEAD);
        assert_eq!(c.open("state", b"k", &sealed).ok(), Some(b"hello".to_vec()));
    }

    #[test]
    fn nonces_are_fresh() {
        let c = cipher(1);
        assert_ne!(c.seal("t", b"k", b"x"), c.seal("t", b"k", b"x"));
    }

    #[test]
    fn bound_to_tree_key_and_master() {
        let c = cipher(1);
        let sealed = c.seal("state", b"k", b"hello");
        assert!(matches!(
            c.open("state", b"j", &sealed),
            Err(Error::Corrupt { tree: "state" })
        ));
        assert!(matches!(
            c.open("outbox", b"k", &sealed),
            Err(Error::Corrupt { tree: "outbox" })
        ));
        // The separator keeps ("stat", "ek") apart from ("state", "k").
        assert!(c.open("stat", b"ek", &sealed).is_err());
        assert!(cipher(2).open("state", b"k", &sealed).is_err());
    }

    #[test]
    fn malformed_records() {
        let c = cipher(1);
        assert!(matches!(c.open("t", b"k", &[]), Err(Error::Corrupt { .. })));
        assert!(matches!(
            c.open("t", b"k", &[KEY_ID; OVERHEAD - 1]),
            Err(Error::Corrupt { .. })
        ));
        let mut sealed = c.seal("t", b"k", b"x");
        sealed[0] = 9;
        assert!(matches!(c.open("t", b"k", &sealed), Err(Error::UnknownKeyId(9))));
        for i in 1..sealed.len() {
            let mut flipped = c.seal("t", b"k", b"x");
            flipped[i] ^= 0x01;
            assert!(matches!(c.open("t", b"k", &flipped), Err(Error::Corrupt { .. })));
        }
    }

    #[test]
    fn keyed_hash_is_framed_and_keyed() {
        let c = cipher(1);
        assert_eq!(c.keyed_hash(&[b"ab", b"c"]), c.keyed_hash(&[b"ab", b"c"]));
        assert_ne!(c.keyed_hash(&[b"ab", b"c"]), c.keyed_hash(&[b"a", b"bc"]));
        assert_ne!(c.keyed_hash(&[b"a\0", b"b"]), c.keyed_hash(&[b"a", b"\0b"]));
        assert_ne!(c.keyed_hash(&[b"ab"]), cipher(2).keyed_hash(&[b"ab"]));
    }

    #[test]
    fn subkeys_are_independent() {
        let c = cipher(1);
        assert_ne!(*c.encrypt_key, *c.id_hash_key);
        assert_ne!(*c.encrypt_key, [1u8; 32]);
    }

    #[test]
    fn debug_shows_no_key_material() {
        let c = cipher(1);
        let shown = format!("{c:?}");
        assert!(!shown.contains(&hex::encode(&c.encrypt_key[..4])));
        assert_eq!(shown, "Cipher(<redacted>)");
    }
}
