//! Matrix delivery: the `operators` outbox into the encrypted lobby and case rooms
//! (creating a case's room on its first notice), and the `matrix` outbox into people's
//! direct chats. In order per destination (a case's room, the lobby, a direct chat: see
//! `queues`), one entry at a time, each marked and flushed once Matrix took it, so a crash
//! repeats at most one message; a destination that keeps failing waits alone; a person's
//! quick exit (redactions that can take seconds) runs beside the pass, in a task of its
//! own (`Exiting`). It owns how an entry becomes Matrix calls
//! and must not decide what to say: entries carry their texts rendered, including what to
//! say when a file cannot be posted. What it learns (a room was created, an operator's file
//! cannot reach the person, a direct chat was left) goes back to the service as a
//! [`Learned`] event; beyond that it only asks whether a chat is still a person's direct
//! chat (entries for one the bot left are dropped).

use std::collections::HashMap;
use std::sync::Arc;

use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::queues::{self, beyond_window, AfterFailure, Exits, Look, Lookout, Queues, Verdict};
use super::{Bot, Error, CHANNEL};
use crate::channel::media::{self, FetchError, Media};
use crate::channel::off_worker;
use crate::conversation::{
    self, Body, CaseBook, CaseNotice, Doorbells, Learned, Outbound, RoomFile, Service, OPERATORS,
};
use crate::store::{self, OutboxItem, Store};

/// Entries read per pass; more while a destination is held back, so that the entries of
/// other rooms behind its queue are reached.
const PASS: usize = 64;
const PASS_WHILE_HELD: usize = 1024;

/// What the Matrix side of `serve` shares.
pub struct Desk<S: Store> {
    /// The connected bot that sends into the lobby, the case rooms and direct chats.
    pub bot: Bot,
    /// Turns (ingest) and what delivery learned (delivery, only [`Service::learned`]).
    pub service: Arc<Service<S>>,
    /// The outboxes.
    pub store: Arc<S>,
    /// Which room is whose (read only).
    pub cases: CaseBook<S>,
    /// The duty lobby (`matrix.lobby_room`), where new cases are announced.
    pub lobby: OwnedRoomId,
    /// Rung by ingest after each flush; delivery waits on the `operators` and `matrix` bells.
    pub doorbells: Doorbells,
    /// Where people's attachments are fetched from.
    pub media: Arc<Media>,
    /// Direct chats one account may have open with the bot (`matrix.max_direct_chats_per_account`);
    /// invites past it are declined.
    pub max_direct_chats: u32,
}

/// Why an entry could not be carried this time.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// Matrix refused or did not answer.
    #[error(transparent)]
    Matrix(#[from] Error),
    /// The store could not be read or written (what delivery learned is not recorded).
    #[error("store: {0}")]
    Store(#[from] conversation::Error),
    /// A file could not be fetched from where it was sent.
    #[error(transparent)]
    Fetch(FetchError),
    /// Someone neither on the roster nor the bot is in a case room or invited to it: they
    /// were removed, and nothing is said there until the bot's view of the room shows them
    /// gone (a message now would share its room key with them).
    #[error("{0} member(s) of a case room not on the roster: removed, the room waits")]
    Outsiders(usize),
}

/// How an entry went.
#[derive(Debug)]
enum Carried {
    Done,
    /// The homeserver (or where a file comes from, or the store) is unavailable: try again
    /// later, for as long as it takes — nothing a person wrote is dropped because a server
    /// was down.
    Wait(DeliveryError),
    /// Refused, for a reason that may pass (a room the client does not have yet, a file
    /// that cannot be fetched): tried [`queues::MAX_ATTEMPTS`] times, then ended.
    Retry(DeliveryError),
    /// Never going to work; dropped.
    Drop(&'static str),
}

/// Deliver the `operators` and `matrix` outboxes until `shutdown`.
pub async fn run<S: Store>(desk: Arc<Desk<S>>, mut shutdown: watch::Receiver<bool>) -> Result<(), store::Error> {
    let operators_bell = desk.doorbells.bell(OPERATORS);
    let person_bell = desk.doorbells.bell(CHANNEL);
    let (mut queues, mut lookout) = (Queues::default(), Lookout::default());
    let mut exiting = Exiting::default();
    loop {
        if *shutdown.borrow() {
            return Ok(());
        }
        let mut look_at = None;
        for outbox in [OPERATORS, CHANNEL] {
            let state = (&mut queues, &mut lookout, &mut exiting);
            let passed = pass(&desk, outbox, state, &shutdown).await?;
            if let Some(e) = passed.failure {
                tracing::warn!(outbox, error = %e, "matrix delivery failed; that room waits, the others go on");
            }
            look_at = look_at.or(passed.look_at);
        }
        if *shutdown.borrow() {
            return Ok(());
        }
        // New entries ring a bell at once; a waiting room is tried again when its wait ends;
        // a look for quick exits that came too soon after the last is made when it may.
        let wake = [queues.next_try(), look_at].into_iter().flatten().min();
        let wake = wake.map(tokio::time::Instant::from_std);
        tokio::select! {
            _ = operators_bell.notified() => {}
            _ = person_bell.notified() => lookout.rang(),
            _ = sleep_until(wake) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Sleep until `at`, or for ever without one.
async fn sleep_until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// What a pass leaves for the loop.
#[derive(Debug, Default)]
struct Passed {
    /// The last failure seen, for the log.
    failure: Option<DeliveryError>,
    /// When to look through the whole outbox for quick exits (`Lookout`), if a look was due
    /// but too soon after the last.
    look_at: Option<std::time::Instant>,
}

/// Quick exits in people's direct chats, each carried in a task of its own: redacting a
/// long chat takes seconds, and the pass must not hold every other room (another person's
/// exit among them) meanwhile. A pass starts the task and goes on; a later pass, rung
/// when the task ends, takes its outcome and settles the entry as if it had been carried
/// there. Until then the chat's later entries (its exit line) wait.
#[derive(Default)]
struct Exiting {
    tasks: HashMap<String, JoinHandle<(Carried, Option<store::OutboxId>)>>,
}

impl Exiting {
    /// Whether `dest`'s quick exit is being carried now.
    fn running(&self, dest: &str) -> bool {
        self.tasks.get(dest).is_some_and(|task| !task.is_finished())
    }

    /// `dest`'s quick exit: its outcome and the exit line's entry if it was said, once its
    /// task has ended; `None` while it runs, or after starting it now.
    async fn step<S: Store>(
        &mut self,
        desk: &Arc<Desk<S>>,
        dest: &str,
        exit: &Outbound,
        line: Option<(store::OutboxId, &Outbound)>,
    ) -> Option<(Carried, Option<store::OutboxId>)> {
        if self.running(dest) {
            return None;
        }
        if let Some(task) = self.tasks.remove(dest) {
            return Some(task.await.unwrap_or_else(|e| {
                tracing::error!(error = %e, "quick exit task failed; tried again");
                let failed = Error::Request("quick exit task failed".into());
                (Carried::Retry(failed.into()), None)
            }));
        }
        let (desk, exit) = (desk.clone(), exit.clone());
        let line = line.map(|(id, line)| (id, line.clone()));
        let task = tokio::spawn(async move {
            let ended = quick_exit(&desk, &exit, line.as_ref().map(|(id, line)| (*id, line))).await;
            desk.doorbells.bell(CHANNEL).notify_one();
            ended
        });
        self.tasks.insert(dest.to_owned(), task);
        None
    }
}

/// One pass over an outbox, in order per destination: an entry whose destination waits is
/// left for later with every later entry of that destination, and the pass goes on with the
/// others. A person's quick exit overtakes their chat, wherever it waits in the outbox
/// ([`entries`]): what was queued before it is dropped unsent, and the exit goes at once,
/// past the chat's wait, beside the pass ([`Exiting`]), its exit line said just before the
/// bot leaves.
async fn pass<S: Store>(
    desk: &Arc<Desk<S>>,
    outbox: &'static str,
    (queues, lookout, exiting): (&mut Queues, &mut Lookout, &mut Exiting),
    shutdown: &watch::Receiver<bool>,
) -> Result<Passed, store::Error> {
    let read = if queues.any_held() { PASS_WHILE_HELD } else { PASS };
    queues.begin_pass();
    let (items, look_at) = entries(desk, outbox, read, lookout).await?;
    let mut passed = Passed { failure: None, look_at };
    let messages: Vec<_> = items.iter().map(|item| decode(&item.payload)).collect();
    let dests: Vec<String> = messages
        .iter()
        .map(|m| m.as_ref().map(queues::destination).unwrap_or_default())
        .collect();
    let mut exits = Exits::new(dests.iter().map(String::as_str).zip(messages.iter().map(is_wipe)));
    // The exit line just said before its bot left, and marked: not carried again.
    let mut said = None;
    for (i, ((item, message), dest)) in items.iter().zip(&messages).zip(&dests).enumerate() {
        if *shutdown.borrow() {
            return Ok(Passed::default());
        }
        if said == Some(item.id) {
            continue;
        }
        let verdict = exits.verdict(dest, is_wipe(message));
        if verdict == Verdict::Exit {
            queues.overtake(dest);
        }
        if verdict == Verdict::InTurn && exiting.running(dest) {
            continue;
        }
        if verdict != Verdict::Overtaken && !queues.may_try(dest, std::time::Instant::now()) {
            continue;
        }
        let outcome = match (message, verdict) {
            (_, Verdict::Overtaken) => Carried::Drop("queued before the person's quick exit: not sent"),
            (Ok(message), Verdict::Exit) => {
                let line = exit_line(&items, &messages, i);
                let Some((outcome, line)) = exiting.step(desk, dest, message, line).await else {
                    continue;
                };
                if let Some(id) = line {
                    // Said once, whatever becomes of the exit: marked now.
                    let store = desk.store.clone();
                    off_worker(move || store.mark_delivered(outbox, id).and_then(|()| store.flush())).await?;
                    said = Some(id);
                }
                outcome
            }
            (Ok(message), Verdict::InTurn) => carry(desk, message).await,
            (Err(_), _) => Carried::Drop("unreadable outbox entry"),
        };
        count(outbox, &outcome);
        if !settle(desk, outbox, queues, (item, message, dest), outcome, &mut passed).await {
            if verdict == Verdict::Exit {
                // Found beyond the window, perhaps: looked for again at the next pass.
                lookout.rang();
            }
            continue;
        }
        let (store, id) = (desk.store.clone(), item.id);
        off_worker(move || store.mark_delivered(outbox, id).and_then(|()| store.flush())).await?;
    }
    Ok(passed)
}

fn decode(payload: &[u8]) -> Result<Outbound, serde_json::Error> {
    serde_json::from_slice::<Outbound>(payload)
}

fn is_wipe(message: &Result<Outbound, serde_json::Error>) -> bool {
    matches!(message, Ok(Outbound { body: Body::Wipe, .. }))
}

/// How an entry went, for its destination's queue: whether it is finished (to be marked
/// delivered) or left for a later try.
async fn settle<S: Store>(
    desk: &Desk<S>,
    outbox: &'static str,
    queues: &mut Queues,
    (item, message, dest): (&OutboxItem, &Result<Outbound, serde_json::Error>, &str),
    outcome: Carried,
    passed: &mut Passed,
) -> bool {
    // `Some((refusal, error))` when the entry is not done.
    let failed = match outcome {
        Carried::Done => None,
        Carried::Drop(why) => {
            tracing::error!(outbox, outbox_id = item.id.0, why, "matrix outbox entry dropped");
            None
        }
        Carried::Retry(e) => Some((true, e)),
        Carried::Wait(e) => Some((false, e)),
    };
    match failed {
        None => queues.done(dest),
        Some((refusal, e)) => {
            if queues.failed(dest, refusal, std::time::Instant::now()) == AfterFailure::Later {
                if matches!(e, DeliveryError::Outsiders(_)) && queues.stuck(dest) {
                    held_by_outsiders(desk, message).await;
                }
                passed.failure = Some(e);
                return false;
            }
            crate::metrics::METRICS.error(crate::metrics::ErrorKind::DeliveryDropped);
            tracing::error!(outbox, outbox_id = item.id.0, error = %e, "matrix outbox entry ended after retries");
            if let Ok(message) = message {
                tell_ended(desk, message).await;
            }
        }
    }
    true
}

/// The entries of one pass: the first `read` pending and, when that many were pending and
/// it is time to look (`Lookout`), every entry of a person's chat with a quick exit further
/// on — so that the exit is carried now, not after everything queued before it.
async fn entries<S: Store>(
    desk: &Desk<S>,
    outbox: &'static str,
    read: usize,
    lookout: &mut Lookout,
) -> Result<(Vec<OutboxItem>, Option<std::time::Instant>), store::Error> {
    let store = desk.store.clone();
    let mut items = off_worker(move || store.outbox_pending(outbox, read)).await?;
    if outbox != CHANNEL {
        // Quick exits are only ever in the people's outbox.
        return Ok((items, None));
    }
    match lookout.look(items.len() >= read, std::time::Instant::now()) {
        Look::No => return Ok((items, None)),
        Look::At(at) => return Ok((items, Some(at))),
        Look::Now => {}
    }
    let store = desk.store.clone();
    let all = off_worker(move || store.outbox_pending(outbox, usize::MAX)).await?;
    let kinds: Vec<(String, bool)> = all
        .iter()
        .map(|item| {
            let message = decode(&item.payload);
            let dest = message.as_ref().map(queues::destination).unwrap_or_default();
            (dest, is_wipe(&message))
        })
        .collect();
    let kinds: Vec<(&str, bool)> = kinds.iter().map(|(d, w)| (d.as_str(), *w)).collect();
    // Only this task marks entries, and new ones come after: the window is `all`'s start.
    let window = all.partition_point(|item| items.last().is_some_and(|last| item.id <= last.id));
    let extra = beyond_window(&kinds, window);
    if !extra.is_empty() {
        tracing::info!(
            entries = extra.len(),
            "quick exit found beyond the delivery window: it goes now"
        );
    }
    items.extend(extra.into_iter().map(|i| all[i].clone()));
    Ok((items, None))
}

/// The exit line of the quick exit at `at`: the text for the same chat written in the same
/// turn, right after it (the next outbox id), if the pass holds it.
fn exit_line<'a>(
    items: &[OutboxItem],
    messages: &'a [Result<Outbound, serde_json::Error>],
    at: usize,
) -> Option<(store::OutboxId, &'a Outbound)> {
    let (wipe, next) = (items.get(at)?, items.get(at + 1)?);
    let (Ok(exit), Ok(line)) = (&messages[at], messages.get(at + 1)?) else {
        return None;
    };
    let follows = next.id.0 == wipe.id.0 + 1 && line.chat == exit.chat;
    (follows && matches!(line.body, Body::Text { .. })).then_some((next.id, line))
}

/// A person's quick exit in their direct chat: what the bot may redact of the chat's
/// history is redacted ([`take_back`]), then the exit line is said (Matrix keeps nothing
/// said once the bot has left), best effort, then the bot leaves. Returns how the exit
/// went and the exit line's entry if it was said.
async fn quick_exit<S: Store>(
    desk: &Arc<Desk<S>>,
    exit: &Outbound,
    line: Option<(store::OutboxId, &Outbound)>,
) -> (Carried, Option<store::OutboxId>) {
    take_back(desk, exit).await;
    let mut said = None;
    if let Some((id, line)) = line {
        match to_person(desk, line).await {
            Carried::Done => said = Some(id),
            other => tracing::warn!(outcome = ?other, "quick exit: the exit line was not said"),
        }
    }
    (to_person(desk, exit).await, said)
}

/// The quick exit's wipe of a direct chat, as Telegram's deletes the chat's messages: the
/// bot redacts its own messages there, and the person's when the room lets it redact
/// others' (a direct chat made by Element does). Best effort, before the bot leaves: once
/// it has left it can redact nothing, and leaving is what ends the chat, so what cannot be
/// redacted is logged and counted and the exit goes on (a homeserver that is down fails
/// the leave too, and the whole exit is tried again).
async fn take_back<S: Store>(desk: &Desk<S>, exit: &Outbound) {
    use crate::metrics::{ErrorKind, METRICS};
    let Ok(room) = OwnedRoomId::try_from(exit.chat.as_str()) else {
        return;
    };
    if !matches!(direct(desk, &exit.chat).await, Ok(true)) {
        return;
    }
    match desk.bot.redact_history(&room).await {
        Ok(done) if done.failed == 0 => {}
        // Already left (a crash before the leave was recorded): nothing to take back.
        Err(Error::NotJoined(_)) => {}
        Ok(_) => METRICS.error(ErrorKind::MatrixApi),
        Err(e) => {
            tracing::warn!(error = %e, "quick exit: the direct chat's history could not be read; not redacted");
            METRICS.error(ErrorKind::MatrixApi);
        }
    }
}

/// Whether `chat` is still one of the bot's direct chats (one it left for good is not).
async fn direct<S: Store>(desk: &Desk<S>, chat: &str) -> conversation::Result<bool> {
    let (service, chat) = (desk.service.clone(), chat.to_owned());
    off_worker(move || service.is_direct_room(CHANNEL, &chat)).await
}

/// An entry's outcome in the metrics: a reply out, an entry dropped, or an error by kind.
fn count(outbox: &str, outcome: &Carried) {
    use crate::metrics::{ErrorKind, METRICS};
    match outcome {
        Carried::Done => METRICS.reply(outbox),
        Carried::Drop(_) => METRICS.error(ErrorKind::DeliveryDropped),
        Carried::Wait(DeliveryError::Store(_)) | Carried::Retry(DeliveryError::Store(_)) => {
            METRICS.error(ErrorKind::Store)
        }
        Carried::Wait(_) | Carried::Retry(_) => METRICS.error(ErrorKind::MatrixApi),
    }
}

/// An entry ended after its tries: where it says what to tell the room (a person's file
/// that could not be fetched), the room is told, once, best effort.
async fn tell_ended<S: Store>(desk: &Desk<S>, message: &Outbound) {
    let Body::Relay {
        case, file: Some(file), ..
    } = &message.body
    else {
        return;
    };
    if let Ok(Some(room)) = speak_in(desk, *case).await {
        if let Err(e) = desk.bot.send_text(&room, &file.gone).await {
            tracing::warn!(error = %e, "cannot tell a case room that a file could not be passed on");
        }
    }
}

/// A case room has held someone not on the roster for [`queues::STUCK_AFTER`] tries: the
/// bot cannot remove them (a homeserver administrator gave them power in it). Nothing is
/// said there while they are (the privacy promise holds), and the lobby is told so that
/// someone acts; best effort, tried again only if the room is stuck again later.
async fn held_by_outsiders<S: Store>(desk: &Desk<S>, message: &Result<Outbound, serde_json::Error>) {
    let Some(case) = message.as_ref().ok().and_then(|m| m.body.room_case()) else {
        return;
    };
    if let Err(e) = record(desk, Learned::CaseRoomHeld { case }).await {
        tracing::error!(error = %e, "cannot tell the lobby that a case room holds someone it cannot remove");
    }
}

async fn carry<S: Store>(desk: &Arc<Desk<S>>, message: &Outbound) -> Carried {
    let bot = &desk.bot;
    match &message.body {
        Body::CaseOpened(notice) => open_case(desk, notice).await,
        Body::ToRoom { case: None, text } => sent(bot.send_text_lobby(&desk.lobby, text).await),
        Body::ToRoom { case: Some(n), text } => match speak_in(desk, *n).await {
            Ok(Some(room)) => sent(bot.send_text(&room, text).await),
            Ok(None) => Carried::Drop("case has no room"),
            Err(e) => e,
        },
        Body::Relay { case, line, file, .. } => {
            let room = match speak_in(desk, *case).await {
                Ok(Some(room)) => room,
                Ok(None) => return Carried::Drop("case has no room"),
                Err(e) => return e,
            };
            match (file, line) {
                (Some(file), _) => relay_file(desk, &room, file).await,
                (None, Some(line)) => sent(bot.send_text(&room, line).await),
                (None, None) => Carried::Done,
            }
        }
        Body::CaseWithdrawn { case, text, .. } => {
            match speak_in(desk, *case).await {
                Ok(Some(room)) => {
                    if let not_done @ (Carried::Retry(_) | Carried::Wait(_)) = sent(bot.send_text(&room, text).await) {
                        return not_done;
                    }
                }
                Ok(None) => {}
                Err(e) => return e,
            }
            sent(bot.send_text_lobby(&desk.lobby, text).await)
        }
        Body::Invite { case, user } => invite(desk, *case, user).await,
        Body::Text { .. } | Body::Media { .. } | Body::Wipe => to_person(desk, message).await,
    }
}

/// The room of case `case`, once only roster operators and the bot are in it or invited
/// ([`only_roster`]): matrix-sdk shares a message's room key with every member it knows
/// of, joined or invited, so nothing is said while anyone else is.
async fn speak_in<S: Store>(desk: &Desk<S>, case: u64) -> Result<Option<OwnedRoomId>, Carried> {
    let Some(room) = case_room(&desk.cases, case)? else {
        return Ok(None);
    };
    only_roster(desk, &room).await?;
    Ok(Some(room))
}

/// Check a case room's members and invitees, as the bot's client knows them (what a key
/// share would use), against the roster: anyone else is removed, and the room waits
/// (`DeliveryError::Outsiders`) until the client sees them gone.
async fn only_roster<S: Store>(desk: &Desk<S>, room: &RoomId) -> Result<(), Carried> {
    let members = desk.bot.members_and_invited(room).await.map_err(retry_or_drop)?;
    let outsiders: Vec<OwnedUserId> = members
        .into_iter()
        .filter(|u| u.as_str() != desk.bot.user_id().as_str() && !desk.cases.is_operator(u.as_str()))
        .collect();
    if outsiders.is_empty() {
        return Ok(());
    }
    for user in &outsiders {
        if let Err(e) = desk.bot.kick(room, user).await {
            tracing::error!(error = %e, "cannot remove someone not on the roster from a case room");
        }
    }
    tracing::warn!(
        outsiders = outsiders.len(),
        "case room holds someone not on the roster: removed; nothing said there until they are gone"
    );
    Err(Carried::Wait(DeliveryError::Outsiders(outsiders.len())))
}

/// Invite an operator into a case's room (a transfer, a reminder).
async fn invite<S: Store>(desk: &Desk<S>, case: u64, user: &str) -> Carried {
    let room = match case_room(&desk.cases, case) {
        Ok(room) => room,
        Err(e) => return e,
    };
    let (Some(room), Ok(user)) = (room, OwnedUserId::try_from(user)) else {
        return Carried::Drop("invite without a room or a valid user");
    };
    match desk.bot.invite(&room, &user).await {
        Ok(()) => Carried::Done,
        // Already in the room, or the server refuses: nothing to retry.
        Err(Error::Request(_)) => Carried::Done,
        Err(e) => retry_or_drop(e),
    }
}

/// An entry of the `matrix` outbox: for a person in their direct chat, while it is one
/// (one the bot left for good, e.g. when a third member joined, gets nothing more).
async fn to_person<S: Store>(desk: &Arc<Desk<S>>, message: &Outbound) -> Carried {
    let bot = &desk.bot;
    let Ok(room) = OwnedRoomId::try_from(message.chat.as_str()) else {
        return Carried::Drop("malformed room id");
    };
    match direct(desk, &message.chat).await {
        Ok(true) => {}
        Ok(false) => return Carried::Drop("no longer a direct chat: nothing more is sent there"),
        Err(e) => return Carried::Wait(DeliveryError::Store(e)),
    }
    match &message.body {
        Body::Text { text, choices, .. } => {
            let mut body = text.clone();
            for (i, c) in choices.iter().enumerate() {
                body.push_str(&format!("\n{}. {c}", i + 1));
            }
            sent(bot.send_text(&room, &body).await)
        }
        Body::Media { attachment, case } => {
            let limit = bot.upload_limit().await;
            match desk.media.fetch(attachment, limit).await {
                Ok(bytes) => sent(bot.send_file(&room, attachment, &bytes).await),
                Err(e @ (FetchError::TooLarge { .. } | FetchError::Gone)) => {
                    media::not_sent(&desk.service, &desk.doorbells, *case, attachment, &e);
                    Carried::Drop("an operator's attachment cannot be sent to the person")
                }
                Err(e) => Carried::Wait(DeliveryError::Fetch(e)),
            }
        }
        // Matrix keeps the history in the person's own client; the bot leaves so the room
        // holds nothing more from the helpline, and the flow tells them to delete it.
        Body::Wipe => match bot.leave(&room).await {
            Ok(()) | Err(Error::NotJoined(_)) => left(desk, &message.chat).await,
            Err(e) => retry_or_drop(e),
        },
        _ => Carried::Drop("not an entry for a person"),
    }
}

/// The bot left a person's direct chat for good: it no longer counts against the account
/// that opened it (and nothing more is sent there).
async fn left<S: Store>(desk: &Desk<S>, chat: &str) -> Carried {
    let learned = Learned::DirectChatLeft {
        channel: CHANNEL.to_owned(),
        chat: chat.to_owned(),
    };
    match record(desk, learned).await {
        Ok(()) => Carried::Done,
        Err(e) => Carried::Wait(DeliveryError::Store(e)),
    }
}

/// Commit what delivery learned and flush it. A turn: it may wait for the conversation's
/// turn lock, so not on an async worker.
async fn record<S: Store>(desk: &Desk<S>, learned: Learned) -> conversation::Result<()> {
    let (service, store) = (desk.service.clone(), desk.store.clone());
    off_worker(move || {
        service
            .learned(&learned, crate::clock::now_secs())
            .and_then(|_| Ok(store.flush()?))
    })
    .await
}

/// Announce the case in the lobby, create its room (unless a previous attempt did) and
/// introduce the case in it. The announcement goes first, before the invite: an operator's
/// client whose long poll is ended by the invite was seen to pick up a lobby message sent in
/// the same instant only at its next poll (BENCHMARKS.md, handoff latency). A retry after a
/// failed room creation repeats the announcement.
async fn open_case<S: Store>(desk: &Desk<S>, notice: &CaseNotice) -> Carried {
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
    let room = match case_room(&desk.cases, notice.case) {
        Ok(Some(room)) => {
            // A flagged case asked for a person later: its room exists; invite now.
            for user in &invite {
                if let Err(e) = desk.bot.invite(&room, user).await {
                    tracing::debug!(error = %e, "invite into an existing case room not done");
                }
            }
            room
        }
        Ok(None) => match create_room(desk, notice, &invite).await {
            Ok(room) => room,
            Err(not_done) => return not_done,
        },
        Err(e) => return e,
    };
    if let Err(not_yet) = only_roster(desk, &room).await {
        return not_yet;
    }
    sent(desk.bot.send_text(&room, &notice.room_text).await)
}

/// Create the case's room and record it, durably, before anything is said in it: a retry
/// must not create a second room.
async fn create_room<S: Store>(
    desk: &Desk<S>,
    notice: &CaseNotice,
    invite: &[OwnedUserId],
) -> Result<OwnedRoomId, Carried> {
    let room = desk
        .bot
        .create_case_room(&notice.room_name, invite)
        .await
        .map_err(retry_or_drop)?;
    let learned = Learned::CaseRoomCreated {
        case: notice.case,
        room: room.to_string(),
    };
    if let Err(e) = record(desk, learned).await {
        tracing::error!(error = %e, "cannot record a case room");
        return Err(Carried::Wait(DeliveryError::Store(e)));
    }
    Ok(room)
}

/// Post a person's file into the case room, encrypted: fetched from where the person sent
/// it, uploaded with a key of its own. A file over a limit, or gone, is announced instead,
/// with the texts the entry carries.
async fn relay_file<S: Store>(desk: &Desk<S>, room: &RoomId, file: &RoomFile) -> Carried {
    if file.attachment.exceeds.is_some() {
        return sent(desk.bot.send_text(room, &file.too_large).await);
    }
    let limit = match file.limit {
        Some(limit) => limit,
        None => desk.bot.upload_limit().await,
    };
    let bytes = match desk.media.fetch(&file.attachment, limit).await {
        Ok(bytes) => bytes,
        Err(FetchError::TooLarge { .. }) => return sent(desk.bot.send_text(room, &file.too_large).await),
        Err(FetchError::Gone) => return sent(desk.bot.send_text(room, &file.gone).await),
        // Tried a bounded number of times, then the room is told (`tell_ended`): a file
        // whose fetch keeps failing must not hold its room for ever.
        Err(e) => return Carried::Retry(DeliveryError::Fetch(e)),
    };
    match desk.bot.send_file(room, &file.attachment, &bytes).await {
        Err(Error::TooLarge { .. }) => sent(desk.bot.send_text(room, &file.too_large).await),
        other => sent(other),
    }
}

/// The room of case `case`. A store that cannot be read is waited for, never a reason to
/// drop what was meant for the room.
fn case_room<S: Store>(cases: &CaseBook<S>, case: u64) -> Result<Option<OwnedRoomId>, Carried> {
    let room = cases
        .room_of(case)
        .map_err(|e| Carried::Wait(DeliveryError::Store(e)))?;
    Ok(room.and_then(|r| OwnedRoomId::try_from(r.as_str()).ok()))
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
        e @ (Error::Unavailable(_) | Error::IdentityChanged) => Carried::Wait(e.into()),
        // Also right after creating a room, until the client has it: retried, then dropped.
        other => Carried::Retry(other.into()),
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
        // Waits for the desk to suspend whoever's identity changed: never dropped.
        assert!(matches!(retry_or_drop(Error::IdentityChanged), Carried::Wait(_)));
    }

    #[test]
    fn a_case_room_that_cannot_be_read_is_waited_for_never_dropped() {
        use crate::store::{DeskWrite, MemoryStore, StateChange, Turn};
        let store = Arc::new(MemoryStore::new());
        // An authentic record this build cannot read, where case 1's record belongs.
        let turn = Turn {
            conv: store.conv_id("desk", "desk"),
            update: None,
            state: StateChange::Keep,
            outbox: Vec::new(),
            track: Vec::new(),
            counters: Vec::new(),
            desk: vec![DeskWrite {
                key: "case/000000000001".into(),
                value: Some(b"not a case".to_vec()),
            }],
        };
        store.commit_turn(turn).expect("commit");
        let cases = CaseBook::new(store, None);
        assert!(matches!(
            case_room(&cases, 1),
            Err(Carried::Wait(DeliveryError::Store(_)))
        ));
        assert!(matches!(case_room(&cases, 2), Ok(None)), "no case: no room");
    }
}
