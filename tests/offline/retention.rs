//! Retention through the service, on a fake clock: an idle conversation is forgotten as a
//! quick exit forgets it (state, undelivered messages, tracked ids; its case withdrawn and
//! the room told), a dry run only counts, and every other class goes after its own limit,
//! the audit chain still verifying from its new base.

use std::path::Path;

use crate::support::fixtures::{self, text_in};
use varco::conversation::{
    verify_audit, Body, DeskMessage, DeskRoom, Helpline, Inbound, PurgeReport, Retention, Service, OPERATORS,
};
use varco::handoff::{Operator, Outcome, Status};
use varco::store::{SledStore, Store, TrackedMessage, Verdict};

const DAY: u64 = 86_400;
const ANNA: &str = "@anna:example.org";

fn service(dir: &Path) -> Service<SledStore> {
    let helpline = Helpline {
        default_language: "en".into(),
        ..Helpline::default()
    };
    fixtures::service(fixtures::sled_store(dir, 3), helpline).with_roster(vec![Operator {
        user: ANNA.into(),
        languages: vec!["en".into()],
    }])
}

/// Chat `chat` asks for a person at `now` (its messages tracked, nothing delivered).
fn ask_for_a_person(svc: &Service<SledStore>, chat: &str, now: u64) {
    for (i, text) in ["/start", "1", "1", "1", "3"].into_iter().enumerate() {
        let inbound = Inbound {
            message_id: Some(i as i64 + 1),
            ..text_in(chat, &format!("{chat}-{i}"), text, "en")
        };
        svc.handle(&inbound, now).unwrap();
    }
}

fn pending_for(svc: &Service<SledStore>, chat: &str) -> usize {
    fixtures::pending(svc.store().as_ref(), "telegram")
        .iter()
        .filter(|m| m.chat == chat)
        .count()
}

#[test]
fn an_idle_conversation_is_forgotten_like_a_quick_exit_and_a_dry_run_removes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let svc = service(dir.path());
    let t0 = 1_790_000_000;
    ask_for_a_person(&svc, "idle", t0);
    svc.handle(&text_in("active", "a1", "/start", "en"), t0 + 29 * DAY)
        .unwrap();
    let conv = svc.store().conv_id("telegram", "idle");
    svc.store()
        .track(conv, &[TrackedMessage { id: 99, at: t0 }], t0)
        .unwrap();
    assert!(pending_for(&svc, "idle") > 0);
    fixtures::drain(svc.store().as_ref(), OPERATORS);
    let limits = Retention::default();

    let dry = svc.purge(&limits, t0 + 31 * DAY, false).unwrap();
    assert_eq!(dry.idle_conversations, 1, "{dry:?}");
    assert!(
        svc.has_conversation("telegram", "idle").unwrap(),
        "a dry run removed something"
    );
    assert!(pending_for(&svc, "idle") > 0);

    let done = svc.purge(&limits, t0 + 31 * DAY, true).unwrap();
    assert_eq!(done.idle_conversations, 1, "{done:?}");
    assert!(!svc.has_conversation("telegram", "idle").unwrap());
    assert!(svc.has_conversation("telegram", "active").unwrap());
    assert_eq!(pending_for(&svc, "idle"), 0, "its undelivered messages stay");
    assert!(pending_for(&svc, "active") > 0, "another chat's messages went too");
    assert!(svc.store().take_tracked(conv, t0 + 31 * DAY).unwrap().is_empty());
    let case = svc.cases().case(1).unwrap().unwrap();
    assert_eq!(
        case.status,
        Status::Closed {
            outcome: Outcome::Withdrawn
        }
    );
    let told = fixtures::drain(svc.store().as_ref(), OPERATORS);
    assert!(
        told.iter()
            .any(|m| matches!(&m.body, Body::CaseWithdrawn { case: 1, text, .. } if text.contains("idle"))),
        "{told:?}"
    );
    // A second purge finds nothing left.
    assert_eq!(svc.purge(&limits, t0 + 31 * DAY, true).unwrap(), PurgeReport::default());
}

#[test]
fn every_other_class_goes_after_its_own_limit_and_the_audit_chain_still_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let svc = service(dir.path());
    let now = varco::clock::now_secs();
    ask_for_a_person(&svc, "p", now);
    for (i, text) in ["!claim", "!close referral"].into_iter().enumerate() {
        let m = DeskMessage {
            event_id: format!("$r{i}"),
            room: DeskRoom::Case(1),
            sender: ANNA.into(),
            text: text.into(),
            attachment: None,
        };
        svc.desk_message(&m, now + i as u64).unwrap();
    }
    let limits = Retention::default();
    let early = svc.purge(&limits, now + DAY, true).unwrap();
    assert_eq!(early, PurgeReport::default(), "nothing is old yet");

    let later = svc.purge(&limits, now + 91 * DAY, true).unwrap();
    assert_eq!(later.closed_cases, 1, "{later:?}");
    assert!(later.update_marks >= 7, "{later:?}");
    assert_eq!((later.audit_entries, later.statistics), (0, 0), "{later:?}");
    assert!(svc.cases().case(1).unwrap().is_none());

    let years = svc.purge(&limits, now + 4 * 365 * DAY, true).unwrap();
    assert_eq!(years.audit_entries, 2, "{years:?}");
    assert!(years.statistics > 0, "{years:?}");
    assert!(svc.store().counters().unwrap().is_empty());
    assert_eq!(
        verify_audit(svc.store().as_ref()).unwrap(),
        Verdict::Intact { entries: 0 }
    );
    // The chain goes on from its base.
    let m = DeskMessage {
        event_id: "$after".into(),
        room: DeskRoom::Lobby,
        sender: ANNA.into(),
        text: "!duty off".into(),
        attachment: None,
    };
    svc.desk_message(&m, now + 4 * 365 * DAY).unwrap();
    assert_eq!(
        verify_audit(svc.store().as_ref()).unwrap(),
        Verdict::Intact { entries: 1 }
    );
}
