//! The case book: cases, their rooms, the roster and who is on duty, as the store keeps
//! them (desk records, sealed like everything else). [`CaseBook`] only reads; every change
//! is a [`DeskChange`] that a turn commits with the rest of its write. Opening a case (a
//! person's request or a flag) and withdrawing one are here too, as steps of a turn. It must
//! not know any platform API nor render anything itself.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, RwLock};

use super::error::{decode, encode, Result};
use super::outgoing::Outgoing;
use super::{Body, CaseNotice, Record, Service};
use crate::flow::{Priority, Text};
use crate::handoff::assessment::{Answer, Assessment, Indicator};
use crate::handoff::{self, Case, Decision, Operator, Outcome, Roster};
use crate::stats;
use crate::store::{DeskWrite, Store};

const DUTY_KEY: &str = "duty";
const SUSPENDED_KEY: &str = "suspended";
const ROOM_PREFIX: &str = "room/";
const CASE_PREFIX: &str = "case/";

/// Read access to cases, rooms and the roster. Cheap to clone; shared by the service and
/// by the deliveries that need a case's room.
pub struct CaseBook<S: Store> {
    store: Arc<S>,
    /// The configured roster, when operators work from a desk (Matrix). Without one (the
    /// terminal), cases open as if someone were on duty. Shared by every clone and swapped
    /// whole by [`CaseBook::replace_roster`] (SIGHUP), so the deliveries' copies read the
    /// roster the desk reads.
    operators: Option<Arc<RwLock<Arc<Vec<Operator>>>>>,
}

impl<S: Store> Clone for CaseBook<S> {
    fn clone(&self) -> Self {
        CaseBook {
            store: self.store.clone(),
            operators: self.operators.clone(),
        }
    }
}

impl<S: Store> CaseBook<S> {
    /// A case book over `store`, with the configured roster if operators work from a desk.
    pub fn new(store: Arc<S>, operators: Option<Vec<Operator>>) -> Self {
        CaseBook {
            store,
            operators: operators.map(|ops| Arc::new(RwLock::new(Arc::new(ops)))),
        }
    }

    /// The roster as configured now (without duty), if operators work from a desk.
    fn operators(&self) -> Option<Arc<Vec<Operator>>> {
        let shared = self.operators.as_ref()?;
        Some(shared.read().unwrap_or_else(|p| p.into_inner()).clone())
    }

    /// Serve `operators` as the roster from now on, in every clone of this book. False (and
    /// nothing changed) if operators do not work from a desk: a desk needs a restart.
    pub(super) fn replace_roster(&self, operators: Vec<Operator>) -> bool {
        let Some(shared) = &self.operators else {
            return false;
        };
        *shared.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(operators);
        true
    }

    /// Whether operators work from a desk (a roster is configured).
    pub fn has_desk(&self) -> bool {
        self.operators.is_some()
    }

    /// The roster with today's duty, if operators work from a desk.
    pub fn roster(&self) -> Result<Option<Roster>> {
        let Some(operators) = self.operators() else {
            return Ok(None);
        };
        Ok(Some(Roster {
            operators: operators.as_ref().clone(),
            off_duty: self.off_duty()?,
            suspended: self.suspended()?,
        }))
    }

    /// Whether `user` is on the configured roster and not suspended (their identity
    /// changed). A suspension list the store cannot read counts everyone as suspended: a
    /// case room is better left without operators than opened to someone's new identity.
    pub fn is_operator(&self, user: &str) -> bool {
        let configured = self.operators().is_some_and(|ops| ops.iter().any(|o| o.user == user));
        configured
            && match self.suspended() {
                Ok(suspended) => !suspended.contains(user),
                Err(e) => {
                    tracing::error!(error = %e, "suspended operators unreadable; nobody counts as an operator");
                    false
                }
            }
    }

    /// Roster operators whose cross-signing identity changed after the bot pinned it, and
    /// whom no other operator has trusted again (`!trust`).
    pub fn suspended(&self) -> Result<BTreeSet<String>> {
        match self.store.load_desk(SUSPENDED_KEY)? {
            Some(bytes) => decode("suspended operators", &bytes),
            None => Ok(BTreeSet::new()),
        }
    }

    pub(super) fn off_duty(&self) -> Result<BTreeSet<String>> {
        match self.store.load_desk(DUTY_KEY)? {
            Some(bytes) => decode("duty list", &bytes),
            None => Ok(BTreeSet::new()),
        }
    }

    /// A case's record, if it exists.
    pub fn case(&self, number: u64) -> Result<Option<Case>> {
        self.store
            .load_desk(&case_key(number))?
            .map(|bytes| decode("case record", &bytes))
            .transpose()
    }

    /// Every case still open, oldest first. A record this build cannot read is reported
    /// and passed over, so one bad record never stops the others' reminders.
    pub fn open_cases(&self) -> Result<Vec<Case>> {
        let mut cases = Vec::new();
        for (_, bytes) in self.store.desk_entries(CASE_PREFIX)? {
            match decode::<Case>("case record", &bytes) {
                Ok(case) if case.is_open() => cases.push(case),
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "case record passed over"),
            }
        }
        Ok(cases)
    }

    /// The case whose room this is.
    pub fn case_for_room(&self, room: &str) -> Result<Option<u64>> {
        let bytes = match self.store.load_desk(&self.room_key(room))? {
            Some(bytes) => Some(bytes),
            // A room recorded before room ids were hashed.
            None => self.store.load_desk(&format!("{ROOM_PREFIX}{room}"))?,
        };
        Ok(bytes
            .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
            .map(u64::from_be_bytes))
    }

    /// The desk key of a case room: the room id only as a keyed hash, so the store's keys
    /// name no room.
    pub(super) fn room_key(&self, room: &str) -> String {
        let hashed = self.store.conv_id("case-room", room);
        format!("{ROOM_PREFIX}{}", hex::encode(hashed.0))
    }

    /// The room of case `number`, once created.
    pub fn room_of(&self, number: u64) -> Result<Option<String>> {
        Ok(self.case(number)?.and_then(|c| c.room))
    }
}

/// One desk record to write in a turn.
pub(super) enum DeskChange {
    /// A case's record, as it is now.
    Case(Case),
    /// Which case a room belongs to, under the room's key ([`CaseBook::room_key`]).
    Room { key: String, case: u64 },
    /// Who is off duty.
    Duty(BTreeSet<String>),
    /// Who is suspended since their identity changed.
    Suspended(BTreeSet<String>),
    /// Any other record, already encoded (channel bookkeeping).
    Raw { key: String, value: Vec<u8> },
    /// A channel's bookkeeping record to delete.
    Forget(String),
}

impl DeskChange {
    pub(super) fn write(&self) -> Result<DeskWrite> {
        let (key, value) = match self {
            DeskChange::Case(case) => (case_key(case.number), Some(encode("case record", &kept(case))?)),
            DeskChange::Room { key, case } => (key.clone(), Some(case.to_be_bytes().to_vec())),
            DeskChange::Duty(off) => (DUTY_KEY.to_owned(), Some(encode("duty list", off)?)),
            DeskChange::Suspended(users) => (SUSPENDED_KEY.to_owned(), Some(encode("suspended operators", users)?)),
            DeskChange::Raw { key, value } => (key.clone(), Some(value.clone())),
            DeskChange::Forget(key) => (key.clone(), None),
        };
        Ok(DeskWrite { key, value })
    }
}

/// What a case record keeps: an ended case only what monitoring needs, not the person's
/// chat (a Telegram user id, a Matrix room id). The store seals each write under a fresh
/// key, so the versions that named the chat die with this one.
fn kept(case: &Case) -> std::borrow::Cow<'_, Case> {
    if case.is_open() || case.chat.is_empty() {
        return std::borrow::Cow::Borrowed(case);
    }
    let mut ended = case.clone();
    ended.chat.clear();
    std::borrow::Cow::Owned(ended)
}

pub(super) fn case_key(number: u64) -> String {
    format!("{CASE_PREFIX}{number:012}")
}

/// Why a person's case ends without an operator closing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Withdrawal {
    /// The person went back to the menu.
    LeftQueue,
    /// The person used the quick exit.
    QuickExit,
    /// The person's chat can no longer receive messages.
    Unreachable,
    /// Retention: the conversation was idle past its limit and is forgotten.
    Expired,
}

/// Why a case opens.
pub(super) enum Opening {
    /// The person asked for someone; operators on duty are invited.
    Requested {
        invite: Vec<String>,
        nobody_on_duty: bool,
        /// What the person is told (rendered with the case number).
        texts: Vec<Text>,
    },
    /// The bot flagged the conversation (a danger word, not understood twice): it keeps
    /// answering (status released) and the lobby is told how to take it over.
    Flagged,
}

impl<S: Store> Service<S> {
    /// Open (or, for a conversation flagged or given back earlier, reopen) the person's case
    /// and tell the operators' side. Returns the case number.
    pub(super) fn open_case(
        &self,
        record: &mut Record,
        out: &mut Outgoing<'_>,
        lang: &str,
        (priority, reason): (Priority, String),
        opening: Opening,
    ) -> Result<u64> {
        let earlier = match record.case {
            Some(n) => self.cases.case(n)?.filter(|c| c.status == handoff::Status::Released),
            None => None,
        };
        let number = match &earlier {
            Some(c) => c.number,
            None => self.store.next_case_number()?,
        };
        record.case = Some(number);
        if let Opening::Requested { texts, .. } = &opening {
            let extra = [("case".to_owned(), number.to_string())];
            for t in texts {
                let text = self.render(lang, t, record, &extra, &out.channel);
                self.to_person(record, out, text, Vec::new());
            }
        }
        let case = Case {
            number,
            channel: out.channel.clone(),
            chat: out.chat.clone(),
            lang: lang.to_owned(),
            caller: record.engine.vars.get("role").cloned(),
            priority,
            opened_at: out.now,
            status: match opening {
                Opening::Flagged => handoff::Status::Released,
                Opening::Requested { .. } => handoff::Status::Queued,
            },
            room: earlier.as_ref().and_then(|c| c.room.clone()),
            reminded_at: None,
            told_nobody: matches!(
                opening,
                Opening::Requested {
                    nobody_on_duty: true,
                    ..
                }
            ),
            transcript_posted: earlier.as_ref().is_some_and(|c| c.transcript_posted),
            waiting_since: None,
            stranded: false,
            flagged: matches!(opening, Opening::Flagged),
            closed_at: None,
        };
        // Caller types per month: counted once per case, not when a case is reopened.
        if earlier.is_none() {
            out.counters.extend(
                case.caller
                    .as_deref()
                    .and_then(|r| crate::stats::caller_counter(r, out.now)),
            );
        }
        let notice = self.case_notice(&case, record, reason, opening);
        out.desk.push(DeskChange::Case(case));
        out.for_operators(Some(number), Body::CaseOpened(notice));
        Ok(number)
    }

    /// What the operators' side is told of a new case: no names, no platform ids.
    fn case_notice(&self, case: &Case, record: &Record, reason: String, opening: Opening) -> CaseNotice {
        let mut args = self.case_args(case, &reason);
        let (lobby_id, invite, transcript) = match opening {
            Opening::Flagged => ("desk-flagged", Vec::new(), Vec::new()),
            Opening::Requested {
                invite, nobody_on_duty, ..
            } => {
                args.push(("operators".into(), invite.join(" ")));
                let id = if nobody_on_duty {
                    "desk-nobody-on-duty"
                } else {
                    "desk-case-opened"
                };
                (id, invite, record.transcript.clone())
            }
        };
        let number = ("case".to_owned(), case.number.to_string());
        CaseNotice {
            case: case.number,
            channel: case.channel.clone(),
            lang: case.lang.clone(),
            caller: case.caller.clone(),
            priority: case.priority,
            reason,
            region: record.engine.vars.get("region").cloned(),
            transcript,
            invite,
            lobby_text: self.desk_text(lobby_id, &args),
            room_text: self.room_intro(&args, &record.engine.vars),
            room_name: self.desk_text("desk-room-name", &[number]),
        }
    }

    /// A conversation may need a person although nobody asked: open a flagged case, once
    /// per conversation while the case lasts, and only where operators work from a desk.
    pub(super) fn flag(
        &self,
        record: &mut Record,
        out: &mut Outgoing<'_>,
        lang: &str,
        reason: String,
        priority: Priority,
    ) -> Result<()> {
        if !self.cases.has_desk() || record.case.is_some() {
            return Ok(());
        }
        self.open_case(record, out, lang, (priority, reason), Opening::Flagged)?;
        Ok(())
    }

    /// Close the person's open case as withdrawn (left the queue, quick exit, no longer
    /// reachable) and tell the operators' side.
    pub(super) fn withdraw(&self, number: u64, out: &mut Outgoing<'_>, why: Withdrawal) -> Result<()> {
        if let Some(mut case) = self.cases.case(number)? {
            if case.is_open() {
                handoff::apply(&mut case, &Decision::Closed(Outcome::Withdrawn));
                case.closed_at = Some(out.now);
                out.counters.push(outcome_counter(Outcome::Withdrawn, out.now));
                out.desk.push(DeskChange::Case(case));
            }
        }
        let id = match why {
            Withdrawal::LeftQueue => "desk-withdrawn",
            Withdrawal::QuickExit => "desk-quick-exit",
            Withdrawal::Unreachable => "desk-person-unreachable",
            Withdrawal::Expired => "desk-case-expired",
        };
        let text = self.desk_text(id, &[("case".into(), number.to_string())]);
        let body = Body::CaseWithdrawn {
            case: number,
            quick_exit: why == Withdrawal::QuickExit,
            text,
        };
        out.for_operators(Some(number), body);
        Ok(())
    }

    /// The case room's first message: the case, then the person's answers to the check
    /// (`handoff::assessment`) with a suggested priority, when they answered any. Only the
    /// invited operators read it; the person never sees it.
    fn room_intro(&self, args: &[(String, String)], vars: &BTreeMap<String, String>) -> String {
        let intro = self.desk_text("desk-room-intro", args);
        let Some(check) = Assessment::from_vars(vars) else {
            return intro;
        };
        let list = |answer| {
            let names: Vec<String> = check
                .with(answer)
                .iter()
                .map(|i| self.desk_text(&format!("desk-indicator-{}", i.name()), &[]))
                .collect();
            if names.is_empty() {
                self.desk_text("desk-assessment-none", &[])
            } else {
                names.join(", ")
            }
        };
        let summary = self.desk_text(
            "desk-assessment",
            &[
                ("answered".into(), check.answered().to_string()),
                ("total".into(), Indicator::ALL.len().to_string()),
                ("suggested".into(), check.suggested_priority().as_str().into()),
                ("yes".into(), list(Answer::Yes)),
                ("no".into(), list(Answer::No)),
                ("skipped".into(), list(Answer::Skipped)),
            ],
        );
        format!("{intro}\n{summary}")
    }

    /// The person's language as operators read it: its name in the desk's language, the
    /// tag, and (with a roster) how many on duty speak it — nobody means a mediator.
    fn language_for_desk(&self, lang: &str) -> String {
        let tag = [("lang".to_owned(), lang.to_owned())];
        let mut named = format!("{} ({lang})", self.desk_text("desk-lang-name", &tag));
        if let Ok(Some(roster)) = self.cases.roster() {
            let count = [("count".to_owned(), roster.speakers_on_duty(lang).to_string())];
            named = format!("{named}, {}", self.desk_text("desk-lang-speakers", &count));
        }
        named
    }

    /// Arguments every desk text about a case may use (`lang`: the language named, with
    /// who speaks it; `lang_tag`: the tag alone).
    pub(super) fn case_args(&self, case: &Case, reason: &str) -> Vec<(String, String)> {
        vec![
            ("case".into(), case.number.to_string()),
            ("channel".into(), case.channel.clone()),
            ("lang".into(), self.language_for_desk(&case.lang)),
            ("lang_tag".into(), case.lang.clone()),
            ("caller".into(), case.caller.clone().unwrap_or_else(|| "?".into())),
            ("priority".into(), case.priority.as_str().into()),
            ("reason".into(), reason.to_owned()),
            ("phone".into(), self.helpline.phone.clone()),
            ("emergency".into(), self.helpline.emergency.clone()),
        ]
    }
}

/// The monthly counter of a case's outcome.
pub(super) fn outcome_counter(outcome: Outcome, now: u64) -> String {
    format!("{}|outcome:{}", stats::month(now), outcome.as_str())
}
