//! Fetching an attachment's bytes from the channel that holds them, for the channel that
//! sends them on: each channel registers itself as an [`Origin`] (Telegram's `getFile` and
//! download, a Matrix media download and decryption), so no channel knows another. It also
//! reports an operator's file that cannot be sent back to the service. It owns the
//! per-fetch size cap; it must not store the bytes, log them, or decide what anyone is told.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};

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

/// The channels attachments can be fetched from; each registers itself when it starts.
#[derive(Default)]
pub struct Media {
    origins: RwLock<HashMap<String, Arc<dyn Origin>>>,
}

impl Media {
    /// No origin yet: every fetch is [`FetchError::NoOrigin`] until channels register.
    pub fn new() -> Media {
        Media::default()
    }

    /// `channel` holds files of its own, fetched through `origin`.
    pub fn register(&self, channel: &str, origin: Arc<dyn Origin>) {
        let mut origins = self.origins.write().unwrap_or_else(|p| p.into_inner());
        origins.insert(channel.to_owned(), origin);
    }

    /// The attachment's bytes, at most `limit` of them, held only in memory.
    pub async fn fetch(&self, attachment: &Attachment, limit: u64) -> Result<Vec<u8>, FetchError> {
        if attachment.size.is_some_and(|s| s > limit) {
            return Err(FetchError::TooLarge { limit });
        }
        let origin = {
            let origins = self.origins.read().unwrap_or_else(|p| p.into_inner());
            origins.get(&attachment.origin).cloned()
        };
        match origin {
            Some(origin) => origin.fetch(&attachment.reference, limit).await,
            None => Err(FetchError::NoOrigin(attachment.origin.clone())),
        }
    }
}
