//! Key rotation while `varco serve` serves (issue 12, item 5): `varco keys rotate` returns
//! once `serve` has re-sealed the store in the background, people's messages are answered
//! throughout, and afterwards the old key file is deleted and the store opens on the new
//! key with every conversation in it.

use std::fs;
use std::process::Command;
use std::time::Duration;

use super::telegram::Env;
use crate::support::bot_api::BotApi;
use crate::support::fixtures::{wait_until, BIN};
use crate::support::serve_config::terminate;
use varco::store::{MasterKey, SledStore, Store};

#[test]
fn keys_rotate_while_serve_serves_then_the_old_key_is_deleted() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    let chats: Vec<i64> = (0..6).map(|i| 6100 + i).collect();
    for &chat in &chats {
        api.push_text(chat, "/start");
    }
    wait_until("first answers", Duration::from_secs(30), || {
        chats.iter().all(|&c| !api.sent_to(c).is_empty())
    });
    let new_key = env.dir.path().join("new.key");
    let out = Command::new(BIN)
        .args(["keys", "generate", "--out"])
        .arg(&new_key)
        .output()
        .unwrap();
    assert!(out.status.success());
    // People keep writing while the rotation runs.
    let rotate = Command::new(BIN)
        .args(["keys", "rotate", "--new"])
        .arg(&new_key)
        .arg("--config")
        .arg(&env.config)
        .spawn()
        .unwrap();
    for round in 0..3 {
        for &chat in &chats {
            api.push_text(chat, if round % 2 == 0 { "hello" } else { "1" });
        }
    }
    let out = rotate.wait_with_output().unwrap();
    assert!(out.status.success(), "keys rotate: {out:?}");
    let answered = |c: i64| api.sent_to(c).len();
    let before: Vec<usize> = chats.iter().map(|&c| answered(c)).collect();
    for &chat in &chats {
        api.push_text(chat, "/menu");
    }
    wait_until("answers after the rotation", Duration::from_secs(30), || {
        chats.iter().zip(&before).all(|(&c, &n)| answered(c) > n)
    });
    terminate(child);
    let log = fs::read_to_string(env.log()).unwrap();
    assert!(log.contains("store key rotated"), "{log}");
    assert!(!log.contains("ERROR"), "{log}");
    fs::remove_file(env.dir.path().join("store.key")).unwrap();
    let store = SledStore::open(&env.dir.path().join("data"), &MasterKey::load(&new_key).unwrap()).unwrap();
    for &chat in &chats {
        let conv = store.conv_id("telegram", &chat.to_string());
        assert!(store.load_state(conv).unwrap().is_some(), "chat {chat} readable");
    }
}
