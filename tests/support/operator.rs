//! The operator in tests: a real matrix-sdk client with its own encrypted store and its
//! device cross-signed (or, to play an intruder, not) that joins rooms, reads decrypted
//! messages and answers, plus readers of what the homeserver and the
//! disk hold (raw events, room state, files containing a canary). Declared with `#[path]`
//! by the test binaries that need matrix-sdk, so the others do not compile it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::api::client::room::create_room::v3::Request as CreateRoomRequest;
use matrix_sdk::ruma::api::client::uiaa;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::message::{
    FileInfo, FileMessageEventContent, ImageMessageEventContent, MessageType, OriginalSyncRoomMessageEvent,
    RoomMessageEventContent,
};
use matrix_sdk::ruma::events::room::{ImageInfo, MediaSource};
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::UInt;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId, RoomId};
use matrix_sdk::{Client, Room, RoomState};
use serde_json::Value;
use tokio::task::JoinHandle;

use crate::support::synapse::{enc, Synapse};

pub const DEADLINE: Duration = Duration::from_secs(30);

/// The operator: a second, independent matrix-sdk client with its own encrypted store.
pub struct Operator {
    pub client: Client,
    pub user: OwnedUserId,
    password: String,
    /// Ids of encrypted events this device could not decrypt when they arrived.
    pub encrypted: Arc<Mutex<Vec<OwnedEventId>>>,
    pub received: Arc<Mutex<Vec<(OwnedRoomId, OwnedUserId, String)>>>,
    /// Image, audio, video and file messages, as received.
    pub files: Arc<Mutex<Vec<(OwnedRoomId, OwnedUserId, MessageType)>>>,
    sync: JoinHandle<()>,
    _store: tempfile::TempDir,
}

impl Operator {
    /// A new operator account whose one device is cross-signed, as Element sets it up.
    pub async fn start(s: &Synapse) -> Operator {
        let (user, password) = s.register_user(&Synapse::unique_name("operator"));
        Operator::login(s, user, password, true).await
    }

    /// A new account whose device is not cross-signed (its owner never set it up).
    pub async fn start_without_cross_signing(s: &Synapse) -> Operator {
        let (user, password) = s.register_user(&Synapse::unique_name("operator"));
        Operator::login(s, user, password, false).await
    }

    /// Another device of this operator's account, logged in with the password and never
    /// cross-signed: what a homeserver admin or a thief of the password can add.
    pub async fn another_device(&self, s: &Synapse) -> Operator {
        Operator::login(s, self.user.to_string(), self.password.clone(), false).await
    }

    /// Another device of this operator's account that resets the account's cross-signing
    /// identity (a new master key, signing only itself): what an operator who lost their
    /// security key does, and what a thief of the password or the homeserver's
    /// administrator can do.
    pub async fn reset_identity(&self, s: &Synapse) -> Operator {
        Operator::login(s, self.user.to_string(), self.password.clone(), true).await
    }

    async fn login(s: &Synapse, user: String, password: String, cross_sign: bool) -> Operator {
        let store = tempfile::tempdir().expect("tempdir");
        let client = Client::builder()
            .homeserver_url(s.base_url())
            .sqlite_store(store.path(), Some("operator passphrase"))
            .build()
            .await
            .expect("operator client");
        client
            .matrix_auth()
            .login_username(&user, &password)
            .initial_device_display_name("operator test client")
            .send()
            .await
            .expect("operator login");
        let received = Arc::new(Mutex::new(Vec::new()));
        let files = Arc::new(Mutex::new(Vec::new()));
        let encrypted = Arc::new(Mutex::new(Vec::new()));
        let utd_sink = encrypted.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomEncryptedEvent| {
            let utd_sink = utd_sink.clone();
            async move { utd_sink.lock().expect("lock").push(ev.event_id) }
        });
        let sink = received.clone();
        let file_sink = files.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let sink = sink.clone();
            let file_sink = file_sink.clone();
            async move {
                match ev.content.msgtype {
                    MessageType::Text(text) => {
                        sink.lock()
                            .expect("lock")
                            .push((room.room_id().to_owned(), ev.sender, text.body));
                    }
                    other @ (MessageType::Image(_)
                    | MessageType::File(_)
                    | MessageType::Audio(_)
                    | MessageType::Video(_)) => {
                        file_sink
                            .lock()
                            .expect("lock")
                            .push((room.room_id().to_owned(), ev.sender, other));
                    }
                    _ => {}
                }
            }
        });
        // One sync uploads the device keys before anyone encrypts for this device.
        client
            .sync_once(SyncSettings::default())
            .await
            .expect("operator first sync");
        if cross_sign {
            cross_sign_own_device(&client, &user, &password).await;
        }
        let syncing = client.clone();
        // A long-poll loop of `sync_once`, as Element's sync loop behaves: the next poll
        // starts as soon as a response is handled. (matrix-sdk's `Client::sync` sleeps 1 s
        // whenever two syncs end within a second, which delayed any event that followed
        // another by about a second.) Errors (e.g. the homeserver restarting) are retried
        // after 200 ms. Long-poll timeout: `VARCO_TEST_OPERATOR_SYNC_SECS` (default 1).
        let poll = Duration::from_secs(
            std::env::var("VARCO_TEST_OPERATOR_SYNC_SECS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(1),
        );
        let sync = tokio::spawn(async move {
            let mut token: Option<String> = None;
            loop {
                let mut settings = SyncSettings::default().timeout(poll);
                if let Some(t) = &token {
                    settings = settings.token(t.clone());
                }
                match syncing.sync_once(settings).await {
                    Ok(response) => token = Some(response.next_batch),
                    Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
                }
            }
        });
        Operator {
            client,
            user: OwnedUserId::try_from(user).expect("operator id"),
            password,
            encrypted,
            received,
            files,
            sync,
            _store: store,
        }
    }

    pub fn token(&self) -> String {
        self.client.access_token().expect("operator token")
    }

    pub async fn join_when_invited(&self, room: &RoomId) {
        let deadline = Instant::now() + DEADLINE;
        while !self
            .client
            .get_room(room)
            .is_some_and(|r| r.state() == RoomState::Invited)
        {
            assert!(Instant::now() < deadline, "operator never saw the invite");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.client.join_room_by_id(room).await.expect("operator joins");
    }

    /// Waits until the operator has decrypted a text `body` from `sender` in `room`.
    pub async fn wait_for_text(&self, room: &RoomId, sender: &str, body: &str) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            if self
                .received
                .lock()
                .expect("lock")
                .iter()
                .any(|(r, s, b)| r == room && s == sender && b == body)
            {
                return;
            }
            assert!(Instant::now() < deadline, "operator did not decrypt the bot's message");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn send(&self, room: &RoomId, body: &str) {
        let room = self.client.get_room(room).expect("operator knows the room");
        let sent = room
            .send(RoomMessageEventContent::text_plain(body))
            .await
            .expect("operator sends");
        assert!(
            sent.encryption_info.is_some(),
            "the operator's client encrypted its reply"
        );
    }
}

impl Operator {
    /// Waits for the `n`-th (from 0) file message from `sender` in `room`.
    pub async fn wait_for_file(&self, room: &RoomId, sender: &str, n: usize) -> MessageType {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let found: Vec<MessageType> = self
                .files
                .lock()
                .expect("lock")
                .iter()
                .filter(|(r, s, _)| r == room && s == sender)
                .map(|(_, _, m)| m.clone())
                .collect();
            if let Some(m) = found.into_iter().nth(n) {
                return m;
            }
            assert!(Instant::now() < deadline, "operator did not receive file {n}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Download (and decrypt) a file message's content.
    pub async fn download(&self, message: &MessageType) -> Vec<u8> {
        let request = MediaRequestParameters {
            source: media_source(message),
            format: MediaFormat::File,
        };
        self.client
            .media()
            .get_media_content(&request, false)
            .await
            .expect("operator downloads the file")
    }

    /// Post a file into an encrypted room as the client would: encrypted upload, then an
    /// image (`image: true`) or file message. `declared` overrides the size in its info.
    pub async fn send_file(&self, room: &RoomId, name: &str, bytes: &[u8], image: bool, declared: Option<u64>) {
        let room = self.client.get_room(room).expect("operator knows the room");
        let mut reader = std::io::Cursor::new(bytes);
        let file = self
            .client
            .upload_encrypted_file(&mut reader)
            .await
            .expect("encrypted upload");
        let size = UInt::new(declared.unwrap_or(bytes.len() as u64));
        let msgtype = if image {
            let mut info = ImageInfo::new();
            (info.mimetype, info.size) = (Some("image/png".into()), size);
            MessageType::Image(ImageMessageEventContent::encrypted(name.into(), file).info(Box::new(info)))
        } else {
            let mut info = FileInfo::new();
            (info.mimetype, info.size) = (Some("application/pdf".into()), size);
            MessageType::File(FileMessageEventContent::encrypted(name.into(), file).info(Box::new(info)))
        };
        let sent = room
            .send(RoomMessageEventContent::new(msgtype))
            .await
            .expect("operator sends a file");
        assert!(
            sent.encryption_info.is_some(),
            "the operator's client encrypted its file"
        );
    }
}

/// Bootstrap cross-signing as Element does on first login: a new identity signing this
/// device, with the password if the homeserver asks for it.
async fn cross_sign_own_device(client: &Client, user: &str, password: &str) {
    let encryption = client.encryption();
    let Err(first) = encryption.bootstrap_cross_signing(None).await else {
        return;
    };
    let info = first
        .as_uiaa_response()
        .expect("cross-signing asks only for the password");
    let mut auth = uiaa::Password::new(
        uiaa::UserIdentifier::Matrix(uiaa::MatrixUserIdentifier::new(user.to_owned())),
        password.to_owned(),
    );
    auth.session = info.session.clone();
    encryption
        .bootstrap_cross_signing(Some(uiaa::AuthData::Password(auth)))
        .await
        .expect("operator cross-signs its device");
}

/// A createRoom request for an end-to-end encrypted room inviting `invite`, as Element
/// makes one (the lobby a deployment would have, a person's direct chat).
pub fn encrypted_room(invite: Vec<OwnedUserId>) -> CreateRoomRequest {
    let mut request = CreateRoomRequest::new();
    request.initial_state =
        vec![
            InitialStateEvent::with_empty_state_key(RoomEncryptionEventContent::with_recommended_defaults())
                .to_raw_any(),
        ];
    request.invite = invite;
    request
}

/// The source of a file message, for checks on what the server holds.
pub fn media_source(message: &MessageType) -> MediaSource {
    match message {
        MessageType::Image(c) => c.source.clone(),
        MessageType::File(c) => c.source.clone(),
        MessageType::Audio(c) => c.source.clone(),
        MessageType::Video(c) => c.source.clone(),
        other => panic!("not a file message: {}", other.msgtype()),
    }
}

impl Drop for Operator {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

/// Every file under `dir` (recursively) whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = match std::fs::read(&path) {
                    Ok(b) => b,
                    // sqlite removes its -wal/-shm/-journal files as connections close.
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => panic!("read {}: {e}", path.display()),
                };
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    hits.push(path);
                }
            }
        }
    }
    hits
}

/// Every event of `room` as the server stores it, oldest first, as seen by `token`'s user.
pub fn raw_events(s: &Synapse, room: &RoomId, token: &str) -> Vec<Value> {
    let v = s.call(
        "GET",
        &format!(
            "/_matrix/client/v3/rooms/{}/messages?dir=b&limit=1000",
            enc(room.as_str())
        ),
        Some(token),
        None,
    );
    let mut events = v["chunk"].as_array().expect("chunk").clone();
    events.reverse();
    events
}

pub fn state(s: &Synapse, room: &RoomId, token: &str, kind: &str) -> Value {
    s.call(
        "GET",
        &format!("/_matrix/client/v3/rooms/{}/state/{kind}/", enc(room.as_str())),
        Some(token),
        None,
    )
}
