//! Coverage and review state per locale and per file, for `varco l10n status`: translated,
//! missing (and the file each missing id belongs in), identical to English, obsolete,
//! person-facing and operator texts counted apart. A message still equal to English counts
//! as untranslated unless it is marked `# same-as-en`; a message with nothing to translate
//! (only numbers and variables in English) is left out of the counts; a file
//! with nothing translated is never "reviewed", whatever its header says. It must not read
//! the disk or print.

use std::collections::BTreeMap;

use serde::Serialize;

use super::ftl::MessageInfo;
use super::menu::{base_name, is_person_facing};
use super::{LegalReview, Locale, Locales, Review, REFERENCE};
use crate::flow::Text;

/// Per-locale coverage against the reference, for `varco l10n status`.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    /// The language tag.
    pub lang: String,
    /// The language's name in its own words (its `language-name`).
    pub name: String,
    /// Reference message ids this locale has translated (present and not still English).
    pub translated: usize,
    /// Message ids in the reference locale.
    pub total: usize,
    /// Reference ids this locale lacks (shown through the fallback chain).
    pub missing: Vec<String>,
    /// For each missing id, the file it belongs in (`locales/fr/victim.ftl`).
    pub belongs_in: BTreeMap<String, String>,
    /// Ids whose text is still the English one (not marked `# same-as-en`).
    pub identical: Vec<String>,
    /// Ids the reference no longer has: leftovers to delete.
    pub obsolete: Vec<String>,
    /// Whether a native speaker has reviewed it.
    pub review: Review,
    /// Whether the language menu offers it (every person-facing message, its own name).
    pub offered: bool,
    /// Texts people read.
    pub person: Coverage,
    /// Texts only operators read (`desk.ftl`).
    pub operator: Coverage,
    /// The languages tried after it when a message is missing (the reference last).
    pub fallback: Vec<String>,
    /// Each file: coverage, review and legal-review state.
    pub files: Vec<FileStatus>,
}

/// How many of a group of reference messages a locale has translated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Present and not still English.
    pub translated: usize,
    /// In the reference.
    pub total: usize,
    /// Absent.
    pub missing: usize,
    /// Present but still the English text.
    pub identical: usize,
}

/// One file of a locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileStatus {
    /// The file's name as diagnostics show it (e.g. `locales/it/victim.ftl`).
    pub file: String,
    /// Whether the file exists in this locale (`false`: every id of it is missing).
    pub present: bool,
    /// Its `### legal-review:` marker.
    pub legal_review: LegalReview,
    /// Its `### varco-review:` line, `unreviewed` while nothing in it is translated.
    pub review: Review,
    /// Its messages against the reference file of the same name.
    pub coverage: Coverage,
}

/// What one reference message looks like in a locale.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Translated,
    Missing,
    Identical,
    /// Present, and English has nothing to translate in it (only numbers, variables):
    /// left out of the counts, so a copy of English counts 0 %.
    NothingToTranslate,
}

impl Coverage {
    fn add(&mut self, kind: Kind) {
        if kind == Kind::NothingToTranslate {
            return;
        }
        self.total += 1;
        match kind {
            Kind::Translated => self.translated += 1,
            Kind::Missing => self.missing += 1,
            Kind::Identical => self.identical += 1,
            Kind::NothingToTranslate => {}
        }
    }
}

/// Whether `translation` is still `english`: same text, letters of its own, not marked.
pub(crate) fn still_english(english: &MessageInfo, translation: &MessageInfo) -> bool {
    english.text == translation.text && translation.has_letters && !translation.same_as_en
}

impl Locales {
    /// Coverage and review state of every loaded locale, in menu order.
    pub fn status(&self) -> Vec<LocaleStatus> {
        let Some(reference) = self.locales.get(REFERENCE) else {
            return Vec::new();
        };
        self.languages()
            .into_iter()
            .filter_map(|lang| {
                let locale = self.locales.get(&lang)?;
                Some(self.status_of(&lang, locale, reference))
            })
            .collect()
    }

    fn status_of(&self, lang: &str, locale: &Locale, reference: &Locale) -> LocaleStatus {
        let dir = locale
            .files
            .first()
            .map(|f| f.file[..f.file.len() - base_name(&f.file).len()].to_owned())
            .unwrap_or_default();
        let kind = |en: &MessageInfo| match locale.messages.get(&en.id) {
            None => Kind::Missing,
            Some(_) if !en.has_letters => Kind::NothingToTranslate,
            Some(m) if lang != REFERENCE && still_english(en, m) => Kind::Identical,
            Some(_) => Kind::Translated,
        };
        let (mut person, mut operator) = (Coverage::default(), Coverage::default());
        let mut by_file: BTreeMap<&str, Coverage> = BTreeMap::new();
        let (mut missing, mut identical, mut belongs_in) = (Vec::new(), Vec::new(), BTreeMap::new());
        for en in reference.messages.values() {
            let k = kind(en);
            let group = if is_person_facing(&en.file) {
                &mut person
            } else {
                &mut operator
            };
            group.add(k);
            by_file.entry(base_name(&en.file)).or_default().add(k);
            match k {
                Kind::Missing => {
                    missing.push(en.id.clone());
                    belongs_in.insert(en.id.clone(), format!("{dir}{}", base_name(&en.file)));
                }
                Kind::Identical => identical.push(en.id.clone()),
                Kind::Translated | Kind::NothingToTranslate => {}
            }
        }
        let files = file_rows(locale, &dir, &by_file);
        let review = overall_review(&files);
        LocaleStatus {
            lang: lang.to_owned(),
            name: self.render(lang, &Text::new("language-name"), &[], false),
            translated: person.translated + operator.translated,
            total: person.total + operator.total,
            missing,
            belongs_in,
            identical,
            obsolete: locale
                .messages
                .keys()
                .filter(|id| !reference.messages.contains_key(*id))
                .cloned()
                .collect(),
            review,
            offered: self.is_offered(lang),
            person,
            operator,
            fallback: self.chain(lang).into_iter().skip(1).collect(),
            files,
        }
    }
}

/// One row per file of the locale, then one per reference file it lacks.
fn file_rows(locale: &Locale, dir: &str, by_file: &BTreeMap<&str, Coverage>) -> Vec<FileStatus> {
    let mut rows: Vec<FileStatus> = locale
        .files
        .iter()
        .map(|f| {
            let coverage = by_file.get(base_name(&f.file)).copied().unwrap_or_default();
            let nothing_translated = coverage.total > 0 && coverage.translated == 0;
            FileStatus {
                file: f.file.clone(),
                present: true,
                legal_review: f.legal_review,
                review: if f.review == Some(true) && !nothing_translated {
                    Review::Reviewed
                } else {
                    Review::Unreviewed
                },
                coverage,
            }
        })
        .collect();
    for (base, coverage) in by_file {
        if !locale.files.iter().any(|f| base_name(&f.file) == *base) {
            rows.push(FileStatus {
                file: format!("{dir}{base}"),
                present: false,
                legal_review: LegalReview::Unmarked,
                review: Review::Unreviewed,
                coverage: *coverage,
            });
        }
    }
    rows
}

/// Reviewed when every present file is, unreviewed when none is, else partial.
fn overall_review(files: &[FileStatus]) -> Review {
    let present = files.iter().filter(|f| f.present);
    let reviewed = present.clone().filter(|f| f.review == Review::Reviewed).count();
    match (reviewed, present.count()) {
        (0, _) => Review::Unreviewed,
        (r, n) if r == n => Review::Reviewed,
        _ => Review::Partial,
    }
}
