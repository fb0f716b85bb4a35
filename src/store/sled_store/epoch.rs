//! The epoch key of a [`SledStore`] and the epoch change, which closes crypto-shredding's
//! last hole: sled keeps old versions of records in its log, old copies of wrapped data keys
//! included, so a destroyed key would still open under whatever wrapped it. Data keys are
//! wrapped under an epoch key that lives outside sled, sealed under the master key in the
//! epoch file; after a forgetting write the epoch changes (a new epoch key, every live data
//! key re-wrapped under it, then the epoch file overwritten in place), and the old copies
//! left in sled's log are under a key that no longer exists anywhere.
//!
//! It owns the epoch file (`<store>/epoch.key`, 0600, [`FILE_LEN`] bytes: a header, the
//! current epoch and, while a change runs, the next one; overwritten in place — same inode,
//! `write_all_at(0)`, `sync_all` — never renamed, which would leave the old blocks behind),
//! the due mark (`meta`: `epoch-due`), and the change. It must not re-seal records (only
//! wrapped keys move), log key material, or write the file any other way.
//!
//! Crash safety: the file names the next epoch before any key is wrapped under it, and drops
//! the previous one only after every live key is re-wrapped and sled flushed; an open that
//! finds both finishes the change (`SledStore::open`).

use std::fs::{File, OpenOptions};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use sled::transaction::TransactionalTree;

use super::{decode_counter, Cipher, Error, Result, SledStore, TxResult, META, OUTBOX_COUNTER};
use crate::store::keyring::{self, DataKey, EpochKey, Epochs};
use crate::store::OutboxId;

/// The epoch file's name in the store directory.
pub const FILE_NAME: &str = "epoch.key";
/// First bytes of the epoch file (format version 1).
const MAGIC: &[u8; 16] = b"VARCO-EPOCH-v1\0\0";
/// One sealed epoch: key id, nonce, generation and key, tag.
const SLOT_LEN: usize = 1 + 12 + 33 + 16;
/// The epoch file's fixed size: header, current epoch, next epoch (zeros when none).
pub const FILE_LEN: usize = MAGIC.len() + 2 * SLOT_LEN;
/// The associated data's "tree" of the file's sealed slots.
const TREE: &str = "epoch";
const CURRENT: &[u8] = b"current";
const NEXT: &[u8] = b"next";
/// `meta` key present (sealed, empty) while an epoch change is due.
pub(super) const EPOCH_DUE: &[u8] = b"epoch-due";
/// `meta` key: the last outbox id given out when something was last forgotten (u64 BE).
const FORGET_WATERMARK: &[u8] = b"epoch-forget-watermark";

/// What an epoch change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EpochChange {
    /// Live data keys re-wrapped under the new epoch key.
    pub rewrapped: u64,
    /// Wrapped keys that did not open (damaged): left as they are, dead with the old epoch.
    pub unreadable: u64,
}

/// The epoch file of the store at `path`.
pub fn file_path(path: &Path) -> PathBuf {
    path.join(FILE_NAME)
}

fn file_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::KeyFile {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// The file's bytes: the current epoch and, during a change, the next, sealed under `master`.
fn encode(master: &Cipher, current: &EpochKey, next: Option<&EpochKey>) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&master.seal(TREE, CURRENT, &current.to_bytes()));
    match next {
        Some(next) => out.extend_from_slice(&master.seal(TREE, NEXT, &next.to_bytes())),
        None => out.resize(FILE_LEN, 0),
    }
    out
}

/// The epochs the file at `path` holds: its current epoch, with the next one as current
/// and itself as previous when a change was under way.
fn decode(master: &Cipher, path: &Path, bytes: &[u8]) -> Result<Epochs> {
    if bytes.len() != FILE_LEN || !bytes.starts_with(MAGIC) {
        return Err(file_error(path, "not a Varco epoch file (wrong size or header)"));
    }
    let open = |key: &'static [u8], at: usize| -> Result<EpochKey> {
        let sealed = &bytes[at..at + SLOT_LEN];
        let plain = zeroize::Zeroizing::new(master.open(TREE, key, sealed).map_err(|_| {
            file_error(
                path,
                "does not open under the store's key (damaged, or from another store)",
            )
        })?);
        EpochKey::from_bytes(&plain).ok_or_else(|| file_error(path, "damaged epoch record"))
    };
    let current = open(CURRENT, MAGIC.len())?;
    let next_at = MAGIC.len() + SLOT_LEN;
    if bytes[next_at..].iter().all(|&b| b == 0) {
        return Ok(Epochs::new(current));
    }
    Ok(Epochs {
        current: open(NEXT, next_at)?,
        previous: Some(current),
    })
}

/// Overwrite the file at `path` in place with `bytes` (same inode, from offset 0, then
/// `sync_all`), creating it 0600 (and syncing its directory) if it is not there.
fn write_in_place(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let created = !path.exists();
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)?;
    file.write_all_at(bytes, 0)?;
    file.sync_all()?;
    if created {
        if let Some(dir) = path.parent() {
            File::open(dir)?.sync_all()?;
        }
    }
    Ok(())
}

/// The epoch file's bytes, `None` if there is none.
pub(crate) fn read_file(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(file_error(path, format!("cannot be read: {e}"))),
    }
}

/// Write a backup's copy of the epoch file into a restored store directory.
pub(crate) fn restore_file(store: &Path, bytes: &[u8]) -> Result<()> {
    let path = file_path(store);
    write_in_place(&path, bytes).map_err(|e| file_error(&path, format!("cannot be written: {e}")))
}

impl SledStore {
    /// The epoch keys as they are now (an epoch change swaps them).
    pub(super) fn epochs(&self) -> Arc<Epochs> {
        self.epochs.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set_epochs(&self, epochs: Epochs) {
        *self.epochs.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(epochs);
    }

    /// At open: the epochs of the epoch file (opened with `reader`, which may also hold a
    /// requested rotation's key), or a first epoch for a new store or one from before
    /// epochs (whose master-wrapped keys the next change re-wraps; it is due at once).
    pub(super) fn load_epochs(&self, reader: &Cipher, new_store: bool) -> Result<()> {
        let path = file_path(&self.path);
        let bytes = if new_store { None } else { read_file(&path)? };
        match bytes {
            Some(bytes) => self.set_epochs(decode(reader, &path, &bytes)?),
            None => {
                let mut legacy = false;
                for value in self.keys.iter().values() {
                    if keyring::wrapped_generation(&value?).is_some() {
                        return Err(file_error(&path, "is missing: the store's data keys cannot be opened"));
                    }
                    legacy = true;
                }
                self.set_epochs(Epochs::new(EpochKey::generate(1)));
                self.write_epoch_file()?;
                if legacy {
                    self.mark_epoch_due()?;
                }
            }
        }
        if self.meta.get(EPOCH_DUE)?.is_some() {
            self.epoch_due.store(true, Ordering::SeqCst);
        }
        let watermark = decode_counter(reader, FORGET_WATERMARK, self.meta.get(FORGET_WATERMARK)?)?;
        self.forget_watermark.store(watermark, Ordering::SeqCst);
        Ok(())
    }

    /// Write the epochs in use to the epoch file, sealed under the master key as it is now
    /// (a key rotation calls this before it moves the key check). While a change runs the
    /// file names both. Held off by a backup, so its copy matches the `keys` it copies.
    pub(super) fn write_epoch_file(&self) -> Result<()> {
        self.write_epochs_file(&self.epochs())
    }

    fn write_epochs_file(&self, epochs: &Epochs) -> Result<()> {
        let _gate = self.write_gate();
        let bytes = match &epochs.previous {
            Some(previous) => encode(&self.cipher(), previous, Some(&epochs.current)),
            None => encode(&self.cipher(), &epochs.current, None),
        };
        let path = file_path(&self.path);
        write_in_place(&path, &bytes).map_err(|e| file_error(&path, format!("cannot be written: {e}")))
    }

    /// The epoch file's bytes as they are, for a backup (taken with the gate held).
    pub(crate) fn epoch_file_bytes(&self) -> Result<Option<Vec<u8>>> {
        read_file(&file_path(&self.path))
    }

    /// In a forgetting write's transaction (a deleting turn, `forget`, a desk record
    /// removed, the quick exit's parting key taken): an epoch change is due, and every
    /// outbox entry given out so far may hold what was forgotten, so its delivery makes one
    /// due again. Returns that watermark for [`SledStore::epoch_due_from`].
    pub(super) fn mark_forgetting_in(&self, meta: &TransactionalTree) -> TxResult<u64> {
        self.mark_epoch_due_in(meta)?;
        let cipher = self.cipher();
        let last = decode_counter(&cipher, OUTBOX_COUNTER, meta.get(OUTBOX_COUNTER)?)
            .map_err(sled::transaction::ConflictableTransactionError::Abort)?;
        meta.insert(
            FORGET_WATERMARK,
            cipher.seal(META, FORGET_WATERMARK, &last.to_be_bytes()),
        )?;
        Ok(last)
    }

    /// In a transaction: an epoch change is due (see [`SledStore::change_epoch`]). The
    /// caller calls [`SledStore::epoch_due_from`] once it has committed.
    pub(super) fn mark_epoch_due_in(&self, meta: &TransactionalTree) -> TxResult<()> {
        meta.insert(EPOCH_DUE, self.cipher().seal(META, EPOCH_DUE, &[]))?;
        Ok(())
    }

    /// In a delivery's transaction: if it delivers something forgotten
    /// ([`SledStore::delivers_forgotten`]), an epoch change is due again, the watermark
    /// unmoved. The result goes to [`SledStore::epoch_due_from`].
    pub(super) fn delivery_marks_in(&self, meta: &TransactionalTree, forgotten: bool) -> TxResult<Option<u64>> {
        if !forgotten {
            return Ok(None);
        }
        self.mark_epoch_due_in(meta)?;
        // 0 raises no watermark.
        Ok(Some(0))
    }

    /// After a committed write that marked an epoch change due (`Some`, with the
    /// forgetting's watermark, or 0): the change is due in memory too.
    pub(super) fn epoch_due_from(&self, marked: Option<u64>) {
        if let Some(watermark) = marked {
            self.forget_watermark.fetch_max(watermark, Ordering::SeqCst);
            self.epoch_due.store(true, Ordering::SeqCst);
        }
    }

    /// Whether delivering these entries destroys keys of something forgotten: an entry
    /// given out before the last forgetting write may be the forgotten person's (a
    /// farewell, a message still queued for the case room), and the epoch change that
    /// already ran left its key readable.
    pub(super) fn delivers_forgotten(&self, ids: &[OutboxId]) -> bool {
        let watermark = self.forget_watermark.load(Ordering::SeqCst);
        ids.iter().any(|id| id.0 <= watermark)
    }

    /// An epoch change is due (outside a transaction).
    pub(super) fn mark_epoch_due(&self) -> Result<()> {
        self.meta.insert(EPOCH_DUE, self.cipher().seal(META, EPOCH_DUE, &[]))?;
        self.epoch_due.store(true, Ordering::SeqCst);
        Ok(())
    }

    /// Whether an epoch change is due: something was forgotten since the last one, or one
    /// was interrupted.
    pub fn epoch_change_due(&self) -> bool {
        self.epoch_due.load(Ordering::SeqCst) || self.epochs().previous.is_some()
    }

    /// Carry out an epoch change if one is due.
    pub fn change_epoch_if_due(&self) -> Result<Option<EpochChange>> {
        if !self.epoch_change_due() {
            return Ok(None);
        }
        self.change_epoch().map(Some)
    }

    /// Change the epoch while turns go on: a new epoch key, named in the epoch file next to
    /// the current one; new keys wrapped under it from then on; every live data key
    /// re-wrapped (compare-and-swap, one key at a time); sled flushed; then the file
    /// overwritten with the new epoch alone. Every copy of a destroyed key left in sled's
    /// log is then under an epoch key that exists nowhere. An interrupted change (the file
    /// names two epochs) is finished instead of starting another. O(live keys).
    pub fn change_epoch(&self) -> Result<EpochChange> {
        let _one = self.rotating.lock().unwrap_or_else(|p| p.into_inner());
        let changed = self.rewrap_under_new_epoch().and_then(|(done, marker)| {
            self.write_epoch_file_final()?;
            if let Some(marker) = marker {
                // A forget since the change began wrote a fresh mark: it stays due.
                let _ = self.meta.compare_and_swap(EPOCH_DUE, Some(marker), None::<&[u8]>)?;
            }
            Ok(done)
        });
        if changed.is_err() {
            // Tried again at the next poll.
            self.epoch_due.store(true, Ordering::SeqCst);
        }
        changed
    }

    /// For tests of crash safety only: an epoch change stopped after every key is
    /// re-wrapped and sled flushed, before the epoch file drops the old epoch (as a crash
    /// there would leave it).
    #[doc(hidden)]
    pub fn change_epoch_until_rewrapped(&self) -> Result<EpochChange> {
        let _one = self.rotating.lock().unwrap_or_else(|p| p.into_inner());
        Ok(self.rewrap_under_new_epoch()?.0)
    }

    /// The change up to the flush: returns what it did and the due mark it saw first.
    fn rewrap_under_new_epoch(&self) -> Result<(EpochChange, Option<sled::IVec>)> {
        self.epoch_due.store(false, Ordering::SeqCst);
        let marker = self.meta.get(EPOCH_DUE)?;
        let now = self.epochs();
        if now.previous.is_none() {
            let next = EpochKey::generate(now.current.generation().wrapping_add(1));
            let changing = Epochs {
                current: next,
                previous: Some(now.current.clone()),
            };
            // The file names the next epoch (fsynced) before any key is wrapped under it.
            self.write_epochs_file(&changing)?;
            // No write wraps under the old epoch after this: writes hold the gate shared
            // while they wrap.
            let _no_writes = self.writes.write().unwrap_or_else(|p| p.into_inner());
            self.set_epochs(changing);
        }
        let done = self.rewrap_keys()?;
        self.db.flush()?;
        Ok((done, marker))
    }

    /// The last step: the file holds the new epoch alone; the old one is forgotten.
    fn write_epoch_file_final(&self) -> Result<()> {
        let current = self.epochs().current.clone();
        self.set_epochs(Epochs::new(current));
        self.write_epoch_file()
    }

    /// Re-wrap every wrapped key not under the current epoch (the previous epoch's, or the
    /// master key's from before epochs); a key a turn replaced or removed meanwhile is left
    /// to the turn.
    fn rewrap_keys(&self) -> Result<EpochChange> {
        let (master, epochs) = (self.cipher(), self.epochs());
        let mut done = EpochChange {
            rewrapped: 0,
            unreadable: 0,
        };
        for entry in self.keys.iter() {
            let (slot, mut value) = entry?;
            loop {
                let new = match DataKey::rewrap(&master, &epochs, &slot, &value) {
                    Ok(Some(new)) => new,
                    Ok(None) => break,
                    Err(Error::Corrupt { .. } | Error::UnknownKeyId(_)) => {
                        done.unreadable += 1;
                        break;
                    }
                    Err(e) => return Err(e),
                };
                match self.keys.compare_and_swap(&slot, Some(&value), Some(new))? {
                    Ok(()) => {
                        done.rewrapped += 1;
                        break;
                    }
                    Err(cas) => match cas.current {
                        Some(current) => value = current,
                        None => break,
                    },
                }
            }
        }
        if done.unreadable > 0 {
            tracing::warn!(
                count = done.unreadable,
                "wrapped data keys that do not open left to die with the old epoch"
            );
        }
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MasterKey;

    #[test]
    fn the_file_has_a_fixed_size_and_names_the_next_epoch_only_during_a_change() {
        let master = Cipher::new(&MasterKey::from_bytes([3; 32]));
        let (a, b) = (EpochKey::generate(1), EpochKey::generate(2));
        let path = Path::new("epoch.key");
        let one = encode(&master, &a, None);
        let two = encode(&master, &a, Some(&b));
        assert_eq!((one.len(), two.len()), (FILE_LEN, FILE_LEN));
        let epochs = decode(&master, path, &one).expect("one");
        assert_eq!((epochs.current.generation(), epochs.previous.is_none()), (1, true));
        let epochs = decode(&master, path, &two).expect("two");
        assert_eq!(epochs.current.generation(), 2);
        assert_eq!(epochs.previous.map(|p| p.generation()), Some(1));
        let other = Cipher::new(&MasterKey::from_bytes([4; 32]));
        assert!(matches!(decode(&other, path, &one), Err(Error::KeyFile { .. })));
        assert!(decode(&master, path, &one[..FILE_LEN - 1]).is_err());
    }

    #[test]
    fn overwriting_keeps_the_inode() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        write_in_place(&path, &[1; FILE_LEN]).expect("create");
        let inode = std::fs::metadata(&path).expect("meta").ino();
        write_in_place(&path, &[2; FILE_LEN]).expect("overwrite");
        let meta = std::fs::metadata(&path).expect("meta");
        assert_eq!((meta.ino(), meta.len()), (inode, FILE_LEN as u64));
        assert_eq!(meta.mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&path).expect("read"), vec![2; FILE_LEN]);
    }
}
