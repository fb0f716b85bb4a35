//! The operators' desk as turns: operators' messages and commands from the lobby and the
//! case rooms, someone joining a case room (an operator is welcome, anyone else must be
//! removed), cases whose owner left the roster, and the "nobody answered yet" reminder.
//! Each is one atomic write like a person's turn (the case record, the person's state,
//! what the person and the rooms are told, the event's update mark). It owns what each
//! [`Decision`] means for the person; it must not know Matrix: rooms are named by case
//! number here, and the case book keeps which room is whose.

use super::audit::{decision_action, refusal_kind, AuditEntry};
use super::cases::{outcome_counter, DeskChange};
use super::error::Result;
use super::outgoing::Outgoing;
use super::safety::hold_back;
use super::service::{keep, push_transcript};
use super::{megabytes, Attachment, Body, Handled, Record, Service, Speaker};
use crate::flow::{OpenCase, Text};
use crate::handoff::{self, Case, Decision, Operator, Outcome, Refusal, Roster, Said};
use crate::store::{self, ConvId, StateChange, Store, UpdateMark};

/// Update marks of operators' messages live under this channel name.
pub(super) const DESK: &str = "desk";

/// Where an operator wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskRoom {
    /// The duty lobby.
    Lobby,
    /// A case's room.
    Case(u64),
}

/// One message of an operator (or of anyone else in a desk room), as the channel read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskMessage {
    /// The platform's event id, for de-duplication.
    pub event_id: String,
    /// Where it was written.
    pub room: DeskRoom,
    /// Who wrote it (a Matrix user id).
    pub sender: String,
    /// The text, or an attachment's caption (or its file name, if it has none).
    pub text: String,
    /// A file the sender posted; for the owner of the case, relayed to the person.
    pub attachment: Option<Attachment>,
}

/// What to do with an invitation into a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invitation {
    /// The duty lobby, from a roster operator: join it.
    JoinLobby,
    /// A direct chat from someone not on the roster: a person; join if it is 1:1.
    DirectChat,
    /// A direct chat from a roster operator: Element opens one to verify the bot. Join it;
    /// nothing said there is a conversation or a command.
    OperatorChat,
    /// Anything else (group rooms are not for conversations with people).
    Decline,
}

/// Whether someone in a case room may stay there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joining {
    /// A roster operator: welcome.
    Stays,
    /// Not on the roster: the channel removes them from the room.
    Remove,
}

/// A decision about a case while it is carried out: the case, the person's record and
/// what the turn says.
pub(super) struct CaseTurn<'a> {
    pub(super) case: Case,
    pub(super) record: Record,
    /// The person's language.
    pub(super) lang: String,
    pub(super) out: Outgoing<'a>,
    /// Whether the person's record changed.
    pub(super) changed: bool,
}

impl CaseTurn<'_> {
    /// A turn about `case`'s person, whose record is `record`.
    pub(super) fn new(case: Case, record: Record, now: u64) -> Self {
        let lang = record.engine.lang.clone().unwrap_or_else(|| case.lang.clone());
        let out = Outgoing::new(&case.channel, &case.chat, now);
        CaseTurn {
            case,
            record,
            lang,
            out,
            changed: false,
        }
    }
}

impl<S: Store> Service<S> {
    /// An operator joined the case room: the first time, post what was said before the
    /// handoff (they can decrypt only what is sent after they joined). `event_id` is the
    /// join's, for de-duplication. Joins of people not on the roster are not turns.
    pub fn operator_joined(&self, number: u64, user: &str, event_id: &str, now: u64) -> Result<Handled> {
        let mark = mark(event_id);
        if !self.cases.is_operator(user) || self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let Some(conv) = self.case_conv(number)? else {
            return Ok(Handled::Duplicate);
        };
        let _turn = self.turns.lock(conv);
        let Some(mut case) = self.cases.case(number)? else {
            return Ok(Handled::Duplicate);
        };
        let mut out = Outgoing::new(&case.channel, &case.chat, now);
        if !case.transcript_posted {
            let record = self.load_record(conv)?;
            let mut text = self.desk_text("desk-transcript", &[]);
            for line in &record.transcript {
                let who = match line.from {
                    Speaker::Person => "desk-person",
                    Speaker::Bot => "desk-bot",
                    Speaker::Operator => "desk-operator",
                };
                text.push_str(&format!("\n{}: {}", self.desk_text(who, &[]), line.text));
            }
            out.in_room(Some(number), text);
            case.transcript_posted = true;
            out.desk.push(DeskChange::Case(case.clone()));
        }
        self.commit(conv, Some(mark), StateChange::Keep, None, out)
    }

    /// Someone joined case `number`'s room. A roster operator stays (see
    /// [`Service::operator_joined`]); anyone else is to be removed at once, and the room is
    /// told which account (once per join event; `Remove` is answered for a join seen before
    /// too, so that a join replayed after a crash is still carried out).
    pub fn member_joined(&self, number: u64, user: &str, event_id: &str, now: u64) -> Result<Joining> {
        if self.may_stay(user) {
            self.operator_joined(number, user, event_id, now)?;
            return Ok(Joining::Stays);
        }
        if !self.store.seen_update(&mark(event_id))? {
            self.member_removed(number, user, event_id, now)?;
        }
        Ok(Joining::Remove)
    }

    /// Whether `user` may be in a case room: roster operators only. (The bot itself is the
    /// channel's to leave out.)
    pub fn may_stay(&self, user: &str) -> bool {
        self.cases.is_operator(user)
    }

    /// Tell case `number`'s room that `user`, not on the roster, is removed from it;
    /// `event_id` marks it done.
    pub fn member_removed(&self, number: u64, user: &str, event_id: &str, now: u64) -> Result<Handled> {
        let suspended = self.cases.roster()?.is_some_and(|r| r.is_suspended(user));
        let id = match suspended {
            true => "desk-removed-suspended",
            false => "desk-removed-not-on-roster",
        };
        let text = self.desk_text(id, &[("user".into(), user.to_owned())]);
        let entry = AuditEntry::new(
            Some(number),
            self.audit_actor(user),
            "refused",
            Some("joined-not-on-roster".into()),
        );
        self.desk_reply_audited(mark(event_id), Some(number), Some(text), Some(entry), now)
    }

    /// Open cases claimed by someone no longer on the roster go back to the queue: the room
    /// and the lobby are told, and the operators on duty for the case's language are
    /// invited, as for a case still waiting. The next reminder follows `claim_timeout` from
    /// now. Returns how many cases went back; the caller flushes.
    pub fn requeue_off_roster(&self, now: u64) -> Result<usize> {
        let mut requeued = 0;
        for case in self.cases.open_cases()? {
            if self.owner_off_roster(&case) && self.requeue(case.number, now)? {
                requeued += 1;
            }
        }
        Ok(requeued)
    }

    /// Whether `case` is claimed by someone the roster no longer names.
    fn owner_off_roster(&self, case: &Case) -> bool {
        case.owner().is_some_and(|owner| !self.may_stay(owner))
    }

    /// Serve `operators` as the roster from the next turn on (SIGHUP): who may stay in a
    /// case room, claim, and is invited, with their languages. The channel then removes
    /// whoever left it from the case rooms and calls [`Service::requeue_off_roster`]. False
    /// if operators do not work from a desk (nothing changed).
    pub fn replace_roster(&self, operators: Vec<Operator>) -> bool {
        self.cases.replace_roster(operators)
    }

    /// One case whose owner left the roster, back in the queue, in one write, decided on
    /// the case as it is while no other turn of its conversation runs (serving, an operator
    /// may act on it meanwhile). False if it no longer needs to go back.
    fn requeue(&self, number: u64, now: u64) -> Result<bool> {
        let Some(conv) = self.case_conv(number)? else {
            return Ok(false);
        };
        let _turn = self.turns.lock(conv);
        let Some(case) = self.cases.case(number)? else {
            return Ok(false);
        };
        if !case.is_open() || !self.owner_off_roster(&case) {
            return Ok(false);
        }
        let record = self.load_record(conv)?;
        let mut t = CaseTurn::new(case, record, now);
        let n = t.case.number;
        let owner = t.case.owner().unwrap_or_default().to_owned();
        let args = [("case".to_owned(), n.to_string()), ("owner".into(), owner)];
        let text = self.desk_text("desk-owner-left-roster", &args);
        t.out.in_room(Some(n), text.clone());
        t.out.in_room(None, text);
        let roster = self.cases.roster()?.unwrap_or_default();
        for operator in roster.on_duty_for(&t.case.lang) {
            invite(&mut t.out, n, &operator.user);
        }
        t.case.status = handoff::Status::Queued;
        t.case.reminded_at = Some(now);
        t.case.told_nobody = false;
        let mark = mark(&format!("requeue:{n}:{now}"));
        t.out.desk.push(DeskChange::Case(t.case));
        self.commit(conv, Some(mark), StateChange::Keep, None, t.out)?;
        Ok(true)
    }

    /// Whether to take an invitation: into the lobby (`is_lobby`) or a direct chat
    /// (`is_direct`), from `inviter`.
    pub fn invitation(&self, is_lobby: bool, inviter: &str, is_direct: bool) -> Invitation {
        let from_operator = self.cases.is_operator(inviter);
        if is_lobby && from_operator {
            Invitation::JoinLobby
        } else if is_direct && !from_operator {
            Invitation::DirectChat
        } else if is_direct && !is_lobby {
            Invitation::OperatorChat
        } else {
            Invitation::Decline
        }
    }

    /// Whether `user` may verify the bot interactively: a roster operator, not suspended.
    pub fn may_verify(&self, user: &str) -> bool {
        self.cases.is_operator(user)
    }

    /// What the bot writes in the room of an operator's verification, once the keys are
    /// exchanged: the emoji (symbol and name) and the numbers it computed, to compare.
    pub fn verification_text(&self, emoji: &str, numbers: &str) -> String {
        let args = [
            ("emoji".into(), emoji.to_owned()),
            ("numbers".into(), numbers.to_owned()),
        ];
        self.desk_text("desk-verify-compare", &args)
    }

    /// The bot accepted a 1:1 direct chat with a person, opened by `account`: remember it
    /// and count it against the account (keyed hashes only), and greet at once, as
    /// Telegram's `/start` does — the person may not write first.
    pub fn direct_chat_opened(
        &self,
        channel: &str,
        chat: &str,
        account: &str,
        event_id: &str,
        now: u64,
    ) -> Result<Handled> {
        self.mark_direct_room(channel, chat, account)?;
        let start = super::Inbound {
            channel: channel.to_owned(),
            chat: chat.to_owned(),
            update_id: event_id.to_owned(),
            input: crate::flow::Input::Text("/start".into()),
            lang_hint: None,
            message_id: None,
            attachment: None,
        };
        self.handle(&start, now)
    }

    /// An operator's (or anyone's) message in the lobby or a case room.
    pub fn desk_message(&self, m: &DeskMessage, now: u64) -> Result<Handled> {
        let mark = mark(&m.event_id);
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let room_case = room_case(m);
        let roster = self.cases.roster()?.unwrap_or_default();
        let said = match handoff::parse(&m.text) {
            None => Said::Text(m.text.clone()),
            Some(Ok(cmd)) => Said::Command(cmd),
            Some(Err(e)) => {
                if roster.is_operator(&m.sender) {
                    let text = self.desk_text("desk-command-error", &[("error".into(), e.to_string())]);
                    return self.desk_reply(mark, room_case, Some(text), now);
                }
                let refused = self.refused(&Refusal::NotOnRoster, room_case.is_some());
                return self.refuse(mark, room_case, room_case, &m.sender, Some(refused), now);
            }
        };
        // `!takeover N` in the lobby acts on case N.
        let number = match (&m.room, &said) {
            (DeskRoom::Lobby, Said::Command(handoff::Command::Takeover(n))) if roster.is_operator(&m.sender) => {
                Some(*n)
            }
            _ => room_case,
        };
        let Some(number) = number else {
            return match self.decide_desk(None, &roster, m, &said) {
                Ok(decision) => self.lobby_decided(mark, &m.sender, decision, now),
                Err(refused) => self.refuse(mark, room_case, None, &m.sender, refused, now),
            };
        };
        self.case_message(mark, number, m, &roster, &said, now)
    }

    /// A message about case `number`, decided and carried out on the case as it is while
    /// no other turn of its conversation runs: a `!claim` or a reply racing the person's
    /// quick exit sees the case withdrawn, never the case as it was before.
    fn case_message(
        &self,
        mark: UpdateMark,
        number: u64,
        m: &DeskMessage,
        roster: &Roster,
        said: &Said,
        now: u64,
    ) -> Result<Handled> {
        let room_case = room_case(m);
        let no_such_case = || {
            let text = self.desk_text("desk-no-such-case", &[("case".into(), number.to_string())]);
            self.desk_reply(mark.clone(), room_case, Some(text), now)
        };
        let Some(conv) = self.case_conv(number)? else {
            return no_such_case();
        };
        let _turn = self.turns.lock(conv);
        let Some(case) = self.cases.case(number)? else {
            return no_such_case();
        };
        match self.decide_desk(Some(&case), roster, m, said) {
            Ok(decision) => self.case_decided(mark, case, room_case, m, decision, now),
            Err(refused) => self.refuse(mark, room_case, Some(number), &m.sender, refused, now),
        }
    }

    /// What `m` decides about `case` (the lobby: `None`), or the refusal the room is told
    /// instead (nothing, for a plain message in the lobby: conversation between operators).
    fn decide_desk(
        &self,
        case: Option<&Case>,
        roster: &Roster,
        m: &DeskMessage,
        said: &Said,
    ) -> std::result::Result<Decision, Option<Refused>> {
        match handoff::decide(case, roster, &m.sender, said) {
            Ok(d) => Ok(d),
            Err(Refusal::WrongRoom) if matches!(said, Said::Text(_)) => Err(None),
            Err(refusal) => Err(Some(self.refused(&refusal, room_case(m).is_some()))),
        }
    }

    /// A refusal's text for the room and its kind for the audit log.
    fn refused(&self, refusal: &Refusal, in_case_room: bool) -> Refused {
        Refused {
            text: self.refusal_text(refusal, in_case_room),
            kind: refusal_kind(refusal),
        }
    }

    /// Tell the room (`room`) about a refusal, and log it against `case` in the audit log,
    /// in one write.
    fn refuse(
        &self,
        mark: UpdateMark,
        room: Option<u64>,
        case: Option<u64>,
        sender: &str,
        refused: Option<Refused>,
        now: u64,
    ) -> Result<Handled> {
        let Some(refused) = refused else {
            return self.desk_reply(mark, room, None, now);
        };
        let entry = AuditEntry::new(case, self.audit_actor(sender), "refused", Some(refused.kind.into()));
        self.desk_reply_audited(mark, room, Some(refused.text), Some(entry), now)
    }

    /// The conversation case `number` belongs to (it never changes): the lock a turn about
    /// the case takes.
    pub(super) fn case_conv(&self, number: u64) -> Result<Option<ConvId>> {
        Ok(self
            .cases
            .case(number)?
            .map(|c| self.store.conv_id(&c.channel, &c.chat)))
    }

    /// Carry out a decision about a case, in one write. The caller holds the lock of the
    /// case's conversation.
    fn case_decided(
        &self,
        mark: UpdateMark,
        case: Case,
        room_case: Option<u64>,
        said_by: &DeskMessage,
        decision: Decision,
        now: u64,
    ) -> Result<Handled> {
        let conv = self.store.conv_id(&case.channel, &case.chat);
        let record = match self.existing_record(conv)? {
            Some(record) => record,
            None if reaches_person(&decision) => return self.person_gone(mark, case, now),
            None => Record::default(),
        };
        let mut t = CaseTurn::new(case, record, now);
        let n = t.case.number;
        let num = ("case".to_owned(), n.to_string());
        match &decision {
            Decision::Claimed { owner, from } => {
                let from_lobby = room_case.is_none();
                self.claimed(&mut t, (owner, from.as_deref()), from_lobby, &said_by.sender);
            }
            Decision::Transferred { from, to } => {
                invite(&mut t.out, n, to);
                let args = [num, ("from".into(), from.clone()), ("to".into(), to.clone())];
                t.out.in_room(Some(n), self.desk_text("desk-transferred", &args));
            }
            Decision::Released => {
                t.record.engine.handoff = None;
                self.tell_person(&mut t, "sys-operator-left");
                t.out.in_room(Some(n), self.desk_text("desk-released", &[num]));
            }
            Decision::Closed(outcome) => self.closed(&mut t, *outcome),
            Decision::Noted => t.out.in_room(Some(n), self.desk_text("desk-noted", &[])),
            Decision::Say(name) => {
                if !self.canned(&mut t, name) {
                    let text = self.desk_text("desk-unknown-canned", &[("name".into(), name.clone())]);
                    return self.desk_reply(mark, room_case, Some(text), now);
                }
            }
            Decision::Relay(text) => self.operator_relay(&mut t, text, said_by.attachment.as_ref()),
            Decision::ShowLang => {
                let name = self.render(&t.lang, &Text::new("language-name"), &t.record, &[], &t.out.channel);
                let lang = format!("{name} ({})", t.lang);
                t.out
                    .in_room(Some(n), self.desk_text("desk-lang", &[("lang".into(), lang)]));
            }
            Decision::ShowHelp => t.out.in_room(room_case, self.help_text()),
            Decision::ShowCanned => t.out.in_room(room_case, self.canned_list()),
            Decision::Duty { .. } | Decision::Trusted { .. } => {}
        }
        let command = handoff::parse(&said_by.text).and_then(|c| c.ok());
        if let Some((action, detail)) = decision_action(&decision, command.as_ref()) {
            let actor = self.audit_actor(&said_by.sender);
            t.out.audit.push(AuditEntry::new(Some(n), actor, action, detail));
        }
        handoff::apply(&mut t.case, &decision);
        if matches!(decision, Decision::Transferred { .. }) {
            // The new owner's silence counts from now.
            t.case.waiting_since = t.case.waiting_since.map(|_| now);
        }
        t.out.desk.push(DeskChange::Case(t.case));
        t.changed |= hold_back(&mut t.record, &mut t.out);
        let state = if t.changed { keep(&t.record)? } else { StateChange::Keep };
        self.commit(conv, Some(mark), state, None, t.out)
    }

    /// An operator took the case (from the queue, over from the bot, or from an owner who
    /// left the person waiting: `from`): the person is told (neutrally, for a new owner),
    /// the room and the lobby too, the old owner in the room.
    fn claimed(&self, t: &mut CaseTurn<'_>, (owner, from): (&str, Option<&str>), from_lobby: bool, actor: &str) {
        let n = t.case.number;
        if t.record.engine.handoff.is_none() {
            // Taken over from the bot: from now on the engine relays.
            t.record.engine.handoff = Some(OpenCase {
                priority: t.case.priority,
                reason: "takeover".into(),
                since: t.out.now,
            });
        }
        t.record.case = Some(n);
        // Time to claim: counted once, when the case leaves the queue (not on a transfer).
        if t.case.owner().is_none() {
            t.out
                .counters
                .push(crate::stats::claim_counter(t.case.opened_at, t.out.now));
            t.out.claim_waited = Some(t.out.now.saturating_sub(t.case.opened_at));
        }
        let mut args = vec![("case".to_owned(), n.to_string()), ("owner".into(), owner.to_owned())];
        let text = match from {
            Some(from) => {
                self.tell_person(t, "sys-operator-changed");
                args.push(("from".into(), from.to_owned()));
                self.desk_text("desk-taken-over", &args)
            }
            None => {
                self.tell_person(t, "sys-operator-joined");
                self.desk_text("desk-claimed", &args)
            }
        };
        t.out.in_room(Some(n), text.clone());
        t.out.in_room(None, text);
        // From the lobby the taker may not be in the room yet.
        if from_lobby {
            invite(&mut t.out, n, actor);
        }
    }

    fn closed(&self, t: &mut CaseTurn<'_>, outcome: Outcome) {
        let n = t.case.number;
        t.record.engine.handoff = None;
        t.record.case = None;
        t.case.closed_at = Some(t.out.now);
        self.tell_person(t, "sys-case-closed");
        t.out.counters.push(outcome_counter(outcome, t.out.now));
        let args = [
            ("case".to_owned(), n.to_string()),
            ("outcome".into(), outcome.as_str().into()),
        ];
        let text = self.desk_text("desk-closed", &args);
        t.out.in_room(Some(n), text.clone());
        t.out.in_room(None, text);
    }

    /// `!say name`: the canned reply in the person's language. False if there is none.
    fn canned(&self, t: &mut CaseTurn<'_>, name: &str) -> bool {
        let id = format!("canned-{name}");
        if !self.locales().has_reference_message(&id) {
            return false;
        }
        let text = self.render(&t.lang, &Text::new(&id), &t.record, &[], &t.out.channel);
        operator_says(t, text.clone());
        let shown = self.desk_text("desk-said", &[("text".into(), text)]);
        t.out.in_room(Some(t.case.number), shown);
        true
    }

    /// The owner's plain message or file, for the person.
    fn operator_relay(&self, t: &mut CaseTurn<'_>, text: &str, attachment: Option<&Attachment>) {
        let n = t.case.number;
        let Some(file) = attachment else {
            return operator_says(t, text.to_owned());
        };
        let limit = file.exceeds.or_else(|| self.too_large_for(&t.case.channel, file));
        if let Some(limit) = limit {
            let args = [
                ("kind".into(), file.kind_name()),
                ("megabytes".into(), megabytes(limit).to_string()),
            ];
            return t.out.in_room(Some(n), self.desk_text("desk-media-too-large", &args));
        }
        let mut line = format!("({})", file.kind_name());
        if let Some(caption) = &file.caption {
            line = format!("{line} {caption}");
        }
        push_transcript(&mut t.record, Speaker::Operator, line);
        t.changed = true;
        t.out.for_person(Body::Media {
            attachment: file.clone(),
            case: Some(n),
        });
    }

    /// The person's conversation is gone (the quick exit forgot it) although their case
    /// was open: nothing reaches them nor brings the conversation back, the case ends as
    /// withdrawn, and the room is told only that the case is closed.
    fn person_gone(&self, mark: UpdateMark, mut case: Case, now: u64) -> Result<Handled> {
        let conv = self.store.conv_id(DESK, "lobby");
        let mut out = Outgoing::new(DESK, "lobby", now);
        if case.is_open() {
            handoff::apply(&mut case, &Decision::Closed(Outcome::Withdrawn));
            case.closed_at = Some(now);
            out.counters.push(outcome_counter(Outcome::Withdrawn, now));
        }
        out.in_room(Some(case.number), self.desk_text("desk-refused-closed", &[]));
        out.desk.push(DeskChange::Case(case));
        self.commit(conv, Some(mark), StateChange::Keep, None, out)
    }

    /// Carry out a lobby decision (duty, trust, help).
    fn lobby_decided(&self, mark: UpdateMark, actor: &str, decision: Decision, now: u64) -> Result<Handled> {
        let conv = self.store.conv_id(DESK, "lobby");
        let _turn = self.turns.lock(conv);
        let mut out = Outgoing::new(DESK, "lobby", now);
        if let Some((action, detail)) = decision_action(&decision, None) {
            out.audit
                .push(AuditEntry::new(None, self.audit_actor(actor), action, detail));
        }
        match decision {
            Decision::Duty { on } => {
                let mut off = self.cases.off_duty()?;
                if on {
                    off.remove(actor);
                } else {
                    off.insert(actor.to_owned());
                }
                out.desk.push(DeskChange::Duty(off));
                let id = if on { "desk-duty-on" } else { "desk-duty-off" };
                out.in_room(None, self.desk_text(id, &[("user".into(), actor.to_owned())]));
            }
            Decision::Trusted { user } => {
                let mut suspended = self.cases.suspended()?;
                suspended.remove(&user);
                out.desk.push(DeskChange::Suspended(suspended));
                let args = [("user".into(), user), ("by".into(), actor.to_owned())];
                out.in_room(None, self.desk_text("desk-identity-trusted", &args));
            }
            Decision::ShowHelp => out.in_room(None, self.help_text()),
            Decision::ShowCanned => out.in_room(None, self.canned_list()),
            _ => {}
        }
        self.commit(conv, Some(mark), StateChange::Keep, None, out)
    }

    /// Cases nobody claimed within `wait` seconds: the person is told honestly (once per
    /// wait) and the lobby is reminded (again every `wait`). The case stays queued. Returns
    /// how many cases were reminded; the caller flushes.
    pub fn remind_waiting(&self, wait: u64, now: u64) -> Result<usize> {
        self.each_due_case(|c| due(c, wait, now), |n| self.remind(n, wait, now))
    }

    /// One waiting case's reminder, in one write, decided on the case as it is while no
    /// other turn of its conversation runs. False if it is no longer due or the person has
    /// left it.
    fn remind(&self, number: u64, wait: u64, now: u64) -> Result<bool> {
        let Some(conv) = self.case_conv(number)? else {
            return Ok(false);
        };
        let _turn = self.turns.lock(conv);
        let Some(case) = self.cases.case(number)?.filter(|c| due(c, wait, now)) else {
            return Ok(false);
        };
        let record = self.load_record(conv)?;
        if record.case != Some(case.number) {
            return Ok(false);
        }
        let mut t = CaseTurn::new(case, record, now);
        if !t.case.told_nobody {
            // While the operators' channel is down nobody can answer: no promise then.
            let id = if self.operators_down() {
                "sys-operators-down"
            } else {
                "sys-nobody-answered"
            };
            self.tell_person(&mut t, id);
            t.case.told_nobody = true;
        }
        let roster = self.cases.roster()?.unwrap_or_default();
        let operators: Vec<String> = roster
            .on_duty_for(&t.case.lang)
            .into_iter()
            .map(|o| o.user.clone())
            .collect();
        let mut args = self.case_args(&t.case, "");
        args.push((
            "minutes".into(),
            (now.saturating_sub(t.case.opened_at) / 60).to_string(),
        ));
        args.push(("operators".into(), operators.join(" ")));
        t.out.in_room(None, self.desk_text("desk-case-waiting", &args));
        t.case.reminded_at = Some(now);
        // Whoever came on duty since the case opened is invited too (an invite to a
        // member is a no-op for the channel).
        for user in &operators {
            invite(&mut t.out, t.case.number, user);
        }
        let mark = mark(&format!("remind:{}:{}", t.case.number, now));
        t.out.desk.push(DeskChange::Case(t.case));
        t.changed |= hold_back(&mut t.record, &mut t.out);
        let state = if t.changed { keep(&t.record)? } else { StateChange::Keep };
        self.commit(conv, Some(mark), state, None, t.out)?;
        Ok(true)
    }

    /// Tell a room (or the lobby) something about an event the desk cannot act on (an
    /// attachment in the lobby, an undecryptable message), once per event.
    pub fn desk_note(&self, event_id: &str, case: Option<u64>, id: &str, now: u64) -> Result<Handled> {
        let mark = mark(event_id);
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let text = self.desk_text(id, &[]);
        self.desk_reply(mark, case, Some(text), now)
    }

    /// A message from a device its owner has not cross-signed: never obeyed nor relayed.
    /// In a case room (a command, or words meant for the person) and for a command in the
    /// lobby, the room is told once to verify the device, never what was written; lobby
    /// chatter is left alone.
    pub fn unverified_device_message(&self, m: &DeskMessage, now: u64) -> Result<Handled> {
        let mark = mark(&m.event_id);
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let (room, tell) = match m.room {
            DeskRoom::Case(n) => (Some(n), true),
            DeskRoom::Lobby => (None, handoff::parse(&m.text).is_some()),
        };
        let text = tell.then(|| self.desk_text("desk-device-not-verified", &[]));
        self.desk_reply(mark, room, text, now)
    }

    /// A roster operator's device that its owner has not cross-signed: shown in the lobby
    /// once per device (remembered as an update mark, a keyed hash in the store), so that a
    /// device nobody expected is seen. Others' devices are not the desk's business.
    pub fn unverified_device_seen(&self, user: &str, device: &str, now: u64) -> Result<Handled> {
        let mark = mark(&format!("unverified-device:{user}:{device}"));
        if !self.cases.is_operator(user) || self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let args = [("user".into(), user.to_owned()), ("device".into(), device.to_owned())];
        let text = self.desk_text("desk-device-unverified", &args);
        self.desk_reply(mark, None, Some(text), now)
    }

    /// A roster operator's cross-signing identity changed after the bot pinned it (a reset,
    /// theirs or someone else's with their password): they are suspended, off the roster
    /// until another operator says `!trust`, and the lobby is told once. The channel then
    /// removes them from the case rooms and puts their cases back in the queue
    /// ([`Service::requeue_off_roster`]). `Duplicate` if they are not on the roster or
    /// already suspended.
    pub fn operator_identity_changed(&self, user: &str, now: u64) -> Result<Handled> {
        let conv = self.store.conv_id(DESK, "lobby");
        let _turn = self.turns.lock(conv);
        let Some(roster) = self.cases.roster()? else {
            return Ok(Handled::Duplicate);
        };
        if !roster.is_operator(user) {
            return Ok(Handled::Duplicate);
        }
        let mut out = Outgoing::new(DESK, "lobby", now);
        let mut suspended = roster.suspended;
        suspended.insert(user.to_owned());
        out.desk.push(DeskChange::Suspended(suspended));
        out.audit
            .push(AuditEntry::new(None, user.to_owned(), "identity-changed", None));
        let text = self.desk_text("desk-identity-changed", &[("user".into(), user.to_owned())]);
        out.in_room(None, text);
        let mark = mark(&format!("identity-changed:{user}:{now}"));
        self.commit(conv, Some(mark), StateChange::Keep, None, out)
    }

    fn help_text(&self) -> String {
        let outcomes: Vec<&str> = Outcome::CLOSABLE.iter().map(|o| o.as_str()).collect();
        let canned: Vec<String> = self
            .locales()
            .reference_ids("canned-")
            .into_iter()
            .map(|id| id["canned-".len()..].to_owned())
            .collect();
        let args = [
            ("outcomes".into(), outcomes.join(", ")),
            ("canned".into(), canned.join(", ")),
        ];
        self.desk_text("desk-help", &args)
    }

    /// `!say` alone: every canned reply's name and its text in the desk's language (on one
    /// line each), as the person would read it in theirs.
    fn canned_list(&self) -> String {
        let locales = self.locales();
        let facts = [
            ("phone".to_owned(), self.helpline.phone.clone()),
            ("emergency".to_owned(), self.helpline.emergency.clone()),
            ("helpline".to_owned(), self.helpline.name.clone()),
        ];
        let mut lines = vec![self.desk_text("desk-canned-list", &[])];
        for id in locales.reference_ids("canned-") {
            let text = locales.render(&self.helpline.default_language, &Text::new(&id), &facts, false);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            lines.push(format!("`{}` — {text}", &id["canned-".len()..]));
        }
        lines.join("\n")
    }

    /// `in_case_room`: where the refused message was written (a command in the wrong place
    /// belongs in the other one).
    fn refusal_text(&self, refusal: &Refusal, in_case_room: bool) -> String {
        let (id, args): (&str, Vec<(String, String)>) = match refusal {
            Refusal::NotOnRoster => ("desk-refused-not-on-roster", vec![]),
            Refusal::NotOwner { owner } => ("desk-refused-not-owner", vec![("owner".into(), owner.clone())]),
            Refusal::NotClaimed => ("desk-refused-not-claimed", vec![]),
            Refusal::AlreadyYours => ("desk-refused-already-yours", vec![]),
            Refusal::Closed => ("desk-refused-closed", vec![]),
            Refusal::TargetNotOnRoster(user) => ("desk-refused-target", vec![("user".into(), user.clone())]),
            Refusal::NotRelayed { owner: Some(owner) } => {
                ("desk-refused-not-relayed", vec![("owner".into(), owner.clone())])
            }
            Refusal::NotRelayed { owner: None } => ("desk-refused-not-relayed-free", vec![]),
            Refusal::OffDuty => ("desk-refused-off-duty", vec![]),
            Refusal::NotSuspended(user) => ("desk-refused-not-suspended", vec![("user".into(), user.clone())]),
            Refusal::WrongRoom => {
                let place = if in_case_room { "lobby" } else { "room" };
                ("desk-refused-wrong-room", vec![("place".into(), place.into())])
            }
        };
        self.desk_text(id, &args)
    }

    /// Answer only in the room, if anything (a refusal, an error); the update is marked
    /// handled.
    pub(super) fn desk_reply(
        &self,
        mark: UpdateMark,
        room: Option<u64>,
        text: Option<String>,
        now: u64,
    ) -> Result<Handled> {
        self.desk_reply_audited(mark, room, text, None, now)
    }

    /// [`Self::desk_reply`], with an entry for the audit log in the same write.
    fn desk_reply_audited(
        &self,
        mark: UpdateMark,
        room: Option<u64>,
        text: Option<String>,
        entry: Option<AuditEntry>,
        now: u64,
    ) -> Result<Handled> {
        let conv = self.store.conv_id(DESK, "lobby");
        let mut out = Outgoing::new(DESK, "lobby", now);
        if let Some(text) = text {
            out.in_room(room, text);
        }
        out.audit.extend(entry);
        self.commit(conv, Some(mark), StateChange::Keep, None, out)
    }

    pub(super) fn tell_person(&self, t: &mut CaseTurn<'_>, id: &str) {
        let text = self.render(&t.lang, &Text::new(id), &t.record, &[], &t.out.channel);
        self.to_person(&mut t.record, &mut t.out, text, Vec::new());
        t.changed = true;
    }
}

/// A refusal as the desk answers and logs it.
struct Refused {
    /// What the room is told.
    text: String,
    /// Its kind, for the audit log.
    kind: &'static str,
}

/// Whether a waiting case is due for its reminder: queued and unanswered for `wait`
/// seconds since it opened or was last reminded.
fn due(case: &Case, wait: u64, now: u64) -> bool {
    let since = case.reminded_at.unwrap_or(case.opened_at);
    case.status == handoff::Status::Queued && now >= since.saturating_add(wait)
}

/// Whether carrying out `decision` tells the person something or changes their record.
fn reaches_person(decision: &Decision) -> bool {
    matches!(
        decision,
        Decision::Claimed { .. } | Decision::Released | Decision::Closed(_) | Decision::Say(_) | Decision::Relay(_)
    )
}

/// The case whose room `m` was written in (`None`: the lobby).
fn room_case(m: &DeskMessage) -> Option<u64> {
    match m.room {
        DeskRoom::Lobby => None,
        DeskRoom::Case(n) => Some(n),
    }
}

/// An operator's words for the person, kept in the transcript as theirs.
fn operator_says(t: &mut CaseTurn<'_>, text: String) {
    push_transcript(&mut t.record, Speaker::Operator, text.clone());
    t.out.text_for_person(text, Vec::new());
    t.changed = true;
}

/// The update mark of a desk event.
pub(super) fn mark(event_id: &str) -> UpdateMark {
    UpdateMark {
        channel: DESK.into(),
        update_id: event_id.to_owned(),
    }
}

pub(super) fn invite(out: &mut Outgoing<'_>, case: u64, user: &str) {
    let body = Body::Invite {
        case,
        user: user.to_owned(),
    };
    out.for_operators(Some(case), body);
}

/// Kept for the store's sake: desk-only writes are turns of this conversation.
pub(super) fn desk_conv<S: Store>(store: &S) -> store::ConvId {
    store.conv_id(DESK, "desk")
}
