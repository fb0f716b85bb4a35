//! People's Matrix direct chats keep the helpline's promise, through the real `varco serve`
//! (issue 10, item 6): a message the bot cannot decrypt gets one neutral "please send that
//! again"; a direct chat a third member joins is left at once; an unencrypted one gets
//! encryption turned on, or the one neutral fallback in clear (never silence); and one
//! account cannot open more direct chats than the configured bound.

use crate::handoff::{operator_sees, wait_async, Scene};
use crate::operator::{encrypted_room, raw_events, Operator};
use crate::room::membership;
use crate::support::serve_config::terminate;
use crate::support::synapse::{enc, Synapse};
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoomRequest, RoomPreset};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use serde_json::json;

/// The greeting's first words in the helpline's language (Italian in these tests).
const GREETING: &str = "Ciao, e grazie per averci scritto";
/// `sys-send-again`'s first line, in Italian.
const SEND_AGAIN: &str = "non sono riuscito a leggere il tuo ultimo messaggio";

pub(crate) async fn bot_leaves(s: &Synapse, room: &RoomId, bot: &str, person: &Operator) {
    wait_async("the bot to leave the direct chat", || {
        membership(s, room, bot, &person.token()) == "leave"
    })
    .await;
}

/// `person` opens an encrypted direct chat with the bot, as Element makes one, and is
/// greeted in it.
pub(crate) async fn greeted_direct_chat(scene: &Scene, person: &Operator) -> OwnedRoomId {
    let bot = OwnedUserId::try_from(scene.bot_user.as_str()).unwrap();
    let mut request = encrypted_room(vec![bot]);
    request.is_direct = true;
    let dm = person.client.create_room(request).await.unwrap().room_id().to_owned();
    operator_sees(person, &dm, &scene.bot_user, GREETING).await;
    dm
}

/// How many texts from `sender` in `room` that `person` decrypted contain `needle`.
pub(crate) fn count(person: &Operator, room: &RoomId, sender: &str, needle: &str) -> usize {
    let received = person.received.lock().unwrap();
    received
        .iter()
        .filter(|(r, s, b)| r == room && s == sender && b.contains(needle))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_messages_the_bot_cannot_decrypt_gets_one_send_again() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let person = Operator::start(s).await;
    let dm = greeted_direct_chat(&scene, &person).await;
    // Three encrypted events whose keys the bot never gets (a client that lost its session).
    for n in 0..3 {
        let path = format!(
            "/_matrix/client/v3/rooms/{}/send/m.room.encrypted/utd{n}",
            enc(dm.as_str())
        );
        let content = json!({
            "algorithm": "m.megolm.v1.aes-sha2",
            "ciphertext": "AwgAEnACgAkLmt6qF84IK++J7UDH2Za1YVchHyprqTqsg2yyOwAtHaZTwyNg37afzg8f3r9IsN9r4RNFg7MaZencUJe4qvELiDiopUjy5wYVDAtqdBzer5bWRD9ldxp1FLgbQvBcjkkywYjCsmsq6+hArLd9oAQZnGKn/qLsK+5uNX3PaWzDRC9wZPQvWYYPCTov3jCwXKTPsLKIiTrcCXDqMvnn8m+T3zF/I2zqxg158tnUwWWIw51UO",
            "sender_key": "sLRVDQIQD7+FAR/hrOqnBWwdt4DrwK9MaUnU12KDhFk",
            "device_id": "NOSUCHDEVICE",
            "session_id": "ZFD6+OmV7fVCsJ7Gap8UnORH8EnmiAkes8FAvQuCw/I",
        });
        s.call("PUT", &path, Some(&person.token()), Some(&content));
    }
    operator_sees(&person, &dm, &scene.bot_user, SEND_AGAIN).await;
    // Answered in order: once the next message's answer is here, nothing else is coming.
    person.send(&dm, "1").await;
    operator_sees(&person, &dm, &scene.bot_user, "Can you write safely right now?").await;
    assert_eq!(
        count(&person, &dm, &scene.bot_user, SEND_AGAIN),
        1,
        "one answer to a burst"
    );
    terminate(scene.serve);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_direct_chat_a_third_member_joins_is_left_at_once() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let person = Operator::start(s).await;
    let dm = greeted_direct_chat(&scene, &person).await;
    let room = person.client.get_room(&dm).expect("person's room");
    room.invite_user_by_id(&scene.eve.user)
        .await
        .expect("person invites Eve");
    scene.eve.join_when_invited(&dm).await;
    bot_leaves(s, &dm, &scene.bot_user, &person).await;
    // Nothing the bot sent after the greeting and the language choice.
    let after_join = raw_events(s, &dm, &person.token())
        .into_iter()
        .skip_while(|e| {
            !(e["type"] == "m.room.member"
                && e["state_key"] == scene.eve.user.as_str()
                && e["content"]["membership"] == "join")
        })
        .filter(|e| e["sender"] == scene.bot_user.as_str() && e["type"] != "m.room.member")
        .count();
    assert_eq!(after_join, 0, "the bot wrote after the third member joined");
    terminate(scene.serve);
}

/// A direct chat made without encryption: where the bot has the power (Element's
/// `trusted_private_chat` gives the invitee the creator's), it turns encryption on and
/// greets, encrypted; where it has not, it sends only the neutral fallback, once, in clear,
/// and leaves — never silence.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unencrypted_direct_chat_is_encrypted_or_gets_the_one_fallback() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let person = Operator::start(s).await;
    let bot = OwnedUserId::try_from(scene.bot_user.as_str()).unwrap();
    let direct = |preset| {
        let mut request = CreateRoomRequest::new();
        request.invite = vec![bot.clone()];
        request.is_direct = true;
        request.preset = Some(preset);
        request
    };

    let trusted = person
        .client
        .create_room(direct(RoomPreset::TrustedPrivateChat))
        .await
        .unwrap()
        .room_id()
        .to_owned();
    operator_sees(&person, &trusted, &scene.bot_user, GREETING).await;
    let bot_events: Vec<_> = raw_events(s, &trusted, &person.token())
        .into_iter()
        .filter(|e| e["sender"] == scene.bot_user.as_str() && e["type"] != "m.room.member")
        .collect();
    assert_eq!(bot_events[0]["type"], "m.room.encryption", "{bot_events:?}");
    for e in &bot_events[1..] {
        assert_eq!(e["type"], "m.room.encrypted", "{e}");
    }

    let plain = person
        .client
        .create_room(direct(RoomPreset::PrivateChat))
        .await
        .unwrap()
        .room_id()
        .to_owned();
    bot_leaves(s, &plain, &scene.bot_user, &person).await;
    let said: Vec<_> = raw_events(s, &plain, &person.token())
        .into_iter()
        .filter(|e| e["sender"] == scene.bot_user.as_str() && e["type"] == "m.room.message")
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    let body = said[0]["content"]["body"].as_str().unwrap_or_default();
    assert!(body.contains("800 290 290") && body.contains("112"), "{body}");
    assert!(!body.contains(GREETING), "{body}");
    terminate(scene.serve);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fourth_direct_chat_from_one_account_is_declined() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let person = Operator::start(s).await;
    for _ in 0..3 {
        greeted_direct_chat(&scene, &person).await;
    }
    let bot = OwnedUserId::try_from(scene.bot_user.as_str()).unwrap();
    let mut request = encrypted_room(vec![bot]);
    request.is_direct = true;
    let fourth = person.client.create_room(request).await.unwrap().room_id().to_owned();
    bot_leaves(s, &fourth, &scene.bot_user, &person).await;
    assert_eq!(
        count(&person, &fourth, &scene.bot_user, ""),
        0,
        "greeted in a fourth chat"
    );
    // Another account still gets its direct chat.
    let other = Operator::start(s).await;
    greeted_direct_chat(&scene, &other).await;
    terminate(scene.serve);
}
