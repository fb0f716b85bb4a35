//! Issue 14, item 3 (watch): `varco serve` started from a copy of the commented example
//! configuration (Matrix switched off, Telegram pointed at the Bot API double, the admin
//! listener on a free loopback port, all by `VARCO__…` overrides), `/readyz` waited for,
//! `/metrics` parsed as Prometheus text and searched for the test's chat ids; updates,
//! replies and quick exits counted; `/readyz` failing while the Bot API refuses.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::bot_api::{BotApi, Fault};
use crate::support::fixtures::{wait_for, wait_until, BIN, ROOT};
use crate::support::serve_config::{terminate, Serve};
use crate::telegram::TOKEN;

/// One `GET` over HTTP/1.1: the status code and the body.
pub(crate) fn get(addr: &str, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n")?.1.to_owned();
    Some((status, body))
}

/// The listener's address, from its start-up log line.
pub(crate) fn admin_addr(log: &Path) -> Option<String> {
    let text = fs::read_to_string(log).ok()?;
    let line = text.lines().find(|l| l.contains("admin listener up"))?;
    let addr = line.split_whitespace().find_map(|w| w.strip_prefix("addr="))?;
    Some(addr.to_owned())
}

/// `name{labels} value` or `name value`, the name and labels well formed, the value a number.
fn is_sample(line: &str) -> bool {
    let Some((series, value)) = line.rsplit_once(' ') else {
        return false;
    };
    let name_end = series.find('{').unwrap_or(series.len());
    let name = &series[..name_end];
    let name_ok = !name.is_empty()
        && name
            .chars()
            .enumerate()
            .all(|(i, c)| c == '_' || c == ':' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit()));
    let labels_ok = name_end == series.len() || (series.ends_with('}') && series[name_end..].contains("=\""));
    name_ok && labels_ok && value.parse::<f64>().is_ok()
}

/// `varco serve` from a copy of the example configuration, against `api`, in `d`; its admin
/// listener's address once it is ready.
fn serve_example(api: &BotApi, d: &Path) -> (Serve, String) {
    fs::copy(Path::new(ROOT).join("deploy/varco.example.toml"), d.join("varco.toml")).unwrap();
    let key = Command::new(BIN)
        .args(["keys", "generate", "--out", "secrets/store.key"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(key.status.success());
    let log = d.join("serve.log");
    let child = Command::new(BIN)
        .args(["serve", "--config", "varco.toml"])
        .current_dir(d)
        .env_remove("VARCO_LOG")
        .env("VARCO__TELEGRAM__TOKEN", TOKEN)
        .env("VARCO__TELEGRAM__API_URL", api.api_url())
        .env("VARCO__TELEGRAM__POLL_TIMEOUT_SECS", "1")
        .env("VARCO__TELEGRAM__PER_CHAT_INTERVAL_MS", "0")
        .env("VARCO__MATRIX__ENABLED", "false")
        .env("VARCO__ADMIN__LISTEN", "127.0.0.1:0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(&log).unwrap())
        .spawn()
        .map(|c| Serve(Some(c)))
        .unwrap();
    let mut addr = None;
    wait_until("the admin listener", Duration::from_secs(20), || {
        addr = admin_addr(&log);
        addr.is_some()
    });
    let addr = addr.unwrap();
    assert_eq!(get(&addr, "/healthz"), Some((200, "ok\n".to_owned())));
    let ready = wait_for(Duration::from_secs(20), || {
        get(&addr, "/readyz").is_some_and(|(status, _)| status == 200)
    });
    assert!(
        ready,
        "{:?}\n{}",
        get(&addr, "/readyz"),
        fs::read_to_string(&log).unwrap()
    );
    (child, addr)
}

/// The value of the sample `series` (`name{labels}`) in a `/metrics` body.
fn sample(metrics: &str, series: &str) -> Option<f64> {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[test]
fn serve_from_the_example_config_is_ready_and_its_metrics_name_no_chat() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().unwrap();
    let (child, addr) = serve_example(&api, dir.path());
    assert_eq!(get(&addr, "/readyz").unwrap().1, "store ok\ntelegram ok\n");

    let chats = [912_345_671_i64, 912_345_672, 912_345_673];
    for chat in chats {
        api.push_text_lang(chat, "/start", Some("en"));
    }
    wait_until("the welcomes", Duration::from_secs(20), || {
        chats.iter().all(|c| !api.sent_to(*c).is_empty())
    });
    api.push_text_lang(chats[0], "/exit", Some("en"));
    // Counted once the platform's answer is back: wait for the counters, not the double.
    let mut metrics = String::new();
    let counted = wait_for(Duration::from_secs(20), || {
        metrics = get(&addr, "/metrics").map(|(_, body)| body).unwrap_or_default();
        sample(&metrics, "varco_quick_exits_total") == Some(1.0)
            && sample(&metrics, "varco_replies_total{channel=\"telegram\"}").is_some_and(|n| n >= 3.0)
    });
    assert!(counted, "{metrics}");
    let (status, metrics) = get(&addr, "/metrics").unwrap();
    assert_eq!(status, 200);
    for line in metrics.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        assert!(is_sample(line), "not a prometheus sample: {line}");
    }
    for family in [
        "varco_up",
        "varco_ready",
        "varco_updates_total",
        "varco_replies_total",
        "varco_outbox_length",
        "varco_outbox_oldest_seconds",
        "varco_cases_open",
        "varco_time_to_claim_seconds",
        "varco_quick_exits_total",
        "varco_errors_total",
        "varco_month_events",
    ] {
        assert!(metrics.contains(&format!("# TYPE {family} ")), "{family}: {metrics}");
    }
    assert!(
        metrics.contains("varco_month_events{event=\"started\"} 3\n"),
        "{metrics}"
    );
    assert_eq!(
        sample(&metrics, "varco_updates_total{channel=\"telegram\"}"),
        Some(4.0),
        "{metrics}"
    );
    assert_eq!(
        sample(&metrics, "varco_outbox_oldest_seconds{channel=\"telegram\"}"),
        Some(0.0),
        "{metrics}"
    );
    assert_eq!(
        sample(&metrics, "varco_time_to_claim_seconds_count"),
        Some(0.0),
        "{metrics}"
    );
    for chat in chats {
        assert!(
            !metrics.contains(&chat.to_string()),
            "chat id {chat} in /metrics: {metrics}"
        );
    }
    assert!(!metrics.contains(TOKEN));
    terminate(child);
}

/// Issue 14, item 3: `/readyz` says whether Telegram answers, not only whether the channel
/// started: while `getUpdates` is refused (a revoked token) it fails with `telegram
/// failing`, and passes again once the Bot API answers.
#[test]
fn readyz_fails_while_the_bot_api_refuses_and_recovers() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().unwrap();
    let (child, addr) = serve_example(&api, dir.path());
    api.fault_n("getUpdates", Fault::Status(401), 1_000);
    let mut last = None;
    let failing = wait_for(Duration::from_secs(20), || {
        last = get(&addr, "/readyz");
        last == Some((503, "store ok\ntelegram failing\n".to_owned()))
    });
    assert!(failing, "{last:?}");
    let metrics = get(&addr, "/metrics").unwrap().1;
    assert!(
        sample(&metrics, "varco_errors_total{kind=\"telegram_api\"}").is_some_and(|n| n >= 1.0),
        "{metrics}"
    );
    assert!(metrics.contains("varco_ready{check=\"telegram\"} 0\n"), "{metrics}");
    api.clear_faults();
    let back = wait_for(Duration::from_secs(30), || {
        get(&addr, "/readyz").is_some_and(|(status, _)| status == 200)
    });
    assert!(back, "{:?}", get(&addr, "/readyz"));
    terminate(child);
}
