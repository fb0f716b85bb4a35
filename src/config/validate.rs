//! Owns the rules that tie configuration keys together (required keys of enabled channels,
//! formats of language tags, URLs and Matrix ids); must not read files, the environment or
//! the network: it only looks at a loaded `Config`. A message names the key, never a value
//! that is not well-formed (it may be a secret put in the wrong key or variable).

use std::collections::BTreeSet;

use super::{
    Config, MatrixConfig, Problem, SecretName, TelegramConfig, TelegramMode, MAX_FLAG_EXPIRY_HOURS,
    MAX_OWNER_SILENCE_MINUTES,
};

/// Every problem of `config`, in file order; empty when it is valid.
pub(super) fn problems(config: &Config) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    helpline(config, &mut out);
    l10n(config, &mut out);
    if config.limits.files_in_flight_mb == 0 {
        out.push("limits.files_in_flight_mb", "must be greater than 0");
    }
    for (i, tag) in config.campaigns.tags.iter().enumerate() {
        let ok = !tag.is_empty()
            && tag.len() <= 64
            && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok {
            out.push(
                format!("campaigns.tags[{i}]"),
                "is not a campaign tag (1 to 64 of A-Z a-z 0-9 - _, as a Telegram deep link allows)",
            );
        }
    }
    retention(config, &mut out);
    if config.telegram.enabled {
        telegram(config, &config.telegram, &mut out);
    }
    if config.matrix.enabled {
        matrix(config, &config.matrix, &mut out);
    }
    out.0
}

/// Every `[retention]` limit above 0; message ids no longer than Telegram deletes them.
fn retention(config: &Config, out: &mut Problems) {
    let r = &config.retention;
    let limits = [
        ("idle_conversation_days", r.idle_conversation_days),
        ("message_ids_hours", r.message_ids_hours),
        ("closed_case_days", r.closed_case_days),
        ("update_marks_days", r.update_marks_days),
        ("audit_log_days", r.audit_log_days),
        ("statistics_months", r.statistics_months),
        ("purge_every_minutes", r.purge_every_minutes),
    ];
    for (key, value) in limits {
        if value == 0 {
            out.push(format!("retention.{key}"), "must be greater than 0");
        }
    }
    if r.message_ids_hours > 48 {
        out.push(
            "retention.message_ids_hours",
            "must be at most 48 (telegram deletes only messages younger than 48 hours)",
        );
    }
}

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            key: key.into(),
            message: message.into(),
        });
    }

    fn require(&mut self, key: &str, value: &str, when: &str) -> bool {
        if value.trim().is_empty() {
            self.push(key, format!("required when {when}"));
            return false;
        }
        true
    }

    fn secret(&mut self, config: &Config, which: SecretName, when: &str) {
        if !config.has_secret_source(which) {
            self.push(
                which.file_key(),
                format!("required when {when} (or set {})", which.env_var()),
            );
        }
    }

    fn language(&mut self, key: &str, tag: &str) {
        if !is_language_tag(tag) {
            self.push(key, "is not a language tag (expected bcp-47 like it, en or pt-BR)");
        }
    }

    fn url(&mut self, key: &str, url: &str, schemes: &[&str]) {
        let rest = schemes.iter().find_map(|s| url.strip_prefix(s));
        match rest {
            Some(host) if !host.is_empty() && !url.chars().any(char::is_whitespace) => {}
            _ => self.push(key, format!("must be a url starting with {}", schemes.join(" or "))),
        }
    }
}

fn helpline(config: &Config, out: &mut Problems) {
    let h = &config.helpline;
    for (key, value) in [
        ("helpline.name", &h.name),
        ("helpline.phone", &h.phone),
        ("helpline.emergency", &h.emergency),
    ] {
        if value.trim().is_empty() {
            out.push(key, "must not be empty");
        }
    }
    out.language("helpline.default_language", &h.default_language);
}

fn l10n(config: &Config, out: &mut Problems) {
    for (lang, chain) in &config.l10n.fallback {
        let key = format!("l10n.fallback.{lang}");
        out.language(&key, lang);
        for (i, fallback) in chain.iter().enumerate() {
            let key = format!("{key}[{i}]");
            out.language(&key, fallback);
            if fallback == lang {
                out.push(key, format!("`{lang}` cannot fall back to itself"));
            }
        }
    }
}

fn telegram(config: &Config, t: &TelegramConfig, out: &mut Problems) {
    const WHEN: &str = "telegram.enabled = true";
    out.secret(config, SecretName::TelegramToken, WHEN);
    out.url("telegram.api_url", &t.api_url, &["http://", "https://"]);
    // Telegram holds a long poll for at most 50 s; longer would only time out.
    if t.poll_timeout_secs > 50 {
        out.push("telegram.poll_timeout_secs", "must be at most 50");
    }
    if t.mode != TelegramMode::Webhook {
        return;
    }
    const WHEN_WEBHOOK: &str = "telegram.mode = \"webhook\"";
    let Some(webhook) = &t.webhook else {
        out.push("telegram.webhook", format!("required when {WHEN_WEBHOOK}"));
        return;
    };
    if out.require("telegram.webhook.public_url", &webhook.public_url, WHEN_WEBHOOK) {
        // Telegram only delivers webhooks over HTTPS.
        out.url("telegram.webhook.public_url", &webhook.public_url, &["https://"]);
    }
    out.secret(config, SecretName::TelegramWebhookSecret, WHEN_WEBHOOK);
    if webhook.max_body_bytes == 0 {
        out.push("telegram.webhook.max_body_bytes", "must be greater than 0");
    }
    for (key, secs) in [
        ("telegram.webhook.header_timeout_secs", webhook.header_timeout_secs),
        ("telegram.webhook.body_timeout_secs", webhook.body_timeout_secs),
    ] {
        if !(1..=300).contains(&secs) {
            out.push(key, "must be between 1 and 300");
        }
    }
    // setWebhook's own range for `max_connections`.
    if !(1..=100).contains(&webhook.max_connections) {
        out.push("telegram.webhook.max_connections", "must be between 1 and 100");
    }
}

fn matrix(config: &Config, m: &MatrixConfig, out: &mut Problems) {
    const WHEN: &str = "matrix.enabled = true";
    if out.require("matrix.homeserver", &m.homeserver, WHEN) {
        out.url("matrix.homeserver", &m.homeserver, &["http://", "https://"]);
    }
    if out.require("matrix.user", &m.user, WHEN) && !is_matrix_user_id(&m.user) {
        out.push("matrix.user", NOT_A_USER_ID);
    }
    out.secret(config, SecretName::MatrixPassword, WHEN);
    out.secret(config, SecretName::MatrixStorePassphrase, WHEN);
    // Room ids of current room versions have no `:server` part, so only the sigil is checked.
    if out.require("matrix.lobby_room", &m.lobby_room, WHEN)
        && (!m.lobby_room.starts_with('!') || m.lobby_room.len() < 2 || m.lobby_room.chars().any(char::is_whitespace))
    {
        out.push(
            "matrix.lobby_room",
            "is not a room id (expected !…, see the room's advanced settings)",
        );
    }
    if m.poll_timeout_secs == 0 || m.poll_timeout_secs > 300 {
        out.push("matrix.poll_timeout_secs", "must be between 1 and 300");
    }
    if m.claim_timeout_minutes == 0 {
        out.push("matrix.claim_timeout_minutes", "must be at least 1");
    }
    if !(m.owner_silence_minutes > 0.0 && m.owner_silence_minutes <= MAX_OWNER_SILENCE_MINUTES) {
        out.push(
            "matrix.owner_silence_minutes",
            format!("must be above 0 and at most {MAX_OWNER_SILENCE_MINUTES} (a week)"),
        );
    }
    if !(m.flag_expiry_hours > 0.0 && m.flag_expiry_hours <= MAX_FLAG_EXPIRY_HOURS) {
        out.push(
            "matrix.flag_expiry_hours",
            format!("must be above 0 and at most {MAX_FLAG_EXPIRY_HOURS} (a year)"),
        );
    }
    if m.max_direct_chats_per_account == 0 {
        out.push("matrix.max_direct_chats_per_account", "must be at least 1");
    }
    if m.operators.is_empty() {
        out.push(
            "matrix.operators",
            format!("at least one [[matrix.operators]] entry is required when {WHEN}"),
        );
    }
    let mut seen = BTreeSet::new();
    for (i, operator) in m.operators.iter().enumerate() {
        let key = format!("matrix.operators[{i}]");
        if operator.user.trim().is_empty() {
            out.push(format!("{key}.user"), "required");
        } else if !is_matrix_user_id(&operator.user) {
            out.push(format!("{key}.user"), NOT_A_USER_ID);
        } else if !seen.insert(operator.user.as_str()) {
            out.push(
                format!("{key}.user"),
                format!("`{}` is listed more than once", operator.user),
            );
        }
        if operator.languages.is_empty() {
            out.push(format!("{key}.languages"), "must list at least one language");
        }
        for (j, lang) in operator.languages.iter().enumerate() {
            out.language(&format!("{key}.languages[{j}]"), lang);
        }
    }
}

/// Said of a malformed user id without repeating it: whatever was put there by mistake (a
/// password, a token) must not be echoed.
const NOT_A_USER_ID: &str = "is not a matrix user id (expected @local:server)";

/// `@local:server`, both parts non-empty, no whitespace.
fn is_matrix_user_id(user: &str) -> bool {
    let Some((local, server)) = user.strip_prefix('@').and_then(|rest| rest.split_once(':')) else {
        return false;
    };
    !local.is_empty() && !server.is_empty() && !user.chars().any(char::is_whitespace)
}

/// A plausible BCP-47 tag: a primary subtag of 2–8 ASCII letters, then dash-separated
/// subtags of 1–8 ASCII letters or digits (`it`, `pcm`, `pt-BR`, `sr-Latn`, `es-419`).
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary_ok = subtags
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["it", "en", "pcm", "pt-BR", "sr-Latn", "es-419", "zh-Hant-TW"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in [
            "",
            "e",
            "it_IT",
            "en-",
            "-en",
            "toolongprimary",
            "1t",
            "en--us",
            "en us",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn matrix_user_ids() {
        for ok in ["@anna:example.org", "@a:localhost:8008"] {
            assert!(is_matrix_user_id(ok), "{ok}");
        }
        for bad in ["anna:example.org", "@anna", "@:example.org", "@anna:", "@an na:x.org"] {
            assert!(!is_matrix_user_id(bad), "{bad}");
        }
    }
}
