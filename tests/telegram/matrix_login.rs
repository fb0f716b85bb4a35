//! Issue 10, item 5, at Matrix login, through the real binary: a homeserver that answers
//! the bot's login with 503 does not stop `varco serve` — Telegram serves while Matrix is
//! retried with backoff — and a refusal (403, wrong password) afterwards stops it with one
//! line naming the key, exit 2. The homeserver is the stand-in of `support::homeserver`.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::bot_api::BotApi;
use crate::support::fixtures::{BIN, ROOT};
use crate::support::homeserver::{Homeserver, FORBIDDEN, UNAVAILABLE};
use crate::support::serve_config::{self, Serve};
use crate::telegram::TOKEN;

const PASSWORD: &str = "the bot password, never shown";

#[test]
fn a_503_at_matrix_login_is_retried_while_telegram_serves_and_a_403_stops_with_one_line() {
    // Three tries per connection (matrix-sdk's own), so: one failed start, then a refusal.
    let homeserver = Homeserver::start(vec![UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, FORBIDDEN]);
    let api = BotApi::start();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let matrix = serve_config::matrix_section(
        homeserver.url(),
        "@varco:example.org",
        d,
        "!lobby",
        5,
        &["@anna:example.org"],
    );
    let config = serve_config::write(BIN, ROOT, d, &api.api_url(), &matrix);
    let log = d.join("serve.log");
    let child = Command::new(BIN)
        .args(["serve", "--config"])
        .arg(&config)
        .env_remove("VARCO_LOG")
        .env("VARCO__TELEGRAM__TOKEN", TOKEN)
        .env("VARCO__MATRIX__PASSWORD", PASSWORD)
        .env("VARCO__MATRIX__STORE_PASSPHRASE", "a passphrase of 24 chars")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut serve = Serve(Some(child));
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = serve.0.as_mut().unwrap().try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve still runs after the refusal");
        std::thread::sleep(Duration::from_millis(50));
    };
    serve.0 = None;
    let err = std::fs::read_to_string(&log).unwrap();
    assert_eq!(homeserver.logins(), 5, "{err}");
    let started = err.find("telegram channel started").expect("telegram served");
    let retrying = err
        .find("homeserver unreachable; retrying")
        .expect("the 503s were retried");
    assert!(started < retrying, "Telegram serves while Matrix is retried: {err}");
    assert_eq!(
        status.code(),
        Some(2),
        "a refused login is a configuration error: {err}"
    );
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].starts_with("error: matrix.password_file: "), "{err}");
    assert!(!err.contains(PASSWORD) && !err.contains(TOKEN), "{err}");
}
