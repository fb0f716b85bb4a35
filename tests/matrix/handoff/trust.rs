//! Only the helpline's verified devices act on a case (issue 10, items 3 and 4), through
//! the real `varco serve`: a device added to a roster operator's account and never
//! cross-signed is shown in the lobby once, and neither its `!claim` nor its words count
//! (the room is told to verify it); plaintext events in a case room or the lobby, sent
//! past the client's encryption, are never obeyed nor relayed; an operator whose
//! cross-signing identity is reset is suspended until a colleague trusts it.

use matrix_sdk::ruma::RoomId;
use matrix_sdk::RoomState;
use serde_json::json;

use super::{operator_sees, person_gets, person_texts, texts_in, wait_async, Scene};
use crate::support::serve_config::terminate;
use crate::support::synapse::{enc, Synapse};

/// What the person is told when an operator claims their case.
const CLAIMED: &str = "a person is here for you now";

/// An `m.room.message` sent with `token` straight to the homeserver, unencrypted, as a
/// client that ignores the room's encryption (or the homeserver itself) could.
fn send_plaintext(s: &Synapse, room: &RoomId, token: &str, body: &str) {
    let path = format!(
        "/_matrix/client/v3/rooms/{}/send/m.room.message/{}",
        enc(room.as_str()),
        Synapse::unique_name("txn")
    );
    s.call(
        "PUT",
        &path,
        Some(token),
        Some(&json!({ "msgtype": "m.text", "body": body })),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_its_owner_did_not_cross_sign_is_not_obeyed_and_shown_in_the_lobby() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let (api, anna, bot, lobby) = (&scene.api, &scene.anna, scene.bot_user.as_str(), &scene.lobby);
    let chat = 7401;
    let room = scene.joined_case(chat, 1).await;

    let intruder = anna.another_device(s).await;
    let device = intruder.client.device_id().expect("device").to_string();
    operator_sees(anna, lobby, bot, &device).await;
    wait_async("the new device to know the case room", || {
        intruder
            .client
            .get_room(&room)
            .is_some_and(|r| r.state() == RoomState::Joined)
    })
    .await;

    intruder.send(&room, "!claim").await;
    operator_sees(anna, &room, bot, "Quel dispositivo non è verificato").await;
    let claimed = |texts: Vec<String>| texts.iter().any(|t| t.contains(CLAIMED));
    assert!(
        !claimed(person_texts(api, chat)),
        "a command from that device was obeyed"
    );

    // On her cross-signed device Anna claims; the other device's words still do not count.
    anna.send(&room, "!claim").await;
    person_gets(api, chat, CLAIMED).await;
    let canary = "CANARY-9d2c-from-a-device-nobody-verified";
    intruder.send(&room, canary).await;
    wait_async("the room to be told again", || {
        let told = texts_in(anna, &room, bot);
        told.iter().filter(|t| t.contains("non è verificato")).count() >= 2
    })
    .await;
    anna.send(&room, "Anna here, on her own phone").await;
    person_gets(api, chat, "Anna here, on her own phone").await;
    let texts = person_texts(api, chat).join("\n");
    assert!(!texts.contains(canary), "words from that device reached the person");
    let shown = texts_in(anna, lobby, bot);
    assert_eq!(shown.iter().filter(|t| t.contains(&device)).count(), 1, "{shown:?}");
    terminate(scene.serve);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plaintext_events_in_a_case_room_or_the_lobby_are_never_obeyed_nor_relayed() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let (api, anna, bot) = (&scene.api, &scene.anna, scene.bot_user.as_str());
    let chat = 7402;
    let room = scene.joined_case(chat, 1).await;
    let token = anna.token();

    send_plaintext(s, &room, &token, "!claim");
    // Events are handled in order: once `!help` is answered, the `!claim` was handled.
    anna.send(&room, "!help").await;
    operator_sees(anna, &room, bot, "Nella stanza del caso").await;
    assert!(
        !person_texts(api, chat).iter().any(|t| t.contains(CLAIMED)),
        "a plaintext !claim was obeyed"
    );
    assert!(!texts_in(anna, &room, bot).iter().any(|t| t.contains("Ora il caso")));

    // Nor in the lobby: a plaintext `!duty off` is not obeyed (`!duty on` is the barrier).
    send_plaintext(s, &scene.lobby, &token, "!duty off");
    anna.send(&scene.lobby, "!duty on").await;
    operator_sees(anna, &scene.lobby, bot, "è di turno").await;
    let lobby = texts_in(anna, &scene.lobby, bot);
    assert!(!lobby.iter().any(|t| t.contains("non è più di turno")), "{lobby:?}");

    anna.send(&room, "!claim").await;
    person_gets(api, chat, CLAIMED).await;
    let canary = "CANARY-51aa-plaintext-in-a-case-room";
    send_plaintext(s, &room, &token, canary);
    anna.send(&room, "Anna here, encrypted").await;
    person_gets(api, chat, "Anna here, encrypted").await;
    let texts = person_texts(api, chat).join("\n");
    assert!(!texts.contains(canary), "a plaintext message reached the person");
    terminate(scene.serve);
}

/// How many operators' identities the bot's log says it pinned so far.
fn pinned_in_log(log: &str) -> usize {
    log.lines()
        .filter(|l| l.contains("operator identities pinned"))
        .filter_map(|l| {
            let rest = &l[l.find("operators")? + "operators".len()..];
            let digits: String = rest
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse::<usize>().ok()
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_whose_identity_is_reset_reads_no_new_case_until_a_colleague_trusts_it() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start_with(s, true).await;
    let (api, anna, bot, lobby) = (&scene.api, &scene.anna, scene.bot_user.as_str(), &scene.lobby);
    let bruno = scene.bruno.as_ref().expect("bruno");
    let chat = 7403;
    let room = scene.claimed_case(chat, 1).await;
    wait_async("the bot to pin both operators' identities", || {
        pinned_in_log(&scene.helpline.log_text()) >= 2
    })
    .await;

    // Anna's account gets a new identity, made on a new device (by a thief of her password,
    // or by Anna herself after losing her security key: the bot cannot tell which).
    let reset = anna.reset_identity(s).await;
    operator_sees(bruno, lobby, bot, "è cambiata").await;
    wait_async("Anna to be out of the case room", || {
        anna.client
            .get_room(&room)
            .is_some_and(|r| r.state() == RoomState::Left)
    })
    .await;

    // The case went back to the queue; what the person writes now reaches Bruno only.
    let canary = "CANARY-7f30-after-an-identity-reset";
    api.push_text_lang(chat, canary, Some("en"));
    bruno.join_when_invited(&room).await;
    operator_sees(bruno, &room, bot, canary).await;
    let read = |op: &crate::operator::Operator| op.received.lock().unwrap().iter().any(|(_, _, b)| b.contains(canary));
    assert!(!read(&reset) && !read(anna), "the reset identity read the case");
    // Its commands count for nothing until a colleague trusts it.
    reset.send(lobby, "!duty off").await;
    operator_sees(bruno, lobby, bot, "Solo chi è nell'elenco").await;
    bruno.send(lobby, &format!("!trust {}", anna.user)).await;
    operator_sees(bruno, lobby, bot, "ha confermato la nuova identità").await;
    reset.send(lobby, "!duty off").await;
    operator_sees(bruno, lobby, bot, "non è più di turno").await;
    wait_async("the bot to pin Anna's new identity", || {
        pinned_in_log(&scene.helpline.log_text()) >= 3
    })
    .await;
    let log = scene.helpline.log_text();
    assert!(
        !log.contains(anna.user.as_str()) && !log.contains(canary),
        "an id or the canary in the log"
    );
    terminate(scene.serve);
}
