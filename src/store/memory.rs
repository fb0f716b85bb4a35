//! In-memory [`Store`] twin of the sled backend, for tests and benches (`varco chat` uses
//! the sled store, in a temporary directory): same semantics (atomic turns, ordered
//! outboxes, monotonic ids and case numbers, keyed-hash conversation ids). It must not
//! persist anything or diverge observably from `SledStore`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use super::audit::{self, AuditAppend, AuditLink, AuditLog, ChainPoint};
use super::{
    Cipher, ConvId, MasterKey, OutboxId, OutboxItem, Result, StateChange, Store, TrackedMessage, Turn, UpdateMark,
};

/// An outbox entry: the conversation it dies with (as the sled backend seals it under that
/// conversation's key), if any, and its payload.
type Entry = (Option<ConvId>, Vec<u8>);

/// Everything behind one lock, so a turn is applied all at once or not at all.
#[derive(Default)]
struct Inner {
    state: BTreeMap<ConvId, Vec<u8>>,
    /// Keyed hashes of consumed updates, like the sled backend's update marks, with the
    /// time of their commit.
    updates: HashMap<[u8; 32], u64>,
    /// Per channel, entries in id order.
    outbox: BTreeMap<String, BTreeMap<u64, Entry>>,
    /// Last outbox id handed out (ids start at 1).
    last_outbox_id: u64,
    /// Last case number handed out (numbers start at 1).
    last_case: u64,
    /// Monitoring counters.
    counters: BTreeMap<String, u64>,
    /// Tracked platform message ids per conversation.
    tracked: BTreeMap<ConvId, Vec<TrackedMessage>>,
    /// The operators' desk.
    desk: BTreeMap<String, Vec<u8>>,
    /// The audit chain's entries by position (as the sled backend opens them).
    audit: BTreeMap<u64, Vec<u8>>,
    /// The chain's head and, after a purge, its base.
    audit_head: Option<ChainPoint>,
    audit_base: Option<ChainPoint>,
}

/// A [`Store`] that lives and dies with the process. Conversation ids are keyed hashes
/// under a fresh random key per instance, so they are never the raw platform ids.
pub struct MemoryStore {
    cipher: Cipher,
    inner: Mutex<Inner>,
}

impl MemoryStore {
    /// An empty store that seals its values under a fresh random key, as sled does; everything
    /// is gone with the process.
    pub fn new() -> MemoryStore {
        MemoryStore {
            cipher: Cipher::new(&MasterKey::generate()),
            inner: Mutex::new(Inner::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().expect("memory store mutex poisoned")
    }

    fn update_key(&self, update: &UpdateMark) -> [u8; 32] {
        self.cipher
            .keyed_hash(&[b"update", update.channel.as_bytes(), update.update_id.as_bytes()])
    }
}

impl Inner {
    /// Forget `conv`'s state and the outbox entries it owns, and with `tracked` its
    /// tracked ids too (a deleting turn leaves them for the quick exit's wipe).
    fn forget_conv(&mut self, conv: ConvId, tracked: bool) {
        self.state.remove(&conv);
        if tracked {
            self.tracked.remove(&conv);
        }
        for entries in self.outbox.values_mut() {
            entries.retain(|_, (owner, _)| *owner != Some(conv));
        }
        self.outbox.retain(|_, entries| !entries.is_empty());
    }

    fn append_audit(&mut self, entries: &[AuditAppend]) {
        if entries.is_empty() {
            return;
        }
        let (mut seq, mut prev) = audit::next_after(self.audit_head);
        for e in entries {
            self.audit.insert(seq, audit::encode_link(seq, e.at, &prev, &e.body));
            prev = audit::link_hash(seq, e.at, &prev, &e.body);
            seq += 1;
        }
        self.audit_head = Some(ChainPoint {
            seq: seq - 1,
            hash: prev,
        });
    }

    fn audit_log(&self) -> AuditLog {
        AuditLog {
            base: self.audit_base,
            entries: self
                .audit
                .iter()
                .map(|(&seq, plain)| AuditLink {
                    seq,
                    entry: audit::decode_link(seq, plain),
                })
                .collect(),
            head: self.audit_head,
        }
    }
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore::new()
    }
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MemoryStore")
    }
}

impl Store for MemoryStore {
    fn conv_id(&self, channel: &str, platform_id: &str) -> ConvId {
        ConvId(
            self.cipher
                .keyed_hash(&[b"conv", channel.as_bytes(), platform_id.as_bytes()]),
        )
    }

    fn load_state(&self, conv: ConvId) -> Result<Option<Vec<u8>>> {
        Ok(self.lock().state.get(&conv).cloned())
    }

    fn seen_update(&self, update: &UpdateMark) -> Result<bool> {
        let key = self.update_key(update);
        Ok(self.lock().updates.contains_key(&key))
    }

    fn commit_turn(&self, turn: Turn) -> Result<Vec<OutboxId>> {
        self.commit_turn_audited(turn, &[])
    }

    fn commit_turn_audited(&self, turn: Turn, entries: &[AuditAppend]) -> Result<Vec<OutboxId>> {
        let update_key = turn.update.as_ref().map(|u| self.update_key(u));
        let mut inner = self.lock();
        // Nothing below can fail, so the turn lands whole.
        match turn.state {
            StateChange::Keep => {}
            StateChange::Set(state) => {
                inner.state.insert(turn.conv, state);
            }
            StateChange::Delete => inner.forget_conv(turn.conv, false),
        }
        for write in turn.desk {
            match write.value {
                Some(value) => inner.desk.insert(write.key, value),
                None => inner.desk.remove(&write.key),
            };
        }
        if let Some(key) = update_key {
            inner.updates.insert(key, crate::clock::now_secs());
        }
        inner.append_audit(entries);
        for name in turn.counters {
            *inner.counters.entry(name).or_default() += 1;
        }
        if !turn.track.is_empty() {
            // The caller's clock, as carried by the turn's own messages.
            let now = turn.track.iter().map(|m| m.at).max().unwrap_or(0);
            let old = inner.tracked.remove(&turn.conv).unwrap_or_default();
            inner
                .tracked
                .insert(turn.conv, super::merge_tracked(old, &turn.track, now));
        }
        // A conversation with state (in the sled backend: with a data key) owns the turn's
        // entries; a deleting turn's farewell outlives it.
        let owner = inner.state.contains_key(&turn.conv).then_some(turn.conv);
        let mut ids = Vec::with_capacity(turn.outbox.len());
        for record in turn.outbox {
            inner.last_outbox_id += 1;
            let id = inner.last_outbox_id;
            inner
                .outbox
                .entry(record.channel)
                .or_default()
                .insert(id, (owner, record.payload));
            ids.push(OutboxId(id));
        }
        Ok(ids)
    }

    fn flush(&self) -> Result<()> {
        Ok(())
    }

    fn outbox_pending(&self, channel: &str, limit: usize) -> Result<Vec<OutboxItem>> {
        let inner = self.lock();
        Ok(inner
            .outbox
            .get(channel)
            .map(|entries| {
                entries
                    .iter()
                    .take(limit)
                    .map(|(&id, (_, payload))| OutboxItem {
                        id: OutboxId(id),
                        payload: payload.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    fn mark_delivered(&self, channel: &str, id: OutboxId) -> Result<()> {
        let mut inner = self.lock();
        if let Some(entries) = inner.outbox.get_mut(channel) {
            entries.remove(&id.0);
            if entries.is_empty() {
                inner.outbox.remove(channel);
            }
        }
        Ok(())
    }

    fn forget(&self, conv: ConvId) -> Result<()> {
        self.lock().forget_conv(conv, true);
        Ok(())
    }

    fn next_case_number(&self) -> Result<u64> {
        let mut inner = self.lock();
        inner.last_case += 1;
        Ok(inner.last_case)
    }

    fn counters(&self) -> Result<Vec<(String, u64)>> {
        Ok(self.lock().counters.iter().map(|(k, v)| (k.clone(), *v)).collect())
    }

    fn track(&self, conv: ConvId, messages: &[TrackedMessage], now: u64) -> Result<()> {
        let mut inner = self.lock();
        let old = inner.tracked.remove(&conv).unwrap_or_default();
        let merged = super::merge_tracked(old, messages, now);
        if !merged.is_empty() {
            inner.tracked.insert(conv, merged);
        }
        Ok(())
    }

    fn load_desk(&self, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.lock().desk.get(key).cloned())
    }

    fn desk_entries(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let inner = self.lock();
        Ok(inner
            .desk
            .range(prefix.to_owned()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }

    fn take_tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>> {
        let old = self.lock().tracked.remove(&conv).unwrap_or_default();
        Ok(super::merge_tracked(old, &[], now))
    }

    fn tracked(&self, conv: ConvId, now: u64) -> Result<Vec<TrackedMessage>> {
        let old = self.lock().tracked.get(&conv).cloned().unwrap_or_default();
        Ok(super::merge_tracked(old, &[], now))
    }

    fn untrack(&self, conv: ConvId, done: &[i64], now: u64) -> Result<()> {
        let mut inner = self.lock();
        let mut left = inner.tracked.remove(&conv).unwrap_or_default();
        left.retain(|m| !done.contains(&m.id));
        let left = super::merge_tracked(left, &[], now);
        if !left.is_empty() {
            inner.tracked.insert(conv, left);
        }
        Ok(())
    }

    fn audit_log(&self) -> Result<AuditLog> {
        Ok(self.lock().audit_log())
    }

    fn purge_audit(&self, before: u64, apply: bool) -> Result<usize> {
        let mut inner = self.lock();
        let (base, removed) = audit::purge_plan(&inner.audit_log(), before);
        if apply && !removed.is_empty() {
            for seq in &removed {
                inner.audit.remove(seq);
            }
            inner.audit_base = base;
        }
        Ok(removed.len())
    }

    fn conversations(&self) -> Result<Vec<ConvId>> {
        Ok(self.lock().state.keys().copied().collect())
    }

    fn prune_tracked(&self, before: u64, apply: bool) -> Result<usize> {
        let mut inner = self.lock();
        let mut removed = 0;
        for list in inner.tracked.values_mut() {
            let kept: Vec<TrackedMessage> = list.iter().copied().filter(|m| m.at >= before).collect();
            removed += list.len() - kept.len();
            if apply {
                *list = kept;
            }
        }
        inner.tracked.retain(|_, list| !list.is_empty());
        Ok(removed)
    }

    fn prune_updates(&self, before: u64, apply: bool) -> Result<usize> {
        let mut inner = self.lock();
        let old = inner.updates.values().filter(|&&at| at < before).count();
        if apply {
            inner.updates.retain(|_, at| *at >= before);
        }
        Ok(old)
    }

    fn remove_counters(&self, names: &[String]) -> Result<()> {
        let mut inner = self.lock();
        for name in names {
            inner.counters.remove(name);
        }
        Ok(())
    }
}
