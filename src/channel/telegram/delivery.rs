//! Delivery of the `telegram` outbox: the I/O around [`super::schedule`]. It reads outbox
//! entries, asks the scheduler which to send (pacing, the global budget, per-chat order,
//! `retry_after`, backoff and what an answer means are all decided there), sends them —
//! up to [`SLOTS`] at once, each to a different chat, a slot freeing as soon as its own
//! send ends — reports each result, and marks entries delivered; it also carries out the
//! quick exit's deletions (a wipe overtakes its chat's queue: what still waits for the
//! person is dropped unsent, see [`Schedule::offer_wipe`]; with more entries waiting than
//! one read holds, the whole outbox is looked through for wipes once a second, so a quick
//! exit never waits for other chats' backlog). It owns how an outbox entry becomes Bot API calls and must not
//! decide what to say.
//!
//! Durability: an entry is marked delivered (with the message ids the quick exit needs,
//! `Store::record_delivered`) only after Telegram accepted it. Marks of the sends that
//! ended since the last write are written together and flushed (group commit), and a
//! chat's next entry is started only once its previous mark is durable. So a crash repeats
//! at most the sends in flight — at most one message per chat — and never loses one.
//!
//! Store work (outbox reads, the marks' write and flush) runs on tokio's blocking pool
//! (`spawn_blocking`), not on the async workers: sled's flush waits for the disk, and on a
//! 2-thread runtime that stalled every send and every poll meanwhile. A dedicated store
//! thread would also work, but it would serialise ingestion's commits behind delivery's
//! flushes; sled is safe to call from several threads, and the blocking pool needs no
//! shutdown of its own. The write runs while new sends start, so flushing overlaps sending.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use teloxide::payloads::{
    SendDocumentSetters, SendMessageSetters, SendPhotoSetters, SendVideoSetters, SendVoiceSetters,
};
use teloxide::requests::Requester;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, MessageId};
use teloxide::RequestError;
use tokio::task::{JoinError, JoinSet};

use super::ingest::kind;
use super::schedule::{classify, Limits, Outcome, Schedule};
use super::translate::button_data;
use super::{Channel, Error, CHANNEL};
use crate::channel::media::{self, FetchError};
use crate::channel::off_worker;
use crate::clock::now_secs;
use crate::conversation::{Attachment, Body, Learned, Outbound};
use crate::flow::MediaKind;
use crate::metrics::ErrorKind;
use crate::store::{self, ConvId, Delivered, OutboxId, Store, TrackedMessage};

/// Telegram's limit on a message, in UTF-16 code units.
const MAX_TEXT_UTF16: usize = 4096;
/// Longest caption of a media message, in UTF-16 code units; a longer one follows as text.
const MAX_CAPTION_UTF16: usize = 1024;
/// Entries held at most (read per pass over the outbox).
const PASS: usize = 512;
/// Most sends in flight at once, each to a different chat: a crash may repeat up to this
/// many messages, at most one per chat. Throughput is about `SLOTS` / the API's round trip.
pub const SLOTS: usize = 64;
/// Of those, sends carrying a file (up to 50 MB each, held in memory while uploading).
pub const FILE_SLOTS: usize = 4;
/// While many entries are held, the outbox is read again at most this often.
const BUSY_READ_GAP: Duration = Duration::from_millis(50);
/// Otherwise new entries (the doorbell rang) are read after this short gap, which gathers
/// the turns of a few ingested batches into one read.
const READ_GAP: Duration = Duration::from_millis(2);
/// The outbox is read again after this long even without a doorbell.
const RESCAN: Duration = Duration::from_secs(1);

/// Counters of what delivery did; content-free, safe to log.
#[derive(Debug, Default)]
pub struct DeliveryStats {
    /// Entries Telegram accepted.
    pub delivered: AtomicU64,
    /// Sends that failed for now and will be tried again.
    pub retried: AtomicU64,
    /// Answers with `retry_after` (Telegram's rate limit).
    pub rate_limited: AtomicU64,
    /// Entries dropped because the chat is gone (blocked the bot, deleted, not found).
    pub dropped_chat_gone: AtomicU64,
    /// Entries Telegram refused for good (e.g. malformed); dropped, counted.
    pub rejected: AtomicU64,
    /// Message ids deleted by quick exits (ids between tracked ones included).
    pub deleted_messages: AtomicU64,
    /// Entries dropped unsent because a quick exit of their chat overtook them.
    pub dropped_by_exit: AtomicU64,
}

impl DeliveryStats {
    /// Log the counters at info level (numbers only).
    pub fn log(&self) {
        tracing::info!(
            delivered = self.delivered.load(Ordering::Relaxed),
            retried = self.retried.load(Ordering::Relaxed),
            rate_limited = self.rate_limited.load(Ordering::Relaxed),
            dropped_chat_gone = self.dropped_chat_gone.load(Ordering::Relaxed),
            rejected = self.rejected.load(Ordering::Relaxed),
            deleted_messages = self.deleted_messages.load(Ordering::Relaxed),
            dropped_by_exit = self.dropped_by_exit.load(Ordering::Relaxed),
            "telegram delivery"
        );
    }
}

/// Why an entry could not be sent this time: Telegram's answer, or what had to be read or
/// fetched first (the store's tracked ids, an operator's file). Only Telegram's answers
/// can end a chat's queue or drop an entry; the rest is retried.
#[derive(Debug, thiserror::Error)]
enum SendError {
    /// Telegram answered with an error, or did not answer.
    #[error(transparent)]
    Telegram(#[from] RequestError),
    /// The store could not be read or written.
    #[error("store: {0}")]
    Store(#[from] crate::store::Error),
    /// An operator's file could not be fetched (for now).
    #[error(transparent)]
    Fetch(FetchError),
}

impl SendError {
    fn outcome(&self) -> Outcome {
        match self {
            SendError::Telegram(e) => classify(e),
            SendError::Store(_) | SendError::Fetch(_) => Outcome::Transient,
        }
    }

    /// A content-free name for logs.
    fn kind(&self) -> &'static str {
        match self {
            SendError::Telegram(e) => kind(e),
            SendError::Store(_) => "store",
            SendError::Fetch(_) => "file fetch",
        }
    }
}

/// One send's entry and result.
struct Sent {
    id: OutboxId,
    result: Result<Done, SendError>,
}

/// The delivery loop's state, apart from the tasks in flight.
struct Delivery<S: Store> {
    channel: Arc<Channel<S>>,
    stats: Arc<DeliveryStats>,
    schedule: Schedule,
    /// What to send for each entry the scheduler holds.
    entries: HashMap<OutboxId, Outbound>,
    /// Accepted entries whose marks are not written yet.
    accepted: Vec<Delivered>,
    /// Entries dropped unsent (rejected, chat gone, unreadable) not marked yet.
    dropped: Vec<OutboxId>,
    /// Chats that can no longer receive anything, not reported to the service yet.
    gone: Vec<String>,
    /// New entries may be in the outbox: the doorbell rang, or the last read was full.
    stale: bool,
    last_read: Option<Instant>,
    /// The entry each send task carries, should one fail without an answer.
    tasks: HashMap<tokio::task::Id, OutboxId>,
    /// The last read filled its window: more entries wait beyond it.
    backlog: bool,
    last_scan: Option<Instant>,
    /// Quick exits found beyond the read window, by chat: that chat's older entries, read
    /// later, are dropped unsent. Kept until a read has passed them.
    exits: HashMap<String, OutboxId>,
}

/// Deliver until `shutdown`; then let the sends in flight end and make their marks durable.
pub async fn run<S: Store>(
    channel: Arc<Channel<S>>,
    stats: Arc<DeliveryStats>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> Result<(), Error> {
    let bell = channel.doorbells.bell(CHANNEL);
    let mut d = Delivery::new(channel, stats);
    let mut sends: JoinSet<Sent> = JoinSet::new();
    // The write (and flush) of marks in progress: at most one, so marks stay in order.
    let mut writes: JoinSet<Vec<OutboxId>> = JoinSet::new();
    while !*shutdown.borrow() {
        let read_wake = d.refill().await;
        let plan = d.schedule.plan(Instant::now());
        d.start(&plan.start, &mut sends);
        if writes.is_empty() {
            d.write(&mut writes);
        }
        let wake = [read_wake, plan.wake]
            .into_iter()
            .flatten()
            .fold(Instant::now() + RESCAN, Instant::min);
        tokio::select! {
            Some(joined) = sends.join_next_with_id() => d.finished(joined),
            Some(written) = writes.join_next() => d.written(written),
            _ = bell.notified() => d.stale = true,
            _ = tokio::time::sleep_until(wake.into()) => {}
            _ = shutdown.changed() => {}
        }
    }
    while let Some(joined) = sends.join_next_with_id().await {
        d.finished(joined);
    }
    while !(writes.is_empty() && d.accepted.is_empty() && d.dropped.is_empty()) {
        d.write(&mut writes);
        if let Some(written) = writes.join_next().await {
            d.written(written);
        }
    }
    Ok(())
}

impl<S: Store> Delivery<S> {
    fn new(channel: Arc<Channel<S>>, stats: Arc<DeliveryStats>) -> Self {
        let settings = &channel.settings;
        let limits = Limits {
            per_chat_interval: settings.per_chat_interval,
            global_per_second: settings.global_per_second,
            backoff: settings.backoff(),
            slots: SLOTS,
            file_slots: FILE_SLOTS,
        };
        Delivery {
            schedule: Schedule::new(limits, rand::random()),
            channel,
            stats,
            entries: HashMap::new(),
            accepted: Vec::new(),
            dropped: Vec::new(),
            gone: Vec::new(),
            stale: true,
            last_read: None,
            tasks: HashMap::new(),
            backlog: false,
            last_scan: None,
            exits: HashMap::new(),
        }
    }

    /// Read the outbox if new entries may be there and there is room; otherwise say when
    /// a read is due.
    async fn refill(&mut self) -> Option<Instant> {
        let now = Instant::now();
        if self.backlog && self.last_scan.map_or(true, |t| now.duration_since(t) >= RESCAN) {
            self.last_scan = Some(now);
            self.scan_for_exits().await;
        }
        let held = self.schedule.held();
        if self.last_read.is_some_and(|t| now.duration_since(t) >= RESCAN) {
            self.stale = true;
        }
        if !self.stale || held >= PASS {
            return None;
        }
        let gap = if held >= PASS / 2 { BUSY_READ_GAP } else { READ_GAP };
        if let Some(due) = self.last_read.map(|t| t + gap).filter(|t| *t > now) {
            return Some(due);
        }
        self.stale = false;
        self.last_read = Some(now);
        let store = self.channel.store.clone();
        match off_worker(move || store.outbox_pending(CHANNEL, PASS)).await {
            Ok(items) => {
                self.stale = items.len() >= PASS;
                self.backlog = self.stale;
                let covered = items.last().map(|i| i.id);
                for item in items {
                    self.offer(item.id, &item.payload);
                }
                match covered.filter(|_| self.backlog) {
                    Some(c) => self.exits.retain(|_, w| *w > c),
                    None => self.exits.clear(),
                }
                None
            }
            Err(e) => {
                crate::metrics::METRICS.error(ErrorKind::Store);
                tracing::error!(error = %e, "cannot read the telegram outbox");
                self.stale = true;
                Some(now + Duration::from_secs(1))
            }
        }
    }

    /// With more entries waiting than one read holds, look through the whole outbox for
    /// quick exits (at most once per [`RESCAN`]): a wipe must not wait for other chats'
    /// backlog to drain. Only the wipes are taken; the rest is read in order as usual.
    async fn scan_for_exits(&mut self) {
        let store = self.channel.store.clone();
        let items = match off_worker(move || store.outbox_pending(CHANNEL, usize::MAX)).await {
            Ok(items) => items,
            Err(e) => {
                crate::metrics::METRICS.error(ErrorKind::Store);
                tracing::error!(error = %e, "cannot read the telegram outbox");
                return;
            }
        };
        for item in items {
            if self.schedule.knows(item.id) {
                continue;
            }
            if let Ok(m) = serde_json::from_slice::<Outbound>(&item.payload) {
                if matches!(m.body, Body::Wipe) {
                    self.exits.insert(m.chat.clone(), item.id);
                    self.offer_wipe(item.id, m);
                }
            }
        }
    }

    /// Hand an entry read from the outbox to the scheduler, unless it holds it already.
    fn offer(&mut self, id: OutboxId, payload: &[u8]) {
        if self.schedule.knows(id) {
            return;
        }
        match serde_json::from_slice::<Outbound>(payload) {
            Ok(m) if matches!(m.body, Body::Wipe) => self.offer_wipe(id, m),
            Ok(m) if self.exits.get(&m.chat).is_some_and(|w| id < *w) => {
                // Queued before a quick exit that was found beyond the window.
                if self.schedule.discard(id) {
                    self.dropped.push(id);
                    self.stats.dropped_by_exit.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(m) => {
                let file = matches!(m.body, Body::Media { .. });
                if self.schedule.offer(id, &m.chat, file) {
                    self.entries.insert(id, m);
                }
            }
            Err(_) => {
                if self.schedule.discard(id) {
                    crate::metrics::METRICS.error(ErrorKind::DeliveryDropped);
                    tracing::error!(outbox_id = id.0, "unreadable telegram outbox entry dropped");
                    self.dropped.push(id);
                    self.stats.rejected.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
    }

    /// A quick exit: what still waits for its chat is dropped unsent (marked with the next
    /// write, counted), and the wipe goes first.
    fn offer_wipe(&mut self, id: OutboxId, message: Outbound) {
        let Some(dropped) = self.schedule.offer_wipe(id, &message.chat) else {
            return;
        };
        self.entries.insert(id, message);
        if !dropped.is_empty() {
            tracing::info!(
                dropped = dropped.len(),
                "quick exit: entries still waiting dropped unsent"
            );
        }
        for d in dropped {
            self.entries.remove(&d);
            self.dropped.push(d);
            self.stats.dropped_by_exit.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Start the sends the scheduler chose.
    fn start(&mut self, ids: &[OutboxId], sends: &mut JoinSet<Sent>) {
        for &id in ids {
            let Some(message) = self.entries.get(&id).cloned() else {
                // Not expected: every entry offered has its message. Retried later.
                self.schedule.finished(id, Outcome::Transient, Instant::now());
                continue;
            };
            let channel = self.channel.clone();
            let task = sends.spawn(async move {
                let store = channel.store.clone();
                let result = send(&channel, &*store, &message).await;
                Sent { id, result }
            });
            self.tasks.insert(task.id(), id);
        }
    }

    /// A send ended: tell the scheduler, queue the marks it asks for.
    fn finished(&mut self, joined: Result<(tokio::task::Id, Sent), JoinError>) {
        let now = Instant::now();
        let (id, result) = match joined {
            Ok((task, sent)) => {
                self.tasks.remove(&task);
                (sent.id, sent.result)
            }
            Err(e) => {
                // Not marked: retried after a backoff, like a transient fault.
                tracing::error!("a telegram delivery task failed");
                if let Some(id) = self.tasks.remove(&e.id()) {
                    self.schedule.finished(id, Outcome::Transient, now);
                }
                return;
            }
        };
        let outcome = match &result {
            Ok(_) => Outcome::Done,
            Err(e) => e.outcome(),
        };
        if outcome == Outcome::ChatGone {
            if let Some(message) = self.entries.get(&id) {
                self.gone.push(message.chat.clone());
            }
        }
        let finished = self.schedule.finished(id, outcome, now);
        if finished.overtaken > 0 {
            // Not retried: the chat's quick exit goes next.
            self.stats.dropped_by_exit.fetch_add(1, Ordering::Relaxed);
            tracing::info!(
                error = result.as_ref().err().map_or("none", SendError::kind),
                "telegram send failed before a quick exit; dropped"
            );
        } else {
            self.count(id, outcome, result.as_ref().err());
        }
        self.stats
            .dropped_chat_gone
            .fetch_add(finished.dropped as u64, Ordering::Relaxed);
        for settled in finished.settle {
            let Some(message) = self.entries.remove(&settled) else {
                continue;
            };
            match (&result, settled == id) {
                (Ok(done), true) => {
                    self.stats.deleted_messages.fetch_add(done.deleted, Ordering::Relaxed);
                    self.accepted.push(Delivered {
                        id,
                        conv: self.channel.store.conv_id(CHANNEL, &message.chat),
                        sent: done.sent.clone(),
                    });
                }
                _ => self.dropped.push(settled),
            }
        }
    }

    /// Count and log what a send's outcome was (never its content or chat).
    fn count(&self, id: OutboxId, outcome: Outcome, error: Option<&SendError>) {
        let stats = &self.stats;
        let error = error.map_or("none", SendError::kind);
        let metrics = &crate::metrics::METRICS;
        match outcome {
            Outcome::Done => metrics.reply(super::CHANNEL),
            Outcome::Transient => metrics.error(ErrorKind::TelegramApi),
            Outcome::ChatGone | Outcome::Rejected => metrics.error(ErrorKind::DeliveryDropped),
            Outcome::RetryAfter(_) => {}
        }
        match outcome {
            Outcome::Done => {
                stats.delivered.fetch_add(1, Ordering::Relaxed);
            }
            Outcome::RetryAfter(d) => {
                stats.rate_limited.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(retry_after_s = d.as_secs(), "telegram rate limit");
            }
            Outcome::Transient => {
                stats.retried.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(error, "telegram send failed; will retry");
            }
            Outcome::ChatGone => {
                stats.dropped_chat_gone.fetch_add(1, Ordering::Relaxed);
                tracing::info!(error, "chat cannot receive messages any more; its queue ends");
            }
            Outcome::Rejected => {
                stats.rejected.fetch_add(1, Ordering::Relaxed);
                tracing::error!(error, outbox_id = id.0, "telegram refused a message for good; dropped");
            }
        }
    }

    /// Write and flush the marks queued since the last write, off the async workers.
    fn write(&mut self, writes: &mut JoinSet<Vec<OutboxId>>) {
        if self.accepted.is_empty() && self.dropped.is_empty() {
            return;
        }
        let accepted = std::mem::take(&mut self.accepted);
        let dropped = std::mem::take(&mut self.dropped);
        let gone = std::mem::take(&mut self.gone);
        let channel = self.channel.clone();
        writes.spawn_blocking(move || {
            report_gone(&channel, &gone);
            record(&*channel.store, &accepted, &dropped);
            if !gone.is_empty() {
                // Flushed: the case rooms may be told.
                channel.doorbells.ring_all();
            }
            accepted.iter().map(|d| d.id).chain(dropped).collect()
        });
    }

    /// Marks are durable (or failed, logged): their chats may go on.
    fn written(&mut self, written: Result<Vec<OutboxId>, JoinError>) {
        match written {
            Ok(ids) => self.schedule.settled(&ids, Instant::now()),
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
}

/// Tell the service which chats can no longer receive anything (their open cases end and
/// their rooms are told); committed before the marks' flush, which makes it durable.
fn report_gone<S: Store>(channel: &Channel<S>, chats: &[String]) {
    for chat in chats {
        let learned = Learned::ChatGone {
            channel: CHANNEL.to_owned(),
            chat: chat.clone(),
        };
        if let Err(e) = channel.service.learned(&learned, now_secs()) {
            crate::metrics::METRICS.error(ErrorKind::Store);
            tracing::error!(error = %e, "cannot record a chat that is gone");
        }
    }
}

/// Record accepted entries (marks and ids to track) in one write, mark dropped ones, and
/// flush, so that a crash repeats at most the sends in flight. A failure is logged: those
/// entries stay in the outbox and are sent again.
fn record<S: Store + ?Sized>(store: &S, accepted: &[Delivered], dropped: &[OutboxId]) {
    if !accepted.is_empty() {
        if let Err(e) = store.record_delivered(CHANNEL, accepted, now_secs()) {
            crate::metrics::METRICS.error(ErrorKind::Store);
            tracing::error!(error = %e, "cannot record telegram deliveries; messages may be sent again");
        }
    }
    for id in dropped {
        if let Err(e) = store.mark_delivered(CHANNEL, *id) {
            crate::metrics::METRICS.error(ErrorKind::Store);
            tracing::error!(error = %e, "cannot mark a telegram message delivered; it may be sent again");
        }
    }
    if let Err(e) = store.flush() {
        crate::metrics::METRICS.error(ErrorKind::Store);
        tracing::error!(error = %e, "cannot flush telegram delivered-marks; messages may be sent again");
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
) -> Result<Done, SendError> {
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
        Body::Text { text, choices, menu } => {
            let parts = split_utf16(text, MAX_TEXT_UTF16);
            let last = parts.len().saturating_sub(1);
            for (i, part) in parts.iter().enumerate() {
                let mut request = bot.send_message(ChatId(chat), part.clone()).protect_content(true);
                if i == last && !choices.is_empty() {
                    let rows = keyboard_rows(choices).into_iter().map(|row| {
                        row.into_iter()
                            .map(|n| {
                                InlineKeyboardButton::callback(choices[n].clone(), button_data(menu.as_deref(), n))
                            })
                            .collect::<Vec<_>>()
                    });
                    request = request.reply_markup(InlineKeyboardMarkup::new(rows));
                }
                // An answer that is lost (timeout, reset) leaves the part maybe delivered
                // and its id unknown: the Bot API cannot be asked for it (no history, no
                // idempotency key). The entry is sent again, and the quick exit also
                // deletes the ids between tracked ones (see `with_gaps`), which covers the
                // lost copy once any later message of the chat is tracked.
                let m = request.await?;
                track(store, &message.chat, &m, i < last, &mut done);
            }
            Ok(done)
        }
        Body::Wipe => wipe(channel, store, &message.chat, done).await,
        Body::Media { attachment, case } => {
            send_media(channel, store, (&message.chat, ChatId(chat)), attachment, *case, done).await
        }
        // Operator-side bodies never go to a person's chat.
        Body::CaseOpened(_)
        | Body::Relay { .. }
        | Body::CaseWithdrawn { .. }
        | Body::ToRoom { .. }
        | Body::Invite { .. } => Ok(done),
    }
}

/// Menus with at least this many options are laid out several short labels to a row.
const COMPACT_FROM: usize = 4;
/// A compact row: at most this many buttons, whose labels together have at most
/// `COMPACT_ROW_CHARS` characters (what a phone's keyboard row shows unclipped).
const COMPACT_ROW_BUTTONS: usize = 3;
const COMPACT_ROW_CHARS: usize = 30;

/// The option indices of each keyboard row: one per row, or, for a long menu (the language
/// menu, each language named in itself), as many short labels per row as fit, in order, so
/// that every option fits on one screen.
fn keyboard_rows(choices: &[String]) -> Vec<Vec<usize>> {
    if choices.len() < COMPACT_FROM {
        return (0..choices.len()).map(|i| vec![i]).collect();
    }
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut width = 0;
    for (i, label) in choices.iter().enumerate() {
        let chars = label.chars().count();
        match rows.last_mut() {
            Some(row) if row.len() < COMPACT_ROW_BUTTONS && width + chars <= COMPACT_ROW_CHARS => {
                row.push(i);
                width += chars;
            }
            _ => {
                rows.push(vec![i]);
                width = chars;
            }
        }
    }
    rows
}

/// A sent message's id for the quick exit. The id of a part that another part follows is
/// tracked at once, before the next part goes: if a later part fails, the entry is sent
/// again and this copy must not escape the wipe. The last part's id is tracked with the
/// entry's mark (one write per round of marks); so is a part whose own write failed.
fn track<S: Store + ?Sized>(store: &S, chat_key: &str, m: &Message, more: bool, done: &mut Done) {
    let sent = TrackedMessage {
        id: i64::from(m.id.0),
        at: now_secs(),
    };
    if more {
        let conv = store.conv_id(CHANNEL, chat_key);
        match store.track(conv, &[sent], sent.at) {
            Ok(()) => return,
            Err(e) => tracing::error!(error = %e, "cannot track a sent part at once; tracked with its entry"),
        }
    }
    done.sent.push(sent);
}

/// Rounds of `deleteMessages` one wipe makes (each retrying only the batches that failed
/// for now, after a backoff) before it is handed back to the scheduler.
const WIPE_ROUNDS: u32 = 4;
/// The most ids a wipe adds between tracked ones (see [`with_gaps`]).
const MAX_GAP_IDS: i64 = 2000;
/// The longest `retry_after` a wipe waits for inside one attempt; a longer one is left to
/// the scheduler.
const MAX_WIPE_WAIT: Duration = Duration::from_secs(30);

/// The quick exit: delete every tracked message of the chat, in batches of 100 tried
/// independently. A batch that fails for now is retried (up to [`WIPE_ROUNDS`], with
/// backoff) and never stops the others; what is still not deleted then stays tracked (with
/// the ids between tracked ones it covered) and the entry fails, so the scheduler retries.
/// The ids stay tracked, durably, until every batch is done (see [`ids_to_delete`]): a
/// crash mid-wipe leaves the wipe entry unmarked, and the restarted delivery finds them.
async fn wipe<S: Store + ?Sized>(
    channel: &Channel<impl Store>,
    store: &S,
    chat_key: &str,
    mut done: Done,
) -> Result<Done, SendError> {
    let Ok(chat) = chat_key.parse::<i64>() else {
        return Ok(done);
    };
    let conv = store.conv_id(CHANNEL, chat_key);
    let now = now_secs();
    let ids = with_gaps(ids_to_delete(store, conv, now)?);
    let mut left: Vec<&[TrackedMessage]> = ids.chunks(100).collect();
    let mut round = 0;
    let error = loop {
        round += 1;
        let failed = delete_round(&channel.bot, ChatId(chat), &left, &mut done).await;
        let (batches, errors): (Vec<_>, Vec<_>) = failed.into_iter().unzip();
        left = batches;
        let Some(error) = errors.into_iter().next_back() else {
            // Deleted: now those ids may go (a crash before this repeats harmless
            // deletions); an id tracked meanwhile stays for the next wipe.
            store.untrack(conv, &ids.iter().map(|m| m.id).collect::<Vec<_>>(), now)?;
            return Ok(done);
        };
        let wait = match classify(&error) {
            Outcome::RetryAfter(d) => d,
            _ => channel.settings.backoff().delay(round),
        };
        if round == WIPE_ROUNDS || wait > MAX_WIPE_WAIT {
            break error;
        }
        tokio::time::sleep(wait).await;
    };
    // What Telegram confirmed (or refused for good) goes; what failed stays tracked, and
    // the ids between tracked ones that failed join it.
    let rest: Vec<TrackedMessage> = left.concat();
    let confirmed: Vec<i64> = ids
        .iter()
        .map(|m| m.id)
        .filter(|id| !rest.iter().any(|r| r.id == *id))
        .collect();
    let kept = store
        .untrack(conv, &confirmed, now)
        .and_then(|()| store.track(conv, &rest, now));
    if let Err(se) = kept {
        tracing::error!(error = %se, "cannot keep tracked ids for a retried quick exit");
    }
    Err(error.into())
}

/// The chat's tracked ids, read and left tracked (durable since they were recorded) until
/// `deleteMessages` confirms them: a crash mid-wipe never loses the list of ids still to
/// delete, not even for the instant a take-and-put-back would open.
fn ids_to_delete<S: Store + ?Sized>(store: &S, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>, store::Error> {
    store.tracked(conv, now)
}

/// One round of deletions: each batch tried once. Returns the batches that failed for now,
/// with their errors; a batch Telegram refuses for good (or a chat that is gone) is not
/// retried, since trying again cannot help.
async fn delete_round<'a>(
    bot: &teloxide::Bot,
    chat: ChatId,
    batches: &[&'a [TrackedMessage]],
    done: &mut Done,
) -> Vec<(&'a [TrackedMessage], RequestError)> {
    let mut failed = Vec::new();
    for batch in batches {
        let message_ids: Vec<MessageId> = batch.iter().map(|m| MessageId(m.id as i32)).collect();
        match bot.delete_messages(chat, message_ids).await {
            Ok(_) => done.deleted += batch.len() as u64,
            Err(e) => match classify(&e) {
                Outcome::Rejected | Outcome::ChatGone => {
                    tracing::error!(error = kind(&e), "quick exit: telegram refused a deletion batch");
                }
                _ => {
                    tracing::warn!(error = kind(&e), "quick exit: a deletion batch failed; will retry");
                    failed.push((*batch, e));
                }
            },
        }
    }
    failed
}

/// Every id to delete: the tracked ones and, up to [`MAX_GAP_IDS`], the ids between them.
/// In a private chat Telegram numbers messages in one sequence for both directions, so an
/// id between two tracked ones is a message of this chat we could not track — a send whose
/// answer was lost — or one already gone; `deleteMessages` skips ids it cannot find. An id
/// added in a gap carries the time of the tracked id above it (it is no newer).
fn with_gaps(mut tracked: Vec<TrackedMessage>) -> Vec<TrackedMessage> {
    tracked.sort_by_key(|m| m.id);
    let mut out = Vec::with_capacity(tracked.len());
    let mut budget = MAX_GAP_IDS;
    let mut prev: Option<i64> = None;
    for m in tracked {
        if let Some(p) = prev {
            let gap = m.id - p - 1;
            if gap > 0 && gap <= budget {
                budget -= gap;
                out.extend((p + 1..m.id).map(|id| TrackedMessage { id, at: m.at }));
            }
        }
        prev = Some(m.id);
        out.push(m);
    }
    out
}

/// An operator's file: fetched, then uploaded; a caption too long for the file follows as
/// text. A file that cannot go is reported to its case room and counts as done.
async fn send_media<S: Store + ?Sized>(
    channel: &Channel<impl Store>,
    store: &S,
    (chat_key, chat): (&str, ChatId),
    attachment: &Attachment,
    case: Option<u64>,
    mut done: Done,
) -> Result<Done, SendError> {
    let limit = super::upload_limit(attachment.kind);
    // The share of the byte budget is kept until the upload ends.
    let (bytes, _share) = match channel.media.fetch(attachment, limit).await {
        Ok(held) => held.into_parts(),
        Err(e @ (FetchError::TooLarge { .. } | FetchError::Gone)) => {
            // The declared size was checked when the operator posted it; this is a
            // file without one, or one that is gone. Their room is told.
            media::not_sent(&channel.service, &channel.doorbells, case, attachment, &e);
            return Ok(done);
        }
        Err(e) => return Err(SendError::Fetch(e)),
    };
    let caption = attachment.caption.clone().filter(|c| !c.trim().is_empty());
    let (with_file, after) = match caption {
        Some(c) if c.encode_utf16().count() <= MAX_CAPTION_UTF16 => (Some(c), None),
        other => (None, other),
    };
    let m = send_file(&channel.file_bot, chat, attachment, bytes, with_file).await?;
    track(store, chat_key, &m, after.is_some(), &mut done);
    if let Some(text) = after {
        let parts = split_utf16(&text, MAX_TEXT_UTF16);
        let last = parts.len().saturating_sub(1);
        for (i, part) in parts.into_iter().enumerate() {
            let m = channel.bot.send_message(chat, part).protect_content(true).await?;
            track(store, chat_key, &m, i < last, &mut done);
        }
    }
    Ok(done)
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
    fn a_long_menu_of_short_labels_is_compact_and_others_one_per_row() {
        let labels = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let languages = labels(&["English", "Français", "Italiano", "اردو", "العربية"]);
        assert_eq!(keyboard_rows(&languages), vec![vec![0, 1, 2], vec![3, 4]]);
        // A row holds what fits: a long label shares its row only with short ones.
        let mixed = labels(&["English", "Português (Brasil)", "Română", "Shqip", "中文"]);
        assert_eq!(keyboard_rows(&mixed), vec![vec![0, 1], vec![2, 3, 4]]);
        assert_eq!(keyboard_rows(&labels(&["Yes", "Not now"])), vec![vec![0], vec![1]]);
        let long = labels(&["I need help for myself", "Someone else needs help", "a", "b"]);
        assert_eq!(keyboard_rows(&long), vec![vec![0], vec![1, 2, 3]]);
        // Every shipped language on six rows, in the menu's order.
        let all = labels(&[
            "English",
            "Italiano",
            "Naijá",
            "Français",
            "اردو",
            "العربية",
            "বাংলা",
            "Português (Brasil)",
            "Română",
            "中文",
            "ਪੰਜਾਬੀ",
            "Shqip",
            "Español",
            "Українська",
            "Русский",
            "Български",
        ]);
        let rows = keyboard_rows(&all);
        assert_eq!(rows.concat(), (0..16).collect::<Vec<_>>());
        assert_eq!(rows.len(), 6, "{rows:?}");
    }

    #[test]
    fn a_wipe_deletes_the_ids_between_tracked_ones_within_a_budget() {
        let at = |id, at| TrackedMessage { id, at };
        let ids = with_gaps(vec![at(7, 30), at(3, 10), at(4, 20)]);
        let expected = vec![at(3, 10), at(4, 20), at(5, 30), at(6, 30), at(7, 30)];
        assert_eq!(ids, expected);
        // A gap wider than the budget is left as it is.
        let far = MAX_GAP_IDS + 10;
        assert_eq!(with_gaps(vec![at(1, 1), at(far, 2)]), vec![at(1, 1), at(far, 2)]);
    }

    #[test]
    fn split_respects_utf16_units_and_prefers_line_breaks() {
        let text = format!("{}\n{}", "a".repeat(3000), "😀".repeat(1500));
        let parts = split_utf16(&text, MAX_TEXT_UTF16);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= MAX_TEXT_UTF16));
        assert_eq!(parts.concat(), text);
        assert!(parts[0].ends_with('\n'));
    }
}
