//! The durable [`Store`]: sled 0.34 with every value sealed (AES-256-GCM, bound to its tree
//! and key) and every user-derived key a keyed hash. It must not write anything in the clear
//! that came from a user, return unauthenticated bytes, or modify a store opened with the
//! wrong key.
//!
//! Layout (tree: key -> value; every value is `Cipher::seal`ed with AAD `tree \0 key`):
//! - `meta`: `key-check` -> fixed marker (proves the key on open);
//!   `counters/case` -> last case number (u64 BE); `counters/outbox` -> last outbox id
//!   (u64 BE); `stats/<month>|<name>` (e.g. `stats/2026-11|language:it`, names from
//!   `stats`) -> count (u64 BE).
//! - `state`: `ConvId` (32-byte keyed hash of `conv`, channel, platform id) -> serialised
//!   conversation record.
//! - `updates`: `keyed_hash("update", channel, update_id)` -> unix seconds of the commit
//!   (u64 BE).
//! - `tracked`: `ConvId` -> the conversation's platform message ids and their times, for the
//!   quick exit (16 bytes each: id, unix seconds; both u64 BE).
//! - `desk`: the operators' desk, keys chosen by the caller (not personal data) ->
//!   serialised value: `case/<n, 12 digits>` -> case record; `duty` -> who is on duty;
//!   `room/<room id>` -> case number (u64 BE) of a case room; `direct/<hex ConvId>` -> a
//!   marker for a person's direct chat (its room id only as a keyed hash);
//!   `cursor/<name>` -> a channel's resume point (e.g. the Matrix sync token).
//! - `outbox`: `channel \0 id (u64 BE)` -> payload. One tree for all channels, so a turn
//!   whose messages go to several channels is still one transaction over a fixed set of
//!   trees; the key prefix keeps each channel's entries contiguous and in id order.
//!
//! Outbox ids come from `counters/outbox`, read and advanced inside the turn's transaction:
//! monotonic across restarts, never reused, and consistent with the entries they name.

use std::fmt;
use std::path::{Path, PathBuf};

use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::{IVec, Transactional, Tree};
use subtle::ConstantTimeEq;

use super::cipher::OVERHEAD;
use super::key::create_private_dirs;
use super::{
    Cipher, ConvId, Delivered, Error, MasterKey, OutboundRecord, OutboxId, OutboxItem, Result, StateChange, Store,
    TrackedMessage, Turn, UpdateMark,
};

const META: &str = "meta";
const STATE: &str = "state";
const DESK: &str = "desk";
const UPDATES: &str = "updates";
const OUTBOX: &str = "outbox";
const TRACKED: &str = "tracked";

const KEY_CHECK: &[u8] = b"key-check";
const KEY_CHECK_PLAINTEXT: &[u8] = b"varco store key check v1";
const CASE_COUNTER: &[u8] = b"counters/case";
const OUTBOX_COUNTER: &[u8] = b"counters/outbox";
/// Prefix of the monitoring counters in `meta`.
const STATS_PREFIX: &[u8] = b"stats/";

/// A sled database whose contents are unreadable without the master key.
pub struct SledStore {
    path: PathBuf,
    db: sled::Db,
    cipher: Cipher,
    meta: Tree,
    state: Tree,
    updates: Tree,
    outbox: Tree,
    /// Platform message ids per conversation, for the quick exit (sealed lists).
    tracked: Tree,
    /// Cases and duty.
    desk: Tree,
    /// Writers hold it shared; a backup holds it exclusively, so its copy is one point in
    /// time (see `backup`).
    pub(super) gate: std::sync::RwLock<()>,
}

impl SledStore {
    /// Open (or create) the store at directory `path`.
    ///
    /// A new, empty store gets a sealed key-check record. An existing one must hold a
    /// key-check that opens under `key` (else [`Error::WrongKey`]); one with data but no
    /// key-check is refused ([`Error::MissingKeyCheck`]). Nothing is written on refusal.
    pub fn open(path: &Path, key: &MasterKey) -> Result<SledStore> {
        let open_err = |source: sled::Error| Error::Open {
            path: path.to_path_buf(),
            source,
        };
        if !path.exists() {
            create_private_dirs(path).map_err(|e| open_err(sled::Error::Io(e)))?;
        }
        let db = open_with_lock_retry(path).map_err(open_err)?;
        let cipher = Cipher::new(key);

        // Check the key before creating any tree, so a refused open leaves no trace.
        let key_checked = if db.tree_names().iter().any(|n| n == META.as_bytes()) {
            let meta = db.open_tree(META)?;
            match meta.get(KEY_CHECK)? {
                Some(sealed) => {
                    verify_key_check(&cipher, &sealed, path)?;
                    true
                }
                None => false,
            }
        } else {
            false
        };
        if !key_checked {
            for name in db.tree_names() {
                if let Some(entry) = db.open_tree(&name)?.iter().next() {
                    entry?;
                    return Err(Error::MissingKeyCheck {
                        path: path.to_path_buf(),
                    });
                }
            }
        }

        let store = SledStore {
            path: path.to_path_buf(),
            meta: db.open_tree(META)?,
            state: db.open_tree(STATE)?,
            updates: db.open_tree(UPDATES)?,
            outbox: db.open_tree(OUTBOX)?,
            tracked: db.open_tree(TRACKED)?,
            desk: db.open_tree(DESK)?,
            db,
            cipher,
            gate: std::sync::RwLock::new(()),
        };
        if !key_checked {
            let sealed = store.cipher.seal(META, KEY_CHECK, KEY_CHECK_PLAINTEXT);
            store.meta.insert(KEY_CHECK, sealed)?;
            store.db.flush()?;
        }
        Ok(store)
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
        self.cipher
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
/// transaction; outbox entries need their ids first.
struct SealedTurn<'t> {
    /// `None`: keep the conversation's state; `Some(None)`: delete it.
    state: Option<Option<IVec>>,
    /// Desk records by key; `None` removes the record.
    desk: Vec<(&'t [u8], Option<IVec>)>,
    /// The update mark's hashed key and its sealed commit time.
    update: Option<([u8; 32], IVec)>,
}

/// What a step inside a transaction returns: an abort carries the store's own error.
type TxResult<T> = std::result::Result<T, ConflictableTransactionError<Error>>;

impl SledStore {
    /// Seal `turn`'s state, desk records and update mark (stamped with the time now).
    fn seal_turn<'t>(&self, turn: &'t Turn) -> SealedTurn<'t> {
        let conv_key = turn.conv.0;
        let state = match &turn.state {
            StateChange::Keep => None,
            StateChange::Set(s) => Some(Some(IVec::from(self.cipher.seal(STATE, &conv_key, s)))),
            StateChange::Delete => Some(None),
        };
        let desk = turn
            .desk
            .iter()
            .map(|w| {
                let key = w.key.as_bytes();
                (
                    key,
                    w.value.as_ref().map(|v| IVec::from(self.cipher.seal(DESK, key, v))),
                )
            })
            .collect();
        let update = turn.update.as_ref().map(|u| {
            let key = self.update_key(u);
            let sealed = self.cipher.seal(UPDATES, &key, &crate::clock::now_secs().to_be_bytes());
            (key, IVec::from(sealed))
        });
        SealedTurn { state, desk, update }
    }

    /// In a turn's transaction: merge `track` into the conversation's sealed list of
    /// message ids, pruned by the caller's clock as carried by the turn's own messages.
    fn track_in(&self, tracked_tx: &TransactionalTree, conv_key: &[u8; 32], track: &[TrackedMessage]) -> TxResult<()> {
        let now = track.iter().map(|m| m.at).max().unwrap_or(0);
        let old = read_tracked(&self.cipher, conv_key, tracked_tx.get(conv_key)?.as_deref())
            .map_err(ConflictableTransactionError::Abort)?;
        let merged = super::merge_tracked(old, track, now);
        let sealed = self.cipher.seal(TRACKED, conv_key, &super::encode_tracked(&merged));
        tracked_tx.insert(&conv_key[..], sealed)?;
        Ok(())
    }

    /// In a turn's transaction: append `records` to the outbox under fresh ids taken from
    /// the outbox counter; returns the ids in order.
    fn append_outbox_in(
        &self,
        meta: &TransactionalTree,
        outbox_tx: &TransactionalTree,
        records: &[OutboundRecord],
    ) -> TxResult<Vec<OutboxId>> {
        let count = records.len() as u64;
        if count == 0 {
            return Ok(Vec::new());
        }
        let last = advance_counter(&self.cipher, meta, OUTBOX_COUNTER, count)?;
        let mut ids = Vec::with_capacity(records.len());
        for (i, record) in records.iter().enumerate() {
            // `advance_counter` checked that `last + count` fits.
            let id = last + 1 + i as u64;
            let key = outbox_key(&record.channel, id);
            let sealed = self.cipher.seal(OUTBOX, &key, &record.payload);
            outbox_tx.insert(key, sealed)?;
            ids.push(OutboxId(id));
        }
        Ok(ids)
    }
}

/// In a turn's transaction: write (or remove) the sealed desk records.
fn write_desk_in(desk_tx: &TransactionalTree, desk: &[(&[u8], Option<IVec>)]) -> TxResult<()> {
    for (key, value) in desk {
        match value {
            Some(sealed) => desk_tx.insert(*key, sealed.clone())?,
            None => desk_tx.remove(*key)?,
        };
    }
    Ok(())
}

/// In a turn's transaction: set, delete or keep the conversation's sealed state.
fn write_state_in(state_tx: &TransactionalTree, conv_key: &[u8; 32], state: &Option<Option<IVec>>) -> TxResult<()> {
    match state {
        None => {}
        Some(Some(sealed)) => {
            state_tx.insert(&conv_key[..], sealed.clone())?;
        }
        Some(None) => {
            state_tx.remove(&conv_key[..])?;
        }
    }
    Ok(())
}

impl Store for SledStore {
    fn conv_id(&self, channel: &str, platform_id: &str) -> ConvId {
        ConvId(
            self.cipher
                .keyed_hash(&[b"conv", channel.as_bytes(), platform_id.as_bytes()]),
        )
    }

    fn load_state(&self, conv: ConvId) -> Result<Option<Vec<u8>>> {
        match self.state.get(conv.0)? {
            Some(sealed) => Ok(Some(self.cipher.open(STATE, &conv.0, &sealed)?)),
            None => Ok(None),
        }
    }

    fn seen_update(&self, update: &UpdateMark) -> Result<bool> {
        let key = self.update_key(update);
        match self.updates.get(key)? {
            Some(sealed) => {
                self.cipher.open(UPDATES, &key, &sealed)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn commit_turn(&self, turn: Turn) -> Result<Vec<OutboxId>> {
        let _writing = self.gate.read();
        let conv_key = turn.conv.0;
        let sealed = self.seal_turn(&turn);
        let ids = (
            &self.meta,
            &self.state,
            &self.updates,
            &self.outbox,
            &self.tracked,
            &self.desk,
        )
            .transaction(|(meta, state_tx, updates_tx, outbox_tx, tracked_tx, desk_tx)| {
                write_desk_in(desk_tx, &sealed.desk)?;
                for name in &turn.counters {
                    let key = [STATS_PREFIX, name.as_bytes()].concat();
                    advance_counter(&self.cipher, meta, &key, 1)?;
                }
                if !turn.track.is_empty() {
                    self.track_in(tracked_tx, &conv_key, &turn.track)?;
                }
                write_state_in(state_tx, &conv_key, &sealed.state)?;
                if let Some((key, value)) = &sealed.update {
                    updates_tx.insert(&key[..], value.clone())?;
                }
                self.append_outbox_in(meta, outbox_tx, &turn.outbox)
            })
            .map_err(transaction_error)?;
        Ok(ids)
    }

    fn flush(&self) -> Result<()> {
        self.db.flush()?;
        Ok(())
    }

    fn outbox_pending(&self, channel: &str, limit: usize) -> Result<Vec<OutboxItem>> {
        let prefix = outbox_prefix(channel);
        let mut items = Vec::new();
        if limit == 0 {
            return Ok(items);
        }
        for entry in self.outbox.scan_prefix(&prefix) {
            let (key, sealed) = entry?;
            // A longer key belongs to another channel whose name starts with `channel \0`.
            let Ok(id) = <[u8; 8]>::try_from(&key[prefix.len()..]) else {
                continue;
            };
            let payload = self.cipher.open(OUTBOX, &key, &sealed)?;
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
        let _writing = self.gate.read();
        self.outbox.remove(outbox_key(channel, id.0))?;
        Ok(())
    }

    fn forget(&self, conv: ConvId) -> Result<()> {
        let _writing = self.gate.read();
        self.state.remove(conv.0)?;
        Ok(())
    }

    /// Flushes before returning: a number handed out must never be handed out again, even
    /// if the process dies before the turn that uses it is flushed.
    fn next_case_number(&self) -> Result<u64> {
        let _writing = self.gate.read();
        let last = self
            .meta
            .transaction(|meta| advance_counter(&self.cipher, meta, CASE_COUNTER, 1))
            .map_err(transaction_error)?;
        self.db.flush()?;
        Ok(last + 1)
    }

    fn counters(&self) -> Result<Vec<(String, u64)>> {
        let mut out = Vec::new();
        for entry in self.meta.scan_prefix(STATS_PREFIX) {
            let (key, sealed) = entry?;
            let value = decode_counter(&self.cipher, &key, Some(sealed))?;
            out.push((String::from_utf8_lossy(&key[STATS_PREFIX.len()..]).into_owned(), value));
        }
        Ok(out)
    }

    fn track(&self, conv: ConvId, messages: &[TrackedMessage], now: u64) -> Result<()> {
        let _writing = self.gate.read();
        let key = conv.0;
        self.tracked
            .transaction(|tx| {
                let old = read_tracked(&self.cipher, &key, tx.get(key)?.as_deref())
                    .map_err(ConflictableTransactionError::Abort)?;
                let merged = super::merge_tracked(old, messages, now);
                if merged.is_empty() {
                    tx.remove(&key[..])?;
                } else {
                    tx.insert(
                        &key[..],
                        self.cipher.seal(TRACKED, &key, &super::encode_tracked(&merged)),
                    )?;
                }
                Ok(())
            })
            .map_err(transaction_error)
    }

    /// One transaction over the outbox and the tracked ids: a round of deliveries costs one
    /// log write instead of two or three per entry.
    fn record_delivered(&self, channel: &str, delivered: &[Delivered], now: u64) -> Result<()> {
        let _writing = self.gate.read();
        if delivered.is_empty() {
            return Ok(());
        }
        (&self.outbox, &self.tracked)
            .transaction(|(outbox_tx, tracked_tx)| {
                for d in delivered {
                    if !d.sent.is_empty() {
                        let key = d.conv.0;
                        let old = read_tracked(&self.cipher, &key, tracked_tx.get(key)?.as_deref())
                            .map_err(ConflictableTransactionError::Abort)?;
                        let merged = super::merge_tracked(old, &d.sent, now);
                        if merged.is_empty() {
                            tracked_tx.remove(&key[..])?;
                        } else {
                            let sealed = self.cipher.seal(TRACKED, &key, &super::encode_tracked(&merged));
                            tracked_tx.insert(&key[..], sealed)?;
                        }
                    }
                    outbox_tx.remove(outbox_key(channel, d.id.0))?;
                }
                Ok(())
            })
            .map_err(transaction_error)
    }

    fn load_desk(&self, key: &str) -> Result<Option<Vec<u8>>> {
        match self.desk.get(key.as_bytes())? {
            Some(sealed) => Ok(Some(self.cipher.open(DESK, key.as_bytes(), &sealed)?)),
            None => Ok(None),
        }
    }

    fn desk_entries(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        for entry in self.desk.scan_prefix(prefix.as_bytes()) {
            let (key, sealed) = entry?;
            let plain = self.cipher.open(DESK, &key, &sealed)?;
            out.push((String::from_utf8_lossy(&key).into_owned(), plain));
        }
        Ok(out)
    }

    fn take_tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>> {
        let _writing = self.gate.read();
        let key = conv.0;
        let list = self
            .tracked
            .transaction(|tx| {
                let old = read_tracked(&self.cipher, &key, tx.get(key)?.as_deref())
                    .map_err(ConflictableTransactionError::Abort)?;
                tx.remove(&key[..])?;
                Ok(old)
            })
            .map_err(transaction_error)?;
        Ok(super::merge_tracked(list, &[], now))
    }
}

fn read_tracked(cipher: &Cipher, key: &[u8], sealed: Option<&[u8]>) -> Result<Vec<TrackedMessage>> {
    match sealed {
        None => Ok(Vec::new()),
        Some(sealed) => {
            let plain = cipher.open(TRACKED, key, sealed)?;
            super::decode_tracked(&plain).ok_or(Error::Corrupt { tree: TRACKED })
        }
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
