//! Delivery of the `telegram` outbox: per-chat order, pacing (≈1 msg/s per chat, ≈30/s
//! overall), `retry_after` honoured, transient faults retried with bounded exponential
//! backoff and jitter, permanent ones ending that chat's queue; the quick exit's
//! deletions. It owns how an outbox entry becomes Bot API calls and must not decide what
//! to say. An entry is marked delivered only after Telegram accepted it (and its message ids
//! are tracked for the quick exit). Under load, entries of up to `ROUND` (16) different
//! chats are sent concurrently and their marks made durable by one flush per round (group
//! commit); with a short queue a round is a single entry, as without batching. A chat's
//! next entry waits for the next round. So a crash repeats at most the round in flight (at
//! most one message per chat), never loses one.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::Rng;
use teloxide::payloads::{
    SendDocumentSetters, SendMessageSetters, SendPhotoSetters, SendVideoSetters, SendVoiceSetters,
};
use teloxide::requests::Requester;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, MessageId};
use teloxide::{ApiError, RequestError};
use tokio::sync::watch;

use super::ingest::{kind, now_secs};
use super::translate::CHOICE_PREFIX;
use super::{Channel, Error, CHANNEL};
use crate::channel::media::{self, FetchError};
use crate::conversation::{Attachment, Body, Outbound};
use crate::flow::MediaKind;
use crate::store::{Delivered, OutboxId, Store, TrackedMessage};

/// Telegram's limit on a message, in UTF-16 code units.
const MAX_TEXT_UTF16: usize = 4096;
/// Longest caption of a media message, in UTF-16 code units; a longer one follows as text.
const MAX_CAPTION_UTF16: usize = 1024;
/// Entries read per pass over the outbox.
const PASS: usize = 512;
/// Most entries sent between two flushes of delivered-marks (a round), each to a different
/// chat, concurrently: a crash may repeat up to this many messages, at most one per chat.
pub const ROUND: usize = 16;
/// A round holds one entry per this many entries waiting in the pass (at least one).
const BACKLOG_PER_SEND: usize = 8;

/// Counters of what delivery did; content-free, safe to log.
#[derive(Debug, Default)]
pub struct DeliveryStats {
    pub delivered: AtomicU64,
    pub retried: AtomicU64,
    pub rate_limited: AtomicU64,
    /// Entries dropped because the chat is gone (blocked the bot, deleted, not found).
    pub dropped_chat_gone: AtomicU64,
    /// Entries Telegram refused for good (e.g. malformed); dropped, counted.
    pub rejected: AtomicU64,
    pub deleted_messages: AtomicU64,
}

impl DeliveryStats {
    pub fn log(&self) {
        tracing::info!(
            delivered = self.delivered.load(Ordering::Relaxed),
            retried = self.retried.load(Ordering::Relaxed),
            rate_limited = self.rate_limited.load(Ordering::Relaxed),
            dropped_chat_gone = self.dropped_chat_gone.load(Ordering::Relaxed),
            rejected = self.rejected.load(Ordering::Relaxed),
            deleted_messages = self.deleted_messages.load(Ordering::Relaxed),
            "telegram delivery"
        );
    }
}

/// Bounded exponential backoff with ±25% jitter: 0.5 s, 1 s, 2 s … up to `max`.
pub fn backoff(attempt: u32, max: Duration) -> Duration {
    let base = Duration::from_millis(500).saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
    let base = base.min(max);
    let jitter = rand::thread_rng().gen_range(0.75..1.25);
    base.mul_f64(jitter).min(max)
}

enum Outcome {
    RetryAfter(Duration),
    Transient,
    /// The chat cannot receive anything any more: end its queue.
    ChatGone,
    /// This message can never be sent: drop it.
    Rejected,
}

fn classify(e: &RequestError) -> Outcome {
    match e {
        RequestError::RetryAfter(s) => Outcome::RetryAfter(s.duration()),
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => Outcome::Transient,
        RequestError::MigrateToChatId(_) => Outcome::ChatGone,
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::ChatNotFound
            | ApiError::UserDeactivated
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::GroupDeactivated => Outcome::ChatGone,
            ApiError::Unknown(desc) if is_server_side(desc) => Outcome::Transient,
            _ => Outcome::Rejected,
        },
    }
}

/// Telegram's own 5xx answers arrive as API errors with these descriptions.
fn is_server_side(desc: &str) -> bool {
    [
        "Internal Server Error",
        "Bad Gateway",
        "Gateway",
        "Service Unavailable",
        "Too Many Requests",
    ]
    .iter()
    .any(|s| desc.contains(s))
}

#[derive(Default)]
struct ChatPace {
    not_before: Option<Instant>,
    failures: u32,
}

/// Global send budget: at most `per_second` sends in any one-second window.
struct Bucket {
    per_second: u32,
    window_start: Instant,
    used: u32,
}

impl Bucket {
    fn take(&mut self, now: Instant) -> Result<(), Instant> {
        if self.per_second == 0 {
            return Ok(());
        }
        if now.duration_since(self.window_start) >= Duration::from_secs(1) {
            self.window_start = now;
            self.used = 0;
        }
        if self.used < self.per_second {
            self.used += 1;
            Ok(())
        } else {
            Err(self.window_start + Duration::from_secs(1))
        }
    }
}

/// One entry sent in a round, and what came of it.
struct Sent {
    /// Index into the pass's entries.
    idx: usize,
    id: OutboxId,
    chat: String,
    result: Result<Done, RequestError>,
}

/// Deliver until `shutdown`; returns after finishing the round in progress (at most
/// `ROUND` sends, one per chat).
pub async fn run<S: Store>(
    channel: Arc<Channel<S>>,
    stats: Arc<DeliveryStats>,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), Error> {
    let store = channel.service.store().clone();
    let settings = channel.settings.clone();
    let bell = channel.doorbells.bell(CHANNEL);
    let mut chats: HashMap<String, ChatPace> = HashMap::new();
    let mut bucket = Bucket {
        per_second: settings.global_per_second,
        window_start: Instant::now(),
        used: 0,
    };
    loop {
        if *shutdown.borrow() {
            return Ok(());
        }
        let items = match store.outbox_pending(CHANNEL, PASS) {
            Ok(items) => items,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the telegram outbox");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        let mut wake = Instant::now() + Duration::from_secs(1);
        let mut held: HashSet<String> = HashSet::new();
        let mut gone: HashSet<String> = HashSet::new();
        let mut progressed = false;
        // Marks not flushed yet.
        let mut marked = false;
        // The pass's entries still to do, in id order (`None`: done).
        let mut entries: Vec<Option<(OutboxId, Outbound)>> = Vec::with_capacity(items.len());
        for item in items {
            match serde_json::from_slice::<Outbound>(&item.payload) {
                Ok(m) => entries.push(Some((item.id, m))),
                Err(_) => {
                    tracing::error!(outbox_id = item.id.0, "unreadable telegram outbox entry dropped");
                    mark(&*store, item.id, &mut marked);
                    stats.rejected.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        // Rounds: the oldest entry of up to `size` chats, sent concurrently; then their marks
        // are flushed at once. Entries of one chat go in successive rounds, in order. Rounds
        // grow with the backlog: one entry when little is waiting (a crash repeats at most
        // one message, as without batching), up to ROUND under load.
        let size = (entries.len() / BACKLOG_PER_SEND).clamp(1, ROUND);
        while !*shutdown.borrow() {
            let mut round: Vec<(usize, OutboxId, Outbound)> = Vec::new();
            // Chats with an earlier entry in this round: keep the order.
            let mut busy: HashSet<String> = HashSet::new();
            let mut budget_out = false;
            for (idx, slot) in entries.iter_mut().enumerate() {
                let Some((id, message)) = slot else {
                    continue;
                };
                if gone.contains(&message.chat) {
                    mark(&*store, *id, &mut marked);
                    stats.dropped_chat_gone.fetch_add(1, Ordering::Relaxed);
                    progressed = true;
                    *slot = None;
                    continue;
                }
                // An earlier entry of this chat is waiting or in this round: keep the order.
                if round.len() >= size || budget_out || held.contains(&message.chat) || busy.contains(&message.chat) {
                    continue;
                }
                let now = Instant::now();
                let pace = chats.entry(message.chat.clone()).or_default();
                if let Some(t) = pace.not_before.filter(|t| *t > now) {
                    wake = wake.min(t);
                    held.insert(message.chat.clone());
                    continue;
                }
                if let Err(t) = bucket.take(now) {
                    wake = wake.min(t);
                    budget_out = true;
                    continue;
                }
                round.push((idx, *id, message.clone()));
                busy.insert(message.chat.clone());
            }
            if round.is_empty() {
                break;
            }
            let mut tasks = tokio::task::JoinSet::new();
            // Which chat each task serves, should one fail without an answer.
            let mut task_chats: HashMap<tokio::task::Id, String> = HashMap::new();
            for (idx, id, message) in round {
                let channel = channel.clone();
                let chat = message.chat.clone();
                let task = tasks.spawn(async move {
                    let result = deliver(&channel, &message).await;
                    Sent {
                        idx,
                        id,
                        chat: message.chat,
                        result,
                    }
                });
                task_chats.insert(task.id(), chat);
            }
            let mut accepted: Vec<Delivered> = Vec::new();
            while let Some(joined) = tasks.join_next_with_id().await {
                let sent = match joined {
                    Ok((_, sent)) => sent,
                    Err(e) => {
                        // Not marked: retried later, after a backoff like a transient fault.
                        tracing::error!("a telegram delivery task failed");
                        if let Some(chat) = task_chats.remove(&e.id()) {
                            let pace = chats.entry(chat.clone()).or_default();
                            pace.failures += 1;
                            let t = Instant::now() + backoff(pace.failures, settings.max_backoff);
                            pace.not_before = Some(t);
                            wake = wake.min(t);
                            held.insert(chat);
                        }
                        continue;
                    }
                };
                let pace = chats.entry(sent.chat.clone()).or_default();
                let e = match sent.result {
                    Ok(done) => {
                        entries[sent.idx] = None;
                        accepted.push(Delivered {
                            id: sent.id,
                            conv: store.conv_id(CHANNEL, &sent.chat),
                            sent: done.sent,
                        });
                        progressed = true;
                        stats.delivered.fetch_add(1, Ordering::Relaxed);
                        stats.deleted_messages.fetch_add(done.deleted, Ordering::Relaxed);
                        pace.failures = 0;
                        pace.not_before = Some(Instant::now() + settings.per_chat_interval);
                        continue;
                    }
                    Err(e) => e,
                };
                match classify(&e) {
                    Outcome::RetryAfter(d) => {
                        held.insert(sent.chat.clone());
                        stats.rate_limited.fetch_add(1, Ordering::Relaxed);
                        tracing::warn!(retry_after_s = d.as_secs(), "telegram rate limit");
                        let t = Instant::now() + d;
                        pace.not_before = Some(t);
                        wake = wake.min(t);
                    }
                    Outcome::Transient => {
                        held.insert(sent.chat.clone());
                        stats.retried.fetch_add(1, Ordering::Relaxed);
                        pace.failures += 1;
                        let d = backoff(pace.failures, settings.max_backoff);
                        tracing::warn!(
                            error = kind(&e),
                            failures = pace.failures,
                            "telegram send failed; will retry"
                        );
                        let t = Instant::now() + d;
                        pace.not_before = Some(t);
                        wake = wake.min(t);
                    }
                    Outcome::ChatGone => {
                        tracing::info!(
                            error = kind(&e),
                            "chat cannot receive messages any more; its queue ends"
                        );
                        gone.insert(sent.chat.clone());
                        mark(&*store, sent.id, &mut marked);
                        entries[sent.idx] = None;
                        stats.dropped_chat_gone.fetch_add(1, Ordering::Relaxed);
                        chats.remove(&sent.chat);
                        progressed = true;
                    }
                    Outcome::Rejected => {
                        tracing::error!(
                            error = kind(&e),
                            outbox_id = sent.id.0,
                            "telegram refused a message for good; dropped"
                        );
                        mark(&*store, sent.id, &mut marked);
                        entries[sent.idx] = None;
                        stats.rejected.fetch_add(1, Ordering::Relaxed);
                        progressed = true;
                    }
                }
            }
            // One write and one flush for the round: a crash before them repeats at most this
            // round's sends, one per chat.
            record(&*store, &mut accepted, &mut marked);
            flush_marks(&*store, &mut marked);
        }
        flush_marks(&*store, &mut marked);
        if *shutdown.borrow() {
            return Ok(());
        }
        if progressed {
            continue;
        }
        if chats.len() > 100_000 {
            let now = Instant::now();
            chats.retain(|_, p| p.not_before.is_some_and(|t| t > now));
        }
        tokio::select! {
            _ = bell.notified() => {}
            _ = tokio::time::sleep_until(wake.into()) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Send one entry. The caller records it delivered (with its sent ids) and flushes.
async fn deliver<S: Store>(channel: &Channel<S>, message: &Outbound) -> Result<Done, RequestError> {
    let store = channel.service.store();
    send(channel, &**store, message).await
}

/// Record a round's accepted entries (marks and ids to track) in one write.
fn record<S: Store + ?Sized>(store: &S, round: &mut Vec<Delivered>, marked: &mut bool) {
    if round.is_empty() {
        return;
    }
    if let Err(e) = store.record_delivered(CHANNEL, round, now_secs()) {
        tracing::error!(error = %e, "cannot record telegram deliveries; messages may be sent again");
    }
    round.clear();
    *marked = true;
}

/// Mark an entry done (dropped); the caller flushes.
fn mark<S: Store + ?Sized>(store: &S, id: OutboxId, marked: &mut bool) {
    if let Err(e) = store.mark_delivered(CHANNEL, id) {
        tracing::error!(error = %e, "cannot mark a telegram message delivered; it may be sent again");
    }
    *marked = true;
}

/// Make a round's marks durable, so that a crash repeats at most the round in flight.
fn flush_marks<S: Store + ?Sized>(store: &S, marked: &mut bool) {
    if std::mem::take(marked) {
        if let Err(e) = store.flush() {
            tracing::error!(error = %e, "cannot flush telegram delivered-marks; messages may be sent again");
        }
    }
}

/// What one outbox entry did.
struct Done {
    /// Messages deleted (quick exit).
    deleted: u64,
    /// Messages sent, to track for the quick exit.
    sent: Vec<TrackedMessage>,
}

/// Carry out one outbox entry. The caller tracks the sent message ids.
async fn send<S: Store + ?Sized>(
    channel: &Channel<impl Store>,
    store: &S,
    message: &Outbound,
) -> Result<Done, RequestError> {
    let bot = &channel.bot;
    let mut done = Done {
        deleted: 0,
        sent: Vec::new(),
    };
    let Ok(chat) = message.chat.parse::<i64>() else {
        tracing::error!("telegram outbox entry with a malformed chat id");
        return Ok(done);
    };
    match &message.body {
        Body::Text { text, choices } => {
            let parts = split_utf16(text, MAX_TEXT_UTF16);
            let last = parts.len().saturating_sub(1);
            for (i, part) in parts.iter().enumerate() {
                let mut request = bot.send_message(ChatId(chat), part.clone()).protect_content(true);
                if i == last && !choices.is_empty() {
                    let rows = choices.iter().enumerate().map(|(n, label)| {
                        vec![InlineKeyboardButton::callback(
                            label.clone(),
                            format!("{CHOICE_PREFIX}{n}"),
                        )]
                    });
                    request = request.reply_markup(InlineKeyboardMarkup::new(rows));
                }
                let m = request.await?;
                done.sent.push(TrackedMessage {
                    id: i64::from(m.id.0),
                    at: now_secs(),
                });
            }
            Ok(done)
        }
        Body::Wipe => {
            let conv = store.conv_id(CHANNEL, &message.chat);
            let now = now_secs();
            let ids = store.take_tracked(conv, now).map_err(|e| {
                tracing::error!(error = %e, "cannot read tracked message ids");
                RequestError::Io(Arc::new(std::io::Error::other("store")))
            })?;
            for (n, batch) in ids.chunks(100).enumerate() {
                let message_ids: Vec<MessageId> = batch.iter().map(|m| MessageId(m.id as i32)).collect();
                if let Err(e) = bot.delete_messages(ChatId(chat), message_ids).await {
                    // Keep what is not deleted yet for the retry.
                    let rest: Vec<TrackedMessage> = ids[n * 100..].to_vec();
                    if let Err(se) = store.track(conv, &rest, now) {
                        tracing::error!(error = %se, "cannot keep tracked ids for a retried quick exit");
                    }
                    return Err(e);
                }
                done.deleted += batch.len() as u64;
            }
            Ok(done)
        }
        Body::Media { attachment, case } => {
            let limit = super::upload_limit(attachment.kind);
            let bytes = match channel.media.fetch(attachment, limit).await {
                Ok(bytes) => bytes,
                Err(e @ (FetchError::TooLarge { .. } | FetchError::Gone)) => {
                    // The declared size was checked when the operator posted it; this is a
                    // file without one, or one that is gone. Their room is told.
                    media::not_sent(&channel.service, &channel.doorbells, *case, attachment, &e);
                    return Ok(done);
                }
                Err(e) => return Err(RequestError::Io(Arc::new(std::io::Error::other(e.to_string())))),
            };
            let caption = attachment.caption.clone().filter(|c| !c.trim().is_empty());
            let (with_file, after) = match caption {
                Some(c) if c.encode_utf16().count() <= MAX_CAPTION_UTF16 => (Some(c), None),
                other => (None, other),
            };
            let m = send_file(&channel.file_bot, ChatId(chat), attachment, bytes, with_file).await?;
            done.sent.push(TrackedMessage {
                id: i64::from(m.id.0),
                at: now_secs(),
            });
            if let Some(text) = after {
                for part in split_utf16(&text, MAX_TEXT_UTF16) {
                    let m = bot.send_message(ChatId(chat), part).protect_content(true).await?;
                    done.sent.push(TrackedMessage {
                        id: i64::from(m.id.0),
                        at: now_secs(),
                    });
                }
            }
            Ok(done)
        }
        // Operator-side bodies never go to a person's chat.
        Body::CaseOpened(_)
        | Body::Relay { .. }
        | Body::CaseWithdrawn { .. }
        | Body::ToRoom { .. }
        | Body::Invite { .. } => Ok(done),
    }
}

/// Send a file with the method that fits its kind, protected from forwarding and saving.
/// A voice note that is not OGG/Opus (Telegram plays only those as voice) goes as a file.
async fn send_file(
    bot: &teloxide::Bot,
    chat: ChatId,
    attachment: &Attachment,
    bytes: Vec<u8>,
    caption: Option<String>,
) -> Result<Message, RequestError> {
    let file = InputFile::memory(bytes).file_name(attachment.file_name());
    let ogg = attachment.mime.as_deref().is_some_and(|m| m.starts_with("audio/ogg"));
    match attachment.kind {
        MediaKind::Photo => {
            let mut r = bot.send_photo(chat, file).protect_content(true);
            if let Some(c) = caption {
                r = r.caption(c);
            }
            r.await
        }
        MediaKind::Voice if ogg => {
            let mut r = bot.send_voice(chat, file).protect_content(true);
            if let Some(c) = caption {
                r = r.caption(c);
            }
            r.await
        }
        MediaKind::Video => {
            let mut r = bot.send_video(chat, file).protect_content(true);
            if let Some(c) = caption {
                r = r.caption(c);
            }
            r.await
        }
        _ => {
            let mut r = bot.send_document(chat, file).protect_content(true);
            if let Some(c) = caption {
                r = r.caption(c);
            }
            r.await
        }
    }
}

/// Split `text` into pieces of at most `max` UTF-16 code units, at line breaks when possible.
fn split_utf16(text: &str, max: usize) -> Vec<String> {
    if text.encode_utf16().count() <= max {
        return vec![text.to_owned()];
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut units = 0;
    for c in text.chars() {
        let n = c.len_utf16();
        if units + n > max {
            // Prefer to cut after the last line break of the piece.
            match current.rfind('\n') {
                Some(i) if i > 0 => {
                    let rest = current.split_off(i + 1);
                    parts.push(std::mem::replace(&mut current, rest));
                }
                _ => parts.push(std::mem::take(&mut current)),
            }
            units = current.encode_utf16().count();
        }
        current.push(c);
        units += n;
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_respects_utf16_units_and_prefers_line_breaks() {
        let text = format!("{}\n{}", "a".repeat(3000), "😀".repeat(1500));
        let parts = split_utf16(&text, MAX_TEXT_UTF16);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= MAX_TEXT_UTF16));
        assert_eq!(parts.concat(), text);
        assert!(parts[0].ends_with('\n'));
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        let max = Duration::from_secs(60);
        assert!(backoff(1, max) <= Duration::from_millis(625));
        assert!(backoff(30, max) <= max);
        assert!(backoff(4, max) >= Duration::from_secs(3));
    }

    #[test]
    fn server_errors_are_transient_blocked_is_permanent() {
        assert!(matches!(
            classify(&RequestError::Api(ApiError::Unknown("Internal Server Error".into()))),
            Outcome::Transient
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::BotBlocked)),
            Outcome::ChatGone
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::MessageIsTooLong)),
            Outcome::Rejected
        ));
    }
}
