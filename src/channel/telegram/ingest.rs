//! Durable ingestion of Telegram updates, by long polling or webhook. It owns the rule that
//! an update is confirmed to Telegram (next `getUpdates` offset, or a webhook 2xx) only
//! after its turn is committed and flushed, never past an update that failed, and the
//! per-chat flood limit, which never holds back the quick exit. It must not send replies
//! itself (the outbox does) nor log content or ids.
//!
//! A batch's turns and its flush run on tokio's blocking pool (`spawn_blocking`), in one
//! hop per batch: sled's commits and flush wait for the disk, and on the 2-thread runtime
//! they stalled delivery's sends and the next poll meanwhile. One hop per batch, not per
//! turn, keeps the hand-over cost small; the flood window is in memory and stays here. The
//! turns go through one [`Batch`] (group commit): their writes reach the store together,
//! which is most of what a durable turn costs on sled.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use teloxide::payloads::{GetUpdatesSetters, SetWebhookSetters};
use teloxide::requests::Requester;
use teloxide::types::{AllowedUpdate, ChatId, Update};
use teloxide::RequestError;
use tokio::sync::{watch, Semaphore};

use super::translate::{translate, Translation};
use super::{Channel, Error};
use crate::channel::off_worker;
use crate::clock::now_secs;
use crate::config::Secret;
use crate::conversation::{Batch, Inbound};
use crate::metrics::ErrorKind;
use crate::store::Store;

/// Update kinds asked for; everything else Telegram keeps to itself.
pub const ALLOWED_UPDATES: [AllowedUpdate; 6] = [
    AllowedUpdate::Message,
    AllowedUpdate::EditedMessage,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::ChannelPost,
    AllowedUpdate::EditedChannelPost,
    AllowedUpdate::MyChatMember,
];

/// Header in which Telegram repeats the webhook's secret token.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Result of a batch: how far Telegram may be told we got, and the error that stopped us.
pub struct BatchOutcome {
    /// `update_id + 1` of the last update of the unbroken handled prefix.
    pub next_offset: Option<i32>,
    /// Updates whose turns were committed and flushed.
    pub handled: usize,
    /// What stopped the batch early, if anything.
    pub error: Option<Error>,
}

/// Per-chat message counts in the current minute, for the flood limit.
#[derive(Default)]
struct Flood {
    window: HashMap<String, (Instant, u32)>,
}

/// Turns Telegram updates (polled or from the webhook) into committed turns, with the
/// per-chat flood limit.
pub struct Ingest<S: Store> {
    channel: Arc<Channel<S>>,
    flood: Mutex<Flood>,
}

impl<S: Store> Ingest<S> {
    /// Ingestion for `channel`.
    pub fn new(channel: Arc<Channel<S>>) -> Self {
        Ingest {
            channel,
            flood: Mutex::new(Flood::default()),
        }
    }

    /// Step, commit and flush a batch of updates in order (off the async workers), then do
    /// what does not need durability (answer button presses, leave groups).
    pub async fn batch(self: &Arc<Self>, updates: &[Update]) -> BatchOutcome {
        let ingest = self.clone();
        crate::metrics::METRICS.updates(super::CHANNEL, updates.len() as u64);
        let updates = updates.to_vec();
        let (outcome, queries, groups) = off_worker(move || ingest.commit(&updates)).await;
        if outcome.handled > 0 {
            self.channel.doorbells.ring_all();
        }
        let bot = &self.channel.bot;
        for q in queries {
            if let Err(e) = bot.answer_callback_query(teloxide::types::CallbackQueryId(q)).await {
                tracing::debug!(error = %kind(&e), "answerCallbackQuery failed");
            }
        }
        for chat in groups {
            // The bot does not converse in groups: say so once, then leave.
            let text = "This bot only talks in private chats. / Questo bot risponde solo in chat private.";
            let _ = bot.send_message(ChatId(chat), text).await;
            let _ = bot.leave_chat(ChatId(chat)).await;
            tracing::info!("left a group or channel");
        }
        outcome
    }

    /// The blocking part of a batch: each update's turn in order, written in as few store
    /// writes as they allow (see [`Batch`]), then one flush. Returns the outcome, the
    /// button presses to answer and the groups to leave.
    fn commit(&self, updates: &[Update]) -> (BatchOutcome, Vec<String>, Vec<i64>) {
        let now = now_secs();
        let mut batch = self.channel.service.batch();
        // Per update taken: its id, and whether it recorded a turn in the batch.
        let mut taken = Vec::new();
        let mut error = None;
        let mut queries = Vec::new();
        let mut groups = Vec::new();
        for update in updates {
            let result = match translate(update) {
                Translation::Inbound(inbound) => self.handle(&mut batch, &inbound, now),
                Translation::Button { inbound, query_id } => {
                    queries.push(query_id);
                    self.handle(&mut batch, &inbound, now)
                }
                Translation::LeaveGroup { chat_id } => {
                    groups.push(chat_id);
                    Ok(false)
                }
                Translation::Ignore(why) => {
                    tracing::debug!(reason = why, "telegram update ignored");
                    Ok(false)
                }
            };
            match result {
                Ok(turn) => taken.push((update.id.0 as i32, turn)),
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        let (next_offset, handled) = confirmed(&taken, batch.finish(), &mut error);
        groups.sort_unstable();
        groups.dedup();
        if handled > 0 {
            if let Err(e) = self.channel.service.store().flush() {
                // Nothing of this batch may be confirmed: it is not durable.
                let failed = BatchOutcome {
                    next_offset: None,
                    handled: 0,
                    error: Some(e.into()),
                };
                return (failed, Vec::new(), Vec::new());
            }
        }
        let outcome = BatchOutcome {
            next_offset,
            handled,
            error,
        };
        (outcome, queries, groups)
    }

    /// Record the update's turn in `batch`; whether it recorded one.
    fn handle(&self, batch: &mut Batch<'_, S>, inbound: &Inbound, now: u64) -> Result<bool, Error> {
        let service = &self.channel.service;
        // The quick exit is asked about first and always runs in full: a person who has
        // just sent an album of evidence must still be able to wipe the chat at once. It
        // does not count towards the flood window either.
        if service.is_quick_exit(inbound) {
            batch.handle(inbound, now)?;
            return Ok(true);
        }
        match self.flood_state(&inbound.chat) {
            FloodState::Ok => batch.handle(inbound, now)?,
            FloodState::JustOver(sent) => batch.acknowledge(inbound, Some("sys-slow-down"), sent, now)?,
            FloodState::Over(sent) => batch.acknowledge(inbound, None, sent, now)?,
        }
        Ok(true)
    }

    fn flood_state(&self, chat: &str) -> FloodState {
        let limit = self.channel.settings.flood_per_minute;
        if limit == 0 {
            return FloodState::Ok;
        }
        let mut flood = self.flood.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if flood.window.len() > 100_000 {
            flood
                .window
                .retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(60));
        }
        let entry = flood.window.entry(chat.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(60) {
            *entry = (now, 0);
        }
        entry.1 += 1;
        match entry.1.cmp(&(limit + 1)) {
            std::cmp::Ordering::Less => FloodState::Ok,
            std::cmp::Ordering::Equal => FloodState::JustOver(entry.1),
            std::cmp::Ordering::Greater => FloodState::Over(entry.1),
        }
    }
}

/// The offset to confirm and how many updates it covers: the updates `taken` in order (id,
/// whether it recorded a turn), up to the first whose turn failed to write (`written`: the
/// recorded turns' outcomes, in order). The first failure becomes the batch's `error`
/// unless one came before the write.
fn confirmed(
    taken: &[(i32, bool)],
    written: Vec<crate::conversation::Result<crate::conversation::Handled>>,
    error: &mut Option<Error>,
) -> (Option<i32>, usize) {
    let mut written = written.into_iter();
    let mut next_offset = None;
    for (handled, (id, turn)) in taken.iter().enumerate() {
        if *turn {
            if let Some(Err(e)) = written.next() {
                *error = Some(e.into());
                return (next_offset, handled);
            }
        }
        next_offset = Some(id + 1);
    }
    (next_offset, taken.len())
}

/// Where a chat stands against the flood limit; over it, with the messages it sent in the
/// current minute.
enum FloodState {
    Ok,
    JustOver(u32),
    Over(u32),
}

/// A short, content-free name of a request error, for logs.
pub fn kind(e: &RequestError) -> &'static str {
    match e {
        RequestError::Api(_) => "api",
        RequestError::MigrateToChatId(_) => "migrate",
        RequestError::RetryAfter(_) => "retry_after",
        RequestError::Network(err) if err.is_timeout() => "timeout",
        RequestError::Network(_) => "network",
        RequestError::InvalidJson { .. } => "invalid_json",
        RequestError::Io(_) => "io",
    }
}

/// Long polling until `shutdown` turns true. Confirms offsets only past flushed turns.
pub async fn poll<S: Store>(ingest: Arc<Ingest<S>>, mut shutdown: watch::Receiver<bool>) -> Result<(), Error> {
    let channel = ingest.channel.clone();
    let bot = &channel.bot;
    let timeout = channel.settings.poll_timeout.as_secs() as u32;
    let mut offset: Option<i32> = None;
    let mut failures: u32 = 0;
    loop {
        if *shutdown.borrow() {
            return Ok(());
        }
        let mut request = bot.get_updates().timeout(timeout).allowed_updates(ALLOWED_UPDATES);
        if let Some(o) = offset {
            request = request.offset(o);
        }
        let result = tokio::select! {
            r = std::future::IntoFuture::into_future(request) => r,
            _ = shutdown.changed() => return Ok(()),
        };
        let metrics = &crate::metrics::METRICS;
        let wait = match result {
            Ok(updates) => {
                metrics.telegram_answered(crate::clock::now_secs());
                let outcome = ingest.batch(&updates).await;
                if let Some(next) = outcome.next_offset {
                    offset = Some(next);
                }
                match outcome.error {
                    None => {
                        failures = 0;
                        continue;
                    }
                    Some(e) => {
                        metrics.error(ErrorKind::Store);
                        tracing::error!(error = %e, "could not store an update; it will be fetched again");
                        failures += 1;
                        channel.settings.backoff().delay(failures)
                    }
                }
            }
            Err(RequestError::RetryAfter(s)) => {
                metrics.telegram_answered(crate::clock::now_secs());
                s.duration()
            }
            Err(e) => {
                metrics.telegram_failed();
                failures += 1;
                tracing::warn!(error = kind(&e), failures, "getUpdates failed");
                channel.settings.backoff().delay(failures)
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => return Ok(()),
        }
    }
}

/// How often [`probe`] asks `getMe` in webhook mode.
pub const PROBE_EVERY: Duration = Duration::from_secs(30);

/// In webhook mode nothing asks the Bot API on its own: ask `getMe` every `every` until
/// `shutdown`, so that `/readyz` knows whether Telegram is reachable and the token valid.
async fn probe<S: Store>(channel: Arc<Channel<S>>, every: Duration, mut shutdown: watch::Receiver<bool>) {
    let metrics = &crate::metrics::METRICS;
    while !*shutdown.borrow() {
        match channel.bot.get_me().await {
            Ok(_) | Err(RequestError::RetryAfter(_)) => metrics.telegram_answered(crate::clock::now_secs()),
            Err(e) => {
                metrics.telegram_failed();
                tracing::warn!(error = kind(&e), "getMe failed; telegram not reachable");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Register the webhook (`mode = "webhook"`) or remove any (`polling`), so the two never
/// compete. Pending updates are never dropped. Telegram opens at most `max_connections`
/// connections at once: the same number the listener accepts ([`WebhookBounds`]).
pub async fn configure_webhook<S: Store>(
    channel: &Channel<S>,
    webhook: Option<(&str, &Secret, u8)>,
) -> Result<(), Error> {
    let bot = &channel.bot;
    match webhook {
        Some((public_url, secret, max_connections)) => {
            let url = public_url
                .parse::<url::Url>()
                .map_err(|_| Error::Webhook(format!("bad public_url `{public_url}`")))?;
            bot.set_webhook(url)
                .secret_token(secret.expose().to_owned())
                .allowed_updates(ALLOWED_UPDATES)
                .max_connections(max_connections)
                .await?;
        }
        None => {
            bot.delete_webhook().await?;
        }
    }
    crate::metrics::METRICS.telegram_answered(now_secs());
    Ok(())
}

/// What one client of the webhook may hold, so that slow or idle connections cannot use up
/// the listener: a connection waits at most `header_timeout` for each request's headers
/// (also between requests) and `body_timeout` for its body, and beyond `max_connections`
/// new connections wait in the kernel's queue until one closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookBounds {
    /// Larger request bodies are refused (413) without being parsed.
    pub max_body_bytes: usize,
    /// Longest wait for a request's headers, from the connection's start or its last answer.
    pub header_timeout: Duration,
    /// Longest wait for a request's body, once its headers and secret are accepted.
    pub body_timeout: Duration,
    /// Connections served at once.
    pub max_connections: usize,
}

struct WebhookState<S: Store> {
    ingest: Arc<Ingest<S>>,
    secret: Secret,
    bounds: WebhookBounds,
}

/// Serve the webhook on `listen` at `path` until `shutdown`. A request without the right
/// secret token gets 401 before its body is read and touches nothing; a stored update gets
/// 200; a storage failure gets 500 so Telegram delivers it again. HTTP/1.1 only (what
/// Telegram and reverse proxies speak), within `bounds`.
pub async fn webhook<S: Store>(
    ingest: Arc<Ingest<S>>,
    listen: SocketAddr,
    path: &str,
    secret: Secret,
    bounds: WebhookBounds,
    shutdown: watch::Receiver<bool>,
) -> Result<(), Error> {
    // Nothing else asks the Bot API in this mode: `/readyz` needs the probe's answers.
    tokio::spawn(probe(ingest.channel.clone(), PROBE_EVERY, shutdown.clone()));
    let state = Arc::new(WebhookState { ingest, secret, bounds });
    let path = if path.is_empty() { "/" } else { path };
    let app = axum::Router::new().route(path, post(receive::<S>)).with_state(state);
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| Error::Webhook(format!("cannot listen on {listen}: {e}")))?;
    tracing::info!(%listen, "telegram webhook listening");
    serve_bounded(listener, app, bounds, shutdown).await;
    Ok(())
}

/// Accept connections while a slot is free, each served with the header timeout; on
/// `shutdown`, stop accepting, let requests in flight finish, and return once every
/// connection has closed.
async fn serve_bounded(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    bounds: WebhookBounds,
    mut shutdown: watch::Receiver<bool>,
) {
    let slots = Arc::new(Semaphore::new(bounds.max_connections));
    let (closing_tx, closing) = watch::channel(false);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            _ = shutdown.wait_for(|stop| *stop) => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = shutdown.wait_for(|stop| *stop) => break,
        };
        match accepted {
            Ok((stream, _)) => {
                let connection = connection(stream, app.clone(), bounds.header_timeout, closing.clone());
                tokio::spawn(async move {
                    connection.await;
                    drop(slot);
                });
            }
            Err(e) => accept_failed(&e).await,
        }
    }
    let _ = closing_tx.send(true);
    // Every slot back means every connection has closed.
    let all = u32::try_from(bounds.max_connections).unwrap_or(u32::MAX);
    let _ = slots.acquire_many(all).await;
}

/// One HTTP/1.1 connection; closed when a request's headers do not arrive within
/// `header_timeout`, or gracefully once `closing` turns true.
async fn connection(
    stream: tokio::net::TcpStream,
    app: axum::Router,
    header_timeout: Duration,
    mut closing: watch::Receiver<bool>,
) {
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(header_timeout);
    let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app));
    tokio::pin!(conn);
    let ended = tokio::select! {
        result = conn.as_mut() => Some(result),
        _ = closing.wait_for(|closing| *closing) => None,
    };
    let result = match ended {
        Some(result) => result,
        None => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = result {
        // A timeout or a client gone: nothing the update's sender needs.
        tracing::debug!(timeout = e.is_timeout(), "webhook connection ended with an error");
    }
}

/// A failed `accept`: a client that gave up is nothing; anything else (out of file
/// descriptors) is waited out briefly instead of spinning.
async fn accept_failed(e: &std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(e.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset) {
        return;
    }
    tracing::warn!(error = %e, "webhook accept failed");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// One webhook request: the secret is checked from the headers alone, and only then is the
/// body read, within the size limit and the body timeout.
async fn receive<S: Store>(State(state): State<Arc<WebhookState<S>>>, headers: HeaderMap, body: Body) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !state.secret.matches(given) {
        crate::metrics::METRICS.error(ErrorKind::WebhookRejected);
        tracing::warn!("webhook request without the right secret token refused");
        return StatusCode::UNAUTHORIZED;
    }
    let bounds = state.bounds;
    let read = axum::body::to_bytes(body, bounds.max_body_bytes);
    let body = match tokio::time::timeout(bounds.body_timeout, read).await {
        Ok(Ok(body)) => body,
        Ok(Err(_)) => {
            crate::metrics::METRICS.error(ErrorKind::WebhookRejected);
            tracing::warn!("webhook body over the size limit or cut off");
            return StatusCode::PAYLOAD_TOO_LARGE;
        }
        Err(_) => {
            crate::metrics::METRICS.error(ErrorKind::WebhookRejected);
            tracing::warn!("webhook body not received within the body timeout");
            return StatusCode::REQUEST_TIMEOUT;
        }
    };
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(_) => {
            crate::metrics::METRICS.error(ErrorKind::WebhookRejected);
            tracing::warn!(bytes = body.len(), "webhook body is not a telegram update");
            return StatusCode::BAD_REQUEST;
        }
    };
    let outcome = state.ingest.batch(std::slice::from_ref(&update)).await;
    match outcome.error {
        None => StatusCode::OK,
        Some(e) => {
            crate::metrics::METRICS.error(ErrorKind::Store);
            tracing::error!(error = %e, "could not store a webhook update; telegram will retry");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}
