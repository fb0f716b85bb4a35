//! Issue 14 (run it for real), as an administrator meets it: `varco config check` reporting
//! every problem at once, the minimal `deploy/varco.toml` working from a directory with
//! nothing but secrets beside it (flows, locales and directory built in), `varco flows
//! check --config` checking what `serve` would load, the exit codes of `serve`, a lost
//! key answered with "restore it", and the deployment files' structure (Dockerfile, the
//! systemd unit's reload).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use crate::support::fixtures::{BIN, ROOT};

const CANARY: &str = "CaNaRy-d3pl0y";

fn varco_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("VARCO_LOG")
        .output()
        .expect("run varco")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn secret(path: &Path, value: &str, mode: u32) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, value).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// A configuration with five problems of different kinds: a secret open to others, a
/// missing lobby, a short passphrase, a missing store key and a flows directory that is
/// not there. All five are reported in one run, none of the secrets' values.
#[test]
fn config_check_reports_every_problem_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    secret(&d.join("token"), &format!("123:{CANARY}\n"), 0o644);
    secret(&d.join("password"), &format!("{CANARY}\n"), 0o600);
    secret(&d.join("pass"), &format!("{CANARY}\n"), 0o600);
    fs::write(
        d.join("varco.toml"),
        format!(
            "[flows]\ndir = \"{0}/no-flows\"\n[store]\npath = \"{0}/data\"\nkey_file = \"{0}/missing.key\"\n\
             [telegram]\nenabled = true\ntoken_file = \"{0}/token\"\n[matrix]\nenabled = true\n\
             homeserver = \"http://127.0.0.1:9\"\nuser = \"@varco:example.org\"\npassword_file = \"{0}/password\"\n\
             store_passphrase_file = \"{0}/pass\"\n[[matrix.operators]]\nuser = \"@anna:example.org\"\n\
             languages = [\"it\"]\n",
            d.display()
        ),
    )
    .unwrap();
    let out = varco_in(d, &["config", "check", "--config", "varco.toml"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for expected in [
        "telegram.token_file: permissions of",
        "matrix.lobby_room: required when matrix.enabled = true",
        "matrix.store_passphrase_file: ",
        "missing.key",
        "no-flows",
    ] {
        assert!(err.contains(expected), "{expected}: {err}");
    }
    assert!(err.contains("5 problem(s)"), "{err}");
    assert!(!err.contains(CANARY) && !text(&out.stdout).contains(CANARY), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!d.join("data").exists(), "nothing was started");

    // A TOML mistake is named with its line (the parser stops there).
    fs::write(d.join("bad.toml"), "[telegram]\nenabled = true\ntokn_file = \"x\"\n").unwrap();
    let out = varco_in(d, &["config", "check", "--config", "bad.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad.toml:3:1: unknown field `tokn_file`"),
        "{}",
        text(&out.stderr)
    );
}

/// `deploy/varco.toml` copied into an empty directory, its placeholders replaced and its
/// secrets written: `config check` says ok, with no `flows/` or `locales/` anywhere near.
#[test]
fn the_minimal_configuration_checks_ok_from_an_empty_directory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let minimal = fs::read_to_string(Path::new(ROOT).join("deploy/varco.toml")).unwrap();
    fs::write(
        d.join("varco.toml"),
        minimal
            .replace("CHANGE-ME", "helpline")
            .replace("change-me", "helpline"),
    )
    .unwrap();
    let out = varco_in(d, &["config", "check", "--config", "varco.toml"]);
    assert_eq!(out.status.code(), Some(1), "secrets and key not there yet");
    secret(&d.join("secrets/telegram.token"), "123:abc\n", 0o600);
    secret(&d.join("secrets/matrix.password"), "a password\n", 0o600);
    secret(
        &d.join("secrets/matrix-store.pass"),
        "a passphrase of 24 chars\n",
        0o600,
    );
    let key = varco_in(d, &["keys", "generate", "--out", "secrets/store.key"]);
    assert!(key.status.success(), "{}", text(&key.stderr));
    let out = varco_in(d, &["config", "check", "--config", "varco.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("ok: varco.toml (telegram on, matrix on)"));
    let out = varco_in(d, &["flows", "check", "--config", "varco.toml"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("ok: "), "{}", text(&out.stdout));
}

/// `flows check --config` checks the flows that configuration names, not the built-in ones.
#[test]
fn flows_check_with_a_config_checks_what_serve_would_load() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("flows")).unwrap();
    fs::write(d.join("flows/broken.toml"), "this is not = = toml\n").unwrap();
    fs::write(d.join("varco.toml"), "[flows]\ndir = \"flows\"\n").unwrap();
    let out = varco_in(d, &["flows", "check", "--config", "varco.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("broken.toml:1"), "{}", text(&out.stderr));
    // Without --config: the built-in copy, whatever sits in the current directory.
    let out = varco_in(d, &["flows", "check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// Exit codes: 2 for a configuration error; a key file lost over existing data says to
/// restore it from its backup, not to make a new one.
#[test]
fn serve_exits_2_on_configuration_errors_and_a_lost_key_says_restore_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = varco_in(d, &["serve", "--config", "missing.toml"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));

    // A store made with a key, then the key lost.
    let key = varco_in(d, &["keys", "generate", "--out", "store.key"]);
    assert!(key.status.success());
    let config = "[store]\npath = \"store\"\nkey_file = \"store.key\"\n[telegram]\nenabled = true\n\
                  api_url = \"http://127.0.0.1:9\"\n";
    fs::write(d.join("varco.toml"), config).unwrap();
    // `stats` opens (so creates) the store with the key.
    let stats = varco_in(d, &["stats", "--config", "varco.toml"]);
    assert!(stats.status.success(), "{}", text(&stats.stderr));
    assert!(
        d.join("store").read_dir().unwrap().next().is_some(),
        "the store has data"
    );
    fs::remove_file(d.join("store.key")).unwrap();
    secret(&d.join("token"), "123:abc\n", 0o600);
    fs::write(d.join("varco.toml"), format!("{config}token_file = \"token\"\n")).unwrap();
    let out = varco_in(d, &["serve", "--config", "varco.toml"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].contains("restore the key from its backup"), "{err}");
    assert!(errors[0].starts_with("error: store.key_file: "), "{err}");
    assert!(!d.join("store.key").exists(), "no new key made");
    // `config check` says the same, among its problems.
    let out = varco_in(d, &["config", "check", "--config", "varco.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("restore the key from its backup"),
        "{}",
        text(&out.stderr)
    );
}

/// The Dockerfile's manual checklist, as far as a test can read it (hadolint is not
/// installable here): multi-stage from the pinned toolchain, a non-root user, no `ADD` of
/// a URL, only the binary copied into the runtime stage, the entry point and data volume.
#[test]
fn the_dockerfile_is_multi_stage_non_root_and_fetches_nothing() {
    let text = fs::read_to_string(Path::new(ROOT).join("deploy/Dockerfile")).unwrap();
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.starts_with('#')).collect();
    let froms: Vec<&&str> = lines.iter().filter(|l| l.starts_with("FROM ")).collect();
    assert_eq!(froms.len(), 2, "{froms:?}");
    assert!(froms[0].starts_with("FROM rust:1.95-bookworm AS "), "{froms:?}");
    assert!(!froms[1].contains("rust:"), "the runtime has no toolchain: {froms:?}");
    let runtime = &lines[lines.iter().position(|l| l == froms[1]).unwrap()..];
    let user = runtime
        .iter()
        .rev()
        .find(|l| l.starts_with("USER "))
        .expect("a USER in the runtime");
    assert!(!user.contains("root") && user != &"USER 0", "{user}");
    assert!(
        !lines.iter().any(|l| l.starts_with("ADD ") && l.contains("://")),
        "no ADD of a URL"
    );
    let copies: Vec<&&str> = runtime.iter().filter(|l| l.starts_with("COPY ")).collect();
    assert!(
        !copies.is_empty() && copies.iter().all(|l| l.contains("--from=")),
        "{copies:?}"
    );
    assert!(runtime.contains(&"VOLUME /data"));
    assert!(runtime.contains(&"ENTRYPOINT [\"varco\"]"));
    assert!(runtime.contains(&"CMD [\"serve\", \"--config\", \"/etc/varco/varco.toml\"]"));
}

/// Issue 10 item 4: the roster is changed with `systemctl reload varco`, which must send
/// SIGHUP to `serve` (without `ExecReload=`, systemd refuses the reload).
#[test]
fn the_systemd_unit_reloads_with_sighup() {
    let text = fs::read_to_string(Path::new(ROOT).join("deploy/varco.service")).unwrap();
    assert!(
        text.lines().any(|l| l.trim() == "ExecReload=/bin/kill -HUP $MAINPID"),
        "deploy/varco.service has no `ExecReload=/bin/kill -HUP $MAINPID`"
    );
}
