//! The Matrix side, against a real Synapse installed from PyPI by the harness: the harness's
//! own tests (`synapse_harness::`), the bot's client layer (`matrix::`), the whole handoff
//! through `varco serve` (`handoff::`), people's direct chats (`direct::`) and their quick
//! exit (`exit::`), a homeserver down at start (`down::`), who may be in the rooms
//! (`room::`) and cases left waiting (`stranded::`). One test binary, so the shared Synapse
//! starts once for all of them; run one area with `cargo test --test matrix handoff::`.
//!
//! Tests here share one process: the shared Synapse and the tracing subscriber are set up
//! once (`OnceLock`, `try_init`); every test registers its own users with unique names.

#![recursion_limit = "256"] // matrix-sdk's deeply nested futures (`Client::sync` is `Send` only with a higher limit)

#[allow(dead_code)]
#[path = "../support/operator.rs"]
mod operator;
#[path = "../support/mod.rs"]
mod support;

mod direct;
mod down;
mod exit;
mod handoff;
mod matrix;
mod room;
mod stranded;
mod synapse_harness;
