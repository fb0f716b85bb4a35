//! Cases left waiting too long (issue 10, item 5): a claimed case whose owner leaves the
//! person waiting is announced once in the lobby, after which any operator on duty may
//! `!takeover` it (the old owner told in the room, the person told neutrally); a flagged
//! case nobody takes expires, the lobby told once. Time is the tests' input.

use super::{joined, room_texts, Desk, ANNA, BRUNO};
use varco::conversation::{Body, DeskRoom};
use varco::handoff::{Outcome, Status};

/// `matrix.owner_silence_minutes` = 10.
const SILENCE: u64 = 600;
/// `matrix.flag_expiry_hours` = 72.
const EXPIRY: u64 = 72 * 3600;

/// Case 1 opened at 100 and claimed by Anna at 200, who greets the person at 210.
fn claimed_by_anna() -> Desk {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 200);
    d.say(DeskRoom::Case(1), ANNA, "Hello, I am Anna.", 210);
    d.operators();
    d
}

#[test]
fn an_owner_who_leaves_the_person_waiting_is_announced_once_and_taken_over() {
    let mut d = claimed_by_anna();
    assert_eq!(
        d.svc.announce_silent_owners(SILENCE, 5000).unwrap(),
        0,
        "the owner wrote last"
    );
    d.person("are you there?", 300);
    d.person("hello?", 400);
    d.operators();
    // Before the lobby is told, taking the case from its owner is refused.
    let (person, out) = d.say(DeskRoom::Lobby, BRUNO, "!takeover 1", 500);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, None)).contains("Only @anna"), "{out:?}");
    assert_eq!(
        d.svc.announce_silent_owners(SILENCE, 899).unwrap(),
        0,
        "silence counts from the first message"
    );
    assert_eq!(d.svc.announce_silent_owners(SILENCE, 900).unwrap(), 1);
    let out = d.operators();
    for place in [None, Some(1)] {
        let told = joined(&room_texts(&out, place));
        assert!(told.contains("waited 10 min") && told.contains(ANNA), "{out:?}");
        assert!(told.contains("!takeover 1"), "{told}");
    }
    assert!(d.person_inbox().is_empty(), "the person is not told of it");
    assert_eq!(d.svc.announce_silent_owners(SILENCE, 5000).unwrap(), 0, "once");

    // Off duty, no; on duty, any operator takes it.
    d.say(DeskRoom::Lobby, BRUNO, "!duty off", 950);
    let (person, out) = d.say(DeskRoom::Lobby, BRUNO, "!takeover 1", 960);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, None)).contains("off duty"), "{out:?}");
    d.say(DeskRoom::Lobby, BRUNO, "!duty on", 970);
    let (person, out) = d.say(DeskRoom::Lobby, BRUNO, "!takeover 1", 980);
    let told = joined(&person);
    assert!(told.contains("Someone else from the helpline team"), "{person:?}");
    assert!(!told.contains(ANNA) && !told.contains(BRUNO), "neutral: {person:?}");
    let room = joined(&room_texts(&out, Some(1)));
    assert!(room.contains("took over case 1 from @anna"), "{room}");
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == BRUNO)));
    assert_eq!(
        d.svc.cases().case(1).unwrap().unwrap().status,
        Status::Claimed { owner: BRUNO.into() }
    );
    // From now on only Bruno's words reach the person.
    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "sorry, I was away", 990);
    assert!(person.is_empty(), "{person:?}");
    let (person, _) = d.say(DeskRoom::Case(1), BRUNO, "I am Bruno, I am here.", 991);
    assert_eq!(person, ["I am Bruno, I am here."]);
}

#[test]
fn the_owners_answer_ends_the_wait_and_a_new_message_starts_another() {
    let mut d = claimed_by_anna();
    d.person("are you there?", 300);
    d.say(DeskRoom::Case(1), ANNA, "Yes, one moment.", 800);
    assert_eq!(d.svc.announce_silent_owners(SILENCE, 1000).unwrap(), 0);
    d.person("ok", 1000);
    assert_eq!(d.svc.announce_silent_owners(SILENCE, 1599).unwrap(), 0);
    assert_eq!(d.svc.announce_silent_owners(SILENCE, 1600).unwrap(), 1);
    // The owner answers after the announcement: the case is theirs again alone.
    d.say(DeskRoom::Case(1), ANNA, "Back now.", 1700);
    d.operators();
    let (person, out) = d.say(DeskRoom::Lobby, BRUNO, "!takeover 1", 1800);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, None)).contains("Only @anna"), "{out:?}");
}

/// The conversation flagged (case 1) at 110, by a danger word; nobody is invited.
fn flagged() -> Desk {
    let mut d = Desk::new();
    for text in ["/start", "1", "1"] {
        d.person(text, 100);
    }
    d.person("please help me, they took my passport", 110);
    d.operators();
    d
}

#[test]
fn a_flagged_case_nobody_takes_expires_once_and_never_surfaces_again() {
    let mut d = flagged();
    assert_eq!(d.svc.expire_flagged(EXPIRY, 110 + EXPIRY - 1).unwrap(), 0);
    assert_eq!(d.svc.expire_flagged(EXPIRY, 110 + EXPIRY).unwrap(), 1);
    let out = d.operators();
    let lobby = joined(&room_texts(&out, None));
    assert!(lobby.contains("nobody took it within 72 hours"), "{out:?}");
    assert!(d.person_inbox().is_empty(), "the person never asked: told nothing");
    assert_eq!(
        d.svc.cases().case(1).unwrap().unwrap().status,
        Status::Closed {
            outcome: Outcome::Expired
        }
    );
    assert_eq!(d.svc.expire_flagged(EXPIRY, 110 + 10 * EXPIRY).unwrap(), 0, "once");
    assert!(d.operators().is_empty());
    // The person's conversation goes on; a new danger word is a new case, not the old one.
    d.person("I am in danger", 110 + EXPIRY + 60);
    let out = d.operators();
    assert!(
        out.iter()
            .any(|m| matches!(&m.body, Body::CaseOpened(n) if n.case == 2)),
        "{out:?}"
    );
    // A takeover of the expired case is refused.
    let (person, out) = d.say(DeskRoom::Lobby, ANNA, "!takeover 1", 110 + EXPIRY + 70);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, None)).contains("closed"), "{out:?}");
}

#[test]
fn a_flagged_case_someone_took_does_not_expire() {
    let mut d = flagged();
    d.say(DeskRoom::Lobby, ANNA, "!takeover 1", 120);
    d.say(DeskRoom::Case(1), ANNA, "!release", 130);
    assert_eq!(d.svc.cases().case(1).unwrap().unwrap().status, Status::Released);
    assert_eq!(d.svc.expire_flagged(EXPIRY, 110 + 10 * EXPIRY).unwrap(), 0);
}
