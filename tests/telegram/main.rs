//! The Telegram side: the real `varco serve` against the Bot API double (`telegram::`) and
//! the double's own tests (`bot_api_double::`). One test binary; run one area with
//! `cargo test --test telegram bot_api_double::`.
//!
//! Tests here share one process: each starts its own double (its own port) and its own
//! `varco serve` with its own store; none changes the process environment.

#[path = "../support/mod.rs"]
mod support;

mod admin;
mod backup;
mod bot_api_double;
mod digits;
mod languages;
mod matrix_login;
mod quick_exit;
mod rotation;
mod safety;
mod shutdown;
mod stale_buttons;
mod telegram;
mod webhook;
