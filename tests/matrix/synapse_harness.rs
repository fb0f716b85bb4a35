//! Tests of the Synapse harness (`tests/support/synapse.rs`) against a real Synapse.

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::synapse::{enc, hmac_sha1, process_alive, sha1, Synapse, UserCreds};
use serde_json::{json, Value};

fn create_encrypted_room(s: &Synapse, creator: &UserCreds, invite: &[&str]) -> String {
    let body = json!({
        "preset": "private_chat",
        "name": "harness case room",
        "invite": invite,
        "initial_state": [{
            "type": "m.room.encryption", "state_key": "",
            "content": {"algorithm": "m.megolm.v1.aes-sha2"},
        }],
    });
    let v = s.call(
        "POST",
        "/_matrix/client/v3/createRoom",
        Some(&creator.access_token),
        Some(&body),
    );
    v["room_id"].as_str().expect("room_id").to_owned()
}

fn send_text(s: &Synapse, who: &UserCreds, room: &str, text: &str) -> (u16, Value) {
    let txn = Synapse::unique_name("txn");
    let path = format!("/_matrix/client/v3/rooms/{}/send/m.room.message/{txn}", enc(room));
    s.api(
        "PUT",
        &path,
        Some(&who.access_token),
        Some(&json!({"msgtype": "m.text", "body": text})),
    )
}

/// Syncs as `who` until an event with `event_id` shows up in `room`'s timeline.
fn sync_until_event(s: &Synapse, who: &UserCreds, room: &str, event_id: &str) -> Value {
    let filter = enc(&json!({"room": {"timeline": {"limit": 50}}}).to_string());
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut since = String::new();
    loop {
        let path = format!("/_matrix/client/v3/sync?timeout=2000&filter={filter}{since}");
        let v = s.call("GET", &path, Some(&who.access_token), None);
        let events = v["rooms"]["join"][room]["timeline"]["events"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if let Some(ev) = events.into_iter().find(|e| e["event_id"] == event_id) {
            return ev;
        }
        assert!(
            Instant::now() < deadline,
            "{} never saw {event_id} in {room}",
            who.user_id
        );
        since = format!("&since={}", enc(v["next_batch"].as_str().expect("next_batch")));
    }
}

#[test]
fn sha1_and_hmac_sha1_match_published_vectors() {
    let hex = |b: [u8; 20]| hex::encode(b);
    assert_eq!(hex(sha1(b"")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    assert_eq!(hex(sha1(b"abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
    assert_eq!(
        hex(sha1(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
    );
    assert_eq!(
        hex(sha1(&vec![b'a'; 1_000_000])),
        "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
    );
    // RFC 2202 test cases 1, 2 and 6.
    assert_eq!(
        hex(hmac_sha1(&[0x0b; 20], b"Hi There")),
        "b617318655057264e28bc0b6fb378c8ef146be00"
    );
    assert_eq!(
        hex(hmac_sha1(b"Jefe", b"what do ya want for nothing?")),
        "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
    );
    assert_eq!(
        hex(hmac_sha1(
            &[0xaa; 80],
            b"Test Using Larger Than Block-Size Key - Hash Key First"
        )),
        "aa4ae5e15272d00e95705637ce8a3b55ed402112"
    );
}

#[test]
fn shared_synapse_answers_versions() {
    let s = Synapse::shared();
    assert_eq!(s.server_name(), "localhost");
    assert!(s.base_url().starts_with("http://127.0.0.1:"), "{}", s.base_url());
    let (status, v) = s.api("GET", "/_matrix/client/versions", None, None);
    assert_eq!(status, 200, "{v}");
    assert!(
        v["versions"].as_array().is_some_and(|a| a.iter().any(|x| x == "v1.1")),
        "{v}"
    );
    assert!(std::ptr::eq(s, Synapse::shared()), "one instance per test binary");
}

#[test]
fn users_share_an_encrypted_room_and_see_messages_via_sync() {
    let s = Synapse::shared();
    let a = s.register(&Synapse::unique_name("alice"), "alice password", false);
    let bob = Synapse::unique_name("bob");
    let (bob_id, bob_pw) = s.register_user(&bob);
    assert_eq!(bob_id, s.user_id(&bob));
    let b = s.login(&bob, &bob_pw);
    assert_eq!(b.user_id, bob_id);
    assert_ne!(a.device_id, b.device_id);
    let me = s.call("GET", "/_matrix/client/v3/account/whoami", Some(&a.access_token), None);
    assert_eq!(me["user_id"], a.user_id.as_str());
    assert_eq!(me["device_id"], a.device_id.as_str());
    // register_user makes no device; login made exactly one.
    let devices = s.call("GET", "/_matrix/client/v3/devices", Some(&b.access_token), None);
    assert_eq!(devices["devices"].as_array().map(Vec::len), Some(1), "{devices}");

    let room = create_encrypted_room(s, &a, &[]);
    let enc_state = s.call(
        "GET",
        &format!("/_matrix/client/v3/rooms/{}/state/m.room.encryption/", enc(&room)),
        Some(&a.access_token),
        None,
    );
    assert_eq!(enc_state["algorithm"], "m.megolm.v1.aes-sha2");
    s.call(
        "POST",
        &format!("/_matrix/client/v3/rooms/{}/invite", enc(&room)),
        Some(&a.access_token),
        Some(&json!({"user_id": b.user_id})),
    );
    s.call(
        "POST",
        &format!("/_matrix/client/v3/join/{}", enc(&room)),
        Some(&b.access_token),
        Some(&json!({})),
    );
    // (The server does not enforce encryption: this plaintext goes through.)
    let (status, sent) = send_text(s, &a, &room, "hello from A");
    assert_eq!(status, 200, "{sent}");
    let event_id = sent["event_id"].as_str().expect("event_id");
    let ev = sync_until_event(s, &b, &room, event_id);
    assert_eq!(ev["sender"], a.user_id.as_str());
    assert_eq!(ev["content"]["body"], "hello from A");
}

#[test]
fn admin_flag_is_honoured() {
    let s = Synapse::shared();
    let admin = s.register(&Synapse::unique_name("admin"), "admin password", true);
    let plain = s.register(&Synapse::unique_name("plain"), "plain password", false);
    let path = |u: &UserCreds| format!("/_synapse/admin/v2/users/{}", enc(&u.user_id));
    let v = s.call("GET", &path(&plain), Some(&admin.access_token), None);
    assert_eq!(v["admin"], false, "{v}");
    let v = s.call("GET", &path(&admin), Some(&admin.access_token), None);
    assert_eq!(v["admin"], true, "{v}");
    let (status, _) = s.api("GET", &path(&admin), Some(&plain.access_token), None);
    assert_eq!(status, 403);
}

#[test]
fn rate_limits_do_not_get_in_the_way() {
    let s = Synapse::shared();
    let name = Synapse::unique_name("busy");
    let a = s.register(&name, "busy password", false);
    // Logins (default burst 5), room creations (10), invites (5 per user), messages (10).
    for _ in 0..12 {
        s.login(&name, "busy password");
    }
    let invitees: Vec<String> = (0..12)
        .map(|_| s.register_user(&Synapse::unique_name("guest")).0)
        .collect();
    let mut rooms = Vec::new();
    for _ in 0..12 {
        rooms.push(create_encrypted_room(s, &a, &[]));
    }
    for who in &invitees {
        let path = format!("/_matrix/client/v3/rooms/{}/invite", enc(&rooms[0]));
        s.call("POST", &path, Some(&a.access_token), Some(&json!({"user_id": who})));
    }
    let t0 = Instant::now();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|w| {
                let (a, room) = (&a, &rooms[0]);
                scope.spawn(move || {
                    (0..50)
                        .map(|i| send_text(s, a, room, &format!("burst {w}/{i}")).0)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|h| h.join().expect("sender thread"))
            .collect()
    });
    assert_eq!(statuses.len(), 200);
    assert!(statuses.iter().all(|&st| st == 200), "not all 200: {statuses:?}");
    eprintln!("200 messages in {:?}", t0.elapsed());
}

#[test]
fn restart_keeps_data_and_drop_cleans_up_even_when_panicking() {
    const DELIBERATE: &str = "deliberate panic to test Drop during unwinding";
    let mut seen: Option<(u32, PathBuf)> = None;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut s = Synapse::start();
        let a = s.register("carol", "carol password", false);
        let room = create_encrypted_room(&s, &a, &[]);
        let (status, sent) = send_text(&s, &a, &room, "before restart");
        assert_eq!(status, 200, "{sent}");
        let (port, pid) = (s.port(), s.pid().expect("running"));

        let t0 = Instant::now();
        s.restart();
        eprintln!("restart took {:?}", t0.elapsed());
        assert_eq!(s.port(), port);
        let new_pid = s.pid().expect("running again");
        assert_ne!(new_pid, pid);
        assert!(!process_alive(pid), "old Synapse still running");
        // The old token, the user, the room and its history survived.
        let me = s.call("GET", "/_matrix/client/v3/account/whoami", Some(&a.access_token), None);
        assert_eq!(me["user_id"], a.user_id.as_str());
        let again = s.login("carol", "carol password");
        let joined = s.call(
            "GET",
            "/_matrix/client/v3/joined_rooms",
            Some(&again.access_token),
            None,
        );
        assert!(
            joined["joined_rooms"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x == room.as_str())),
            "{joined}"
        );
        let path = format!("/_matrix/client/v3/rooms/{}/messages?dir=b&limit=20", enc(&room));
        let msgs = s.call("GET", &path, Some(&again.access_token), None);
        assert!(
            msgs["chunk"]
                .as_array()
                .is_some_and(|c| c.iter().any(|e| e["content"]["body"] == "before restart")),
            "{msgs}"
        );

        // stop() then restart() from stopped.
        s.stop();
        assert!(!s.is_running());
        assert!(s.try_api("GET", "/_matrix/client/versions", None, None).is_err());
        s.restart();
        assert_eq!(s.api("GET", "/_matrix/client/versions", None, None).0, 200);

        seen = Some((s.pid().expect("running"), s.data_dir().to_owned()));
        panic!("{DELIBERATE}");
    }));
    match outcome {
        Err(e) if e.downcast_ref::<String>().is_some_and(|m| m == DELIBERATE) => {}
        Err(e) => resume_unwind(e),
        Ok(()) => unreachable!(),
    }
    let (pid, dir) = seen.expect("reached the end");
    assert!(!process_alive(pid), "Synapse {pid} outlived its Synapse value");
    assert!(!dir.exists(), "{} was not removed", dir.display());
}

#[test]
fn failures_are_reported_fast_with_the_log() {
    // Synapse refusing its config: an error with the log, not a 60 s wait.
    let t0 = Instant::now();
    let err = match Synapse::try_start(json!({"database": {"name": "no-such-engine"}})) {
        Ok(_) => panic!("Synapse started with a bogus database engine"),
        Err(e) => e,
    };
    assert!(
        err.contains("exited before it was ready") && err.contains("no-such-engine"),
        "{err}"
    );
    assert!(t0.elapsed() < Duration::from_secs(20), "took {:?}", t0.elapsed());

    // Its port taken while it was stopped: restart() panics with the reason.
    let mut s = Synapse::start();
    s.stop();
    let squatter = std::net::TcpListener::bind(("127.0.0.1", s.port())).expect("take the port");
    let err = catch_unwind(AssertUnwindSafe(|| s.restart())).expect_err("restart on a taken port");
    let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(msg.contains("Address already in use"), "{msg}");
    drop(squatter);
    s.restart();
    assert_eq!(s.api("GET", "/_matrix/client/versions", None, None).0, 200);
}

#[tokio::test]
async fn usable_from_async_tests() {
    let s = Synapse::shared_async().await;
    // The blocking helpers need no runtime and are fine here too.
    let a = s.register(&Synapse::unique_name("async"), "async password", false);
    let me = s.call("GET", "/_matrix/client/v3/account/whoami", Some(&a.access_token), None);
    assert_eq!(me["user_id"], a.user_id.as_str());
}

const CHILD_ENV: &str = "VARCO_HARNESS_WATCHDOG_CHILD";

/// Not a test on its own: run as a child process by `shared_synapse_dies_with_the_test_binary`.
#[test]
fn helper_child_starting_the_shared_synapse() {
    let Ok(spec) = std::env::var(CHILD_ENV) else { return };
    let (mode, out) = spec.split_once(':').expect("MODE:PATH");
    let s = Synapse::shared();
    let tmp = format!("{out}.tmp");
    std::fs::write(
        &tmp,
        format!("{} {}", s.pid().expect("running"), s.data_dir().display()),
    )
    .expect("write");
    std::fs::rename(&tmp, out).expect("rename");
    // "exit": return (and so exit) once the parent has seen Synapse running; "hang": wait to
    // be SIGKILLed.
    let go = PathBuf::from(format!("{out}.go"));
    let deadline = Instant::now() + Duration::from_secs(if mode == "hang" { 600 } else { 60 });
    while !(mode == "exit" && go.exists()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// So that a failing test does not leave its child test binaries behind.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn shared_synapse_dies_with_the_test_binary() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("current_exe");
    // The harness names a test by its module path without the crate's name.
    let module = module_path!().split_once("::").map_or("", |(_, m)| m);
    let helper = format!("{module}::helper_child_starting_the_shared_synapse");
    let spawn = |mode: &str| {
        let out = tmp.path().join(mode);
        let child = Command::new(&exe)
            .args([helper.as_str(), "--exact", "--test-threads=1"])
            .env(CHILD_ENV, format!("{mode}:{}", out.display()))
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn the test binary");
        (KillOnDrop(child), out)
    };
    // "exit": the binary ends normally (the static is never dropped); "hang": it is SIGKILLed.
    let mut children = vec![spawn("exit"), spawn("hang")];
    for (KillOnDrop(child), out) in &mut children {
        let deadline = Instant::now() + Duration::from_secs(90);
        while !out.exists() {
            assert!(Instant::now() < deadline, "the child never started Synapse");
            if let Some(status) = child.try_wait().expect("try_wait") {
                panic!("the child exited ({status}) before starting Synapse");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let text = std::fs::read_to_string(&*out).expect("read");
        let (pid, dir) = text.split_once(' ').expect("PID DIR");
        let (pid, dir): (u32, PathBuf) = (pid.parse().expect("pid"), dir.into());
        assert!(process_alive(pid));
        if out.ends_with("hang") {
            child.kill().expect("SIGKILL the child");
        } else {
            std::fs::write(format!("{}.go", out.display()), "").expect("write go");
        }
        child.wait().expect("wait");
        let t0 = Instant::now();
        while process_alive(pid) || dir.exists() {
            assert!(
                t0.elapsed() < Duration::from_secs(10),
                "Synapse {pid} or {} outlived {}",
                dir.display(),
                out.display()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!(
            "{}: Synapse gone {:?} after the test binary",
            out.display(),
            t0.elapsed()
        );
    }
}
