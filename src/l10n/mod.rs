//! Localisation: Fluent bundles per locale, the fallback chain, language negotiation and
//! coverage/review status. It owns how a [`Text`] becomes words in a language. It must not
//! read the disk (callers pass [`LocaleSource`]s) or decide what to say.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::flow::{Diagnostic, LineCol, Text};

pub mod bidi;
pub mod check;
pub mod detect;
pub mod digits;
pub mod examples;
pub mod ftl;
pub mod menu;
pub mod preview;
pub mod scaffold;
mod status;

pub use status::{Coverage, FileStatus, LocaleStatus};

/// The locale every message id must exist in.
pub(crate) const REFERENCE: &str = "en";

/// First Unicode bidi isolation marks Fluent puts around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One `.ftl` file: its language (the directory name) and contents.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    /// The language tag (the file's directory, e.g. `it`).
    pub lang: String,
    /// The file's name as diagnostics show it (e.g. `locales/it/victim.ftl`).
    pub name: String,
    /// The Fluent source.
    pub text: String,
}

/// Whether a native speaker has reviewed a locale's texts, from each file's
/// `### varco-review: reviewed|unreviewed` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Every file that carries the line says `reviewed`.
    Reviewed,
    /// No file says `reviewed` (or none carries the line): not yet checked by a native
    /// speaker.
    Unreviewed,
    /// Some files reviewed, some not.
    Partial,
}

/// Whether a lawyer has checked a file's legal statements, from its
/// `### legal-review: pending|reviewed|none` line. Shown by `varco l10n status`; texts with
/// legal content stay `pending` until a lawyer signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LegalReview {
    /// Legal content a lawyer has not yet checked.
    Pending,
    /// Legal content a lawyer has checked.
    Reviewed,
    /// No legal content in the file (`none`).
    #[serde(rename = "none")]
    NoLegalContent,
    /// The file has no (valid) `legal-review` line.
    Unmarked,
}

impl LegalReview {
    /// The marker of one `.ftl` file: the first `### legal-review: <state>` line.
    pub fn of(text: &str) -> LegalReview {
        let marker = text
            .lines()
            .find_map(|l| l.strip_prefix("###")?.trim().strip_prefix("legal-review:"));
        match marker.map(str::trim) {
            Some("pending") => LegalReview::Pending,
            Some("reviewed") => LegalReview::Reviewed,
            Some("none") => LegalReview::NoLegalContent,
            _ => LegalReview::Unmarked,
        }
    }

    /// The state as `varco l10n status` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            LegalReview::Pending => "pending",
            LegalReview::Reviewed => "reviewed",
            LegalReview::NoLegalContent => "none",
            LegalReview::Unmarked => "unmarked",
        }
    }
}

/// One locale file and its legal-review state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileReview {
    /// The file's name as diagnostics show it (e.g. `locales/it/victim.ftl`).
    pub file: String,
    /// Its `### legal-review:` marker.
    pub legal_review: LegalReview,
    /// Its `### varco-review:` line: `Some(true)` reviewed, `Some(false)` unreviewed.
    pub review: Option<bool>,
}

/// A locale whose files do not load: left out (the helpline serves every other language);
/// its problems, for one loud line at start and for `varco l10n check`.
#[derive(Debug, Clone)]
pub struct LeftOut {
    /// The language tag.
    pub lang: String,
    /// Why (at least one error).
    pub diagnostics: Vec<Diagnostic>,
}

struct Locale {
    /// The locale's tag, parsed from its directory name, for negotiation.
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    /// Each file's legal-review marker, in load order.
    files: Vec<FileReview>,
    /// Every message's line, variables, selector keys and comparable text, by id.
    messages: BTreeMap<String, ftl::MessageInfo>,
}

impl Locale {
    /// One language's files as one bundle; problems go to `diags`. `None` when `lang` (the
    /// directory name) is not a language tag.
    fn load(lang: &str, files: &[&LocaleSource], diags: &mut Vec<Diagnostic>) -> Option<Locale> {
        let id: LanguageIdentifier = match lang.parse() {
            Ok(l) => l,
            Err(_) => {
                diags.push(Diagnostic::error(
                    &files[0].name,
                    LineCol::WHOLE_FILE,
                    None,
                    format!("`{lang}` is not a language tag (the directory name must be one, like `it` or `pcm`)"),
                ));
                return None;
            }
        };
        let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
        let mut ids = BTreeSet::new();
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut messages = BTreeMap::new();
        for file in files {
            for info in ftl::messages(&file.name, &file.text) {
                messages.entry(info.id.clone()).or_insert(info);
            }
            let reviewed = review_of(&file.text);
            if reviewed.is_none() {
                diags.push(Diagnostic::warning(
                    &file.name,
                    LineCol { line: 1, column: 1 },
                    None,
                    "no `### varco-review: reviewed|unreviewed` line; counted as unreviewed",
                ));
            }
            let resource = parse_resource(file, diags);
            // How often each id has been defined so far in this file, to point a
            // duplicate at its own definition rather than the first one.
            let mut in_file: HashMap<String, usize> = HashMap::new();
            for msg in message_ids(&resource) {
                let occurrence = in_file.entry(msg.clone()).or_insert(0);
                let nth = *occurrence;
                *occurrence += 1;
                if let Some(other) = seen.insert(msg.clone(), file.name.clone()) {
                    diags.push(Diagnostic::error(
                        &file.name,
                        line_of_id(&file.text, &msg, nth),
                        None,
                        format!("message `{msg}` is defined twice (also in {other})"),
                    ));
                }
                ids.insert(msg);
            }
            bundle.add_resource_overriding(resource);
        }
        let files = files
            .iter()
            .map(|f| FileReview {
                file: f.name.clone(),
                legal_review: LegalReview::of(&f.text),
                review: review_of(&f.text),
            })
            .collect();
        Some(Locale {
            id,
            bundle,
            ids,
            files,
            messages,
        })
    }
}

/// A file's Fluent resource; syntax errors go to `diags` (the resource keeps what parsed).
fn parse_resource(file: &LocaleSource, diags: &mut Vec<Diagnostic>) -> FluentResource {
    match FluentResource::try_new(file.text.clone()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let entry_start = e.slice.as_ref().map_or(0, |s| s.start);
                diags.push(Diagnostic::error(
                    &file.name,
                    LineCol::of_offset(&file.text, error_offset(&file.text, e.pos.start, entry_start)),
                    None,
                    format!("fluent syntax: {}", e.kind),
                ));
            }
            r
        }
    }
}

/// Every loaded locale and how to fall back between them.
pub struct Locales {
    locales: BTreeMap<String, Locale>,
    /// Per language, the languages to try before the reference.
    fallback: HashMap<String, Vec<String>>,
    /// Locales whose files do not load, left out.
    left_out: Vec<LeftOut>,
    /// The languages the menu offers ([`menu`]), decided once when loaded: every turn asks
    /// (language negotiation), and deciding means comparing every message with the
    /// reference's.
    offered: BTreeSet<String>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("languages", &self.languages()).finish()
    }
}

impl Locales {
    /// Parse every source; parse errors and duplicate ids are diagnostics with file:line.
    /// Strict: any error in any locale fails (see [`Locales::load_leaving_out`]).
    pub fn load(
        sources: &[LocaleSource],
        fallback: HashMap<String, Vec<String>>,
    ) -> Result<(Locales, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (locales, mut diags) = Locales::load_leaving_out(sources, fallback)?;
        if locales.left_out.is_empty() {
            return Ok((locales, diags));
        }
        diags.extend(locales.left_out.into_iter().flat_map(|l| l.diagnostics));
        Err(diags)
    }

    /// [`Locales::load`], but a language other than the reference whose files have an error
    /// is left out (see [`Locales::left_out`]) and every other language loads: a
    /// volunteer's mistake in one locale must not take the helpline down. An error in the
    /// reference locale still fails.
    pub fn load_leaving_out(
        sources: &[LocaleSource],
        fallback: HashMap<String, Vec<String>>,
    ) -> Result<(Locales, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut by_lang: BTreeMap<String, Vec<&LocaleSource>> = BTreeMap::new();
        for s in sources {
            by_lang.entry(s.lang.clone()).or_default().push(s);
        }
        let mut locales = BTreeMap::new();
        let mut left_out = Vec::new();
        for (lang, files) in by_lang {
            let mut own = Vec::new();
            let locale = Locale::load(&lang, &files, &mut own);
            if lang != REFERENCE && own.iter().any(Diagnostic::is_error) {
                left_out.push(LeftOut { lang, diagnostics: own });
                continue;
            }
            diags.extend(own);
            if let Some(locale) = locale {
                locales.insert(lang, locale);
            }
        }
        if !locales.contains_key(REFERENCE) {
            diags.push(Diagnostic::error(
                "locales",
                LineCol::WHOLE_FILE,
                None,
                format!("the reference locale `{REFERENCE}` is missing (locales/{REFERENCE}/*.ftl)"),
            ));
        }
        for (lang, chain) in &fallback {
            for l in chain {
                if !locales.contains_key(l) && !left_out.iter().any(|o: &LeftOut| o.lang == *l) {
                    diags.push(Diagnostic::error(
                        "config",
                        LineCol::WHOLE_FILE,
                        None,
                        format!("l10n.fallback.{lang} names `{l}`, which has no locale"),
                    ));
                }
            }
        }
        if diags.iter().any(Diagnostic::is_error) {
            return Err(diags);
        }
        let mut loaded = Locales {
            locales,
            fallback,
            left_out,
            offered: BTreeSet::new(),
        };
        loaded.offered = loaded
            .locales
            .keys()
            .filter(|l| loaded.decide_offered(l))
            .cloned()
            .collect();
        Ok((loaded, diags))
    }

    /// Loaded languages in their stable menu order ([`menu::ORDER`]; the reference first).
    pub fn languages(&self) -> Vec<String> {
        menu::ordered(self.locales.keys().map(String::as_str))
    }

    /// The languages the language menu offers, in [`Locales::languages`]' order: those
    /// with every person-facing message and a name of their own (see [`menu`]).
    pub fn menu_languages(&self) -> Vec<String> {
        let mut v = self.languages();
        v.retain(|l| self.is_offered(l));
        v
    }

    /// Locales left out because their files do not load.
    pub fn left_out(&self) -> &[LeftOut] {
        &self.left_out
    }

    /// Whether there is a locale for `lang` (an exact tag).
    pub fn has(&self, lang: &str) -> bool {
        self.locales.contains_key(lang)
    }

    /// Whether the reference locale defines `id`.
    pub fn has_reference_message(&self, id: &str) -> bool {
        self.locales.get(REFERENCE).is_some_and(|l| l.ids.contains(id))
    }

    /// The reference locale's message ids that start with `prefix`, sorted.
    pub(crate) fn reference_ids(&self, prefix: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .locales
            .get(REFERENCE)
            .map(|l| l.ids.iter().filter(|id| id.starts_with(prefix)).cloned().collect())
            .unwrap_or_default();
        ids.sort();
        ids
    }

    /// The language to start a conversation in: the locale that best matches the platform's
    /// hint, compared as a full tag (`pt-BR`, `zh-Hans`, `sr-Latn`; a `pt-PT` hint finds
    /// `pt`), else the helpline's default, else the reference. An explicit choice later
    /// always wins.
    pub fn negotiate(&self, hint: Option<&str>, default: &str) -> String {
        let requested: Vec<LanguageIdentifier> = hint.and_then(|h| h.parse().ok()).into_iter().collect();
        let available: Vec<&LanguageIdentifier> = self
            .locales
            .iter()
            .filter(|(lang, _)| self.is_offered(lang))
            .map(|(_, l)| &l.id)
            .collect();
        let fallback = [default, REFERENCE]
            .into_iter()
            .find_map(|lang| self.locales.get(lang))
            .map(|l| &l.id);
        let chosen = negotiate_languages(&requested, &available, fallback.as_ref(), NegotiationStrategy::Lookup);
        chosen
            .first()
            .and_then(|id| self.locales.iter().find(|(_, l)| l.id == ***id))
            .map_or_else(|| REFERENCE.to_owned(), |(lang, _)| lang.clone())
    }

    /// The languages tried for `lang`, in order: itself, its configured chain, the reference.
    pub fn chain(&self, lang: &str) -> Vec<String> {
        let mut chain = vec![lang.to_owned()];
        chain.extend(self.fallback.get(lang).into_iter().flatten().cloned());
        chain.push(REFERENCE.to_owned());
        // Keep each language once, where it first appears (`pcm -> en, it` then the
        // reference again must stay pcm, en, it).
        let mut seen = BTreeSet::new();
        chain.retain(|l| seen.insert(l.clone()) && self.has(l));
        chain
    }

    /// Render `text` in `lang` (or the text's own fixed language), falling back along the
    /// chain. `common` arguments (helpline, phone, variables…) are added under the text's
    /// own. `isolate` keeps Fluent's bidi isolation marks around placeables — wanted where
    /// right-to-left and left-to-right text mix and the client honours them; in a
    /// right-to-left locale [`bidi::isolate_runs`] places the marks instead.
    pub fn render(&self, lang: &str, text: &Text, common: &[(String, String)], isolate: bool) -> String {
        let lang = text.lang.as_deref().unwrap_or(lang);
        let mut args = FluentArgs::new();
        for (k, v) in common.iter().chain(text.args.iter()) {
            args.set(k.clone(), value(v));
        }
        for l in self.chain(lang) {
            let Some(locale) = self.locales.get(&l) else { continue };
            let Some(pattern) = locale.bundle.get_message(&text.id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let out = locale.bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                // Ids only: texts and arguments may hold what a person wrote.
                tracing::warn!(message_id = %text.id, lang = %l, errors = errors.len(), "fluent formatting errors");
            }
            return match (isolate, bidi::is_rtl(&l)) {
                // Right to left: each left-to-right run (numbers, commands, Latin names)
                // marked where it helps, never where it breaks a command or a number.
                (true, true) => bidi::isolate_runs(&out),
                (true, false) => out.into_owned(),
                (false, _) => out.chars().filter(|c| *c != FSI && *c != PDI).collect(),
            };
        }
        tracing::error!(message_id = %text.id, "message missing in every locale of the chain");
        format!("[{}]", text.id)
    }

    /// Every locale's quick-exit words (`sys-exit-words`, comma-separated), lowercase.
    pub(crate) fn exit_words(&self) -> Vec<String> {
        self.word_list("sys-exit-words")
    }

    /// Every locale's entries of a comma-separated word list message, lowercase, sorted.
    pub(crate) fn word_list(&self, id: &str) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for (lang, locale) in &self.locales {
            if !locale.ids.contains(id) {
                continue;
            }
            let list = self.render(lang, &Text::new(id), &[], false);
            words.extend(
                list.split(',')
                    .map(|w| w.trim().to_lowercase())
                    .filter(|w| !w.is_empty()),
            );
        }
        words.sort();
        words.dedup();
        words
    }
}

/// Numbers as Fluent numbers (so plural selectors work), everything else as strings.
fn value(v: &str) -> FluentValue<'static> {
    match v.parse::<i64>() {
        Ok(n) if !v.starts_with('0') || v == "0" => FluentValue::from(n),
        _ => FluentValue::from(v.to_owned()),
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

pub(crate) fn review_of(text: &str) -> Option<bool> {
    text.lines().find_map(|l| {
        let v = l.strip_prefix("###")?.trim().strip_prefix("varco-review:")?.trim();
        match v {
            "reviewed" => Some(true),
            "unreviewed" => Some(false),
            _ => None,
        }
    })
}

/// The line of the `nth` (0-based) definition `id = …` in `text`.
pub(crate) fn line_of_id(text: &str, id: &str, nth: usize) -> LineCol {
    let mut offset = 0;
    let mut found = 0;
    for line in text.split_inclusive('\n') {
        if line.strip_prefix(id).is_some_and(|r| r.trim_start().starts_with('=')) {
            if found == nth {
                return LineCol::of_offset(text, offset);
            }
            found += 1;
        }
        offset += line.len();
    }
    LineCol::WHOLE_FILE
}

/// Where to report a Fluent parse error that the parser found at `at`, inside the entry
/// starting at `entry_start`. The parser skips blank lines before giving up, so an unclosed
/// `{` at the end of a line is found on the next non-blank line; when only whitespace with
/// a line break lies between the error and the entry's last non-blank character, that
/// character is where the problem is. An error at the entry's own start stays there.
fn error_offset(text: &str, at: usize, entry_start: usize) -> usize {
    let at = at.min(text.len());
    let Some(before) = text.get(..at) else { return at };
    let trimmed = before.trim_end();
    let gap = &before[trimmed.len()..];
    match trimmed.char_indices().next_back() {
        Some((last, _)) if gap.contains('\n') && last >= entry_start => last,
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_review_markers_are_read_from_the_header() {
        assert_eq!(
            LegalReview::of("### varco-review: reviewed\n### legal-review: pending\n"),
            LegalReview::Pending
        );
        assert_eq!(
            LegalReview::of("### legal-review:  reviewed \nx = y\n"),
            LegalReview::Reviewed
        );
        assert_eq!(LegalReview::of("### legal-review: none\n"), LegalReview::NoLegalContent);
        assert_eq!(LegalReview::of("### legal-review: signed?\n"), LegalReview::Unmarked);
        assert_eq!(
            LegalReview::of("# legal-review: pending\nx = y\n"),
            LegalReview::Unmarked
        );
    }

    fn locales(langs: &[&str]) -> Locales {
        let sources: Vec<LocaleSource> = langs
            .iter()
            .map(|lang| LocaleSource {
                lang: (*lang).to_owned(),
                name: format!("locales/{lang}/a.ftl"),
                text: "### varco-review: reviewed\nhello = hi\n".to_owned(),
            })
            .collect();
        Locales::load(&sources, HashMap::new()).expect("locales load").0
    }

    #[test]
    fn negotiation_compares_full_tags() {
        let l = locales(&["en", "it", "pt", "pt-BR", "sr", "sr-Latn", "zh-Hans", "zh-Hant"]);
        assert_eq!(l.negotiate(Some("pt-BR"), "it"), "pt-BR");
        assert_eq!(l.negotiate(Some("pt-br"), "it"), "pt-BR", "tags are case-insensitive");
        assert_eq!(l.negotiate(Some("pt"), "it"), "pt");
        assert_eq!(l.negotiate(Some("sr-Latn"), "it"), "sr-Latn");
        assert_eq!(l.negotiate(Some("sr"), "it"), "sr");
        assert_eq!(l.negotiate(Some("zh-Hans"), "it"), "zh-Hans");
        assert_eq!(l.negotiate(Some("zh-Hant"), "it"), "zh-Hant");
        assert_eq!(l.negotiate(Some("zh-Hant-TW"), "it"), "zh-Hant");
    }

    #[test]
    fn a_region_falls_back_to_its_language() {
        let l = locales(&["en", "it", "pt"]);
        assert_eq!(l.negotiate(Some("pt-PT"), "it"), "pt");
        assert_eq!(l.negotiate(Some("en-GB"), "it"), "en");
        assert_eq!(l.negotiate(Some("it-CH"), "en"), "it");
    }

    #[test]
    fn garbage_or_unknown_hints_get_the_default() {
        let l = locales(&["en", "it"]);
        for hint in ["not a tag!", "", "xx", "de-DE", "und", "-", "en_", "123"] {
            assert_eq!(l.negotiate(Some(hint), "it"), "it", "hint {hint:?}");
        }
    }

    #[test]
    fn without_a_hint_the_default_then_the_reference() {
        let l = locales(&["en", "it"]);
        assert_eq!(l.negotiate(None, "it"), "it");
        assert_eq!(l.negotiate(None, "en"), "en");
        assert_eq!(l.negotiate(None, "de"), REFERENCE, "a default without a locale");
        assert_eq!(l.negotiate(Some("xx"), "de"), REFERENCE);
    }
}
