//! Matrix as the origin of files: a media download and decryption through the bot's
//! client, for whichever channel passes an operator's (or a Matrix person's) file on. It
//! must not store or log the bytes.

use super::{Bot, Error};
use crate::channel::media::{FetchError, Fetching, Origin};

impl Origin for Bot {
    fn fetch<'a>(&'a self, reference: &'a str, limit: u64) -> Fetching<'a> {
        Box::pin(async move {
            self.fetch_file(reference, limit).await.map_err(|e| match e {
                Error::TooLarge { limit } => FetchError::TooLarge { limit },
                Error::BadMedia => FetchError::Gone,
                other => FetchError::Transient(other.to_string()),
            })
        })
    }
}
