//! The conversation service: one inbound update in, one committed turn out. It owns the
//! turn's order (dedupe → load → step → render → commit) and the outbox hand-over; it must
//! not touch a platform API, and it never logs content or ids.

use std::sync::Arc;

use super::{
    media_name, megabytes, Attachment, Body, CaseNotice, Inbound, Outbound, Record, Speaker, TranscriptLine, OPERATORS,
};
use crate::directory::Directory;
use crate::flow::{self, Effect, Flows, Input, Text};
use crate::handoff::{self, Case, Operator};
use crate::l10n::Locales;
use crate::stats;
use crate::store::{self, DeskWrite, OutboundRecord, OutboxId, StateChange, Store, TrackedMessage, Turn, UpdateMark};

/// Facts about the helpline every message may use.
#[derive(Debug, Clone)]
pub struct Helpline {
    pub name: String,
    pub phone: String,
    pub emergency: String,
    pub default_language: String,
    /// Whether a channel carries cases to operators. Without one, a request for a person
    /// gets the honest answer that nobody can answer here, with the phone numbers,
    /// never a promise that someone will.
    pub operators_reachable: bool,
}

impl Default for Helpline {
    fn default() -> Self {
        Helpline {
            name: "Numero Verde Antitratta".into(),
            phone: "800 290 290".into(),
            emergency: "112".into(),
            default_language: "it".into(),
            operators_reachable: true,
        }
    }
}

/// How an inbound update was handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    /// Stepped and committed (not yet flushed); the outbox ids it queued.
    Turn(Vec<OutboxId>),
    /// Already committed earlier: nothing done.
    Duplicate,
}

pub struct Service<S: Store> {
    pub(super) flows: Arc<Flows>,
    pub(super) locales: Arc<Locales>,
    directory: Arc<Directory>,
    pub(super) store: Arc<S>,
    pub(super) helpline: Helpline,
    /// The duty roster, when operators work from a desk (Matrix). Without one (the
    /// terminal), cases open as if someone were on duty.
    pub(super) operators: Option<Vec<Operator>>,
}

impl<S: Store> Service<S> {
    pub fn new(
        flows: Arc<Flows>,
        locales: Arc<Locales>,
        directory: Arc<Directory>,
        store: Arc<S>,
        helpline: Helpline,
    ) -> Self {
        Service {
            flows,
            locales,
            directory,
            store,
            helpline,
            operators: None,
        }
    }

    /// Operators work from a desk with this roster: cases are announced and invited by
    /// language, and a case opened with nobody on duty gets the honest answer at once.
    pub fn with_roster(mut self, operators: Vec<Operator>) -> Self {
        self.operators = Some(operators);
        self
    }

    pub fn store(&self) -> &Arc<S> {
        &self.store
    }

    /// Whether this chat has a conversation in progress (state kept in the store).
    pub fn has_conversation(&self, channel: &str, chat: &str) -> store::Result<bool> {
        Ok(self.store.load_state(self.store.conv_id(channel, chat))?.is_some())
    }

    /// Run one turn and commit it. The caller must [`Store::flush`] before acknowledging
    /// the update to the platform (several turns may share one flush).
    pub fn handle(&self, inbound: &Inbound, now: u64) -> store::Result<Handled> {
        let mark = UpdateMark {
            channel: inbound.channel.clone(),
            update_id: inbound.update_id.clone(),
        };
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let conv = self.store.conv_id(&inbound.channel, &inbound.chat);
        let mut record = match self.store.load_state(conv)? {
            Some(bytes) => serde_json::from_slice::<Record>(&bytes).unwrap_or_else(|_| {
                // Authentic but unreadable (an older format): begin again, never guess.
                tracing::warn!(conv = ?conv, "conversation record in an unknown format; starting afresh");
                Record::default()
            }),
            None => Record::default(),
        };
        record.version = Record::VERSION;
        if record.engine.lang.is_none() || !record.engine.lang_chosen {
            let lang = self
                .locales
                .negotiate(inbound.lang_hint.as_deref(), &self.helpline.default_language);
            if record.engine.lang.is_none() || inbound.lang_hint.is_some() {
                record.engine.lang = Some(lang);
            }
        }
        record
            .engine
            .vars
            .entry("channel".into())
            .or_insert_with(|| inbound.channel.clone());
        // A file's caption is written text: outside a case the bot reads it (a danger word in
        // it counts) instead of answering that it cannot open files.
        let caption = inbound.attachment.as_ref().and_then(|a| a.caption.as_deref());
        let captioned;
        let input = match (&inbound.input, caption) {
            (Input::Media(_), Some(text)) if record.engine.handoff.is_none() && !text.trim().is_empty() => {
                captioned = Input::Text(text.to_owned());
                &captioned
            }
            _ => &inbound.input,
        };
        self.note_person(&mut record, input);

        let (engine, effects) = flow::step(&self.flows, &record.engine, input, now);
        record.engine = engine;
        let mut out = Outgoing::new(&inbound.channel, &inbound.chat, now);
        out.attachment = inbound.attachment.as_ref();
        let mut forget = false;
        let mut reopen_menu = false;
        for effect in effects {
            self.apply(effect, &mut record, &mut out, &mut forget, &mut reopen_menu)?;
        }
        if reopen_menu {
            // Nobody can take the case: show the menu again so the person can go on.
            let (engine, effects) = flow::step(&self.flows, &record.engine, &Input::Text("/menu".into()), now);
            record.engine = engine;
            for effect in effects {
                self.apply(effect, &mut record, &mut out, &mut forget, &mut reopen_menu)?;
            }
        }
        let state = if forget {
            StateChange::Delete
        } else {
            StateChange::Set(serde_json::to_vec(&record).unwrap_or_default())
        };
        self.commit(conv, mark, state, inbound.message_id, out)
    }

    /// The tail every turn shares: one atomic write of the state, the update mark, the
    /// person's message id (for the quick exit), the outbox, counters and desk records.
    pub(super) fn commit(
        &self,
        conv: store::ConvId,
        mark: UpdateMark,
        state: StateChange,
        message_id: Option<i64>,
        out: Outgoing<'_>,
    ) -> store::Result<Handled> {
        let track = message_id
            .map(|id| vec![TrackedMessage { id, at: out.now }])
            .unwrap_or_default();
        let ids = self.store.commit_turn(Turn {
            conv,
            update: Some(mark),
            state,
            outbox: out.records,
            track,
            counters: out.counters,
            desk: out.desk,
        })?;
        Ok(Handled::Turn(ids))
    }

    /// Record an update as handled without a turn (a flood beyond the per-chat limit):
    /// the state stays as it was; `notice` (a message id) is queued once if given.
    pub fn acknowledge(&self, inbound: &Inbound, notice: Option<&str>, now: u64) -> store::Result<Handled> {
        let mark = UpdateMark {
            channel: inbound.channel.clone(),
            update_id: inbound.update_id.clone(),
        };
        if self.store.seen_update(&mark)? {
            return Ok(Handled::Duplicate);
        }
        let conv = self.store.conv_id(&inbound.channel, &inbound.chat);
        let mut out = Outgoing::new(&inbound.channel, &inbound.chat, now);
        if let Some(id) = notice {
            let state = self.store.load_state(conv)?;
            let record: Record = state
                .as_deref()
                .and_then(|b| serde_json::from_slice(b).ok())
                .unwrap_or_default();
            let lang = record
                .engine
                .lang
                .clone()
                .unwrap_or_else(|| self.helpline.default_language.clone());
            let text = self.render(&lang, &Text::new(id), &record, &[], out.channel);
            out.text_for_person(text, Vec::new());
        }
        self.commit(conv, mark, StateChange::Keep, inbound.message_id, out)
    }

    fn apply(
        &self,
        effect: Effect,
        record: &mut Record,
        out: &mut Outgoing<'_>,
        forget: &mut bool,
        reopen_menu: &mut bool,
    ) -> store::Result<()> {
        let lang = record
            .engine
            .lang
            .clone()
            .unwrap_or_else(|| self.helpline.default_language.clone());
        match effect {
            Effect::Say(text) => {
                let text = self.render(&lang, &text, record, &[], out.channel);
                self.to_person(record, out, text, Vec::new());
            }
            Effect::AskChoice { text, options } => {
                let text = self.render(&lang, &text, record, &[], out.channel);
                let choices: Vec<String> = options
                    .iter()
                    .map(|o| self.render(&lang, o, record, &[], out.channel))
                    .collect();
                record.last_choices = choices.clone();
                self.to_person(record, out, text, choices);
            }
            Effect::Handoff {
                priority,
                reason,
                texts,
            } => {
                if !self.helpline.operators_reachable {
                    record.engine.handoff = None;
                    let text = self.render(&lang, &Text::new("sys-no-operator"), record, &[], out.channel);
                    self.to_person(record, out, text, Vec::new());
                    *reopen_menu = true;
                    return Ok(());
                }
                // A conversation flagged earlier (or given back to the bot) keeps its case
                // number and room; otherwise a new case.
                let earlier = record
                    .case
                    .map(|n| self.case(n))
                    .transpose()?
                    .flatten()
                    .filter(|c| c.status == handoff::Status::Released);
                let case = match &earlier {
                    Some(c) => c.number,
                    None => self.store.next_case_number()?,
                };
                record.case = Some(case);
                let extra = [("case".to_owned(), case.to_string())];
                let roster = self.roster()?;
                let invite: Vec<String> = roster
                    .as_ref()
                    .map(|r| r.on_duty_for(&lang).into_iter().map(|o| o.user.clone()).collect())
                    .unwrap_or_default();
                let nobody_on_duty = roster.is_some() && invite.is_empty();
                if nobody_on_duty {
                    // Never a promise nobody can keep: the phone numbers, and the case waits.
                    let text = self.render(&lang, &Text::new("sys-nobody-on-duty"), record, &extra, out.channel);
                    self.to_person(record, out, text, Vec::new());
                } else {
                    for t in &texts {
                        let text = self.render(&lang, t, record, &extra, out.channel);
                        self.to_person(record, out, text, Vec::new());
                    }
                }
                let caller = record.engine.vars.get("role").cloned();
                let entry = Case {
                    number: case,
                    channel: out.channel.to_owned(),
                    chat: out.chat.to_owned(),
                    lang: lang.clone(),
                    caller: caller.clone(),
                    priority,
                    opened_at: out.now,
                    status: handoff::Status::Queued,
                    room: earlier.as_ref().and_then(|c| c.room.clone()),
                    reminded_at: None,
                    told_nobody: nobody_on_duty,
                    transcript_posted: earlier.as_ref().is_some_and(|c| c.transcript_posted),
                };
                let desk_lang = &self.helpline.default_language;
                let mut args = self.case_args(&entry, &reason);
                args.push(("operators".into(), invite.join(" ")));
                let lobby_id = if nobody_on_duty {
                    "desk-nobody-on-duty"
                } else {
                    "desk-case-opened"
                };
                let lobby_text = self.render_desk(desk_lang, lobby_id, &args);
                let room_text = self.render_desk(desk_lang, "desk-room-intro", &args);
                out.desk.push(case_write(&entry));
                let notice = CaseNotice {
                    case,
                    channel: out.channel.to_owned(),
                    lang: lang.clone(),
                    caller,
                    priority,
                    reason,
                    region: record.engine.vars.get("region").cloned(),
                    transcript: record.transcript.clone(),
                    invite,
                    lobby_text,
                    room_text,
                };
                out.push(
                    OPERATORS,
                    &Outbound {
                        chat: case.to_string(),
                        body: Body::CaseOpened(notice),
                    },
                );
            }
            Effect::Relay(input) => {
                if let Some(case) = record.case {
                    let attachment = out.attachment.cloned();
                    let (text, media) = match input {
                        Input::Text(t) => (Some(t), None),
                        Input::Media(kind) => (
                            attachment.as_ref().and_then(|a| a.caption.clone()),
                            Some(media_name(kind)),
                        ),
                        Input::Choice(i) => (Some(format!("({})", i + 1)), None),
                    };
                    if let Some(limit) = attachment.as_ref().and_then(|a| a.exceeds) {
                        // Said at once, so the person does not wait for a file nobody sees.
                        let extra = [("megabytes".to_owned(), megabytes(limit).to_string())];
                        let text = self.render(&lang, &Text::new("sys-media-too-large"), record, &extra, out.channel);
                        self.to_person(record, out, text, Vec::new());
                    }
                    out.push(
                        OPERATORS,
                        &Outbound {
                            chat: case.to_string(),
                            body: Body::Relay {
                                case,
                                text,
                                media,
                                attachment,
                            },
                        },
                    );
                }
            }
            Effect::LeaveQueue => {
                if let Some(case) = record.case.take() {
                    self.withdraw(case, out)?;
                    out.push(
                        OPERATORS,
                        &Outbound {
                            chat: case.to_string(),
                            body: Body::CaseWithdrawn {
                                case,
                                quick_exit: false,
                            },
                        },
                    );
                }
            }
            Effect::Referrals { region } => {
                let found = region.as_deref().map(|r| self.directory.lookup(r)).unwrap_or_default();
                if found.is_empty() {
                    let extra = [("region".to_owned(), region.unwrap_or_default())];
                    let text = self.render(&lang, &Text::new("sys-referral-none"), record, &extra, out.channel);
                    self.to_person(record, out, text, Vec::new());
                }
                let without_phone = found.iter().any(|p| p.phone.is_none());
                if !found.is_empty() {
                    // One message for the whole list: a phone screen, not a flood.
                    let lines: Vec<String> = found
                        .iter()
                        .map(|p| {
                            let extra = [
                                ("name".to_owned(), p.name.clone()),
                                ("city".to_owned(), p.city.clone()),
                                (
                                    "project_phone".to_owned(),
                                    p.phone.clone().unwrap_or_else(|| "none".into()),
                                ),
                            ];
                            self.render(&lang, &Text::new("sys-referral-entry"), record, &extra, out.channel)
                        })
                        .collect();
                    self.to_person(record, out, lines.join("\n"), Vec::new());
                }
                if without_phone {
                    let text = self.render(&lang, &Text::new("sys-referral-via-helpline"), record, &[], out.channel);
                    self.to_person(record, out, text, Vec::new());
                }
            }
            Effect::Record(event) => {
                // Anonymous by construction (see flow::Event); counted per month.
                tracing::debug!(event = ?event, "event");
                out.counters.extend(stats::counter_names(&event, out.now));
            }
            Effect::Wipe { text } => {
                if let Some(case) = record.case.take() {
                    self.withdraw(case, out)?;
                    out.push(
                        OPERATORS,
                        &Outbound {
                            chat: case.to_string(),
                            body: Body::CaseWithdrawn { case, quick_exit: true },
                        },
                    );
                }
                out.push(
                    out.channel,
                    &Outbound {
                        chat: out.chat.to_owned(),
                        body: Body::Wipe,
                    },
                );
                if let Some(t) = text {
                    let text = self.render(&lang, &t, record, &[], out.channel);
                    out.push(
                        out.channel,
                        &Outbound {
                            chat: out.chat.to_owned(),
                            body: Body::Text {
                                text,
                                choices: Vec::new(),
                            },
                        },
                    );
                }
                *record = Record::default();
                *forget = true;
            }
            Effect::End => {
                record.case = None;
            }
            Effect::Flag { reason, priority } => self.flag(record, out, &lang, reason, priority)?,
        }
        Ok(())
    }

    pub(super) fn to_person(&self, record: &mut Record, out: &mut Outgoing<'_>, text: String, choices: Vec<String>) {
        let mut line = text.clone();
        for (i, c) in choices.iter().enumerate() {
            line.push_str(&format!("\n{}. {c}", i + 1));
        }
        push_transcript(record, Speaker::Bot, line);
        out.text_for_person(text, choices);
    }

    fn note_person(&self, record: &mut Record, input: &Input) {
        let line = match input {
            Input::Text(t) => t.clone(),
            Input::Choice(i) => match record.last_choices.get(*i as usize) {
                Some(label) => format!("[{label}]"),
                None => format!("[{}]", i + 1),
            },
            Input::Media(kind) => format!("({kind:?})").to_lowercase(),
        };
        // A typed number is read as the option it picks.
        let line = match line.trim().parse::<usize>() {
            Ok(n) if n >= 1 && n <= record.last_choices.len() => {
                format!("{} [{}]", line.trim(), record.last_choices[n - 1])
            }
            _ => line,
        };
        push_transcript(record, Speaker::Person, line);
    }

    pub(super) fn render(
        &self,
        lang: &str,
        text: &Text,
        record: &Record,
        extra: &[(String, String)],
        channel: &str,
    ) -> String {
        let mut args: Vec<(String, String)> = vec![
            ("helpline".into(), self.helpline.name.clone()),
            ("phone".into(), self.helpline.phone.clone()),
            ("emergency".into(), self.helpline.emergency.clone()),
        ];
        args.extend(record.engine.vars.iter().map(|(k, v)| (k.clone(), v.clone())));
        args.extend(extra.iter().cloned());
        self.locales.render(lang, text, &args, isolates_bidi(channel))
    }
}

/// Whether a channel's clients honour Unicode bidi isolation marks. Terminals print them
/// as stray symbols; Telegram and Matrix clients render them.
fn isolates_bidi(channel: &str) -> bool {
    channel != "terminal"
}

/// The desk record of a case.
pub(super) fn case_write(case: &Case) -> DeskWrite {
    DeskWrite {
        key: case_key(case.number),
        value: Some(serde_json::to_vec(case).unwrap_or_default()),
    }
}

pub(super) fn case_key(number: u64) -> String {
    format!("case/{number:012}")
}

pub(super) fn push_transcript(record: &mut Record, from: Speaker, text: String) {
    let text: String = text.chars().take(Record::TRANSCRIPT_CHARS).collect();
    record.transcript.push(TranscriptLine { from, text });
    let excess = record.transcript.len().saturating_sub(Record::TRANSCRIPT_LINES);
    record.transcript.drain(..excess);
}

pub(super) struct Outgoing<'a> {
    pub(super) channel: &'a str,
    pub(super) chat: &'a str,
    records: Vec<OutboundRecord>,
    /// The turn's clock, for the month of its counters.
    pub(super) now: u64,
    pub(super) counters: Vec<String>,
    pub(super) desk: Vec<DeskWrite>,
    /// The file that came with the person's message, for a relay.
    pub(super) attachment: Option<&'a Attachment>,
}

impl<'a> Outgoing<'a> {
    pub(super) fn new(channel: &'a str, chat: &'a str, now: u64) -> Self {
        Outgoing {
            channel,
            chat,
            records: Vec::new(),
            now,
            counters: Vec::new(),
            desk: Vec::new(),
            attachment: None,
        }
    }

    /// Queue a file from case `case`'s operator for the person this turn is about.
    pub(super) fn media_for_person(&mut self, attachment: Attachment, case: u64) {
        let chat = self.chat.to_owned();
        self.push(
            self.channel,
            &Outbound {
                chat,
                body: Body::Media {
                    attachment,
                    case: Some(case),
                },
            },
        );
    }

    /// Queue a text for the person this turn is about, on their channel.
    pub(super) fn text_for_person(&mut self, text: String, choices: Vec<String>) {
        let chat = self.chat.to_owned();
        self.push(
            self.channel,
            &Outbound {
                chat,
                body: Body::Text { text, choices },
            },
        );
    }

    pub(super) fn push(&mut self, channel: &str, message: &Outbound) {
        // Serialising our own plain types cannot fail; an empty payload would be skipped.
        let payload = serde_json::to_vec(message).unwrap_or_default();
        self.records.push(OutboundRecord {
            channel: channel.to_owned(),
            payload,
        });
    }
}
