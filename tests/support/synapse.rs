//! A real Matrix homeserver for integration tests: Synapse from PyPI, on 127.0.0.1.
//!
//! * [`Synapse::shared`] starts one Synapse per test binary, lazily, on first use. Give every
//!   test its own users ([`Synapse::unique_name`]) and rooms.
//! * [`Synapse::start`] starts a private instance (for tests that [`Synapse::restart`] or
//!   [`Synapse::stop`] the server). Dropping it stops Synapse (SIGTERM, SIGKILL after 5 s) and
//!   deletes its data directory; this also happens while a panicking test unwinds.
//!
//! Everything here is blocking and needs no async runtime, so it is usable from plain
//! `#[test]`s and from `#[tokio::test]`s alike (it only blocks the calling thread; Synapse is a
//! separate process, so this cannot deadlock). [`Synapse::shared_async`] and
//! [`Synapse::start_async`] run the slow start on tokio's blocking pool instead.
//!
//! **Installation.** The first start creates a venv with `matrix-synapse ==`
//! [`SYNAPSE_VERSION`] in a cache directory outside the build tree — `$VARCO_TEST_CACHE`, else
//! `$XDG_CACHE_HOME/varco-test`, else `~/.cache/varco-test` — named after the Synapse and Python
//! versions, so a new pin (or a new Python) gets a new venv. It uses `uv` (from `PATH`, from
//! `python3 -m uv`, or bootstrapped into `<cache>/uv-tool` with pip) and falls back to plain
//! pip; bytecode is precompiled, which makes every Synapse start ~2.5 s faster on machines with
//! `PYTHONDONTWRITEBYTECODE=1`. Concurrent test binaries serialise on a lock file and the venv
//! is built in a temporary directory and renamed into place, so a half-built venv is never
//! used. Knobs: `VARCO_TEST_PYTHON` (interpreter, default `python3`, needs >= 3.10) and
//! `VARCO_TEST_INSTALLER=pip` (skip uv). Progress goes straight to stderr (not captured).
//!
//! **Server.** Each instance gets a fresh temp dir (sqlite database, media store, signing key,
//! `homeserver.log` at WARNING, `synapse.out` with the process's stdout/stderr), a free port,
//! `server_name: localhost`, a random `registration_shared_secret`, no federation, no open
//! registration, `bcrypt_rounds: 4` (hashing at the default 12 costs ~0.25 s per
//! login/registration), and every `rc_*` rate limit at `{per_second: 10000, burst_count:
//! 10000}`.
//!
//! **No leftovers.** Every Synapse process is paired with a tiny `sh` watchdog that blocks
//! reading a pipe whose only writer is the test process. When the test binary exits — normally
//! (statics such as the shared instance are never dropped), by abort or by SIGKILL — the kernel
//! closes the pipe, and the watchdog sends SIGTERM (SIGKILL after 5 s) to Synapse and deletes
//! its data directory. A dropped [`Synapse`] disarms its watchdog and cleans up itself.
//!
//! **Clients.** Point matrix-sdk at [`Synapse::base_url`] (`Client::builder().homeserver_url(…)`),
//! not at the server name: there is no `.well-known` for `localhost`. Users come from
//! [`Synapse::register_user`] (no device; the client logs in itself) or [`Synapse::register`]
//! (logged in). Raw client-server calls: [`Synapse::api`] / [`Synapse::call`] with [`enc`].
//!
//! Caveat: with `cargo nextest` (a process per test), "shared" means one Synapse per test.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{json, Value};

/// The pinned `matrix-synapse` release.
pub const SYNAPSE_VERSION: &str = "1.163.2";
/// `server_name` of every test homeserver; user ids are `@name:localhost`.
pub const SERVER_NAME: &str = "localhost";

const READY_TIMEOUT: Duration = Duration::from_secs(60);
const STOP_GRACE: Duration = Duration::from_secs(5);
const HTTP_TIMEOUT: Duration = Duration::from_secs(60);
const INSTALL_LOCK_TIMEOUT: Duration = Duration::from_secs(15 * 60);
const READY_MARKER: &str = ".varco-ready";

/// Every rate limiter Synapse 1.163 reads (`synapse/config/ratelimiting.py`), dotted keys
/// being nested blocks. `rc_federation` has another shape and no federation listener exists.
pub const RATE_LIMITS: &[&str] = &[
    "rc_message",
    "rc_registration",
    "rc_registration_token_validity",
    "rc_login.address",
    "rc_login.account",
    "rc_login.failed_attempts",
    "rc_admin_redaction",
    "rc_joins.local",
    "rc_joins.remote",
    "rc_joins_per_room",
    "rc_key_requests",
    "rc_3pid_validation",
    "rc_invites.per_room",
    "rc_invites.per_user",
    "rc_invites.per_issuer",
    "rc_third_party_invite",
    "rc_media_create",
    "rc_presence.per_user",
    "rc_delayed_event_mgmt",
    "rc_room_creation",
    "rc_reports",
    "rc_user_directory",
    "rc_profile",
];

/// A registered user with a logged-in device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserCreds {
    /// `@localpart:localhost`.
    pub user_id: String,
    pub access_token: String,
    pub device_id: String,
    pub localpart: String,
    pub password: String,
}

/// A running (or [stopped](Synapse::stop)) Synapse with its own data directory.
pub struct Synapse {
    data: tempfile::TempDir,
    python: PathBuf,
    port: u16,
    secret: String,
    child: Option<Child>,
    watchdog: Option<Watchdog>,
}

struct Watchdog {
    child: Child,
    /// Never written; its closing (by us or by the kernel at exit) is the signal.
    _pipe: ChildStdin,
}

impl Synapse {
    /// Installs Synapse if needed and starts a private instance; panics with the log tail if
    /// it does not answer `/versions` within 60 s.
    pub fn start() -> Synapse {
        Self::start_with(Value::Null)
    }

    /// Like [`Synapse::start`], with top-level `homeserver.yaml` keys overridden by the keys
    /// of `extra` (a JSON object, or `Value::Null`).
    pub fn start_with(extra: Value) -> Synapse {
        Self::try_start(extra).unwrap_or_else(|e| panic!("{e}"))
    }

    /// [`Synapse::start`] on tokio's blocking pool.
    pub async fn start_async() -> Synapse {
        tokio::task::spawn_blocking(Synapse::start)
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
    }

    /// The instance shared by all tests of this test binary, started on first use. It is
    /// stopped and its directory deleted when the test binary exits.
    pub fn shared() -> &'static Synapse {
        static SHARED: OnceLock<Result<Synapse, String>> = OnceLock::new();
        match SHARED.get_or_init(|| Synapse::try_start(Value::Null)) {
            Ok(s) => s,
            Err(e) => panic!("the shared Synapse of this test binary failed to start: {e}"),
        }
    }

    /// [`Synapse::shared`] on tokio's blocking pool.
    pub async fn shared_async() -> &'static Synapse {
        tokio::task::spawn_blocking(Synapse::shared)
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
    }

    /// Installs if needed, writes the config, starts Synapse and waits until it is ready.
    pub fn try_start(extra: Value) -> Result<Synapse, String> {
        let python = venv_python()?;
        let data = tempfile::Builder::new()
            .prefix("varco-synapse-")
            .tempdir()
            .map_err(|e| format!("cannot create a temp dir for Synapse: {e}"))?;
        let mut s = Synapse {
            data,
            python,
            port: 0,
            secret: random_hex(32),
            child: None,
            watchdog: None,
        };
        s.write_log_config()
            .map_err(|e| format!("cannot write the Synapse log config: {e}"))?;
        s.write_signing_key()
            .map_err(|e| format!("cannot write the signing key: {e}"))?;
        // The free port could be taken between our probe and Synapse's bind: retry then.
        let mut attempt = 0;
        loop {
            attempt += 1;
            s.port = free_port().map_err(|e| format!("cannot find a free port: {e}"))?;
            s.write_config(&extra)
                .map_err(|e| format!("cannot write homeserver.yaml: {e}"))?;
            match s.launch() {
                Ok(()) => return Ok(s),
                Err(Launch::PortInUse(_)) if attempt < 5 => continue,
                Err(Launch::PortInUse(e)) | Err(Launch::Failed(e)) => return Err(e),
            }
        }
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Always `"localhost"`.
    pub fn server_name(&self) -> &str {
        SERVER_NAME
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// PID of the Synapse process, if running.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(|c| c.id())
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    /// The instance's data directory (config, sqlite database, media, logs).
    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }

    pub fn registration_shared_secret(&self) -> &str {
        &self.secret
    }

    /// `@localpart:localhost`.
    pub fn user_id(&self, localpart: &str) -> String {
        format!("@{localpart}:{SERVER_NAME}")
    }

    /// A localpart no other test (of any run against this server) has used: `prefix` plus a
    /// counter and random digits, lowercase.
    pub fn unique_name(prefix: &str) -> String {
        static N: AtomicU64 = AtomicU64::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        format!("{}_{n}_{}", prefix.to_lowercase(), &random_hex(4))
    }

    /// Registers `name` through the shared-secret admin API and logs in (a new device).
    pub fn register(&self, name: &str, password: &str, admin: bool) -> UserCreds {
        self.register_only(name, password, admin);
        self.login(name, password)
    }

    /// Registers `name` (not admin) with a random password and no device, for clients that
    /// log in themselves. Returns `(user_id, password)`.
    pub fn register_user(&self, name: &str) -> (String, String) {
        let password = format!("pw-{}", random_hex(12));
        (self.register_only(name, &password, false), password)
    }

    /// Registers without logging in; returns the user id. Panics if the name is taken.
    pub fn register_only(&self, name: &str, password: &str, admin: bool) -> String {
        let nonce = self.call("GET", "/_synapse/admin/v1/register", None, None)["nonce"]
            .as_str()
            .expect("register: no nonce")
            .to_owned();
        // nonce \0 username \0 password \0 admin|notadmin
        let mut msg = Vec::new();
        for part in [nonce.as_bytes(), name.as_bytes(), password.as_bytes()] {
            msg.extend_from_slice(part);
            msg.push(0);
        }
        msg.extend_from_slice(if admin { b"admin" } else { b"notadmin" });
        let mac = hex::encode(hmac_sha1(self.secret.as_bytes(), &msg));
        let body = json!({
            "nonce": nonce, "username": name, "password": password, "admin": admin, "mac": mac,
            "displayname": name, "inhibit_login": true,
        });
        let (status, v) = self.api("POST", "/_synapse/admin/v1/register", None, Some(&body));
        assert_eq!(status, 200, "registering {name:?} failed: {v}");
        v["user_id"].as_str().expect("register: no user_id").to_owned()
    }

    /// `POST /_matrix/client/v3/login` with a password; `user` is a localpart or a user id.
    pub fn login(&self, user: &str, password: &str) -> UserCreds {
        let body = json!({
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user},
            "password": password,
            "initial_device_display_name": "varco test harness",
        });
        let v = self.call("POST", "/_matrix/client/v3/login", None, Some(&body));
        let field = |k: &str| {
            v[k].as_str()
                .unwrap_or_else(|| panic!("login of {user:?}: no {k} in {v}"))
                .to_owned()
        };
        let user_id = field("user_id");
        let localpart = user_id
            .trim_start_matches('@')
            .split(':')
            .next()
            .unwrap_or_default()
            .to_owned();
        UserCreds {
            access_token: field("access_token"),
            device_id: field("device_id"),
            user_id,
            localpart,
            password: password.to_owned(),
        }
    }

    /// One HTTP request to this Synapse; `path` starts with `/` and is already encoded (see
    /// [`enc`]). Returns the status and the JSON body (`Value::String` if the body is not
    /// JSON, `Value::Null` if empty). Panics on I/O errors.
    pub fn api(&self, method: &str, path: &str, token: Option<&str>, body: Option<&Value>) -> (u16, Value) {
        self.try_api(method, path, token, body)
            .unwrap_or_else(|e| panic!("{method} {} failed: {e}\n{}", path, self.log_tail(20)))
    }

    /// [`Synapse::api`], asserting a 2xx status; returns the body.
    pub fn call(&self, method: &str, path: &str, token: Option<&str>, body: Option<&Value>) -> Value {
        let (status, v) = self.api(method, path, token, body);
        assert!((200..300).contains(&status), "{method} {path} answered {status}: {v}");
        v
    }

    /// [`Synapse::api`] without panicking on I/O errors.
    pub fn try_api(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> io::Result<(u16, Value)> {
        let bytes = body.map(|b| serde_json::to_vec(b).expect("serialisable body"));
        let (status, raw) = http(self.port, method, path, token, bytes.as_deref(), HTTP_TIMEOUT)?;
        let v = if raw.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&raw).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&raw).into_owned()))
        };
        Ok((status, v))
    }

    /// Stops Synapse (SIGTERM, SIGKILL after 5 s) and keeps the data. No-op if stopped.
    pub fn stop(&mut self) {
        self.disarm_watchdog();
        if let Some(mut child) = self.child.take() {
            terminate(&mut child);
        }
    }

    /// Stops Synapse if running and starts it again on the same port and data; waits until
    /// it answers. Access tokens, users and rooms survive.
    pub fn restart(&mut self) {
        self.stop();
        match self.launch() {
            Ok(()) => {}
            Err(Launch::PortInUse(e)) | Err(Launch::Failed(e)) => panic!("restarting Synapse failed: {e}"),
        }
    }

    /// The last `n` lines of the process output and of `homeserver.log`.
    pub fn log_tail(&self, n: usize) -> String {
        let mut out = String::new();
        for name in ["synapse.out", "homeserver.log"] {
            let text = fs::read_to_string(self.data_dir().join(name)).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            let from = lines.len().saturating_sub(n);
            out.push_str(&format!(
                "--- last {} lines of {} ---\n",
                lines.len() - from,
                self.data_dir().join(name).display()
            ));
            for l in &lines[from..] {
                out.push_str(l);
                out.push('\n');
            }
        }
        out
    }

    fn write_log_config(&self) -> io::Result<()> {
        let log = json!({
            "version": 1,
            "formatters": {"precise": {"format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(message)s"}},
            "handlers": {"file": {
                "class": "logging.FileHandler", "formatter": "precise", "encoding": "utf8",
                "filename": self.data_dir().join("homeserver.log"),
            }},
            "root": {"level": "WARNING", "handlers": ["file"]},
            "disable_existing_loggers": false,
        });
        // JSON is YAML.
        fs::write(self.data_dir().join("log.config"), serde_json::to_vec_pretty(&log)?)
    }

    /// What `python -m synapse.app.homeserver -c CONFIG --generate-keys` writes (`ed25519
    /// a_XXXX <unpadded base64 of a 32-byte seed>`), without its 1.3 s interpreter start.
    /// (`--generate-missing-and-run` would do it in the same start, but is broken in 1.163:
    /// the second argument parse rejects the flag.)
    fn write_signing_key(&self) -> io::Result<()> {
        const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let version: String = (0..4)
            .map(|_| ALNUM[rand::random::<usize>() % ALNUM.len()] as char)
            .collect();
        let seed: [u8; 32] = rand::random();
        let line = format!("ed25519 a_{version} {}\n", base64_unpadded(&seed));
        fs::write(self.data_dir().join("localhost.signing.key"), line)
    }

    fn write_config(&self, extra: &Value) -> io::Result<()> {
        let d = self.data_dir();
        let mut cfg = json!({
            "server_name": SERVER_NAME,
            "public_baseurl": format!("{}/", self.base_url()),
            "listeners": [{
                "port": self.port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": false,
                "x_forwarded": false, "resources": [{"names": ["client"], "compress": false}],
            }],
            "database": {"name": "sqlite3", "args": {"database": d.join("homeserver.db")}},
            "log_config": d.join("log.config"),
            "media_store_path": d.join("media_store"),
            "signing_key_path": d.join("localhost.signing.key"),
            "registration_shared_secret": self.secret,
            "macaroon_secret_key": random_hex(32),
            "form_secret": random_hex(32),
            "enable_registration": false,
            "report_stats": false,
            "enable_metrics": false,
            "url_preview_enabled": false,
            "trusted_key_servers": [],
            "federation_domain_whitelist": [],
            "suppress_key_server_warning": true,
            "bcrypt_rounds": 4,
        });
        let obj = cfg.as_object_mut().expect("object");
        let high = json!({"per_second": 10000, "burst_count": 10000});
        for key in RATE_LIMITS {
            let mut slot = &mut *obj;
            let mut parts = key.split('.').peekable();
            while let Some(part) = parts.next() {
                if parts.peek().is_none() {
                    slot.insert(part.to_owned(), high.clone());
                } else {
                    slot = slot
                        .entry(part)
                        .or_insert_with(|| json!({}))
                        .as_object_mut()
                        .expect("rc block");
                }
            }
        }
        if let Some(extra) = extra.as_object() {
            for (k, v) in extra {
                obj.insert(k.clone(), v.clone());
            }
        }
        fs::write(d.join("homeserver.yaml"), serde_json::to_vec_pretty(&cfg)?)
    }

    fn launch(&mut self) -> Result<(), Launch> {
        let t0 = Instant::now();
        let failed = |what: &str, e: io::Error| Launch::Failed(format!("{what}: {e}"));
        let out_path = self.data_dir().join("synapse.out");
        let log_path = self.data_dir().join("homeserver.log");
        let offsets = [&out_path, &log_path].map(|p| fs::metadata(p).map_or(0, |m| m.len()));
        let mut out = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&out_path)
            .map_err(|e| failed("synapse.out", e))?;
        let _ = writeln!(
            out,
            "=== varco test harness: starting Synapse on port {} ===",
            self.port
        );
        let err = out.try_clone().map_err(|e| failed("synapse.out", e))?;
        let child = Command::new(&self.python)
            .args(["-m", "synapse.app.homeserver", "--config-path"])
            .arg(self.data_dir().join("homeserver.yaml"))
            .current_dir(self.data_dir())
            .env("PYTHONUNBUFFERED", "1")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .map_err(|e| failed(&format!("cannot run {}", self.python.display()), e))?;
        self.child = Some(child);
        self.arm_watchdog()
            .map_err(|e| failed("cannot start the watchdog (sh)", e))?;
        let deadline = t0 + READY_TIMEOUT;
        loop {
            let child = self.child.as_mut().expect("just spawned");
            if let Ok(Some(status)) = child.try_wait() {
                self.child = None;
                self.disarm_watchdog();
                let tail = self.log_tail(40);
                let msg = format!(
                    "Synapse exited before it was ready ({status}) on port {}\n{tail}",
                    self.port
                );
                // The whole output of this attempt (the tail might miss the reason).
                let this_attempt = [&out_path, &log_path]
                    .iter()
                    .zip(offsets)
                    .map(|(p, from)| {
                        fs::read(p).map(|b| String::from_utf8_lossy(&b[(from as usize).min(b.len())..]).into_owned())
                    })
                    .filter_map(Result::ok)
                    .collect::<String>();
                return Err(if this_attempt.contains("Address already in use") {
                    Launch::PortInUse(msg)
                } else {
                    Launch::Failed(msg)
                });
            }
            if let Ok((200, _)) = http(
                self.port,
                "GET",
                "/_matrix/client/versions",
                None,
                None,
                Duration::from_secs(5),
            ) {
                progress(&format!(
                    "Synapse ready on {} after {:.1} s",
                    self.base_url(),
                    t0.elapsed().as_secs_f64()
                ));
                return Ok(());
            }
            if Instant::now() > deadline {
                let tail = self.log_tail(40);
                self.stop();
                return Err(Launch::Failed(format!(
                    "Synapse did not answer /_matrix/client/versions on port {} within {READY_TIMEOUT:?}\n{tail}",
                    self.port
                )));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn arm_watchdog(&mut self) -> io::Result<()> {
        self.disarm_watchdog();
        let pid = self.child.as_ref().expect("running").id();
        // Blocks until the pipe closes (the test process never writes to it), i.e. until the
        // test process has exited in any way; then stops Synapse and deletes the data dir. A
        // zombie (exited, not yet reaped by init) counts as gone. `stop()` and `Drop` kill the
        // watchdog first and clean up themselves.
        const SCRIPT: &str = r#"while read -r _; do :; done
kill -TERM "$1" 2>/dev/null
i=0
while [ "$i" -lt 50 ] && kill -0 "$1" 2>/dev/null; do
  case "$(cat "/proc/$1/stat" 2>/dev/null)" in *") Z "*) break ;; esac
  sleep 0.1
  i=$((i + 1))
done
[ "$i" -lt 50 ] || kill -KILL "$1" 2>/dev/null
rm -rf "$2""#;
        let mut child = Command::new("sh")
            .args(["-c", SCRIPT, "varco-synapse-watchdog"])
            .arg(pid.to_string())
            .arg(self.data_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let pipe = child.stdin.take().expect("piped stdin");
        self.watchdog = Some(Watchdog { child, _pipe: pipe });
        Ok(())
    }

    fn disarm_watchdog(&mut self) {
        if let Some(mut w) = self.watchdog.take() {
            let _ = w.child.kill();
            let _ = w.child.wait();
        }
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        self.stop();
        // `data` (a TempDir) is deleted after this.
    }
}

enum Launch {
    PortInUse(String),
    Failed(String),
}

fn terminate(child: &mut Child) {
    if let Ok(None) = child.try_wait() {
        // std has no kill(2) with a signal of choice; the shell builtin has.
        let _ = Command::new("sh")
            .args(["-c", "kill -TERM \"$1\"", "sh", &child.id().to_string()])
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + STOP_GRACE;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
    }
    let _ = child.wait();
}

fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn random_hex(bytes: usize) -> String {
    let v: Vec<u8> = (0..bytes).map(|_| rand::random::<u8>()).collect();
    hex::encode(v)
}

fn base64_unpadded(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Writes a progress line to the real stderr (libtest does not capture it).
fn progress(msg: &str) {
    let _ = writeln!(io::stderr(), "[varco-test synapse] {msg}");
}

/// Percent-encodes one path segment or query value (`!room:localhost` → `%21room%3Alocalhost`).
pub fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// A minimal blocking HTTP/1.1 client (std only: no runtime needed, works inside async tests).

fn http(
    port: u16,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&[u8]>,
    timeout: Duration,
) -> io::Result<(u16, Vec<u8>)> {
    let mut stream = TcpStream::connect_timeout(&SocketAddr::from(([127, 0, 0, 1], port)), Duration::from_secs(5))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    stream.set_nodelay(true)?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nAccept: application/json\r\n\
         User-Agent: varco-test-harness\r\n"
    );
    if let Some(t) = token {
        head.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    if body.is_some() {
        head += "Content-Type: application/json\r\n";
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.map_or(0, <[u8]>::len)));
    let mut req = head.into_bytes();
    req.extend_from_slice(body.unwrap_or_default());
    stream.write_all(&req)?;

    let mut r = BufReader::new(stream);
    let status_line = read_line(&mut r)?;
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("bad status line {status_line:?}")))?;
    let (mut length, mut chunked) = (None, false);
    loop {
        let line = read_line(&mut r)?;
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
            if k == "content-length" {
                length = v.parse::<usize>().ok();
            } else if k == "transfer-encoding" && v.to_ascii_lowercase().contains("chunked") {
                chunked = true;
            }
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            let size_line = read_line(&mut r)?;
            let size = usize::from_str_radix(size_line.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("bad chunk size {size_line:?}")))?;
            if size == 0 {
                while !read_line(&mut r)?.is_empty() {}
                break;
            }
            let start = body.len();
            body.resize(start + size, 0);
            r.read_exact(&mut body[start..])?;
            read_line(&mut r)?;
        }
    } else if let Some(n) = length {
        body.resize(n, 0);
        r.read_exact(&mut body)?;
    } else if method != "HEAD" && status != 204 && status != 304 {
        r.read_to_end(&mut body)?;
    }
    Ok((status, body))
}

fn read_line(r: &mut impl BufRead) -> io::Result<String> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "connection closed mid-response",
        ));
    }
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

// ---------------------------------------------------------------------------------------------
// HMAC-SHA1 for the shared-secret registration API (no sha1 crate in the tree).

/// SHA-1 (FIPS 180-1). Only for Synapse's registration MAC.
pub fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 80];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
                20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                _ => (b ^ c ^ d, 0xCA62_C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

/// HMAC-SHA1 (RFC 2104).
pub fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..20].copy_from_slice(&sha1(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    inner.extend_from_slice(msg);
    let mut outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    outer.extend_from_slice(&sha1(&inner));
    sha1(&outer)
}

// ---------------------------------------------------------------------------------------------
// The cached venv.

/// Path of the venv's `python`, installing Synapse on first use (once per test binary).
pub fn venv_python() -> Result<PathBuf, String> {
    static VENV: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    VENV.get_or_init(ensure_venv).clone()
}

/// Where venvs are cached: `$VARCO_TEST_CACHE`, `$XDG_CACHE_HOME/varco-test`,
/// `~/.cache/varco-test`.
pub fn cache_root() -> PathBuf {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(d) = var("VARCO_TEST_CACHE") {
        // Absolute, since Synapse runs in its data dir.
        return std::env::current_dir().map_or(d.clone(), |cwd| cwd.join(d));
    }
    if let Some(d) = var("XDG_CACHE_HOME").filter(|d| d.is_absolute()) {
        return d.join("varco-test");
    }
    match var("HOME") {
        Some(home) => home.join(".cache").join("varco-test"),
        None => std::env::temp_dir().join("varco-test-cache"),
    }
}

fn ensure_venv() -> Result<PathBuf, String> {
    let root = cache_root();
    fs::create_dir_all(&root).map_err(|e| format!("cannot create the cache dir {}: {e}", root.display()))?;
    let base = std::env::var_os("VARCO_TEST_PYTHON")
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "python3".into());
    // The real interpreter (not a pyenv shim) and its version, which keys the venv.
    let out = Command::new(&base)
        .args([
            "-c",
            "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.executable)",
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {base:?} (Synapse needs Python >= 3.10; set VARCO_TEST_PYTHON): {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    let (Some(pyver), Some(exe)) = (lines.next(), lines.next()) else {
        return Err(format!("{base:?} did not report its version: {text:?}"));
    };
    let minor = pyver
        .strip_prefix("3.")
        .and_then(|m| m.parse::<u32>().ok())
        .unwrap_or(0);
    if minor < 10 {
        return Err(format!(
            "Synapse {SYNAPSE_VERSION} needs Python >= 3.10, {base:?} is {pyver}; set VARCO_TEST_PYTHON"
        ));
    }
    let exe = PathBuf::from(exe);
    let name = format!("synapse-venv-{SYNAPSE_VERSION}-py{pyver}");
    let venv = root.join(&name);
    let python = venv.join("bin").join("python");
    let ready = || venv.join(READY_MARKER).is_file() && python.exists();
    if ready() {
        return Ok(python);
    }
    let Some(_lock) = InstallLock::acquire(&root.join(format!("{name}.lock")), &ready)? else {
        return Ok(python); // someone else installed it while we waited
    };
    if ready() {
        return Ok(python);
    }
    clean_stale_tmp(&root);
    if venv.exists() {
        progress(&format!("removing incomplete {}", venv.display()));
        let _ = fs::remove_dir_all(&venv);
    }
    let t0 = Instant::now();
    let tmp = root.join(format!("{name}.tmp-{}-{}", std::process::id(), random_hex(4)));
    let log_path = root.join(format!("{name}.install.log"));
    let log = File::create(&log_path).map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    progress(&format!(
        "installing matrix-synapse=={SYNAPSE_VERSION} into {} (first run only; ~10-30 s; log: {})",
        venv.display(),
        log_path.display()
    ));
    let use_uv = std::env::var("VARCO_TEST_INSTALLER").map_or(true, |v| v != "pip");
    let mut installer = "pip";
    let mut result = Err(String::from("uv not tried"));
    if use_uv {
        if let Some(uv) = find_uv(&root, &exe, &log) {
            installer = "uv";
            result = install_with_uv(&uv, &exe, &tmp, &log);
            if let Err(e) = &result {
                progress(&format!("installing with uv failed ({e}); trying pip"));
                let _ = fs::remove_dir_all(&tmp);
            }
        }
    }
    if result.is_err() {
        installer = "pip";
        result = install_with_pip(&exe, &tmp, &log);
    }
    let fail = |e: String| {
        let _ = fs::remove_dir_all(&tmp);
        let log = fs::read_to_string(&log_path).unwrap_or_default();
        let tail: Vec<&str> = log
            .lines()
            .rev()
            .take(40)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!(
            "installing matrix-synapse=={SYNAPSE_VERSION} failed: {e}\n--- {} ---\n{}",
            log_path.display(),
            tail.join("\n")
        )
    };
    result.map_err(fail)?;
    // Check that it imports and is the pinned version, then publish atomically.
    let out = Command::new(tmp.join("bin").join("python"))
        .args([
            "-c",
            "import synapse.app.homeserver, synapse; print(synapse.__version__)",
        ])
        .output()
        .map_err(|e| fail(format!("cannot run the new venv's python: {e}")))?;
    let got = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if !out.status.success() || got != SYNAPSE_VERSION {
        return Err(fail(format!(
            "the new venv does not import synapse {SYNAPSE_VERSION} (got {got:?}): {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let secs = t0.elapsed().as_secs_f64();
    fs::write(
        tmp.join(READY_MARKER),
        format!("matrix-synapse {SYNAPSE_VERSION}\npython {pyver}\n{installer} {secs:.1} s\n"),
    )
    .map_err(|e| fail(format!("cannot write the ready marker: {e}")))?;
    if let Err(e) = fs::rename(&tmp, &venv) {
        let _ = fs::remove_dir_all(&tmp);
        if !ready() {
            return Err(format!("cannot move the venv into {}: {e}", venv.display()));
        }
    }
    progress(&format!(
        "installed matrix-synapse {SYNAPSE_VERSION} with {installer} in {secs:.1} s"
    ));
    Ok(python)
}

fn run_logged(cmd: &mut Command, log: &File) -> Result<(), String> {
    let mut log = log.try_clone().map_err(|e| e.to_string())?;
    let _ = writeln!(log, "$ {cmd:?}");
    let status = cmd
        .stdin(Stdio::null())
        .stdout(log.try_clone().map_err(|e| e.to_string())?)
        .stderr(log)
        .status()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd.get_program()))
    }
}

fn works(program: &Path, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A command line for `uv`: from PATH, `python -m uv`, or bootstrapped into `<cache>/uv-tool`.
fn find_uv(root: &Path, python: &Path, log: &File) -> Option<Vec<OsString>> {
    if works(Path::new("uv"), &["--version"]) {
        return Some(vec!["uv".into()]);
    }
    if works(python, &["-m", "uv", "--version"]) {
        return Some(vec![python.into(), "-m".into(), "uv".into()]);
    }
    let tool = root.join("uv-tool");
    let uv = tool.join("bin").join("uv");
    if works(&uv, &["--version"]) {
        return Some(vec![uv.into()]);
    }
    progress(&format!("bootstrapping uv into {} with pip", tool.display()));
    let tmp = root.join(format!("uv-tool.tmp-{}-{}", std::process::id(), random_hex(4)));
    let ok = run_logged(Command::new(python).arg("-m").arg("venv").arg(&tmp), log).and_then(|()| {
        run_logged(
            Command::new(tmp.join("bin").join("python")).args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "uv",
            ]),
            log,
        )
    });
    if ok.is_ok() && fs::rename(&tmp, &tool).is_err() {
        let _ = fs::remove_dir_all(&tmp); // another process won the race
    }
    let _ = fs::remove_dir_all(&tmp);
    if works(&uv, &["--version"]) {
        Some(vec![uv.into()])
    } else {
        progress("could not get uv; using pip");
        None
    }
}

fn install_with_uv(uv: &[OsString], python: &Path, dir: &Path, log: &File) -> Result<(), String> {
    let cmd = || {
        let mut c = Command::new(&uv[0]);
        c.args(&uv[1..])
            .env("UV_PYTHON_DOWNLOADS", "never")
            .env("UV_NO_PROGRESS", "1");
        c
    };
    // --relocatable: console scripts keep working after the rename into place.
    run_logged(
        cmd().args(["venv", "--relocatable", "--python"]).arg(python).arg(dir),
        log,
    )?;
    run_logged(
        cmd()
            .args(["pip", "install", "--compile-bytecode", "--python"])
            .arg(dir.join("bin").join("python"))
            .arg(format!("matrix-synapse=={SYNAPSE_VERSION}")),
        log,
    )
}

fn install_with_pip(python: &Path, dir: &Path, log: &File) -> Result<(), String> {
    run_logged(Command::new(python).arg("-m").arg("venv").arg(dir), log)?;
    let py = dir.join("bin").join("python");
    run_logged(
        Command::new(&py)
            .args(["-m", "pip", "install", "--disable-pip-version-check", "--quiet"])
            .arg(format!("matrix-synapse=={SYNAPSE_VERSION}")),
        log,
    )?;
    // pip compiles bytecode itself; make sure nothing was left out.
    run_logged(
        Command::new(&py)
            .args(["-m", "compileall", "-q", "-j", "0"])
            .arg(dir.join("lib")),
        log,
    )
}

/// Removes `*.tmp-*` leftovers of killed installs (older than an hour).
fn clean_stale_tmp(root: &Path) {
    let Ok(entries) = fs::read_dir(root) else { return };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > Duration::from_secs(3600));
        if old && e.file_name().to_string_lossy().contains(".tmp-") {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

/// An exclusive lock file (created with `create_new`, holding our PID), removed on drop. Only
/// an optimisation: the venv is published by an atomic rename, so even two installers racing
/// after a wrongly broken lock leave a correct venv.
struct InstallLock(PathBuf);

impl InstallLock {
    /// `Ok(None)` if `ready()` became true while waiting for another installer.
    fn acquire(path: &Path, ready: &dyn Fn() -> bool) -> Result<Option<InstallLock>, String> {
        let deadline = Instant::now() + INSTALL_LOCK_TIMEOUT;
        let mut announced = false;
        loop {
            match OpenOptions::new().write(true).create_new(true).open(path) {
                Ok(mut f) => {
                    let _ = writeln!(f, "{}", std::process::id());
                    return Ok(Some(InstallLock(path.to_owned())));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    if ready() {
                        return Ok(None);
                    }
                    if lock_is_stale(path) {
                        progress(&format!("removing the stale lock {}", path.display()));
                        let _ = fs::remove_file(path);
                        continue;
                    }
                    if !announced {
                        announced = true;
                        progress(&format!(
                            "waiting for another process installing Synapse (lock {})",
                            path.display()
                        ));
                    }
                    if Instant::now() > deadline {
                        return Err(format!("timed out waiting for the install lock {}", path.display()));
                    }
                    std::thread::sleep(Duration::from_millis(250));
                }
                Err(e) => return Err(format!("cannot create the lock {}: {e}", path.display())),
            }
        }
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

fn lock_is_stale(path: &Path) -> bool {
    let age = fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .unwrap_or_default();
    if age > Duration::from_secs(20 * 60) {
        return true;
    }
    match fs::read_to_string(path).ok().and_then(|s| s.trim().parse::<u32>().ok()) {
        // Holder is gone (same PID namespace assumed; a wrong guess only costs a second install).
        Some(pid) => Path::new("/proc/self").exists() && !process_alive(pid),
        // Being written right now, or garbage.
        None => age > Duration::from_secs(30),
    }
}

/// Whether `pid` is a live (not zombie) process, from `/proc`.
pub fn process_alive(pid: u32) -> bool {
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}
