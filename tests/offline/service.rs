//! The conversation service's durability contract: an update is stepped once, its replies
//! wait in the outbox until delivered, and a restart (drop + reopen of the store, as after
//! a crash) loses neither.

use std::sync::Arc;

use crate::support::fixtures::{self, outbound};
use varco::conversation::{Body, Handled, Helpline, Inbound, Service, OPERATORS};
use varco::store::{SledStore, Store};

fn service(store: Arc<SledStore>) -> Service<SledStore> {
    fixtures::service(store, Helpline::default())
}

fn inbound(update: &str, text: &str) -> Inbound {
    fixtures::text_in("4242", update, text, "en")
}

fn open(dir: &std::path::Path) -> Arc<SledStore> {
    fixtures::sled_store(dir, 3)
}

#[test]
fn a_redelivered_update_is_not_stepped_twice() {
    let dir = tempfile::tempdir().unwrap();
    let svc = service(open(dir.path()));
    let first = svc.handle(&inbound("u1", "hello"), 0).unwrap();
    assert!(matches!(first, Handled::Turn(ref ids) if !ids.is_empty()));
    assert_eq!(svc.handle(&inbound("u1", "hello"), 0).unwrap(), Handled::Duplicate);
    let pending = svc.store().outbox_pending("telegram", 100).unwrap();
    let Handled::Turn(ids) = first else { unreachable!() };
    assert_eq!(pending.len(), ids.len(), "the duplicate queued nothing");
}

#[test]
fn committed_replies_survive_a_restart_until_delivered() {
    let dir = tempfile::tempdir().unwrap();
    {
        let svc = service(open(dir.path()));
        svc.handle(&inbound("u1", "hello"), 0).unwrap();
        svc.handle(&inbound("u2", "1"), 0).unwrap();
        svc.store().flush().unwrap();
        // Dropped here without delivering: the process "crashed".
    }
    let store = open(dir.path());
    let svc = service(store.clone());
    let pending = store.outbox_pending("telegram", 100).unwrap();
    assert!(
        pending.len() >= 3,
        "welcome, language question and safety question wait"
    );
    let texts: Vec<String> = pending
        .iter()
        .map(|i| match outbound(i).body {
            Body::Text { text, .. } => text,
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert!(texts.iter().any(|t| t.contains("Can you write safely")), "{texts:?}");
    // Updates already committed stay de-duplicated after the restart.
    assert_eq!(svc.handle(&inbound("u2", "1"), 0).unwrap(), Handled::Duplicate);
    for item in &pending {
        store.mark_delivered("telegram", item.id).unwrap();
    }
    assert!(store.outbox_pending("telegram", 100).unwrap().is_empty());
}

#[test]
fn campaign_tags_are_counted_only_in_aggregate() {
    let dir = tempfile::tempdir().unwrap();
    let svc = service(open(dir.path())).with_campaigns(["qr-torino".to_owned()]);
    for (i, chat) in ["1", "2", "3"].iter().enumerate() {
        let mut i1 = inbound(&format!("c{i}"), "/start qr-torino");
        i1.chat = chat.to_string();
        svc.handle(&i1, 1_790_000_000).unwrap();
    }
    let counters = svc.store().counters().unwrap();
    assert!(
        counters.contains(&("2026-09|campaign:qr-torino".to_string(), 3)),
        "{counters:?}"
    );
    assert!(counters.contains(&("2026-09|started".to_string(), 3)), "{counters:?}");
    // Only month and event: nothing about who.
    assert!(
        counters.iter().all(|(name, _)| name.starts_with("2026-09|")),
        "{counters:?}"
    );
}

#[test]
fn a_handoff_queues_a_case_for_operators_with_no_platform_id() {
    let dir = tempfile::tempdir().unwrap();
    let svc = service(open(dir.path()));
    for (i, text) in ["hello", "1", "1", "/operator"].iter().enumerate() {
        svc.handle(&inbound(&format!("u{i}"), text), 0).unwrap();
    }
    let ops = svc.store().outbox_pending(OPERATORS, 10).unwrap();
    assert_eq!(ops.len(), 1);
    let raw = String::from_utf8(ops[0].payload.clone()).unwrap();
    assert!(
        !raw.contains("4242"),
        "the platform chat id must not reach operators: {raw}"
    );
    let Body::CaseOpened(notice) = outbound(&ops[0]).body else {
        panic!("{raw}")
    };
    assert_eq!(notice.case, 1);
    assert_eq!(notice.lang, "en");
    assert_eq!(notice.reason, "asked-for-person");
    assert!(!notice.transcript.is_empty());
}
