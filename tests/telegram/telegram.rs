//! The Telegram channel end to end: the real `varco serve` binary against the Bot API
//! double on loopback. Every flow path, faults (429, 5xx, resets, hangs, dropped answers),
//! the quick exit, the webhook's secret, and a kill -9 crash loop. These tests cover
//! process crashes (the page cache survives kill -9), not power loss.

use std::fs;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::bot_api::{BotApi, Fault, Sent};
use crate::support::fixtures::{
    expected_replies, expected_replies_in, files_under, transcript_files, transcript_inputs, typed, wait_for,
    wait_until, BIN, ROOT,
};
use crate::support::serve_config::{terminate, Serve};
use varco::store::{MasterKey, SledStore, Store};

pub(crate) const TOKEN: &str = "123456:TEST-token-never-logged";

/// A `varco serve` under test, with its own store, key and config.
pub(crate) struct Env {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) config: PathBuf,
}

impl Env {
    pub(crate) fn new(api: &BotApi, extra: &str) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let config = crate::support::serve_config::write(BIN, ROOT, dir.path(), &api.api_url(), extra);
        Env { dir, config }
    }

    pub(crate) fn log(&self) -> PathBuf {
        self.dir.path().join("serve.log")
    }

    pub(crate) fn start(&self) -> Serve {
        self.start_with_env(&[])
    }

    pub(crate) fn start_with_env(&self, env: &[(&str, &str)]) -> Serve {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log())
            .unwrap();
        Command::new(BIN)
            .args(["serve", "--config"])
            .arg(&self.config)
            .env("VARCO__TELEGRAM__TOKEN", TOKEN)
            .env("VARCO_LOG", "varco=debug,warn")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .map(|c| Serve(Some(c)))
            .unwrap()
    }

    /// Wait until `serve` has started its channel `n` times in all (it logs each start).
    fn wait_started(&self, n: usize) {
        wait_until("serve to start", Duration::from_secs(20), || self.starts() >= n);
    }

    /// How many times `serve` has started its channel (it logs each start).
    fn starts(&self) -> usize {
        fs::read_to_string(self.log())
            .unwrap_or_default()
            .matches("telegram channel started")
            .count()
    }

    /// Start `serve` again (after a crash) and wait until its channel has started.
    pub(crate) fn restart(&self) -> Serve {
        let before = self.starts();
        let child = self.start();
        self.wait_started(before + 1);
        child
    }

    /// The store, once no `serve` runs.
    pub(crate) fn open_store(&self) -> SledStore {
        let key = MasterKey::load(&self.dir.path().join("store.key")).unwrap();
        SledStore::open(&self.dir.path().join("data"), &key).unwrap()
    }
}

/// Every golden transcript's path replayed through `varco serve` and Telegram, in both
/// languages: the person sees exactly what the conversation service says to those inputs,
/// buttons included, with `protect_content`. (The terminal transcripts themselves are
/// checked by tests/offline/transcripts.rs; here there is no operator channel, so a request for a
/// person gets the honest fallback instead of a case.)
#[test]
fn every_flow_path_through_serve() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    let files = transcript_files();
    let mut cases: Vec<(i64, String, String)> = Vec::new();
    let mut scripts: Vec<(i64, &str, Vec<String>)> = Vec::new();
    for (n, path) in files.iter().enumerate() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let file = path.file_name().and_then(|f| f.to_str());
        let lang = file
            .and_then(|f| f.split('.').nth(1))
            .expect("<flow>.<lang>.<case>.txt");
        let chat = 1000 + n as i64;
        let mut inputs = vec!["/start".to_owned()];
        inputs.extend(transcript_inputs(path).iter().map(|i| typed(path, i)));
        cases.push((chat, name, lang.to_owned()));
        scripts.push((chat, lang, inputs));
    }
    let actual = |chat: i64| -> Vec<String> { api.sent_to(chat).iter().map(Sent::shown).collect() };
    // A quick exit drops what is still queued for its chat, so a person who exits has read
    // what came before: each path's next input goes once the replies to the ones before it
    // have arrived (all paths at once, one input each round).
    let rounds = scripts.iter().map(|(_, _, inputs)| inputs.len()).max().unwrap_or(0);
    for round in 0..rounds {
        let so_far: Vec<(i64, &str, Vec<String>)> = scripts
            .iter()
            .map(|(chat, lang, inputs)| (*chat, *lang, inputs[..round.min(inputs.len())].to_vec()))
            .collect();
        let before = expected_replies_in(&so_far);
        wait_until("the replies to the inputs so far", Duration::from_secs(60), || {
            cases
                .iter()
                .all(|(chat, _, _)| actual(*chat).len() >= before.get(chat).map_or(0, Vec::len))
        });
        for (chat, lang, inputs) in &scripts {
            if let Some(input) = inputs.get(round) {
                api.push_text_lang(*chat, input, Some(lang));
            }
        }
    }
    let expected = expected_replies_in(&scripts);
    wait_until("every path's replies", Duration::from_secs(60), || {
        cases
            .iter()
            .all(|(chat, _, _)| actual(*chat).len() >= expected[chat].len())
    });
    for (chat, name, _) in &cases {
        let got = actual(*chat);
        let want = &expected[chat];
        if &got != want {
            let at = got
                .iter()
                .zip(want.iter())
                .position(|(a, b)| a != b)
                .unwrap_or(got.len().min(want.len()));
            panic!(
                "{name} differs through telegram at message {at}:\n--- telegram:\n{:?}\n--- service:\n{:?}",
                got.get(at),
                want.get(at)
            );
        }
        assert!(
            api.sent_to(*chat).iter().all(|s| s.protect_content),
            "{name}: protect_content on every send"
        );
    }
    // A request for a person was answered honestly, never with a promise.
    let all: String = cases
        .iter()
        .flat_map(|(c, _, _)| actual(*c))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("nobody can answer in this chat") && all.contains("nessuno può rispondere"));
    assert!(!all.contains("I am asking a person") && !all.contains("Sto chiedendo a una persona"));
    terminate(child);
    let log = fs::read_to_string(env.log()).unwrap();
    assert!(!log.contains(TOKEN), "bot token in the logs");
}

/// Consecutive repeats removed, and how many there were. The scripts below never make
/// the bot say the same message twice in a row, so a repeat is a delivery duplicate.
fn without_repeats(v: &[String]) -> (Vec<String>, usize) {
    let mut out: Vec<String> = Vec::new();
    let mut repeats = 0;
    for s in v {
        if out.last() == Some(s) {
            repeats += 1;
        } else {
            out.push(s.clone());
        }
    }
    (out, repeats)
}

/// Scripts whose replies never repeat the same message twice in a row, so a repeat seen
/// at the double can only be a delivery duplicate.
const SCRIPT: [&str; 8] = ["/start", "1", "1", "1", "1", "3", "4", "/help"];

#[test]
fn faults_lose_nothing_keep_order_and_respect_retry_after() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let chats: Vec<(i64, Vec<&str>)> = (0..8).map(|i| (2000 + i, SCRIPT.to_vec())).collect();
    let expected = expected_replies(&chats);
    // Faults on sends, interleaved with successes, and on getUpdates.
    api.fault("sendMessage", Fault::RetryAfter(2));
    api.fault_n("sendMessage", Fault::Status(500), 2);
    api.fault("sendMessage", Fault::Status(502));
    api.fault("sendMessage", Fault::Reset);
    api.fault("sendMessage", Fault::RawBody(502, "<html>bad gateway</html>".into()));
    api.fault_n("sendMessage", Fault::DropAfterAccept, 2);
    api.fault("sendMessage", Fault::Hang(Duration::from_millis(1500)));
    api.fault("getUpdates", Fault::Status(500));
    api.fault("getUpdates", Fault::Reset);
    let child = env.start();
    for (chat, inputs) in &chats {
        for input in inputs {
            api.push_text_lang(*chat, input, Some("en"));
        }
    }
    let done = || {
        chats.iter().all(|(chat, _)| {
            let got: Vec<String> = api.sent_to(*chat).iter().map(Sent::shown).collect();
            without_repeats(&got).0.len() >= expected[chat].len()
        })
    };
    if !wait_for(Duration::from_secs(90), done) {
        for (chat, _) in &chats {
            let got: Vec<String> = api.sent_to(*chat).iter().map(Sent::shown).collect();
            eprintln!("chat {chat}: got {} expected {}", got.len(), expected[chat].len());
        }
        eprintln!(
            "{}",
            fs::read_to_string(env.log())
                .unwrap_or_default()
                .lines()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .join("\n")
        );
        panic!("timed out waiting for all replies despite faults");
    }
    let mut duplicates = 0;
    for (chat, _) in &chats {
        let got: Vec<String> = api.sent_to(*chat).iter().map(Sent::shown).collect();
        let (got, repeats) = without_repeats(&got);
        duplicates += repeats;
        assert_eq!(&got, &expected[chat], "chat {chat}: lost, extra or reordered replies");
    }
    assert_eq!(
        api.early_resends(),
        0,
        "a chat was sent to before its retry_after elapsed"
    );
    assert!(
        duplicates <= 2,
        "{duplicates} duplicates; only the 2 dropped answers may repeat"
    );
    assert_eq!(api.pending_faults(), 0, "every scripted fault was hit");
    terminate(child);
}

#[test]
fn a_blocked_chat_ends_its_queue_and_others_go_on() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    api.block_chat(3001);
    let child = env.start();
    for input in SCRIPT {
        api.push_text_lang(3001, input, Some("en"));
        api.push_text_lang(3002, input, Some("en"));
    }
    let expected = expected_replies(&[(3002, SCRIPT.to_vec())]);
    wait_until("the open chat's replies", Duration::from_secs(30), || {
        api.sent_to(3002).len() >= expected[&3002].len()
    });
    // The blocked chat was tried, then given up: no endless retries.
    let tries_before = api.snapshot().errors.iter().filter(|e| e.chat_id == Some(3001)).count();
    // Time passing, not a wait: a retry, if there were one, would come within 2 s.
    std::thread::sleep(Duration::from_secs(2));
    let tries_after = api.snapshot().errors.iter().filter(|e| e.chat_id == Some(3001)).count();
    assert!(tries_before >= 1);
    assert_eq!(tries_before, tries_after, "a blocked chat is not retried");
    terminate(child);
}

#[test]
fn quick_exit_deletes_every_tracked_message_and_forgets_the_chat() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    let chat = 4001;
    for input in ["/start", "1", "1", "1", "2", "Torino"] {
        api.push_text_lang(chat, input, Some("en"));
    }
    wait_until("the referral list", Duration::from_secs(20), || {
        api.sent_to(chat).iter().any(|s| s.text.contains("Gruppo Abele"))
    });
    let sent_before: Vec<i64> = api.sent_to(chat).iter().map(|s| s.message_id).collect();
    api.push_text_lang(chat, "/exit", Some("en"));
    wait_until("the deletions", Duration::from_secs(20), || {
        api.deleted().iter().filter(|(c, _)| *c == chat).count() >= sent_before.len() + 7
    });
    let deleted: Vec<i64> = api
        .deleted()
        .iter()
        .filter(|(c, _)| *c == chat)
        .map(|(_, m)| *m)
        .collect();
    for id in sent_before {
        assert!(deleted.contains(&id), "sent message {id} not deleted");
    }
    for id in api.incoming_ids(chat) {
        assert!(deleted.contains(&id), "incoming message {id} not deleted");
    }
    wait_until("the neutral last line", Duration::from_secs(10), || {
        api.sent_to(chat).last().is_some_and(|s| s.text == "Ok.")
    });
    terminate(child);
    let store = env.open_store();
    let conv = store.conv_id("telegram", &chat.to_string());
    assert!(store.load_state(conv).unwrap().is_none(), "no state left for the chat");
    // Nothing the person wrote is readable anywhere in the store.
    for entry in files_under(&env.dir.path().join("data")) {
        let bytes = fs::read(&entry).unwrap();
        assert!(
            !bytes.windows(6).any(|w| w == b"Torino"),
            "plaintext in {}",
            entry.display()
        );
    }
}

#[test]
fn groups_are_left_and_odd_updates_do_not_stop_the_bot() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    api.push_group_text(-500, 77, "hello bot");
    api.push_raw(serde_json::json!({"poll": {"id": "p", "question": "?", "options": []}, "some_future_field": 1}));
    api.push_sticker(5001);
    api.push_photo(5001);
    let (_, msg_id) = api.push_text_ids(5001, "/start");
    api.push_edited_text(5001, msg_id, "/start edited");
    api.push_text_lang(5001, "1", Some("en"));
    wait_until("answers after odd updates", Duration::from_secs(20), || {
        api.sent_to(5001)
            .iter()
            .any(|s| s.text.contains("Can you write safely"))
    });
    wait_until("leaving the group", Duration::from_secs(10), || {
        api.left_chats().contains(&-500)
    });
    let texts = api.texts_to(5001).join("\n");
    assert!(
        texts.contains("only read written messages") || texts.contains("solo messaggi scritti"),
        "{texts}"
    );
    assert!(
        texts.contains("only new messages") || texts.contains("solo i messaggi nuovi"),
        "{texts}"
    );
    terminate(child);
}

/// kill -9 at random moments while 500 updates from 50 chats flow: afterwards every
/// update was stepped exactly once (the replies are exactly the expected ones) and every
/// reply was delivered; repeats only from the send-before-mark window: per crash at most
/// the sends in flight (at most `delivery::SLOTS` messages), at most one message per chat. `VARCO_CRASH_CYCLES` sets the number of kills (default 50; the soak script uses
/// 1,000).
#[test]
fn crash_loop_loses_nothing() {
    let cycles: usize = std::env::var("VARCO_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let script = ["/start", "1", "1", "1", "1", "3", "4", "/help", "2", "Torino"];
    // 500 updates from 50 chats for 50 kills; more chats for longer soaks.
    let n_chats = (cycles as i64).max(50);
    let chats: Vec<(i64, Vec<&str>)> = (0..n_chats).map(|i| (6000 + i, script.to_vec())).collect();
    let expected = expected_replies(&chats);
    // Feed the updates over time while the process is killed and restarted.
    let feeder = {
        let chats = chats.clone();
        let api_url = api.api_url();
        let _ = api_url;
        let updates: Vec<(i64, String)> = (0..script.len())
            .flat_map(|step| chats.iter().map(move |(c, s)| (*c, s[step].to_string())))
            .collect();
        updates
    };
    let mut rng: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut fed = 0;
    let mut kills = 0;
    while kills < cycles {
        let mut child = env.start();
        // Push a few updates, let the process run a random while (the sleep is the point:
        // kills at random moments), then kill -9.
        let batch = (next() % 20) as usize;
        for (chat, text) in feeder.iter().skip(fed).take(batch) {
            api.push_text_lang(*chat, text, Some("en"));
        }
        fed = (fed + batch).min(feeder.len());
        std::thread::sleep(Duration::from_millis(20 + next() % 230));
        child.kill9();
        kills += 1;
    }
    for (chat, text) in feeder.iter().skip(fed) {
        api.push_text_lang(*chat, text, Some("en"));
    }
    let child = env.restart();
    let total: usize = expected.values().map(Vec::len).sum();
    wait_until("every reply after the crashes", Duration::from_secs(120), || {
        let snap = api.snapshot();
        chats
            .iter()
            .map(|(c, _)| {
                without_repeats(&snap.sent_to(*c).iter().map(Sent::shown).collect::<Vec<_>>())
                    .0
                    .len()
            })
            .sum::<usize>()
            >= total
    });
    terminate(child);
    let mut duplicates = 0;
    for (chat, _) in &chats {
        let got: Vec<String> = api.sent_to(*chat).iter().map(Sent::shown).collect();
        let (got, repeats) = without_repeats(&got);
        duplicates += repeats;
        assert_eq!(
            &got, &expected[chat],
            "chat {chat}: a reply was lost, stepped twice or reordered"
        );
        assert!(repeats <= kills, "chat {chat}: {repeats} repeats for {kills} crashes");
    }
    assert_eq!(api.pending_updates(), 0, "every update confirmed");
    eprintln!("crash loop: {kills} kill -9, {total} replies, {duplicates} duplicates (send-before-mark window)");
    let slots = varco::channel::telegram::delivery::SLOTS;
    assert!(
        duplicates <= kills * slots,
        "{duplicates} duplicates for {kills} crashes (at most {slots} per crash)"
    );
}

#[test]
fn webhook_refuses_a_missing_or_wrong_secret_and_stores_the_right_one() {
    let api = BotApi::start();
    let port = crate::support::fixtures::free_port();
    let extra = format!(
        "mode = \"webhook\"\n[telegram.webhook]\nlisten = \"127.0.0.1:{port}\"\npublic_url = \"https://bot.example.org/tg/hook\"\nmax_body_bytes = 65536\n"
    );
    let env = Env::new(&api, &extra);
    let secret = "s3cret_token-XYZ";
    let child = env.start_with_env(&[("VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN", secret)]);
    wait_until("setWebhook", Duration::from_secs(10), || api.webhook().is_some());
    let (url, given) = api.webhook().unwrap();
    assert_eq!(url, "https://bot.example.org/tg/hook");
    assert_eq!(given.as_deref(), Some(secret));
    let update = |id: i64, text: &str| {
        serde_json::json!({"update_id": id, "message": {"message_id": id, "date": 1_790_000_000,
            "chat": {"id": 7001, "type": "private", "first_name": "A"},
            "from": {"id": 7001, "is_bot": false, "first_name": "A", "language_code": "en"}, "text": text}})
        .to_string()
    };
    wait_until("the webhook listener", Duration::from_secs(10), || {
        post(port, "/tg/hook", None, "{}").is_some()
    });
    assert_eq!(post(port, "/tg/hook", None, &update(1, "/start")), Some(401));
    assert_eq!(post(port, "/tg/hook", Some("wrong"), &update(2, "/start")), Some(401));
    assert_eq!(post(port, "/tg/hook", Some(secret), &"x".repeat(70_000)), Some(413));
    // Time passing, not a wait: an answer to a refused update would have been sent by now.
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        api.sent_to(7001).is_empty(),
        "nothing stored or answered without the secret"
    );
    assert_eq!(post(port, "/tg/hook", Some(secret), &update(3, "/start")), Some(200));
    // Telegram delivers again: de-duplicated, answered once.
    assert_eq!(post(port, "/tg/hook", Some(secret), &update(3, "/start")), Some(200));
    wait_until("the reply", Duration::from_secs(10), || !api.sent_to(7001).is_empty());
    // Time passing, not a wait: a second greeting, if the repeat were answered, would
    // have been sent by now.
    std::thread::sleep(Duration::from_millis(300));
    let greetings = api
        .texts_to(7001)
        .iter()
        .filter(|t| t.contains("Which language"))
        .count();
    assert_eq!(greetings, 1);
    terminate(child);
    let log = fs::read_to_string(env.log()).unwrap();
    assert!(!log.contains(secret) && !log.contains(TOKEN), "a secret in the logs");
}

/// A bare HTTP/1.1 POST; the status code, or None when nothing listens.
pub(crate) fn post(port: u16, path: &str, secret: Option<&str>, body: &str) -> Option<u16> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let header = secret
        .map(|v| format!("X-Telegram-Bot-Api-Secret-Token: {v}\r\n"))
        .unwrap_or_default();
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n{header}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    resp.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_flooding_chat_gets_one_polite_answer_and_others_are_unaffected() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    // The Env default turns the limit off; this test sets it.
    let config = fs::read_to_string(&env.config)
        .unwrap()
        .replace("flood_per_minute = 0", "flood_per_minute = 5");
    fs::write(&env.config, config).unwrap();
    let child = env.start();
    for i in 0..12 {
        api.push_text_lang(8001, &format!("message {i}"), Some("en"));
    }
    api.push_text_lang(8002, "/start", Some("en"));
    wait_until("the polite answer", Duration::from_secs(20), || {
        api.texts_to(8001).iter().any(|t| t.contains("faster than I can read"))
    });
    wait_until("the other chat's greeting", Duration::from_secs(20), || {
        !api.sent_to(8002).is_empty()
    });
    wait_until(
        "flooded updates to be confirmed, not redelivered forever",
        Duration::from_secs(20),
        || api.pending_updates() == 0,
    );
    // Time passing, not a wait: every update is handled; a second polite answer, if
    // there were one, would have been sent by now.
    std::thread::sleep(Duration::from_millis(500));
    let texts = api.texts_to(8001);
    assert_eq!(
        texts.iter().filter(|t| t.contains("faster than I can read")).count(),
        1,
        "one polite answer"
    );
    terminate(child);
}
