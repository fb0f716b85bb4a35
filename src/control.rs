//! The admin socket of `serve`: a Unix socket (mode 0600, beside the store) on which the
//! running process answers `varco backup` (the store's backup bytes, copied at one point in
//! time) and `varco stats` (the monitoring counters), so that neither needs the store lock
//! that `serve` holds. It owns the one-line request protocol, both ends; it must not answer
//! anything that opens a sealed value other than the anonymous counters, nor listen on a
//! network address.
//!
//! Protocol: the client writes one request line (`backup` or `counters`); the server answers
//! `+` and the payload (backup bytes; counters as JSON) or `-` and a one-line reason, then
//! closes.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::store::{SledStore, Store};

/// Request for the store's backup bytes.
pub const BACKUP: &str = "backup";
/// Request for the monitoring counters (`[["2026-11|started", 12], …]`).
pub const COUNTERS: &str = "counters";
const IO_TIMEOUT: Duration = Duration::from_secs(30);

/// Why the admin socket could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    /// The socket could not be created, reached, read or written.
    #[error("admin socket {path}: {source}")]
    Io {
        /// The socket's path.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// `serve` answered with an error.
    #[error("serve refused: {0}")]
    Refused(String),
}

/// The listening socket; dropping it stops the listener and removes the socket file.
pub struct Listening {
    path: PathBuf,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// Start answering on `path` (a stale socket file is replaced).
pub fn listen(path: &Path, store: Arc<SledStore>) -> Result<Listening, ControlError> {
    let io_err = |source| ControlError::Io {
        path: path.to_path_buf(),
        source,
    };
    if path.exists() && UnixStream::connect(path).is_err() {
        std::fs::remove_file(path).map_err(io_err)?;
    }
    let listener = UnixListener::bind(path).map_err(io_err)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(io_err)?;
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::Builder::new()
        .name("varco-admin".into())
        .spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                match stream {
                    Ok(stream) => {
                        if let Err(e) = answer(stream, &store) {
                            tracing::warn!(error = %e, "admin socket: request failed");
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "admin socket: accept failed"),
                }
            }
        })
        .map_err(io_err)?;
    Ok(Listening {
        path: path.to_path_buf(),
        stop,
        thread: Some(thread),
    })
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept so the thread sees the flag.
        let _ = UnixStream::connect(&self.path);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

fn answer(stream: UnixStream, store: &SledStore) -> io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let mut line = String::new();
    BufReader::new(&stream).take(64).read_line(&mut line)?;
    let reply: Result<Vec<u8>, String> = match line.trim() {
        BACKUP => store.backup_bytes().map(|(bytes, _)| bytes).map_err(|e| e.to_string()),
        COUNTERS => store
            .counters()
            .map_err(|e| e.to_string())
            .and_then(|c| serde_json::to_vec(&c).map_err(|e| e.to_string())),
        "" => return Ok(()),
        _ => Err("unknown request".to_owned()),
    };
    let mut stream = stream;
    match reply {
        Ok(bytes) => {
            stream.write_all(b"+")?;
            stream.write_all(&bytes)?;
        }
        Err(reason) => {
            stream.write_all(b"-")?;
            stream.write_all(reason.as_bytes())?;
        }
    }
    stream.flush()
}

/// Ask the `serve` listening on `path`; `Ok(None)` when nothing listens there (no socket
/// file, or a stale one): the caller may then open the store itself.
pub fn request(path: &Path, what: &str) -> Result<Option<Vec<u8>>, ControlError> {
    let io_err = |source| ControlError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut stream = match UnixStream::connect(path) {
        Ok(s) => s,
        Err(e) if matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused) => return Ok(None),
        Err(e) => return Err(io_err(e)),
    };
    stream.set_read_timeout(Some(IO_TIMEOUT)).map_err(io_err)?;
    stream.write_all(format!("{what}\n").as_bytes()).map_err(io_err)?;
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).map_err(io_err)?;
    match reply.split_first() {
        Some((b'+', payload)) => Ok(Some(payload.to_vec())),
        Some((_, reason)) => Err(ControlError::Refused(String::from_utf8_lossy(reason).into_owned())),
        None => Err(ControlError::Refused("no answer".to_owned())),
    }
}
