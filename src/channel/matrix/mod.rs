//! The Matrix channel: the bot's client layer (login, sealed session, encrypted case rooms,
//! sync translated into [`MatrixEvent`]s), delivery of the `operators` and `matrix`
//! outboxes, ingestion of operators' and people's events, and the start-up checks of the
//! lobby and the case rooms. It must not decide what to say; only this module tree knows
//! matrix-sdk.
pub mod client;
pub mod delivery;
pub mod ingest;
pub mod media;
mod queues;
pub mod session;
pub mod start;

pub use client::{Bot, Error, MatrixEvent, Pin, SenderDevice, Settings, Verified};
pub use delivery::Desk;
pub use matrix_sdk::ruma::{OwnedRoomId as RoomIdBuf, OwnedUserId as UserIdBuf};
pub use start::LobbyError;

/// The outbox and update channel of people who write from Matrix (direct chats).
pub const CHANNEL: &str = "matrix";
/// The desk cursor holding the token of the last sync whose events are committed.
pub const SYNC_CURSOR: &str = "matrix-sync";
