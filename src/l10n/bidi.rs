//! Right-to-left texts (Arabic, Urdu…) with left-to-right runs inside: numbers
//! (`800 290 290`), Latin names, commands (`/exit`). It owns where invisible direction
//! marks go so that each run reads in its own order: a run of several left-to-right words
//! or number groups is wrapped in an isolate (LRI … PDI), so `800 290 290` never shows as
//! `290 290 800`; a command gets one LRM before the blank that precedes it, so its slash
//! stays in front and the command stays tappable (Telegram recognises `/exit` only after a
//! blank or the start and before a blank, punctuation or the end: no mark touches it).
//! Removing the marks gives back the text exactly. It must not change any visible
//! character, decide what to say, or read state.

/// Left-to-right isolate.
pub const LRI: char = '\u{2066}';
/// Right-to-left isolate.
pub const RLI: char = '\u{2067}';
/// First-strong isolate (Fluent's, around placeables).
pub const FSI: char = '\u{2068}';
/// Pop directional isolate.
pub const PDI: char = '\u{2069}';
/// Left-to-right mark.
pub const LRM: char = '\u{200e}';

/// Whether texts in `lang` are written right to left (by its base language).
pub fn is_rtl(lang: &str) -> bool {
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    matches!(
        base,
        "ar" | "ur" | "fa" | "he" | "ps" | "sd" | "ckb" | "yi" | "dv" | "ug"
    )
}

/// `text` without any of the marks this module (or Fluent) adds.
pub fn strip(text: &str) -> String {
    text.chars().filter(|c| !is_mark(*c)).collect()
}

fn is_mark(c: char) -> bool {
    matches!(c, LRI | RLI | FSI | PDI | LRM)
}

/// The marks a right-to-left text needs, line by line (an isolate never spans a line).
/// The text is taken without marks (Fluent's are removed first).
pub fn isolate_runs(text: &str) -> String {
    let clean = strip(text);
    let mut out = String::with_capacity(clean.len() + 16);
    for (i, line) in clean.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        line_marks(line, &mut out);
    }
    out
}

/// One word of a line: its byte range and what it holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A bot command (`/exit`, `/menu@bot`), possibly with punctuation after it.
    Command,
    /// Left-to-right letters or digits and no right-to-left letter.
    Ltr,
    /// Anything else (right-to-left words, lone punctuation).
    Other,
}

fn kind(word: &str) -> Kind {
    let rtl = word.chars().any(is_rtl_letter);
    let body = word.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '_');
    let command = word.starts_with('/')
        && body.len() > 1
        && body[1..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@');
    if command {
        Kind::Command
    } else if !rtl && word.chars().any(|c| c.is_ascii_alphanumeric() || is_latin_letter(c)) {
        Kind::Ltr
    } else {
        Kind::Other
    }
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c as u32) < 0x0250
}

/// Words of `line` with their byte ranges (blanks between them are kept in the line).
fn words(line: &str) -> Vec<(usize, usize, Kind)> {
    let mut v = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                v.push((s, i, kind(&line[s..i])));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    v
}

/// Append `line` with its marks to `out`.
fn line_marks(line: &str, out: &mut String) {
    let words = words(line);
    let mut at = 0;
    let mut i = 0;
    while i < words.len() {
        let (s, e, k) = words[i];
        match k {
            Kind::Command => {
                // An LRM before the blank in front: the slash stays in front of the word,
                // and the command keeps its blank. At the start of a line nothing is
                // needed (nor possible without touching it).
                if s > 0 {
                    let blank = line[..s].trim_end().len();
                    out.push_str(&line[at..blank]);
                    out.push(LRM);
                    at = blank;
                }
                i += 1;
            }
            Kind::Ltr => {
                // The longest run of left-to-right words joined by single blanks.
                let mut j = i;
                while j + 1 < words.len() && words[j + 1].2 == Kind::Ltr && words[j + 1].0 == words[j].1 + 1 {
                    j += 1;
                }
                let end = words[j].1;
                isolate(line, (s, end), j > i, (&mut at, out));
                i = j + 1;
            }
            Kind::Other => i += 1,
        }
        let _ = e;
    }
    out.push_str(&line[at..]);
}

/// Wrap `line[s..e]`, without punctuation at either end, in LRI … PDI when it helps: a run
/// of several words, or one word with a separator inside (`+39-800`, `10:30`). One plain
/// word or number reads right on its own.
fn isolate(line: &str, (s, e): (usize, usize), several: bool, (at, out): (&mut usize, &mut String)) {
    let run = &line[s..e];
    let lead = run.len() - run.trim_start_matches(|c: char| c.is_ascii_punctuation()).len();
    let inner = run[lead..].trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '+');
    let inner_end = s + lead + inner.len();
    let separated = inner.chars().any(|c| !c.is_alphanumeric());
    if inner.is_empty() || !(several || separated) {
        return;
    }
    out.push_str(&line[*at..s + lead]);
    out.push(LRI);
    out.push_str(inner);
    out.push(PDI);
    *at = inner_end;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small Arabic and Urdu fixture, like the translations to come: numbers, commands
    /// and Latin names inside right-to-left sentences.
    const FIXTURE: &[&str] = &[
        "اتصل بالرقم 800 290 290 مجانًا، أو 112 في حالة الخطر.",
        "للخروج بسرعة اكتب /exit في أي وقت.",
        "اكتب /menu للعودة إلى القائمة، أو /exit للخروج",
        "/exit يمسح المحادثة",
        "يمكنك الاتصال بـ Numero Verde Antitratta على (800 290 290).",
        "مدد کے لیے 800 290 290 پر کال کریں، یا خطرے میں 112 پر۔",
        "فوری طور پر نکلنے کے لیے /exit لکھیں۔ مینو کے لیے /menu۔",
        "آپ Milano میں Associazione On the Road سے رابطہ کر سکتے ہیں",
        "سطر أولى /exit\nسطر ثانية 800 290 290",
    ];

    #[test]
    fn removing_the_marks_gives_the_text_back() {
        for text in FIXTURE {
            assert_eq!(strip(&isolate_runs(text)), *text);
        }
    }

    #[test]
    fn a_phone_number_is_one_isolated_run() {
        for text in FIXTURE.iter().filter(|t| t.contains("800 290 290")) {
            let out = isolate_runs(text);
            assert!(out.contains(&format!("{LRI}800 290 290{PDI}")), "{out:?}");
        }
    }

    #[test]
    fn a_lone_number_or_word_is_left_alone() {
        let out = isolate_runs("اتصل بـ 112 الآن في Milano");
        assert_eq!(out, "اتصل بـ 112 الآن في Milano");
    }

    #[test]
    fn latin_names_are_isolated_without_their_punctuation() {
        let out = isolate_runs(FIXTURE[4]);
        assert!(out.contains(&format!("{LRI}Numero Verde Antitratta{PDI}")), "{out:?}");
        assert!(out.contains(&format!("({LRI}800 290 290{PDI}).")), "{out:?}");
    }

    /// Telegram makes `/exit` tappable only after a blank (or the start) and before a blank,
    /// punctuation or the end: no mark may touch the command.
    #[test]
    fn commands_stay_tappable() {
        for text in FIXTURE {
            let out = isolate_runs(text);
            for (i, _) in out.match_indices('/') {
                let before = out[..i].chars().next_back();
                assert!(before.is_none_or(|c| c == ' ' || c == '\n'), "{out:?}");
                let word: String = out[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                let after = out[i + 1 + word.len()..].chars().next();
                assert!(after.is_none_or(|c| !is_mark(c)), "{out:?}");
            }
        }
    }

    #[test]
    fn a_command_inside_a_sentence_gets_a_mark_before_its_blank() {
        let out = isolate_runs(FIXTURE[1]);
        assert!(out.contains(&format!("اكتب{LRM} /exit في")), "{out:?}");
        assert!(
            isolate_runs(FIXTURE[3]).starts_with("/exit "),
            "nothing at a line's start"
        );
    }

    #[test]
    fn rtl_languages() {
        assert!(is_rtl("ar") && is_rtl("ur") && is_rtl("ar-EG"));
        assert!(!is_rtl("en") && !is_rtl("it") && !is_rtl("pcm") && !is_rtl("zh"));
    }
}
