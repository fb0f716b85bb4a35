//! Atomic writes of small private files (the store key file, the Matrix session file): a
//! temporary file in the same directory, created with mode 0600 (unix), written and fsynced,
//! then moved into place, then the directory fsynced. It owns only that sequence; it must
//! not know what the bytes are, nor log them.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// What to do when the destination already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Existing {
    /// Replace it atomically: a reader sees the old file or the new one, never a mix.
    Replace,
    /// Leave it alone and fail with [`io::ErrorKind::AlreadyExists`].
    Keep,
}

/// Write `bytes` to `path` through a temporary file next to it, fsynced before it is moved
/// into place (`tempfile` creates it with mode 0600 on unix). If anything fails the
/// temporary file is removed and `path` is untouched. The directory entry is not yet
/// durable: call [`sync_dir`] afterwards.
pub(crate) fn write(path: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    let mut file = NamedTempFile::new_in(parent(path))?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    let persisted = match existing {
        Existing::Replace => file.persist(path),
        Existing::Keep => file.persist_noclobber(path),
    };
    persisted.map(drop).map_err(|e| e.error)
}

/// Make the directory entries in `path`'s directory durable (a no-op off unix, where a
/// directory cannot be opened for syncing).
pub(crate) fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(parent(path))?.sync_all()?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Make `dir` and everything under it private whatever the umask was when they were
/// created: directories 0700, files 0600 (unix; a no-op elsewhere). Symbolic links are not
/// followed.
pub(crate) fn restrict_tree(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::symlink_metadata(dir)?;
        if meta.is_dir() {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
            for entry in std::fs::read_dir(dir)? {
                restrict_tree(&entry?.path())?;
            }
        } else if meta.is_file() {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The directory holding `path` (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keep_refuses_an_existing_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f");
        write(&path, b"one", Existing::Keep).expect("first write");
        let err = write(&path, b"two", Existing::Keep).expect_err("second write");
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).expect("read"), b"one");
        write(&path, b"three", Existing::Replace).expect("replace");
        assert_eq!(std::fs::read(&path).expect("read"), b"three");
        sync_dir(&path).expect("sync dir");
        let names = std::fs::read_dir(dir.path()).expect("ls").count();
        assert_eq!(names, 1, "a temporary file was left behind");
    }

    #[cfg(unix)]
    #[test]
    fn file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f");
        write(&path, b"x", Existing::Replace).expect("write");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
