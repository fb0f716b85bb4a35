//! People's Matrix direct chats as the service keeps them (issue 10, item 6), with no
//! platform: one "please send that again" for a burst of undecryptable messages, a chat
//! with a third member forgotten (its open case ends), the neutral fallback for a chat that
//! cannot be made private said once, and the bound on direct chats per account.

use super::{joined, Desk, ANNA};
use crate::support::fixtures::text_in;
use varco::conversation::{Body, DeskRoom, Handled, Inbound, Learned};
use varco::store::Store;

const MATRIX: &str = "matrix";
const ROOM: &str = "!dm:example.org";
const PERSON: &str = "@someone:example.org";

impl Desk {
    /// Texts queued for people on Matrix.
    fn matrix_inbox(&self) -> Vec<String> {
        self.drain(MATRIX)
            .into_iter()
            .filter_map(|m| match m.body {
                Body::Text { text, .. } => Some(text.replace(['\u{2068}', '\u{2069}'], "")),
                _ => None,
            })
            .collect()
    }
}

#[test]
fn a_burst_of_undecryptable_messages_gets_one_send_again() {
    let d = Desk::new();
    d.svc.direct_chat_opened(MATRIX, ROOM, PERSON, "join", 100).unwrap();
    d.matrix_inbox();
    for (n, at) in [100, 101, 250].into_iter().enumerate() {
        let event = format!("$utd{n}");
        assert!(matches!(
            d.svc.undecryptable_from_person(MATRIX, ROOM, &event, at).unwrap(),
            Handled::Turn(_)
        ));
        let again = d.svc.undecryptable_from_person(MATRIX, ROOM, &event, at).unwrap();
        assert_eq!(again, Handled::Duplicate);
    }
    let got = d.matrix_inbox();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("Sorry, I could not read your last message."),
        "{got:?}"
    );
    // A later one, past the interval, is answered again.
    d.svc.undecryptable_from_person(MATRIX, ROOM, "$utd9", 400).unwrap();
    assert_eq!(d.matrix_inbox().len(), 1);
}

#[test]
fn direct_chats_are_bounded_per_account_and_a_left_one_no_longer_counts() {
    let d = Desk::new();
    for n in 0..3 {
        assert!(d
            .svc
            .direct_chat_allowed(MATRIX, PERSON, "!new:example.org", 3)
            .unwrap());
        let room = format!("!dm{n}:example.org");
        d.svc
            .direct_chat_opened(MATRIX, &room, PERSON, &format!("join{n}"), 100)
            .unwrap();
        // Seen twice (a replayed sync): counted once.
        d.svc
            .direct_chat_opened(MATRIX, &room, PERSON, &format!("join{n}"), 100)
            .unwrap();
    }
    assert!(!d
        .svc
        .direct_chat_allowed(MATRIX, PERSON, "!new:example.org", 3)
        .unwrap());
    assert!(d
        .svc
        .direct_chat_allowed(MATRIX, "@other:example.org", "!new:example.org", 3)
        .unwrap());
    let left = Learned::DirectChatLeft {
        channel: MATRIX.into(),
        chat: "!dm0:example.org".into(),
    };
    d.svc.learned(&left, 200).unwrap();
    assert!(!d.svc.is_direct_room(MATRIX, "!dm0:example.org").unwrap());
    assert!(d
        .svc
        .direct_chat_allowed(MATRIX, PERSON, "!new:example.org", 3)
        .unwrap());
}

#[test]
fn a_direct_chat_with_a_third_member_is_forgotten_and_its_case_ends() {
    let mut d = Desk::new();
    d.svc.direct_chat_opened(MATRIX, ROOM, PERSON, "join", 100).unwrap();
    d.matrix_inbox();
    for (n, text) in ["1", "1", "1", "3"].into_iter().enumerate() {
        let inbound = Inbound {
            channel: MATRIX.into(),
            ..text_in(ROOM, &format!("$p{n}"), text, "en")
        };
        d.svc.handle(&inbound, 100).unwrap();
    }
    assert!(joined(&d.matrix_inbox()).contains("reference number is 1"));
    d.say(DeskRoom::Case(1), ANNA, "!claim", 110);
    d.operators();
    d.svc.direct_chat_shared(MATRIX, ROOM, 200).unwrap();
    assert!(!d.svc.is_direct_room(MATRIX, ROOM).unwrap());
    assert!(d
        .svc
        .direct_chat_allowed(MATRIX, PERSON, "!new:example.org", 1)
        .unwrap());
    // Never again: an invite back into it is declined.
    assert!(!d.svc.direct_chat_allowed(MATRIX, PERSON, ROOM, 3).unwrap());
    let out = d.operators();
    assert!(
        out.iter().any(|m| matches!(&m.body,
            Body::CaseWithdrawn { case: 1, text, .. } if text.contains("can no longer receive"))),
        "{out:?}"
    );
}

#[test]
fn a_chat_that_cannot_be_private_gets_the_neutral_fallback_once() {
    let d = Desk::new();
    let text = d
        .svc
        .direct_chat_not_private(MATRIX, ROOM, 100)
        .unwrap()
        .expect("said once");
    assert!(text.starts_with("Sorry, I cannot answer in this chat."), "{text}");
    assert!(text.contains("800 290 290") && text.contains("112"), "{text}");
    assert_eq!(d.svc.direct_chat_not_private(MATRIX, ROOM, 101).unwrap(), None);
    assert!(d.matrix_inbox().is_empty(), "nothing queued for the chat");
}

#[test]
fn the_quick_exit_forgets_when_the_chat_was_last_asked_to_send_again() {
    let d = Desk::new();
    d.svc.direct_chat_opened(MATRIX, ROOM, PERSON, "join", 100).unwrap();
    d.svc.undecryptable_from_person(MATRIX, ROOM, "$utd", 110).unwrap();
    assert!(!d.svc.store().desk_entries("send-again/").unwrap().is_empty());
    let exit = Inbound {
        channel: MATRIX.into(),
        ..text_in(ROOM, "$exit", "/exit", "en")
    };
    d.svc.handle(&exit, 120).unwrap();
    assert!(
        d.svc.store().desk_entries("send-again/").unwrap().is_empty(),
        "nothing of the chat stays after the quick exit"
    );
    // So a later undecryptable message is answered as in a new chat.
    d.matrix_inbox();
    d.svc.undecryptable_from_person(MATRIX, ROOM, "$utd2", 130).unwrap();
    assert_eq!(d.matrix_inbox().len(), 1);
}
