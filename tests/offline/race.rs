//! One turn at a time per conversation (issue 10, item 2). An operator's turn is paused
//! after it has read the case and the person's record, the person's quick exit runs on
//! another thread, then the operator's turn is let go: whichever order the service allows,
//! nothing reaches the person after the wipe, the case stays withdrawn and no state is
//! left. The pause is a store wrapper ([`Paused`]) that holds the first read of a
//! conversation's state after it is armed; the service has no pause of its own.
//!
//! It must not wait with a fixed sleep: every wait is on a condition with a deadline.

use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

use crate::support::fixtures::{self, text_in, wait_until};
use varco::conversation::{Body, DeskMessage, DeskRoom, Handled, Helpline, Outbound, Service, OPERATORS};
use varco::handoff::{Operator, Outcome, Status};
use varco::store::{
    self, ConvId, Delivered, MemoryStore, OutboxId, OutboxItem, Store, TrackedMessage, Turn, UpdateMark,
};

const ANNA: &str = "@anna:example.org";
const CHAT: &str = "4242";
const WAIT: Duration = Duration::from_secs(20);

/// Where the paused read stands.
#[derive(Default)]
struct Gate {
    /// The next `load_state` is held.
    armed: bool,
    /// A `load_state` is being held.
    held: bool,
    /// The held read may go on.
    released: bool,
}

/// The memory store, with one read of a conversation's state held until the test lets it go.
#[derive(Default)]
struct Paused {
    inner: MemoryStore,
    gate: Mutex<Gate>,
    changed: Condvar,
}

impl Paused {
    fn gate(&self) -> std::sync::MutexGuard<'_, Gate> {
        self.gate.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Hold the next read of a conversation's state.
    fn arm(&self) {
        *self.gate() = Gate {
            armed: true,
            ..Gate::default()
        };
    }

    fn held(&self) -> bool {
        self.gate().held
    }

    fn release(&self) {
        self.gate().released = true;
        self.changed.notify_all();
    }
}

impl Store for Paused {
    fn conv_id(&self, channel: &str, platform_id: &str) -> ConvId {
        self.inner.conv_id(channel, platform_id)
    }
    fn load_state(&self, conv: ConvId) -> store::Result<Option<Vec<u8>>> {
        // Read first, then hold: the turn has read when it is paused.
        let state = self.inner.load_state(conv);
        let mut gate = self.gate();
        if gate.armed {
            gate.armed = false;
            gate.held = true;
            while !gate.released {
                gate = self.changed.wait(gate).unwrap_or_else(|p| p.into_inner());
            }
        }
        state
    }
    fn seen_update(&self, update: &UpdateMark) -> store::Result<bool> {
        self.inner.seen_update(update)
    }
    fn commit_turn(&self, turn: Turn) -> store::Result<Vec<OutboxId>> {
        self.inner.commit_turn(turn)
    }
    fn flush(&self) -> store::Result<()> {
        self.inner.flush()
    }
    fn outbox_pending(&self, channel: &str, limit: usize) -> store::Result<Vec<OutboxItem>> {
        self.inner.outbox_pending(channel, limit)
    }
    fn mark_delivered(&self, channel: &str, id: OutboxId) -> store::Result<()> {
        self.inner.mark_delivered(channel, id)
    }
    fn forget(&self, conv: ConvId) -> store::Result<()> {
        self.inner.forget(conv)
    }
    fn next_case_number(&self) -> store::Result<u64> {
        self.inner.next_case_number()
    }
    fn track(&self, conv: ConvId, messages: &[TrackedMessage], now: u64) -> store::Result<()> {
        self.inner.track(conv, messages, now)
    }
    fn record_delivered(&self, channel: &str, delivered: &[Delivered], now: u64) -> store::Result<()> {
        self.inner.record_delivered(channel, delivered, now)
    }
    fn load_desk(&self, key: &str) -> store::Result<Option<Vec<u8>>> {
        self.inner.load_desk(key)
    }
    fn desk_entries(&self, prefix: &str) -> store::Result<Vec<(String, Vec<u8>)>> {
        self.inner.desk_entries(prefix)
    }
    fn counters(&self) -> store::Result<Vec<(String, u64)>> {
        self.inner.counters()
    }
    fn take_tracked(&self, conv: ConvId, now: u64) -> store::Result<Vec<TrackedMessage>> {
        self.inner.take_tracked(conv, now)
    }
    fn tracked(&self, conv: ConvId, now: u64) -> store::Result<Vec<TrackedMessage>> {
        self.inner.tracked(conv, now)
    }
    fn untrack(&self, conv: ConvId, done: &[i64], now: u64) -> store::Result<()> {
        self.inner.untrack(conv, done, now)
    }
    fn commit_turn_audited(&self, turn: Turn, audit: &[store::AuditAppend]) -> store::Result<Vec<OutboxId>> {
        self.inner.commit_turn_audited(turn, audit)
    }
    fn audit_log(&self) -> store::Result<store::AuditLog> {
        self.inner.audit_log()
    }
    fn purge_audit(&self, before: u64, apply: bool) -> store::Result<usize> {
        self.inner.purge_audit(before, apply)
    }
    fn conversations(&self) -> store::Result<Vec<ConvId>> {
        self.inner.conversations()
    }
    fn prune_tracked(&self, before: u64, apply: bool) -> store::Result<usize> {
        self.inner.prune_tracked(before, apply)
    }
    fn prune_updates(&self, before: u64, apply: bool) -> store::Result<usize> {
        self.inner.prune_updates(before, apply)
    }
    fn remove_counters(&self, names: &[String]) -> store::Result<()> {
        self.inner.remove_counters(names)
    }
}

/// A desk over a [`Paused`] store with case 1 open for the person in [`CHAT`] (claimed by
/// Anna if `claimed`), everything said so far delivered.
fn desk(claimed: bool) -> (Arc<Paused>, Service<Paused>) {
    let store = Arc::new(Paused::default());
    let helpline = Helpline {
        default_language: "en".into(),
        ..Helpline::default()
    };
    let svc = fixtures::service(store.clone(), helpline).with_roster(vec![Operator {
        user: ANNA.into(),
        languages: vec!["en".into()],
    }]);
    for (i, text) in ["/start", "1", "1", "1", "3"].into_iter().enumerate() {
        svc.handle(&text_in(CHAT, &i.to_string(), text, "en"), 100).unwrap();
    }
    if claimed {
        svc.desk_message(&said(0, "!claim"), 110).unwrap();
    }
    fixtures::drain(store.as_ref(), "telegram");
    fixtures::drain(store.as_ref(), OPERATORS);
    (store, svc)
}

/// Anna's message `n` in case 1's room.
fn said(n: u32, text: &str) -> DeskMessage {
    DeskMessage {
        event_id: format!("$anna{n}"),
        room: DeskRoom::Case(1),
        sender: ANNA.into(),
        text: text.into(),
        attachment: None,
    }
}

/// Anna says `text` in case 1's room; her turn is paused after its read while the person
/// uses the quick exit, then let go. Returns the outbox ids the quick exit queued.
fn racing_the_quick_exit(store: &Paused, svc: &Service<Paused>, text: &str) -> Vec<OutboxId> {
    store.arm();
    thread::scope(|s| {
        let desk = s.spawn(|| svc.desk_message(&said(1, text), 300));
        wait_until("the operator's turn to read", WAIT, || store.held());
        let exit = s.spawn(|| svc.handle(&text_in(CHAT, "exit", "/exit", "en"), 301));
        // Either the exit commits while the operator's turn is paused, or it waits for it.
        wait_until("the quick exit to commit or to wait", WAIT, || {
            exit.is_finished() || svc.turns_waiting() > 0
        });
        store.release();
        desk.join().expect("operator's turn").expect("operator's turn commits");
        match exit.join().expect("quick exit").expect("quick exit commits") {
            Handled::Turn(ids) => ids,
            Handled::Duplicate => panic!("the quick exit ran"),
        }
    })
}

/// What the person's channel holds after the wipe, other than what the quick exit queued.
fn person_bound_after_the_wipe(store: &Paused, exit: &[OutboxId]) -> Vec<Outbound> {
    let items = store.outbox_pending("telegram", usize::MAX).unwrap();
    let wipe = items
        .iter()
        .position(|i| fixtures::outbound(i).body == Body::Wipe)
        .expect("the quick exit queues a wipe");
    items[wipe..]
        .iter()
        .filter(|i| !exit.contains(&i.id))
        .map(fixtures::outbound)
        .collect()
}

/// After the race: the case is withdrawn, the conversation forgotten, the operators told.
fn assert_withdrawn_and_forgotten(store: &Paused, svc: &Service<Paused>) {
    let case = svc.cases().case(1).unwrap().unwrap();
    assert_eq!(
        case.status,
        Status::Closed {
            outcome: Outcome::Withdrawn
        }
    );
    assert!(!svc.has_conversation("telegram", CHAT).unwrap(), "no state is left");
    let rooms = fixtures::pending(store, OPERATORS);
    assert!(
        rooms.iter().any(|m| matches!(
            m.body,
            Body::CaseWithdrawn {
                case: 1,
                quick_exit: true,
                ..
            }
        )),
        "{rooms:?}"
    );
}

/// Anna's `text` on case 1 (claimed by her first if `claimed`) races the quick exit:
/// nothing reaches the person after the wipe, the case is withdrawn, no state is left.
fn race(claimed: bool, text: &str) {
    let (store, svc) = desk(claimed);
    let exit = racing_the_quick_exit(&store, &svc, text);
    let late = person_bound_after_the_wipe(&store, &exit);
    assert!(late.is_empty(), "after the wipe: {late:?}");
    assert_withdrawn_and_forgotten(&store, &svc);
}

#[test]
fn an_operators_reply_racing_the_quick_exit_never_reaches_the_person_after_the_wipe() {
    race(true, "Are you safe?");
}

#[test]
fn a_claim_racing_the_quick_exit_leaves_the_case_withdrawn() {
    race(false, "!claim");
}

#[test]
fn a_reply_after_the_quick_exit_is_told_the_case_is_closed_and_reaches_nobody() {
    let (store, svc) = desk(true);
    svc.handle(&text_in(CHAT, "exit", "/exit", "en"), 200).unwrap();
    fixtures::drain(store.as_ref(), "telegram");
    fixtures::drain(store.as_ref(), OPERATORS);
    svc.desk_message(&said(1, "Are you there?"), 210).unwrap();
    assert!(fixtures::pending(store.as_ref(), "telegram").is_empty());
    let rooms = fixtures::pending(store.as_ref(), OPERATORS);
    assert!(
        matches!(&rooms[..], [Outbound { body: Body::ToRoom { case: Some(1), text }, .. }] if text == "This case is closed."),
        "{rooms:?}"
    );
    assert!(!svc.has_conversation("telegram", CHAT).unwrap());
}

#[test]
fn a_case_whose_conversation_is_gone_ends_without_reaching_the_person() {
    let (store, svc) = desk(true);
    // The conversation is forgotten while its case is still open.
    store.forget(store.conv_id("telegram", CHAT)).unwrap();
    svc.desk_message(&said(1, "Are you there?"), 210).unwrap();
    assert!(fixtures::pending(store.as_ref(), "telegram").is_empty());
    assert!(
        !svc.has_conversation("telegram", CHAT).unwrap(),
        "nothing brings it back"
    );
    let rooms = fixtures::pending(store.as_ref(), OPERATORS);
    assert!(
        matches!(&rooms[..], [Outbound { body: Body::ToRoom { case: Some(1), text }, .. }] if text == "This case is closed."),
        "{rooms:?}"
    );
    let case = svc.cases().case(1).unwrap().unwrap();
    assert_eq!(
        case.status,
        Status::Closed {
            outcome: Outcome::Withdrawn
        }
    );
}
