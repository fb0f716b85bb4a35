//! Backup while serving, through the real `varco serve` and the Bot API double (issue 14,
//! item 5): a person is half way through a conversation, `varco backup` takes a snapshot
//! from the running serve (which holds the store lock), the snapshot is restored into an
//! empty directory, and a second serve over it continues the conversation from the same
//! node — the person's next answer gets the next question, not the welcome again.

use std::process::Command;
use std::time::Duration;

use crate::support::bot_api::BotApi;
use crate::support::fixtures::{wait_until, BIN};
use crate::support::serve_config::terminate;
use crate::telegram::Env;

const CHAT: i64 = 7301;

fn varco(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().expect("run varco")
}

#[test]
fn a_backup_while_serving_restores_and_the_conversation_continues() {
    let api = BotApi::start();
    let first = Env::new(&api, "");
    let serve = first.start();
    api.push_text_lang(CHAT, "/start", Some("en"));
    api.push_text_lang(CHAT, "1", Some("en"));
    wait_until("the safety question", Duration::from_secs(20), || {
        api.texts_to(CHAT).iter().any(|t| t.contains("Can you write safely"))
    });

    let config = first.config.to_str().unwrap();
    let stats = varco(&["stats", "--config", config]);
    assert!(stats.status.success(), "stats while serving: {stats:?}");
    let file = first.dir.path().join("varco.backup");
    let backup = varco(&["backup", "--out", file.to_str().unwrap(), "--config", config]);
    assert!(backup.status.success(), "backup while serving: {backup:?}");
    assert!(String::from_utf8_lossy(&backup.stdout).contains("from the running serve"));
    terminate(serve);

    // Elsewhere: the same key (kept apart, restored from its own backup), an empty store.
    let second = Env::new(&api, "");
    std::fs::copy(first.dir.path().join("store.key"), second.dir.path().join("store.key")).unwrap();
    let restore = varco(&[
        "restore",
        "--from",
        file.to_str().unwrap(),
        "--config",
        second.config.to_str().unwrap(),
    ]);
    assert!(restore.status.success(), "restore: {restore:?}");
    let serve = second.start();
    let before = api.texts_to(CHAT).len();
    api.push_text_lang(CHAT, "1", Some("en"));
    wait_until("the answer to the safety question", Duration::from_secs(20), || {
        api.texts_to(CHAT)[before..].iter().any(|t| t.starts_with("Good."))
    });
    let texts = api.texts_to(CHAT);
    assert_eq!(
        texts.iter().filter(|t| t.contains("Which language")).count(),
        1,
        "no new start: {texts:?}"
    );
    terminate(serve);
}
