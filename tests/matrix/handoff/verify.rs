//! An operator verifies the bot from their client (issue 10, item 3), as Element's *Verify*
//! in the bot's profile does: a direct chat with the bot and a request in it. The bot
//! accepts it for emoji, writes the emoji and numbers it computed into that chat, and
//! confirms; the operator compares them with their own and confirms, and their client then
//! counts the bot as verified. Someone not on the roster is turned down.

use matrix_sdk::encryption::verification::VerificationRequest;
use matrix_sdk::ruma::events::key::verification::VerificationMethod;
use matrix_sdk::ruma::OwnedUserId;

use super::{operator_sees, texts_in, wait_async, Scene};
use crate::operator::{Operator, DEADLINE};
use crate::support::serve_config::terminate;
use crate::support::synapse::Synapse;

/// `op` asks to verify `bot`, as Element does: in a direct chat (made if there is none).
async fn ask(op: &Operator, bot: &OwnedUserId) -> VerificationRequest {
    let encryption = op.client.encryption();
    let deadline = std::time::Instant::now() + DEADLINE;
    let identity = loop {
        if let Some(identity) = encryption.request_user_identity(bot).await.expect("keys query") {
            break identity;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the bot has no cross-signing identity"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    identity
        .request_verification_with_methods(vec![VerificationMethod::SasV1])
        .await
        .expect("verification request sent")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_verifies_the_bot_by_comparing_the_emoji_it_writes() {
    let s = Synapse::shared_async().await;
    let scene = Scene::start(s).await;
    let (anna, bot) = (&scene.anna, scene.bot_user.as_str());
    let bot_user = OwnedUserId::try_from(bot).expect("bot id");
    let request = ask(anna, &bot_user).await;
    wait_async("the bot to accept the request", || request.is_ready()).await;
    let sas = request.start_sas().await.expect("start").expect("emoji verification");
    wait_async("the keys to be exchanged", || sas.emoji().is_some()).await;
    let emoji: Vec<String> = sas
        .emoji()
        .expect("emoji")
        .iter()
        .map(|e| e.symbol.to_owned())
        .collect();
    let (a, b, c) = sas.decimals().expect("numbers");
    let room = request.room_id().expect("an in-room request").to_owned();

    // The bot wrote its side from its own device: the same seven emoji and three numbers.
    operator_sees(anna, &room, bot, "Per verificare il bot").await;
    let written = texts_in(anna, &room, bot).join("\n");
    for e in &emoji {
        assert!(written.contains(e.as_str()), "{e} missing from {written}");
    }
    assert!(written.contains(&format!("{a} {b} {c}")), "{written}");
    sas.confirm().await.expect("Anna confirms");
    wait_async("the verification to end", || sas.is_done()).await;
    // Her client uploads its signature of the bot's identity, then reads it back.
    let deadline = std::time::Instant::now() + DEADLINE;
    loop {
        let identity = anna.client.encryption().request_user_identity(&bot_user).await;
        if identity.expect("keys query").is_some_and(|i| i.is_verified()) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "Anna's client does not count the bot as verified"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }

    // Eve is not on the roster: her request is turned down.
    let refused = ask(&scene.eve, &bot_user).await;
    wait_async("Eve's request to be refused", || refused.is_cancelled()).await;
    let log = scene.helpline.log_text();
    assert!(log.contains("an operator verified the bot"), "{log}");
    for e in &emoji {
        assert!(!log.contains(e.as_str()), "an emoji in the log");
    }
    terminate(scene.serve);
}
