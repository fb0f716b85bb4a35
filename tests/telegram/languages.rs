//! Finding the language through the real `varco serve` and the Bot API double (issue 13):
//! Telegram's `language_code = "ur"` greets in Urdu; a French sentence in an English chat
//! asks, in French, whether to switch; SIGHUP serves changed content ("٢" picking option 2
//! is `digits::`).
//! They run on the shipped `ur` and `fr` locales.

use std::fs;
use std::process::Command;
use std::time::Duration;

use crate::support::bot_api::BotApi;
use crate::support::fixtures::{self, wait_until, BIN};
use crate::support::serve_config::{self, terminate};
use crate::telegram::Env;

/// `varco serve` over a copy of the shipped content (SIGHUP edits the copy).
fn env(api: &BotApi) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let root = fixtures::content_copy(&dir.path().join("content"), &[]);
    let root = root.to_str().unwrap().to_owned();
    let config = serve_config::write(BIN, &root, dir.path(), &api.api_url(), "");
    Env { dir, config }
}

/// `/start` in English, then English from the language menu: the safety question.
fn to_safety_question(api: &BotApi, chat: i64) {
    api.push_text_lang(chat, "/start", Some("en"));
    wait_until("the language menu", Duration::from_secs(20), || {
        seen(api, chat, "Which language")
    });
    api.push_text_lang(chat, "1", Some("en"));
    wait_until("the safety question", Duration::from_secs(20), || {
        seen(api, chat, "Can you write safely")
    });
}

fn seen(api: &BotApi, chat: i64, needle: &str) -> bool {
    api.texts_to(chat).iter().any(|t| t.contains(needle))
}

#[test]
fn language_code_ur_greets_in_urdu_with_a_compact_language_menu() {
    const CHAT: i64 = 7301;
    let api = BotApi::start();
    let env = env(&api);
    let child = env.start();
    api.push_text_lang(CHAT, "/start", Some("ur"));
    wait_until("the Urdu greeting", Duration::from_secs(20), || {
        seen(&api, CHAT, "السلام علیکم، لکھنے کا شکریہ۔")
    });
    wait_until("the language menu", Duration::from_secs(20), || {
        api.sent_to(CHAT).iter().any(|s| s.reply_markup.is_some())
    });
    let menu = api
        .sent_to(CHAT)
        .into_iter()
        .find(|s| s.reply_markup.is_some())
        .unwrap();
    let rows = menu.reply_markup.unwrap()["inline_keyboard"]
        .as_array()
        .unwrap()
        .clone();
    let buttons: usize = rows.iter().map(|r| r.as_array().unwrap().len()).sum();
    assert!(
        rows.len() * 2 <= buttons + 1 && rows[0].as_array().unwrap().len() > 1,
        "several per row: {rows:?}"
    );
    terminate(child);
}

#[test]
fn a_french_sentence_in_an_english_chat_asks_in_french_whether_to_switch() {
    const CHAT: i64 = 7302;
    let api = BotApi::start();
    let env = env(&api);
    let child = env.start();
    to_safety_question(&api, CHAT);
    api.push_text_lang(
        CHAT,
        "Bonjour, j'ai besoin d'aide, je ne sais pas quoi faire",
        Some("en"),
    );
    wait_until("the switch question, in French", Duration::from_secs(20), || {
        seen(&api, CHAT, "Veux-tu continuer en français ?")
    });
    let asked = api.sent_to(CHAT).pop().unwrap();
    assert!(asked.shown().contains("Oui, français"), "{}", asked.shown());
    terminate(child);
}

#[test]
fn sighup_serves_changed_content_to_the_next_message() {
    const CHAT: i64 = 7304;
    let api = BotApi::start();
    let env = env(&api);
    let child = env.start();
    api.push_text_lang(CHAT, "/start", Some("en"));
    wait_until("the language menu", Duration::from_secs(20), || {
        seen(&api, CHAT, "Which language")
    });
    let main = env.dir.path().join("content/locales/en/main.ftl");
    let text = fs::read_to_string(&main).unwrap();
    let changed = text.replace(
        "safety-ask = Can you write safely right now?",
        "safety-ask = Is it safe to write now?",
    );
    fs::write(&main, changed).unwrap();
    let pid = child.0.as_ref().unwrap().id().to_string();
    assert!(Command::new("kill").args(["-HUP", &pid]).status().unwrap().success());
    wait_until("the reload logged", Duration::from_secs(20), || {
        fs::read_to_string(env.log())
            .unwrap_or_default()
            .contains("content reloaded")
    });
    api.push_text_lang(CHAT, "1", Some("en"));
    wait_until("the changed question", Duration::from_secs(20), || {
        seen(&api, CHAT, "Is it safe to write now?")
    });
    terminate(child);
}
