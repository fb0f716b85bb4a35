//! Channels translate between a platform and [`crate::conversation`]: updates in, outbox
//! entries out. They hold no business logic. Only `channel/*` may know a platform's API.
pub mod backoff;
pub mod matrix;
pub mod media;
pub mod telegram;
pub mod terminal;
