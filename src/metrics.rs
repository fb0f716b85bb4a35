//! The in-process metrics registry of `serve`: counters since start (updates in and replies
//! out per channel, quick exits, errors by kind), the time-to-claim histogram, when each
//! outbox entry was queued (for the age of the oldest one waiting) and the last answer of
//! the Telegram Bot API (for `/readyz`). Plain atomics in one static, [`METRICS`], counted
//! where an effect is carried out (the channels, the service's commit); `admin` renders it.
//!
//! It must not hold anything that identifies a person, a chat, a room or an operator: every
//! label comes from a fixed set ([`CHANNELS`], [`ErrorKind`], [`CLAIM_BUCKETS`]), and a name
//! outside a set is not counted. Engine and desk never call it.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

/// The channels counted, as their outboxes are named (`telegram::CHANNEL`,
/// `conversation::OPERATORS`, `matrix::CHANNEL`).
pub const CHANNELS: [&str; 3] = ["telegram", "matrix", "operators"];

/// Upper bounds (seconds) of the time-to-claim buckets, as a helpline reads them: 30 s,
/// 1, 2, 5, 10, 15, 30 and 60 minutes; `+Inf` follows.
pub const CLAIM_BUCKETS: [u64; 8] = [30, 60, 120, 300, 600, 900, 1800, 3600];

/// The outbox entries whose queueing time is remembered, per channel; beyond it the oldest
/// are forgotten (their age is then counted from when a scrape first saw them).
const QUEUED_CAP: usize = 10_000;

/// What went wrong, by kind: a small fixed set, the only values of the `kind` label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The store could not be read or written (a turn, a mark, a flush).
    Store,
    /// The Telegram Bot API failed or refused (getUpdates, a send).
    TelegramApi,
    /// The homeserver failed or refused a delivery.
    MatrixApi,
    /// An outbox entry ended unsent (refused for good, chat gone, unreadable, retries spent).
    DeliveryDropped,
    /// A Matrix message the bot could not decrypt.
    Undecryptable,
    /// A webhook request refused (wrong secret, too large, too slow, not an update).
    WebhookRejected,
}

impl ErrorKind {
    /// Every kind, in the order they are rendered.
    pub const ALL: [ErrorKind; 6] = [
        ErrorKind::Store,
        ErrorKind::TelegramApi,
        ErrorKind::MatrixApi,
        ErrorKind::DeliveryDropped,
        ErrorKind::Undecryptable,
        ErrorKind::WebhookRejected,
    ];

    /// The `kind` label's value.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Store => "store",
            ErrorKind::TelegramApi => "telegram_api",
            ErrorKind::MatrixApi => "matrix_api",
            ErrorKind::DeliveryDropped => "delivery_dropped",
            ErrorKind::Undecryptable => "undecryptable",
            ErrorKind::WebhookRejected => "webhook_rejected",
        }
    }
}

/// The registry: one per process, [`METRICS`].
pub struct Registry {
    updates: [AtomicU64; CHANNELS.len()],
    replies: [AtomicU64; CHANNELS.len()],
    errors: [AtomicU64; ErrorKind::ALL.len()],
    quick_exits: AtomicU64,
    /// Claims per bucket (not cumulative), the last one `+Inf`.
    claim_buckets: [AtomicU64; CLAIM_BUCKETS.len() + 1],
    claim_sum_secs: AtomicU64,
    /// `(outbox id, queued at)` per channel, oldest first.
    queued: Mutex<[VecDeque<(u64, u64)>; CHANNELS.len()]>,
    /// Unix seconds of the Bot API's last answer (0: none yet), and whether the last
    /// request after it failed.
    telegram_answered: AtomicU64,
    telegram_failing: AtomicBool,
}

/// The process's registry.
pub static METRICS: Registry = Registry::new();

/// The counters at one moment, for rendering.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// Updates and messages in, per [`CHANNELS`] entry.
    pub updates: [u64; CHANNELS.len()],
    /// Messages out the platform accepted, per [`CHANNELS`] entry.
    pub replies: [u64; CHANNELS.len()],
    /// Errors per [`ErrorKind::ALL`] entry.
    pub errors: [u64; ErrorKind::ALL.len()],
    /// Quick exits committed.
    pub quick_exits: u64,
    /// Claims per [`CLAIM_BUCKETS`] bucket and `+Inf` (not cumulative).
    pub claim_buckets: [u64; CLAIM_BUCKETS.len() + 1],
    /// Seconds waited, over every claim.
    pub claim_sum_secs: u64,
}

fn channel_index(channel: &str) -> Option<usize> {
    CHANNELS.iter().position(|c| *c == channel)
}

impl Registry {
    const fn new() -> Self {
        Registry {
            updates: [const { AtomicU64::new(0) }; CHANNELS.len()],
            replies: [const { AtomicU64::new(0) }; CHANNELS.len()],
            errors: [const { AtomicU64::new(0) }; ErrorKind::ALL.len()],
            quick_exits: AtomicU64::new(0),
            claim_buckets: [const { AtomicU64::new(0) }; CLAIM_BUCKETS.len() + 1],
            claim_sum_secs: AtomicU64::new(0),
            queued: Mutex::new([const { VecDeque::new() }; CHANNELS.len()]),
            telegram_answered: AtomicU64::new(0),
            telegram_failing: AtomicBool::new(false),
        }
    }

    /// `n` updates or messages came in on `channel` (another name is not counted).
    pub fn updates(&self, channel: &str, n: u64) {
        if let Some(i) = channel_index(channel) {
            self.updates[i].fetch_add(n, Ordering::Relaxed);
        }
    }

    /// The platform accepted one message out on `channel`.
    pub fn reply(&self, channel: &str) {
        if let Some(i) = channel_index(channel) {
            self.replies[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    /// One error of `kind`.
    pub fn error(&self, kind: ErrorKind) {
        self.errors[kind as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// A committed turn's quick exits and, when a case left the queue, the seconds it
    /// waited for an operator.
    pub fn committed(&self, quick_exits: u64, claim_waited: Option<u64>) {
        self.quick_exits.fetch_add(quick_exits, Ordering::Relaxed);
        if let Some(secs) = claim_waited {
            let bucket = CLAIM_BUCKETS
                .iter()
                .position(|le| secs <= *le)
                .unwrap_or(CLAIM_BUCKETS.len());
            self.claim_buckets[bucket].fetch_add(1, Ordering::Relaxed);
            self.claim_sum_secs.fetch_add(secs, Ordering::Relaxed);
        }
    }

    /// Outbox entries committed on `channels` (in the same order as `ids`) at `now`.
    pub fn queued<'a>(&self, entries: impl IntoIterator<Item = (&'a str, u64)>, now: u64) {
        let mut queued = self.queued.lock().unwrap_or_else(|p| p.into_inner());
        for (channel, id) in entries {
            if let Some(i) = channel_index(channel) {
                let q = &mut queued[i];
                if q.len() >= QUEUED_CAP {
                    q.pop_front();
                }
                q.push_back((id, now));
            }
        }
    }

    /// Seconds the oldest pending entry of `channel` (`head`, the first the outbox holds)
    /// has waited; 0 with none. Entries before `head` are delivered and forgotten here; a
    /// head queued before this process started is counted from now on.
    pub fn oldest_age(&self, channel: &str, head: Option<u64>, now: u64) -> u64 {
        let (Some(i), Some(head)) = (channel_index(channel), head) else {
            return 0;
        };
        let mut queued = self.queued.lock().unwrap_or_else(|p| p.into_inner());
        let q = &mut queued[i];
        while q.front().is_some_and(|(id, _)| *id < head) {
            q.pop_front();
        }
        match q.front() {
            Some((id, at)) if *id == head => now.saturating_sub(*at),
            _ => {
                q.push_front((head, now));
                0
            }
        }
    }

    /// The Bot API answered (any answer but a network failure or a refused token) at `now`.
    pub fn telegram_answered(&self, now: u64) {
        self.telegram_answered.store(now, Ordering::Relaxed);
        self.telegram_failing.store(false, Ordering::Relaxed);
    }

    /// A Bot API request failed (counted as a `telegram_api` error too).
    pub fn telegram_failed(&self) {
        self.telegram_failing.store(true, Ordering::Relaxed);
        self.error(ErrorKind::TelegramApi);
    }

    /// Whether the Bot API is reachable: its last answer came within `window` seconds of
    /// `now` and no request failed after it.
    pub fn telegram_reachable(&self, now: u64, window: u64) -> bool {
        let answered = self.telegram_answered.load(Ordering::Relaxed);
        answered != 0 && !self.telegram_failing.load(Ordering::Relaxed) && now.saturating_sub(answered) <= window
    }

    /// The counters now.
    pub fn read(&self) -> Reading {
        let load = |a: &AtomicU64| a.load(Ordering::Relaxed);
        Reading {
            updates: self.updates.each_ref().map(load),
            replies: self.replies.each_ref().map(load),
            errors: self.errors.each_ref().map(load),
            quick_exits: load(&self.quick_exits),
            claim_buckets: self.claim_buckets.each_ref().map(load),
            claim_sum_secs: load(&self.claim_sum_secs),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_fall_in_the_first_bucket_that_holds_them() {
        let r = Registry::new();
        for secs in [0, 30, 31, 3600, 3601] {
            r.committed(0, Some(secs));
        }
        r.committed(2, None);
        let read = r.read();
        assert_eq!(read.claim_buckets, [2, 1, 0, 0, 0, 0, 0, 1, 1]);
        assert_eq!(read.claim_sum_secs, 30 + 31 + 3600 + 3601);
        assert_eq!(read.quick_exits, 2);
    }

    #[test]
    fn unknown_channels_are_not_counted() {
        let r = Registry::new();
        r.updates("telegram", 2);
        r.updates("912345671", 1);
        r.reply("operators");
        let read = r.read();
        assert_eq!(read.updates, [2, 0, 0]);
        assert_eq!(read.replies, [0, 0, 1]);
    }

    #[test]
    fn the_oldest_pending_entry_ages_from_when_it_was_queued() {
        let r = Registry::new();
        r.queued([("telegram", 5), ("matrix", 6), ("telegram", 7)], 100);
        assert_eq!(r.oldest_age("telegram", Some(5), 130), 30);
        // 5 delivered: 7 is the head now.
        assert_eq!(r.oldest_age("telegram", Some(7), 140), 40);
        assert_eq!(r.oldest_age("telegram", None, 140), 0);
        // Queued before the start: counted from the first time it is seen.
        assert_eq!(r.oldest_age("operators", Some(1), 200), 0);
        assert_eq!(r.oldest_age("operators", Some(1), 260), 60);
    }

    #[test]
    fn telegram_is_reachable_only_after_a_recent_answer_and_no_failure_since() {
        let r = Registry::new();
        assert!(!r.telegram_reachable(10, 60));
        r.telegram_answered(10);
        assert!(r.telegram_reachable(20, 60));
        assert!(!r.telegram_reachable(100, 60));
        r.telegram_failed();
        assert!(!r.telegram_reachable(20, 60));
        r.telegram_answered(23);
        assert!(r.telegram_reachable(23, 60));
    }
}
