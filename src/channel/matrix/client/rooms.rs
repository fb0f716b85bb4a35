//! The bot in rooms: encrypted case rooms (`private_chat`, `m.room.encryption` in the
//! initial state, power levels that leave inviting, removing, redacting others and every
//! change of state to the bot alone: operators may only talk), sending text, notices and
//! files into encrypted rooms only (the lobby too) — but for the one neutral fallback a
//! direct chat that cannot be made private gets in clear — turning encryption on in a
//! direct chat, membership (join, leave, decline,
//! invite, kick, members), whether a room is encrypted as the homeserver says now, fetching
//! an attachment's bytes and the homeserver's upload limit. It must not decide what is said
//! or to whom, send anything a person wrote in clear, or log text or user ids (a case
//! room's id only when it is created).

use std::collections::BTreeMap;

use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoomRequest, RoomPreset};
use matrix_sdk::ruma::api::client::state::get_state_event_for_key::v3::Request as StateRequest;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::events::room::message::{
    AudioInfo, AudioMessageEventContent, FileInfo, FileMessageEventContent, ImageMessageEventContent, MessageType,
    RoomMessageEventContent, VideoInfo, VideoMessageEventContent,
};
use matrix_sdk::ruma::events::room::{EncryptedFile, ImageInfo, MediaSource};
use matrix_sdk::ruma::events::StateEventType;
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{MxcUri, OwnedEventId, OwnedRoomId, OwnedUserId, RoomId, UInt, UserId};
use matrix_sdk::{Room, RoomMemberships, RoomState};
use matrix_sdk_crypto::AttachmentDecryptor;
use serde_json::json;
use tracing::{debug, error, info, warn};

use super::error::{error_kind, request_error};
use super::{Bot, Error, DEFAULT_UPLOAD_LIMIT};
use crate::conversation::Attachment;
use crate::flow::MediaKind;

impl Bot {
    /// Create an encrypted case room: preset `private_chat`, `m.room.encryption`
    /// (megolm) in the initial state, guests forbidden, power levels bot 100 (or, in room
    /// versions 12+, the bot as privileged creator above every level) and everyone else,
    /// operators included, 0: they may send messages, and inviting, kicking, banning,
    /// redacting others' events and every state event need 100 (`case_room_power`), so
    /// no member can let anyone in, open the room up or hide what was said; `invite` is
    /// invited at creation. `name` must not reveal anything about the person (e.g. "Case 12").
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
        if !creator_privileged {
            users.insert(self.user.to_string(), BOT_POWER);
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
        request.power_level_content_override = Some(raw(case_room_power(users))?);
        let room = self.client.create_room(request).await.map_err(request_error)?;
        info!(invited = invite.len(), "matrix case room created");
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

    /// Like [`Bot::send_text`], into the operators' lobby: encrypted like every room (it
    /// carries each case's language, caller type and priority). Logged as a lobby message.
    pub async fn send_text_lobby(&self, room: &RoomId, body: &str) -> Result<OwnedEventId, Error> {
        self.send_in(
            room,
            RoomMessageEventContent::text_plain(body),
            "matrix lobby message sent",
        )
        .await
    }

    async fn send_encrypted(&self, room: &RoomId, content: RoomMessageEventContent) -> Result<OwnedEventId, Error> {
        self.send_in(room, content, "matrix message sent").await
    }

    /// Send `content` into an encrypted room; `sent_line` is the debug line logged with its id.
    async fn send_in(
        &self,
        room: &RoomId,
        content: RoomMessageEventContent,
        sent_line: &'static str,
    ) -> Result<OwnedEventId, Error> {
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
        debug!(event = %event_id, "{sent_line}");
        Ok(event_id)
    }

    /// Turn end-to-end encryption on in a room the bot joined (a person's direct chat that
    /// was made without it). Refused by the homeserver where the bot lacks the power to
    /// change the room's state.
    pub async fn enable_encryption(&self, room: &RoomId) -> Result<(), Error> {
        let joined = self.joined(room)?;
        joined.enable_encryption().await.map_err(request_error)?;
        if is_encrypted(&joined).await? {
            Ok(())
        } else {
            Err(Error::NotEncrypted(room.to_owned()))
        }
    }

    /// The one send path into an unencrypted room, as an `m.notice`: only for the fixed,
    /// neutral fallback (the helpline's phone and the emergency number) in a person's
    /// direct chat that cannot be made private. Never for anything a person or an operator
    /// wrote, nor anything about a case.
    pub async fn send_fallback_in_clear(&self, room: &RoomId, fallback: &str) -> Result<OwnedEventId, Error> {
        let joined = self.joined(room)?;
        let sent = joined
            .send(RoomMessageEventContent::notice_plain(fallback))
            .await
            .map_err(request_error)?;
        debug!(event = %sent.response.event_id, "matrix fallback sent in clear");
        Ok(sent.response.event_id)
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
    /// bytes: the download streams and stops at the limit, so no more than `limit` bytes
    /// are ever held (the SDK's media API would take the whole body first). Nothing is
    /// cached on disk.
    pub async fn fetch_file(&self, reference: &str, limit: u64) -> Result<Vec<u8>, Error> {
        let source: MediaSource = serde_json::from_str(reference).map_err(|_| Error::BadMedia)?;
        let uri = match &source {
            MediaSource::Plain(uri) => uri,
            MediaSource::Encrypted(file) => &file.url,
        };
        let bytes = self.download_capped(uri, limit).await?;
        match source {
            MediaSource::Plain(_) => Ok(bytes),
            // AES-CTR: the ciphertext is as long as the file, so the cap holds for both.
            MediaSource::Encrypted(file) => decrypt(bytes, *file),
        }
    }

    /// The content at `uri` from the authenticated media endpoint with the bot's token,
    /// read chunk by chunk and abandoned as soon as it would pass `limit` bytes.
    async fn download_capped(&self, uri: &MxcUri, limit: u64) -> Result<Vec<u8>, Error> {
        let (server, media_id) = uri.parts().map_err(|_| Error::BadMedia)?;
        let token = self
            .client
            .access_token()
            .ok_or_else(|| Error::Request("no access token to download media".into()))?;
        let mut url = self.client.homeserver();
        url.path_segments_mut()
            .map_err(|_| Error::BadMedia)?
            .pop_if_empty()
            .extend([
                "_matrix",
                "client",
                "v1",
                "media",
                "download",
                server.as_str(),
                media_id,
            ]);
        let request = self.client.http_client().get(url).bearer_auth(token);
        let mut response = request.timeout(DOWNLOAD_TIMEOUT).send().await.map_err(download_error)?;
        let status = response.status();
        if status.as_u16() == 404 {
            return Err(Error::BadMedia);
        }
        if status.is_server_error() || status.as_u16() == 429 {
            return Err(Error::Unavailable(format!(
                "media download answered {}",
                status.as_u16()
            )));
        }
        if !status.is_success() {
            return Err(Error::Request(format!("media download answered {}", status.as_u16())));
        }
        let mut bytes = Vec::new();
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(stopped_at_limit(0, limit));
        }
        while let Some(chunk) = response.chunk().await.map_err(download_error)? {
            if (bytes.len() + chunk.len()) as u64 > limit {
                return Err(stopped_at_limit(bytes.len(), limit));
            }
            bytes.extend_from_slice(&chunk);
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

    /// Whether `room` is encrypted as the homeserver says now (its `m.room.encryption`
    /// state), not as the client last synced it: for start-up, before any sync.
    pub async fn room_is_encrypted_now(&self, room: &RoomId) -> Result<bool, Error> {
        let request = StateRequest::new(room.to_owned(), StateEventType::RoomEncryption, String::new());
        match self.client.send(request).await {
            Ok(response) => {
                let content: serde_json::Value =
                    serde_json::from_str(response.event_or_content.get()).unwrap_or_default();
                Ok(content.get("algorithm").is_some_and(|a| a.is_string()))
            }
            Err(e) if matches!(e.client_api_error_kind(), Some(ErrorKind::NotFound)) => Ok(false),
            Err(e) => Err(request_error(e.into())),
        }
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

    /// Remove `user` from a room (a member, or one invited).
    pub async fn kick(&self, room: &RoomId, user: &UserId) -> Result<(), Error> {
        self.joined(room)?.kick_user(user, None).await.map_err(request_error)
    }

    /// User ids of the members of a room who are in it or invited to it (fetched from the
    /// homeserver if needed).
    pub async fn members_and_invited(&self, room: &RoomId) -> Result<Vec<OwnedUserId>, Error> {
        self.member_ids(room, RoomMemberships::ACTIVE).await
    }

    /// User ids of the joined members of a room (fetched from the homeserver if needed).
    pub async fn members(&self, room: &RoomId) -> Result<Vec<OwnedUserId>, Error> {
        self.member_ids(room, RoomMemberships::JOIN).await
    }

    async fn member_ids(&self, room: &RoomId, memberships: RoomMemberships) -> Result<Vec<OwnedUserId>, Error> {
        let members = self.joined(room)?.members(memberships).await.map_err(request_error)?;
        Ok(members.iter().map(|m| m.user_id().to_owned()).collect())
    }

    pub(super) fn joined(&self, room: &RoomId) -> Result<Room, Error> {
        match self.client.get_room(room) {
            Some(r) if r.state() == RoomState::Joined => Ok(r),
            _ => Err(Error::NotJoined(room.to_owned())),
        }
    }
}

/// How long one media download may take (a 50 MB file on a slow link).
const DOWNLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(300);

/// A download abandoned at its limit, having held `held` bytes (logged as a number only).
fn stopped_at_limit(held: usize, limit: u64) -> Error {
    info!(held, limit, "matrix media download stopped at its limit");
    Error::TooLarge { limit }
}

/// A transport failure of a media download, by kind only: reqwest's text quotes the URL.
fn download_error(e: matrix_sdk::reqwest::Error) -> Error {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "no connection"
    } else {
        "cut off"
    };
    Error::Unavailable(format!("media download {kind}"))
}

/// The plaintext of an encrypted attachment, its hash checked; a file that does not
/// decrypt is unreadable, not worth another try.
fn decrypt(ciphertext: Vec<u8>, file: EncryptedFile) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let mut plaintext = Vec::with_capacity(ciphertext.len());
    let mut cursor = std::io::Cursor::new(ciphertext);
    let mut reader = AttachmentDecryptor::new(&mut cursor, file.into()).map_err(|_| Error::BadMedia)?;
    reader.read_to_end(&mut plaintext).map_err(|_| Error::BadMedia)?;
    Ok(plaintext)
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

/// The bot's power level in a case room (where room versions still list it).
const BOT_POWER: i64 = 100;

/// Power levels of a case room: `users` (the bot, where the room version lists it) and
/// everyone else at 0, who may send messages and reactions and redact their own events;
/// everything else needs the bot's level. The preset's `events` map is replaced whole, so
/// every state event type a client offers to change is named.
fn case_room_power(users: BTreeMap<String, i64>) -> serde_json::Value {
    const STATE: [&str; 14] = [
        "m.room.name",
        "m.room.avatar",
        "m.room.topic",
        "m.room.canonical_alias",
        "m.room.join_rules",
        "m.room.history_visibility",
        "m.room.guest_access",
        "m.room.encryption",
        "m.room.power_levels",
        "m.room.server_acl",
        "m.room.tombstone",
        "m.room.pinned_events",
        "m.room.third_party_invite",
        "m.space.parent",
    ];
    let events: BTreeMap<&str, i64> = STATE.iter().map(|t| (*t, BOT_POWER)).collect();
    json!({
        "users": users,
        "users_default": 0,
        "events_default": 0,
        "state_default": BOT_POWER,
        "events": events,
        "invite": BOT_POWER,
        "kick": BOT_POWER,
        "ban": BOT_POWER,
        "redact": BOT_POWER,
        "notifications": { "room": BOT_POWER },
    })
}

fn raw<T>(value: serde_json::Value) -> Result<Raw<T>, Error> {
    serde_json::value::to_raw_value(&value)
        .map(Raw::from_json)
        .map_err(|e| Error::Request(format!("request encoding: {e}")))
}
