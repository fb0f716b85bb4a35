//! A person's own safety controls, as steps of their turn: the personal safe word (set with
//! `/safeword`, kept only as a keyed hash in the sealed record; written alone, it is the
//! quick exit, run on the same path as `/exit`) and "not safe now" (`/notsafe`, or the menu
//! choice that sets the `not_safe` variable): every message for the person is held in their
//! record until they write again, and the case room is told. It must not let anything hold
//! back the quick exit, keep the word in clear, or put it in the transcript or a case room.

use super::error::{decode, Result};
use super::outgoing::Outgoing;
use super::service::keep;
use super::{Handled, Inbound, Outbound, Record, Service};
use crate::flow::{Input, Text};
use crate::store::{ConvId, OutboxId, Store, UpdateMark};

/// The flow variable a menu choice sets to ask for "not safe now" (`set = { not_safe =
/// "now" }`); the turn turns it into the hold and removes it.
pub(super) const NOT_SAFE_VAR: &str = "not_safe";

/// Shortest and longest safe word, in characters.
const WORD_CHARS: std::ops::RangeInclusive<usize> = 3..=40;

/// A safety command the service answers itself, before the engine.
pub(super) enum Safety {
    /// `/safeword` with the word, or the word after a bare `/safeword`.
    SetWord(String),
    /// A bare `/safeword`: explain, then take the next text as the word.
    AskWord,
    /// `/notsafe`.
    NotSafe,
}

/// The safety command in `inbound`, if it is one (a word awaited counts, unless the person
/// wrote a command instead).
pub(super) fn safety_command(inbound: &Inbound, record: &Record) -> Option<Safety> {
    let Input::Text(raw) = &inbound.input else {
        return None;
    };
    let text = raw.trim();
    if let Some(rest) = text.strip_prefix('/') {
        let (word, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let word = word.split('@').next().unwrap_or(word).to_lowercase();
        return match word.as_str() {
            "safeword" if arg.trim().is_empty() => Some(Safety::AskWord),
            "safeword" => Some(Safety::SetWord(arg.to_owned())),
            "notsafe" => Some(Safety::NotSafe),
            _ => None,
        };
    }
    record.awaiting_safe_word.then(|| Safety::SetWord(text.to_owned()))
}

/// A word as it is compared: trimmed, lowercase, inner spaces as one.
fn normalise(word: &str) -> String {
    word.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Whether `word` may be a safe word: long enough to be chosen, short enough to type, and
/// never a number (a menu answer must not wipe the chat).
fn usable(word: &str) -> bool {
    WORD_CHARS.contains(&word.chars().count()) && !word.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
}

impl<S: Store> Service<S> {
    /// The keyed hash a safe word is kept as, bound to its conversation.
    fn safe_word_hash(&self, conv: ConvId, word: &str) -> String {
        let id = self
            .store
            .conv_id("safe-word", &format!("{}\0{}", hex::encode(conv.0), normalise(word)));
        hex::encode(id.0)
    }

    /// Whether the person's message is their safe word, alone.
    pub(super) fn is_safe_word(&self, conv: ConvId, record: &Record, input: &Input) -> bool {
        let (Some(kept), Input::Text(text)) = (&record.safe_word, input) else {
            return false;
        };
        usable(&normalise(text)) && *kept == self.safe_word_hash(conv, text)
    }

    /// For the channel's early check (`is_quick_exit`): the stored record is read only for
    /// a text that could be a safe word at all.
    pub(super) fn is_stored_safe_word(&self, inbound: &Inbound) -> bool {
        let Input::Text(text) = &inbound.input else {
            return false;
        };
        if !usable(&normalise(text)) || text.trim_start().starts_with('/') {
            return false;
        }
        let conv = self.store.conv_id(&inbound.channel, &inbound.chat);
        match self.existing_record(conv) {
            Ok(Some(record)) => self.is_safe_word(conv, &record, &inbound.input),
            _ => false,
        }
    }

    /// Answer a safety command in one write; the engine never sees it, the transcript and
    /// the case room never get the word.
    pub(super) fn safety_turn(
        &self,
        (conv, mark): (ConvId, UpdateMark),
        mut record: Record,
        inbound: &Inbound,
        command: Safety,
        now: u64,
    ) -> Result<Handled> {
        let lang = self.lang_of(&record);
        let mut out = Outgoing::new(&inbound.channel, &inbound.chat, now);
        let mut unqueued = Vec::new();
        let id = match command {
            Safety::AskWord => {
                record.awaiting_safe_word = true;
                "sys-safeword-ask"
            }
            Safety::SetWord(word) => {
                record.awaiting_safe_word = false;
                if usable(&normalise(&word)) {
                    record.safe_word = Some(self.safe_word_hash(conv, &word));
                    "sys-safeword-set"
                } else {
                    "sys-safeword-invalid"
                }
            }
            Safety::NotSafe => {
                unqueued = self.hold_on(&mut record, &mut out)?;
                "sys-notsafe-ok"
            }
        };
        if record.hold && id != "sys-notsafe-ok" {
            self.release_held(&mut record, &mut out);
        }
        let text = self.render(&lang, &Text::new(id), &record, &[], &inbound.channel);
        out.text_for_person(text, Vec::new());
        let channel = out.channel.clone();
        let handled = self.commit(conv, Some(mark), keep(&record)?, inbound.message_id, out)?;
        self.unqueue(&channel, &unqueued)?;
        Ok(handled)
    }

    /// Start holding the person's messages: what earlier turns queued and is not sent yet,
    /// then what this turn queued; the case room is told once. Returns the outbox entries
    /// now held, for [`Service::unqueue`] once the turn is committed.
    pub(super) fn hold_on(&self, record: &mut Record, out: &mut Outgoing<'_>) -> Result<Vec<OutboxId>> {
        let mut unqueued = Vec::new();
        if !record.hold {
            if let Some(case) = record.case {
                let text = self.desk_text("desk-person-not-safe", &[("case".into(), case.to_string())]);
                out.in_room(Some(case), text);
            }
            for item in self.store.outbox_pending(&out.channel, usize::MAX)? {
                let Ok(message) = decode::<Outbound>("outbox entry", &item.payload) else {
                    continue;
                };
                if message.chat == out.chat && message.body != super::Body::Wipe {
                    record.held.push(message);
                    unqueued.push(item.id);
                }
            }
        }
        record.hold = true;
        hold_back(record, out);
        Ok(unqueued)
    }

    /// Remove from the outbox the entries a committed turn now holds. One being sent at
    /// this moment may still go out (and then again when released): a repeat, never a
    /// loss.
    pub(super) fn unqueue(&self, channel: &str, ids: &[OutboxId]) -> Result<()> {
        for id in ids {
            self.store.mark_delivered(channel, *id)?;
        }
        Ok(())
    }

    /// The person writes again: what was held goes out first, in order, and the case room
    /// is told.
    pub(super) fn release_held(&self, record: &mut Record, out: &mut Outgoing<'_>) {
        if !record.hold {
            return;
        }
        record.hold = false;
        let held = std::mem::take(&mut record.held);
        if let Some(case) = record.case {
            let args = [
                ("case".into(), case.to_string()),
                ("count".into(), held.len().to_string()),
            ];
            out.in_room(Some(case), self.desk_text("desk-person-back", &args));
        }
        out.prepend_for_person(held);
    }
}

/// While the person holds messages: move what this turn queued for them into the record.
/// Returns whether anything was held.
pub(super) fn hold_back(record: &mut Record, out: &mut Outgoing<'_>) -> bool {
    if !record.hold {
        return false;
    }
    let taken: Vec<Outbound> = out.take_for_person();
    let any = !taken.is_empty();
    record.held.extend(taken);
    any
}
