//! The administrator's HTTP listener (`[admin] listen`, loopback by default), separate from
//! the Telegram webhook: `/healthz` (the process answers), `/readyz` (the store opens, each
//! enabled channel started, Matrix synced with its lobby checked) and `/metrics` in the
//! Prometheus text format. It owns rendering those answers from a [`Snapshot`]; it must not
//! change any state, and no metric or label may identify a person, a chat, a room or an
//! operator (only channel names, case statuses and event names are labels).

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use tokio::sync::watch;

use crate::metrics::{ErrorKind, Reading, CHANNELS, CLAIM_BUCKETS};

/// What `/readyz` and `/metrics` report, gathered when they are asked (off the async
/// workers: it reads the store).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    /// Each readiness check by name (`store`, `telegram`, `matrix`) and whether it passes;
    /// only the enabled channels are listed.
    pub ready: Vec<(&'static str, bool)>,
    /// Entries waiting in each outbox, by channel name (counted up to [`OUTBOX_COUNT_CAP`]).
    pub outbox: Vec<(String, usize)>,
    /// Open cases by status (`queued`, `claimed`, `released`).
    pub cases: Vec<(&'static str, usize)>,
    /// Seconds the oldest case still waiting for an operator has waited (0: none waits).
    pub oldest_waiting_secs: u64,
    /// This month's anonymous event counters (`started`, `quick_exit`, …) by event name.
    pub month_events: Vec<(String, u64)>,
    /// Seconds the oldest entry still waiting in each outbox has waited, by channel name
    /// (0: none waits).
    pub outbox_oldest: Vec<(String, u64)>,
    /// The counters since start (updates, replies, quick exits, errors, time to claim).
    pub counts: Reading,
}

/// The most entries counted in one outbox per scrape: a backlog beyond it shows as this.
pub const OUTBOX_COUNT_CAP: usize = 10_000;

impl Snapshot {
    /// Whether every readiness check passes.
    pub fn is_ready(&self) -> bool {
        !self.ready.is_empty() && self.ready.iter().all(|(_, ok)| *ok)
    }

    /// `/readyz`'s body: one `check ok|failing` line each.
    pub fn readiness_text(&self) -> String {
        let mut out = String::new();
        for (check, ok) in &self.ready {
            let _ = writeln!(out, "{check} {}", if *ok { "ok" } else { "failing" });
        }
        out
    }

    /// `/metrics`' body, Prometheus text format 0.0.4.
    pub fn metrics_text(&self) -> String {
        let mut out = String::new();
        self.state_families(&mut out);
        self.outbox_families(&mut out);
        counter_families(&mut out, &self.counts);
        claim_histogram(&mut out, &self.counts);
        out
    }

    /// Up, readiness, open cases, this month's counters.
    fn state_families(&self, out: &mut String) {
        family(out, "varco_up", "gauge", "1 while varco serve runs");
        out.push_str("varco_up 1\n");
        family(out, "varco_ready", "gauge", "each readiness check: 1 passes, 0 fails");
        for (check, ok) in &self.ready {
            let _ = writeln!(out, "varco_ready{{check=\"{check}\"}} {}", u8::from(*ok));
        }
        family(out, "varco_cases_open", "gauge", "open cases by status");
        for (status, n) in &self.cases {
            let _ = writeln!(out, "varco_cases_open{{status=\"{status}\"}} {n}");
        }
        family(
            out,
            "varco_case_oldest_waiting_seconds",
            "gauge",
            "how long the oldest queued case has waited for an operator",
        );
        let _ = writeln!(out, "varco_case_oldest_waiting_seconds {}", self.oldest_waiting_secs);
        family(
            out,
            "varco_month_events",
            "gauge",
            "this month's anonymous counters (conversations started, quick exits, …)",
        );
        for (event, n) in &self.month_events {
            let _ = writeln!(out, "varco_month_events{{event=\"{}\"}} {n}", label(event));
        }
    }

    /// Each outbox's length and the age of its oldest entry.
    fn outbox_families(&self, out: &mut String) {
        family(
            out,
            "varco_outbox_length",
            "gauge",
            "messages waiting to be sent, per channel",
        );
        for (channel, n) in &self.outbox {
            let _ = writeln!(out, "varco_outbox_length{{channel=\"{}\"}} {n}", label(channel));
        }
        family(
            out,
            "varco_outbox_oldest_seconds",
            "gauge",
            "how long the oldest message waiting to be sent has waited, per channel (0: none waits)",
        );
        for (channel, secs) in &self.outbox_oldest {
            let _ = writeln!(
                out,
                "varco_outbox_oldest_seconds{{channel=\"{}\"}} {secs}",
                label(channel)
            );
        }
    }
}

/// The counters since start: updates, replies, quick exits, errors by kind.
fn counter_families(out: &mut String, counts: &Reading) {
    let per_channel = [
        (
            "varco_updates_total",
            "updates and messages received since start, per channel",
            &counts.updates,
        ),
        (
            "varco_replies_total",
            "messages sent and accepted by the platform since start, per channel",
            &counts.replies,
        ),
    ];
    for (name, help, values) in per_channel {
        family(out, name, "counter", help);
        for (channel, n) in CHANNELS.iter().zip(values) {
            let _ = writeln!(out, "{name}{{channel=\"{channel}\"}} {n}");
        }
    }
    family(out, "varco_quick_exits_total", "counter", "quick exits since start");
    let _ = writeln!(out, "varco_quick_exits_total {}", counts.quick_exits);
    family(out, "varco_errors_total", "counter", "errors since start, by kind");
    for (kind, n) in ErrorKind::ALL.iter().zip(&counts.errors) {
        let _ = writeln!(out, "varco_errors_total{{kind=\"{}\"}} {n}", kind.as_str());
    }
}

/// The time-to-claim histogram: cumulative buckets, sum and count.
fn claim_histogram(out: &mut String, counts: &Reading) {
    let name = "varco_time_to_claim_seconds";
    family(
        out,
        name,
        "histogram",
        "seconds a case waited in the queue before an operator claimed it, claims since start",
    );
    let mut cumulative = 0;
    for (i, n) in counts.claim_buckets.iter().enumerate() {
        cumulative += n;
        let le = CLAIM_BUCKETS.get(i).map_or_else(|| "+Inf".to_owned(), u64::to_string);
        let _ = writeln!(out, "{name}_bucket{{le=\"{le}\"}} {cumulative}");
    }
    let _ = writeln!(out, "{name}_sum {}", counts.claim_sum_secs);
    let _ = writeln!(out, "{name}_count {cumulative}");
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

/// A label value escaped as the text format requires.
fn label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Gathers a [`Snapshot`]; called on a blocking thread for each request that needs one.
pub type Probe = Arc<dyn Fn() -> Snapshot + Send + Sync>;

/// Serve `/healthz`, `/readyz` and `/metrics` on `listen` until `stop` turns true. A port
/// that cannot be bound is logged and the listener given up: the helpline keeps answering
/// people without it.
pub async fn run(listen: SocketAddr, probe: Probe, mut stop: watch::Receiver<bool>) {
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(%listen, error = %e, "admin listener cannot bind; health and metrics unavailable (admin.listen)");
            return;
        }
    };
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "admin listener up (/healthz, /readyz, /metrics)");
    }
    let app = axum::Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(probe);
    let stopped = async move {
        let _ = stop.wait_for(|s| *s).await;
    };
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stopped).await {
        tracing::warn!(error = %e, "admin listener stopped");
    }
}

async fn snapshot(probe: Probe) -> Option<Snapshot> {
    tokio::task::spawn_blocking(move || probe()).await.ok()
}

async fn readyz(State(probe): State<Probe>) -> impl IntoResponse {
    match snapshot(probe).await {
        Some(s) if s.is_ready() => (StatusCode::OK, s.readiness_text()),
        Some(s) => (StatusCode::SERVICE_UNAVAILABLE, s.readiness_text()),
        None => (StatusCode::SERVICE_UNAVAILABLE, "probe failed\n".to_owned()),
    }
}

async fn metrics(State(probe): State<Probe>) -> impl IntoResponse {
    match snapshot(probe).await {
        Some(s) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
            s.metrics_text(),
        )
            .into_response(),
        None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot() -> Snapshot {
        let mut counts = Reading::default();
        counts.updates[0] = 5;
        counts.replies[0] = 4;
        counts.errors[ErrorKind::Store as usize] = 1;
        counts.quick_exits = 2;
        counts.claim_buckets = [1, 0, 2, 0, 0, 0, 0, 0, 1];
        counts.claim_sum_secs = 4000;
        Snapshot {
            ready: vec![("store", true), ("matrix", false)],
            outbox: vec![("telegram".into(), 3)],
            cases: vec![("queued", 2)],
            oldest_waiting_secs: 40,
            month_events: vec![("quick\"exit".into(), 7)],
            outbox_oldest: vec![("telegram".into(), 12)],
            counts,
        }
    }

    /// A sample line: `name{label="value",…} number` or `name number`; its name.
    fn sample_name(line: &str) -> Option<&str> {
        let (series, value) = line.rsplit_once(' ')?;
        value.parse::<f64>().ok()?;
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => (name, Some(rest.strip_suffix('}')?)),
            None => (series, None),
        };
        let name_ok = name
            .chars()
            .enumerate()
            .all(|(i, c)| c == '_' || c == ':' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit()));
        let labels_ok = labels.is_none_or(|l| {
            !l.is_empty()
                && l.split("\",")
                    .all(|pair| pair.split_once("=\"").is_some_and(|(k, _)| !k.is_empty()))
        });
        (!name.is_empty() && name_ok && labels_ok).then_some(name)
    }

    #[test]
    fn metrics_parse_as_prometheus_text_each_family_typed() {
        let text = snapshot().metrics_text();
        let mut typed = std::collections::BTreeMap::new();
        let mut helped = std::collections::BTreeSet::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("# HELP ") {
                helped.insert(rest.split(' ').next().unwrap().to_owned());
            } else if let Some(rest) = line.strip_prefix("# TYPE ") {
                let (name, kind) = rest.split_once(' ').unwrap();
                typed.insert(name.to_owned(), kind.to_owned());
            } else {
                let name = sample_name(line).unwrap_or_else(|| panic!("not a sample: {line}\n{text}"));
                let family = ["_bucket", "_sum", "_count"]
                    .iter()
                    .find_map(|s| {
                        name.strip_suffix(s)
                            .filter(|f| typed.get(*f).is_some_and(|k| k == "histogram"))
                    })
                    .unwrap_or(name);
                assert!(typed.contains_key(family), "{name} sampled before its TYPE:\n{text}");
                assert!(helped.contains(family), "{name} without HELP:\n{text}");
            }
        }
        for family in [
            "varco_updates_total",
            "varco_replies_total",
            "varco_outbox_length",
            "varco_outbox_oldest_seconds",
            "varco_cases_open",
            "varco_time_to_claim_seconds",
            "varco_quick_exits_total",
            "varco_errors_total",
        ] {
            assert!(typed.contains_key(family), "{family} missing:\n{text}");
        }
        assert_eq!(typed["varco_time_to_claim_seconds"], "histogram");
        assert!(text.contains("varco_updates_total{channel=\"telegram\"} 5\n"), "{text}");
        assert!(text.contains("varco_replies_total{channel=\"telegram\"} 4\n"), "{text}");
        assert!(text.contains("varco_errors_total{kind=\"store\"} 1\n"), "{text}");
        assert!(text.contains("varco_quick_exits_total 2\n"), "{text}");
        assert!(
            text.contains("varco_outbox_oldest_seconds{channel=\"telegram\"} 12\n"),
            "{text}"
        );
    }

    #[test]
    fn claim_buckets_are_cumulative_up_to_the_count() {
        let text = snapshot().metrics_text();
        let buckets: Vec<(String, u64)> = text
            .lines()
            .filter_map(|l| l.strip_prefix("varco_time_to_claim_seconds_bucket{le=\""))
            .map(|l| {
                let (le, n) = l.split_once("\"} ").unwrap();
                (le.to_owned(), n.parse().unwrap())
            })
            .collect();
        let les: Vec<&str> = buckets.iter().map(|(le, _)| le.as_str()).collect();
        assert_eq!(les, ["30", "60", "120", "300", "600", "900", "1800", "3600", "+Inf"]);
        let counts: Vec<u64> = buckets.iter().map(|(_, n)| *n).collect();
        assert_eq!(counts, [1, 1, 3, 3, 3, 3, 3, 3, 4]);
        assert!(text.contains("varco_time_to_claim_seconds_count 4\n"), "{text}");
        assert!(text.contains("varco_time_to_claim_seconds_sum 4000\n"), "{text}");
    }

    #[test]
    fn labels_are_escaped_and_readiness_listed() {
        let s = snapshot();
        let text = s.metrics_text();
        assert!(text.contains("varco_ready{check=\"matrix\"} 0\n"), "{text}");
        assert!(text.contains("varco_outbox_length{channel=\"telegram\"} 3\n"), "{text}");
        assert!(
            text.contains("varco_month_events{event=\"quick\\\"exit\"} 7\n"),
            "{text}"
        );
        assert!(!s.is_ready());
        assert_eq!(s.readiness_text(), "store ok\nmatrix failing\n");
    }
}
