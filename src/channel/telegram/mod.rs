//! The Telegram channel (teloxide 0.17): durable ingestion by long polling or webhook, and
//! paced, fault-tolerant delivery of the `telegram` outbox (a pure scheduler, `schedule`,
//! under an I/O shell, `delivery`), including the quick exit's deletions. It owns the Bot API's rules (offsets, 429s, 48-hour deletions, button data)
//! and must not decide what to say: every update goes through the conversation service.

pub mod delivery;
pub mod ingest;
pub mod media;
pub mod schedule;
pub mod translate;

use std::sync::Arc;
use std::time::Duration;

use teloxide::Bot;

use crate::channel::backoff::Backoff;

use crate::conversation::Service;
use crate::store::Store;

/// The outbox and update channel of people who write from Telegram.
pub const CHANNEL: &str = "telegram";

/// Largest file a bot may download (`getFile`): a person's larger file cannot be passed on.
pub const DOWNLOAD_LIMIT: u64 = 20 * 1024 * 1024;
/// Largest photo a bot may upload (`sendPhoto`).
pub const PHOTO_UPLOAD_LIMIT: u64 = 10 * 1024 * 1024;
/// Largest other file a bot may upload (`sendVoice`, `sendVideo`, `sendDocument`).
pub const UPLOAD_LIMIT: u64 = 50 * 1024 * 1024;

/// What the Bot API lets a bot fetch and send, published to the service at start.
pub const LIMITS: crate::conversation::Limits = crate::conversation::Limits {
    download: Some(DOWNLOAD_LIMIT),
    upload_photo: Some(PHOTO_UPLOAD_LIMIT),
    upload_other: Some(UPLOAD_LIMIT),
};

/// The largest file of this kind the bot can send to a person.
pub fn upload_limit(kind: crate::flow::MediaKind) -> u64 {
    match kind {
        crate::flow::MediaKind::Photo => PHOTO_UPLOAD_LIMIT,
        _ => UPLOAD_LIMIT,
    }
}

/// How the channel behaves; built from `[telegram]` in the config.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Long-poll `timeout` of `getUpdates`, in seconds.
    pub poll_timeout: Duration,
    /// Pacing of sends: at least this long between two messages to one chat.
    pub per_chat_interval: Duration,
    /// At most this many sends per second overall (0: unlimited).
    pub global_per_second: u32,
    /// Longest wait between retries of a failing send.
    pub max_backoff: Duration,
    /// Updates from one chat beyond this many per minute get one polite answer and are
    /// otherwise acknowledged without a turn (0: no limit).
    pub flood_per_minute: u32,
}

impl Settings {
    /// Waits between retries of a failing send or poll: 0.5 s, 1 s, 2 s … up to
    /// `max_backoff`, each spread by ±25 %.
    pub fn backoff(&self) -> Backoff {
        Backoff::new(Duration::from_millis(500), self.max_backoff).with_jitter(0.25)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            poll_timeout: Duration::from_secs(20),
            per_chat_interval: Duration::from_millis(1000),
            global_per_second: 30,
            max_backoff: Duration::from_secs(60),
            flood_per_minute: 40,
        }
    }
}

#[derive(Debug, thiserror::Error)]
/// Why the Telegram channel stopped or could not start.
pub enum Error {
    #[error("telegram api_url `{0}` is not a valid url")]
    /// `telegram.api_url` is not a URL.
    ApiUrl(String),
    #[error("telegram: {0}")]
    /// The Bot API refused or did not answer (text from teloxide, which masks the token).
    Request(#[from] teloxide::RequestError),
    #[error(transparent)]
    /// The store failed; ingestion stops rather than skip an update.
    Store(#[from] crate::store::Error),
    #[error(transparent)]
    /// A turn could not be committed.
    Conversation(#[from] crate::conversation::Error),
    #[error("telegram webhook: {0}")]
    /// The webhook listener could not bind or serve.
    Webhook(String),
}

/// A teloxide `Bot` pointed at `api_url`, with an HTTP timeout longer than the long poll.
pub fn bot(token: &str, api_url: &str, settings: &Settings) -> Result<Bot, Error> {
    bot_with_timeout(token, api_url, settings.poll_timeout + Duration::from_secs(10))
}

/// How long one file may take to download from or upload to Telegram (up to 50 MB).
pub const FILE_TIMEOUT: Duration = Duration::from_secs(300);

/// A client whose requests time out after `timeout` (for files: [`FILE_TIMEOUT`]).
pub fn bot_with_timeout(token: &str, api_url: &str, timeout: Duration) -> Result<Bot, Error> {
    let url = api_url
        .trim_end_matches('/')
        .parse::<url::Url>()
        .map_err(|_| Error::ApiUrl(api_url.to_owned()))?;
    let client = teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()
        .map_err(|e| Error::ApiUrl(format!("{api_url}: {e}")))?;
    Ok(Bot::with_client(token, client).set_api_url(url))
}

/// What the channel shares between ingestion and delivery. Its `Debug` shows the settings
/// only: teloxide's `Bot` prints its token.
pub struct Channel<S: Store> {
    /// The Bot API client for updates and messages (never formatted: its `Debug` shows the
    /// token).
    pub bot: Bot,
    /// Turns (ingest) and what delivery learned (delivery calls only `learned`).
    pub service: Arc<Service<S>>,
    /// The outbox and the tracked message ids (delivery reads and marks them directly).
    pub store: Arc<S>,
    /// Pacing, backoff and flood settings.
    pub settings: Settings,
    /// Rung after a flush that may have queued something: this channel's delivery listens
    /// to its own bell; ingestion rings them all (a turn may also queue for operators).
    pub doorbells: crate::conversation::Doorbells,
    /// Where operators' attachments are fetched from.
    pub media: Arc<crate::channel::media::Media>,
    /// The same bot with a timeout long enough for file uploads.
    pub file_bot: Bot,
}

impl<S: Store> std::fmt::Debug for Channel<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Channel")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Content, ContentPaths};
    use crate::store::MemoryStore;

    #[test]
    fn channel_debug_hides_the_token() {
        let token = "123456:canary-token-in-debug";
        let settings = Settings::default();
        let bot = bot(token, "http://127.0.0.1:9", &settings).expect("bot");
        let content = Content::load(&ContentPaths::default()).expect("content");
        let store = Arc::new(MemoryStore::new());
        let service = Service::new(
            Arc::new(content.flows),
            Arc::new(content.locales),
            Arc::new(content.directory),
            store.clone(),
            crate::conversation::Helpline::default(),
        );
        let channel = Channel {
            bot: bot.clone(),
            service: Arc::new(service),
            store,
            settings,
            doorbells: crate::conversation::Doorbells::default(),
            media: Arc::new(crate::channel::media::Media::new()),
            file_bot: bot,
        };
        let shown = format!("{channel:?} {channel:#?}");
        assert!(!shown.contains("canary"), "{shown}");
    }
}
