//! Stale buttons (issue 10, item 8): a button names the menu it was sent with; pressed from
//! an old menu it gets "that menu is old" and the current menu again, never an action on
//! whatever menu is current. Typed numbers keep answering the current menu.

use std::sync::Arc;

use crate::support::fixtures::{self, drain};
use varco::conversation::{Body, Helpline, Inbound};
use varco::flow::Input;
use varco::store::MemoryStore;

const CHAT: &str = "5150";

fn press(update: &str, menu: &str, index: u32) -> Inbound {
    let mut inbound = fixtures::text_in(CHAT, update, "", "en");
    inbound.input = Input::Button {
        menu: menu.to_owned(),
        index,
    };
    inbound
}

/// The texts of a turn's replies, and the menu (tag, labels) the turn ended with.
fn replies(store: &MemoryStore) -> (Vec<String>, Option<(String, Vec<String>)>) {
    let mut texts = Vec::new();
    let mut menu = None;
    for out in drain(store, "telegram") {
        if let Body::Text {
            text,
            choices,
            menu: tag,
        } = out.body
        {
            texts.push(text);
            if !choices.is_empty() {
                menu = Some((tag.expect("a menu's text names its menu"), choices));
            }
        }
    }
    (texts, menu)
}

#[test]
fn a_button_from_an_old_menu_gets_that_menu_is_old_and_the_current_menu() {
    let store = Arc::new(MemoryStore::new());
    let svc = fixtures::service(store.clone(), Helpline::default());
    svc.handle(&fixtures::text_in(CHAT, "u1", "/start", "en"), 0).unwrap();
    let (_, languages) = replies(&store);
    let (language_menu, labels) = languages.expect("the language menu");
    // Every shipped language, each named in itself, English first.
    let shipped = fixtures::shipped().locales.languages();
    assert_eq!(labels.len(), shipped.len(), "{labels:?}");
    assert_eq!(labels[0], "English");
    assert!(labels.iter().any(|l| l == "Italiano"), "{labels:?}");

    // "English", from the menu on screen: answered.
    svc.handle(&press("u2", &language_menu, 0), 0).unwrap();
    let (texts, safety) = replies(&store);
    let (safety_menu, safety_labels) = safety.expect("the next menu");
    assert!(texts.iter().any(|t| t.contains("Can you write safely")), "{texts:?}");
    assert_ne!(safety_menu, language_menu, "another menu, another tag");

    // The second language, pressed later on the old language menu: its index is "Not now"
    // on the current menu, and must not act as it.
    svc.handle(&press("u3", &language_menu, 1), 0).unwrap();
    let (texts, again) = replies(&store);
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].contains("That menu is old"), "{texts:?}");
    assert!(texts[1].contains("Can you write safely"), "{texts:?}");
    assert_eq!(again, Some((safety_menu.clone(), safety_labels)));
    // An untagged button (sent before menus were tagged) is old too.
    svc.handle(&press("u4", "", 1), 0).unwrap();
    let (texts, _) = replies(&store);
    assert!(texts[0].contains("That menu is old"), "{texts:?}");

    // A typed number answers the current menu as always; so does its own button.
    svc.handle(&fixtures::text_in(CHAT, "u5", "1", "en"), 0).unwrap();
    let (texts, main) = replies(&store);
    assert!(texts.iter().any(|t| t.starts_with("Good.")), "{texts:?}");
    let (main_menu, _) = main.expect("the main menu");
    svc.handle(&press("u6", &safety_menu, 1), 0).unwrap();
    let (texts, _) = replies(&store);
    assert!(texts[0].contains("That menu is old"), "{texts:?}");
    svc.handle(&press("u7", &main_menu, 0), 0).unwrap();
    let (texts, _) = replies(&store);
    assert!(!texts.iter().any(|t| t.contains("That menu is old")), "{texts:?}");
}
