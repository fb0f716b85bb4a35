//! Load test of the Telegram channel: the real `varco serve` (release build) polling the
//! loopback Bot API double (`tests/support/bot_api.rs`), pacing and the flood limit off,
//! durability on (sled store under `target/tmp/`; every batch of updates is committed and
//! flushed before it is confirmed; delivered-marks are flushed before a chat's next send).
//!
//! `cargo bench --bench telegram_load` (plain `main`, not criterion; about a minute once
//! compiled). Goals (issue 3): ≥ 2,000 updates/s with durability on, p99 update→reply
//! latency ≤ 50 ms, peak RSS of `varco serve` ≤ 100 MB. Figures: BENCHMARKS.md.
//!
//! 1,000 private chats each send 20 English messages of `SCRIPT`, which walks the menus and
//! never asks for a person (a handoff's relayed messages get no reply). What each message
//! must be answered with is computed in-process first (the conversation service over a
//! `MemoryStore`), and every chat's replies are compared with it at the end: nothing lost,
//! repeated, reordered or different, no send during a `retry_after`, no error answer, every
//! update confirmed. A phase that fails a check fails the bench. Phases, each with a fresh
//! store, double and `varco serve` process:
//!
//! - `closed`: closed loop, all 1,000 chats active at once, no think time: a chat sends its
//!   next message as soon as every reply to the previous one has arrived. Its throughput is
//!   the saturation throughput; its latency is, by Little's law, about 1,000 chats /
//!   throughput (the benchmark's own backlog), whatever the channel does.
//! - `paced`: the same closed loop, but a chat sends at most one message per
//!   `1,000 / VARCO_LOAD_RATE` s (default rate 2,000 updates/s: one every 500 ms per chat,
//!   each chat with its own random phase): latency at the goal's load. All chats walk the
//!   script in step, so for 1.5 s they all ask for the rights topics (5, 4 and 3 replies
//!   each): the worst case for delivery. A chat whose reply is late sends its next message
//!   when the reply arrives, so a slow channel shows as a lower rate.
//! - `mixed`: as `paced`, but chat `c` is first brought (untimed, as fast as possible) to
//!   position `c % 20` of the script; its 20 timed messages then go on from there (`/start`
//!   begins the script again), so at any moment every position is equally represented.
//! - `burst`: open loop, all 20,000 updates pushed at once (message 1 of every chat, then
//!   message 2, …): the maximal throughput.
//! - `restart`: the closed loop, but when half of the replies have arrived `serve` gets
//!   SIGTERM with every chat in mid-conversation; it must exit 0 within 2 s, and a new
//!   `serve` on the same store then finishes the phase. The checks are the same (every
//!   chat gets exactly its replies: no turn lost, none repeated); the phase also reports
//!   how long the stop took. Its throughput and latency include the restart.
//! - `rotate`: the closed loop, but when a quarter of the replies have arrived `varco keys
//!   rotate --new FILE` runs against the serving store (issue 12: `serve` re-seals it in the
//!   background). The command must succeed and `serve` log no error; the checks are the
//!   same (no turn failed, lost or repeated); then `serve` stops, the old key file is
//!   deleted, and the store must open with the new key alone with every chat's
//!   conversation readable. The phase reports how long the command took (it polls every
//!   500 ms) and what `serve` logged it re-sealed.
//!
//! Latency of an update = its push to the arrival at the double of the first message to
//! that chat sent after the push (the double's own timestamp, same clock). A chat waits for
//! *all* replies of a message before it sends the next, so the first message after a push
//! is always a reply to it. Throughput = timed updates / (first timed push → last reply).
//! Peak RSS: `VmHWM` of the `varco serve` process just before SIGTERM. Each phase first
//! waits (up to 60 s) for the machine to be ≥ 85 % idle, and reports the CPU seconds used
//! by `serve`, by this process (driver + double) and, roughly, by everything else: a run
//! that shared the cores with someone else's build shows it.
//!
//! Knobs: `VARCO_LOAD_CHATS` (default 1000), `VARCO_LOAD_RATE` (paced and mixed, default
//! 2000), `VARCO_LOAD_PHASES` (default `closed,paced,mixed,burst,restart,rotate`), `VARCO_LOAD_DUMP=DIR`
//! (write every timed update's push, confirmation and first-reply times as CSV),
//! `VARCO_LOAD_LATENCY_MS` (default 0: the double answers every request, `getUpdates` and
//! file downloads included, that many ms late, as a slow link to the API server would;
//! throughput then shows how many sends `serve` keeps in flight), `VARCO_LOAD_BIN` (default:
//! the `varco` binary built with this bench; another build to compare, e.g. a copy of the
//! binary built from a patched tree).

#[allow(dead_code)]
#[path = "../tests/support/bot_api.rs"]
mod bot_api;
#[allow(dead_code)]
#[path = "../tests/support/serve_config.rs"]
mod serve_config;

use std::fs;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bot_api::BotApi;
use varco::content::{Content, ContentPaths};
use varco::conversation::{Body, Helpline, Inbound, Outbound, Service};
use varco::flow::Input;
use varco::store::{MemoryStore, Store};

const BUILT: &str = env!("CARGO_BIN_EXE_varco");

/// The `varco` binary to load: `VARCO_LOAD_BIN`, or the one built with this bench.
fn bin() -> String {
    std::env::var("VARCO_LOAD_BIN").unwrap_or_else(|_| BUILT.to_owned())
}
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");
const TOKEN: &str = "123456:LOAD-test-token-never-logged";
const MESSAGES: usize = 20;
/// First chat id (private chats: positive).
const BASE_CHAT: i64 = 910_000_000;
/// A phase that takes longer than this is a failure.
const PHASE_LIMIT: Duration = Duration::from_secs(120);
/// The goals.
const GOAL_RATE: f64 = 2000.0;
const GOAL_P99_MS: f64 = 50.0;
const GOAL_RSS_MB: f64 = 100.0;
/// Issue 14: SIGTERM → exit 0 within two seconds.
const STOP_LIMIT: Duration = Duration::from_secs(2);

/// English, walking the menus: start, language, safe now, "for myself", the three rights
/// topics, back, help near me (+ a city), rights, a topic, back, main menu, "for myself",
/// /help, rights, a topic, /menu. Every message gets at least one reply; no handoff.
const SCRIPT: [&str; MESSAGES] = [
    "/start", "1", "1", "1", "1", "1", "2", "3", "4", "2", "Torino", "1", "3", "4", "5", "1", "/help", "1", "2",
    "/menu",
];

fn main() {
    let chats: usize = env_or("VARCO_LOAD_CHATS", 1000);
    let rate: f64 = env_or("VARCO_LOAD_RATE", GOAL_RATE);
    let phases =
        std::env::var("VARCO_LOAD_PHASES").unwrap_or_else(|_| "closed,paced,mixed,burst,restart,rotate".into());
    let latency = Duration::from_millis(env_or("VARCO_LOAD_LATENCY_MS", 0));
    let period = Duration::from_secs_f64(chats as f64 / rate);
    // Replies expected to each message, for each starting position of the script.
    let expected: &'static [Vec<Vec<String>>] = Vec::leak((0..MESSAGES).map(expected_replies).collect());
    let counts: Vec<usize> = expected[0][..MESSAGES].iter().map(Vec::len).collect();
    eprintln!(
        "telegram_load: {chats} chats x {MESSAGES} messages, {} replies per chat {counts:?}, binary {}, \
         store under {TMP}, API latency {latency:?}",
        counts.iter().sum::<usize>(),
        bin()
    );
    let mut results = Vec::new();
    for phase in phases.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (name, mode) = match phase {
            "closed" => ("closed", Mode::Closed),
            "paced" => ("paced", Mode::Paced { period, mixed: false }),
            "mixed" => ("mixed", Mode::Paced { period, mixed: true }),
            "burst" => ("burst", Mode::Burst),
            "restart" => ("restart", Mode::Restart),
            "rotate" => ("rotate", Mode::Rotate),
            other => panic!("unknown phase `{other}` (closed, paced, mixed, burst, restart, rotate)"),
        };
        let r = run_phase(name, mode, chats, expected, latency);
        eprintln!("{}", r.line());
        results.push(r);
    }
    println!();
    for r in &results {
        println!("{}", r.line());
        for p in &r.problems {
            println!("  {} FAILED CHECK: {p}", r.name);
        }
    }
    println!(
        "goals (>= {GOAL_RATE} updates/s, p99 <= {GOAL_P99_MS} ms, VmHWM <= {GOAL_RSS_MB} MB): {}",
        results
            .iter()
            .map(PhaseResult::verdicts)
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let failed: Vec<&str> = results
        .iter()
        .filter(|r| !r.problems.is_empty())
        .map(|r| r.name)
        .collect();
    assert!(failed.is_empty(), "correctness checks failed in {failed:?}");
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[derive(Clone, Copy, Debug)]
enum Mode {
    Closed,
    /// One message per `period` per chat at most; `mixed`: chats spread over the script.
    Paced {
        period: Duration,
        mixed: bool,
    },
    Burst,
    /// As `Closed`, with a SIGTERM and a new `serve` when half of the replies arrived.
    Restart,
    /// As `Closed`, with `varco keys rotate` started when a quarter of the replies arrived.
    Rotate,
}

/// The messages chat `c` sends when it starts at script position `start`: the untimed
/// warm-up `SCRIPT[..start]`, then 20 timed messages from `start` on, round the script.
fn messages(start: usize) -> Vec<&'static str> {
    let mut m: Vec<&str> = SCRIPT[..start].to_vec();
    m.extend((0..MESSAGES).map(|i| SCRIPT[(start + i) % MESSAGES]));
    m
}

/// The replies to each of `messages(start)`, computed in-process (same content, same
/// service, in-memory store), shown as [`Sent::shown`] shows a send.
fn expected_replies(start: usize) -> Vec<Vec<String>> {
    let content = Content::load(&ContentPaths::default()).expect("embedded content loads");
    let store = Arc::new(MemoryStore::new());
    let service = Service::new(
        Arc::new(content.flows),
        Arc::new(content.locales),
        Arc::new(content.directory),
        store.clone(),
        Helpline::default(),
    );
    let mut out = Vec::new();
    for (n, input) in messages(start).iter().enumerate() {
        let inbound = Inbound {
            channel: "telegram".into(),
            chat: BASE_CHAT.to_string(),
            update_id: n.to_string(),
            input: Input::Text(input.to_string()),
            lang_hint: Some("en".into()),
            message_id: None,
            attachment: None,
        };
        service.handle(&inbound, 0).expect("turn");
        let mut replies = Vec::new();
        for item in store.outbox_pending("telegram", usize::MAX).expect("outbox") {
            let m: Outbound = serde_json::from_slice(&item.payload).expect("outbound");
            match m.body {
                Body::Text { text, choices, .. } => {
                    let mut shown = text;
                    for (i, c) in choices.iter().enumerate() {
                        shown.push_str(&format!("\n  {}. {c}", i + 1));
                    }
                    replies.push(shown);
                }
                other => panic!("message {n} ({input:?}) queues a non-text body {other:?}"),
            }
            store.mark_delivered("telegram", item.id).expect("mark");
        }
        assert!(!replies.is_empty(), "message {n} ({input:?}) gets no reply");
        out.push(replies);
    }
    out
}

/// A `varco serve` with its own store, key and config.
struct Env {
    dir: tempfile::TempDir,
    config: PathBuf,
}

impl Env {
    fn new(api: &BotApi) -> Env {
        fs::create_dir_all(TMP).expect("target tmp dir");
        let dir = tempfile::Builder::new()
            .prefix("telegram_load")
            .tempdir_in(TMP)
            .expect("temp dir");
        let config = serve_config::write(&bin(), ROOT, dir.path(), &api.api_url(), "");
        Env { dir, config }
    }

    fn log(&self) -> PathBuf {
        self.dir.path().join("serve.log")
    }

    fn start(&self) -> Child {
        let log = fs::File::create(self.log()).expect("log file");
        let child = Command::new(bin())
            .args(["serve", "--config"])
            .arg(&self.config)
            .env("VARCO__TELEGRAM__TOKEN", TOKEN)
            .env("VARCO_LOG", "varco=info,warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("spawn varco serve");
        let deadline = Instant::now() + Duration::from_secs(30);
        while !fs::read_to_string(self.log())
            .unwrap_or_default()
            .contains("telegram channel started")
        {
            assert!(Instant::now() < deadline, "serve did not start: {}", self.log_tail());
            std::thread::sleep(Duration::from_millis(20));
        }
        child
    }

    fn log_tail(&self) -> String {
        let log = fs::read_to_string(self.log()).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

/// `(VmHWM, VmRSS)` in kB.
fn memory_kb(pid: u32) -> (u64, u64) {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// (busy, total) CPU seconds of the whole machine since boot, all cores (`/proc/stat`).
fn machine_cpu() -> (f64, f64) {
    let stat = fs::read_to_string("/proc/stat").unwrap_or_default();
    let v: Vec<f64> = stat
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal …
    let get = |i: usize| v.get(i).copied().unwrap_or(0.0) / 100.0;
    let busy = get(0) + get(1) + get(2) + get(5) + get(6) + get(7);
    (busy, busy + get(3) + get(4))
}

/// Wait (at most 60 s) until the machine is at least 85 % idle over one second, so that a
/// measurement does not share the cores with someone else's build or tests.
fn wait_for_quiet_machine() {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (b0, t0) = machine_cpu();
        std::thread::sleep(Duration::from_secs(1));
        let (b1, t1) = machine_cpu();
        let busy = (b1 - b0) / (t1 - t0).max(0.01);
        if busy <= 0.15 {
            return;
        }
        if Instant::now() > deadline {
            eprintln!(
                "telegram_load: the machine is still {:.0} % busy; measuring anyway",
                busy * 100.0
            );
            return;
        }
    }
}

/// User + system CPU seconds of a process (`self` or a pid), assuming 100 ticks per second.
fn cpu_secs(pid: &str) -> f64 {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command name may hold spaces; the fields after it are separated by spaces.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    // utime and stime are fields 14 and 15 of stat, i.e. 12 and 13 after the name.
    (ticks(11) + ticks(12)) as f64 / 100.0
}

fn terminate(mut child: Child) -> Result<(), String> {
    terminate_timed(&mut child).1
}

/// SIGTERM, then wait (10 s at most, then SIGKILL): how long the exit took, and whether it
/// was a clean exit 0.
fn terminate_timed(child: &mut Child) -> (Duration, Result<(), String>) {
    let sent = Instant::now();
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let deadline = sent + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            let took = sent.elapsed();
            return if status.success() {
                (took, Ok(()))
            } else {
                (took, Err(format!("serve exited with {status}")))
            };
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    (sent.elapsed(), Err("serve did not stop within 10 s of SIGTERM".into()))
}

/// One chat's progress through its messages.
struct ChatRun {
    /// What it sends: `warm` untimed messages, then the timed ones.
    script: Vec<&'static str>,
    /// The replies each message must get.
    expected: &'static [Vec<String>],
    warm: usize,
    /// Push instants and update ids of the messages pushed so far.
    pushed: Vec<Instant>,
    updates: Vec<i64>,
    /// Index of the message whose replies are arriving.
    answering: usize,
    /// Replies of that message received so far.
    replies: usize,
    /// When the next message may be pushed (`None`: not answered yet, waiting for the
    /// others to warm up, or done).
    due: Option<Instant>,
    /// Paced modes: this chat's phase within the period.
    offset: Duration,
    received: Vec<String>,
    /// Sends to this chat that came when no message of it was waiting for a reply.
    unexpected: usize,
}

#[derive(Default)]
struct Latencies(Vec<Duration>);

impl Latencies {
    /// Nearest-rank percentile.
    fn pct(&self, p: f64) -> Duration {
        let mut v = self.0.clone();
        v.sort_unstable();
        if v.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
        v[rank.clamp(1, v.len()) - 1]
    }

    fn max(&self) -> Duration {
        self.0.iter().copied().max().unwrap_or_default()
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct PhaseResult {
    name: &'static str,
    mode: Mode,
    /// Timed updates.
    updates: usize,
    timed_sends: usize,
    wall: Duration,
    /// Push → first reply.
    first: Latencies,
    /// Push → last reply of the message.
    last: Latencies,
    vm_hwm_kb: u64,
    vm_rss_kb: u64,
    serve_cpu: f64,
    bench_cpu: f64,
    /// CPU seconds the rest of the machine used meanwhile (kernel threads included).
    other_cpu: f64,
    /// `restart`: SIGTERM → exit of the first `serve`.
    stop: Option<Duration>,
    /// `rotate`: how long `varco keys rotate` took, and what `serve` logged of it.
    rotation: Option<(Duration, String)>,
    problems: Vec<String>,
}

impl PhaseResult {
    fn throughput(&self) -> f64 {
        self.updates as f64 / self.wall.as_secs_f64()
    }

    fn p99_ms(&self) -> f64 {
        ms(self.first.pct(99.0))
    }

    fn rss_mb(&self) -> f64 {
        self.vm_hwm_kb as f64 / 1024.0
    }

    fn line(&self) -> String {
        let mode = match self.mode {
            Mode::Closed => "closed loop, no think time".to_owned(),
            Mode::Paced { period, mixed: false } => {
                format!("1 msg per {} ms per chat, all chats in step", period.as_millis())
            }
            Mode::Paced { period, mixed: true } => {
                format!(
                    "1 msg per {} ms per chat, chats spread over the script",
                    period.as_millis()
                )
            }
            Mode::Burst => "open loop, all pushed at once".to_owned(),
            Mode::Restart => match self.stop {
                Some(stop) => format!(
                    "closed loop, SIGTERM mid-run: exited in {} ms, then restarted",
                    stop.as_millis()
                ),
                None => "closed loop, SIGTERM mid-run: never stopped".to_owned(),
            },
            Mode::Rotate => match &self.rotation {
                Some((took, logged)) => format!(
                    "closed loop, `keys rotate` mid-run: took {} ms, serve logged `{logged}`",
                    took.as_millis()
                ),
                None => "closed loop, `keys rotate` mid-run: never finished".to_owned(),
            },
        };
        let latency = if matches!(self.mode, Mode::Burst) {
            // Every update waits behind the whole backlog: a queueing time, not a latency.
            format!("last reply at {:.2} s", self.last.max().as_secs_f64())
        } else {
            format!(
                "first reply p50 {:.1} ms p99 {:.1} ms max {:.1} ms (last reply of the message p50 {:.1} ms p99 {:.1} ms)",
                ms(self.first.pct(50.0)),
                ms(self.first.pct(99.0)),
                ms(self.first.max()),
                ms(self.last.pct(50.0)),
                ms(self.last.pct(99.0)),
            )
        };
        format!(
            "telegram_load {} ({mode}): {} updates, {} sends in {:.2} s = {:.0} updates/s ({:.0} sends/s); {latency}; \
             serve VmHWM {:.1} MB (VmRSS {:.1} MB); CPU s serve {:.1}, bench+double {:.1}, others {:.1}; checks {}",
            self.name,
            self.updates,
            self.timed_sends,
            self.wall.as_secs_f64(),
            self.throughput(),
            self.timed_sends as f64 / self.wall.as_secs_f64(),
            self.rss_mb(),
            self.vm_rss_kb as f64 / 1024.0,
            self.serve_cpu,
            self.bench_cpu,
            self.other_cpu,
            if self.problems.is_empty() {
                "ok".to_owned()
            } else {
                format!("FAILED ({})", self.problems.len())
            },
        )
    }

    /// The goals that this phase can judge.
    fn verdicts(&self) -> String {
        let v = |ok: bool| if ok { "met" } else { "MISSED" };
        let rss = format!("VmHWM {:.1} MB {}", self.rss_mb(), v(self.rss_mb() <= GOAL_RSS_MB));
        let p99 = format!("p99 {:.1} ms {}", self.p99_ms(), v(self.p99_ms() <= GOAL_P99_MS));
        let rate = format!(
            "{:.0} updates/s {}",
            self.throughput(),
            v(self.throughput() >= GOAL_RATE)
        );
        match self.mode {
            Mode::Closed => format!("{}: {rate}, {p99} (= backlog, Little's law), {rss}", self.name),
            Mode::Paced { period, .. } => {
                let offered = 1.0 / period.as_secs_f64() * (self.updates / MESSAGES) as f64;
                let kept = self.throughput() >= 0.98 * offered;
                format!(
                    "{}: offered {offered:.0}/s {}, {p99}, {rss}",
                    self.name,
                    if kept { "sustained" } else { "NOT sustained" }
                )
            }
            Mode::Burst => format!("{}: {rate}, {rss}", self.name),
            Mode::Restart => format!(
                "{}: stopped in {} ms {}, nothing lost or repeated {}",
                self.name,
                self.stop.map_or(0, |d| d.as_millis()),
                v(self.stop.is_some_and(|d| d <= STOP_LIMIT)),
                v(self.problems.is_empty())
            ),
            Mode::Rotate => format!(
                "{}: key rotated under load {}, no failed turn and readable with the new key alone {}",
                self.name,
                v(self.rotation.is_some()),
                v(self.problems.is_empty())
            ),
        }
    }
}

fn run_phase(
    name: &'static str,
    mode: Mode,
    n_chats: usize,
    expected: &'static [Vec<Vec<String>>],
    latency: Duration,
) -> PhaseResult {
    wait_for_quiet_machine();
    let api = BotApi::start();
    api.set_latency(latency);
    let env = Env::new(&api);
    let mut child = env.start();
    let mut pid = child.id();

    // A fixed pseudo-random phase per chat (xorshift), so that runs are comparable.
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next_rand = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mixed = matches!(mode, Mode::Paced { mixed: true, .. });
    let mut chats: Vec<ChatRun> = (0..n_chats)
        .map(|c| {
            let start = if mixed { c % MESSAGES } else { 0 };
            let offset = match mode {
                Mode::Paced { period, .. } => period.mul_f64((next_rand() % 1_000_000) as f64 / 1_000_000.0),
                _ => Duration::ZERO,
            };
            ChatRun {
                script: messages(start),
                expected: &expected[start],
                warm: start,
                pushed: Vec::with_capacity(MESSAGES + start),
                updates: Vec::with_capacity(MESSAGES + start),
                answering: 0,
                replies: 0,
                due: None,
                offset,
                received: Vec::new(),
                unexpected: 0,
            }
        })
        .collect();
    let chat_id = |i: usize| BASE_CHAT + i as i64;

    // Warm-up (mixed only): bring every chat to its starting position, as fast as possible.
    let mut cursor = 0;
    let mut problems = Vec::new();
    let warm_total: usize = chats.iter().map(|c| c.warm).sum();
    if warm_total > 0 {
        let t = Instant::now();
        for c in chats.iter_mut().filter(|c| c.warm > 0) {
            c.due = Some(t);
        }
        drive(&api, &mut chats, &mut cursor, &mut problems, mode, None, &mut |_| {});
        eprintln!(
            "telegram_load {name}: warm-up of {warm_total} updates took {:.2} s",
            t.elapsed().as_secs_f64()
        );
    }

    let serve_cpu0 = cpu_secs(&pid.to_string());
    let bench_cpu0 = cpu_secs("self");
    let machine0 = machine_cpu().0;
    let start = Instant::now();
    let mut timed = Timed::default();
    if matches!(mode, Mode::Burst) {
        // Message 1 of every chat, then message 2, …: the order a busy helpline would see.
        timed.first_push = Some(Instant::now());
        for k in 0..MESSAGES {
            for (i, c) in chats.iter_mut().enumerate() {
                c.pushed.push(Instant::now());
                c.updates.push(api.push_text_lang(chat_id(i), c.script[k], Some("en")));
            }
        }
    } else {
        for c in &mut chats {
            c.due = Some(start + c.offset);
        }
    }
    // `restart`: SIGTERM once half of all replies arrived, then a new `serve`.
    let half = chats
        .iter()
        .map(|c| c.expected.iter().map(Vec::len).sum::<usize>())
        .sum::<usize>()
        / 2;
    let mut stop = None;
    let mut earlier_cpu = 0.0;
    let mut restart_problems = Vec::new();
    let mut rotation = Rotation::new(&env, mode);
    let mut restart = |sent: usize| {
        rotation.progress(sent, half / 2);
        if !matches!(mode, Mode::Restart) || stop.is_some() || sent < half {
            return;
        }
        earlier_cpu = cpu_secs(&pid.to_string()) - serve_cpu0;
        let (took, stopped) = terminate_timed(&mut child);
        stop = Some(took);
        if let Err(e) = stopped {
            restart_problems.push(format!("first serve: {e}"));
        }
        child = env.start();
        pid = child.id();
    };
    if problems.is_empty() {
        drive(
            &api,
            &mut chats,
            &mut cursor,
            &mut problems,
            mode,
            Some(&mut timed),
            &mut restart,
        );
    }
    problems.append(&mut restart_problems);
    let rotated = rotation.finish(&env, &mut problems);
    let sends_before_timed = chats
        .iter()
        .map(|c| c.expected[..c.warm].iter().map(Vec::len).sum::<usize>())
        .sum::<usize>();
    if let Ok(dir) = std::env::var("VARCO_LOAD_DUMP") {
        dump(
            &api,
            &chats,
            start,
            &PathBuf::from(dir).join(format!("telegram_load_{name}.csv")),
        );
    }
    let wall = match (timed.first_push, timed.last_reply) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => Duration::from_nanos(1),
    };
    // Let a late duplicate show up, and the last offset be confirmed.
    let settle = Instant::now() + Duration::from_secs(3);
    while api.pending_updates() > 0 && Instant::now() < settle {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(200));
    let (vm_hwm_kb, vm_rss_kb) = memory_kb(pid);
    let serve_cpu = match stop {
        Some(_) => earlier_cpu + cpu_secs(&pid.to_string()),
        None => cpu_secs(&pid.to_string()) - serve_cpu0,
    };
    let bench_cpu = cpu_secs("self") - bench_cpu0;
    // Approximate (± ~2 s): per-process and machine counters are sampled differently.
    let other_cpu = (machine_cpu().0 - machine0 - serve_cpu - bench_cpu).max(0.0);
    if let Err(e) = terminate(child) {
        problems.push(e);
    }
    if rotated.is_some() {
        rotation_check(&env, n_chats, &mut problems);
    }

    // Correctness: a fast but wrong run must not pass.
    for s in api.sent_from(cursor) {
        if let Some(c) = chats.get_mut((s.chat_id - BASE_CHAT) as usize) {
            c.received.push(s.shown());
        }
    }
    let mut wrong = 0;
    let mut expected_sends = 0;
    for (i, c) in chats.iter().enumerate() {
        let want: Vec<&String> = c.expected.iter().flatten().collect();
        expected_sends += want.len();
        if c.received.iter().ne(want.iter().copied()) || c.unexpected > 0 || c.answering != c.script.len() {
            if wrong < 3 {
                let at = c.received.iter().zip(&want).position(|(a, b)| a != *b);
                problems.push(format!(
                    "chat {}: {} replies (expected {}), {} unexpected, {} of {} messages answered, first difference at {at:?}",
                    chat_id(i),
                    c.received.len(),
                    want.len(),
                    c.unexpected,
                    c.answering,
                    c.script.len(),
                ));
            }
            wrong += 1;
        }
    }
    if wrong > 0 {
        problems.push(format!("{wrong} chats with lost, extra, reordered or wrong replies"));
    }
    let sends = api.sent_count();
    if sends != expected_sends {
        problems.push(format!("{sends} sends, expected {expected_sends}"));
    }
    if api.early_resends() > 0 {
        problems.push(format!("{} sends during a retry_after", api.early_resends()));
    }
    let errors = api.errors();
    if !errors.is_empty() {
        problems.push(format!(
            "{} error answers, first: {} {}",
            errors.len(),
            errors[0].status,
            errors[0].description
        ));
    }
    if api.pending_updates() > 0 {
        problems.push(format!("{} updates never confirmed", api.pending_updates()));
    }
    let updates = n_chats * MESSAGES;
    if timed.first.0.len() != updates {
        problems.push(format!("{} latencies for {updates} updates", timed.first.0.len()));
    }
    PhaseResult {
        name,
        mode,
        updates,
        timed_sends: sends.saturating_sub(sends_before_timed),
        wall,
        first: timed.first,
        last: timed.last,
        vm_hwm_kb,
        vm_rss_kb,
        serve_cpu,
        bench_cpu,
        other_cpu,
        stop,
        rotation: rotated,
        problems,
    }
}

/// The `rotate` phase's `varco keys rotate`: a new key generated before the timed part,
/// the command started once enough replies arrived.
struct Rotation {
    config: PathBuf,
    new_key: Option<PathBuf>,
    running: Option<(Instant, Child)>,
    done: Option<(Duration, std::process::Output)>,
}

impl Rotation {
    fn new(env: &Env, mode: Mode) -> Rotation {
        let new_key = matches!(mode, Mode::Rotate).then(|| {
            let path = env.dir.path().join("new.key");
            let out = Command::new(bin())
                .args(["keys", "generate", "--out"])
                .arg(&path)
                .output()
                .expect("run varco keys generate");
            assert!(out.status.success(), "keys generate: {out:?}");
            path
        });
        Rotation {
            config: env.config.clone(),
            new_key,
            running: None,
            done: None,
        }
    }

    /// Start the command once `sent` reaches `at`; note when it has ended.
    fn progress(&mut self, sent: usize, at: usize) {
        let Some(new_key) = &self.new_key else {
            return;
        };
        if self.running.is_none() && self.done.is_none() && sent >= at {
            let child = Command::new(bin())
                .args(["keys", "rotate", "--new"])
                .arg(new_key)
                .arg("--config")
                .arg(&self.config)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn varco keys rotate");
            self.running = Some((Instant::now(), child));
        }
        if let Some((_, child)) = &mut self.running {
            if let Ok(Some(_)) = child.try_wait() {
                self.end();
            }
        }
    }

    fn end(&mut self) {
        if let Some((started, child)) = self.running.take() {
            let out = child.wait_with_output().expect("wait for varco keys rotate");
            self.done = Some((started.elapsed(), out));
        }
    }

    /// After the timed part: the command's time and what `serve` logged, or a problem.
    fn finish(&mut self, env: &Env, problems: &mut Vec<String>) -> Option<(Duration, String)> {
        self.new_key.as_ref()?;
        self.end();
        let Some((took, out)) = &self.done else {
            problems.push("keys rotate never started".into());
            return None;
        };
        if !out.status.success() {
            problems.push(format!("keys rotate: {out:?}"));
            return None;
        }
        let log = fs::read_to_string(env.log()).unwrap_or_default();
        if let Some(error) = log.lines().find(|l| l.contains("ERROR")) {
            problems.push(format!("serve logged an error: {error}"));
        }
        match log.lines().find(|l| l.contains("store key rotated")) {
            Some(line) => Some((*took, line.split("INFO").last().unwrap_or(line).trim().to_owned())),
            None => {
                problems.push("serve never logged the rotation".into());
                None
            }
        }
    }
}

/// After a rotation and `serve`'s stop: the old key file deleted, the store opens with the
/// new key alone and every chat's conversation reads.
fn rotation_check(env: &Env, n_chats: usize, problems: &mut Vec<String>) {
    use varco::store::{MasterKey, SledStore};
    let dir = env.dir.path();
    if let Err(e) = fs::remove_file(dir.join("store.key")) {
        problems.push(format!("deleting the old key: {e}"));
        return;
    }
    let key = MasterKey::load(&dir.join("new.key")).expect("new key");
    let store = match SledStore::open(&dir.join("data"), &key) {
        Ok(store) => store,
        Err(e) => {
            problems.push(format!("store with the new key alone: {e}"));
            return;
        }
    };
    let unreadable = (0..n_chats)
        .filter(|&i| {
            let conv = store.conv_id("telegram", &(BASE_CHAT + i as i64).to_string());
            !matches!(store.load_state(conv), Ok(Some(_)))
        })
        .count();
    if unreadable > 0 {
        problems.push(format!("{unreadable} chats unreadable with the new key alone"));
    }
}

/// What the timed part observed.
#[derive(Default)]
struct Timed {
    first: Latencies,
    last: Latencies,
    first_push: Option<Instant>,
    last_reply: Option<Instant>,
}

/// Push due messages and take in replies until every chat is done (untimed, without
/// `timed`: until every chat has finished its warm-up). `on_sends` hears the number of
/// sends seen so far. Replies are attributed in order: a chat's sends answer
/// its oldest message that is not fully answered yet.
fn drive(
    api: &BotApi,
    chats: &mut [ChatRun],
    cursor: &mut usize,
    problems: &mut Vec<String>,
    mode: Mode,
    mut timed: Option<&mut Timed>,
    on_sends: &mut dyn FnMut(usize),
) {
    // Untimed: the warm-up.
    let warm_up = timed.is_none();
    let target = |c: &ChatRun| if warm_up { c.warm } else { c.script.len() };
    let mut pending = chats.iter().filter(|c| c.answering < target(c)).count();
    let deadline = Instant::now() + PHASE_LIMIT;
    while pending > 0 {
        let mut busy = false;
        let now = Instant::now();
        for (i, c) in chats.iter_mut().enumerate() {
            if c.due.is_some_and(|t| t <= now) {
                c.due = None;
                let k = c.pushed.len();
                let at = Instant::now();
                if k >= c.warm {
                    if let Some(t) = timed.as_deref_mut() {
                        t.first_push.get_or_insert(at);
                    }
                }
                c.pushed.push(at);
                c.updates
                    .push(api.push_text_lang(BASE_CHAT + i as i64, c.script[k], Some("en")));
                busy = true;
            }
        }
        let new = api.sent_from(*cursor);
        *cursor += new.len();
        busy |= !new.is_empty();
        if !new.is_empty() {
            on_sends(*cursor);
        }
        for s in &new {
            let Some(c) = chats.get_mut((s.chat_id - BASE_CHAT) as usize) else {
                problems.push(format!("a send to unknown chat {}", s.chat_id));
                continue;
            };
            c.received.push(s.shown());
            let k = c.answering;
            if k >= c.script.len() || k >= c.pushed.len() || s.at < c.pushed[k] {
                c.unexpected += 1;
                continue;
            }
            let timed_msg = k >= c.warm;
            if let (true, Some(t)) = (timed_msg, timed.as_deref_mut()) {
                t.last_reply = Some(t.last_reply.map_or(s.at, |r| r.max(s.at)));
                if c.replies == 0 {
                    t.first.0.push(s.at - c.pushed[k]);
                }
            }
            c.replies += 1;
            if c.replies < c.expected[k].len() {
                continue;
            }
            if let (true, Some(t)) = (timed_msg, timed.as_deref_mut()) {
                t.last.0.push(s.at - c.pushed[k]);
            }
            c.answering += 1;
            c.replies = 0;
            if c.answering == target(c) {
                pending -= 1;
                continue;
            }
            if c.answering == c.script.len() {
                continue;
            }
            c.due = match mode {
                Mode::Closed | Mode::Restart | Mode::Rotate => Some(s.at),
                _ if warm_up => Some(s.at),
                Mode::Paced { period, .. } => {
                    // The slot of this message, counted from the first timed push.
                    let n = (c.answering - c.warm) as u32;
                    let first = c.pushed[c.warm];
                    Some((first + period * n).max(s.at))
                }
                Mode::Burst => None,
            };
        }
        if Instant::now() > deadline {
            let done = chats.iter().filter(|c| c.answering >= target(c)).count();
            problems.push(format!(
                "timed out after {PHASE_LIMIT:?}: {done} of {} chats done, {} sends",
                chats.len(),
                *cursor
            ));
            return;
        }
        if !busy {
            std::thread::sleep(Duration::from_micros(300));
        }
    }
}

/// Every timed update as CSV: chat, message, push, confirmation (the first getUpdates whose
/// offset passes it: its batch was committed and flushed) and first reply, in ms from `t0`.
fn dump(api: &BotApi, chats: &[ChatRun], t0: Instant, path: &PathBuf) {
    let calls = api.get_updates_calls();
    let since = |t: Instant| {
        if t >= t0 {
            ms(t - t0)
        } else {
            -ms(t0 - t)
        }
    };
    let confirmed = |update: i64| {
        calls
            .iter()
            .find(|c| c.offset.is_some_and(|o| o > update))
            .map_or(f64::NAN, |c| since(c.at))
    };
    let sent = api.sent();
    let mut first_reply: std::collections::HashMap<(i64, usize), Instant> = std::collections::HashMap::new();
    let mut lines = Vec::new();
    for (i, c) in chats.iter().enumerate() {
        let chat = BASE_CHAT + i as i64;
        // The n-th send to this chat answers the message whose replies come n-th.
        let mut k = 0;
        let mut r = 0;
        for s in sent.iter().filter(|s| s.chat_id == chat) {
            if k >= c.script.len() {
                break;
            }
            if r == 0 {
                first_reply.insert((chat, k), s.at);
            }
            r += 1;
            if r == c.expected[k].len() {
                k += 1;
                r = 0;
            }
        }
        for k in c.warm..c.pushed.len() {
            let reply = first_reply.get(&(chat, k)).map_or(f64::NAN, |t| since(*t));
            lines.push(format!(
                "{i},{k},{:.3},{:.3},{reply:.3}",
                since(c.pushed[k]),
                confirmed(c.updates[k])
            ));
        }
    }
    let text = format!(
        "chat,message,push_ms,confirmed_ms,first_reply_ms\n{}\n",
        lines.join("\n")
    );
    fs::write(path, text).expect("write dump");
}
