//! Operators across languages (issue 13, item 4): a case's announcement names the person's
//! language in the desk's language and says whether anyone on duty speaks it; `!say` alone
//! lists the canned replies with their texts; a canned reply reaches the person in theirs.

use super::{joined, room_texts, Desk, ANNA, BRUNO};
use varco::conversation::{Body, CaseNotice, DeskRoom};

/// The person opens case 1: what the operators' side is told.
fn announced(d: &mut Desk) -> CaseNotice {
    let out = d.open_case();
    match out.iter().map(|m| m.body.clone()).next() {
        Some(Body::CaseOpened(notice)) => notice,
        _ => panic!("{out:?}"),
    }
}

#[test]
fn the_announcement_names_the_language_and_who_on_duty_speaks_it() {
    let mut d = Desk::new();
    let notice = announced(&mut d);
    assert!(
        notice
            .lobby_text
            .contains("English (en), one operator on duty speaks it"),
        "{}",
        notice.lobby_text
    );
    assert!(notice.room_text.contains("English (en)"), "{}", notice.room_text);
    assert_eq!(notice.invite, [BRUNO, ANNA], "the speaker is invited first");
}

#[test]
fn nobody_speaking_the_language_on_duty_is_said() {
    let mut d = Desk::new();
    // Bruno, the only English speaker, goes off duty.
    d.say(DeskRoom::Lobby, BRUNO, "!duty off", 50);
    let notice = announced(&mut d);
    assert!(
        notice
            .lobby_text
            .contains("English (en), nobody on duty speaks it (a mediator may be needed)"),
        "{}",
        notice.lobby_text
    );
}

#[test]
fn say_alone_lists_at_least_twenty_canned_replies_with_their_texts() {
    let mut d = Desk::new();
    d.open_case();
    let (person, out) = d.say(DeskRoom::Case(1), ANNA, "!say", 200);
    assert!(person.is_empty(), "a list for the operator only");
    let list = joined(&room_texts(&out, Some(1)));
    let entries: Vec<&str> = list.lines().filter(|l| l.starts_with('`')).collect();
    assert!(entries.len() >= 20, "{list}");
    for name in [
        "hello",
        "reading",
        "safe-now",
        "call-helpline",
        "mediator",
        "shelter",
        "health",
        "police-your-choice",
        "come-back-later",
    ] {
        assert!(list.contains(&format!("`{name}` — ")), "{name} in {list}");
    }
    assert!(
        list.contains("call 800 290 290"),
        "the helpline's facts filled in: {list}"
    );
    // In the lobby too.
    let (_, out) = d.say(DeskRoom::Lobby, BRUNO, "!say", 210);
    assert!(joined(&room_texts(&out, None)).contains("`mediator` — "));
}

#[test]
fn a_canned_reply_reaches_the_person_in_their_language() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 200);
    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "!say mediator", 210);
    assert_eq!(person.len(), 1, "{person:?}");
    assert!(
        person[0].starts_with("We will look for a person who speaks your language."),
        "{person:?}"
    );
}
