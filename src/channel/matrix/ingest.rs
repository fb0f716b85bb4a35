//! Matrix ingestion: synced events into the conversation service — operators' messages
//! and joins in the lobby and the case rooms, people's messages in their direct chats,
//! invites, and removing from a case room whoever the desk says may not be there — plus the
//! periodic "nobody answered yet" reminder and, after each sync, roster operators'
//! identities pinned (one that changed suspends its operator) and the lobby told of their
//! devices that are not cross-signed. In the lobby and the case rooms only
//! messages from cross-signed devices are acted on. Each event's turn is committed and
//! flushed before the next; a failing store stops ingestion rather than skip an event. It
//! translates and carries out; what an event means (whose join counts, who may stay in a
//! case room, which invite is accepted, whether a direct chat is greeted) is the desk's to
//! decide.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId, RoomId};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

use super::delivery::Desk;
use super::{MatrixEvent, Pin, SenderDevice, UserIdBuf, Verified, CHANNEL, SYNC_CURSOR};
use crate::channel::off_worker;
use crate::clock::now_secs;
use crate::conversation::{self, Attachment, DeskMessage, DeskRoom, Handled, Inbound, Invitation, Joining, OPERATORS};
use crate::flow::{Input, MediaKind};
use crate::store::Store;

/// How often waiting cases are checked, at most (sooner with short timers: [`DeskTimers::tick`]).
const REMIND_EVERY: Duration = Duration::from_secs(30);

/// The desk's timers, in seconds of the wall clock, checked every [`DeskTimers::tick`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeskTimers {
    /// `matrix.claim_timeout_minutes`: a queued case's reminder.
    pub claim_timeout: Duration,
    /// `matrix.owner_silence_minutes`: a claimed case whose owner leaves the person waiting.
    pub owner_silence: Duration,
    /// `matrix.flag_expiry_hours`: a flagged case nobody took.
    pub flag_expiry: Duration,
}

impl DeskTimers {
    /// How often the timers are checked: every [`REMIND_EVERY`], or a quarter of the
    /// shortest timer when that is sooner (a timer of seconds, set for a rehearsal, is
    /// kept to within a second), never more than once a second.
    pub fn tick(&self) -> Duration {
        let shortest = self.claim_timeout.min(self.owner_silence).min(self.flag_expiry);
        (shortest / 4).clamp(Duration::from_secs(1), REMIND_EVERY)
    }
}

/// Handle events until the sender side closes or `shutdown`; reminds about cases waiting
/// longer than `claim_timeout`, announces silent owners and expires flagged cases
/// (`timers`). After each sync's events, its token is saved as the
/// cursor the next start resumes from. `resumed`: the sync starts from a saved cursor;
/// without one, the first sync is history (old lobby commands must not be obeyed again),
/// so only its invites are acted on.
pub async fn run<S: Store>(
    desk: Arc<Desk<S>>,
    mut events: mpsc::Receiver<MatrixEvent>,
    resumed: bool,
    timers: DeskTimers,
    mut shutdown: watch::Receiver<bool>,
) -> conversation::Result<()> {
    let mut remind = tokio::time::interval(timers.tick());
    remind.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut live = resumed;
    let mut checking = None;
    loop {
        tokio::select! {
            event = events.recv() => {
                let Some(event) = event else { return Ok(()) };
                match event {
                    MatrixEvent::Synced { next_batch } => {
                        let d = desk.clone();
                        off_worker(move || -> conversation::Result<()> {
                            d.service.save_cursor(SYNC_CURSOR, &next_batch)?;
                            Ok(d.store.flush()?)
                        })
                        .await?;
                        live = true;
                        check_beside(&desk, &mut checking).await?;
                    }
                    MatrixEvent::Invited { room, inviter, is_direct } => {
                        invited(&desk, &room, inviter.as_str(), is_direct).await?
                    }
                    _ if !live => tracing::debug!("history of the first sync; not acted on"),
                    MatrixEvent::Joined { room, user } => joined(&desk, room, user).await?,
                    MatrixEvent::VerificationRequest { sender, event_id, .. } => {
                        verification(&desk, sender, event_id)
                    }
                    event => {
                        let d = desk.clone();
                        off_worker(move || handle(&d, event)).await?
                    }
                }
            }
            _ = remind.tick() => {
                let d = desk.clone();
                off_worker(move || desk_timers(&d, timers)).await?;
            }
            _ = shutdown.changed() => return Ok(()),
        }
    }
}

/// Remind the lobby of cases waiting longer than `claim_timeout`, announce owners who left
/// the person waiting, expire flagged cases nobody took (blocking store work).
fn desk_timers<S: Store>(desk: &Desk<S>, timers: DeskTimers) -> conversation::Result<()> {
    let now = now_secs();
    let s = &desk.service;
    let reminded = s.remind_waiting(timers.claim_timeout.as_secs(), now)?;
    let silent = s.announce_silent_owners(timers.owner_silence.as_secs(), now)?;
    let expired = s.expire_flagged(timers.flag_expiry.as_secs(), now)?;
    if reminded + silent + expired > 0 {
        desk.store.flush()?;
        desk.doorbells.ring_all();
        tracing::info!(reminded, silent, expired, "cases waiting too long; lobby told");
    }
    Ok(())
}

/// Start the operators' check after a sync ([`check_operators`]) beside the event loop:
/// pinning an operator seen for the first time, or sweeping the case rooms after an
/// identity changed, makes requests, and a person's `/exit` must not wait behind them. One
/// at a time: while one runs, a sync starts none (the next one will). A check that failed
/// on the store stops ingestion, as any turn does.
async fn check_beside<S: Store>(
    desk: &Arc<Desk<S>>,
    checking: &mut Option<JoinHandle<conversation::Result<()>>>,
) -> conversation::Result<()> {
    if checking.as_ref().is_some_and(|check| !check.is_finished()) {
        return Ok(());
    }
    if let Some(check) = checking.take() {
        match check.await {
            Ok(checked) => checked?,
            Err(e) => tracing::error!(error = %e, "operators' check failed; tried again after the next sync"),
        }
    }
    let desk = desk.clone();
    *checking = Some(tokio::spawn(async move { check_operators(&desk).await }));
    Ok(())
}

/// After each sync, the roster operators as the bot's crypto store knows them: their
/// identities ([`identities`]) and their devices that are not cross-signed
/// ([`unverified_devices`]).
async fn check_operators<S: Store>(desk: &Arc<Desk<S>>) -> conversation::Result<()> {
    let d = desk.clone();
    let Some(roster) = off_worker(move || d.cases.roster()).await? else {
        return Ok(());
    };
    let users: Vec<UserIdBuf> = roster
        .operators
        .iter()
        .filter_map(|o| UserIdBuf::try_from(o.user.as_str()).ok())
        .collect();
    identities(desk, &roster.suspended, &users).await?;
    unverified_devices(desk, &users).await
}

/// Pin each operator's identity at first sight (not a suspended one's). One that changed
/// since it was pinned suspends its operator (the lobby is told once) and sweeps the case
/// rooms; the pin is lifted (so the lobby can be written to again) only once no case room
/// holds them in the bot's view, usually after the next sync. Until then matrix-sdk
/// refuses to share a room key into any room they are in. A failing check is logged and
/// tried again after the next sync.
async fn identities<S: Store>(
    desk: &Arc<Desk<S>>,
    suspended: &std::collections::BTreeSet<String>,
    users: &[UserIdBuf],
) -> conversation::Result<()> {
    let (mut changed, mut pinned) = (Vec::new(), 0);
    for user in users {
        match desk.bot.pin_identity(user, !suspended.contains(user.as_str())).await {
            Ok(Pin::Changed) => changed.push(user.clone()),
            Ok(Pin::PinnedNow) => pinned += 1,
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "cannot check an operator's identity"),
        }
    }
    if pinned > 0 {
        tracing::info!(operators = pinned, "operator identities pinned");
    }
    if changed.is_empty() {
        return Ok(());
    }
    let (d, who) = (desk.clone(), changed.clone());
    let told = off_worker(move || -> conversation::Result<usize> {
        let mut told = 0;
        for user in &who {
            let handled = d.service.operator_identity_changed(user.as_str(), now_secs())?;
            told += usize::from(matches!(handled, Handled::Turn(_)));
        }
        d.store.flush()?;
        Ok(told)
    })
    .await?;
    if told > 0 {
        tracing::warn!(
            operators = told,
            "operator identity changed since pinned; suspended until trusted"
        );
    }
    if super::start::sweep_case_rooms(desk, super::start::Sweep::IdentityChanged).await? > 0 {
        return Ok(());
    }
    for user in &changed {
        if let Err(e) = desk.bot.unpin_identity(user).await {
            tracing::warn!(error = %e, "cannot lift a changed identity's pin");
        }
    }
    tracing::info!(
        operators = changed.len(),
        "suspended operators out of every case room; pin lifted"
    );
    desk.doorbells.ring_all();
    Ok(())
}

/// Show in the lobby, once each, roster operators' devices their owner has not
/// cross-signed (they get no room keys and are not obeyed). A crypto store that cannot be
/// read is logged and tried again after the next sync.
async fn unverified_devices<S: Store>(desk: &Arc<Desk<S>>, users: &[UserIdBuf]) -> conversation::Result<()> {
    let unsigned = match desk.bot.unsigned_devices(users).await {
        Ok(unsigned) if !unsigned.is_empty() => unsigned,
        Ok(_) => return Ok(()),
        Err(e) => {
            tracing::warn!(error = %e, "cannot list operators' devices");
            return Ok(());
        }
    };
    let d = desk.clone();
    off_worker(move || -> conversation::Result<()> {
        let now = now_secs();
        let mut shown = 0;
        for (user, device) in &unsigned {
            let seen = d.service.unverified_device_seen(user.as_str(), device.as_str(), now)?;
            shown += usize::from(matches!(seen, Handled::Turn(_)));
        }
        if shown > 0 {
            d.store.flush()?;
            d.doorbells.ring_all();
            tracing::warn!(devices = shown, "operator devices not cross-signed; lobby told");
        }
        Ok(())
    })
    .await
}

/// One synced event's turn, committed and flushed (blocking store work: run off the async
/// workers). Invites are `invited`'s, joins `joined`'s. In the lobby and the case rooms,
/// only messages from devices their owner cross-signed are acted on (`untrusted`).
fn handle<S: Store>(desk: &Desk<S>, event: MatrixEvent) -> conversation::Result<()> {
    let now = now_secs();
    if matches!(event, MatrixEvent::Undecryptable { .. }) {
        crate::metrics::METRICS.error(crate::metrics::ErrorKind::Undecryptable);
    }
    if untrusted(desk, &event, now)? {
        desk.store.flush()?;
        desk.doorbells.ring_all();
        return Ok(());
    }
    match event {
        MatrixEvent::Message {
            room,
            sender,
            event_id,
            body,
            ..
        } => {
            let message = |at| DeskMessage {
                event_id: event_id.to_string(),
                room: at,
                sender: sender.to_string(),
                text: body.clone(),
                attachment: None,
            };
            match place(desk, &room)? {
                Place::Desk(at) => {
                    crate::metrics::METRICS.updates(OPERATORS, 1);
                    drop(desk.service.desk_message(&message(at), now)?)
                }
                Place::Person => person(desk, &room, event_id.as_str(), Input::Text(body.clone()), None, now)?,
                Place::Unknown => tracing::debug!("message in a room the bot does not serve; ignored"),
            }
        }
        MatrixEvent::File {
            room,
            sender,
            event_id,
            attachment,
            ..
        } => file(desk, &room, sender.as_str(), event_id.as_str(), attachment, now)?,
        MatrixEvent::Unsupported { room, event_id, .. } => match place(desk, &room)? {
            // Said in the room, never silently.
            Place::Desk(DeskRoom::Case(n)) => {
                drop(
                    desk.service
                        .desk_note(event_id.as_str(), Some(n), "desk-media-not-relayed", now)?,
                )
            }
            Place::Person => {
                let input = Input::Media(MediaKind::Other);
                person(desk, &room, event_id.as_str(), input, None, now)?
            }
            _ => {}
        },
        MatrixEvent::Undecryptable { room, event_id, .. } => match place(desk, &room)? {
            Place::Desk(DeskRoom::Case(n)) => {
                drop(
                    desk.service
                        .desk_note(event_id.as_str(), Some(n), "desk-undecryptable", now)?,
                )
            }
            Place::Person => {
                drop(
                    desk.service
                        .undecryptable_from_person(CHANNEL, room.as_str(), event_id.as_str(), now)?,
                )
            }
            _ => {}
        },
        MatrixEvent::Joined { .. }
        | MatrixEvent::Invited { .. }
        | MatrixEvent::Synced { .. }
        | MatrixEvent::VerificationRequest { .. } => return Ok(()),
    }
    desk.store.flush()?;
    desk.doorbells.ring_all();
    Ok(())
}

/// Whether `event` is a message in the lobby or a case room that must not be acted on: a
/// plaintext one is dropped (anyone the homeserver lets in can write it), one from a
/// device its owner has not cross-signed goes to the desk, which tells the room to verify
/// it. People's direct chats are not held to this: a person need not have cross-signing.
fn untrusted<S: Store>(desk: &Desk<S>, event: &MatrixEvent, now: u64) -> conversation::Result<bool> {
    let (room, sender, event_id, device, text) = match event {
        MatrixEvent::Message {
            room,
            sender,
            event_id,
            body,
            device,
        } => (room, sender, event_id, device, body.clone()),
        MatrixEvent::File {
            room,
            sender,
            event_id,
            attachment,
            device,
        } => (
            room,
            sender,
            event_id,
            device,
            attachment.caption.clone().unwrap_or_default(),
        ),
        MatrixEvent::Unsupported {
            room,
            sender,
            event_id,
            device,
        } => (room, sender, event_id, device, String::new()),
        _ => return Ok(false),
    };
    if *device == SenderDevice::CrossSigned {
        return Ok(false);
    }
    let Place::Desk(at) = place(desk, room)? else {
        return Ok(false);
    };
    if *device == SenderDevice::Plaintext {
        tracing::warn!(event = %event_id, "plaintext message in a desk room; not acted on");
        return Ok(true);
    }
    tracing::info!(event = %event_id, "message from a device that is not cross-signed; not acted on");
    let message = DeskMessage {
        event_id: event_id.to_string(),
        room: at,
        sender: sender.to_string(),
        text,
        attachment: None,
    };
    desk.service.unverified_device_message(&message, now)?;
    Ok(true)
}

/// A file posted in a desk room or a person's direct chat.
fn file<S: Store>(
    desk: &Desk<S>,
    room: &RoomId,
    sender: &str,
    event_id: &str,
    attachment: Attachment,
    now: u64,
) -> conversation::Result<()> {
    match place(desk, room)? {
        Place::Desk(at) => {
            let text = attachment.caption.clone().unwrap_or_else(|| attachment.file_name());
            let message = DeskMessage {
                event_id: event_id.to_owned(),
                // Files in the lobby are between operators.
                attachment: matches!(at, DeskRoom::Case(_)).then_some(attachment),
                room: at,
                sender: sender.to_owned(),
                text,
            };
            crate::metrics::METRICS.updates(OPERATORS, 1);
            desk.service.desk_message(&message, now)?;
        }
        Place::Person => {
            let input = Input::Media(attachment.kind);
            person(desk, room, event_id, input, Some(attachment), now)?
        }
        Place::Unknown => tracing::debug!("file in a room the bot does not serve; ignored"),
    }
    Ok(())
}

/// Someone asks to verify the bot: a roster operator is answered (SAS with emoji, in a task
/// of its own, so that events go on while they compare), anyone else is turned down.
fn verification<S: Store>(desk: &Arc<Desk<S>>, sender: OwnedUserId, event_id: OwnedEventId) {
    let desk = desk.clone();
    tokio::spawn(async move {
        if !desk.service.may_verify(sender.as_str()) {
            tracing::info!("verification request from someone not on the roster; refused");
            if let Err(e) = desk.bot.refuse_verification(&sender, event_id.as_str()).await {
                tracing::warn!(error = %e, "cannot refuse a verification request");
            }
            return;
        }
        tracing::info!("an operator asks to verify the bot; answering");
        let compare = |emoji: &str, numbers: &str| desk.service.verification_text(emoji, numbers);
        match desk.bot.answer_verification(&sender, event_id.as_str(), compare).await {
            Ok(Verified::Done) => tracing::info!("an operator verified the bot"),
            Ok(ended) => tracing::info!(?ended, "an operator's verification of the bot did not complete"),
            Err(e) => tracing::warn!(error = %e, "an operator's verification of the bot failed"),
        }
    });
}

/// Someone joined a room: in a case room, the desk's turn (committed and flushed), then,
/// if the desk says they may not stay, their removal; in a person's direct chat, a third
/// member makes the bot leave it for good (`shared_direct`). The doorbells ring after it,
/// so the room is told once they are out. A removal that fails is logged; the next start
/// removes whoever is still there.
async fn joined<S: Store>(desk: &Arc<Desk<S>>, room: OwnedRoomId, user: OwnedUserId) -> conversation::Result<()> {
    let (d, r, u) = (desk.clone(), room.clone(), user.clone());
    let joining = off_worker(move || -> conversation::Result<Option<Joining>> {
        let n = match place(&d, &r)? {
            Place::Desk(DeskRoom::Case(n)) => n,
            // Told apart from a case room's by `shared_direct`, which counts the members.
            Place::Person => return Ok(None),
            _ => return Ok(Some(Joining::Stays)),
        };
        let event = format!("join:{r}:{u}");
        let joining = d.service.member_joined(n, u.as_str(), &event, now_secs())?;
        d.store.flush()?;
        Ok(Some(joining))
    })
    .await?;
    match joining {
        None => shared_direct(desk, &room).await?,
        Some(Joining::Remove) => match desk.bot.kick(&room, &user).await {
            Ok(()) => tracing::info!("someone not on the roster was removed from a case room"),
            Err(e) => tracing::warn!(error = %e, "cannot remove someone not on the roster from a case room"),
        },
        Some(Joining::Stays) => {}
    }
    desk.doorbells.ring_all();
    Ok(())
}

/// Someone joined a person's direct chat: if it now has more than the bot and one person,
/// the desk forgets it (nothing queued for it is sent) and the bot leaves it at once.
async fn shared_direct<S: Store>(desk: &Arc<Desk<S>>, room: &RoomId) -> conversation::Result<()> {
    match desk.bot.members(room).await {
        Ok(members) if members.len() <= 2 => return Ok(()),
        Ok(_) => {}
        // Unknown: leaving is the safe side.
        Err(e) => tracing::warn!(error = %e, "cannot read a direct chat's members; leaving it"),
    }
    let (d, r) = (desk.clone(), room.to_owned());
    off_worker(move || -> conversation::Result<()> {
        d.service.direct_chat_shared(CHANNEL, r.as_str(), now_secs())?;
        Ok(d.store.flush()?)
    })
    .await?;
    tracing::info!("a third member joined a direct chat; left");
    if let Err(e) = desk.bot.leave(room).await {
        tracing::warn!(error = %e, "cannot leave a direct chat with a third member");
    }
    Ok(())
}

/// Carry out what the desk says of an invite. A direct chat from an account that already
/// has `max_direct_chats` open, or back into a chat the bot left for good, is declined.
async fn invited<S: Store>(
    desk: &Arc<Desk<S>>,
    room: &RoomId,
    inviter: &str,
    is_direct: bool,
) -> conversation::Result<()> {
    let mut invitation = desk.service.invitation(*room == *desk.lobby, inviter, is_direct);
    if invitation == Invitation::DirectChat {
        let (d, account, r) = (desk.clone(), inviter.to_owned(), room.to_owned());
        let allowed = off_worker(move || {
            d.service
                .direct_chat_allowed(CHANNEL, &account, r.as_str(), d.max_direct_chats)
        })
        .await?;
        if !allowed {
            tracing::info!("direct chat over its account's bound, or one left for good; declined");
            invitation = Invitation::Decline;
        }
    }
    match invitation {
        Invitation::JoinLobby => {
            if let Err(e) = desk.bot.join(room).await {
                tracing::warn!(error = %e, "cannot join the lobby");
            }
        }
        Invitation::DirectChat => accept_direct(desk, room, inviter).await?,
        Invitation::OperatorChat => match desk.bot.join(room).await {
            Ok(()) => tracing::info!("direct chat from an operator joined (to verify the bot)"),
            Err(e) => tracing::warn!(error = %e, "cannot join an operator's direct chat"),
        },
        Invitation::Decline => {
            // Said plainly: an administrator who invites the bot to the lobby before
            // `matrix.lobby_room` names it sees why the bot left at once.
            tracing::info!(
                "invite declined: the room is not matrix.lobby_room (or the inviter is not on the \
                 roster) and not a person's direct chat; to use it as the lobby, set matrix.lobby_room \
                 to its id, restart, and invite the bot again"
            );
            if let Err(e) = desk.bot.decline(room).await {
                tracing::warn!(error = %e, "cannot decline an invite");
            }
        }
    }
    Ok(())
}

enum Place {
    Desk(DeskRoom),
    Person,
    Unknown,
}

fn place<S: Store>(desk: &Desk<S>, room: &RoomId) -> conversation::Result<Place> {
    if room == desk.lobby {
        return Ok(Place::Desk(DeskRoom::Lobby));
    }
    if let Some(n) = desk.cases.case_for_room(room.as_str())? {
        return Ok(Place::Desk(DeskRoom::Case(n)));
    }
    if desk.service.is_direct_room(CHANNEL, room.as_str())? {
        return Ok(Place::Person);
    }
    Ok(Place::Unknown)
}

fn person<S: Store>(
    desk: &Desk<S>,
    room: &RoomId,
    event_id: &str,
    input: Input,
    attachment: Option<Attachment>,
    now: u64,
) -> conversation::Result<()> {
    crate::metrics::METRICS.updates(CHANNEL, 1);
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

/// Join a direct chat; stay only if it is 1:1 (the bot and one person) and encrypted,
/// turning encryption on if it is not, and let the desk open the conversation. A chat that
/// cannot be made private gets the desk's one neutral fallback in clear and is left.
async fn accept_direct<S: Store>(desk: &Arc<Desk<S>>, room: &RoomId, account: &str) -> conversation::Result<()> {
    if let Err(e) = desk.bot.join(room).await {
        tracing::warn!(error = %e, "cannot join a direct chat");
        return Ok(());
    }
    match desk.bot.members(room).await {
        Ok(members) if members.len() <= 2 => {}
        Ok(_) => {
            tracing::info!("direct chat with more than one person; left");
            let _ = desk.bot.leave(room).await;
            return Ok(());
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot read a direct chat's members");
            return Ok(());
        }
    }
    if !private(desk, room).await? {
        return Ok(());
    }
    let (d, room, account) = (desk.clone(), room.to_owned(), account.to_owned());
    off_worker(move || -> conversation::Result<()> {
        let event = format!("join:{room}");
        d.service
            .direct_chat_opened(CHANNEL, room.as_str(), &account, &event, now_secs())?;
        d.store.flush()?;
        d.doorbells.ring_all();
        Ok(())
    })
    .await
}

/// Whether a direct chat the bot just joined is encrypted, once the bot has turned
/// encryption on where it was not. Where the bot may not (a chat whose creator kept that
/// power), the person gets the desk's neutral fallback, the one text ever sent in clear,
/// and the bot leaves: never silence, and nothing of theirs answered in clear.
async fn private<S: Store>(desk: &Arc<Desk<S>>, room: &RoomId) -> conversation::Result<bool> {
    match desk.bot.room_is_encrypted_now(room).await {
        Ok(true) => return Ok(true),
        Ok(false) => {}
        Err(e) => tracing::warn!(error = %e, "cannot tell whether a direct chat is encrypted"),
    }
    match desk.bot.enable_encryption(room).await {
        Ok(()) => {
            tracing::info!("direct chat was not encrypted; encryption turned on");
            return Ok(true);
        }
        Err(e) => tracing::info!(error = %e, "cannot turn encryption on in a direct chat"),
    }
    let (d, r) = (desk.clone(), room.to_owned());
    let fallback = off_worker(move || d.service.direct_chat_not_private(CHANNEL, r.as_str(), now_secs())).await?;
    if let Some(text) = fallback {
        if let Err(e) = desk.bot.send_fallback_in_clear(room, &text).await {
            tracing::warn!(error = %e, "cannot send the fallback into an unencrypted direct chat");
        }
    }
    if let Err(e) = desk.bot.leave(room).await {
        tracing::warn!(error = %e, "cannot leave an unencrypted direct chat");
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_timers_are_checked_often_enough_and_long_ones_every_30_seconds() {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        let timers = DeskTimers {
            claim_timeout: minutes(10),
            owner_silence: minutes(10),
            flag_expiry: minutes(72 * 60),
        };
        assert_eq!(timers.tick(), REMIND_EVERY);
        let rehearsal = DeskTimers {
            owner_silence: Duration::from_secs(8),
            ..timers
        };
        assert_eq!(rehearsal.tick(), Duration::from_secs(2));
        let tiny = DeskTimers {
            flag_expiry: Duration::from_millis(500),
            ..timers
        };
        assert_eq!(tiny.tick(), Duration::from_secs(1), "never more than once a second");
    }
}
