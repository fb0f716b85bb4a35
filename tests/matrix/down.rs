//! A homeserver that is down when `varco serve` starts: Telegram serves anyway, a person
//! who asks for a person is told honestly that nobody can read the chat yet (never that a
//! person is coming), and the case opens, with everything they wrote meanwhile, once the
//! homeserver is back. The same when it goes down while `serve` runs. A stop while Matrix
//! is still retrying is a clean one.

use std::fs;

use crate::handoff::{next_invite, operator_sees, person_gets, person_texts, wait_async, Helpline, Scene};
use crate::operator::{encrypted_room, Operator};
use crate::support::bot_api::BotApi;
use crate::support::serve_config::terminate;
use crate::support::synapse::Synapse;
use matrix_sdk::ruma::OwnedUserId;

/// The first line the person reads of `sys-operators-down` (en).
const DOWN: &str = "nobody from the team can read this chat";
/// What serve logs, once, while it cannot reach the homeserver.
const RETRYING: &str = "homeserver unreachable; retrying";

fn log_of(helpline: &Helpline) -> String {
    fs::read_to_string(helpline.dir.path().join("serve.log")).unwrap_or_default()
}

/// Stop or restart `synapse` off the runtime (both block until done).
async fn blocking(mut synapse: Synapse, f: fn(&mut Synapse)) -> Synapse {
    tokio::task::spawn_blocking(move || {
        f(&mut synapse);
        synapse
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_serves_while_the_homeserver_is_down_and_the_case_opens_when_it_is_back() {
    let synapse = Synapse::start_async().await;
    let (bot_user, bot_password) = synapse.register_user(&Synapse::unique_name("varco"));
    let anna = Operator::start(&synapse).await;
    let invite = vec![OwnedUserId::try_from(bot_user.as_str()).unwrap()];
    let lobby = anna
        .client
        .create_room(encrypted_room(invite))
        .await
        .unwrap()
        .room_id()
        .to_owned();
    let api = BotApi::start();
    let helpline = Helpline::new(&synapse, &api, &bot_user, &bot_password, &lobby, &[anna.user.as_str()]);

    let synapse = blocking(synapse, Synapse::stop).await;
    let serve = helpline.start();
    wait_async("serve to start Telegram and retry Matrix", || {
        let log = log_of(&helpline);
        log.contains("telegram channel started") && log.contains(RETRYING)
    })
    .await;

    // The person asks for a person (in English) while nobody can be reached.
    let chat = 7801;
    for text in ["/start", "1", "1", "1", "3"] {
        api.push_text_lang(chat, text, Some("en"));
    }
    person_gets(&api, chat, DOWN).await;
    let told = person_texts(&api, chat);
    assert!(
        !told
            .iter()
            .any(|t| t.contains("asking a person") || t.contains("A person will answer")),
        "{told:#?}"
    );
    let meanwhile = ["first while down", "second while down", "third while down"];
    for text in meanwhile {
        api.push_text_lang(chat, text, Some("en"));
    }
    wait_async("the person's messages to be committed", || api.pending_updates() == 0).await;

    let synapse = blocking(synapse, Synapse::restart).await;
    wait_async("the matrix channel to start", || {
        log_of(&helpline).contains("matrix channel started")
    })
    .await;
    let room = next_invite(&anna, std::slice::from_ref(&lobby)).await;
    anna.join_when_invited(&room).await;
    for text in meanwhile {
        operator_sees(&anna, &room, &bot_user, text).await;
    }
    terminate(serve);
    let log = log_of(&helpline);
    assert_eq!(log.matches(RETRYING).count(), 1, "warned once:\n{log}");
    assert!(!log.contains(meanwhile[0]), "message text in the log");
    drop(synapse);
}

/// A homeserver that goes down while `serve` runs: once the sync has been silent for a
/// while, a new request is told honestly too, and its case opens when the homeserver is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_homeserver_gone_while_serving_is_told_honestly_too() {
    let synapse = Synapse::start_async().await;
    let scene = Scene::start(&synapse).await;
    let synapse = blocking(synapse, Synapse::stop).await;
    wait_async("serve to count operators as unreachable", || {
        log_of(&scene.helpline).contains("operators counted as unreachable")
    })
    .await;
    let chat = 7803;
    for text in ["/start", "1", "1", "1", "3"] {
        scene.api.push_text_lang(chat, text, Some("en"));
    }
    person_gets(&scene.api, chat, DOWN).await;
    scene.api.push_text_lang(chat, "written while it was gone", Some("en"));
    wait_async("the person's message to be committed", || {
        scene.api.pending_updates() == 0
    })
    .await;
    let synapse = blocking(synapse, Synapse::restart).await;
    let room = next_invite(&scene.anna, std::slice::from_ref(&scene.lobby)).await;
    scene.anna.join_when_invited(&room).await;
    operator_sees(&scene.anna, &room, &scene.bot_user, "written while it was gone").await;
    // The sync comes back on its own backoff, which may be after the delivery's.
    wait_async("operators to count as reachable again", || {
        log_of(&scene.helpline).contains("operators reachable")
    })
    .await;
    terminate(scene.serve);
    drop(synapse);
}

/// With the homeserver unreachable from the start, `serve` runs Telegram and stops cleanly
/// (exit 0) on SIGTERM while Matrix is still retrying.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_while_matrix_retries_is_clean() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    terminate(scene.serve);
    let serve = scene
        .helpline
        .start_with(&[("VARCO__MATRIX__HOMESERVER", "http://127.0.0.1:9")]);
    wait_async("serve to start Telegram again and retry Matrix", || {
        let log = log_of(&scene.helpline);
        log.matches("telegram channel started").count() >= 2 && log.contains(RETRYING)
    })
    .await;
    scene.api.push_text_lang(7802, "/start", Some("en"));
    wait_async("Telegram to answer", || !person_texts(&scene.api, 7802).is_empty()).await;
    terminate(serve);
}
