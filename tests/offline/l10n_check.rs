//! Translators' tools (issue 13, items 5 and 6): each mistake a volunteer made adding French
//! from the README alone is caught by `varco l10n check` with a plain message naming the
//! file and line; a copy of English counts as untranslated; a broken or incomplete `fr`
//! leaves every other language serving and `fr` out of the menu; choices typed in any
//! script's digits work. Every `fr` here is built in a temporary directory from the
//! repository's English files; none is added to the repository.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::fixtures::{self, BIN, ROOT};
use varco::content::{check_locales, Content, ContentPaths};
use varco::flow::{step, Diagnostic, Input, State, Text};
use varco::l10n::Review;

/// A locales directory with the repository's `en` and `it`, and `fr` as a copy of `en`
/// whose `language-name` is `Français` and whose buttons have a few French labels, with
/// `edit(file name, text) -> text` applied to each `fr` file.
fn with_fr(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for lang in ["en", "it"] {
        copy_lang(lang, &dir.path().join(lang), |_, t| t);
    }
    copy_lang("en", &dir.path().join("fr"), |name, text| {
        let text = text
            .replace("language-name = English", "language-name = Français")
            .replace("safety-opt-yes = Yes", "safety-opt-yes = Oui");
        edit(name, text)
    });
    dir
}

fn copy_lang(lang: &str, to: &Path, edit: impl Fn(&str, String) -> String) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(Path::new(ROOT).join("locales").join(lang)).expect("read locales") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).expect("read");
        fs::write(to.join(&name), edit(&name, text)).expect("write");
    }
}

fn paths(dir: &Path) -> ContentPaths {
    ContentPaths {
        locales: Some(dir.to_path_buf()),
        ..ContentPaths::default()
    }
}

fn errors(dir: &Path) -> Vec<Diagnostic> {
    check_locales(&paths(dir))
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect()
}

fn show(diags: &[Diagnostic]) -> String {
    diags.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// The 1-based line of the first line of `file` containing `needle`.
fn line_in(file: &Path, needle: &str) -> usize {
    let text = fs::read_to_string(file).expect("read");
    text.lines().position(|l| l.contains(needle)).expect("needle in file") + 1
}

/// The one error whose message contains `needle`; it names `file` and `line`.
fn the_error(dir: &Path, needle: &str, file: &str, line: usize) -> Diagnostic {
    let errs = errors(dir);
    let found: Vec<&Diagnostic> = errs.iter().filter(|d| d.message.contains(needle)).collect();
    assert_eq!(found.len(), 1, "want one `{needle}` in:\n{}", show(&errs));
    let d = found[0].clone();
    let want = dir.join("fr").join(file).display().to_string();
    assert_eq!((d.file.as_str(), d.line), (want.as_str(), line), "{d}");
    assert!(d.message.contains("hint: "), "no hint: {d}");
    d
}

/// Replace the first `from` in `file` only.
fn once(file: &'static str, from: &'static str, to: &'static str) -> impl Fn(&str, String) -> String {
    move |name, text| {
        if name == file {
            assert!(text.contains(from), "{from:?} not in {file}");
            text.replacen(from, to, 1)
        } else {
            text
        }
    }
}

#[test]
fn the_repositorys_locales_pass_the_check() {
    let out = Command::new(BIN).args(["l10n", "check"]).output().expect("run varco");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("ok: no translation errors"), "{stdout}");
    let errs: Vec<Diagnostic> = check_locales(&ContentPaths {
        locales: Some(Path::new(ROOT).join("locales")),
        ..ContentPaths::default()
    })
    .into_iter()
    .filter(Diagnostic::is_error)
    .collect();
    assert!(errs.is_empty(), "{}", show(&errs));
}

#[test]
fn a_faithful_copy_with_its_own_name_has_no_error() {
    let dir = with_fr(|_, t| t);
    let errs = errors(dir.path());
    assert!(errs.is_empty(), "{}", show(&errs));
}

#[test]
fn a_misspelled_variable_is_caught() {
    let dir = with_fr(once(
        "victim.ftl",
        "In danger, call { $emergency }.",
        "In danger, call { $emergncy }.",
    ));
    let file = dir.path().join("fr/victim.ftl");
    let line = line_of_message(&file, line_in(&file, "$emergncy"));
    let d = the_error(dir.path(), "uses { $emergncy }", "victim.ftl", line);
    assert!(d.message.contains("{ $emergency }"), "names the right spelling: {d}");
}

#[test]
fn a_dropped_variable_is_caught() {
    let dir = with_fr(once(
        "main.ftl",
        "A call to { $phone } can be",
        "A call to 800 290 290 can be",
    ));
    let file = dir.path().join("fr/main.ftl");
    let line = line_of_message(&file, line_in(&file, "A call to 800 290 290"));
    let d = the_error(dir.path(), "leaves out { $phone }", "main.ftl", line);
    assert!(d.message.contains("put it back"), "{d}");
}

#[test]
fn a_translated_selector_key_is_caught() {
    let dir = with_fr(once("system.ftl", "[none]", "[aucun]"));
    let d = the_error(
        dir.path(),
        "`[aucun]`",
        "system.ftl",
        line_in(&dir.path().join("fr/system.ftl"), "sys-referral-entry ="),
    );
    assert!(d.message.contains("stay in English ([none] [other])"), "{d}");
}

#[test]
fn a_54_character_button_is_caught() {
    const LONG: &str = "safety-opt-yes = Oui, je veux parler à quelqu'un de l'équipe, merci !!!";
    assert_eq!(LONG.chars().count() - "safety-opt-yes = ".len(), 54);
    let dir = with_fr(once("main.ftl", "safety-opt-yes = Oui", LONG));
    let d = the_error(
        dir.path(),
        "button `safety-opt-yes` has 54 characters",
        "main.ftl",
        line_in(&dir.path().join("fr/main.ftl"), "safety-opt-yes ="),
    );
    assert!(d.message.contains("after 30"), "{d}");
}

#[test]
fn a_message_over_telegrams_limit_is_caught() {
    let dir = with_fr(move |name, text| {
        if name == "victim.ftl" {
            format!("{text}\nvictim-intro-long = {}\n", "Bonjour. ".repeat(500))
        } else {
            text
        }
    });
    // An id English does not have is still measured (and reported as a leftover).
    let file = dir.path().join("fr/victim.ftl");
    the_error(
        dir.path(),
        "`victim-intro-long` has 4499 characters",
        "victim.ftl",
        line_in(&file, "victim-intro-long"),
    );
}

#[test]
fn a_missing_language_name_is_caught() {
    let dir = with_fr(|name, text| {
        if name == "system.ftl" {
            text.replace("language-name = Français\n", "")
        } else {
            text
        }
    });
    let errs = errors(dir.path());
    let d = errs
        .iter()
        .find(|d| d.message.contains("has no `language-name`"))
        .unwrap_or_else(|| panic!("{}", show(&errs)));
    assert!(d.file.ends_with("fr/canned.ftl") || d.file.contains("/fr/"), "{d}");
    let content = Content::load(&paths(dir.path())).expect("loads");
    assert!(
        !content.flows.languages().contains(&"fr".to_owned()),
        "fr offered without a name"
    );
}

#[test]
fn an_exit_word_that_is_also_the_yes_button_is_caught() {
    let dir = with_fr(once(
        "system.ftl",
        "sys-exit-words = exit, quit, quick exit",
        "sys-exit-words = oui, sortie",
    ));
    let d = the_error(
        dir.path(),
        "exit word `oui` is also the button `safety-opt-yes` in fr",
        "system.ftl",
        line_in(&dir.path().join("fr/system.ftl"), "sys-exit-words ="),
    );
    assert!(d.message.contains("wipe the chat"), "{d}");
}

#[test]
fn an_exit_word_that_is_a_common_answer_is_caught() {
    let dir = with_fr(once(
        "system.ftl",
        "sys-exit-words = exit, quit, quick exit",
        "sys-exit-words = non, sortie",
    ));
    let line = line_in(&dir.path().join("fr/system.ftl"), "sys-exit-words =");
    the_error(
        dir.path(),
        "exit word `non` is also a common answer",
        "system.ftl",
        line,
    );
}

#[test]
fn a_copy_of_english_counts_as_untranslated_and_unreviewed() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_lang("en", &dir.path().join("en"), |_, t| t);
    copy_lang("en", &dir.path().join("fr"), |_, t| t);
    let content = Content::load(&paths(dir.path())).expect("loads");
    let status = content.locales.status();
    let fr = status.iter().find(|s| s.lang == "fr").expect("fr in status");
    assert_eq!(fr.person.translated, 0, "{:?}", fr.person);
    assert_eq!(fr.translated, 0, "{:?}", fr.operator);
    assert!(fr.identical.len() > 100, "{}", fr.identical.len());
    assert_eq!(fr.review, Review::Unreviewed, "a copy is never reviewed");
    assert!(
        fr.files.iter().all(|f| f.review == Review::Unreviewed),
        "{:?}",
        fr.files
    );
    assert!(!fr.offered, "a copy named English is not offered");
    assert_eq!(content.flows.languages(), ["en"]);
    let errs = errors(dir.path());
    assert!(
        errs.iter()
            .any(|d| d.message.contains("`language-name` of `fr` is still the English one")),
        "{}",
        show(&errs)
    );
}

#[test]
fn a_broken_fr_is_left_out_and_every_other_language_serves() {
    let dir = with_fr(|name, text| {
        if name == "main.ftl" {
            format!("{text}\nbroken-message Bonjour\n")
        } else {
            text
        }
    });
    let content = Content::load(&paths(dir.path())).expect("a broken fr must not stop the helpline");
    assert_eq!(content.flows.languages(), ["en", "it"], "fr out of the menu");
    let left: Vec<&str> = content.locales.left_out().iter().map(|l| l.lang.as_str()).collect();
    assert_eq!(left, ["fr"]);
    assert_ne!(
        content.locales.render("it", &Text::new("welcome-hello"), &[], false),
        content.locales.render("en", &Text::new("welcome-hello"), &[], false),
        "Italian still serves"
    );
    assert_eq!(
        content.locales.negotiate(Some("fr"), "it"),
        "it",
        "a French phone gets the default"
    );
    // `l10n check` fails in CI, naming the line.
    let out = Command::new(BIN)
        .args(["l10n", "check", "--locales"])
        .arg(dir.path())
        .output()
        .expect("run varco");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let line = line_in(&dir.path().join("fr/main.ftl"), "broken-message");
    assert!(stderr.contains(&format!("fr/main.ftl:{line}:")), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_broken_english_still_stops_start_up() {
    let dir = with_fr(|_, t| t);
    let en = dir.path().join("en/main.ftl");
    let text = fs::read_to_string(&en).expect("read");
    fs::write(&en, format!("{text}\nbroken-message Hello\n")).expect("write");
    assert!(Content::load(&paths(dir.path())).is_err());
}

#[test]
fn an_fr_lacking_a_person_facing_message_is_not_offered() {
    let dir = with_fr(|name, text| {
        if name == "victim.ftl" {
            text.lines()
                .filter(|l| !l.starts_with("victim-menu-ask ="))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            text
        }
    });
    let content = Content::load(&paths(dir.path())).expect("loads");
    assert_eq!(content.flows.languages(), ["en", "it"]);
    assert!(!content.locales.person_facing_missing("fr").is_empty());
    // The complete fr is offered, after it: its place does not depend on which others exist.
    let complete = with_fr(|_, t| t);
    let content = Content::load(&paths(complete.path())).expect("loads");
    assert_eq!(content.flows.languages(), ["en", "it", "fr"]);
}

#[test]
fn a_missing_desk_file_does_not_keep_a_language_out() {
    let dir = with_fr(|_, t| t);
    fs::remove_file(dir.path().join("fr/desk.ftl")).expect("rm");
    let content = Content::load(&paths(dir.path())).expect("loads");
    assert_eq!(content.flows.languages(), ["en", "it", "fr"]);
    let fr = content
        .locales
        .status()
        .into_iter()
        .find(|s| s.lang == "fr")
        .expect("fr");
    assert_eq!(fr.operator.translated, 0);
    assert!(
        fr.operator.missing > 0 && fr.person.missing == 0,
        "{:?} {:?}",
        fr.operator,
        fr.person
    );
    let desk = fr
        .files
        .iter()
        .find(|f| f.file.ends_with("fr/desk.ftl"))
        .expect("a desk row");
    assert!(!desk.present);
    let missing = fr.missing.first().expect("missing ids");
    assert!(fr.belongs_in[missing].ends_with("fr/desk.ftl"), "{:?}", fr.belongs_in);
    let out = Command::new(BIN)
        .args(["l10n", "status", "--locales"])
        .arg(dir.path())
        .output()
        .expect("run varco");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(table.contains("fr/desk.ftl absent: 0/"), "{table}");
    assert!(table.contains(&format!("missing: {missing} (belongs in ")), "{table}");
    assert!(
        !table.contains("unmarked"),
        "an absent file has no marker to show: {table}"
    );
}

#[test]
fn new_scaffolds_an_untranslated_draft_and_preview_shows_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_lang("en", &dir.path().join("en"), |_, t| t);
    let run = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .arg("--locales")
            .arg(dir.path())
            .output()
            .expect("run varco")
    };
    let out = run(&["l10n", "new", "fr"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let main = fs::read_to_string(dir.path().join("fr/main.ftl")).expect("scaffolded");
    assert!(
        main.starts_with("### varco-review: unreviewed\n### Unreviewed draft"),
        "{main}"
    );
    assert!(
        main.contains("# The very first message of a conversation"),
        "comments kept"
    );
    let content = Content::load(&paths(dir.path())).expect("loads");
    let fr = content
        .locales
        .status()
        .into_iter()
        .find(|s| s.lang == "fr")
        .expect("fr");
    assert_eq!((fr.person.translated, fr.review), (0, Review::Unreviewed));
    assert!(!run(&["l10n", "new", "fr"]).status.success(), "never overwrites");

    let out = run(&["l10n", "preview", "fr"]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        shown.contains("---- welcome-hello [still English] ----\nlock screen: Hello"),
        "{shown}"
    );
    assert!(shown.contains("desk.ftl (operators read these)"), "operator texts too");
    assert!(shown.contains("canned.ftl (people read these)"), "canned replies too");
    assert!(shown.contains("800 290 290") && !shown.contains("{$"), "example values");
}

/// The line of the message that holds line `line` of `file` (its `id =` line).
fn line_of_message(file: &Path, line: usize) -> usize {
    let text = fs::read_to_string(file).expect("read");
    let lines: Vec<&str> = text.lines().collect();
    (1..=line)
        .rev()
        .find(|n| {
            let l = lines[n - 1];
            !l.starts_with([' ', '#']) && l.contains(" =")
        })
        .expect("a message above")
}

#[test]
fn choices_typed_in_any_scripts_digits_pick_that_option() {
    let flows = fixtures::shipped().flows;
    let (at_menu, _) = step(&flows, &State::default(), &Input::Text("/start".into()), 1);
    let (want, want_effects) = step(&flows, &at_menu, &Input::Text("2".into()), 2);
    for two in ["٢", "۲", "২", "२", "੨", "２", " ٢. "] {
        let (got, effects) = step(&flows, &at_menu, &Input::Text(two.into()), 2);
        assert_eq!((&got, &effects), (&want, &want_effects), "{two:?}");
    }
}

#[test]
fn chat_starts_without_a_broken_fr_and_says_so_in_one_line() {
    let dir = with_fr(|name, text| {
        if name == "victim.ftl" {
            format!("{text}\nbroken-message Bonjour\n")
        } else {
            text
        }
    });
    let mut child = Command::new(BIN)
        .args(["chat", "--locales"])
        .arg(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start varco");
    // Closing stdin ends the conversation.
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("varco ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let loud: Vec<&str> = stderr.lines().filter(|l| l.contains("left out")).collect();
    assert_eq!(loud.len(), 1, "{stderr}");
    assert!(
        loud[0].contains("locale `fr`") && loud[0].contains("fr/victim.ftl:"),
        "{}",
        loud[0]
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("English"),
        "the menu still shows"
    );
}

#[test]
fn a_place_name_that_is_not_italian_is_caught() {
    let dir = with_fr(|_, t| t);
    let file = dir.path().join("fr/places.csv");
    fs::write(&file, "# test\nplace,names\nMilano,Milan\nVenice,Venise\n").expect("write");
    the_error(dir.path(), "`Venice` is not a region or city", "places.csv", 4);
}
