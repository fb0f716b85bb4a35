//! Entry points for fuzzing: each takes arbitrary bytes and runs one parser that faces
//! outside input — flow TOML, Fluent files, Telegram updates (long-poll items and webhook
//! bodies), operators' commands, sealed store records. The coverage-guided targets in
//! `fuzz/` (cargo-afl) and the property tests in `tests/offline/fuzz_props.rs` call the same
//! functions, so what CI runs briefly is what a long run explores. Each must return, never
//! panic, whatever the bytes; none keeps state, touches disk or logs. See SECURITY.md.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::content::{Content, ContentPaths};
use crate::conversation::{Outbound, Record};
use crate::flow::{Catalog, Input, Source, State};
use crate::handoff::Case;
use crate::l10n::{LocaleSource, Locales};
use crate::store::{Cipher, MasterKey};

/// A fuzz target: any bytes in, nothing out, never a panic.
pub type Target = fn(&[u8]);

/// The fuzz targets by name, for the runners: `(name, entry point)`.
pub const TARGETS: &[(&str, Target)] = &[
    ("flow_toml", flow_toml),
    ("fluent", fluent),
    ("telegram_update", telegram_update),
    ("operator_command", operator_command),
    ("sealed_record", sealed_record),
    ("person_turns", person_turns),
];

/// A volunteer's flow file: parsed, checked against a catalog that knows every text id and
/// two languages. Errors are diagnostics, never a panic.
pub fn flow_toml(data: &[u8]) {
    let source = Source {
        name: "flows/fuzz.toml".into(),
        text: String::from_utf8_lossy(data).into_owned(),
    };
    let languages = ["en".to_owned(), "it".to_owned()];
    let has = |_: &str| true;
    let catalog = Catalog {
        has_message: &has,
        languages: &languages,
    };
    let _ = crate::flow::load(&[source], &catalog);
}

/// A translator's Fluent file, loaded as a second locale beside a minimal reference, then
/// every message it defines rendered (what `l10n preview` and a person's turn do).
pub fn fluent(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let sources = [
        LocaleSource {
            lang: "en".into(),
            name: "locales/en/system.ftl".into(),
            text: "language-name = English\n".into(),
        },
        LocaleSource {
            lang: "fr".into(),
            name: "locales/fr/system.ftl".into(),
            text,
        },
    ];
    let Ok((locales, _)) = Locales::load(&sources, HashMap::new()) else {
        return;
    };
    for id in locales.reference_ids("") {
        let _ = locales.render("fr", &crate::flow::Text::new(&id), &[], true);
    }
}

/// A Telegram update as the Bot API sends it (an item of `getUpdates`, or a webhook body):
/// decoded as the channel decodes it, then translated into what it means for Varco.
pub fn telegram_update(data: &[u8]) {
    if let Ok(update) = serde_json::from_slice::<teloxide::types::Update>(data) {
        let _ = crate::channel::telegram::translate::translate(&update);
    }
}

/// An operator's message in a case room or the lobby, read as a command.
pub fn operator_command(data: &[u8]) {
    let _ = crate::handoff::parse(&String::from_utf8_lossy(data));
}

/// A store record: opened as the store opens what it reads from disk (the bytes may be
/// corrupt or forged), and the plaintext (here the raw bytes, as if authentic) read as each
/// kind of record the service keeps.
pub fn sealed_record(data: &[u8]) {
    let _ = fuzz_cipher().open("state", b"fuzz", data);
    let _ = serde_json::from_slice::<Record>(data);
    let _ = serde_json::from_slice::<Case>(data);
    let _ = serde_json::from_slice::<Outbound>(data);
    let _ = crate::store::decode_tracked(data);
}

/// What people type, one message a line, through the built-in flows from a new
/// conversation: commands, numbers in any script, exit and danger words, very long lines.
/// A line `#N` is a pressed button (option N). The engine must answer every one.
pub fn person_turns(data: &[u8]) {
    static CONTENT: OnceLock<Option<Content>> = OnceLock::new();
    let Some(content) = CONTENT.get_or_init(|| Content::load(&ContentPaths::default()).ok()) else {
        return;
    };
    let mut state = State::default();
    for (i, line) in String::from_utf8_lossy(data).lines().take(64).enumerate() {
        let input = match line.strip_prefix('#').and_then(|n| n.parse::<u32>().ok()) {
            Some(n) => Input::Choice(n),
            None => Input::Text(line.to_owned()),
        };
        state = crate::flow::step(&content.flows, &state, &input, i as u64).0;
    }
}

/// `plaintext` sealed as [`sealed_record`] expects an authentic record to be (a fixed key
/// that guards nothing), so the runners can seed it with records that open.
pub fn sealed_seed(plaintext: &[u8]) -> Vec<u8> {
    fuzz_cipher().seal("state", b"fuzz", plaintext)
}

fn fuzz_cipher() -> Cipher {
    Cipher::new(&MasterKey::from_bytes([7; 32]))
}
