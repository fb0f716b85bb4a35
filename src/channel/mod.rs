//! Channels translate between a platform and [`crate::conversation`]: updates in, outbox
//! entries out. They hold no business logic. Only `channel/*` may know a platform's API.
pub mod backoff;
pub mod matrix;
pub mod media;
pub mod telegram;
pub mod terminal;

/// Run blocking store work (sled calls, flushes) on tokio's blocking pool, so that the
/// async workers keep serving the network meanwhile. A panic in `work` is resumed here.
pub(crate) async fn off_worker<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    match tokio::task::spawn_blocking(work).await {
        Ok(value) => value,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
