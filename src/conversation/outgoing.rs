//! What one turn leaves to commit: outbox entries, desk records, counters, the message ids
//! to track. A turn fills an [`Outgoing`]; [`Outgoing::into_turn`] encodes it once, so a
//! value that cannot be written fails the whole turn instead of vanishing. It must not touch
//! the store.

use super::audit::AuditEntry;
use super::cases::DeskChange;
use super::error::{encode, Result};
use super::{Attachment, Body, Outbound, OPERATORS};
use crate::store::{AuditAppend, ConvId, OutboundRecord, StateChange, TrackedMessage, Turn, UpdateMark};

/// The output of a turn in progress, about one conversation (`channel`, `chat`).
pub(super) struct Outgoing<'a> {
    /// The person's channel.
    pub(super) channel: String,
    /// The person's chat on that channel.
    pub(super) chat: String,
    /// The turn's clock, for the month of its counters and the case's times.
    pub(super) now: u64,
    /// Monthly counters to add one to.
    pub(super) counters: Vec<String>,
    /// Desk records to write.
    pub(super) desk: Vec<DeskChange>,
    /// The file that came with the person's message, for a relay.
    pub(super) attachment: Option<&'a Attachment>,
    /// Operators' actions for the audit log, appended in the same write.
    pub(super) audit: Vec<AuditEntry>,
    /// Seconds the case waited for an operator, when this turn took it from the queue (for
    /// the time-to-claim histogram, observed once the turn is committed).
    pub(super) claim_waited: Option<u64>,
    outbox: Vec<(String, Outbound)>,
}

impl<'a> Outgoing<'a> {
    pub(super) fn new(channel: &str, chat: &str, now: u64) -> Self {
        Outgoing {
            channel: channel.to_owned(),
            chat: chat.to_owned(),
            now,
            counters: Vec::new(),
            desk: Vec::new(),
            attachment: None,
            audit: Vec::new(),
            claim_waited: None,
            outbox: Vec::new(),
        }
    }

    /// Queue a message on `channel`'s outbox.
    pub(super) fn push(&mut self, channel: &str, chat: String, body: Body) {
        self.outbox.push((channel.to_owned(), Outbound { chat, body }));
    }

    /// Take out every message queued for the person (to hold it), except a wipe.
    pub(super) fn take_for_person(&mut self) -> Vec<Outbound> {
        let (channel, chat) = (&self.channel, &self.chat);
        let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.outbox)
            .into_iter()
            .partition(|(c, m)| c == channel && m.chat == *chat && m.body != Body::Wipe);
        self.outbox = rest;
        mine.into_iter().map(|(_, m)| m).collect()
    }

    /// Queue `messages` for the person's channel before everything queued so far.
    pub(super) fn prepend_for_person(&mut self, messages: Vec<Outbound>) {
        let channel = self.channel.clone();
        let mut all: Vec<(String, Outbound)> = messages.into_iter().map(|m| (channel.clone(), m)).collect();
        all.append(&mut self.outbox);
        self.outbox = all;
    }

    /// Queue a message for the person this turn is about, on their channel.
    pub(super) fn for_person(&mut self, body: Body) {
        let (channel, chat) = (self.channel.clone(), self.chat.clone());
        self.push(&channel, chat, body);
    }

    /// Queue a text for the person this turn is about, on their channel.
    pub(super) fn text_for_person(&mut self, text: String, choices: Vec<String>) {
        self.menu_for_person(text, choices, None);
    }

    /// Queue a text with choices for the person, its buttons naming `menu`.
    pub(super) fn menu_for_person(&mut self, text: String, choices: Vec<String>, menu: Option<String>) {
        self.for_person(Body::Text { text, choices, menu });
    }

    /// Queue something for the operators' side about case `case` (its room, or the lobby
    /// with `None`).
    pub(super) fn for_operators(&mut self, case: Option<u64>, body: Body) {
        let chat = case.map(|c| c.to_string()).unwrap_or_else(|| "lobby".into());
        self.push(OPERATORS, chat, body);
    }

    /// A text for case `case`'s room, or for the lobby (`None`).
    pub(super) fn in_room(&mut self, case: Option<u64>, text: String) {
        self.for_operators(case, Body::ToRoom { case, text });
    }

    /// The audit entries, encoded for the store's chain.
    pub(super) fn audit_appends(&self) -> Result<Vec<AuditAppend>> {
        self.audit
            .iter()
            .map(|e| {
                Ok(AuditAppend {
                    at: self.now,
                    body: encode("audit entry", e)?,
                })
            })
            .collect()
    }

    /// Encode everything into one atomic store write.
    pub(super) fn into_turn(
        self,
        conv: ConvId,
        update: Option<UpdateMark>,
        state: StateChange,
        message_id: Option<i64>,
    ) -> Result<Turn> {
        let track = message_id
            .map(|id| vec![TrackedMessage { id, at: self.now }])
            .unwrap_or_default();
        let mut outbox = Vec::with_capacity(self.outbox.len());
        for (channel, message) in &self.outbox {
            let payload = encode("outbox entry", message)?;
            outbox.push(OutboundRecord {
                channel: channel.clone(),
                payload,
            });
        }
        let desk = self.desk.iter().map(DeskChange::write).collect::<Result<Vec<_>>>()?;
        Ok(Turn {
            conv,
            update,
            state,
            outbox,
            track,
            counters: self.counters,
            desk,
        })
    }
}
