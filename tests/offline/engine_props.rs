//! Properties of the engine over arbitrary input: it never panics, and every input gets
//! an answer — a reply, a relay to the operator, or the quick exit the person asked for.

use proptest::prelude::*;

use crate::support::fixtures;
use varco::flow::{step, Effect, Flows, Input, MediaKind, State};

fn flows() -> &'static Flows {
    use std::sync::OnceLock;
    static FLOWS: OnceLock<Flows> = OnceLock::new();
    FLOWS.get_or_init(|| fixtures::shipped().flows)
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        // Numbers people type, in and out of range.
        (0u32..15).prop_map(|n| Input::Text(n.to_string())),
        Just(Input::Text("/start".into())),
        Just(Input::Text("/menu".into())),
        Just(Input::Text("/lang".into())),
        Just(Input::Text("/help".into())),
        Just(Input::Text("/operator".into())),
        Just(Input::Text("/exit".into())),
        Just(Input::Text("/nonsense".into())),
        Just(Input::Text(String::new())),
        Just(Input::Text("x".repeat(10_000))),
        any::<String>().prop_map(Input::Text),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(|b| Input::Text(String::from_utf8_lossy(&b).into_owned())),
        any::<u32>().prop_map(Input::Choice),
        (0u32..8).prop_map(Input::Choice),
        ("[0-9a-f]{0,8}", 0u32..8).prop_map(|(menu, index)| Input::Button { menu, index }),
        Just(Input::Media(MediaKind::Photo)),
        Just(Input::Media(MediaKind::Voice)),
    ]
}

fn answers(effects: &[Effect]) -> bool {
    effects.iter().any(|e| {
        matches!(
            e,
            Effect::Say(_) | Effect::AskChoice { .. } | Effect::Handoff { .. } | Effect::Relay(_) | Effect::Wipe { .. }
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_never_panics_and_always_answers(inputs in prop::collection::vec(input(), 1..40)) {
        let flows = flows();
        let mut state = State::default();
        for (i, input) in inputs.iter().enumerate() {
            let (next, effects) = step(flows, &state, input, 1_000 + i as u64);
            prop_assert!(answers(&effects), "no answer to {:?} in state {:?}: {:?}", input, state, effects);
            // A waiting position always names a node that exists.
            if let Some(at) = &next.at {
                prop_assert!(flows.lookup(at).is_some());
            }
            state = next;
        }
    }

    #[test]
    fn step_is_deterministic(inputs in prop::collection::vec(input(), 1..20)) {
        let flows = flows();
        let (mut a, mut b) = (State::default(), State::default());
        for input in &inputs {
            let (na, ea) = step(flows, &a, input, 7);
            let (nb, eb) = step(flows, &b, input, 7);
            prop_assert_eq!(&na, &nb);
            prop_assert_eq!(ea, eb);
            a = na;
            b = nb;
        }
    }
}

/// A saved conversation pointing at a node that a flow edit removed starts again instead of
/// failing.
#[test]
fn stale_position_restarts() {
    let flows = flows();
    let state = State {
        at: Some("main:no-such-node".into()),
        ..State::default()
    };
    let (next, effects) = step(flows, &state, &Input::Text("1".into()), 0);
    assert!(answers(&effects));
    assert!(next.at.is_some());
}

/// `/exit` from anywhere forgets everything the conversation held.
#[test]
fn quick_exit_forgets_state() {
    let flows = flows();
    let mut state = State::default();
    for text in ["hi", "1", "1", "1", "2", "Torino"] {
        state = step(flows, &state, &Input::Text(text.into()), 0).0;
    }
    assert!(!state.vars.is_empty());
    let (after, effects) = step(flows, &state, &Input::Text("/exit".into()), 0);
    assert_eq!(after, State::default());
    assert!(effects.iter().any(|e| matches!(e, Effect::Wipe { .. })));
}

/// A localized exit word alone is the quick exit, in any language; inside a sentence it is not.
#[test]
fn exit_words_are_the_quick_exit() {
    let flows = flows();
    for word in ["esci", "Exit", " QUIT "] {
        let mut state = State::default();
        state = step(flows, &state, &Input::Text("hi".into()), 0).0;
        let (after, effects) = step(flows, &state, &Input::Text(word.into()), 0);
        assert!(effects.iter().any(|e| matches!(e, Effect::Wipe { .. })), "{word}");
        assert_eq!(after, State::default());
    }
    let state = step(flows, &State::default(), &Input::Text("hi".into()), 0).0;
    let (_, effects) = step(flows, &state, &Input::Text("how do I exit this place".into()), 0);
    assert!(!effects.iter().any(|e| matches!(e, Effect::Wipe { .. })));
}

/// The state after asking for a person from the main menu, and the effects of that step.
fn waiting_for_a_person() -> State {
    let flows = flows();
    let mut state = State::default();
    for text in ["hi", "1", "1", "4"] {
        state = step(flows, &state, &Input::Text(text.into()), 0).0;
    }
    assert!(state.handoff.is_some(), "{state:?}");
    state
}

fn left_queue(effects: &[Effect]) -> bool {
    effects.iter().any(|e| matches!(e, Effect::LeaveQueue))
}

fn asked_to_leave(effects: &[Effect]) -> bool {
    effects.iter().any(
        |e| matches!(e, Effect::AskChoice { text, options, .. } if text.id == "sys-leave-ask" && options.len() == 2),
    )
}

/// `/menu` while waiting for an operator asks first; "keep waiting" keeps the request.
#[test]
fn menu_while_waiting_asks_before_leaving_and_can_keep_waiting() {
    let flows = flows();
    let (asked, effects) = step(flows, &waiting_for_a_person(), &Input::Text("/menu".into()), 1);
    assert!(asked_to_leave(&effects), "{effects:?}");
    assert!(!left_queue(&effects) && asked.handoff.is_some(), "{effects:?}");
    // The button and the typed number both answer it.
    for answer in [Input::Choice(0), Input::Text("1".into())] {
        let (kept, effects) = step(flows, &asked, &answer, 2);
        assert!(kept.handoff.is_some() && !left_queue(&effects), "{effects:?}");
        assert!(effects
            .iter()
            .any(|e| matches!(e, Effect::Say(t) if t.id == "sys-still-waiting")));
        // Asked again next time, not left at once.
        let (_, effects) = step(flows, &kept, &Input::Text("/menu".into()), 3);
        assert!(asked_to_leave(&effects) && !left_queue(&effects), "{effects:?}");
    }
}

/// "Go to the menu" (or a second `/menu`) ends the request and shows the menu; anything
/// else typed after the question still reaches the operator.
#[test]
fn menu_while_waiting_leaves_only_when_confirmed() {
    let flows = flows();
    let (asked, _) = step(flows, &waiting_for_a_person(), &Input::Text("/menu".into()), 1);
    for confirm in [Input::Choice(1), Input::Text("2".into()), Input::Text("/menu".into())] {
        let (left, effects) = step(flows, &asked, &confirm, 2);
        assert!(
            left.handoff.is_none() && left_queue(&effects),
            "{confirm:?}: {effects:?}"
        );
        assert!(left.at.is_some(), "the menu waits for a choice: {left:?}");
        assert!(effects
            .iter()
            .any(|e| matches!(e, Effect::AskChoice { text, .. } if text.id == "role-ask")));
    }
    let (relayed, effects) = step(flows, &asked, &Input::Text("are you there?".into()), 2);
    assert!(relayed.handoff.is_some() && !relayed.asked_to_leave, "{relayed:?}");
    assert!(
        matches!(&effects[..], [Effect::Relay(Input::Text(t))] if t == "are you there?"),
        "{effects:?}"
    );
}
