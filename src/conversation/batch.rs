//! Group commit: a channel's batch of person turns written to the store together. sled
//! writes its log twice per transaction whatever its size (BENCHMARKS.md), so a batch of
//! updates from `getUpdates` costs about one write instead of one per update; the channel
//! then flushes once, as before. Each turn still runs alone for its conversation: its lock
//! is held until its group is written, and a second update of the same conversation writes
//! the group first, so it reads what the first committed. A turn that writes what other
//! conversations' turns read (desk records, the audit chain), forgets, or takes entries
//! back out of the outbox is written at once with the turns before it. A turn run here must
//! take no turn lock itself (the batch may hold that stripe already): none of a person's
//! turns does; the functions that lock are the desk's, the deliveries' and retention's. It
//! must not know a platform.

use std::collections::HashSet;
use std::sync::MutexGuard;

use super::error::Result;
use super::service::{Ready, Step, TurnLocks};
use super::{Handled, Inbound, Service};
use crate::store::{ConvId, Store};

/// Turns waiting for their group's write, at most (a `getUpdates` batch is at most 100).
const MAX_GROUP: usize = 128;

/// Turns of one batch, written in as few store writes as they allow. Call
/// [`Batch::finish`]: a batch dropped without it writes nothing it still holds (those
/// updates were never confirmed, so they come again).
#[must_use = "a batch writes its last turns only in `finish`"]
pub struct Batch<'s, S: Store> {
    service: &'s Service<S>,
    /// Stripes of the turn locks held until the group is written.
    held: Vec<(usize, MutexGuard<'s, ()>)>,
    /// Conversations with a turn in the group.
    convs: HashSet<ConvId>,
    /// Turns of the group, with their position in `results`.
    group: Vec<(usize, Ready)>,
    /// Each recorded turn's outcome, in order; `None` while its group is unwritten.
    results: Vec<Option<Result<Handled>>>,
}

impl<S: Store> Service<S> {
    /// A batch of turns to write together (see [`Batch`]).
    pub fn batch(&self) -> Batch<'_, S> {
        Batch {
            service: self,
            held: Vec::new(),
            convs: HashSet::new(),
            group: Vec::new(),
            results: Vec::new(),
        }
    }
}

impl<'s, S: Store> Batch<'s, S> {
    /// [`Service::handle`] within the batch. An error before the write is returned here
    /// (and the turn is not recorded); the write's outcome comes from [`Batch::finish`].
    pub fn handle(&mut self, inbound: &Inbound, now: u64) -> Result<()> {
        self.enter(inbound);
        let step = self.service.turn_step(inbound, now)?;
        self.record(step);
        Ok(())
    }

    /// [`Service::acknowledge`] within the batch (see [`Batch::handle`]).
    pub fn acknowledge(&mut self, inbound: &Inbound, notice: Option<&str>, sent: u32, now: u64) -> Result<()> {
        self.enter(inbound);
        let step = self.service.acknowledge_step(inbound, (notice, sent), now)?;
        self.record(step);
        Ok(())
    }

    /// Write what is left and release every lock: the outcome of each recorded turn, in
    /// the order they were recorded.
    pub fn finish(mut self) -> Vec<Result<Handled>> {
        self.write();
        std::mem::take(&mut self.results)
            .into_iter()
            .map(|r| r.unwrap_or(Err(super::error::Error::Unwritten)))
            .collect()
    }

    /// Take the conversation's lock for the turn about to run: write the group first if it
    /// holds a turn of this conversation, or if the lock is busy (never wait for one lock
    /// while holding others).
    fn enter(&mut self, inbound: &Inbound) {
        let conv = self.service.store.conv_id(&inbound.channel, &inbound.chat);
        if self.convs.contains(&conv) || self.group.len() >= MAX_GROUP {
            self.write();
        }
        self.convs.insert(conv);
        let stripe = TurnLocks::stripe(conv);
        if self.held.iter().any(|(s, _)| *s == stripe) {
            return;
        }
        let locks = &self.service.turns;
        let guard = match locks.try_lock_stripe(stripe) {
            Some(guard) => guard,
            None => {
                self.write();
                self.convs.insert(conv);
                locks.lock_stripe(stripe)
            }
        };
        self.held.push((stripe, guard));
    }

    /// Keep a step's outcome; a turn that must not wait writes the group with it.
    fn record(&mut self, step: Step) {
        match step {
            Step::Done(handled) => self.results.push(Some(Ok(handled))),
            Step::Ready(ready) => {
                let now = !ready.groups();
                self.group.push((self.results.len(), *ready));
                self.results.push(None);
                if now {
                    self.write();
                }
            }
        }
    }

    /// Write the group in one store write, then release the locks.
    fn write(&mut self) {
        let group = std::mem::take(&mut self.group);
        let (slots, readies): (Vec<usize>, Vec<Ready>) = group.into_iter().unzip();
        let mut afters = Vec::with_capacity(readies.len());
        let turns = readies
            .into_iter()
            .map(|r| {
                afters.push(r.after);
                (r.turn, r.audit)
            })
            .collect();
        let written = self.service.store.commit_turns(turns);
        for ((slot, after), ids) in slots.into_iter().zip(afters).zip(written) {
            let outcome = ids
                .map_err(Into::into)
                .and_then(|ids| self.service.committed(after, ids));
            self.results[slot] = Some(outcome);
        }
        self.convs.clear();
        self.held.clear();
    }
}
