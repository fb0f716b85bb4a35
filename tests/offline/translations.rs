//! The drafted locales next to the reference (issue 13, "Show it"): every message renders in
//! every locale without a Fluent error, with en's variables, within Telegram's limits and
//! with no English line left untranslated; the ar and ur transcripts keep numbers and
//! commands intact; no language's exit word is a common answer or a button of another; the
//! quick exit's neutral line stays in the person's language.
//!
//! Reads the shipped `locales/` and `tests/transcripts/`; changes nothing.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::support::fixtures::{self, drain, ROOT, TRANSCRIPTS};
use crate::texts::{labels, messages, realistic_args, NOT_PERSON_FACING};
use varco::conversation::{Body, Helpline};
use varco::flow::Text;
use varco::store::MemoryStore;

const TELEGRAM_MESSAGE: usize = 4096;
const TELEGRAM_BUTTON: usize = 30;

/// Ids that are data (word lists) or a name, not prose to translate line by line.
const DATA: &[&str] = &[
    "sys-exit-words",
    "sys-danger-words",
    "language-name",
    "sys-referral-entry",
];

/// Nigerian Pidgin is English-based: "Main menu" or "Good to know:" are Pidgin as they are,
/// so its lines are not compared with English (every other check applies).
const ENGLISH_BASED: &[&str] = &["pcm"];

/// Words that may stay as in English: proper names written in lowercase and words every
/// language borrows.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["ok", "chat", "app", "telegram", "matrix", "whatsapp", "sms", "email"];

/// The source of every message of `lang`: `(file, id, source lines)`.
fn sources(lang: &str) -> Vec<(String, String, String)> {
    let dir = Path::new(ROOT).join("locales").join(lang);
    let mut out = Vec::new();
    for (file, id) in messages(lang) {
        let text = fs::read_to_string(dir.join(&file)).unwrap();
        let mut lines = text.lines().skip_while(|l| {
            l.split_once('=')
                .map_or(true, |(k, _)| k.trim_end() != id || l.starts_with(char::is_whitespace))
        });
        let mut block = lines.next().unwrap_or_default().to_owned();
        for l in lines.take_while(|l| l.is_empty() || l.starts_with(char::is_whitespace)) {
            block.push('\n');
            block.push_str(l);
        }
        out.push((file, id, block));
    }
    out
}

/// The `$variables` a message's source uses.
fn variables(source: &str) -> BTreeSet<String> {
    source
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|v| !v.is_empty())
        .collect()
}

/// One locale's files in one bundle, as the service builds it; syntax errors go to `bad`.
fn bundle(lang: &str, bad: &mut Vec<String>) -> FluentBundle<FluentResource> {
    let id = lang.parse().unwrap_or_else(|_| "en".parse().unwrap());
    let mut bundle = FluentBundle::new(vec![id]);
    let dir = Path::new(ROOT).join("locales").join(lang);
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
        let resource = FluentResource::try_new(fs::read_to_string(path).unwrap()).unwrap_or_else(|(r, errs)| {
            bad.push(format!("{}: {} syntax errors", path.display(), errs.len()));
            r
        });
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// `id` rendered in `bundle` with realistic values, or the Fluent errors.
fn format(bundle: &FluentBundle<FluentResource>, id: &str) -> Result<String, String> {
    let mut args = FluentArgs::new();
    // The operators' desk texts' own values; an error shown as a code, not English words.
    let desk = [
        "answered",
        "total",
        "suggested",
        "yes",
        "no",
        "skipped",
        "count",
        "device",
    ]
    .map(|k| {
        (
            k.to_owned(),
            if k == "device" {
                "ABCDEFGH".to_owned()
            } else {
                "3".to_owned()
            },
        )
    });
    let mut values = realistic_args();
    values.extend(desk);
    values.push(("error".into(), "E42".into()));
    for (k, v) in values {
        match v.parse::<f64>() {
            Ok(n) if !v.contains(' ') => args.set(k, FluentValue::from(n)),
            _ => args.set(k, FluentValue::from(v)),
        }
    }
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| "missing".to_owned())?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
    match errors.is_empty() {
        true => Ok(out.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()),
        false => Err(format!("{errors:?}")),
    }
}

/// Whether a line the same as en's is still untranslated English: it has a word that is
/// not a name (capitalised), a number, a command, an address or a borrowed word.
fn is_untranslated(line: &str) -> bool {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '@'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            let name_like = w.starts_with(|c: char| !c.is_lowercase())
                || w.starts_with(['/', '@'])
                || w.contains(['.', ':', '@'])
                || w.chars().any(|c| c.is_ascii_digit());
            !name_like && !SAME_IN_EVERY_LANGUAGE.contains(&w.to_lowercase().as_str())
        })
}

#[test]
fn the_untranslated_check_tells_english_from_names_and_numbers() {
    assert!(is_untranslated("Can you write safely right now?"));
    assert!(!is_untranslated("Ok."));
    assert!(!is_untranslated("Numero Verde Antitratta: 800 290 290, /exit, 112"));
    assert!(!is_untranslated("Telegram, WhatsApp, https://example.org"));
}

/// Every message of every locale renders without a Fluent error, uses the same variables as
/// en, fits Telegram (4,096 characters a message, 30 a button) and keeps no en line that is
/// more than names, numbers and commands.
#[test]
fn every_message_renders_in_every_locale_like_en() {
    let langs = fixtures::shipped().locales.languages();
    assert!(langs.len() >= 16, "{langs:?}");
    let mut bad = Vec::new();
    let en_bundle = bundle("en", &mut bad);
    let en: Vec<_> = sources("en");
    let labels = labels();
    let mut checked = 0;
    for lang in &langs {
        let b = bundle(lang, &mut bad);
        let own = sources(lang);
        for (file, id, en_source) in &en {
            let operators_only = NOT_PERSON_FACING.contains(&file.as_str());
            let Some((_, _, source)) = own.iter().find(|(_, i, _)| i == id) else {
                if !operators_only || lang == "it" {
                    bad.push(format!("{lang}: {id} missing (belongs in {file})"));
                }
                continue;
            };
            checked += 1;
            if variables(source) != variables(en_source) {
                bad.push(format!(
                    "{lang}/{file} {id}: variables {:?}, en has {:?}",
                    variables(source),
                    variables(en_source)
                ));
            }
            let shown = match format(&b, id) {
                Ok(s) => s,
                Err(e) => {
                    bad.push(format!("{lang}/{file} {id}: fluent errors {e}"));
                    continue;
                }
            };
            let limit = if labels.contains(id) {
                TELEGRAM_BUTTON
            } else {
                TELEGRAM_MESSAGE
            };
            if shown.chars().count() > limit {
                bad.push(format!(
                    "{lang}/{file} {id}: {} characters, limit {limit}",
                    shown.chars().count()
                ));
            }
            if lang == "en" || ENGLISH_BASED.contains(&lang.as_str()) || DATA.contains(&id.as_str()) {
                continue;
            }
            let english = format(&en_bundle, id).unwrap_or_default();
            let english: BTreeSet<&str> = english.lines().map(str::trim).collect();
            for line in shown.lines().map(str::trim) {
                if english.contains(line) && is_untranslated(line) {
                    bad.push(format!("{lang}/{file} {id}: English line {line:?}"));
                }
            }
        }
    }
    assert!(checked > 16 * 100, "only {checked} messages checked");
    assert!(bad.is_empty(), "{} problems:\n{}", bad.len(), bad.join("\n"));
}

/// Bidi controls other than isolates (they are stripped first): embeddings, overrides and
/// marks, which would break copying a number or a command.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}')
}

/// What is wrong with numbers and commands in `text` (a right-to-left transcript).
fn rtl_problems(text: &str) -> Vec<String> {
    let text: String = text
        .chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect();
    let mut bad = Vec::new();
    for line in text.lines() {
        if line.chars().any(is_bidi_control) {
            bad.push(format!("bidi control in {line:?}"));
        }
        for (i, _) in line.match_indices("800") {
            if !line[i..].starts_with("800 290 290") {
                bad.push(format!("broken 800 290 290 in {line:?}"));
            }
        }
        for (i, _) in line.match_indices('/') {
            let before = line[..i].chars().next_back();
            let word: String = line[i + 1..].chars().take_while(char::is_ascii_alphabetic).collect();
            let after = line[i + 1 + word.len()..].chars().next();
            if !["exit", "menu", "operator", "help", "lang", "start"].contains(&word.as_str()) {
                continue;
            }
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                bad.push(format!("/{word} joined to letters in {line:?}"));
            }
        }
    }
    bad
}

#[test]
fn rtl_transcripts_keep_numbers_and_commands_intact() {
    assert_eq!(rtl_problems("اتصل على 800 290 290 أو 112، اكتب /exit").len(), 0);
    assert_eq!(
        rtl_problems("اتصل على 800\u{200F} 290 290").len(),
        2,
        "a mark inside a number"
    );
    assert_eq!(rtl_problems("اكتب/exit للخروج").len(), 1, "a command joined to a word");
    for lang in ["ar", "ur"] {
        let mut all = String::new();
        for entry in fs::read_dir(TRANSCRIPTS).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.split('.').nth(1) == Some(lang) {
                let text = fs::read_to_string(&path).unwrap();
                let bad = rtl_problems(&text);
                assert!(bad.is_empty(), "{name}:\n{}", bad.join("\n"));
                all.push_str(&text);
            }
        }
        for needed in ["800 290 290", "112", "/exit", "/menu"] {
            assert!(
                all.contains(needed),
                "no {needed} in the {lang} transcripts: nothing checked"
            );
        }
    }
}

/// Per language, answers people type on their own (yes, no, thanks, hello…), lowercase.
const COMMON_ANSWERS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "yes",
            "no",
            "ok",
            "okay",
            "thanks",
            "thank you",
            "hello",
            "hi",
            "help",
            "back",
            "menu",
            "not now",
            "later",
        ],
    ),
    (
        "it",
        &[
            "sì", "si", "no", "ok", "grazie", "ciao", "aiuto", "indietro", "dopo", "va bene",
        ],
    ),
    (
        "pcm",
        &[
            "yes",
            "no",
            "ok",
            "thank you",
            "tank you",
            "abeg",
            "how far",
            "help",
            "wetin",
            "i dey",
        ],
    ),
    (
        "fr",
        &[
            "oui",
            "non",
            "ok",
            "merci",
            "bonjour",
            "salut",
            "aide",
            "retour",
            "plus tard",
            "d'accord",
        ],
    ),
    ("ur", &["ہاں", "جی", "نہیں", "ٹھیک ہے", "شکریہ", "سلام", "مدد", "واپس"]),
    (
        "ar",
        &[
            "نعم",
            "لا",
            "حسناً",
            "حسنا",
            "شكراً",
            "شكرا",
            "مرحبا",
            "السلام عليكم",
            "مساعدة",
            "رجوع",
        ],
    ),
    ("bn", &["হ্যাঁ", "না", "ঠিক আছে", "ধন্যবাদ", "হ্যালো", "সাহায্য", "পিছনে"]),
    (
        "pt",
        &[
            "sim", "não", "nao", "ok", "obrigado", "obrigada", "olá", "oi", "ajuda", "voltar", "depois",
        ],
    ),
    (
        "ro",
        &[
            "da",
            "nu",
            "ok",
            "mulțumesc",
            "multumesc",
            "bună",
            "salut",
            "ajutor",
            "înapoi",
            "mai târziu",
        ],
    ),
    (
        "zh",
        &["是", "是的", "不", "不是", "好", "好的", "谢谢", "你好", "帮助", "返回"],
    ),
    ("pa", &["ਹਾਂ", "ਨਹੀਂ", "ਠੀਕ ਹੈ", "ਧੰਨਵਾਦ", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "ਮਦਦ", "ਪਿੱਛੇ"]),
    (
        "sq",
        &[
            "po",
            "jo",
            "ok",
            "faleminderit",
            "përshëndetje",
            "ndihmë",
            "mbrapa",
            "më vonë",
        ],
    ),
    (
        "es",
        &[
            "sí", "si", "no", "vale", "ok", "gracias", "hola", "ayuda", "volver", "luego",
        ],
    ),
    (
        "uk",
        &["так", "ні", "добре", "дякую", "привіт", "допомога", "назад", "пізніше"],
    ),
    (
        "ru",
        &["да", "нет", "хорошо", "спасибо", "привет", "помощь", "назад", "позже"],
    ),
    (
        "bg",
        &[
            "да",
            "не",
            "добре",
            "благодаря",
            "здравей",
            "помощ",
            "назад",
            "по-късно",
        ],
    ),
];

/// Exit words of one language that are an answer of another: `(exit lang, word, answer lang)`.
fn collisions(exits: &[(String, Vec<String>)], answers: &[(String, BTreeSet<String>)]) -> Vec<String> {
    let mut bad = Vec::new();
    for (exit_lang, words) in exits {
        for (answer_lang, said) in answers {
            for w in words.iter().filter(|w| said.contains(*w)) {
                bad.push(format!(
                    "{exit_lang} exit word {w:?} is an answer or button in {answer_lang}"
                ));
            }
        }
    }
    bad
}

/// `word_list` merges every locale's exit words: a message that is only one of them wipes
/// the chat in any language. None may be a common answer or a button of any language.
#[test]
fn no_exit_word_is_an_answer_or_a_button_in_any_language() {
    let oui = [("fr".to_owned(), vec!["oui".to_owned()])];
    let yes = [("fr".to_owned(), BTreeSet::from(["oui".to_owned()]))];
    assert_eq!(collisions(&oui, &yes).len(), 1, "the check must catch 'oui'");
    let content = fixtures::shipped();
    let langs = content.locales.languages();
    let labels = labels();
    let mut exits = Vec::new();
    let mut answers = Vec::new();
    for lang in &langs {
        let list = content.locales.render(lang, &Text::new("sys-exit-words"), &[], false);
        exits.push((lang.clone(), list.split(',').map(|w| w.trim().to_lowercase()).collect()));
        let common = COMMON_ANSWERS
            .iter()
            .find(|(l, _)| l == lang)
            .unwrap_or_else(|| panic!("no common answers for {lang}: add them to COMMON_ANSWERS"))
            .1;
        let mut said: BTreeSet<String> = common.iter().map(|w| w.to_string()).collect();
        for id in &labels {
            let label = content.locales.render(lang, &Text::new(id), &realistic_args(), false);
            said.insert(label.trim().to_lowercase());
        }
        answers.push((lang.clone(), said));
    }
    let bad = collisions(&exits, &answers);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The quick exit wipes the conversation, language included; its one neutral line is still in
/// the language the person used.
#[test]
fn the_quick_exits_neutral_line_is_in_the_persons_language() {
    for (lang, neutral) in [("zh", "好的。"), ("ar", "حسناً."), ("fr", "D'accord.")] {
        let store = Arc::new(MemoryStore::new());
        let svc = fixtures::service(store.clone(), Helpline::default());
        svc.handle(&fixtures::text_in("4242", "u1", "/start", lang), 0).unwrap();
        drain(&*store, "telegram");
        svc.handle(&fixtures::text_in("4242", "u2", "/exit", lang), 0).unwrap();
        let texts: Vec<String> = drain(&*store, "telegram")
            .into_iter()
            .filter_map(|o| match o.body {
                Body::Text { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        assert_eq!(texts, [neutral], "{lang}");
    }
}
