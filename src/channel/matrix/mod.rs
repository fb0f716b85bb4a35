//! The Matrix channel: the bot's client layer (login, sealed session, encrypted case rooms,
//! sync translated into events). It must not decide what to say; only this module tree
//! knows matrix-sdk.
pub mod session;
