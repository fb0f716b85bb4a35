//! A stand-in homeserver on 127.0.0.1 for login faults: it answers `/versions`, and each
//! `POST …/login` with the next scripted answer (a 503, a proxy's 502 page, a 403 refusal…;
//! the last one repeats), counting the logins. Everything else gets 404 `M_UNRECOGNIZED`.
//! Plain std threads and hand-written HTTP/1.1, one request per connection.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

/// One scripted answer to a login: status, content type, body.
#[derive(Clone, Copy, Debug)]
pub struct Answer(pub u16, pub &'static str, pub &'static str);

/// 503 with a Matrix error body, as Synapse's workers answer when overloaded.
pub const UNAVAILABLE: Answer = Answer(503, "application/json", r#"{"errcode":"M_UNKNOWN","error":"busy"}"#);
/// 502 from a reverse proxy whose homeserver is down: an HTML page, not Matrix.
pub const BAD_GATEWAY: Answer = Answer(502, "text/html", "<html><body>502 Bad Gateway</body></html>");
/// 403 wrong password.
pub const FORBIDDEN: Answer = Answer(
    403,
    "application/json",
    r#"{"errcode":"M_FORBIDDEN","error":"Invalid password"}"#,
);
/// 403 account deactivated.
pub const DEACTIVATED: Answer = Answer(
    403,
    "application/json",
    r#"{"errcode":"M_USER_DEACTIVATED","error":"This account has been deactivated"}"#,
);
/// 401 without a Matrix error code (a proxy's own authentication).
pub const UNAUTHORIZED: Answer = Answer(401, "application/json", r#"{"errcode":"M_FORBIDDEN","error":"no"}"#);

/// The running stand-in; stops accepting when dropped.
pub struct Homeserver {
    url: String,
    logins: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Homeserver {
    /// Answer the logins with `script`, in order, its last answer repeating.
    pub fn start(script: Vec<Answer>) -> Homeserver {
        assert!(!script.is_empty());
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (logins, stop) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicBool::new(false)));
        let (counted, stopping) = (logins.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let (script, counted) = (script.clone(), counted.clone());
                std::thread::spawn(move || answer(stream, &script, &counted));
            }
        });
        Homeserver { url, logins, stop }
    }

    /// The base URL, for `matrix.homeserver`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// How many logins were tried so far.
    pub fn logins(&self) -> usize {
        self.logins.load(Ordering::SeqCst)
    }
}

impl Drop for Homeserver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}

fn answer(stream: TcpStream, script: &[Answer], logins: &AtomicUsize) {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let path = request_line.split_whitespace().nth(1).unwrap_or_default();
    let Answer(status, kind, text) = if path.ends_with("/versions") {
        Answer(200, "application/json", r#"{"versions":["v1.1","v1.5","v1.11"]}"#)
    } else if path.ends_with("/login") && request_line.starts_with("POST") {
        let n = logins.fetch_add(1, Ordering::SeqCst);
        script[n.min(script.len() - 1)]
    } else {
        Answer(
            404,
            "application/json",
            r#"{"errcode":"M_UNRECOGNIZED","error":"stub"}"#,
        )
    };
    let response = format!(
        "HTTP/1.1 {status} Stub\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{text}",
        text.len()
    );
    let mut stream = reader.into_inner();
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.flush();
}
