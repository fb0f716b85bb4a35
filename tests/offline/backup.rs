//! `varco backup` / `varco restore` through the service API: conversations happen, a backup
//! is taken through the admin socket while turns keep being committed, it is restored into
//! an empty directory, and a person's next message continues there from the same node. The
//! file is sealed (no chat id, no key), refused when damaged, and a restore refuses a
//! non-empty directory or the wrong key.

use std::os::unix::fs::PermissionsExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::support::fixtures::{self, contains, drain, shown};
use varco::control;
use varco::conversation::{Handled, Helpline, Service};
use varco::store::backup::{self, BackupError, MAGIC};
use varco::store::{Error, MasterKey, SledStore};

const KEY: u8 = 3;
const CHAT: &str = "4242777";

fn service(store: Arc<SledStore>) -> Service<SledStore> {
    fixtures::service(store, Helpline::default())
}

fn say(svc: &Service<SledStore>, update: &str, text: &str) -> Vec<String> {
    let handled = svc
        .handle(&fixtures::text_in(CHAT, update, text, "en"), 1_790_000_000)
        .unwrap();
    assert!(matches!(handled, Handled::Turn(_)), "{update} was stepped");
    drain(svc.store().as_ref(), "telegram")
        .iter()
        .filter_map(|o| shown(&o.body))
        .collect()
}

#[test]
fn a_backup_taken_while_serving_restores_and_the_conversation_continues() {
    let dir = tempfile::tempdir().unwrap();
    let store = fixtures::sled_store(dir.path(), KEY);
    let live = Arc::new(service(store.clone()));
    say(&live, "u1", "hello");
    say(&live, "u2", "1");

    // Serving: the admin socket answers while another person's turns keep being committed.
    let socket = dir.path().join("varco.sock");
    let _admin = control::listen(&socket, store.clone()).unwrap();
    assert_eq!(std::fs::metadata(&socket).unwrap().permissions().mode() & 0o777, 0o600);
    let busy = Arc::new(AtomicBool::new(true));
    let writer = {
        let (live, busy) = (live.clone(), busy.clone());
        std::thread::spawn(move || {
            let mut n = 0;
            while busy.load(Ordering::SeqCst) || n < 20 {
                let inbound = fixtures::text_in("5151", &format!("w{n}"), "hello", "en");
                live.handle(&inbound, 1_790_000_000).unwrap();
                n += 1;
            }
        })
    };
    let bytes = control::request(&socket, control::BACKUP)
        .unwrap()
        .expect("serve answers");
    busy.store(false, Ordering::SeqCst);
    writer.join().unwrap();
    let file = dir.path().join("varco.backup");
    backup::write_backup_file(&file, &bytes).unwrap();
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(bytes.starts_with(MAGIC));
    assert!(!contains(&bytes, CHAT.as_bytes()), "no chat id in the clear");
    assert!(!contains(&bytes, &[KEY; 32]), "no key in the file");

    // Restore into an empty directory elsewhere; the same next message gets the same reply.
    let elsewhere = tempfile::tempdir().unwrap();
    let key = MasterKey::from_bytes([KEY; 32]);
    let restored_dir = elsewhere.path().join("store");
    let summary = backup::restore(&file, &restored_dir, &key).unwrap();
    assert!(summary.entries > 5, "{summary:?}");
    let restored = service(Arc::new(SledStore::open(&restored_dir, &key).unwrap()));
    // What was queued before (the other person's replies) is not what is compared.
    drain(restored.store().as_ref(), "telegram");
    drain(live.store().as_ref(), "telegram");
    let here = say(&restored, "u3", "1");
    let there = say(&live, "u3", "1");
    assert!(!here.is_empty());
    assert_eq!(here, there, "the restored conversation continues from the same node");
    assert_eq!(
        restored.handle(&fixtures::text_in(CHAT, "u2", "1", "en"), 0).unwrap(),
        Handled::Duplicate,
        "updates already stepped stay recognised"
    );
}

#[test]
fn restore_refuses_a_used_directory_a_wrong_key_and_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = fixtures::sled_store(dir.path(), KEY);
    say(&service(store.clone()), "u1", "hello");
    let file = dir.path().join("b");
    store.backup_to(&file).unwrap();
    let key = MasterKey::from_bytes([KEY; 32]);

    // Not into a directory that holds anything (here: the live store).
    let used = backup::restore(&file, &dir.path().join("store"), &key);
    assert!(matches!(used, Err(BackupError::NotEmpty(_))), "{used:?}");

    // Not with another key; and nothing is left behind.
    let target = dir.path().join("other");
    let wrong = backup::restore(&file, &target, &MasterKey::from_bytes([9; 32]));
    assert!(
        matches!(wrong, Err(BackupError::Store(Error::WrongKey { .. }))),
        "{wrong:?}"
    );
    assert_eq!(
        std::fs::read_dir(&target).unwrap().count(),
        0,
        "the failed restore left files"
    );

    // Not from a damaged file.
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    std::fs::write(&file, &bytes).unwrap();
    let damaged = backup::restore(&file, &target, &key);
    assert!(matches!(damaged, Err(BackupError::Invalid(..))), "{damaged:?}");
    assert!(backup::restore(&file, &target, &key)
        .unwrap_err()
        .to_string()
        .contains("checksum"));
}

fn run(args: &[&str]) -> std::process::Output {
    std::process::Command::new(fixtures::BIN)
        .args(args)
        .output()
        .expect("start varco")
}

fn config_file(dir: &std::path::Path, name: &str, store: &str) -> String {
    let path = dir.join(name);
    let d = dir.display();
    let toml = format!(
        "[store]\npath = \"{d}/{store}\"\nkey_file = \"{d}/store.key\"\n[admin]\nsocket = \"{d}/{store}.sock\"\n"
    );
    std::fs::write(&path, toml).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn cli_stats_report_and_backup_go_through_the_socket_while_serve_holds_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("store.key");
    assert!(run(&["keys", "generate", "--out", key_file.to_str().unwrap()])
        .status
        .success());
    let key = MasterKey::load(&key_file).unwrap();
    let store = Arc::new(SledStore::open(&dir.path().join("data"), &key).unwrap());
    let svc = service(store.clone());
    for chat in 0..6 {
        let inbound = fixtures::text_in(&format!("77{chat}"), &format!("c{chat}"), "hello", "en");
        svc.handle(&inbound, 1_790_000_000).unwrap();
    }
    let config = config_file(dir.path(), "varco.toml", "data");
    // As `serve` does: the store is locked by this process, the socket answers.
    let _admin = control::listen(&dir.path().join("data.sock"), store.clone()).unwrap();

    let out = run(&["stats", "--config", &config]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("2026-09") && l.contains("started") && l.ends_with(" 6")),
        "{table}"
    );

    let report = dir.path().join("r.csv");
    let args = [
        "stats", "report", "--config", &config, "--from", "2026-09", "--to", "2026-10", "--format", "csv",
    ];
    let out = run(&[&args[..], &["--out", report.to_str().unwrap()]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = std::fs::read_to_string(&report).unwrap();
    assert!(
        csv.contains("Conversations,started,2026-09,6\n") && csv.contains("Conversations,started,2026-10,<5\n"),
        "{csv}"
    );

    let file = dir.path().join("varco.backup");
    let out = run(&["backup", "--out", file.to_str().unwrap(), "--config", &config]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("from the running serve"));

    // Restore with the CLI; a second restore into the now used directory is refused in one line.
    let restored = config_file(dir.path(), "restored.toml", "restored");
    let from = file.to_str().unwrap();
    assert!(run(&["restore", "--from", from, "--config", &restored])
        .status
        .success());
    let again = run(&["restore", "--from", from, "--config", &restored]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr).into_owned();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("not empty"), "{err}");
    // No serve there: stats opens the restored store itself.
    let out = run(&["stats", "--config", &restored]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        table,
        "the restored store counts the same"
    );
}
