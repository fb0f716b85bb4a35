//! The Telegram delivery scheduler, without I/O: which outbox entries may be sent now and
//! when to look again. It owns pacing per chat, the global send budget, per-chat order
//! (never two sends to one chat in flight, a chat's entries strictly in outbox order, and
//! a chat's next send only once its previous one is settled, i.e. its mark durable), the
//! number of concurrent sends, `retry_after`, transient backoff, and the classification of
//! Bot API answers into [`Outcome`]s. A quick exit's wipe overtakes its chat's queue: the
//! chat's older waiting entries are dropped unsent, and the wipe starts before anything
//! else, past pacing, backoff, the budget and the slots, as soon as the chat's send in
//! flight (if any) has settled. Time comes in as `Instant` arguments and the
//! backoff's jitter from a seeded generator, so it is tested on simulated time. It must not
//! sleep, read a clock, touch the network or the store, or see message content: an entry
//! is an id, a chat and whether it carries a file.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::SeedableRng;
use teloxide::{ApiError, RequestError};

use crate::channel::backoff::Backoff;
use crate::store::OutboxId;

/// What came of one send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Telegram accepted it: mark it delivered.
    Done,
    /// Telegram asked to wait this long before the chat's next send.
    RetryAfter(Duration),
    /// A fault that may pass (network, 5xx): retry after a backoff.
    Transient,
    /// The chat cannot receive anything any more: end its queue.
    ChatGone,
    /// This message can never be sent: drop it.
    Rejected,
}

/// The outcome a Bot API error stands for.
pub fn classify(e: &RequestError) -> Outcome {
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

/// The scheduler's limits.
#[derive(Debug, Clone)]
pub struct Limits {
    /// At least this long between the end of one send to a chat and the start of the next.
    pub per_chat_interval: Duration,
    /// At most this many sends started in any one-second window (0: unlimited).
    pub global_per_second: u32,
    /// Waits after consecutive transient failures of a chat.
    pub backoff: Backoff,
    /// Sends in flight at once (each to a different chat).
    pub slots: usize,
    /// Of those, sends carrying a file: a file is held in memory while it is uploaded.
    pub file_slots: usize,
}

/// What the caller should do now.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Entries to send now, oldest first; each to a different chat.
    pub start: Vec<OutboxId>,
    /// When an entry held back by pacing, backoff or the budget may go (`None`: nothing
    /// is waiting on time; a send ending or a new entry is what changes things).
    pub wake: Option<Instant>,
}

/// What a reported outcome asks of the caller.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Finished {
    /// Entries to mark delivered (the sent one if done, rejected or its chat gone, and that
    /// chat's waiting entries if gone), then flush, then report with [`Schedule::settled`].
    pub settle: Vec<OutboxId>,
    /// Of those, entries dropped unsent because their chat is gone.
    pub dropped: usize,
    /// Of those, an entry that failed for now while a quick exit of its chat waited: it is
    /// dropped, not retried (the wipe would delete it anyway).
    pub overtaken: usize,
}

/// Global send budget: at most `per_second` sends in any one-second window.
#[derive(Debug)]
struct Bucket {
    per_second: u32,
    window_start: Option<Instant>,
    used: u32,
}

impl Bucket {
    /// Take one send, or say when the next window opens.
    fn take(&mut self, now: Instant) -> Result<(), Instant> {
        if self.per_second == 0 {
            return Ok(());
        }
        let start = match self.window_start {
            Some(t) if now.duration_since(t) < Duration::from_secs(1) => t,
            _ => {
                self.used = 0;
                *self.window_start.insert(now)
            }
        };
        if self.used < self.per_second {
            self.used += 1;
            Ok(())
        } else {
            Err(start + Duration::from_secs(1))
        }
    }
}

/// One waiting entry.
#[derive(Debug)]
struct Waiting {
    chat: String,
    file: bool,
}

/// One chat's state.
#[derive(Debug, Default)]
struct Chat {
    /// Its entry in flight or settling: nothing else of this chat may start meanwhile.
    busy: Option<OutboxId>,
    not_before: Option<Instant>,
    /// Consecutive transient failures, for the backoff.
    failures: u32,
    /// Entries waiting.
    waiting: usize,
    /// The chat's quick exit, from when it is offered until its mark is durable: older
    /// entries of the chat are dropped, and pacing does not hold it back.
    wipe: Option<OutboxId>,
}

/// The scheduler. Feed it entries ([`Schedule::offer`]), ask what to send
/// ([`Schedule::plan`]), report what came of each send ([`Schedule::finished`]) and when
/// marks are durable ([`Schedule::settled`]).
pub struct Schedule {
    limits: Limits,
    /// Waiting entries in outbox order.
    waiting: BTreeMap<OutboxId, Waiting>,
    /// Of those, quick exits' wipes: planned before anything else.
    wipes: BTreeSet<OutboxId>,
    /// Entries in flight: their chat and whether they carry a file.
    running: HashMap<OutboxId, (String, bool)>,
    /// Entries finished whose marks are not durable yet, with their chat if it is held.
    settling: HashMap<OutboxId, Option<String>>,
    chats: HashMap<String, Chat>,
    bucket: Bucket,
    files_running: usize,
    /// `chats` is swept of idle chats when it grows to this size.
    sweep_at: usize,
    rng: StdRng,
}

/// Idle chats are remembered (for their pacing) until there are at least this many.
const SWEEP_AT_LEAST: usize = 1024;

impl Schedule {
    /// A scheduler with `limits`; `seed` drives the backoff's jitter.
    pub fn new(limits: Limits, seed: u64) -> Self {
        let bucket = Bucket {
            per_second: limits.global_per_second,
            window_start: None,
            used: 0,
        };
        Schedule {
            limits,
            waiting: BTreeMap::new(),
            wipes: BTreeSet::new(),
            running: HashMap::new(),
            settling: HashMap::new(),
            chats: HashMap::new(),
            bucket,
            files_running: 0,
            sweep_at: SWEEP_AT_LEAST,
            rng: StdRng::seed_from_u64(seed),
        }
    }

    /// Entries known: waiting, in flight or settling.
    pub fn held(&self) -> usize {
        self.waiting.len() + self.running.len() + self.settling.len()
    }

    /// Sends in flight.
    pub fn in_flight(&self) -> usize {
        self.running.len()
    }

    /// Whether the entry is known (waiting, in flight or settling).
    pub fn knows(&self, id: OutboxId) -> bool {
        self.waiting.contains_key(&id) || self.running.contains_key(&id) || self.settling.contains_key(&id)
    }

    /// Queue an entry read from the outbox; one already known is ignored (false).
    pub fn offer(&mut self, id: OutboxId, chat: &str, file: bool) -> bool {
        if self.knows(id) {
            return false;
        }
        self.chats.entry(chat.to_owned()).or_default().waiting += 1;
        self.waiting.insert(
            id,
            Waiting {
                chat: chat.to_owned(),
                file,
            },
        );
        true
    }

    /// Queue a quick exit's wipe for `chat`: it overtakes the chat's queue. The chat's
    /// entries waiting before it are dropped unsent (returned, to be marked and counted),
    /// the chat's pacing and backoff are forgotten, and [`Schedule::plan`] starts the wipe
    /// first, as soon as the chat's send in flight (if any) has ended and settled, so that
    /// the ids that send created are tracked before the wipe reads them. `None` if the
    /// entry is already known.
    pub fn offer_wipe(&mut self, id: OutboxId, chat: &str) -> Option<Vec<OutboxId>> {
        if self.knows(id) {
            return None;
        }
        let dropped: Vec<OutboxId> = self
            .waiting
            .range(..id)
            .filter(|(_, w)| w.chat == chat)
            .map(|(id, _)| *id)
            .collect();
        for d in &dropped {
            self.waiting.remove(d);
            self.wipes.remove(d);
            self.settling.insert(*d, None);
        }
        let state = self.chats.entry(chat.to_owned()).or_default();
        state.waiting = state.waiting + 1 - dropped.len();
        state.not_before = None;
        state.failures = 0;
        state.wipe = Some(id);
        let entry = Waiting {
            chat: chat.to_owned(),
            file: false,
        };
        self.waiting.insert(id, entry);
        self.wipes.insert(id);
        Some(dropped)
    }

    /// An entry that will never be sent (unreadable): settle it without a chat. False if
    /// it is already known.
    pub fn discard(&mut self, id: OutboxId) -> bool {
        if self.knows(id) {
            return false;
        }
        self.settling.insert(id, None);
        true
    }

    /// Which entries to send now (they count as in flight from here), and when to ask
    /// again if nothing changes.
    pub fn plan(&mut self, now: Instant) -> Plan {
        self.sweep(now);
        let mut plan = Plan::default();
        self.plan_wipes(now, &mut plan);
        let wipes = plan.start.len();
        // Chats whose oldest waiting entry was looked at: later ones keep the order.
        let mut seen: HashSet<&str> = HashSet::new();
        let mut budget_out = false;
        let mut files = self.files_running;
        for (id, entry) in &self.waiting {
            if self.running.len() + plan.start.len() - wipes >= self.limits.slots {
                break;
            }
            // A waiting wipe heads its chat's queue (nothing older is left).
            if !seen.insert(entry.chat.as_str()) || self.wipes.contains(id) {
                continue;
            }
            let chat = &self.chats[&entry.chat];
            if chat.busy.is_some() || (entry.file && files >= self.limits.file_slots) {
                continue;
            }
            if let Some(t) = chat.not_before.filter(|t| *t > now) {
                plan.wake = Some(plan.wake.map_or(t, |w| w.min(t)));
                continue;
            }
            if budget_out {
                continue;
            }
            if let Err(t) = self.bucket.take(now) {
                plan.wake = Some(plan.wake.map_or(t, |w| w.min(t)));
                budget_out = true;
                continue;
            }
            files += usize::from(entry.file);
            plan.start.push(*id);
        }
        for id in &plan.start[wipes..] {
            if let Some(entry) = self.waiting.remove(id) {
                let chat = self.chats.entry(entry.chat.clone()).or_default();
                chat.busy = Some(*id);
                chat.waiting -= 1;
                self.files_running += usize::from(entry.file);
                self.running.insert(*id, (entry.chat, entry.file));
            }
        }
        plan
    }

    /// Start every wipe whose chat has nothing in flight or settling; only the wipe's own
    /// failures (its backoff or `retry_after`) hold it back. Wipes take no slot and no
    /// budget: deleting is never delayed by other chats' sends.
    fn plan_wipes(&mut self, now: Instant, plan: &mut Plan) {
        let mut ready = Vec::new();
        for id in &self.wipes {
            let chat = &self.chats[&self.waiting[id].chat];
            if chat.busy.is_some() {
                continue;
            }
            match chat.not_before.filter(|t| *t > now) {
                Some(t) => plan.wake = Some(plan.wake.map_or(t, |w| w.min(t))),
                None => ready.push(*id),
            }
        }
        for id in ready {
            self.wipes.remove(&id);
            if let Some(entry) = self.waiting.remove(&id) {
                let chat = self.chats.entry(entry.chat.clone()).or_default();
                chat.busy = Some(id);
                chat.waiting -= 1;
                self.running.insert(id, (entry.chat, false));
                plan.start.push(id);
            }
        }
    }

    /// Forget chats with nothing waiting or in flight whose pacing has passed; amortised,
    /// so that a chat heard from once is not remembered for ever.
    fn sweep(&mut self, now: Instant) {
        if self.chats.len() < self.sweep_at {
            return;
        }
        self.chats.retain(|_, c| {
            c.busy.is_some() || c.waiting > 0 || c.wipe.is_some() || c.not_before.is_some_and(|t| t > now)
        });
        self.sweep_at = (2 * self.chats.len()).max(SWEEP_AT_LEAST);
    }

    /// Report what came of a send started by [`Schedule::plan`], at `now`.
    pub fn finished(&mut self, id: OutboxId, outcome: Outcome, now: Instant) -> Finished {
        let Some((name, file)) = self.running.remove(&id) else {
            return Finished::default();
        };
        self.files_running -= usize::from(file);
        let chat = self.chats.entry(name.clone()).or_default();
        // A wipe, or a send a wipe waits for: pacing does not hold the wipe (nor the
        // exit line after it) back, and a send that failed is not tried again.
        let exiting = chat.wipe.is_some_and(|w| w >= id);
        let retry = matches!(outcome, Outcome::RetryAfter(_) | Outcome::Transient);
        if exiting && retry && chat.wipe != Some(id) {
            self.settling.insert(id, Some(name));
            return Finished {
                settle: vec![id],
                dropped: 0,
                overtaken: 1,
            };
        }
        let retry_at = match outcome {
            Outcome::Done => {
                chat.failures = 0;
                chat.not_before = (!exiting).then(|| now + self.limits.per_chat_interval);
                None
            }
            Outcome::Rejected => None,
            Outcome::RetryAfter(d) => Some(now + d),
            Outcome::Transient => {
                chat.failures += 1;
                Some(now + self.limits.backoff.delay_with(chat.failures, &mut self.rng))
            }
            Outcome::ChatGone => {
                chat.failures = 0;
                chat.not_before = None;
                return self.end_queue(id, name);
            }
        };
        if let Some(t) = retry_at {
            // Back to the head of its chat's queue (it is the chat's oldest entry).
            chat.not_before = Some(t);
            chat.busy = None;
            chat.waiting += 1;
            if chat.wipe == Some(id) {
                self.wipes.insert(id);
            }
            self.waiting.insert(id, Waiting { chat: name, file });
            return Finished::default();
        }
        self.settling.insert(id, Some(name));
        Finished {
            settle: vec![id],
            ..Finished::default()
        }
    }

    /// The chat is gone: its entry `id` and every waiting one are settled unsent.
    fn end_queue(&mut self, id: OutboxId, name: String) -> Finished {
        let dropped: Vec<OutboxId> = self
            .waiting
            .iter()
            .filter(|(_, w)| w.chat == name)
            .map(|(id, _)| *id)
            .collect();
        let mut settle = vec![id];
        for d in &dropped {
            self.waiting.remove(d);
            self.wipes.remove(d);
            self.settling.insert(*d, None);
            settle.push(*d);
        }
        if let Some(chat) = self.chats.get_mut(&name) {
            chat.waiting = 0;
            // Nothing can be deleted in a chat that is gone.
            chat.wipe = None;
        }
        self.settling.insert(id, Some(name));
        Finished {
            dropped: dropped.len(),
            settle,
            overtaken: 0,
        }
    }

    /// The marks of these entries are durable (or could not be made so: then they are
    /// still in the outbox and will be offered again): their chats may go on.
    pub fn settled(&mut self, ids: &[OutboxId], now: Instant) {
        for id in ids {
            let Some(Some(name)) = self.settling.remove(id) else {
                continue;
            };
            let Some(chat) = self.chats.get_mut(&name) else {
                continue;
            };
            if chat.busy == Some(*id) {
                chat.busy = None;
            }
            if chat.wipe == Some(*id) {
                chat.wipe = None;
            }
            // Nothing left to remember about an idle chat whose pacing has passed.
            if chat.busy.is_none()
                && chat.wipe.is_none()
                && chat.waiting == 0
                && chat.failures == 0
                && chat.not_before.map_or(true, |t| t <= now)
            {
                self.chats.remove(&name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn limits() -> Limits {
        Limits {
            per_chat_interval: 1000 * MS,
            global_per_second: 0,
            backoff: Backoff::new(500 * MS, Duration::from_secs(60)).with_jitter(0.25),
            slots: 16,
            file_slots: 2,
        }
    }

    fn ids(v: &[u64]) -> Vec<OutboxId> {
        v.iter().map(|n| OutboxId(*n)).collect()
    }

    /// Finish `id` as done and settle it at once.
    fn deliver(s: &mut Schedule, id: u64, now: Instant) {
        let f = s.finished(OutboxId(id), Outcome::Done, now);
        assert_eq!(f.settle, ids(&[id]));
        s.settled(&f.settle, now);
    }

    #[test]
    fn a_chat_is_paced_and_kept_in_order() {
        let t0 = Instant::now();
        let mut s = Schedule::new(limits(), 1);
        for id in 1..=3 {
            s.offer(OutboxId(id), "a", false);
        }
        assert_eq!(s.plan(t0).start, ids(&[1]));
        // In flight: nothing else of the chat, and nothing waiting on time.
        assert_eq!(s.plan(t0 + 10 * MS), Plan::default());
        deliver(&mut s, 1, t0 + 20 * MS);
        let plan = s.plan(t0 + 30 * MS);
        assert!(plan.start.is_empty());
        assert_eq!(plan.wake, Some(t0 + 1020 * MS));
        assert_eq!(s.plan(t0 + 1020 * MS).start, ids(&[2]));
    }

    #[test]
    fn a_chat_waits_for_its_mark_to_be_durable() {
        // Done (marked with its sent ids) or rejected (marked, dropped): the same wait.
        for outcome in [Outcome::Done, Outcome::Rejected] {
            let t0 = Instant::now();
            let unpaced = Limits {
                per_chat_interval: Duration::ZERO,
                ..limits()
            };
            let mut s = Schedule::new(unpaced, 1);
            s.offer(OutboxId(1), "a", false);
            s.offer(OutboxId(2), "a", false);
            assert_eq!(s.plan(t0).start, ids(&[1]));
            let f = s.finished(OutboxId(1), outcome, t0);
            assert_eq!((&f.settle, f.dropped), (&ids(&[1]), 0));
            assert!(s.plan(t0).start.is_empty(), "entry 1 is not marked yet");
            // Read again before the mark is written: the entry is known, not sent twice.
            assert!(!s.offer(OutboxId(1), "a", false));
            s.settled(&f.settle, t0);
            assert_eq!(s.plan(t0).start, ids(&[2]));
        }
    }

    #[test]
    fn the_global_bucket_limits_sends_per_second() {
        let t0 = Instant::now();
        let mut s = Schedule::new(
            Limits {
                global_per_second: 3,
                ..limits()
            },
            1,
        );
        for id in 1..=5 {
            s.offer(OutboxId(id), &format!("chat{id}"), false);
        }
        let plan = s.plan(t0);
        assert_eq!(plan.start, ids(&[1, 2, 3]));
        assert_eq!(plan.wake, Some(t0 + 1000 * MS));
        assert!(s.plan(t0 + 999 * MS).start.is_empty());
        assert_eq!(s.plan(t0 + 1000 * MS).start, ids(&[4, 5]));
    }

    #[test]
    fn retry_after_is_honoured() {
        let t0 = Instant::now();
        let mut s = Schedule::new(limits(), 1);
        s.offer(OutboxId(1), "a", false);
        s.offer(OutboxId(2), "a", false);
        assert_eq!(s.plan(t0).start, ids(&[1]));
        let f = s.finished(OutboxId(1), Outcome::RetryAfter(Duration::from_secs(7)), t0 + 5 * MS);
        assert_eq!(f, Finished::default());
        let plan = s.plan(t0 + 10 * MS);
        assert!(plan.start.is_empty());
        assert_eq!(plan.wake, Some(t0 + 7005 * MS));
        assert!(s.plan(t0 + 7004 * MS).start.is_empty());
        // The same entry again, before the chat's later one.
        assert_eq!(s.plan(t0 + 7005 * MS).start, ids(&[1]));
    }

    #[test]
    fn transient_backoff_grows_is_capped_and_resets() {
        let t0 = Instant::now();
        let mut s = Schedule::new(limits(), 42);
        s.offer(OutboxId(1), "a", false);
        let mut now = t0;
        let mut waits = Vec::new();
        for _ in 0..12 {
            assert_eq!(s.plan(now).start, ids(&[1]));
            s.finished(OutboxId(1), Outcome::Transient, now);
            let wake = s.plan(now).wake.expect("a retry is waited for");
            waits.push(wake - now);
            now = wake;
        }
        assert!(waits[0] >= 375 * MS && waits[0] < 625 * MS, "{waits:?}");
        assert!(waits[3] >= 3000 * MS && waits[3] < 5000 * MS, "{waits:?}");
        assert!(waits.iter().all(|w| *w <= Duration::from_secs(60)), "{waits:?}");
        assert_eq!(waits[11], Duration::from_secs(60), "{waits:?}");
        // Success resets the count: the next failure waits the first step again.
        assert_eq!(s.plan(now).start, ids(&[1]));
        deliver(&mut s, 1, now);
        s.offer(OutboxId(2), "a", false);
        now += 1000 * MS;
        assert_eq!(s.plan(now).start, ids(&[2]));
        s.finished(OutboxId(2), Outcome::Transient, now);
        assert!(s.plan(now).wake.expect("retry") - now < 625 * MS);
    }

    #[test]
    fn a_gone_chat_ends_its_queue_only() {
        let t0 = Instant::now();
        let mut s = Schedule::new(limits(), 1);
        s.offer(OutboxId(1), "a", false);
        s.offer(OutboxId(2), "b", false);
        s.offer(OutboxId(3), "a", false);
        s.offer(OutboxId(4), "a", false);
        assert_eq!(s.plan(t0).start, ids(&[1, 2]));
        let f = s.finished(OutboxId(1), Outcome::ChatGone, t0);
        assert_eq!(f.settle, ids(&[1, 3, 4]));
        assert_eq!(f.dropped, 2);
        s.settled(&f.settle, t0);
        deliver(&mut s, 2, t0);
        assert_eq!(s.held(), 0);
        // A later entry (the person came back) is tried again.
        s.offer(OutboxId(5), "a", false);
        assert_eq!(s.plan(t0).start, ids(&[5]));
    }

    #[test]
    fn a_slow_send_does_not_hold_up_other_chats() {
        let t0 = Instant::now();
        let mut s = Schedule::new(
            Limits {
                per_chat_interval: 100 * MS,
                slots: 2,
                ..limits()
            },
            1,
        );
        // Chat "slow" uploads a big file; chats b and c have two messages each.
        s.offer(OutboxId(1), "slow", true);
        s.offer(OutboxId(2), "b", false);
        s.offer(OutboxId(3), "c", false);
        s.offer(OutboxId(4), "b", false);
        s.offer(OutboxId(5), "c", false);
        assert_eq!(s.plan(t0).start, ids(&[1, 2]));
        // b's send ends: its slot frees at once, for c, although entry 1 is still going.
        deliver(&mut s, 2, t0 + 20 * MS);
        assert_eq!(s.plan(t0 + 20 * MS).start, ids(&[3]));
        deliver(&mut s, 3, t0 + 40 * MS);
        assert_eq!(s.plan(t0 + 120 * MS).start, ids(&[4]));
        deliver(&mut s, 4, t0 + 140 * MS);
        assert_eq!(s.plan(t0 + 140 * MS).start, ids(&[5]));
        assert_eq!(s.in_flight(), 2);
        deliver(&mut s, 1, t0 + 10_000 * MS);
    }

    #[test]
    fn slots_and_file_slots_bound_what_is_in_flight() {
        let t0 = Instant::now();
        let mut s = Schedule::new(
            Limits {
                slots: 3,
                file_slots: 1,
                ..limits()
            },
            1,
        );
        s.offer(OutboxId(1), "a", true);
        s.offer(OutboxId(2), "b", true);
        for id in 3..=6 {
            s.offer(OutboxId(id), &format!("chat{id}"), false);
        }
        assert_eq!(s.plan(t0).start, ids(&[1, 3, 4]));
        deliver(&mut s, 3, t0);
        assert_eq!(s.plan(t0).start, ids(&[5]), "a second file waits for the file slot");
        deliver(&mut s, 1, t0);
        assert_eq!(s.plan(t0).start, ids(&[2]));
    }

    #[test]
    fn idle_chats_are_forgotten_once_their_pacing_has_passed() {
        let t0 = Instant::now();
        let mut s = Schedule::new(
            Limits {
                slots: 4096,
                ..limits()
            },
            1,
        );
        for id in 0..3000 {
            s.offer(OutboxId(id), &format!("chat{id}"), false);
        }
        assert_eq!(s.plan(t0).start.len(), 3000);
        for id in 0..3000 {
            deliver(&mut s, id, t0);
        }
        assert_eq!(s.chats.len(), 3000, "each chat is paced for a second");
        s.plan(t0 + 500 * MS);
        assert_eq!(s.chats.len(), 3000);
        // The sweep waits for the map to double again (amortised); force the next one.
        assert_eq!(s.sweep_at, 6000);
        s.sweep_at = 0;
        s.plan(t0 + 1000 * MS);
        assert!(s.chats.is_empty());
    }

    #[test]
    fn a_wipe_goes_first_drops_what_waits_and_ignores_pacing() {
        let t0 = Instant::now();
        let mut s = Schedule::new(
            Limits {
                global_per_second: 1,
                per_chat_interval: 5000 * MS,
                ..limits()
            },
            1,
        );
        s.offer(OutboxId(1), "a", false);
        assert_eq!(s.plan(t0).start, ids(&[1]));
        deliver(&mut s, 1, t0);
        // Chat a is paced until t0 + 5 s, and the budget is spent for this second.
        s.offer(OutboxId(2), "a", false);
        s.offer(OutboxId(3), "b", false);
        s.offer(OutboxId(4), "a", true);
        assert_eq!(s.offer_wipe(OutboxId(5), "a"), Some(ids(&[2, 4])));
        s.offer(OutboxId(6), "a", false);
        let plan = s.plan(t0 + 10 * MS);
        assert_eq!(plan.start, ids(&[5]), "the wipe at once; b waits for the budget");
        assert_eq!(plan.wake, Some(t0 + 1000 * MS));
        // The dropped entries are settled unsent: the scheduler holds them until marked.
        s.settled(&ids(&[2, 4]), t0 + 10 * MS);
        assert!(
            s.plan(t0 + 20 * MS).start.is_empty(),
            "the exit line waits for the wipe's mark"
        );
        deliver(&mut s, 5, t0 + 30 * MS);
        assert_eq!(s.plan(t0 + 1000 * MS).start, ids(&[3]));
        assert_eq!(s.plan(t0 + 2000 * MS).start, ids(&[6]), "no pacing after the wipe");
    }

    #[test]
    fn a_wipe_is_not_held_back_by_backoff_or_retry_after() {
        for outcome in [Outcome::Transient, Outcome::RetryAfter(Duration::from_secs(30))] {
            let t0 = Instant::now();
            let mut s = Schedule::new(limits(), 1);
            s.offer(OutboxId(1), "a", false);
            assert_eq!(s.plan(t0).start, ids(&[1]));
            assert_eq!(s.finished(OutboxId(1), outcome, t0), Finished::default());
            // Entry 1 waits to be retried; the wipe drops it and goes now.
            assert_eq!(s.offer_wipe(OutboxId(2), "a"), Some(ids(&[1])));
            assert_eq!(s.plan(t0 + MS).start, ids(&[2]));
        }
    }

    #[test]
    fn a_wipe_waits_for_the_send_in_flight_which_is_not_retried() {
        let t0 = Instant::now();
        let mut s = Schedule::new(limits(), 1);
        s.offer(OutboxId(1), "a", false);
        assert_eq!(s.plan(t0).start, ids(&[1]));
        assert_eq!(s.offer_wipe(OutboxId(2), "a"), Some(Vec::new()));
        assert!(
            s.plan(t0).start.is_empty(),
            "its ids must be tracked before the wipe reads them"
        );
        let f = s.finished(OutboxId(1), Outcome::Transient, t0 + MS);
        assert_eq!((f.settle.clone(), f.overtaken), (ids(&[1]), 1));
        s.settled(&f.settle, t0 + MS);
        assert_eq!(s.plan(t0 + MS).start, ids(&[2]), "no backoff, no retry of entry 1");
        // A wipe that fails retries after its own backoff, still before anything else.
        s.offer(OutboxId(3), "a", false);
        assert_eq!(
            s.finished(OutboxId(2), Outcome::Transient, t0 + MS),
            Finished::default()
        );
        let plan = s.plan(t0 + MS);
        assert!(plan.start.is_empty());
        let wake = plan.wake.expect("the wipe's retry");
        assert_eq!(s.plan(wake).start, ids(&[2]));
        deliver(&mut s, 2, wake);
        assert_eq!(s.plan(wake).start, ids(&[3]));
    }

    #[test]
    fn a_wipe_takes_no_slot() {
        let t0 = Instant::now();
        let mut s = Schedule::new(Limits { slots: 1, ..limits() }, 1);
        s.offer(OutboxId(1), "b", false);
        s.offer(OutboxId(2), "c", false);
        assert_eq!(s.plan(t0).start, ids(&[1]));
        s.offer_wipe(OutboxId(3), "a");
        assert_eq!(s.plan(t0).start, ids(&[3]));
        assert_eq!(s.in_flight(), 2);
    }

    #[test]
    fn unreadable_entries_are_settled_once() {
        let mut s = Schedule::new(limits(), 1);
        assert!(s.discard(OutboxId(9)));
        assert!(!s.discard(OutboxId(9)));
        assert!(!s.offer(OutboxId(9), "a", false));
        s.settled(&ids(&[9]), Instant::now());
        assert_eq!(s.held(), 0);
    }

    #[test]
    fn server_errors_are_transient_blocked_is_permanent() {
        let api = |e| classify(&RequestError::Api(e));
        assert_eq!(
            api(ApiError::Unknown("Internal Server Error".into())),
            Outcome::Transient
        );
        assert_eq!(api(ApiError::BotBlocked), Outcome::ChatGone);
        assert_eq!(api(ApiError::MessageIsTooLong), Outcome::Rejected);
    }
}
