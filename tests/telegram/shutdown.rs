//! Issue 14, item 4 (stop and start safely) and item 2 (say what is happening), through
//! the real binary: `varco serve` on the built-in content (no `flows/` or `locales/`
//! anywhere near it, no `[flows]` or `[l10n]` keys) with the default log level, SIGTERM
//! while chats are mid-conversation and Telegram long polls of 20 s are in flight, then a
//! restart that continues where it was.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::bot_api::{BotApi, Sent};
use crate::support::fixtures::{expected_replies, wait_until, BIN, ROOT};
use crate::support::serve_config::{self, Serve};
use crate::telegram::TOKEN;

/// `varco serve` in `dir` (its current directory), its stderr appended to `dir/serve.log`,
/// the log level left to its default.
fn start(dir: &Path, config: &Path) -> Serve {
    let log = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("serve.log"))
        .unwrap();
    Command::new(BIN)
        .args(["serve", "--config"])
        .arg(config)
        .current_dir(dir)
        .env("VARCO__TELEGRAM__TOKEN", TOKEN)
        .env("VARCO__TELEGRAM__POLL_TIMEOUT_SECS", "20")
        .env_remove("VARCO_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map(|c| Serve(Some(c)))
        .unwrap()
}

fn log_of(dir: &Path) -> String {
    fs::read_to_string(dir.join("serve.log")).unwrap_or_default()
}

/// SIGTERM; the exit status and how long the process took to end after it.
fn sigterm(mut serve: Serve) -> (std::process::ExitStatus, Duration) {
    let mut child = serve.0.take().unwrap();
    let sent = Instant::now();
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let deadline = sent + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status, sent.elapsed());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("serve did not stop within 30 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn sigterm_mid_conversation_exits_0_loses_no_turn_and_a_restart_continues() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let config = serve_config::write(BIN, ROOT, d, &api.api_url(), "");
    // The built-in content: no content keys at all.
    let text = fs::read_to_string(&config).unwrap();
    let text = text
        .replace(&format!("[flows]\ndir = \"{ROOT}/flows\"\n"), "")
        .replace(&format!("[l10n]\nlocales_dir = \"{ROOT}/locales\"\n"), "");
    assert!(!text.contains("flows") && !text.contains("locales"), "{text}");
    fs::write(&config, text).unwrap();
    assert!(!d.join("flows").exists() && !d.join("locales").exists());

    let script = ["/start", "1", "1", "1", "1", "3", "4", "/help", "2", "Torino"];
    let chats: Vec<(i64, Vec<&str>)> = (0..30).map(|i| (8100 + i, script.to_vec())).collect();
    let expected = expected_replies(&chats);
    let total: usize = expected.values().map(Vec::len).sum();
    let replies = |api: &BotApi| -> usize { chats.iter().map(|(c, _)| api.sent_to(*c).len()).sum() };

    let serve = start(d, &config);
    wait_until("serve ready", Duration::from_secs(20), || {
        log_of(d).contains("varco ready")
    });
    // Half the conversation, then SIGTERM while its turns and replies are in flight.
    for step in 0..script.len() / 2 {
        for (chat, inputs) in &chats {
            api.push_text_lang(*chat, inputs[step], Some("en"));
        }
    }
    wait_until("the first replies", Duration::from_secs(20), || replies(&api) > 30);
    let (status, took) = sigterm(serve);
    assert!(status.success(), "serve exited with {status}: {}", log_of(d));
    eprintln!(
        "SIGTERM to exit: {} ms ({} of {total} replies out at the stop)",
        took.as_millis(),
        replies(&api)
    );

    // The rest of the conversation, to a restarted serve: every reply comes, in order,
    // none lost, none stepped twice.
    for step in script.len() / 2..script.len() {
        for (chat, inputs) in &chats {
            api.push_text_lang(*chat, inputs[step], Some("en"));
        }
    }
    let serve = start(d, &config);
    wait_until("every reply after the restart", Duration::from_secs(60), || {
        replies(&api) >= total
    });
    let (status, took) = sigterm(serve);
    assert!(status.success(), "serve exited with {status}");
    eprintln!("SIGTERM to exit, idle: {} ms", took.as_millis());
    for (chat, _) in &chats {
        let got: Vec<String> = api.sent_to(*chat).iter().map(Sent::shown).collect();
        assert_eq!(got, expected[chat], "chat {chat}: a reply lost, repeated or reordered");
    }
    assert_eq!(api.pending_updates(), 0, "every update confirmed");

    // What the default log level said: ready and the channel up, twice; stopped cleanly;
    // no colour codes in a file; no token, no chat id.
    let log = log_of(d);
    assert_eq!(log.matches("varco ready").count(), 2, "{log}");
    assert_eq!(log.matches("telegram channel started").count(), 2, "{log}");
    assert_eq!(log.matches("stopped; store flushed").count(), 2, "{log}");
    assert!(!log.contains('\u{1b}'), "ANSI colour in a log file: {log}");
    assert!(!log.contains(TOKEN) && !log.contains("TEST-token"), "{log}");
    for (chat, _) in &chats {
        assert!(!log.contains(&chat.to_string()), "chat id {chat} in the log: {log}");
    }
}

/// Issue 14, item 2: Telegram refusing the token stops `serve` with one line naming the
/// token's key (not "A Telegram's error: … A Telegram's error: …"), exit 2 (configuration),
/// before the Matrix channel tries its homeserver at all.
#[test]
fn a_refused_token_is_named_once_before_matrix_connects() {
    use crate::support::bot_api::Fault;
    let api = BotApi::start();
    let unauthorized = r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#;
    api.fault("deleteWebhook", Fault::RawBody(401, unauthorized.to_owned()));
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let matrix = serve_config::matrix_section(
        "http://127.0.0.1:9",
        "@varco:example.org",
        d,
        "!lobby",
        5,
        &["@anna:example.org"],
    );
    let config = serve_config::write(BIN, ROOT, d, &api.api_url(), &matrix);
    let out = Command::new(BIN)
        .args(["serve", "--config"])
        .arg(&config)
        .env_remove("VARCO_LOG")
        .env("VARCO__TELEGRAM__TOKEN", TOKEN)
        .env("VARCO__MATRIX__PASSWORD", "a password")
        .env("VARCO__MATRIX__STORE_PASSPHRASE", "a passphrase of 24 chars")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(
        errors[0].starts_with("error: telegram.token_file: telegram refused the bot token"),
        "{err}"
    );
    assert_eq!(err.matches("Invalid bot token").count(), 0, "{err}");
    assert!(
        !err.contains("homeserver") && !err.contains("matrix channel"),
        "Matrix was tried: {err}"
    );
    assert!(!err.contains(TOKEN), "{err}");
}
