//! Finding the language, right-to-left texts and hot reload (issue 13, items 2, 3 and 7),
//! through the conversation service over copies of the content with small test locales
//! (`fr`, `ar`: `en`'s files with a few messages translated) standing in for the
//! translations to come.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use crate::support::fixtures::{self, drain, text_in, FRENCH};
use varco::config::Config;
use varco::conversation::{Body, Helpline, Outbound, Service, OPERATORS};
use varco::l10n::bidi::{self, LRI, PDI};
use varco::store::MemoryStore;

const CHAT: &str = "7070";

const ARABIC: &[(&str, &str)] = &[
    ("language-name", "العربية (تجربة)"),
    (
        "safety-ask",
        "هل يمكنك الكتابة بأمان الآن؟ اكتب /exit للخروج، أو اتصل بـ Numero Verde Antitratta على { $phone } أو { $emergency }.",
    ),
];

const SENTENCE: &str = "Bonjour, j'ai besoin d'aide, je ne sais pas quoi faire";

struct Chat {
    svc: Service<MemoryStore>,
    update: u32,
    lang: &'static str,
}

impl Chat {
    fn new(root: &Path, lang: &'static str) -> Chat {
        let helpline = Helpline {
            default_language: "en".into(),
            ..Helpline::default()
        };
        let svc = fixtures::service_from(root, Arc::new(MemoryStore::new()), helpline);
        Chat { svc, update: 0, lang }
    }

    /// A chat in English over the test content under `dir`, at the safety question.
    fn at_safety(dir: &Path) -> Chat {
        let mut chat = Chat::new(content(dir), "en");
        chat.say("/start");
        let safety = plain(&chat.say("1"));
        assert!(safety.contains("Can you write safely right now?"), "{safety}");
        chat
    }

    /// What the person has received and not yet read.
    fn say_nothing(&mut self) -> Vec<String> {
        texts(drain(self.svc.store().as_ref(), "telegram"))
    }

    /// The person writes; the texts they get (with their buttons as `[label]` lines).
    fn say(&mut self, text: &str) -> Vec<String> {
        self.update += 1;
        let inbound = text_in(CHAT, &self.update.to_string(), text, self.lang);
        self.svc.handle(&inbound, 100).unwrap();
        self.say_nothing()
    }
}

/// Texts as the person reads them (buttons as `[label]` lines).
fn texts(out: Vec<Outbound>) -> Vec<String> {
    out.into_iter()
        .filter_map(|m| match m.body {
            Body::Text { text, choices, .. } => {
                let buttons: Vec<String> = choices.iter().map(|c| format!("\n[{c}]")).collect();
                Some(format!("{text}{}", buttons.concat()))
            }
            _ => None,
        })
        .collect()
}

fn content(dir: &Path) -> &Path {
    fixtures::content_copy(dir, &[("fr", FRENCH), ("ar-EG", ARABIC)]);
    dir
}

/// Without Fluent's and the bidi module's invisible marks.
fn plain(texts: &[String]) -> String {
    bidi::strip(&texts.join("\n"))
}

#[test]
fn a_sentence_in_another_language_asks_in_that_language_whether_to_switch() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::at_safety(dir.path());

    let asked = plain(&chat.say(SENTENCE));
    assert_eq!(
        asked,
        "On dirait que vous écrivez en français. Continuer en français ?\n[Oui, français]\n[Non, merci]"
    );
    // Yes: the question the person was at, again, in French.
    let after = plain(&chat.say("1"));
    assert!(after.contains("Pouvez-vous écrire en sécurité maintenant ?"), "{after}");
}

#[test]
fn no_keeps_the_language_and_is_not_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::at_safety(dir.path());
    assert!(plain(&chat.say(SENTENCE)).contains("Continuer en français ?"));
    let after = plain(&chat.say("2"));
    assert!(after.contains("Can you write safely right now?"), "{after}");
    let again = plain(&chat.say(SENTENCE));
    assert!(!again.contains("français"), "asked once only: {again}");
}

#[test]
fn short_words_and_the_same_language_never_ask() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::at_safety(dir.path());
    for text in ["merci", "oui", "Hello, I do not know what to do now, please help me"] {
        let got = plain(&chat.say(text));
        assert!(!got.contains("Continuer en français"), "{text}: {got}");
    }
}

#[test]
fn during_a_handoff_the_sentence_goes_to_the_operator_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::at_safety(dir.path());
    chat.say("/operator");
    drain(chat.svc.store().as_ref(), OPERATORS);
    let got = plain(&chat.say(SENTENCE));
    assert!(!got.contains("français"), "never asked during a case: {got}");
    let relayed = drain(chat.svc.store().as_ref(), OPERATORS);
    assert!(
        relayed
            .iter()
            .any(|m| matches!(&m.body, Body::Relay { text: Some(t), .. } if t == SENTENCE)),
        "{relayed:?}"
    );
}

#[test]
fn an_arabic_text_keeps_numbers_commands_and_names_readable() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::new(content(dir.path()), "ar-EG");
    let menu = bidi::strip(&chat.say("/start").join("\n"));
    // The stand-in Arabic (a tag of its own beside the real `ar`), picked by its place.
    let labels: Vec<&str> = menu.lines().filter(|l| l.starts_with('[')).collect();
    let n = labels.iter().position(|l| *l == "[العربية (تجربة)]").expect("offered") + 1;
    let texts = chat.say(&n.to_string());
    let question = texts
        .iter()
        .find(|t| t.contains("/exit"))
        .expect("the Arabic safety question");
    // Marks only: the text itself is as written.
    let expected =
        "هل يمكنك الكتابة بأمان الآن؟ اكتب /exit للخروج، أو اتصل بـ Numero Verde Antitratta على 800 290 290 أو 112.";
    assert!(bidi::strip(question).starts_with(expected), "{question:?}");
    assert!(
        question.contains(&format!("{LRI}800 290 290{PDI}")),
        "one run: {question:?}"
    );
    assert!(
        question.contains(&format!("{LRI}Numero Verde Antitratta{PDI}")),
        "{question:?}"
    );
    // `/exit` stays tappable: a blank before, a blank after, no mark touching it.
    assert!(question.contains(" /exit "), "{question:?}");
    assert!(
        !question.contains('\u{2068}'),
        "Fluent's first-strong isolates replaced"
    );
}

fn config_for(root: &Path) -> Config {
    let mut config = Config::default();
    config.flows.dir = Some(root.join("flows"));
    config.l10n.locales_dir = Some(root.join("locales"));
    config
}

#[test]
fn a_reload_serves_a_valid_change_refuses_an_invalid_one_and_conversations_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = content(dir.path());
    let config = config_for(root);
    let mut chat = Chat::at_safety(root);

    // A valid change: served to the next message, the conversation where it was.
    let main = root.join("locales/en/main.ftl");
    let text = fs::read_to_string(&main).unwrap();
    let changed = text.replace(
        "safety-ask = Can you write safely right now?",
        "safety-ask = Is it safe to write now?",
    );
    fs::write(&main, changed).unwrap();
    assert!(varco::serve::reload(&config, &chat.svc));
    let got = plain(&chat.say("7"));
    assert!(got.contains("Is it safe to write now?"), "{got}");

    // An invalid change (a node going nowhere): refused, the old content keeps serving.
    let flows = root.join("flows/main.toml");
    let good = fs::read_to_string(&flows).unwrap();
    fs::write(
        &flows,
        format!("{good}\n[nodes.broken]\nkind = \"say\"\ntext = \"safety-ok\"\nnext = \"nowhere\"\n"),
    )
    .unwrap();
    assert!(!varco::serve::reload(&config, &chat.svc));
    let got = plain(&chat.say("7"));
    assert!(got.contains("Is it safe to write now?"), "{got}");
    let got = plain(&chat.say("1"));
    assert!(got.contains("Good."), "the conversation goes on: {got}");
}

#[test]
fn a_person_on_a_node_that_disappeared_is_told_and_brought_to_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let root = content(dir.path());
    let config = config_for(root);
    let mut chat = Chat::at_safety(root);
    // The safety question, where the person waits, is renamed away.
    let flows = root.join("flows/main.toml");
    let text = fs::read_to_string(&flows).unwrap();
    let renamed = text
        .replace("[nodes.safety]", "[nodes.safety-first]")
        .replace("next = \"safety\"", "next = \"safety-first\"");
    fs::write(&flows, renamed).unwrap();
    assert!(varco::serve::reload(&config, &chat.svc));
    let got = plain(&chat.say("1"));
    assert!(
        got.starts_with("This part of the chat has changed. Here is the menu again."),
        "{got}"
    );
    assert!(got.contains("Which fits you best?"), "the menu: {got}");
}

#[test]
fn lang_in_the_middle_of_a_flow_comes_back_to_the_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::at_safety(dir.path());
    let menu = plain(&chat.say("/lang"));
    assert!(menu.contains("[English]") && menu.contains("[Français]"), "{menu}");
    // Pick French by its place in the menu, whatever languages ship.
    let buttons: Vec<&str> = menu.lines().filter(|l| l.starts_with('[')).collect();
    let french = buttons.iter().position(|b| *b == "[Français]").unwrap() + 1;
    let back = plain(&chat.say(&french.to_string()));
    assert!(back.contains("Pouvez-vous écrire en sécurité maintenant ?"), "{back}");
    assert!(!back.contains("Which fits you best?"), "not the menu: {back}");
}

#[test]
fn without_a_platform_hint_a_clear_first_sentence_chooses_the_first_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::new(content(dir.path()), "en");
    chat.update += 1;
    // As from Matrix: no language hint.
    let mut inbound = text_in(CHAT, "first", SENTENCE, "en");
    inbound.lang_hint = None;
    chat.svc.handle(&inbound, 100).unwrap();
    let got = plain(&chat.say_nothing());
    assert!(got.starts_with("Bonjour, et merci d'écrire."), "{got}");
    assert!(got.contains("[Français]"), "the language menu still follows: {got}");
}
