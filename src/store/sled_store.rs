//! The durable [`Store`]: sled 0.34 with every value sealed (AES-256-GCM, bound to its tree
//! and key) and every user-derived key a keyed hash. It must not write anything in the clear
//! that came from a user, return unauthenticated bytes, or modify a store opened with the
//! wrong key.
//!
//! Layout (tree: key -> value; every value is sealed with AAD `tree \0 key`, under the
//! master key (first byte: its generation) or under a data key (first byte `0x44`)):
//! - `meta` (master key): `key-check` -> fixed marker (proves the key on open; moved last
//!   by a rotation); `id-hash-key` -> the HMAC key of conversation ids, for the store's
//!   life; `counters/case` -> last case number (u64 BE); `counters/outbox` -> last outbox id
//!   (u64 BE); `stats/<month>|<name>` (e.g. `stats/2026-11|language:it`, names from
//!   `stats`; a campaign only as a configured tag or `other`) -> count (u64 BE); the
//!   operators' audit chain (`audit` module): `audit-log/<position u64 BE>` -> entry,
//!   `audit-head` and `audit-base` -> position and hash; `epoch-due` -> empty (an epoch
//!   change is due), `epoch-forget-watermark` -> the last outbox id when something was last
//!   forgotten (u64 BE).
//! - `keys` (epoch key, see `epoch`: `0x45`, the epoch's generation, then sealed; or master
//!   key, written before epochs): data keys, wrapped: `c` + ConvId (a conversation's), `p` +
//!   ConvId (a forgotten conversation's parting key for the ids the quick exit still
//!   deletes), `o` + outbox key (one entry's, when it has its own), `d` + desk key (one
//!   desk record's, fresh per write). The epoch key itself is outside sled, in
//!   `<store>/epoch.key`.
//! - `state` (conversation key): `ConvId` (32-byte keyed hash of `conv`, channel, platform
//!   id) -> serialised conversation record.
//! - `updates` (master key): `keyed_hash("update", channel, update_id)` -> unix seconds of
//!   the commit (u64 BE).
//! - `tracked` (conversation key, or `p` + sealed under the parting key): `ConvId` -> the
//!   conversation's platform message ids and their times, for the quick exit (16 bytes
//!   each: id, unix seconds; both u64 BE).
//! - `desk` (record key): the operators' desk, keys chosen by the caller (never a platform
//!   id in clear) -> serialised value: `case/<n, 12 digits>` -> case record (an ended case
//!   without the person's chat); `duty` -> who is on duty; `room/<hex keyed hash>` -> case
//!   number (u64 BE) of a case room; `direct/<hex ConvId>` -> a marker for a person's direct
//!   chat; `cursor/<name>` -> a channel's resume point (e.g. the Matrix sync token).
//! - `outbox` (conversation key: `c` + ConvId + key fingerprint + sealed, so a turn writes
//!   no key for its messages and they die with the conversation; or, for a deleting turn's
//!   farewell and a turn of a conversation with no state, the entry's own key):
//!   `channel \0 id (u64 BE)` -> payload. One tree for all channels, so a turn whose
//!   messages go to several channels is still one transaction over a fixed set of trees;
//!   the key prefix keeps each channel's entries contiguous and in id order.
//!
//! Outbox ids come from `counters/outbox`, read and advanced inside the turn's transaction:
//! monotonic across restarts, never reused, and consistent with the entries they name. A
//! value whose data key was destroyed reads as gone (`None`, or passed over in a scan),
//! never as an error that stops other conversations. Values sealed under the master key
//! before data keys existed still open. Rotation: `rotation`.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, RwLock};

use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::{IVec, Transactional, Tree};
use subtle::ConstantTimeEq;

use super::audit::{self, AuditAppend, AuditLink, AuditLog, ChainPoint};
use super::cipher::{KEY_ID, OVERHEAD};
use super::key::create_private_dirs;
use super::keyring::{self, DataKey, EpochKey, Epochs, Sealing, KEYS};
use super::{
    Cipher, ConvId, Delivered, Error, MasterKey, OutboundRecord, OutboxId, OutboxItem, Result, StateChange, Store,
    TrackedMessage, Turn, UpdateMark,
};

pub(crate) mod epoch;
mod rotation;

pub use epoch::EpochChange;
pub use rotation::{request_file as rotation_request_file, Rotation};

const META: &str = "meta";
const STATE: &str = "state";
const DESK: &str = "desk";
const UPDATES: &str = "updates";
const OUTBOX: &str = "outbox";
const TRACKED: &str = "tracked";

const KEY_CHECK: &[u8] = b"key-check";
const KEY_CHECK_PLAINTEXT: &[u8] = b"varco store key check v1";
const CASE_COUNTER: &[u8] = b"counters/case";
/// The id-hash key of the store's first master key, sealed: conversation ids never change.
const ID_HASH_KEY: &[u8] = b"id-hash-key";
const OUTBOX_COUNTER: &[u8] = b"counters/outbox";
/// Prefix of the monitoring counters in `meta`.
const STATS_PREFIX: &[u8] = b"stats/";
/// Prefix of the audit chain's entries in `meta`.
const AUDIT_PREFIX: &[u8] = b"audit-log/";
const AUDIT_HEAD: &[u8] = b"audit-head";
const AUDIT_BASE: &[u8] = b"audit-base";

/// A sled database whose contents are unreadable without the master key.
pub struct SledStore {
    path: PathBuf,
    db: sled::Db,
    meta: Tree,
    state: Tree,
    updates: Tree,
    outbox: Tree,
    /// Platform message ids per conversation, for the quick exit (sealed lists).
    tracked: Tree,
    /// Cases and duty.
    desk: Tree,
    /// Wrapped data keys (see `keyring`): destroying one forgets what it sealed.
    keys: Tree,
    /// The master key (two generations of it while a rotation runs).
    cipher: RwLock<Arc<Cipher>>,
    /// The epoch keys data keys are wrapped under (two while an epoch change runs).
    epochs: RwLock<Arc<Epochs>>,
    /// Something was forgotten since the last epoch change (also marked in `meta`).
    epoch_due: AtomicBool,
    /// The last outbox id given out when something was last forgotten (also in `meta`):
    /// an entry up to it may belong to what was forgotten, so its delivery, which destroys
    /// its key, makes another epoch change due.
    forget_watermark: AtomicU64,
    /// Held by the one rotation or epoch change that may run at a time.
    rotating: Mutex<()>,
    /// Read-held by every write that seals under the master key or wraps a data key, and
    /// by each write of the epoch file; write-held by a rotation while it swaps the key and
    /// by an epoch change while it swaps epochs (no write sealed or wrapped under the old
    /// key lands after the swap); and write-held by a backup, so its copy (the epoch file
    /// included) is one point in time (see `backup`).
    pub(super) writes: RwLock<()>,
}

impl SledStore {
    /// Open (or create) the store at directory `path`.
    ///
    /// A new, empty store gets a sealed key-check record. An existing one must hold a
    /// key-check that opens under `key` (else [`Error::WrongKey`]); one with data but no
    /// key-check is refused ([`Error::MissingKeyCheck`]). Nothing is written on refusal.
    /// A key rotation requested with [`SledStore::request_rotation`] and not finished is
    /// finished here, before the store is handed out (`key` may then be the old key or the
    /// new one).
    pub fn open(path: &Path, key: &MasterKey) -> Result<SledStore> {
        let open_err = |source: sled::Error| Error::Open {
            path: path.to_path_buf(),
            source,
        };
        if !path.exists() {
            create_private_dirs(path).map_err(|e| open_err(sled::Error::Io(e)))?;
        }
        let db = open_with_lock_retry(path).map_err(open_err)?;
        // sled creates its files under the process umask; tighten them on every open.
        super::private_file::restrict_tree(path).map_err(|e| open_err(sled::Error::Io(e)))?;
        let requested = rotation::requested_key(path)?;

        // Check the key before creating any tree, so a refused open leaves no trace.
        let unlocked = unlock(&db, path, key, requested.as_ref())?;
        let store = SledStore {
            path: path.to_path_buf(),
            meta: db.open_tree(META)?,
            state: db.open_tree(STATE)?,
            updates: db.open_tree(UPDATES)?,
            outbox: db.open_tree(OUTBOX)?,
            tracked: db.open_tree(TRACKED)?,
            desk: db.open_tree(DESK)?,
            keys: db.open_tree(KEYS)?,
            db,
            cipher: RwLock::new(Arc::new(Cipher::new(key))),
            // Replaced by `load_epochs` before the store is handed out.
            epochs: RwLock::new(Arc::new(Epochs::new(EpochKey::generate(0)))),
            epoch_due: AtomicBool::new(false),
            forget_watermark: AtomicU64::new(0),
            rotating: Mutex::new(()),
            writes: RwLock::new(()),
        };
        match unlocked {
            None => {
                let cipher = Cipher::new(key);
                store
                    .meta
                    .insert(KEY_CHECK, cipher.seal(META, KEY_CHECK, KEY_CHECK_PLAINTEXT))?;
                store.keep_id_hash_key(cipher.clone(), &cipher)?;
                store.load_epochs(&cipher, true)?;
                store.db.flush()?;
            }
            Some(cipher) => {
                // Values an interrupted rotation re-sealed are under the requested key.
                let reader = match &requested {
                    Some(new) => cipher.rotated(new),
                    None => cipher.clone(),
                };
                store.set_cipher(store.keep_id_hash_key(cipher, &reader)?);
                store.load_epochs(&reader, false)?;
            }
        }
        store.rotate_if_requested()?;
        // An interrupted epoch change is finished, a due one carried out, before use.
        store.change_epoch_if_due()?;
        Ok(store)
    }

    /// The master key's cipher as it is now (a rotation swaps it).
    fn cipher(&self) -> Arc<Cipher> {
        self.cipher.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Hold off a rotation's key swap while a write seals (see `writes`).
    fn write_gate(&self) -> std::sync::RwLockReadGuard<'_, ()> {
        self.writes.read().unwrap_or_else(|p| p.into_inner())
    }

    fn set_cipher(&self, cipher: Cipher) {
        *self.cipher.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(cipher);
    }

    /// `cipher` with the store's id-hash key: the one recorded in `meta` (read with
    /// `reader`, which may also hold a requested rotation's key), or (a store from before
    /// rotation existed) the one `cipher` derived, recorded now so that conversation ids
    /// outlive the master key.
    fn keep_id_hash_key(&self, cipher: Cipher, reader: &Cipher) -> Result<Cipher> {
        match self.meta.get(ID_HASH_KEY)? {
            Some(sealed) => {
                let plain = zeroize::Zeroizing::new(reader.open(META, ID_HASH_KEY, &sealed)?);
                let key: [u8; 32] = plain.as_slice().try_into().map_err(|_| Error::Corrupt { tree: META })?;
                Ok(cipher.with_id_hash_key(key))
            }
            None => {
                let key = cipher.id_hash_key();
                self.meta
                    .insert(ID_HASH_KEY, cipher.seal(META, ID_HASH_KEY, &key[..]))?;
                Ok(cipher)
            }
        }
    }

    /// The directory this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The sled database, for `backup` (which copies sealed bytes as they are).
    pub(super) fn raw_db(&self) -> &sled::Db {
        &self.db
    }

    /// Bytes the database occupies on disk (sled's estimate).
    pub fn size_on_disk(&self) -> Result<u64> {
        Ok(self.db.size_on_disk()?)
    }

    fn update_key(&self, update: &UpdateMark) -> [u8; 32] {
        self.cipher()
            .keyed_hash(&[b"update", update.channel.as_bytes(), update.update_id.as_bytes()])
    }
}

impl fmt::Debug for SledStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SledStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Check `key` (or a requested rotation's `new` key) against the store's key check: the
/// cipher to use, `None` for a new, empty store. Writes nothing.
fn unlock(db: &sled::Db, path: &Path, key: &MasterKey, new: Option<&MasterKey>) -> Result<Option<Cipher>> {
    let sealed = if db.tree_names().iter().any(|n| n == META.as_bytes()) {
        db.open_tree(META)?.get(KEY_CHECK)?
    } else {
        None
    };
    let Some(sealed) = sealed else {
        for name in db.tree_names() {
            if let Some(entry) = db.open_tree(&name)?.iter().next() {
                entry?;
                return Err(Error::MissingKeyCheck {
                    path: path.to_path_buf(),
                });
            }
        }
        return Ok(None);
    };
    let generation = sealed.first().copied().unwrap_or(KEY_ID);
    let cipher = Cipher::new(key).with_generation(generation);
    match (verify_key_check(&cipher, &sealed, path), new) {
        (Ok(()), _) => Ok(Some(cipher)),
        // The rotation got as far as the key check: the new key is the store's key now.
        (Err(Error::WrongKey { .. }), Some(new)) => {
            let cipher = Cipher::new(new).with_generation(generation);
            verify_key_check(&cipher, &sealed, path)?;
            Ok(Some(cipher))
        }
        (Err(e), _) => Err(e),
    }
}

fn verify_key_check(cipher: &Cipher, sealed: &[u8], path: &Path) -> Result<()> {
    match cipher.open(META, KEY_CHECK, sealed) {
        Ok(plain) if bool::from(plain.as_slice().ct_eq(KEY_CHECK_PLAINTEXT)) => Ok(()),
        Ok(_) => Err(Error::Corrupt { tree: META }),
        // A well-formed record that fails authentication: sealed under another key.
        Err(Error::Corrupt { .. }) if sealed.len() >= OVERHEAD => Err(Error::WrongKey {
            path: path.to_path_buf(),
        }),
        Err(e) => Err(e),
    }
}

fn audit_key(seq: u64) -> Vec<u8> {
    [AUDIT_PREFIX, &seq.to_be_bytes()[..]].concat()
}

fn outbox_prefix(channel: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(channel.len() + 1 + 8);
    key.extend_from_slice(channel.as_bytes());
    key.push(0);
    key
}

fn outbox_key(channel: &str, id: u64) -> Vec<u8> {
    let mut key = outbox_prefix(channel);
    key.extend_from_slice(&id.to_be_bytes());
    key
}

fn decode_counter(cipher: &Cipher, key: &[u8], sealed: Option<IVec>) -> Result<u64> {
    let Some(sealed) = sealed else {
        return Ok(0);
    };
    let plain = cipher.open(META, key, &sealed)?;
    let bytes: [u8; 8] = plain.as_slice().try_into().map_err(|_| Error::Corrupt { tree: META })?;
    Ok(u64::from_be_bytes(bytes))
}

/// Read, advance by `n` and write back a sealed counter inside a transaction; returns the
/// previous value.
fn advance_counter(
    cipher: &Cipher,
    meta: &TransactionalTree,
    key: &[u8],
    n: u64,
) -> std::result::Result<u64, ConflictableTransactionError<Error>> {
    let last = decode_counter(cipher, key, meta.get(key)?).map_err(ConflictableTransactionError::Abort)?;
    let next = last
        .checked_add(n)
        .ok_or(ConflictableTransactionError::Abort(Error::Corrupt { tree: META }))?;
    meta.insert(key.to_vec(), cipher.seal(META, key, &next.to_be_bytes()))?;
    Ok(last)
}

fn transaction_error(e: TransactionError<Error>) -> Error {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => Error::Sled(e),
    }
}

/// A turn's writes whose keys are known up front, sealed once outside the (retryable)
/// transaction; the conversation's values and the outbox entries are sealed inside it,
/// under data keys that may have to be read first.
struct SealedTurn<'t> {
    /// Desk records by key: the value sealed under a fresh data key, and that key wrapped;
    /// `None` removes the record and its key.
    desk: Vec<SealedDesk<'t>>,
    /// The update mark's hashed key and its sealed commit time.
    update: Option<([u8; 32], IVec)>,
}

/// A desk record to write: its key, and its value sealed under a fresh data key with that
/// key wrapped; `None` removes both.
type SealedDesk<'t> = (&'t [u8], Option<(IVec, IVec)>);

/// Keys generated outside a transaction, used inside it where a slot has none yet.
struct FreshKeys {
    conv: DataKey,
    parting: DataKey,
}

impl FreshKeys {
    fn new() -> FreshKeys {
        FreshKeys {
            conv: DataKey::generate(),
            parting: DataKey::generate(),
        }
    }
}

/// The trees a transaction over one conversation's values writes.
struct ConvTx<'a> {
    state: Option<&'a TransactionalTree>,
    tracked: &'a TransactionalTree,
    keys: &'a TransactionalTree,
}

/// A turn's trees inside a group's transaction.
struct TurnTx<'a> {
    meta: &'a TransactionalTree,
    outbox: &'a TransactionalTree,
    updates: &'a TransactionalTree,
    desk: &'a TransactionalTree,
    conv: ConvTx<'a>,
}

/// What a step inside a transaction returns: an abort carries the store's own error.
type TxResult<T> = std::result::Result<T, ConflictableTransactionError<Error>>;

fn abort<T>(r: Result<T>) -> TxResult<T> {
    r.map_err(ConflictableTransactionError::Abort)
}

/// First byte of a tracked list sealed under the conversation's parting key.
const PARTING: u8 = b'p';

/// First byte of an outbox entry sealed under its conversation's data key; the
/// conversation's id (the key's slot) follows, then the key's fingerprint
/// ([`key_fingerprint`]), then the sealed entry. Never a master key's generation
/// (1..=0x43), so a rotation passes it over.
const CONV_SEALED: u8 = b'c';
/// Bytes of a data key's fingerprint in a [`CONV_SEALED`] entry.
const FINGERPRINT: usize = 8;

/// Which of a conversation's successive data keys sealed an entry: a later conversation of
/// the same chat has another key in the same slot, and its entries must read as gone, not
/// as damage. A keyed hash under the key itself: it tells nothing of the key.
fn key_fingerprint(cipher: &Cipher) -> [u8; FINGERPRINT] {
    let hash = cipher.keyed_hash(&[b"outbox entry key"]);
    let mut out = [0; FINGERPRINT];
    out.copy_from_slice(&hash[..FINGERPRINT]);
    out
}

/// Open a stored value of `tree` at `key`: sealed under the master key (written before data
/// keys, or owned by no conversation) or under the data key wrapped in `wrapped` for `slot`.
/// `Ok(None)`: its data key was destroyed, so the value is gone for good.
fn open_value(
    (master, epochs): (&Cipher, &Epochs),
    (tree, key): (&'static str, &[u8]),
    sealed: &[u8],
    slot: &[u8],
    wrapped: Option<&[u8]>,
) -> Result<Option<Vec<u8>>> {
    match keyring::sealing(sealed) {
        Sealing::DataKey => match wrapped {
            None => Ok(None),
            Some(w) => Ok(Some(
                DataKey::unwrap(master, epochs, slot, w)?
                    .cipher()
                    .open(tree, key, sealed)?,
            )),
        },
        Sealing::Master | Sealing::Unknown => master.open(tree, key, sealed).map(Some),
    }
}

impl SledStore {
    /// Seal `turn`'s desk records (each under a fresh data key) and update mark (stamped
    /// with the time now).
    fn seal_turn<'t>(&self, turn: &'t Turn) -> SealedTurn<'t> {
        let desk = turn
            .desk
            .iter()
            .map(|w| {
                let key = w.key.as_bytes();
                let sealed = w.value.as_ref().map(|v| {
                    let data_key = DataKey::generate();
                    let wrapped = data_key.wrap(&self.epochs(), &keyring::desk_slot(key));
                    (IVec::from(data_key.cipher().seal(DESK, key, v)), IVec::from(wrapped))
                });
                (key, sealed)
            })
            .collect();
        let update = turn.update.as_ref().map(|u| {
            let key = self.update_key(u);
            let sealed = self
                .cipher()
                .seal(UPDATES, &key, &crate::clock::now_secs().to_be_bytes());
            (key, IVec::from(sealed))
        });
        SealedTurn { desk, update }
    }

    /// In a transaction: the cipher of `slot`'s data key, storing `fresh` there if the slot
    /// has none yet.
    fn cipher_in(&self, keys: &TransactionalTree, slot: &[u8], fresh: &DataKey) -> TxResult<Cipher> {
        match keys.get(slot)? {
            Some(wrapped) => Ok(abort(self.unwrap_key(slot, &wrapped))?.cipher()),
            None => {
                keys.insert(slot, fresh.wrap(&self.epochs(), slot))?;
                Ok(fresh.cipher())
            }
        }
    }

    /// Unwrap a key read inside a transaction (which an epoch change's compare-and-swap
    /// cannot interleave with): a key of an epoch that began after our first look at the
    /// epochs opens on a second look.
    fn unwrap_key(&self, slot: &[u8], wrapped: &[u8]) -> Result<DataKey> {
        match DataKey::unwrap(&self.cipher(), &self.epochs(), slot, wrapped) {
            Err(Error::UnknownKeyId(_)) => DataKey::unwrap(&self.cipher(), &self.epochs(), slot, wrapped),
            other => other,
        }
    }

    /// Open a value sealed under `slot`'s data key (or the master key), reading the wrapped
    /// key outside a transaction: if an epoch change moved it between the read and the
    /// unwrap, it is read again.
    fn open_slotted(&self, at: (&'static str, &[u8]), sealed: &[u8], slot: &[u8]) -> Result<Option<Vec<u8>>> {
        let attempt = || {
            let (master, epochs) = (self.cipher(), self.epochs());
            let wrapped = self.keys.get(slot)?;
            open_value((&master, &epochs), at, sealed, slot, wrapped.as_deref())
        };
        match attempt() {
            Err(Error::UnknownKeyId(_)) => attempt(),
            other => other,
        }
    }

    /// In a transaction: the conversation's tracked ids, and whether they are sealed under
    /// its parting key (the conversation was forgotten; the quick exit has yet to take them).
    fn read_tracked_in(&self, tx: &ConvTx<'_>, conv: &ConvId) -> TxResult<(Vec<TrackedMessage>, bool)> {
        let Some(value) = tx.tracked.get(conv.0)? else {
            return Ok((Vec::new(), false));
        };
        let (parting, sealed) = match value.split_first() {
            Some((&PARTING, rest)) => (true, rest),
            _ => (false, &value[..]),
        };
        let slot = if parting {
            keyring::parting_slot(conv)
        } else {
            keyring::conv_slot(conv)
        };
        let plain = match tx.keys.get(&slot)? {
            Some(wrapped) if keyring::sealing(sealed) == Sealing::DataKey => Some(
                abort(self.unwrap_key(&slot, &wrapped))?
                    .cipher()
                    .open(TRACKED, &conv.0, sealed)
                    .map_err(ConflictableTransactionError::Abort)?,
            ),
            wrapped => abort(open_value(
                (&self.cipher(), &self.epochs()),
                (TRACKED, &conv.0),
                sealed,
                &slot,
                wrapped.as_deref(),
            ))?,
        };
        let list = match plain {
            Some(p) => abort(super::decode_tracked(&p).ok_or(Error::Corrupt { tree: TRACKED }))?,
            None => Vec::new(),
        };
        Ok((list, parting))
    }

    /// In a transaction: write the conversation's tracked ids under its data key, or under
    /// its parting key if `parting`; an empty list removes the record (and a parting key).
    fn write_tracked_in(
        &self,
        tx: &ConvTx<'_>,
        conv: &ConvId,
        list: &[TrackedMessage],
        (parting, was_parting): (bool, bool),
        fresh: &FreshKeys,
    ) -> TxResult<()> {
        if was_parting && (!parting || list.is_empty()) {
            tx.keys.remove(keyring::parting_slot(conv))?;
        }
        if list.is_empty() {
            tx.tracked.remove(&conv.0[..])?;
            return Ok(());
        }
        let (slot, fresh_key) = if parting {
            (keyring::parting_slot(conv), &fresh.parting)
        } else {
            (keyring::conv_slot(conv), &fresh.conv)
        };
        let sealed = self
            .cipher_in(tx.keys, &slot, fresh_key)?
            .seal(TRACKED, &conv.0, &super::encode_tracked(list));
        let value = if parting {
            [&[PARTING][..], &sealed].concat()
        } else {
            sealed
        };
        tx.tracked.insert(&conv.0[..], value)?;
        Ok(())
    }

    /// `step` in one transaction over the tracked ids and the keys (no state).
    fn in_tracked_tx<T>(&self, step: impl Fn(&ConvTx<'_>) -> TxResult<T>) -> Result<T> {
        (&self.tracked, &self.keys)
            .transaction(|(tracked, keys)| {
                step(&ConvTx {
                    state: None,
                    tracked,
                    keys,
                })
            })
            .map_err(transaction_error)
    }

    /// In a transaction: add `new` ids (at most `now` old by their own clock) to the
    /// conversation's tracked list, keeping it under the key it is under.
    fn track_in(&self, tx: &ConvTx<'_>, conv: &ConvId, new: &[TrackedMessage], now: u64) -> TxResult<()> {
        let (old, parting) = self.read_tracked_in(tx, conv)?;
        let merged = super::merge_tracked(old, new, now);
        self.write_tracked_in(tx, conv, &merged, (parting, parting), &FreshKeys::new())
    }

    /// In a turn's transaction: the conversation's state and tracked ids. A deleting turn
    /// destroys the conversation's data key (every version of its state, transcript and
    /// tracked ids dies with it) and moves the ids the quick exit must still delete to a
    /// parting key, which dies when they are taken.
    ///
    /// Returns the cipher of the conversation's data key as the turn leaves it, for the
    /// turn's outbox entries: `None` when it has none (a deleting turn; a turn of a
    /// conversation without state, such as the desk's).
    fn conv_in(&self, tx: &ConvTx<'_>, turn: &Turn, fresh: &FreshKeys) -> TxResult<Option<Cipher>> {
        let conv = &turn.conv;
        let deleting = turn.state == StateChange::Delete;
        if !turn.track.is_empty() || deleting {
            let (old, was_parting) = self.read_tracked_in(tx, conv)?;
            // The caller's clock, as carried by the turn's own messages.
            let now = turn.track.iter().map(|m| m.at).max().unwrap_or(0);
            let merged = super::merge_tracked(old, &turn.track, now);
            self.write_tracked_in(tx, conv, &merged, (deleting, was_parting), fresh)?;
        }
        let Some(state) = tx.state else {
            return Ok(None);
        };
        match &turn.state {
            StateChange::Keep if turn.outbox.is_empty() => Ok(None),
            StateChange::Keep => match tx.keys.get(keyring::conv_slot(conv))? {
                Some(wrapped) => Ok(Some(
                    abort(self.unwrap_key(&keyring::conv_slot(conv), &wrapped))?.cipher(),
                )),
                None => Ok(None),
            },
            StateChange::Set(s) => {
                let cipher = self.cipher_in(tx.keys, &keyring::conv_slot(conv), &fresh.conv)?;
                state.insert(&conv.0[..], cipher.seal(STATE, &conv.0, s))?;
                Ok(Some(cipher))
            }
            StateChange::Delete => {
                state.remove(&conv.0[..])?;
                tx.keys.remove(keyring::conv_slot(conv))?;
                Ok(None)
            }
        }
    }

    /// In a turn's transaction: append `records` to the outbox under fresh ids taken from
    /// the outbox counter; returns the ids in order. Each is sealed under the data key of
    /// the turn's conversation when it has one (`conv`: no key to write, and the entry dies
    /// with the conversation), else under a data key of its own that dies with the entry
    /// (a farewell that must outlive the conversation's key, a desk turn's notice).
    fn append_outbox_in(
        &self,
        (meta, outbox_tx, keys_tx): (&TransactionalTree, &TransactionalTree, &TransactionalTree),
        records: &[OutboundRecord],
        conv: Option<(&ConvId, &Cipher)>,
    ) -> TxResult<Vec<OutboxId>> {
        let count = records.len() as u64;
        if count == 0 {
            return Ok(Vec::new());
        }
        let last = advance_counter(&self.cipher(), meta, OUTBOX_COUNTER, count)?;
        let mut ids = Vec::with_capacity(records.len());
        let fingerprint = conv.map(|(_, cipher)| key_fingerprint(cipher));
        for (i, record) in records.iter().enumerate() {
            // `advance_counter` checked that `last + count` fits.
            let id = last + 1 + i as u64;
            let key = outbox_key(&record.channel, id);
            let value = match (conv, &fingerprint) {
                (Some((conv, cipher)), Some(fingerprint)) => [
                    &[CONV_SEALED][..],
                    &conv.0,
                    fingerprint,
                    &cipher.seal(OUTBOX, &key, &record.payload),
                ]
                .concat(),
                _ => {
                    let data_key = DataKey::generate();
                    let slot = keyring::outbox_slot(&key);
                    keys_tx.insert(slot.as_slice(), data_key.wrap(&self.epochs(), &slot))?;
                    data_key.cipher().seal(OUTBOX, &key, &record.payload)
                }
            };
            outbox_tx.insert(key.as_slice(), value)?;
            ids.push(OutboxId(id));
        }
        Ok(ids)
    }

    /// Open an outbox entry (see [`SledStore::append_outbox_in`]); `None` if its key is
    /// gone. An entry of a forgotten conversation is removed here.
    fn open_outbox_entry(&self, key: &[u8], value: &[u8]) -> Result<Option<Vec<u8>>> {
        let Some((&CONV_SEALED, rest)) = value.split_first() else {
            let opened = self.open_slotted((OUTBOX, key), value, &keyring::outbox_slot(key))?;
            if opened.is_none() {
                tracing::warn!("outbox entry whose data key is gone passed over");
            }
            return Ok(opened);
        };
        let (Some(conv), Some(fingerprint), Some(sealed)) = (
            rest.get(..32),
            rest.get(32..32 + FINGERPRINT),
            rest.get(32 + FINGERPRINT..),
        ) else {
            return Err(Error::Corrupt { tree: OUTBOX });
        };
        let conv = ConvId(<[u8; 32]>::try_from(conv).map_err(|_| Error::Corrupt { tree: OUTBOX })?);
        let slot = keyring::conv_slot(&conv);
        // Read outside a transaction: an epoch change may move the key in between.
        let attempt = || -> Result<Option<Cipher>> {
            match self.keys.get(&slot)? {
                Some(wrapped) => Ok(Some(
                    DataKey::unwrap(&self.cipher(), &self.epochs(), &slot, &wrapped)?.cipher(),
                )),
                None => Ok(None),
            }
        };
        let key_now = match attempt() {
            Err(Error::UnknownKeyId(_)) => attempt(),
            other => other,
        }?;
        match key_now {
            Some(cipher) if key_fingerprint(&cipher)[..] == *fingerprint => Ok(Some(cipher.open(OUTBOX, key, sealed)?)),
            // Its conversation was forgotten (no key, or a later conversation's key).
            _ => {
                let _gate = self.write_gate();
                // Only if it is still this entry (a delivery may have removed it meanwhile).
                let _ = self.outbox.compare_and_swap(key, Some(value), None::<&[u8]>)?;
                Ok(None)
            }
        }
    }

    /// Commit `turns` in one transaction, in order; the outbox ids of each.
    fn commit_group(&self, turns: &[(&Turn, &[AuditAppend])]) -> Result<Vec<Vec<OutboxId>>> {
        let _gate = self.write_gate();
        let sealed: Vec<SealedTurn<'_>> = turns.iter().map(|(turn, _)| self.seal_turn(turn)).collect();
        let fresh: Vec<FreshKeys> = turns.iter().map(|_| FreshKeys::new()).collect();
        let trees = (
            &self.meta,
            &self.state,
            &self.updates,
            &self.outbox,
            &self.tracked,
            &self.desk,
            &self.keys,
        );
        let (ids, watermark) = trees
            .transaction(|(meta, state, updates, outbox, tracked, desk, keys)| {
                let mut all = Vec::with_capacity(turns.len());
                let mut watermark = None;
                for ((&(turn, audit), sealed), fresh) in turns.iter().zip(&sealed).zip(&fresh) {
                    let tx = TurnTx {
                        meta,
                        outbox,
                        updates,
                        desk,
                        conv: ConvTx {
                            state: Some(state),
                            tracked,
                            keys,
                        },
                    };
                    let (ids, marked) = self.turn_in(&tx, (turn, audit), sealed, fresh)?;
                    watermark = marked.or(watermark);
                    all.push(ids);
                }
                Ok((all, watermark))
            })
            .map_err(transaction_error)?;
        self.epoch_due_from(watermark);
        Ok(ids)
    }

    /// In a group's transaction: one turn's writes; its outbox ids, and the forget
    /// watermark if it forgets something.
    fn turn_in(
        &self,
        tx: &TurnTx<'_>,
        (turn, audit): (&Turn, &[AuditAppend]),
        sealed: &SealedTurn<'_>,
        fresh: &FreshKeys,
    ) -> TxResult<(Vec<OutboxId>, Option<u64>)> {
        // A deleting turn or a desk record removed: an epoch change is due.
        let forgets = turn.state == StateChange::Delete || turn.desk.iter().any(|w| w.value.is_none());
        write_desk_in(tx.desk, tx.conv.keys, &sealed.desk)?;
        self.append_audit_in(tx.meta, audit)?;
        for name in &turn.counters {
            let key = [STATS_PREFIX, name.as_bytes()].concat();
            advance_counter(&self.cipher(), tx.meta, &key, 1)?;
        }
        let conv_cipher = self.conv_in(&tx.conv, turn, fresh)?;
        if let Some((key, value)) = &sealed.update {
            tx.updates.insert(&key[..], value.clone())?;
        }
        let conv = conv_cipher.as_ref().map(|c| (&turn.conv, c));
        let ids = self.append_outbox_in((tx.meta, tx.outbox, tx.conv.keys), &turn.outbox, conv)?;
        // After the append: the turn's own messages (the farewell) count as forgotten.
        let watermark = if forgets {
            Some(self.mark_forgetting_in(tx.meta)?)
        } else {
            None
        };
        Ok((ids, watermark))
    }

    /// Open a desk record, `None` if its data key is gone.
    fn open_desk(&self, key: &[u8], sealed: &[u8]) -> Result<Option<Vec<u8>>> {
        self.open_slotted((DESK, key), sealed, &keyring::desk_slot(key))
    }

    /// In a turn's transaction: append `audit` to the chain after its sealed head.
    fn append_audit_in(&self, meta: &TransactionalTree, audit: &[AuditAppend]) -> TxResult<()> {
        if audit.is_empty() {
            return Ok(());
        }
        let head = match meta.get(AUDIT_HEAD)? {
            Some(sealed) => Some(
                self.open_point(AUDIT_HEAD, &sealed)
                    .map_err(ConflictableTransactionError::Abort)?,
            ),
            None => None,
        };
        let (mut seq, mut prev) = audit::next_after(head);
        for entry in audit {
            let key = audit_key(seq);
            let plain = audit::encode_link(seq, entry.at, &prev, &entry.body);
            meta.insert(key.clone(), self.cipher().seal(META, &key, &plain))?;
            prev = audit::link_hash(seq, entry.at, &prev, &entry.body);
            seq += 1;
        }
        let point = audit::encode_point(ChainPoint {
            seq: seq - 1,
            hash: prev,
        });
        meta.insert(AUDIT_HEAD, self.cipher().seal(META, AUDIT_HEAD, &point))?;
        Ok(())
    }

    /// A sealed head or base record.
    fn open_point(&self, key: &[u8], sealed: &[u8]) -> Result<ChainPoint> {
        let plain = self.cipher().open(META, key, sealed)?;
        audit::decode_point(&plain).ok_or(Error::Corrupt { tree: META })
    }

    fn read_point(&self, key: &[u8]) -> Result<Option<ChainPoint>> {
        match self.meta.get(key)? {
            Some(sealed) => Ok(Some(self.open_point(key, &sealed)?)),
            None => Ok(None),
        }
    }

    /// For tests of `varco audit verify` only: write (or, with `None`, remove) the entry
    /// at `seq` as someone holding the key could, sealed properly; `plain` is an entry as
    /// [`SledStore::audit_entry_bytes`] returns it.
    #[doc(hidden)]
    pub fn tamper_audit_entry(&self, seq: u64, plain: Option<&[u8]>) -> Result<()> {
        let key = audit_key(seq);
        match plain {
            Some(p) => self.meta.insert(key.clone(), self.cipher().seal(META, &key, p))?,
            None => self.meta.remove(key)?,
        };
        Ok(())
    }

    /// For tests of `varco audit verify` only: the opened entry at `seq`, as stored.
    #[doc(hidden)]
    pub fn audit_entry_bytes(&self, seq: u64) -> Result<Option<Vec<u8>>> {
        let key = audit_key(seq);
        match self.meta.get(&key)? {
            Some(sealed) => Ok(Some(self.cipher().open(META, &key, &sealed)?)),
            None => Ok(None),
        }
    }
}

/// In a turn's transaction: write (or remove) the sealed desk records and their data keys.
fn write_desk_in(desk_tx: &TransactionalTree, keys_tx: &TransactionalTree, desk: &[SealedDesk<'_>]) -> TxResult<()> {
    for (key, value) in desk {
        let slot = keyring::desk_slot(key);
        match value {
            Some((sealed, wrapped)) => {
                keys_tx.insert(slot, wrapped.clone())?;
                desk_tx.insert(*key, sealed.clone())?;
            }
            None => {
                keys_tx.remove(slot)?;
                desk_tx.remove(*key)?;
            }
        };
    }
    Ok(())
}

impl Store for SledStore {
    fn conv_id(&self, channel: &str, platform_id: &str) -> ConvId {
        ConvId(
            self.cipher()
                .keyed_hash(&[b"conv", channel.as_bytes(), platform_id.as_bytes()]),
        )
    }

    fn load_state(&self, conv: ConvId) -> Result<Option<Vec<u8>>> {
        let Some(sealed) = self.state.get(conv.0)? else {
            return Ok(None);
        };
        self.open_slotted((STATE, &conv.0), &sealed, &keyring::conv_slot(&conv))
    }

    fn seen_update(&self, update: &UpdateMark) -> Result<bool> {
        let key = self.update_key(update);
        match self.updates.get(key)? {
            Some(sealed) => {
                self.cipher().open(UPDATES, &key, &sealed)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn commit_turn(&self, turn: Turn) -> Result<Vec<OutboxId>> {
        self.commit_turn_audited(turn, &[])
    }

    fn commit_turn_audited(&self, turn: Turn, audit: &[AuditAppend]) -> Result<Vec<OutboxId>> {
        let mut ids = self.commit_group(&[(&turn, audit)])?;
        Ok(ids.pop().unwrap_or_default())
    }

    /// One transaction for the whole group (sled rolls its log buffer twice per
    /// transaction, a disk write each: see BENCHMARKS.md); if it fails, each turn alone, so
    /// that one bad turn fails only itself.
    fn commit_turns(&self, turns: Vec<(Turn, Vec<AuditAppend>)>) -> Vec<Result<Vec<OutboxId>>> {
        let group: Vec<(&Turn, &[AuditAppend])> = turns.iter().map(|(t, a)| (t, &a[..])).collect();
        if group.len() > 1 {
            if let Ok(ids) = self.commit_group(&group) {
                return ids.into_iter().map(Ok).collect();
            }
        }
        group
            .iter()
            .map(|one| Ok(self.commit_group(std::slice::from_ref(one))?.pop().unwrap_or_default()))
            .collect()
    }

    fn flush(&self) -> Result<()> {
        self.db.flush()?;
        Ok(())
    }

    /// An entry sealed under its conversation's key that died (the conversation was
    /// forgotten before it was sent) is removed: it can never be read again. One whose own
    /// key is gone (damage: that key dies only with its entry) is passed over. Neither is
    /// returned nor an error for the entries after it.
    fn outbox_pending(&self, channel: &str, limit: usize) -> Result<Vec<OutboxItem>> {
        let prefix = outbox_prefix(channel);
        let mut items = Vec::new();
        if limit == 0 {
            return Ok(items);
        }
        for entry in self.outbox.scan_prefix(&prefix) {
            let (key, value) = entry?;
            // A longer key belongs to another channel whose name starts with `channel \0`.
            let Ok(id) = <[u8; 8]>::try_from(&key[prefix.len()..]) else {
                continue;
            };
            let Some(payload) = self.open_outbox_entry(&key, &value)? else {
                continue;
            };
            items.push(OutboxItem {
                id: OutboxId(u64::from_be_bytes(id)),
                payload,
            });
            if items.len() >= limit {
                break;
            }
        }
        Ok(items)
    }

    fn mark_delivered(&self, channel: &str, id: OutboxId) -> Result<()> {
        let _gate = self.write_gate();
        let key = outbox_key(channel, id.0);
        let forgotten = self.delivers_forgotten(&[id]);
        let watermark = (&self.outbox, &self.keys, &self.meta)
            .transaction(|(outbox, keys, meta)| {
                keys.remove(keyring::outbox_slot(&key))?;
                outbox.remove(key.as_slice())?;
                self.delivery_marks_in(meta, forgotten)
            })
            .map_err(transaction_error)?;
        self.epoch_due_from(watermark);
        Ok(())
    }

    fn forget(&self, conv: ConvId) -> Result<()> {
        let _gate = self.write_gate();
        let watermark = (&self.state, &self.tracked, &self.keys, &self.meta)
            .transaction(|(state, tracked, keys, meta)| {
                keys.remove(keyring::conv_slot(&conv))?;
                keys.remove(keyring::parting_slot(&conv))?;
                state.remove(&conv.0[..])?;
                tracked.remove(&conv.0[..])?;
                self.mark_forgetting_in(meta)
            })
            .map_err(transaction_error)?;
        self.epoch_due_from(Some(watermark));
        Ok(())
    }

    /// Flushes before returning: a number handed out must never be handed out again, even
    /// if the process dies before the turn that uses it is flushed.
    fn next_case_number(&self) -> Result<u64> {
        let _gate = self.write_gate();
        let last = self
            .meta
            .transaction(|meta| advance_counter(&self.cipher(), meta, CASE_COUNTER, 1))
            .map_err(transaction_error)?;
        self.db.flush()?;
        Ok(last + 1)
    }

    fn counters(&self) -> Result<Vec<(String, u64)>> {
        let mut out = Vec::new();
        for entry in self.meta.scan_prefix(STATS_PREFIX) {
            let (key, sealed) = entry?;
            let value = decode_counter(&self.cipher(), &key, Some(sealed))?;
            out.push((String::from_utf8_lossy(&key[STATS_PREFIX.len()..]).into_owned(), value));
        }
        Ok(out)
    }

    fn track(&self, conv: ConvId, messages: &[TrackedMessage], now: u64) -> Result<()> {
        let _gate = self.write_gate();
        (&self.tracked, &self.keys)
            .transaction(|(tracked, keys)| {
                let tx = ConvTx {
                    state: None,
                    tracked,
                    keys,
                };
                self.track_in(&tx, &conv, messages, now)
            })
            .map_err(transaction_error)
    }

    /// One transaction over the outbox, the tracked ids and their keys: a round of
    /// deliveries costs one log write instead of two or three per entry.
    fn record_delivered(&self, channel: &str, delivered: &[Delivered], now: u64) -> Result<()> {
        if delivered.is_empty() {
            return Ok(());
        }
        let _gate = self.write_gate();
        let forgotten = self.delivers_forgotten(&delivered.iter().map(|d| d.id).collect::<Vec<_>>());
        let watermark = (&self.outbox, &self.tracked, &self.keys, &self.meta)
            .transaction(|(outbox, tracked, keys, meta)| {
                let tx = ConvTx {
                    state: None,
                    tracked,
                    keys,
                };
                for d in delivered {
                    if !d.sent.is_empty() {
                        self.track_in(&tx, &d.conv, &d.sent, now)?;
                    }
                    let key = outbox_key(channel, d.id.0);
                    keys.remove(keyring::outbox_slot(&key))?;
                    outbox.remove(key)?;
                }
                self.delivery_marks_in(meta, forgotten)
            })
            .map_err(transaction_error)?;
        self.epoch_due_from(watermark);
        Ok(())
    }

    fn load_desk(&self, key: &str) -> Result<Option<Vec<u8>>> {
        match self.desk.get(key.as_bytes())? {
            Some(sealed) => self.open_desk(key.as_bytes(), &sealed),
            None => Ok(None),
        }
    }

    fn desk_entries(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        for entry in self.desk.scan_prefix(prefix.as_bytes()) {
            let (key, sealed) = entry?;
            if let Some(plain) = self.open_desk(&key, &sealed)? {
                out.push((String::from_utf8_lossy(&key).into_owned(), plain));
            }
        }
        Ok(out)
    }

    fn take_tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>> {
        let _gate = self.write_gate();
        let (list, watermark) = (&self.tracked, &self.keys, &self.meta)
            .transaction(|(tracked, keys, meta)| {
                let tx = ConvTx {
                    state: None,
                    tracked,
                    keys,
                };
                let (old, parting) = self.read_tracked_in(&tx, &conv)?;
                tracked.remove(&conv.0[..])?;
                if !parting {
                    return Ok((old, None));
                }
                // The quick exit's last key dies: an epoch change is due.
                keys.remove(keyring::parting_slot(&conv))?;
                Ok((old, Some(self.mark_forgetting_in(meta)?)))
            })
            .map_err(transaction_error)?;
        self.epoch_due_from(watermark);
        Ok(super::merge_tracked(list, &[], now))
    }

    fn tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>> {
        // A transaction that only reads: the list and the key that opens it, consistently.
        let list = self.in_tracked_tx(|tx| Ok(self.read_tracked_in(tx, &conv)?.0))?;
        Ok(super::merge_tracked(list, &[], now))
    }

    fn untrack(&self, conv: ConvId, done: &[i64], now: u64) -> Result<()> {
        let _gate = self.write_gate();
        let watermark = (&self.tracked, &self.keys, &self.meta)
            .transaction(|(tracked, keys, meta)| {
                let tx = ConvTx {
                    state: None,
                    tracked,
                    keys,
                };
                let (mut left, parting) = self.read_tracked_in(&tx, &conv)?;
                left.retain(|m| !done.contains(&m.id));
                let left = super::merge_tracked(left, &[], now);
                self.write_tracked_in(&tx, &conv, &left, (parting, parting), &FreshKeys::new())?;
                if !(parting && left.is_empty()) {
                    return Ok(None);
                }
                // The quick exit's last key died with its last id: an epoch change is due.
                Ok(Some(self.mark_forgetting_in(meta)?))
            })
            .map_err(transaction_error)?;
        self.epoch_due_from(watermark);
        Ok(())
    }

    fn audit_log(&self) -> Result<AuditLog> {
        let mut entries = Vec::new();
        for entry in self.meta.scan_prefix(AUDIT_PREFIX) {
            let (key, sealed) = entry?;
            let Ok(seq) = <[u8; 8]>::try_from(&key[AUDIT_PREFIX.len()..]) else {
                continue;
            };
            let seq = u64::from_be_bytes(seq);
            let entry = self
                .cipher()
                .open(META, &key, &sealed)
                .ok()
                .and_then(|plain| audit::decode_link(seq, &plain));
            entries.push(AuditLink { seq, entry });
        }
        Ok(AuditLog {
            base: self.read_point(AUDIT_BASE)?,
            entries,
            head: self.read_point(AUDIT_HEAD)?,
        })
    }

    fn purge_audit(&self, before: u64, apply: bool) -> Result<usize> {
        let _gate = self.write_gate();
        let log = self.audit_log()?;
        let (base, removed) = audit::purge_plan(&log, before);
        if apply && !removed.is_empty() {
            let mut batch = sled::Batch::default();
            for seq in &removed {
                batch.remove(audit_key(*seq));
            }
            if let Some(base) = base {
                batch.insert(
                    AUDIT_BASE,
                    self.cipher().seal(META, AUDIT_BASE, &audit::encode_point(base)),
                );
            }
            self.meta.apply_batch(batch)?;
        }
        Ok(removed.len())
    }

    fn conversations(&self) -> Result<Vec<ConvId>> {
        let mut out = Vec::new();
        for key in self.state.iter().keys() {
            if let Ok(id) = <[u8; 32]>::try_from(&key?[..]) {
                out.push(ConvId(id));
            }
        }
        Ok(out)
    }

    fn prune_tracked(&self, before: u64, apply: bool) -> Result<usize> {
        let _gate = self.write_gate();
        let (mut removed, mut parting_died) = (0, false);
        for key in self.tracked.iter().keys() {
            let Ok(id) = <[u8; 32]>::try_from(&key?[..]) else {
                continue;
            };
            let conv = ConvId(id);
            let pruned = (&self.tracked, &self.keys)
                .transaction(|(tracked, keys)| {
                    let tx = ConvTx {
                        state: None,
                        tracked,
                        keys,
                    };
                    let (old, parting) = self.read_tracked_in(&tx, &conv)?;
                    let kept: Vec<TrackedMessage> = old.iter().copied().filter(|m| m.at >= before).collect();
                    let prunes = apply && kept.len() < old.len();
                    if prunes {
                        self.write_tracked_in(&tx, &conv, &kept, (parting, parting), &FreshKeys::new())?;
                    }
                    // A forgotten conversation's last ids gone: its parting key died.
                    Ok((old.len() - kept.len(), prunes && parting && kept.is_empty()))
                })
                .map_err(transaction_error)?;
            removed += pruned.0;
            parting_died |= pruned.1;
        }
        if parting_died {
            self.mark_epoch_due()?;
        }
        Ok(removed)
    }

    fn prune_updates(&self, before: u64, apply: bool) -> Result<usize> {
        let _gate = self.write_gate();
        let mut old = Vec::new();
        for entry in self.updates.iter() {
            let (key, sealed) = entry?;
            let plain = self.cipher().open(UPDATES, &key, &sealed)?;
            let at = <[u8; 8]>::try_from(plain.as_slice()).map_err(|_| Error::Corrupt { tree: UPDATES })?;
            if u64::from_be_bytes(at) < before {
                old.push(key);
            }
        }
        if apply {
            let mut batch = sled::Batch::default();
            for key in &old {
                batch.remove(key.clone());
            }
            self.updates.apply_batch(batch)?;
        }
        Ok(old.len())
    }

    fn remove_counters(&self, names: &[String]) -> Result<()> {
        let _gate = self.write_gate();
        let mut batch = sled::Batch::default();
        for name in names {
            batch.remove([STATS_PREFIX, name.as_bytes()].concat());
        }
        self.meta.apply_batch(batch)?;
        Ok(())
    }
}

/// Open the sled database, waiting up to two seconds for its file lock. sled releases the
/// lock from a background thread shortly after the last handle is dropped, so a restart in
/// the same process can briefly find it held; a lock held longer means another process
/// uses the store, and the error says so.
pub(crate) fn open_with_lock_retry(path: &Path) -> sled::Result<sled::Db> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        match sled::Config::new().path(path).open() {
            Err(sled::Error::Io(e)) if e.to_string().contains("could not acquire lock") => {
                if std::time::Instant::now() >= deadline {
                    return Err(sled::Error::Io(std::io::Error::new(
                        e.kind(),
                        "the store is in use by another process (its lock is held)",
                    )));
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}
