//! Backup and restore of the sled store as one file, with the Matrix stores' files beside
//! it. It owns the file format: a header (`VARCO-BACKUP`, format version), every tree's
//! entries copied as the sealed bytes they are on disk (the key is never in the file,
//! nothing is opened), in version 2 the store's epoch file as it is (sealed under the
//! master key) and the files of `matrix.store_dir` as
//! [`super::dir_copy`] copied them (values sealed with the store passphrase, which is never
//! in the file either), and a SHA-256 checksum of all that at the end. It must not decrypt a
//! value, write a store that is not empty, or leave a restored store that the key does not
//! open.
//!
//! Consistency: writers of [`SledStore`] hold its gate shared; [`SledStore::backup_bytes`]
//! holds it exclusively while it copies, so the snapshot is one point in time between turns.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::dir_copy::{self, DirFile};
use super::key::create_private_dirs;
use super::private_file::{self, Existing};
use super::{MasterKey, SledStore};

/// First bytes of every backup file.
pub const MAGIC: &[u8] = b"VARCO-BACKUP\0";
/// Format version written after [`MAGIC`] (u16 big-endian): 2, with the epoch file and
/// the Matrix stores' files. Version 1 (the trees alone: data keys wrapped under the master
/// key, no Matrix files) is still restored.
pub const VERSION: u16 = 2;

const TREE: u8 = 1;
const ENTRY: u8 = 2;
const FILE: u8 = 3;
/// The store's epoch file, as it is.
const EPOCH: u8 = 4;
const END: u8 = 0;
const CHECKSUM_LEN: usize = 32;

/// Why a backup or a restore failed. No variant carries a value or key material.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The store failed (reading it, or opening the restored copy).
    #[error(transparent)]
    Store(#[from] super::Error),
    /// The backup file could not be read or written.
    #[error("backup file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The file is not a Varco backup, of another version, truncated or damaged.
    #[error("{0} is not a valid Varco backup: {1}")]
    Invalid(PathBuf, &'static str),
    /// The restore target already holds something.
    #[error("{0} is not empty: restore only into an empty or new directory")]
    NotEmpty(PathBuf),
    /// The Matrix stores' directory could not be copied or put back.
    #[error("matrix.store_dir: {0}")]
    Files(#[from] super::dir_copy::CopyError),
}

/// What a backup or a restore copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Trees copied.
    pub trees: usize,
    /// Entries copied, over all trees.
    pub entries: usize,
}

impl SledStore {
    /// The whole store as backup bytes (header, sealed entries, checksum), copied while no
    /// turn is being written.
    pub fn backup_bytes(&self) -> Result<(Vec<u8>, Summary), BackupError> {
        let _exclusive = self.writes.write().unwrap_or_else(|p| p.into_inner());
        let db = self.raw_db();
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&VERSION.to_be_bytes());
        let mut summary = Summary { trees: 0, entries: 0 };
        let mut names = db.tree_names();
        names.sort();
        for name in names {
            let tree = db.open_tree(&name).map_err(super::Error::from)?;
            out.push(TREE);
            push_field(&mut out, &name);
            summary.trees += 1;
            for entry in tree.iter() {
                let (key, value) = entry.map_err(super::Error::from)?;
                out.push(ENTRY);
                push_field(&mut out, &key);
                push_field(&mut out, &value);
                summary.entries += 1;
            }
        }
        // The epoch key that wraps the data keys just copied: the gate keeps an epoch
        // change from dropping it meanwhile.
        if let Some(epoch) = self.epoch_file_bytes()? {
            out.push(EPOCH);
            push_field(&mut out, &epoch);
        }
        out.push(END);
        let sum = Sha256::digest(&out);
        out.extend_from_slice(&sum);
        Ok((out, summary))
    }

    /// Write [`SledStore::backup_bytes`] to `out` atomically, mode 0600.
    pub fn backup_to(&self, out: &Path) -> Result<Summary, BackupError> {
        let (bytes, summary) = self.backup_bytes()?;
        write_backup_file(out, &bytes)?;
        Ok(summary)
    }
}

/// Check `bytes` as a backup, then write it to `out` atomically (0600, directory synced).
pub fn write_backup_file(out: &Path, bytes: &[u8]) -> Result<(), BackupError> {
    parse(bytes, out)?;
    let io = |source| BackupError::Io {
        path: out.to_path_buf(),
        source,
    };
    private_file::write(out, bytes, Existing::Replace).map_err(io)?;
    private_file::sync_dir(out).map_err(io)
}

/// `backup` (checked bytes, as [`SledStore::backup_bytes`] makes them) with `files` (the
/// Matrix stores' directory, [`super::dir_copy::snapshot`]) added, the checksum made
/// again. Without files, `backup` as it is.
pub fn with_files(backup: Vec<u8>, files: &[DirFile], path: &Path) -> Result<Vec<u8>, BackupError> {
    parse(&backup, path)?;
    if files.is_empty() {
        return Ok(backup);
    }
    // The body without its checksum and its END record.
    let mut out = backup[..backup.len() - CHECKSUM_LEN - 1].to_vec();
    out[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&VERSION.to_be_bytes());
    for file in files {
        out.push(FILE);
        push_field(&mut out, file.name.as_bytes());
        push_field(&mut out, &file.bytes);
    }
    out.push(END);
    let sum = Sha256::digest(&out);
    out.extend_from_slice(&sum);
    Ok(out)
}

/// Restore the backup `from` into the store directory `dir`, which must be missing or
/// empty; then open it with `key`. If the key does not open it, what was written is
/// removed and the store's error returned ([`super::Error::WrongKey`]). Matrix stores'
/// files in the backup are not restored: see [`restore_all`].
pub fn restore(from: &Path, dir: &Path, key: &MasterKey) -> Result<Summary, BackupError> {
    restore_all(from, dir, key, None).map(|(summary, _)| summary)
}

/// [`restore`], and the Matrix stores' files the backup holds into `matrix_dir` (which must
/// be missing or empty too; both are checked before anything is written). Returns how many
/// files were put back.
pub fn restore_all(
    from: &Path,
    dir: &Path,
    key: &MasterKey,
    matrix_dir: Option<&Path>,
) -> Result<(Summary, usize), BackupError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| BackupError::Io { path, source }
    };
    let bytes = std::fs::read(from).map_err(io(from))?;
    let Parsed { trees, epoch, files } = parse(&bytes, from)?;
    if dir.exists() && std::fs::read_dir(dir).map_err(io(dir))?.next().is_some() {
        return Err(BackupError::NotEmpty(dir.to_path_buf()));
    }
    let matrix_dir = matrix_dir.filter(|_| !files.is_empty());
    if let Some(m) = matrix_dir {
        dir_copy::ensure_empty(m)?;
    }
    create_private_dirs(dir).map_err(io(dir))?;
    let summary = Summary {
        trees: trees.len(),
        entries: trees.iter().map(|t| t.1.len()).sum(),
    };
    let written = write_trees(dir, &trees)
        .and_then(|()| epoch.map_or(Ok(()), |e| super::sled_store::epoch::restore_file(dir, e)))
        .and_then(|()| SledStore::open(dir, key).map(drop));
    if let Err(e) = written {
        remove_contents(dir);
        return Err(e.into());
    }
    let Some(m) = matrix_dir else {
        return Ok((summary, 0));
    };
    let files: Vec<DirFile> = files
        .into_iter()
        .map(|(name, bytes)| DirFile {
            name: String::from_utf8_lossy(name).into_owned(),
            bytes: bytes.to_vec(),
        })
        .collect();
    dir_copy::restore(&files, m)?;
    Ok((summary, files.len()))
}

type Trees<'a> = Vec<(&'a [u8], Vec<(&'a [u8], &'a [u8])>)>;

/// A checked backup: the sled trees, the store's epoch file (none in version 1), and the
/// Matrix stores' files (name, bytes).
struct Parsed<'a> {
    trees: Trees<'a>,
    epoch: Option<&'a [u8]>,
    files: Vec<(&'a [u8], &'a [u8])>,
}

fn write_trees(dir: &Path, trees: &Trees<'_>) -> Result<(), super::Error> {
    let db = super::sled_store::open_with_lock_retry(dir).map_err(|source| super::Error::Open {
        path: dir.to_path_buf(),
        source,
    })?;
    for (name, entries) in trees {
        let tree = db.open_tree(name)?;
        for (k, v) in entries {
            tree.insert(k, *v)?;
        }
    }
    db.flush()?;
    Ok(())
}

fn remove_contents(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
    }
}

fn push_field(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// The trees, entries and files of a backup, after checking header, version and checksum.
fn parse<'a>(bytes: &'a [u8], path: &Path) -> Result<Parsed<'a>, BackupError> {
    let bad = |why| BackupError::Invalid(path.to_path_buf(), why);
    let head = MAGIC.len() + 2;
    if bytes.len() < head + 1 + CHECKSUM_LEN || !bytes.starts_with(MAGIC) {
        return Err(bad("no Varco backup header"));
    }
    let version = u16::from_be_bytes([bytes[MAGIC.len()], bytes[MAGIC.len() + 1]]);
    if !(1..=VERSION).contains(&version) {
        return Err(bad("unknown format version"));
    }
    let (body, sum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
    if Sha256::digest(body).as_slice() != sum {
        return Err(bad("checksum mismatch (truncated or damaged)"));
    }
    let mut reader = Reader { bytes: body, at: head };
    let mut trees: Trees<'a> = Vec::new();
    let mut files = Vec::new();
    let mut epoch = None;
    loop {
        match reader.byte().ok_or_else(|| bad("truncated"))? {
            END if reader.at == body.len() => return Ok(Parsed { trees, epoch, files }),
            EPOCH if version >= 2 && epoch.is_none() => {
                epoch = Some(reader.field().ok_or_else(|| bad("truncated"))?);
            }
            FILE if version >= 2 => {
                let name = reader.field().ok_or_else(|| bad("truncated"))?;
                files.push((name, reader.field().ok_or_else(|| bad("truncated"))?));
            }
            TREE => trees.push((reader.field().ok_or_else(|| bad("truncated"))?, Vec::new())),
            ENTRY => {
                let k = reader.field().ok_or_else(|| bad("truncated"))?;
                let v = reader.field().ok_or_else(|| bad("truncated"))?;
                trees
                    .last_mut()
                    .ok_or_else(|| bad("entry before any tree"))?
                    .1
                    .push((k, v));
            }
            _ => return Err(bad("unknown record")),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn field(&mut self) -> Option<&'a [u8]> {
        let len = u32::from_be_bytes(self.bytes.get(self.at..self.at + 4)?.try_into().ok()?) as usize;
        let field = self.bytes.get(self.at + 4..self.at + 4 + len)?;
        self.at += 4 + len;
        Some(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A version 1 backup with no tree.
    fn empty_backup() -> Vec<u8> {
        let mut ok = MAGIC.to_vec();
        ok.extend_from_slice(&1u16.to_be_bytes());
        ok.push(END);
        let sum = Sha256::digest(&ok);
        ok.extend_from_slice(&sum);
        ok
    }

    #[test]
    fn damaged_files_are_refused() {
        let ok = empty_backup();
        assert!(parse(&ok, Path::new("b")).is_ok());
        let mut flipped = ok.clone();
        flipped[MAGIC.len() + 2] ^= 1;
        assert!(matches!(parse(&flipped, Path::new("b")), Err(BackupError::Invalid(..))));
        assert!(parse(&ok[..ok.len() - 1], Path::new("b")).is_err());
        assert!(parse(b"hello", Path::new("b")).is_err());
    }

    #[test]
    fn files_are_added_and_read_back() {
        let ok = empty_backup();
        let file = DirFile {
            name: "matrix-sdk-crypto.sqlite3".into(),
            bytes: b"SQLite format 3\0...".to_vec(),
        };
        let both = with_files(ok.clone(), std::slice::from_ref(&file), Path::new("b")).unwrap();
        assert_eq!(both[MAGIC.len()..MAGIC.len() + 2], VERSION.to_be_bytes());
        let parsed = parse(&both, Path::new("b")).unwrap();
        assert!(parsed.trees.is_empty());
        assert_eq!(parsed.files, [(file.name.as_bytes(), file.bytes.as_slice())]);
        assert_eq!(with_files(ok.clone(), &[], Path::new("b")).unwrap(), ok);
        let mut flipped = both;
        let last = flipped.len() - CHECKSUM_LEN - 2;
        flipped[last] ^= 1;
        assert!(parse(&flipped, Path::new("b")).is_err());
    }
}
