//! Telegram as the origin of files: `getFile` and the download, capped while it streams,
//! for whichever channel passes a person's file on. Failures are described by kind and
//! status only, never by the library's text (a transport error may quote the file URL,
//! which holds the bot token). It must not store or log the bytes.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use teloxide::net::Download;
use teloxide::prelude::Requester;
use teloxide::types::FileId;
use teloxide::{ApiError, RequestError};
use tokio::io::AsyncWrite;

use super::DOWNLOAD_LIMIT;
use crate::channel::media::{FetchError, Fetching, Origin};

/// The Bot API client files are fetched with (its own, with a long timeout). Its `Debug`
/// hides the client: teloxide's `Bot` prints its token.
pub struct Files(pub teloxide::Bot);

impl std::fmt::Debug for Files {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Files(<telegram client>)")
    }
}

impl Origin for Files {
    fn fetch<'a>(&'a self, reference: &'a str, limit: u64) -> Fetching<'a> {
        Box::pin(fetch_telegram(&self.0, reference, limit.min(DOWNLOAD_LIMIT)))
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
        RequestError::Api(ApiError::Unknown(d)) if d.contains("too big") => {
            FetchError::TooLarge { limit: DOWNLOAD_LIMIT }
        }
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
            None => format!("telegram {}", super::ingest::kind(e)),
        },
        other => format!("telegram {}", super::ingest::kind(other)),
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

#[cfg(test)]
mod tests {
    use super::Files;

    #[test]
    fn debug_hides_the_token() {
        let token = "123456:canary-token-in-debug";
        let bot = super::super::bot_with_timeout(token, "http://127.0.0.1:9", std::time::Duration::from_secs(1))
            .expect("bot");
        // The reason for the manual impls: teloxide's own `Debug` shows the token.
        assert!(format!("{bot:?}").contains(token));
        let shown = format!("{:?} {:#?}", Files(bot.clone()), Files(bot));
        assert!(!shown.contains("canary"), "{shown}");
    }
}
