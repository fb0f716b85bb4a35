//! `varco serve` for tests and benches: a config (a fresh store key, the repository's
//! flows and locales, a Telegram channel pointed at a Bot API double, pacing and the flood
//! limit off) and a guard that kills the process when a failing test drops it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Generate `dir/store.key` with `bin keys generate` and write `dir/varco.toml` (store in
/// `dir/data`), the Telegram section pointed at `api_url`, then `extra` (more TOML).
/// Returns the config's path.
pub fn write(bin: &str, root: &str, dir: &Path, api_url: &str, extra: &str) -> PathBuf {
    let key = dir.join("store.key");
    let out = Command::new(bin)
        .args(["keys", "generate", "--out"])
        .arg(&key)
        .output()
        .expect("run varco keys generate");
    assert!(out.status.success(), "keys generate: {out:?}");
    let config = dir.join("varco.toml");
    let text = format!(
        r#"[helpline]
default_language = "it"
[flows]
dir = "{root}/flows"
[l10n]
locales_dir = "{root}/locales"
[store]
path = "{data}"
key_file = "{key}"
[admin]
listen = "127.0.0.1:0"
[telegram]
enabled = true
api_url = "{api_url}"
poll_timeout_secs = 1
per_chat_interval_ms = 0
global_per_second = 0
flood_per_minute = 0
{extra}
"#,
        data = dir.join("data").display(),
        key = key.display(),
    );
    fs::write(&config, text).expect("write config");
    config
}

/// The `[matrix]` section: the bot `bot_user` on `homeserver` (its store in `dir/matrix`),
/// the duty lobby, the claim timeout, Matrix long polls of 1 s, and the `roster` operators,
/// each speaking English and Italian.
pub fn matrix_section(
    homeserver: &str,
    bot_user: &str,
    dir: &Path,
    lobby: &str,
    claim_timeout_minutes: u64,
    roster: &[&str],
) -> String {
    let mut section = format!(
        r#"[matrix]
enabled = true
homeserver = "{homeserver}"
user = "{bot_user}"
store_dir = "{store}"
lobby_room = "{lobby}"
claim_timeout_minutes = {claim_timeout_minutes}
poll_timeout_secs = 1
"#,
        store = dir.join("matrix").display(),
    );
    for user in roster {
        section.push_str(&format!(
            "[[matrix.operators]]\nuser = \"{user}\"\nlanguages = [\"en\", \"it\"]\n"
        ));
    }
    section
}

/// A running `varco serve`; killed if a failing test drops it, so no process outlives
/// its test.
pub struct Serve(pub Option<Child>);

impl Serve {
    /// kill -9, as a crash would.
    pub fn kill9(&mut self) {
        if let Some(mut c) = self.0.take() {
            c.kill().unwrap();
            c.wait().unwrap();
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// SIGTERM, then wait (10 s at most) for a clean exit.
pub fn terminate(mut serve: Serve) {
    let Some(mut child) = serve.0.take() else { return };
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let sent = Instant::now();
    let deadline = sent + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(status.success(), "serve exited with {status}");
            // The figure OPERATIONS.md quotes (issue 14: within two seconds); printed, not
            // asserted, so a loaded machine does not fail a test over it.
            eprintln!("serve stopped {} ms after SIGTERM", sent.elapsed().as_millis());
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    panic!("serve did not stop within 10 s of SIGTERM");
}
