//! Forgetting is cryptographic (issue 12): after the quick exit and the epoch change that
//! follows it, every byte of the sled files (old versions in sled's log included) is
//! decrypted with the master key and with every data key anything still holds — every
//! wrapped-key version found in the files, unwrapped with the epoch key the master key
//! opens — and nothing of that conversation is found; an epoch change cut short loses
//! nothing; a `/start` payload canary never reaches the store files nor the log at TRACE. It
//! must not depend on a platform double.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use aes::cipher::{BlockEncrypt, KeyInit};
use aes::Aes256;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::support::fixtures::{self, contains, files_under};
use varco::conversation::{Helpline, Service, OPERATORS};
use varco::store::{Cipher, MasterKey, SledStore, Store};

const MASTER: u8 = 9;

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    hex::encode(buf)
}

fn service(store: Arc<SledStore>) -> Service<SledStore> {
    fixtures::service(store, Helpline::default()).with_campaigns(["qr-torino".to_owned()])
}

/// Deliver everything queued, as the channels would (a wipe takes the tracked ids).
fn deliver_all(store: &SledStore, conv: varco::store::ConvId) {
    for channel in ["telegram", OPERATORS] {
        fixtures::drain(store, channel);
    }
    store.take_tracked(conv, u64::MAX / 2).unwrap();
    store.flush().unwrap();
}

/// The AES key a store key seals with (`Cipher`'s encryption subkey).
fn sealing_key(key: &[u8; 32]) -> Aes256 {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap();
    mac.update(b"varco/v1/encrypt");
    let sub: [u8; 32] = mac.finalize().into_bytes().into();
    Aes256::new(&sub.into())
}

/// First byte of a data key wrapped under an epoch key (the generation follows).
const EPOCH_WRAPPED: u8 = 0x45;
/// Header, then two sealed slots of 62 bytes (current, next).
const EPOCH_HEADER: usize = 16;
const EPOCH_SLOT: usize = 62;

/// The epoch keys the epoch file holds, opened with the master key `master`: (generation,
/// key), the current epoch first.
fn epoch_keys(path: &Path, master: &Cipher) -> Vec<(u8, [u8; 32])> {
    let bytes = std::fs::read(path.join("epoch.key")).expect("the epoch file");
    assert_eq!(bytes.len(), EPOCH_HEADER + 2 * EPOCH_SLOT);
    let mut out = Vec::new();
    for (at, name) in [(EPOCH_HEADER, &b"current"[..]), (EPOCH_HEADER + EPOCH_SLOT, b"next")] {
        let mut slot = bytes[at..at + EPOCH_SLOT].to_vec();
        if slot.iter().all(|&b| b == 0) {
            continue;
        }
        // The first byte names the master key's generation (2 after one rotation).
        slot[0] = 1;
        let plain = master
            .open("epoch", name, &slot)
            .expect("the epoch opens under the master key");
        out.push((plain[0], plain[1..].try_into().unwrap()));
    }
    out
}

/// The key a wrapped key holds under `epoch`, decrypted without its tag (`wrapped` is
/// `0x45`, generation, nonce, key, tag).
fn unwrap_untagged(epoch: &[u8; 32], wrapped: &[u8]) -> [u8; 32] {
    ctr_decrypt(&sealing_key(epoch), &wrapped[2..14], &wrapped[14..46])
        .try_into()
        .unwrap()
}

/// The master key, then every data key anyone holding it can reach: every live key in the
/// `keys` tree, and every wrapped-key version in the raw files (old ones left in sled's log
/// included) under an epoch the epoch file still holds.
fn stored_keys(path: &Path) -> Vec<[u8; 32]> {
    let master = [MASTER; 32];
    let cipher = Cipher::new(&MasterKey::from_bytes(master));
    let epochs = epoch_keys(path, &cipher);
    let mut keys = vec![master];
    {
        let db = loop {
            // sled frees its lock from a background thread just after the last handle drops.
            match ::sled::open(path) {
                Ok(db) => break db,
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        };
        for entry in db.open_tree("keys").unwrap().iter() {
            let (_, wrapped) = entry.unwrap();
            let (_, epoch) = epochs
                .iter()
                .find(|(g, _)| wrapped[..2] == [EPOCH_WRAPPED, *g])
                .expect("every live key is under an epoch the file holds");
            keys.push(unwrap_untagged(epoch, &wrapped));
        }
    }
    for (_, bytes) in read_files(path) {
        for o in 0..bytes.len().saturating_sub(61) {
            for (generation, epoch) in &epochs {
                if bytes[o] == EPOCH_WRAPPED && bytes[o + 1] == *generation {
                    keys.push(unwrap_untagged(epoch, &bytes[o..o + 62]));
                }
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Every file's bytes, decrypted from every place a sealed record may start (a key id byte
/// and a nonce) with every key in `keys`, as AES-GCM's counter mode would; the tag is not
/// checked, so a record's length need not be known. Returns the needles found, by file.
fn scan(files: &[(String, Vec<u8>)], keys: &[[u8; 32]], needles: &[&str]) -> Vec<String> {
    const WINDOW: usize = 4 * 1024;
    let master = [MASTER; 32];
    let ciphers: Vec<Aes256> = std::iter::once(&master)
        .chain(keys.iter().filter(|k| **k != master))
        .map(sealing_key)
        .collect();
    let mut found = Vec::new();
    for (name, bytes) in files {
        for needle in needles {
            if contains(bytes, needle.as_bytes()) {
                found.push(format!("{needle} in clear in {name}"));
            }
        }
        for o in 0..bytes.len().saturating_sub(1 + 12 + 16) {
            // The master key (first) seals records starting 1, data keys records starting 0x44.
            let with = match bytes[o] {
                1 => &ciphers[..1],
                0x44 => &ciphers[1..],
                _ => continue,
            };
            let nonce = &bytes[o + 1..o + 13];
            let body = &bytes[o + 13..bytes.len().min(o + 13 + WINDOW)];
            for aes in with {
                let plain = ctr_decrypt(aes, nonce, body);
                for needle in needles {
                    if contains(&plain, needle.as_bytes()) {
                        found.push(format!("{needle} sealed at {name}:{o}"));
                    }
                }
            }
        }
    }
    found
}

fn ctr_decrypt(aes: &Aes256, nonce: &[u8], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    for (i, chunk) in body.chunks(16).enumerate() {
        let mut block = [0u8; 16];
        block[..12].copy_from_slice(nonce);
        // GCM encrypts with counter 2 onwards (1 is for the tag).
        block[12..].copy_from_slice(&(i as u32 + 2).to_be_bytes());
        let mut block = block.into();
        aes.encrypt_block(&mut block);
        out.extend(chunk.iter().zip(block.iter()).map(|(c, k)| c ^ k));
    }
    out
}

fn read_files(path: &Path) -> Vec<(String, Vec<u8>)> {
    files_under(path)
        .into_iter()
        .map(|f| (f.display().to_string(), std::fs::read(&f).unwrap()))
        .collect()
}

/// A conversation with canaries in what the person writes, through a case, then `last`.
fn converse(svc: &Service<SledStore>, chat: &str, canary: &str, last: &str) {
    let texts = [
        "hello".to_owned(),
        "1".to_owned(),
        format!("my name is {canary}-name"),
        "1".to_owned(),
        format!("{canary}-story"),
        "/operator".to_owned(),
        format!("{canary}-in-case"),
        last.to_owned(),
    ];
    for (i, text) in texts.iter().enumerate() {
        svc.handle(&fixtures::text_in(chat, &format!("{chat}-u{i}"), text, "en"), 0)
            .unwrap();
    }
}

#[test]
fn after_the_quick_exit_no_key_the_store_holds_reads_anything_of_the_conversation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let canary = format!("CANARY{}", random_hex(8));
    let chat = format!("73{}", rand::random::<u32>() % 900_000_000 + 100_000_000);
    let needles = [
        format!("{canary}-name"),
        format!("{canary}-story"),
        format!("{canary}-in-case"),
        chat.clone(),
    ];
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    {
        let store = fixtures::sled_store(dir.path(), MASTER);
        converse(&service(store), &chat, &canary, "still here");
    }
    // Control: before the exit the same scan finds every canary and the chat id.
    let before = scan(&read_files(&path), &stored_keys(&path), &needles);
    for needle in &needles {
        assert!(
            before.iter().any(|f| f.starts_with(needle)),
            "{needle} not found: {before:#?}"
        );
    }
    let other = format!("OTHER{}", random_hex(8));
    {
        let store = fixtures::sled_store(dir.path(), MASTER);
        let svc = service(store.clone());
        svc.handle(&fixtures::text_in(&chat, "exit", "/exit", "en"), 0).unwrap();
        // Someone else's conversation stays readable.
        svc.handle(&fixtures::text_in("5550001", "o1", &other, "en"), 0)
            .unwrap();
        deliver_all(&store, store.conv_id("telegram", &chat));
        assert!(store.epoch_change_due(), "forgetting makes an epoch change due");
    }
    // The hole the epoch closes: until it changes, the destroyed key's old copies in
    // sled's log unwrap under the epoch key the master key opens.
    let before_change = scan(&read_files(&path), &stored_keys(&path), &needles);
    assert!(
        before_change.iter().any(|f| f.starts_with(needles[0])),
        "{before_change:#?}"
    );
    // Opening carries out the due change (`serve` does it in the background).
    drop(fixtures::sled_store(dir.path(), MASTER));
    let files = read_files(&path);
    let found = scan(&files, &stored_keys(&path), &needles);
    assert!(found.is_empty(), "{found:#?}");
    let control = scan(&files, &stored_keys(&path), &[&other]);
    assert!(!control.is_empty(), "the other conversation must still be readable");
}

/// What was queued before the exit (the case room's copy of the person's words) was sealed
/// under the conversation's key: the exit's epoch change puts it beyond reach before any
/// delivery, and no delivery ever sends it. The farewell, under a key of its own so that it
/// outlives the conversation's, is delivered after that change: its key dies under the new
/// epoch, so another change is due, and after it nothing of the conversation is found.
#[test]
fn what_was_queued_dies_with_the_exit_and_the_farewell_with_the_next_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let canary = format!("CANARY{}", random_hex(8));
    let needles = [format!("{canary}-in-case"), format!("{canary}-story")];
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    {
        let store = fixtures::sled_store(dir.path(), MASTER);
        converse(&service(store.clone()), "8123", &canary, "/exit");
        store
            .take_tracked(store.conv_id("telegram", "8123"), u64::MAX / 2)
            .unwrap();
        store.change_epoch().unwrap();
        assert!(!store.epoch_change_due());
        store.flush().unwrap();
    }
    let found = scan(&read_files(&path), &stored_keys(&path), &needles);
    assert!(
        found.is_empty(),
        "queued before the exit, readable after it: {found:#?}"
    );
    {
        let store = fixtures::sled_store(dir.path(), MASTER);
        let mut delivered = Vec::new();
        for channel in ["telegram", OPERATORS] {
            delivered.extend(fixtures::drain(&*store, channel));
        }
        assert!(!delivered.is_empty(), "the farewell is delivered");
        let words = serde_json::to_string(&delivered).unwrap();
        assert!(
            !words.contains(&canary),
            "a message queued before the exit was sent: {words}"
        );
        assert!(store.epoch_change_due(), "delivering the farewell");
        store.flush().unwrap();
    }
    // The open carries out the change that is due.
    drop(fixtures::sled_store(dir.path(), MASTER));
    let found = scan(&read_files(&path), &stored_keys(&path), &needles);
    assert!(found.is_empty(), "{found:#?}");
}

/// An epoch change stopped after every key is re-wrapped, before the epoch file drops the
/// old epoch (a crash there): the next open finishes it and nothing is lost; the
/// forgotten conversation is then beyond reach as after a whole change.
#[test]
fn an_epoch_change_cut_short_loses_nothing_and_is_finished_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let canary = format!("CANARY{}", random_hex(8));
    let chats: Vec<String> = (0..6).map(|i| format!("81{i}")).collect();
    let snapshot = |store: &SledStore| {
        let states: Vec<Option<Vec<u8>>> = chats
            .iter()
            .map(|c| store.load_state(store.conv_id("telegram", c)).unwrap())
            .collect();
        let pending = fixtures::pending(store, "telegram");
        (states, pending.len(), store.desk_entries("case/").unwrap())
    };
    let before = {
        let store = fixtures::sled_store(dir.path(), MASTER);
        let svc = service(store.clone());
        for chat in &chats {
            converse(&svc, chat, &format!("{chat}-kept"), "still here");
        }
        converse(&svc, "8999", &canary, "/exit");
        deliver_all(&store, store.conv_id("telegram", "8999"));
        let before = snapshot(&store);
        assert!(before.0.iter().all(Option::is_some));
        let done = store.change_epoch_until_rewrapped().unwrap();
        assert!(done.rewrapped > 0, "{done:?}");
        before
    };
    assert_eq!(
        epoch_keys(&path, &Cipher::new(&MasterKey::from_bytes([MASTER; 32]))).len(),
        2
    );
    let store = fixtures::sled_store(dir.path(), MASTER);
    assert!(!store.epoch_change_due(), "the open finished the change");
    assert_eq!(snapshot(&store), before);
    drop(store);
    assert_eq!(
        epoch_keys(&path, &Cipher::new(&MasterKey::from_bytes([MASTER; 32]))).len(),
        1
    );
    let found = scan(&read_files(&path), &stored_keys(&path), &[&format!("{canary}-story")]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_start_payload_canary_is_neither_stored_nor_logged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let canary = format!("canary-{}", random_hex(8));
    let log = Arc::new(Mutex::new(Vec::new()));
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer({
            let log = log.clone();
            move || LogWriter(log.clone())
        })
        .finish();
    let counters = tracing::subscriber::with_default(subscriber, || {
        let store = fixtures::sled_store(dir.path(), MASTER);
        let svc = service(store.clone());
        for (i, text) in [format!("/start {canary}"), "hello".into(), "/start qr-torino".into()]
            .iter()
            .enumerate()
        {
            svc.handle(&fixtures::text_in("4242", &format!("u{i}"), text, "en"), 0)
                .unwrap();
        }
        tracing::trace!("control line");
        let conv = store.conv_id("telegram", "4242");
        assert!(store.load_state(conv).unwrap().is_some());
        store.flush().unwrap();
        store.counters().unwrap()
    });
    let names: Vec<&str> = counters.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"1970-01|campaign:other"), "{names:?}");
    assert!(names.contains(&"1970-01|campaign:qr-torino"), "{names:?}");
    let log = log.lock().unwrap();
    assert!(contains(&log, b"control line"), "the log capture works");
    assert!(!contains(&log, canary.as_bytes()), "the payload reached the log");
    let files = read_files(&path);
    let found = scan(&files, &stored_keys(&path), &[&canary]);
    assert!(found.is_empty(), "{found:#?}");
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Key rotation while turns run: none fails, and afterwards the old key file is deleted and
/// the store, reopened on the new key alone, reads everything; the old key is refused.
#[test]
fn rotation_under_turns_then_the_old_key_is_not_needed() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let (old_file, new_file) = (dir.path().join("old.key"), dir.path().join("new.key"));
    MasterKey::generate_to_file(&old_file).unwrap();
    MasterKey::generate_to_file(&new_file).unwrap();
    let chats: Vec<String> = (0..8).map(|i| format!("90{i}")).collect();
    let snapshot = |store: &SledStore| {
        let states: Vec<Option<Vec<u8>>> = chats
            .iter()
            .map(|c| store.load_state(store.conv_id("telegram", c)).unwrap())
            .collect();
        (
            states,
            store.counters().unwrap(),
            fixtures::pending(store, "telegram").len(),
        )
    };
    let before = {
        let store = Arc::new(SledStore::open(&path, &MasterKey::load(&old_file).unwrap()).unwrap());
        let svc = Arc::new(service(store.clone()));
        for chat in &chats {
            svc.handle(
                &fixtures::text_in(chat, &format!("{chat}-0"), "/start qr-torino", "en"),
                0,
            )
            .unwrap();
        }
        let stop = Arc::new(AtomicBool::new(false));
        let turns = Arc::new(AtomicUsize::new(0));
        let workers: Vec<_> = chats
            .iter()
            .cloned()
            .map(|chat| {
                let (svc, stop, turns) = (svc.clone(), stop.clone(), turns.clone());
                std::thread::spawn(move || {
                    let mut i = 1;
                    while !stop.load(Ordering::SeqCst) || i < 4 {
                        let text = if i % 2 == 0 { "hello" } else { "1" };
                        svc.handle(&fixtures::text_in(&chat, &format!("{chat}-{i}"), text, "en"), 0)
                            .expect("no turn fails during the rotation");
                        turns.fetch_add(1, Ordering::SeqCst);
                        i += 1;
                    }
                })
            })
            .collect();
        fixtures::wait_until("turns running", std::time::Duration::from_secs(30), || {
            turns.load(Ordering::SeqCst) >= 8
        });
        SledStore::request_rotation(&path, &new_file).unwrap();
        assert!(store.rotation_requested());
        let done = store.rotate_if_requested().unwrap().expect("a rotation ran");
        assert!(done.resealed > 0, "{done:?}");
        assert!(!store.rotation_requested(), "the request is removed once done");
        stop.store(true, Ordering::SeqCst);
        for w in workers {
            w.join().expect("a worker failed a turn");
        }
        store.flush().unwrap();
        snapshot(&store)
    };
    let old = MasterKey::load(&old_file).unwrap();
    std::fs::remove_file(&old_file).unwrap();
    let store = SledStore::open(&path, &MasterKey::load(&new_file).unwrap()).unwrap();
    assert_eq!(snapshot(&store), before);
    assert!(before.0.iter().all(Option::is_some));
    drop(store);
    match SledStore::open(&path, &old) {
        Err(varco::store::Error::WrongKey { .. }) => {}
        other => panic!("the old key must be refused: {other:?}"),
    }
}

/// `varco keys rotate` re-seals the epoch file under the new master key: after it, the old
/// key opens neither the store nor the epoch that wraps its data keys.
#[test]
fn a_rotation_reseals_the_epoch_file_under_the_new_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let (old_file, new_file) = (dir.path().join("old.key"), dir.path().join("new.key"));
    let old = MasterKey::generate_to_file(&old_file).unwrap();
    let new = MasterKey::generate_to_file(&new_file).unwrap();
    let epoch = {
        let store = Arc::new(SledStore::open(&path, &old).unwrap());
        let svc = service(store.clone());
        for (i, text) in ["hello", "1"].iter().enumerate() {
            svc.handle(&fixtures::text_in("77", &format!("u{i}"), text, "en"), 0)
                .unwrap();
        }
        store.flush().unwrap();
        drop(svc);
        drop(store);
        epoch_keys(&path, &Cipher::new(&old))
    };
    SledStore::request_rotation(&path, &new_file).unwrap();
    // No serve holds the store: opening it carries the rotation out.
    drop(SledStore::open(&path, &old).unwrap());
    std::fs::remove_file(&old_file).unwrap();
    assert_eq!(
        epoch_keys(&path, &Cipher::new(&new)),
        epoch,
        "the same epoch, re-sealed"
    );
    let sealed = std::fs::read(path.join("epoch.key")).unwrap();
    let mut current = sealed[EPOCH_HEADER..EPOCH_HEADER + EPOCH_SLOT].to_vec();
    current[0] = 1;
    assert!(Cipher::new(&old).open("epoch", b"current", &current).is_err());
    let store = SledStore::open(&path, &new).unwrap();
    assert!(store.load_state(store.conv_id("telegram", "77")).unwrap().is_some());
}

/// What an epoch change costs: one re-wrap per live data key. Prints the time for 10,000
/// live conversations (`cargo test --test offline forgetting::an_epoch_change_over --
/// --nocapture`); no assertion on time.
#[test]
fn an_epoch_change_over_ten_thousand_live_keys() {
    use varco::store::{StateChange, Turn};
    const LIVE: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let store = fixtures::sled_store(dir.path(), MASTER);
    for i in 0..=LIVE {
        store
            .commit_turn(Turn {
                conv: store.conv_id("telegram", &format!("{i}")),
                update: None,
                state: StateChange::Set(vec![7; 200]),
                outbox: Vec::new(),
                track: Vec::new(),
                counters: Vec::new(),
                desk: Vec::new(),
            })
            .unwrap();
    }
    store.forget(store.conv_id("telegram", "0")).unwrap();
    store.flush().unwrap();
    let started = std::time::Instant::now();
    let done = store.change_epoch().unwrap();
    let took = started.elapsed();
    println!(
        "epoch change over {LIVE} live keys: {took:?} ({:.1} µs per key)",
        took.as_secs_f64() * 1e6 / LIVE as f64
    );
    assert_eq!(done.rewrapped, LIVE as u64);
    assert!(!store.epoch_change_due());
    assert!(store.load_state(store.conv_id("telegram", "42")).unwrap().is_some());
}

/// A damaged, truncated or missing epoch file: a clear error naming the file, never a
/// panic, and the store is not touched (put back, it opens again).
#[test]
fn a_damaged_or_missing_epoch_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let file = path.join("epoch.key");
    {
        let store = fixtures::sled_store(dir.path(), MASTER);
        service(store.clone())
            .handle(&fixtures::text_in("66", "u0", "hello", "en"), 0)
            .unwrap();
        store.flush().unwrap();
    }
    let good = std::fs::read(&file).unwrap();
    let mut flipped = good.clone();
    flipped[EPOCH_HEADER + 20] ^= 1;
    for (bytes, says) in [
        (Some(&good[..good.len() - 1]), "wrong size"),
        (Some(&flipped[..]), "does not open"),
        (None, "is missing"),
    ] {
        match bytes {
            Some(b) => std::fs::write(&file, b).unwrap(),
            None => std::fs::remove_file(&file).unwrap(),
        }
        let err = SledStore::open(&path, &MasterKey::from_bytes([MASTER; 32])).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("epoch.key") && text.contains(says), "{text}");
    }
    std::fs::write(&file, &good).unwrap();
    let store = fixtures::sled_store(dir.path(), MASTER);
    assert!(store.load_state(store.conv_id("telegram", "66")).unwrap().is_some());
}
