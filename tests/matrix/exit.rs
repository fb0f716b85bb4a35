//! A person's quick exit in a Matrix direct chat, through the real `varco serve` (issue
//! 10, item 1): with more replies queued for the chat than one delivery pass reads, `/exit`
//! still goes first — nothing queued before it reaches the person (it died with the
//! conversation's key; the delivery's own look through the whole outbox for a quick exit is
//! unit-tested in `queues`), the exit line does, and
//! the bot leaves the chat (the Matrix channel's wipe: the helpline writes nothing more
//! there).

use std::sync::Arc;

use crate::direct::{bot_leaves, count, greeted_direct_chat};
use crate::handoff::{operator_sees, Scene};
use crate::operator::{raw_events, Operator};
use crate::support::fixtures;
use crate::support::serve_config::{terminate, Serve};
use crate::support::synapse::Synapse;
use matrix_sdk::ruma::RoomId;
use varco::conversation::{Body, Helpline, Inbound};
use varco::flow::Input;
use varco::store::{MasterKey, SledStore, Store};

/// More than a delivery pass reads (64).
const QUEUED: usize = 80;
/// `exit-neutral`, in Italian (the helpline's language here) as in English.
const EXIT_LINE: &str = "Ok.";

/// What the bot has written into `room` (encrypted messages), as the server stores it.
fn bot_messages(s: &Synapse, room: &RoomId, bot: &str, token: &str) -> usize {
    raw_events(s, room, token)
        .iter()
        .filter(|e| e["sender"] == bot && e["type"] == "m.room.encrypted")
        .count()
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
    terminate(std::mem::replace(&mut scene.serve, Serve(None)));
}
