//! Black-box tests of the `varco` binary: scripted chats, bad input on stdin, the store in
//! `--data`, keys, and canaries that must never reach the disk or the logs.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::support::fixtures::{self, contains, BIN};

fn varco(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("VARCO_LOG", "trace")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start varco");
    // Feed stdin from another thread: varco answers while it reads, and a full stdout pipe
    // would otherwise block both sides.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn assert_no_panic(out: &Output) {
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "panic: {err}");
}

/// Every byte of every file under `dir`.
fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fixtures::files_under(dir)
        .into_iter()
        .map(|path| (path.display().to_string(), fs::read(&path).unwrap()))
        .collect()
}

#[test]
fn scripted_chat_answers_and_exits_zero() {
    let out = varco(&["chat", "--lang", "en"], b"1\n1\n1\n1\n");
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Which language do you prefer?"));
    assert!(stdout.contains("Your rights, ways out"));
    assert_no_panic(&out);
}

#[test]
fn empty_stdin_greets_and_exits_zero() {
    let out = varco(&["chat"], b"");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("800 290 290") || !out.stdout.is_empty());
}

#[test]
fn binary_junk_gets_answers_not_panics() {
    // Invalid UTF-8, NULs, escape sequences, a 100 KB line without a newline in the middle.
    let mut junk: Vec<u8> = Vec::new();
    let mut x: u32 = 0x1234_5678;
    for i in 0..4000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        junk.push((x & 0xff) as u8);
        if i % 97 == 0 {
            junk.push(b'\n');
        }
    }
    junk.extend(std::iter::repeat_n(b'A', 100_000));
    junk.extend_from_slice(b"\n\xff\xfe\x00\x1b[2J\n1\n");
    let lines = junk.iter().filter(|b| **b == b'\n').count();
    let out = varco(&["chat", "--lang", "en"], &junk);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_no_panic(&out);
    let stdout = text(&out.stdout);
    // Every line got an answer: each turn ends with a question or a hint.
    let answers = stdout.matches("Which language do you prefer?").count()
        + stdout.matches("Please answer with a number").count()
        + stdout.matches("Sorry").count();
    assert!(answers >= lines, "{answers} answers for {lines} lines");
    assert!(stdout.contains("too long"));
}

#[test]
fn data_dir_keeps_the_conversation_and_no_canary_reaches_disk_or_logs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let canary = format!("CANARY-{:x}", std::process::id() as u64 * 0x9e37_79b9);
    // Victim path, "where are you" with the canary, then talk to a person and write it again.
    let script = format!("1\n1\n1\n2\n{canary} street\n3\nmy name is {canary}\n");
    let first = varco(&["chat", "--lang", "en", "--data", data], script.as_bytes());
    assert!(first.status.success(), "{}", text(&first.stderr));
    let stdout = text(&first.stdout);
    assert!(stdout.contains("case #1 opened"));
    assert!(stdout.contains(&format!("[relayed to the operator of case #1] my name is {canary}")));

    // The store lives on: the next run remembers the open case.
    let second = varco(&["chat", "--lang", "en", "--data", data], b"still there?\n");
    assert!(second.status.success(), "{}", text(&second.stderr));
    assert!(text(&second.stdout).contains("[relayed to the operator of case #1] still there?"));

    for (file, bytes) in files_under(&dir.path().join("store")) {
        assert!(!contains(&bytes, canary.as_bytes()), "canary in {file}");
        assert!(!contains(&bytes, b"still there?"), "message text in {file}");
    }
    for out in [&first, &second] {
        let logs = text(&out.stderr);
        assert!(!logs.contains(&canary), "canary in logs");
        assert!(!logs.contains("still there"), "message text in logs");
    }
}

#[test]
fn wrong_or_missing_key_is_one_clear_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    assert!(varco(&["chat", "--data", data], b"1\n").status.success());
    let before = files_under(&dir.path().join("store"));

    // Another key in place of the right one.
    let key = dir.path().join("store.key");
    let right = fs::read(&key).unwrap();
    fs::remove_file(&key).unwrap();
    let out = varco(&["keys", "generate", "--out", key.to_str().unwrap()], b"");
    assert!(out.status.success());
    let out = varco(&["chat", "--data", data], b"1\n");
    assert!(!out.status.success());
    assert_no_panic(&out);
    let err = text(&out.stderr);
    assert!(err.contains("error:") && err.contains("different key"), "{err}");
    assert!(
        out.stdout.is_empty(),
        "nothing may be said on a store that cannot be read"
    );

    // No key at all next to existing data: refuse rather than create a new one.
    fs::remove_file(&key).unwrap();
    let out = varco(&["chat", "--data", data], b"1\n");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("refusing to create a new key"),
        "{}",
        text(&out.stderr)
    );
    assert!(!key.exists());

    // The data is as it was; the right key opens it again.
    fs::write(&key, right).unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&key, fs::Permissions::from_mode(0o600)).unwrap();
    let after = files_under(&dir.path().join("store"));
    let conf = |v: &[(String, Vec<u8>)]| v.iter().find(|(n, _)| n.ends_with("conf")).map(|(_, b)| b.clone());
    assert_eq!(conf(&before), conf(&after));
    assert!(varco(&["chat", "--data", data], b"1\n").status.success());
}

#[test]
fn keys_generate_is_0600_and_never_overwrites() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("secrets/store.key");
    let out = varco(&["keys", "generate", "--out", key.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    let first = fs::read(&key).unwrap();
    let out = varco(&["keys", "generate", "--out", key.to_str().unwrap()], b"");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("already exists"));
    assert_eq!(fs::read(&key).unwrap(), first);
}

#[test]
fn serve_with_a_missing_config_or_secret_says_which() {
    let out = varco(&["serve", "--config", "/nonexistent/varco.toml"], b"");
    assert!(!out.status.success());
    assert_no_panic(&out);
    assert!(text(&out.stderr).contains("/nonexistent/varco.toml"));

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("varco.toml");
    fs::write(
        &config,
        format!(
            "[store]\npath = \"{0}/data\"\nkey_file = \"{0}/missing.key\"\n",
            dir.path().display()
        ),
    )
    .unwrap();
    let out = varco(&["serve", "--config", config.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("missing.key"), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("error:")).count(), 1, "{err}");
}

#[test]
fn unknown_config_key_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("varco.toml");
    fs::write(&config, "[helpline]\nname = \"x\"\nphnoe = \"1\"\n").unwrap();
    let out = varco(&["serve", "--config", config.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("varco.toml:3:"), "{err}");
    assert!(err.contains("phnoe"), "{err}");
}

#[test]
fn stats_count_campaigns_and_hide_small_cells() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    for _ in 0..5 {
        assert!(varco(
            &["chat", "--lang", "en", "--data", data],
            b"/start poster-bari\n/exit\n"
        )
        .status
        .success());
    }
    let out = varco(&["stats", "--data", data, "--format", "json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let count = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["counter"] == name)
            .map(|r| r["count"].clone())
    };
    // `varco chat` has no `[campaigns] tags`: a payload is free text, counted as `other`.
    assert_eq!(count("campaign:other"), Some(serde_json::json!(5)));
    assert_eq!(count("campaign:poster-bari"), None);
    // One conversation chose no language: a cell under 5 is never shown as a number.
    let table = text(&varco(&["stats", "--data", data], b"").stdout);
    assert!(table.contains("quick_exit") && table.contains('5'), "{table}");
    assert!(!rows
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["count"].as_u64().is_some_and(|n| n < 5)));
}

/// Secret files open to group or others, and a short store passphrase, stop `serve` with
/// one line naming the key, before the store is opened (no key is even looked for), and
/// the secret is not echoed.
#[test]
fn serve_refuses_open_secret_files_and_a_short_passphrase_first() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let secret = |name: &str, value: &str, mode: u32| {
        let path = dir.path().join(name);
        fs::write(&path, value).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        path.display().to_string()
    };
    let token = secret("token", "123:CaNaRy-token\n", 0o644);
    let password = secret("password", "CaNaRy-password\n", 0o600);
    let passphrase = secret("passphrase", "CaNaRy-short\n", 0o600);
    let config = dir.path().join("varco.toml");
    let write_config = |telegram: bool| {
        let text = format!(
            "[store]\npath = \"{0}/data\"\nkey_file = \"{0}/missing.key\"\n[telegram]\nenabled = {telegram}\n\
             token_file = \"{token}\"\n[matrix]\nenabled = true\nhomeserver = \"http://127.0.0.1:9\"\n\
             user = \"@varco:example.org\"\npassword_file = \"{password}\"\nstore_dir = \"{0}/matrix\"\n\
             store_passphrase_file = \"{passphrase}\"\nlobby_room = \"!lobby:example.org\"\n\
             [[matrix.operators]]\nuser = \"@anna:example.org\"\nlanguages = [\"it\"]\n",
            dir.path().display()
        );
        fs::write(&config, text).unwrap();
    };
    for (telegram, expected) in [
        (
            true,
            format!("telegram.token_file: permissions of {token} are too open (mode 0644); run chmod 600 {token}"),
        ),
        (false, "matrix.store_passphrase_file: ".to_owned()),
    ] {
        write_config(telegram);
        let out = varco(&["serve", "--config", config.to_str().unwrap()], b"");
        assert!(!out.status.success());
        assert_no_panic(&out);
        let err = text(&out.stderr);
        let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
        assert_eq!(errors.len(), 1, "{err}");
        assert!(errors[0].starts_with(&format!("error: {expected}")), "{err}");
        assert!(
            !err.contains("CaNaRy") && !text(&out.stdout).contains("CaNaRy"),
            "{err}"
        );
        assert!(!err.contains("missing.key"), "{err}");
        assert!(!dir.path().join("data").exists() && !dir.path().join("matrix").exists());
    }
}

/// `varco l10n status` lists every locale file with its legal-review marker; the files with
/// legal content stay pending until a lawyer signs.
#[test]
fn l10n_status_shows_each_files_legal_review() {
    let out = varco(&["l10n", "status"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for lang in ["en", "it"] {
        for file in ["victim", "professional", "canned"] {
            let line = format!("locales/{lang}/{file}.ftl legal-review: pending");
            assert!(stdout.contains(&line), "no `{line}` in:\n{stdout}");
        }
        let desk = format!("locales/{lang}/desk.ftl legal-review: none");
        assert!(stdout.contains(&desk), "no `{desk}` in:\n{stdout}");
    }
    assert!(!stdout.contains("legal-review: unmarked"), "{stdout}");
    let json = varco(&["l10n", "status", "--format", "json"], b"");
    assert!(
        text(&json.stdout).contains("\"legal_review\": \"pending\""),
        "{}",
        text(&json.stdout)
    );
}

/// `varco keys rotate` on a store no `serve` holds: done at once; then the old key file is
/// deleted and the store opens on the new one with everything in it. Run again with a
/// permissive umask's leftovers: the store's files are private whatever they were.
#[test]
fn keys_rotate_then_the_old_key_can_be_deleted() {
    use varco::store::{MasterKey, SledStore, Store};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (old, new) = (d.join("old.key"), d.join("new.key"));
    let old_key = MasterKey::generate_to_file(&old).unwrap();
    let config = d.join("varco.toml");
    std::fs::write(
        &config,
        format!(
            "version = 1\n[store]\npath = \"{0}/data\"\nkey_file = \"{0}/old.key\"\n",
            d.display()
        ),
    )
    .unwrap();
    let data = d.join("data");
    {
        let store = SledStore::open(&data, &old_key).unwrap();
        let svc = fixtures::service(std::sync::Arc::new(store), Default::default());
        svc.handle(&fixtures::text_in("31", "u1", "hello", "en"), 0).unwrap();
        svc.store().flush().unwrap();
    }
    // Without a new key file: a clear error, nothing requested.
    let out = varco(
        &[
            "keys",
            "rotate",
            "--new",
            "absent.key",
            "--config",
            config.to_str().unwrap(),
        ],
        b"",
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("absent.key"), "{}", text(&out.stderr));
    assert_no_panic(&out);
    MasterKey::generate_to_file(&new).unwrap();
    let out = varco(
        &[
            "keys",
            "rotate",
            "--new",
            new.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("no longer needed"), "{}", text(&out.stdout));
    std::fs::remove_file(&old).unwrap();
    let store = SledStore::open(&data, &MasterKey::load(&new).unwrap()).unwrap();
    assert!(store.load_state(store.conv_id("telegram", "31")).unwrap().is_some());
    drop(store);
    assert!(matches!(
        SledStore::open(&data, &old_key),
        Err(varco::store::Error::WrongKey { .. })
    ));
}

/// A helpline config over a store in `dir` whose audit log holds case 1's claim and close;
/// the store is closed again.
fn audited_store(dir: &Path) -> String {
    use varco::conversation::{DeskMessage, DeskRoom, Helpline};
    use varco::store::{MasterKey, SledStore};
    let key = dir.join("store.key");
    assert!(varco(&["keys", "generate", "--out", key.to_str().unwrap()], b"")
        .status
        .success());
    let config = dir.join("varco.toml");
    let root = fixtures::ROOT;
    fs::write(
        &config,
        format!(
            "[store]\npath = \"{0}/store\"\nkey_file = \"{0}/store.key\"\n\
             [flows]\ndir = \"{root}/flows\"\n[l10n]\nlocales_dir = \"{root}/locales\"\n",
            dir.display()
        ),
    )
    .unwrap();
    let store = SledStore::open(&dir.join("store"), &MasterKey::load(&key).unwrap()).unwrap();
    let svc = fixtures::service(std::sync::Arc::new(store), Helpline::default()).with_roster(vec![
        varco::handoff::Operator {
            user: "@anna:example.org".into(),
            languages: vec!["it".into()],
        },
    ]);
    for (i, t) in ["/start", "1", "1", "1", "3"].into_iter().enumerate() {
        svc.handle(&fixtures::text_in("777001", &i.to_string(), t, "en"), 100)
            .unwrap();
    }
    for (i, t) in ["!claim", "!close referral"].into_iter().enumerate() {
        let m = DeskMessage {
            event_id: format!("$c{i}"),
            room: DeskRoom::Case(1),
            sender: "@anna:example.org".into(),
            text: t.into(),
            attachment: None,
        };
        svc.desk_message(&m, 1_790_000_000 + i as u64 * 60).unwrap();
    }
    varco::store::Store::flush(svc.store().as_ref()).unwrap();
    config.to_str().unwrap().to_owned()
}

#[test]
fn audit_verify_show_and_purge_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = audited_store(dir.path());
    let out = varco(&["audit", "verify", "--config", &config], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("intact: 2 entries"), "{}", text(&out.stdout));
    let out = varco(&["audit", "show", "--case", "1", "--config", &config], b"");
    let shown = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(shown.lines().count(), 2, "{shown}");
    assert!(
        shown.contains("2026-09-21 ") && shown.contains("@anna:example.org claim"),
        "{shown}"
    );
    assert!(shown.contains("close referral") && !shown.contains("777001"), "{shown}");

    let out = varco(&["purge", "--dry-run", "--config", &config], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("would remove") && said.contains("idle conversations"),
        "{said}"
    );
    assert!(!said.contains("777001"), "{said}");
    assert!(text(&out.stderr).lines().all(|l| !l.contains("777001")));

    // An entry removed: exit 1, naming it.
    {
        use varco::store::{MasterKey, SledStore};
        let key = MasterKey::load(&dir.path().join("store.key")).unwrap();
        let store = SledStore::open(&dir.path().join("store"), &key).unwrap();
        store.tamper_audit_entry(1, None).unwrap();
        varco::store::Store::flush(&store).unwrap();
    }
    let out = varco(&["audit", "verify", "--config", &config], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("broken at entry 1"), "{}", text(&out.stdout));
}
