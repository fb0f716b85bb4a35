//! A person's turn: dedupe → load → step → carry out each effect → one atomic commit.
//! Each [`Effect`] has one method here; what the turn leaves behind is a [`TurnOutcome`].
//! It must not know any platform API, and it never logs content or ids.

use std::borrow::Cow;

use super::cases::{DeskChange, Opening, Withdrawal};
use super::error::Result;
use super::learned::send_again_key;
use super::outgoing::Outgoing;
use super::safety::{safety_command, NOT_SAFE_VAR};
use super::service::{keep, push_transcript, Step};
use super::{media_name, megabytes, Attachment, Body, Handled, Inbound, Record, RoomFile, Service, Speaker};
use crate::flow::{self, Effect, Input, Priority, Situation, Text};
use crate::l10n;
use crate::stats;
use crate::store::{ConvId, OutboxId, StateChange, Store, UpdateMark};

/// A person's turn while its effects are carried out.
struct Draft<'a> {
    record: Record,
    out: Outgoing<'a>,
    /// The conversation's language for this turn's texts.
    lang: String,
    /// The quick exit ran: the conversation is forgotten.
    forget: bool,
    /// The operators' channel was down when the engine stepped: a handoff's texts already
    /// say so honestly, and stay.
    operators_down: bool,
    /// Outbox entries the turn now holds ("not safe now"), to remove once it is committed.
    unqueued: Vec<OutboxId>,
}

/// What a turn leaves to commit.
struct TurnOutcome<'a> {
    state: StateChange,
    out: Outgoing<'a>,
}

impl<'a> Draft<'a> {
    fn finish(self) -> Result<TurnOutcome<'a>> {
        let state = if self.forget {
            StateChange::Delete
        } else {
            keep(&self.record)?
        };
        Ok(TurnOutcome { state, out: self.out })
    }
}

impl<S: Store> Service<S> {
    /// Run one turn and commit it, while no other turn of the conversation runs. The caller
    /// must flush the store before acknowledging the update to the platform (several turns
    /// may share one flush).
    pub fn handle(&self, inbound: &Inbound, now: u64) -> Result<Handled> {
        let _turn = self.turns.lock(self.store.conv_id(&inbound.channel, &inbound.chat));
        let step = self.turn_step(inbound, now)?;
        self.write_step(step)
    }

    /// Write a step's turn alone, if it has one to write.
    pub(super) fn write_step(&self, step: Step) -> Result<Handled> {
        match step {
            Step::Done(handled) => Ok(handled),
            Step::Ready(ready) => self.commit_ready(*ready),
        }
    }

    /// [`Service::handle`] up to the write, under the conversation's lock (the caller's).
    pub(super) fn turn_step(&self, inbound: &Inbound, now: u64) -> Result<Step> {
        let Some((mark, conv)) = self.fresh(inbound)? else {
            return Ok(Step::Done(Handled::Duplicate));
        };
        let mut record = self.load_record(conv)?;
        record.version = Record::VERSION;
        record.last_active = now;
        self.settle_language(&mut record, inbound);
        record
            .engine
            .vars
            .entry("channel".into())
            .or_insert_with(|| inbound.channel.clone());
        // The safe word is the quick exit, on the same path as `/exit`.
        let safe_word = self.is_safe_word(conv, &record, &inbound.input);
        if let Some(command) = safety_command(inbound, &record).filter(|_| !safe_word) {
            return self
                .safety_turn((conv, mark), record, inbound, command, now)
                .map(Step::Done);
        }
        record.awaiting_safe_word = false;
        let input = match safe_word {
            true => Cow::Owned(Input::Text("/exit".into())),
            false => read_caption(inbound, &record),
        };
        // One copy of the flows for the whole turn, whatever a reload does meanwhile.
        let flows = self.flows();
        let menu = record.engine.at.as_deref().and_then(|at| flows.lookup(at));
        let menu = menu.map(|at| flow::menu_tag(&flows, at));
        note_person(&mut record, &input, menu.as_deref());
        let situation = Situation {
            now,
            operators_reachable: self.helpline.operators_reachable,
            operators_down: self.operators_down(),
        };
        let (mut engine, effects) = flow::step_in(&flows, &record.engine, &input, &situation);
        if let Some(tag) = engine.vars.get_mut("campaign") {
            *tag = self.known_campaign(tag);
        }
        record.engine = engine;
        let mut draft = Draft {
            lang: self.lang_of(&record),
            record,
            out: Outgoing::new(&inbound.channel, &inbound.chat, now),
            forget: false,
            operators_down: situation.operators_down,
            unqueued: Vec::new(),
        };
        draft.out.attachment = inbound.attachment.as_ref();
        for effect in effects {
            self.apply(effect, &mut draft)?;
        }
        self.settle_hold(&mut draft)?;
        let unqueued = std::mem::take(&mut draft.unqueued);
        let outcome = draft.finish()?;
        let mut ready = self.ready((conv, Some(mark)), (outcome.state, inbound.message_id), outcome.out)?;
        if !unqueued.is_empty() {
            ready.after.unqueue = Some((inbound.channel.clone(), unqueued));
        }
        Ok(Step::Ready(Box::new(ready)))
    }

    /// The person wrote: what was held for them goes out first; a menu choice of "not safe
    /// now" holds everything again, this turn's messages too, after a neutral "Ok". After
    /// a quick exit nothing is held nor sent.
    fn settle_hold(&self, d: &mut Draft<'_>) -> Result<()> {
        if d.forget {
            return Ok(());
        }
        self.release_held(&mut d.record, &mut d.out);
        if d.record.engine.vars.remove(NOT_SAFE_VAR).is_some() {
            d.unqueued = self.hold_on(&mut d.record, &mut d.out)?;
            let text = self.render(&d.lang, &Text::new("sys-notsafe-ok"), &d.record, &[], &d.out.channel);
            d.out.text_for_person(text, Vec::new());
        }
        Ok(())
    }

    /// Whether the person's message is the quick exit (the command, or an exit word of any
    /// locale alone; a file's caption counts as its text). The channel runs such a message
    /// as a full turn whatever else would hold it back: nothing swallows the quick exit.
    pub fn is_quick_exit(&self, inbound: &Inbound) -> bool {
        let caption = inbound.attachment.as_ref().and_then(|a| a.caption.clone());
        let flows = self.flows();
        flows.is_quick_exit(&inbound.input)
            || caption.is_some_and(|c| flows.is_quick_exit(&Input::Text(c)))
            || self.is_stored_safe_word(inbound)
    }

    /// Record an update as handled without a turn (a flood beyond the per-chat limit):
    /// the state stays as it was; `notice` (a message id) is queued once if given. While a
    /// case is open the message still goes to its room, as a relay: what a person sends in
    /// a hurry (an album of evidence) is never dropped. The message that crosses the limit
    /// (the one given a `notice`) first tells the room, once, that the person sent `sent`
    /// messages quickly; the relays that follow keep the room's usual form, so operators
    /// read every message where they expect it and are not flooded with notices.
    pub fn acknowledge(&self, inbound: &Inbound, notice: Option<&str>, sent: u32, now: u64) -> Result<Handled> {
        let _turn = self.turns.lock(self.store.conv_id(&inbound.channel, &inbound.chat));
        let step = self.acknowledge_step(inbound, (notice, sent), now)?;
        self.write_step(step)
    }

    /// [`Service::acknowledge`] up to the write, under the conversation's lock.
    pub(super) fn acknowledge_step(
        &self,
        inbound: &Inbound,
        (notice, sent): (Option<&str>, u32),
        now: u64,
    ) -> Result<Step> {
        let Some((mark, conv)) = self.fresh(inbound)? else {
            return Ok(Step::Done(Handled::Duplicate));
        };
        let record = self.load_record(conv)?;
        let mut d = Draft {
            lang: self.lang_of(&record),
            record,
            out: Outgoing::new(&inbound.channel, &inbound.chat, now),
            forget: false,
            operators_down: false,
            unqueued: Vec::new(),
        };
        d.out.attachment = inbound.attachment.as_ref();
        if let Some(id) = notice {
            let text = self.render(&d.lang, &Text::new(id), &d.record, &[], &d.out.channel);
            d.out.text_for_person(text, Vec::new());
        }
        if let (Some(case), Input::Text(_) | Input::Media(_)) = (d.record.case, &inbound.input) {
            if notice.is_some() {
                let args = [("case".into(), case.to_string()), ("count".into(), sent.to_string())];
                let line = self.desk_text("desk-flood", &args);
                d.out.in_room(Some(case), line);
            }
            self.relay(&mut d, inbound.input.clone())?;
        }
        let ready = self.ready((conv, Some(mark)), (StateChange::Keep, inbound.message_id), d.out)?;
        Ok(Step::Ready(Box::new(ready)))
    }

    /// The update's mark and its conversation, unless the update was committed before.
    fn fresh(&self, inbound: &Inbound) -> Result<Option<(UpdateMark, ConvId)>> {
        let mark = UpdateMark {
            channel: inbound.channel.clone(),
            update_id: inbound.update_id.clone(),
        };
        if self.store.seen_update(&mark)? {
            return Ok(None);
        }
        Ok(Some((mark, self.store.conv_id(&inbound.channel, &inbound.chat))))
    }

    /// The language a conversation's texts are in: negotiated from the platform's hint
    /// until the person chooses one. Without a hint (Matrix has none), a first message
    /// clearly written in a supported language is the hint: the conversation starts in it
    /// (the language menu follows all the same); later, a change is only ever asked.
    fn settle_language(&self, record: &mut Record, inbound: &Inbound) {
        if record.engine.lang.is_some() && record.engine.lang_chosen {
            return;
        }
        let locales = self.locales();
        let detected = match (&inbound.lang_hint, &inbound.input, &record.engine.lang) {
            (None, Input::Text(text), None) => l10n::detect::detect(text, &locales.languages()),
            _ => None,
        };
        let hint = inbound.lang_hint.as_deref().or(detected.as_deref());
        let lang = locales.negotiate(hint, &self.helpline.default_language);
        if record.engine.lang.is_none() || inbound.lang_hint.is_some() {
            record.engine.lang = Some(lang);
        }
    }

    fn apply(&self, effect: Effect, d: &mut Draft<'_>) -> Result<()> {
        match effect {
            Effect::Say(text) => self.say(d, &text),
            Effect::AskChoice { text, options, menu } => self.ask_choice(d, &text, &options, menu),
            Effect::Handoff {
                priority,
                reason,
                texts,
            } => self.hand_off(d, priority, reason, texts)?,
            Effect::Relay(input) => self.relay(d, input)?,
            Effect::LeaveQueue => self.leave_queue(d)?,
            Effect::Referrals { region } => self.referrals(d, region),
            Effect::Record(mut event) => {
                // Anonymous by construction (see flow::Event) once a `/start` payload is
                // reduced to a configured tag; counted per month.
                if let flow::Event::Started { campaign: Some(tag) } = &mut event {
                    *tag = self.known_campaign(tag);
                }
                tracing::debug!(event = ?event, "event");
                d.out.counters.extend(stats::counter_names(&event, d.out.now));
            }
            Effect::Wipe { text } => self.wipe(d, text)?,
            Effect::End => d.record.case = None,
            Effect::Flag { reason, priority } => self.flag(&mut d.record, &mut d.out, &d.lang, reason, priority)?,
        }
        Ok(())
    }

    fn say(&self, d: &mut Draft<'_>, text: &Text) {
        self.say_with(d, text, &[]);
    }

    fn say_with(&self, d: &mut Draft<'_>, text: &Text, extra: &[(String, String)]) {
        let text = self.render(&d.lang, text, &d.record, extra, &d.out.channel);
        self.to_person(&mut d.record, &mut d.out, text, Vec::new());
    }

    fn ask_choice(&self, d: &mut Draft<'_>, text: &Text, options: &[Text], menu: String) {
        let text = self.render(&d.lang, text, &d.record, &[], &d.out.channel);
        let choices: Vec<String> = options
            .iter()
            .map(|o| self.render(&d.lang, o, &d.record, &[], &d.out.channel))
            .collect();
        d.record.last_choices = choices.clone();
        self.menu_to_person(&mut d.record, &mut d.out, text, choices, Some(menu));
    }

    /// The person asked for someone: open (or reopen) their case, inviting the operators
    /// on duty who speak their language first. With nobody on duty they are told honestly
    /// at once, and the case waits.
    fn hand_off(&self, d: &mut Draft<'_>, priority: Priority, reason: String, texts: Vec<Text>) -> Result<()> {
        let roster = self.cases.roster()?;
        let invite: Vec<String> = roster
            .as_ref()
            .map(|r| r.on_duty_for(&d.lang).into_iter().map(|o| o.user.clone()).collect())
            .unwrap_or_default();
        let nobody_on_duty = roster.is_some() && invite.is_empty();
        if nobody_on_duty || d.operators_down {
            tracing::info!(
                nobody_on_duty,
                operators_down = d.operators_down,
                "a case cannot reach an operator now; the person is told so and the case waits"
            );
        }
        // Nobody can read the chat at all while the channel is down: that text stays.
        let texts = if nobody_on_duty && !d.operators_down {
            vec![Text::new("sys-nobody-on-duty")]
        } else {
            texts
        };
        let opening = Opening::Requested {
            invite,
            nobody_on_duty,
            texts,
        };
        self.open_case(&mut d.record, &mut d.out, &d.lang, (priority, reason), opening)?;
        Ok(())
    }

    /// While a case is open: the person's message (and file) for the case room; the
    /// person now waits for the case's owner, if it has one.
    fn relay(&self, d: &mut Draft<'_>, input: Input) -> Result<()> {
        let Some(case) = d.record.case else { return Ok(()) };
        self.person_waits(case, &mut d.out)?;
        let attachment = d.out.attachment.cloned();
        let (text, media) = match input {
            Input::Text(t) => (Some(t), None),
            Input::Media(kind) => (
                attachment.as_ref().and_then(|a| a.caption.clone()),
                Some(media_name(kind)),
            ),
            Input::Choice(i) | Input::Button { index: i, .. } => (Some(format!("({})", u64::from(i) + 1)), None),
        };
        let line = match (&text, &media) {
            (Some(t), _) => Some(format!("{}: {t}", self.desk_text("desk-person", &[]))),
            (None, Some(kind)) => Some(self.desk_text(
                "desk-media",
                &[("case".into(), case.to_string()), ("kind".into(), kind.clone())],
            )),
            (None, None) => None,
        };
        if let Some(limit) = attachment.as_ref().and_then(|a| a.exceeds) {
            // Said at once, so the person does not wait for a file nobody sees.
            let extra = [("megabytes".to_owned(), megabytes(limit).to_string())];
            self.say_with(d, &Text::new("sys-media-too-large"), &extra);
        }
        let file = attachment.map(|a| self.file_for_room(case, a));
        let body = Body::Relay {
            case,
            text,
            media,
            line,
            file,
        };
        d.out.for_operators(Some(case), body);
        Ok(())
    }

    /// A person's file for case `case`'s room, with the texts for when it cannot go.
    fn file_for_room(&self, case: u64, attachment: Attachment) -> RoomFile {
        let limit = attachment
            .exceeds
            .or_else(|| self.room_file_limit(&attachment.origin, attachment.kind));
        let kind = ("kind".to_owned(), attachment.kind_name());
        let num = ("case".to_owned(), case.to_string());
        let megabytes = megabytes(limit.unwrap_or_default()).to_string();
        let too_large = self.desk_text(
            "desk-person-media-too-large",
            &[num.clone(), kind.clone(), ("megabytes".into(), megabytes)],
        );
        let gone = self.desk_text("desk-media-gone", &[num, kind]);
        RoomFile {
            attachment,
            limit,
            too_large,
            gone,
        }
    }

    fn leave_queue(&self, d: &mut Draft<'_>) -> Result<()> {
        if let Some(case) = d.record.case.take() {
            self.withdraw(case, &mut d.out, Withdrawal::LeftQueue)?;
        }
        Ok(())
    }

    /// Local projects for a region, in one message (a phone screen, not a flood).
    fn referrals(&self, d: &mut Draft<'_>, region: Option<String>) {
        let directory = self.directory();
        let found = region.as_deref().map(|r| directory.lookup(r)).unwrap_or_default();
        if found.is_empty() {
            let extra = [("region".to_owned(), region.unwrap_or_default())];
            return self.say_with(d, &Text::new("sys-referral-none"), &extra);
        }
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
                self.render(
                    &d.lang,
                    &Text::new("sys-referral-entry"),
                    &d.record,
                    &extra,
                    &d.out.channel,
                )
            })
            .collect();
        self.to_person(&mut d.record, &mut d.out, lines.join("\n"), Vec::new());
        if found.iter().any(|p| p.phone.is_none()) {
            self.say(d, &Text::new("sys-referral-via-helpline"));
        }
    }

    /// The quick exit: the case withdrawn, the chat wiped, the conversation forgotten, and
    /// at most one neutral line left.
    fn wipe(&self, d: &mut Draft<'_>, text: Option<Text>) -> Result<()> {
        if let Some(case) = d.record.case.take() {
            self.withdraw(case, &mut d.out, Withdrawal::QuickExit)?;
        }
        d.out.for_person(Body::Wipe);
        // Nothing of the chat stays, not even when it was last asked to send again.
        let conv = self.store.conv_id(&d.out.channel, &d.out.chat);
        d.out.desk.push(DeskChange::Forget(send_again_key(conv)));
        if let Some(t) = text {
            let text = self.render(&d.lang, &t, &d.record, &[], &d.out.channel);
            d.out.text_for_person(text, Vec::new());
        }
        d.record = Record::default();
        d.forget = true;
        Ok(())
    }
}

/// A file's caption is written text: outside a case the bot reads it (a danger word in it
/// counts) instead of answering that it cannot open files.
fn read_caption<'a>(inbound: &'a Inbound, record: &Record) -> Cow<'a, Input> {
    let caption = inbound.attachment.as_ref().and_then(|a| a.caption.as_deref());
    match (&inbound.input, caption) {
        (Input::Media(_), Some(text)) if record.engine.handoff.is_none() && !text.trim().is_empty() => {
            Cow::Owned(Input::Text(text.to_owned()))
        }
        _ => Cow::Borrowed(&inbound.input),
    }
}

/// The person's message in the transcript; a pressed or typed number reads as its option
/// (a button of another menu than `menu`, the current one, as no option of it).
fn note_person(record: &mut Record, input: &Input, menu: Option<&str>) {
    let line = match input {
        // A `/start` payload is free text: only the command is kept.
        Input::Text(t) if t.trim_start().starts_with("/start ") => "/start".to_owned(),
        Input::Text(t) => t.clone(),
        Input::Button { menu: pressed, .. } if Some(pressed.as_str()) != menu => "[a button of an old menu]".to_owned(),
        Input::Choice(i) | Input::Button { index: i, .. } => {
            match usize::try_from(*i).ok().and_then(|i| record.last_choices.get(i)) {
                Some(label) => format!("[{label}]"),
                None => format!("[{}]", u64::from(*i) + 1),
            }
        }
        Input::Media(kind) => format!("({kind:?})").to_lowercase(),
    };
    let line = match line.trim().parse::<usize>() {
        Ok(n) if n >= 1 && n <= record.last_choices.len() => {
            format!("{} [{}]", line.trim(), record.last_choices[n - 1])
        }
        _ => line,
    };
    push_transcript(record, Speaker::Person, line);
}
