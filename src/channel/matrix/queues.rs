//! Per-destination queues for Matrix delivery: one room's trouble (a file whose fetch keeps
//! failing, a room that keeps refusing) never holds back another room's messages, while each
//! room's own messages keep their order. Pure bookkeeping on an injected clock: which
//! destination an entry goes to, which destinations wait (and until when), how many times
//! each has failed, a person's quick exit overtaking their own chat's queue (`Exits`), and
//! when to look through the whole outbox for quick exits beyond one pass's window
//! (`Lookout`, `beyond_window`). It must not do I/O.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::channel::backoff::Backoff;
use crate::conversation::{Body, Outbound};

/// Refusals of one destination's head entry before that entry is ended (the room told where
/// the entry says what to tell): a room the bot was thrown out of, or a file that cannot be
/// fetched, must not wait for ever.
pub(super) const MAX_ATTEMPTS: u32 = 8;
/// Failed tries of one destination's head entry after which the failure is reported, once
/// (a case room that still holds someone the bot cannot remove: the lobby is told).
pub(super) const STUCK_AFTER: u32 = 5;
/// The longest wait between two tries of one destination.
pub(super) const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Where an entry goes: a case's room (its notice, relays, withdrawal, invites), the lobby,
/// or a person's direct chat. Entries to one destination are carried in order.
pub(super) fn destination(message: &Outbound) -> String {
    match (&message.body, message.body.room_case()) {
        (Body::Text { .. } | Body::Media { .. } | Body::Wipe, _) => format!("chat:{}", message.chat),
        (_, Some(case)) => format!("case:{case}"),
        (_, None) => "lobby".to_owned(),
    }
}

/// Failures of one destination's head entry.
#[derive(Debug, Default, Clone, Copy)]
struct Failing {
    /// All of them (for the backoff).
    all: u32,
    /// Of those, refusals (for ending the entry).
    refusals: u32,
    /// Not tried again before this.
    until: Option<Instant>,
    /// Already reported as stuck ([`Queues::stuck`]).
    told: bool,
}

/// The destinations that are failing, and those held back during one pass.
#[derive(Debug, Default)]
pub(super) struct Queues {
    failing: HashMap<String, Failing>,
    /// Held back in the current pass: an earlier entry of theirs is waiting, so later ones
    /// must not overtake it.
    held: HashSet<String>,
}

/// What a failed try means for its entry.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum AfterFailure {
    /// Try again later; the destination waits until then.
    Later,
    /// Tried [`MAX_ATTEMPTS`] times: end the entry.
    End,
}

impl Queues {
    /// A new pass: nothing held back yet.
    pub fn begin_pass(&mut self) {
        self.held.clear();
    }

    /// Whether an entry for `dest` may be tried now (its destination is not waiting, and no
    /// earlier entry of it was held back in this pass). If not, the destination is held for
    /// the rest of the pass.
    pub fn may_try(&mut self, dest: &str, now: Instant) -> bool {
        let waiting = self
            .failing
            .get(dest)
            .and_then(|f| f.until)
            .is_some_and(|until| now < until);
        if waiting || self.held.contains(dest) {
            self.held.insert(dest.to_owned());
            return false;
        }
        true
    }

    /// The head entry of `dest` went (or was dropped for good): its failures are forgotten.
    pub fn done(&mut self, dest: &str) {
        self.failing.remove(dest);
    }

    /// The head entry of `dest` failed: a `refusal` counts towards ending it; a server that
    /// is unavailable only makes the destination wait longer.
    pub fn failed(&mut self, dest: &str, refusal: bool, now: Instant) -> AfterFailure {
        let f = self.failing.entry(dest.to_owned()).or_default();
        f.all += 1;
        if refusal {
            f.refusals += 1;
            if f.refusals >= MAX_ATTEMPTS {
                self.failing.remove(dest);
                return AfterFailure::End;
            }
        }
        f.until = Some(now + Backoff::new(Duration::from_secs(1), MAX_BACKOFF).delay(f.all));
        self.held.insert(dest.to_owned());
        AfterFailure::Later
    }

    /// Whether `dest`, failing, is now to be reported as stuck: true once, when its head
    /// entry's failures reach [`STUCK_AFTER`]; again only after an entry of it has gone
    /// (or been ended) and a later one is stuck as long.
    pub fn stuck(&mut self, dest: &str) -> bool {
        match self.failing.get_mut(dest) {
            Some(f) if f.all >= STUCK_AFTER && !f.told => {
                f.told = true;
                true
            }
            _ => false,
        }
    }

    /// A quick exit is about to be carried for `dest`: it goes now, past the chat's wait
    /// and its failures so far (what it overtook was dropped, not tried).
    pub fn overtake(&mut self, dest: &str) {
        self.failing.remove(dest);
        self.held.remove(dest);
    }

    /// Whether any destination was held back in this pass (more may be pending behind it).
    pub fn any_held(&self) -> bool {
        !self.held.is_empty()
    }

    /// When the earliest waiting destination may be tried again.
    pub fn next_try(&self) -> Option<Instant> {
        self.failing.values().filter_map(|f| f.until).min()
    }
}

/// What a pass does with one entry of a person's chat, given the quick exits in its window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// As usual, in order with the rest of its destination.
    InTurn,
    /// Queued before its chat's quick exit: dropped, never sent (the person asked that
    /// nothing more reach them).
    Overtaken,
    /// The quick exit itself: carried now, past its chat's wait ([`Queues::overtake`]).
    Exit,
}

/// The destinations with a quick exit (`Body::Wipe`) among one pass's entries: until their
/// exit is reached, their entries are overtaken.
#[derive(Debug, Default)]
pub(super) struct Exits {
    pending: HashSet<String>,
}

impl Exits {
    /// The quick exits among a pass's entries, given as (destination, is a quick exit).
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, bool)>) -> Exits {
        let pending = entries
            .into_iter()
            .filter(|(_, wipe)| *wipe)
            .map(|(dest, _)| dest.to_owned())
            .collect();
        Exits { pending }
    }

    /// What to do with the next entry, in outbox order.
    pub fn verdict(&mut self, dest: &str, is_wipe: bool) -> Verdict {
        if !self.pending.contains(dest) {
            Verdict::InTurn
        } else if is_wipe {
            self.pending.remove(dest);
            Verdict::Exit
        } else {
            Verdict::Overtaken
        }
    }
}

/// The shortest time between two looks through the whole outbox for quick exits.
pub(super) const RESCAN: Duration = Duration::from_secs(1);

/// When to look through the whole outbox, past one pass's window, for quick exits: a
/// person's `/exit` behind more entries than a pass reads must not wait for them to be sent
/// first. Only when the window was full (there may be more) and something may have come
/// since the last look (a bell rang, or an exit found then is not carried yet), at most once
/// per [`RESCAN`].
#[derive(Debug)]
pub(super) struct Lookout {
    /// Entries may have come since the last look that it did not see.
    unseen: bool,
    last: Option<Instant>,
}

impl Default for Lookout {
    /// Nothing looked at yet: what waits since before a restart is unseen.
    fn default() -> Self {
        Lookout {
            unseen: true,
            last: None,
        }
    }
}

/// Whether a pass looks through the whole outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Look {
    /// Not needed: the window holds every pending entry, or nothing came since the last look.
    No,
    /// Now (the look is counted as done).
    Now,
    /// Needed, but the last look was too recent: wake up then and look.
    At(Instant),
}

impl Lookout {
    /// New entries were committed (a bell rang), or an exit is still to be carried: look
    /// again.
    pub fn rang(&mut self) {
        self.unseen = true;
    }

    /// Whether to look now, given whether the pass's window was full.
    pub fn look(&mut self, window_full: bool, now: Instant) -> Look {
        if !window_full {
            // Every pending entry was read: nothing is beyond the window.
            self.unseen = false;
            return Look::No;
        }
        if !self.unseen {
            return Look::No;
        }
        if let Some(due) = self.last.map(|t| t + RESCAN).filter(|due| *due > now) {
            return Look::At(due);
        }
        self.unseen = false;
        self.last = Some(now);
        Look::Now
    }
}

/// Of the whole outbox, given as (destination, is a quick exit) in order, the positions at
/// and after `window` (the entries one pass reads) that join the pass: every entry of a
/// destination with a quick exit anywhere in the outbox. What was queued before the exit is
/// then dropped and the exit carried in this pass, as if the window held it; the entries
/// after it go in turn (the exit line first).
pub(super) fn beyond_window(entries: &[(&str, bool)], window: usize) -> Vec<usize> {
    let exiting: HashSet<&str> = entries.iter().filter(|(_, wipe)| *wipe).map(|(d, _)| *d).collect();
    (window..entries.len())
        .filter(|&i| exiting.contains(entries[i].0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_room_waits_alone_and_keeps_its_order() {
        let mut q = Queues::default();
        let t0 = Instant::now();
        q.begin_pass();
        assert!(q.may_try("case:1", t0));
        assert_eq!(q.failed("case:1", true, t0), AfterFailure::Later);
        // Case 1's next entry may not overtake its head; case 2 goes on.
        assert!(!q.may_try("case:1", t0));
        assert!(q.may_try("case:2", t0));
        q.done("case:2");
        assert!(q.any_held());
        // A later pass before the backoff ends: case 1 still waits.
        q.begin_pass();
        assert!(!q.may_try("case:1", t0 + Duration::from_millis(500)));
        let next = q.next_try().expect("case 1 waits");
        q.begin_pass();
        assert!(q.may_try("case:1", next));
    }

    #[test]
    fn a_destination_stuck_long_is_reported_once_until_it_moves() {
        let mut q = Queues::default();
        let now = Instant::now();
        let fail = |q: &mut Queues, times: u32| {
            let mut told = 0;
            for _ in 0..times {
                assert_eq!(q.failed("case:3", false, now), AfterFailure::Later);
                told += usize::from(q.stuck("case:3"));
            }
            told
        };
        assert_eq!(fail(&mut q, STUCK_AFTER - 1), 0, "not before STUCK_AFTER failures");
        assert_eq!(fail(&mut q, 1), 1, "at the STUCK_AFTER-th");
        assert_eq!(fail(&mut q, 20), 0, "once");
        assert!(!q.stuck("case:4"), "a destination that never failed is not stuck");
        q.done("case:3");
        assert_eq!(fail(&mut q, STUCK_AFTER), 1, "again, once it moved and is stuck again");
    }

    #[test]
    fn refusals_end_the_entry_and_unavailability_only_waits() {
        let mut q = Queues::default();
        let mut now = Instant::now();
        for _ in 0..20 {
            q.begin_pass();
            assert_eq!(q.failed("lobby", false, now), AfterFailure::Later);
            now = q.next_try().expect("waits");
        }
        for n in 1..=MAX_ATTEMPTS {
            q.begin_pass();
            let after = q.failed("case:3", true, now);
            if n < MAX_ATTEMPTS {
                assert_eq!(after, AfterFailure::Later);
            } else {
                assert_eq!(after, AfterFailure::End);
            }
        }
        q.done("lobby");
        assert!(q.next_try().is_none(), "nothing waits any more");
    }

    #[test]
    fn a_quick_exit_overtakes_its_own_chats_queued_and_failing_entries_only() {
        let mut q = Queues::default();
        let t0 = Instant::now();
        // The person's chat keeps failing: its head waits with backoff.
        q.begin_pass();
        assert!(q.may_try("chat:a", t0));
        assert_eq!(q.failed("chat:a", false, t0), AfterFailure::Later);

        // The next pass finds, in outbox order: two texts for chat a (the failing head and
        // one more), a text for chat b, the quick exit of chat a, its exit line.
        let entries = [
            ("chat:a", false),
            ("chat:a", false),
            ("chat:b", false),
            ("chat:a", true),
            ("chat:a", false),
        ];
        let mut exits = Exits::new(entries);
        q.begin_pass();
        let now = t0 + Duration::from_millis(10);
        let mut carried = Vec::new();
        for (i, (dest, wipe)) in entries.into_iter().enumerate() {
            match exits.verdict(dest, wipe) {
                Verdict::Overtaken => carried.push((i, "dropped")),
                Verdict::Exit => {
                    q.overtake(dest);
                    assert!(q.may_try(dest, now), "past the chat's backoff");
                    carried.push((i, "exit"));
                    q.done(dest);
                }
                Verdict::InTurn if q.may_try(dest, now) => {
                    carried.push((i, "sent"));
                    q.done(dest);
                }
                Verdict::InTurn => carried.push((i, "waits")),
            }
        }
        assert_eq!(
            carried,
            [(0, "dropped"), (1, "dropped"), (2, "sent"), (3, "exit"), (4, "sent")],
            "nothing queued before the exit is sent; other chats go on as usual"
        );
        assert!(q.next_try().is_none(), "the chat waits no more");
    }

    #[test]
    fn without_a_quick_exit_everything_goes_in_turn() {
        let mut exits = Exits::new([("chat:a", false), ("case:1", false)]);
        assert_eq!(exits.verdict("chat:a", false), Verdict::InTurn);
        assert_eq!(exits.verdict("case:1", false), Verdict::InTurn);
    }

    #[test]
    fn a_quick_exit_behind_more_than_a_window_joins_the_pass() {
        // 40 entries for chat a, 30 for chat b, 30 more for a, then a's quick exit, its
        // exit line and a later entry of b: a pass reads 64.
        let mut entries = vec![("chat:a", false); 40];
        entries.extend([("chat:b", false); 30]);
        entries.extend([("chat:a", false); 30]);
        entries.extend([("chat:a", true), ("chat:a", false), ("chat:b", false)]);
        let window = 64;
        let extra = beyond_window(&entries, window);
        let a: Vec<usize> = (70..102).collect();
        assert_eq!(extra, a, "chat a's entries beyond the window, its exit and exit line");

        // The pass: the window, then those. Every entry of a before its exit is dropped,
        // the exit carried, b's entries go in turn.
        let pass: Vec<(&str, bool)> = (0..window).chain(extra).map(|i| entries[i]).collect();
        let mut exits = Exits::new(pass.iter().copied());
        let verdicts: Vec<Verdict> = pass.iter().map(|(d, w)| exits.verdict(d, *w)).collect();
        assert_eq!(verdicts[..40], [Verdict::Overtaken; 40]);
        assert_eq!(verdicts[40..window], [Verdict::InTurn; 24]);
        assert_eq!(verdicts[window..window + 30], [Verdict::Overtaken; 30]);
        assert_eq!(verdicts[window + 30..], [Verdict::Exit, Verdict::InTurn]);

        // Without a quick exit beyond the window nothing joins.
        assert!(beyond_window(&entries[..100], window).is_empty());
    }

    #[test]
    fn the_whole_outbox_is_looked_through_when_the_window_was_full_and_something_came() {
        let t0 = Instant::now();
        let mut l = Lookout::default();
        assert_eq!(l.look(true, t0), Look::Now, "what waited before a start is unseen");
        assert_eq!(l.look(true, t0), Look::No, "nothing came since");
        l.rang();
        let soon = t0 + Duration::from_millis(100);
        assert_eq!(l.look(true, soon), Look::At(t0 + RESCAN), "at most once per RESCAN");
        assert_eq!(l.look(true, t0 + RESCAN), Look::Now);
        l.rang();
        assert_eq!(l.look(false, t0 + RESCAN * 3), Look::No, "the window held everything");
        assert_eq!(l.look(true, t0 + RESCAN * 4), Look::No);
    }
}
