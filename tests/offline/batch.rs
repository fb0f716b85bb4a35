//! Group commit (`Service::batch`): a channel's batch of updates written in one store write
//! says exactly what the same updates say one by one, a second update of a chat in the
//! same batch reads what the first wrote, one turn that cannot be written fails alone, and
//! two batches over the same chats in opposite order never wait for each other.

use std::path::Path;
use std::sync::Arc;

use crate::support::fixtures::{self, pending, text_in, with_raw_db};
use varco::conversation::{Handled, Helpline, Inbound, Service, OPERATORS};
use varco::store::{SledStore, Store};

/// Each chat's script: to a handoff (as in `flood`), then two messages relayed to the case.
const SCRIPT: [&str; 7] = ["/start", "1", "1", "1", "3", "I need help", "they took my passport"];
const CHATS: usize = 12;

fn service(dir: &Path) -> Service<SledStore> {
    let helpline = Helpline {
        default_language: "en".into(),
        ..Helpline::default()
    };
    fixtures::service(fixtures::sled_store(dir, 9), helpline)
}

/// Update `step` of chat `chat` (update ids unique across chats).
fn update(chat: usize, step: usize) -> Inbound {
    text_in(
        &(6_000 + chat).to_string(),
        &format!("{chat}-{step}"),
        SCRIPT[step],
        "en",
    )
}

/// Everything a store holds for the person and the operators, in outbox order.
fn said(store: &SledStore) -> (Vec<String>, Vec<String>) {
    let show = |channel| {
        pending(store, channel)
            .into_iter()
            .map(|m| format!("{m:?}"))
            .collect::<Vec<_>>()
    };
    (show("telegram"), show(OPERATORS))
}

fn turn_ids(results: Vec<varco::conversation::Result<Handled>>) -> Vec<usize> {
    results
        .into_iter()
        .map(|r| match r {
            Ok(Handled::Turn(ids)) => ids.len(),
            other => panic!("not a committed turn: {other:?}"),
        })
        .collect()
}

#[test]
fn a_batch_says_exactly_what_the_same_updates_say_one_by_one() {
    let (one, grouped) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (one_by_one, batched) = (service(one.path()), service(grouped.path()));
    // Two steps of every chat per batch: the second update of a chat comes after the
    // first in the same batch, and must read what it wrote.
    for steps in SCRIPT.chunks(2).enumerate().map(|(i, c)| 2 * i..2 * i + c.len()) {
        let updates: Vec<Inbound> = (0..CHATS)
            .flat_map(|chat| steps.clone().map(move |step| update(chat, step)))
            .collect();
        let mut batch = batched.batch();
        for u in &updates {
            one_by_one.handle(u, 1_790_000_000).unwrap();
            batch.handle(u, 1_790_000_000).unwrap();
        }
        let written = turn_ids(batch.finish());
        assert_eq!(written.len(), updates.len());
        assert!(written.iter().all(|&n| n > 0), "every turn queued a reply");
    }
    let (alone, together) = (said(one_by_one.store()), said(batched.store()));
    assert!(alone.1.len() >= CHATS, "every chat reached a handoff: {:?}", alone.1);
    assert_eq!(alone, together, "the batch said something else");
    assert_eq!(
        one_by_one.store().counters().unwrap(),
        batched.store().counters().unwrap()
    );
    // And the batch's turns are recorded: a redelivered batch is all duplicates.
    let mut again = batched.batch();
    for chat in 0..CHATS {
        again.handle(&update(chat, 0), 1_790_000_000).unwrap();
    }
    assert!(again.finish().into_iter().all(|r| matches!(r, Ok(Handled::Duplicate))));
}

#[test]
fn a_batch_survives_a_restart_once_flushed() {
    let dir = tempfile::tempdir().unwrap();
    let before = {
        let svc = service(dir.path());
        let mut batch = svc.batch();
        for chat in 0..CHATS {
            batch.handle(&update(chat, 0), 1_790_000_000).unwrap();
        }
        turn_ids(batch.finish());
        svc.store().flush().unwrap();
        said(svc.store())
    };
    let svc = service(dir.path());
    assert_eq!(said(svc.store()), before);
    assert_eq!(svc.handle(&update(3, 0), 1_790_000_000).unwrap(), Handled::Duplicate);
}

#[test]
fn one_turn_that_cannot_be_written_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let bad = {
        let svc = service(dir.path());
        svc.store().conv_id("telegram", "6005")
    };
    // The conversation has no state yet, so its turn reads nothing damaged; its data
    // key's slot holds garbage, so writing its first state fails inside the write.
    with_raw_db(&path, |db| {
        let keys = db.open_tree("keys").unwrap();
        keys.insert([&b"c"[..], &bad.0].concat(), &b"not a wrapped key"[..])
            .unwrap();
    });
    let svc = service(dir.path());
    let mut batch = svc.batch();
    for chat in 0..CHATS {
        batch.handle(&update(chat, 0), 1_790_000_000).unwrap();
    }
    let results = batch.finish();
    for (chat, result) in results.iter().enumerate() {
        match (chat, result) {
            (5, Err(_)) => {}
            (5, other) => panic!("the damaged conversation's turn was written: {other:?}"),
            (_, Ok(Handled::Turn(ids))) => assert!(!ids.is_empty()),
            (_, other) => panic!("chat {chat} failed with the damaged one: {other:?}"),
        }
    }
    for chat in (0..CHATS).filter(|&c| c != 5) {
        let id = (6_000 + chat).to_string();
        assert!(svc.has_conversation("telegram", &id).unwrap(), "chat {chat} kept");
    }
    // Nothing of the failed turn: it was not recorded, so it can run again.
    assert_ne!(svc.handle(&update(5, 0), 1).ok(), Some(Handled::Duplicate));
}

#[test]
fn two_batches_over_the_same_chats_in_opposite_order_both_finish() {
    let dir = tempfile::tempdir().unwrap();
    let svc = Arc::new(service(dir.path()));
    let runs: Vec<_> = [false, true]
        .into_iter()
        .map(|reversed| {
            let svc = svc.clone();
            std::thread::spawn(move || {
                for round in 0..20 {
                    let mut chats: Vec<usize> = (0..CHATS).collect();
                    if reversed {
                        chats.reverse();
                    }
                    let mut batch = svc.batch();
                    for chat in chats {
                        let mut u = update(chat, 0);
                        u.update_id = format!("{reversed}-{round}-{chat}");
                        batch.handle(&u, 1_790_000_000).unwrap();
                    }
                    for r in batch.finish() {
                        r.unwrap();
                    }
                }
            })
        })
        .collect();
    for run in runs {
        run.join().expect("a batch panicked");
    }
    // 40 batches of CHATS turns: every one was written.
    let outbox = pending(&**svc.store(), "telegram");
    assert!(outbox.len() >= 40 * CHATS, "{} entries", outbox.len());
}
