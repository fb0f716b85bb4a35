//! The check in the topics flow ("Is this exploitation?") as the operator reads it: a
//! person answers the indicator questions, some with "I prefer not to say", then asks for a
//! person; the case room's first message carries their answers and a suggested priority.
//! Nothing the person receives shows a priority or a score.

use std::sync::Arc;

use crate::support::fixtures::{self, text_in};
use varco::conversation::{Body, Helpline, Outbound, Service, OPERATORS};
use varco::handoff::Operator;
use varco::store::MemoryStore;

const CHAT: &str = "5151";

fn service() -> Service<MemoryStore> {
    fixtures::service(
        Arc::new(MemoryStore::new()),
        // Desk texts are in the helpline's language; English keeps the asserts readable.
        Helpline {
            default_language: "en".into(),
            ..Helpline::default()
        },
    )
    .with_roster(vec![Operator {
        user: "@anna:example.org".into(),
        languages: vec!["en".into()],
    }])
}

/// The person types `inputs` in turn; returns (what they received, the operators' outbox).
fn converse(svc: &Service<MemoryStore>, inputs: &[&str]) -> (Vec<String>, Vec<Outbound>) {
    let mut person = Vec::new();
    for (i, text) in inputs.iter().enumerate() {
        svc.handle(&text_in(CHAT, &i.to_string(), text, "en"), 100 + i as u64)
            .unwrap();
        person.extend(
            fixtures::drain(svc.store().as_ref(), "telegram")
                .iter()
                .filter_map(|m| fixtures::shown(&m.body))
                // Without the bidi isolation marks Telegram clients honour.
                .map(|t| t.replace(['\u{2068}', '\u{2069}'], "")),
        );
    }
    (person, fixtures::drain(svc.store().as_ref(), OPERATORS))
}

/// English, safe to write, for myself, "Questions people ask", "Is this exploitation?".
const TO_THE_CHECK: [&str; 6] = ["/start", "1", "1", "1", "5", "1"];

/// The person answers the eight questions with `answers` (1 yes, 2 no, 3 not saying),
/// then asks for a person.
fn check_then_person(answers: [&str; 8]) -> (Vec<String>, Vec<Outbound>) {
    let inputs: Vec<&str> = TO_THE_CHECK.iter().chain(&answers).chain(&["1"]).copied().collect();
    converse(&service(), &inputs)
}

fn room_text(operators: &[Outbound]) -> String {
    operators
        .iter()
        .find_map(|m| match &m.body {
            Body::CaseOpened(notice) => Some(notice.room_text.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no case opened: {operators:?}"))
}

#[test]
fn the_checks_answers_reach_the_case_room_with_a_suggested_priority_and_never_the_person() {
    // Documents yes, debt not said, movement no, threats yes, pay no, deceived no,
    // housing yes, under 18 yes; then "Talk to a person".
    let (person, operators) = check_then_person(["1", "3", "2", "1", "2", "2", "1", "1"]);
    let room = room_text(&operators);
    assert!(room.contains("7 of 8 questions"), "{room}");
    assert!(room.contains("suggested priority urgent"), "{room}");
    assert!(
        room.contains("Yes: documents kept by someone else, threats or violence, lives where they work, under 18"),
        "{room}"
    );
    assert!(
        room.contains("No: not free to leave or move, pay withheld or far below agreed, deceived about the job"),
        "{room}"
    );
    assert!(
        room.contains("Preferred not to say: debt to those who brought them"),
        "{room}"
    );
    // Only the case room, which invited operators read, has the answers; not the lobby.
    for m in &operators {
        if let Body::CaseOpened(notice) = &m.body {
            assert!(!notice.lobby_text.contains("documents kept"), "{}", notice.lobby_text);
        }
    }

    let all = person.join("\n").to_lowercase();
    assert!(all.contains("you said you are under 18"), "the check ran: {all}");
    assert!(all.contains("reference number is 1"), "a case opened: {all}");
    for word in ["priority", "urgent", "suggested", "score"] {
        assert!(!all.contains(word), "the person saw {word:?}: {all}");
    }
}

#[test]
fn without_the_check_the_case_room_has_no_summary() {
    let svc = service();
    // English, safe, for myself, "Talk to a person".
    let (_, operators) = converse(&svc, &["/start", "1", "1", "1", "3"]);
    let room = room_text(&operators);
    assert!(!room.contains("suggested priority"), "{room}");
}

#[test]
fn a_check_with_every_answer_withheld_still_tells_the_operator() {
    let (person, operators) = check_then_person(["3"; 8]);
    let room = room_text(&operators);
    assert!(room.contains("0 of 8 questions"), "{room}");
    assert!(room.contains("suggested priority normal"), "{room}");
    assert!(room.contains("Yes: none"), "{room}");
    let all = person.join("\n");
    assert!(!all.contains("You said you are under 18"), "{all}");
    assert!(all.contains("reference number is 1"), "a case opened: {all}");
}
