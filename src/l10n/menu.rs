//! Which languages the language menu offers, and in what order. A language is offered only
//! when every person-facing message exists in it (no English sentence inside a French
//! danger message) and it has a `language-name` of its own (else the menu would show
//! "English" twice); languages keep their place when new ones arrive ([`ORDER`]). It must
//! not render or decide what to say.

use super::{Locales, REFERENCE};

/// The menu's order: the reference, Italian, then the languages in the order the helpline
/// needs them (issue 13). A language not listed comes after these, alphabetically; add a
/// new language at the end so nobody's place moves.
pub const ORDER: &[&str] = &[
    "en", "it", "pcm", "fr", "ur", "ar", "bn", "pt", "ro", "zh", "pa", "sq", "es", "uk", "ru", "bg",
];

/// Files whose messages only operators read (the desk): they stay in `en` and `it`, and a
/// locale without them is still complete for people.
pub const OPERATOR_FILES: &[&str] = &["desk.ftl"];

/// Whether a file (`locales/fr/victim.ftl` or `victim.ftl`) holds texts a person reads.
pub fn is_person_facing(file: &str) -> bool {
    !OPERATOR_FILES.contains(&base_name(file))
}

/// `victim.ftl` of `locales/fr/victim.ftl`.
pub fn base_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

/// `langs` in menu order: [`ORDER`] first, then the rest alphabetically.
pub fn ordered<'a>(langs: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<&str> = langs.collect();
    v.sort_by_key(|l| (ORDER.iter().position(|o| o == l).unwrap_or(ORDER.len()), *l));
    v.dedup();
    v.into_iter().map(str::to_owned).collect()
}

impl Locales {
    /// Whether the menu offers `lang`: see the module header.
    pub(crate) fn is_offered(&self, lang: &str) -> bool {
        self.offered.contains(lang)
    }

    /// [`Locales::is_offered`], decided from the messages (once, when the locales load).
    pub(super) fn decide_offered(&self, lang: &str) -> bool {
        lang == REFERENCE || (self.has(lang) && self.person_facing_missing(lang).is_empty() && self.own_name(lang))
    }

    /// The reference's person-facing message ids that `lang` lacks, sorted.
    pub fn person_facing_missing(&self, lang: &str) -> Vec<String> {
        let (Some(reference), Some(locale)) = (self.locales.get(REFERENCE), self.locales.get(lang)) else {
            return Vec::new();
        };
        reference
            .messages
            .values()
            .filter(|m| is_person_facing(&m.file) && !locale.messages.contains_key(&m.id))
            .map(|m| m.id.clone())
            .collect()
    }

    /// Whether `lang`'s `language-name` differs from the reference's (when both have one).
    fn own_name(&self, lang: &str) -> bool {
        let name = |l: &str| {
            self.locales
                .get(l)
                .and_then(|x| x.messages.get("language-name"))
                .map(|m| m.text.clone())
        };
        match (name(lang), name(REFERENCE)) {
            (Some(own), Some(reference)) => own != reference,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_languages_keep_their_place_and_new_ones_come_last() {
        assert_eq!(ordered(["it", "en"].into_iter()), ["en", "it"]);
        assert_eq!(
            ordered(["zz", "fr", "en", "de", "pcm", "it"].into_iter()),
            ["en", "it", "pcm", "fr", "de", "zz"]
        );
        let before = ordered(["en", "it", "fr", "ar"].into_iter());
        let after = ordered(["en", "it", "fr", "ar", "xx"].into_iter());
        assert_eq!(after[..before.len()], before[..]);
    }

    #[test]
    fn desk_texts_are_not_person_facing() {
        assert!(!is_person_facing("locales/it/desk.ftl"));
        assert!(is_person_facing("locales/it/victim.ftl"));
        assert!(is_person_facing("canned.ftl"));
    }
}
