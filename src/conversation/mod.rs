//! Conversations: what channels hand in ([`Inbound`], [`DeskMessage`], [`Learned`]), what
//! goes out ([`Outbound`], with its texts already rendered), the record kept per
//! conversation, and the [`Service`] that runs turns. Layout: `service` (what turns share,
//! loading and committing), `turn` (a person's turn, one method per effect), `desk` (an
//! operator's turn), `cases` (the case book), `learned` (what deliveries found out, channel
//! bookkeeping, published limits), `outgoing` (a turn's output before it is encoded),
//! `audit` (the operators' audit log), `retention` (the purge), `safety` (the safe word and
//! "not safe now"), `error`. It must not know any platform's API.

mod audit;
mod batch;
mod cases;
mod desk;
mod doorbells;
mod error;
mod learned;
mod outgoing;
mod retention;
mod safety;
mod service;
mod stranded;
mod turn;

use serde::{Deserialize, Serialize};

pub use audit::{case_audit, verify_audit, AuditEntry, AuditRow};
pub use batch::Batch;
pub use cases::CaseBook;
pub use desk::{DeskMessage, DeskRoom, Invitation, Joining};
pub use doorbells::Doorbells;
pub use error::{Error, Result};
pub use learned::{ChannelLimits, Learned, Limits};
pub use retention::{PurgeReport, Retention};
pub use service::{Handled, Helpline, Service};

use crate::flow::{Input, MediaKind, Priority, State};

/// Name of the outbox read by whoever plays the operator side (the Matrix case rooms;
/// the terminal prints it).
pub const OPERATORS: &str = "operators";

/// One update from a person, as a channel translated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbound {
    /// `telegram`, `matrix`, `terminal`.
    pub channel: String,
    /// The platform's id for the chat (kept only as a keyed hash, and encrypted in the
    /// outbox until the reply is delivered).
    pub chat: String,
    /// The platform's update id, for de-duplication.
    pub update_id: String,
    /// What the person sent: text, a pressed option, or a kind of media.
    pub input: Input,
    /// The platform's language hint (e.g. Telegram's `language_code`).
    pub lang_hint: Option<String>,
    /// The platform's id of the person's message, tracked so a quick exit can delete it.
    pub message_id: Option<i64>,
    /// The file that came with the message (`input` is then [`Input::Media`]).
    pub attachment: Option<Attachment>,
}

/// A file passed between a person and an operator: where its bytes can be fetched, never
/// the bytes. Outbox entries carry it (encrypted like every stored value); the delivering
/// channel fetches the bytes from `origin` when it sends, and keeps them only in memory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Photo, voice, video or document (everything else travels as a document).
    pub kind: MediaKind,
    /// The channel that holds the bytes (`telegram`, `matrix`).
    pub origin: String,
    /// Where, for that channel: a Telegram `file_id`, a Matrix media source (JSON).
    pub reference: String,
    /// File name as the sender's app gave it, if any.
    pub name: Option<String>,
    /// MIME type as the platform gave it, if any (it decides how a file is posted on).
    pub mime: Option<String>,
    /// Size in bytes, when the platform said.
    pub size: Option<u64>,
    /// Text written with the file.
    pub caption: Option<String>,
    /// Set by the receiving channel when the file is larger than it can be carried (the
    /// limit, in bytes): it is then announced, never fetched.
    #[serde(default)]
    pub exceeds: Option<u64>,
}

impl Attachment {
    /// File name to show and to send under: the sender's, or one made from the kind.
    pub fn file_name(&self) -> String {
        match &self.name {
            Some(n) if !n.trim().is_empty() => n.clone(),
            _ => match self.kind {
                MediaKind::Photo => "photo.jpg".into(),
                MediaKind::Voice => "voice.ogg".into(),
                MediaKind::Video => "video.mp4".into(),
                _ => "document".into(),
            },
        }
    }

    /// The kind's name as the desk texts use it (`photo`, `voice`, …).
    pub fn kind_name(&self) -> String {
        media_name(self.kind)
    }
}

/// A media kind's name as the desk texts use it (`photo`, `voice`, …).
pub fn media_name(kind: MediaKind) -> String {
    format!("{kind:?}").to_lowercase()
}

/// Megabytes, rounded up, for texts that state a size limit.
pub fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// A message for a channel's outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbound {
    /// Destination chat on that channel (a case number for [`OPERATORS`]).
    pub chat: String,
    /// What to say or do there.
    pub body: Body,
}

/// What an outbox entry asks its channel to do; every text in it is already rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// Text for the person; `choices` are numbered options (buttons where possible).
    Text {
        /// The rendered text.
        text: String,
        /// Rendered option labels, in the order their numbers are given.
        choices: Vec<String>,
        /// The tag of the menu the choices belong to (`flow::menu_tag`): a channel with
        /// buttons puts it in each one, so a press names its menu. `None` without choices.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        menu: Option<String>,
    },
    /// Delete every message of the chat that the platform still allows.
    Wipe,
    /// For operators: a new case, with what they need to take it over.
    CaseOpened(CaseNotice),
    /// For operators: the person's message while the case is open.
    Relay {
        /// The case's number.
        case: u64,
        /// The person's words (or a file's caption), for a channel that shows them its own
        /// way (the terminal).
        text: Option<String>,
        /// The kind of a file the person sent (`photo`, `voice`, …).
        media: Option<String>,
        /// The line for the case room (`Person: …`, or what kind of file came), rendered.
        line: Option<String>,
        /// The file itself, to fetch and post into the case room instead of the line.
        file: Option<RoomFile>,
    },
    /// For the person: a file from the operator who owns their case (`case`: where to say
    /// so if it cannot be sent after all).
    Media {
        /// The operator's file; its bytes are fetched from its origin when it is sent.
        attachment: Attachment,
        /// The case the file belongs to, if the file came from a case room.
        #[serde(default)]
        case: Option<u64>,
    },
    /// For operators: the person left the queue or used the quick exit (`text`, for the
    /// case room if it has one and for the lobby).
    CaseWithdrawn {
        /// The case's number.
        case: u64,
        /// The person used the quick exit (rather than leaving the queue).
        quick_exit: bool,
        /// What operators are told, rendered in the helpline's language.
        text: String,
    },
    /// For operators: a text for a case's room, or for the lobby (`case` = `None`).
    ToRoom {
        /// The case whose room is meant; `None` for the lobby.
        case: Option<u64>,
        /// The rendered text.
        text: String,
    },
    /// For operators: invite this operator into the case's room (a transfer).
    Invite {
        /// The case whose room the operator is invited to.
        case: u64,
        /// The operator's Matrix user id (from the roster; never a person's id).
        user: String,
    },
}

impl Body {
    /// The case whose room this entry goes to: `None` for the lobby and for a person's
    /// chat.
    pub fn room_case(&self) -> Option<u64> {
        match self {
            Body::CaseOpened(notice) => Some(notice.case),
            Body::ToRoom { case, .. } => *case,
            Body::Relay { case, .. } | Body::CaseWithdrawn { case, .. } | Body::Invite { case, .. } => Some(*case),
            Body::Text { .. } | Body::Media { .. } | Body::Wipe => None,
        }
    }
}

/// A person's file for a case room, with what to say instead if it cannot be posted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomFile {
    /// The person's file (its reference, never its bytes).
    pub attachment: Attachment,
    /// Largest size that may be fetched and posted, if there is a limit.
    pub limit: Option<u64>,
    /// For the room when the file is over the limit (rendered with it).
    pub too_large: String,
    /// For the room when the file is no longer to be had.
    pub gone: String,
}

/// What operators receive when a case opens. No names, no platform ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseNotice {
    /// The case's number, the only way operators name it.
    pub case: u64,
    /// The person's channel (`telegram`, `matrix`, `terminal`), never their id on it.
    pub channel: String,
    /// The conversation's language (operators who speak it are invited first).
    pub lang: String,
    /// `victim`, `witness`, `professional`, or unknown.
    pub caller: Option<String>,
    /// How urgently it needs an operator.
    pub priority: Priority,
    /// The flow's short tag for why the case was opened.
    pub reason: String,
    /// The region the person gave (the `region` variable), if any.
    pub region: Option<String>,
    /// The conversation so far (bounded), posted in the case room once an operator has joined.
    pub transcript: Vec<TranscriptLine>,
    /// Operators to invite into the case room, those who speak the language first. Empty
    /// without a duty roster (the terminal).
    #[serde(default)]
    pub invite: Vec<String>,
    /// The announcement for the lobby, rendered in the helpline's language.
    #[serde(default)]
    pub lobby_text: String,
    /// The first message of the case room (rendered); the transcript follows once an
    /// operator has joined, so that they can decrypt it.
    #[serde(default)]
    pub room_text: String,
    /// The case room's name.
    #[serde(default)]
    pub room_name: String,
}

/// One line of a conversation's bounded transcript, for the operator who takes the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptLine {
    /// Who said it.
    pub from: Speaker,
    /// What was said (cut to [`Record::TRANSCRIPT_CHARS`]); kept only sealed in the store.
    pub text: String,
}

/// Who said a transcript line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    /// The person who wrote to the helpline.
    Person,
    /// The bot, following the flows.
    Bot,
    /// An operator, through the case room.
    Operator,
}

/// What is kept per conversation (serialised, then encrypted by the store).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The record format's version ([`Record::VERSION`]), set on every turn that writes the
    /// record, so a later build can tell an older format apart.
    pub version: u32,
    /// The engine's position and memory.
    pub engine: State,
    /// The open case's number, while one is open.
    pub case: Option<u64>,
    /// The last turns, for the operator who takes the case over; bounded.
    pub transcript: Vec<TranscriptLine>,
    /// Labels of the options last shown, so a pressed number reads as its label.
    pub last_choices: Vec<String>,
    /// When the person last wrote (seconds since the epoch), for retention; 0 in records
    /// written before it was kept.
    #[serde(default)]
    pub last_active: u64,
    /// The person's safe word, only as a keyed hash (hex): written alone, it is the quick
    /// exit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_word: Option<String>,
    /// `/safeword` was sent without a word: the next text is the word.
    #[serde(default)]
    pub awaiting_safe_word: bool,
    /// "Not safe now": messages for the person are held until they write again.
    #[serde(default)]
    pub hold: bool,
    /// Messages held while `hold` is on, in order (sealed with the record; forgotten with
    /// it by the quick exit).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<Outbound>,
}

impl Record {
    /// The record format's current version (not yet written into records).
    pub const VERSION: u32 = 1;
    /// Transcript lines kept.
    pub const TRANSCRIPT_LINES: usize = 40;
    /// Characters kept per transcript line.
    pub const TRANSCRIPT_CHARS: usize = 1000;
}
