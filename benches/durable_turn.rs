//! Durable turns per second: `Service::handle` (dedupe, load + decrypt state, step, render
//! with Fluent, encrypt and commit state + outbox + update mark) followed by
//! `Store::flush`, after which a channel may acknowledge the update. (sled 0.34's flush
//! writes its log buffers and waits for them with `sync_file_range`, not `fsync`; see
//! BENCHMARKS.md.)
//!
//! `cargo bench --bench durable_turn`. Goal: ≥ 5,000 durable turns/s, group commit allowed
//! (see BENCHMARKS.md).
//!
//! Variants:
//! - `sled/flush_every_turn`: one turn, one flush.
//! - `sled/group_commit_64`: 64 turns from 64 different chats in one `Service::batch` (one
//!   store write), then one flush — what the Telegram channel does with a batch of updates.
//! - `sled/group_commit_64_unflushed`: the same 64 turns with the flush left out of the
//!   timing (it still happens, untimed), to split the turn's own cost from the flush's.
//! - `memory/group_commit_64`: the same against `MemoryStore` (keyed hashes but no
//!   AES-GCM, no disk), to show what sled + AES-GCM + flush add.
//!
//! Turns are spread over `CHATS` conversations, taken in turn; each conversation walks the
//! same scripted conversation as the engine benchmark, over and over (`/start` begins each
//! round after the first). Conversations are pre-warmed to staggered positions in the script
//! so every batch mixes every kind of turn. Update ids come from a counter, so no turn is a
//! duplicate. Delivering the outbox (as the adapter would, after the flush) is done outside
//! the timed region, then flushed, so the store stays at a steady size.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use varco::content::{Content, ContentPaths};
use varco::conversation::{Handled, Helpline, Inbound, Service};
use varco::flow::Input;
use varco::store::{ConvId, Delivered, MasterKey, MemoryStore, SledStore, Store};

/// Conversations the turns are spread over (a multiple of `BATCH`, so a batch never holds
/// two turns of one chat).
const CHATS: usize = 4096;
/// Turns per flush in the group-commit variants.
const BATCH: usize = 64;
const CHANNEL: &str = "telegram";

/// The engine benchmark's conversation: welcome, language, safety yes, victim, rights, a
/// topic, back, an out-of-range number, a button press, /menu.
const SCRIPT: [&str; 10] = ["Ciao", "1", "1", "1", "1", "1", "4", "9", "", "/menu"];
/// Index of the button press in `SCRIPT` (sent as `Input::Choice(0)`).
const BUTTON: usize = 8;

struct Rig<S: Store> {
    service: Service<S>,
    chats: Vec<String>,
    /// Turns each chat has had so far.
    turns: Vec<u32>,
    /// Next chat to write.
    cursor: usize,
    /// Source of unique update ids.
    next_update: u64,
    clock: u64,
}

impl<S: Store> Rig<S> {
    fn new(store: S) -> Rig<S> {
        let content = match Content::load(&ContentPaths::default()) {
            Ok(content) => content,
            Err(diagnostics) => panic!("embedded content does not load: {diagnostics:?}"),
        };
        let service = Service::new(
            Arc::new(content.flows),
            Arc::new(content.locales),
            Arc::new(content.directory),
            Arc::new(store),
            Helpline::default(),
        );
        let mut rig = Rig {
            service,
            // Telegram-like private chat ids.
            chats: (0..CHATS)
                .map(|c| (5_100_000_000u64 + 7919 * c as u64).to_string())
                .collect(),
            turns: vec![0; CHATS],
            cursor: 0,
            next_update: 1,
            clock: 1_760_000_000,
        };
        // Stagger: chat c starts the benchmark at script position c % 10 (round one), so
        // every batch of 64 consecutive chats mixes all ten kinds of turn.
        for c in 0..CHATS {
            for _ in 0..c % SCRIPT.len() {
                rig.turn(c);
            }
        }
        rig.deliver_all();
        rig
    }

    fn input(&self, chat: usize) -> Input {
        let n = self.turns[chat] as usize;
        match n % SCRIPT.len() {
            0 if n == 0 => Input::Text(SCRIPT[0].to_owned()),
            0 => Input::Text("/start".to_owned()),
            BUTTON => Input::Choice(0),
            i => Input::Text(SCRIPT[i].to_owned()),
        }
    }

    /// One committed (not flushed) turn of `chat`.
    fn turn(&mut self, chat: usize) {
        let inbound = self.inbound(chat);
        match self.service.handle(&inbound, self.clock) {
            Ok(handled) => check(handled, &inbound),
            Err(e) => panic!("turn failed: {e}"),
        }
    }

    /// `BATCH` turns of the next chats, written as a channel writes a batch of updates
    /// (`Service::batch`: one store write for the lot).
    fn batch(&mut self) {
        let inbounds: Vec<(Inbound, u64)> = (0..BATCH)
            .map(|_| {
                let chat = self.next_chat();
                (self.inbound(chat), self.clock)
            })
            .collect();
        let mut batch = self.service.batch();
        for (inbound, clock) in &inbounds {
            if let Err(e) = batch.handle(inbound, *clock) {
                panic!("turn failed: {e}");
            }
        }
        for (result, (inbound, _)) in batch.finish().into_iter().zip(&inbounds) {
            match result {
                Ok(handled) => check(handled, inbound),
                Err(e) => panic!("turn failed: {e}"),
            }
        }
    }

    /// The next update of `chat`, counted as sent.
    fn inbound(&mut self, chat: usize) -> Inbound {
        let inbound = Inbound {
            channel: CHANNEL.to_owned(),
            chat: self.chats[chat].clone(),
            update_id: self.next_update.to_string(),
            input: self.input(chat),
            lang_hint: Some("it".to_owned()),
            message_id: None,
            attachment: None,
        };
        self.next_update += 1;
        self.clock += 1;
        self.turns[chat] += 1;
        inbound
    }

    /// The next chat in the cycle.
    fn next_chat(&mut self) -> usize {
        let chat = self.cursor;
        self.cursor = (self.cursor + 1) % CHATS;
        chat
    }

    fn flush(&self) {
        if let Err(e) = self.service.store().flush() {
            panic!("flush failed: {e}");
        }
    }

    /// What the channel adapter does after the flush: send, and record what was delivered
    /// in one write (as Telegram's delivery does per round). Untimed, but its disk writes
    /// overlap the next timed batch, as they do in `serve`.
    fn deliver_all(&self) {
        let store = self.service.store();
        for channel in [CHANNEL, varco::conversation::OPERATORS] {
            let pending = match store.outbox_pending(channel, usize::MAX) {
                Ok(pending) => pending,
                Err(e) => panic!("outbox: {e}"),
            };
            let delivered: Vec<Delivered> = pending
                .into_iter()
                .map(|item| Delivered {
                    id: item.id,
                    // Only read with `sent` ids, which the bench does not track.
                    conv: ConvId([0; 32]),
                    sent: Vec::new(),
                })
                .collect();
            if let Err(e) = store.record_delivered(channel, &delivered, self.clock) {
                panic!("record delivered: {e}");
            }
        }
        self.flush();
    }

    /// `iters` × (one turn + flush); returns the time spent in turns and flushes only.
    fn flush_every_turn(&mut self, iters: u64) -> Duration {
        let mut timed = Duration::ZERO;
        for _ in 0..iters {
            let chat = self.next_chat();
            let start = Instant::now();
            self.turn(chat);
            self.flush();
            timed += start.elapsed();
            if self.cursor % BATCH == 0 {
                self.deliver_all();
            }
        }
        timed
    }

    /// `iters` × (`BATCH` turns of different chats + one flush); time spent in those only
    /// (in the turns alone if `time_flush` is false).
    fn group_commit(&mut self, iters: u64, time_flush: bool) -> Duration {
        let mut timed = Duration::ZERO;
        for _ in 0..iters {
            let start = Instant::now();
            self.batch();
            if time_flush {
                self.flush();
            }
            timed += start.elapsed();
            self.deliver_all();
        }
        timed
    }
}

/// A turn was stepped and committed, not taken for a duplicate.
fn check(handled: Handled, inbound: &Inbound) {
    match handled {
        Handled::Turn(ids) => {
            black_box(ids);
        }
        Handled::Duplicate => panic!("update {} deduplicated", inbound.update_id),
    }
}

fn sled_rig() -> (tempfile::TempDir, Rig<SledStore>) {
    // Under target/ rather than /tmp, which may be a tmpfs where fsync costs nothing.
    let dir = match tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")) {
        Ok(dir) => dir,
        Err(e) => panic!("temp dir: {e}"),
    };
    let store = match SledStore::open(&dir.path().join("store"), &MasterKey::from_bytes([7; 32])) {
        Ok(store) => store,
        Err(e) => panic!("open sled store: {e}"),
    };
    (dir, Rig::new(store))
}

fn bench_durable_turn(c: &mut Criterion) {
    let mut group = c.benchmark_group("durable_turn");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(10));

    {
        let (_dir, mut rig) = sled_rig();
        group.throughput(Throughput::Elements(1));
        group.bench_function("sled/flush_every_turn", |b| {
            b.iter_custom(|iters| rig.flush_every_turn(iters))
        });
    }
    {
        let (_dir, mut rig) = sled_rig();
        group.throughput(Throughput::Elements(BATCH as u64));
        group.bench_function("sled/group_commit_64", |b| {
            b.iter_custom(|iters| rig.group_commit(iters, true))
        });
    }
    {
        let (_dir, mut rig) = sled_rig();
        group.throughput(Throughput::Elements(BATCH as u64));
        group.bench_function("sled/group_commit_64_unflushed", |b| {
            b.iter_custom(|iters| rig.group_commit(iters, false))
        });
    }
    {
        let mut rig = Rig::new(MemoryStore::new());
        group.throughput(Throughput::Elements(BATCH as u64));
        group.bench_function("memory/group_commit_64", |b| {
            b.iter_custom(|iters| rig.group_commit(iters, true))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_durable_turn);
criterion_main!(benches);
