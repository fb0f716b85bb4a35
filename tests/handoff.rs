//! The whole handoff through the real `varco serve`: a person on Telegram (the Bot API
//! double) asks for a person, the case room appears encrypted on a real Synapse, the
//! operator (a matrix-sdk client with its own store) claims it and answers, the answer
//! reaches Telegram, the person's next message reaches the room; the bot is killed with -9
//! mid-case and nothing is lost; someone off the roster is refused; nobody on duty gets the
//! honest fallback. Canaries are looked for in everything written to disk.

#![recursion_limit = "256"] // matrix-sdk's deeply nested futures

#[allow(dead_code)]
#[path = "support/operator.rs"]
mod operator;
mod support;

use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use matrix_sdk::ruma::api::client::room::create_room::v3::Request as CreateRoomRequest;
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use operator::{files_containing, raw_events, Operator};
use support::bot_api::BotApi;
use support::serve_config::{terminate, Serve};
use support::synapse::Synapse;

const BIN: &str = env!("CARGO_BIN_EXE_varco");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TOKEN: &str = "123456:TEST-token-never-logged";
const PASSPHRASE: &str = "matrix store passphrase for the test";
const WAIT: Duration = Duration::from_secs(40);
/// What the person writes once the operator is there: must never be on disk or in logs.
const CANARY: &str = "CANARY-4b1e-my-passport-was-taken";

struct Helpline {
    dir: tempfile::TempDir,
    config: std::path::PathBuf,
    bot_password: String,
}

impl Helpline {
    fn new(s: &Synapse, api: &BotApi, bot_user: &str, bot_password: &str, lobby: &RoomId, anna: &str) -> Helpline {
        let dir = tempfile::tempdir().unwrap();
        let extra = format!(
            r#"[matrix]
enabled = true
homeserver = "{hs}"
user = "{bot_user}"
store_dir = "{store}"
lobby_room = "{lobby}"
claim_timeout_minutes = 10
poll_timeout_secs = 1
[[matrix.operators]]
user = "{anna}"
languages = ["en", "it"]
"#,
            hs = s.base_url(),
            store = dir.path().join("matrix").display(),
        );
        let config = support::serve_config::write(BIN, ROOT, dir.path(), &api.api_url(), &extra);
        Helpline {
            dir,
            config,
            bot_password: bot_password.to_owned(),
        }
    }

    fn log(&self) -> std::path::PathBuf {
        self.dir.path().join("serve.log")
    }

    fn start(&self) -> Serve {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log())
            .unwrap();
        let child = Command::new(BIN)
            .args(["serve", "--config"])
            .arg(&self.config)
            .env("VARCO__TELEGRAM__TOKEN", TOKEN)
            .env("VARCO__MATRIX__PASSWORD", &self.bot_password)
            .env("VARCO__MATRIX__STORE_PASSPHRASE", PASSPHRASE)
            .env("VARCO_LOG", "varco=debug,warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        Serve(Some(child))
    }

    /// Wait until both channels have started `n` times in all (each start logs them).
    fn wait_started(&self, n: usize) {
        wait_until("serve to start both channels", || {
            let log = fs::read_to_string(self.log()).unwrap_or_default();
            log.matches("matrix channel started").count() >= n && log.matches("telegram channel started").count() >= n
        });
    }

    fn log_text(&self) -> String {
        fs::read_to_string(self.log()).unwrap_or_default()
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(done(), "timed out waiting for {what}");
}

async fn wait_async(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(done(), "timed out waiting for {what}");
}

/// Texts the person received, without Telegram's bidi isolation marks.
fn person_texts(api: &BotApi, chat: i64) -> Vec<String> {
    api.texts_to(chat)
        .into_iter()
        .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
        .collect()
}

async fn person_gets(api: &BotApi, chat: i64, needle: &str) {
    wait_async(&format!("the person to get {needle:?}"), || {
        person_texts(api, chat).iter().any(|t| t.contains(needle))
    })
    .await;
}

/// Messages the operator decrypted in `room`, from `sender`.
fn texts_in(op: &Operator, room: &RoomId, sender: &str) -> Vec<String> {
    op.received
        .lock()
        .unwrap()
        .iter()
        .filter(|(r, s, _)| r == room && s == sender)
        .map(|(_, _, b)| b.clone())
        .collect()
}

async fn operator_sees(op: &Operator, room: &RoomId, sender: &str, needle: &str) {
    wait_async(&format!("the operator to read {needle:?}"), || {
        texts_in(op, room, sender).iter().any(|t| t.contains(needle))
    })
    .await;
}

/// The first room the operator is invited to that is not in `known`.
async fn next_invite(op: &Operator, known: &[OwnedRoomId]) -> OwnedRoomId {
    let mut found = None;
    wait_async("an invite to a case room", || {
        found = op
            .client
            .invited_rooms()
            .into_iter()
            .map(|r| r.room_id().to_owned())
            .find(|r| !known.contains(r));
        found.is_some()
    })
    .await;
    found.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_to_an_encrypted_case_room_and_back_through_a_crash() {
    let s = Synapse::shared_async().await;
    let (bot_user, bot_password) = s.register_user(&Synapse::unique_name("varco"));
    let anna = Operator::start(s).await;
    let eve = Operator::start(s).await;

    // The duty lobby, made by an operator, the bot and a colleague not on the roster invited.
    let mut request = CreateRoomRequest::new();
    request.name = Some("Turno".into());
    // An encrypted lobby, as a real deployment would have.
    request.initial_state =
        vec![
            InitialStateEvent::with_empty_state_key(RoomEncryptionEventContent::with_recommended_defaults())
                .to_raw_any(),
        ];
    request.invite = vec![OwnedUserId::try_from(bot_user.as_str()).unwrap(), eve.user.clone()];
    let lobby = anna.client.create_room(request).await.unwrap().room_id().to_owned();
    eve.join_when_invited(&lobby).await;

    let api = BotApi::start();
    let helpline = Helpline::new(s, &api, &bot_user, &bot_password, &lobby, anna.user.as_str());
    let mut serve = helpline.start();
    helpline.wait_started(1);

    // The person asks for a person, in English.
    let chat = 7001;
    for text in ["/start", "1", "1", "1", "3"] {
        api.push_text_lang(chat, text, Some("en"));
    }
    person_gets(&api, chat, "case number is 1").await;

    // The lobby hears of it, the roster operator is invited, joins, and reads the case
    // and then (sent only after the join, so it can be decrypted) what was said before.
    operator_sees(&anna, &lobby, &bot_user, "Nuovo caso 1").await;
    let room = next_invite(&anna, std::slice::from_ref(&lobby)).await;
    anna.join_when_invited(&room).await;
    operator_sees(&anna, &room, &bot_user, "Caso 1").await;
    operator_sees(&anna, &room, &bot_user, "Prima del passaggio").await;
    operator_sees(&anna, &room, &bot_user, "Talk to a person").await;
    assert!(
        eve.client.invited_rooms().iter().all(|r| r.room_id() != room),
        "only roster operators are invited"
    );

    // Claim; the answer goes to Telegram; the person's reply comes back into the room.
    anna.send(&room, "!claim").await;
    person_gets(&api, chat, "a person from the helpline is here").await;
    anna.send(&room, "Hello, I am Anna from the helpline.").await;
    person_gets(&api, chat, "Hello, I am Anna from the helpline.").await;
    api.push_text_lang(chat, CANARY, Some("en"));
    operator_sees(&anna, &room, &bot_user, CANARY).await;

    // Someone off the roster is refused, in the lobby.
    eve.send(&lobby, "!duty off").await;
    operator_sees(&anna, &lobby, &bot_user, "Solo chi è nell'elenco").await;

    // kill -9 mid-case. What both sides write while the bot is down arrives afterwards.
    serve.kill9();
    api.push_text_lang(chat, "are you still there?", Some("en"));
    anna.send(&room, "Yes, I am here. Are you safe now?").await;
    let mut serve = helpline.start();
    helpline.wait_started(2);
    person_gets(&api, chat, "Yes, I am here. Are you safe now?").await;
    operator_sees(&anna, &room, &bot_user, "are you still there?").await;
    // After the restart the same device still encrypts for the operator.
    anna.send(&room, "!say safe-now").await;
    person_gets(&api, chat, "Are you in a safe place right now?").await;
    operator_sees(&anna, &room, &bot_user, "Inviato alla persona").await;

    // Every event the bot put in the case room is encrypted.
    let raw = raw_events(s, &room, &anna.token());
    let bot_events: Vec<&serde_json::Value> = raw
        .iter()
        .filter(|e| e["sender"] == bot_user.as_str() && e.get("state_key").is_none())
        .collect();
    assert!(bot_events.len() >= 6, "{} bot events", bot_events.len());
    for e in &bot_events {
        assert_eq!(e["type"], "m.room.encrypted", "{e}");
    }
    assert!(
        !raw.iter().any(|e| e.to_string().contains(CANARY)),
        "canary in clear on the server"
    );

    // Close: the person is told, the bot answers again.
    anna.send(&room, "!close information").await;
    person_gets(&api, chat, "has ended").await;
    operator_sees(&anna, &lobby, &bot_user, "chiuso: information").await;

    // Nobody on duty: the next person gets the honest answer with the phone numbers.
    anna.send(&lobby, "!duty off").await;
    operator_sees(&anna, &lobby, &bot_user, "non è più di turno").await;
    let other = 7002;
    for text in ["/start", "1", "1", "1", "3"] {
        api.push_text_lang(other, text, Some("en"));
    }
    person_gets(&api, other, "no helpline person is online").await;
    let all = person_texts(&api, other).join("\n");
    assert!(all.contains("800 290 290") && all.contains("112"), "{all}");
    operator_sees(&anna, &lobby, &bot_user, "senza nessuno di turno").await;

    terminate(std::mem::replace(&mut serve, Serve(None)));
    drop(serve);
    // Nothing the person wrote is readable on disk or in the log.
    assert!(
        files_containing(helpline.dir.path(), CANARY.as_bytes()).is_empty(),
        "canary on disk: {:?}",
        files_containing(helpline.dir.path(), CANARY.as_bytes())
    );
    assert!(!helpline.log_text().contains(CANARY), "canary in the log");
    assert!(!helpline.log_text().contains(&bot_password), "password in the log");
}
