//! `varco l10n preview <lang>`: every message of a language (person-facing flows, canned
//! replies, system and operator texts) rendered with example values, one after the other,
//! each with its boundaries and the line a lock screen would show (its first). It owns that
//! layout; it must not read the disk or print.

use std::fmt::Write as _;

use super::ftl::{self, MessageInfo};
use super::menu::{base_name, is_person_facing};
use super::status::still_english;
use super::{examples, LocaleSource, Locales, REFERENCE};
use crate::flow::Text;

/// Every reference message in file order, rendered in `lang`; `sources` are the files of
/// every locale (the reference's give the order, `lang`'s tell what is still English).
pub fn preview(locales: &Locales, lang: &str, sources: &[LocaleSource]) -> String {
    let own: Vec<MessageInfo> = sources
        .iter()
        .filter(|s| s.lang == lang)
        .flat_map(|s| ftl::messages(&s.name, &s.text))
        .collect();
    let mut out = String::new();
    for file in sources.iter().filter(|s| s.lang == REFERENCE) {
        let base = base_name(&file.name);
        let who = if is_person_facing(base) {
            "people read these"
        } else {
            "operators read these"
        };
        let _ = writeln!(out, "==================== {base} ({who}) ====================");
        for en in ftl::messages(&file.name, &file.text) {
            let note = match own.iter().find(|m| m.id == en.id) {
                None => " [missing: shown in English]",
                Some(m) if lang != REFERENCE && still_english(&en, m) => " [still English]",
                Some(_) => "",
            };
            let shown = locales.render(lang, &Text::new(&en.id), &examples::args_for(&en.variables), false);
            let first = shown.lines().next().unwrap_or_default();
            let _ = writeln!(out, "---- {}{note} ----", en.id);
            let _ = writeln!(out, "lock screen: {first}");
            let _ = writeln!(out, "{shown}");
        }
        out.push('\n');
    }
    let _ = writeln!(out, "---- end ----");
    out
}
