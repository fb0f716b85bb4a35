//! Shared test support. Not every test binary uses every item.
#![allow(dead_code)]

pub mod bot_api;
pub mod fixtures;
pub mod homeserver;
pub mod serve_config;
pub mod synapse;
