//! Matrix delivery: the `operators` outbox into the lobby and the encrypted case rooms
//! (creating a case's room on its first notice), and the `matrix` outbox into people's
//! direct chats. In order, one entry at a time, each marked and flushed once Matrix took
//! it, so a crash repeats at most one message. It owns how an entry becomes Matrix calls
//! and must not decide what to say (texts arrive rendered).

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use tokio::sync::watch;

use super::{Bot, Error, CHANNEL};
use crate::channel::media::{self, FetchError, Media};
use crate::conversation::{megabytes, Attachment, Body, CaseNotice, Doorbells, Outbound, Service, OPERATORS};
use crate::store::Store;

/// Attempts of one entry before it is dropped (with an error in the log): a room the bot
/// was thrown out of must not block every case behind it.
const MAX_ATTEMPTS: u32 = 8;
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// Entries read per pass.
const PASS: usize = 64;

/// What the Matrix side of `serve` shares.
pub struct Desk<S: Store> {
    pub bot: Bot,
    pub service: Arc<Service<S>>,
    pub lobby: OwnedRoomId,
    pub doorbells: Doorbells,
    /// Where people's attachments are fetched from.
    pub media: Arc<Media>,
}

/// How an entry went.
#[derive(Debug)]
enum Carried {
    Done,
    /// The homeserver (or where a file comes from) is unavailable: try again later, for as
    /// long as it takes — nothing a person wrote is dropped because a server was down.
    Wait(Error),
    /// Refused, for a reason that may pass (a room the client does not have yet): tried
    /// [`MAX_ATTEMPTS`] times, then dropped.
    Retry(Error),
    /// Never going to work; dropped.
    Drop(&'static str),
}

/// Deliver the `operators` and `matrix` outboxes until `shutdown`.
pub async fn run<S: Store>(desk: Arc<Desk<S>>, mut shutdown: watch::Receiver<bool>) -> Result<(), crate::store::Error> {
    let operators_bell = desk.doorbells.bell(OPERATORS);
    let person_bell = desk.doorbells.bell(CHANNEL);
    let store = desk.service.store().clone();
    // Consecutive failures (for the backoff) and, of those, refusals (for dropping).
    let mut failures: u32 = 0;
    let mut refusals: u32 = 0;
    loop {
        if *shutdown.borrow() {
            return Ok(());
        }
        let mut retry: Option<Error> = None;
        'outboxes: for outbox in [OPERATORS, CHANNEL] {
            for item in store.outbox_pending(outbox, PASS)? {
                if *shutdown.borrow() {
                    return Ok(());
                }
                let outcome = match serde_json::from_slice::<Outbound>(&item.payload) {
                    Ok(message) => carry(&desk, &message).await,
                    Err(_) => Carried::Drop("unreadable outbox entry"),
                };
                match outcome {
                    Carried::Done => (failures, refusals) = (0, 0),
                    Carried::Drop(why) => {
                        tracing::error!(outbox, outbox_id = item.id.0, why, "matrix outbox entry dropped");
                        (failures, refusals) = (0, 0);
                    }
                    Carried::Retry(e) if refusals + 1 >= MAX_ATTEMPTS => {
                        tracing::error!(outbox, outbox_id = item.id.0, error = %e, "matrix outbox entry dropped after retries");
                        (failures, refusals) = (0, 0);
                    }
                    Carried::Retry(e) => {
                        // Keep the order: nothing after it in this outbox goes first.
                        (failures, refusals) = (failures + 1, refusals + 1);
                        retry = Some(e);
                        continue 'outboxes;
                    }
                    Carried::Wait(e) => {
                        failures += 1;
                        retry = Some(e);
                        continue 'outboxes;
                    }
                }
                store.mark_delivered(outbox, item.id)?;
                store.flush()?;
            }
        }
        match retry {
            Some(e) => {
                let wait = backoff(failures);
                tracing::warn!(error = %e, failures, retry_in_ms = wait.as_millis() as u64, "matrix delivery failed; will retry");
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = shutdown.changed() => {}
                }
            }
            None => {
                tokio::select! {
                    _ = operators_bell.notified() => {}
                    _ = person_bell.notified() => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
    }
}

fn backoff(failures: u32) -> Duration {
    crate::channel::backoff::Backoff::new(Duration::from_secs(1), MAX_BACKOFF).delay(failures + 1)
}

async fn carry<S: Store>(desk: &Desk<S>, message: &Outbound) -> Carried {
    let bot = &desk.bot;
    let service = &desk.service;
    match &message.body {
        Body::CaseOpened(notice) => open_case(desk, notice).await,
        Body::ToRoom { case: None, text } => sent(bot.send_text_lobby(&desk.lobby, text).await),
        Body::ToRoom { case: Some(n), text } => match case_room(service, *n) {
            Some(room) => sent(bot.send_text(&room, text).await),
            None => Carried::Drop("case has no room"),
        },
        Body::Relay {
            case,
            text,
            media,
            attachment,
        } => {
            let Some(room) = case_room(service, *case) else {
                return Carried::Drop("case has no room");
            };
            if let Some(file) = attachment {
                return relay_file(desk, &room, *case, file).await;
            }
            let line = match (text, media) {
                (Some(t), _) => format!("{}: {t}", service.desk_text("desk-person", &[])),
                (None, Some(kind)) => service.desk_text(
                    "desk-media",
                    &[("case".into(), case.to_string()), ("kind".into(), kind.clone())],
                ),
                (None, None) => return Carried::Done,
            };
            sent(bot.send_text(&room, &line).await)
        }
        Body::CaseWithdrawn { case, quick_exit } => {
            let id = if *quick_exit {
                "desk-quick-exit"
            } else {
                "desk-withdrawn"
            };
            let text = service.desk_text(id, &[("case".into(), case.to_string())]);
            if let Some(room) = case_room(service, *case) {
                if let not_done @ (Carried::Retry(_) | Carried::Wait(_)) = sent(bot.send_text(&room, &text).await) {
                    return not_done;
                }
            }
            sent(bot.send_text_lobby(&desk.lobby, &text).await)
        }
        Body::Invite { case, user } => {
            let (Some(room), Ok(user)) = (case_room(service, *case), OwnedUserId::try_from(user.as_str())) else {
                return Carried::Drop("invite without a room or a valid user");
            };
            match bot.invite(&room, &user).await {
                Ok(()) => Carried::Done,
                // Already in the room, or the server refuses: nothing to retry.
                Err(Error::Request(_)) => Carried::Done,
                Err(e) => retry_or_drop(e),
            }
        }
        Body::Text { text, choices } => {
            let Ok(room) = OwnedRoomId::try_from(message.chat.as_str()) else {
                return Carried::Drop("malformed room id");
            };
            let mut body = text.clone();
            for (i, c) in choices.iter().enumerate() {
                body.push_str(&format!("\n{}. {c}", i + 1));
            }
            sent(bot.send_text(&room, &body).await)
        }
        Body::Media { attachment, case } => {
            let Ok(room) = OwnedRoomId::try_from(message.chat.as_str()) else {
                return Carried::Drop("malformed room id");
            };
            let limit = bot.upload_limit().await;
            match desk.media.fetch(attachment, limit).await {
                Ok(bytes) => sent(bot.send_file(&room, attachment, &bytes).await),
                Err(e @ (FetchError::TooLarge { .. } | FetchError::Gone)) => {
                    media::not_sent(service, &desk.doorbells, *case, attachment, &e);
                    Carried::Drop("an operator's attachment cannot be sent to the person")
                }
                Err(e) => Carried::Wait(Error::Unavailable(e.to_string())),
            }
        }
        Body::Wipe => {
            // Matrix keeps the history in the person's own client; the bot leaves so the
            // room holds nothing more from the helpline, and the flow tells them to delete it.
            let Ok(room) = OwnedRoomId::try_from(message.chat.as_str()) else {
                return Carried::Drop("malformed room id");
            };
            match bot.leave(&room).await {
                Ok(()) | Err(Error::NotJoined(_)) => Carried::Done,
                Err(e) => retry_or_drop(e),
            }
        }
    }
}

/// Announce the case in the lobby, create its room (unless a previous attempt did) and
/// introduce the case in it. The announcement goes first, before the invite: an operator's
/// client whose long poll is ended by the invite was seen to pick up a lobby message sent in
/// the same instant only at its next poll (BENCHMARKS.md, handoff latency). A retry after a
/// failed room creation repeats the announcement.
async fn open_case<S: Store>(desk: &Desk<S>, notice: &CaseNotice) -> Carried {
    let service = &desk.service;
    if let not_done @ (Carried::Retry(_) | Carried::Wait(_)) =
        sent(desk.bot.send_text_lobby(&desk.lobby, &notice.lobby_text).await)
    {
        return not_done;
    }
    let invite: Vec<OwnedUserId> = notice
        .invite
        .iter()
        .filter_map(|u| OwnedUserId::try_from(u.as_str()).ok())
        .collect();
    let room = match case_room(service, notice.case) {
        Some(room) => {
            // A flagged case asked for a person later: its room exists; invite now.
            for user in &invite {
                if let Err(e) = desk.bot.invite(&room, user).await {
                    tracing::debug!(error = %e, "invite into an existing case room not done");
                }
            }
            room
        }
        None => {
            let name = service.desk_text("desk-room-name", &[("case".into(), notice.case.to_string())]);
            let room = match desk.bot.create_case_room(&name, &invite).await {
                Ok(room) => room,
                Err(e) => return retry_or_drop(e),
            };
            // Durable before anything is said in it: a retry must not create a second room.
            if let Err(e) = service
                .case_room_created(notice.case, room.as_str())
                .and_then(|()| service.store().flush())
            {
                tracing::error!(error = %e, "cannot record a case room");
                return Carried::Retry(Error::Request("store".into()));
            }
            room
        }
    };
    sent(desk.bot.send_text(&room, &notice.room_text).await)
}

/// Post a person's file into the case room, encrypted: fetched from where the person sent
/// it, uploaded with a key of its own. A file over a limit is announced instead.
async fn relay_file<S: Store>(desk: &Desk<S>, room: &RoomId, case: u64, file: &Attachment) -> Carried {
    let too_large = |limit: u64| {
        let args = [
            ("case".to_owned(), case.to_string()),
            ("kind".to_owned(), file.kind_name()),
            ("megabytes".to_owned(), megabytes(limit).to_string()),
        ];
        desk.service.desk_text("desk-person-media-too-large", &args)
    };
    if let Some(limit) = file.exceeds {
        return sent(desk.bot.send_text(room, &too_large(limit)).await);
    }
    let limit = desk.bot.upload_limit().await;
    let bytes = match desk.media.fetch(file, limit).await {
        Ok(bytes) => bytes,
        Err(FetchError::TooLarge { limit }) => return sent(desk.bot.send_text(room, &too_large(limit)).await),
        Err(FetchError::Gone) => {
            let args = [
                ("case".to_owned(), case.to_string()),
                ("kind".to_owned(), file.kind_name()),
            ];
            let text = desk.service.desk_text("desk-media-gone", &args);
            return sent(desk.bot.send_text(room, &text).await);
        }
        Err(e) => return Carried::Wait(Error::Unavailable(e.to_string())),
    };
    match desk.bot.send_file(room, file, &bytes).await {
        Err(Error::TooLarge { limit }) => sent(desk.bot.send_text(room, &too_large(limit)).await),
        other => sent(other),
    }
}

fn case_room<S: Store>(service: &Service<S>, case: u64) -> Option<OwnedRoomId> {
    let room = service.case(case).ok().flatten()?.room?;
    <&RoomId>::try_from(room.as_str()).ok().map(ToOwned::to_owned)
}

fn sent<T>(result: Result<T, Error>) -> Carried {
    match result {
        Ok(_) => Carried::Done,
        Err(e) => retry_or_drop(e),
    }
}

fn retry_or_drop(e: Error) -> Carried {
    match e {
        Error::NotEncrypted(_) => Carried::Drop("room not encrypted: nothing is sent into it"),
        e @ Error::Unavailable(_) => Carried::Wait(e),
        // Also right after creating a room, until the client has it: retried, then dropped.
        other => Carried::Retry(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unavailable_homeserver_is_waited_for_never_dropped() {
        assert!(matches!(
            retry_or_drop(Error::Unavailable("502".into())),
            Carried::Wait(_)
        ));
        assert!(matches!(
            retry_or_drop(Error::Request("M_FORBIDDEN".into())),
            Carried::Retry(_)
        ));
        let room = OwnedRoomId::try_from("!r:example.org").expect("room id");
        assert!(matches!(retry_or_drop(Error::NotEncrypted(room)), Carried::Drop(_)));
    }

    #[test]
    fn backoff_grows_to_a_minute() {
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(40), MAX_BACKOFF);
    }
}
