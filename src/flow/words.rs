//! The localized word lists the engine looks for in a person's text (danger words), made
//! ready once when content is loaded: a message is split into words once and each word
//! looked up, instead of splitting it again for each of the hundreds of words of sixteen
//! languages. Pure; no I/O.
use std::collections::HashSet;

use aho_corasick::AhoCorasick;

/// Words or phrases (lowercase) that a text may hold.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList {
    /// Single words of scripts written with spaces: found only as whole words.
    words: HashSet<String>,
    /// Phrases (with a space) and words of scripts written without spaces: found anywhere,
    /// all of them in one pass. `None` when there are none.
    anywhere: Option<AhoCorasick>,
    /// The same phrases when no automaton could be built (never with real word lists).
    fallback: Vec<String>,
}

impl WordList {
    /// Sort `words` (lowercase) into whole words and text to find anywhere.
    pub(crate) fn new(words: impl IntoIterator<Item = String>) -> WordList {
        let mut list = WordList::default();
        let mut anywhere = Vec::new();
        for w in words.into_iter().filter(|w| !w.is_empty()) {
            if w.contains(' ') || w.chars().any(is_unspaced_script) {
                anywhere.push(w);
            } else {
                list.words.insert(w);
            }
        }
        // Building fails only past the automaton's size limits, far beyond a word list's;
        // then each phrase is still found, one `contains` at a time.
        list.anywhere = (!anywhere.is_empty())
            .then(|| AhoCorasick::new(&anywhere).ok())
            .flatten();
        list.fallback = if list.anywhere.is_none() { anywhere } else { Vec::new() };
        list
    }

    /// Whether `lower` (lowercased text) holds one of the list: a phrase with a space
    /// anywhere, a single word only as a whole word (so "help" is not found in "helpful").
    /// A word in a script written without spaces (Chinese, Japanese, Korean, Thai) is found
    /// anywhere, or "救命" would never be found inside a sentence.
    pub(crate) fn found_in(&self, lower: &str) -> bool {
        self.anywhere.as_ref().is_some_and(|a| a.is_match(lower))
            || self.fallback.iter().any(|w| lower.contains(w.as_str()))
            || (!self.words.is_empty()
                && lower
                    .split(|c: char| !is_word_char(c))
                    .any(|token| self.words.contains(token)))
    }
}

/// Han, kana, Hangul and Thai (and Lao): scripts written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Part of a word: letters and digits, and the signs Indic and Arabic words are written with
/// (a virama, a nukta or a vowel mark does not break a word, as `is_alphanumeric` says it does).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{200D}')
        || (('\u{0900}'..='\u{0DFF}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danger_words_in_scripts_without_spaces_are_found_inside_a_sentence() {
        let words = WordList::new(["救命", "打我", "danger", "ਖ਼ਤਰਾ", "help me"].map(String::from));
        assert!(words.found_in("救命！他们打我"));
        assert!(words.found_in("我很害怕，他每天打我。"));
        assert!(!words.found_in("我很好，谢谢"));
        // Everything else stays whole-word; phrases are found anywhere.
        assert!(words.found_in("i am in danger."));
        assert!(!words.found_in("dangerous road"));
        assert!(words.found_in("please help me now"));
        assert!(!words.found_in("help"));
        // A nukta inside a Punjabi word does not split it.
        assert!(words.found_in("ਮੈਂ ਖ਼ਤਰਾ ਵਿੱਚ ਹਾਂ"));
        assert!(!words.found_in("ਖ਼ਤਰਾਨਾਕ"));
    }

    #[test]
    fn an_empty_list_finds_nothing() {
        assert!(!WordList::new(Vec::new()).found_in("danger"));
    }
}
