//! Varco: the secure messaging front door of an anti-trafficking helpline.
#![warn(missing_docs)]
pub mod admin;
pub mod channel;
pub mod clock;
pub mod config;
pub mod content;
pub mod control;
pub mod conversation;
pub mod directory;
pub mod flow;
pub mod fuzz;
pub mod handoff;
pub mod l10n;
pub mod metrics;
pub mod serve;
pub mod stats;
pub mod store;
