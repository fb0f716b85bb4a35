//! Backup while serving, through the real `varco serve` and the Bot API double (issue 14,
//! item 5): a person is half way through a conversation, `varco backup` takes a snapshot
//! from the running serve (which holds the store lock), the snapshot is restored into an
//! empty directory, and a second serve over it continues the conversation from the same
//! node — the person's next answer gets the next question, not the welcome again. The
//! backup holds a consistent copy of the Matrix stores (`matrix.store_dir`: SQLite files as
//! matrix-sdk-sqlite lays them out, one being written all along) and the restore puts it
//! back, into an empty directory only.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::support::bot_api::BotApi;
use crate::support::fixtures::{wait_until, BIN};
use crate::support::serve_config::terminate;
use crate::telegram::Env;

const CHAT: i64 = 7301;

fn varco(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().expect("run varco")
}

/// The databases matrix-sdk-sqlite keeps in `store_dir`, and the sealed session beside them.
const CRYPTO_DB: &str = "matrix-sdk-crypto.sqlite3";
const STATE_DB: &str = "matrix-sdk-state.sqlite3";
const SESSION: &[u8] = b"sealed session bytes";

/// `[matrix]` off, its store directory in `dir`.
fn matrix_dir_section(dir: &Path) -> String {
    format!(
        "[matrix]\nenabled = false\nstore_dir = \"{}\"\n",
        dir.join("matrix").display()
    )
}

/// A Matrix store directory laid out as the SDK's (WAL-mode SQLite files, the session),
/// and a thread that keeps writing the crypto store until the flag drops.
fn live_matrix_store(dir: &Path, writing: Arc<AtomicBool>) -> std::thread::JoinHandle<i64> {
    let dir = dir.join("matrix");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("session"), SESSION).unwrap();
    for name in [CRYPTO_DB, STATE_DB] {
        let db = rusqlite::Connection::open(dir.join(name)).unwrap();
        db.pragma_update(None, "journal_mode", "wal").unwrap();
        db.execute_batch("CREATE TABLE kv (key BLOB PRIMARY KEY, value BLOB NOT NULL);")
            .unwrap();
    }
    let db = rusqlite::Connection::open(dir.join(CRYPTO_DB)).unwrap();
    std::thread::spawn(move || {
        let mut n = 0_i64;
        while writing.load(Ordering::SeqCst) || n < 50 {
            db.execute("INSERT INTO kv VALUES (?1, randomblob(512))", [n]).unwrap();
            n += 1;
        }
        n
    })
}

#[test]
fn a_backup_while_serving_restores_and_the_conversation_continues() {
    let api = BotApi::start();
    let first_dir = tempfile::tempdir().unwrap();
    let first = Env::new(&api, &matrix_dir_section(first_dir.path()));
    let writing = Arc::new(AtomicBool::new(true));
    let writer = live_matrix_store(first_dir.path(), writing.clone());
    let serve = first.start();
    api.push_text_lang(CHAT, "/start", Some("en"));
    api.push_text_lang(CHAT, "1", Some("en"));
    wait_until("the safety question", Duration::from_secs(20), || {
        api.texts_to(CHAT).iter().any(|t| t.contains("Can you write safely"))
    });

    let config = first.config.to_str().unwrap();
    let stats = varco(&["stats", "--config", config]);
    assert!(stats.status.success(), "stats while serving: {stats:?}");
    let file = first.dir.path().join("varco.backup");
    let backup = varco(&["backup", "--out", file.to_str().unwrap(), "--config", config]);
    assert!(backup.status.success(), "backup while serving: {backup:?}");
    let said = String::from_utf8_lossy(&backup.stdout);
    assert!(said.contains("from the running serve"), "{said}");
    assert!(said.contains("3 files of the matrix store"), "{said}");
    writing.store(false, Ordering::SeqCst);
    let written = writer.join().unwrap();
    terminate(serve);

    // Elsewhere: the same key (kept apart, restored from its own backup), an empty store.
    let second_dir = tempfile::tempdir().unwrap();
    let second = Env::new(&api, &matrix_dir_section(second_dir.path()));
    std::fs::copy(first.dir.path().join("store.key"), second.dir.path().join("store.key")).unwrap();
    let restore_args = [
        "restore",
        "--from",
        file.to_str().unwrap(),
        "--config",
        second.config.to_str().unwrap(),
    ];
    // A Matrix store directory that holds something is refused, before anything is written.
    let matrix = second_dir.path().join("matrix");
    std::fs::create_dir_all(&matrix).unwrap();
    std::fs::write(matrix.join("stray"), b"x").unwrap();
    let refused = varco(&restore_args);
    assert!(!refused.status.success(), "restore over a matrix store: {refused:?}");
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not empty"),
        "{refused:?}"
    );
    assert!(
        !second.dir.path().join("data").exists()
            || std::fs::read_dir(second.dir.path().join("data"))
                .unwrap()
                .next()
                .is_none()
    );
    std::fs::remove_dir_all(&matrix).unwrap();
    let restore = varco(&restore_args);
    assert!(restore.status.success(), "restore: {restore:?}");
    let said = String::from_utf8_lossy(&restore.stdout);
    assert!(said.contains("3 files of the matrix store"), "{said}");
    // The copies open; the crypto store holds what was committed when the backup was taken.
    assert_eq!(std::fs::read(matrix.join("session")).unwrap(), SESSION);
    let crypto = rusqlite::Connection::open(matrix.join(CRYPTO_DB)).unwrap();
    let check: String = crypto.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let rows: i64 = crypto.query_row("SELECT count(*) FROM kv", [], |r| r.get(0)).unwrap();
    assert!(rows > 0 && rows <= written, "{rows} of {written}");
    let state = rusqlite::Connection::open(matrix.join(STATE_DB)).unwrap();
    let empty: i64 = state.query_row("SELECT count(*) FROM kv", [], |r| r.get(0)).unwrap();
    assert_eq!(empty, 0);
    let serve = second.start();
    let before = api.texts_to(CHAT).len();
    api.push_text_lang(CHAT, "1", Some("en"));
    wait_until("the answer to the safety question", Duration::from_secs(20), || {
        api.texts_to(CHAT)[before..].iter().any(|t| t.starts_with("Good."))
    });
    let texts = api.texts_to(CHAT);
    assert_eq!(
        texts.iter().filter(|t| t.contains("Which language")).count(),
        1,
        "no new start: {texts:?}"
    );
    terminate(serve);
}
