//! The Matrix bot's client layer: the [`Bot`] handle, its [`Settings`] and the constants
//! callers see; the work is split by concern into `login` (store, session, device,
//! cross-signing), `rooms` (case rooms, sending, membership, media), `history` (a direct
//! chat's history redacted at a quick exit), `sync` (the sync loop and its handlers),
//! `event` (synced events translated into [`MatrixEvent`]s), `trust` (room keys only for
//! cross-signed devices, each message's [`SenderDevice`], operators' identities pinned),
//! `verify` (the bot's side of an operator's interactive verification) and `error` (every failure
//! mapped into [`Error`], ids scrubbed from SDK texts). It must not decide
//! what to say or what an event means, and must not log message text, user ids, tokens,
//! passwords or keys.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use matrix_sdk::ruma::{OwnedDeviceId, OwnedUserId, UserId};
use matrix_sdk::Client;

use crate::config::Secret;

mod error;
mod event;
mod history;
mod login;
mod rooms;
mod sync;
mod trust;
mod verify;

pub use error::{scrub_ids, Error};
pub use event::MatrixEvent;
pub use trust::{Pin, SenderDevice};
pub use verify::Verified;

/// Device display name used when the bot logs in for the first time.
pub const DEFAULT_DEVICE_NAME: &str = "Varco";
/// Long-poll timeout of one `/sync`; also the longest a shutdown waits for an idle sync.
pub const DEFAULT_POLL_TIMEOUT: Duration = Duration::from_secs(10);
/// Upload limit assumed when the homeserver does not state one (Synapse's default).
pub const DEFAULT_UPLOAD_LIMIT: u64 = 50 * 1024 * 1024;

/// Everything [`Bot::connect`] needs. `Debug` shows no secret.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Homeserver base URL (`https://matrix.example.org`), not a server name.
    pub homeserver: String,
    /// The bot's user id.
    pub user: OwnedUserId,
    /// The bot account's password (first login and cross-signing setup only).
    pub password: Secret,
    /// Directory of the sealed session file and the matrix-sdk sqlite stores.
    pub store_dir: PathBuf,
    /// Passphrase of the matrix-sdk stores and the session file.
    pub store_passphrase: Secret,
    /// Display name of the device created by the first login.
    pub device_name: String,
    /// Long-poll timeout of each `/sync` in [`Bot::sync_loop`].
    pub poll_timeout: Duration,
}

impl Settings {
    /// Settings with the default device name and poll timeout.
    pub fn new(
        homeserver: impl Into<String>,
        user: OwnedUserId,
        password: Secret,
        store_dir: impl Into<PathBuf>,
        store_passphrase: Secret,
    ) -> Settings {
        Settings {
            homeserver: homeserver.into(),
            user,
            password,
            store_dir: store_dir.into(),
            store_passphrase,
            device_name: DEFAULT_DEVICE_NAME.to_owned(),
            poll_timeout: DEFAULT_POLL_TIMEOUT,
        }
    }
}

/// The logged-in bot. Cheap to clone (clones share one client).
#[derive(Clone)]
pub struct Bot {
    client: Client,
    user: OwnedUserId,
    device: OwnedDeviceId,
    store_dir: PathBuf,
    poll_timeout: Duration,
}

impl fmt::Debug for Bot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bot")
            .field("device", &self.device)
            .finish_non_exhaustive()
    }
}

impl Bot {
    /// The bot's user id.
    pub fn user_id(&self) -> &UserId {
        &self.user
    }

    /// The device id, the same on every start with the same store.
    pub fn device_id(&self) -> &OwnedDeviceId {
        &self.device
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_debug_hides_secrets() {
        let settings = Settings::new(
            "http://127.0.0.1:1",
            OwnedUserId::try_from("@bot:example.org").expect("user"),
            Secret::new("hunter2"),
            "/tmp/x",
            Secret::new("passphrase-canary"),
        );
        let shown = format!("{settings:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("passphrase-canary"));
    }
}
