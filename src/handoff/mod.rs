//! Cases and the operators' desk: a case's lifecycle (queued → claimed → transferred →
//! released or closed), the duty roster, and what each operator command does to a case.
//! Pure: `decide` returns a `Decision` that the conversation service persists and the
//! Matrix channel carries out. It must not do I/O, render texts or know matrix-sdk.

pub mod assessment;
pub mod command;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub use command::{parse, Command, CommandError};

use crate::flow::Priority;

/// How a case ended; the fixed list the monthly statistics count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Listening and information on rights and ways out.
    Information,
    /// Advice to an institution, NGO or professional.
    Advice,
    /// Referred to a local project (art. 13 L. 228/2003, art. 18 d.lgs. 286/1998).
    Referral,
    /// Immediate danger: 112 or the police involved.
    Emergency,
    /// The person stopped answering.
    NoContact,
    /// Not trafficking or exploitation.
    OutOfScope,
    /// A test or a hoax.
    Hoax,
    /// The person left the queue or used the quick exit (set by Varco, not by `!close`).
    Withdrawn,
    /// A flagged case nobody took within `matrix.flag_expiry_hours` (set by Varco).
    Expired,
}

impl Outcome {
    /// The outcomes an operator may give with `!close`.
    pub(crate) const CLOSABLE: [Outcome; 7] = [
        Outcome::Information,
        Outcome::Advice,
        Outcome::Referral,
        Outcome::Emergency,
        Outcome::NoContact,
        Outcome::OutOfScope,
        Outcome::Hoax,
    ];

    /// The outcome's name, as `!close` takes it and the case room is told.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Information => "information",
            Outcome::Advice => "advice",
            Outcome::Referral => "referral",
            Outcome::Emergency => "emergency",
            Outcome::NoContact => "no-contact",
            Outcome::OutOfScope => "out-of-scope",
            Outcome::Hoax => "hoax",
            Outcome::Withdrawn => "withdrawn",
            Outcome::Expired => "expired",
        }
    }

    /// The outcome an operator typed after `!close` (any case); only the closable ones, so
    /// `withdrawn` is refused.
    pub fn parse(text: &str) -> Option<Outcome> {
        let text = text.trim().to_lowercase();
        Outcome::CLOSABLE.into_iter().find(|o| o.as_str() == text)
    }
}

/// Where a case stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum Status {
    /// Waiting for an operator; the bot tells the person they are in the queue.
    Queued,
    /// An operator owns it: their plain messages go to the person, the bot is silent.
    Claimed {
        /// The owner's Matrix user id (an operator of the roster).
        owner: String,
    },
    /// Given back to the bot, which answers again; `!claim` takes it anew.
    Released,
    /// Ended, with an outcome.
    Closed {
        /// How it ended.
        outcome: Outcome,
    },
}

/// One case, as kept (encrypted) by the store. The person's chat id is here only so that
/// operators' answers can reach them; operators never see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// The case's number, never reused; the only name operators use.
    pub number: u64,
    /// The person's channel (`telegram`, `matrix`, `terminal`).
    pub channel: String,
    /// The person's chat on that channel.
    pub chat: String,
    /// The conversation's language when the case opened, to find an operator who speaks it.
    pub lang: String,
    /// Who the person said they are (`victim`, `witness`, `professional`), if they did.
    pub caller: Option<String>,
    /// How urgently it needs an operator; the lobby sorts by it.
    pub priority: Priority,
    /// Seconds since the epoch.
    pub opened_at: u64,
    /// Where the case stands: queued, claimed, released or closed.
    pub status: Status,
    /// The Matrix case room, once created.
    #[serde(default)]
    pub room: Option<String>,
    /// When the lobby was last told the case waits (for the "nobody answers" reminder).
    #[serde(default)]
    pub reminded_at: Option<u64>,
    /// Whether the person was told that nobody has answered yet (once per wait).
    #[serde(default)]
    pub told_nobody: bool,
    /// Whether the pre-handoff transcript was posted in the room (after the first join).
    #[serde(default)]
    pub transcript_posted: bool,
    /// Since when the person has waited for the owner: their first message after the
    /// owner last wrote (cleared by the owner's answer), for the owner-silence announcement.
    #[serde(default)]
    pub waiting_since: Option<u64>,
    /// The lobby was told the owner is silent (once per wait): any operator on duty may
    /// `!takeover` the case until the owner answers.
    #[serde(default)]
    pub stranded: bool,
    /// Opened by a flag, not by the person's request, and not taken since: it expires.
    #[serde(default)]
    pub flagged: bool,
    /// When it was closed (seconds since the epoch), for retention; `None` while open (and
    /// for cases closed before it was kept: retention then counts from `opened_at`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<u64>,
}

impl Case {
    /// The operator who owns the case, while it is claimed.
    pub fn owner(&self) -> Option<&str> {
        match &self.status {
            Status::Claimed { owner } => Some(owner),
            _ => None,
        }
    }

    pub(crate) fn is_open(&self) -> bool {
        !matches!(self.status, Status::Closed { .. })
    }

    /// Whether the owner has left the person waiting `silence` seconds (the person wrote
    /// last) and the lobby has not been told yet.
    pub(crate) fn owner_silent(&self, silence: u64, now: u64) -> bool {
        self.owner().is_some() && !self.stranded && self.waiting_since.is_some_and(|t| now >= t.saturating_add(silence))
    }

    /// Whether a flagged case nobody took has waited `expiry` seconds since it opened.
    pub(crate) fn flag_expired(&self, expiry: u64, now: u64) -> bool {
        self.flagged && self.status == Status::Released && now >= self.opened_at.saturating_add(expiry)
    }
}

/// One operator of the configured roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operator {
    /// Matrix user id (`@anna:example.org`).
    pub user: String,
    /// Language tags the operator speaks; they are invited first to cases in them.
    pub languages: Vec<String>,
}

/// The configured roster plus who said `!duty off` and whose identity changed (kept by the
/// store).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    /// `matrix.operators`: the only users who may claim and answer cases.
    pub operators: Vec<Operator>,
    /// User ids of roster operators who said `!duty off`: not invited to new cases.
    pub off_duty: BTreeSet<String>,
    /// User ids of roster operators whose cross-signing identity changed after the bot
    /// pinned it, until another operator says `!trust`: they count as off the roster.
    pub suspended: BTreeSet<String>,
}

impl Roster {
    /// Whether `user` is on the roster and not suspended: the only users obeyed.
    pub(crate) fn is_operator(&self, user: &str) -> bool {
        !self.suspended.contains(user) && self.operators.iter().any(|o| o.user == user)
    }

    /// Whether `user` is a configured operator suspended since their identity changed.
    pub(crate) fn is_suspended(&self, user: &str) -> bool {
        self.suspended.contains(user) && self.operators.iter().any(|o| o.user == user)
    }

    /// Operators who may work now: configured and not suspended.
    fn serving(&self) -> impl Iterator<Item = &Operator> {
        self.operators.iter().filter(|o| !self.suspended.contains(&o.user))
    }

    /// Operators on duty, those who speak `lang` (or its base language) first, otherwise in
    /// roster order.
    pub(crate) fn on_duty_for(&self, lang: &str) -> Vec<&Operator> {
        let speaks = |o: &Operator| o.speaks(lang);
        let on: Vec<&Operator> = self.serving().filter(|o| !self.off_duty.contains(&o.user)).collect();
        let (mut first, rest): (Vec<&Operator>, Vec<&Operator>) = on.into_iter().partition(|o| speaks(o));
        first.extend(rest);
        first
    }

    /// How many operators on duty speak `lang` (or its base language).
    pub(crate) fn speakers_on_duty(&self, lang: &str) -> usize {
        self.serving()
            .filter(|o| !self.off_duty.contains(&o.user) && o.speaks(lang))
            .count()
    }
}

impl Operator {
    /// Whether the operator speaks `lang` or its base language (`pt` for `pt-BR`).
    fn speaks(&self, lang: &str) -> bool {
        let base = lang.split(['-', '_']).next().unwrap_or(lang);
        self.languages.iter().any(|l| l == lang || l == base)
    }
}

/// What a command (or an operator's plain message) leads to, once allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decision {
    /// The actor owns the case now; `from` is the previous owner, if any.
    Claimed {
        owner: String,
        from: Option<String>,
    },
    /// Owner changed to `to` (to be invited to the room).
    Transferred {
        from: String,
        to: String,
    },
    /// Back to the bot.
    Released,
    Closed(Outcome),
    /// Noted in the room only.
    Noted,
    /// Send the canned reply with this name to the person.
    Say(String),
    /// The owner's message, for the person.
    Relay(String),
    /// Tell the room the person's language.
    ShowLang,
    ShowHelp,
    /// List the canned replies (`!say` alone).
    ShowCanned,
    /// The actor's duty changed.
    Duty {
        on: bool,
    },
    /// `user`'s new identity is trusted: back on the roster, pinned at the next check.
    Trusted {
        user: String,
    },
}

/// Why a command was not carried out. Shown to the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    NotOnRoster,
    NotOwner {
        owner: String,
    },
    NotClaimed,
    AlreadyYours,
    Closed,
    TargetNotOnRoster(String),
    /// A plain message from someone who does not own the case.
    NotRelayed {
        owner: Option<String>,
    },
    /// A case command used in the lobby, or a lobby command in a case room.
    WrongRoom,
    /// `!takeover` of a stranded case by an operator who is off duty.
    OffDuty,
    /// `!trust` of someone who is not a suspended roster operator.
    NotSuspended(String),
}

/// What the operator wrote: a command, or plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Said {
    Command(Command),
    Text(String),
}

/// Decide what `actor`'s message in `case`'s room (or, with `case` = `None`, in the lobby)
/// does. Only roster operators' commands are obeyed.
pub(crate) fn decide(case: Option<&Case>, roster: &Roster, actor: &str, said: &Said) -> Result<Decision, Refusal> {
    let on_roster = roster.is_operator(actor);
    let cmd = match said {
        Said::Text(text) => {
            let case = case.ok_or(Refusal::WrongRoom)?;
            return match case.owner() {
                Some(owner) if owner == actor && on_roster => Ok(Decision::Relay(text.clone())),
                _ if !case.is_open() => Err(Refusal::Closed),
                owner => Err(Refusal::NotRelayed {
                    owner: owner.map(str::to_owned),
                }),
            };
        }
        Said::Command(cmd) => cmd,
    };
    if !on_roster {
        return Err(Refusal::NotOnRoster);
    }
    let Some(case) = case else {
        return decide_in_lobby(cmd, roster);
    };
    match cmd {
        Command::Help => Ok(Decision::ShowHelp),
        Command::SayList => Ok(Decision::ShowCanned),
        Command::Duty(_) | Command::Trust(_) => Err(Refusal::WrongRoom),
        _ if !case.is_open() => Err(Refusal::Closed),
        Command::Claim | Command::Takeover(_) => match case.owner() {
            Some(owner) if owner == actor => Err(Refusal::AlreadyYours),
            // A case whose owner left the person waiting: any operator on duty takes it.
            Some(owner) if case.stranded && matches!(cmd, Command::Takeover(_)) => {
                if roster.off_duty.contains(actor) {
                    return Err(Refusal::OffDuty);
                }
                Ok(Decision::Claimed {
                    owner: actor.to_owned(),
                    from: Some(owner.to_owned()),
                })
            }
            // Taking a case from a colleague is `!transfer`, said by the owner.
            Some(owner) => Err(Refusal::NotOwner {
                owner: owner.to_owned(),
            }),
            None => Ok(Decision::Claimed {
                owner: actor.to_owned(),
                from: None,
            }),
        },
        Command::Lang => Ok(Decision::ShowLang),
        Command::Note(_) => Ok(Decision::Noted),
        cmd => {
            let owner = case.owner().ok_or(Refusal::NotClaimed)?;
            if owner != actor {
                return Err(Refusal::NotOwner {
                    owner: owner.to_owned(),
                });
            }
            match cmd {
                Command::Release => Ok(Decision::Released),
                Command::Close(outcome) => Ok(Decision::Closed(*outcome)),
                Command::Say(name) => Ok(Decision::Say(name.clone())),
                Command::Transfer(to) if to == actor => Err(Refusal::AlreadyYours),
                Command::Transfer(to) if roster.is_operator(to) => Ok(Decision::Transferred {
                    from: actor.to_owned(),
                    to: to.clone(),
                }),
                Command::Transfer(to) => Err(Refusal::TargetNotOnRoster(to.clone())),
                // Decided by the arms above; named here (no `_`) so that a new command does
                // not compile until it is decided.
                Command::Claim
                | Command::Takeover(_)
                | Command::Lang
                | Command::Note(_)
                | Command::Help
                | Command::SayList
                | Command::Duty(_)
                | Command::Trust(_) => Err(Refusal::WrongRoom),
            }
        }
    }
}

/// What a roster operator's command in the lobby does.
fn decide_in_lobby(cmd: &Command, roster: &Roster) -> Result<Decision, Refusal> {
    match cmd {
        Command::Help => Ok(Decision::ShowHelp),
        Command::SayList => Ok(Decision::ShowCanned),
        Command::Duty(on) => Ok(Decision::Duty { on: *on }),
        Command::Trust(user) if roster.is_suspended(user) => Ok(Decision::Trusted { user: user.clone() }),
        Command::Trust(user) => Err(Refusal::NotSuspended(user.clone())),
        // `!takeover N` is resolved to its case by the caller and then decided as a claim.
        _ => Err(Refusal::WrongRoom),
    }
}

/// Apply a decision to the case record (the caller persists it). The owner's answer, or a
/// new owner, ends a wait for the owner; a claim ends a flag's expiry.
pub(crate) fn apply(case: &mut Case, decision: &Decision) {
    match decision {
        Decision::Claimed { owner, .. } => {
            case.status = Status::Claimed { owner: owner.clone() };
            case.told_nobody = false;
            case.flagged = false;
            case.waiting_since = None;
        }
        Decision::Transferred { to, .. } => case.status = Status::Claimed { owner: to.clone() },
        Decision::Released => {
            case.status = Status::Released;
            case.waiting_since = None;
        }
        Decision::Closed(outcome) => case.status = Status::Closed { outcome: *outcome },
        Decision::Say(_) | Decision::Relay(_) => case.waiting_since = None,
        Decision::Noted
        | Decision::ShowLang
        | Decision::ShowHelp
        | Decision::ShowCanned
        | Decision::Duty { .. }
        | Decision::Trusted { .. } => {}
    }
    if !matches!(
        decision,
        Decision::Noted | Decision::ShowLang | Decision::ShowHelp | Decision::ShowCanned
    ) {
        case.stranded = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANNA: &str = "@anna:example.org";
    const BRUNO: &str = "@bruno:example.org";
    const EVE: &str = "@eve:example.org";

    fn roster() -> Roster {
        Roster {
            operators: vec![
                Operator {
                    user: ANNA.into(),
                    languages: vec!["it".into(), "en".into()],
                },
                Operator {
                    user: BRUNO.into(),
                    languages: vec!["ro".into()],
                },
            ],
            off_duty: BTreeSet::new(),
            suspended: BTreeSet::new(),
        }
    }

    fn case(status: Status) -> Case {
        Case {
            number: 7,
            channel: "telegram".into(),
            chat: "42".into(),
            lang: "ro".into(),
            caller: None,
            priority: Priority::Normal,
            opened_at: 0,
            status,
            room: None,
            reminded_at: None,
            told_nobody: false,
            transcript_posted: false,
            waiting_since: None,
            stranded: false,
            flagged: false,
            closed_at: None,
        }
    }

    fn cmd(c: Command) -> Said {
        Said::Command(c)
    }

    #[test]
    fn claim_then_only_the_owner_is_relayed() {
        let r = roster();
        let mut c = case(Status::Queued);
        let d = decide(Some(&c), &r, ANNA, &cmd(Command::Claim)).unwrap();
        apply(&mut c, &d);
        assert_eq!(c.owner(), Some(ANNA));
        assert_eq!(
            decide(Some(&c), &r, ANNA, &Said::Text("ciao".into())),
            Ok(Decision::Relay("ciao".into()))
        );
        assert_eq!(
            decide(Some(&c), &r, BRUNO, &Said::Text("ciao".into())),
            Err(Refusal::NotRelayed {
                owner: Some(ANNA.into())
            })
        );
        assert_eq!(
            decide(Some(&c), &r, BRUNO, &cmd(Command::Claim)),
            Err(Refusal::NotOwner { owner: ANNA.into() })
        );
        assert_eq!(
            decide(Some(&c), &r, ANNA, &cmd(Command::Claim)),
            Err(Refusal::AlreadyYours)
        );
    }

    #[test]
    fn commands_from_outside_the_roster_are_refused() {
        let r = roster();
        let c = case(Status::Queued);
        for said in [
            cmd(Command::Claim),
            cmd(Command::Help),
            cmd(Command::Close(Outcome::Hoax)),
        ] {
            assert_eq!(decide(Some(&c), &r, EVE, &said), Err(Refusal::NotOnRoster));
        }
        assert_eq!(
            decide(None, &r, EVE, &cmd(Command::Duty(true))),
            Err(Refusal::NotOnRoster)
        );
        // A roster operator's id in a message from someone else changes nothing.
        let mut claimed = case(Status::Claimed { owner: EVE.into() });
        claimed.number = 8;
        assert!(decide(Some(&claimed), &r, EVE, &Said::Text("hi".into())).is_err());
    }

    #[test]
    fn owner_only_commands() {
        let r = roster();
        let c = case(Status::Claimed { owner: ANNA.into() });
        for c2 in [
            Command::Release,
            Command::Close(Outcome::Referral),
            Command::Say("safe-now".into()),
        ] {
            assert_eq!(
                decide(Some(&c), &r, BRUNO, &cmd(c2.clone())),
                Err(Refusal::NotOwner { owner: ANNA.into() })
            );
            assert!(decide(Some(&c), &r, ANNA, &cmd(c2)).is_ok());
        }
        let q = case(Status::Queued);
        assert_eq!(
            decide(Some(&q), &r, ANNA, &cmd(Command::Release)),
            Err(Refusal::NotClaimed)
        );
        // Notes and the language are for anyone on the roster.
        assert_eq!(
            decide(Some(&c), &r, BRUNO, &cmd(Command::Note("x".into()))),
            Ok(Decision::Noted)
        );
        assert_eq!(decide(Some(&c), &r, BRUNO, &cmd(Command::Lang)), Ok(Decision::ShowLang));
    }

    #[test]
    fn transfer_goes_to_roster_operators_only() {
        let r = roster();
        let mut c = case(Status::Claimed { owner: ANNA.into() });
        assert_eq!(
            decide(Some(&c), &r, ANNA, &cmd(Command::Transfer(EVE.into()))),
            Err(Refusal::TargetNotOnRoster(EVE.into()))
        );
        let d = decide(Some(&c), &r, ANNA, &cmd(Command::Transfer(BRUNO.into()))).unwrap();
        apply(&mut c, &d);
        assert_eq!(c.owner(), Some(BRUNO));
    }

    #[test]
    fn closed_cases_take_no_more_commands_and_release_reopens_claims() {
        let r = roster();
        let mut c = case(Status::Claimed { owner: ANNA.into() });
        apply(&mut c, &Decision::Released);
        assert_eq!(c.status, Status::Released);
        assert!(decide(Some(&c), &r, BRUNO, &cmd(Command::Claim)).is_ok());
        apply(&mut c, &Decision::Closed(Outcome::Information));
        assert_eq!(decide(Some(&c), &r, ANNA, &cmd(Command::Claim)), Err(Refusal::Closed));
        assert_eq!(
            decide(Some(&c), &r, ANNA, &Said::Text("hello?".into())),
            Err(Refusal::Closed)
        );
    }

    #[test]
    fn lobby_and_room_commands_stay_in_their_place() {
        let r = roster();
        let c = case(Status::Queued);
        assert_eq!(
            decide(None, &r, ANNA, &cmd(Command::Duty(false))),
            Ok(Decision::Duty { on: false })
        );
        assert_eq!(
            decide(Some(&c), &r, ANNA, &cmd(Command::Duty(false))),
            Err(Refusal::WrongRoom)
        );
        assert_eq!(decide(None, &r, ANNA, &cmd(Command::Claim)), Err(Refusal::WrongRoom));
        assert_eq!(
            decide(None, &r, ANNA, &Said::Text("hi".into())),
            Err(Refusal::WrongRoom)
        );
    }

    #[test]
    fn speakers_of_the_language_come_first_and_off_duty_is_left_out() {
        let mut r = roster();
        let order: Vec<&str> = r.on_duty_for("ro").iter().map(|o| o.user.as_str()).collect();
        assert_eq!(order, [BRUNO, ANNA]);
        let order: Vec<&str> = r.on_duty_for("en-GB").iter().map(|o| o.user.as_str()).collect();
        assert_eq!(order, [ANNA, BRUNO]);
        r.off_duty.insert(BRUNO.into());
        let order: Vec<&str> = r.on_duty_for("ro").iter().map(|o| o.user.as_str()).collect();
        assert_eq!(order, [ANNA]);
        r.off_duty.insert(ANNA.into());
        assert!(r.on_duty_for("ro").is_empty());
    }

    #[test]
    fn takeover_of_a_silent_owners_case_by_any_operator_on_duty() {
        let mut r = roster();
        let mut c = case(Status::Claimed { owner: ANNA.into() });
        c.waiting_since = Some(100);
        assert!(!c.owner_silent(600, 699), "not yet");
        assert!(c.owner_silent(600, 700));
        assert_eq!(
            decide(Some(&c), &r, BRUNO, &cmd(Command::Takeover(7))),
            Err(Refusal::NotOwner { owner: ANNA.into() }),
            "not before the lobby is told"
        );
        c.stranded = true;
        assert!(!c.owner_silent(600, 700), "announced once");
        assert_eq!(
            decide(Some(&c), &r, BRUNO, &cmd(Command::Claim)),
            Err(Refusal::NotOwner { owner: ANNA.into() }),
            "`!claim` still refuses a claimed case"
        );
        r.off_duty.insert(BRUNO.into());
        assert_eq!(
            decide(Some(&c), &r, BRUNO, &cmd(Command::Takeover(7))),
            Err(Refusal::OffDuty)
        );
        r.off_duty.clear();
        let d = decide(Some(&c), &r, BRUNO, &cmd(Command::Takeover(7))).unwrap();
        assert_eq!(
            d,
            Decision::Claimed {
                owner: BRUNO.into(),
                from: Some(ANNA.into())
            }
        );
        apply(&mut c, &d);
        assert_eq!(c.owner(), Some(BRUNO));
        assert!(!c.stranded && c.waiting_since.is_none());
    }

    #[test]
    fn the_owners_answer_ends_the_wait() {
        let r = roster();
        let mut c = case(Status::Claimed { owner: ANNA.into() });
        c.waiting_since = Some(100);
        c.stranded = true;
        let d = decide(Some(&c), &r, ANNA, &Said::Text("here".into())).unwrap();
        apply(&mut c, &d);
        assert!(!c.stranded && c.waiting_since.is_none());
        assert!(!c.owner_silent(600, 10_000));
    }

    #[test]
    fn only_untaken_flagged_cases_expire() {
        let mut c = case(Status::Released);
        c.flagged = true;
        assert!(!c.flag_expired(3600, 3599));
        assert!(c.flag_expired(3600, 3600));
        apply(
            &mut c,
            &Decision::Claimed {
                owner: ANNA.into(),
                from: None,
            },
        );
        apply(&mut c, &Decision::Released);
        assert!(!c.flag_expired(3600, 10_000), "taken once: no longer a flag");
    }

    #[test]
    fn a_suspended_operator_is_off_the_roster_until_another_trusts_them() {
        let mut r = roster();
        r.suspended.insert(ANNA.into());
        let c = case(Status::Queued);
        assert_eq!(
            decide(Some(&c), &r, ANNA, &cmd(Command::Claim)),
            Err(Refusal::NotOnRoster)
        );
        assert!(r.on_duty_for("it").iter().all(|o| o.user != ANNA));
        assert_eq!(r.speakers_on_duty("it"), 0);
        let trust = |who: &str| cmd(Command::Trust(who.into()));
        assert_eq!(
            decide(None, &r, ANNA, &trust(ANNA)),
            Err(Refusal::NotOnRoster),
            "not herself"
        );
        assert_eq!(
            decide(None, &r, BRUNO, &trust(ANNA)),
            Ok(Decision::Trusted { user: ANNA.into() })
        );
        assert_eq!(decide(Some(&c), &r, BRUNO, &trust(ANNA)), Err(Refusal::WrongRoom));
        let not = |who: &str| Err(Refusal::NotSuspended(who.into()));
        assert_eq!(decide(None, &r, BRUNO, &trust(BRUNO)), not(BRUNO));
        assert_eq!(
            decide(None, &r, BRUNO, &trust(EVE)),
            not(EVE),
            "not on the roster at all"
        );
    }

    #[test]
    fn outcomes_round_trip() {
        for o in Outcome::CLOSABLE {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
        assert_eq!(Outcome::parse("withdrawn"), None, "set by Varco only");
        assert_eq!(Outcome::parse("expired"), None, "set by Varco only");
    }
}
