//! The Matrix bot's client layer: log in once and restore the same device afterwards, keep
//! the sealed session and the passphrase-encrypted matrix-sdk store in `store_dir`, create
//! encrypted case rooms, send text (refusing unencrypted case rooms), and translate synced
//! events into [`MatrixEvent`]s. It must not decide what to say or what an event means, and
//! must not log message text, user ids, tokens, passwords or keys.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::event_handler::EventHandlerHandle;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoomRequest, RoomPreset};
use matrix_sdk::ruma::api::client::uiaa;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{
    MembershipChange, MembershipState, OriginalSyncRoomMemberEvent, StrippedRoomMemberEvent,
};
use matrix_sdk::ruma::events::room::message::ImageMessageEventContent;
use matrix_sdk::ruma::events::room::message::{
    AudioInfo, AudioMessageEventContent, FileInfo, FileMessageEventContent, MessageType, OriginalSyncRoomMessageEvent,
    RoomMessageEventContent, VideoInfo, VideoMessageEventContent,
};
use matrix_sdk::ruma::events::room::{ImageInfo, MediaSource};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{OwnedDeviceId, OwnedEventId, OwnedRoomId, OwnedUserId, RoomId, UInt, UserId};
use matrix_sdk::store::RoomLoadSettings;
use matrix_sdk::{Client, ClientBuildError, HttpError, Room, RoomMemberships, RoomState};
use serde_json::json;
use tokio::sync::{mpsc, watch};
use tracing::{debug, error, info, warn};

use super::session::{self, SessionError};
use crate::config::Secret;
use crate::conversation::Attachment;
use crate::flow::MediaKind;

/// Device display name used when the bot logs in for the first time.
pub const DEFAULT_DEVICE_NAME: &str = "Varco";
/// Long-poll timeout of one `/sync`; also the longest a shutdown waits for an idle sync.
pub const DEFAULT_POLL_TIMEOUT: Duration = Duration::from_secs(10);
/// Timeout of a single HTTP request (a long-poll sync adds its poll timeout on top).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Waits between failed syncs: 1 s doubling to 30 s.
const SYNC_BACKOFF: crate::channel::backoff::Backoff =
    crate::channel::backoff::Backoff::new(Duration::from_secs(1), Duration::from_secs(30));
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

/// Why a Matrix operation failed. One line each; never contains secrets or message text.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("matrix store in {0}: wrong store passphrase (the store cannot be decrypted)")]
    StorePassphrase(PathBuf),
    #[error("matrix homeserver {0} is unreachable")]
    Unreachable(String),
    #[error("matrix homeserver url `{0}` is not a valid url")]
    InvalidHomeserver(String),
    #[error("matrix login refused: wrong user id or password for the bot account")]
    Login,
    #[error("matrix session was revoked by the homeserver (device logged out or token invalid); the store in {0} must be recreated")]
    SessionRevoked(PathBuf),
    #[error("matrix session belongs to another account than the configured bot user")]
    SessionMismatch,
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error("matrix store in {0} holds the keys of another device (its session file is gone); move the store away to start a new device")]
    StoreMismatch(PathBuf),
    #[error("matrix store in {path}: {reason}")]
    Store { path: PathBuf, reason: String },
    #[error("matrix cross-signing setup failed: {0}")]
    CrossSigning(String),
    // Room ids stay out of the messages: a person's direct chat id is a platform chat id.
    #[error("matrix room is not encrypted: refusing to send")]
    NotEncrypted(OwnedRoomId),
    #[error("matrix room is not joined by the bot")]
    NotJoined(OwnedRoomId),
    #[error("matrix request failed: {0}")]
    Request(String),
    /// The homeserver did not answer, answered 5xx or asked to slow down: it will pass.
    #[error("matrix homeserver unavailable for now: {0}")]
    Unavailable(String),
    #[error("matrix attachment larger than the {limit}-byte limit")]
    TooLarge { limit: u64 },
    #[error("matrix attachment reference unreadable")]
    BadMedia,
}

/// A synced event, translated. The bot's own events are not reported. `Debug` shows only
/// room and event ids (never text or senders).
#[derive(Clone, PartialEq, Eq)]
pub enum MatrixEvent {
    /// A text message (`m.text`), decrypted if it was encrypted.
    Message {
        room: OwnedRoomId,
        sender: OwnedUserId,
        event_id: OwnedEventId,
        body: String,
    },
    /// An image, voice note or other audio, video or file, by reference (not downloaded).
    File {
        room: OwnedRoomId,
        sender: OwnedUserId,
        event_id: OwnedEventId,
        attachment: Attachment,
    },
    /// A message of another kind (notice, emote, location, …) whose content is not passed on.
    Unsupported {
        room: OwnedRoomId,
        sender: OwnedUserId,
        event_id: OwnedEventId,
    },
    /// An encrypted event the bot could not decrypt (keys missing).
    Undecryptable {
        room: OwnedRoomId,
        sender: OwnedUserId,
        event_id: OwnedEventId,
    },
    /// Someone other than the bot joined a room the bot is in.
    Joined { room: OwnedRoomId, user: OwnedUserId },
    /// The bot was invited to a room.
    Invited {
        room: OwnedRoomId,
        inviter: OwnedUserId,
        is_direct: bool,
    },
    /// Every event of one sync was delivered before this; `next_batch` resumes after them.
    Synced { next_batch: String },
}

impl MatrixEvent {
    /// The room the event happened in.
    pub fn room(&self) -> Option<&RoomId> {
        match self {
            MatrixEvent::Message { room, .. }
            | MatrixEvent::File { room, .. }
            | MatrixEvent::Unsupported { room, .. }
            | MatrixEvent::Undecryptable { room, .. }
            | MatrixEvent::Joined { room, .. }
            | MatrixEvent::Invited { room, .. } => Some(room),
            MatrixEvent::Synced { .. } => None,
        }
    }
}

impl fmt::Debug for MatrixEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatrixEvent::Message { room, event_id, .. } => {
                write!(f, "Message {{ room: {room}, event_id: {event_id}, .. }}")
            }
            MatrixEvent::File { room, event_id, .. } => {
                write!(f, "File {{ room: {room}, event_id: {event_id}, .. }}")
            }
            MatrixEvent::Unsupported { room, event_id, .. } => {
                write!(f, "Unsupported {{ room: {room}, event_id: {event_id}, .. }}")
            }
            MatrixEvent::Undecryptable { room, event_id, .. } => {
                write!(f, "Undecryptable {{ room: {room}, event_id: {event_id}, .. }}")
            }
            MatrixEvent::Joined { room, .. } => write!(f, "Joined {{ room: {room}, .. }}"),
            MatrixEvent::Invited { room, is_direct, .. } => {
                write!(f, "Invited {{ room: {room}, is_direct: {is_direct}, .. }}")
            }
            MatrixEvent::Synced { .. } => write!(f, "Synced"),
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
    /// Open the encrypted store, restore the saved session (or log in with the password the
    /// first time and save the session sealed), and set up cross-signing if it is not yet.
    pub async fn connect(settings: Settings) -> Result<Bot, Error> {
        let Settings {
            homeserver,
            user,
            password,
            store_dir,
            store_passphrase,
            device_name,
            poll_timeout,
        } = settings;
        let url = url::Url::parse(&homeserver).map_err(|_| Error::InvalidHomeserver(homeserver.clone()))?;
        create_private_dir(&store_dir).map_err(|e| Error::Store {
            path: store_dir.clone(),
            reason: e.to_string(),
        })?;

        let client = Client::builder()
            .homeserver_url(url.as_str())
            .sqlite_store(&store_dir, Some(store_passphrase.expose()))
            .request_config(RequestConfig::new().timeout(REQUEST_TIMEOUT))
            .build()
            .await
            .map_err(|e| build_error(e, &store_dir))?;

        // The sqlite store opened with this passphrase, so a session file that does not
        // authenticate was altered rather than sealed under another passphrase.
        let saved = session::load(&store_dir, store_passphrase.expose())?
            .map(|bytes| {
                serde_json::from_slice::<Saved>(&bytes).map_err(|_| Error::Store {
                    path: session::path(&store_dir),
                    reason: "session file content is not a matrix session".to_owned(),
                })
            })
            .transpose()?;
        let auth = client.matrix_auth();
        let device = match saved {
            Some(Saved::Session(saved)) => {
                if saved.meta.user_id != user {
                    return Err(Error::SessionMismatch);
                }
                let device = saved.meta.device_id.clone();
                auth.restore_session(saved, RoomLoadSettings::default())
                    .await
                    .map_err(|e| store_error(e, &store_dir))?;
                // The only request so far: proves the homeserver is there and the token valid.
                let whoami = client.whoami().await.map_err(|e| http_error(e, &url, &store_dir))?;
                if whoami.user_id != user || whoami.device_id.as_ref() != Some(&device) {
                    return Err(Error::SessionMismatch);
                }
                info!(device = %device, "matrix session restored");
                device
            }
            pending => {
                // The device id is chosen and saved before logging in, so a crash between
                // login and saving the session logs in again as the same device.
                let device = match pending {
                    Some(Saved::Pending { pending_device_id }) => pending_device_id,
                    _ => {
                        let device = new_device_id();
                        save(
                            &store_dir,
                            &store_passphrase,
                            &Saved::Pending {
                                pending_device_id: device.clone(),
                            },
                        )?;
                        device
                    }
                };
                let response = auth
                    .login_username(&user, password.expose())
                    .device_id(device.as_str())
                    .initial_device_display_name(&device_name)
                    .send()
                    .await
                    .map_err(|e| sdk_error(e, &url, &store_dir))?;
                if response.user_id != user || response.device_id != device {
                    return Err(Error::SessionMismatch);
                }
                let session = auth
                    .session()
                    .ok_or_else(|| Error::Request("login gave no session".to_owned()))?;
                // If this fails the pending device id stays, and the next start logs in again as
                // the same device. Logging out here would delete the device and its keys, which
                // the store would then never upload again.
                save(&store_dir, &store_passphrase, &Saved::Session(session))?;
                info!(device = %device, "matrix login, session saved");
                device
            }
        };

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

    async fn bootstrap_cross_signing(&self, password: &Secret, url: &url::Url) -> Result<(), Error> {
        let encryption = self.client.encryption();
        let Err(first) = encryption.bootstrap_cross_signing_if_needed(None).await else {
            return Ok(());
        };
        let Some(uiaa_info) = first.as_uiaa_response() else {
            return Err(match sdk_error(first, url, &self.store_dir) {
                Error::Request(reason) => Error::CrossSigning(reason),
                other => other,
            });
        };
        let mut auth = uiaa::Password::new(
            uiaa::UserIdentifier::Matrix(uiaa::MatrixUserIdentifier::new(self.user.to_string())),
            password.expose().to_owned(),
        );
        auth.session = uiaa_info.session.clone();
        encryption
            .bootstrap_cross_signing(Some(uiaa::AuthData::Password(auth)))
            .await
            .map_err(|e| match sdk_error(e, url, &self.store_dir) {
                Error::Request(reason) => Error::CrossSigning(reason),
                other => other,
            })?;
        info!("matrix cross-signing set up");
        Ok(())
    }

    /// The bot's user id.
    pub fn user_id(&self) -> &UserId {
        &self.user
    }

    /// The device id, the same on every start with the same store.
    pub fn device_id(&self) -> &OwnedDeviceId {
        &self.device
    }

    /// Create an encrypted case room: preset `private_chat`, `m.room.encryption`
    /// (megolm) in the initial state, guests forbidden, power levels bot 100 (or, in room
    /// versions 12+, the bot as privileged creator above every level), each invited operator
    /// 50, everyone else 0; `invite` is invited at creation. `name` must not reveal anything
    /// about the person (e.g. "Case 12").
    pub async fn create_case_room(&self, name: &str, invite: &[OwnedUserId]) -> Result<OwnedRoomId, Error> {
        // Room versions from 12 on give the creator unlimited power and refuse it in
        // `users`; older versions need the bot listed at 100. Pin the version we checked.
        let version = match self.client.homeserver_capabilities().room_versions().await {
            Ok(versions) => Some(versions.default),
            Err(e) => {
                debug!(
                    kind = error_kind(&e),
                    "matrix room versions unknown; using the server default"
                );
                None
            }
        };
        let creator_privileged = version
            .as_ref()
            .and_then(|v| v.rules())
            .is_some_and(|rules| rules.authorization.explicitly_privilege_room_creators);
        let mut users = BTreeMap::new();
        for operator in invite {
            users.insert(operator.to_string(), 50);
        }
        if !creator_privileged {
            users.insert(self.user.to_string(), 100);
        }
        let mut request = CreateRoomRequest::new();
        request.room_version = version;
        request.preset = Some(RoomPreset::PrivateChat);
        request.name = Some(name.to_owned());
        request.invite = invite.to_vec();
        request.is_direct = false;
        request.initial_state = vec![
            raw(json!({
                "type": "m.room.encryption",
                "state_key": "",
                "content": { "algorithm": "m.megolm.v1.aes-sha2" },
            }))?,
            raw(json!({
                "type": "m.room.guest_access",
                "state_key": "",
                "content": { "guest_access": "forbidden" },
            }))?,
        ];
        request.power_level_content_override = Some(raw(json!({ "users": users, "users_default": 0 }))?);
        let room = self.client.create_room(request).await.map_err(request_error)?;
        info!(room = %room.room_id(), invited = invite.len(), "matrix case room created");
        Ok(room.room_id().to_owned())
    }

    /// Send a text message into an encrypted room. Refuses ([`Error::NotEncrypted`]) if the
    /// room is not encrypted: the homeserver would accept plaintext.
    pub async fn send_text(&self, room: &RoomId, body: &str) -> Result<OwnedEventId, Error> {
        self.send_encrypted(room, RoomMessageEventContent::text_plain(body))
            .await
    }

    /// Like [`Bot::send_text`], as an `m.notice` (conventionally not answered by bots).
    pub async fn send_notice(&self, room: &RoomId, body: &str) -> Result<OwnedEventId, Error> {
        self.send_encrypted(room, RoomMessageEventContent::notice_plain(body))
            .await
    }

    /// Send a text message into the operators' lobby, which may or may not be encrypted.
    /// Never use it for a case room or for anything a person wrote.
    pub async fn send_text_lobby(&self, room: &RoomId, body: &str) -> Result<OwnedEventId, Error> {
        let joined = self.joined(room)?;
        let sent = joined
            .send(RoomMessageEventContent::text_plain(body))
            .await
            .map_err(request_error)?;
        let event_id = sent.response.event_id;
        debug!(event = %event_id, encrypted = sent.encryption_info.is_some(), "matrix lobby message sent");
        Ok(event_id)
    }

    async fn send_encrypted(&self, room: &RoomId, content: RoomMessageEventContent) -> Result<OwnedEventId, Error> {
        let joined = self.joined(room)?;
        if !is_encrypted(&joined).await? {
            warn!("matrix send refused: room not encrypted");
            return Err(Error::NotEncrypted(room.to_owned()));
        }
        let sent = joined.send(content).await.map_err(request_error)?;
        let event_id = sent.response.event_id;
        if sent.encryption_info.is_none() {
            // Cannot happen after the check above unless the SDK changed its mind; take the
            // plaintext event back at once.
            error!(event = %event_id, "matrix event went out unencrypted; redacting it");
            let _ = joined.redact(&event_id, None, None).await;
            return Err(Error::NotEncrypted(room.to_owned()));
        }
        debug!(event = %event_id, "matrix message sent");
        Ok(event_id)
    }

    /// Encrypt `bytes` (a fresh key per file), upload them and post them into an encrypted
    /// room as an image, audio, video or file message, with the attachment's caption.
    /// Refuses ([`Error::NotEncrypted`]) before uploading anything if the room is not
    /// encrypted, and takes the event back if it went out in plaintext.
    pub async fn send_file(&self, room: &RoomId, attachment: &Attachment, bytes: &[u8]) -> Result<OwnedEventId, Error> {
        let joined = self.joined(room)?;
        if !is_encrypted(&joined).await? {
            warn!("matrix attachment refused: room not encrypted");
            return Err(Error::NotEncrypted(room.to_owned()));
        }
        let limit = self.upload_limit().await;
        if bytes.len() as u64 > limit {
            return Err(Error::TooLarge { limit });
        }
        let mut reader = std::io::Cursor::new(bytes);
        let file = self
            .client
            .upload_encrypted_file(&mut reader)
            .await
            .map_err(request_error)?;
        let name = attachment.file_name();
        let (body, filename) = match attachment.caption.as_deref().filter(|c| !c.trim().is_empty()) {
            Some(caption) => (caption.to_owned(), Some(name)),
            None => (name, None),
        };
        let size = UInt::new(bytes.len() as u64);
        let mime = attachment.mime.clone();
        // The four kinds share their shape but not a type.
        macro_rules! content {
            ($variant:ident, $content:ident, $info:ident) => {{
                let mut info = $info::new();
                (info.mimetype, info.size) = (mime, size);
                let mut c = $content::encrypted(body, file).info(Box::new(info));
                c.filename = filename;
                MessageType::$variant(c)
            }};
        }
        let msgtype = match attachment.kind {
            MediaKind::Photo => content!(Image, ImageMessageEventContent, ImageInfo),
            MediaKind::Voice => content!(Audio, AudioMessageEventContent, AudioInfo),
            MediaKind::Video => content!(Video, VideoMessageEventContent, VideoInfo),
            _ => content!(File, FileMessageEventContent, FileInfo),
        };
        self.send_encrypted(room, RoomMessageEventContent::new(msgtype)).await
    }

    /// Download (and decrypt) the file of an attachment event, refusing more than `limit`
    /// bytes. Nothing is cached on disk.
    pub async fn fetch_file(&self, reference: &str, limit: u64) -> Result<Vec<u8>, Error> {
        let source: MediaSource = serde_json::from_str(reference).map_err(|_| Error::BadMedia)?;
        let request = MediaRequestParameters {
            source,
            format: MediaFormat::File,
        };
        let bytes = self
            .client
            .media()
            .get_media_content(&request, false)
            .await
            .map_err(request_error)?;
        if bytes.len() as u64 > limit {
            return Err(Error::TooLarge { limit });
        }
        Ok(bytes)
    }

    /// The homeserver's upload limit (asked once), or the common 50 MB if it does not say.
    pub async fn upload_limit(&self) -> u64 {
        match self.client.load_or_fetch_max_upload_size().await {
            Ok(n) => u64::from(n),
            Err(_) => DEFAULT_UPLOAD_LIMIT,
        }
    }

    /// Whether `room` is encrypted, asking the homeserver if the synced state does not say.
    pub async fn room_is_encrypted(&self, room: &RoomId) -> Result<bool, Error> {
        let known = self
            .client
            .get_room(room)
            .ok_or_else(|| Error::NotJoined(room.to_owned()))?;
        is_encrypted(&known).await
    }

    /// Join a room the bot was invited to (or a public one).
    pub async fn join(&self, room: &RoomId) -> Result<(), Error> {
        self.client.join_room_by_id(room).await.map_err(request_error)?;
        Ok(())
    }

    /// Leave a room.
    pub async fn leave(&self, room: &RoomId) -> Result<(), Error> {
        self.joined(room)?.leave().await.map_err(request_error)
    }

    /// Decline an invite (leave a room the bot is only invited to).
    pub async fn decline(&self, room: &RoomId) -> Result<(), Error> {
        match self.client.get_room(room) {
            Some(r) if r.state() == RoomState::Invited => r.leave().await.map_err(request_error),
            _ => Err(Error::NotJoined(room.to_owned())),
        }
    }

    /// Invite `user` to a room.
    pub async fn invite(&self, room: &RoomId, user: &UserId) -> Result<(), Error> {
        self.joined(room)?.invite_user_by_id(user).await.map_err(request_error)
    }

    /// User ids of the joined members of a room (fetched from the homeserver if needed).
    pub async fn members(&self, room: &RoomId) -> Result<Vec<OwnedUserId>, Error> {
        let members = self
            .joined(room)?
            .members(RoomMemberships::JOIN)
            .await
            .map_err(request_error)?;
        Ok(members.iter().map(|m| m.user_id().to_owned()).collect())
    }

    fn joined(&self, room: &RoomId) -> Result<Room, Error> {
        match self.client.get_room(room) {
            Some(r) if r.state() == RoomState::Joined => Ok(r),
            _ => Err(Error::NotJoined(room.to_owned())),
        }
    }

    /// Sync until `shutdown` becomes true, delivering translated events to `events` in sync
    /// order, each sync's events followed by [`MatrixEvent::Synced`] with its token.
    /// Starts from `from` — the token of the last sync whose events the caller committed —
    /// so a crash replays the events after it rather than lose them (matrix-sdk saves its
    /// own token before handlers run); the caller de-duplicates by event id. Without `from`
    /// it starts where matrix-sdk's store left off, or with an initial sync. Transient
    /// errors are retried with backoff; a revoked session ends the loop with an error.
    ///
    /// Shutdown is checked between syncs, never inside one; an idle long-poll delays
    /// shutdown by up to the poll timeout.
    pub async fn sync_loop(
        &self,
        from: Option<String>,
        mut shutdown: watch::Receiver<bool>,
        events: mpsc::Sender<MatrixEvent>,
    ) -> Result<(), Error> {
        let handles = self.register_handlers(events.clone());
        let mut token = from;
        let mut failures = 0;
        let result = loop {
            if *shutdown.borrow() {
                break Ok(());
            }
            let mut settings = SyncSettings::default().timeout(self.poll_timeout);
            if let Some(t) = &token {
                settings = settings.token(t.clone());
            }
            match self.client.sync_once(settings).await {
                Ok(response) => {
                    failures = 0;
                    // Handlers have run (and queued their events) by now.
                    if events
                        .send(MatrixEvent::Synced {
                            next_batch: response.next_batch.clone(),
                        })
                        .await
                        .is_err()
                    {
                        break Ok(());
                    }
                    token = Some(response.next_batch);
                }
                Err(e)
                    if e.client_api_error_kind()
                        .is_some_and(|k| matches!(k, ErrorKind::UnknownToken(_))) =>
                {
                    break Err(Error::SessionRevoked(self.store_dir.clone()));
                }
                Err(e) => {
                    failures += 1;
                    let backoff = SYNC_BACKOFF.delay(failures);
                    warn!(
                        kind = error_kind(&e),
                        retry_in_ms = backoff.as_millis() as u64,
                        "matrix sync failed"
                    );
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {}
                        _ = shutdown.changed() => {}
                    }
                }
            }
        };
        for handle in handles {
            self.client.remove_event_handler(handle);
        }
        result
    }

    fn register_handlers(&self, events: mpsc::Sender<MatrixEvent>) -> Vec<EventHandlerHandle> {
        let me = self.user.clone();
        let tx = events.clone();
        let own = me.clone();
        let messages = self
            .client
            .add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
                let tx = tx.clone();
                let own = own.clone();
                async move {
                    if ev.sender == own {
                        return;
                    }
                    let room = room.room_id().to_owned();
                    let translated = match ev.content.msgtype {
                        MessageType::Text(text) => MatrixEvent::Message {
                            room,
                            sender: ev.sender,
                            event_id: ev.event_id,
                            body: text.body,
                        },
                        other => match file_attachment(&other) {
                            Some(attachment) => MatrixEvent::File {
                                room,
                                sender: ev.sender,
                                event_id: ev.event_id,
                                attachment,
                            },
                            None => MatrixEvent::Unsupported {
                                room,
                                sender: ev.sender,
                                event_id: ev.event_id,
                            },
                        },
                    };
                    let _ = tx.send(translated).await;
                }
            });
        let tx = events.clone();
        let own = me.clone();
        let undecryptable = self
            .client
            .add_event_handler(move |ev: OriginalSyncRoomEncryptedEvent, room: Room| {
                let tx = tx.clone();
                let own = own.clone();
                async move {
                    if ev.sender == own {
                        return;
                    }
                    warn!(event = %ev.event_id, "matrix event could not be decrypted");
                    let _ = tx
                        .send(MatrixEvent::Undecryptable {
                            room: room.room_id().to_owned(),
                            sender: ev.sender,
                            event_id: ev.event_id,
                        })
                        .await;
                }
            });
        let tx = events.clone();
        let own = me.clone();
        let joins = self
            .client
            .add_event_handler(move |ev: OriginalSyncRoomMemberEvent, room: Room| {
                let tx = tx.clone();
                let own = own.clone();
                async move {
                    // An accepted invite is `InvitationAccepted`, not `Joined`.
                    let joined = matches!(
                        ev.membership_change(),
                        MembershipChange::Joined | MembershipChange::InvitationAccepted
                    );
                    if ev.state_key == own || !joined {
                        return;
                    }
                    let _ = tx
                        .send(MatrixEvent::Joined {
                            room: room.room_id().to_owned(),
                            user: ev.state_key,
                        })
                        .await;
                }
            });
        let tx = events;
        let own = me;
        let invites = self
            .client
            .add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
                let tx = tx.clone();
                let own = own.clone();
                async move {
                    if ev.state_key != own || ev.content.membership != MembershipState::Invite {
                        return;
                    }
                    let _ = tx
                        .send(MatrixEvent::Invited {
                            room: room.room_id().to_owned(),
                            inviter: ev.sender,
                            is_direct: ev.content.is_direct.unwrap_or(false),
                        })
                        .await;
                }
            });
        vec![messages, undecryptable, joins, invites]
    }
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

async fn is_encrypted(room: &Room) -> Result<bool, Error> {
    let state = room.encryption_state();
    if state.is_encrypted() {
        // Encryption cannot be switched off in a room, so a known "encrypted" is final.
        return Ok(true);
    }
    let state = room.latest_encryption_state().await.map_err(request_error)?;
    Ok(state.is_encrypted())
}

fn raw<T>(value: serde_json::Value) -> Result<Raw<T>, Error> {
    serde_json::value::to_raw_value(&value)
        .map(Raw::from_json)
        .map_err(|e| Error::Request(format!("request encoding: {e}")))
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

fn build_error(e: ClientBuildError, store_dir: &Path) -> Error {
    match e {
        ClientBuildError::SqliteStore(matrix_sdk_sqlite::OpenStoreError::InitCipher(_)) => {
            Error::StorePassphrase(store_dir.to_owned())
        }
        other => Error::Store {
            path: store_dir.to_owned(),
            reason: other.to_string(),
        },
    }
}

fn store_error(e: matrix_sdk::Error, store_dir: &Path) -> Error {
    if is_mismatched_account(&e) {
        return Error::StoreMismatch(store_dir.to_owned());
    }
    Error::Store {
        path: store_dir.to_owned(),
        reason: e.to_string(),
    }
}

fn is_unreachable(e: &HttpError) -> bool {
    match e {
        HttpError::Reqwest(r) => r.is_connect() || r.is_timeout() || r.is_request(),
        HttpError::Cached(inner) => is_unreachable(inner),
        _ => false,
    }
}

fn http_error(e: HttpError, url: &url::Url, store_dir: &Path) -> Error {
    if is_unreachable(&e) {
        return Error::Unreachable(url.to_string());
    }
    match e.client_api_error_kind() {
        Some(ErrorKind::UnknownToken(_)) => Error::SessionRevoked(store_dir.to_owned()),
        Some(ErrorKind::Forbidden) => Error::Login,
        _ => Error::Request(e.to_string()),
    }
}

fn is_mismatched_account(e: &matrix_sdk::Error) -> bool {
    use matrix_sdk::encryption::{CryptoStoreError, OlmError};
    let store = match e {
        matrix_sdk::Error::CryptoStoreError(inner) => &**inner,
        matrix_sdk::Error::OlmError(inner) => match &**inner {
            OlmError::Store(store) => store,
            _ => return false,
        },
        _ => return false,
    };
    matches!(store, CryptoStoreError::MismatchedAccount { .. })
}

fn sdk_error(e: matrix_sdk::Error, url: &url::Url, store_dir: &Path) -> Error {
    if is_mismatched_account(&e) {
        return Error::StoreMismatch(store_dir.to_owned());
    }
    match e {
        matrix_sdk::Error::Http(http) => http_error(*http, url, store_dir),
        other => Error::Request(other.to_string()),
    }
}

/// An attachment event's file, by reference: the media source (with its decryption key,
/// for encrypted media) as JSON, kept encrypted in the outbox like every stored value.
fn file_attachment(msgtype: &MessageType) -> Option<Attachment> {
    // The four kinds share their shape but not a type.
    macro_rules! parts {
        ($kind:expr, $c:expr) => {{
            let info = $c.info.as_deref();
            let (mime, size) = (info.and_then(|i| i.mimetype.clone()), info.and_then(|i| i.size));
            ($kind, &$c.source, $c.filename(), $c.caption(), mime, size)
        }};
    }
    let (kind, source, name, caption, mime, size) = match msgtype {
        MessageType::Image(c) => parts!(MediaKind::Photo, c),
        MessageType::Audio(c) => parts!(MediaKind::Voice, c),
        MessageType::Video(c) => parts!(MediaKind::Video, c),
        MessageType::File(c) => parts!(MediaKind::Document, c),
        _ => return None,
    };
    Some(Attachment {
        kind,
        origin: super::CHANNEL.into(),
        reference: serde_json::to_string(source).ok()?,
        name: Some(name.to_owned()),
        mime,
        size: size.map(u64::from),
        caption: caption.map(str::to_owned),
        exceeds: None,
    })
}

fn request_error(e: matrix_sdk::Error) -> Error {
    let text = scrub_ids(&e.to_string());
    match &e {
        matrix_sdk::Error::Http(http) if is_transient(http) => Error::Unavailable(text),
        _ => Error::Request(text),
    }
}

/// Whether an HTTP failure will pass by itself: no answer, a 5xx or 429, or an answer that
/// is not the homeserver's (a proxy's error page). A Matrix error with a 4xx status is the
/// homeserver's refusal and will not.
fn is_transient(e: &HttpError) -> bool {
    if is_unreachable(e) {
        return true;
    }
    match e {
        HttpError::Cached(inner) => is_transient(inner),
        HttpError::Reqwest(_) | HttpError::Api(_) => match e.as_client_api_error() {
            Some(api) => api.status_code.is_server_error() || api.status_code.as_u16() == 429,
            None => true,
        },
        _ => false,
    }
}

/// `text` with every Matrix room, user or alias id (`!…:server`, `@…:server`, `#…:server`,
/// a room version 12 `!hash`, also percent-encoded, as in a request URL) replaced by `<id>`: SDK and HTTP errors quote
/// URLs, and a person's direct-chat room id and user id must not reach the logs.
pub fn scrub_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(['!', '@', '#', '%']) {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let sigil_len = match tail.as_bytes() {
            [b'!' | b'@' | b'#', ..] => 1,
            [b'%', b'2', b'1' | b'3', ..] | [b'%', b'4', b'0', ..] => 3,
            _ => 0,
        };
        if sigil_len == 0 {
            out.push('%');
            rest = &tail[1..];
            continue;
        }
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || matches!(c, '/' | '?' | '&' | ')' | '(' | '"' | '\'' | ',' | ';' | '>' | '<')
            })
            .unwrap_or(tail.len());
        let token = &tail[..end];
        let body = &token[sigil_len..];
        let has_server = body.contains(':') || body.contains("%3A") || body.contains("%3a");
        // Room version 12 ids have no server part: `!` and a 43-character hash.
        let is_room = tail.starts_with('!') || tail.starts_with("%21");
        let opaque_room = is_room
            && body.len() >= 16
            && body
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '='));
        if !body.is_empty() && (has_server || opaque_room) {
            out.push_str("<id>");
            rest = &tail[end..];
        } else {
            out.push_str(&tail[..sigil_len]);
            rest = &tail[sigil_len..];
        }
    }
    out.push_str(rest);
    out
}

/// A coarse, content-free name for a sync failure, for logs.
fn error_kind(e: &matrix_sdk::Error) -> &'static str {
    match e {
        matrix_sdk::Error::Http(http) if is_unreachable(http) => "unreachable",
        matrix_sdk::Error::Http(_) => "http",
        _ => "client",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_scrubbed_from_error_texts() {
        let e = "error sending request for url (http://127.0.0.1:8008/_matrix/client/v3/rooms/%21dm123%3Aexample.org/send/m.room.message/1): timeout";
        let shown = scrub_ids(e);
        assert!(!shown.contains("dm123"), "{shown}");
        assert!(
            shown.contains("rooms/<id>/send") && shown.contains("127.0.0.1:8008"),
            "{shown}"
        );
        let shown = scrub_ids("user @victim:example.org in !room:example.org, 100% sure!");
        assert_eq!(shown, "user <id> in <id>, 100% sure!");
        assert_eq!(scrub_ids("#lobby:example.org"), "<id>");
        let v12 = "url (http://h/_matrix/client/v3/rooms/!TXt8Qn7zs4AXUqgOoEiI2DCXlxmY8lvtkq9F8C6Kpfs/members)";
        assert_eq!(scrub_ids(v12), "url (http://h/_matrix/client/v3/rooms/<id>/members)");
        assert_eq!(scrub_ids("send !claim first!"), "send !claim first!");
    }

    #[test]
    fn debug_of_events_shows_no_text_or_sender() {
        let ev = MatrixEvent::Message {
            room: OwnedRoomId::try_from("!room:example.org").expect("room"),
            sender: OwnedUserId::try_from("@victim:example.org").expect("user"),
            event_id: OwnedEventId::try_from("$ev").expect("event"),
            body: "secret canary".to_owned(),
        };
        let shown = format!("{ev:?}");
        assert!(shown.contains("$ev") && !shown.contains("canary") && !shown.contains("victim"));
        let ev = MatrixEvent::Invited {
            room: OwnedRoomId::try_from("!room:example.org").expect("room"),
            inviter: OwnedUserId::try_from("@victim:example.org").expect("user"),
            is_direct: true,
        };
        assert!(!format!("{ev:?}").contains("victim"));
    }

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
