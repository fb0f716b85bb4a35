//! Stale buttons through the real `varco serve` and the Bot API double (issue 10, item 8):
//! the person presses a button of an old menu message; the bot says the menu is old and
//! shows the current one, and does not act on the current menu.

use std::time::Duration;

use crate::support::bot_api::{BotApi, Sent};
use crate::support::fixtures::{self, wait_until};
use crate::support::serve_config::terminate;
use crate::telegram::Env;

const CHAT: i64 = 7201;

/// The callback data of every button of a sent message, in order.
fn buttons(sent: &Sent) -> Vec<String> {
    let rows = sent.reply_markup.as_ref().expect("a menu has buttons")["inline_keyboard"]
        .as_array()
        .expect("an inline keyboard")
        .clone();
    rows.iter()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|b| b["callback_data"].as_str().expect("callback data").to_owned())
        .collect()
}

fn count(api: &BotApi, needle: &str) -> usize {
    api.texts_to(CHAT).iter().filter(|t| t.contains(needle)).count()
}

#[test]
fn a_button_pressed_on_an_old_menu_gets_the_current_menu_not_an_action() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    api.push_text_lang(CHAT, "/start", Some("en"));
    wait_until("the language menu", Duration::from_secs(20), || {
        count(&api, "Which language") == 1
    });
    let languages = api
        .sent_to(CHAT)
        .into_iter()
        .find(|s| s.text.contains("Which language"))
        .unwrap();
    let language_buttons = buttons(&languages);
    assert_eq!(
        language_buttons.len(),
        fixtures::shipped().locales.languages().len(),
        "{language_buttons:?}"
    );

    api.push_callback(CHAT, languages.message_id, &language_buttons[0]);
    wait_until("the safety question", Duration::from_secs(20), || {
        count(&api, "Can you write safely") == 1
    });
    // The old menu's second button: a language there, "Not now" on the current menu.
    api.push_callback(CHAT, languages.message_id, &language_buttons[1]);
    wait_until("the menu again", Duration::from_secs(20), || {
        count(&api, "Can you write safely") == 2
    });
    let texts = api.texts_to(CHAT);
    let old = texts.iter().position(|t| t.contains("That menu is old"));
    assert_eq!(old, Some(texts.len() - 2), "{texts:?}");
    let current = api.sent_to(CHAT).pop().unwrap();
    assert!(
        buttons(&current).iter().all(|b| !language_buttons.contains(b)),
        "the current menu's buttons name their own menu"
    );
    // Nothing acted on the current menu: still English, still asked, no "not now" answer.
    api.push_text_lang(CHAT, "1", Some("en"));
    wait_until("the answer to a typed number", Duration::from_secs(20), || {
        api.texts_to(CHAT).iter().any(|t| t.starts_with("Good."))
    });
    wait_until("every press answered", Duration::from_secs(10), || {
        api.callbacks_answered().len() == 2
    });
    terminate(child);
}
