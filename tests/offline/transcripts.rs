//! Golden transcripts: `tests/transcripts/<flow>.<lang>.<case>.txt`. Lines starting with
//! `> ` are what the person types; everything else is what Varco answered, regenerated with
//! `UPDATE_GOLDEN=1 cargo test --test offline transcripts` and reviewed in the diff. A new
//! case needs only its `> ` lines. In inputs, `\u{XXXX}` stands for that character (for control
//! characters) and `<repeat N TEXT>` for TEXT repeated N times (for over-long messages).
//! A whole input `<language>` stands for the number of the transcript's language in the
//! language menu, so a transcript keeps choosing its language when languages are added.
//!
//! Each transcript runs the real service, encrypted sled store and outbox, exactly as
//! `varco chat` does, with a fixed clock so output is deterministic.

use std::fs;
use std::path::Path;

use crate::support::fixtures::{self, sled_store, transcript_files, transcript_inputs, typed};
use varco::channel::terminal::{Options, Session};
use varco::conversation::Helpline;

const NOW: u64 = 1_790_000_000;

fn render(path: &Path) -> String {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let lang = name.split('.').nth(1).expect("<flow>.<lang>.<case>.txt").to_owned();
    let inputs = transcript_inputs(path);
    let dir = tempfile::tempdir().unwrap();
    let service = fixtures::service(sled_store(dir.path(), 9), Helpline::default());
    let opts = Options {
        lang: Some(lang),
        run_id: "golden".into(),
        greet: true,
    };
    let mut session = Session::new(&service, &opts);
    let mut out: Vec<u8> = Vec::new();
    session.line("/start".into(), NOW, &mut out).unwrap();
    for (i, input) in inputs.iter().enumerate() {
        out.extend_from_slice(format!("> {input}\n").as_bytes());
        session
            .line(typed(path, input), NOW + 60 * (i as u64 + 1), &mut out)
            .unwrap();
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn golden_transcripts() {
    let files = transcript_files();
    assert!(!files.is_empty(), "no transcripts in {}", fixtures::TRANSCRIPTS);
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failed = Vec::new();
    for path in &files {
        let actual = render(path);
        let expected = fs::read_to_string(path).unwrap();
        if actual != expected {
            if update {
                fs::write(path, &actual).unwrap();
            } else {
                let line = actual
                    .lines()
                    .zip(expected.lines())
                    .position(|(a, e)| a != e)
                    .map_or(0, |i| i + 1);
                failed.push(format!("{} (first difference at line {line})", path.display()));
            }
        }
    }
    assert!(
        failed.is_empty(),
        "transcripts differ; inspect, then regenerate with UPDATE_GOLDEN=1:\n{}",
        failed.join("\n")
    );
}

/// Every flow and both complete languages have transcripts.
#[test]
fn every_path_has_a_transcript_in_en_and_it() {
    let names: Vec<String> = fs::read_dir(fixtures::TRANSCRIPTS)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for flow in ["main", "victim", "witness", "professional", "topics"] {
        for lang in ["en", "it"] {
            assert!(
                names.iter().any(|n| n.starts_with(&format!("{flow}.{lang}."))),
                "no transcript for flow {flow} in {lang}"
            );
        }
    }
    // Each English case has its Italian twin and vice versa.
    for n in &names {
        let twin = if n.contains(".en.") {
            n.replace(".en.", ".it.")
        } else {
            n.replace(".it.", ".en.")
        };
        assert!(names.contains(&twin), "{n} has no twin {twin}");
    }
}
