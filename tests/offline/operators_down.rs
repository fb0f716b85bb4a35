//! A request for a person while the operators' channel is configured but down (its
//! homeserver unreachable): the case opens and waits in the operators' outbox with every
//! message the person writes meanwhile, and the person is told honestly that nobody can
//! read the chat yet, never that a person is coming. With no operators' channel at all,
//! as before: the honest answer and no case.

use std::sync::Arc;

use crate::support::fixtures::{self, pending, shown};
use varco::conversation::{Body, Helpline, Service, OPERATORS};
use varco::store::MemoryStore;

/// The first line the person reads of `sys-operators-down` (en).
const DOWN: &str = "nobody from the team can read this chat";
/// What the flow's own handoff text says: a person is being asked to answer.
const COMING: &str = "I am asking a person from the helpline";

fn ask_for_a_person(svc: &Service<MemoryStore>, then: &[&str]) {
    let inputs = ["hello", "1", "1", "/operator"].iter().chain(then);
    for (i, text) in inputs.enumerate() {
        svc.handle(&fixtures::text_in("4242", &format!("u{i}"), text, "en"), 0)
            .unwrap();
    }
}

fn person_texts(svc: &Service<MemoryStore>) -> Vec<String> {
    pending(svc.store().as_ref(), "telegram")
        .iter()
        .filter_map(|o| shown(&o.body))
        // Without the bidi isolation marks around the numbers.
        .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
        .collect()
}

#[test]
fn with_the_channel_down_the_case_opens_and_the_person_is_told_honestly() {
    let svc = fixtures::service(Arc::new(MemoryStore::new()), Helpline::default());
    svc.set_operators_connected(false);
    ask_for_a_person(&svc, &["first", "second", "third"]);

    let texts = person_texts(&svc);
    assert!(texts.iter().any(|t| t.contains(DOWN)), "{texts:#?}");
    assert!(!texts.iter().any(|t| t.contains(COMING)), "{texts:#?}");
    let ops = pending(svc.store().as_ref(), OPERATORS);
    assert!(
        matches!(ops.first().map(|o| &o.body), Some(Body::CaseOpened(n)) if n.case == 1),
        "the case waits for the channel: {ops:#?}"
    );
    let relayed: Vec<_> = ops
        .iter()
        .filter_map(|o| match &o.body {
            Body::Relay { text, .. } => text.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(relayed, ["first", "second", "third"]);
}

#[test]
fn with_the_channel_up_the_flow_text_is_unchanged() {
    let svc = fixtures::service(Arc::new(MemoryStore::new()), Helpline::default());
    svc.set_operators_connected(false);
    svc.set_operators_connected(true);
    ask_for_a_person(&svc, &[]);
    let texts = person_texts(&svc);
    assert!(texts.iter().any(|t| t.contains(COMING)), "{texts:#?}");
    assert!(!texts.iter().any(|t| t.contains(DOWN)), "{texts:#?}");
}

#[test]
fn with_no_channel_configured_no_case_opens_as_before() {
    let helpline = Helpline {
        operators_reachable: false,
        ..Helpline::default()
    };
    let svc = fixtures::service(Arc::new(MemoryStore::new()), helpline);
    svc.set_operators_connected(false);
    ask_for_a_person(&svc, &[]);
    let texts = person_texts(&svc);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Right now nobody can answer in this chat")),
        "{texts:#?}"
    );
    assert!(!texts.iter().any(|t| t.contains(DOWN)), "{texts:#?}");
    assert!(pending(svc.store().as_ref(), OPERATORS).is_empty());
}

/// Words that promise the person a person, in any text sent while nobody can read the
/// chat (en, it).
const PROMISES: [&str; 7] = [
    "asking a person",
    "A person will answer",
    "a person will write",
    "A person will write",
    "chiedo a una persona",
    "Una persona ti risponder",
    "una persona ti scriver",
];

fn assert_honest(texts: &[String]) {
    let all = texts.join("\n");
    for promise in PROMISES {
        assert!(!all.contains(promise), "promised `{promise}`: {texts:#?}");
    }
}

/// One language's way through "I am in danger now" with the channel down.
struct Danger {
    lang: &'static str,
    /// From the first message to "I am in danger now".
    path: [&'static str; 5],
    /// `victim-danger-call`'s words for 112.
    call: &'static str,
    /// `sys-operators-down`'s words.
    down: &'static str,
}

const DANGER: [Danger; 2] = [
    Danger {
        lang: "en",
        path: ["hello", "1", "1", "1", "4"],
        call: "call 112 now",
        down: DOWN,
    },
    Danger {
        lang: "it",
        path: ["ciao", "2", "1", "1", "4"],
        call: "chiama subito il 112",
        down: "nessuno del gruppo può leggere questa chat",
    },
];

#[test]
fn in_danger_with_the_channel_down_the_person_is_told_the_numbers_and_no_promise() {
    for d in DANGER {
        let svc = fixtures::service(Arc::new(MemoryStore::new()), Helpline::default());
        svc.set_operators_connected(false);
        let mut texts = Vec::new();
        let say = |update: &str, text: &str| {
            svc.handle(&fixtures::text_in("4242", update, text, d.lang), 0).unwrap();
            let got = person_texts(&svc);
            fixtures::drain(svc.store().as_ref(), "telegram");
            got
        };
        for (i, text) in d.path.iter().enumerate() {
            texts = say(&format!("u{i}"), text);
        }
        let danger = texts.join("\n");
        assert!(danger.contains(d.call), "{texts:#?}");
        assert!(danger.contains(d.down) && danger.contains("800 290 290"), "{texts:#?}");
        assert_honest(&texts);
        // Then a message, a command, `/menu` and "keep waiting".
        for (i, text) in ["please hurry", "/help", "/menu", "1"].iter().enumerate() {
            let got = say(&format!("w{i}"), text);
            assert_honest(&got);
            texts.extend(got);
        }
        let down_again = texts.iter().filter(|t| t.contains(d.down)).count();
        assert!(
            down_again >= 3,
            "the command and \"keep waiting\" are answered honestly ({}): {texts:#?}",
            d.lang
        );
    }
}

#[test]
fn the_nobody_answered_reminder_with_the_channel_down_promises_nothing() {
    let svc = fixtures::service(Arc::new(MemoryStore::new()), Helpline::default()).with_roster(vec![
        varco::handoff::Operator {
            user: "@anna:example.org".into(),
            languages: vec!["en".into()],
        },
    ]);
    ask_for_a_person(&svc, &[]);
    fixtures::drain(svc.store().as_ref(), "telegram");
    svc.set_operators_connected(false);
    assert_eq!(svc.remind_waiting(600, 1000).unwrap(), 1);
    let texts = person_texts(&svc);
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(texts[0].contains(DOWN) && texts[0].contains("800 290 290") && texts[0].contains("112"));
    assert_honest(&texts);
}
