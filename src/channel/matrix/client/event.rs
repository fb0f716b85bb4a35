//! Synced Matrix events translated into [`MatrixEvent`]s: the event type, its id-only
//! `Debug`, and one translation per kind of event the sync loop listens to (the bot's own
//! events dropped, attachments kept by reference, each message marked with its
//! [`SenderDevice`]). It must not touch the network, decide
//! what an event means, or log anything but event ids.

use std::fmt;

use matrix_sdk::deserialized_responses::EncryptionInfo;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{
    MembershipChange, MembershipState, OriginalSyncRoomMemberEvent, StrippedRoomMemberEvent,
};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId, RoomId, UserId};
use tracing::warn;

use super::SenderDevice;

use crate::channel::matrix::CHANNEL;
use crate::conversation::Attachment;
use crate::flow::MediaKind;

/// A synced event, translated. The bot's own events are not reported. `Debug` shows only
/// room and event ids (never text or senders).
#[derive(Clone, PartialEq, Eq)]
pub enum MatrixEvent {
    /// A text message (`m.text`), decrypted if it was encrypted.
    Message {
        /// The room it came from: the lobby, a case room, or a person's direct chat (then a
        /// platform chat id, stored only as a keyed hash or sealed).
        room: OwnedRoomId,
        /// Who sent it: an operator, or a person (a platform user id: never logged or stored
        /// in clear).
        sender: OwnedUserId,
        /// The event's id, for de-duplication and logs.
        event_id: OwnedEventId,
        /// The text as written: content, never logged.
        body: String,
        /// Whether it was encrypted, and by a device its owner cross-signed.
        device: SenderDevice,
    },
    /// An image, voice note or other audio, video or file, by reference (not downloaded).
    File {
        /// The room it came from (as in `Message`).
        room: OwnedRoomId,
        /// Who sent it (as in `Message`).
        sender: OwnedUserId,
        /// The event's id.
        event_id: OwnedEventId,
        /// The file by reference, to fetch when it is passed on.
        attachment: Attachment,
        /// Whether it was encrypted, and by a device its owner cross-signed.
        device: SenderDevice,
    },
    /// A message of another kind (notice, emote, location, …) whose content is not passed on.
    Unsupported {
        /// The room it came from (as in `Message`).
        room: OwnedRoomId,
        /// Who sent it (as in `Message`).
        sender: OwnedUserId,
        /// The event's id.
        event_id: OwnedEventId,
        /// Whether it was encrypted, and by a device its owner cross-signed.
        device: SenderDevice,
    },
    /// Someone asks to verify the bot interactively (`m.key.verification.request` in a
    /// room: Element's *Verify* in the bot's profile). matrix-sdk holds the request; this
    /// only says it came.
    VerificationRequest {
        /// The room it was sent in (a direct chat Element opened for it).
        room: OwnedRoomId,
        /// Who asks: a roster operator, or anyone else (never logged).
        sender: OwnedUserId,
        /// The request event's id: the verification's flow id.
        event_id: OwnedEventId,
    },
    /// An encrypted event the bot could not decrypt (keys missing).
    Undecryptable {
        /// The room it came from (as in `Message`).
        room: OwnedRoomId,
        /// Who sent it (as in `Message`).
        sender: OwnedUserId,
        /// The event's id.
        event_id: OwnedEventId,
    },
    /// Someone other than the bot joined a room the bot is in.
    Joined {
        /// The room joined (a case room, when it matters).
        room: OwnedRoomId,
        /// Who joined: an operator when the desk counts it; a platform user id, never logged.
        user: OwnedUserId,
    },
    /// The bot was invited to a room.
    Invited {
        /// The room the bot is invited to.
        room: OwnedRoomId,
        /// Who invited it: an operator, or a person opening a direct chat (never logged).
        inviter: OwnedUserId,
        /// The inviter marked it as a direct chat (still checked to be 1:1 before accepting).
        is_direct: bool,
    },
    /// Every event of one sync was delivered before this; `next_batch` resumes after them.
    Synced {
        /// matrix-sdk's sync token; saved sealed as Varco's cursor once every event before it
        /// is committed and flushed.
        next_batch: String,
    },
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
            MatrixEvent::VerificationRequest { room, event_id, .. } => {
                write!(f, "VerificationRequest {{ room: {room}, event_id: {event_id}, .. }}")
            }
            MatrixEvent::Joined { room, .. } => write!(f, "Joined {{ room: {room}, .. }}"),
            MatrixEvent::Invited { room, is_direct, .. } => {
                write!(f, "Invited {{ room: {room}, is_direct: {is_direct}, .. }}")
            }
            MatrixEvent::Synced { .. } => write!(f, "Synced"),
        }
    }
}

/// A message from someone else: its text, its file by reference, or only that it came;
/// with how it reached the bot (`info`: `None` if it was plaintext).
pub(super) fn message(
    ev: OriginalSyncRoomMessageEvent,
    room: &RoomId,
    own: &UserId,
    info: Option<&EncryptionInfo>,
) -> Option<MatrixEvent> {
    if ev.sender == own {
        return None;
    }
    let room = room.to_owned();
    let device = SenderDevice::of(info);
    let translated = match ev.content.msgtype {
        MessageType::Text(text) => MatrixEvent::Message {
            room,
            sender: ev.sender,
            event_id: ev.event_id,
            body: text.body,
            device,
        },
        MessageType::VerificationRequest(_) => MatrixEvent::VerificationRequest {
            room,
            sender: ev.sender,
            event_id: ev.event_id,
        },
        other => match file_attachment(&other) {
            Some(attachment) => MatrixEvent::File {
                room,
                sender: ev.sender,
                event_id: ev.event_id,
                attachment,
                device,
            },
            None => MatrixEvent::Unsupported {
                room,
                sender: ev.sender,
                event_id: ev.event_id,
                device,
            },
        },
    };
    Some(translated)
}

/// An event from someone else that is still encrypted after sync: its keys are missing.
pub(super) fn undecryptable(
    ev: OriginalSyncRoomEncryptedEvent,
    room: &RoomId,
    own: &UserId,
    _: Option<&EncryptionInfo>,
) -> Option<MatrixEvent> {
    if ev.sender == own {
        return None;
    }
    warn!(event = %ev.event_id, "matrix event could not be decrypted");
    Some(MatrixEvent::Undecryptable {
        room: room.to_owned(),
        sender: ev.sender,
        event_id: ev.event_id,
    })
}

/// Someone other than the bot joined (or accepted an invite to) the room.
pub(super) fn joined(
    ev: OriginalSyncRoomMemberEvent,
    room: &RoomId,
    own: &UserId,
    _: Option<&EncryptionInfo>,
) -> Option<MatrixEvent> {
    // An accepted invite is `InvitationAccepted`, not `Joined`.
    let joined = matches!(
        ev.membership_change(),
        MembershipChange::Joined | MembershipChange::InvitationAccepted
    );
    if ev.state_key == own || !joined {
        return None;
    }
    Some(MatrixEvent::Joined {
        room: room.to_owned(),
        user: ev.state_key,
    })
}

/// The bot was invited to the room.
pub(super) fn invited(
    ev: StrippedRoomMemberEvent,
    room: &RoomId,
    own: &UserId,
    _: Option<&EncryptionInfo>,
) -> Option<MatrixEvent> {
    if ev.state_key != own || ev.content.membership != MembershipState::Invite {
        return None;
    }
    Some(MatrixEvent::Invited {
        room: room.to_owned(),
        inviter: ev.sender,
        is_direct: ev.content.is_direct.unwrap_or(false),
    })
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
        origin: CHANNEL.into(),
        reference: serde_json::to_string(source).ok()?,
        name: Some(name.to_owned()),
        mime,
        size: size.map(u64::from),
        caption: caption.map(str::to_owned),
        exceeds: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_of_events_shows_no_text_or_sender() {
        let ev = MatrixEvent::Message {
            room: OwnedRoomId::try_from("!room:example.org").expect("room"),
            sender: OwnedUserId::try_from("@victim:example.org").expect("user"),
            event_id: OwnedEventId::try_from("$ev").expect("event"),
            body: "secret canary".to_owned(),
            device: SenderDevice::CrossSigned,
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
}
