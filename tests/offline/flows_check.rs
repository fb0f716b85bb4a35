//! The flow and locale validator, seen from outside: every mistake a volunteer can make in
//! `flows/*.toml` or `locales/<lang>/*.ftl` must come back as a diagnostic naming file, line
//! and node, and `varco flows check` / `varco chat` / `varco l10n status` must act on them.
//!
//! Flow tests start from the minimal valid set in `tests/fixtures/flows/` (loaded in memory,
//! with a catalog that knows the fixture's message ids plus the engine's built-in ones), break
//! exactly one thing, and look for the diagnostic. Locale tests build `.ftl` sources in memory.
//! CLI tests run the real binary on copies of the shipped content in a temporary directory.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use varco::content::{Content, ContentPaths};
use varco::flow::engine::SYSTEM_MESSAGES;
use varco::flow::{load, step, Catalog, Diagnostic, Effect, Input, LineCol, Loaded, Severity, Source, State, Text};
use varco::l10n::{LocaleSource, LocaleStatus, Locales, Review};

// ---------------------------------------------------------------------------------------
// Flow helpers

const MAIN: &str = include_str!("../fixtures/flows/main.toml");
const VICTIM: &str = include_str!("../fixtures/flows/victim.toml");
const MAIN_FILE: &str = "flows/main.toml";
const VICTIM_FILE: &str = "flows/victim.toml";

/// Every message id the fixture flows use; `tests/fixtures/locales/en/main.ftl` defines
/// exactly these (checked by `fixture_reference_locale_defines_exactly_the_catalog_ids`).
const IDS: &[&str] = &[
    "welcome-hello",
    "welcome-free",
    "language-ask",
    "role-ask",
    "role-opt-self",
    "lang-opt-it",
    "nav-person",
    "nav-leave",
    "nav-stop",
    "nav-main-menu",
    "help-commands",
    "operator-queued",
    "exit-neutral",
    "end-bye",
    "victim-intro",
    "victim-menu-ask",
    "victim-opt-where",
    "victim-where-ask",
    "victim-local-intro",
];
const LANGUAGES: &[&str] = &["en", "it"];

fn src(name: &str, text: &str) -> Source {
    Source {
        name: name.to_owned(),
        text: text.to_owned(),
    }
}

/// The minimal valid set: `main` and one other flow.
fn minimal() -> Vec<Source> {
    vec![src(MAIN_FILE, MAIN), src(VICTIM_FILE, VICTIM)]
}

/// Load with a catalog that knows `ids`, the built-in messages and `languages`.
fn check_with(sources: &[Source], ids: &[&str], languages: &[&str]) -> Result<Loaded, Vec<Diagnostic>> {
    let known: BTreeSet<&str> = ids.iter().chain(SYSTEM_MESSAGES).copied().collect();
    let has = |id: &str| known.contains(id);
    let languages: Vec<String> = languages.iter().map(|l| (*l).to_owned()).collect();
    load(
        sources,
        &Catalog {
            has_message: &has,
            languages: &languages,
        },
    )
}

fn check(sources: &[Source]) -> Result<Loaded, Vec<Diagnostic>> {
    check_with(sources, IDS, LANGUAGES)
}

fn show(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("  {d}\n")).collect()
}

/// The diagnostics of a set that must not load.
fn errors(sources: &[Source]) -> Vec<Diagnostic> {
    match check(sources) {
        Ok(loaded) => panic!(
            "expected errors, but {} nodes loaded (warnings:\n{})",
            loaded.flows.len(),
            show(&loaded.warnings)
        ),
        Err(diags) => {
            assert!(
                diags.iter().any(Diagnostic::is_error),
                "Err without an error:\n{}",
                show(&diags)
            );
            diags
        }
    }
}

/// `text` with `from` (which must occur exactly once) replaced by `to`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur exactly once in:\n{text}"
    );
    text.replacen(from, to, 1)
}

/// 1-based line of the only line containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(hits.len(), 1, "`{needle}` must be on exactly one line, is on {hits:?}");
    hits[0]
}

/// 1-based line of the last line containing `needle`.
fn last_line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .last()
        .unwrap_or_else(|| panic!("`{needle}` not found"))
}

/// Break `main.toml` (victim stays valid); the edited text and the diagnostics.
fn break_main(from: &str, to: &str) -> (String, Vec<Diagnostic>) {
    let text = edit(MAIN, from, to);
    let diags = errors(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]);
    (text, diags)
}

/// Break `victim.toml` (main stays valid).
fn break_victim(from: &str, to: &str) -> (String, Vec<Diagnostic>) {
    let text = edit(VICTIM, from, to);
    let diags = errors(&[src(MAIN_FILE, MAIN), src(VICTIM_FILE, &text)]);
    (text, diags)
}

/// The one error whose message contains `needle`.
fn the_error<'a>(diags: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    let hits: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.is_error() && d.message.contains(needle))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "expected exactly one error containing `{needle}`, got:\n{}",
        show(diags)
    );
    hits[0]
}

/// The only diagnostic, which must be an error containing `needle`.
fn only_error<'a>(diags: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    assert_eq!(diags.len(), 1, "expected exactly one diagnostic, got:\n{}", show(diags));
    the_error(diags, needle)
}

/// The one diagnostic in `main.toml`, broken so that it does not parse: a file that does
/// not parse yields exactly one error.
fn parse_error(diags: &[Diagnostic]) -> &Diagnostic {
    let in_main: Vec<&Diagnostic> = diags.iter().filter(|d| d.file == MAIN_FILE).collect();
    assert_eq!(
        in_main.len(),
        1,
        "expected one error in {MAIN_FILE}, got:\n{}",
        show(diags)
    );
    assert!(in_main[0].is_error(), "{}", in_main[0]);
    in_main[0]
}

#[track_caller]
fn assert_at(d: &Diagnostic, file: &str, line: usize, node: Option<&str>) {
    assert_eq!(
        (d.file.as_str(), d.line, d.node.as_deref()),
        (file, line, node),
        "wrong place for: {d}"
    );
}

// ---------------------------------------------------------------------------------------
// A valid set

#[test]
fn minimal_set_loads_without_errors_or_warnings() {
    let loaded = check(&minimal()).unwrap_or_else(|d| panic!("minimal set rejected:\n{}", show(&d)));
    assert!(loaded.warnings.is_empty(), "warnings:\n{}", show(&loaded.warnings));
    let flows = loaded.flows;
    assert_eq!(flows.len(), 13);
    for name in [
        "main:welcome",
        "main:language",
        "main:role",
        "main:menu",
        "main:to-italian",
        "main:help",
        "main:operator",
        "main:quick-exit",
        "main:end",
        "victim:intro",
        "victim:menu",
        "victim:where",
        "victim:local-help",
    ] {
        assert!(flows.lookup(name).is_some(), "{name} missing");
    }
    let c = flows.commands();
    assert_eq!(Some(c.start), flows.lookup("main:welcome"));
    assert_eq!(Some(c.menu), flows.lookup("main:menu"));
    assert_eq!(Some(c.lang), flows.lookup("main:language"));
    assert_eq!(Some(c.help), flows.lookup("main:help"));
    assert_eq!(Some(c.operator), flows.lookup("main:operator"));
    assert_eq!(Some(c.exit), flows.lookup("main:quick-exit"));
    assert_eq!(flows.languages(), ["en", "it"]);
}

#[test]
fn file_order_does_not_matter() {
    let mut sources = minimal();
    sources.reverse();
    assert!(check(&sources).is_ok());
}

#[test]
fn fixture_reference_locale_defines_exactly_the_catalog_ids() {
    let text = include_str!("../fixtures/locales/en/main.ftl");
    let (locales, warnings) = Locales::load(
        &[LocaleSource {
            lang: "en".into(),
            name: "tests/fixtures/locales/en/main.ftl".into(),
            text: text.into(),
        }],
        HashMap::new(),
    )
    .unwrap_or_else(|d| panic!("{}", show(&d)));
    assert!(warnings.is_empty(), "{}", show(&warnings));
    for id in IDS {
        assert!(locales.has_reference_message(id), "{id} not in the fixture locale");
    }
    assert_eq!(
        locales.status()[0].total,
        IDS.len(),
        "the fixture locale has ids the catalog lacks"
    );
}

// ---------------------------------------------------------------------------------------
// References

#[test]
fn dangling_next() {
    let (text, diags) = break_main(r#"next = "language""#, r#"next = "lnguage""#);
    let d = only_error(&diags, "`lnguage` points to node `main:lnguage`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "lnguage"), Some("main:welcome"));
}

#[test]
fn dangling_goto() {
    let (text, diags) = break_main(r#"goto = "operator""#, r#"goto = "operatr""#);
    let d = only_error(&diags, "`operatr` points to node `main:operatr`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "operatr"), Some("main:role"));
}

#[test]
fn dangling_goto_into_another_flow() {
    let (text, diags) = break_victim(r#"goto = "main:role""#, r#"goto = "main:rol""#);
    let d = only_error(&diags, "`main:rol` points to node `main:rol`, which does not exist");
    assert_at(d, VICTIM_FILE, line_of(&text, "main:rol\""), Some("victim:menu"));
}

#[test]
fn dangling_case() {
    let (text, diags) = break_main(r#"victim = "victim:menu""#, r#"victim = "victim:mnu""#);
    let d = only_error(&diags, "`victim:mnu` points to node `victim:mnu`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "victim:mnu"), Some("main:menu"));
}

#[test]
fn dangling_default() {
    let (text, diags) = break_main(r#"default = "role""#, r#"default = "rle""#);
    let d = only_error(&diags, "`rle` points to node `main:rle`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "\"rle\""), Some("main:menu"));
}

#[test]
fn dangling_command_target() {
    let (text, diags) = break_main(r#"operator = "operator""#, r#"operator = "operatr""#);
    let d = only_error(&diags, "`operatr` points to node `main:operatr`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "operatr"), None);
}

#[test]
fn dangling_start() {
    let (text, diags) = break_victim(r#"start = "intro""#, r#"start = "intr""#);
    let d = the_error(&diags, "`intr` points to node `victim:intr`, which does not exist");
    assert_at(d, VICTIM_FILE, line_of(&text, "\"intr\""), None);
    // main's `victim:` lands on the missing start node too, and says so.
    let d = the_error(&diags, "`victim:` points to node `victim:intr`");
    assert_at(d, MAIN_FILE, line_of(MAIN, "\"victim:\""), Some("main:role"));
}

/// The first texts a brand-new conversation gets.
fn first_texts(flows: &varco::flow::Flows) -> Vec<String> {
    let (_, effects) = step(flows, &State::default(), &Input::Text("hello".into()), 0);
    effects
        .iter()
        .flat_map(|e| match e {
            Effect::Say(t) => vec![t.id.clone()],
            Effect::AskChoice { text, .. } => vec![text.id.clone()],
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn a_new_conversation_begins_at_mains_start() {
    let flows = check(&minimal()).expect("minimal").flows;
    assert_eq!(first_texts(&flows)[..2], ["welcome-hello", "welcome-free"]);
}

#[test]
fn mains_start_in_another_flow_is_followed_or_rejected() {
    for start in ["victim:intro", "victim:"] {
        let text = edit(MAIN, "start = \"welcome\"\n\n", &format!("start = \"{start}\"\n\n"));
        match check(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]) {
            Err(diags) => {
                let d = only_error(&diags, start);
                assert_at(d, MAIN_FILE, line_of(&text, &format!("start = \"{start}\"")), None);
            }
            Ok(loaded) => {
                let first = first_texts(&loaded.flows);
                assert_eq!(
                    first.first().map(String::as_str),
                    Some("victim-intro"),
                    "start = {start}: {first:?}"
                );
            }
        }
    }
}

#[test]
fn mains_start_must_exist() {
    let text = edit(MAIN, "start = \"welcome\"\n\n", "start = \"welcom\"\n\n");
    let diags = errors(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]);
    let d = only_error(&diags, "`welcom` points to node `main:welcom`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "welcom\""), None);
}

#[test]
fn reference_to_an_unknown_flow() {
    let (text, diags) = break_main(r#"goto = "victim:""#, r#"goto = "victm:""#);
    let d = only_error(&diags, "`victm:` names flow `victm`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "victm:"), Some("main:role"));
}

#[test]
fn reference_to_a_node_in_an_unknown_flow() {
    let (text, diags) = break_main(r#"victim = "victim:menu""#, r#"victim = "victm:menu""#);
    let d = only_error(&diags, "`victm:menu` points to node `victm:menu`, which does not exist");
    assert_at(d, MAIN_FILE, line_of(&text, "victm:menu"), Some("main:menu"));
}

// ---------------------------------------------------------------------------------------
// Reachability and loops

#[test]
fn unreachable_node() {
    let text = format!("{MAIN}\n[nodes.orphan]\nkind = \"end\"\n");
    let diags = errors(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]);
    let d = only_error(&diags, "unreachable");
    assert_at(d, MAIN_FILE, line_of(&text, "[nodes.orphan]"), Some("main:orphan"));
    assert_eq!(d.column, 8, "column of the node name in `[nodes.orphan]`: {d}");
}

#[test]
fn unreachable_flow_reports_each_of_its_nodes() {
    let lost = "version = 1\nstart = \"a\"\n\n[nodes.a]\nkind = \"say\"\ntext = \"end-bye\"\nnext = \"b\"\n\n[nodes.b]\nkind = \"end\"\n";
    let mut sources = minimal();
    sources.push(src("flows/lost.toml", lost));
    let diags = errors(&sources);
    assert_eq!(diags.len(), 2, "{}", show(&diags));
    for (node, header) in [("lost:a", "[nodes.a]"), ("lost:b", "[nodes.b]")] {
        let d = diags.iter().find(|d| d.node.as_deref() == Some(node)).expect(node);
        assert!(d.message.contains("unreachable"), "{d}");
        assert_at(d, "flows/lost.toml", line_of(lost, header), Some(node));
    }
}

#[test]
fn say_chain_looping_without_a_waiting_node() {
    // welcome → tip1 → tip2 → welcome, all `say`; `language` stays reachable via /lang.
    let text = edit(MAIN, r#"next = "language""#, r#"next = "tip1""#)
        + "\n[nodes.tip1]\nkind = \"say\"\ntext = \"help-commands\"\nnext = \"tip2\"\n"
        + "\n[nodes.tip2]\nkind = \"say\"\ntext = \"help-commands\"\nnext = \"welcome\"\n";
    let diags = errors(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]);
    let d = only_error(&diags, "loop without a question");
    let node = d.node.as_deref().expect("a loop names a node");
    let header = match node {
        "main:welcome" => "[nodes.welcome]",
        "main:tip1" => "[nodes.tip1]",
        "main:tip2" => "[nodes.tip2]",
        other => panic!("the loop is reported at {other}, not on it: {d}"),
    };
    assert_at(d, MAIN_FILE, line_of(&text, header), Some(node));
}

#[test]
fn branch_and_say_looping_without_a_waiting_node() {
    // /menu → menu (branch, no role yet) → help (say) → menu …
    let (_, diags) = break_main(r#"default = "role""#, r#"default = "help""#);
    let d = only_error(&diags, "loop without a question");
    assert!(
        matches!(d.node.as_deref(), Some("main:menu" | "main:help")),
        "loop reported at the wrong node: {d}"
    );
}

#[test]
fn say_looping_on_itself() {
    let (text, diags) = break_main(r#"next = "menu""#, r#"next = "help""#);
    let d = only_error(&diags, "loop without a question");
    assert_at(d, MAIN_FILE, line_of(&text, "[nodes.help]"), Some("main:help"));
}

#[test]
fn a_loop_through_a_choice_is_fine() {
    // help → menu → role (choice: waits) → to-italian → help: the minimal set has this.
    let text = edit(MAIN, r#"next = "menu""#, r#"next = "role""#);
    assert!(check(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]).is_ok());
}

// ---------------------------------------------------------------------------------------
// Message ids

#[test]
fn missing_message_in_text() {
    let (text, diags) = break_main(r#"text = "help-commands""#, r#"text = "help-comands""#);
    let d = only_error(&diags, "message `help-comands` is not in the reference locale (en)");
    assert_at(d, MAIN_FILE, line_of(&text, "help-comands"), Some("main:help"));
}

#[test]
fn missing_message_in_a_text_list() {
    let (text, diags) = break_main(r#""welcome-free"]"#, r#""welcome-fre"]"#);
    let d = only_error(&diags, "message `welcome-fre` is not in the reference locale (en)");
    assert_at(d, MAIN_FILE, line_of(&text, "welcome-fre"), Some("main:welcome"));
}

#[test]
fn missing_message_in_a_multi_line_text_list_names_its_own_line() {
    let (text, diags) = break_main(
        r#"text = ["welcome-hello", "welcome-free"]"#,
        "text = [\n  \"welcome-hello\",\n  \"welcome-fre\",\n]",
    );
    let d = only_error(&diags, "message `welcome-fre` is not in the reference locale (en)");
    assert_at(d, MAIN_FILE, line_of(&text, "\"welcome-fre\""), Some("main:welcome"));
}

#[test]
fn missing_message_in_an_option_label() {
    let (text, diags) = break_main(r#"label = "nav-stop""#, r#"label = "nav-stp""#);
    let d = only_error(&diags, "message `nav-stp` is not in the reference locale (en)");
    assert_at(d, MAIN_FILE, line_of(&text, "nav-stp"), Some("main:role"));
}

#[test]
fn missing_message_in_another_flow() {
    let (text, diags) = break_victim(r#"text = "victim-where-ask""#, r#"text = "victim-were-ask""#);
    let d = only_error(&diags, "message `victim-were-ask` is not in the reference locale (en)");
    assert_at(d, VICTIM_FILE, line_of(&text, "victim-were-ask"), Some("victim:where"));
}

#[test]
fn missing_built_in_message() {
    let known: BTreeSet<&str> = IDS
        .iter()
        .chain(SYSTEM_MESSAGES)
        .copied()
        .filter(|id| *id != "sys-media")
        .collect();
    let has = |id: &str| known.contains(id);
    let languages = vec!["en".to_owned(), "it".to_owned()];
    let diags = load(
        &minimal(),
        &Catalog {
            has_message: &has,
            languages: &languages,
        },
    )
    .expect_err("sys-media is missing");
    let d = only_error(
        &diags,
        "built-in message `sys-media` is not in the reference locale (en)",
    );
    assert_eq!(d.file, MAIN_FILE);
}

// ---------------------------------------------------------------------------------------
// Names: duplicate nodes and flows

#[test]
fn duplicate_node_in_a_file() {
    let text = format!("{MAIN}\n[nodes.help]\nkind = \"end\"\n");
    let diags = errors(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]);
    let d = the_error(&diags, "help");
    assert!(d.message.contains("duplicate"), "{d}");
    assert_eq!(d.file, MAIN_FILE);
    assert_eq!(d.line, last_line_of(&text, "[nodes.help]"), "{d}");
}

#[test]
fn duplicate_flow() {
    let mut sources = minimal();
    sources.push(src("flows/extra/victim.toml", VICTIM));
    let diags = errors(&sources);
    let d = only_error(&diags, "flow `victim` is also defined by flows/victim.toml");
    assert_at(d, "flows/extra/victim.toml", 0, None);
    assert_eq!(
        d.to_string(),
        "flows/extra/victim.toml: error: flow `victim` is also defined by flows/victim.toml"
    );
}

#[test]
fn flow_name_must_be_an_identifier() {
    let mut sources = minimal();
    sources.push(src("flows/Victim Copy.toml", VICTIM));
    let diags = errors(&sources);
    let d = only_error(&diags, "flow name `Victim Copy`");
    assert_at(d, "flows/Victim Copy.toml", 0, None);
}

#[test]
fn no_main_flow() {
    let diags = errors(&[src(VICTIM_FILE, VICTIM)]);
    the_error(&diags, "no `main` flow");
}

// ---------------------------------------------------------------------------------------
// Variables

#[test]
fn unknown_variable_in_a_branch() {
    let (text, diags) = break_main(r#"var = "role""#, r#"var = "rolle""#);
    let d = only_error(&diags, "unknown variable `rolle`");
    assert_at(d, MAIN_FILE, line_of(&text, "rolle"), Some("main:menu"));
}

#[test]
fn unknown_variable_in_referrals() {
    let (text, diags) = break_victim("var = \"region\"\nnext = \"menu\"", "var = \"regin\"\nnext = \"menu\"");
    let d = only_error(&diags, "unknown variable `regin`");
    assert_at(d, VICTIM_FILE, line_of(&text, "regin"), Some("victim:local-help"));
}

#[test]
fn branch_on_built_in_or_other_flows_variables_is_fine() {
    for var in ["lang", "channel", "campaign", "region"] {
        let text = edit(MAIN, r#"var = "role""#, &format!("var = \"{var}\""));
        let result = check(&[src(MAIN_FILE, &text), src(VICTIM_FILE, VICTIM)]);
        assert!(result.is_ok(), "branch on `{var}`: {:?}", result.err());
    }
}

// ---------------------------------------------------------------------------------------
// Syntax and shape

#[test]
fn toml_syntax_error_has_its_line() {
    let (text, diags) = break_main(r#"text = "help-commands""#, r#"text = "help-commands"#);
    let d = parse_error(&diags);
    assert_eq!(d.file, MAIN_FILE);
    assert_eq!(d.line, line_of(&text, "help-commands"), "{d}");
}

#[test]
fn toml_syntax_error_in_a_header_has_its_line() {
    let (text, diags) = break_main("[nodes.end]", "[nodes.end");
    let d = parse_error(&diags);
    assert_eq!(
        (d.file.as_str(), d.line),
        (MAIN_FILE, line_of(&text, "[nodes.end")),
        "{d}"
    );
}

#[test]
fn toml_error_message_is_one_line() {
    for (from, to, start) in [
        ("[nodes.end]", "[nodes.end", "invalid table header"),
        ("[nodes.end]", "[nodes.help]", "invalid table header"),
    ] {
        let (_, diags) = break_main(from, to);
        let d = parse_error(&diags);
        assert!(!d.to_string().contains('\n'), "`{from}` → `{to}`: {d}");
        assert!(d.message.starts_with(start), "{d}");
    }
}

#[test]
fn a_file_that_does_not_parse_causes_no_errors_in_other_files() {
    for (from, to) in [
        (r#"text = "help-commands""#, r#"text = "help-commands"#),
        (r#"next = "menu""#, r#"nxt = "menu""#),
        (r#"priority = "normal""#, r#"priority = "asap""#),
        ("version = 1", "version = 2"),
    ] {
        let (_, diags) = break_main(from, to);
        assert_eq!(diags.len(), 1, "`{from}` → `{to}`:\n{}", show(&diags));
        assert_eq!(diags[0].file, MAIN_FILE, "`{from}` → `{to}`:\n{}", show(&diags));
    }
}

#[test]
fn unknown_key_in_a_node_is_named() {
    let (text, diags) = break_main(r#"next = "menu""#, r#"nxt = "menu""#);
    let d = the_error(&diags, "`nxt`");
    assert_eq!((d.file.as_str(), d.line), (MAIN_FILE, line_of(&text, "nxt")), "{d}");
    assert!(d.message.contains("unknown field"), "{d}");
}

#[test]
fn unknown_key_in_an_option_is_named() {
    let (text, diags) = break_main(
        r#"{ label = "nav-stop", goto = "end" }"#,
        r#"{ label = "nav-stop", got = "end" }"#,
    );
    let d = the_error(&diags, "`got`");
    assert_eq!((d.file.as_str(), d.line), (MAIN_FILE, line_of(&text, "got =")), "{d}");
}

#[test]
fn unknown_top_level_key_is_named() {
    let (text, diags) = break_main(
        "start = \"welcome\"\n\n[commands]",
        "start = \"welcome\"\nstrat = \"x\"\n\n[commands]",
    );
    let d = the_error(&diags, "`strat`");
    assert_eq!((d.file.as_str(), d.line), (MAIN_FILE, line_of(&text, "strat")), "{d}");
}

#[test]
fn parse_errors_inside_a_node_name_the_node() {
    for (from, to, node) in [
        (r#"next = "menu""#, r#"nxt = "menu""#, "main:help"),
        (r#"priority = "normal""#, r#"priority = "asap""#, "main:operator"),
        (r#"kind = "wipe""#, r#"kind = "wip""#, "main:quick-exit"),
    ] {
        let (_, diags) = break_main(from, to);
        let d = parse_error(&diags);
        assert_eq!(d.node.as_deref(), Some(node), "{d}");
    }
}

#[test]
fn field_a_kind_does_not_use() {
    let (text, diags) = break_main(
        "next = \"language\"\n",
        "next = \"language\"\noptions = [{ label = \"nav-leave\", goto = \"quick-exit\" }]\n",
    );
    let d = only_error(&diags, "`options` is not used by a `say` node");
    assert_at(d, MAIN_FILE, line_of(&text, "options = [{"), Some("main:welcome"));

    let (text, diags) = break_main(
        r#"text = "exit-neutral""#,
        "text = \"exit-neutral\"\nreason = \"quick\"",
    );
    let d = only_error(&diags, "`reason` is not used by a `wipe` node");
    assert_at(
        d,
        MAIN_FILE,
        line_of(&text, "reason = \"quick\""),
        Some("main:quick-exit"),
    );

    let (text, diags) = break_main(r#"lang = "it""#, "lang = \"it\"\ntext = \"nav-stop\"");
    let d = only_error(&diags, "`text` is not used by a `set_language` node");
    assert_at(
        d,
        MAIN_FILE,
        line_of(&text, "text = \"nav-stop\""),
        Some("main:to-italian"),
    );
}

#[test]
fn choice_without_options() {
    let (text, diags) = break_main("kind = \"end\"", "kind = \"choice\"");
    let d = only_error(&diags, "a `choice` node needs at least one entry in `options`");
    assert_eq!(
        (d.file.as_str(), d.node.as_deref()),
        (MAIN_FILE, Some("main:end")),
        "{d}"
    );
    let header = line_of(&text, "[nodes.end]");
    assert_eq!(d.line, header, "not at the node: {d}");
}

#[test]
fn choice_with_an_empty_options_list() {
    let (text, diags) = break_victim(
        "options = [\n  { label = \"victim-opt-where\", goto = \"where\" },\n  { label = \"nav-main-menu\", goto = \"main:role\" },\n]",
        "options = []",
    );
    let d = the_error(&diags, "a `choice` node needs at least one entry in `options`");
    assert_eq!(
        (d.file.as_str(), d.node.as_deref()),
        (VICTIM_FILE, Some("victim:menu")),
        "{d}"
    );
    let header = line_of(&text, "[nodes.menu]");
    assert!(
        (header..=line_of(&text, "options = []")).contains(&d.line),
        "not at the node: {d}"
    );
}

#[test]
fn node_without_text() {
    let (text, diags) = break_main("text = \"help-commands\"\n", "");
    let d = only_error(&diags, "a `say` node needs `text`");
    assert_at(d, MAIN_FILE, line_of(&text, "[nodes.help]"), Some("main:help"));
}

#[test]
fn empty_text_list() {
    let (text, diags) = break_main(r#"text = ["welcome-hello", "welcome-free"]"#, "text = []");
    let d = only_error(&diags, "`text` is an empty list");
    assert_at(d, MAIN_FILE, line_of(&text, "text = []"), Some("main:welcome"));
}

#[test]
fn too_many_options() {
    let many: String = (0..13)
        .map(|_| "  { label = \"nav-stop\", goto = \"end\" },\n")
        .collect();
    let (text, diags) = break_main("  { label = \"nav-stop\", goto = \"end\" },\n", &many);
    let d = only_error(&diags, "17 options are too many for a phone screen (at most 12)");
    assert_at(d, MAIN_FILE, line_of(&text, "[nodes.role]"), Some("main:role"));
}

#[test]
fn handoff_without_priority() {
    let (text, diags) = break_main("priority = \"normal\"\n", "");
    let d = only_error(
        &diags,
        "a `handoff` node needs `priority` (low, normal, high or urgent)",
    );
    assert_eq!(
        (d.file.as_str(), d.node.as_deref()),
        (MAIN_FILE, Some("main:operator")),
        "{d}"
    );
    let header = line_of(&text, "[nodes.operator]");
    assert_eq!(d.line, header, "not at the node: {d}");
}

#[test]
fn node_without_next() {
    let (text, diags) = break_main("next = \"role\"\n", "");
    let d = only_error(&diags, "a `language` node needs `next`");
    assert_eq!(
        (d.file.as_str(), d.node.as_deref()),
        (MAIN_FILE, Some("main:language")),
        "{d}"
    );
    let header = line_of(&text, "[nodes.language]");
    assert_eq!(d.line, header, "not at the node: {d}");
}

#[test]
fn handoff_reason_must_be_a_tag() {
    let (text, diags) = break_main(r#"reason = "asked-for-person""#, r#"reason = "Asked for a person""#);
    let d = only_error(&diags, "a `reason` is a short tag");
    assert_at(
        d,
        MAIN_FILE,
        line_of(&text, "Asked for a person"),
        Some("main:operator"),
    );
}

#[test]
fn bad_priority_value() {
    let (text, diags) = break_main(r#"priority = "normal""#, r#"priority = "asap""#);
    let d = the_error(&diags, "`asap`");
    assert_eq!((d.file.as_str(), d.line), (MAIN_FILE, line_of(&text, "asap")), "{d}");
    for p in ["low", "normal", "high", "urgent"] {
        assert!(d.message.contains(p), "the message should list `{p}`: {d}");
    }
}

#[test]
fn bad_kind_value() {
    let (text, diags) = break_main(r#"kind = "wipe""#, r#"kind = "wip""#);
    let d = the_error(&diags, "`wip`");
    assert_eq!((d.file.as_str(), d.line), (MAIN_FILE, line_of(&text, "\"wip\"")), "{d}");
}

#[test]
fn version_2_is_rejected() {
    let (text, diags) = break_main("version = 1", "version = 2");
    let d = the_error(&diags, "flow format version 2 is not supported");
    assert_at(d, MAIN_FILE, line_of(&text, "version = 2"), None);
    assert!(d.message.contains("version 1"), "{d}");
}

#[test]
fn version_2_in_a_secondary_flow_is_rejected() {
    let (text, diags) = break_victim("version = 1", "version = 2");
    let d = the_error(&diags, "flow format version 2 is not supported");
    assert_at(d, VICTIM_FILE, line_of(&text, "version = 2"), None);
}

#[test]
fn set_language_to_a_language_without_a_locale() {
    let (text, diags) = break_main(r#"lang = "it""#, r#"lang = "de""#);
    let d = only_error(&diags, "language `de` has no locale (available: en, it)");
    assert_at(d, MAIN_FILE, line_of(&text, "\"de\""), Some("main:to-italian"));
}

#[test]
fn set_language_is_checked_against_the_catalog_languages() {
    let err = check_with(&minimal(), IDS, &["en"]).expect_err("no `it` locale");
    let d = only_error(&err, "language `it` has no locale (available: en)");
    assert_at(d, MAIN_FILE, line_of(MAIN, r#"lang = "it""#), Some("main:to-italian"));
}

// ---------------------------------------------------------------------------------------
// Commands

#[test]
fn missing_command() {
    let (text, diags) = break_main("help = \"help\"\n", "");
    let d = only_error(&diags, "`[commands]` lacks `help`");
    assert_eq!(d.file, MAIN_FILE);
    let table = line_of(&text, "[commands]")..=line_of(&text, "exit = ");
    assert!(table.contains(&d.line), "not in `[commands]`: {d}");
}

#[test]
fn commands_errors_point_at_the_commands_table() {
    let (text, diags) = break_main("help = \"help\"\n", "");
    let d = only_error(&diags, "`[commands]` lacks `help`");
    let header = line_of(&text, "[commands]");
    assert!(
        [header, header + 1].contains(&d.line),
        "at {}: {d}",
        text.lines().nth(d.line - 1).unwrap_or("")
    );

    let (text, diags) = break_victim(
        "start = \"intro\"\n",
        "start = \"intro\"\n\n[commands]\nstart = \"intro\"\nmenu = \"menu\"\n",
    );
    let d = only_error(&diags, "only main.toml may declare `[commands]`");
    let header = line_of(&text, "[commands]");
    assert!(
        [header, header + 1].contains(&d.line),
        "at {}: {d}",
        text.lines().nth(d.line - 1).unwrap_or("")
    );
}

#[test]
fn every_missing_command_is_named() {
    let (_, diags) = break_main("help = \"help\"\noperator = \"operator\"\n", "");
    the_error(&diags, "`[commands]` lacks `help`");
    the_error(&diags, "`[commands]` lacks `operator`");
    assert_eq!(diags.len(), 2, "{}", show(&diags));
}

#[test]
fn missing_commands_table() {
    let block = "[commands]\nstart = \"welcome\"\nmenu = \"menu\"\nlang = \"language\"\nhelp = \"help\"\noperator = \"operator\"\nexit = \"quick-exit\"\n";
    let (_, diags) = break_main(block, "");
    let d = only_error(&diags, "main.toml needs a `[commands]` table");
    assert_eq!(d.file, MAIN_FILE);
    for c in ["start", "menu", "lang", "help", "operator", "exit"] {
        assert!(d.message.contains(c), "{d}");
    }
}

#[test]
fn unknown_command() {
    let (text, diags) = break_main("exit = \"quick-exit\"\n", "exit = \"quick-exit\"\nfly = \"help\"\n");
    let d = only_error(&diags, "unknown command `fly`");
    assert_at(d, MAIN_FILE, line_of(&text, "fly = "), None);
}

#[test]
fn commands_in_a_non_main_flow() {
    let (text, diags) = break_victim(
        "start = \"intro\"\n",
        "start = \"intro\"\n\n[commands]\nmenu = \"menu\"\n",
    );
    let d = only_error(&diags, "only main.toml may declare `[commands]`");
    assert_eq!(d.file, VICTIM_FILE);
    let header = line_of(&text, "[commands]");
    assert!((header..=header + 1).contains(&d.line), "not at `[commands]`: {d}");
}

// ---------------------------------------------------------------------------------------
// Shipped content and the diagnostic format

#[test]
fn shipped_content_loads_with_no_errors_and_no_warnings() {
    let content = Content::load(&ContentPaths::default()).unwrap_or_else(|d| panic!("shipped content:\n{}", show(&d)));
    assert!(content.warnings.is_empty(), "warnings:\n{}", show(&content.warnings));
    assert!(content.flows.len() > 10);
    let languages = content.locales.languages();
    assert_eq!(languages.first().map(String::as_str), Some("en"));
    assert!(languages.iter().any(|l| l == "it"), "{languages:?}");
}

#[test]
fn shipped_content_loads_from_directories_too() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(&ContentPaths {
        flows: Some(root.join("flows")),
        locales: Some(root.join("locales")),
        ..ContentPaths::default()
    })
    .unwrap_or_else(|d| panic!("{}", show(&d)));
    assert!(content.warnings.is_empty(), "{}", show(&content.warnings));
    let embedded = Content::load(&ContentPaths::default()).expect("embedded");
    assert_eq!(content.flows.len(), embedded.flows.len());
}

#[test]
fn display_format() {
    let (text, diags) = break_main(r#"next = "language""#, r#"next = "lnguage""#);
    let line = line_of(&text, "lnguage");
    assert_eq!(
        diags[0].to_string(),
        format!("flows/main.toml:{line}:8: error: node `main:welcome`: `lnguage` points to node `main:lnguage`, which does not exist")
    );

    let warning = Diagnostic::warning("locales/it/x.ftl", LineCol { line: 3, column: 2 }, None, "careful");
    assert_eq!(warning.to_string(), "locales/it/x.ftl:3:2: warning: careful");
    let whole = Diagnostic::error("flows/x.toml", LineCol::WHOLE_FILE, Some("x:y".into()), "broken");
    assert_eq!(whole.to_string(), "flows/x.toml: error: node `x:y`: broken");
}

/// Every way of breaking a flow the tests above use, as (file, from, to).
const BREAKAGES: &[(&str, &str, &str)] = &[
    (MAIN_FILE, r#"next = "language""#, r#"next = "lnguage""#),
    (MAIN_FILE, r#"goto = "victim:""#, r#"goto = "victm:""#),
    (MAIN_FILE, r#"default = "role""#, r#"default = "help""#),
    (MAIN_FILE, r#"text = "help-commands""#, r#"text = "help-comands""#),
    (MAIN_FILE, r#"text = "help-commands""#, r#"text = "help-commands"#),
    (MAIN_FILE, "version = 1", "version = \"one\""),
    (MAIN_FILE, r#"next = "menu""#, r#"nxt = "menu""#),
    (MAIN_FILE, r#"next = "menu""#, r#"next = ["menu"]"#),
    (MAIN_FILE, r#"priority = "normal""#, r#"priority = "asap""#),
    (MAIN_FILE, r#"kind = "wipe""#, r#"kind = "wip""#),
    (MAIN_FILE, "kind = \"wipe\"\n", ""),
    (MAIN_FILE, "kind = \"end\"", "kind = \"choice\""),
    (MAIN_FILE, "priority = \"normal\"\n", ""),
    (MAIN_FILE, "version = 1", "version = 2"),
    (MAIN_FILE, "version = 1\n", ""),
    (MAIN_FILE, r#"var = "role""#, r#"var = "rolle""#),
    (MAIN_FILE, r#"lang = "it""#, r#"lang = "de""#),
    (MAIN_FILE, "help = \"help\"\n", ""),
    (
        MAIN_FILE,
        r#"set = { role = "victim" }"#,
        r#"set = { Role = "victim" }"#,
    ),
    (
        VICTIM_FILE,
        "start = \"intro\"\n",
        "start = \"intro\"\n[commands]\nmenu = \"menu\"\n",
    ),
    (VICTIM_FILE, "[nodes.where]", "[nodes.Where]"),
];

#[test]
fn every_message_is_one_lowercase_line_without_a_final_period() {
    for (file, from, to) in BREAKAGES {
        let diags = if *file == MAIN_FILE {
            break_main(from, to).1
        } else {
            break_victim(from, to).1
        };
        for d in &diags {
            let shown = d.to_string();
            let first = d.message.chars().next().expect("empty message");
            assert!(
                !first.is_uppercase(),
                "{file}: `{from}` → `{to}`: starts uppercase: {shown}"
            );
            assert!(
                !d.message.ends_with('.'),
                "{file}: `{from}` → `{to}`: final period: {shown}"
            );
            assert!(
                !shown.contains('\n'),
                "{file}: `{from}` → `{to}`: more than one line: {shown}"
            );
            assert!(
                d.line > 0 || d.node.is_none(),
                "{file}: `{from}` → `{to}`: a node but no line: {shown}"
            );
            assert!(shown.contains(": error: "), "{shown}");
        }
    }
}

#[test]
fn every_diagnostic_is_sorted_into_a_file_of_the_set() {
    for (file, from, to) in BREAKAGES {
        let diags = if *file == MAIN_FILE {
            break_main(from, to).1
        } else {
            break_victim(from, to).1
        };
        for d in &diags {
            assert!(
                d.file == MAIN_FILE || d.file == VICTIM_FILE,
                "`{from}` → `{to}`: unknown file in {d}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Locales

fn ls(lang: &str, file: &str, text: &str) -> LocaleSource {
    LocaleSource {
        lang: lang.to_owned(),
        name: format!("locales/{lang}/{file}"),
        text: text.to_owned(),
    }
}

const EN: &str = "### varco-review: reviewed
### Test texts.

language-name = English
hello = Hello { $name }!
bye = Bye.
only-en = Only in English.
";

const IT: &str = "### varco-review: unreviewed

language-name = Italiano
hello = Ciao { $name }!
leftover = Vecchio testo.
";

fn locales(
    sources: &[LocaleSource],
    fallback: &[(&str, &[&str])],
) -> Result<(Locales, Vec<Diagnostic>), Vec<Diagnostic>> {
    let fallback: HashMap<String, Vec<String>> = fallback
        .iter()
        .map(|(l, chain)| ((*l).to_owned(), chain.iter().map(|c| (*c).to_owned()).collect()))
        .collect();
    Locales::load(sources, fallback)
}

fn ok_locales(sources: &[LocaleSource], fallback: &[(&str, &[&str])]) -> Locales {
    let (locales, warnings) = locales(sources, fallback).unwrap_or_else(|d| panic!("{}", show(&d)));
    assert!(warnings.is_empty(), "{}", show(&warnings));
    locales
}

fn status_of<'a>(status: &'a [LocaleStatus], lang: &str) -> &'a LocaleStatus {
    status
        .iter()
        .find(|s| s.lang == lang)
        .unwrap_or_else(|| panic!("no {lang} in {status:?}"))
}

#[test]
fn fluent_syntax_error_has_file_and_line() {
    // A volunteer forgot the `=`.
    let it = "### varco-review: unreviewed\n\nlanguage-name = Italiano\nhello Ciao { $name }!\nbye = Ciao.\n";
    let diags = locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", it)], &[]).expect_err("broken it");
    let d = only_error(&diags, "fluent syntax");
    assert_eq!((d.file.as_str(), d.line), ("locales/it/main.ftl", 4), "{d}");
    assert_eq!(d.node, None);
    assert!(d.to_string().starts_with("locales/it/main.ftl:4:"), "{d}");
}

#[test]
fn fluent_unclosed_placeable_is_reported_on_its_own_line() {
    let it = "### varco-review: unreviewed\n\nlanguage-name = Italiano\nhello = Ciao { $name\nbye = Ciao.\n";
    let diags = locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", it)], &[]).expect_err("broken it");
    let d = only_error(&diags, "fluent syntax");
    assert_eq!((d.file.as_str(), d.line), ("locales/it/main.ftl", 4), "{d}");
}

#[test]
fn fluent_junk_line_has_file_and_line() {
    let en = format!("{EN}this line is not fluent\n");
    let diags = locales(&[ls("en", "main.ftl", &en)], &[]).expect_err("junk");
    let d = only_error(&diags, "fluent syntax");
    assert_eq!(
        (d.file.as_str(), d.line),
        ("locales/en/main.ftl", line_of(&en, "not fluent")),
        "{d}"
    );
    assert!(!d.to_string().contains('\n'), "{d}");
}

#[test]
fn every_fluent_syntax_error_is_reported() {
    let en = format!("{EN}one Uno.\nfine = Fine.\ntwo Due.\n");
    let diags = locales(&[ls("en", "main.ftl", &en)], &[]).expect_err("two errors");
    let lines: Vec<usize> = diags.iter().filter(|d| d.is_error()).map(|d| d.line).collect();
    assert_eq!(
        lines,
        [line_of(&en, "one Uno"), line_of(&en, "two Due")],
        "{}",
        show(&diags)
    );
}

#[test]
fn message_defined_twice_names_both_files() {
    let extra = "### varco-review: reviewed\n\n# Another file.\nbye = Goodbye.\n";
    let diags = locales(&[ls("en", "main.ftl", EN), ls("en", "extra.ftl", extra)], &[]).expect_err("duplicate");
    let d = only_error(&diags, "message `bye` is defined twice");
    assert!(d.message.contains("locales/en/main.ftl"), "{d}");
    assert_eq!((d.file.as_str(), d.line), ("locales/en/extra.ftl", 4), "{d}");
}

#[test]
fn message_defined_twice_in_one_file_points_at_the_second() {
    let en = format!("{EN}bye = Goodbye.\n");
    let diags = locales(&[ls("en", "main.ftl", &en)], &[]).expect_err("duplicate");
    let d = only_error(&diags, "message `bye` is defined twice");
    assert_eq!(d.line, last_line_of(&en, "bye ="), "{d}");
}

#[test]
fn missing_review_line_is_a_warning() {
    let it = IT.replace("### varco-review: unreviewed\n", "### Italian.\n");
    let (locales, warnings) = locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", &it)], &[]).expect("loads");
    assert_eq!(warnings.len(), 1, "{}", show(&warnings));
    let w = &warnings[0];
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!((w.file.as_str(), w.line), ("locales/it/main.ftl", 1));
    assert!(w.message.contains("### varco-review:"), "{w}");
    assert!(w.to_string().starts_with("locales/it/main.ftl:1:1: warning: "), "{w}");
    assert_eq!(status_of(&locales.status(), "it").review, Review::Unreviewed);
}

#[test]
fn status_shows_review_coverage_missing_and_obsolete() {
    let l = ok_locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", IT)], &[]);
    let status = l.status();
    assert_eq!(
        status.iter().map(|s| s.lang.as_str()).collect::<Vec<_>>(),
        ["en", "it"],
        "reference first"
    );
    let en = status_of(&status, "en");
    assert_eq!(en.review, Review::Reviewed);
    assert_eq!((en.translated, en.total), (4, 4));
    assert!(en.missing.is_empty() && en.obsolete.is_empty(), "{en:?}");
    assert_eq!(en.name, "English");
    assert!(en.fallback.is_empty(), "{en:?}");

    let it = status_of(&status, "it");
    assert_eq!(it.review, Review::Unreviewed);
    assert_eq!((it.translated, it.total), (2, 4));
    assert_eq!(it.missing, ["bye", "only-en"]);
    assert_eq!(it.obsolete, ["leftover"]);
    assert_eq!(it.name, "Italiano");
    assert_eq!(it.fallback, ["en"]);
}

#[test]
fn review_is_partial_when_files_disagree() {
    let it2 = "### varco-review: reviewed\n\nbye = Ciao.\n";
    let l = ok_locales(
        &[
            ls("en", "main.ftl", EN),
            ls("it", "main.ftl", IT),
            ls("it", "more.ftl", it2),
        ],
        &[],
    );
    let it = status_of(&l.status(), "it").clone();
    assert_eq!(it.review, Review::Partial);
    assert_eq!((it.translated, it.total), (3, 4));
}

#[test]
fn review_status_serialises_lowercase() {
    let l = ok_locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", IT)], &[]);
    let json = serde_json::to_value(l.status()).expect("json");
    assert_eq!(json[0]["review"], "reviewed");
    assert_eq!(json[1]["review"], "unreviewed");
}

#[test]
fn missing_reference_locale_is_an_error() {
    let diags = locales(&[ls("it", "main.ftl", IT)], &[]).expect_err("no en");
    only_error(&diags, "the reference locale `en` is missing");
}

#[test]
fn fallback_to_a_language_without_a_locale_is_an_error() {
    let diags = locales(&[ls("en", "main.ftl", EN)], &[("pcm", &["xx"])]).expect_err("no xx");
    only_error(&diags, "l10n.fallback.pcm names `xx`, which has no locale");
}

#[test]
fn bad_language_directory_name_is_an_error() {
    let diags = locales(&[ls("en", "main.ftl", EN), ls("not a tag", "main.ftl", IT)], &[]).expect_err("bad tag");
    let d = only_error(&diags, "`not a tag` is not a language tag");
    assert_eq!(d.file, "locales/not a tag/main.ftl");
}

#[test]
fn a_message_missing_in_it_falls_back_to_en() {
    let l = ok_locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", IT)], &[]);
    assert_eq!(l.render("it", &Text::new("only-en"), &[], false), "Only in English.");
    assert_eq!(l.render("it", &Text::new("language-name"), &[], false), "Italiano");
    assert_eq!(l.chain("it"), ["it", "en"]);
}

#[test]
fn configured_fallback_chain_is_used() {
    let pcm = "### varco-review: unreviewed\n\nlanguage-name = Pidgin\nbye = Bye-bye.\n";
    let lld = "### varco-review: unreviewed\n\nlanguage-name = Ladin\n";
    let l = ok_locales(
        &[
            ls("en", "main.ftl", EN),
            ls("it", "main.ftl", IT),
            ls("pcm", "main.ftl", pcm),
            ls("lld", "main.ftl", lld),
        ],
        &[("pcm", &["en"]), ("lld", &["it"])],
    );
    assert_eq!(l.chain("pcm"), ["pcm", "en"]);
    assert_eq!(l.render("pcm", &Text::new("bye"), &[], false), "Bye-bye.");
    assert_eq!(l.render("pcm", &Text::new("only-en"), &[], false), "Only in English.");
    // lld → it → en: Italian before English.
    assert_eq!(l.chain("lld"), ["lld", "it", "en"]);
    let name = [("name".to_owned(), "Ada".to_owned())];
    assert_eq!(l.render("lld", &Text::new("hello"), &name, false), "Ciao Ada!");
    assert_eq!(l.render("lld", &Text::new("bye"), &[], false), "Bye.");
    let status = l.status();
    assert_eq!(status_of(&status, "pcm").fallback, ["en"]);
    assert_eq!(status_of(&status, "lld").fallback, ["it", "en"]);
    // The menu's built-in order (issue 13), then languages it does not list, alphabetically.
    assert_eq!(l.languages(), ["en", "it", "pcm", "lld"]);
}

#[test]
fn fallback_chain_has_no_duplicates() {
    let pcm = "### varco-review: unreviewed\n\nlanguage-name = Pidgin\n";
    let l = ok_locales(
        &[
            ls("en", "main.ftl", EN),
            ls("it", "main.ftl", IT),
            ls("pcm", "main.ftl", pcm),
        ],
        &[("pcm", &["en", "it"])],
    );
    assert_eq!(l.chain("pcm"), ["pcm", "en", "it"]);
    assert_eq!(status_of(&l.status(), "pcm").fallback, ["en", "it"]);
}

#[test]
fn a_message_missing_everywhere_renders_its_id() {
    let l = ok_locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", IT)], &[]);
    assert_eq!(l.render("it", &Text::new("nowhere"), &[], false), "[nowhere]");
}

#[test]
fn negotiate_language() {
    let l = ok_locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", IT)], &[]);
    assert_eq!(l.negotiate(Some("it-IT"), "it"), "it");
    assert_eq!(l.negotiate(Some("en-GB"), "it"), "en");
    assert_eq!(l.negotiate(Some("xx"), "it"), "it");
    assert_eq!(l.negotiate(Some("not a tag!"), "it"), "it");
    assert_eq!(l.negotiate(None, "it"), "it");
    assert_eq!(l.negotiate(None, "de"), "en", "default without a locale: the reference");
}

#[test]
fn bidi_isolation_marks_only_when_asked() {
    let l = ok_locales(&[ls("en", "main.ftl", EN), ls("it", "main.ftl", IT)], &[]);
    let text = Text {
        id: "hello".into(),
        args: vec![("name".into(), "Ada".into())],
        lang: None,
    };
    assert_eq!(l.render("en", &text, &[], true), "Hello \u{2068}Ada\u{2069}!");
    assert_eq!(l.render("en", &text, &[], false), "Hello Ada!");
    // A text with its own language is rendered in it, whatever the conversation's.
    let fixed = Text {
        lang: Some("it".into()),
        ..text
    };
    assert_eq!(l.render("en", &fixed, &[], false), "Ciao Ada!");
}

// ---------------------------------------------------------------------------------------
// The command line

fn varco(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_varco"))
        .args(args)
        .stdin(Stdio::null())
        .env_remove("VARCO_LOG")
        .output()
        .expect("run varco")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let path = entry.expect("entry").path();
        let dest = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            fs::copy(&path, &dest).expect("copy");
        }
    }
}

/// A copy of the shipped `flows/*.toml` and `locales/` in a temporary directory.
fn shipped_copy() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("flows")).expect("mkdir");
    for entry in fs::read_dir(root.join("flows")).expect("flows") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            fs::copy(&path, dir.path().join("flows").join(path.file_name().expect("name"))).expect("copy");
        }
    }
    copy_dir(&root.join("locales"), &dir.path().join("locales"));
    dir
}

/// Replace `from` (exactly once) by `to` in `file`; the new text.
fn edit_file(file: &Path, from: &str, to: &str) -> String {
    let text = edit(&fs::read_to_string(file).expect("read"), from, to);
    fs::write(file, &text).expect("write");
    text
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

#[test]
fn cli_flows_check_ok_on_shipped_content() {
    let out = varco(&["flows", "check"]);
    assert!(out.status.success(), "stderr:\n{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok:"), "stdout: {}", stdout(&out));
    let listed = stdout(&out);
    let listed = listed
        .split_once('(')
        .map_or("", |(_, l)| l.trim_end().trim_end_matches(')'));
    let listed: Vec<&str> = listed.split(", ").collect();
    assert!(
        listed.contains(&"en") && listed.contains(&"it"),
        "stdout: {}",
        stdout(&out)
    );
    assert_eq!(stderr(&out), "", "no warnings expected");

    let copy = shipped_copy();
    let (flows, locales) = (copy.path().join("flows"), copy.path().join("locales"));
    let out = varco(&["flows", "check", "--flows", arg(&flows), "--locales", arg(&locales)]);
    assert!(out.status.success(), "stderr:\n{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok:"), "stdout: {}", stdout(&out));
}

#[test]
fn cli_flows_check_names_file_line_and_node_of_a_dangling_reference() {
    let copy = shipped_copy();
    let main = copy.path().join("flows/main.toml");
    let text = edit_file(&main, r#"next = "language""#, r#"next = "lnguage""#);
    let line = line_of(&text, "lnguage");
    let out = varco(&["flows", "check", "--flows", arg(&copy.path().join("flows"))]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{err}");
    assert!(err.contains(&format!("main.toml:{line}:")), "stderr:\n{err}");
    assert!(err.contains("node `main:welcome`"), "stderr:\n{err}");
    assert!(err.contains("`lnguage`"), "stderr:\n{err}");
    assert!(err.contains("1 error(s)"), "stderr:\n{err}");
    assert!(!stdout(&out).contains("ok:"), "stdout: {}", stdout(&out));
}

#[test]
fn cli_flows_check_names_file_and_line_of_a_broken_ftl() {
    let copy = shipped_copy();
    let ftl = copy.path().join("locales/it/main.ftl");
    let mut text = fs::read_to_string(&ftl).expect("read");
    text.push_str("\nbroken-message Ciao { $x }\n");
    fs::write(&ftl, &text).expect("write");
    let line = line_of(&text, "broken-message");
    let out = varco(&["flows", "check", "--locales", arg(&copy.path().join("locales"))]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{err}");
    assert!(err.contains(&format!("it/main.ftl:{line}:")), "stderr:\n{err}");
    assert!(err.contains("fluent syntax"), "stderr:\n{err}");
}

#[test]
fn cli_flows_check_missing_message_in_a_copy() {
    let copy = shipped_copy();
    let ftl = copy.path().join("locales/en/main.ftl");
    edit_file(&ftl, "safety-opt-later = ", "safety-opt-latr = ");
    let main = fs::read_to_string(copy.path().join("flows/main.toml")).expect("read");
    let line = line_of(&main, "\"safety-opt-later\"");
    let out = varco(&[
        "flows",
        "check",
        "--flows",
        arg(&copy.path().join("flows")),
        "--locales",
        arg(&copy.path().join("locales")),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{err}");
    assert!(
        err.contains(&format!("main.toml:{line}:")) && err.contains("message `safety-opt-later`"),
        "stderr:\n{err}"
    );
}

#[test]
fn cli_flows_check_on_an_empty_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = varco(&["flows", "check", "--flows", arg(dir.path())]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{err}");
    assert!(err.contains("no flow files"), "stderr:\n{err}");
    assert!(!err.contains("panicked"), "stderr:\n{err}");
}

#[test]
fn cli_flows_check_prints_warnings_and_still_succeeds() {
    let copy = shipped_copy();
    edit_file(
        &copy.path().join("locales/it/main.ftl"),
        "### varco-review: unreviewed\n",
        "### (review line lost)\n",
    );
    let out = varco(&["flows", "check", "--locales", arg(&copy.path().join("locales"))]);
    let err = stderr(&out);
    assert!(out.status.success(), "stderr:\n{err}");
    assert!(err.contains("it/main.ftl:1:1: warning: "), "stderr:\n{err}");
    assert!(stdout(&out).starts_with("ok:"), "stdout: {}", stdout(&out));
}

#[test]
fn cli_chat_refuses_broken_flows() {
    let copy = shipped_copy();
    let text = edit_file(
        &copy.path().join("flows/main.toml"),
        r#"next = "language""#,
        r#"next = "lnguage""#,
    );
    let line = line_of(&text, "lnguage");
    let out = varco(&["chat", "--flows", arg(&copy.path().join("flows"))]);
    let err = stderr(&out);
    assert!(
        !out.status.success(),
        "chat started on broken flows; stdout:\n{}",
        stdout(&out)
    );
    assert!(!err.contains("panicked"), "stderr:\n{err}");
    assert!(
        err.contains("error: flows or locales have 1 error(s)"),
        "stderr:\n{err}"
    );
    assert!(err.contains(&format!("main.toml:{line}:")), "stderr:\n{err}");
    assert_eq!(stdout(&out), "", "nothing said to the person");
}

#[test]
fn cli_chat_refuses_broken_locales() {
    let copy = shipped_copy();
    let ftl = copy.path().join("locales/en/system.ftl");
    let mut text = fs::read_to_string(&ftl).expect("read");
    text.push_str("\nbroken = {\n");
    fs::write(&ftl, text).expect("write");
    let out = varco(&["chat", "--locales", arg(&copy.path().join("locales"))]);
    let err = stderr(&out);
    assert!(!out.status.success(), "chat started on broken locales");
    assert!(!err.contains("panicked"), "stderr:\n{err}");
    assert!(err.contains("error: flows or locales have"), "stderr:\n{err}");
}

#[test]
fn cli_chat_refuses_a_missing_flows_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = varco(&["chat", "--flows", arg(&dir.path().join("nope"))]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(!err.contains("panicked"), "stderr:\n{err}");
    assert!(err.contains("cannot read"), "stderr:\n{err}");
}

#[test]
fn cli_l10n_status_json() {
    let out = varco(&["l10n", "status", "--format", "json"]);
    assert!(out.status.success(), "stderr:\n{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("stdout is JSON");
    let list = json.as_array().expect("a list of locales");
    let find = |lang: &str| {
        list.iter()
            .find(|s| s["lang"] == lang)
            .unwrap_or_else(|| panic!("no {lang} in {json}"))
    };
    let (en, it) = (find("en"), find("it"));
    assert_eq!(list[0]["lang"], "en", "reference first");
    assert_eq!(en["review"], "reviewed");
    assert_eq!(it["review"], "unreviewed");
    assert_eq!(en["translated"], en["total"]);
    assert_eq!(it["total"], en["total"]);
    assert!(it["missing"].is_array() && it["obsolete"].is_array(), "{it}");
    assert_eq!(it["fallback"], serde_json::json!(["en"]));
}

#[test]
fn cli_l10n_status_refuses_broken_content() {
    let copy = shipped_copy();
    let ftl = copy.path().join("locales/it/main.ftl");
    let mut text = fs::read_to_string(&ftl).expect("read");
    text.push_str("\nbroken-message Ciao\n");
    fs::write(&ftl, &text).expect("write");
    let out = varco(&[
        "l10n",
        "status",
        "--format",
        "json",
        "--locales",
        arg(&copy.path().join("locales")),
    ]);
    let err = stderr(&out);
    assert!(!out.status.success(), "stdout:\n{}", stdout(&out));
    assert!(
        err.contains(&format!("it/main.ftl:{}:", line_of(&text, "broken-message"))),
        "stderr:\n{err}"
    );
    assert!(!err.contains("panicked"), "stderr:\n{err}");
}

#[test]
fn cli_l10n_status_table() {
    let out = varco(&["l10n", "status"]);
    assert!(out.status.success(), "stderr:\n{}", stderr(&out));
    let table = stdout(&out);
    let rows: Vec<&str> = table.lines().collect();
    assert!(rows[0].starts_with("lang"), "{table}");
    let en = rows
        .iter()
        .find(|r| r.starts_with("en "))
        .unwrap_or_else(|| panic!("{table}"));
    let it = rows
        .iter()
        .find(|r| r.starts_with("it "))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(en.contains("reviewed") && !en.contains("unreviewed"), "{en}");
    assert!(it.contains("unreviewed"), "{it}");
}

/// The fixture flows and locales, with the shipped built-in messages (`system.ftl`).
fn fixture_copy() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures");
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixtures.join("flows"), &dir.path().join("flows"));
    copy_dir(&fixtures.join("locales"), &dir.path().join("locales"));
    for lang in ["en", "it"] {
        let to = dir.path().join("locales").join(lang).join("system.ftl");
        fs::copy(root.join("locales").join(lang).join("system.ftl"), to).expect("copy system.ftl");
    }
    dir
}

#[test]
fn cli_on_the_fixture_set() {
    let copy = fixture_copy();
    let (flows, locales) = (copy.path().join("flows"), copy.path().join("locales"));
    let out = varco(&["flows", "check", "--flows", arg(&flows), "--locales", arg(&locales)]);
    assert!(out.status.success(), "stderr:\n{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("ok: 13 nodes, 2 languages (en, it)"),
        "stdout: {}",
        stdout(&out)
    );

    let out = varco(&[
        "l10n",
        "status",
        "--format",
        "json",
        "--flows",
        arg(&flows),
        "--locales",
        arg(&locales),
    ]);
    assert!(out.status.success(), "stderr:\n{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let it = &json[1];
    assert_eq!(it["lang"], "it");
    assert_eq!(it["review"], "unreviewed");
    assert_eq!(it["obsolete"], serde_json::json!(["old-greeting"]));
    let missing: Vec<&str> = it["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(
        missing.contains(&"nav-leave") && !missing.contains(&"welcome-hello"),
        "{missing:?}"
    );
    let (translated, total) = (it["translated"].as_u64().unwrap(), it["total"].as_u64().unwrap());
    assert_eq!(translated + missing.len() as u64, total);

    let out = varco(&["l10n", "status", "--flows", arg(&flows), "--locales", arg(&locales)]);
    let table = stdout(&out);
    assert!(table.contains("missing: nav-leave"), "{table}");
    assert!(table.contains("obsolete: old-greeting"), "{table}");
}

/// A `choice` that takes free text needs both `var` (where the text is kept) and `next`
/// (where the flow goes on); either alone is named at the node.
#[test]
fn a_choice_taking_free_text_needs_var_and_next() {
    let (text, diags) = break_main("text = \"role-ask\"\n", "text = \"role-ask\"\nvar = \"place\"\n");
    let d = only_error(&diags, "a `choice` node needs `next`");
    assert_at(d, MAIN_FILE, line_of(&text, "[nodes.role]"), Some("main:role"));

    let (_, diags) = break_main("text = \"role-ask\"\n", "text = \"role-ask\"\nnext = \"role\"\n");
    only_error(&diags, "a `choice` node needs `var`");

    let both = edit(
        MAIN,
        "text = \"role-ask\"\n",
        "text = \"role-ask\"\nvar = \"place\"\nnext = \"role\"\n",
    );
    if let Err(diags) = check(&[src(MAIN_FILE, &both), src(VICTIM_FILE, VICTIM)]) {
        panic!("var and next together load:\n{}", show(&diags));
    }
}
