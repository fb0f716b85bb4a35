//! `varco l10n new <lang>`: a new locale's files made from the reference's, comments kept,
//! every message still in English (so `l10n status` counts it untranslated and the menu does
//! not offer it: its `language-name` is still "English"), each file marked an unreviewed
//! draft. It owns the text of those files; it must not write them (the CLI does).

use super::menu::base_name;
use super::LocaleSource;

/// The line every scaffolded file carries under its header until a native speaker reviews
/// the translation.
pub const DRAFT_LINE: &str =
    "### Unreviewed draft: not yet checked by a native speaker. Every message below is still English until translated.";

/// `(file name, text)` of each file of a new locale, from the reference locale's `files`.
pub fn scaffold(lang: &str, reference: &[LocaleSource]) -> Vec<(String, String)> {
    reference
        .iter()
        .map(|f| (base_name(&f.name).to_owned(), draft(lang, &f.text)))
        .collect()
}

/// One reference file as a draft: `varco-review` unreviewed, the draft line, legal content
/// `pending` (a lawyer checks each language), the rest unchanged.
fn draft(lang: &str, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 200);
    let mut review_written = false;
    for line in text.split_inclusive('\n') {
        let marker = line.strip_prefix("###").map(str::trim);
        if marker.is_some_and(|m| m.starts_with("varco-review:")) && !review_written {
            out.push_str("### varco-review: unreviewed\n");
            out.push_str(DRAFT_LINE);
            out.push('\n');
            out.push_str(&format!("### Language: {lang}. Translate from English (locales/en).\n"));
            review_written = true;
        } else if marker.is_some_and(|m| m.starts_with("legal-review:")) {
            let none = marker.is_some_and(|m| m.trim_start_matches("legal-review:").trim() == "none");
            out.push_str(if none {
                "### legal-review: none\n"
            } else {
                "### legal-review: pending\n"
            });
        } else {
            out.push_str(line);
        }
    }
    if !review_written {
        out = format!("### varco-review: unreviewed\n{DRAFT_LINE}\n{out}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_unreviewed_with_english_messages_and_comments() {
        let en = LocaleSource {
            lang: "en".into(),
            name: "locales/en/main.ftl".into(),
            text: "### varco-review: reviewed\n### legal-review: reviewed\n# A comment.\nhello = Hello\n".into(),
        };
        let files = scaffold("fr", &[en]);
        assert_eq!(files.len(), 1);
        let (name, text) = &files[0];
        assert_eq!(name, "main.ftl");
        assert!(
            text.starts_with("### varco-review: unreviewed\n### Unreviewed draft"),
            "{text}"
        );
        assert!(
            text.contains("### legal-review: pending\n# A comment.\nhello = Hello\n"),
            "{text}"
        );
        assert!(!text.contains("reviewed\n### legal-review: reviewed"), "{text}");
    }
}
