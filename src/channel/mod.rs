//! Channels translate between a platform and [`crate::conversation`]: updates in, outbox
//! entries out. They hold no business logic. Only `channel/*` may know a platform's API.
pub mod matrix;
pub mod media;
#[allow(missing_docs)] // documented after the scheduler rewrite lands
pub mod telegram;
pub mod terminal;
