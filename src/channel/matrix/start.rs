//! The Matrix side's start-up checks, run by `serve` before the sync loop: the duty lobby
//! must be encrypted and the bot in it (an invite to it is accepted here; a lobby the bot
//! is neither in nor invited to stops start-up), and nobody the roster does not name stays
//! in an open case's room (an operator removed from the roster is removed from every one,
//! and the cases they had go back to the queue). It carries out; who may stay and what
//! becomes of a case are the desk's to decide. It must not log user ids or case rooms' ids.

use std::sync::Arc;

use matrix_sdk::ruma::{OwnedRoomId, RoomId};
use tokio::sync::{watch, Notify};

use super::{Bot, Desk, Error};
use crate::channel::off_worker;
use crate::clock::now_secs;
use crate::conversation;
use crate::store::Store;

/// Why the duty lobby (`matrix.lobby_room`) cannot be used; each says what to do. The room
/// id is the lobby's, never a person's.
#[derive(Debug, thiserror::Error)]
pub enum LobbyError {
    /// The lobby has no `m.room.encryption`: it would receive each case's language, caller
    /// type, priority and flags in clear.
    #[error("the lobby room {0} is not encrypted: turn on encryption in its settings, then start again")]
    NotEncrypted(OwnedRoomId),
    /// The bot is not in the lobby and not invited to it (or the room does not exist):
    /// nothing it announces would reach an operator.
    #[error("the bot is not in the lobby room {0} and cannot join it: invite the bot to it, then start again")]
    NotJoined(OwnedRoomId),
    /// The homeserver did not answer the check.
    #[error("the lobby room could not be checked: {0}")]
    Matrix(Error),
}

/// Join the lobby (a no-op if the bot is in it, accepting the invite if it is invited) and
/// check that it is encrypted, as the homeserver says now.
pub async fn check_lobby(bot: &Bot, lobby: &RoomId) -> Result<(), LobbyError> {
    match bot.join(lobby).await {
        Ok(()) => {}
        Err(e @ Error::Unavailable(_)) => return Err(LobbyError::Matrix(e)),
        Err(e) => {
            tracing::debug!(error = %e, "matrix lobby join refused");
            return Err(LobbyError::NotJoined(lobby.to_owned()));
        }
    }
    match bot.room_is_encrypted_now(lobby).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(LobbyError::NotEncrypted(lobby.to_owned())),
        Err(e) => Err(LobbyError::Matrix(e)),
    }
}

/// Why the case rooms are checked against the roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sweep {
    /// `serve` started (the roster may have changed while it was stopped).
    Start,
    /// SIGHUP served a new roster.
    RosterChanged,
    /// A roster operator's identity changed: they are suspended.
    IdentityChanged,
}

impl Sweep {
    fn name(self) -> &'static str {
        match self {
            Sweep::Start => "start",
            Sweep::RosterChanged => "roster",
            Sweep::IdentityChanged => "identity",
        }
    }
}

/// Each time `changed` is rung (SIGHUP served a new roster), until `stop`: check the case
/// rooms against it as a start does ([`sweep_case_rooms`]). Ends with the first store
/// failure.
pub async fn follow_roster<S: Store>(
    desk: Arc<Desk<S>>,
    changed: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) -> conversation::Result<()> {
    loop {
        tokio::select! {
            _ = stopped(&mut stop) => return Ok(()),
            _ = changed.notified() => {
                sweep_case_rooms(&desk, Sweep::RosterChanged).await?;
            }
        }
    }
}

/// Resolves once the stop signal is true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// Remove from every open case's room whoever may not be there (each room is told whom),
/// then put the cases of owners no longer on the roster back in the queue. A room whose
/// members cannot be read, or a removal that fails, is logged and passed over: serving
/// goes on, and the next start or roster change tries again. Returns how many were found
/// in a room as the bot's client sees them (removed now or not), plus the rooms that could
/// not be read: 0 means the client's view of every case room has only the bot and the
/// roster.
pub async fn sweep_case_rooms<S: Store>(desk: &Arc<Desk<S>>, why: Sweep) -> conversation::Result<usize> {
    let d = desk.clone();
    let cases = off_worker(move || d.cases.open_cases()).await?;
    let (mut removed, mut found) = (0, 0);
    for case in cases {
        let Some(room) = case.room.as_deref().and_then(|r| OwnedRoomId::try_from(r).ok()) else {
            continue;
        };
        let members = match desk.bot.members_and_invited(&room).await {
            Ok(members) => members,
            Err(e) => {
                tracing::warn!(error = %e, case = case.number, "cannot read a case room's members at start");
                found += 1;
                continue;
            }
        };
        let bot = desk.bot.user_id().as_str();
        for user in members
            .into_iter()
            .filter(|u| u.as_str() != bot && !desk.service.may_stay(u.as_str()))
        {
            found += 1;
            if let Err(e) = desk.bot.kick(&room, &user).await {
                tracing::warn!(error = %e, case = case.number, "cannot remove someone not on the roster");
                continue;
            }
            removed += 1;
            let (d, number) = (desk.clone(), case.number);
            off_worker(move || {
                let now = now_secs();
                let event = format!("{}:{number}:{user}:{now}", why.name());
                d.service.member_removed(number, user.as_str(), &event, now)
            })
            .await?;
        }
    }
    let d = desk.clone();
    let requeued = off_worker(move || -> conversation::Result<usize> {
        let n = d.service.requeue_off_roster(now_secs())?;
        d.store.flush()?;
        Ok(n)
    })
    .await?;
    if removed + requeued > 0 {
        tracing::info!(
            removed,
            requeued,
            why = why.name(),
            "case rooms checked against the roster"
        );
        desk.doorbells.ring_all();
    }
    Ok(found)
}
