//! Matrix ingestion: synced events into the conversation service — operators' messages
//! and joins in the lobby and the case rooms, people's messages in their direct chats,
//! invites (only 1:1 direct chats are accepted) — plus the periodic "nobody answered yet"
//! reminder. Each event's turn is committed and flushed before the next; a failing store
//! stops ingestion rather than skip an event. It must not decide what anything means.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::ruma::RoomId;
use tokio::sync::{mpsc, watch};

use super::delivery::Desk;
use super::{MatrixEvent, CHANNEL, SYNC_CURSOR};
use crate::channel::telegram;
use crate::clock::now_secs;
use crate::conversation::{Attachment, DeskMessage, DeskRoom, Inbound};
use crate::flow::{Input, MediaKind};
use crate::store::{self, Store};

/// How often waiting cases are checked for the reminder.
const REMIND_EVERY: Duration = Duration::from_secs(30);

/// Handle events until the sender side closes or `shutdown`; reminds about cases waiting
/// longer than `claim_timeout`. After each sync's events, its token is saved as the
/// cursor the next start resumes from. `resumed`: the sync starts from a saved cursor;
/// without one, the first sync is history (old lobby commands must not be obeyed again),
/// so only its invites are acted on.
pub async fn run<S: Store>(
    desk: Arc<Desk<S>>,
    mut events: mpsc::Receiver<MatrixEvent>,
    resumed: bool,
    claim_timeout: Duration,
    mut shutdown: watch::Receiver<bool>,
) -> store::Result<()> {
    let mut remind = tokio::time::interval(REMIND_EVERY);
    remind.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut live = resumed;
    loop {
        tokio::select! {
            event = events.recv() => {
                let Some(event) = event else { return Ok(()) };
                match event {
                    MatrixEvent::Synced { next_batch } => {
                        desk.service.save_cursor(SYNC_CURSOR, &next_batch)?;
                        desk.service.store().flush()?;
                        live = true;
                    }
                    MatrixEvent::Invited { .. } => handle(&desk, event).await?,
                    _ if !live => tracing::debug!("history of the first sync; not acted on"),
                    _ => handle(&desk, event).await?,
                }
            }
            _ = remind.tick() => {
                let n = desk.service.remind_waiting(claim_timeout.as_secs(), now_secs())?;
                if n > 0 {
                    desk.service.store().flush()?;
                    desk.doorbells.ring_all();
                    tracing::info!(cases = n, "cases still waiting for an operator; lobby reminded");
                }
            }
            _ = shutdown.changed() => return Ok(()),
        }
    }
}

async fn handle<S: Store>(desk: &Desk<S>, event: MatrixEvent) -> store::Result<()> {
    let service = &desk.service;
    let now = now_secs();
    match event {
        MatrixEvent::Message {
            room,
            sender,
            event_id,
            body,
        } => match place(desk, &room)? {
            Place::Desk(at) => {
                service.desk_message(
                    &DeskMessage {
                        event_id: event_id.to_string(),
                        room: at,
                        sender: sender.to_string(),
                        text: body,
                        attachment: None,
                    },
                    now,
                )?;
            }
            Place::Person => person(desk, &room, event_id.as_str(), Input::Text(body), None, now)?,
            Place::Unknown => tracing::debug!("message in a room the bot does not serve; ignored"),
        },
        MatrixEvent::File {
            room,
            sender,
            event_id,
            mut attachment,
        } => match place(desk, &room)? {
            Place::Desk(at) => {
                let text = attachment.caption.clone().unwrap_or_else(|| attachment.file_name());
                let attachment = match at {
                    DeskRoom::Case(n) => {
                        attachment.exceeds = over_person_limit(desk, n, &attachment)?;
                        Some(attachment)
                    }
                    // Files in the lobby are between operators.
                    DeskRoom::Lobby => None,
                };
                service.desk_message(
                    &DeskMessage {
                        event_id: event_id.to_string(),
                        room: at,
                        sender: sender.to_string(),
                        text,
                        attachment,
                    },
                    now,
                )?;
            }
            Place::Person => {
                let input = Input::Media(attachment.kind);
                person(desk, &room, event_id.as_str(), input, Some(attachment), now)?
            }
            Place::Unknown => tracing::debug!("file in a room the bot does not serve; ignored"),
        },
        MatrixEvent::Unsupported { room, event_id, .. } => match place(desk, &room)? {
            Place::Desk(DeskRoom::Case(n)) => {
                // Say so in the room, never silently.
                let text = service.desk_text("desk-media-not-relayed", &[]);
                service.desk_note(event_id.as_str(), Some(n), text, now)?;
            }
            Place::Person => {
                let input = Input::Media(MediaKind::Other);
                person(desk, &room, event_id.as_str(), input, None, now)?
            }
            _ => {}
        },
        MatrixEvent::Undecryptable { room, event_id, .. } => {
            if let Place::Desk(DeskRoom::Case(n)) = place(desk, &room)? {
                let text = service.desk_text("desk-undecryptable", &[]);
                service.desk_note(event_id.as_str(), Some(n), text, now)?;
            }
        }
        MatrixEvent::Joined { room, user } => {
            if let Place::Desk(DeskRoom::Case(n)) = place(desk, &room)? {
                let is_operator = service.roster()?.is_some_and(|r| r.is_operator(user.as_str()));
                if is_operator {
                    service.operator_joined(n, &format!("join:{room}:{user}"), now)?;
                }
            }
        }
        MatrixEvent::Invited {
            room,
            inviter,
            is_direct,
        } => {
            let from_operator = service.roster()?.is_some_and(|r| r.is_operator(inviter.as_str()));
            if room == desk.lobby && from_operator {
                if let Err(e) = desk.bot.join(&room).await {
                    tracing::warn!(error = %e, "cannot join the lobby");
                }
            } else if is_direct && !from_operator {
                accept_direct(desk, &room).await?;
            } else {
                // Group rooms are not for conversations with people.
                tracing::info!("invite to a room that is not a 1:1 direct chat; declined");
                if let Err(e) = desk.bot.decline(&room).await {
                    tracing::warn!(error = %e, "cannot decline an invite");
                }
            }
            return Ok(());
        }
        MatrixEvent::Synced { .. } => return Ok(()),
    }
    service.store().flush()?;
    desk.doorbells.ring_all();
    Ok(())
}

enum Place {
    Desk(DeskRoom),
    Person,
    Unknown,
}

fn place<S: Store>(desk: &Desk<S>, room: &RoomId) -> store::Result<Place> {
    if room == desk.lobby {
        return Ok(Place::Desk(DeskRoom::Lobby));
    }
    if let Some(n) = desk.service.case_for_room(room.as_str())? {
        return Ok(Place::Desk(DeskRoom::Case(n)));
    }
    if desk.service.is_direct_room(CHANNEL, room.as_str())? {
        return Ok(Place::Person);
    }
    Ok(Place::Unknown)
}

/// The limit an operator's file exceeds on its way to the person of case `n`, if it does:
/// Telegram takes smaller uploads than a homeserver; a Matrix person shares the homeserver.
fn over_person_limit<S: Store>(desk: &Desk<S>, n: u64, file: &Attachment) -> store::Result<Option<u64>> {
    let Some(case) = desk.service.case(n)? else {
        return Ok(None);
    };
    if case.channel != telegram::CHANNEL {
        return Ok(None);
    }
    let limit = telegram::upload_limit(file.kind);
    Ok(file.size.filter(|s| *s > limit).map(|_| limit))
}

fn person<S: Store>(
    desk: &Desk<S>,
    room: &RoomId,
    event_id: &str,
    input: Input,
    attachment: Option<Attachment>,
    now: u64,
) -> store::Result<()> {
    desk.service.handle(
        &Inbound {
            channel: CHANNEL.into(),
            chat: room.to_string(),
            update_id: event_id.to_owned(),
            input,
            lang_hint: None,
            message_id: None,
            attachment,
        },
        now,
    )?;
    Ok(())
}

/// Join a direct chat; stay only if it is 1:1 (the bot and one person).
async fn accept_direct<S: Store>(desk: &Desk<S>, room: &RoomId) -> store::Result<()> {
    if let Err(e) = desk.bot.join(room).await {
        tracing::warn!(error = %e, "cannot join a direct chat");
        return Ok(());
    }
    match desk.bot.members(room).await {
        Ok(members) if members.len() <= 2 => {
            desk.service.mark_direct_room(CHANNEL, room.as_str())?;
            // Greet at once, as Telegram's /start does: the person may not write first.
            person(
                desk,
                room,
                &format!("join:{room}"),
                Input::Text("/start".into()),
                None,
                now_secs(),
            )?;
            desk.service.store().flush()?;
            desk.doorbells.ring_all();
        }
        Ok(_) => {
            tracing::info!("direct chat with more than one person; left");
            let _ = desk.bot.leave(room).await;
        }
        Err(e) => tracing::warn!(error = %e, "cannot read a direct chat's members"),
    }
    Ok(())
}
