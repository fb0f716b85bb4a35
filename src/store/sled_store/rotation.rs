//! Master-key rotation of a [`SledStore`] while it serves: every value sealed under the old
//! master key (counters, update marks, the id-hash key, data keys wrapped before epochs,
//! records from before data keys) and the epoch file are re-sealed under the new one, one record at a time with
//! compare-and-swap, while turns go on sealing with the new key and opening with either.
//! The key check moves last, so an interrupted rotation resumes on the next open. It owns
//! the request file (`<store>.rotate-to`, naming the new key file); it must not hold any key
//! longer than the rotation needs, nor log key material or record contents.

use std::path::{Path, PathBuf};

use sled::Tree;
use zeroize::Zeroizing;

use super::{
    Error, Result, SledStore, DESK, KEYS, KEY_CHECK, KEY_CHECK_PLAINTEXT, META, OUTBOX, PARTING, STATE, TRACKED,
    UPDATES,
};
use crate::store::private_file::{self, Existing};
use crate::store::MasterKey;

/// What a finished rotation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotation {
    /// Values re-sealed under the new master key.
    pub resealed: u64,
}

/// The request file of the store at `path` (`<path>.rotate-to`): the new key file's path,
/// one line; there while a rotation is asked for and not done.
pub fn request_file(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".rotate-to");
    PathBuf::from(name)
}

/// The new master key a pending rotation request names, if there is one.
pub(super) fn requested_key(path: &Path) -> Result<Option<MasterKey>> {
    let request = request_file(path);
    let text = match std::fs::read_to_string(&request) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::KeyFile {
                path: request,
                reason: format!("rotation request cannot be read: {e}"),
            })
        }
    };
    MasterKey::load(Path::new(text.trim_end_matches('\n'))).map(Some)
}

impl SledStore {
    /// Ask for this store's master key to be rotated to the key in `new_key_file` (which
    /// must load): a running `serve` picks the request up within seconds, and any open of
    /// the store finishes it first. The request is kept until the rotation is done.
    pub fn request_rotation(path: &Path, new_key_file: &Path) -> Result<()> {
        MasterKey::load(new_key_file)?;
        let absolute = std::path::absolute(new_key_file).map_err(|e| Error::KeyFile {
            path: new_key_file.to_path_buf(),
            reason: format!("cannot resolve its path: {e}"),
        })?;
        let request = request_file(path);
        let line = format!("{}\n", absolute.display());
        private_file::write(&request, line.as_bytes(), Existing::Replace).map_err(|e| Error::KeyFile {
            path: request.clone(),
            reason: format!("rotation request cannot be written: {e}"),
        })?;
        let _ = private_file::sync_dir(&request);
        Ok(())
    }

    /// Whether a rotation request waits (see [`SledStore::request_rotation`]).
    pub fn rotation_requested(&self) -> bool {
        request_file(&self.path).exists()
    }

    /// Carry out a pending rotation request, if any, and remove it once done.
    pub fn rotate_if_requested(&self) -> Result<Option<Rotation>> {
        let Some(new) = requested_key(&self.path)? else {
            return Ok(None);
        };
        let done = self.rotate(&new)?;
        std::fs::remove_file(request_file(&self.path)).map_err(|e| Error::KeyFile {
            path: request_file(&self.path),
            reason: format!("rotation done, but its request cannot be removed: {e}"),
        })?;
        Ok(Some(done))
    }

    /// Re-seal everything the master key sealed under `new`, while turns go on. From the
    /// first step every new value is sealed under `new`; when this returns (flushed), the
    /// old key is no longer needed. Rotating to the key already in use re-seals nothing.
    pub fn rotate(&self, new: &MasterKey) -> Result<Rotation> {
        let _one = self.rotating.lock().unwrap_or_else(|p| p.into_inner());
        let current = self.cipher();
        let check = self.meta.get(KEY_CHECK)?.ok_or(Error::Corrupt { tree: META })?;
        let already = crate::store::Cipher::new(new).with_generation(current.generation());
        if already.open(META, KEY_CHECK, &check).is_ok() {
            // Finished before (the key check moved): nothing is left under the old key.
            self.set_cipher(current.without_previous());
            return Ok(Rotation { resealed: 0 });
        }
        {
            let _no_writes = self.writes.write().unwrap_or_else(|p| p.into_inner());
            self.set_cipher(current.rotated(new));
        }
        let mut resealed = 0;
        for (name, tree) in self.sealed_trees() {
            resealed += self.reseal_tree(name, tree, current.generation())?;
        }
        // The epoch file under the new key before the key check moves: an open after a
        // crash here still holds the old key too (the request is kept until done).
        self.write_epoch_file()?;
        let cipher = self.cipher();
        self.meta
            .insert(KEY_CHECK, cipher.seal(META, KEY_CHECK, KEY_CHECK_PLAINTEXT))?;
        self.db.flush()?;
        self.set_cipher(cipher.without_previous());
        Ok(Rotation { resealed: resealed + 1 })
    }

    fn sealed_trees(&self) -> [(&'static str, &Tree); 7] {
        [
            (META, &self.meta),
            (UPDATES, &self.updates),
            (KEYS, &self.keys),
            (STATE, &self.state),
            (TRACKED, &self.tracked),
            (OUTBOX, &self.outbox),
            (DESK, &self.desk),
        ]
    }

    /// Re-seal `tree`'s values of generation `old` under the current key; a value written
    /// meanwhile by a turn (already under the new key) is left as it is.
    fn reseal_tree(&self, name: &'static str, tree: &Tree, old: u8) -> Result<u64> {
        let cipher = self.cipher();
        let mut count = 0;
        for entry in tree.iter() {
            let (key, value) = entry?;
            if name == META && key.as_ref() == KEY_CHECK {
                continue;
            }
            // A forgotten conversation's tracked ids carry a one-byte prefix.
            let at = usize::from(name == TRACKED && value.first() == Some(&PARTING));
            if value.get(at) != Some(&old) {
                continue;
            }
            let plain = Zeroizing::new(cipher.open(name, &key, &value[at..])?);
            let resealed = [&value[..at], &cipher.seal(name, &key, &plain)].concat();
            if tree.compare_and_swap(&key, Some(&value), Some(resealed))?.is_ok() {
                count += 1;
            }
        }
        Ok(count)
    }
}
