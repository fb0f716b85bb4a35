//! Durable storage behind one trait. It owns what is kept and how: every value encrypted,
//! every user-derived key a keyed hash, turns committed atomically. It must not know flows,
//! channels or message formats — values are opaque bytes serialised by the callers.
//!
//! Backends: [`sled_store::SledStore`] (AES-256-GCM over sled 0.34) and
//! [`memory::MemoryStore`] (the in-memory twin for tests and benches). `varco chat` uses the
//! sled store too, in a temporary directory unless `--data` names one, so that it runs the
//! same path as a platform message. Both pass the same suite in `tests/store.rs`.

pub mod audit;
pub mod backup;
pub(crate) mod cipher;
pub mod dir_copy;
pub mod key;
pub(crate) mod keyring;
pub mod memory;
pub(crate) mod private_file;
pub(crate) mod sled_store;

use std::path::PathBuf;

pub use audit::{AuditAppend, AuditLog, Verdict};
pub use cipher::Cipher;
pub use key::MasterKey;
pub use memory::MemoryStore;
pub use sled_store::{rotation_request_file, EpochChange, Rotation, SledStore};

/// A conversation's identity on disk: HMAC-SHA256 of `channel \0 platform id` under a key
/// derived from the master key. The platform id itself is never stored.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConvId(pub [u8; 32]);

impl std::fmt::Debug for ConvId {
    // Only a short prefix: enough to correlate log lines, useless to reverse.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ConvId({})", hex::encode(&self.0[..4]))
    }
}

/// Position of an outbound message in a channel's outbox; increases monotonically, so
/// delivery in id order keeps per-chat order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutboxId(pub u64);

/// An inbound platform update that a turn consumed. Recorded in the same batch as the turn
/// so a redelivered update is recognised and not stepped twice.
#[derive(Debug, Clone)]
pub struct UpdateMark {
    /// The channel the update came from; part of the hashed key.
    pub channel: String,
    /// The platform's update id (a Telegram update id, a Matrix event id); stored only as a
    /// keyed hash.
    pub update_id: String,
}

/// What a turn does to its conversation's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateChange {
    /// Leave it as it is (e.g. an operator's note, a lobby command).
    Keep,
    /// Replace it with this serialised state.
    Set(Vec<u8>),
    /// Delete it (quick exit), destroying the conversation's data key: see [`Store::forget`].
    Delete,
}

/// A record of the operators' desk (cases, duty): `key` set to `value`, or deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskWrite {
    /// Not personal data (e.g. `case/12`, `duty`): stored as is; the value is sealed.
    pub key: String,
    /// The sealed record's new bytes; `None` deletes it.
    pub value: Option<Vec<u8>>,
}

/// Everything one handled inbound message changes, written in one atomic batch.
#[derive(Debug, Clone)]
pub struct Turn {
    /// The conversation the turn belongs to.
    pub conv: ConvId,
    /// The platform update the turn consumed, recorded so that a redelivery is skipped; `None`
    /// for turns with no platform update (what a delivery learned).
    pub update: Option<UpdateMark>,
    /// What happens to the conversation's state.
    pub state: StateChange,
    /// Outbound messages, in send order, each for one channel's outbox.
    pub outbox: Vec<OutboundRecord>,
    /// Platform message ids of this turn's inbound message, kept for the quick exit.
    pub track: Vec<TrackedMessage>,
    /// Anonymous monitoring counters to add one to (e.g. `2026-11|campaign:qr-torino`);
    /// never personal data.
    pub counters: Vec<String>,
    /// Records of the operators' desk written with the turn.
    pub desk: Vec<DeskWrite>,
}

/// A platform message id in a conversation (either direction) and when it was seen, kept
/// only so that a quick exit can delete it while the platform still allows (48 h on
/// Telegram); older ones are pruned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TrackedMessage {
    /// The platform's message id (Telegram's; only Telegram tracks ids today).
    pub id: i64,
    /// Seconds since the epoch.
    pub at: u64,
}

/// One outbox entry the platform accepted, and the message ids it created there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivered {
    /// The outbox entry the platform accepted.
    pub id: OutboxId,
    /// Its conversation, whose tracked ids are extended.
    pub conv: ConvId,
    /// Ids to track for the quick exit (may be empty).
    pub sent: Vec<TrackedMessage>,
}

/// How long message ids are tracked: Telegram deletes only messages younger than 48 h.
pub const TRACK_WINDOW_SECS: u64 = 48 * 3600;

/// Encoding of a tracked-message list: 16 bytes each (id, time; big-endian).
pub(crate) fn encode_tracked(list: &[TrackedMessage]) -> Vec<u8> {
    let mut out = Vec::with_capacity(list.len() * 16);
    for m in list {
        out.extend_from_slice(&m.id.to_be_bytes());
        out.extend_from_slice(&m.at.to_be_bytes());
    }
    out
}

pub(crate) fn decode_tracked(bytes: &[u8]) -> Option<Vec<TrackedMessage>> {
    if bytes.len() % 16 != 0 {
        return None;
    }
    Some(
        bytes
            .chunks_exact(16)
            .map(|c| TrackedMessage {
                id: i64::from_be_bytes(c[..8].try_into().unwrap_or_default()),
                at: u64::from_be_bytes(c[8..].try_into().unwrap_or_default()),
            })
            .collect(),
    )
}

/// Append `new` to `list`, dropping duplicates and entries past the window.
pub(crate) fn merge_tracked(mut list: Vec<TrackedMessage>, new: &[TrackedMessage], now: u64) -> Vec<TrackedMessage> {
    list.extend_from_slice(new);
    list.retain(|m| m.at + TRACK_WINDOW_SECS > now);
    list.sort_by_key(|m| m.id);
    list.dedup_by_key(|m| m.id);
    list
}

/// An outbound message a turn queues: the channel whose outbox gets it, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundRecord {
    /// The outbox it goes to (`telegram`, `matrix`, `operators`…).
    pub channel: String,
    /// Serialised outbound message (destination and text), opaque to the store.
    pub payload: Vec<u8>,
}

/// An undelivered outbox entry, as a delivery reads it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// Its position in the outbox; pass it to [`Store::mark_delivered`] once the platform took
    /// it.
    pub id: OutboxId,
    /// The serialised outbound message, opened (decrypted).
    pub payload: Vec<u8>,
}

/// The store's result: every failure is an [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why the store could not do what was asked. No variant carries a value or key material.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The sled database could not be opened (missing permission, locked by another
    /// process, damaged files).
    #[error("store at {path}: {source}")]
    Open {
        /// The store's directory.
        path: PathBuf,
        /// sled's reason.
        source: sled::Error,
    },
    /// A read, write or flush failed in sled (disk full, I/O error).
    #[error(transparent)]
    Sled(#[from] sled::Error),
    /// A sealed value did not open: it was damaged, or moved from another key or tree.
    #[error("stored record in tree `{tree}` failed authentication (corrupted, or swapped from another record)")]
    Corrupt {
        /// The sled tree the record is in (`state`, `outbox`, …).
        tree: &'static str,
    },
    /// The key does not open the store's key check: it is not the key the store was
    /// created with, and the store is not touched.
    #[error("store at {path} was created with a different key (key file does not match; after `varco keys rotate`, use the new key file)")]
    WrongKey {
        /// The store's directory.
        path: PathBuf,
    },
    /// The store has data but no record to check the key against: a key could not be
    /// verified, so nothing is written.
    #[error("store at {path} has data but no key check record; refusing to use it")]
    MissingKeyCheck {
        /// The store's directory.
        path: PathBuf,
    },
    /// A value sealed under a key id this build does not hold (a newer build's, or damage).
    #[error("stored record was written with key id {0}, which this build does not hold")]
    UnknownKeyId(u8),
    /// The master key file cannot be used: missing, unreadable, malformed, readable by
    /// others, or already there when a new key was to be written.
    #[error("key file {path}: {reason}")]
    KeyFile {
        /// The key file.
        path: PathBuf,
        /// What is wrong with it (never any key material).
        reason: String,
    },
}

/// The one storage interface. Implementations must be safe to share between tasks.
pub trait Store: Send + Sync + 'static {
    /// Keyed hash of a platform identity.
    fn conv_id(&self, channel: &str, platform_id: &str) -> ConvId;

    /// The conversation's serialised state, if any. `None` too when it was sealed under a
    /// data key that has since been destroyed: a forgotten conversation is simply gone.
    fn load_state(&self, conv: ConvId) -> Result<Option<Vec<u8>>>;

    /// Whether this platform update was already committed by a turn.
    fn seen_update(&self, update: &UpdateMark) -> Result<bool>;

    /// Atomically write state, outbox entries and the update mark. Not durable until
    /// [`Store::flush`] returns; callers acknowledge the update only after that. Returns the
    /// ids given to the outbox entries, in order.
    fn commit_turn(&self, turn: Turn) -> Result<Vec<OutboxId>>;

    /// Make every committed turn durable (fsync). Several turns may share one flush.
    fn flush(&self) -> Result<()>;

    /// Undelivered entries of a channel's outbox, oldest first.
    fn outbox_pending(&self, channel: &str, limit: usize) -> Result<Vec<OutboxItem>>;

    /// Remove a delivered entry. Idempotent.
    fn mark_delivered(&self, channel: &str, id: OutboxId) -> Result<()>;

    /// Forget the conversation for good (retention's purge, an explicit erase): its state,
    /// transcript and tracked message ids, and the data keys that sealed them, in one atomic
    /// write, so that no version of them left on disk can be read again. Idempotent. Its
    /// undelivered outbox entries die with it (sealed under its key; the sled backend
    /// removes them when a read comes past them). A turn with [`StateChange::Delete`] (the
    /// quick exit) does the same, except that the tracked ids the quick exit must still
    /// delete on the platform stay readable to [`Store::take_tracked`] (under a parting key
    /// that dies when they are taken), and that the turn's own outbox entries (the farewell)
    /// outlive it, each under a key of its own.
    fn forget(&self, conv: ConvId) -> Result<()>;

    /// Next case number, durable and never reused (survives restarts).
    fn next_case_number(&self) -> Result<u64>;

    /// Remember platform message ids of a conversation (e.g. the bot's sent messages) for
    /// the quick exit; prunes ids older than [`TRACK_WINDOW_SECS`]. Atomic with respect to
    /// concurrent callers and turns.
    fn track(&self, conv: ConvId, messages: &[TrackedMessage], now: u64) -> Result<()>;

    /// Record a round of deliveries at once: track each entry's sent ids (as [`Store::track`])
    /// and remove the entries (as [`Store::mark_delivered`]), atomically. Not durable until
    /// [`Store::flush`]. A backend should make this one write, not one per entry.
    fn record_delivered(&self, channel: &str, delivered: &[Delivered], now: u64) -> Result<()> {
        for d in delivered {
            if !d.sent.is_empty() {
                self.track(d.conv, &d.sent, now)?;
            }
            self.mark_delivered(channel, d.id)?;
        }
        Ok(())
    }

    /// A record of the operators' desk (see [`DeskWrite`]).
    fn load_desk(&self, key: &str) -> Result<Option<Vec<u8>>>;

    /// Every desk record whose key starts with `prefix`, in key order.
    fn desk_entries(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>>;

    /// Every monitoring counter and its value, sorted by name.
    fn counters(&self) -> Result<Vec<(String, u64)>>;

    /// Take (read and delete) the conversation's tracked ids still inside the window.
    fn take_tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>>;

    /// The conversation's tracked ids still inside the window, left where they are (also
    /// after a deleting turn, under the parting key): the quick exit reads what to delete
    /// with this, so that a crash before the platform confirms leaves every id tracked.
    fn tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>>;

    /// Stop tracking the ids in `done` (the platform confirmed their deletion, or refused
    /// it for good); the others stay, under the key they are under, pruned to the window.
    /// The last id gone takes a parting key with it. Atomic like [`Store::track`].
    fn untrack(&self, conv: ConvId, done: &[i64], now: u64) -> Result<()>;

    /// [`Store::commit_turn`], with `audit` appended to the operators' audit chain (each
    /// entry linked to the one before, the chain's head moved) in the same atomic write.
    fn commit_turn_audited(&self, turn: Turn, audit: &[AuditAppend]) -> Result<Vec<OutboxId>>;

    /// Commit several turns, in order, as [`Store::commit_turn_audited`] would one by one;
    /// the result of each, in order. A store may write them in one atomic write (much
    /// cheaper on disk), and then commits each alone if that write fails, so that one turn's
    /// failure is its own. A turn must not read what an earlier turn of the group writes:
    /// the caller groups turns of different conversations that write no desk record.
    fn commit_turns(&self, turns: Vec<(Turn, Vec<AuditAppend>)>) -> Vec<Result<Vec<OutboxId>>> {
        turns
            .into_iter()
            .map(|(turn, audit)| self.commit_turn_audited(turn, &audit))
            .collect()
    }

    /// The operators' audit chain as stored: base, every entry by position (opened, or
    /// `None` where a value does not open), head.
    fn audit_log(&self) -> Result<AuditLog>;

    /// Retention: remove the audit entries appended before `before` (from the oldest on, so
    /// the rest still verifies from the new base). Returns how many; with `apply` false
    /// only counts.
    fn purge_audit(&self, before: u64, apply: bool) -> Result<usize>;

    /// Every conversation that has a state (for retention), in key order.
    fn conversations(&self) -> Result<Vec<ConvId>>;

    /// Retention: drop every tracked message id seen before `before`, in every
    /// conversation. Returns how many ids; with `apply` false only counts.
    fn prune_tracked(&self, before: u64, apply: bool) -> Result<usize>;

    /// Retention: remove the update marks committed before `before`. Returns how many;
    /// with `apply` false only counts.
    fn prune_updates(&self, before: u64, apply: bool) -> Result<usize>;

    /// Retention: remove these monitoring counters (names as [`Store::counters`] gives
    /// them).
    fn remove_counters(&self, names: &[String]) -> Result<()>;
}
