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
        family(&mut out, "varco_up", "gauge", "1 while varco serve runs");
        out.push_str("varco_up 1\n");
        family(
            &mut out,
            "varco_ready",
            "gauge",
            "each readiness check: 1 passes, 0 fails",
        );
        for (check, ok) in &self.ready {
            let _ = writeln!(out, "varco_ready{{check=\"{check}\"}} {}", u8::from(*ok));
        }
        family(
            &mut out,
            "varco_outbox_length",
            "gauge",
            "messages waiting to be sent, per channel",
        );
        for (channel, n) in &self.outbox {
            let _ = writeln!(out, "varco_outbox_length{{channel=\"{}\"}} {n}", label(channel));
        }
        family(&mut out, "varco_cases_open", "gauge", "open cases by status");
        for (status, n) in &self.cases {
            let _ = writeln!(out, "varco_cases_open{{status=\"{status}\"}} {n}");
        }
        family(
            &mut out,
            "varco_case_oldest_waiting_seconds",
            "gauge",
            "how long the oldest queued case has waited for an operator",
        );
        let _ = writeln!(out, "varco_case_oldest_waiting_seconds {}", self.oldest_waiting_secs);
        family(
            &mut out,
            "varco_month_events",
            "gauge",
            "this month's anonymous counters (conversations started, quick exits, …)",
        );
        for (event, n) in &self.month_events {
            let _ = writeln!(out, "varco_month_events{{event=\"{}\"}} {n}", label(event));
        }
        out
    }
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

    #[test]
    fn metrics_are_prometheus_text_with_escaped_labels() {
        let s = Snapshot {
            ready: vec![("store", true), ("matrix", false)],
            outbox: vec![("telegram".into(), 3)],
            cases: vec![("queued", 2)],
            oldest_waiting_secs: 40,
            month_events: vec![("quick\"exit".into(), 7)],
        };
        let text = s.metrics_text();
        assert!(text.contains("varco_ready{check=\"matrix\"} 0\n"), "{text}");
        assert!(text.contains("varco_outbox_length{channel=\"telegram\"} 3\n"), "{text}");
        assert!(
            text.contains("varco_month_events{event=\"quick\\\"exit\"} 7\n"),
            "{text}"
        );
        assert!(!s.is_ready());
        assert_eq!(s.readiness_text(), "store ok\nmatrix failing\n");
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.rsplit(' ').next().unwrap();
            assert!(value.parse::<f64>().is_ok(), "{line}");
        }
    }
}
