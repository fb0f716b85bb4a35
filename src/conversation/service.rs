//! The conversation service: what every turn shares — the content (flows, locales,
//! directory), the store, the helpline's facts, the case book — and the two ends of a
//! turn: loading a conversation's record and committing what the turn produced in one
//! atomic write. The turns themselves are in `turn` (a person's), `desk` (an operator's)
//! and `learned` (what a channel found out while delivering). It also owns `TurnLocks`,
//! which let one turn at a time read and write a conversation and its cases. It must not
//! touch a platform API, and it never logs content or ids.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use super::cases::CaseBook;
use super::error::{decode, encode, Result};
use super::learned::{ChannelLimits, Limits};
use super::outgoing::Outgoing;
use super::{Record, Speaker, TranscriptLine};
use crate::directory::Directory;
use crate::flow::{Flows, Text};
use crate::handoff::Operator;
use crate::l10n::Locales;
use crate::store::{self, ConvId, OutboxId, StateChange, Store, UpdateMark};

/// Facts about the helpline every message may use.
#[derive(Debug, Clone)]
pub struct Helpline {
    /// The helpline's name, as texts show it.
    pub name: String,
    /// Its free phone number.
    pub phone: String,
    /// The emergency number.
    pub emergency: String,
    /// The language of the desk, and of people whose language is not known.
    pub default_language: String,
    /// Whether a channel carries cases to operators. Without one, a request for a person
    /// gets the honest answer that nobody can answer here, with the phone numbers,
    /// never a promise that someone will. An input to the engine's step.
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

/// A turn encoded for its write: the store's [`Turn`](store::Turn), the audit entries
/// appended with it, and what follows the write.
pub(super) struct Ready {
    pub(super) turn: store::Turn,
    pub(super) audit: Vec<store::AuditAppend>,
    pub(super) after: Committed,
}

impl Ready {
    /// Whether later turns of a batch may be written in the same store write as this one:
    /// it writes nothing another conversation's turn reads (no desk record, no audit entry),
    /// forgets nothing (the quick exit is written at once) and takes nothing back out of
    /// the outbox.
    pub(super) fn groups(&self) -> bool {
        self.turn.desk.is_empty()
            && self.audit.is_empty()
            && self.after.unqueue.is_none()
            && self.turn.state != StateChange::Delete
    }
}

/// What follows a turn's write.
pub(super) struct Committed {
    /// The channel of each outbox entry, in order (for the metrics).
    channels: Vec<String>,
    now: u64,
    quick_exits: u64,
    claim_waited: Option<u64>,
    /// Entries to take back out of a channel's outbox once the turn is written (they are
    /// held now: "not safe now").
    pub(super) unqueue: Option<(String, Vec<OutboxId>)>,
}

/// What a turn came to before its write: done already (a duplicate; a turn that wrote
/// itself), or ready to write.
pub(super) enum Step {
    Done(Handled),
    Ready(Box<Ready>),
}

/// What an unconfigured `/start` payload counts as.
pub(super) const OTHER_CAMPAIGN: &str = "other";

/// Runs turns: a person's message, an operator's message, what a delivery learned.
pub struct Service<S: Store> {
    /// Flows, locales and directory: swapped whole by [`Service::reload`] (SIGHUP), so a
    /// turn reads them through [`Service::flows`] and its siblings.
    content: RwLock<Arc<Live>>,
    pub(super) store: Arc<S>,
    pub(super) helpline: Helpline,
    /// Cases, rooms, roster and duty.
    pub(super) cases: CaseBook<S>,
    /// The file limits channels published (when they start: a homeserver's is known only
    /// once connected).
    pub(super) limits: RwLock<ChannelLimits>,
    /// One turn at a time per conversation: a turn reads a record or a case and writes it
    /// back, so a concurrent one (an operator's `!claim` against the person's `/exit`)
    /// would otherwise write over what the other committed.
    pub(super) turns: TurnLocks,
    /// Whether the operators' channel is connected now (see
    /// [`Service::set_operators_connected`]); meaningful only when
    /// [`Helpline::operators_reachable`] says one is configured.
    pub(super) operators_connected: AtomicBool,
    /// The `/start` campaign tags counted by name (`[campaigns] tags`); any other payload
    /// counts as `other` and is never kept.
    pub(super) campaigns: Arc<std::collections::BTreeSet<String>>,
}

/// The content the next turn reads.
struct Live {
    flows: Arc<Flows>,
    locales: Arc<Locales>,
    directory: Arc<Directory>,
}

/// Locks that serialise the turns of one conversation. Every turn that reads and then
/// writes a conversation's record, or a case (a case belongs to one conversation for its
/// whole life), holds the lock of that conversation from its first read to its commit.
/// Each turn takes exactly one lock, so there is no lock order to get wrong and no
/// deadlock; a turn must never take a second one (std locks are not re-entrant).
/// Conversations share a fixed number of stripes, so memory stays bounded however many
/// chats there are; two conversations on one stripe only wait for each other briefly.
/// Turns run on blocking threads: a lock is never held across an `.await`.
pub(super) struct TurnLocks {
    stripes: Box<[Mutex<()>]>,
    /// Turns waiting for (or about to take) a stripe, for tests that pause a turn.
    waiting: AtomicUsize,
}

impl TurnLocks {
    /// Stripes: far more than the turns that run at once (the blocking pool, a few
    /// deliveries), so unrelated conversations rarely share one.
    const STRIPES: usize = 256;

    fn new() -> Self {
        TurnLocks {
            stripes: (0..Self::STRIPES).map(|_| Mutex::new(())).collect(),
            waiting: AtomicUsize::new(0),
        }
    }

    /// Hold `conv`'s lock until the guard is dropped. A poisoned lock is taken as it is: it
    /// guards no data, and a turn that panicked committed all of its write or none.
    pub(super) fn lock(&self, conv: ConvId) -> MutexGuard<'_, ()> {
        self.lock_stripe(Self::stripe(conv))
    }

    /// The stripe `conv` shares.
    pub(super) fn stripe(conv: ConvId) -> usize {
        let mut index = [0; 8];
        index.copy_from_slice(&conv.0[..8]);
        // The id is a keyed hash: its bytes are already evenly spread.
        (u64::from_le_bytes(index) % Self::STRIPES as u64) as usize
    }

    /// Hold stripe `stripe` (see [`TurnLocks::lock`]).
    pub(super) fn lock_stripe(&self, stripe: usize) -> MutexGuard<'_, ()> {
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let guard = self.stripes[stripe].lock().unwrap_or_else(|p| p.into_inner());
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        guard
    }

    /// Stripe `stripe` if no one holds it now: a batch that already holds stripes must not
    /// wait for another while holding them (two batches could wait for each other).
    pub(super) fn try_lock_stripe(&self, stripe: usize) -> Option<MutexGuard<'_, ()>> {
        match self.stripes[stripe].try_lock() {
            Ok(guard) => Some(guard),
            Err(std::sync::TryLockError::Poisoned(p)) => Some(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }
}

impl<S: Store> Service<S> {
    /// A service without a duty roster (see [`Service::with_roster`]).
    pub fn new(
        flows: Arc<Flows>,
        locales: Arc<Locales>,
        directory: Arc<Directory>,
        store: Arc<S>,
        helpline: Helpline,
    ) -> Self {
        let cases = CaseBook::new(store.clone(), None);
        Service {
            content: RwLock::new(Arc::new(Live {
                flows,
                locales,
                directory,
            })),
            store,
            helpline,
            cases,
            limits: RwLock::new(ChannelLimits::new()),
            turns: TurnLocks::new(),
            operators_connected: AtomicBool::new(true),
            campaigns: Arc::default(),
        }
    }

    /// The `/start` campaign tags to count by name (`[campaigns] tags`); without them every
    /// payload counts as `other`.
    pub fn with_campaigns(mut self, tags: impl IntoIterator<Item = String>) -> Self {
        self.campaigns = Arc::new(tags.into_iter().collect());
        self
    }

    /// A `/start` payload as it may be kept: a configured tag, else `other`.
    pub(super) fn known_campaign(&self, tag: &str) -> String {
        if self.campaigns.contains(tag) {
            tag.to_owned()
        } else {
            OTHER_CAMPAIGN.to_owned()
        }
    }

    /// Serve new content from the next turn on (a reload: the caller checked it whole).
    /// Turns under way finish with what they read; a conversation waiting at a node the new
    /// flows lack is brought back to the menu and told so (`sys-node-gone`).
    pub fn reload(&self, flows: Flows, locales: Locales, directory: Directory) {
        let live = Arc::new(Live {
            flows: Arc::new(flows),
            locales: Arc::new(locales),
            directory: Arc::new(directory),
        });
        *self.content.write().unwrap_or_else(|p| p.into_inner()) = live;
    }

    fn live(&self) -> Arc<Live> {
        self.content.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The flows served now.
    pub fn flows(&self) -> Arc<Flows> {
        self.live().flows.clone()
    }

    /// The locales served now.
    pub fn locales(&self) -> Arc<Locales> {
        self.live().locales.clone()
    }

    /// The referral directory served now.
    pub(super) fn directory(&self) -> Arc<Directory> {
        self.live().directory.clone()
    }

    /// The operators' channel says whether it is connected now (a new service assumes it
    /// is). While it is not, a request for a person still opens the case, which waits for
    /// the channel, and the person is told honestly that nobody can read the chat yet.
    pub fn set_operators_connected(&self, connected: bool) {
        self.operators_connected.store(connected, Ordering::SeqCst);
    }

    /// Whether the operators' channel has said it is connected (the Matrix channel: started,
    /// its lobby checked, its sync answering).
    pub fn operators_connected(&self) -> bool {
        self.operators_connected.load(Ordering::SeqCst)
    }

    /// Whether operators' channel is configured but not connected now.
    pub(super) fn operators_down(&self) -> bool {
        self.helpline.operators_reachable && !self.operators_connected.load(Ordering::SeqCst)
    }

    /// How many turns are waiting for another turn of the same conversation (or of one
    /// sharing its lock) to end. Only for tests that pause a turn and need to know that
    /// another one has reached the lock.
    #[doc(hidden)]
    pub fn turns_waiting(&self) -> usize {
        self.turns.waiting.load(Ordering::SeqCst)
    }

    /// A channel publishes the file limits it works with (`channel` may be
    /// [`super::OPERATORS`] for the channel that carries the case rooms).
    pub fn publish_limits(&self, channel: &str, limits: Limits) {
        let mut all = self.limits.write().unwrap_or_else(|p| p.into_inner());
        all.insert(channel.to_owned(), limits);
    }

    /// A channel's published limits, if it published any.
    pub(super) fn limits_of(&self, channel: &str) -> Option<Limits> {
        let all = self.limits.read().unwrap_or_else(|p| p.into_inner());
        all.get(channel).copied()
    }

    /// Operators work from a desk with this roster: cases are announced and invited by
    /// language, and a case opened with nobody on duty gets the honest answer at once.
    pub fn with_roster(mut self, operators: Vec<Operator>) -> Self {
        self.cases = CaseBook::new(self.store.clone(), Some(operators));
        self
    }

    /// The store turns are committed to (callers flush it).
    pub fn store(&self) -> &Arc<S> {
        &self.store
    }

    /// The case book, for reading cases, rooms and the roster.
    pub fn cases(&self) -> &CaseBook<S> {
        &self.cases
    }

    /// Whether this chat has a conversation in progress (state kept in the store).
    pub fn has_conversation(&self, channel: &str, chat: &str) -> Result<bool> {
        Ok(self.store.load_state(self.store.conv_id(channel, chat))?.is_some())
    }

    /// The one way a conversation's record is read. An authentic record in a format this
    /// build cannot read (an older one) begins again, said in the log: never a guess.
    pub(super) fn load_record(&self, conv: store::ConvId) -> Result<Record> {
        Ok(self.existing_record(conv)?.unwrap_or_default())
    }

    /// The conversation's record, or `None` if it has none (never began, or the quick
    /// exit forgot it). Read as [`Service::load_record`] reads it.
    pub(super) fn existing_record(&self, conv: store::ConvId) -> Result<Option<Record>> {
        let Some(bytes) = self.store.load_state(conv)? else {
            return Ok(None);
        };
        match decode::<Record>("conversation record", &bytes) {
            Ok(record) => Ok(Some(record)),
            Err(e) => {
                tracing::warn!(conv = ?conv, error = %e, "conversation record unreadable; starting afresh");
                Ok(Some(Record::default()))
            }
        }
    }

    /// The record's language, or the helpline's.
    pub(super) fn lang_of(&self, record: &Record) -> String {
        record
            .engine
            .lang
            .clone()
            .unwrap_or_else(|| self.helpline.default_language.clone())
    }

    /// The tail every turn shares: one atomic write of the state, the update mark, the
    /// person's message id (for the quick exit), the outbox, counters and desk records.
    /// The caller flushes before acknowledging the update.
    pub(super) fn commit(
        &self,
        conv: store::ConvId,
        mark: Option<UpdateMark>,
        state: StateChange,
        message_id: Option<i64>,
        out: Outgoing<'_>,
    ) -> Result<Handled> {
        let ready = self.ready((conv, mark), (state, message_id), out)?;
        self.commit_ready(ready)
    }

    /// A turn encoded for its commit (see [`Service::commit`]), not yet written: the
    /// conversation and update, the state change and the person's message id, its output.
    pub(super) fn ready(
        &self,
        (conv, mark): (store::ConvId, Option<UpdateMark>),
        (state, message_id): (StateChange, Option<i64>),
        out: Outgoing<'_>,
    ) -> Result<Ready> {
        let audit = out.audit_appends()?;
        let (now, claim_waited) = (out.now, out.claim_waited);
        let quick_exits = out.counters.iter().filter(|c| c.ends_with("|quick_exit")).count() as u64;
        let turn = out.into_turn(conv, mark, state, message_id)?;
        let channels = turn.outbox.iter().map(|o| o.channel.clone()).collect();
        Ok(Ready {
            turn,
            audit,
            after: Committed {
                channels,
                now,
                quick_exits,
                claim_waited,
                unqueue: None,
            },
        })
    }

    /// Write one ready turn alone.
    pub(super) fn commit_ready(&self, ready: Ready) -> Result<Handled> {
        let ids = if ready.audit.is_empty() {
            self.store.commit_turn(ready.turn)?
        } else {
            self.store.commit_turn_audited(ready.turn, &ready.audit)?
        };
        self.committed(ready.after, ids)
    }

    /// What follows a turn's write: metrics, and the entries it took back out of the outbox.
    pub(super) fn committed(&self, after: Committed, ids: Vec<OutboxId>) -> Result<Handled> {
        let metrics = &crate::metrics::METRICS;
        metrics.committed(after.quick_exits, after.claim_waited);
        let channels = after.channels.iter().map(String::as_str);
        metrics.queued(channels.zip(ids.iter().map(|id| id.0)), after.now);
        if let Some((channel, unqueued)) = &after.unqueue {
            self.unqueue(channel, unqueued)?;
        }
        Ok(Handled::Turn(ids))
    }

    /// A text for the person, kept in the transcript, with its options.
    pub(super) fn to_person(&self, record: &mut Record, out: &mut Outgoing<'_>, text: String, choices: Vec<String>) {
        self.menu_to_person(record, out, text, choices, None);
    }

    /// [`Self::to_person`] for a menu: its buttons name `menu`, so an old one is known.
    pub(super) fn menu_to_person(
        &self,
        record: &mut Record,
        out: &mut Outgoing<'_>,
        text: String,
        choices: Vec<String>,
        menu: Option<String>,
    ) {
        let mut line = text.clone();
        for (i, c) in choices.iter().enumerate() {
            line.push_str(&format!("\n{}. {c}", i + 1));
        }
        push_transcript(record, Speaker::Bot, line);
        out.menu_for_person(text, choices, menu);
    }

    /// Render a person-facing text with the helpline's facts and the conversation's
    /// variables.
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
        self.locales().render(lang, text, &args, isolates_bidi(channel))
    }

    /// A desk text (`desk-…` in `locales/*/desk.ftl`) in the helpline's language. Desk
    /// texts are rendered without bidi isolation marks (they are not shown to people).
    pub(super) fn desk_text(&self, id: &str, args: &[(String, String)]) -> String {
        let mut text = Text::new(id);
        text.args = args.to_vec();
        self.locales()
            .render(&self.helpline.default_language, &text, &[], false)
    }
}

/// The state change that keeps `record`.
pub(super) fn keep(record: &Record) -> Result<StateChange> {
    Ok(StateChange::Set(encode("conversation record", record)?))
}

/// Whether a channel's clients honour Unicode bidi isolation marks. Terminals print them
/// as stray symbols; Telegram and Matrix clients render them.
fn isolates_bidi(channel: &str) -> bool {
    channel != "terminal"
}

/// Add a line to the bounded transcript.
pub(super) fn push_transcript(record: &mut Record, from: Speaker, text: String) {
    let text: String = text.chars().take(Record::TRANSCRIPT_CHARS).collect();
    record.transcript.push(TranscriptLine { from, text });
    let excess = record.transcript.len().saturating_sub(Record::TRANSCRIPT_LINES);
    record.transcript.drain(..excess);
}
