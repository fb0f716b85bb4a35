//! The webhook listener's bounds against the real `varco serve` (issue 10, item 7): a
//! connection that trickles its headers or stalls its body is closed within the configured
//! timeout, a wrong secret is refused before the body is read, and idle connections up to
//! the connection limit do not stop a real update from being answered.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::support::bot_api::BotApi;
use crate::support::fixtures::wait_until;
use crate::support::serve_config::{terminate, Serve};
use crate::telegram::{post, Env};

const SECRET: &str = "s3cret_token-bounds";
const PATH: &str = "/tg/hook";
/// The configured header and body timeout, in seconds.
const TIMEOUT_SECS: u64 = 1;
/// How much later than the timeout a close may come on a loaded machine.
const SLACK: Duration = Duration::from_secs(3);

/// A `varco serve` in webhook mode with 1 s timeouts, its listener up.
fn serve_webhook(api: &BotApi) -> (Env, Serve, u16) {
    let port = crate::support::fixtures::free_port();
    let extra = format!(
        "mode = \"webhook\"\n[telegram.webhook]\nlisten = \"127.0.0.1:{port}\"\n\
         public_url = \"https://bot.example.org{PATH}\"\nmax_body_bytes = 65536\n\
         header_timeout_secs = {TIMEOUT_SECS}\nbody_timeout_secs = {TIMEOUT_SECS}\nmax_connections = 100\n"
    );
    let env = Env::new(api, &extra);
    let child = env.start_with_env(&[("VARCO__TELEGRAM__WEBHOOK__SECRET_TOKEN", SECRET)]);
    wait_until("the webhook listener", Duration::from_secs(20), || {
        post(port, PATH, None, "{}").is_some()
    });
    (env, child, port)
}

fn update(id: i64, chat: i64, text: &str) -> String {
    serde_json::json!({"update_id": id, "message": {"message_id": id, "date": 1_790_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "A"},
        "from": {"id": chat, "is_bot": false, "first_name": "A", "language_code": "en"}, "text": text}})
    .to_string()
}

/// Whether the server has closed `s` (EOF or reset), looking for at most `wait`. Whatever
/// it answered before closing is appended to `answer`.
fn closed_within(s: &mut TcpStream, wait: Duration, answer: &mut Vec<u8>) -> bool {
    let deadline = Instant::now() + wait;
    let mut buf = [0u8; 1024];
    while Instant::now() < deadline {
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return true,
        }
    }
    false
}

#[test]
fn a_slow_loris_is_closed_within_the_header_and_body_timeouts() {
    let api = BotApi::start();
    let (_env, child, port) = serve_webhook(&api);
    let limit = Duration::from_secs(TIMEOUT_SECS) + SLACK;

    // Headers byte by byte, one every 100 ms: they would take 10 s to complete.
    let mut trickle = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let started = Instant::now();
    let headers = format!(
        "POST {PATH} HTTP/1.1\r\nHost: localhost\r\nX-Padding: {}\r\n",
        "a".repeat(60)
    );
    let mut answer = Vec::new();
    let mut closed = false;
    for byte in headers.as_bytes() {
        if trickle.write_all(std::slice::from_ref(byte)).is_err()
            || closed_within(&mut trickle, Duration::from_millis(100), &mut answer)
        {
            closed = true;
            break;
        }
    }
    let elapsed = started.elapsed();
    assert!(closed, "a connection trickling its headers was never closed");
    assert!(elapsed < limit, "headers trickled for {elapsed:?} before the close");

    // Headers with the right secret, then a stalled body.
    let mut stall = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let started = Instant::now();
    let request = format!(
        "POST {PATH} HTTP/1.1\r\nHost: localhost\r\nX-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n\
         Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"update_id\":"
    );
    stall.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    assert!(
        closed_within(&mut stall, limit, &mut answer),
        "a connection stalling its body was never closed"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 408"),
        "answer to a stalled body: {answer:?}"
    );
    assert!(
        started.elapsed() < limit,
        "a stalled body held its connection for {:?}",
        started.elapsed()
    );
    terminate(child);
}

#[test]
fn a_wrong_secret_is_refused_before_the_body_is_sent() {
    let api = BotApi::start();
    let (_env, child, port) = serve_webhook(&api);
    // A body over the size limit, and one within it: neither is ever sent, and both are
    // refused on their headers alone.
    for length in [10_000_000_000u64, 60_000] {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let request = format!(
            "POST {PATH} HTTP/1.1\r\nHost: localhost\r\nX-Telegram-Bot-Api-Secret-Token: wrong\r\n\
             Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
        );
        s.write_all(request.as_bytes()).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut buf = [0u8; 256];
        let n = s.read(&mut buf).unwrap_or(0);
        let answer = String::from_utf8_lossy(&buf[..n]);
        assert!(
            answer.starts_with("HTTP/1.1 401"),
            "a {length}-byte body with a wrong secret, before the body: {answer:?}"
        );
    }
    assert!(api.sent_to(7101).is_empty());
    terminate(child);
}

#[test]
fn idle_connections_at_the_limit_do_not_stop_a_real_update() {
    let api = BotApi::start();
    let (_env, child, port) = serve_webhook(&api);
    // As many idle connections as the listener serves at once: nothing is ever sent on them.
    let mut idle: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    let started = Instant::now();
    // A real update on a new connection: served once idle connections have timed out.
    assert_eq!(post(port, PATH, Some(SECRET), &update(1, 7102, "/start")), Some(200));
    let answered = started.elapsed();
    assert!(
        answered < Duration::from_secs(TIMEOUT_SECS) + SLACK,
        "the update waited {answered:?} behind idle connections"
    );
    wait_until("the reply", Duration::from_secs(10), || !api.sent_to(7102).is_empty());
    // Every idle connection was closed by the server, none is held open.
    for s in &mut idle {
        let mut answer = Vec::new();
        assert!(
            closed_within(s, Duration::from_secs(TIMEOUT_SECS) + SLACK, &mut answer),
            "an idle connection was still open"
        );
    }
    terminate(child);
}

/// Issue 14, item 3: in webhook mode nothing else asks the Bot API, so `serve` asks `getMe`
/// (at start, then every 30 s): while it is refused (a revoked token), `/readyz` fails with
/// `telegram failing` although the webhook listener is up.
#[test]
fn readyz_in_webhook_mode_fails_while_get_me_is_refused() {
    use crate::admin::{admin_addr, get};
    use crate::support::bot_api::Fault;
    let api = BotApi::start();
    api.fault_n("getMe", Fault::Status(401), 1_000);
    let (env, child, _) = serve_webhook(&api);
    let mut addr = None;
    wait_until("the admin listener", Duration::from_secs(20), || {
        addr = admin_addr(&env.log());
        addr.is_some()
    });
    let addr = addr.unwrap();
    let mut last = None;
    let failing = crate::support::fixtures::wait_for(Duration::from_secs(20), || {
        last = get(&addr, "/readyz");
        last == Some((503, "store ok\ntelegram failing\n".to_owned()))
    });
    assert!(failing, "{last:?}");
    assert!(api.calls("getMe") >= 1);
    terminate(child);
}
