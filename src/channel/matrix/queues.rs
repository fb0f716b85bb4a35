//! Per-destination queues for Matrix delivery: one room's trouble (a file whose fetch keeps
//! failing, a room that keeps refusing) never holds back another room's messages, while each
//! room's own messages keep their order. Pure bookkeeping on an injected clock: which
//! destination an entry goes to, which destinations wait (and until when), how many times
//! each has failed. It must not do I/O.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::channel::backoff::Backoff;
use crate::conversation::{Body, Outbound};

/// Refusals of one destination's head entry before that entry is ended (the room told where
/// the entry says what to tell): a room the bot was thrown out of, or a file that cannot be
/// fetched, must not wait for ever.
pub(super) const MAX_ATTEMPTS: u32 = 8;
/// The longest wait between two tries of one destination.
pub(super) const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Where an entry goes: a case's room (its notice, relays, withdrawal, invites), the lobby,
/// or a person's direct chat. Entries to one destination are carried in order.
pub(super) fn destination(message: &Outbound) -> String {
    match &message.body {
        Body::CaseOpened(notice) => format!("case:{}", notice.case),
        Body::ToRoom { case: None, .. } => "lobby".to_owned(),
        Body::ToRoom { case: Some(case), .. }
        | Body::Relay { case, .. }
        | Body::CaseWithdrawn { case, .. }
        | Body::Invite { case, .. } => format!("case:{case}"),
        Body::Text { .. } | Body::Media { .. } | Body::Wipe => format!("chat:{}", message.chat),
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

    /// Whether any destination was held back in this pass (more may be pending behind it).
    pub fn any_held(&self) -> bool {
        !self.held.is_empty()
    }

    /// When the earliest waiting destination may be tried again.
    pub fn next_try(&self) -> Option<Instant> {
        self.failing.values().filter_map(|f| f.until).min()
    }
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
}
