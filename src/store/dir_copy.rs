//! Consistent copies of a directory of SQLite databases while their owner writes them: the
//! Matrix client's stores (`matrix.store_dir`: matrix-sdk-sqlite's state, crypto and event
//! cache databases, their values encrypted with the store passphrase, the files plain
//! SQLite) and the small files beside them (the sealed session). Each database is copied
//! with SQLite's `VACUUM INTO`, a snapshot at one point in time that a writer in another
//! process does not disturb; the other files are read as they are. It owns that copy and
//! putting the files back; it must not open a value, hold the passphrase, or write into a
//! directory that is not empty.

use std::io;
use std::path::{Path, PathBuf};

use super::key::create_private_dirs;
use super::private_file::{self, Existing};

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";
/// The scratch directory inside the copied directory, removed after each copy.
const SCRATCH: &str = ".varco-backup";
/// How long a copy waits for a writer's lock before giving up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// One file of a copied directory: its name (no directory part) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirFile {
    /// The file's name in the directory.
    pub name: String,
    /// Its bytes (a database: the consistent copy).
    pub bytes: Vec<u8>,
}

/// Why a directory could not be copied or put back. Names a file, never its content.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// A file could not be read, written or listed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// SQLite could not make the copy of a database.
    #[error("{path}: consistent copy failed: {source}")]
    Sqlite {
        /// The database.
        path: PathBuf,
        /// The reason.
        source: rusqlite::Error,
    },
    /// A name that is not a plain file name (from a damaged or crafted backup).
    #[error("{0:?} is not a plain file name")]
    BadName(String),
    /// The target directory already holds something.
    #[error("{0} is not empty: restore only into an empty or new directory")]
    NotEmpty(PathBuf),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> CopyError + '_ {
    move |source| CopyError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Whether a file belongs to a database's journal (copied with the database itself).
fn is_journal(name: &str) -> bool {
    ["-wal", "-shm", "-journal"].iter().any(|s| name.ends_with(s))
}

/// Copy every regular file of `dir` (not its subdirectories): each SQLite database as a
/// consistent snapshot (`VACUUM INTO`), the others as they are; journals are in the
/// snapshots. Sorted by name. A missing `dir` is an empty list.
pub fn snapshot(dir: &Path) -> Result<Vec<DirFile>, CopyError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(dir)(e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_error(dir))?;
        let is_file = entry.file_type().map_err(io_error(dir))?.is_file();
        match entry.file_name().into_string() {
            Ok(name) if is_file && !is_journal(&name) => names.push(name),
            _ => {}
        }
    }
    names.sort();
    let scratch = dir.join(SCRATCH);
    let _ = std::fs::remove_dir_all(&scratch);
    create_private_dirs(&scratch).map_err(io_error(&scratch))?;
    let copied = names
        .into_iter()
        .map(|name| copy_one(dir, &scratch, name))
        .collect::<Result<Vec<_>, _>>();
    let _ = std::fs::remove_dir_all(&scratch);
    copied
}

/// One file: a database through `VACUUM INTO` a scratch file, anything else read.
fn copy_one(dir: &Path, scratch: &Path, name: String) -> Result<DirFile, CopyError> {
    let path = dir.join(&name);
    let bytes = std::fs::read(&path).map_err(io_error(&path))?;
    if !bytes.starts_with(SQLITE_MAGIC) {
        return Ok(DirFile { name, bytes });
    }
    let target = scratch.join(&name);
    let sqlite = |source| CopyError::Sqlite {
        path: path.clone(),
        source,
    };
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let db = rusqlite::Connection::open_with_flags(&path, flags).map_err(sqlite)?;
    db.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
    let target_str = target.to_str().ok_or_else(|| CopyError::BadName(name.clone()))?;
    db.execute("VACUUM INTO ?1", [target_str]).map_err(sqlite)?;
    drop(db);
    let bytes = std::fs::read(&target).map_err(io_error(&target))?;
    Ok(DirFile { name, bytes })
}

/// Whether `name` is a plain file name: no directory part, not `.` or `..`.
fn plain(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\', '\0'])
}

/// Fail unless `dir` is missing or empty.
pub fn ensure_empty(dir: &Path) -> Result<(), CopyError> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => match entries.next() {
            Some(_) => Err(CopyError::NotEmpty(dir.to_path_buf())),
            None => Ok(()),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_error(dir)(e)),
    }
}

/// Put `files` into `dir`, which must be missing or empty: created 0700, each file 0600,
/// written atomically, the directory synced.
pub fn restore(files: &[DirFile], dir: &Path) -> Result<(), CopyError> {
    if let Some(bad) = files.iter().find(|f| !plain(&f.name)) {
        return Err(CopyError::BadName(bad.name.clone()));
    }
    ensure_empty(dir)?;
    create_private_dirs(dir).map_err(io_error(dir))?;
    for file in files {
        let path = dir.join(&file.name);
        private_file::write(&path, &file.bytes, Existing::Keep).map_err(io_error(&path))?;
    }
    if let Some(file) = files.first() {
        let path = dir.join(&file.name);
        private_file::sync_dir(&path).map_err(io_error(&path))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_are_restored() {
        for bad in ["", ".", "..", "../x", "a/b", "/etc/passwd"] {
            assert!(!plain(bad), "{bad}");
        }
        assert!(plain("matrix-sdk-crypto.sqlite3"));
        let dir = tempfile::tempdir().unwrap();
        let files = [DirFile {
            name: "../escape".into(),
            bytes: vec![1],
        }];
        assert!(matches!(
            restore(&files, &dir.path().join("m")),
            Err(CopyError::BadName(_))
        ));
        assert!(!dir.path().join("escape").exists());
    }

    #[test]
    fn a_database_being_written_is_copied_whole_and_opens() {
        let dir = tempfile::tempdir().unwrap();
        let live = rusqlite::Connection::open(dir.path().join("crypto.sqlite3")).unwrap();
        live.pragma_update(None, "journal_mode", "wal").unwrap();
        live.execute_batch("CREATE TABLE k (v BLOB); INSERT INTO k VALUES (x'0102');")
            .unwrap();
        std::fs::write(dir.path().join("session"), b"sealed").unwrap();
        // Committed but still in the WAL: the copy must hold it.
        live.execute("INSERT INTO k VALUES (x'0304')", []).unwrap();
        let files = snapshot(dir.path()).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["crypto.sqlite3", "session"]);
        assert!(!dir.path().join(SCRATCH).exists());

        let back = dir.path().join("restored");
        restore(&files, &back).unwrap();
        let copy = rusqlite::Connection::open(back.join("crypto.sqlite3")).unwrap();
        let n: i64 = copy.query_row("SELECT count(*) FROM k", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 2);
        assert_eq!(std::fs::read(back.join("session")).unwrap(), b"sealed");
        assert!(matches!(restore(&files, &back), Err(CopyError::NotEmpty(_))));
    }
}
