//! Choices typed in any script's digits (issue 13, item 2) through the real `varco serve`
//! and the Bot API double: a person on an Arabic keyboard answers the language menu with
//! "٢" and gets the second language, not "answer with a number".

use std::time::Duration;

use super::telegram::Env;
use crate::support::bot_api::BotApi;
use crate::support::fixtures::wait_until;
use crate::support::serve_config::terminate;

#[test]
fn an_arabic_indic_two_picks_the_second_language() {
    let api = BotApi::start();
    let env = Env::new(&api, "");
    let child = env.start();
    let chat = 9301;
    api.push_text_lang(chat, "/start", Some("en"));
    wait_until("the language question", Duration::from_secs(20), || {
        api.sent_to(chat)
            .iter()
            .any(|s| s.text.contains("Which language do you prefer?"))
    });
    api.push_text_lang(chat, "٢", Some("en"));
    // The menu's second language is Italian: its safety question follows.
    wait_until("the safety question in Italian", Duration::from_secs(20), || {
        api.sent_to(chat)
            .iter()
            .any(|s| s.text.contains("In questo momento puoi scrivere in modo sicuro?"))
    });
    terminate(child);
    let sent = api.sent_to(chat);
    assert!(
        !sent.iter().any(|s| s.text.contains("number")),
        "the digit was not taken for a number: {:?}",
        sent.iter().map(|s| &s.text).collect::<Vec<_>>()
    );
}
