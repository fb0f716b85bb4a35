//! Doorbells: one per outbox, rung after a flush that may have queued something there, so
//! each channel's delivery wakes without polling. It owns only the wake-up; it must not
//! carry messages (they are in the store).

use std::collections::BTreeMap;
use std::sync::Arc;

use tokio::sync::Notify;

/// A bell per outbox channel. A ring while the delivery is busy is kept (one permit), so it
/// is never lost; a ring with nothing new costs one empty pass.
#[derive(Clone, Default)]
pub struct Doorbells {
    bells: Arc<BTreeMap<String, Arc<Notify>>>,
}

impl Doorbells {
    /// Bells for the named outboxes (`telegram`, `matrix`, `operators`…), none rung yet.
    pub fn new(channels: &[&str]) -> Doorbells {
        Doorbells {
            bells: Arc::new(
                channels
                    .iter()
                    .map(|c| (c.to_string(), Arc::new(Notify::new())))
                    .collect(),
            ),
        }
    }

    /// The bell of one outbox (a bell nobody rings if the channel was not named).
    pub fn bell(&self, channel: &str) -> Arc<Notify> {
        self.bells.get(channel).cloned().unwrap_or_default()
    }

    /// Wake every delivery: a turn may queue for the person's channel and the operators.
    pub fn ring_all(&self) {
        for bell in self.bells.values() {
            bell.notify_one();
        }
    }
}
