//! The store's master key: generating it, writing and loading its key file (64 hex chars,
//! mode 0600). It must not encrypt anything itself (that is `cipher`), print or log key
//! material, or ever overwrite an existing key file.

use std::fmt;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::Zeroizing;

use super::private_file::{self, Existing};
use super::{Error, Result};

/// Length of the master key in bytes.
pub(crate) const KEY_LEN: usize = 32;

/// 32 secret bytes from which the cipher derives its subkeys. Zeroized on drop; its
/// `Debug` shows no key material.
pub struct MasterKey {
    bytes: Zeroizing<[u8; KEY_LEN]>,
}

impl MasterKey {
    /// A fresh key from the operating system's randomness.
    pub fn generate() -> MasterKey {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        OsRng.fill_bytes(&mut bytes[..]);
        MasterKey { bytes }
    }

    /// A key from known bytes (tests, benches, and keys derived elsewhere such as the Matrix
    /// session key).
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> MasterKey {
        MasterKey {
            bytes: Zeroizing::new(bytes),
        }
    }

    /// The raw key, for deriving subkeys. Crate-internal: nothing outside the store layer
    /// gets to see key material.
    pub(crate) fn expose(&self) -> &[u8; KEY_LEN] {
        &self.bytes
    }

    /// Generate a key and write it to `path` (parent directories created, file created with
    /// mode 0600, never overwriting an existing file), fsynced before returning.
    pub fn generate_to_file(path: &Path) -> Result<MasterKey> {
        let key = MasterKey::generate();
        key.write_new_file(path)?;
        Ok(key)
    }

    fn write_new_file(&self, path: &Path) -> Result<()> {
        let fail = |reason: String| key_file_error(path, reason);

        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            create_private_dirs(parent)
                .map_err(|e| fail(format!("cannot create directory {}: {e}", parent.display())))?;
        }

        let mut text = Zeroizing::new(hex::encode(&self.bytes[..]));
        text.push('\n');
        // Written whole or not at all (no half-written key to confuse the next attempt), and
        // never over an existing key.
        private_file::write(path, text.as_bytes(), Existing::Keep).map_err(|e| {
            if e.kind() == ErrorKind::AlreadyExists {
                fail("already exists; refusing to overwrite a key (existing data would become unreadable)".to_string())
            } else {
                fail(format!("cannot be written: {e}"))
            }
        })?;
        // Best effort: the key file itself is already durable.
        let _ = private_file::sync_dir(path);
        Ok(())
    }

    /// Load a key file written by [`MasterKey::generate_to_file`]. Refuses files that are
    /// readable by group or others (unix).
    pub fn load(path: &Path) -> Result<MasterKey> {
        let fail = |reason: String| key_file_error(path, reason);

        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            ErrorKind::NotFound => fail("not found; create one with `varco keys generate --out <path>`".to_string()),
            _ => fail(format!("cannot be read: {e}")),
        })?;
        if !meta.is_file() {
            return Err(fail("is not a regular file".to_string()));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = meta.permissions().mode() & 0o7777;
            if mode & 0o077 != 0 {
                return Err(fail(format!(
                    "permissions are too open (mode {mode:04o}); run chmod 600 {}",
                    path.display()
                )));
            }
        }

        let not_a_key = || fail("not a varco store key (expected 64 hex characters)".to_string());
        let mut file = std::fs::File::open(path).map_err(|e| fail(format!("cannot be read: {e}")))?;
        // Read at most one byte more than the longest valid file, so a huge file is rejected
        // without being slurped.
        let mut content = Zeroizing::new(Vec::with_capacity(2 * KEY_LEN + 2));
        (&mut file)
            .take(2 * KEY_LEN as u64 + 2)
            .read_to_end(&mut content)
            .map_err(|e| fail(format!("cannot be read: {e}")))?;

        let hex_part = content.strip_suffix(b"\n").unwrap_or(&content[..]);
        if hex_part.len() != 2 * KEY_LEN {
            return Err(not_a_key());
        }
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        hex::decode_to_slice(hex_part, &mut bytes[..]).map_err(|_| not_a_key())?;
        Ok(MasterKey { bytes })
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(<redacted>)")
    }
}

fn key_file_error(path: &Path, reason: String) -> Error {
    Error::KeyFile {
        path: PathBuf::from(path),
        reason,
    }
}

/// Create missing directories; new ones get mode 0700 on unix (existing ones are left alone).
pub(super) fn create_private_dirs(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_no_key_material() {
        let key = MasterKey::from_bytes([0xab; KEY_LEN]);
        let shown = format!("{key:?}");
        assert!(!shown.contains("ab"), "{shown}");
        assert!(!shown.contains("171"), "{shown}");
    }

    #[test]
    fn generated_keys_differ() {
        assert_ne!(MasterKey::generate().expose(), MasterKey::generate().expose());
    }
}
