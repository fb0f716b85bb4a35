//! The Matrix bot's client layer (`varco::channel::matrix`) against a real Synapse: login and
//! restore of one device, the sealed session, distinct startup errors, encrypted case rooms
//! (checked both decrypted by an operator's own matrix-sdk client and raw on the server),
//! refusal to send into unencrypted rooms, and a restart in the middle of a case.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::operator::{files_containing, raw_events, state, Operator, DEADLINE};
use crate::support::synapse::{enc, venv_python, Synapse};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId};
use serde_json::{json, Value};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use varco::channel::matrix::session::SessionError;
use varco::channel::matrix::{Bot, Error, MatrixEvent, Settings};
use varco::config::Secret;

mod trust;

const PASSPHRASE: &str = "correct horse battery staple";

fn settings(s: &Synapse, user: &str, password: &str, store: &Path) -> Settings {
    let mut settings = Settings::new(
        s.base_url(),
        OwnedUserId::try_from(user).expect("user id"),
        Secret::new(password),
        store,
        Secret::new(PASSPHRASE),
    );
    settings.poll_timeout = Duration::from_secs(1);
    settings
}

/// A registered bot account (no device yet) and an empty store directory.
struct BotAccount {
    user: String,
    password: String,
    store: tempfile::TempDir,
}

impl BotAccount {
    fn new(s: &Synapse) -> BotAccount {
        let (user, password) = s.register_user(&Synapse::unique_name("bot"));
        BotAccount {
            user,
            password,
            store: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn settings(&self, s: &Synapse) -> Settings {
        settings(s, &self.user, &self.password, self.store.path())
    }
}

/// A bot with its sync loop running; events arrive on `events`.
struct Running {
    bot: Bot,
    events: mpsc::Receiver<MatrixEvent>,
    stop: watch::Sender<bool>,
    task: JoinHandle<Result<(), Error>>,
}

impl Running {
    async fn start(settings: Settings) -> Running {
        // `RUST_LOG=matrix_sdk=debug,varco=debug cargo test --test matrix matrix::` shows what happens.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .with_test_writer()
            .try_init();
        let bot = Bot::connect(settings).await.expect("connect");
        let (tx, events) = mpsc::channel(64);
        let (stop, stop_rx) = watch::channel(false);
        let looping = bot.clone();
        let task = tokio::spawn(async move { looping.sync_loop(None, stop_rx, tx).await });
        Running {
            bot,
            events,
            stop,
            task,
        }
    }

    /// Signal shutdown, wait for the loop to end cleanly, and drop the bot.
    async fn shutdown(self) {
        let _ = self.stop.send(true);
        let ended = tokio::time::timeout(DEADLINE, self.task).await.expect("sync loop ends");
        ended.expect("sync task").expect("sync loop result");
    }

    /// The first event matching `pick`, skipping others, within the deadline.
    async fn wait_for<T>(&mut self, what: &str, mut pick: impl FnMut(&MatrixEvent) -> Option<T>) -> T {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.events.recv()).await {
                Ok(Some(ev)) => {
                    if let Some(t) = pick(&ev) {
                        return t;
                    }
                }
                Ok(None) => panic!("event stream ended while waiting for {what}"),
                Err(_) => panic!("no {what} within {DEADLINE:?}"),
            }
        }
    }
}

/// Access tokens Synapse holds for `user` (one per logged-in device).
fn access_tokens(s: &Synapse, user: &str) -> Vec<String> {
    let python = venv_python().expect("synapse venv");
    let db = s.data_dir().join("homeserver.db");
    let out = Command::new(python)
        .arg("-c")
        .arg("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); [print(r[0]) for r in c.execute('select token from access_tokens where user_id=?', (sys.argv[2],))]")
        .arg(&db)
        .arg(user)
        .output()
        .expect("python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(str::to_owned)
        .collect()
}

fn device_count(s: &Synapse, admin_token: &str, user: &str) -> usize {
    let v = s.call(
        "GET",
        &format!("/_synapse/admin/v2/users/{}/devices", enc(user)),
        Some(admin_token),
        None,
    );
    v["devices"].as_array().expect("devices").len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_logs_in_and_later_starts_restore_the_same_device() {
    let s = Synapse::shared_async().await;
    let admin = s.register(&Synapse::unique_name("admin"), "admin-pw", true);
    let account = BotAccount::new(s);

    let first = Bot::connect(account.settings(s)).await.expect("first connect");
    let device = first.device_id().clone();
    drop(first);
    let tokens = access_tokens(s, &account.user);
    assert_eq!(tokens.len(), 1, "one login");

    let second = Bot::connect(account.settings(s)).await.expect("second connect");
    assert_eq!(second.device_id(), &device, "same device after restart");
    drop(second);
    assert_eq!(access_tokens(s, &account.user), tokens, "no second login");
    assert_eq!(device_count(s, &admin.access_token, &account.user), 1);

    // Cross-signing was set up once: the bot's device is signed by its self-signing key.
    let keys = s.call(
        "POST",
        "/_matrix/client/v3/keys/query",
        Some(&admin.access_token),
        Some(&json!({"device_keys": {&account.user: []}})),
    );
    assert!(
        keys["master_keys"][&account.user].is_object(),
        "master key uploaded: {keys}"
    );
    let signatures = &keys["device_keys"][&account.user][device.as_str()]["signatures"][&account.user];
    assert!(
        signatures.as_object().is_some_and(|sigs| sigs.len() >= 2),
        "device signed by itself and the self-signing key: {signatures}"
    );

    // The session file is sealed: neither the token nor the user id appear in clear.
    let session = std::fs::read(account.store.path().join("session")).expect("session file");
    assert!(!session.windows(tokens[0].len()).any(|w| w == tokens[0].as_bytes()));
    assert!(!session
        .windows(account.user.len())
        .any(|w| w == account.user.as_bytes()));
    assert!(!session
        .windows(device.as_str().len())
        .any(|w| w == device.as_str().as_bytes()));
    assert_eq!(
        files_containing(account.store.path(), tokens[0].as_bytes()),
        Vec::<PathBuf>::new()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn startup_errors_are_distinct() {
    let s = Synapse::shared_async().await;
    let account = BotAccount::new(s);
    drop(Bot::connect(account.settings(s)).await.expect("first connect"));

    let mut wrong = account.settings(s);
    wrong.store_passphrase = Secret::new("not the passphrase");
    let err = Bot::connect(wrong).await.expect_err("wrong passphrase");
    assert!(matches!(err, Error::StorePassphrase(_)), "{err}");

    // An altered session file is refused (the passphrase is right: the store opened).
    let session = account.store.path().join("session");
    let good = std::fs::read(&session).expect("session file");
    let mut bad = good.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    std::fs::write(&session, &bad).expect("write");
    let err = Bot::connect(account.settings(s)).await.expect_err("altered session");
    assert!(matches!(err, Error::Session(SessionError::Unauthentic { .. })), "{err}");
    std::fs::write(&session, &good).expect("write");

    // A lost session file with the crypto store still there: a new login is a new device
    // whose keys the store does not hold. Refused with its own error.
    let tokens_before = access_tokens(s, &account.user);
    std::fs::remove_file(&session).expect("remove session");
    let err = Bot::connect(account.settings(s)).await.expect_err("session lost");
    assert!(matches!(err, Error::StoreMismatch(_)), "{err}");
    let tokens_after = access_tokens(s, &account.user);
    assert!(tokens_after.len() <= tokens_before.len() + 1, "{tokens_after:?}");
    std::fs::write(&session, &good).expect("write");

    // A port nobody listens on: closed right after the OS handed it out.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let closed = format!("http://127.0.0.1:{port}");
    let mut unreachable = account.settings(s);
    unreachable.homeserver = closed.clone();
    let err = Bot::connect(unreachable)
        .await
        .expect_err("closed port, restored session");
    assert!(
        matches!(&err, Error::Unreachable(url) if url.starts_with(&closed)),
        "{err}"
    );
    let fresh = tempfile::tempdir().expect("tempdir");
    let mut unreachable = settings(s, &account.user, &account.password, fresh.path());
    unreachable.homeserver = closed.clone();
    let err = Bot::connect(unreachable).await.expect_err("closed port, first login");
    assert!(
        matches!(&err, Error::Unreachable(url) if url.starts_with(&closed)),
        "{err}"
    );

    let fresh = tempfile::tempdir().expect("tempdir");
    let err = Bot::connect(settings(s, &account.user, "wrong password", fresh.path()))
        .await
        .expect_err("wrong password");
    assert!(matches!(err, Error::Login), "{err}");

    // Each is one line naming no secret.
    for e in [
        Error::StorePassphrase(account.store.path().to_owned()).to_string(),
        Error::Login.to_string(),
    ] {
        assert!(!e.contains('\n') && !e.contains(PASSPHRASE) && !e.contains(&account.password));
    }
}

/// A running bot, a joined operator and an encrypted case room.
struct Case {
    running: Option<Running>,
    operator: Operator,
    room: OwnedRoomId,
    account: BotAccount,
}

impl Case {
    async fn open(s: &Synapse) -> Case {
        let account = BotAccount::new(s);
        let operator = Operator::start(s).await;
        let mut bot = Running::start(account.settings(s)).await;
        let room = bot
            .bot
            .create_case_room("Case 12", std::slice::from_ref(&operator.user))
            .await
            .expect("create case room");
        operator.join_when_invited(&room).await;
        let op = operator.user.clone();
        let joined_room = room.clone();
        bot.wait_for("operator join", |ev| match ev {
            MatrixEvent::Joined { room, user } if *room == joined_room && *user == op => Some(()),
            _ => None,
        })
        .await;
        Case {
            running: Some(bot),
            operator,
            room,
            account,
        }
    }

    fn bot(&self) -> &Bot {
        &self.running.as_ref().expect("bot running").bot
    }

    fn running(&mut self) -> &mut Running {
        self.running.as_mut().expect("bot running")
    }

    /// Stop the sync loop, drop the bot (its last client handle), connect again with the
    /// same store and start syncing.
    async fn restart_bot(&mut self, s: &Synapse) {
        self.running.take().expect("bot running").shutdown().await;
        self.running = Some(Running::start(self.account.settings(s)).await);
    }

    /// The bot sends `body`; the operator decrypts it.
    async fn bot_says(&self, body: &str) {
        self.bot().send_text(&self.room, body).await.expect("bot sends");
        self.operator.wait_for_text(&self.room, &self.account.user, body).await;
    }

    /// The operator sends `body`; it reaches the bot's event stream decrypted.
    async fn operator_says(&mut self, body: &str) {
        self.operator.send(&self.room, body).await;
        let (room, op) = (self.room.clone(), self.operator.user.clone());
        let got = self
            .running()
            .wait_for("operator message", |ev| match ev {
                MatrixEvent::Message {
                    room: r, sender, body, ..
                } if *r == room && *sender == op => Some(body.clone()),
                MatrixEvent::Undecryptable { room: r, .. } if *r == room => {
                    panic!("the bot could not decrypt the operator's message")
                }
                _ => None,
            })
            .await;
        assert_eq!(got, body);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn case_room_is_encrypted_end_to_end() {
    let s = Synapse::shared_async().await;
    let mut case = Case::open(s).await;
    assert!(case
        .bot()
        .room_is_encrypted(&case.room)
        .await
        .expect("encryption state"));
    assert!(case
        .bot()
        .room_is_encrypted_now(&case.room)
        .await
        .expect("encryption state"));
    let mut members = case.bot().members(&case.room).await.expect("members");
    members.sort();
    let mut expected = vec![case.operator.user.clone(), case.bot().user_id().to_owned()];
    expected.sort();
    assert_eq!(members, expected);

    let canary_out = format!("canary-out-{}", Synapse::unique_name("x"));
    let canary_in = format!("canary-in-{}", Synapse::unique_name("x"));
    case.bot_says(&canary_out).await;
    case.operator_says(&canary_in).await;

    // Raw on the server: every message-like event of the bot is m.room.encrypted.
    let token = case.operator.token();
    let events = raw_events(s, &case.room, &token);
    let bot_messages: Vec<&Value> = events
        .iter()
        .filter(|e| e["sender"] == case.account.user.as_str() && e.get("state_key").is_none())
        .collect();
    assert!(!bot_messages.is_empty(), "the bot's message is in the room");
    for e in &bot_messages {
        assert_eq!(e["type"], "m.room.encrypted", "{e}");
    }
    let raw_text = serde_json::to_string(&events).expect("json");
    assert!(!raw_text.contains(&canary_out) && !raw_text.contains(&canary_in));

    // Room state: encryption, power levels, invite-only, not a DM.
    assert_eq!(
        state(s, &case.room, &token, "m.room.encryption")["algorithm"],
        "m.megolm.v1.aes-sha2"
    );
    let power = state(s, &case.room, &token, "m.room.power_levels");
    // Room versions 12+ make the creator more powerful than 100 and forbid listing it.
    let create = events
        .iter()
        .find(|e| e["type"] == "m.room.create")
        .expect("create event");
    assert_eq!(create["sender"], case.account.user.as_str());
    let version = create["content"]["room_version"].as_str().unwrap_or("1");
    if version.parse::<u32>().is_ok_and(|v| v >= 12) {
        assert!(power["users"].get(case.account.user.as_str()).is_none(), "{power}");
    } else {
        assert_eq!(power["users"][case.account.user.as_str()], 100, "{power}");
    }
    // Operators may talk, nothing more: inviting, removing, redacting others' events and
    // every change of state are the bot's alone.
    assert!(power["users"].get(case.operator.user.as_str()).is_none(), "{power}");
    assert_eq!(power["users_default"], 0, "{power}");
    assert_eq!(power["events_default"], 0, "{power}");
    for key in ["invite", "kick", "ban", "redact", "state_default"] {
        assert_eq!(power[key], 100, "{key}: {power}");
    }
    for kind in [
        "m.room.name",
        "m.room.join_rules",
        "m.room.history_visibility",
        "m.room.encryption",
        "m.room.power_levels",
        "m.room.avatar",
        "m.room.topic",
        "m.room.server_acl",
        "m.room.tombstone",
        "m.room.canonical_alias",
        "m.room.guest_access",
    ] {
        assert_eq!(power["events"][kind], 100, "{kind}: {power}");
    }
    // Synapse holds the operator to it.
    let (outsider, _) = s.register_user(&Synapse::unique_name("outsider"));
    let path = format!("/_matrix/client/v3/rooms/{}/invite", enc(case.room.as_str()));
    let (status, body) = s.api("POST", &path, Some(&token), Some(&json!({ "user_id": outsider })));
    assert_eq!(status, 403, "an operator invited someone: {body}");
    let path = format!(
        "/_matrix/client/v3/rooms/{}/state/m.room.join_rules/",
        enc(case.room.as_str())
    );
    let (status, body) = s.api("PUT", &path, Some(&token), Some(&json!({ "join_rule": "public" })));
    assert_eq!(status, 403, "an operator opened the room: {body}");
    assert_eq!(state(s, &case.room, &token, "m.room.join_rules")["join_rule"], "invite");
    assert_eq!(state(s, &case.room, &token, "m.room.name")["name"], "Case 12");
    let invite = events
        .iter()
        .find(|e| e["type"] == "m.room.member" && e["content"]["membership"] == "invite")
        .expect("invite event");
    assert_ne!(invite["content"]["is_direct"], true, "{invite}");

    // Nothing readable at rest: neither canary nor the access token in the bot's store.
    let store = case.account.store.path().to_owned();
    let bot_tokens = access_tokens(s, &case.account.user);
    case.running.take().expect("bot running").shutdown().await;
    for needle in [canary_out.as_str(), canary_in.as_str(), bot_tokens[0].as_str()] {
        assert_eq!(files_containing(&store, needle.as_bytes()), Vec::<PathBuf>::new());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sending_into_an_unencrypted_room_is_refused() {
    let s = Synapse::shared_async().await;
    let account = BotAccount::new(s);
    let operator = s.register(&Synapse::unique_name("operator"), "op-pw", false);
    let mut bot = Running::start(account.settings(s)).await;

    let room = s.call(
        "POST",
        "/_matrix/client/v3/createRoom",
        Some(&operator.access_token),
        Some(&json!({"preset": "private_chat", "invite": [&account.user]})),
    )["room_id"]
        .as_str()
        .expect("room_id")
        .to_owned();
    let room = OwnedRoomId::try_from(room).expect("room id");
    let (expected_room, inviter) = (room.clone(), operator.user_id.clone());
    let (from, is_direct) = bot
        .wait_for("invite", |ev| match ev {
            MatrixEvent::Invited {
                room,
                inviter,
                is_direct,
            } if *room == expected_room => Some((inviter.to_string(), *is_direct)),
            _ => None,
        })
        .await;
    assert_eq!((from, is_direct), (inviter, false));
    bot.bot.join(&room).await.expect("bot joins");

    assert!(!bot.bot.room_is_encrypted(&room).await.expect("encryption state"));
    let err = bot.bot.send_text(&room, "must not go out").await.expect_err("refused");
    assert!(matches!(&err, Error::NotEncrypted(r) if *r == room), "{err}");
    let err = bot
        .bot
        .send_notice(&room, "must not go out")
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::NotEncrypted(_)), "{err}");
    // Nor into a lobby: it carries each case's language, caller type and priority.
    let err = bot
        .bot
        .send_text_lobby(&room, "must not go out")
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::NotEncrypted(_)), "{err}");
    let sent_by_bot = raw_events(s, &room, &operator.access_token)
        .into_iter()
        .filter(|e| e["sender"] == account.user.as_str() && e.get("state_key").is_none())
        .count();
    assert_eq!(sent_by_bot, 0, "nothing was sent");

    // As the homeserver says it now, too (the start-up check of the lobby).
    assert!(!bot.bot.room_is_encrypted_now(&room).await.expect("encryption state"));
    bot.shutdown().await;
}

/// A homeserver that does not answer is "unavailable" — delivery waits for it for as long as
/// it takes instead of dropping the message after a few tries — and the error names no room.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_homeserver_that_is_down_is_unavailable_not_a_refusal() {
    let synapse = Synapse::start_async().await;
    let mut case = Case::open(&synapse).await;
    let synapse = tokio::task::spawn_blocking(move || {
        let mut synapse = synapse;
        synapse.stop();
        synapse
    })
    .await
    .expect("stop synapse");
    let err = case
        .bot()
        .send_text(&case.room, "while the homeserver is down")
        .await
        .expect_err("nobody answers");
    assert!(matches!(err, Error::Unavailable(_)), "{err}");
    let opaque = case.room.as_str()[1..]
        .split(':')
        .next()
        .expect("room localpart")
        .to_owned();
    assert!(!err.to_string().contains(&opaque), "room id in the error: {err}");

    let synapse = tokio::task::spawn_blocking(move || {
        let mut synapse = synapse;
        synapse.restart();
        synapse
    })
    .await
    .expect("restart synapse");
    case.bot_says("after the homeserver came back").await;
    case.running.take().expect("bot running").shutdown().await;
    drop(synapse);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_bot_keeps_both_directions_of_a_case() {
    let s = Synapse::shared_async().await;
    let mut case = Case::open(s).await;
    case.bot_says("before restart, from the bot").await;
    case.operator_says("before restart, from the operator").await;

    // Stop the sync loop, drop the bot, connect again with the same store.
    let device = case.bot().device_id().clone();
    case.restart_bot(s).await;
    assert_eq!(case.bot().device_id(), &device);

    case.bot_says("after restart, from the bot").await;
    case.operator_says("after restart, from the operator").await;
    case.running.take().expect("bot running").shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_between_login_and_saving_the_session_keeps_the_device() {
    let s = Synapse::shared_async().await;
    let admin = s.register(&Synapse::unique_name("admin"), "admin-pw", true);
    let account = BotAccount::new(s);
    let bot = Bot::connect(account.settings(s)).await.expect("first connect");
    let device = bot.device_id().clone();
    drop(bot);

    // What the file holds if the process died after the login request but before the
    // session was saved: only the device id chosen for that login.
    let pending = serde_json::to_vec(&json!({ "pending_device_id": device.as_str() })).expect("json");
    varco::channel::matrix::session::save(account.store.path(), PASSPHRASE, &pending).expect("save");
    let bot = Bot::connect(account.settings(s)).await.expect("connect after crash");
    assert_eq!(bot.device_id(), &device, "logged in again as the same device");
    drop(bot);
    assert_eq!(device_count(s, &admin.access_token, &account.user), 1);
    // The store's keys still belong to that device: a restart restores it.
    let bot = Bot::connect(account.settings(s)).await.expect("restart");
    assert_eq!(bot.device_id(), &device);
}
