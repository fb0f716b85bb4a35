//! Messages over the flood limit (issue 10, item 1) through the conversation service: while
//! a case is open they still reach its room, after one line saying how many came quickly;
//! without a case the person gets one "slow down" and nothing else happens.

use std::sync::Arc;

use crate::support::fixtures::{self, drain, text_in};
use varco::conversation::{Body, Helpline, Service, OPERATORS};
use varco::flow::{Input, MediaKind};
use varco::store::MemoryStore;

const CHAT: &str = "5151";

fn service() -> Service<MemoryStore> {
    // Desk texts are in the helpline's language; English keeps the asserts readable.
    let helpline = Helpline {
        default_language: "en".into(),
        ..Helpline::default()
    };
    fixtures::service(Arc::new(MemoryStore::new()), helpline)
}

/// What the room of case 1 is told, as (kind, text) lines.
fn room_lines(out: &[varco::conversation::Outbound]) -> Vec<String> {
    out.iter()
        .filter_map(|m| match &m.body {
            Body::ToRoom { case: Some(1), text } => Some(format!("room: {text}")),
            Body::Relay { case: 1, text, .. } => Some(format!("relay: {}", text.clone().unwrap_or_default())),
            _ => None,
        })
        .collect()
}

#[test]
fn over_the_limit_an_open_case_still_gets_every_message_after_one_line() {
    let svc = service();
    let mut update = 0;
    let mut person = |text: &str| {
        update += 1;
        text_in(CHAT, &update.to_string(), text, "en")
    };
    for text in ["/start", "1", "1", "1", "3"] {
        svc.handle(&person(text), 100).unwrap();
    }
    let store = svc.store();
    let opened = drain(&**store, OPERATORS);
    assert!(
        opened.iter().any(|m| matches!(m.body, Body::CaseOpened(_))),
        "a case is open"
    );
    drain(&**store, "telegram");
    // The sixth message this minute crosses a limit of five; the seventh follows.
    svc.acknowledge(&person("photo of the contract"), Some("sys-slow-down"), 6, 101)
        .unwrap();
    svc.acknowledge(&person("photo of the passport"), None, 7, 101).unwrap();
    let lines = room_lines(&drain(&**store, OPERATORS));
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].starts_with("room: Case 1: the person sent 6 messages quickly"),
        "{lines:?}"
    );
    assert_eq!(lines[1], "relay: photo of the contract");
    assert_eq!(lines[2], "relay: photo of the passport");
    let told = drain(&**store, "telegram");
    assert_eq!(told.len(), 1, "one slow-down notice for the person");
}

#[test]
fn over_the_limit_without_a_case_nothing_goes_to_the_operators() {
    let svc = service();
    svc.handle(&text_in(CHAT, "1", "/start", "en"), 100).unwrap();
    svc.acknowledge(&text_in(CHAT, "2", "hello", "en"), Some("sys-slow-down"), 6, 101)
        .unwrap();
    svc.acknowledge(&text_in(CHAT, "3", "hello", "en"), None, 7, 101)
        .unwrap();
    let store = svc.store();
    assert!(drain(&**store, OPERATORS).is_empty());
    let told = drain(&**store, "telegram");
    let slow_down = told
        .iter()
        .filter(|m| matches!(&m.body, Body::Text { text, .. } if text.contains("faster than I can read")))
        .count();
    assert_eq!(slow_down, 1);
}

#[test]
fn the_quick_exit_is_known_before_any_turn_in_every_locale() {
    let flows = fixtures::shipped().flows;
    let exit = |t: &str| flows.is_quick_exit(&Input::Text(t.into()));
    for text in [
        "/exit",
        "/STOP",
        " /exit@varco_bot ",
        "quit",
        "Quick exit",
        "esci",
        "Uscita rapida",
    ] {
        assert!(exit(text), "{text}");
    }
    for text in ["/exits", "/menu", "I want to exit", "exit now", ""] {
        assert!(!exit(text), "{text}");
    }
    assert!(!flows.is_quick_exit(&Input::Media(MediaKind::Photo)));
    assert!(!flows.is_quick_exit(&Input::Choice(0)));
}
