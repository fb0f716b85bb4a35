//! Messages from a device its owner has not cross-signed, as the desk takes them: never
//! obeyed nor relayed, the room told once to verify the device (never what was written),
//! lobby chatter left alone; and each roster operator's unverified device shown in the
//! lobby once.

use super::{joined, room_texts, Desk, ANNA, EVE};
use varco::conversation::{DeskMessage, DeskRoom, Handled};

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
