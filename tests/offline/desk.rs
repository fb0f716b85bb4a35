//! The operators' desk through the conversation service, with no platform: a case opens,
//! operators claim, answer, say canned replies, take notes, transfer, release, take over
//! and close it, with the roster and duty deciding who may. What the person receives and
//! what the rooms are told is read from the outboxes, as the channels would.

use std::sync::Arc;

use crate::support::fixtures::{self, text_in};
use varco::conversation::{
    Attachment, Body, DeskMessage, DeskRoom, Handled, Helpline, Inbound, Joining, Learned, Outbound, Service, OPERATORS,
};
use varco::flow::{Input, MediaKind};
use varco::handoff::{Operator, Status};
use varco::store::{MemoryStore, Store};

mod audit;
mod claim_time;
mod direct;
mod hold;
mod languages;
mod stranded;
mod trust;

const ANNA: &str = "@anna:example.org";
const BRUNO: &str = "@bruno:example.org";
const EVE: &str = "@eve:example.org";
const CHAT: &str = "4242";

struct Desk {
    svc: Service<MemoryStore>,
    update: u32,
    event: u32,
}

impl Desk {
    fn new() -> Desk {
        let svc = fixtures::service(
            Arc::new(MemoryStore::new()),
            // Desk texts are in the helpline's language; English keeps the asserts readable.
            Helpline {
                default_language: "en".into(),
                ..Helpline::default()
            },
        )
        .with_roster(vec![
            Operator {
                user: ANNA.into(),
                languages: vec!["it".into()],
            },
            Operator {
                user: BRUNO.into(),
                languages: vec!["en".into(), "ro".into()],
            },
        ]);
        Desk {
            svc,
            update: 0,
            event: 0,
        }
    }

    /// The person writes; returns what they received.
    fn person(&mut self, text: &str, now: u64) -> Vec<String> {
        self.update += 1;
        let inbound = text_in(CHAT, &self.update.to_string(), text, "en");
        self.svc.handle(&inbound, now).unwrap();
        self.person_inbox()
    }

    /// The person sends a file; returns what they received as text.
    fn person_file(&mut self, attachment: Attachment, now: u64) -> Vec<String> {
        self.update += 1;
        let inbound = Inbound {
            input: Input::Media(attachment.kind),
            attachment: Some(attachment),
            ..text_in(CHAT, &self.update.to_string(), "", "en")
        };
        self.svc.handle(&inbound, now).unwrap();
        self.person_inbox()
    }

    /// An operator posts a file in a room; returns (person's outbox, operators' outbox).
    fn post_file(
        &mut self,
        room: DeskRoom,
        sender: &str,
        attachment: Attachment,
        now: u64,
    ) -> (Vec<Outbound>, Vec<Outbound>) {
        self.event += 1;
        let m = DeskMessage {
            event_id: format!("$e{}", self.event),
            room,
            sender: sender.into(),
            text: attachment.caption.clone().unwrap_or_else(|| attachment.file_name()),
            attachment: Some(attachment),
        };
        assert!(matches!(self.svc.desk_message(&m, now).unwrap(), Handled::Turn(_)));
        assert_eq!(self.svc.desk_message(&m, now).unwrap(), Handled::Duplicate);
        (self.drain("telegram"), self.operators())
    }

    fn person_inbox(&self) -> Vec<String> {
        self.drain("telegram")
            .into_iter()
            .filter_map(|m| match m.body {
                // Without the bidi isolation marks Telegram clients honour.
                Body::Text { text, .. } => Some(text.replace(['\u{2068}', '\u{2069}'], "")),
                _ => None,
            })
            .collect()
    }

    fn operators(&self) -> Vec<Outbound> {
        self.drain(OPERATORS)
    }

    fn drain(&self, channel: &str) -> Vec<Outbound> {
        fixtures::drain(self.svc.store().as_ref(), channel)
    }

    /// An operator writes in a room; returns (person's inbox, operators' outbox).
    fn say(&mut self, room: DeskRoom, sender: &str, text: &str, now: u64) -> (Vec<String>, Vec<Outbound>) {
        self.event += 1;
        let m = DeskMessage {
            event_id: format!("$e{}", self.event),
            room,
            sender: sender.into(),
            text: text.into(),
            attachment: None,
        };
        assert!(matches!(self.svc.desk_message(&m, now).unwrap(), Handled::Turn(_)));
        assert_eq!(self.svc.desk_message(&m, now).unwrap(), Handled::Duplicate);
        (self.person_inbox(), self.operators())
    }

    /// Opens case 1 in English; returns the operators' outbox.
    fn open_case(&mut self) -> Vec<Outbound> {
        for text in ["/start", "1", "1", "1"] {
            self.person(text, 100);
        }
        let got = self.person("3", 100);
        assert!(got.iter().any(|t| t.contains("reference number is 1")), "{got:?}");
        self.operators()
    }
}

fn room_texts(out: &[Outbound], case: Option<u64>) -> Vec<String> {
    out.iter()
        .filter_map(|m| match &m.body {
            Body::ToRoom { case: c, text } if *c == case => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn joined(texts: &[String]) -> String {
    texts.join("\n")
}

#[test]
fn a_case_is_announced_with_speakers_of_the_language_invited_first_and_no_personal_data() {
    let mut d = Desk::new();
    let out = d.open_case();
    let Some(Body::CaseOpened(notice)) = out.iter().map(|m| m.body.clone()).next() else {
        panic!("{out:?}")
    };
    assert_eq!(notice.invite, [BRUNO, ANNA], "the English speaker first");
    assert!(notice.lobby_text.contains("1") && notice.lobby_text.contains("en"));
    assert!(!notice.lobby_text.contains(CHAT) && !notice.room_text.contains(CHAT));
    let case = d.svc.cases().case(1).unwrap().unwrap();
    assert_eq!(case.status, Status::Queued);
    // Someone not on the roster joining is not a turn: nothing is posted for them.
    assert_eq!(
        d.svc
            .operator_joined(1, "@stranger:example.org", "$join0", 199)
            .unwrap(),
        Handled::Duplicate
    );
    assert!(room_texts(&d.operators(), Some(1)).is_empty());
    // The transcript is posted once an operator has joined, and once only.
    d.svc.operator_joined(1, ANNA, "$join1", 200).unwrap();
    d.svc.operator_joined(1, ANNA, "$join2", 200).unwrap();
    let posted = room_texts(&d.operators(), Some(1));
    assert_eq!(posted.len(), 1, "{posted:?}");
    assert!(posted[0].contains("Talk to a person"), "{}", posted[0]);
}

#[test]
fn claim_answer_say_note_release_takeover_close() {
    let mut d = Desk::new();
    d.open_case();
    let case = DeskRoom::Case(1);

    // Someone outside the roster cannot claim; a roster operator can.
    let (person, out) = d.say(case.clone(), EVE, "!claim", 200);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, Some(1))).contains("Only operators on the roster"));
    let (person, out) = d.say(case.clone(), ANNA, "!claim", 200);
    assert!(joined(&person).contains("a person is here for you now"), "{person:?}");
    assert!(joined(&room_texts(&out, Some(1))).contains(ANNA));

    // The owner's words reach the person; a colleague's get a hint instead.
    let (person, _) = d.say(case.clone(), ANNA, "Hello, I am Anna. Are you safe?", 210);
    assert_eq!(person, ["Hello, I am Anna. Are you safe?"]);
    let (person, out) = d.say(case.clone(), BRUNO, "I can help too", 211);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, Some(1))).contains("only the owner's messages"));

    // The person's answer goes to the case room, not to the bot.
    assert!(d.person("yes, safe now", 212).is_empty());
    let relayed = d.operators();
    assert!(
        matches!(&relayed[..], [Outbound { body: Body::Relay { case: 1, text: Some(t), .. }, .. }] if t == "yes, safe now")
    );

    // Canned replies in the person's language; unknown ones explained; notes stay.
    let (person, out) = d.say(case.clone(), ANNA, "!say no-documents", 220);
    assert_eq!(person.len(), 1);
    assert!(
        person[0].contains("you do not need documents to get help"),
        "{person:?}"
    );
    assert!(joined(&room_texts(&out, Some(1))).contains("Sent to the person"));
    let (person, out) = d.say(case.clone(), ANNA, "!say teleport", 221);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, Some(1))).contains("no canned reply called"));
    let (person, out) = d.say(case.clone(), ANNA, "!note seems to be in Torino", 222);
    assert!(person.is_empty());
    assert!(joined(&room_texts(&out, Some(1))).contains("not sent to the person"));
    let (_, out) = d.say(case.clone(), BRUNO, "!lang", 223);
    assert!(joined(&room_texts(&out, Some(1))).contains("English (en)"));

    // Owner-only commands; transfer to the roster only.
    let (_, out) = d.say(case.clone(), BRUNO, "!close referral", 230);
    assert!(joined(&room_texts(&out, Some(1))).contains("Only @anna:example.org"));
    let (_, out) = d.say(case.clone(), ANNA, "!transfer @eve:example.org", 231);
    assert!(joined(&room_texts(&out, Some(1))).contains("not on the roster"));
    let (_, out) = d.say(case.clone(), ANNA, "!transfer @bruno:example.org", 232);
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == BRUNO)));
    assert_eq!(d.svc.cases().case(1).unwrap().unwrap().owner(), Some(BRUNO));

    // Release: the bot answers again, with a neutral line first.
    let (person, _) = d.say(case.clone(), BRUNO, "!release", 240);
    assert!(joined(&person).contains("automatic assistant again"), "{person:?}");
    let got = d.person("/menu", 241);
    assert!(joined(&got).contains("What would you like to do?"), "{got:?}");
    assert!(d.operators().is_empty(), "nothing relayed while the bot answers");

    // Takeover from the lobby: the engine relays again and the taker is invited.
    let (person, out) = d.say(DeskRoom::Lobby, ANNA, "!takeover 1", 250);
    assert!(joined(&person).contains("a person is here for you now"));
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == ANNA)));
    assert!(d.person("still here", 251).is_empty());
    assert_eq!(d.operators().len(), 1);

    // Close with an outcome: the person is told, the case and the month count it.
    let (person, out) = d.say(case.clone(), ANNA, "!close referral", 260);
    assert!(joined(&person).contains("has ended"), "{person:?}");
    assert!(joined(&room_texts(&out, None)).contains("closed: referral"));
    assert!(matches!(
        d.svc.cases().case(1).unwrap().unwrap().status,
        Status::Closed { .. }
    ));
    let counters = d.svc.store().counters().unwrap();
    assert!(
        counters
            .iter()
            .any(|(k, v)| k.ends_with("|outcome:referral") && *v == 1),
        "{counters:?}"
    );
    let (_, out) = d.say(case, ANNA, "!claim", 270);
    assert!(joined(&room_texts(&out, Some(1))).contains("closed"));
    // The person is back with the bot.
    assert!(joined(&d.person("/menu", 271)).contains("What would you like to do?"));
    assert!(d.operators().is_empty());
}

/// A case that ends keeps what monitoring needs (channel, language, times, outcome), not
/// the person's chat: the platform id leaves the case book when the case is closed.
#[test]
fn an_ended_case_keeps_no_platform_id() {
    let mut d = Desk::new();
    d.open_case();
    let case = DeskRoom::Case(1);
    assert!(!d.svc.cases().case(1).unwrap().unwrap().chat.is_empty());
    d.say(case.clone(), ANNA, "!claim", 200);
    let (person, _) = d.say(case, ANNA, "!close referral", 210);
    assert!(joined(&person).contains("has ended"), "{person:?}");
    let ended = d.svc.cases().case(1).unwrap().unwrap();
    assert!(ended.chat.is_empty(), "{ended:?}");
    assert!(!ended.channel.is_empty() && !ended.lang.is_empty());
    assert!(matches!(ended.status, Status::Closed { .. }));
    // The person is back with the bot, unaffected.
    assert!(joined(&d.person("/menu", 220)).contains("What would you like to do?"));
}

#[test]
fn nobody_on_duty_gets_the_honest_answer_and_a_reminder_later() {
    let mut d = Desk::new();
    d.say(DeskRoom::Lobby, ANNA, "!duty off", 10);
    let (_, out) = d.say(DeskRoom::Lobby, BRUNO, "!duty off", 11);
    assert!(joined(&room_texts(&out, None)).contains("off duty"));
    for text in ["/start", "1", "1", "1"] {
        d.person(text, 100);
    }
    let got = d.person("3", 100);
    let all = joined(&got);
    assert!(all.contains("no helpline person is online") && all.contains("800 290 290") && all.contains("112"));
    assert!(!all.contains("I am asking a person"), "no promise: {all}");
    let out = d.operators();
    let Some(Body::CaseOpened(notice)) = out.first().map(|m| m.body.clone()) else {
        panic!("{out:?}")
    };
    assert!(notice.invite.is_empty());
    assert!(notice.lobby_text.contains("nobody is on duty"), "{}", notice.lobby_text);
    assert_eq!(
        d.svc.cases().case(1).unwrap().unwrap().status,
        Status::Queued,
        "the case stays queued"
    );

    // Anna comes on duty; the reminder invites her and pings the lobby, without telling
    // the person a second time.
    d.say(DeskRoom::Lobby, ANNA, "!duty on", 200);
    assert_eq!(d.svc.remind_waiting(300, 350).unwrap(), 0, "not yet");
    assert_eq!(d.svc.remind_waiting(300, 400).unwrap(), 1);
    assert!(d.person_inbox().is_empty());
    let out = d.operators();
    assert!(joined(&room_texts(&out, None)).contains("still waiting"));
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == ANNA)));
    assert_eq!(
        d.svc.remind_waiting(300, 500).unwrap(),
        0,
        "again only after another wait"
    );
}

#[test]
fn a_case_nobody_claims_is_told_honestly_once() {
    let mut d = Desk::new();
    d.open_case();
    assert_eq!(d.svc.remind_waiting(600, 800).unwrap(), 1);
    let got = d.person_inbox();
    assert!(joined(&got).contains("Nobody has been free") && joined(&got).contains("800 290 290"));
    assert_eq!(d.svc.remind_waiting(600, 1500).unwrap(), 1);
    assert!(d.person_inbox().is_empty(), "told once");
    // Claimed cases are not reminded.
    d.say(DeskRoom::Case(1), ANNA, "!claim", 1600);
    assert_eq!(d.svc.remind_waiting(600, 5000).unwrap(), 0);
}

#[test]
fn leaving_the_queue_or_the_quick_exit_withdraws_the_case() {
    let mut d = Desk::new();
    d.open_case();
    d.person("/exit", 300);
    let out = d.operators();
    assert!(out.iter().any(|m| matches!(
        m.body,
        Body::CaseWithdrawn {
            case: 1,
            quick_exit: true,
            ..
        }
    )));
    assert!(matches!(
        d.svc.cases().case(1).unwrap().unwrap().status,
        Status::Closed { .. }
    ));
    let (_, out) = d.say(DeskRoom::Case(1), ANNA, "!claim", 301);
    assert!(joined(&room_texts(&out, Some(1))).contains("closed"));
}

#[test]
fn commands_with_mistakes_are_explained_and_lobby_chat_is_left_alone() {
    let mut d = Desk::new();
    d.open_case();
    let (_, out) = d.say(DeskRoom::Case(1), ANNA, "!close whenever", 200);
    assert!(joined(&room_texts(&out, Some(1))).contains("expects an outcome"));
    let (_, out) = d.say(DeskRoom::Lobby, ANNA, "!takeover 99", 201);
    assert!(joined(&room_texts(&out, None)).contains("no open case 99"));
    let (_, out) = d.say(DeskRoom::Lobby, ANNA, "good morning everyone", 202);
    assert!(out.is_empty());
    let (_, out) = d.say(DeskRoom::Lobby, ANNA, "!help", 203);
    let help = joined(&room_texts(&out, None));
    assert!(help.contains("!claim") && help.contains("no-documents") && help.contains("referral"));
    let (_, out) = d.say(DeskRoom::Case(1), ANNA, "!duty off", 204);
    assert!(joined(&room_texts(&out, Some(1))).contains("the lobby"));
}

#[test]
fn a_danger_word_flags_the_conversation_and_an_operator_takes_it_over() {
    let mut d = Desk::new();
    for text in ["/start", "1", "1"] {
        d.person(text, 100);
    }
    assert!(d.operators().is_empty());
    // The bot answers as always; the lobby is told, with how to take it over.
    let got = d.person("please help me, they took my passport", 110);
    assert!(!got.is_empty(), "the bot still answers");
    let out = d.operators();
    let Some(Body::CaseOpened(notice)) = out.first().map(|m| m.body.clone()) else {
        panic!("{out:?}")
    };
    assert_eq!(notice.case, 1);
    assert!(notice.invite.is_empty(), "nobody is pulled in before a takeover");
    assert!(
        notice.lobby_text.contains("may need a person (danger-word)"),
        "{}",
        notice.lobby_text
    );
    assert!(notice.lobby_text.contains("!takeover 1"));
    assert_eq!(d.svc.cases().case(1).unwrap().unwrap().status, Status::Released);
    // Once per conversation: a second danger word opens nothing new.
    d.person("I am in danger", 111);
    assert!(!d.operators().iter().any(|m| matches!(m.body, Body::CaseOpened(_))));
    // "helpful" is not "help me"; whole words only.
    let (person, out) = d.say(DeskRoom::Lobby, ANNA, "!takeover 1", 120);
    assert!(joined(&person).contains("a person is here for you now"));
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == ANNA)));
    assert!(
        d.person("thank you", 121).is_empty(),
        "now relayed, not answered by the bot"
    );
    assert!(matches!(
        &d.operators()[..],
        [Outbound {
            body: Body::Relay { case: 1, .. },
            ..
        }]
    ));
}

#[test]
fn not_understood_twice_flags_and_a_later_request_keeps_the_case_number() {
    let mut d = Desk::new();
    for text in ["/start", "1", "1", "1"] {
        d.person(text, 100);
    }
    d.person("helpful blah", 101);
    assert!(d.operators().is_empty(), "a word inside another is not a danger word");
    d.person("blah blah", 102);
    let out = d.operators();
    assert!(
        matches!(&out[..], [Outbound { body: Body::CaseOpened(n), .. }] if n.lobby_text.contains("not-understood-twice")),
        "{out:?}"
    );
    // Asking for a person now queues the same case, inviting the operators.
    let got = d.person("3", 103);
    assert!(joined(&got).contains("reference number is 1"), "{got:?}");
    let out = d.operators();
    let Some(Body::CaseOpened(notice)) = out.first().map(|m| m.body.clone()) else {
        panic!("{out:?}")
    };
    assert_eq!(notice.case, 1);
    assert_eq!(notice.invite, [BRUNO, ANNA]);
    assert_eq!(d.svc.cases().case(1).unwrap().unwrap().status, Status::Queued);
}

fn photo(origin: &str, size: u64, exceeds: Option<u64>) -> Attachment {
    Attachment {
        kind: MediaKind::Photo,
        origin: origin.into(),
        reference: "file-ref".into(),
        name: None,
        mime: Some("image/jpeg".into()),
        size: Some(size),
        caption: Some("the flat".into()),
        exceeds,
    }
}

#[test]
fn files_pass_both_ways_while_a_case_is_owned_and_limits_are_told() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 110);

    // The person's photo goes to the case room by reference, with its caption.
    let told = d.person_file(photo("telegram", 54_321, None), 120);
    assert!(told.is_empty(), "nothing to say to the person: {told:?}");
    let out = d.operators();
    assert!(
        matches!(&out[..], [Outbound { body: Body::Relay { case: 1, text: Some(t), media: Some(k), file: Some(f), .. }, .. }]
            if t == "the flat" && k == "photo" && f.attachment.reference == "file-ref" && f.attachment.origin == "telegram"),
        "{out:?}"
    );

    // Too large to fetch: the person is told the limit at once; the room is told too.
    let told = d.person_file(photo("telegram", 30 << 20, Some(20 << 20)), 130);
    assert!(joined(&told).contains("20 MB"), "{told:?}");
    let out = d.operators();
    assert!(
        matches!(&out[..], [Outbound { body: Body::Relay { file: Some(f), .. }, .. }]
            if f.attachment.exceeds == Some(20 << 20) && f.too_large.contains("20 MB")),
        "{out:?}"
    );

    // The owner's file goes to the person on their channel.
    let (person, rooms) = d.post_file(DeskRoom::Case(1), ANNA, photo("matrix", 1000, None), 140);
    assert!(
        matches!(&person[..], [Outbound { chat, body: Body::Media { attachment, case: Some(1) } }] if chat == CHAT && attachment.origin == "matrix"),
        "{person:?}"
    );
    assert!(rooms.is_empty(), "{rooms:?}");

    // Too large for the person's app: not sent, and the room is told why.
    let (person, rooms) = d.post_file(DeskRoom::Case(1), ANNA, photo("matrix", 12 << 20, Some(10 << 20)), 150);
    assert!(person.is_empty(), "{person:?}");
    assert!(joined(&room_texts(&rooms, Some(1))).contains("10 MB"), "{rooms:?}");

    // Someone else's file is not relayed.
    let (person, rooms) = d.post_file(DeskRoom::Case(1), BRUNO, photo("matrix", 1000, None), 160);
    assert!(person.is_empty(), "{person:?}");
    assert!(!room_texts(&rooms, Some(1)).is_empty(), "the hint: {rooms:?}");
}

#[test]
fn a_file_outside_a_case_gets_the_plain_answer_and_reaches_nobody() {
    let mut d = Desk::new();
    d.person("/start", 100);
    let mut file = photo("telegram", 54_321, None);
    file.caption = None;
    let told = d.person_file(file, 110);
    assert!(joined(&told).contains("only read written messages"), "{told:?}");
    assert!(d.operators().is_empty());
}

#[test]
fn a_file_that_could_not_be_sent_after_all_is_told_in_its_room_once() {
    let mut d = Desk::new();
    d.open_case();
    let file = photo("matrix", 1000, None);
    assert!(matches!(
        d.svc.learned(&not_sent(&file, Some(10 << 20)), 200).unwrap(),
        Handled::Turn(_)
    ));
    assert_eq!(
        d.svc.learned(&not_sent(&file, Some(10 << 20)), 201).unwrap(),
        Handled::Duplicate
    );
    let rooms = d.operators();
    let texts = room_texts(&rooms, Some(1));
    assert_eq!(texts.len(), 1, "{rooms:?}");
    assert!(texts[0].contains("10 MB"), "{texts:?}");
    let other = photo("matrix", 1000, None);
    let other = Attachment {
        reference: "another-ref".into(),
        ..other
    };
    d.svc.learned(&not_sent(&other, None), 202).unwrap();
    let texts = room_texts(&d.operators(), Some(1));
    assert!(texts[0].contains("could not be fetched"), "{texts:?}");
    assert!(d.person_inbox().is_empty(), "nothing for the person");
}

#[test]
fn a_caption_outside_a_case_is_read_as_text_and_its_danger_word_flags() {
    let mut d = Desk::new();
    for text in ["/start", "1", "1", "1"] {
        d.person(text, 100);
    }
    let mut file = photo("telegram", 54_321, None);
    file.caption = Some("they took my passport".into());
    let told = d.person_file(file, 110);
    assert!(!joined(&told).contains("only read written messages"), "{told:?}");
    let out = d.operators();
    assert!(
        out.iter().any(|m| matches!(&m.body, Body::CaseOpened(n)
            if n.reason == "danger-word" && n.lobby_text.contains("!takeover"))),
        "flagged in the lobby: {out:?}"
    );
}

fn not_sent(file: &Attachment, limit: Option<u64>) -> Learned {
    Learned::FileNotSent {
        case: 1,
        file: file.clone(),
        limit,
    }
}

#[test]
fn an_operators_file_over_the_persons_published_limit_is_told_not_sent() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 110);
    d.svc.publish_limits("telegram", varco::channel::telegram::LIMITS);
    // Declared 12 MB, a photo: over Telegram's 10 MB for photos, though nothing marked it.
    let (person, rooms) = d.post_file(DeskRoom::Case(1), ANNA, photo("matrix", 12 << 20, None), 150);
    assert!(person.is_empty(), "{person:?}");
    assert!(joined(&room_texts(&rooms, Some(1))).contains("10 MB"), "{rooms:?}");
    // A document of the same size is within Telegram's 50 MB.
    let mut doc = photo("matrix", 12 << 20, None);
    doc.kind = MediaKind::Document;
    let (person, _) = d.post_file(DeskRoom::Case(1), ANNA, doc, 160);
    assert_eq!(person.len(), 1, "{person:?}");
}

#[test]
fn a_chat_that_is_gone_ends_its_case_and_the_room_is_told() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 110);
    d.operators();
    let gone = Learned::ChatGone {
        channel: "telegram".into(),
        chat: CHAT.into(),
    };
    assert!(matches!(d.svc.learned(&gone, 200).unwrap(), Handled::Turn(_)));
    assert_eq!(d.svc.learned(&gone, 201).unwrap(), Handled::Duplicate);
    let out = d.operators();
    assert!(
        out.iter().any(|m| matches!(&m.body,
            Body::CaseWithdrawn { case: 1, quick_exit: false, text } if text.contains("can no longer receive"))),
        "{out:?}"
    );
    assert!(matches!(
        d.svc.cases().case(1).unwrap().unwrap().status,
        Status::Closed { .. }
    ));
    // The operator's next message reaches nobody.
    let (person, out) = d.say(DeskRoom::Case(1), ANNA, "are you there?", 210);
    assert!(person.is_empty(), "{person:?}");
    assert!(joined(&room_texts(&out, Some(1))).contains("closed"), "{out:?}");
}

#[test]
fn someone_off_the_roster_in_a_case_room_is_to_be_removed_and_the_room_told_once() {
    let mut d = Desk::new();
    d.open_case();
    assert!(d.svc.may_stay(ANNA) && !d.svc.may_stay(EVE));
    assert_eq!(d.svc.member_joined(1, EVE, "$join-eve", 150).unwrap(), Joining::Remove);
    let told = room_texts(&d.operators(), Some(1));
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(
        told[0].contains(EVE) && told[0].contains("not on the roster"),
        "{told:?}"
    );
    // The same join replayed after a crash: still to be removed, told once.
    assert_eq!(d.svc.member_joined(1, EVE, "$join-eve", 151).unwrap(), Joining::Remove);
    assert!(d.operators().is_empty());
    // An operator stays, and reads what was said before.
    assert_eq!(d.svc.member_joined(1, ANNA, "$join-anna", 152).unwrap(), Joining::Stays);
    assert!(joined(&room_texts(&d.operators(), Some(1))).contains("Talk to a person"));
}

#[test]
fn a_case_whose_owner_left_the_roster_goes_back_to_the_queue() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), BRUNO, "!claim", 110);
    d.operators();
    assert_eq!(d.svc.requeue_off_roster(200).unwrap(), 0, "Bruno is on this roster");
    // The next start, with Bruno off the roster.
    let helpline = Helpline {
        default_language: "en".into(),
        ..Helpline::default()
    };
    let svc = fixtures::service(d.svc.store().clone(), helpline).with_roster(vec![Operator {
        user: ANNA.into(),
        languages: vec!["it".into()],
    }]);
    assert_eq!(svc.requeue_off_roster(200).unwrap(), 1);
    assert_eq!(svc.requeue_off_roster(201).unwrap(), 0, "once");
    assert_eq!(svc.cases().case(1).unwrap().unwrap().status, Status::Queued);
    let out = d.operators();
    for place in [Some(1), None] {
        let told = joined(&room_texts(&out, place));
        assert!(told.contains("back in the queue") && told.contains(BRUNO), "{out:?}");
    }
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == ANNA)));
    // Anna takes it; the person hears of it.
    let claim = DeskMessage {
        event_id: "$anna-claims".into(),
        room: DeskRoom::Case(1),
        sender: ANNA.into(),
        text: "!claim".into(),
        attachment: None,
    };
    svc.desk_message(&claim, 210).unwrap();
    assert!(joined(&d.person_inbox()).contains("a person is here for you now"));
}

#[test]
fn a_roster_replaced_while_serving_requeues_the_leavers_cases_and_lets_newcomers_claim() {
    let mut d = Desk::new();
    d.open_case();
    d.say(DeskRoom::Case(1), BRUNO, "!claim", 110);
    d.operators();
    // A copy of the case book taken before (as the deliveries hold one) sees the change.
    let book = d.svc.cases().clone();
    assert!(book.is_operator(BRUNO) && !book.is_operator(EVE));
    let roster = vec![
        Operator {
            user: ANNA.into(),
            languages: vec!["it".into()],
        },
        Operator {
            user: EVE.into(),
            languages: vec!["en".into()],
        },
    ];
    assert!(d.svc.replace_roster(roster));
    assert!(!book.is_operator(BRUNO) && book.is_operator(EVE));
    assert!(!d.svc.may_stay(BRUNO) && d.svc.may_stay(EVE));
    let roster = book.roster().unwrap().unwrap();
    assert_eq!(
        roster.operators.iter().find(|o| o.user == EVE).unwrap().languages,
        ["en"]
    );

    assert_eq!(d.svc.requeue_off_roster(200).unwrap(), 1);
    assert_eq!(d.svc.requeue_off_roster(201).unwrap(), 0, "once");
    let out = d.operators();
    assert!(out
        .iter()
        .any(|m| matches!(&m.body, Body::Invite { case: 1, user } if user == EVE)));
    let (person, _) = d.say(DeskRoom::Case(1), EVE, "!claim", 210);
    assert!(joined(&person).contains("a person is here for you now"), "{person:?}");
    let (_, refused) = d.say(DeskRoom::Case(1), BRUNO, "!claim", 220);
    assert!(joined(&room_texts(&refused, Some(1))).contains("roster"), "{refused:?}");

    // Without a desk (the terminal) there is no roster to replace.
    let plain = fixtures::service(Arc::new(MemoryStore::new()), Helpline::default());
    assert!(!plain.replace_roster(Vec::new()));
}
