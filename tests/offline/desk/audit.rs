//! The operators' audit log through the desk: every action appended in its turn's write,
//! in order, without what anyone wrote; anyone off the roster only as a keyed hash; and
//! `verify_audit` finding an entry removed, changed or moved, at its position.

use std::path::Path;

use super::{ANNA, BRUNO, CHAT, EVE};
use crate::support::fixtures::{self, text_in};
use varco::conversation::{case_audit, verify_audit, DeskMessage, DeskRoom, Helpline, Service};
use varco::handoff::Operator;
use varco::store::{SledStore, Store, Verdict};

/// A desk over the encrypted sled store in `dir`, with case 1 open and these operators'
/// messages handled, one a minute from 200.
fn desk_with(dir: &Path, said: &[(DeskRoom, &str, &str)]) -> Service<SledStore> {
    let helpline = Helpline {
        default_language: "en".into(),
        ..Helpline::default()
    };
    let svc = fixtures::service(fixtures::sled_store(dir, 5), helpline).with_roster(vec![
        Operator {
            user: ANNA.into(),
            languages: vec!["en".into()],
        },
        Operator {
            user: BRUNO.into(),
            languages: vec!["en".into()],
        },
    ]);
    for (i, text) in ["/start", "1", "1", "1", "3"].into_iter().enumerate() {
        svc.handle(&text_in(CHAT, &i.to_string(), text, "en"), 100).unwrap();
    }
    for (i, (room, sender, text)) in said.iter().enumerate() {
        let m = DeskMessage {
            event_id: format!("$audit{i}"),
            room: room.clone(),
            sender: (*sender).into(),
            text: (*text).into(),
            attachment: None,
        };
        svc.desk_message(&m, 200 + 60 * i as u64).unwrap();
    }
    svc
}

/// A case's life with every kind of action the log keeps (8 entries).
fn a_case_life() -> Vec<(DeskRoom, &'static str, &'static str)> {
    let case = DeskRoom::Case(1);
    vec![
        (case.clone(), EVE, "!claim"),
        (case.clone(), ANNA, "!claim"),
        (case.clone(), ANNA, "Where are you staying tonight?"),
        (case.clone(), ANNA, "!note she sleeps at the Via Roma shelter"),
        (case.clone(), ANNA, "!say safe-now"),
        (case.clone(), ANNA, "!transfer @bruno:example.org"),
        (case, BRUNO, "!close referral"),
        (DeskRoom::Lobby, ANNA, "!duty off"),
    ]
}

#[test]
fn every_operator_action_is_logged_in_its_turn_in_order_without_contents() {
    let dir = tempfile::tempdir().unwrap();
    let svc = desk_with(dir.path(), &a_case_life());
    let store = svc.store().as_ref();
    let rows = case_audit(store, 1).unwrap();
    let actions: Vec<(&str, Option<&str>)> = rows
        .iter()
        .map(|r| (r.entry.action.as_str(), r.entry.detail.as_deref()))
        .collect();
    assert_eq!(
        actions,
        [
            ("refused", Some("not-on-roster")),
            ("claim", None),
            ("message", None),
            ("note", None),
            ("say", Some("safe-now")),
            ("transfer", Some(BRUNO)),
            ("close", Some("referral")),
        ]
    );
    assert!(rows
        .windows(2)
        .all(|w| w[0].position < w[1].position && w[0].at < w[1].at));
    // Roster operators as the roster spells them; anyone else only as a keyed hash.
    assert_eq!(rows[1].entry.actor, ANNA);
    assert!(rows[0].entry.actor.starts_with("anon:") && !rows[0].entry.actor.contains("eve"));
    assert_eq!(verify_audit(store).unwrap(), Verdict::Intact { entries: 8 });
    // The duty change is the lobby's, not the case's.
    let log = store.audit_log().unwrap();
    let all = format!("{log:?}").to_lowercase();
    let bodies: Vec<String> = log
        .entries
        .iter()
        .filter_map(|l| l.entry.as_ref().map(|e| String::from_utf8_lossy(&e.2).into_owned()))
        .collect();
    assert!(bodies.last().is_some_and(|b| b.contains("duty-off")), "{bodies:?}");
    for secret in ["where are you", "via roma", "shelter", CHAT, "@eve"] {
        assert!(
            !bodies.join("\n").to_lowercase().contains(secret),
            "{secret} in the log"
        );
        assert!(!all.contains(secret), "{secret} in the log");
    }
}

/// A fresh desk whose log holds a case's life, with the chain checked intact.
fn logged(dir: &Path) -> Service<SledStore> {
    let svc = desk_with(dir, &a_case_life());
    assert_eq!(
        verify_audit(svc.store().as_ref()).unwrap(),
        Verdict::Intact { entries: 8 }
    );
    svc
}

fn broken_at(svc: &Service<SledStore>) -> u64 {
    match verify_audit(svc.store().as_ref()).unwrap() {
        Verdict::Broken { position, .. } => position,
        intact => panic!("tampering not found: {intact:?}"),
    }
}

#[test]
fn a_removed_entry_is_found_at_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let svc = logged(dir.path());
    svc.store().tamper_audit_entry(4, None).unwrap();
    assert_eq!(broken_at(&svc), 4);
    // The newest one removed too: the sealed head still names it.
    let dir = tempfile::tempdir().unwrap();
    let svc = logged(dir.path());
    svc.store().tamper_audit_entry(8, None).unwrap();
    assert_eq!(broken_at(&svc), 8);
}

#[test]
fn a_changed_entry_is_found_at_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let svc = logged(dir.path());
    let store = svc.store();
    // Someone with the key changes the outcome and seals the entry again.
    let mut plain = store.audit_entry_bytes(7).unwrap().unwrap();
    let at = plain.windows(8).position(|w| w == b"referral").unwrap();
    plain.splice(at..at + 8, b"hoax".iter().copied());
    store.tamper_audit_entry(7, Some(&plain)).unwrap();
    assert_eq!(broken_at(&svc), 7);
    // Without the key: the sealed bytes themselves changed.
    let dir = tempfile::tempdir().unwrap();
    let svc = logged(dir.path());
    drop(svc);
    let db = sled::open(dir.path().join("store")).unwrap();
    let meta = db.open_tree("meta").unwrap();
    let key = [&b"audit-log/"[..], &3u64.to_be_bytes()].concat();
    let mut sealed = meta.get(&key).unwrap().unwrap().to_vec();
    let last = sealed.len() - 1;
    sealed[last] ^= 1;
    meta.insert(key, sealed).unwrap();
    db.flush().unwrap();
    drop((meta, db));
    let store = fixtures::sled_store(dir.path(), 5);
    assert!(matches!(
        verify_audit(store.as_ref()).unwrap(),
        Verdict::Broken { position: 3, .. }
    ));
}

#[test]
fn reordered_entries_are_found_at_the_first_moved_position() {
    let dir = tempfile::tempdir().unwrap();
    let svc = logged(dir.path());
    let store = svc.store();
    let fifth = store.audit_entry_bytes(5).unwrap().unwrap();
    let sixth = store.audit_entry_bytes(6).unwrap().unwrap();
    store.tamper_audit_entry(5, Some(&sixth)).unwrap();
    store.tamper_audit_entry(6, Some(&fifth)).unwrap();
    assert_eq!(broken_at(&svc), 5);
}
