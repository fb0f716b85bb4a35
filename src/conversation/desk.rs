//! The operators' desk side of the conversation service: operators' messages and commands
//! from the lobby and the case rooms become committed turns (the case record, the person's
//! state, what the person and the room are told), with the same one-write rule as a
//! person's turn. It owns what each [`Decision`] means for the person; it must not know
//! Matrix (rooms are named by case number; the channel keeps the room ids).

use std::collections::BTreeSet;

use super::service::{case_key, case_write, push_transcript, Outgoing};
use super::{megabytes, Attachment, Body, Handled, Outbound, Record, Service, Speaker, OPERATORS};
use crate::flow::{OpenCase, Text};
use crate::handoff::{self, Case, Decision, Outcome, Refusal, Roster, Said};
use crate::stats;
use crate::store::{self, DeskWrite, StateChange, Store, UpdateMark};

/// Update marks of operators' messages live under this channel name.
const DESK: &str = "desk";
const DUTY_KEY: &str = "duty";
const ROOM_PREFIX: &str = "room/";

/// Where an operator wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskRoom {
    Lobby,
    Case(u64),
}

/// One message of an operator (or of anyone else in a desk room), as the channel read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskMessage {
    /// The platform's event id, for de-duplication.
    pub event_id: String,
    pub room: DeskRoom,
    pub sender: String,
    /// The text, or an attachment's caption (or its file name, if it has none).
    pub text: String,
    /// A file the sender posted; for the owner of the case, relayed to the person.
    pub attachment: Option<Attachment>,
}

impl<S: Store> Service<S> {
    /// The roster with today's duty, if operators work from a desk.
    pub fn roster(&self) -> store::Result<Option<Roster>> {
        let Some(operators) = &self.operators else {
            return Ok(None);
        };
        Ok(Some(Roster {
            operators: operators.clone(),
            off_duty: self.off_duty()?,
        }))
    }

    fn off_duty(&self) -> store::Result<BTreeSet<String>> {
        Ok(self
            .store
            .load_desk(DUTY_KEY)?
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default())
    }

    /// A case's record, if it exists.
    pub fn case(&self, number: u64) -> store::Result<Option<Case>> {
        Ok(self
            .store
            .load_desk(&case_key(number))?
            .and_then(|b| serde_json::from_slice(&b).ok()))
    }

    /// Every case still open, oldest first.
    pub fn open_cases(&self) -> store::Result<Vec<Case>> {
        let mut cases = Vec::new();
        for (_, bytes) in self.store.desk_entries("case/")? {
            if let Ok(case) = serde_json::from_slice::<Case>(&bytes) {
                if case.is_open() {
                    cases.push(case);
                }
            }
        }
        Ok(cases)
    }

    /// The case whose room this is.
    pub fn case_for_room(&self, room: &str) -> store::Result<Option<u64>> {
        Ok(self
            .store
            .load_desk(&format!("{ROOM_PREFIX}{room}"))?
            .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
            .map(u64::from_be_bytes))
    }

    /// Remember the case's room (the caller flushes). Idempotent.
    pub fn case_room_created(&self, number: u64, room: &str) -> store::Result<()> {
        let Some(mut case) = self.case(number)? else {
            return Ok(());
        };
        case.room = Some(room.to_owned());
        self.write_desk(vec![
            case_write(&case),
            DeskWrite {
                key: format!("{ROOM_PREFIX}{room}"),
                value: Some(number.to_be_bytes().to_vec()),
            },
        ])
    }

    /// Write desk records alone, atomically (the caller flushes).
    fn write_desk(&self, desk: Vec<DeskWrite>) -> store::Result<()> {
        self.store.commit_turn(store::Turn {
            conv: self.store.conv_id(DESK, "desk"),
            update: None,
            state: StateChange::Keep,
            outbox: Vec::new(),
            track: Vec::new(),
            counters: Vec::new(),
            desk,
        })?;
        Ok(())
    }

    /// An operator joined the case room: the first time, post what was said before the
    /// handoff (they can decrypt only what is sent after they joined). `event_id` is the
    /// join's, for de-duplication.
    pub fn operator_joined(&self, number: u64, event_id: &str, now: u64) -> store::Result<Handled> {
        let mark = mark(event_id);
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let Some(mut case) = self.case(number)? else {
            return Ok(Handled::Duplicate);
        };
        let conv = self.store.conv_id(&case.channel, &case.chat);
        let mut out = Outgoing::new(&case.channel, &case.chat, now);
        if !case.transcript_posted {
            let record = self.person_record(conv)?;
            let lang = &self.helpline.default_language;
            let mut text = self.render_desk(lang, "desk-transcript", &[]);
            for line in &record.transcript {
                let who = match line.from {
                    Speaker::Person => "desk-person",
                    Speaker::Bot => "desk-bot",
                    Speaker::Operator => "desk-operator",
                };
                text.push_str(&format!("\n{}: {}", self.render_desk(lang, who, &[]), line.text));
            }
            to_room(&mut out, Some(number), text);
            case.transcript_posted = true;
            out.desk.push(case_write(&case));
        }
        self.commit(conv, mark, StateChange::Keep, None, out)
    }

    /// An operator's (or anyone's) message in the lobby or a case room.
    pub fn desk_message(&self, m: &DeskMessage, now: u64) -> store::Result<Handled> {
        let mark = mark(&m.event_id);
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let lang = self.helpline.default_language.clone();
        let room_case = match m.room {
            DeskRoom::Lobby => None,
            DeskRoom::Case(n) => Some(n),
        };
        let roster = self.roster()?.unwrap_or_default();
        let said = match handoff::parse(&m.text) {
            None => Said::Text(m.text.clone()),
            Some(Ok(cmd)) => Said::Command(cmd),
            Some(Err(e)) => {
                let text = if roster.is_operator(&m.sender) {
                    self.render_desk(&lang, "desk-command-error", &[("error".into(), e.to_string())])
                } else {
                    self.render_desk(&lang, "desk-refused-not-on-roster", &[])
                };
                return self.desk_reply(mark, room_case, text, now);
            }
        };
        // `!takeover N` in the lobby acts on case N.
        let number = match (&m.room, &said) {
            (DeskRoom::Lobby, Said::Command(handoff::Command::Takeover(n))) if roster.is_operator(&m.sender) => {
                Some(*n)
            }
            _ => room_case,
        };
        let case = match number {
            Some(n) => match self.case(n)? {
                Some(c) => Some(c),
                None => {
                    let text = self.render_desk(&lang, "desk-no-such-case", &[("case".into(), n.to_string())]);
                    return self.desk_reply(mark, room_case, text, now);
                }
            },
            None => None,
        };
        let decision = match handoff::decide(case.as_ref(), &roster, &m.sender, &said) {
            Ok(d) => d,
            Err(refusal) => {
                // A plain message in the lobby is conversation between operators.
                if refusal == Refusal::WrongRoom && matches!(said, Said::Text(_)) {
                    return self.desk_reply_none(mark, now);
                }
                let text = self.refusal_text(&lang, &refusal, room_case.is_some());
                return self.desk_reply(mark, room_case, text, now);
            }
        };
        match case {
            Some(case) => self.decided(mark, case, room_case, m, decision, now),
            None => self.lobby_decided(mark, &m.sender, decision, now),
        }
    }

    /// Carry out a decision about a case.
    fn decided(
        &self,
        mark: UpdateMark,
        mut case: Case,
        room_case: Option<u64>,
        said_by: &DeskMessage,
        decision: Decision,
        now: u64,
    ) -> store::Result<Handled> {
        let (actor, attachment) = (said_by.sender.as_str(), said_by.attachment.as_ref());
        let desk_lang = self.helpline.default_language.clone();
        let n = case.number;
        let conv = self.store.conv_id(&case.channel, &case.chat);
        let mut record = self.person_record(conv)?;
        let person_lang = record.engine.lang.clone().unwrap_or_else(|| case.lang.clone());
        let (channel, chat) = (case.channel.clone(), case.chat.clone());
        let mut out = Outgoing::new(&channel, &chat, now);
        let mut state = StateChange::Keep;
        let num = ("case".to_owned(), n.to_string());
        match &decision {
            Decision::Claimed { owner, .. } => {
                if record.engine.handoff.is_none() {
                    // Taken over from the bot: from now on the engine relays.
                    record.engine.handoff = Some(OpenCase {
                        priority: case.priority,
                        reason: "takeover".into(),
                        since: now,
                    });
                }
                record.case = Some(n);
                self.tell_person(&mut record, &mut out, &person_lang, "sys-operator-joined");
                state = set(&record);
                let text = self.render_desk(
                    &desk_lang,
                    "desk-claimed",
                    &[num.clone(), ("owner".into(), owner.clone())],
                );
                to_room(&mut out, Some(n), text.clone());
                to_room(&mut out, None, text);
                // From the lobby the taker may not be in the room yet.
                if room_case.is_none() {
                    invite(&mut out, n, actor);
                }
            }
            Decision::Transferred { from, to } => {
                invite(&mut out, n, to);
                let text = self.render_desk(
                    &desk_lang,
                    "desk-transferred",
                    &[num.clone(), ("from".into(), from.clone()), ("to".into(), to.clone())],
                );
                to_room(&mut out, Some(n), text);
            }
            Decision::Released => {
                record.engine.handoff = None;
                self.tell_person(&mut record, &mut out, &person_lang, "sys-operator-left");
                state = set(&record);
                let text = self.render_desk(&desk_lang, "desk-released", std::slice::from_ref(&num));
                to_room(&mut out, Some(n), text);
            }
            Decision::Closed(outcome) => {
                record.engine.handoff = None;
                record.case = None;
                self.tell_person(&mut record, &mut out, &person_lang, "sys-case-closed");
                state = set(&record);
                out.counters.push(outcome_counter(*outcome, now));
                let text = self.render_desk(
                    &desk_lang,
                    "desk-closed",
                    &[num.clone(), ("outcome".into(), outcome.as_str().into())],
                );
                to_room(&mut out, Some(n), text.clone());
                to_room(&mut out, None, text);
            }
            Decision::Noted => {
                let text = self.render_desk(&desk_lang, "desk-noted", &[]);
                to_room(&mut out, Some(n), text);
            }
            Decision::Say(name) => {
                let id = format!("canned-{name}");
                if !self.locales.has_reference_message(&id) {
                    let text = self.render_desk(&desk_lang, "desk-unknown-canned", &[("name".into(), name.clone())]);
                    return self.desk_reply(mark, room_case, text, now);
                }
                let text = self.render(&person_lang, &Text::new(&id), &record, &[], &channel);
                self.operator_says(&mut record, &mut out, text.clone());
                state = set(&record);
                let shown = self.render_desk(&desk_lang, "desk-said", &[("text".into(), text)]);
                to_room(&mut out, Some(n), shown);
            }
            Decision::Relay(text) => match attachment {
                Some(file) if file.exceeds.is_some() => {
                    let limit = megabytes(file.exceeds.unwrap_or_default());
                    let text = self.render_desk(
                        &desk_lang,
                        "desk-media-too-large",
                        &[
                            ("kind".into(), file.kind_name()),
                            ("megabytes".into(), limit.to_string()),
                        ],
                    );
                    to_room(&mut out, Some(n), text);
                }
                Some(file) => {
                    let mut line = format!("({})", file.kind_name());
                    if let Some(caption) = &file.caption {
                        line = format!("{line} {caption}");
                    }
                    push_transcript(&mut record, Speaker::Operator, line);
                    out.media_for_person(file.clone(), n);
                    state = set(&record);
                }
                None => {
                    self.operator_says(&mut record, &mut out, text.clone());
                    state = set(&record);
                }
            },
            Decision::ShowLang => {
                let name = self.render(&person_lang, &Text::new("language-name"), &record, &[], &channel);
                let text = self.render_desk(
                    &desk_lang,
                    "desk-lang",
                    &[("lang".into(), format!("{name} ({person_lang})"))],
                );
                to_room(&mut out, Some(n), text);
            }
            Decision::ShowHelp => {
                let text = self.help_text(&desk_lang);
                to_room(&mut out, room_case, text);
            }
            Decision::Duty { .. } => {}
        }
        handoff::apply(&mut case, &decision);
        out.desk.push(case_write(&case));
        self.commit(conv, mark, state, None, out)
    }

    /// Carry out a lobby decision (duty, help).
    fn lobby_decided(&self, mark: UpdateMark, actor: &str, decision: Decision, now: u64) -> store::Result<Handled> {
        let lang = self.helpline.default_language.clone();
        let conv = self.store.conv_id(DESK, "lobby");
        let mut out = Outgoing::new(DESK, "lobby", now);
        match decision {
            Decision::Duty { on } => {
                let mut off = self.off_duty()?;
                if on {
                    off.remove(actor);
                } else {
                    off.insert(actor.to_owned());
                }
                out.desk.push(DeskWrite {
                    key: DUTY_KEY.into(),
                    value: Some(serde_json::to_vec(&off).unwrap_or_default()),
                });
                let id = if on { "desk-duty-on" } else { "desk-duty-off" };
                let text = self.render_desk(&lang, id, &[("user".into(), actor.to_owned())]);
                to_room(&mut out, None, text);
            }
            Decision::ShowHelp => {
                let text = self.help_text(&lang);
                to_room(&mut out, None, text);
            }
            _ => {}
        }
        self.commit(conv, mark, StateChange::Keep, None, out)
    }

    /// Cases nobody claimed within `wait` seconds: the person is told honestly (once per
    /// wait) and the lobby is reminded (again every `wait`). The case stays queued. Returns
    /// how many cases were reminded; the caller flushes.
    pub fn remind_waiting(&self, wait: u64, now: u64) -> store::Result<usize> {
        let mut reminded = 0;
        let roster = self.roster()?.unwrap_or_default();
        for mut case in self.open_cases()? {
            if case.status != handoff::Status::Queued {
                continue;
            }
            let since = case.reminded_at.unwrap_or(case.opened_at);
            if now < since.saturating_add(wait) {
                continue;
            }
            let conv = self.store.conv_id(&case.channel, &case.chat);
            let mut record = self.person_record(conv)?;
            if record.case != Some(case.number) {
                continue;
            }
            let (channel, chat) = (case.channel.clone(), case.chat.clone());
            let mut out = Outgoing::new(&channel, &chat, now);
            let mut state = StateChange::Keep;
            if !case.told_nobody {
                let lang = record.engine.lang.clone().unwrap_or_else(|| case.lang.clone());
                self.tell_person(&mut record, &mut out, &lang, "sys-nobody-answered");
                state = set(&record);
                case.told_nobody = true;
            }
            let operators: Vec<String> = roster
                .on_duty_for(&case.lang)
                .into_iter()
                .map(|o| o.user.clone())
                .collect();
            let mut args = self.case_args(&case, "");
            args.push(("minutes".into(), (now.saturating_sub(case.opened_at) / 60).to_string()));
            args.push(("operators".into(), operators.join(" ")));
            let text = self.render_desk(&self.helpline.default_language, "desk-case-waiting", &args);
            to_room(&mut out, None, text);
            case.reminded_at = Some(now);
            out.desk.push(case_write(&case));
            // Whoever came on duty since the case opened is invited too (an invite to a
            // member is a no-op for the channel).
            for user in &operators {
                invite(&mut out, case.number, user);
            }
            let mark = mark(&format!("remind:{}:{}", case.number, now));
            self.commit(conv, mark, state, None, out)?;
            reminded += 1;
        }
        Ok(reminded)
    }

    /// A conversation may need a person (a danger word, not understood twice): open a case
    /// the bot keeps answering (status released), with a room nobody is invited to yet, and
    /// tell the lobby how to take it over. Once per conversation while the case lasts; only
    /// where operators work from a desk.
    pub(super) fn flag(
        &self,
        record: &mut Record,
        out: &mut Outgoing<'_>,
        lang: &str,
        reason: String,
        priority: crate::flow::Priority,
    ) -> store::Result<()> {
        if self.operators.is_none() || record.case.is_some() {
            return Ok(());
        }
        let number = self.store.next_case_number()?;
        record.case = Some(number);
        let case = Case {
            number,
            channel: out.channel.to_owned(),
            chat: out.chat.to_owned(),
            lang: lang.to_owned(),
            caller: record.engine.vars.get("role").cloned(),
            priority,
            opened_at: out.now,
            status: handoff::Status::Released,
            room: None,
            reminded_at: None,
            told_nobody: false,
            transcript_posted: false,
        };
        let args = self.case_args(&case, &reason);
        let lobby_text = self.desk_text("desk-flagged", &args);
        let room_text = self.desk_text("desk-room-intro", &args);
        out.desk.push(case_write(&case));
        out.push(
            OPERATORS,
            &Outbound {
                chat: number.to_string(),
                body: Body::CaseOpened(super::CaseNotice {
                    case: number,
                    channel: case.channel.clone(),
                    lang: case.lang.clone(),
                    caller: case.caller.clone(),
                    priority,
                    reason,
                    region: record.engine.vars.get("region").cloned(),
                    transcript: Vec::new(),
                    invite: Vec::new(),
                    lobby_text,
                    room_text,
                }),
            },
        );
        Ok(())
    }

    /// Close the person's open case as withdrawn (left the queue, quick exit).
    pub(super) fn withdraw(&self, number: u64, out: &mut Outgoing<'_>) -> store::Result<()> {
        if let Some(mut case) = self.case(number)? {
            if case.is_open() {
                handoff::apply(&mut case, &Decision::Closed(Outcome::Withdrawn));
                out.counters.push(outcome_counter(Outcome::Withdrawn, out.now));
                out.desk.push(case_write(&case));
            }
        }
        Ok(())
    }

    /// A desk text (`desk-…` in `locales/*/desk.ftl`) in the helpline's language.
    pub fn desk_text(&self, id: &str, args: &[(String, String)]) -> String {
        self.render_desk(&self.helpline.default_language, id, args)
    }

    /// A channel's own bookmark (e.g. Matrix's sync token), kept sealed with the desk.
    pub fn cursor(&self, name: &str) -> store::Result<Option<String>> {
        Ok(self
            .store
            .load_desk(&format!("cursor/{name}"))?
            .and_then(|b| String::from_utf8(b).ok()))
    }

    /// Save a channel's bookmark (the caller flushes).
    pub fn save_cursor(&self, name: &str, value: &str) -> store::Result<()> {
        self.write_desk(vec![DeskWrite {
            key: format!("cursor/{name}"),
            value: Some(value.as_bytes().to_vec()),
        }])
    }

    /// Tell a room (or the lobby) something about an event the desk cannot act on (an
    /// attachment, an undecryptable message), once per event.
    pub fn desk_note(&self, event_id: &str, case: Option<u64>, text: String, now: u64) -> store::Result<Handled> {
        let mark = mark(event_id);
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        self.desk_reply(mark, case, text, now)
    }

    /// Tell case `case`'s room that an operator's file did not reach the person after all:
    /// larger than `limit` bytes (the size was not declared when it was posted), or no
    /// longer to be had. Once per file.
    pub fn file_not_sent(&self, case: u64, file: &Attachment, limit: Option<u64>, now: u64) -> store::Result<Handled> {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(file.reference.as_bytes());
        let event = format!("file-not-sent:{case}:{}", hex::encode(&digest[..8]));
        let lang = &self.helpline.default_language;
        let text = match limit {
            Some(limit) => self.render_desk(
                lang,
                "desk-media-too-large",
                &[
                    ("kind".into(), file.kind_name()),
                    ("megabytes".into(), megabytes(limit).to_string()),
                ],
            ),
            None => self.render_desk(lang, "desk-media-not-sent", &[("kind".into(), file.kind_name())]),
        };
        self.desk_note(&event, Some(case), text, now)
    }

    /// Remember that the bot accepted this direct chat with a person (keyed hash only).
    pub fn mark_direct_room(&self, channel: &str, room: &str) -> store::Result<()> {
        self.write_desk(vec![DeskWrite {
            key: self.direct_key(channel, room),
            value: Some(vec![1]),
        }])
    }

    /// Whether the bot accepted this room as a direct chat with a person.
    pub fn is_direct_room(&self, channel: &str, room: &str) -> store::Result<bool> {
        Ok(self.store.load_desk(&self.direct_key(channel, room))?.is_some())
    }

    fn direct_key(&self, channel: &str, room: &str) -> String {
        // The room names a person's chat: only its keyed hash is a key.
        let conv = self.store.conv_id(channel, room);
        format!("direct/{}", hex::encode(conv.0))
    }

    /// Arguments every desk text about a case may use.
    pub(super) fn case_args(&self, case: &Case, reason: &str) -> Vec<(String, String)> {
        vec![
            ("case".into(), case.number.to_string()),
            ("channel".into(), case.channel.clone()),
            ("lang".into(), case.lang.clone()),
            ("caller".into(), case.caller.clone().unwrap_or_else(|| "?".into())),
            ("priority".into(), case.priority.as_str().into()),
            ("reason".into(), reason.to_owned()),
            ("phone".into(), self.helpline.phone.clone()),
            ("emergency".into(), self.helpline.emergency.clone()),
        ]
    }

    /// A desk text in `lang`, without Fluent's bidi isolation marks (they are stripped:
    /// `isolate` is false).
    pub(super) fn render_desk(&self, lang: &str, id: &str, args: &[(String, String)]) -> String {
        let mut text = Text::new(id);
        text.args = args.to_vec();
        self.locales.render(lang, &text, &[], false)
    }

    fn help_text(&self, lang: &str) -> String {
        let outcomes: Vec<&str> = Outcome::CLOSABLE.iter().map(|o| o.as_str()).collect();
        let canned: Vec<String> = self
            .locales
            .reference_ids("canned-")
            .into_iter()
            .map(|id| id["canned-".len()..].to_owned())
            .collect();
        self.render_desk(
            lang,
            "desk-help",
            &[
                ("outcomes".into(), outcomes.join(", ")),
                ("canned".into(), canned.join(", ")),
            ],
        )
    }

    /// `in_case_room`: where the refused message was written (a command in the wrong place
    /// belongs in the other one).
    fn refusal_text(&self, lang: &str, refusal: &Refusal, in_case_room: bool) -> String {
        match refusal {
            Refusal::NotOnRoster => self.render_desk(lang, "desk-refused-not-on-roster", &[]),
            Refusal::NotOwner { owner } => {
                self.render_desk(lang, "desk-refused-not-owner", &[("owner".into(), owner.clone())])
            }
            Refusal::NotClaimed => self.render_desk(lang, "desk-refused-not-claimed", &[]),
            Refusal::AlreadyYours => self.render_desk(lang, "desk-refused-already-yours", &[]),
            Refusal::Closed => self.render_desk(lang, "desk-refused-closed", &[]),
            Refusal::TargetNotOnRoster(user) => {
                self.render_desk(lang, "desk-refused-target", &[("user".into(), user.clone())])
            }
            Refusal::NotRelayed { owner: Some(owner) } => {
                self.render_desk(lang, "desk-refused-not-relayed", &[("owner".into(), owner.clone())])
            }
            Refusal::NotRelayed { owner: None } => self.render_desk(lang, "desk-refused-not-relayed-free", &[]),
            Refusal::WrongRoom => {
                let place = if in_case_room { "lobby" } else { "room" };
                self.render_desk(lang, "desk-refused-wrong-room", &[("place".into(), place.into())])
            }
        }
    }

    /// Answer only in the room (a refusal, an error); the update is marked handled.
    fn desk_reply(&self, mark: UpdateMark, room: Option<u64>, text: String, now: u64) -> store::Result<Handled> {
        let conv = self.store.conv_id(DESK, "lobby");
        let mut out = Outgoing::new(DESK, "lobby", now);
        to_room(&mut out, room, text);
        self.commit(conv, mark, StateChange::Keep, None, out)
    }

    fn desk_reply_none(&self, mark: UpdateMark, now: u64) -> store::Result<Handled> {
        let conv = self.store.conv_id(DESK, "lobby");
        let out = Outgoing::new(DESK, "lobby", now);
        self.commit(conv, mark, StateChange::Keep, None, out)
    }

    fn person_record(&self, conv: store::ConvId) -> store::Result<Record> {
        Ok(self
            .store
            .load_state(conv)?
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default())
    }

    fn tell_person(&self, record: &mut Record, out: &mut Outgoing<'_>, lang: &str, id: &str) {
        let text = self.render(lang, &Text::new(id), record, &[], out.channel);
        self.to_person(record, out, text, Vec::new());
    }

    /// An operator's words for the person, kept in the transcript as theirs.
    fn operator_says(&self, record: &mut Record, out: &mut Outgoing<'_>, text: String) {
        push_transcript(record, Speaker::Operator, text.clone());
        out.text_for_person(text, Vec::new());
    }
}

fn mark(event_id: &str) -> UpdateMark {
    UpdateMark {
        channel: DESK.into(),
        update_id: event_id.to_owned(),
    }
}

fn set(record: &Record) -> StateChange {
    StateChange::Set(serde_json::to_vec(record).unwrap_or_default())
}

fn to_room(out: &mut Outgoing<'_>, case: Option<u64>, text: String) {
    let chat = case.map(|c| c.to_string()).unwrap_or_else(|| "lobby".into());
    out.push(
        OPERATORS,
        &Outbound {
            chat,
            body: Body::ToRoom { case, text },
        },
    );
}

fn invite(out: &mut Outgoing<'_>, case: u64, user: &str) {
    out.push(
        OPERATORS,
        &Outbound {
            chat: case.to_string(),
            body: Body::Invite {
                case,
                user: user.to_owned(),
            },
        },
    );
}

fn outcome_counter(outcome: Outcome, now: u64) -> String {
    format!("{}|outcome:{}", stats::month(now), outcome.as_str())
}
