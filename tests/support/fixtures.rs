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
    service_over(shipped(), store, helpline)
}

/// A conversation service over `store` with content `c`.
fn service_over<S: Store>(c: Content, store: Arc<S>, helpline: Helpline) -> Service<S> {
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
/// in-process, each input's replies delivered before the next input.
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
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (chat, lang, inputs) in chats {
        for input in inputs {
            n += 1;
            let inbound = text_in(&chat.to_string(), &n.to_string(), input, lang);
            service.handle(&inbound, 0).expect("a turn");
            // Delivered before the next input, as the tests send it ("not safe now" holds
            // only what is not delivered yet).
            for m in drain(store.as_ref(), "telegram") {
                if let Some(text) = shown(&m.body) {
                    out.entry(m.chat.parse().expect("a Telegram chat id"))
                        .or_default()
                        .push(text);
                }
            }
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

/// A copy of the repository's flows and locales under `dir` (`dir/flows`, `dir/locales`),
/// plus test locales made of `en`'s files with some messages replaced (`(lang, [(id,
/// one-line value)])`): a stand-in for a translation not in the repository yet. Returns
/// `dir`, usable as the `root` of a `serve_config`.
pub fn content_copy(dir: &Path, extra: &[(&str, &[(&str, &str)])]) -> PathBuf {
    let copy = |from: &Path, to: &Path, edit: &dyn Fn(String) -> String| {
        fs::create_dir_all(to).expect("create a content directory");
        for entry in fs::read_dir(from).expect("read a content directory") {
            let path = entry.expect("a directory entry").path();
            if path.is_file() {
                let text = fs::read_to_string(&path).expect("read a content file");
                fs::write(to.join(path.file_name().unwrap()), edit(text)).expect("write a content file");
            }
        }
    };
    let root = Path::new(ROOT);
    copy(&root.join("flows"), &dir.join("flows"), &|t| t);
    for entry in fs::read_dir(root.join("locales")).expect("read locales") {
        let path = entry.expect("a locale").path();
        copy(&path, &dir.join("locales").join(path.file_name().unwrap()), &|t| t);
    }
    for (lang, messages) in extra {
        let replace = |text: String| replace_messages(&text, messages);
        copy(&root.join("locales/en"), &dir.join("locales").join(lang), &replace);
    }
    dir.to_owned()
}

/// `text` (Fluent) with each message of `messages` given a new one-line value (its
/// continuation lines dropped).
fn replace_messages(text: &str, messages: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if skipping && line.starts_with([' ', '\t']) {
            continue;
        }
        skipping = false;
        let id = line.split('=').next().unwrap_or("").trim();
        match messages.iter().find(|(m, _)| !line.starts_with([' ', '#']) && *m == id) {
            Some((m, value)) => {
                out.push_str(&format!("{m} = {value}\n"));
                skipping = true;
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// A conversation service over `store` with the content under `root` (see
/// [`content_copy`]).
pub fn service_from<S: Store>(root: &Path, store: Arc<S>, helpline: Helpline) -> Service<S> {
    let paths = ContentPaths {
        flows: Some(root.join("flows")),
        locales: Some(root.join("locales")),
        ..ContentPaths::default()
    };
    let c = Content::load(&paths).expect("the copied content loads");
    service_over(c, store, helpline)
}

/// A stand-in French locale for tests (see [`content_copy`]): the language's name, the
/// greeting, the switch question and the safety question translated.
pub const FRENCH: &[(&str, &str)] = &[
    ("language-name", "Français"),
    ("welcome-hello", "Bonjour, et merci d'écrire."),
    (
        "sys-switch-ask",
        "On dirait que vous écrivez en français. Continuer en français ?",
    ),
    ("sys-switch-yes", "Oui, français"),
    ("sys-switch-no", "Non, merci"),
    ("safety-ask", "Pouvez-vous écrire en sécurité maintenant ?"),
];

/// Run `f` on the raw sled database at `path` (no wrapper, no decryption), then flush.
pub fn with_raw_db<T>(path: &Path, f: impl FnOnce(&::sled::Db) -> T) -> T {
    // sled frees its lock from a background thread just after the last handle drops.
    let mut tries = 0;
    let db = loop {
        match ::sled::open(path) {
            Ok(db) => break db,
            Err(e) if tries < 100 => {
                tries += 1;
                let _ = e;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("raw open of {}: {e}", path.display()),
        }
    };
    let out = f(&db);
    db.flush().unwrap();
    out
}
