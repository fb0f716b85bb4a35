//! The store suite: one set of generic checks run against both backends (`MemoryStore`,
//! `SledStore`), plus sled-only checks of durability, tamper detection, key handling and
//! that nothing personal reaches the disk in the clear. It must not depend on flows or
//! channels, and must stay fast (well under 10 s).

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use rand::RngCore;
use tempfile::TempDir;

use crate::support::fixtures::{contains, files_under, with_raw_db};
use varco::store::{
    Cipher, ConvId, Error, MasterKey, MemoryStore, OutboundRecord, OutboxId, OutboxItem, SledStore, StateChange, Store,
    Turn, UpdateMark,
};

// ---------------------------------------------------------------------------------------
// Helpers

fn mark(channel: &str, update_id: &str) -> UpdateMark {
    UpdateMark {
        channel: channel.to_string(),
        update_id: update_id.to_string(),
    }
}

fn turn(conv: ConvId, update: Option<UpdateMark>, state: Option<&[u8]>, outbox: &[(&str, &[u8])]) -> Turn {
    Turn {
        conv,
        update,
        state: match state {
            Some(s) => StateChange::Set(s.to_vec()),
            None => StateChange::Delete,
        },
        outbox: outbox
            .iter()
            .map(|(channel, payload)| OutboundRecord {
                channel: channel.to_string(),
                payload: payload.to_vec(),
            })
            .collect(),
        track: Vec::new(),
        counters: Vec::new(),
        desk: Vec::new(),
    }
}

fn payloads(items: &[OutboxItem]) -> Vec<&[u8]> {
    items.iter().map(|i| i.payload.as_slice()).collect()
}

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    hex::encode(buf)
}

// ---------------------------------------------------------------------------------------
// The generic suite, run against every backend by `store_suite!`.

fn state_round_trip_and_overwrite<S: Store>(s: &S) {
    let conv = s.conv_id("telegram", "1001");
    assert_eq!(s.load_state(conv).unwrap(), None);
    s.commit_turn(turn(conv, None, Some(b"first"), &[])).unwrap();
    assert_eq!(s.load_state(conv).unwrap().as_deref(), Some(&b"first"[..]));
    s.commit_turn(turn(conv, None, Some(b"second, longer"), &[])).unwrap();
    assert_eq!(s.load_state(conv).unwrap().as_deref(), Some(&b"second, longer"[..]));
    // Empty state is a state, not an absence.
    s.commit_turn(turn(conv, None, Some(b""), &[])).unwrap();
    assert_eq!(s.load_state(conv).unwrap().as_deref(), Some(&b""[..]));
    // Another conversation is untouched.
    let other = s.conv_id("telegram", "1002");
    assert_eq!(s.load_state(other).unwrap(), None);
}

fn none_state_deletes<S: Store>(s: &S) {
    let conv = s.conv_id("telegram", "1001");
    let other = s.conv_id("telegram", "1002");
    s.commit_turn(turn(conv, None, Some(b"state"), &[])).unwrap();
    s.commit_turn(turn(other, None, Some(b"other"), &[])).unwrap();
    // A quick exit still sends its goodbye and records its update.
    let ids = s
        .commit_turn(turn(conv, Some(mark("telegram", "u1")), None, &[("telegram", b"bye")]))
        .unwrap();
    assert_eq!(ids.len(), 1);
    assert_eq!(s.load_state(conv).unwrap(), None);
    assert!(s.seen_update(&mark("telegram", "u1")).unwrap());
    assert_eq!(s.load_state(other).unwrap().as_deref(), Some(&b"other"[..]));
    // Deleting what is absent is fine.
    s.commit_turn(turn(conv, None, None, &[])).unwrap();
    assert_eq!(s.load_state(conv).unwrap(), None);
}

fn seen_update_after_commit<S: Store>(s: &S) {
    let conv = s.conv_id("telegram", "1001");
    let update = mark("telegram", "update-7");
    assert!(!s.seen_update(&update).unwrap());
    s.commit_turn(turn(conv, Some(update.clone()), Some(b"s"), &[]))
        .unwrap();
    assert!(s.seen_update(&update).unwrap());
    // Same id on another channel, or another id, is a different update.
    assert!(!s.seen_update(&mark("whatsapp", "update-7")).unwrap());
    assert!(!s.seen_update(&mark("telegram", "update-8")).unwrap());
    // Framing: ("telegram", "update-7") must not collide with a shifted split.
    assert!(!s.seen_update(&mark("telegramu", "pdate-7")).unwrap());
}

fn outbox_order_across_turns_and_channels<S: Store>(s: &S) {
    let a = s.conv_id("telegram", "1");
    let b = s.conv_id("whatsapp", "2");
    let mut all_ids = Vec::new();
    all_ids.extend(
        s.commit_turn(turn(a, None, Some(b"a"), &[("telegram", b"t1"), ("telegram", b"t2")]))
            .unwrap(),
    );
    all_ids.extend(
        s.commit_turn(turn(
            b,
            None,
            Some(b"b"),
            &[("whatsapp", b"w1"), ("telegram", b"t3"), ("whatsapp", b"w2")],
        ))
        .unwrap(),
    );
    all_ids.extend(
        s.commit_turn(turn(a, None, Some(b"a2"), &[("telegram", b"t4")]))
            .unwrap(),
    );
    assert_eq!(all_ids.len(), 6);
    assert!(
        all_ids.windows(2).all(|w| w[0] < w[1]),
        "ids must increase: {all_ids:?}"
    );

    let telegram = s.outbox_pending("telegram", 100).unwrap();
    assert_eq!(payloads(&telegram), [b"t1", b"t2", b"t3", b"t4"]);
    assert_eq!(
        telegram.iter().map(|i| i.id).collect::<Vec<_>>(),
        [all_ids[0], all_ids[1], all_ids[3], all_ids[5]]
    );
    let whatsapp = s.outbox_pending("whatsapp", 100).unwrap();
    assert_eq!(payloads(&whatsapp), [b"w1", b"w2"]);
    assert_eq!(
        whatsapp.iter().map(|i| i.id).collect::<Vec<_>>(),
        [all_ids[2], all_ids[4]]
    );

    // `limit` takes the oldest.
    assert_eq!(payloads(&s.outbox_pending("telegram", 2).unwrap()), [b"t1", b"t2"]);
    assert!(s.outbox_pending("telegram", 0).unwrap().is_empty());
    assert!(s.outbox_pending("signal", 10).unwrap().is_empty());
}

fn outbox_channels_that_prefix_each_other<S: Store>(s: &S) {
    let conv = s.conv_id("x", "1");
    s.commit_turn(turn(
        conv,
        None,
        None,
        &[("tele", b"1"), ("tele\0gram", b"2"), ("telegram", b"3"), ("", b"4")],
    ))
    .unwrap();
    assert_eq!(payloads(&s.outbox_pending("tele", 10).unwrap()), [b"1"]);
    assert_eq!(payloads(&s.outbox_pending("tele\0gram", 10).unwrap()), [b"2"]);
    assert_eq!(payloads(&s.outbox_pending("telegram", 10).unwrap()), [b"3"]);
    assert_eq!(payloads(&s.outbox_pending("", 10).unwrap()), [b"4"]);
}

fn mark_delivered_idempotent<S: Store>(s: &S) {
    let conv = s.conv_id("telegram", "1");
    let ids = s
        .commit_turn(turn(
            conv,
            None,
            None,
            &[("telegram", b"m1"), ("telegram", b"m2"), ("whatsapp", b"w1")],
        ))
        .unwrap();
    s.mark_delivered("telegram", ids[0]).unwrap();
    s.mark_delivered("telegram", ids[0]).unwrap();
    assert_eq!(payloads(&s.outbox_pending("telegram", 10).unwrap()), [b"m2"]);
    // The wrong channel does not remove another channel's entry.
    s.mark_delivered("telegram", ids[2]).unwrap();
    assert_eq!(payloads(&s.outbox_pending("whatsapp", 10).unwrap()), [b"w1"]);
    // Unknown ids and channels are fine.
    s.mark_delivered("telegram", OutboxId(u64::MAX)).unwrap();
    s.mark_delivered("nowhere", ids[1]).unwrap();
    s.mark_delivered("telegram", ids[1]).unwrap();
    s.mark_delivered("telegram", ids[1]).unwrap();
    assert!(s.outbox_pending("telegram", 10).unwrap().is_empty());
    // New entries after delivering everything still get fresh, larger ids.
    let later = s.commit_turn(turn(conv, None, None, &[("telegram", b"m3")])).unwrap();
    assert!(later[0] > ids[2]);
}

fn forget_removes_state<S: Store>(s: &S) {
    let conv = s.conv_id("telegram", "1");
    let other = s.conv_id("telegram", "2");
    s.commit_turn(turn(conv, None, Some(b"s1"), &[])).unwrap();
    s.commit_turn(turn(other, None, Some(b"s2"), &[])).unwrap();
    s.forget(conv).unwrap();
    assert_eq!(s.load_state(conv).unwrap(), None);
    s.forget(conv).unwrap();
    assert_eq!(s.load_state(other).unwrap().as_deref(), Some(&b"s2"[..]));
}

/// `forget` takes the state, the tracked ids and the messages still queued for the
/// conversation, leaves other conversations alone, and the conversation can start over
/// afterwards.
fn forget_takes_everything_of_the_conversation<S: Store>(s: &S) {
    use varco::store::TrackedMessage;
    let m = |id| TrackedMessage { id, at: 1_000 };
    let conv = s.conv_id("telegram", "1");
    let other = s.conv_id("telegram", "2");
    let mut t = turn(conv, None, Some(b"s1"), &[("telegram", b"queued")]);
    t.track = vec![m(1)];
    s.commit_turn(t).unwrap();
    s.commit_turn(turn(other, None, Some(b"s2"), &[("telegram", b"other's")]))
        .unwrap();
    s.track(other, &[m(2)], 1_000).unwrap();
    s.forget(conv).unwrap();
    assert_eq!(s.load_state(conv).unwrap(), None);
    assert!(s.take_tracked(conv, 1_000).unwrap().is_empty());
    assert_eq!(payloads(&s.outbox_pending("telegram", 10).unwrap()), [b"other's"]);
    assert_eq!(s.take_tracked(other, 1_000).unwrap(), vec![m(2)]);
    s.commit_turn(turn(conv, None, Some(b"again"), &[])).unwrap();
    assert_eq!(s.load_state(conv).unwrap().as_deref(), Some(&b"again"[..]));
}

/// Messages a conversation's turns queued die with it when a deleting turn (the quick
/// exit) forgets it, in every outbox; the deleting turn's own messages (the farewell) stay
/// to be sent, and a new conversation of the same chat does not bring the old ones back.
/// A turn of a conversation that has no state (the desk's) queues messages that stay.
fn queued_messages_die_with_their_conversation<S: Store>(s: &S) {
    let conv = s.conv_id("telegram", "9");
    let desk = s.conv_id("desk", "desk");
    s.commit_turn(turn(
        conv,
        None,
        Some(b"s"),
        &[("telegram", b"reply"), ("operators", b"relay")],
    ))
    .unwrap();
    let mut notice = turn(desk, None, None, &[("operators", b"notice")]);
    notice.state = StateChange::Keep;
    s.commit_turn(notice).unwrap();
    s.commit_turn(turn(conv, None, None, &[("telegram", b"bye"), ("operators", b"left")]))
        .unwrap();
    s.commit_turn(turn(conv, None, Some(b"again"), &[("telegram", b"hello again")]))
        .unwrap();
    assert_eq!(
        payloads(&s.outbox_pending("telegram", 10).unwrap()),
        [&b"bye"[..], b"hello again"]
    );
    assert_eq!(
        payloads(&s.outbox_pending("operators", 10).unwrap()),
        [&b"notice"[..], b"left"]
    );
    // Read twice: what died stays gone, what is left is unchanged.
    assert_eq!(s.outbox_pending("telegram", 10).unwrap().len(), 2);
}

/// A deleting turn (the quick exit) forgets the state at once, but the ids the exit must
/// still delete on the platform stay for one `take_tracked`, with the turn's own.
fn a_deleting_turn_leaves_the_ids_to_wipe<S: Store>(s: &S) {
    use varco::store::TrackedMessage;
    let m = |id| TrackedMessage { id, at: 1_000 };
    let conv = s.conv_id("telegram", "5");
    let mut t = turn(conv, None, Some(b"s"), &[]);
    t.track = vec![m(1)];
    s.commit_turn(t).unwrap();
    let mut exit = turn(conv, None, None, &[("telegram", b"wipe"), ("telegram", b"bye")]);
    exit.track = vec![m(2)];
    s.commit_turn(exit).unwrap();
    assert_eq!(s.load_state(conv).unwrap(), None);
    assert_eq!(
        payloads(&s.outbox_pending("telegram", 10).unwrap()),
        [&b"wipe"[..], b"bye"]
    );
    // The bot's reply, delivered after the exit, is tracked for the same wipe.
    s.track(conv, &[m(3)], 1_000).unwrap();
    assert_eq!(s.take_tracked(conv, 1_000).unwrap(), vec![m(1), m(2), m(3)]);
    assert!(s.take_tracked(conv, 1_000).unwrap().is_empty());
}

/// The quick exit reads the ids to delete without taking them (`tracked`), and lets go
/// only of those the platform confirmed (`untrack`): also under the parting key a deleting
/// turn leaves them under, whose last id takes the key with it.
fn tracked_reads_in_place_and_untrack_drops_only_the_confirmed<S: Store>(s: &S) {
    use varco::store::TrackedMessage;
    let m = |id| TrackedMessage { id, at: 1_000 };
    let conv = s.conv_id("telegram", "6");
    s.track(conv, &[m(1), m(2), m(3)], 1_000).unwrap();
    assert_eq!(s.tracked(conv, 1_000).unwrap(), vec![m(1), m(2), m(3)]);
    assert_eq!(
        s.tracked(conv, 1_000).unwrap(),
        vec![m(1), m(2), m(3)],
        "read, not taken"
    );
    s.untrack(conv, &[2, 99], 1_000).unwrap();
    assert_eq!(s.tracked(conv, 1_000).unwrap(), vec![m(1), m(3)]);
    // After the quick exit's turn, under the parting key: the same.
    let mut exit = turn(conv, None, None, &[("telegram", b"wipe")]);
    exit.track = vec![m(4)];
    s.commit_turn(exit).unwrap();
    assert_eq!(s.tracked(conv, 1_000).unwrap(), vec![m(1), m(3), m(4)]);
    s.untrack(conv, &[1, 4], 1_000).unwrap();
    assert_eq!(s.tracked(conv, 1_000).unwrap(), vec![m(3)]);
    s.untrack(conv, &[3], 1_000).unwrap();
    assert!(s.tracked(conv, 1_000).unwrap().is_empty());
    assert!(s.take_tracked(conv, 1_000).unwrap().is_empty());
    // Ids outside the window are not offered.
    s.track(conv, &[m(5)], 1_000).unwrap();
    assert!(s
        .tracked(conv, 1_000 + varco::store::TRACK_WINDOW_SECS)
        .unwrap()
        .is_empty());
}

fn case_numbers_strictly_increase<S: Store>(s: &S) {
    let numbers: Vec<u64> = (0..20).map(|_| s.next_case_number().unwrap()).collect();
    assert_eq!(numbers[0], 1);
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
}

fn conv_id_properties<S: Store>(s: &S) {
    let id = "user-5551234567";
    let a = s.conv_id("telegram", id);
    assert_eq!(a, s.conv_id("telegram", id));
    assert_ne!(a, s.conv_id("whatsapp", id));
    assert_ne!(a, s.conv_id("telegram", "user-5551234568"));
    // Framing: channel/id boundaries matter.
    assert_ne!(s.conv_id("ab", "c"), s.conv_id("a", "bc"));
    assert!(!contains(&a.0, id.as_bytes()));
    assert!(!contains(&a.0, b"5551234567"));
    // Debug shows only a short prefix.
    let shown = format!("{a:?}");
    assert!(!shown.contains(id));
    assert!(shown.len() < 20, "{shown}");
}

fn concurrent_commits_get_unique_ordered_ids<S: Store>(s: &S) {
    const THREADS: usize = 4;
    const TURNS: usize = 15;
    let mut per_thread: Vec<Vec<OutboxId>> = Vec::new();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                scope.spawn(move || {
                    let conv = s.conv_id("telegram", &format!("user-{t}"));
                    let mut ids = Vec::new();
                    for i in 0..TURNS {
                        let update = mark("telegram", &format!("{t}-{i}"));
                        let payload = format!("{t}-{i}");
                        ids.extend(
                            s.commit_turn(turn(
                                conv,
                                Some(update),
                                Some(payload.as_bytes()),
                                &[("telegram", payload.as_bytes())],
                            ))
                            .unwrap(),
                        );
                    }
                    ids
                })
            })
            .collect();
        for h in handles {
            per_thread.push(h.join().unwrap());
        }
    });
    let pending = s.outbox_pending("telegram", 1000).unwrap();
    assert_eq!(pending.len(), THREADS * TURNS);
    assert!(pending.windows(2).all(|w| w[0].id < w[1].id));
    // Each thread's own messages come out in the order it committed them.
    for (t, ids) in per_thread.iter().enumerate() {
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let mine: Vec<String> = pending
            .iter()
            .map(|i| String::from_utf8(i.payload.clone()).unwrap())
            .filter(|p| p.starts_with(&format!("{t}-")))
            .collect();
        let expected: Vec<String> = (0..TURNS).map(|i| format!("{t}-{i}")).collect();
        assert_eq!(mine, expected);
    }
}

fn tracked_messages_merge_prune_and_take<S: Store>(store: &S) {
    use varco::store::{TrackedMessage, TRACK_WINDOW_SECS};
    let now = 10 * TRACK_WINDOW_SECS;
    let conv = store.conv_id("telegram", "77");
    let other = store.conv_id("telegram", "78");
    let m = |id, at| TrackedMessage { id, at };
    // An inbound id arrives with its turn; sent ids are added afterwards, twice for one.
    let mut t = turn(conv, None, Some(b"s"), &[]);
    t.track = vec![m(1, now)];
    store.commit_turn(t).unwrap();
    store.track(conv, &[m(2, now), m(3, now)], now).unwrap();
    store.track(conv, &[m(3, now)], now).unwrap();
    // One too old to delete any more: pruned.
    store.track(conv, &[m(0, now - TRACK_WINDOW_SECS)], now).unwrap();
    store.track(other, &[m(9, now)], now).unwrap();
    assert_eq!(
        store.take_tracked(conv, now).unwrap(),
        vec![m(1, now), m(2, now), m(3, now)]
    );
    assert!(store.take_tracked(conv, now).unwrap().is_empty(), "take clears");
    assert_eq!(store.take_tracked(other, now).unwrap(), vec![m(9, now)]);
    // Ids age out of the window between tracking and taking, too.
    store.track(conv, &[m(5, now)], now).unwrap();
    assert!(store.take_tracked(conv, now + TRACK_WINDOW_SECS).unwrap().is_empty());
}

fn a_round_of_deliveries_is_recorded_at_once<S: Store>(store: &S) {
    use varco::store::{Delivered, TrackedMessage, TRACK_WINDOW_SECS};
    let now = 10 * TRACK_WINDOW_SECS;
    let m = |id, at| TrackedMessage { id, at };
    let a = store.conv_id("telegram", "a");
    let b = store.conv_id("telegram", "b");
    store.track(a, &[m(1, now)], now).unwrap();
    let ids = store
        .commit_turn(turn(
            a,
            None,
            None,
            &[("telegram", b"to a"), ("telegram", b"to b"), ("telegram", b"later")],
        ))
        .unwrap();
    let round = vec![
        Delivered {
            id: ids[0],
            conv: a,
            sent: vec![m(2, now), m(3, now)],
        },
        // A deletion (quick exit) sends nothing to track.
        Delivered {
            id: ids[1],
            conv: b,
            sent: vec![],
        },
    ];
    store.record_delivered("telegram", &round, now).unwrap();
    // Recording again (a repeat after a crash) changes nothing.
    store.record_delivered("telegram", &round, now).unwrap();
    store.record_delivered("telegram", &[], now).unwrap();
    assert_eq!(payloads(&store.outbox_pending("telegram", 10).unwrap()), [b"later"]);
    assert_eq!(
        store.take_tracked(a, now).unwrap(),
        vec![m(1, now), m(2, now), m(3, now)],
        "merged with what was tracked before"
    );
    assert!(store.take_tracked(b, now).unwrap().is_empty());
}

fn desk_records_ride_with_turns_and_keep_leaves_the_state<S: Store>(store: &S) {
    use varco::store::DeskWrite;
    let conv = store.conv_id("telegram", "55");
    store.commit_turn(turn(conv, None, Some(b"person"), &[])).unwrap();
    let write = |key: &str, value: Option<&[u8]>| DeskWrite {
        key: key.into(),
        value: value.map(<[u8]>::to_vec),
    };
    let mut t = turn(conv, Some(mark("desk", "$ev1")), None, &[("operators", b"claimed")]);
    t.state = StateChange::Keep;
    t.desk = vec![
        write("case/000000000002", Some(b"two")),
        write("case/000000000010", Some(b"ten")),
        write("duty", Some(b"[]")),
    ];
    store.commit_turn(t).unwrap();
    assert_eq!(
        store.load_state(conv).unwrap().as_deref(),
        Some(&b"person"[..]),
        "Keep keeps"
    );
    assert!(store.seen_update(&mark("desk", "$ev1")).unwrap());
    assert_eq!(store.load_desk("duty").unwrap().as_deref(), Some(&b"[]"[..]));
    assert_eq!(store.load_desk("case/000000000003").unwrap(), None);
    let cases = store.desk_entries("case/").unwrap();
    assert_eq!(
        cases,
        vec![
            ("case/000000000002".to_string(), b"two".to_vec()),
            ("case/000000000010".to_string(), b"ten".to_vec())
        ]
    );
    let mut t = turn(conv, None, None, &[]);
    t.state = StateChange::Keep;
    t.desk = vec![write("case/000000000002", None)];
    store.commit_turn(t).unwrap();
    assert_eq!(store.desk_entries("case/").unwrap().len(), 1);
}

fn counters_add_up_atomically_with_turns<S: Store>(store: &S) {
    let conv = store.conv_id("telegram", "91");
    for i in 0..3 {
        let mut t = turn(conv, None, Some(b"s"), &[]);
        t.counters = vec!["2026-11|started".into(), format!("2026-11|campaign:qr-{}", i % 2)];
        store.commit_turn(t).unwrap();
    }
    assert_eq!(
        store.counters().unwrap(),
        vec![
            ("2026-11|campaign:qr-0".to_string(), 2),
            ("2026-11|campaign:qr-1".to_string(), 1),
            ("2026-11|started".to_string(), 3),
        ]
    );
}

macro_rules! store_suite {
    ($backend:ident, $make:expr) => {
        mod $backend {
            use super::*;

            store_suite!(@tests $make;
                state_round_trip_and_overwrite,
                none_state_deletes,
                seen_update_after_commit,
                outbox_order_across_turns_and_channels,
                outbox_channels_that_prefix_each_other,
                mark_delivered_idempotent,
                forget_removes_state,
                forget_takes_everything_of_the_conversation,
                a_deleting_turn_leaves_the_ids_to_wipe,
                queued_messages_die_with_their_conversation,
                tracked_reads_in_place_and_untrack_drops_only_the_confirmed,
                case_numbers_strictly_increase,
                conv_id_properties,
                concurrent_commits_get_unique_ordered_ids,
                tracked_messages_merge_prune_and_take,
                a_round_of_deliveries_is_recorded_at_once,
                desk_records_ride_with_turns_and_keep_leaves_the_state,
                counters_add_up_atomically_with_turns,
            );
        }
    };
    (@tests $make:expr; $($test:ident),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                // `_guard` keeps a backend's temporary directory alive for the test.
                let (store, _guard) = ($make)();
                super::$test(&store);
            }
        )*
    };
}

store_suite!(memory, || (MemoryStore::new(), ()));
store_suite!(sled, sled_fixture);

// ---------------------------------------------------------------------------------------
// Sled-only: durability, tampering, keys, nothing in the clear.

fn sled_fixture() -> (SledStore, TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(&dir.path().join("store"), &MasterKey::generate()).unwrap();
    (store, dir)
}

type RawDump = BTreeMap<Vec<u8>, Vec<(Vec<u8>, Vec<u8>)>>;

fn raw_dump(path: &Path) -> RawDump {
    with_raw_db(path, |db| {
        db.tree_names()
            .into_iter()
            .map(|name| {
                let tree = db.open_tree(&name).unwrap();
                let entries = tree
                    .iter()
                    .map(|e| {
                        let (k, v) = e.unwrap();
                        (k.to_vec(), v.to_vec())
                    })
                    .collect();
                (name.to_vec(), entries)
            })
            .collect()
    })
}

#[test]
fn sled_reopen_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let key = MasterKey::from_bytes([42; 32]);

    let (conv, ids, last_case) = {
        let s = SledStore::open(&path, &key).unwrap();
        assert_eq!(s.path(), path);
        let conv = s.conv_id("telegram", "1001");
        let mut ids = s
            .commit_turn(turn(
                conv,
                Some(mark("telegram", "u1")),
                Some(b"state-1"),
                &[("telegram", b"m1"), ("whatsapp", b"w1")],
            ))
            .unwrap();
        ids.extend(
            s.commit_turn(turn(
                conv,
                Some(mark("telegram", "u2")),
                Some(b"state-2"),
                &[("telegram", b"m2")],
            ))
            .unwrap(),
        );
        s.mark_delivered("whatsapp", ids[1]).unwrap();
        s.next_case_number().unwrap();
        let last_case = s.next_case_number().unwrap();
        s.flush().unwrap();
        (conv, ids, last_case)
    };

    let s = SledStore::open(&path, &key).unwrap();
    assert_eq!(s.conv_id("telegram", "1001"), conv);
    assert_eq!(s.load_state(conv).unwrap().as_deref(), Some(&b"state-2"[..]));
    assert!(s.seen_update(&mark("telegram", "u1")).unwrap());
    assert!(s.seen_update(&mark("telegram", "u2")).unwrap());
    assert!(!s.seen_update(&mark("telegram", "u3")).unwrap());
    let pending = s.outbox_pending("telegram", 10).unwrap();
    assert_eq!(payloads(&pending), [b"m1", b"m2"]);
    assert_eq!(pending[0].id, ids[0]);
    assert_eq!(pending[1].id, ids[2]);
    assert!(s.outbox_pending("whatsapp", 10).unwrap().is_empty());
    assert_eq!(s.next_case_number().unwrap(), last_case + 1);

    // Ids keep increasing across the restart, even with the outbox drained.
    for item in pending {
        s.mark_delivered("telegram", item.id).unwrap();
    }
    let new_ids = s.commit_turn(turn(conv, None, None, &[("telegram", b"m3")])).unwrap();
    assert!(new_ids[0] > ids[2]);
    assert!(s.size_on_disk().unwrap() > 0);
}

#[test]
fn sled_flipped_byte_is_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let key = MasterKey::generate();
    let conv = {
        let s = SledStore::open(&path, &key).unwrap();
        let conv = s.conv_id("telegram", "1001");
        s.commit_turn(turn(conv, None, Some(b"a state worth protecting"), &[]))
            .unwrap();
        s.flush().unwrap();
        conv
    };

    with_raw_db(&path, |db| {
        let state = db.open_tree("state").unwrap();
        let mut value = state.get(conv.0).unwrap().unwrap().to_vec();
        let middle = value.len() / 2;
        value[middle] ^= 0x01;
        state.insert(conv.0, value).unwrap();
    });

    let s = SledStore::open(&path, &key).unwrap();
    assert!(matches!(s.load_state(conv), Err(Error::Corrupt { tree: "state" })));
}

#[test]
fn sled_swapped_ciphertexts_are_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let key = MasterKey::generate();
    let (a, b, c) = {
        let s = SledStore::open(&path, &key).unwrap();
        let a = s.conv_id("telegram", "1");
        let b = s.conv_id("telegram", "2");
        let c = s.conv_id("telegram", "3");
        s.commit_turn(turn(a, None, Some(b"state of a"), &[("telegram", b"m1")]))
            .unwrap();
        s.commit_turn(turn(
            b,
            Some(mark("telegram", "u")),
            Some(b"state of b"),
            &[("telegram", b"m2")],
        ))
        .unwrap();
        s.flush().unwrap();
        (a, b, c)
    };

    with_raw_db(&path, |db| {
        // Swap two states.
        let state = db.open_tree("state").unwrap();
        let va = state.get(a.0).unwrap().unwrap();
        let vb = state.get(b.0).unwrap().unwrap();
        state.insert(a.0, vb).unwrap();
        state.insert(b.0, va).unwrap();
        // Move an update mark's value into another tree.
        let updates = db.open_tree("updates").unwrap();
        let (_, mark_value) = updates.iter().next().unwrap().unwrap();
        state.insert(c.0, mark_value).unwrap();
        // Swap two outbox entries.
        let outbox = db.open_tree("outbox").unwrap();
        let entries: Vec<_> = outbox.iter().map(|e| e.unwrap()).collect();
        assert_eq!(entries.len(), 2);
        outbox.insert(&entries[0].0, entries[1].1.clone()).unwrap();
        outbox.insert(&entries[1].0, entries[0].1.clone()).unwrap();
    });

    let s = SledStore::open(&path, &key).unwrap();
    for conv in [a, b, c] {
        assert!(matches!(s.load_state(conv), Err(Error::Corrupt { tree: "state" })));
    }
    assert!(matches!(
        s.outbox_pending("telegram", 10),
        Err(Error::Corrupt { tree: "outbox" })
    ));
}

#[test]
fn sled_wrong_key_is_refused_and_data_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let key = MasterKey::generate();
    let conv = {
        let s = SledStore::open(&path, &key).unwrap();
        let conv = s.conv_id("telegram", "1001");
        s.commit_turn(turn(conv, None, Some(b"kept"), &[("telegram", b"m")]))
            .unwrap();
        s.next_case_number().unwrap();
        s.flush().unwrap();
        conv
    };
    let before = raw_dump(&path);

    for _ in 0..2 {
        match SledStore::open(&path, &MasterKey::generate()) {
            Err(Error::WrongKey { path: reported }) => assert_eq!(reported, path),
            other => panic!("expected WrongKey, got {other:?}"),
        }
    }
    assert_eq!(raw_dump(&path), before, "a wrong key modified the store");

    let s = SledStore::open(&path, &key).unwrap();
    assert_eq!(s.load_state(conv).unwrap().as_deref(), Some(&b"kept"[..]));
    assert_eq!(payloads(&s.outbox_pending("telegram", 10).unwrap()), [b"m"]);
    assert_eq!(s.next_case_number().unwrap(), 2);
}

#[test]
fn sled_data_without_key_check_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    with_raw_db(&path, |db| {
        db.open_tree("state").unwrap().insert(b"someone", b"plain").unwrap();
    });
    let before = raw_dump(&path);
    assert!(matches!(
        SledStore::open(&path, &MasterKey::generate()),
        Err(Error::MissingKeyCheck { .. })
    ));
    assert_eq!(raw_dump(&path), before);

    // An existing but empty database is simply a new store.
    let empty = dir.path().join("empty");
    with_raw_db(&empty, |db| {
        db.open_tree("state").unwrap();
    });
    let key = MasterKey::generate();
    drop(SledStore::open(&empty, &key).unwrap());
    drop(SledStore::open(&empty, &key).unwrap());
    assert!(matches!(
        SledStore::open(&empty, &MasterKey::generate()),
        Err(Error::WrongKey { .. })
    ));
}

#[test]
fn sled_canary_never_reaches_disk_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let canary = format!("CANARY-{}", random_hex(16));
    let platform_id = format!("canary-user-{}", random_hex(8));
    let update_id = format!("canary-update-{}", random_hex(8));
    {
        let s = SledStore::open(&path, &MasterKey::generate()).unwrap();
        let conv = s.conv_id("telegram", &platform_id);
        let state = format!("{{\"user\":\"{platform_id}\",\"note\":\"{canary}\"}}");
        let payload = format!("{{\"to\":\"{platform_id}\",\"text\":\"{canary}\"}}");
        // A large value too, in case the backend stores it out of line.
        let big = format!("{canary}{}", "x".repeat(200_000));
        s.commit_turn(turn(
            conv,
            Some(mark("telegram", &update_id)),
            Some(state.as_bytes()),
            &[("telegram", payload.as_bytes()), ("telegram", big.as_bytes())],
        ))
        .unwrap();
        let other = s.conv_id("telegram", &format!("{platform_id}-2"));
        s.commit_turn(turn(other, None, Some(big.as_bytes()), &[])).unwrap();
        s.flush().unwrap();
    }

    let files = files_under(&path);
    assert!(!files.is_empty());
    let mut total = 0;
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        total += bytes.len();
        for needle in [&canary, &platform_id, &update_id] {
            assert!(
                !contains(&bytes, needle.as_bytes()),
                "{} contains a clear-text secret",
                file.display()
            );
        }
    }
    // The scan looked at real data (the big values are on disk, encrypted).
    assert!(total > 200_000, "only {total} bytes on disk");

    // Control: the same scan does find a value sled stores in the clear.
    let control = dir.path().join("control");
    with_raw_db(&control, |db| {
        db.insert(b"k", canary.as_bytes()).unwrap();
    });
    let files = files_under(&control);
    assert!(files
        .iter()
        .any(|f| contains(&std::fs::read(f).unwrap(), canary.as_bytes())));
}

// ---------------------------------------------------------------------------------------
// Key files.

fn key_file_reason(result: varco::store::Result<MasterKey>) -> String {
    match result {
        Err(Error::KeyFile { reason, .. }) => reason,
        other => panic!("expected a key file error, got {other:?}"),
    }
}

fn same_key(a: &MasterKey, b: &MasterKey) -> bool {
    let probe: &[&[u8]] = &[b"probe"];
    Cipher::new(a).keyed_hash(probe) == Cipher::new(b).keyed_hash(probe)
}

#[cfg(unix)]
fn write_with_mode(path: &Path, content: &[u8], mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, content).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn key_file_generate_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/keys/store.key");
    let key = MasterKey::generate_to_file(&path).unwrap();

    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.len(), 65);
    assert!(text.ends_with('\n'));
    assert!(text[..64]
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let loaded = MasterKey::load(&path).unwrap();
    assert!(same_key(&key, &loaded));
    assert!(!same_key(&key, &MasterKey::generate()));
    assert_eq!(format!("{loaded:?}"), "MasterKey(<redacted>)");

    // A store opened with the generated key opens with the loaded one.
    let store_path = dir.path().join("store");
    drop(SledStore::open(&store_path, &key).unwrap());
    drop(SledStore::open(&store_path, &loaded).unwrap());
}

#[test]
fn key_file_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.key");
    let key = MasterKey::generate_to_file(&path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let reason = key_file_reason(MasterKey::generate_to_file(&path));
    assert!(reason.contains("already exists"), "{reason}");
    assert!(reason.contains("refusing to overwrite"), "{reason}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(same_key(&key, &MasterKey::load(&path).unwrap()));
}

#[test]
fn key_file_load_errors_are_helpful() {
    let dir = tempfile::tempdir().unwrap();

    let missing = dir.path().join("missing.key");
    let reason = key_file_reason(MasterKey::load(&missing));
    assert!(reason.contains("not found"), "{reason}");
    assert!(reason.contains("varco keys generate --out"), "{reason}");
    match MasterKey::load(&missing) {
        Err(e) => assert!(e.to_string().contains("missing.key"), "{e}"),
        Ok(_) => panic!("loaded a missing key"),
    }

    #[cfg(unix)]
    {
        let garbage_cases: [&[u8]; 5] = [
            b"",
            b"not a key at all\n",
            &[b'a'; 63],
            &[b'a'; 65],
            b"zz00000000000000000000000000000000000000000000000000000000000000\n",
        ];
        for (i, content) in garbage_cases.iter().enumerate() {
            let path = dir.path().join(format!("garbage-{i}.key"));
            write_with_mode(&path, content, 0o600);
            let reason = key_file_reason(MasterKey::load(&path));
            assert!(
                reason.contains("not a varco store key (expected 64 hex characters)"),
                "{reason}"
            );
        }

        // A trailing newline is optional.
        let hex_key = random_hex(32);
        let bare = dir.path().join("bare.key");
        write_with_mode(&bare, hex_key.as_bytes(), 0o600);
        let with_newline = dir.path().join("newline.key");
        write_with_mode(&with_newline, format!("{hex_key}\n").as_bytes(), 0o600);
        assert!(same_key(
            &MasterKey::load(&bare).unwrap(),
            &MasterKey::load(&with_newline).unwrap()
        ));

        let open = dir.path().join("open.key");
        write_with_mode(&open, format!("{hex_key}\n").as_bytes(), 0o644);
        let reason = key_file_reason(MasterKey::load(&open));
        assert!(reason.contains("permissions are too open (mode 0644)"), "{reason}");
        assert!(reason.contains(&format!("chmod 600 {}", open.display())), "{reason}");
        write_with_mode(&open, format!("{hex_key}\n").as_bytes(), 0o640);
        let reason = key_file_reason(MasterKey::load(&open));
        assert!(reason.contains("mode 0640"), "{reason}");
        // Fixing the mode as told makes it load.
        write_with_mode(&open, format!("{hex_key}\n").as_bytes(), 0o600);
        assert!(MasterKey::load(&open).is_ok());
    }
}

// ---------------------------------------------------------------------------------------
// Both backends agree on random histories.

const CONVS: usize = 3;
const UPDATES: usize = 4;
const CHANNELS: [&str; 3] = ["tele", "tele\0gram", "whatsapp"];

#[derive(Debug, Clone)]
enum Op {
    Commit {
        conv: usize,
        update: Option<usize>,
        state: Option<Vec<u8>>,
        outbox: Vec<(usize, Vec<u8>)>,
    },
    /// Deliver the `nth` pending entry (modulo the queue length) of a channel.
    Deliver {
        channel: usize,
        nth: usize,
    },
    /// Deliver an id that may not exist, or exist on another channel.
    DeliverId {
        channel: usize,
        id: u64,
    },
    Forget {
        conv: usize,
    },
    CaseNumber,
}

fn op_strategy() -> impl Strategy<Value = Op> {
    let bytes = || proptest::collection::vec(any::<u8>(), 0..24);
    prop_oneof![
        4 => (
            0..CONVS,
            proptest::option::of(0..UPDATES),
            proptest::option::of(bytes()),
            proptest::collection::vec((0..CHANNELS.len(), bytes()), 0..4),
        )
            .prop_map(|(conv, update, state, outbox)| Op::Commit {
                conv,
                update,
                state,
                outbox
            }),
        2 => (0..CHANNELS.len(), any::<usize>())
            .prop_map(|(channel, nth)| Op::Deliver { channel, nth }),
        1 => (0..CHANNELS.len(), 0u64..12).prop_map(|(channel, id)| Op::DeliverId { channel, id }),
        1 => (0..CONVS).prop_map(|conv| Op::Forget { conv }),
        1 => Just(Op::CaseNumber),
    ]
}

/// Everything a caller can observe, keyed by platform identity rather than `ConvId`
/// (the backends hash under different keys).
#[derive(Debug, PartialEq)]
struct Observed {
    states: Vec<Option<Vec<u8>>>,
    seen: Vec<bool>,
    outboxes: Vec<Vec<OutboxItem>>,
}

fn observe<S: Store>(s: &S) -> Observed {
    Observed {
        states: (0..CONVS)
            .map(|c| s.load_state(s.conv_id("tele", &format!("user-{c}"))).unwrap())
            .collect(),
        seen: (0..UPDATES)
            .map(|u| s.seen_update(&mark("tele", &format!("u{u}"))).unwrap())
            .collect(),
        outboxes: CHANNELS.iter().map(|ch| s.outbox_pending(ch, 1000).unwrap()).collect(),
    }
}

/// Apply one op; returns its direct result in a comparable form.
fn apply<S: Store>(s: &S, op: &Op) -> Vec<u64> {
    match op {
        Op::Commit {
            conv,
            update,
            state,
            outbox,
        } => {
            let conv = s.conv_id("tele", &format!("user-{conv}"));
            let records: Vec<(&str, &[u8])> = outbox.iter().map(|(ch, p)| (CHANNELS[*ch], p.as_slice())).collect();
            let update = update.map(|u| mark("tele", &format!("u{u}")));
            s.commit_turn(turn(conv, update, state.as_deref(), &records))
                .unwrap()
                .into_iter()
                .map(|id| id.0)
                .collect()
        }
        Op::Deliver { channel, nth } => {
            let pending = s.outbox_pending(CHANNELS[*channel], 1000).unwrap();
            if pending.is_empty() {
                return Vec::new();
            }
            let id = pending[nth % pending.len()].id;
            s.mark_delivered(CHANNELS[*channel], id).unwrap();
            vec![id.0]
        }
        Op::DeliverId { channel, id } => {
            s.mark_delivered(CHANNELS[*channel], OutboxId(*id)).unwrap();
            Vec::new()
        }
        Op::Forget { conv } => {
            s.forget(s.conv_id("tele", &format!("user-{conv}"))).unwrap();
            Vec::new()
        }
        Op::CaseNumber => vec![s.next_case_number().unwrap()],
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn backends_agree(ops in proptest::collection::vec(op_strategy(), 1..24)) {
        let memory = MemoryStore::new();
        let (sled, _dir) = sled_fixture();
        for op in &ops {
            prop_assert_eq!(apply(&memory, op), apply(&sled, op), "op {:?}", op);
            prop_assert_eq!(observe(&memory), observe(&sled), "after {:?}", op);
        }
    }
}

/// The store directory is 0700 and its files 0600 whatever the umask made them: a
/// directory that existed world-readable, and files left 0666, are tightened on open.
#[cfg(unix)]
#[test]
fn sled_files_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    std::fs::create_dir(&path).unwrap();
    let loosen = |p: &Path, mode| std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    loosen(&path, 0o777);
    let key = MasterKey::generate();
    let check = |path: &Path| {
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(path), 0o700);
        let files = files_under(path);
        assert!(!files.is_empty());
        for f in files {
            assert_eq!(mode(&f), 0o600, "{}", f.display());
        }
    };
    {
        let s = SledStore::open(&path, &key).unwrap();
        let conv = s.conv_id("telegram", "1");
        s.commit_turn(turn(conv, None, Some(b"s"), &[])).unwrap();
        s.flush().unwrap();
        check(&path);
    }
    for f in files_under(&path) {
        loosen(&f, 0o666);
    }
    loosen(&path, 0o777);
    drop(SledStore::open(&path, &key).unwrap());
    check(&path);
}

/// Damaged store files (truncated, bytes overwritten) give a clear error or read as before,
/// never a panic.
#[test]
fn sled_damaged_files_never_panic() {
    for damage in 0..3u8 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store");
        let key = MasterKey::generate();
        {
            let s = SledStore::open(&path, &key).unwrap();
            for i in 0..20 {
                let conv = s.conv_id("telegram", &i.to_string());
                s.commit_turn(turn(conv, None, Some(&[i as u8; 300]), &[("telegram", b"x")]))
                    .unwrap();
            }
            s.flush().unwrap();
        }
        for f in files_under(&path) {
            let mut bytes = std::fs::read(&f).unwrap();
            match damage {
                0 => bytes.truncate(bytes.len() / 2),
                1 => bytes.iter_mut().skip(64).step_by(97).for_each(|b| *b ^= 0x5a),
                _ => bytes.truncate(0),
            }
            std::fs::write(&f, bytes).unwrap();
        }
        let result = std::panic::catch_unwind(|| match SledStore::open(&path, &key) {
            Ok(s) => {
                for i in 0..20 {
                    let _ = s.load_state(s.conv_id("telegram", &i.to_string()));
                }
                let _ = s.outbox_pending("telegram", 100);
                let _ = s.counters();
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        });
        assert!(result.is_ok(), "damage {damage} made the store panic");
    }
}

/// A record whose data key is gone (destroyed, or its key record lost) reads as gone: no
/// error, and the other conversations' records read as before.
#[test]
fn sled_records_under_a_destroyed_key_read_as_gone() {
    use varco::store::DeskWrite;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let key = MasterKey::generate();
    let (gone, kept) = {
        let s = SledStore::open(&path, &key).unwrap();
        let gone = s.conv_id("telegram", "1");
        let kept = s.conv_id("telegram", "2");
        let mut t = turn(gone, None, Some(b"g"), &[("telegram", b"to-gone")]);
        t.desk = vec![DeskWrite {
            key: "case/000000000001".into(),
            value: Some(b"case".to_vec()),
        }];
        s.commit_turn(t).unwrap();
        s.commit_turn(turn(kept, None, Some(b"k"), &[("telegram", b"to-kept")]))
            .unwrap();
        s.flush().unwrap();
        (gone, kept)
    };
    // Every key of the first turn is lost: its conversation's (which also sealed its
    // queued message, no key of its own) and its record's.
    let mut entry_slot = b"otelegram\0".to_vec();
    entry_slot.extend_from_slice(&1u64.to_be_bytes());
    with_raw_db(&path, |db| {
        let keys = db.open_tree("keys").unwrap();
        let mut conv_slot = b"c".to_vec();
        conv_slot.extend_from_slice(&gone.0);
        assert!(keys.remove(conv_slot).unwrap().is_some());
        assert!(keys.remove(b"dcase/000000000001").unwrap().is_some());
        assert!(keys.get(&entry_slot).unwrap().is_none());
    });
    let s = SledStore::open(&path, &key).unwrap();
    assert_eq!(s.load_state(gone).unwrap(), None);
    assert_eq!(s.load_state(kept).unwrap().as_deref(), Some(&b"k"[..]));
    assert_eq!(payloads(&s.outbox_pending("telegram", 10).unwrap()), [b"to-kept"]);
    drop(s);
    // The dead entry was removed by that read: it can never be sent.
    with_raw_db(&path, |db| {
        assert!(db.open_tree("outbox").unwrap().get(&entry_slot[1..]).unwrap().is_none());
    });
    let s = SledStore::open(&path, &key).unwrap();
    assert_eq!(s.load_desk("case/000000000001").unwrap(), None);
    assert!(s.desk_entries("case/").unwrap().is_empty());
}
