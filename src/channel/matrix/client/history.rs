//! A direct chat's history taken back at a quick exit: the bot reads the room's timeline
//! from the newest event back and redacts every message event it may redact (its own
//! always, the person's too when the room gives the bot the power to redact others, as a
//! direct chat made by Element does), so the person's client keeps placeholders, not what
//! was said. It must not decide when this happens, read or log what the events said, or
//! log user or event ids.

use std::collections::BTreeSet;
use std::time::Duration;

use matrix_sdk::ruma::api::client::message::get_message_events::v3::Request as MessagesRequest;
use matrix_sdk::ruma::{OwnedEventId, OwnedUserId, RoomId, UInt};
use matrix_sdk::Room;
use serde::de::IgnoredAny;
use serde::Deserialize;
use tracing::{info, warn};

use super::error::request_error;
use super::{Bot, Error};

/// Events asked for per page of the timeline.
const PAGE: u32 = 100;
/// The most events looked at, newest first: a chat longer than this keeps its oldest part
/// (a person's chat with the bot is far shorter; the bound keeps the exit finite).
const MAX_LOOKED_AT: usize = 10_000;
/// Redactions in flight at once.
const IN_FLIGHT: usize = 8;
/// Rounds of redactions: each retries, after a pause, the ones that failed.
const ROUNDS: u32 = 3;
/// The pause before a round that retries failures.
const PAUSE: Duration = Duration::from_millis(500);

/// How much of a history was taken back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Redacted {
    /// Events redacted now.
    pub redacted: usize,
    /// Events that should have been and could not be (logged as a number).
    pub failed: usize,
}

/// What the bot needs to know of a timeline event; nothing of its content is read.
#[derive(Deserialize)]
struct Seen {
    event_id: OwnedEventId,
    sender: OwnedUserId,
    #[serde(rename = "type")]
    kind: String,
    /// Present on state events (membership, name, encryption…), which stay.
    state_key: Option<IgnoredAny>,
    #[serde(default)]
    unsigned: Unsigned,
}

#[derive(Deserialize, Default)]
struct Unsigned {
    redacted_because: Option<IgnoredAny>,
}

impl Bot {
    /// Redact what the bot may redact of direct chat `room`'s history (see the module
    /// header). A failure to read the timeline is an error; redactions that keep failing
    /// are counted in [`Redacted::failed`], not an error: the exit goes on without them.
    pub async fn redact_history(&self, room: &RoomId) -> Result<Redacted, Error> {
        let joined = self.joined(room)?;
        // The room's state as the bot synced it; unknown, the spec's defaults (own events only).
        let levels = joined.power_levels_or_default().await;
        let (own, others) = (
            levels.user_can_redact_own_event(&self.user),
            levels.user_can_redact_event_of_other(&self.user),
        );
        if !own && !others {
            return Ok(Redacted::default());
        }
        let started = std::time::Instant::now();
        let targets = self.redactable(&joined, own, others).await?;
        let total = targets.len();
        let failed = redact_all(&joined, targets).await;
        let done = Redacted {
            redacted: total - failed,
            failed,
        };
        // How long the delivery pass was held (ARCHITECTURE.md, known limits).
        let ms = started.elapsed().as_millis() as u64;
        if done.failed > 0 {
            warn!(
                redacted = done.redacted,
                failed = done.failed,
                ms,
                "quick exit: some direct-chat messages could not be redacted"
            );
        } else {
            info!(
                redacted = done.redacted,
                others, ms, "quick exit: direct-chat history redacted"
            );
        }
        Ok(done)
    }

    /// The ids of the message events of `room` the bot may redact (its own if `own`, the
    /// others' if `others`) and that are not redacted yet, newest first.
    async fn redactable(&self, room: &Room, own: bool, others: bool) -> Result<Vec<OwnedEventId>, Error> {
        let mut targets = Vec::new();
        let (mut from, mut looked_at) = (None, 0);
        loop {
            let mut request = MessagesRequest::backward(room.room_id().to_owned());
            request.from = from.take();
            request.limit = UInt::from(PAGE);
            let page = self.client.send(request).await.map_err(|e| request_error(e.into()))?;
            looked_at += page.chunk.len();
            for seen in page
                .chunk
                .iter()
                .filter_map(|raw| raw.deserialize_as_unchecked::<Seen>().ok())
            {
                let Seen {
                    event_id,
                    sender,
                    kind,
                    state_key,
                    unsigned,
                } = seen;
                let mine = sender == self.user;
                let message = state_key.is_none() && kind != "m.room.redaction";
                if message && unsigned.redacted_because.is_none() && ((mine && own) || (!mine && others)) {
                    targets.push(event_id);
                }
            }
            match page.end {
                Some(end) if !page.chunk.is_empty() && looked_at < MAX_LOOKED_AT => from = Some(end),
                _ => return Ok(targets),
            }
        }
    }
}

/// Redact `targets` in `room`, [`IN_FLIGHT`] at a time, in up to [`ROUNDS`] rounds.
/// Returns how many still failed.
async fn redact_all(room: &Room, mut targets: Vec<OwnedEventId>) -> usize {
    for round in 1..=ROUNDS {
        if round > 1 {
            tokio::time::sleep(PAUSE).await;
        }
        let mut failed = BTreeSet::new();
        for chunk in targets.chunks(IN_FLIGHT) {
            let tasks: Vec<_> = chunk
                .iter()
                .map(|id| {
                    let (room, id) = (room.clone(), id.clone());
                    tokio::spawn(async move { room.redact(&id, None, None).await.is_ok() })
                })
                .collect();
            for (id, task) in chunk.iter().zip(tasks) {
                if !matches!(task.await, Ok(true)) {
                    failed.insert(id.clone());
                }
            }
        }
        if failed.is_empty() {
            return 0;
        }
        targets.retain(|id| failed.contains(id));
    }
    targets.len()
}
