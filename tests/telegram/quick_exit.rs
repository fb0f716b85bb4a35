//! The quick exit under pressure (issue 10, item 1), through the real `varco serve` and the
//! Bot API double: past the flood limit, after a split message whose second part failed,
//! after a send whose answer was lost, with a deletion batch that keeps failing, and
//! behind other chats' backlog. Each time every id the double created in the chat (both
//! directions) is deleted, nothing follows but the exit line, and the conversation is
//! forgotten.

use std::collections::HashSet;
use std::fs;
use std::time::Duration;

use super::telegram::Env;
use crate::support::bot_api::{BotApi, Fault};
use crate::support::fixtures::wait_until;
use crate::support::serve_config::{terminate, Serve};
use varco::store::Store;

/// The neutral line the quick exit leaves (English).
const EXIT_LINE: &str = "Ok.";

/// Message ids deleted in `chat`.
fn deleted_in(api: &BotApi, chat: i64) -> HashSet<i64> {
    api.deleted()
        .iter()
        .filter(|(c, _)| *c == chat)
        .map(|(_, m)| *m)
        .collect()
}

/// Wait for the exit line, stop `serve`, then check the quick exit in `chat`: every id the
/// double created there is deleted but the exit line's, which is the last message sent,
/// and the store keeps no state for the chat.
pub(super) fn assert_wiped(api: &BotApi, env: &Env, child: Serve, chat: i64) {
    wait_until("the neutral last line", Duration::from_secs(30), || {
        api.sent_to(chat).last().is_some_and(|s| s.text == EXIT_LINE)
    });
    // A clean stop lets delivery finish: anything still queued would be sent by then.
    terminate(child);
    let sent = api.sent_to(chat);
    let (exit_line, before) = sent.split_last().expect("the exit line");
    assert_eq!(exit_line.text, EXIT_LINE, "nothing is sent after the exit line");
    let deleted = deleted_in(api, chat);
    for id in api.incoming_ids(chat) {
        assert!(deleted.contains(&id), "incoming message {id} not deleted");
    }
    for s in before {
        assert!(
            deleted.contains(&s.message_id),
            "sent message {} not deleted",
            s.message_id
        );
    }
    assert!(!deleted.contains(&exit_line.message_id), "the exit line stays");
    let store = env.open_store();
    let conv = store.conv_id("telegram", &chat.to_string());
    assert!(store.load_state(conv).unwrap().is_none(), "no state left for the chat");
}

/// An `Env` whose config is edited by `edit` before `serve` starts.
pub(super) fn env_with(api: &BotApi, extra: &str, edit: impl Fn(String) -> String) -> Env {
    let env = Env::new(api, extra);
    let config = edit(fs::read_to_string(&env.config).unwrap());
    fs::write(&env.config, config).unwrap();
    env
}

#[test]
fn past_the_flood_limit_the_quick_exit_still_wipes_everything() {
    let api = BotApi::start();
    // Replies are paced a second apart, so some still wait when the exit comes.
    let env = env_with(&api, "", |c| {
        c.replace("flood_per_minute = 0", "flood_per_minute = 5")
            .replace("per_chat_interval_ms = 0", "per_chat_interval_ms = 1000")
    });
    let child = env.start();
    let chat = 9001;
    api.push_text_lang(chat, "/start", Some("en"));
    wait_until("the greeting", Duration::from_secs(20), || {
        !api.sent_to(chat).is_empty()
    });
    for i in 0..12 {
        api.push_text_lang(chat, &format!("photo {i}"), Some("en"));
    }
    api.push_text_lang(chat, "/exit", Some("en"));
    assert_wiped(&api, &env, child, chat);
}

#[test]
fn an_exit_word_past_the_flood_limit_is_the_quick_exit_too() {
    let api = BotApi::start();
    let env = env_with(&api, "", |c| c.replace("flood_per_minute = 0", "flood_per_minute = 3"));
    let child = env.start();
    let chat = 9002;
    for i in 0..6 {
        api.push_text_lang(chat, &format!("hello {i}"), Some("en"));
    }
    api.push_text_lang(chat, "Quit", Some("en"));
    assert_wiped(&api, &env, child, chat);
}

#[test]
fn a_split_message_whose_second_part_failed_is_wiped_whole() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().unwrap();
    // Five projects in Torino with long names: the referral list is one text over
    // Telegram's 4096 characters, sent in two parts.
    let mut directory = String::from("version = 1\n");
    for n in 0..5 {
        let name = format!("Progetto {n} {}", "x".repeat(950));
        directory.push_str(&format!(
            "[[projects]]\nname = \"{name}\"\ncity = \"Torino\"\nregion = \"Piemonte\"\n"
        ));
    }
    let file = dir.path().join("directory.toml");
    fs::write(&file, directory).unwrap();
    let env = Env::new(&api, &format!("[directory]\nfile = \"{}\"\n", file.display()));
    let child = env.start();
    let chat = 9003;
    for input in ["/start", "1", "1", "1", "2"] {
        api.push_text_lang(chat, input, Some("en"));
    }
    wait_until("the question for a place", Duration::from_secs(20), || {
        api.texts_to(chat).iter().any(|t| t.contains("Where in Italy are you"))
    });
    // "Here is what I found" and the list's first part go, its second part fails once.
    api.fault_after("sendMessage", Fault::Status(500), 2, 1);
    api.push_text_lang(chat, "Torino", Some("en"));
    wait_until("the second part, sent again", Duration::from_secs(20), || {
        api.pending_faults() == 0 && api.texts_to(chat).iter().any(|t| t.contains("Progetto 4"))
    });
    let first_parts = api.texts_to(chat).iter().filter(|t| t.contains("Progetto 0")).count();
    assert_eq!(
        first_parts, 2,
        "the first part went twice: before the failure and with the retry"
    );
    api.push_text_lang(chat, "/exit", Some("en"));
    assert_wiped(&api, &env, child, chat);
}

#[test]
fn a_failing_deletion_batch_does_not_hold_back_the_others() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    let chat = 9004;
    // Over 200 ids in the chat (each message and its answers): three batches of 100.
    for i in 0..110 {
        api.push_text_lang(chat, &format!("hello {i}"), Some("en"));
    }
    wait_until("every answer", Duration::from_secs(60), || {
        api.pending_updates() == 0 && api.sent_to(chat).len() >= 110
    });
    // The first batch (ids 1..=100) fails until told otherwise.
    api.fail_deleting(chat, 1, usize::MAX);
    api.push_text_lang(chat, "/exit", Some("en"));
    let mut created: Vec<i64> = api.incoming_ids(chat);
    created.extend(api.sent_to(chat).iter().map(|s| s.message_id));
    wait_until("the other batches deleted", Duration::from_secs(30), || {
        let deleted = deleted_in(&api, chat);
        created.iter().filter(|id| **id > 100).all(|id| deleted.contains(id))
    });
    assert!(
        deleted_in(&api, chat).iter().all(|id| *id > 100),
        "the failing batch deleted nothing"
    );
    assert!(
        api.texts_to(chat).last().is_some_and(|t| t != EXIT_LINE),
        "the exit line waits for every deletion"
    );
    // Telegram recovers: the failed batch is retried and done too.
    api.fail_deleting(chat, 1, 0);
    assert_wiped(&api, &env, child, chat);
}

#[test]
fn a_quick_exit_does_not_wait_for_other_chats_backlog() {
    let api = BotApi::start();
    // Two sends a second for the whole bot: 300 chats' greetings are minutes of backlog,
    // more than delivery reads at once.
    let env = env_with(&api, "", |c| {
        c.replace("global_per_second = 0", "global_per_second = 2")
    });
    let child = env.start();
    let chat = 9005;
    api.push_text_lang(chat, "hello", Some("en"));
    wait_until("the first greeting", Duration::from_secs(20), || {
        !api.sent_to(chat).is_empty()
    });
    for other in 0..300 {
        api.push_text_lang(20_000 + other, "/start", Some("en"));
    }
    api.push_text_lang(chat, "/exit", Some("en"));
    wait_until("the chat's messages deleted", Duration::from_secs(30), || {
        let deleted = deleted_in(&api, chat);
        let mut created = api.incoming_ids(chat);
        created.extend(api.sent_to(chat).iter().map(|s| s.message_id));
        created.iter().all(|id| deleted.contains(id))
    });
    assert!(api.sent_count() < 100, "the backlog of other chats is still there");
    terminate(child);
    let deleted = deleted_in(&api, chat);
    let late: Vec<String> = api
        .sent_to(chat)
        .iter()
        .filter(|s| !deleted.contains(&s.message_id) && s.text != EXIT_LINE)
        .map(|s| s.text.clone())
        .collect();
    assert!(late.is_empty(), "sent after the wipe: {late:?}");
}

#[test]
fn a_message_whose_answer_was_lost_is_wiped_too() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    let chat = 9006;
    // The greeting is delivered but its answer lost: its id is never known, and the
    // retry delivers a second copy.
    api.fault("sendMessage", Fault::DropAfterAccept);
    api.push_text_lang(chat, "/start", Some("en"));
    wait_until("the language question", Duration::from_secs(20), || {
        api.texts_to(chat).iter().any(|t| t.contains("Which language"))
    });
    let greetings = api
        .texts_to(chat)
        .iter()
        .filter(|t| t.starts_with("Hello, and thank you"))
        .count();
    assert_eq!(greetings, 2, "the lost answer's message and the retry");
    api.push_text_lang(chat, "/exit", Some("en"));
    assert_wiped(&api, &env, child, chat);
}

#[test]
fn a_crash_mid_wipe_keeps_the_ids_still_to_delete() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let mut child = env.start();
    let chat = 9007;
    api.push_text_lang(chat, "/start", Some("en"));
    wait_until("the language question", Duration::from_secs(20), || {
        api.texts_to(chat).iter().any(|t| t.contains("Which language"))
    });
    // Telegram takes the first deletion and does not answer: the wipe is under way.
    api.fault("deleteMessages", Fault::Hang(Duration::from_secs(600)));
    api.push_text_lang(chat, "/exit", Some("en"));
    wait_until("the wipe's first deletion", Duration::from_secs(20), || {
        api.calls("deleteMessages") == 1
    });
    // Another chat's turn is committed and flushed while the wipe waits, so whatever the
    // wipe had written by then is on disk; then the crash.
    let other = 9008;
    api.push_text_lang(other, "/start", Some("en"));
    wait_until("the other chat answered", Duration::from_secs(20), || {
        !api.sent_to(other).is_empty()
    });
    assert!(deleted_in(&api, chat).is_empty(), "nothing deleted before the crash");
    child.kill9();
    // After a restart the wipe is done from the ids kept in the store.
    let child = env.restart();
    assert_wiped(&api, &env, child, chat);
}

/// `serve` changes the store's epoch in the background soon after a quick exit (issue 12):
/// the epoch file is overwritten in place while it serves, so the old copies of the
/// destroyed keys left in sled's log are beyond every key that exists.
#[test]
fn serve_changes_the_epoch_soon_after_a_quick_exit() {
    use std::os::unix::fs::MetadataExt;
    let api = BotApi::start();
    let env = env_with(&api, "", |c| c);
    let child = env.start();
    let chat = 4077;
    for input in ["/start", "1"] {
        api.push_text_lang(chat, input, Some("en"));
    }
    wait_until("the answers", Duration::from_secs(20), || api.sent_to(chat).len() >= 2);
    let epoch_file = env.dir.path().join("data").join("epoch.key");
    let (before, inode) = (fs::read(&epoch_file).unwrap(), fs::metadata(&epoch_file).unwrap().ino());
    let changes = || {
        fs::read_to_string(env.log())
            .unwrap_or_default()
            .matches("epoch changed")
            .count()
    };
    assert_eq!(changes(), 0, "nothing forgotten yet");
    api.push_text_lang(chat, "/exit", Some("en"));
    wait_until("the epoch change", Duration::from_secs(20), || changes() > 0);
    let after = fs::read(&epoch_file).unwrap();
    assert_ne!(after, before, "the epoch file is rewritten");
    assert_eq!(after.len(), before.len(), "of a fixed size");
    assert_eq!(
        fs::metadata(&epoch_file).unwrap().ino(),
        inode,
        "in place, never renamed"
    );
    assert_wiped(&api, &env, child, chat);
}
