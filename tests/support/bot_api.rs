//! A loopback fake of the Telegram Bot API, for testing Varco's Telegram channel.
//!
//! [`BotApi::start`] binds `127.0.0.1:0` and serves the API from its own thread with its own
//! tokio runtime, so it works from plain `#[test]`s, from `#[tokio::test]`s and for a child
//! `varco` process. Point teloxide at it with `Bot::new(tok).set_api_url(api.url())` (or use
//! [`BotApi::bot`]). Requests are `POST {api_url}/bot{TOKEN}/{Method}`; the method name is
//! matched case-insensitively (teloxide sends `GetUpdates`, `SendMessage`, …), bodies may be
//! JSON, `multipart/form-data` (teloxide uses it for sendPhoto/sendVoice/sendDocument and
//! setWebhook) or urlencoded, and GET query strings are accepted too.
//!
//! Answers are shaped like the real API (`{"ok":true,"result":…}` /
//! `{"ok":false,"error_code":N,"description":…}`), and the error descriptions are the real
//! ones, so teloxide maps them to the same `ApiError` variants as in production.
//!
//! Faults ([`Fault`]) are scripted per method (or `"*"`) and consumed in order by the next
//! matching calls. Everything accepted is recorded; [`BotApi::snapshot`] copies the record.
//! Dropping the `BotApi` stops the server (open connections are cut).

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::future::IntoFuture;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::connect_info::{ConnectInfo, Connected};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::serve::{IncomingStream, Listener};
use axum::Router;
use serde_json::{json, Map, Value};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// The token [`BotApi::bot`] uses.
pub const TOKEN: &str = "123456:TEST-token-for-the-double";
/// The fake bot's user id, `first_name` and `username`.
pub const BOT_ID: i64 = 7_000_000_001;
pub const BOT_FIRST_NAME: &str = "Varco Test";
pub const BOT_USERNAME: &str = "varco_test_bot";
/// `first_name` of every fake user (and of private chats).
pub const USER_FIRST_NAME: &str = "Test";
/// The first update id handed out (ids then increase by 1, unless told to jump).
pub const FIRST_UPDATE_ID: i64 = 100_000;

/// A scripted misbehaviour, applied to the next matching call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 429 `Too Many Requests: retry after S` with `parameters.retry_after = S`. If the
    /// call names a chat, that chat is rate limited for S seconds: sends to it before then
    /// are answered 429 again and counted in `early_resends`.
    RetryAfter(u32),
    /// That HTTP status with a Bot-API-shaped error body (500 `Internal Server Error`,
    /// 502 `Bad Gateway`, …). Nothing is executed.
    Status(u16),
    /// That HTTP status with this exact body (e.g. an nginx HTML page). Nothing is executed.
    RawBody(u16, String),
    /// Wait this long, then execute the call and answer. The call is executed even if the
    /// client has given up meanwhile (as a slow Telegram would).
    Hang(Duration),
    /// Cut the connection (TCP reset) without an HTTP answer. Nothing is executed.
    Reset,
    /// Execute the call (a send IS delivered and recorded), then cut the connection
    /// without an answer: the client cannot know it succeeded.
    DropAfterAccept,
}

/// One accepted send (sendMessage, sendPhoto, sendVoice, sendDocument).
#[derive(Clone, Debug)]
pub struct Sent {
    /// Canonical method name, e.g. `"sendMessage"`.
    pub method: String,
    pub chat_id: i64,
    pub message_id: i64,
    /// `text` of a sendMessage, `caption` (or "") of a media send.
    pub text: String,
    pub protect_content: bool,
    pub disable_notification: bool,
    pub parse_mode: Option<String>,
    /// The `reply_markup` as sent (any kind of keyboard), parsed as JSON.
    pub reply_markup: Option<Value>,
    /// For media sends: the file_id / URL given, or `attach://…` for an upload.
    pub file: Option<String>,
    /// For media sends that uploaded the file: its name and bytes.
    pub upload: Option<(String, Vec<u8>)>,
    /// When the request arrived.
    pub at: Instant,
    /// All request parameters (multipart/form values are strings).
    pub params: Value,
}

impl Sent {
    /// The message as the person sees it: its text, then its inline buttons numbered as the
    /// terminal numbers choices.
    pub fn shown(&self) -> String {
        let mut out = self.text.clone();
        if let Some(rows) = self
            .reply_markup
            .as_ref()
            .and_then(|m| m.get("inline_keyboard"))
            .and_then(Value::as_array)
        {
            // Row by row, left to right: a compact menu has several buttons a row.
            let buttons = rows.iter().flat_map(|row| row.as_array().into_iter().flatten());
            for (i, button) in buttons.enumerate() {
                let label = button["text"].as_str().unwrap_or_default();
                out.push_str(&format!("\n  {}. {label}", i + 1));
            }
        }
        out
    }
}

/// One accepted editMessageText / editMessageCaption / editMessageReplyMarkup.
#[derive(Clone, Debug)]
pub struct Edit {
    pub method: String,
    pub chat_id: Option<i64>,
    pub message_id: Option<i64>,
    pub inline_message_id: Option<String>,
    /// New text (or caption); `None` for editMessageReplyMarkup.
    pub text: Option<String>,
    pub reply_markup: Option<Value>,
    pub at: Instant,
}

/// One answerCallbackQuery.
#[derive(Clone, Debug)]
pub struct CallbackAnswer {
    pub callback_query_id: String,
    pub text: Option<String>,
    pub show_alert: bool,
    pub at: Instant,
}

/// The webhook currently set.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    pub url: String,
    pub secret_token: Option<String>,
    pub max_connections: Option<i64>,
    pub allowed_updates: Option<Value>,
}

/// One getUpdates call, as asked.
#[derive(Clone, Debug)]
pub struct GetUpdatesCall {
    pub offset: Option<i64>,
    pub limit: Option<i64>,
    pub timeout: Option<i64>,
    pub allowed_updates: Option<Value>,
    pub at: Instant,
}

/// One 429 answer (scripted, from a rate limit, or to an early resend).
#[derive(Clone, Debug)]
pub struct RetryAfterRecord {
    pub method: String,
    pub chat_id: Option<i64>,
    pub secs: u32,
    pub at: Instant,
    /// The instant before which the chat (or everything, for the global limit) is limited.
    pub until: Instant,
}

/// One non-2xx answer (including faults; a `Reset`/`DropAfterAccept` is recorded as 0).
#[derive(Clone, Debug)]
pub struct ErrorAnswer {
    pub method: String,
    pub chat_id: Option<i64>,
    pub status: u16,
    pub description: String,
    pub at: Instant,
}

/// A copy of everything the double recorded, for [`BotApi::wait_for`] predicates.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub sent: Vec<Sent>,
    pub edits: Vec<Edit>,
    /// (chat_id, message_id) of every message actually deleted, in order.
    pub deleted: Vec<(i64, i64)>,
    pub callbacks_answered: Vec<CallbackAnswer>,
    pub left_chats: Vec<i64>,
    /// Incoming (user → bot) message ids per chat, as pushed.
    pub incoming: BTreeMap<i64, Vec<i64>>,
    /// The highest positive `offset` any getUpdates call gave (0 before any).
    pub confirmed_offset: i64,
    /// Updates not yet confirmed.
    pub pending_updates: usize,
    pub webhook: Option<Webhook>,
    /// Calls per lower-cased method name (every call, faulted or not).
    pub calls: BTreeMap<String, usize>,
    pub retry_afters: Vec<RetryAfterRecord>,
    /// Sends to a chat that arrived while it was still rate limited.
    pub early_resends: usize,
    /// Distinct bot tokens seen in request paths, in order of first use.
    pub tokens: Vec<String>,
    pub get_updates_calls: Vec<GetUpdatesCall>,
    pub errors: Vec<ErrorAnswer>,
}

impl Snapshot {
    pub fn sent_to(&self, chat_id: i64) -> Vec<Sent> {
        self.sent.iter().filter(|s| s.chat_id == chat_id).cloned().collect()
    }

    pub fn texts_to(&self, chat_id: i64) -> Vec<String> {
        self.sent
            .iter()
            .filter(|s| s.chat_id == chat_id)
            .map(|s| s.text.clone())
            .collect()
    }

    /// Calls of `method` (any case); `"*"` counts all calls.
    pub fn calls(&self, method: &str) -> usize {
        if method == "*" {
            return self.calls.values().sum();
        }
        self.calls.get(&method.to_ascii_lowercase()).copied().unwrap_or(0)
    }

    pub fn incoming_ids(&self, chat_id: i64) -> Vec<i64> {
        self.incoming.get(&chat_id).cloned().unwrap_or_default()
    }

    /// Sends that repeat an earlier send's (method, chat, text), e.g. after a retry of a
    /// `DropAfterAccept`.
    pub fn duplicates(&self) -> usize {
        let mut seen = HashSet::new();
        self.sent
            .iter()
            .filter(|s| !seen.insert((s.method.clone(), s.chat_id, s.text.clone())))
            .count()
    }
}

/// The fake Bot API server. See the module documentation.
pub struct BotApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl BotApi {
    /// Binds `127.0.0.1:0` and serves from a new thread. Panics if that fails.
    pub fn start() -> BotApi {
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        std_listener.set_nonblocking(true).expect("set_nonblocking");
        let addr = std_listener.local_addr().expect("local_addr");
        let shared = Arc::new(Shared {
            state: Mutex::new(ApiState::new()),
            notify: Notify::new(),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name(format!("bot-api-double-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .thread_name("bot-api-double-worker")
                    .enable_all()
                    .build()
                    .expect("tokio runtime for the Bot API double");
                rt.block_on(async move {
                    let listener = KillListener(TcpListener::from_std(std_listener).expect("tokio listener"));
                    let app = Router::new()
                        .fallback(handle)
                        .layer(DefaultBodyLimit::max(64 << 20))
                        .with_state(server_shared);
                    let server =
                        axum::serve(listener, app.into_make_service_with_connect_info::<ConnHandle>()).into_future();
                    tokio::select! {
                        _ = server => {}
                        _ = stopped => {}
                    }
                });
                rt.shutdown_timeout(Duration::from_millis(500));
            })
            .expect("spawn the Bot API double thread");
        BotApi {
            shared,
            addr,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// [`Self::api_url`] parsed into whatever the caller needs, e.g. the `reqwest::Url` of
    /// `Bot::set_api_url(api.url())` (no need to depend on `url`/`reqwest`).
    pub fn url<T: FromStr>(&self) -> T
    where
        T::Err: std::fmt::Debug,
    {
        self.api_url().parse().expect("api url parses")
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// A teloxide `Bot` with [`TOKEN`] and teloxide's default client (17 s timeout!).
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(TOKEN).set_api_url(self.url())
    }

    /// A teloxide `Bot` whose HTTP client times out after `timeout` (use more than the
    /// long-poll `timeout` of getUpdates).
    pub fn bot_with_timeout(&self, timeout: Duration) -> teloxide::Bot {
        let client = teloxide::net::default_reqwest_settings()
            .timeout(timeout)
            .build()
            .expect("reqwest client");
        teloxide::Bot::with_client(TOKEN, client).set_api_url(self.url())
    }

    // ----- scripting -----

    /// Applies `fault` to the next call of `method` (any case; `"*"`: any method).
    pub fn fault(&self, method: &str, fault: Fault) {
        self.fault_n(method, fault, 1);
    }

    /// Applies `fault` to the next `n` calls of `method`. Faults queue up in order: a call
    /// takes the first scripted entry that matches it.
    pub fn fault_n(&self, method: &str, fault: Fault, n: usize) {
        self.fault_after(method, fault, 0, n);
    }

    /// Lets the next `skip` calls of `method` pass, then applies `fault` to the `n` calls
    /// after them (e.g. the second part of a split message). Queued like [`Self::fault_n`].
    pub fn fault_after(&self, method: &str, fault: Fault, skip: usize, n: usize) {
        if n == 0 {
            return;
        }
        self.lock().faults.push(FaultEntry {
            method: method.to_ascii_lowercase(),
            fault,
            skip,
            remaining: n,
        });
    }

    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// Scripted faults not yet consumed.
    pub fn pending_faults(&self) -> usize {
        self.lock().faults.iter().map(|f| f.remaining).sum()
    }

    /// Sends to `chat_id` answer 403 `Forbidden: bot was blocked by the user`.
    pub fn block_chat(&self, chat_id: i64) {
        self.lock().blocked.insert(chat_id);
    }

    pub fn unblock_chat(&self, chat_id: i64) {
        self.lock().blocked.remove(&chat_id);
    }

    /// Any call naming `chat_id` answers 400 `Bad Request: chat not found`.
    pub fn unknown_chat(&self, chat_id: i64) {
        self.lock().unknown.insert(chat_id);
    }

    /// More than `per_second` sends to `chat_id` within one second answer 429 (retry_after
    /// until the oldest leaves the window, at least 1 s). 0 removes the limit.
    pub fn rate_limit_chat(&self, chat_id: i64, per_second: u32) {
        let mut st = self.lock();
        if per_second == 0 {
            st.chat_limits.remove(&chat_id);
        } else {
            st.chat_limits.insert(chat_id, per_second);
        }
    }

    /// More than `per_second` sends overall within one second answer 429. 0: no limit.
    pub fn set_global_limit(&self, per_second: u32) {
        self.lock().global_limit = (per_second > 0).then_some(per_second);
    }

    /// Every request — every method, file downloads too — is handled `latency` after it
    /// arrives, as over a slow link to the API server; what it records is timestamped after
    /// the wait. Concurrent requests wait side by side. `Duration::ZERO` (the default):
    /// at once.
    pub fn set_latency(&self, latency: Duration) {
        self.lock().latency = latency;
    }

    /// The next `n` `deleteMessages` calls in `chat_id` whose ids include `message_id` answer
    /// 500 and delete nothing (one batch failing while the others may go).
    pub fn fail_deleting(&self, chat_id: i64, message_id: i64, n: usize) {
        self.lock().delete_faults.insert((chat_id, message_id), n);
    }

    /// `getChat` of this chat reports `message_auto_delete_time` (0 removes it).
    pub fn set_auto_delete(&self, chat_id: i64, secs: u32) {
        let mut st = self.lock();
        if secs == 0 {
            st.auto_delete.remove(&chat_id);
        } else {
            st.auto_delete.insert(chat_id, secs);
        }
    }

    /// Makes the next update id jump by `gap` more than usual (ids need not be consecutive).
    /// Keep ids below 2^31: teloxide's `offset` is an i32.
    pub fn skip_update_ids(&self, gap: i64) {
        self.lock().next_update_id += gap;
    }

    /// The next pushed update gets exactly this id (it may even be lower than earlier ones).
    pub fn set_next_update_id(&self, id: i64) {
        self.lock().next_update_id = id;
    }

    /// Forgets all pending updates (as if they expired).
    pub fn drop_pending_updates(&self) {
        self.lock().queue.clear();
    }

    // ----- updates -----

    /// A private text message from user `chat_id` (first_name "Test"). Returns the update id.
    pub fn push_text(&self, chat_id: i64, text: &str) -> i64 {
        self.push_text_lang(chat_id, text, None)
    }

    /// [`Self::push_text`] with the user's `language_code`.
    pub fn push_text_lang(&self, chat_id: i64, text: &str, language_code: Option<&str>) -> i64 {
        self.push_message(chat_id, chat_id, language_code, |m| {
            m.insert("text".into(), json!(text));
            if let Some(entities) = command_entities(text) {
                m.insert("entities".into(), entities);
            }
        })
    }

    /// [`Self::push_text`] that also returns the incoming message id: (update_id, message_id).
    pub fn push_text_ids(&self, chat_id: i64, text: &str) -> (i64, i64) {
        let update_id = self.push_text(chat_id, text);
        let message_id = self.incoming_ids(chat_id).last().copied().unwrap_or(0);
        (update_id, message_id)
    }

    /// A press of an inline button with `data` on the bot's message `message_id` in
    /// `chat_id` (the message is the one the bot sent, edits included; if the bot sent no such
    /// message, an empty text message is made up).
    pub fn push_callback(&self, chat_id: i64, message_id: i64, data: &str) -> i64 {
        let mut st = self.lock();
        let message = st.messages.get(&(chat_id, message_id)).cloned().unwrap_or_else(|| {
            json!({
                "message_id": message_id,
                "date": unix_now() - 1,
                "chat": chat_json(chat_id),
                "from": bot_user(),
                "text": "",
            })
        });
        st.next_callback_id += 1;
        let id = format!("{}", 4_242_000_000_000_000_000u64 + st.next_callback_id);
        let payload = json!({
            "id": id,
            "from": user_json(chat_id, None),
            "message": message,
            "chat_instance": format!("{}", 8_000_000_000_000_000_000u64 + chat_id.unsigned_abs()),
            "data": data,
        });
        let update_id = st.push_update("callback_query", payload);
        drop(st);
        self.shared.notify.notify_waiters();
        update_id
    }

    /// A private photo message (two sizes, no caption).
    pub fn push_photo(&self, chat_id: i64) -> i64 {
        self.push_message(chat_id, chat_id, None, |m| {
            m.insert(
                "photo".into(),
                json!([
                    {"file_id": "AgACAgIAAxkBAAIBdoubleSmall", "file_unique_id": "AQADdoubleS",
                     "width": 90, "height": 67, "file_size": 1200},
                    {"file_id": "AgACAgIAAxkBAAIBdoubleLarge", "file_unique_id": "AQADdoubleL",
                     "width": 800, "height": 600, "file_size": 54321},
                ]),
            );
        })
    }

    /// A private photo message whose file holds `bytes` (served by getFile and the file
    /// download route), with an optional caption. Returns (update id, file_id).
    pub fn push_photo_bytes(&self, chat_id: i64, bytes: &[u8], caption: Option<&str>) -> (i64, String) {
        let (file_id, unique) = self.store_file("photos", "jpg", bytes.to_vec(), bytes.len() as u64);
        let update = self.push_message(chat_id, chat_id, None, |m| {
            m.insert(
                "photo".into(),
                json!([{"file_id": file_id, "file_unique_id": unique, "width": 640, "height": 480,
                        "file_size": bytes.len()}]),
            );
            if let Some(c) = caption {
                m.insert("caption".into(), json!(c));
            }
        });
        (update, file_id)
    }

    /// A private document message of `size` bytes (only declared: its download is refused
    /// as too big when over 20 MB, as Telegram does). Returns (update id, file_id).
    pub fn push_document_sized(&self, chat_id: i64, name: &str, size: u64) -> (i64, String) {
        let (file_id, unique) = self.store_file("documents", "pdf", Vec::new(), size);
        let update = self.push_message(chat_id, chat_id, None, |m| {
            m.insert(
                "document".into(),
                json!({"file_id": file_id, "file_unique_id": unique, "file_name": name,
                       "mime_type": "application/pdf", "file_size": size}),
            );
        });
        (update, file_id)
    }

    fn store_file(&self, dir: &str, ext: &str, bytes: Vec<u8>, size: u64) -> (String, String) {
        let mut st = self.lock();
        st.next_file_id += 1;
        let n = st.next_file_id;
        let file_id = format!("AgACAgIAAxkBdoubleFile{n}");
        let path = format!("{dir}/file_{n}.{ext}");
        st.files.insert(file_id.clone(), StoredFile { path, size, bytes });
        (file_id, format!("AQADdoubleU{n}"))
    }

    /// How many files were downloaded through the file route.
    pub fn downloads(&self) -> usize {
        self.calls("file")
    }

    /// A private sticker message.
    pub fn push_sticker(&self, chat_id: i64) -> i64 {
        self.push_message(chat_id, chat_id, None, |m| {
            m.insert(
                "sticker".into(),
                json!({
                    "file_id": "CAACAgIAAxkBAAIBdoubleSticker",
                    "file_unique_id": "AgADdoubleSt",
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": false,
                    "is_video": false,
                    "emoji": "\u{1F44D}",
                    "set_name": "DoublePack",
                    "file_size": 23456,
                }),
            );
        })
    }

    /// A private voice note.
    pub fn push_voice(&self, chat_id: i64) -> i64 {
        self.push_message(chat_id, chat_id, None, |m| {
            m.insert(
                "voice".into(),
                json!({
                    "file_id": "AwACAgIAAxkBAAIBdoubleVoice",
                    "file_unique_id": "AgADdoubleVo",
                    "duration": 3,
                    "mime_type": "audio/ogg",
                    "file_size": 4321,
                }),
            );
        })
    }

    /// An `edited_message` update: the user edited their message `message_id` to `text`.
    pub fn push_edited_text(&self, chat_id: i64, message_id: i64, text: &str) -> i64 {
        let now = unix_now();
        let payload = json!({
            "message_id": message_id,
            "from": user_json(chat_id, None),
            "chat": chat_json(chat_id),
            "date": now - 1,
            "edit_date": now,
            "text": text,
        });
        self.push_kind("edited_message", payload)
    }

    /// A text message from user `from_id` in group `group_chat_id` (negative; type "group").
    pub fn push_group_text(&self, group_chat_id: i64, from_id: i64, text: &str) -> i64 {
        self.push_message(group_chat_id, from_id, None, |m| {
            m.insert("text".into(), json!(text));
            if let Some(entities) = command_entities(text) {
                m.insert("entities".into(), entities);
            }
        })
    }

    /// Any update JSON. Without an `update_id` one is assigned; with one, it is kept (and
    /// later ids continue above it). Returns the update id.
    pub fn push_raw(&self, mut update: Value) -> i64 {
        let mut st = self.lock();
        let id = match update.get("update_id").and_then(Value::as_i64) {
            Some(id) => {
                st.next_update_id = st.next_update_id.max(id + 1);
                id
            }
            None => {
                let id = st.take_update_id();
                if let Some(obj) = update.as_object_mut() {
                    obj.insert("update_id".into(), json!(id));
                }
                id
            }
        };
        st.enqueue(id, update);
        drop(st);
        self.shared.notify.notify_waiters();
        id
    }

    // ----- accessors -----

    pub fn snapshot(&self) -> Snapshot {
        self.lock().snapshot()
    }

    pub fn sent(&self) -> Vec<Sent> {
        self.lock().rec.sent.clone()
    }

    pub fn sent_to(&self, chat_id: i64) -> Vec<Sent> {
        self.lock()
            .rec
            .sent
            .iter()
            .filter(|s| s.chat_id == chat_id)
            .cloned()
            .collect()
    }

    pub fn texts_to(&self, chat_id: i64) -> Vec<String> {
        self.snapshot().texts_to(chat_id)
    }

    /// How many sends were accepted so far (cheap: no copy).
    pub fn sent_count(&self) -> usize {
        self.lock().rec.sent.len()
    }

    /// The accepted sends from index `from` on, in order of arrival (copies only those), for
    /// observers that poll for new sends, e.g. a load test.
    pub fn sent_from(&self, from: usize) -> Vec<Sent> {
        let st = self.lock();
        st.rec.sent.get(from..).map(<[Sent]>::to_vec).unwrap_or_default()
    }

    pub fn edits(&self) -> Vec<Edit> {
        self.lock().rec.edits.clone()
    }

    pub fn deleted(&self) -> Vec<(i64, i64)> {
        self.lock().rec.deleted.clone()
    }

    pub fn incoming_ids(&self, chat_id: i64) -> Vec<i64> {
        self.lock().rec.incoming.get(&chat_id).cloned().unwrap_or_default()
    }

    pub fn callbacks_answered(&self) -> Vec<CallbackAnswer> {
        self.lock().rec.callbacks_answered.clone()
    }

    pub fn confirmed_offset(&self) -> i64 {
        self.lock().rec.confirmed_offset
    }

    pub fn pending_updates(&self) -> usize {
        self.lock().queue.len()
    }

    /// (url, secret_token) of the webhook, if one is set.
    pub fn webhook(&self) -> Option<(String, Option<String>)> {
        self.lock()
            .rec
            .webhook
            .as_ref()
            .map(|w| (w.url.clone(), w.secret_token.clone()))
    }

    pub fn webhook_info(&self) -> Option<Webhook> {
        self.lock().rec.webhook.clone()
    }

    pub fn left_chats(&self) -> Vec<i64> {
        self.lock().rec.left_chats.clone()
    }

    /// Calls of `method` (any case, faulted ones included); `"*"`: all calls.
    pub fn calls(&self, method: &str) -> usize {
        self.lock().snapshot_calls(method)
    }

    pub fn early_resends(&self) -> usize {
        self.lock().rec.early_resends
    }

    pub fn retry_afters(&self) -> Vec<RetryAfterRecord> {
        self.lock().rec.retry_afters.clone()
    }

    pub fn duplicates(&self) -> usize {
        self.snapshot().duplicates()
    }

    pub fn tokens(&self) -> Vec<String> {
        self.lock().rec.tokens.clone()
    }

    pub fn get_updates_calls(&self) -> Vec<GetUpdatesCall> {
        self.lock().rec.get_updates_calls.clone()
    }

    pub fn errors(&self) -> Vec<ErrorAnswer> {
        self.lock().rec.errors.clone()
    }

    /// Polls every 10 ms until `pred` holds (true) or `timeout` passes (false). Blocks the
    /// thread: inside a current-thread `#[tokio::test]` use [`Self::wait_until`] instead.
    pub fn wait_for(&self, pred: impl Fn(&Snapshot) -> bool, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if pred(&self.snapshot()) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Async [`Self::wait_for`].
    pub async fn wait_until(&self, pred: impl Fn(&Snapshot) -> bool, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if pred(&self.snapshot()) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    // ----- internals -----

    fn lock(&self) -> MutexGuard<'_, ApiState> {
        self.shared.lock()
    }

    fn push_kind(&self, kind: &str, payload: Value) -> i64 {
        let id = self.lock().push_update(kind, payload);
        self.shared.notify.notify_waiters();
        id
    }

    /// A `message` update in `chat_id` from user `from_id`, with a new incoming message id.
    fn push_message(
        &self,
        chat_id: i64,
        from_id: i64,
        language_code: Option<&str>,
        fill: impl FnOnce(&mut Map<String, Value>),
    ) -> i64 {
        let mut st = self.lock();
        let message_id = st.take_message_id(chat_id);
        st.rec.incoming.entry(chat_id).or_default().push(message_id);
        st.alive.insert((chat_id, message_id));
        let mut m = Map::new();
        m.insert("message_id".into(), json!(message_id));
        m.insert("from".into(), user_json(from_id, language_code));
        m.insert("chat".into(), chat_json(chat_id));
        m.insert("date".into(), json!(unix_now()));
        fill(&mut m);
        let id = st.push_update("message", Value::Object(m));
        drop(st);
        self.shared.notify.notify_waiters();
        id
    }
}

impl Drop for BotApi {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

// ===================================================================================
// State
// ===================================================================================

struct Shared {
    state: Mutex<ApiState>,
    /// Woken whenever updates are pushed or a getUpdates starts (long polls re-check).
    notify: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, ApiState> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

struct FaultEntry {
    method: String,
    fault: Fault,
    /// Matching calls still to let pass before the fault applies.
    skip: usize,
    remaining: usize,
}

struct ApiState {
    rec: Snapshot,
    queue: VecDeque<(i64, Value)>,
    next_update_id: i64,
    next_message_id: HashMap<i64, i64>,
    /// Messages the bot sent, as returned (edits applied).
    messages: HashMap<(i64, i64), Value>,
    /// Messages (both directions) that exist and are not deleted.
    alive: HashSet<(i64, i64)>,
    faults: Vec<FaultEntry>,
    blocked: HashSet<i64>,
    unknown: HashSet<i64>,
    limited_until: HashMap<i64, Instant>,
    global_limited_until: Option<Instant>,
    chat_limits: HashMap<i64, u32>,
    chat_windows: HashMap<i64, VecDeque<Instant>>,
    global_limit: Option<u32>,
    global_window: VecDeque<Instant>,
    poll_generation: u64,
    next_callback_id: u64,
    next_file_id: u64,
    auto_delete: HashMap<i64, u32>,
    /// (chat, message id) → how many more `deleteMessages` calls naming it fail.
    delete_faults: HashMap<(i64, i64), usize>,
    /// Files people sent, by file_id: what getFile and the file download serve.
    files: HashMap<String, StoredFile>,
    /// How long every request waits before it is handled (see [`BotApi::set_latency`]).
    latency: Duration,
}

/// A file a fake user sent. `bytes` is empty for a file that is only declared (too big).
#[derive(Clone)]
struct StoredFile {
    path: String,
    size: u64,
    bytes: Vec<u8>,
}

/// An HTTP answer: status and JSON body.
struct Answer {
    status: u16,
    body: Value,
}

fn ok(result: Value) -> Answer {
    Answer {
        status: 200,
        body: json!({"ok": true, "result": result}),
    }
}

fn api_err(code: u16, description: &str) -> Answer {
    Answer {
        status: code,
        body: json!({"ok": false, "error_code": code, "description": description}),
    }
}

fn too_many(secs: u32) -> Answer {
    Answer {
        status: 429,
        body: json!({
            "ok": false,
            "error_code": 429,
            "description": format!("Too Many Requests: retry after {secs}"),
            "parameters": {"retry_after": secs},
        }),
    }
}

const CHAT_NOT_FOUND: &str = "Bad Request: chat not found";
const BOT_BLOCKED: &str = "Forbidden: bot was blocked by the user";
const NOT_MODIFIED: &str = "Bad Request: message is not modified: specified new message content and reply markup are \
                            exactly the same as a current content and reply markup of the message";
const WEBHOOK_ACTIVE: &str =
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
const TERMINATED: &str =
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

/// Lower-case → canonical names of the methods the double implements.
const METHODS: &[&str] = &[
    "getMe",
    "getUpdates",
    "sendMessage",
    "sendPhoto",
    "sendVoice",
    "sendDocument",
    "sendChatAction",
    "answerCallbackQuery",
    "editMessageText",
    "editMessageCaption",
    "editMessageReplyMarkup",
    "deleteMessage",
    "deleteMessages",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
    "leaveChat",
    "getChat",
    "setMyCommands",
    "deleteMyCommands",
    "getMyCommands",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "setChatMenuButton",
    "close",
    "logOut",
];

fn canonical(lower: &str) -> String {
    METHODS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(lower))
        .map(|m| m.to_string())
        .unwrap_or_else(|| lower.to_owned())
}

fn is_send(lower: &str) -> bool {
    (lower.starts_with("send") && lower != "sendchataction")
        || matches!(
            lower,
            "copymessage" | "copymessages" | "forwardmessage" | "forwardmessages"
        )
}

impl ApiState {
    fn new() -> ApiState {
        ApiState {
            rec: Snapshot::default(),
            queue: VecDeque::new(),
            next_update_id: FIRST_UPDATE_ID,
            next_message_id: HashMap::new(),
            messages: HashMap::new(),
            alive: HashSet::new(),
            faults: Vec::new(),
            blocked: HashSet::new(),
            unknown: HashSet::new(),
            limited_until: HashMap::new(),
            global_limited_until: None,
            chat_limits: HashMap::new(),
            chat_windows: HashMap::new(),
            global_limit: None,
            global_window: VecDeque::new(),
            poll_generation: 0,
            next_callback_id: 0,
            next_file_id: 0,
            auto_delete: HashMap::new(),
            delete_faults: HashMap::new(),
            files: HashMap::new(),
            latency: Duration::ZERO,
        }
    }

    fn snapshot(&self) -> Snapshot {
        let mut s = self.rec.clone();
        s.pending_updates = self.queue.len();
        s
    }

    fn snapshot_calls(&self, method: &str) -> usize {
        if method == "*" {
            return self.rec.calls.values().sum();
        }
        self.rec.calls.get(&method.to_ascii_lowercase()).copied().unwrap_or(0)
    }

    fn take_update_id(&mut self) -> i64 {
        let id = self.next_update_id;
        self.next_update_id += 1;
        id
    }

    fn take_message_id(&mut self, chat_id: i64) -> i64 {
        let next = self.next_message_id.entry(chat_id).or_insert(0);
        *next += 1;
        *next
    }

    fn push_update(&mut self, kind: &str, payload: Value) -> i64 {
        let id = self.take_update_id();
        let mut update = Map::new();
        update.insert("update_id".into(), json!(id));
        update.insert(kind.into(), payload);
        self.enqueue(id, Value::Object(update));
        id
    }

    /// Keeps the queue sorted by update id.
    fn enqueue(&mut self, id: i64, update: Value) {
        let at = self
            .queue
            .iter()
            .position(|(other, _)| *other > id)
            .unwrap_or(self.queue.len());
        self.queue.insert(at, (id, update));
    }

    fn take_fault(&mut self, lower: &str) -> Option<Fault> {
        let at = self.faults.iter().position(|f| f.method == "*" || f.method == lower)?;
        let entry = &mut self.faults[at];
        if entry.skip > 0 {
            entry.skip -= 1;
            return None;
        }
        let fault = entry.fault.clone();
        entry.remaining -= 1;
        if entry.remaining == 0 {
            self.faults.remove(at);
        }
        Some(fault)
    }

    fn record_retry_after(&mut self, lower: &str, chat_id: Option<i64>, secs: u32, now: Instant) -> Answer {
        let until = now + Duration::from_secs(u64::from(secs));
        if let Some(chat) = chat_id {
            let entry = self.limited_until.entry(chat).or_insert(until);
            *entry = (*entry).max(until);
        }
        self.rec.retry_afters.push(RetryAfterRecord {
            method: canonical(lower),
            chat_id,
            secs,
            at: now,
            until,
        });
        too_many(secs)
    }

    /// A send that arrives while its chat is still rate limited: 429 again, counted in
    /// `early_resends`. While the global limit is in force, sends to other chats get a 429
    /// too (which limits their chat from then on) but are not counted.
    fn early_resend(&mut self, lower: &str, chat_id: Option<i64>, now: Instant) -> Option<Answer> {
        if !is_send(lower) {
            return None;
        }
        if let Some(until) = chat_id
            .and_then(|c| self.limited_until.get(&c).copied())
            .filter(|u| *u > now)
        {
            self.rec.early_resends += 1;
            let secs = ceil_secs(until - now);
            self.rec.retry_afters.push(RetryAfterRecord {
                method: canonical(lower),
                chat_id,
                secs,
                at: now,
                until,
            });
            return Some(too_many(secs));
        }
        let global = self.global_limited_until.filter(|u| *u > now)?;
        Some(self.record_retry_after(lower, chat_id, ceil_secs(global - now), now))
    }

    /// The per-chat and global sliding-window limits, for an otherwise valid send.
    fn rate_limited(&mut self, lower: &str, chat_id: i64, now: Instant) -> Option<Answer> {
        let window = Duration::from_secs(1);
        if let Some(limit) = self.global_limit {
            self.global_window.retain(|t| now.duration_since(*t) < window);
            if self.global_window.len() >= limit as usize {
                let oldest = self.global_window[0];
                let secs = ceil_secs((oldest + window).saturating_duration_since(now));
                self.global_limited_until = Some(now + Duration::from_secs(u64::from(secs)));
                return Some(self.record_retry_after(lower, Some(chat_id), secs, now));
            }
        }
        if let Some(&limit) = self.chat_limits.get(&chat_id) {
            let w = self.chat_windows.entry(chat_id).or_default();
            w.retain(|t| now.duration_since(*t) < window);
            if w.len() >= limit as usize {
                let oldest = w[0];
                let secs = ceil_secs((oldest + window).saturating_duration_since(now));
                return Some(self.record_retry_after(lower, Some(chat_id), secs, now));
            }
        }
        None
    }

    fn note_send(&mut self, chat_id: i64, now: Instant) {
        if self.global_limit.is_some() {
            self.global_window.push_back(now);
        }
        if self.chat_limits.contains_key(&chat_id) {
            self.chat_windows.entry(chat_id).or_default().push_back(now);
        }
    }

    /// Every method but getUpdates.
    fn dispatch(&mut self, lower: &str, p: &Params, now: Instant) -> Answer {
        match lower {
            "getme" => ok(me_json()),
            "getfile" => self.get_file(p),
            "sendmessage" | "sendphoto" | "sendvoice" | "senddocument" => self.send(lower, p, now),
            "sendchataction" => match self.chat_for(p, true) {
                Ok(_) => ok(json!(true)),
                Err(a) => a,
            },
            "answercallbackquery" => self.answer_callback(p, now),
            "editmessagetext" | "editmessagecaption" | "editmessagereplymarkup" => self.edit(lower, p, now),
            "deletemessage" => self.delete_message(p),
            "deletemessages" => self.delete_messages(p),
            "setwebhook" => self.set_webhook(p),
            "deletewebhook" => {
                self.rec.webhook = None;
                if p.bool("drop_pending_updates") {
                    self.queue.clear();
                }
                ok(json!(true))
            }
            "getwebhookinfo" => ok(self.webhook_info_json()),
            "leavechat" => match self.chat_for(p, false) {
                Ok(chat) => {
                    self.rec.left_chats.push(chat);
                    ok(json!(true))
                }
                Err(a) => a,
            },
            "getchat" => match self.chat_for(p, false) {
                Ok(chat) => ok(self.chat_full_info(chat)),
                Err(a) => a,
            },
            "setmycommands"
            | "deletemycommands"
            | "setmydescription"
            | "setmyshortdescription"
            | "setmyname"
            | "setchatmenubutton"
            | "close"
            | "logout" => ok(json!(true)),
            "getmycommands" => ok(json!([])),
            _ => api_err(404, "Not Found: method not found"),
        }
    }

    /// getFile: the path to download a file from, or Telegram's errors for an unknown id
    /// and for a file over the bots' 20 MB download limit.
    fn get_file(&self, p: &Params) -> Answer {
        let id = p.str("file_id").unwrap_or_default();
        let Some(file) = self.files.get(&id) else {
            return api_err(400, "Bad Request: invalid file_id");
        };
        if file.size > 20 * 1024 * 1024 {
            return api_err(400, "Bad Request: file is too big");
        }
        ok(
            json!({"file_id": id, "file_unique_id": format!("U{id}"), "file_size": file.size,
                  "file_path": file.path}),
        )
    }

    /// The `chat_id` parameter, checked against unknown (and, for sends, blocked) chats.
    fn chat_for(&self, p: &Params, sending: bool) -> Result<i64, Answer> {
        let chat = match p.get("chat_id") {
            None => return Err(api_err(400, "Bad Request: chat_id is empty")),
            Some(_) => p.i64("chat_id").ok_or_else(|| api_err(400, CHAT_NOT_FOUND))?,
        };
        if self.unknown.contains(&chat) {
            return Err(api_err(400, CHAT_NOT_FOUND));
        }
        if sending && self.blocked.contains(&chat) {
            return Err(api_err(403, BOT_BLOCKED));
        }
        Ok(chat)
    }

    fn send(&mut self, lower: &str, p: &Params, now: Instant) -> Answer {
        let chat = match self.chat_for(p, true) {
            Ok(chat) => chat,
            Err(a) => return a,
        };
        let (text, caption_mode) = if lower == "sendmessage" {
            let text = p.str("text").unwrap_or_default();
            if text.trim().is_empty() {
                return api_err(400, "Bad Request: message text is empty");
            }
            if utf16_len(&text) > 4096 {
                return api_err(400, "Bad Request: message is too long");
            }
            (text, false)
        } else {
            let caption = p.str("caption").unwrap_or_default();
            if utf16_len(&caption) > 1024 {
                return api_err(400, "Bad Request: message caption is too long");
            }
            (caption, true)
        };
        let field = lower.trim_start_matches("send");
        let file = if caption_mode {
            match p.str(field) {
                Some(f) if !f.is_empty() => Some(f),
                _ => return api_err(400, &format!("Bad Request: there is no {field} in the request")),
            }
        } else {
            None
        };
        // teloxide puts an uploaded file in the part named after the field, or in a part
        // that `attach://<name>` points to.
        let upload = file.as_ref().and_then(|f| {
            let part = f.strip_prefix("attach://").unwrap_or(field);
            p.files.get(part).or_else(|| p.files.get(field)).cloned()
        });
        let reply_markup = p.json("reply_markup");
        if let Some(markup) = &reply_markup {
            if let Err(a) = check_markup(markup) {
                return a;
            }
        }
        if let Some(a) = self.rate_limited(lower, chat, now) {
            return a;
        }
        self.note_send(chat, now);

        let message_id = self.take_message_id(chat);
        let protect = p.bool("protect_content");
        let mut m = Map::new();
        m.insert("message_id".into(), json!(message_id));
        m.insert("from".into(), bot_user());
        m.insert("chat".into(), chat_json(chat));
        m.insert("date".into(), json!(unix_now()));
        if protect {
            m.insert("has_protected_content".into(), json!(true));
        }
        if caption_mode {
            let file_id = match &file {
                Some(f) if !f.starts_with("attach://") => f.clone(),
                _ => {
                    self.next_file_id += 1;
                    format!("BQACAgIAAxkDdouble{}", self.next_file_id)
                }
            };
            let unique = format!("AgADdouble{}", message_id);
            let media = match field {
                "photo" => json!([
                    {"file_id": file_id, "file_unique_id": format!("{unique}s"),
                     "width": 90, "height": 67, "file_size": 1200},
                    {"file_id": file_id, "file_unique_id": unique, "width": 800, "height": 600, "file_size": 54321},
                ]),
                "voice" => json!({
                    "file_id": file_id, "file_unique_id": unique,
                    "duration": 1, "mime_type": "audio/ogg", "file_size": 4321,
                }),
                _ => json!({
                    "file_id": file_id, "file_unique_id": unique, "file_name": "document.bin",
                    "mime_type": "application/octet-stream", "file_size": 4321,
                }),
            };
            m.insert(field.into(), media);
            if !text.is_empty() {
                m.insert("caption".into(), json!(text));
            }
        } else {
            m.insert("text".into(), json!(text));
        }
        if let Some(inline) = reply_markup.as_ref().filter(|r| r.get("inline_keyboard").is_some()) {
            m.insert("reply_markup".into(), inline.clone());
        }
        let message = Value::Object(m);
        self.messages.insert((chat, message_id), message.clone());
        self.alive.insert((chat, message_id));
        self.rec.sent.push(Sent {
            method: canonical(lower),
            chat_id: chat,
            message_id,
            text,
            protect_content: protect,
            disable_notification: p.bool("disable_notification"),
            parse_mode: p.str("parse_mode"),
            reply_markup,
            file,
            upload,
            at: now,
            params: Value::Object(p.map.clone()),
        });
        ok(message)
    }

    fn answer_callback(&mut self, p: &Params, now: Instant) -> Answer {
        let Some(id) = p.str("callback_query_id").filter(|s| !s.is_empty()) else {
            return api_err(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            );
        };
        let text = p.str("text");
        if text.as_deref().map(utf16_len).unwrap_or(0) > 200 {
            return api_err(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        self.rec.callbacks_answered.push(CallbackAnswer {
            callback_query_id: id,
            text,
            show_alert: p.bool("show_alert"),
            at: now,
        });
        ok(json!(true))
    }

    fn edit(&mut self, lower: &str, p: &Params, now: Instant) -> Answer {
        let new_text = match lower {
            "editmessagetext" => {
                let text = p.str("text").unwrap_or_default();
                if text.trim().is_empty() {
                    return api_err(400, "Bad Request: message text is empty");
                }
                if utf16_len(&text) > 4096 {
                    return api_err(400, "Bad Request: message is too long");
                }
                Some(text)
            }
            "editmessagecaption" => Some(p.str("caption").unwrap_or_default()),
            _ => None,
        };
        let reply_markup = p.json("reply_markup");
        if let Some(markup) = &reply_markup {
            if let Err(a) = check_markup(markup) {
                return a;
            }
        }
        if let Some(inline_id) = p.str("inline_message_id") {
            self.rec.edits.push(Edit {
                method: canonical(lower),
                chat_id: None,
                message_id: None,
                inline_message_id: Some(inline_id),
                text: new_text,
                reply_markup,
                at: now,
            });
            return ok(json!(true));
        }
        let chat = match self.chat_for(p, true) {
            Ok(chat) => chat,
            Err(a) => return a,
        };
        let Some(message_id) = p.i64("message_id") else {
            return api_err(400, "Bad Request: message identifier is not specified");
        };
        if !self.alive.contains(&(chat, message_id)) {
            return api_err(400, "Bad Request: message to edit not found");
        }
        let Some(message) = self.messages.get(&(chat, message_id)) else {
            return api_err(400, "Bad Request: message can't be edited");
        };
        let mut message = message.clone();
        let text_key = if message.get("text").is_some() {
            "text"
        } else {
            "caption"
        };
        if lower == "editmessagetext" && text_key == "caption" {
            return api_err(400, "Bad Request: there is no text in the message to edit");
        }
        if lower == "editmessagecaption" && text_key == "text" {
            return api_err(400, "Bad Request: there is no caption in the message to edit");
        }
        let new_inline = reply_markup.clone().filter(|r| r.get("inline_keyboard").is_some());
        let same_text = match &new_text {
            Some(t) => message.get(text_key).and_then(Value::as_str).unwrap_or("") == t,
            None => true,
        };
        if same_text && message.get("reply_markup") == new_inline.as_ref() {
            return api_err(400, NOT_MODIFIED);
        }
        let obj = message.as_object_mut().expect("messages are objects");
        if let Some(t) = &new_text {
            obj.insert(text_key.into(), json!(t));
        }
        match &new_inline {
            Some(r) => obj.insert("reply_markup".into(), r.clone()),
            None => obj.remove("reply_markup"),
        };
        obj.insert("edit_date".into(), json!(unix_now()));
        self.messages.insert((chat, message_id), message.clone());
        self.rec.edits.push(Edit {
            method: canonical(lower),
            chat_id: Some(chat),
            message_id: Some(message_id),
            inline_message_id: None,
            text: new_text,
            reply_markup,
            at: now,
        });
        ok(message)
    }

    fn delete_message(&mut self, p: &Params) -> Answer {
        let chat = match self.chat_for(p, false) {
            Ok(chat) => chat,
            Err(a) => return a,
        };
        let Some(message_id) = p.i64("message_id") else {
            return api_err(400, "Bad Request: message identifier is not specified");
        };
        if !self.alive.remove(&(chat, message_id)) {
            return api_err(400, "Bad Request: message to delete not found");
        }
        self.rec.deleted.push((chat, message_id));
        ok(json!(true))
    }

    /// Ids that don't exist (any more) are skipped, as Telegram does.
    fn delete_messages(&mut self, p: &Params) -> Answer {
        let chat = match self.chat_for(p, false) {
            Ok(chat) => chat,
            Err(a) => return a,
        };
        let ids: Vec<i64> = match p.json("message_ids") {
            Some(Value::Array(ids)) => ids.iter().filter_map(value_i64).collect(),
            _ => Vec::new(),
        };
        if ids.is_empty() {
            return api_err(400, "Bad Request: message identifiers are not specified");
        }
        if ids.len() > 100 {
            return api_err(400, "Bad Request: too many message identifiers specified");
        }
        for id in &ids {
            if let Some(left) = self.delete_faults.get_mut(&(chat, *id)).filter(|n| **n > 0) {
                *left -= 1;
                return api_err(500, "Internal Server Error");
            }
        }
        for id in ids {
            if self.alive.remove(&(chat, id)) {
                self.rec.deleted.push((chat, id));
            }
        }
        ok(json!(true))
    }

    fn set_webhook(&mut self, p: &Params) -> Answer {
        let url = p.str("url").unwrap_or_default();
        if url.is_empty() {
            self.rec.webhook = None;
            return ok(json!(true));
        }
        let Some(rest) = url.strip_prefix("https://") else {
            return api_err(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook");
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let port = authority
            .rsplit_once(':')
            .and_then(|(_, port)| port.parse::<u16>().ok())
            .unwrap_or(443);
        if ![80, 88, 443, 8443].contains(&port) {
            return api_err(
                400,
                "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
            );
        }
        let secret_token = p.str("secret_token");
        if let Some(secret) = &secret_token {
            let valid = (1..=256).contains(&secret.len())
                && secret
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if !valid {
                return api_err(400, "Bad Request: secret token contains unallowed characters");
            }
        }
        let max_connections = p.i64("max_connections");
        if max_connections.is_some_and(|m| !(1..=100).contains(&m)) {
            return api_err(
                400,
                "Bad Request: bad webhook: max_connections must be between 1 and 100",
            );
        }
        if p.bool("drop_pending_updates") {
            self.queue.clear();
        }
        self.rec.webhook = Some(Webhook {
            url,
            secret_token,
            max_connections,
            allowed_updates: p.json("allowed_updates"),
        });
        ok(json!(true))
    }

    fn webhook_info_json(&self) -> Value {
        let mut info = json!({
            "url": "",
            "has_custom_certificate": false,
            "pending_update_count": self.queue.len(),
        });
        if let Some(w) = &self.rec.webhook {
            info["url"] = json!(w.url);
            info["max_connections"] = json!(w.max_connections.unwrap_or(40));
            info["ip_address"] = json!("149.154.167.220");
            if let Some(allowed) = &w.allowed_updates {
                info["allowed_updates"] = allowed.clone();
            }
        }
        info
    }

    fn chat_full_info(&self, chat: i64) -> Value {
        let mut info = chat_json(chat);
        info["accent_color_id"] = json!(0);
        info["max_reaction_count"] = json!(11);
        info["accepted_gift_types"] = json!({
            "unlimited_gifts": false,
            "limited_gifts": false,
            "unique_gifts": false,
            "premium_subscription": false,
        });
        if let Some(secs) = self.auto_delete.get(&chat) {
            info["message_auto_delete_time"] = json!(secs);
        }
        info
    }
}

// ===================================================================================
// HTTP
// ===================================================================================

async fn handle(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let latency = shared.lock().latency;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let now = Instant::now();
    if let Some(path) = file_path(uri.path()) {
        return download(&shared, &path, now, &conn).await;
    }
    let Some((token, method)) = parse_path(uri.path()) else {
        return reply(&api_err(404, "Not Found"));
    };
    let lower = method.to_ascii_lowercase();
    let params = match Params::parse(&uri, &headers, &body) {
        Ok(p) => p,
        Err(description) => return reply(&api_err(400, &description)),
    };
    let chat_id = params.i64("chat_id");

    let fault = {
        let mut st = shared.lock();
        if !st.rec.tokens.contains(&token) {
            st.rec.tokens.push(token);
        }
        *st.rec.calls.entry(lower.clone()).or_insert(0) += 1;
        if let Some(answer) = st.early_resend(&lower, chat_id, now) {
            record_error(&mut st, &lower, chat_id, &answer, now);
            return reply(&answer);
        }
        st.take_fault(&lower)
    };

    let answer = match fault {
        None => process(&shared, &lower, &params, now).await,
        Some(Fault::RetryAfter(secs)) => shared.lock().record_retry_after(&lower, chat_id, secs, now),
        Some(Fault::Status(code)) => api_err(code, status_description(code)),
        Some(Fault::RawBody(code, body)) => {
            let mut st = shared.lock();
            st.rec.errors.push(ErrorAnswer {
                method: canonical(&lower),
                chat_id,
                status: code,
                description: body.clone(),
                at: now,
            });
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return (status, body).into_response();
        }
        Some(Fault::Hang(delay)) => {
            let shared = shared.clone();
            let lower = lower.clone();
            let task = tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                process(&shared, &lower, &params, now).await
            });
            match task.await {
                Ok(answer) => answer,
                Err(_) => api_err(500, "Internal Server Error"),
            }
        }
        Some(Fault::Reset) => {
            record_error(
                &mut shared.lock(),
                &lower,
                chat_id,
                &api_err(0, "connection reset"),
                now,
            );
            conn.kill();
            return reply(&api_err(500, "unreachable: the connection is cut"));
        }
        Some(Fault::DropAfterAccept) => {
            let answer = process(&shared, &lower, &params, now).await;
            record_error(
                &mut shared.lock(),
                &lower,
                chat_id,
                &api_err(0, "connection dropped after accept"),
                now,
            );
            conn.kill();
            return reply(&answer);
        }
    };
    if answer.status != 200 {
        record_error(&mut shared.lock(), &lower, chat_id, &answer, now);
    }
    reply(&answer)
}

fn record_error(st: &mut ApiState, lower: &str, chat_id: Option<i64>, answer: &Answer, now: Instant) {
    st.rec.errors.push(ErrorAnswer {
        method: canonical(lower),
        chat_id,
        status: answer.status,
        description: answer
            .body
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
        at: now,
    });
}

fn status_description(code: u16) -> &'static str {
    match code {
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Internal Server Error",
    }
}

async fn process(shared: &Arc<Shared>, lower: &str, p: &Params, now: Instant) -> Answer {
    if lower == "getupdates" {
        return get_updates(shared, p, now).await;
    }
    let answer = shared.lock().dispatch(lower, p, now);
    shared.notify.notify_waiters();
    answer
}

async fn get_updates(shared: &Arc<Shared>, p: &Params, now: Instant) -> Answer {
    let offset = p.i64("offset");
    let limit = p.i64("limit").unwrap_or(100).clamp(1, 100) as usize;
    let timeout = p.i64("timeout").unwrap_or(0).clamp(0, 3600) as u64;
    let generation = {
        let mut st = shared.lock();
        if st.rec.webhook.is_some() {
            return api_err(409, WEBHOOK_ACTIVE);
        }
        st.rec.get_updates_calls.push(GetUpdatesCall {
            offset,
            limit: p.i64("limit"),
            timeout: p.i64("timeout"),
            allowed_updates: p.json("allowed_updates"),
            at: now,
        });
        match offset {
            Some(o) if o > 0 => {
                st.queue.retain(|(id, _)| *id >= o);
                st.rec.confirmed_offset = st.rec.confirmed_offset.max(o);
            }
            Some(o) if o < 0 => {
                let keep = o.unsigned_abs() as usize;
                while st.queue.len() > keep {
                    st.queue.pop_front();
                }
            }
            _ => {}
        }
        st.poll_generation += 1;
        st.poll_generation
    };
    // An older long poll still waiting is terminated, as Telegram does.
    shared.notify.notify_waiters();
    let min_id = offset.filter(|o| *o > 0).unwrap_or(i64::MIN);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.notify.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let st = shared.lock();
            if st.poll_generation != generation {
                return api_err(409, TERMINATED);
            }
            if st.rec.webhook.is_some() {
                return api_err(409, WEBHOOK_ACTIVE);
            }
            let batch: Vec<Value> = st
                .queue
                .iter()
                .filter(|(id, _)| *id >= min_id)
                .take(limit)
                .map(|(_, u)| u.clone())
                .collect();
            if !batch.is_empty() {
                return ok(Value::Array(batch));
            }
        }
        if tokio::time::Instant::now() >= deadline {
            return ok(json!([]));
        }
        tokio::select! {
            _ = &mut notified => {}
            _ = tokio::time::sleep_until(deadline) => {}
        }
    }
}

fn reply(answer: &Answer) -> Response {
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        answer.body.to_string(),
    )
        .into_response()
}

/// `/file/bot<TOKEN>/<path>` → path.
fn file_path(path: &str) -> Option<String> {
    let rest = path.strip_prefix("/file/bot")?;
    let (_token, file) = rest.split_once('/')?;
    Some(percent_decode(file))
}

/// The file download route: the bytes of a file a fake user sent. Faults scripted for
/// `"file"` apply (a `Status` answers that status; a `Hang` waits first; a `Reset` cuts
/// the connection).
async fn download(shared: &Arc<Shared>, path: &str, now: Instant, conn: &ConnHandle) -> Response {
    let (fault, file) = {
        let mut st = shared.lock();
        *st.rec.calls.entry("file".into()).or_insert(0) += 1;
        let fault = st.take_fault("file");
        let file = st.files.values().find(|f| f.path == path).cloned();
        (fault, file)
    };
    match fault {
        Some(Fault::Hang(delay)) => tokio::time::sleep(delay).await,
        Some(Fault::Reset) => {
            record_error(&mut shared.lock(), "file", None, &api_err(0, "connection reset"), now);
            conn.kill();
            return reply(&api_err(500, "unreachable: the connection is cut"));
        }
        Some(Fault::Status(code)) | Some(Fault::RawBody(code, _)) => {
            let answer = api_err(code, status_description(code));
            record_error(&mut shared.lock(), "file", None, &answer, now);
            return reply(&answer);
        }
        _ => {}
    }
    match file {
        Some(f) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/octet-stream")],
            f.bytes,
        )
            .into_response(),
        None => reply(&api_err(404, "Not Found")),
    }
}

/// `/…/bot<TOKEN>/<method>` → (token, method).
fn parse_path(path: &str) -> Option<(String, String)> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let [.., bot, method] = segments.as_slice() else {
        return None;
    };
    let token = percent_decode(bot.strip_prefix("bot")?);
    if token.is_empty() || method.is_empty() || (segments.len() > 2 && segments[segments.len() - 3] == "file") {
        return None;
    }
    Some((token, percent_decode(method)))
}

// ===================================================================================
// Request parameters
// ===================================================================================

/// Request parameters from the query string and the body (JSON object, multipart or
/// urlencoded). Multipart and urlencoded values are strings; the getters convert.
struct Params {
    map: Map<String, Value>,
    /// Uploaded file parts of a multipart body: part name → (file name, bytes).
    files: HashMap<String, (String, Vec<u8>)>,
}

impl Params {
    fn parse(uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Result<Params, String> {
        let mut map = Map::new();
        let mut files = HashMap::new();
        if let Some(query) = uri.query() {
            parse_urlencoded(query.as_bytes(), &mut map);
        }
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let ct = content_type.to_ascii_lowercase();
        if ct.starts_with("multipart/form-data") {
            let boundary = content_type
                .split(';')
                .filter_map(|p| {
                    p.trim()
                        .strip_prefix("boundary=")
                        .or_else(|| p.trim().strip_prefix("BOUNDARY="))
                })
                .next()
                .map(|b| b.trim_matches('"').to_owned())
                .ok_or("Bad Request: multipart boundary missing")?;
            parse_multipart(body, &boundary, &mut map, &mut files)?;
        } else if ct.starts_with("application/x-www-form-urlencoded") {
            parse_urlencoded(body, &mut map);
        } else if !body.iter().all(u8::is_ascii_whitespace) {
            match serde_json::from_slice::<Value>(body) {
                Ok(Value::Object(obj)) => map.extend(obj),
                _ => return Err("Bad Request: can't parse JSON object".into()),
            }
        }
        Ok(Params { map, files })
    }

    fn get(&self, key: &str) -> Option<&Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn str(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        }
    }

    fn i64(&self, key: &str) -> Option<i64> {
        value_i64(self.get(key)?)
    }

    fn bool(&self, key: &str) -> bool {
        match self.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s == "true" || s == "1",
            Some(Value::Number(n)) => n.as_i64() == Some(1),
            _ => false,
        }
    }

    /// A JSON-valued parameter (a string holding JSON, as in multipart, is parsed).
    fn json(&self, key: &str) -> Option<Value> {
        match self.get(key)? {
            Value::String(s) => serde_json::from_str(s).ok(),
            other => Some(other.clone()),
        }
    }
}

fn value_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn parse_urlencoded(input: &[u8], map: &mut Map<String, Value>) {
    let text = String::from_utf8_lossy(input);
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        map.insert(
            percent_decode(&k.replace('+', " ")),
            json!(percent_decode(&v.replace('+', " "))),
        );
    }
}

fn percent_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(hi << 4 | lo);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Text parts become string values; file parts become `{"filename":…,"size":…}` objects
/// under their part name (teloxide names upload parts by a random id that the file field
/// refers to as `attach://<id>`).
fn parse_multipart(
    body: &[u8],
    boundary: &str,
    map: &mut Map<String, Value>,
    files: &mut HashMap<String, (String, Vec<u8>)>,
) -> Result<(), String> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut pos = find(body, &delimiter, 0).ok_or("Bad Request: bad multipart body")? + delimiter.len();
    loop {
        if body[pos..].starts_with(b"--") {
            return Ok(());
        }
        // Skip the CRLF after the delimiter.
        pos = find(body, b"\r\n", pos).ok_or("Bad Request: bad multipart body")? + 2;
        let headers_end = find(body, b"\r\n\r\n", pos).ok_or("Bad Request: bad multipart part")?;
        let part_headers = String::from_utf8_lossy(&body[pos..headers_end]).into_owned();
        let content_start = headers_end + 4;
        let mut next_delim = b"\r\n".to_vec();
        next_delim.extend_from_slice(&delimiter);
        let content_end = find(body, &next_delim, content_start).ok_or("Bad Request: unterminated multipart part")?;
        let content = &body[content_start..content_end];
        let mut name = None;
        let mut filename = None;
        for line in part_headers.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            if !key.trim().eq_ignore_ascii_case("content-disposition") {
                continue;
            }
            for attr in value.split(';').map(str::trim) {
                if let Some(v) = attr.strip_prefix("name=") {
                    name = Some(v.trim_matches('"').to_owned());
                } else if let Some(v) = attr.strip_prefix("filename=") {
                    filename = Some(v.trim_matches('"').to_owned());
                }
            }
        }
        if let Some(name) = name {
            let value = match filename {
                Some(f) => {
                    files.insert(name.clone(), (f.clone(), content.to_vec()));
                    json!({"filename": f, "size": content.len()})
                }
                None => json!(String::from_utf8_lossy(content)),
            };
            map.insert(name, value);
        }
        pos = content_end + next_delim.len();
        if pos >= body.len() {
            return Ok(());
        }
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > haystack.len() || needle.is_empty() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

// ===================================================================================
// JSON shapes
// ===================================================================================

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn ceil_secs(d: Duration) -> u32 {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    secs.max(1) as u32
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME})
}

fn me_json() -> Value {
    json!({
        "id": BOT_ID,
        "is_bot": true,
        "first_name": BOT_FIRST_NAME,
        "username": BOT_USERNAME,
        "can_join_groups": false,
        "can_read_all_group_messages": false,
        "supports_inline_queries": false,
        "can_connect_to_business": false,
        "has_main_web_app": false,
    })
}

fn user_json(id: i64, language_code: Option<&str>) -> Value {
    let mut user = json!({"id": id, "is_bot": false, "first_name": USER_FIRST_NAME});
    if let Some(lang) = language_code {
        user["language_code"] = json!(lang);
    }
    user
}

/// Positive ids are private chats, ids ≤ -10^12 supergroups, other negative ids groups.
fn chat_json(chat_id: i64) -> Value {
    if chat_id > 0 {
        json!({"id": chat_id, "type": "private", "first_name": USER_FIRST_NAME})
    } else if chat_id <= -1_000_000_000_000 {
        json!({"id": chat_id, "type": "supergroup", "title": "Test supergroup"})
    } else {
        json!({"id": chat_id, "type": "group", "title": "Test group"})
    }
}

/// A `bot_command` entity for a text starting with `/`.
fn command_entities(text: &str) -> Option<Value> {
    if !text.starts_with('/') {
        return None;
    }
    let command = text.split(char::is_whitespace).next().unwrap_or(text);
    Some(json!([{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]))
}

/// callback_data of inline buttons must be 1–64 bytes.
fn check_markup(markup: &Value) -> Result<(), Answer> {
    let Some(rows) = markup.get("inline_keyboard").and_then(Value::as_array) else {
        return Ok(());
    };
    for button in rows.iter().filter_map(Value::as_array).flatten() {
        if let Some(data) = button.get("callback_data") {
            let len = data.as_str().map(str::len).unwrap_or(0);
            if !(1..=64).contains(&len) {
                return Err(api_err(400, "Bad Request: BUTTON_DATA_INVALID"));
            }
        }
    }
    Ok(())
}

// ===================================================================================
// Connections that a fault can cut
// ===================================================================================

struct KillListener(TcpListener);

impl Listener for KillListener {
    type Io = KillStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (KillStream, SocketAddr) {
        loop {
            match self.0.accept().await {
                Ok((io, addr)) => {
                    let _ = io.set_nodelay(true);
                    return (
                        KillStream {
                            io,
                            killed: Arc::new(AtomicBool::new(false)),
                            lingering: false,
                        },
                        addr,
                    );
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(5)).await,
            }
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.0.local_addr()
    }
}

/// A connection's kill switch, handed to the handler as connect info.
#[derive(Clone)]
struct ConnHandle(Arc<AtomicBool>);

impl ConnHandle {
    fn kill(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl Connected<IncomingStream<'_, KillListener>> for ConnHandle {
    fn connect_info(stream: IncomingStream<'_, KillListener>) -> Self {
        ConnHandle(stream.io().killed.clone())
    }
}

/// A TCP stream that fails every I/O once killed, and then closes with a reset (SO_LINGER
/// 0), so the client sees the connection die without an answer.
struct KillStream {
    io: TcpStream,
    killed: Arc<AtomicBool>,
    lingering: bool,
}

impl KillStream {
    fn check(&mut self) -> io::Result<()> {
        if !self.killed.load(Ordering::SeqCst) {
            return Ok(());
        }
        if !self.lingering {
            self.lingering = true;
            let _ = self.io.set_zero_linger();
        }
        Err(io::Error::new(
            io::ErrorKind::ConnectionReset,
            "killed by a Bot API double fault",
        ))
    }
}

impl AsyncRead for KillStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.io).poll_read(cx, buf)
    }
}

impl AsyncWrite for KillStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.io).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.io).poll_shutdown(cx)
    }
}
