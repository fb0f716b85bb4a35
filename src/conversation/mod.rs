//! Conversations: what channels hand in ([`Inbound`]), what goes out ([`Outbound`]), the
//! record kept per conversation, and the [`Service`] that runs a turn. It owns the turn's
//! order — dedupe, step, render, persist — and must not know any platform's API.

mod desk;
mod doorbells;
mod service;

use serde::{Deserialize, Serialize};

pub use desk::{DeskMessage, DeskRoom};
pub use doorbells::Doorbells;
pub use service::{Handled, Helpline, Service};

use crate::flow::{Input, Priority, State};

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
    pub input: Input,
    /// The platform's language hint (e.g. Telegram's `language_code`).
    pub lang_hint: Option<String>,
    /// The platform's id of the person's message, tracked so a quick exit can delete it.
    pub message_id: Option<i64>,
}

/// A message for a channel's outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbound {
    /// Destination chat on that channel (a case number for [`OPERATORS`]).
    pub chat: String,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// Text for the person; `choices` are numbered options (buttons where possible).
    Text { text: String, choices: Vec<String> },
    /// Delete every message of the chat that the platform still allows.
    Wipe,
    /// For operators: a new case, with what they need to take it over.
    CaseOpened(CaseNotice),
    /// For operators: the person's message while the case is open.
    Relay {
        case: u64,
        text: Option<String>,
        media: Option<String>,
    },
    /// For operators: the person left the queue or used the quick exit.
    CaseWithdrawn { case: u64, quick_exit: bool },
    /// For operators: a text for a case's room, or for the lobby (`case` = `None`).
    ToRoom { case: Option<u64>, text: String },
    /// For operators: invite this operator into the case's room (a transfer).
    Invite { case: u64, user: String },
}

/// What operators receive when a case opens. No names, no platform ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseNotice {
    pub case: u64,
    pub channel: String,
    pub lang: String,
    /// `victim`, `witness`, `professional`, or unknown.
    pub caller: Option<String>,
    pub priority: Priority,
    pub reason: String,
    pub region: Option<String>,
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptLine {
    pub from: Speaker,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Person,
    Bot,
    Operator,
}

/// What is kept per conversation (serialised, then encrypted by the store).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    pub engine: State,
    /// The open case's number, while one is open.
    pub case: Option<u64>,
    /// The last turns, for the operator who takes the case over; bounded.
    pub transcript: Vec<TranscriptLine>,
    /// Labels of the options last shown, so a pressed number reads as its label.
    pub last_choices: Vec<String>,
}

impl Record {
    pub const VERSION: u32 = 1;
    /// Transcript lines kept.
    pub const TRANSCRIPT_LINES: usize = 40;
    /// Characters kept per transcript line.
    pub const TRANSCRIPT_CHARS: usize = 1000;
}
