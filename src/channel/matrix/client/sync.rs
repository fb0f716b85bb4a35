//! The sync loop: long-poll `/sync` from the caller's committed token, hand each synced
//! event to the `event` translations through one handler per event kind, follow each sync
//! with [`MatrixEvent::Synced`], and wait out transient failures. It must not interpret
//! events, save the sync token itself, or log anything but event ids and error kinds.

use std::time::Duration;

use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::EncryptionInfo;
use matrix_sdk::event_handler::{EventHandlerHandle, SyncEvent};
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::{RoomId, UserId};
use matrix_sdk::Room;
use serde::de::DeserializeOwned;
use tokio::sync::{mpsc, watch};
use tracing::warn;

use super::error::error_kind;
use super::{event, Bot, Error, MatrixEvent};

/// Waits between failed syncs: 1 s doubling to 30 s.
const SYNC_BACKOFF: crate::channel::backoff::Backoff =
    crate::channel::backoff::Backoff::new(Duration::from_secs(1), Duration::from_secs(30));

/// How one kind of synced event becomes a [`MatrixEvent`]: given the event, its room, the
/// bot's own user id and how it was decrypted (`None`: it was not); `None` passes nothing on.
type Translate<Ev> = fn(Ev, &RoomId, &UserId, Option<&EncryptionInfo>) -> Option<MatrixEvent>;

impl Bot {
    /// Sync until `shutdown` becomes true, delivering translated events to `events` in sync
    /// order, each sync's events followed by [`MatrixEvent::Synced`] with its token.
    /// Starts from `from` — the token of the last sync whose events the caller committed —
    /// so a crash replays the events after it rather than lose them (matrix-sdk saves its
    /// own token before handlers run); the caller de-duplicates by event id. Without `from`
    /// it starts where matrix-sdk's store left off, or with an initial sync. Transient
    /// errors are retried with backoff; a revoked session ends the loop with an error.
    ///
    /// Shutdown is checked between syncs, never inside one; an idle long-poll delays
    /// shutdown by up to the poll timeout.
    pub async fn sync_loop(
        &self,
        from: Option<String>,
        mut shutdown: watch::Receiver<bool>,
        events: mpsc::Sender<MatrixEvent>,
    ) -> Result<(), Error> {
        let handles = self.register_handlers(events.clone());
        let mut token = from;
        let mut failures = 0;
        let result = loop {
            if *shutdown.borrow() {
                break Ok(());
            }
            let mut settings = SyncSettings::default().timeout(self.poll_timeout);
            if let Some(t) = &token {
                settings = settings.token(t.clone());
            }
            // A stop does not wait out the long poll in flight: the sync is dropped, its
            // token not advanced, so a restart asks for the same events again (ingest
            // skips what it has committed).
            let outcome = tokio::select! {
                outcome = self.client.sync_once(settings) => outcome,
                _ = shutdown.wait_for(|stop| *stop) => break Ok(()),
            };
            match outcome {
                Ok(response) => {
                    failures = 0;
                    // Handlers have run (and queued their events) by now.
                    if events
                        .send(MatrixEvent::Synced {
                            next_batch: response.next_batch.clone(),
                        })
                        .await
                        .is_err()
                    {
                        break Ok(());
                    }
                    token = Some(response.next_batch);
                }
                Err(e)
                    if e.client_api_error_kind()
                        .is_some_and(|k| matches!(k, ErrorKind::UnknownToken(_))) =>
                {
                    break Err(Error::SessionRevoked(self.store_dir.clone()));
                }
                Err(e) => {
                    crate::metrics::METRICS.error(crate::metrics::ErrorKind::MatrixApi);
                    failures += 1;
                    let backoff = SYNC_BACKOFF.delay(failures);
                    warn!(
                        kind = error_kind(&e),
                        retry_in_ms = backoff.as_millis() as u64,
                        "matrix sync failed"
                    );
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {}
                        _ = shutdown.changed() => {}
                    }
                }
            }
        };
        for handle in handles {
            self.client.remove_event_handler(handle);
        }
        result
    }

    fn register_handlers(&self, events: mpsc::Sender<MatrixEvent>) -> Vec<EventHandlerHandle> {
        vec![
            self.forward(&events, event::message),
            self.forward(&events, event::undecryptable),
            self.forward(&events, event::joined),
            self.forward(&events, event::invited),
        ]
    }

    /// Register a handler that translates each synced `Ev` and sends the result to `events`.
    fn forward<Ev>(&self, events: &mpsc::Sender<MatrixEvent>, translate: Translate<Ev>) -> EventHandlerHandle
    where
        Ev: SyncEvent + DeserializeOwned + Send + 'static,
    {
        let tx = events.clone();
        let own = self.user.clone();
        self.client
            .add_event_handler(move |ev: Ev, room: Room, info: Option<EncryptionInfo>| {
                let tx = tx.clone();
                let own = own.clone();
                async move {
                    if let Some(translated) = translate(ev, room.room_id(), &own, info.as_ref()) {
                        let _ = tx.send(translated).await;
                    }
                }
            })
    }
}
