//! `varco l10n check`: every mistake a volunteer translator can make that would reach a
//! person, found before it ships, each in plain words with file, line and a hint. Errors:
//! Fluent syntax; a variable that differs from English (misspelled or dropped); a
//! translated selector key; a button over [`BUTTON_LIMIT`] characters or a message over
//! [`MESSAGE_LIMIT`] once rendered with example values; no `language-name` of its own; an
//! exit or danger word that is also a button or a common answer. Warnings: messages still
//! in English, person-facing messages missing (the menu leaves the language out), leftovers.
//! It must not read the disk or print.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::ftl::{self, MessageInfo};
use super::menu::is_person_facing;
use super::status::still_english;
use super::{examples, LocaleSource, Locales, REFERENCE};
use crate::flow::{Diagnostic, LineCol, Text};

/// Longest button label, in characters. Telegram accepts longer labels but a phone cuts
/// them after about 30 characters in a two-column keyboard (and Element wraps them); the
/// person must read the whole choice. `locales/en/main.ftl` tells translators the same.
pub const BUTTON_LIMIT: usize = 30;

/// Longest message, in characters after rendering: one Telegram message (4,096).
pub const MESSAGE_LIMIT: usize = 4096;

/// Selector keys every language may add: CLDR plural categories.
const PLURAL_KEYS: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Answers people type to a question whatever the buttons say, in the helpline's languages
/// (lowercase). An exit word equal to one of them would wipe a chat that only answered.
pub const COMMON_ANSWERS: &[&str] = &[
    "yes",
    "no",
    "ok",
    "okay",
    "hello",
    "hi",
    "thanks",
    "sì",
    "si",
    "ciao",
    "grazie",
    "oui",
    "non",
    "merci",
    "bonjour",
    "d'accord",
    "yes o",
    "no o",
    "sim",
    "não",
    "nao",
    "obrigado",
    "obrigada",
    "olá",
    "da",
    "nu",
    "mulțumesc",
    "salut",
    "po",
    "jo",
    "faleminderit",
    "sí",
    "gracias",
    "hola",
    "так",
    "ні",
    "дякую",
    "привіт",
    "да",
    "нет",
    "спасибо",
    "привет",
    "не",
    "благодаря",
    "здравей",
    "是",
    "不",
    "不是",
    "好",
    "谢谢",
    "你好",
    "نعم",
    "لا",
    "شكرا",
    "مرحبا",
    "ہاں",
    "نہیں",
    "شکریہ",
    "جی",
    "হ্যাঁ",
    "না",
    "ধন্যবাদ",
    "ਹਾਂ",
    "ਨਹੀਂ",
    "ਧੰਨਵਾਦ",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
];

/// Every problem of `sources` (the files of `locales/*/`); `buttons` are the message ids
/// shown as buttons (option labels of the flows, `language-name`, …).
pub fn check(sources: &[LocaleSource], buttons: &BTreeSet<String>) -> Vec<Diagnostic> {
    let (locales, mut diags) = match Locales::load_leaving_out(sources, HashMap::new()) {
        Ok(loaded) => loaded,
        Err(diags) => return diags,
    };
    for l in locales.left_out() {
        diags.extend(l.diagnostics.iter().cloned());
    }
    let by_lang = messages_by_lang(sources);
    let empty = BTreeMap::new();
    let reference = by_lang.get(REFERENCE).unwrap_or(&empty);
    for (lang, messages) in &by_lang {
        if lang != REFERENCE {
            against_english(lang, messages, reference, &mut diags);
            untranslated(lang, messages, reference, &mut diags);
        }
    }
    lengths(&locales, &by_lang, buttons, &mut diags);
    word_collisions(&locales, &by_lang, buttons, &mut diags);
    diags
}

/// Per language, its messages by id (first definition).
fn messages_by_lang(sources: &[LocaleSource]) -> BTreeMap<String, BTreeMap<String, MessageInfo>> {
    let mut out: BTreeMap<String, BTreeMap<String, MessageInfo>> = BTreeMap::new();
    for s in sources {
        let lang = out.entry(s.lang.clone()).or_default();
        for m in ftl::messages(&s.name, &s.text) {
            lang.entry(m.id.clone()).or_insert(m);
        }
    }
    out
}

fn error(m: &MessageInfo, message: String) -> Diagnostic {
    Diagnostic::error(
        &m.file,
        LineCol {
            line: m.line,
            column: 1,
        },
        None,
        message,
    )
}

fn warning(m: &MessageInfo, message: String) -> Diagnostic {
    Diagnostic::warning(
        &m.file,
        LineCol {
            line: m.line,
            column: 1,
        },
        None,
        message,
    )
}

fn vars(set: &BTreeSet<String>) -> String {
    set.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(" ")
}

/// Variables, selector keys and `language-name`, message by message against English.
fn against_english(
    lang: &str,
    messages: &BTreeMap<String, MessageInfo>,
    reference: &BTreeMap<String, MessageInfo>,
    diags: &mut Vec<Diagnostic>,
) {
    for (id, m) in messages {
        let Some(en) = reference.get(id) else { continue };
        let unknown: BTreeSet<String> = m.variables.difference(&en.variables).cloned().collect();
        if !unknown.is_empty() {
            diags.push(error(m, format!(
                "message `{id}` uses {}, which the English text does not have: a person would read it as it is; hint: copy the variables exactly as in en ({})",
                vars(&unknown),
                if en.variables.is_empty() { "none".to_owned() } else { vars(&en.variables) }
            )));
        }
        let dropped: BTreeSet<String> = en.variables.difference(&m.variables).cloned().collect();
        if !dropped.is_empty() {
            diags.push(error(m, format!(
                "message `{id}` leaves out {}, which the English text has: the person would not get that number or name; hint: put it back, unchanged, where it fits in the sentence",
                vars(&dropped)
            )));
        }
        for key in m.keys.difference(&en.keys) {
            if !PLURAL_KEYS.contains(&key.as_str()) {
                diags.push(error(m, format!(
                    "message `{id}` has the choice `[{key}]`, which English does not have: keys in square brackets are code and stay in English ({}); hint: translate only the text after the key",
                    en.keys.iter().map(|k| format!("[{k}]")).collect::<Vec<_>>().join(" ")
                )));
            }
        }
    }
    let first = messages.values().next();
    match (messages.get("language-name"), reference.get("language-name"), first) {
        (None, _, Some(any)) => diags.push(Diagnostic::error(
            &any.file,
            LineCol::WHOLE_FILE,
            None,
            format!("locale `{lang}` has no `language-name`: the language menu would show another language's name; hint: add `language-name = ` followed by the language's name in itself (e.g. Français) to system.ftl"),
        )),
        (Some(own), Some(en), _) if own.text == en.text => diags.push(error(
            own,
            format!("`language-name` of `{lang}` is still the English one: the menu would show it twice; hint: write the language's name in itself (e.g. Français)"),
        )),
        _ => {}
    }
}

/// Warnings: messages still English, person-facing ones missing, leftovers.
fn untranslated(
    lang: &str,
    messages: &BTreeMap<String, MessageInfo>,
    reference: &BTreeMap<String, MessageInfo>,
    diags: &mut Vec<Diagnostic>,
) {
    for (id, m) in messages {
        match reference.get(id) {
            Some(en) if still_english(en, m) => diags.push(warning(m, format!(
                "message `{id}` is still the English text: it counts as untranslated; hint: translate it, or write `# same-as-en` on the line above if it is rightly the same (a name, a number)"
            ))),
            None => diags.push(warning(m, format!(
                "message `{id}` is not in English any more: nobody will see it; hint: delete it"
            ))),
            _ => {}
        }
    }
    let missing: Vec<&str> = reference
        .values()
        .filter(|en| is_person_facing(&en.file) && !messages.contains_key(&en.id))
        .map(|en| en.id.as_str())
        .collect();
    if let (Some(first), Some(any)) = (missing.first(), messages.values().next()) {
        diags.push(Diagnostic::warning(
            &any.file,
            LineCol::WHOLE_FILE,
            None,
            format!(
                "locale `{lang}` lacks {} message(s) people read (first: `{first}`): the language menu does not offer it until they exist; hint: `varco l10n status` lists them and their files",
                missing.len()
            ),
        ));
    }
}

/// Buttons over [`BUTTON_LIMIT`], messages over [`MESSAGE_LIMIT`], rendered with examples.
fn lengths(
    locales: &Locales,
    by_lang: &BTreeMap<String, BTreeMap<String, MessageInfo>>,
    buttons: &BTreeSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    for lang in locales.languages() {
        for (id, m) in by_lang.get(&lang).into_iter().flatten() {
            let shown = locales.render(&lang, &Text::new(id), &examples::args_for(&m.variables), false);
            let n = shown.chars().count();
            if buttons.contains(id) && n > BUTTON_LIMIT {
                diags.push(error(m, format!(
                    "button `{id}` has {n} characters ({shown:?}): a phone cuts a button after {BUTTON_LIMIT}; hint: say it in fewer words"
                )));
            } else if n > MESSAGE_LIMIT {
                diags.push(error(m, format!(
                    "message `{id}` has {n} characters with example values: Telegram sends at most {MESSAGE_LIMIT}; hint: shorten it"
                )));
            }
        }
    }
}

/// Exit and danger words equal to a button label (of any language: the words work in every
/// conversation) or a common answer.
fn word_collisions(
    locales: &Locales,
    by_lang: &BTreeMap<String, BTreeMap<String, MessageInfo>>,
    buttons: &BTreeSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut labels: BTreeMap<String, String> = BTreeMap::new();
    for lang in locales.languages() {
        for id in buttons
            .iter()
            .filter(|id| by_lang.get(&lang).is_some_and(|m| m.contains_key(*id)))
        {
            let label = locales.render(&lang, &Text::new(id), &examples::args(), false);
            labels
                .entry(label.trim().to_lowercase())
                .or_insert(format!("the button `{id}` in {lang}"));
        }
    }
    for answer in COMMON_ANSWERS {
        labels
            .entry((*answer).to_owned())
            .or_insert("a common answer".to_owned());
    }
    for lang in locales.languages() {
        for (id, what) in [("sys-exit-words", "exit word"), ("sys-danger-words", "danger word")] {
            let Some(m) = by_lang.get(&lang).and_then(|l| l.get(id)) else {
                continue;
            };
            let list = locales.render(&lang, &Text::new(id), &[], false);
            for word in list
                .split(',')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
            {
                if let Some(clash) = labels.get(&word) {
                    let effect = if what == "exit word" {
                        "answering with it would wipe the chat"
                    } else {
                        "answering with it would flag the conversation as danger"
                    };
                    diags.push(error(
                        m,
                        format!(
                            "{what} `{word}` is also {clash}: {effect}; hint: choose words nobody types as an answer"
                        ),
                    ));
                }
            }
        }
    }
}
