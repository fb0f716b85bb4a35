//! The tests that need no service and no test double: the binary's command line, config,
//! the operators' desk, engine properties, flow and locale checks, the conversation service,
//! the store suite and the golden transcripts. One test binary, so `cargo test` links
//! matrix-sdk once for all of them; run one area with `cargo test --test offline desk::`.
//!
//! Tests here share one process: none may change the process environment, the current
//! directory or a global subscriber; each works in its own temporary directory.

#[path = "../support/mod.rs"]
mod support;

mod assessment;
mod backup;
mod batch;
mod cli;
mod config;
mod deploy;
mod desk;
mod directory;
mod engine_props;
mod flood;
mod flows_check;
mod forgetting;
mod fuzz_props;
mod l10n_check;
mod lang;
mod matrix_login;
mod operators_down;
mod race;
mod report;
mod retention;
mod service;
mod stale_menu;
mod store;
mod texts;
mod transcripts;
mod translations;
