//! A `varco serve` configuration for tests and benches: generates a store key and writes a
//! config with the repository's flows and locales and a Telegram channel pointed at a Bot
//! API double, pacing and the flood limit off. It must not start anything.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

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
