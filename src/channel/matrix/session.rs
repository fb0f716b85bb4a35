//! The bot's Matrix session file (`store_dir/session`): user id, device id and access token,
//! sealed with AES-256-GCM under a key stretched from the store passphrase. It must not
//! write the session in clear, log any part of it, or know anything about the network.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use hmac::Hmac;
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::store::private_file::{self, Existing};
use crate::store::{Cipher, MasterKey};

/// File name of the sealed session inside the store directory.
pub const FILE_NAME: &str = "session";
/// First bytes of a session file: format and version.
const MAGIC: &[u8; 4] = b"VMS1";
const SALT_LEN: usize = 16;
/// PBKDF2-HMAC-SHA256 rounds for the passphrase (matrix-sdk's own store uses the same count).
const KDF_ROUNDS: u32 = 200_000;
/// Associated data binding the sealed bytes to their purpose.
const TREE: &str = "matrix";
const KEY: &[u8] = b"session";

/// Why a session file could not be read or written. Messages never contain its contents.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The file or its directory could not be read or written.
    #[error("matrix session file {path}: {source}")]
    Io {
        /// The session file.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// Authentication failed: wrong passphrase, or the file was altered or truncated.
    #[error(
        "matrix session file {path} cannot be opened with this store passphrase (wrong passphrase or altered file)"
    )]
    Unauthentic {
        /// The session file.
        path: PathBuf,
    },
    /// The file does not start with Varco's magic bytes, or is too short for its salt.
    #[error("matrix session file {path} is not a Varco session file")]
    Format {
        /// The session file.
        path: PathBuf,
    },
}

/// Path of the session file in `store_dir`.
pub fn path(store_dir: &Path) -> PathBuf {
    store_dir.join(FILE_NAME)
}

/// Read and open the session file; `Ok(None)` if there is none yet.
pub fn load(store_dir: &Path, passphrase: &str) -> Result<Option<Zeroizing<Vec<u8>>>, SessionError> {
    let path = path(store_dir);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(SessionError::Io { path, source }),
    };
    open(&bytes, passphrase).map(Some).map_err(|e| match e {
        Unsealed::Foreign => SessionError::Format { path: path.clone() },
        Unsealed::Unauthentic => SessionError::Unauthentic { path: path.clone() },
    })
}

/// Seal `plaintext` and replace the session file atomically (temp file with mode 0600,
/// fsync, rename, fsync of the directory).
pub fn save(store_dir: &Path, passphrase: &str, plaintext: &[u8]) -> Result<(), SessionError> {
    let path = path(store_dir);
    let sealed = seal(plaintext, passphrase);
    private_file::write(&path, &sealed, Existing::Replace)
        .and_then(|()| private_file::sync_dir(&path))
        .map_err(|source| SessionError::Io { path, source })
}

/// `MAGIC || salt || Cipher::seal(...)`, with a fresh random salt per file.
fn seal(plaintext: &[u8], passphrase: &str) -> Vec<u8> {
    let mut salt = [0u8; SALT_LEN];
    OsRng.fill_bytes(&mut salt);
    let cipher = cipher(passphrase, &salt);
    let mut out = Vec::with_capacity(MAGIC.len() + SALT_LEN + plaintext.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&salt);
    out.extend_from_slice(&cipher.seal(TREE, KEY, plaintext));
    out
}

/// Why a session file's bytes could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
enum Unsealed {
    /// Not a Varco session file (no magic, too short).
    #[error("not a varco session file")]
    Foreign,
    /// Authentication failed: wrong passphrase, or altered.
    #[error("authentication failed")]
    Unauthentic,
}

/// Opens a sealed session.
fn open(bytes: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>, Unsealed> {
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or(Unsealed::Foreign)?;
    if rest.len() < SALT_LEN {
        return Err(Unsealed::Foreign);
    }
    let (salt, sealed) = rest.split_at(SALT_LEN);
    cipher(passphrase, salt)
        .open(TREE, KEY, sealed)
        .map(Zeroizing::new)
        .map_err(|_| Unsealed::Unauthentic)
}

fn cipher(passphrase: &str, salt: &[u8]) -> Cipher {
    let mut key = Zeroizing::new([0u8; 32]);
    if pbkdf2::pbkdf2::<Hmac<Sha256>>(passphrase.as_bytes(), salt, KDF_ROUNDS, &mut *key).is_err() {
        // HMAC accepts keys of any length, so PBKDF2 cannot fail here.
        unreachable!("PBKDF2-HMAC-SHA256 rejected its input");
    }
    Cipher::new(&MasterKey::from_bytes(*key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_needs_the_passphrase_and_hides_the_plaintext() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(load(dir.path(), "pw").expect("load").is_none());
        save(dir.path(), "pw", b"canary-token-123").expect("save");
        let raw = fs::read(path(dir.path())).expect("read");
        assert!(!raw.windows(6).any(|w| w == b"canary"));
        assert_eq!(
            &**load(dir.path(), "pw").expect("load").expect("some"),
            b"canary-token-123"
        );
        assert!(matches!(
            load(dir.path(), "other"),
            Err(SessionError::Unauthentic { .. })
        ));
        fs::write(path(dir.path()), b"{\"json\": true}").expect("write");
        assert!(matches!(load(dir.path(), "pw"), Err(SessionError::Format { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        save(dir.path(), "pw", b"x").expect("save");
        let mode = fs::metadata(path(dir.path())).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
