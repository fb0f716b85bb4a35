//! Who may be in the rooms, through the real `varco serve` (issue 10, item 4): someone off
//! the roster who gets into a case room is removed at once and the room told, and one only
//! invited is removed before the bot says anything more there; an operator
//! taken off the roster is removed from the case rooms at the next start and their case
//! goes back to the queue; a lobby that is not encrypted, or that the bot is not in, stops
//! start-up with one line; a case room holding someone the bot cannot remove waits and
//! the lobby is told. (The case room's power levels are checked on the client layer,
//! `matrix::case_room_is_encrypted_end_to_end`.)

use std::fs;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::handoff::{
    next_invite, operator_sees, person_gets, person_texts, wait_async, Helpline, Scene, PASSPHRASE, TOKEN,
};
use crate::operator::{encrypted_room, Operator};
use crate::support::bot_api::BotApi;
use crate::support::fixtures::BIN;
use crate::support::serve_config::{terminate, Serve};
use crate::support::synapse::{enc, Synapse};
use matrix_sdk::ruma::api::client::room::create_room::v3::Request as CreateRoomRequest;
use matrix_sdk::ruma::{OwnedUserId, RoomId};
use serde_json::json;

/// `user`'s membership of `room` (`join`, `leave`, …), as `token`'s user reads it.
pub(crate) fn membership(s: &Synapse, room: &RoomId, user: &str, token: &str) -> String {
    let path = format!(
        "/_matrix/client/v3/rooms/{}/state/m.room.member/{}",
        enc(room.as_str()),
        enc(user)
    );
    let (_, member) = s.api("GET", &path, Some(token), None);
    member["membership"].as_str().unwrap_or_default().to_owned()
}

/// The bot's account, logged in afresh (as whoever holds its password, or a homeserver
/// admin, could), invites `user` into `room`: only the bot may invite into a case room.
fn invite_as_the_bot(s: &Synapse, scene: &Scene, room: &RoomId, user: &str) {
    let intruder = s.login(&scene.bot_user, &scene.bot_password);
    let path = format!("/_matrix/client/v3/rooms/{}/invite", enc(room.as_str()));
    s.call(
        "POST",
        &path,
        Some(&intruder.access_token),
        Some(&json!({ "user_id": user })),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_off_the_roster_who_joins_a_case_room_is_removed_and_the_room_told() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let (anna, eve, bot) = (&scene.anna, &scene.eve, scene.bot_user.as_str());
    let room = scene.claimed_case(7401, 1).await;

    // Only the bot may invite now; its account does it here (as whoever holds its password,
    // or a homeserver admin, could) to let Eve, who is not on the roster, in.
    invite_as_the_bot(s, &scene, &room, eve.user.as_str());
    eve.join_when_invited(&room).await;
    wait_async("Eve to be removed from the case room", || {
        membership(s, &room, eve.user.as_str(), &anna.token()) == "leave"
    })
    .await;
    operator_sees(anna, &room, bot, &format!("{} non è nell'elenco", eve.user)).await;
    assert_eq!(membership(s, &room, anna.user.as_str(), &anna.token()), "join");
    terminate(scene.serve);
}

/// `op` claims the case in `room` that someone else had: the person hears a second time
/// that a person is here, and then `name`'s words.
async fn claims_again(op: &Operator, room: &RoomId, api: &BotApi, chat: i64, name: &str) {
    op.send(room, "!claim").await;
    wait_async("the person to hear a second operator is here", || {
        person_texts(api, chat)
            .iter()
            .filter(|t| t.contains("a person is here for you now"))
            .count()
            >= 2
    })
    .await;
    let words = format!("{name} here, I have your case now.");
    op.send(room, &words).await;
    person_gets(api, chat, &words).await;
}

/// A person on Telegram (`chat`) asks for a person; Bruno joins case 1's room and claims
/// it, then Anna joins it too. The case room.
async fn bruno_claims_with_anna_in_the_room(scene: &Scene, chat: i64) -> matrix_sdk::ruma::OwnedRoomId {
    let (api, bot, lobby) = (&scene.api, scene.bot_user.as_str(), &scene.lobby);
    let bruno = scene.bruno.as_ref().expect("bruno");
    for text in ["/start", "1", "1", "1", "3"] {
        api.push_text_lang(chat, text, Some("en"));
    }
    person_gets(api, chat, "reference number is 1").await;
    let room = next_invite(bruno, std::slice::from_ref(lobby)).await;
    bruno.join_when_invited(&room).await;
    operator_sees(bruno, &room, bot, "Prima del passaggio").await;
    bruno.send(&room, "!claim").await;
    person_gets(api, chat, "a person is here for you now").await;
    scene.anna.join_when_invited(&room).await;
    room
}

/// Someone off the roster who is only invited to a case room (not joined, so no join to
/// answer) is removed before the bot says anything more there: matrix-sdk would share the
/// next message's room key with an invited member whose device is cross-signed, as Eve's is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_off_the_roster_invited_to_a_case_room_is_removed_before_the_next_message() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let (api, anna, eve, bot) = (&scene.api, &scene.anna, &scene.eve, scene.bot_user.as_str());
    let chat = 7451;
    let room = scene.claimed_case(chat, 1).await;

    // The bot's account invites Eve (whoever holds its password could).
    invite_as_the_bot(s, &scene, &room, eve.user.as_str());
    // Anna writes after the invite: when the bot answers her, its view of the room holds
    // the invite. By then Eve must be gone.
    anna.send(&room, "!note checking the room").await;
    operator_sees(anna, &room, bot, "Nota tenuta").await;
    assert_eq!(
        membership(s, &room, eve.user.as_str(), &anna.token()),
        "leave",
        "the bot spoke in the case room while someone off the roster was invited"
    );

    // The person's next message: Anna reads it; Eve cannot get in to read it.
    let canary = "CANARY-invited-outsider";
    api.push_text_lang(chat, canary, Some("en"));
    operator_sees(anna, &room, bot, canary).await;
    let (status, _) = s.api(
        "POST",
        &format!("/_matrix/client/v3/join/{}", enc(room.as_str())),
        Some(&eve.token()),
        Some(&json!({})),
    );
    assert_eq!(status, 403, "Eve joined the case room");
    assert!(
        !eve.received.lock().unwrap().iter().any(|(_, _, b)| b.contains(canary)),
        "Eve decrypted the case message"
    );
    terminate(scene.serve);
}

/// Someone given power in a case room outside Varco (here by the bot's own account, as
/// whoever holds its password could; a homeserver admin's `make_room_admin` does the same)
/// cannot be removed by the bot. Nothing is said in the room while they are invited, the
/// lobby is told after a bounded number of tries, and once they are gone what was held
/// meanwhile (the answer to an operator, the person's message) arrives. Only in room
/// versions before 12: from 12 on the bot, as the room's creator, outranks everyone, so
/// this homeserver defaults to version 10.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_room_holding_someone_the_bot_cannot_remove_is_reported_in_the_lobby() {
    let synapse = tokio::task::spawn_blocking(|| Synapse::start_with(json!({ "default_room_version": "10" })))
        .await
        .unwrap();
    let s = &synapse;
    let scene = Scene::start(s).await;
    let (api, anna, eve, bot) = (&scene.api, &scene.anna, &scene.eve, scene.bot_user.as_str());
    let chat = 7481;
    let room = scene.claimed_case(chat, 1).await;

    let intruder = s.login(&scene.bot_user, &scene.bot_password);
    let levels_path = format!(
        "/_matrix/client/v3/rooms/{}/state/m.room.power_levels/",
        enc(room.as_str())
    );
    let mut levels = s.call("GET", &levels_path, Some(&intruder.access_token), None);
    assert_eq!(
        levels["users"][bot], 100,
        "the bot is listed at 100 in a room version before 12: {levels}"
    );
    levels["users"][eve.user.as_str()] = json!(100);
    s.call("PUT", &levels_path, Some(&intruder.access_token), Some(&levels));
    invite_as_the_bot(s, &scene, &room, eve.user.as_str());
    // Anna writes after the invite, so the bot's view of the room holds the invite when it
    // answers her: that answer is the first thing held.
    anna.send(&room, "!note checking the room").await;
    operator_sees(anna, &scene.lobby, bot, "Caso 1: nella sua stanza c'è qualcuno").await;
    assert_eq!(membership(s, &room, eve.user.as_str(), &anna.token()), "invite");
    let said = |needle: &str| {
        anna.received
            .lock()
            .unwrap()
            .iter()
            .any(|(r, _, b)| r == &room && b.contains(needle))
    };
    assert!(
        !said("Nota tenuta"),
        "the bot spoke in the case room while an outsider was invited"
    );
    let canary = "CANARY-held-room";
    api.push_text_lang(chat, canary, Some("en"));

    // Eve declines the invite: what was held goes on, and only to the operators.
    s.call(
        "POST",
        &format!("/_matrix/client/v3/rooms/{}/leave", enc(room.as_str())),
        Some(&eve.token()),
        Some(&json!({})),
    );
    operator_sees(anna, &room, bot, "Nota tenuta").await;
    operator_sees(anna, &room, bot, canary).await;
    assert!(
        !eve.received.lock().unwrap().iter().any(|(_, _, b)| b.contains(canary)),
        "Eve decrypted the case message"
    );
    terminate(scene.serve);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_taken_off_the_roster_leaves_the_case_rooms_and_their_case_is_queued() {
    let s = Synapse::shared_async().await;
    let mut scene = Scene::start_with(s, true).await;
    let (api, anna, bot, lobby) = (&scene.api, &scene.anna, scene.bot_user.as_str(), &scene.lobby);
    let bruno = scene.bruno.as_ref().expect("bruno");
    let chat = 7501;
    let room = bruno_claims_with_anna_in_the_room(&scene, chat).await;

    // Bruno leaves the roster; the helpline starts again with Anna alone.
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
    let config = fs::read_to_string(&scene.helpline.config).unwrap();
    let block = format!(
        "[[matrix.operators]]\nuser = \"{}\"\nlanguages = [\"en\", \"it\"]\n",
        bruno.user
    );
    assert!(config.contains(&block), "{config}");
    fs::write(&scene.helpline.config, config.replace(&block, "")).unwrap();
    scene.serve = scene.helpline.start();
    scene.helpline.wait_started(2);

    wait_async("Bruno to be removed from the case room", || {
        membership(s, &room, bruno.user.as_str(), &anna.token()) == "leave"
    })
    .await;
    operator_sees(anna, &room, bot, &format!("{} non è nell'elenco", bruno.user)).await;
    operator_sees(anna, lobby, bot, "Il caso 1 torna in coda").await;
    operator_sees(anna, &room, bot, "Il caso 1 torna in coda").await;
    // Back in the queue: Anna can claim it, and her words reach the person.
    claims_again(anna, &room, api, chat, "Anna").await;
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
}

/// `kill -HUP` to the running `serve`, as `systemctl reload varco` does.
fn hangup(serve: &Serve) {
    let pid = serve.0.as_ref().expect("serve runs").id().to_string();
    let status = Command::new("kill").args(["-HUP", &pid]).status().unwrap();
    assert!(status.success(), "kill -HUP {pid}");
}

/// Wait until serve's log holds `needle` `n` times in all.
async fn log_says(helpline: &Helpline, needle: &str, n: usize) {
    wait_async(&format!("serve to log {needle:?}"), || {
        helpline.log_text().matches(needle).count() >= n
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_roster_changed_and_reloaded_with_sighup_takes_effect_without_a_restart() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start_with(s, true).await;
    let (api, anna, eve, bot, lobby) = (
        &scene.api,
        &scene.anna,
        &scene.eve,
        scene.bot_user.as_str(),
        &scene.lobby,
    );
    let bruno = scene.bruno.as_ref().expect("bruno");
    let chat = 7601;
    let room = bruno_claims_with_anna_in_the_room(&scene, chat).await;

    // An invalid configuration is refused whole, with its file and line; Bruno stays.
    let path = &scene.helpline.config;
    let config = fs::read_to_string(path).unwrap();
    fs::write(path, format!("{config}[[matrix.operators]]\nuser = 5\n")).unwrap();
    hangup(&scene.serve);
    log_says(
        &scene.helpline,
        "configuration reload refused; the previous roster keeps serving",
        1,
    )
    .await;
    let log = scene.helpline.log_text();
    let at = |line: usize| format!("{}:{line}:", path.display());
    let n = config.lines().count();
    assert!(
        log.contains(&at(n + 1)) || log.contains(&at(n + 2)),
        "no file:line in:\n{log}"
    );

    // Bruno leaves the roster, Eve joins it, and a key a reload does not apply changes.
    let block = |user: &str| format!("[[matrix.operators]]\nuser = \"{user}\"\nlanguages = [\"en\", \"it\"]\n");
    assert!(config.contains(&block(bruno.user.as_str())), "{config}");
    let changed = config
        .replace(&block(bruno.user.as_str()), &block(eve.user.as_str()))
        .replace("claim_timeout_minutes = 10", "claim_timeout_minutes = 11");
    assert_ne!(changed, config);
    fs::write(path, changed).unwrap();
    hangup(&scene.serve);
    log_says(&scene.helpline, "roster reloaded", 1).await;
    let log = scene.helpline.log_text();
    let ignored = log.lines().find(|l| l.contains("need a restart")).unwrap_or_default();
    assert!(ignored.contains("matrix.claim_timeout_minutes"), "{log}");
    assert!(!ignored.contains("operators"), "{ignored}");

    // Bruno is out of the room, the case back in the queue, and nothing restarted.
    wait_async("Bruno to be removed from the case room", || {
        membership(s, &room, bruno.user.as_str(), &anna.token()) == "leave"
    })
    .await;
    operator_sees(anna, &room, bot, &format!("{} non è nell'elenco", bruno.user)).await;
    operator_sees(anna, lobby, bot, "Il caso 1 torna in coda").await;
    assert_eq!(scene.helpline.log_text().matches("matrix channel started").count(), 1);

    // Eve, new on the roster, is invited, stays, claims it, and reaches the person.
    let eve_room = next_invite(eve, std::slice::from_ref(lobby)).await;
    assert_eq!(eve_room, room);
    eve.join_when_invited(&room).await;
    claims_again(eve, &room, api, chat, "Eve").await;
    assert_eq!(membership(s, &room, eve.user.as_str(), &anna.token()), "join");
    terminate(scene.serve);
}

/// Runs `varco serve` with the duty lobby set to `lobby` until it exits (a start-up that
/// goes on past the deadline fails the test); returns its stderr.
fn serve_with_lobby(helpline: &Helpline, bot_password: &str, lobby: &RoomId) -> (Option<i32>, String) {
    let log = helpline
        .dir
        .path()
        .join(format!("lobby-{}.log", Synapse::unique_name("run")));
    let child = Command::new(BIN)
        .args(["serve", "--config"])
        .arg(&helpline.config)
        .env("VARCO__TELEGRAM__TOKEN", TOKEN)
        .env("VARCO__MATRIX__PASSWORD", bot_password)
        .env("VARCO__MATRIX__STORE_PASSPHRASE", PASSPHRASE)
        .env("VARCO__MATRIX__LOBBY_ROOM", lobby.as_str())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut serve = Serve(Some(child));
    let deadline = Instant::now() + crate::operator::DEADLINE * 2;
    let child = serve.0.as_mut().expect("child");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "serve started with this lobby:\n{}",
            fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    serve.0 = None;
    (status.code(), fs::read_to_string(&log).unwrap_or_default())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lobby_not_encrypted_or_not_joined_stops_start_up_with_one_line() {
    let s = Synapse::shared_async().await;
    let (bot_user, bot_password) = s.register_user(&Synapse::unique_name("varco"));
    let bot = OwnedUserId::try_from(bot_user.as_str()).unwrap();
    let anna = Operator::start(s).await;
    // A lobby without encryption the bot is invited to, and an encrypted room it is not.
    let mut request = CreateRoomRequest::new();
    request.invite = vec![bot];
    let plain = anna.client.create_room(request).await.unwrap().room_id().to_owned();
    let elsewhere = anna
        .client
        .create_room(encrypted_room(Vec::new()))
        .await
        .unwrap()
        .room_id()
        .to_owned();
    let api = BotApi::start();
    let helpline = Helpline::new(s, &api, &bot_user, &bot_password, &plain, &[anna.user.as_str()]);
    let cases = [
        (&plain, "is not encrypted: turn on encryption"),
        (&elsewhere, "invite the bot"),
    ];
    for (lobby, needle) in cases {
        let (code, err) = tokio::task::block_in_place(|| serve_with_lobby(&helpline, &bot_password, lobby));
        assert_ne!(code, Some(0), "{err}");
        let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error")).collect();
        assert_eq!(errors.len(), 1, "{err}");
        assert!(errors[0].contains("matrix.lobby_room"), "{err}");
        assert!(errors[0].contains(needle), "{err}");
        assert!(errors[0].contains(lobby.as_str()), "{err}");
        // Issue 14: Telegram (its token) is checked first, then the lobby stops start-up.
        assert!(err.contains("telegram channel started"), "{err}");
        assert_eq!(code, Some(2), "a lobby error is a configuration error: {err}");
    }
}
