//! "Not safe now" at the desk: while the person holds their messages, what the operator
//! says is kept, not queued; the room is told; once the person writes again, it goes out
//! first, in order.

use super::{room_texts, Desk, ANNA};
use varco::conversation::DeskRoom;

#[test]
fn the_operators_words_wait_while_the_person_cannot_read_and_go_out_when_they_write() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 200);
    let got = d.person("/notsafe", 210);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("Ok."), "{got:?}");
    let told = room_texts(&d.operators(), Some(1)).join("\n");
    assert!(told.contains("cannot read now"), "{told}");

    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "Are you ok?", 220);
    assert!(person.is_empty(), "sent while held: {person:?}");
    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "!say safe-now", 230);
    assert!(person.is_empty(), "sent while held: {person:?}");

    let got = d.person("I am back", 240);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], "Are you ok?");
    let told = room_texts(&d.operators(), Some(1)).join("\n");
    assert!(told.contains("writing again; 2 held"), "{told}");
    // Not held any more.
    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "Good.", 250);
    assert_eq!(person, ["Good."]);
}

#[test]
fn the_quick_exit_wins_over_held_messages() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 200);
    d.person("/notsafe", 210);
    d.say(DeskRoom::Case(1), ANNA, "Are you ok?", 220);
    let got = d.person("/exit", 230);
    assert!(!got.iter().any(|t| t.contains("Are you ok?")), "{got:?}");
    assert!(!d.svc.has_conversation("telegram", super::CHAT).unwrap());
}

#[test]
fn what_was_queued_and_not_yet_sent_is_held_too() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 200);
    // The operator's words are queued, not yet delivered, when the person asks.
    let m = varco::conversation::DeskMessage {
        event_id: "$queued".into(),
        room: DeskRoom::Case(1),
        sender: ANNA.into(),
        text: "Are you ok?".into(),
        attachment: None,
    };
    d.svc.desk_message(&m, 205).unwrap();
    let got = d.person("/notsafe", 210);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("Ok."), "{got:?}");
    let got = d.person("hello", 240);
    assert_eq!(got.first().map(String::as_str), Some("Are you ok?"), "{got:?}");
    assert_eq!(got.iter().filter(|t| *t == "Are you ok?").count(), 1, "{got:?}");
}
