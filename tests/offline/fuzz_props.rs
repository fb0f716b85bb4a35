//! The fuzz targets (`varco::fuzz`, SECURITY.md) run as property tests, so every `cargo
//! test` gives each a short run: real inputs from the repository (flow files, Fluent files,
//! Telegram updates, commands, sealed records) mutated by flips, insertions, deletions,
//! repeats and splices, plus plain random bytes. A target that panics fails the test with
//! the input that did it; every crash a long run finds is added to `regressions()`.
//! `VARCO_FUZZ_CASES` sets the cases per target (default 200).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use varco::fuzz::TARGETS;

/// One edit of a seed: what, where (a fraction of the length), and a byte.
#[derive(Debug, Clone)]
enum Edit {
    Flip(u16, u8),
    Insert(u16, u8),
    Delete(u16, u16),
    Repeat(u16, u16),
    Splice(u16, usize, u16),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<u16>(), any::<u8>()).prop_map(|(p, b)| Edit::Flip(p, b)),
        (any::<u16>(), any::<u8>()).prop_map(|(p, b)| Edit::Insert(p, b)),
        (any::<u16>(), 1u16..64).prop_map(|(p, n)| Edit::Delete(p, n)),
        (any::<u16>(), 1u16..64).prop_map(|(p, n)| Edit::Repeat(p, n)),
        (any::<u16>(), any::<usize>(), any::<u16>()).prop_map(|(p, s, q)| Edit::Splice(p, s, q)),
    ]
}

fn at(pos: u16, len: usize) -> usize {
    if len == 0 {
        0
    } else {
        usize::from(pos) * len / (usize::from(u16::MAX) + 1)
    }
}

/// Apply `edits` to `seed`; a splice takes a piece of another seed.
fn mutate(seed: &[u8], seeds: &[Vec<u8>], edits: &[Edit]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for e in edits {
        match *e {
            Edit::Flip(p, b) if !out.is_empty() => {
                let i = at(p, out.len());
                out[i] ^= b | 1;
            }
            Edit::Insert(p, b) => out.insert(at(p, out.len() + 1), b),
            Edit::Delete(p, n) => {
                let i = at(p, out.len());
                let end = (i + usize::from(n)).min(out.len());
                out.drain(i..end);
            }
            Edit::Repeat(p, n) => {
                let i = at(p, out.len());
                let end = (i + usize::from(n)).min(out.len());
                let piece = out[i..end].to_vec();
                out.splice(i..i, piece);
            }
            Edit::Splice(p, s, q) => {
                let other = &seeds[s % seeds.len()];
                let from = at(q, other.len());
                let piece = &other[from..(from + 256).min(other.len())];
                let i = at(p, out.len());
                out.splice(i..i, piece.iter().copied());
            }
            Edit::Flip(..) => {}
        }
    }
    out
}

fn files(dir: &str, ext: &str) -> Vec<Vec<u8>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("seed directory") {
            let path = entry.expect("seed entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(std::fs::read(&path).expect("seed file"));
            }
        }
    }
    out.sort();
    out
}

fn telegram_seeds() -> Vec<Vec<u8>> {
    let from = r#"{"id":42,"is_bot":false,"first_name":"A","language_code":"ur"}"#;
    let chat = r#"{"id":42,"type":"private","first_name":"A"}"#;
    [
        format!(r#"{{"update_id":1,"message":{{"message_id":5,"date":1700000000,"chat":{chat},"from":{from},"text":"/start camp1"}}}}"#),
        format!(r#"{{"update_id":2,"edited_message":{{"message_id":6,"date":1700000000,"edit_date":1700000001,"chat":{chat},"from":{from},"text":"٢"}}}}"#),
        format!(r#"{{"update_id":3,"callback_query":{{"id":"9","from":{from},"chat_instance":"c","data":"c:ab12:1","message":{{"message_id":7,"date":1700000000,"chat":{chat},"text":"menu"}}}}}}"#),
        format!(r#"{{"update_id":4,"message":{{"message_id":8,"date":1700000000,"chat":{chat},"from":{from},"photo":[{{"file_id":"f","file_unique_id":"u","width":1,"height":1,"file_size":10}}],"caption":"x"}}}}"#),
        format!(r#"{{"update_id":5,"message":{{"message_id":9,"date":1700000000,"chat":{{"id":-100,"type":"supergroup","title":"g"}},"from":{from},"text":"hi"}}}}"#),
        r#"{"update_id":6,"my_chat_member":{}}"#.to_owned(),
    ]
    .into_iter()
    .map(String::into_bytes)
    .collect()
}

fn command_seeds() -> Vec<Vec<u8>> {
    [
        "!claim",
        "!release",
        "!transfer @bola:example.org",
        "!close referred",
        "!note x",
        "!say greeting",
        "!takeover #12",
        "!duty on",
        "!help",
        "!!",
        "!claim 99999999999999999999",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect()
}

fn record_seeds() -> Vec<Vec<u8>> {
    let record = varco::conversation::Record::default();
    let json = serde_json::to_vec(&record).expect("record json");
    vec![
        json.clone(),
        varco::fuzz::sealed_seed(&json),
        b"[]".to_vec(),
        b"{\"version\":1}".to_vec(),
    ]
}

fn person_seeds() -> Vec<Vec<u8>> {
    [
        "1\n1\n2\n",
        "/start\n#0\n#1\n/operator\nhello\n/exit\n",
        "٣\n۳\n৩\n३\n３\n",
        "help me\n/lang\n#1\n/menu\n5\n1\n",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect()
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    match target {
        "flow_toml" => files("flows", "toml"),
        "fluent" => files("locales", "ftl"),
        "telegram_update" => telegram_seeds(),
        "operator_command" => command_seeds(),
        "sealed_record" => record_seeds(),
        "person_turns" => person_seeds(),
        other => panic!("no seeds for fuzz target {other}: add them here"),
    }
}

fn cases() -> u32 {
    std::env::var("VARCO_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// Run one target over mutated seeds and random bytes.
fn run(name: &str, target: fn(&[u8])) {
    let seeds = seeds(name);
    assert!(!seeds.is_empty(), "{name}: no seeds");
    for seed in &seeds {
        target(seed);
    }
    let strategy = prop_oneof![
        3 => (0..seeds.len(), prop::collection::vec(edit(), 1..8)).prop_map({
            let seeds = seeds.clone();
            move |(i, edits)| mutate(&seeds[i], &seeds, &edits)
        }),
        1 => prop::collection::vec(any::<u8>(), 0..512),
    ];
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |input| {
            target(&input);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("fuzz target {name}: {e}"));
}

#[test]
fn every_fuzz_target_survives_mutated_real_input() {
    for (name, target) in TARGETS {
        run(name, *target);
    }
}

/// Every input a fuzz run found to crash a target, kept so it never comes back (SECURITY.md
/// lists the runs), and edge inputs chosen by hand. Each is `(target, bytes)`.
fn regressions() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        // By hand: a button index at the edge of u32 must not overflow the choice.
        ("person_turns", b"#4294967295\n".to_vec()),
        // By hand: a case number past u64.
        ("operator_command", "!claim 18446744073709551616".as_bytes().to_vec()),
    ]
}

#[test]
fn inputs_fuzzers_found_stay_harmless() {
    for (name, bytes) in regressions() {
        let (_, target) = TARGETS.iter().find(|(n, _)| *n == name).expect("a known target");
        target(&bytes);
    }
}

#[test]
fn the_mutator_changes_its_seed() {
    let seed = b"hello world".to_vec();
    let seeds = vec![seed.clone()];
    assert_ne!(mutate(&seed, &seeds, &[Edit::Flip(0, 0)]), seed);
    assert_eq!(mutate(&seed, &seeds, &[Edit::Delete(0, 5)]), b" world".to_vec());
    assert_eq!(
        mutate(&seed, &seeds, &[Edit::Repeat(0, 5)]),
        b"hellohello world".to_vec()
    );
}
