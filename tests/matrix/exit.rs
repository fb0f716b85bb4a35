//! A person's quick exit in a Matrix direct chat, through the real `varco serve` (issue
//! 10, item 1): with more replies queued for the chat than one delivery pass reads, `/exit`
//! still goes first — nothing queued before it reaches the person (it died with the
//! conversation's key; the delivery's own look through the whole outbox for a quick exit is
//! unit-tested in `queues`), the exit line does, and
//! the bot leaves the chat (the Matrix channel's wipe: the helpline writes nothing more
//! there). Before it leaves, the bot redacts the chat's history: its own messages always,
//! the person's when the room lets it redact others' (a direct chat made as Element makes
//! one, `trusted_private_chat`), so the person's client keeps only the exit line.

use std::sync::Arc;

use crate::direct::{bot_leaves, count, greeted_direct_chat};
use crate::handoff::{operator_sees, wait_async, Scene};
use crate::operator::{encrypted_room, raw_events, Operator};
use crate::support::fixtures;
use crate::support::serve_config::{terminate, Serve};
use crate::support::synapse::{enc, Synapse};
use matrix_sdk::ruma::api::client::room::create_room::v3::RoomPreset;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use varco::conversation::{Body, Helpline, Inbound};
use varco::flow::Input;
use varco::store::{MasterKey, SledStore, Store};

/// More than a delivery pass reads (64).
const QUEUED: usize = 80;
/// The greeting's first words in the helpline's language (Italian in these tests).
const GREETING: &str = "Ciao, e grazie per averci scritto";
/// Events pushed between the greeting and the quick exit: more than one page.
const FILLER: usize = 120;
/// Their type: one nobody acts on.
const FILLER_TYPE: &str = "org.example.filler";
/// Events in a chat long enough that redacting it takes far longer than one answer.
const LONG: usize = 500;
/// `exit-neutral`, in Italian (the helpline's language here) as in English.
const EXIT_LINE: &str = "Ok.";

/// What the bot has written into `room` (encrypted messages), as the server stores it.
fn bot_messages(s: &Synapse, room: &RoomId, bot: &str, token: &str) -> usize {
    raw_events(s, room, token)
        .iter()
        .filter(|e| e["sender"] == bot && e["type"] == "m.room.encrypted")
        .count()
}

/// The encrypted messages from `sender` in `room` as the server holds them: how many are
/// redacted and how many are not.
fn redacted_and_not(s: &Synapse, room: &RoomId, sender: &str, token: &str) -> (usize, usize) {
    let said: Vec<_> = raw_events(s, room, token)
        .into_iter()
        .filter(|e| e["sender"] == sender && e["type"] == "m.room.encrypted")
        .collect();
    let redacted = said
        .iter()
        .filter(|e| e["unsigned"]["redacted_because"].is_object() && e["content"] == serde_json::json!({}))
        .count();
    (redacted, said.len() - redacted)
}

/// While `serve` is stopped, the person's messages in direct chat `room` are taken as turns
/// (as its ingest would): `QUEUED` replies wait in the `matrix` outbox, then `/exit`. The
/// replies were sealed under the conversation's key, so they die with it: a read of the
/// outbox passes over (and removes) them, and the quick exit is all that waits.
fn queue_replies_then_exit(dir: &std::path::Path, room: &RoomId) {
    let key = MasterKey::load(&dir.join("store.key")).unwrap();
    let store = Arc::new(SledStore::open(&dir.join("data"), &key).unwrap());
    let service = fixtures::service(store.clone(), Helpline::default());
    let said = |n: usize, text: &str| Inbound {
        channel: "matrix".into(),
        chat: room.to_string(),
        update_id: format!("$queued-{n}"),
        input: Input::Text(text.into()),
        lang_hint: None,
        message_id: None,
        attachment: None,
    };
    let mut n = 0;
    while fixtures::pending(&*store, "matrix").len() < QUEUED {
        assert!(n < 4 * QUEUED, "the person's messages are answered");
        service.handle(&said(n, "?"), varco::clock::now_secs()).unwrap();
        n += 1;
    }
    service.handle(&said(n, "/exit"), varco::clock::now_secs()).unwrap();
    store.flush().unwrap();
    let pending = fixtures::pending(&*store, "matrix");
    assert!(pending.iter().any(|m| m.body == Body::Wipe), "the quick exit waits");
    assert!(
        pending.len() < QUEUED,
        "the replies queued before the quick exit died with the conversation: {} wait",
        pending.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quick_exit_behind_a_full_queue_goes_first_in_a_direct_chat() {
    let s = Synapse::shared_async().await;
    let mut scene = Scene::start(s).await;
    let person = Operator::start(s).await;
    let dm = greeted_direct_chat(&scene, &person).await;
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
    let before = bot_messages(s, &dm, &scene.bot_user, &person.token());

    queue_replies_then_exit(scene.helpline.dir.path(), &dm);
    scene.serve = scene.helpline.start();
    scene.helpline.wait_started(2);

    bot_leaves(s, &dm, &scene.bot_user, &person).await;
    operator_sees(&person, &dm, &scene.bot_user, EXIT_LINE).await;
    assert_eq!(
        bot_messages(s, &dm, &scene.bot_user, &person.token()),
        before + 1,
        "only the exit line was sent after the quick exit"
    );
    assert_eq!(count(&person, &dm, &scene.bot_user, EXIT_LINE), 1);
    assert_eq!(
        redacted_and_not(s, &dm, &scene.bot_user, &person.token()),
        (before, 1),
        "the bot's messages before the quick exit are redacted; the exit line stays"
    );
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
}

/// A direct chat made as Element makes one (the invited bot gets the creator's power, so it
/// may redact the person's messages too), greeted by the bot.
async fn element_direct_chat(scene: &Scene, person: &Operator) -> OwnedRoomId {
    let mut request = encrypted_room(vec![OwnedUserId::try_from(scene.bot_user.as_str()).unwrap()]);
    request.is_direct = true;
    request.preset = Some(RoomPreset::TrustedPrivateChat);
    let dm = person.client.create_room(request).await.unwrap().room_id().to_owned();
    operator_sees(person, &dm, &scene.bot_user, GREETING).await;
    dm
}

/// The person writes in `dm` and the bot answers there.
async fn answered(s: &Synapse, scene: &Scene, person: &Operator, dm: &RoomId) {
    let before = bot_messages(s, dm, &scene.bot_user, &person.token());
    person.send(dm, "ciao").await;
    wait_async("the bot to answer", || {
        bot_messages(s, dm, &scene.bot_user, &person.token()) > before
    })
    .await;
}

/// `n` events of a type nobody acts on, sent by the person into `dm`.
fn fill(s: &Synapse, dm: &RoomId, person: &Operator, n: usize) {
    for n in 0..n {
        let path = format!(
            "/_matrix/client/v3/rooms/{}/send/{FILLER_TYPE}/filler{n}",
            enc(dm.as_str())
        );
        s.call(
            "PUT",
            &path,
            Some(&person.token()),
            Some(&serde_json::json!({ "n": n })),
        );
    }
}

/// The filler events in `dm` that are not redacted yet.
fn unredacted_fillers(s: &Synapse, dm: &RoomId, person: &Operator) -> usize {
    raw_events(s, dm, &person.token())
        .into_iter()
        .filter(|e| e["type"] == FILLER_TYPE && e["content"] != serde_json::json!({}))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quick_exit_redacts_the_direct_chat_it_may_redact() {
    let s = Synapse::shared_async().await;
    let mut scene = Scene::start(s).await;
    let person = Operator::start(s).await;
    let dm = element_direct_chat(&scene, &person).await;
    let greeted = bot_messages(s, &dm, &scene.bot_user, &person.token());
    answered(s, &scene, &person, &dm).await;
    // More events than one page of the timeline (100) after the greeting, so that the
    // bot must page back to find it.
    fill(s, &dm, &person, FILLER);
    person.send(&dm, "/exit").await;
    bot_leaves(s, &dm, &scene.bot_user, &person).await;

    let fillers: Vec<_> = raw_events(s, &dm, &person.token())
        .into_iter()
        .filter(|e| e["type"] == FILLER_TYPE)
        .collect();
    assert_eq!(fillers.len(), FILLER);
    assert!(
        fillers.iter().all(|e| e["content"] == serde_json::json!({})),
        "the person's other events are redacted too"
    );
    let (bot_redacted, bot_kept) = redacted_and_not(s, &dm, &scene.bot_user, &person.token());
    assert_eq!(bot_kept, 1, "only the exit line is left of what the bot said");
    assert!(
        bot_redacted > greeted,
        "the greeting and the answer are redacted: {bot_redacted}"
    );
    assert_eq!(
        redacted_and_not(s, &dm, person.user.as_str(), &person.token()),
        (2, 0),
        "the person's own messages are redacted too"
    );
    operator_sees(&person, &dm, &scene.bot_user, EXIT_LINE).await;
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_redaction_does_not_hold_another_persons_chat() {
    let s = Synapse::shared_async().await;
    let mut scene = Scene::start(s).await;
    let (long, other) = (Operator::start(s).await, Operator::start(s).await);
    let dm = element_direct_chat(&scene, &long).await;
    let other_dm = greeted_direct_chat(&scene, &other).await;
    fill(s, &dm, &long, LONG);
    long.send(&dm, "/exit").await;
    wait_async("the long chat's redactions to begin", || {
        unredacted_fillers(s, &dm, &long) < LONG
    })
    .await;
    // While the bot redacts the long chat, another person is answered: the redactions
    // run beside the delivery, not in its way. (Carried in the delivery's pass, as before,
    // the answer could only come once every filler was redacted.)
    answered(s, &scene, &other, &other_dm).await;
    let left = unredacted_fillers(s, &dm, &long);
    assert!(left > 0, "the other person was answered only after the whole redaction");
    bot_leaves(s, &dm, &scene.bot_user, &long).await;
    assert_eq!(
        unredacted_fillers(s, &dm, &long),
        0,
        "the long chat is redacted all the same"
    );
    operator_sees(&long, &dm, &scene.bot_user, EXIT_LINE).await;
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
}
