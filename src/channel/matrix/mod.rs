//! The Matrix channel: the bot's client layer (login, sealed session, encrypted case rooms,
//! sync translated into [`MatrixEvent`]s). It must not decide what to say; only this module
//! tree knows matrix-sdk.
pub mod client;
pub mod session;

pub use client::{Bot, Error, MatrixEvent, Settings};
