//! Becoming the bot: open the passphrase-encrypted sqlite store in a private directory,
//! restore the sealed session (checked with one `whoami`) or log in once with the password
//! as a device whose id is chosen and saved first, save the session sealed, and cross-sign
//! the device (a new identity when the store that held the keys is lost, said loudly in
//! the log); the client shares room keys only with cross-signed devices. It must not log
//! out (that would delete the device and its keys), write any part of the session in
//! clear, or log tokens, passwords or user ids.

use std::fs;
use std::io;
use std::path::Path;
use std::time::Duration;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::RequestConfig;
use matrix_sdk::ruma::api::client::{account::whoami, uiaa};
use matrix_sdk::ruma::OwnedDeviceId;
use matrix_sdk::store::RoomLoadSettings;
use matrix_sdk::Client;
use tracing::{info, warn};

use super::error::{build_error, cross_signing_error, http_error, sdk_error, store_error};
use super::{trust, Bot, Error, Settings};
use crate::channel::matrix::session;
use crate::config::Secret;

/// Timeout of a single HTTP request (a long-poll sync adds its poll timeout on top).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The session check at start: three tries (as matrix-sdk's login), then the caller's.
fn start_request() -> RequestConfig {
    RequestConfig::new().timeout(REQUEST_TIMEOUT).retry_limit(3)
}

impl Bot {
    /// Open the encrypted store, restore the saved session (or log in with the password the
    /// first time and save the session sealed), and cross-sign this device if it is not yet.
    pub async fn connect(settings: Settings) -> Result<Bot, Error> {
        let url =
            url::Url::parse(&settings.homeserver).map_err(|_| Error::InvalidHomeserver(settings.homeserver.clone()))?;
        let client = open_client(&url, &settings).await?;
        let device = match load_saved(&settings)? {
            Some(Saved::Session(saved)) => restore(&client, saved, &url, &settings).await?,
            pending => login(&client, pending, &url, &settings).await?,
        };
        let Settings {
            user,
            password,
            store_dir,
            poll_timeout,
            ..
        } = settings;
        let bot = Bot {
            client,
            user,
            device,
            store_dir,
            poll_timeout,
        };
        bot.bootstrap_cross_signing(&password, &url).await?;
        Ok(bot)
    }

    /// Cross-sign this device. A device that holds the identity's private keys keeps them;
    /// otherwise a new identity is made (with the password for the homeserver's
    /// interactive auth) and this device signed with it. Without it room keys reach nobody
    /// ([`trust::ROOM_KEY_RECIPIENTS`] requires the sender's own identity) and operators'
    /// clients see the bot as unverified.
    async fn bootstrap_cross_signing(&self, password: &Secret, url: &url::Url) -> Result<(), Error> {
        let encryption = self.client.encryption();
        if encryption.cross_signing_status().await.is_some_and(|s| s.is_complete()) {
            return Ok(());
        }
        // The keys cannot be recovered from the homeserver: an identity there belonged to
        // a device whose store is lost, and operators verified that one.
        let replaced = encryption
            .request_user_identity(&self.user)
            .await
            .map_err(|e| cross_signing_error(e, url, &self.store_dir))?
            .is_some();
        if let Err(first) = encryption.bootstrap_cross_signing(None).await {
            let Some(uiaa_info) = first.as_uiaa_response() else {
                return Err(cross_signing_error(first, url, &self.store_dir));
            };
            let mut auth = uiaa::Password::new(
                uiaa::UserIdentifier::Matrix(uiaa::MatrixUserIdentifier::new(self.user.to_string())),
                password.expose().to_owned(),
            );
            auth.session = uiaa_info.session.clone();
            encryption
                .bootstrap_cross_signing(Some(uiaa::AuthData::Password(auth)))
                .await
                .map_err(|e| cross_signing_error(e, url, &self.store_dir))?;
        }
        if replaced {
            warn!(device = %self.device, "new bot device: operators must verify the bot again");
        } else {
            info!("matrix cross-signing set up");
        }
        Ok(())
    }
}

/// The client over the sqlite store in `store_dir` (created private), opened with the
/// store passphrase. Sends no request.
async fn open_client(url: &url::Url, settings: &Settings) -> Result<Client, Error> {
    let store_dir = &settings.store_dir;
    create_private_dir(store_dir).map_err(|e| Error::Store {
        path: store_dir.clone(),
        reason: e.to_string(),
    })?;
    Client::builder()
        .homeserver_url(url.as_str())
        .sqlite_store(store_dir, Some(settings.store_passphrase.expose()))
        .request_config(RequestConfig::new().timeout(REQUEST_TIMEOUT))
        .with_room_key_recipient_strategy(trust::ROOM_KEY_RECIPIENTS)
        .with_decryption_settings(trust::decryption_settings())
        .build()
        .await
        .map_err(|e| build_error(e, store_dir))
}

/// What the sealed session file holds, if there is one.
fn load_saved(settings: &Settings) -> Result<Option<Saved>, Error> {
    let store_dir = &settings.store_dir;
    // The sqlite store opened with this passphrase, so a session file that does not
    // authenticate was altered rather than sealed under another passphrase.
    let saved = session::load(store_dir, settings.store_passphrase.expose())?
        .map(|bytes| {
            serde_json::from_slice::<Saved>(&bytes).map_err(|_| Error::Store {
                path: session::path(store_dir),
                reason: "session file content is not a matrix session".to_owned(),
            })
        })
        .transpose()?;
    Ok(saved)
}

/// Restore a saved session; its device id if the homeserver confirms it is the bot's.
async fn restore(
    client: &Client,
    saved: MatrixSession,
    url: &url::Url,
    settings: &Settings,
) -> Result<OwnedDeviceId, Error> {
    let (user, store_dir) = (&settings.user, &settings.store_dir);
    if saved.meta.user_id != *user {
        return Err(Error::SessionMismatch);
    }
    let device = saved.meta.device_id.clone();
    client
        .matrix_auth()
        .restore_session(saved, RoomLoadSettings::default())
        .await
        .map_err(|e| store_error(e, store_dir))?;
    // The only request so far: proves the homeserver is there and the token valid. Tried
    // three times, as the login is: a homeserver that keeps answering 5xx is `serve`'s to
    // retry with its backoff (and its log line), not the SDK's for a quarter of an hour.
    let whoami = client
        .send(whoami::v3::Request::new())
        .with_request_config(start_request())
        .await
        .map_err(|e| http_error(e, url, store_dir))?;
    if whoami.user_id != *user || whoami.device_id.as_ref() != Some(&device) {
        return Err(Error::SessionMismatch);
    }
    info!(device = %device, "matrix session restored");
    Ok(device)
}

/// Log in with the password as the pending device (chosen and saved now if there is none),
/// then save the session sealed; the new device's id.
async fn login(
    client: &Client,
    pending: Option<Saved>,
    url: &url::Url,
    settings: &Settings,
) -> Result<OwnedDeviceId, Error> {
    let (user, store_dir) = (&settings.user, &settings.store_dir);
    let device = pending_device(pending, settings)?;
    let auth = client.matrix_auth();
    let response = auth
        .login_username(user, settings.password.expose())
        .device_id(device.as_str())
        .initial_device_display_name(&settings.device_name)
        .send()
        .await
        .map_err(|e| sdk_error(e, url, store_dir))?;
    if response.user_id != *user || response.device_id != device {
        return Err(Error::SessionMismatch);
    }
    let session = auth
        .session()
        .ok_or_else(|| Error::Request("login gave no session".to_owned()))?;
    // If this fails the pending device id stays, and the next start logs in again as
    // the same device. Logging out here would delete the device and its keys, which
    // the store would then never upload again.
    save(store_dir, &settings.store_passphrase, &Saved::Session(session))?;
    info!(device = %device, "matrix login, session saved");
    Ok(device)
}

/// The device id to log in as. It is chosen and saved before logging in, so a crash
/// between login and saving the session logs in again as the same device.
fn pending_device(pending: Option<Saved>, settings: &Settings) -> Result<OwnedDeviceId, Error> {
    if let Some(Saved::Pending { pending_device_id }) = pending {
        return Ok(pending_device_id);
    }
    let device = new_device_id();
    save(
        &settings.store_dir,
        &settings.store_passphrase,
        &Saved::Pending {
            pending_device_id: device.clone(),
        },
    )?;
    Ok(device)
}

/// What the sealed session file holds: a full session, or the device id chosen for a login
/// that has not completed yet.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
enum Saved {
    Session(MatrixSession),
    Pending { pending_device_id: OwnedDeviceId },
}

fn save(store_dir: &Path, passphrase: &Secret, saved: &Saved) -> Result<(), Error> {
    let json = zeroize::Zeroizing::new(
        serde_json::to_vec(saved).map_err(|e| Error::Request(format!("session encoding: {e}")))?,
    );
    session::save(store_dir, passphrase.expose(), &json)?;
    Ok(())
}

/// A fresh device id: "VARCO" and 10 random uppercase letters.
fn new_device_id() -> OwnedDeviceId {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    let suffix: String = (0..10).map(|_| char::from(b'A' + rng.gen_range(0..26u8))).collect();
    OwnedDeviceId::from(format!("VARCO{suffix}"))
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
