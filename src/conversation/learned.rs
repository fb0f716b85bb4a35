//! What channels find out and tell the service, committed like any other turn: a case room
//! was created, an operator's file could not reach the person, a direct chat was left; and
//! the channels' own bookkeeping (sync cursors, accepted direct chats and how many each
//! account has open, as keyed hashes), kept sealed with the desk. What a person's direct
//! chat gets when the bot cannot read it, cannot keep it private or must leave it is
//! decided here too. Also the limits each channel publishes for the files it carries. It
//! must not know any platform API; deliveries call nothing else of the service but
//! [`Service::learned`] and [`Service::is_direct_room`].

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::cases::{DeskChange, Withdrawal};
use super::desk::{desk_conv, mark};
use super::error::Result;
use super::outgoing::Outgoing;
use super::service::keep;
use super::{megabytes, Attachment, Handled, Record, Service};
use crate::flow::{MediaKind, Text};
use crate::store::{ConvId, StateChange, Store, UpdateMark};

/// How long one "please send that again" covers, in seconds: further undecryptable
/// messages in the same direct chat within it are not answered again.
pub const SEND_AGAIN_EVERY: u64 = 300;

/// Prefix of the count of direct chats one account has open (its keyed hash follows).
const DIRECT_BY: &str = "direct-by/";

/// What a channel can carry, as it publishes it (bytes; `None`: no limit of its own).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Largest file the bot may fetch from this channel.
    pub download: Option<u64>,
    /// Largest photo the bot may send on this channel.
    pub upload_photo: Option<u64>,
    /// Largest other file the bot may send on this channel.
    pub upload_other: Option<u64>,
}

impl Limits {
    /// The same upload limit for every kind (a Matrix homeserver's `m.upload.size`).
    pub fn uploads(limit: u64) -> Limits {
        Limits {
            download: None,
            upload_photo: Some(limit),
            upload_other: Some(limit),
        }
    }

    /// Largest file of this kind the bot may send on this channel.
    pub fn upload(&self, kind: MediaKind) -> Option<u64> {
        match kind {
            MediaKind::Photo => self.upload_photo,
            _ => self.upload_other,
        }
    }
}

/// The limits of every channel that published some, by channel name.
pub type ChannelLimits = BTreeMap<String, Limits>;

/// What a delivery found out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Learned {
    /// The room of case `case` now exists: recorded before anything is said in it, so a
    /// retry never creates a second room.
    CaseRoomCreated {
        /// The case.
        case: u64,
        /// The platform's room id (sealed in the case record).
        room: String,
    },
    /// An operator's file did not reach the person after all: larger than `limit` bytes
    /// (its size was not declared when it was posted), or gone from where it was (`None`).
    FileNotSent {
        /// The case whose room is told.
        case: u64,
        /// The file.
        file: Attachment,
        /// The limit it was over, if that was the reason.
        limit: Option<u64>,
    },
    /// The person's chat can no longer receive anything (they blocked the bot, or the chat
    /// is gone): an open case ends, and its room is told.
    ChatGone {
        /// The person's channel.
        channel: String,
        /// The person's chat on it (a platform id: only its keyed hash is ever stored).
        chat: String,
    },
    /// A case room has long held someone not on the roster whom the bot cannot remove
    /// (nothing is said there meanwhile): the lobby is told, at most once per clock hour
    /// per case.
    CaseRoomHeld {
        /// The case.
        case: u64,
    },
    /// The bot left a person's direct chat for good (after the quick exit): it is no
    /// longer counted against the account that opened it.
    DirectChatLeft {
        /// The person's channel.
        channel: String,
        /// The direct chat (a platform id: only its keyed hash is ever stored).
        chat: String,
    },
}

impl<S: Store> Service<S> {
    /// Commit what a delivery learned (the caller flushes). Idempotent.
    pub fn learned(&self, event: &Learned, now: u64) -> Result<Handled> {
        match event {
            Learned::CaseRoomCreated { case, room } => self.case_room_created(*case, room, now),
            Learned::FileNotSent { case, file, limit } => self.file_not_sent(*case, file, *limit, now),
            Learned::ChatGone { channel, chat } => self.chat_gone(channel, chat, now),
            Learned::CaseRoomHeld { case } => self.case_room_held(*case, now),
            Learned::DirectChatLeft { channel, chat } => {
                self.forget_direct_room(channel, chat)?;
                Ok(Handled::Duplicate)
            }
        }
    }

    /// A message in a person's direct chat that the bot could not decrypt: they are asked,
    /// neutrally, to send it again — once for a burst: not again in that chat for
    /// `SEND_AGAIN_EVERY` seconds. Nothing of the message is kept.
    pub fn undecryptable_from_person(&self, channel: &str, chat: &str, event_id: &str, now: u64) -> Result<Handled> {
        let conv = self.store.conv_id(channel, chat);
        let _turn = self.turns.lock(conv);
        let mark = UpdateMark {
            channel: channel.to_owned(),
            update_id: event_id.to_owned(),
        };
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let key = send_again_key(conv);
        let last = self
            .store
            .load_desk(&key)?
            .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
            .map(u64::from_be_bytes);
        let mut out = Outgoing::new(channel, chat, now);
        if last.map_or(true, |at| now >= at.saturating_add(SEND_AGAIN_EVERY)) {
            let record = self.existing_record(conv)?.unwrap_or_default();
            let text = self.render(
                &self.lang_of(&record),
                &Text::new("sys-send-again"),
                &record,
                &[],
                channel,
            );
            out.text_for_person(text, Vec::new());
            out.desk.push(DeskChange::Raw {
                key,
                value: now.to_be_bytes().to_vec(),
            });
        }
        self.commit(conv, Some(mark), StateChange::Keep, None, out)
    }

    /// A person's direct chat gained a third member: nothing more is said there, ever
    /// (what is still queued for it is dropped, and an invite back into it is declined),
    /// and an open case ends as for a chat that is gone, its room told. The channel leaves
    /// the room.
    pub fn direct_chat_shared(&self, channel: &str, chat: &str, now: u64) -> Result<Handled> {
        self.forget_direct_room(channel, chat)?;
        self.write_raw(self.shared_key(channel, chat), vec![1])?;
        self.chat_gone(channel, chat, now)
    }

    /// A person's direct chat that is not encrypted, where the bot could not turn
    /// encryption on: the one thing said there is the neutral fallback (the helpline's
    /// phone and the emergency number, in the helpline's language), once per chat; `None`
    /// if it was said already. The person is never left in silence, and nothing else is
    /// ever said in clear.
    pub fn direct_chat_not_private(&self, channel: &str, chat: &str, now: u64) -> Result<Option<String>> {
        let mark = mark(&format!("not-private:{channel}:{chat}"));
        if self.store.seen_update(&mark)? {
            return Ok(None);
        }
        let out = Outgoing::new("desk", "desk", now);
        self.commit(desk_conv(&*self.store), Some(mark), StateChange::Keep, None, out)?;
        let lang = self.helpline.default_language.clone();
        let text = Text::new("sys-chat-not-private");
        Ok(Some(self.render(&lang, &text, &Record::default(), &[], channel)))
    }

    /// A person who can no longer be reached: their open case is withdrawn, once.
    fn chat_gone(&self, channel: &str, chat: &str, now: u64) -> Result<Handled> {
        let conv = self.store.conv_id(channel, chat);
        let _turn = self.turns.lock(conv);
        let mut record = self.load_record(conv)?;
        let Some(case) = record.case.take() else {
            return Ok(Handled::Duplicate);
        };
        let mark = mark(&format!("chat-gone:{case}"));
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        record.engine.handoff = None;
        let mut out = Outgoing::new(channel, chat, now);
        self.withdraw(case, &mut out, Withdrawal::Unreachable)?;
        self.commit(conv, Some(mark), keep(&record)?, None, out)
    }

    /// Recorded on the case as it is while no other turn of its conversation runs, so a
    /// case withdrawn meanwhile stays withdrawn.
    fn case_room_created(&self, number: u64, room: &str, now: u64) -> Result<Handled> {
        let Some(conv) = self.case_conv(number)? else {
            return Ok(Handled::Duplicate);
        };
        let _turn = self.turns.lock(conv);
        let Some(mut case) = self.cases.case(number)? else {
            return Ok(Handled::Duplicate);
        };
        case.room = Some(room.to_owned());
        let mut out = Outgoing::new("desk", "desk", now);
        out.desk.push(DeskChange::Case(case));
        out.desk.push(DeskChange::Room {
            key: self.cases.room_key(room),
            case: number,
        });
        self.commit(desk_conv(&*self.store), None, StateChange::Keep, None, out)
    }

    /// Tell the lobby that case `case`'s room holds someone the bot cannot remove, so that
    /// an administrator acts: at most once per clock hour (the delivery says it once per
    /// stuck spell; the mark keeps a repeated record from saying it twice).
    fn case_room_held(&self, case: u64, now: u64) -> Result<Handled> {
        let mark = mark(&format!("case-room-held:{case}:{}", now / 3600));
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let text = self.desk_text("desk-room-held", &[("case".into(), case.to_string())]);
        self.desk_reply(mark, None, Some(text), now)
    }

    /// Tell the case room that an operator's file did not reach the person, once per file.
    fn file_not_sent(&self, case: u64, file: &Attachment, limit: Option<u64>, now: u64) -> Result<Handled> {
        let digest = Sha256::digest(file.reference.as_bytes());
        let mark = mark(&format!("file-not-sent:{case}:{}", hex::encode(&digest[..8])));
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let kind = ("kind".to_owned(), file.kind_name());
        let text = match limit {
            Some(limit) => {
                let args = [kind, ("megabytes".into(), megabytes(limit).to_string())];
                self.desk_text("desk-media-too-large", &args)
            }
            None => self.desk_text("desk-media-not-sent", &[kind]),
        };
        self.desk_reply(mark, Some(case), Some(text), now)
    }

    /// The limit an operator's file exceeds on its way to a person on `channel`, if it
    /// does, by that channel's published limits.
    pub(super) fn too_large_for(&self, channel: &str, file: &Attachment) -> Option<u64> {
        let limit = self.limits_of(channel)?.upload(file.kind)?;
        file.size.filter(|s| *s > limit).map(|_| limit)
    }

    /// Largest file that can travel from `origin` to the case rooms: what `origin` lets
    /// the bot fetch and what the desk's channel takes, whichever is smaller.
    pub(super) fn room_file_limit(&self, origin: &str, kind: MediaKind) -> Option<u64> {
        let download = self.limits_of(origin).and_then(|l| l.download);
        let upload = self.limits_of(super::OPERATORS).and_then(|l| l.upload(kind));
        match (download, upload) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// A channel's own bookmark (e.g. Matrix's sync token), kept sealed with the desk.
    pub fn cursor(&self, name: &str) -> Result<Option<String>> {
        Ok(self
            .store
            .load_desk(&format!("cursor/{name}"))?
            .and_then(|b| String::from_utf8(b).ok()))
    }

    /// Save a channel's bookmark (the caller flushes).
    pub fn save_cursor(&self, name: &str, value: &str) -> Result<()> {
        self.write_raw(format!("cursor/{name}"), value.as_bytes().to_vec())
    }

    /// Remember that the bot accepted this direct chat with a person, opened by `account`,
    /// and count it against that account (keyed hashes only). Idempotent.
    pub(super) fn mark_direct_room(&self, channel: &str, room: &str, account: &str) -> Result<()> {
        let _desk = self.turns.lock(desk_conv(&*self.store));
        if self.is_direct_room(channel, room)? {
            return Ok(());
        }
        let by = self.account_key(channel, account);
        let open = self.direct_count(&by)?;
        let mut out = Outgoing::new("desk", "desk", 0);
        out.desk.push(DeskChange::Raw {
            key: self.direct_key(channel, room),
            value: by.clone().into_bytes(),
        });
        out.desk.push(DeskChange::Raw {
            key: by,
            value: (open + 1).to_be_bytes().to_vec(),
        });
        self.commit(desk_conv(&*self.store), None, StateChange::Keep, None, out)?;
        Ok(())
    }

    /// Forget a direct chat the bot left for good: no longer a person's chat (what is
    /// still queued for it is dropped), no longer counted against the account that opened
    /// it. Idempotent.
    pub(super) fn forget_direct_room(&self, channel: &str, room: &str) -> Result<()> {
        let _desk = self.turns.lock(desk_conv(&*self.store));
        let key = self.direct_key(channel, room);
        let Some(by) = self.store.load_desk(&key)? else {
            return Ok(());
        };
        let mut out = Outgoing::new("desk", "desk", 0);
        out.desk.push(DeskChange::Forget(key));
        // Chats accepted before accounts were counted hold no account.
        if let Some(by) = String::from_utf8(by).ok().filter(|b| b.starts_with(DIRECT_BY)) {
            out.desk.push(match self.direct_count(&by)? {
                0 | 1 => DeskChange::Forget(by),
                n => DeskChange::Raw {
                    key: by,
                    value: (n - 1).to_be_bytes().to_vec(),
                },
            });
        }
        self.commit(desk_conv(&*self.store), None, StateChange::Keep, None, out)?;
        Ok(())
    }

    /// Whether the bot accepted this room as a direct chat with a person.
    pub fn is_direct_room(&self, channel: &str, room: &str) -> Result<bool> {
        Ok(self.store.load_desk(&self.direct_key(channel, room))?.is_some())
    }

    /// Whether `account` may open direct chat `room` with the bot: it has fewer than `max`
    /// open, and `room` is not one the bot left because someone else joined it.
    pub fn direct_chat_allowed(&self, channel: &str, account: &str, room: &str, max: u32) -> Result<bool> {
        if self.store.load_desk(&self.shared_key(channel, room))?.is_some() {
            return Ok(false);
        }
        Ok(self.direct_count(&self.account_key(channel, account))? < max)
    }

    fn shared_key(&self, channel: &str, room: &str) -> String {
        // The room names a person's chat: only its keyed hash is a key.
        let conv = self.store.conv_id(channel, room);
        format!("direct-shared/{}", hex::encode(conv.0))
    }

    fn direct_count(&self, by: &str) -> Result<u32> {
        let bytes = self.store.load_desk(by)?.unwrap_or_default();
        Ok(<[u8; 4]>::try_from(bytes.as_slice()).map_or(0, u32::from_be_bytes))
    }

    fn direct_key(&self, channel: &str, room: &str) -> String {
        // The room names a person's chat: only its keyed hash is a key.
        let conv = self.store.conv_id(channel, room);
        format!("direct/{}", hex::encode(conv.0))
    }

    fn account_key(&self, channel: &str, account: &str) -> String {
        // The account is a person's user id: only its keyed hash is a key.
        let hashed = self.store.conv_id(&format!("{channel}-account"), account);
        format!("{DIRECT_BY}{}", hex::encode(hashed.0))
    }

    fn write_raw(&self, key: String, value: Vec<u8>) -> Result<()> {
        let mut out = Outgoing::new("desk", "desk", 0);
        out.desk.push(DeskChange::Raw { key, value });
        self.commit(desk_conv(&*self.store), None, StateChange::Keep, None, out)?;
        Ok(())
    }
}

/// The desk record of when a person's direct chat was last asked to send a message again
/// (keyed by the conversation's keyed hash); forgotten with the conversation.
pub(super) fn send_again_key(conv: ConvId) -> String {
    format!("send-again/{}", hex::encode(conv.0))
}
