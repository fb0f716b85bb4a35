//! Fetching an attachment's bytes from the channel that holds them, for the channel that
//! sends them on: each channel registers itself as an [`Origin`] (Telegram's `getFile` and
//! download, a Matrix media download and decryption), so no channel knows another. It also
//! reports an operator's file that cannot be sent back to the service. It owns the
//! per-fetch size cap and the process-wide byte budget of files in flight (a fetch takes
//! its share before any byte arrives and keeps it until the bytes are sent); it must not
//! store the bytes, log them, or decide what anyone is told.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::conversation::{Attachment, Doorbells, Learned, Service};
use crate::store::Store;

/// Why an attachment's bytes could not be had.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Larger than the limit of the way it has to go: announce it, do not retry.
    #[error("attachment larger than {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The origin no longer has it, or the reference is unreadable: do not retry.
    #[error("attachment is gone or its reference unreadable")]
    Gone,
    /// The origin channel is not running (yet): worth another try.
    #[error("no {0} channel to fetch the attachment from")]
    NoOrigin(String),
    /// Network or server trouble: worth another try.
    #[error("attachment download failed: {0}")]
    Transient(String),
}

/// An operator's file for case `case` will not reach the person (`why`: too large, or
/// gone): tell the service what was learned, so the case room is told, once, and wake
/// delivery to carry that.
pub fn not_sent<S: Store>(
    service: &Service<S>,
    doorbells: &Doorbells,
    case: Option<u64>,
    file: &Attachment,
    why: &FetchError,
) {
    tracing::warn!(error = %why, "an operator's attachment cannot be sent to the person");
    let Some(case) = case else { return };
    let limit = match why {
        FetchError::TooLarge { limit } => Some(*limit),
        _ => None,
    };
    let learned = Learned::FileNotSent {
        case,
        file: file.clone(),
        limit,
    };
    let told = service
        .learned(&learned, crate::clock::now_secs())
        .and_then(|_| Ok(service.store().flush()?));
    if let Err(e) = told {
        tracing::error!(error = %e, "cannot tell the case room that a file was not sent");
    }
    doorbells.ring_all();
}

/// A channel's way of handing over a file it holds, by its reference.
pub trait Origin: Send + Sync {
    /// The file's bytes, at most `limit` of them, held only in memory.
    fn fetch<'a>(&'a self, reference: &'a str, limit: u64) -> Fetching<'a>;
}

/// What [`Origin::fetch`] returns.
pub type Fetching<'a> = Pin<Box<dyn Future<Output = Result<Vec<u8>, FetchError>> + Send + 'a>>;

/// One megabyte, the unit of the byte budget.
const MB: u64 = 1024 * 1024;

/// The byte budget when the configuration does not give one (`[limits] files_in_flight_mb`).
pub const DEFAULT_BUDGET_MB: u32 = 100;

/// An attachment's bytes with their share of the byte budget, which returns to the budget
/// when this (or the share taken out with [`Held::into_parts`]) is dropped: keep it until
/// the bytes are sent.
pub struct Held {
    bytes: Vec<u8>,
    share: Share,
}

/// Megabytes of the byte budget held by one file in flight.
pub struct Share(#[allow(dead_code)] OwnedSemaphorePermit);

impl Held {
    /// The bytes, and the share to keep while they are held.
    pub fn into_parts(self) -> (Vec<u8>, Share) {
        (self.bytes, self.share)
    }
}

impl std::ops::Deref for Held {
    type Target = Vec<u8>;

    fn deref(&self) -> &Vec<u8> {
        &self.bytes
    }
}

/// The channels attachments can be fetched from (each registers itself when it starts),
/// and the byte budget every fetch draws on.
pub struct Media {
    origins: RwLock<HashMap<String, Arc<dyn Origin>>>,
    /// Free megabytes of the budget: files in flight (Telegram sends several at once, of up
    /// to 50 MB each) never hold more than this between them.
    budget: Arc<Semaphore>,
    /// The whole budget, in megabytes.
    budget_mb: u32,
}

impl Default for Media {
    fn default() -> Self {
        Media::with_budget(DEFAULT_BUDGET_MB)
    }
}

impl Media {
    /// No origin yet: every fetch is [`FetchError::NoOrigin`] until channels register. The
    /// default byte budget.
    pub fn new() -> Media {
        Media::default()
    }

    /// [`Media::new`] with a byte budget of `mb` megabytes (at least 1) for files in flight.
    pub fn with_budget(mb: u32) -> Media {
        let mb = mb.max(1);
        Media {
            origins: RwLock::default(),
            budget: Arc::new(Semaphore::new(mb as usize)),
            budget_mb: mb,
        }
    }

    /// Megabytes of the byte budget not held by a file in flight now.
    pub fn budget_free_mb(&self) -> usize {
        self.budget.available_permits()
    }

    /// `channel` holds files of its own, fetched through `origin`.
    pub fn register(&self, channel: &str, origin: Arc<dyn Origin>) {
        let mut origins = self.origins.write().unwrap_or_else(|p| p.into_inner());
        origins.insert(channel.to_owned(), origin);
    }

    /// The attachment's bytes, at most `limit` of them, held only in memory. Waits first
    /// for its share of the byte budget: its declared size (or `limit` when it declares
    /// none), in whole megabytes, and never more than the whole budget. The download is
    /// capped at that share, so a file that declared less than it has is stopped there.
    pub async fn fetch(&self, attachment: &Attachment, limit: u64) -> Result<Held, FetchError> {
        if attachment.size.is_some_and(|s| s > limit) {
            return Err(FetchError::TooLarge { limit });
        }
        let origin = {
            let origins = self.origins.read().unwrap_or_else(|p| p.into_inner());
            origins.get(&attachment.origin).cloned()
        };
        let Some(origin) = origin else {
            return Err(FetchError::NoOrigin(attachment.origin.clone()));
        };
        let needed = attachment.size.unwrap_or(limit).min(limit).div_ceil(MB).max(1);
        let mb = u32::try_from(needed).unwrap_or(u32::MAX).min(self.budget_mb);
        let permit = self
            .budget
            .clone()
            .acquire_many_owned(mb)
            .await
            .expect("the budget is never closed");
        let cap = limit.min(u64::from(mb) * MB);
        match origin.fetch(&attachment.reference, cap).await {
            Ok(bytes) => Ok(Held {
                bytes,
                share: Share(permit),
            }),
            // Over its share, not necessarily over the limit: the file declared less than
            // it has, and is refused as over the limit it was fetched for.
            Err(FetchError::TooLarge { limit: hit }) if hit == cap && cap < limit => {
                Err(FetchError::TooLarge { limit })
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;
    use crate::flow::MediaKind;

    /// An origin whose files are `size` bytes, whatever they declared; counts its fetches.
    struct Sized {
        size: usize,
        fetches: AtomicUsize,
    }

    impl Origin for Sized {
        fn fetch<'a>(&'a self, _: &'a str, limit: u64) -> Fetching<'a> {
            self.fetches.fetch_add(1, Ordering::SeqCst);
            Box::pin(async move {
                if self.size as u64 > limit {
                    return Err(FetchError::TooLarge { limit });
                }
                Ok(vec![0u8; self.size])
            })
        }
    }

    fn attachment(size: Option<u64>) -> Attachment {
        Attachment {
            kind: MediaKind::Document,
            origin: "test".into(),
            reference: "r".into(),
            name: None,
            mime: None,
            size,
            caption: None,
            exceeds: None,
        }
    }

    fn media(budget_mb: u32, size: usize) -> (Media, Arc<Sized>) {
        let origin = Arc::new(Sized {
            size,
            fetches: AtomicUsize::new(0),
        });
        let media = Media::with_budget(budget_mb);
        media.register("test", origin.clone());
        (media, origin)
    }

    #[tokio::test]
    async fn files_in_flight_wait_for_the_byte_budget() {
        let limit = 50 * MB;
        // Each declares 40 MB (the share is taken on the declared size); the bytes are few.
        let (media, origin) = media(100, 1024);
        let first = media.fetch(&attachment(Some(40 << 20)), limit).await.unwrap();
        let second = media.fetch(&attachment(Some(40 << 20)), limit).await.unwrap();
        assert_eq!(media.budget_free_mb(), 20);
        // A third 40 MB file would pass the budget: it waits, and does not even fetch.
        let declared = attachment(Some(40 << 20));
        let third = media.fetch(&declared, limit);
        tokio::pin!(third);
        assert!(tokio::time::timeout(Duration::from_millis(50), third.as_mut())
            .await
            .is_err());
        assert_eq!(origin.fetches.load(Ordering::SeqCst), 2);
        let (bytes, share) = first.into_parts();
        drop(bytes);
        drop(share);
        let third = third.await.unwrap();
        assert_eq!(third.len(), 1024);
        drop((second, third));
        assert_eq!(media.budget_free_mb(), 100);
    }

    #[tokio::test]
    async fn a_file_without_a_size_takes_its_limit_and_a_false_size_is_capped() {
        let (media, _) = media(100, 3 << 20);
        let held = media.fetch(&attachment(None), 10 * MB).await.unwrap();
        assert_eq!(media.budget_free_mb(), 90);
        drop(held);
        // It said 1000 bytes and has 3 MB: stopped at its 1 MB share, refused as too large.
        let e = media.fetch(&attachment(Some(1000)), 10 * MB).await.err();
        assert!(
            matches!(e, Some(FetchError::TooLarge { limit }) if limit == 10 * MB),
            "{e:?}"
        );
        assert_eq!(media.budget_free_mb(), 100);
        // A budget smaller than a file: the file takes the whole budget, never waits forever.
        let (small, _) = media_small();
        let held = small.fetch(&attachment(None), 10 * MB).await.unwrap();
        assert_eq!((held.len(), small.budget_free_mb()), (1 << 20, 0));
    }

    fn media_small() -> (Media, Arc<Sized>) {
        media(2, 1 << 20)
    }
}
