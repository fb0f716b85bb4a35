//! Messages from a device its owner has not cross-signed, as the desk takes them: never
//! obeyed nor relayed, the room told once to verify the device (never what was written),
//! lobby chatter left alone; and each roster operator's unverified device shown in the
//! lobby once.

use super::{joined, room_texts, Desk, ANNA, BRUNO, EVE};
use varco::conversation::{Body, DeskMessage, DeskRoom, Handled};
use varco::handoff::Status;

const NOT_VERIFIED: &str = "That device is not verified";

impl Desk {
    /// `sender` writes `text` in `room` from a device nobody cross-signed; the turn is
    /// committed once. Returns (person's inbox, operators' outbox).
    fn say_unverified(
        &mut self,
        room: DeskRoom,
        sender: &str,
        text: &str,
    ) -> (Vec<String>, Vec<varco::conversation::Outbound>) {
        self.event += 1;
        let m = DeskMessage {
            event_id: format!("$u{}", self.event),
            room,
            sender: sender.into(),
            text: text.into(),
            attachment: None,
        };
        assert!(matches!(
            self.svc.unverified_device_message(&m, 200).unwrap(),
            Handled::Turn(_)
        ));
        assert_eq!(self.svc.unverified_device_message(&m, 200).unwrap(), Handled::Duplicate);
        (self.person_inbox(), self.operators())
    }
}

#[test]
fn an_unverified_device_is_never_obeyed_nor_relayed_and_the_room_is_told() {
    let mut d = Desk::new();
    d.open_case();
    let (person, out) = d.say_unverified(DeskRoom::Case(1), ANNA, "!claim");
    assert!(person.is_empty(), "{person:?}");
    assert!(joined(&room_texts(&out, Some(1))).contains(NOT_VERIFIED));
    // The case is still nobody's: Anna's own device claims it.
    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "!claim", 201);
    assert!(
        person.iter().any(|t| t.contains("a person is here for you now")),
        "{person:?}"
    );

    let canary = "CANARY-unverified-words";
    let (person, out) = d.say_unverified(DeskRoom::Case(1), ANNA, canary);
    assert!(person.is_empty(), "{person:?}");
    let told = joined(&room_texts(&out, Some(1)));
    assert!(told.contains(NOT_VERIFIED) && !told.contains(canary), "{told}");
}

#[test]
fn in_the_lobby_only_commands_from_an_unverified_device_are_answered() {
    let mut d = Desk::new();
    let (_, out) = d.say_unverified(DeskRoom::Lobby, ANNA, "good morning");
    assert!(room_texts(&out, None).is_empty(), "lobby chatter is left alone");
    let (_, out) = d.say_unverified(DeskRoom::Lobby, ANNA, "!duty off");
    assert!(joined(&room_texts(&out, None)).contains(NOT_VERIFIED));
    assert!(
        !joined(&room_texts(&out, None)).contains("off duty"),
        "the command was obeyed"
    );
}

#[test]
fn a_roster_operators_unverified_device_is_shown_in_the_lobby_once() {
    let d = Desk::new();
    let shown = d.svc.unverified_device_seen(ANNA, "NEWDEVICE", 100).unwrap();
    assert!(matches!(shown, Handled::Turn(_)));
    let lobby = joined(&room_texts(&d.operators(), None));
    assert!(lobby.contains(ANNA) && lobby.contains("NEWDEVICE"), "{lobby}");
    assert_eq!(
        d.svc.unverified_device_seen(ANNA, "NEWDEVICE", 200).unwrap(),
        Handled::Duplicate
    );
    // Someone off the roster is not the desk's business.
    assert_eq!(
        d.svc.unverified_device_seen(EVE, "EVEDEVICE", 100).unwrap(),
        Handled::Duplicate
    );
    assert!(d.operators().is_empty());
}

#[test]
fn an_operator_whose_identity_changed_is_off_the_roster_until_another_trusts_them() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), BRUNO, "!claim", 110);
    d.operators();
    let changed = d.svc.operator_identity_changed(BRUNO, 200).unwrap();
    assert!(matches!(changed, Handled::Turn(_)));
    let lobby = joined(&room_texts(&d.operators(), None));
    assert!(
        lobby.contains(BRUNO) && lobby.contains("security identity changed"),
        "{lobby}"
    );
    assert_eq!(
        d.svc.operator_identity_changed(BRUNO, 201).unwrap(),
        Handled::Duplicate,
        "told once"
    );
    assert_eq!(
        d.svc.operator_identity_changed(EVE, 201).unwrap(),
        Handled::Duplicate,
        "not on the roster: not the desk's business"
    );
    // Off the roster: out of the case room, the case back in the queue, not obeyed.
    assert!(!d.svc.may_stay(BRUNO) && d.svc.may_stay(ANNA));
    assert_eq!(d.svc.requeue_off_roster(210).unwrap(), 1);
    assert_eq!(d.svc.cases().case(1).unwrap().unwrap().status, Status::Queued);
    let requeued = d.operators();
    assert!(!requeued
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { user, .. } if user == BRUNO)));
    d.svc.member_removed(1, BRUNO, "$kick-bruno", 211).unwrap();
    let told = joined(&room_texts(&d.operators(), Some(1)));
    assert!(
        told.contains("security identity changed") && told.contains(BRUNO),
        "{told}"
    );
    let (person, out) = d.say(DeskRoom::Case(1), BRUNO, "!claim", 220);
    assert!(!joined(&person).contains("a person is here for you now"));
    assert!(joined(&room_texts(&out, Some(1))).contains("Only operators on the roster"));
    let (_, out) = d.say(DeskRoom::Lobby, BRUNO, &format!("!trust {BRUNO}"), 221);
    assert!(
        joined(&room_texts(&out, None)).contains("Only operators on the roster"),
        "not herself"
    );

    // Anna trusts him again after asking him; a `!trust` of someone else is explained.
    let (_, out) = d.say(DeskRoom::Lobby, ANNA, &format!("!trust {EVE}"), 230);
    assert!(joined(&room_texts(&out, None)).contains("not an operator waiting to be trusted"));
    let (_, out) = d.say(DeskRoom::Lobby, ANNA, &format!("!trust {BRUNO}"), 231);
    let lobby = joined(&room_texts(&out, None));
    assert!(
        lobby.contains(ANNA) && lobby.contains("is back on the roster"),
        "{lobby}"
    );
    assert!(d.svc.may_stay(BRUNO));
    let (person, _) = d.say(DeskRoom::Case(1), BRUNO, "!claim", 240);
    assert!(joined(&person).contains("a person is here for you now"), "{person:?}");
    let audit = varco::conversation::verify_audit(d.svc.store().as_ref()).unwrap();
    assert!(matches!(audit, varco::store::Verdict::Intact { .. }), "{audit:?}");
}

#[test]
fn an_operators_direct_chat_is_joined_for_verifying_the_bot_and_a_persons_is_a_conversation() {
    use varco::conversation::Invitation;
    let d = Desk::new();
    assert_eq!(d.svc.invitation(false, ANNA, true), Invitation::OperatorChat);
    assert!(d.svc.may_verify(ANNA));
    assert_eq!(d.svc.invitation(false, EVE, true), Invitation::DirectChat);
    assert!(!d.svc.may_verify(EVE));
    assert_eq!(d.svc.invitation(true, ANNA, false), Invitation::JoinLobby);
    assert_eq!(
        d.svc.invitation(false, ANNA, false),
        Invitation::Decline,
        "a group room"
    );
    // A suspended operator may not verify the bot (their identity is not the pinned one).
    d.svc.operator_identity_changed(ANNA, 100).unwrap();
    assert!(!d.svc.may_verify(ANNA));
    let text = d.svc.verification_text("🐶 Dog", "1 2 3");
    assert!(text.contains("🐶 Dog") && text.contains("1 2 3"), "{text}");
}
