//! Which supported language a person's sentence is clearly written in (`whatlang`, pure
//! and deterministic): the engine asks the person whether to switch, never switches by
//! itself. It owns the thresholds (length, confidence) and the mapping from whatlang's
//! ISO 639-3 codes to locale tags. It must not decide what to say or read any state.

use whatlang::Lang;

/// Fewest letters a message needs before its language is guessed: a word or two ("ok",
/// "grazie", a city) says too little, and a wrong question costs a person's patience.
pub const MIN_LETTERS: usize = 16;
/// Fewest words (for scripts written with spaces): a sentence, not a name.
pub const MIN_WORDS: usize = 3;
/// Lowest whatlang confidence (0–1, how far the best language is ahead of the next one
/// among the supported) taken as "clearly" this language. whatlang's own "reliable" (0.9)
/// misses most short chat sentences; a wrong guess here costs one question, never a switch.
pub const MIN_CONFIDENCE: f64 = 0.25;

/// The locale tag among `supported` that `text` is clearly written in, if any. A language
/// with no locale (German, say) is never mapped onto a neighbouring one.
pub fn detect(text: &str, supported: &[String]) -> Option<String> {
    if !long_enough(text) {
        return None;
    }
    // Among every language whatlang knows first: German must not pass for English.
    let anywhere = whatlang::detect(text)?.lang();
    let ours: Vec<(Lang, &String)> = supported
        .iter()
        .filter_map(|s| Some((lang_of(s.split(['-', '_']).next()?)?, s)))
        .collect();
    let among = whatlang::Detector::with_allowlist(ours.iter().map(|(l, _)| *l).collect()).detect(text)?;
    if among.lang() != anywhere || among.confidence() < MIN_CONFIDENCE {
        return None;
    }
    ours.into_iter().find(|(l, _)| *l == anywhere).map(|(_, s)| s.clone())
}

/// The whatlang language of a locale's base tag.
fn lang_of(tag: &str) -> Option<Lang> {
    TAGS.iter().find(|(_, t)| *t == tag).map(|(l, _)| *l)
}

/// Enough letters, and enough words where the script separates them (an ideograph counts
/// as a word and as three letters: a Chinese sentence is short).
fn long_enough(text: &str) -> bool {
    let ideographs = text.chars().filter(|c| is_ideograph(*c)).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count() + 2 * ideographs;
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    letters >= MIN_LETTERS && (words >= MIN_WORDS || ideographs >= MIN_LETTERS / 3)
}

fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// whatlang's languages and the locale tags the helpline plans for (Nigerian Pidgin and
/// Albanian have no detector: they are reached through the menu or `/lang`).
const TAGS: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Ita, "it"),
    (Lang::Fra, "fr"),
    (Lang::Ara, "ar"),
    (Lang::Urd, "ur"),
    (Lang::Ben, "bn"),
    (Lang::Por, "pt"),
    (Lang::Ron, "ro"),
    (Lang::Cmn, "zh"),
    (Lang::Pan, "pa"),
    (Lang::Spa, "es"),
    (Lang::Ukr, "uk"),
    (Lang::Rus, "ru"),
    (Lang::Bul, "bg"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<String> {
        ["en", "it", "fr", "ar", "ur", "zh", "pt", "es", "ru", "uk", "bn"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn clear_sentences_are_recognised() {
        let cases = [
            ("Bonjour, j'ai besoin d'aide, je ne sais pas quoi faire", "fr"),
            ("Ciao, ho bisogno di aiuto e non so cosa fare adesso", "it"),
            ("Aidez-moi s'il vous plaît, mon patron a pris mon passeport", "fr"),
            ("Hello, I need help and I do not know what to do now", "en"),
            ("Olá, eu preciso de ajuda e não sei o que fazer agora", "pt"),
            ("مرحبا، أحتاج إلى مساعدة ولا أعرف ماذا أفعل الآن", "ar"),
            ("ہیلو، مجھے مدد کی ضرورت ہے اور میں نہیں جانتا کہ کیا کروں", "ur"),
            ("你好，我需要帮助，我不知道现在该怎么办", "zh"),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text, &all()).as_deref(), Some(lang), "{text}");
        }
    }

    #[test]
    fn short_or_unsupported_text_is_not_guessed() {
        for text in ["merci", "ok grazie", "Milano", "2", "oui oui oui", "/lang"] {
            assert_eq!(detect(text, &all()), None, "{text}");
        }
        let german = "Hallo, ich brauche Hilfe und weiß nicht, was ich tun soll";
        assert_eq!(detect(german, &all()), None, "no German locale");
        let only = ["en".to_owned(), "it".to_owned()];
        let french = "Bonjour, j'ai besoin d'aide, je ne sais pas quoi faire";
        assert_eq!(detect(french, &only), None, "French without a French locale");
    }

    #[test]
    fn a_regional_locale_is_found_by_its_language() {
        let supported = ["en".to_owned(), "pt-BR".to_owned()];
        let text = "Olá, eu preciso de ajuda e não sei o que fazer agora";
        assert_eq!(detect(text, &supported).as_deref(), Some("pt-BR"));
    }
}
