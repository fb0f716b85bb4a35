//! Fetching an attachment's bytes from the channel that holds them (Telegram's `getFile`, a
//! Matrix media download and decryption), for the channel that sends them on, and handing
//! an operator's file that cannot be sent back to the service. It owns the per-fetch size
//! cap; it must not store the bytes, log them, or decide what anyone is told.

use std::io;
use std::pin::Pin;
use std::sync::OnceLock;
use std::task::{Context, Poll};

use teloxide::net::Download;
use teloxide::prelude::Requester;
use teloxide::types::FileId;
use teloxide::{ApiError, RequestError};
use tokio::io::AsyncWrite;

use super::{matrix, telegram};
use crate::conversation::{Attachment, Doorbells, Service};
use crate::store::Store;

/// Why an attachment's bytes could not be had.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Larger than the limit of the way it has to go: announce it, do not retry.
    #[error("attachment larger than {limit} bytes")]
    TooLarge { limit: u64 },
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
/// gone): have the service tell the case room, once, and wake delivery to carry that.
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
    let told = service
        .file_not_sent(case, file, limit, crate::clock::now_secs())
        .and_then(|_| service.store().flush());
    if let Err(e) = told {
        tracing::error!(error = %e, "cannot tell the case room that a file was not sent");
    }
    doorbells.ring_all();
}

/// The channels attachments can be fetched from; each registers its client when it starts.
#[derive(Default)]
pub struct Media {
    telegram: OnceLock<teloxide::Bot>,
    matrix: OnceLock<matrix::Bot>,
}

impl Media {
    pub fn new() -> Media {
        Media::default()
    }

    pub fn set_telegram(&self, bot: teloxide::Bot) {
        let _ = self.telegram.set(bot);
    }

    pub fn set_matrix(&self, bot: matrix::Bot) {
        let _ = self.matrix.set(bot);
    }

    /// The attachment's bytes, at most `limit` of them, held only in memory.
    pub async fn fetch(&self, attachment: &Attachment, limit: u64) -> Result<Vec<u8>, FetchError> {
        if attachment.size.is_some_and(|s| s > limit) {
            return Err(FetchError::TooLarge { limit });
        }
        match attachment.origin.as_str() {
            telegram::CHANNEL => {
                let bot = self
                    .telegram
                    .get()
                    .ok_or_else(|| FetchError::NoOrigin(telegram::CHANNEL.into()))?;
                fetch_telegram(bot, &attachment.reference, limit.min(telegram::DOWNLOAD_LIMIT)).await
            }
            matrix::CHANNEL => {
                let bot = self
                    .matrix
                    .get()
                    .ok_or_else(|| FetchError::NoOrigin(matrix::CHANNEL.into()))?;
                bot.fetch_file(&attachment.reference, limit).await.map_err(|e| match e {
                    matrix::Error::TooLarge { limit } => FetchError::TooLarge { limit },
                    matrix::Error::BadMedia => FetchError::Gone,
                    other => FetchError::Transient(other.to_string()),
                })
            }
            other => Err(FetchError::NoOrigin(other.to_owned())),
        }
    }
}

async fn fetch_telegram(bot: &teloxide::Bot, file_id: &str, limit: u64) -> Result<Vec<u8>, FetchError> {
    let file = bot.get_file(FileId(file_id.to_owned())).await.map_err(telegram_error)?;
    if file.meta.size != u32::MAX && u64::from(file.meta.size) > limit {
        return Err(FetchError::TooLarge { limit });
    }
    let mut sink = Capped {
        bytes: Vec::new(),
        limit,
        over: false,
    };
    match bot.download_file(&file.path, &mut sink).await {
        Ok(()) => Ok(sink.bytes),
        Err(_) if sink.over => Err(FetchError::TooLarge { limit }),
        Err(e) => Err(FetchError::Transient(described(&RequestError::from(e)))),
    }
}

fn telegram_error(e: RequestError) -> FetchError {
    match e {
        // "Bad Request: file is too big" and "…: invalid file_id" have no variants of their own.
        RequestError::Api(ApiError::Unknown(d)) if d.contains("too big") => FetchError::TooLarge {
            limit: telegram::DOWNLOAD_LIMIT,
        },
        RequestError::Api(ApiError::Unknown(d)) if d.contains("file_id") => FetchError::Gone,
        RequestError::Api(ApiError::FileIdInvalid | ApiError::WrongFileId | ApiError::WrongFileIdOrUrl) => {
            FetchError::Gone
        }
        other => FetchError::Transient(described(&other)),
    }
}

/// A content-free description of a Telegram failure. Never the error's own text: a
/// transport error quotes the request URL, which holds the bot token (teloxide masks only
/// tokens of the usual shape).
fn described(e: &RequestError) -> String {
    match e {
        RequestError::Network(n) => match n.status() {
            Some(status) => format!("telegram answered {}", status.as_u16()),
            None => format!("telegram {}", telegram::ingest::kind(e)),
        },
        other => format!("telegram {}", telegram::ingest::kind(other)),
    }
}

/// An in-memory sink that refuses to grow past `limit` bytes.
struct Capped {
    bytes: Vec<u8>,
    limit: u64,
    over: bool,
}

impl AsyncWrite for Capped {
    fn poll_write(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if (this.bytes.len() + buf.len()) as u64 > this.limit {
            this.over = true;
            return Poll::Ready(Err(io::Error::other("attachment over the limit")));
        }
        this.bytes.extend_from_slice(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
