//! What the tests' setups share: the shipped content, a conversation `Service` over a memory
//! or sled store, a person's text as an `Inbound`, outbox payloads decoded, the inputs of a
//! golden transcript, the replies the service gives to scripted inputs, waits on a
//! condition, and the files under a directory (for canaries).
//!
//! It must not start processes or doubles (`serve_config`, `bot_api` and `synapse` do), nor
//! touch the process environment or the current directory: the tests of one binary share a
//! process. Every helper panics with what it was doing rather than return a failure.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use varco::content::{Content, ContentPaths};
use varco::conversation::{Body, Helpline, Inbound, Outbound, Service};
use varco::flow::Input;
use varco::store::{MasterKey, MemoryStore, OutboxItem, SledStore, Store};

/// The `varco` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_varco");
/// The repository: flows, locales and `tests/transcripts/` are read from here.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// The golden transcripts' directory.
pub const TRANSCRIPTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/transcripts");

/// The flows, locales and directory built into the binary.
pub fn shipped() -> Content {
    Content::load(&ContentPaths::default()).expect("shipped content loads")
}

/// A conversation service over `store` with the shipped content.
pub fn service<S: Store>(store: Arc<S>, helpline: Helpline) -> Service<S> {
    let c = shipped();
    Service::new(
        Arc::new(c.flows),
        Arc::new(c.locales),
        Arc::new(c.directory),
        store,
        helpline,
    )
}

/// The encrypted sled store in `dir/store`, under a master key of 32 `key` bytes.
pub fn sled_store(dir: &Path, key: u8) -> Arc<SledStore> {
    let store = SledStore::open(&dir.join("store"), &MasterKey::from_bytes([key; 32]));
    Arc::new(store.expect("open the sled store"))
}

/// What a person types in Telegram chat `chat`, as update `update_id`, with the language
/// hint `lang`.
pub fn text_in(chat: &str, update_id: &str, text: &str, lang: &str) -> Inbound {
    Inbound {
        channel: "telegram".into(),
        chat: chat.into(),
        update_id: update_id.into(),
        input: Input::Text(text.into()),
        lang_hint: Some(lang.into()),
        message_id: None,
        attachment: None,
    }
}

/// An outbox entry's payload.
pub fn outbound(item: &OutboxItem) -> Outbound {
    serde_json::from_slice(&item.payload).expect("an outbox payload is an Outbound")
}

/// Every entry waiting in `channel`'s outbox, decoded, in order.
pub fn pending<S: Store>(store: &S, channel: &str) -> Vec<Outbound> {
    let items = store.outbox_pending(channel, usize::MAX).expect("outbox_pending");
    items.iter().map(outbound).collect()
}

/// Every entry waiting in `channel`'s outbox, decoded and marked delivered, as a channel
/// would.
pub fn drain<S: Store>(store: &S, channel: &str) -> Vec<Outbound> {
    let items = store.outbox_pending(channel, usize::MAX).expect("outbox_pending");
    for item in &items {
        store.mark_delivered(channel, item.id).expect("mark_delivered");
    }
    items.iter().map(outbound).collect()
}

/// A text as a Telegram client shows it: its buttons as numbered lines (the double's
/// `Sent::shown`). `None` for what is not a text.
pub fn shown(body: &Body) -> Option<String> {
    let Body::Text { text, choices, .. } = body else {
        return None;
    };
    let mut shown = text.clone();
    for (i, c) in choices.iter().enumerate() {
        shown.push_str(&format!("\n  {}. {c}", i + 1));
    }
    Some(shown)
}

/// The golden transcripts, sorted by name.
pub fn transcript_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(TRANSCRIPTS)
        .expect("tests/transcripts")
        .map(|e| e.expect("transcript entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// A golden transcript's inputs (its `> ` lines) as written, undecoded.
pub fn transcript_inputs(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .expect("read a transcript")
        .lines()
        .filter_map(|l| l.strip_prefix("> ").or(if l == ">" { Some("") } else { None }))
        .map(str::to_owned)
        .collect()
}

/// A transcript's input as the person types it: `<language>` is the number of the
/// transcript's language (`<flow>.<lang>.<case>.txt`) in the language menu, anything else
/// as [`decode`] reads it.
pub fn typed(path: &Path, input: &str) -> String {
    if input != "<language>" {
        return decode(input);
    }
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let lang = name.split('.').nth(1).expect("<flow>.<lang>.<case>.txt");
    let at = shipped().locales.languages().iter().position(|l| l == lang);
    (at.expect("the transcript's language is shipped") + 1).to_string()
}

/// A transcript's input line as typed: `\u{XXXX}` stands for that character (for control
/// characters) and `<repeat N TEXT>` for TEXT repeated N times (for over-long messages).
pub fn decode(input: &str) -> String {
    if let Some(rest) = input.strip_prefix("<repeat ").and_then(|r| r.strip_suffix('>')) {
        if let Some((n, text)) = rest.split_once(' ') {
            return text.repeat(n.parse().expect("repeat count"));
        }
    }
    let mut out = String::new();
    let mut rest = input;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('}').expect("closing brace of \\u{...}");
        let c = u32::from_str_radix(&after[..end], 16)
            .ok()
            .and_then(char::from_u32)
            .expect("valid \\u{...}");
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// What the conversation service says to `inputs` in English, per chat, computed
/// in-process: the expected replies, independent of delivery.
pub fn expected_replies(chats: &[(i64, Vec<&str>)]) -> HashMap<i64, Vec<String>> {
    let chats: Vec<(i64, &str, Vec<String>)> = chats
        .iter()
        .map(|(c, i)| (*c, "en", i.iter().map(|s| s.to_string()).collect()))
        .collect();
    expected_replies_in(&chats)
}

/// The same, per chat in its own language. `serve` in the Telegram tests runs without an
/// operator channel, so the service here does too.
pub fn expected_replies_in(chats: &[(i64, &str, Vec<String>)]) -> HashMap<i64, Vec<String>> {
    let store = Arc::new(MemoryStore::new());
    let helpline = Helpline {
        operators_reachable: false,
        ..Helpline::default()
    };
    let service = service(store.clone(), helpline);
    let mut n = 0;
    for (chat, lang, inputs) in chats {
        for input in inputs {
            n += 1;
            let inbound = text_in(&chat.to_string(), &n.to_string(), input, lang);
            service.handle(&inbound, 0).expect("a turn");
        }
    }
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for m in pending(store.as_ref(), "telegram") {
        if let Some(text) = shown(&m.body) {
            out.entry(m.chat.parse().expect("a Telegram chat id"))
                .or_default()
                .push(text);
        }
    }
    out
}

/// How often the waits below look at their condition.
const POLL: Duration = Duration::from_millis(25);

/// Whether `done` holds within `timeout`, looking every 25 ms.
pub fn wait_for(timeout: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if done() {
            return true;
        }
        std::thread::sleep(POLL);
    }
    done()
}

/// Wait until `done` holds; fail the test naming `what` after `timeout`.
pub fn wait_until(what: &str, timeout: Duration, done: impl FnMut() -> bool) {
    assert!(wait_for(timeout, done), "timed out waiting for {what}");
}

/// [`wait_until`] for async tests: sleeps on the runtime, not the thread.
pub async fn wait_until_async(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if done() {
            return;
        }
        tokio::time::sleep(POLL).await;
    }
    assert!(done(), "timed out waiting for {what}");
}

/// Every file under `dir`, at any depth.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A loopback port free right now (for a listener the test starts next).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
        .port()
}
