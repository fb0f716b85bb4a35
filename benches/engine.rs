//! Engine steps per second: the pure `flow::step`, no rendering, no store.
//!
//! `cargo bench --bench engine`. Goal: ≥ 50,000 steps/s per core (see BENCHMARKS.md).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use varco::content::{Content, ContentPaths};
use varco::flow::{step, Flows, Input, State};

/// A fixed clock: the engine is pure, the value only lands in an opened case.
const NOW: u64 = 1_760_000_000;

/// A realistic conversation of a person writing for themselves, as typed on a terminal or
/// Telegram (numbers as text, one button press). Each input comes with the node the
/// conversation must wait at afterwards, so a change of the flows cannot silently turn the
/// benchmark into something else.
fn script() -> Vec<(Input, Option<&'static str>)> {
    let text = |t: &str| Input::Text(t.to_owned());
    vec![
        // A fresh conversation: any text → welcome + language choice.
        (text("Ciao"), Some("main:language")),
        // First language offered.
        (text("1"), Some("main:safety")),
        // "Yes, I can write safely" → who is writing.
        (text("1"), Some("main:role")),
        // "For myself" → victim flow intro + menu (sets role = victim).
        (text("1"), Some("victim:menu")),
        // Rights and ways out.
        (text("1"), Some("victim:rights")),
        // One topic (residence permit, four texts), then the rights menu again.
        (text("1"), Some("victim:rights")),
        // Back.
        (text("4"), Some("victim:menu")),
        // An out-of-range number: "choose a number" + the question again.
        (text("9"), Some("victim:menu")),
        // A button press (no free text): rights again.
        (Input::Choice(0), Some("victim:rights")),
        // Global command: back to the menu of the person's role (branch on `role`).
        (text("/menu"), Some("victim:menu")),
    ]
}

fn load_flows() -> Flows {
    match Content::load(&ContentPaths::default()) {
        Ok(content) => content.flows,
        Err(diagnostics) => panic!("embedded content does not load: {diagnostics:?}"),
    }
}

/// Replay the script once from a fresh state, checking where each step waits.
fn check_script(flows: &Flows, script: &[(Input, Option<&'static str>)]) -> State {
    let mut state = State::default();
    for (i, (input, expect)) in script.iter().enumerate() {
        let (next, effects) = step(flows, &state, input, NOW);
        assert!(!effects.is_empty(), "step {i} ({input:?}) produced no effects");
        assert_eq!(
            next.at.as_deref(),
            *expect,
            "step {i} ({input:?}) waits at the wrong node"
        );
        state = next;
    }
    state
}

fn bench_engine(c: &mut Criterion) {
    let flows = load_flows();
    let script = script();
    check_script(&flows, &script);
    let inputs: Vec<Input> = script.iter().map(|(input, _)| input.clone()).collect();

    let mut group = c.benchmark_group("engine");
    group.sample_size(50);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(5));

    // The whole scripted conversation, step after step, from a fresh state.
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("conversation_10_steps", |b| {
        b.iter(|| {
            let mut state = State::default();
            let mut effects = 0usize;
            for input in &inputs {
                let (next, fx) = step(black_box(&flows), &state, black_box(input), NOW);
                effects += fx.len();
                state = next;
            }
            black_box((state, effects))
        })
    });

    // One step on a choice node: waiting at the victim menu, pick "rights" (another
    // choice node), typed as a number and pressed as a button.
    let at_menu = {
        let (first, _) = script.split_at(4);
        check_script(&flows, first)
    };
    assert_eq!(at_menu.at.as_deref(), Some("victim:menu"));
    group.throughput(Throughput::Elements(1));
    for (name, input) in [
        ("choice_node_step/typed_number", Input::Text("1".into())),
        ("choice_node_step/button", Input::Choice(0)),
    ] {
        let (next, _) = step(&flows, &at_menu, &input, NOW);
        assert_eq!(next.at.as_deref(), Some("victim:rights"));
        group.bench_function(name, |b| {
            b.iter(|| step(black_box(&flows), black_box(&at_menu), black_box(&input), NOW))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_engine);
criterion_main!(benches);
