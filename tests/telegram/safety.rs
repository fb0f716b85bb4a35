//! The person's own safety controls through the real `varco serve` and the Bot API double
//! (issue 12, item 6): a safe word wipes the chat exactly as `/exit` does, past the flood
//! limit too; "not safe now" sends nothing more (what the turn would have said is held)
//! until the person writes again, and then the held messages go first.

use std::time::Duration;

use super::quick_exit::{assert_wiped, env_with};
use crate::support::bot_api::BotApi;
use crate::support::fixtures::wait_until;
use crate::support::serve_config::terminate;

const WAIT: Duration = Duration::from_secs(30);

#[test]
fn a_safe_word_wipes_the_chat_like_the_quick_exit_even_past_the_flood_limit() {
    let api = BotApi::start();
    let env = env_with(&api, "", |c| c.replace("flood_per_minute = 0", "flood_per_minute = 8"));
    let child = env.start();
    let chat = 9101;
    for input in ["/start", "1", "1", "/safeword", "Blue bird"] {
        api.push_text_lang(chat, input, Some("en"));
    }
    wait_until("the word saved", WAIT, || {
        api.texts_to(chat).iter().any(|t| t.contains("Your word is saved"))
    });
    for i in 0..10 {
        api.push_text_lang(chat, &format!("note {i}"), Some("en"));
    }
    api.push_text_lang(chat, "blue BIRD", Some("en"));
    assert_wiped(&api, &env, child, chat);
}

#[test]
fn not_safe_now_holds_every_message_until_the_person_writes_again() {
    let api = BotApi::start();
    let env = env_with(&api, "", |c| c);
    let child = env.start();
    let chat = 9102;
    for input in ["/start", "1", "1"] {
        api.push_text_lang(chat, input, Some("en"));
    }
    wait_until("the main menu", WAIT, || {
        api.texts_to(chat).iter().any(|t| t.contains("Which fits you best"))
    });
    let menus = |api: &BotApi| {
        api.texts_to(chat)
            .iter()
            .filter(|t| t.contains("Which fits you best"))
            .count()
    };
    let before = api.texts_to(chat).len();
    // The menu choice: its turn would show the menu again, then say "Ok"; the menu is held.
    api.push_text_lang(chat, "6", Some("en"));
    wait_until("the neutral ok", WAIT, || {
        api.texts_to(chat).iter().any(|t| t.contains("I send nothing now"))
    });
    let after_hold = api.texts_to(chat);
    assert_eq!(
        after_hold.len(),
        before + 1,
        "only the ok was sent: {:?}",
        &after_hold[before..]
    );
    assert!(after_hold[before].starts_with("Ok."), "{}", after_hold[before]);
    assert_eq!(menus(&api), 1, "the held menu was sent");

    api.push_text_lang(chat, "hi", Some("en"));
    wait_until("the held menu, then the answer", WAIT, || menus(&api) == 3);
    let texts = api.texts_to(chat);
    let back = &texts[before + 1..];
    assert!(back[0].contains("Which fits you best"), "held first: {back:?}");
    assert!(back[1].contains("only read the number"), "{back:?}");
    terminate(child);
}
