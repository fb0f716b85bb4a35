//! Time to claim: when an operator takes a case from the queue, the month's
//! `claim_minutes:<bucket>` counter adds one (minutes since the case opened); a refused claim
//! counts nothing. A new case counts its caller type (`caller:<role>`).

use super::{joined, Desk, ANNA, EVE};
use varco::conversation::DeskRoom;
use varco::store::Store;

fn claim_counters(d: &Desk) -> Vec<(String, u64)> {
    let counters = d.svc.store().counters().unwrap();
    counters
        .into_iter()
        .filter(|(k, _)| k.contains("|claim_minutes:"))
        .collect()
}

#[test]
fn a_claim_counts_its_minutes_since_the_case_opened() {
    let mut d = Desk::new();
    d.open_case(); // opened at 100
    d.say(DeskRoom::Case(1), EVE, "!claim", 100 + 7 * 60);
    assert!(claim_counters(&d).is_empty(), "a refused claim counts nothing");
    let (person, _) = d.say(DeskRoom::Case(1), ANNA, "!claim", 100 + 7 * 60);
    assert!(joined(&person).contains("a person is here for you now"), "{person:?}");
    assert_eq!(claim_counters(&d), vec![("1970-01|claim_minutes:5-15".to_owned(), 1)]);
}

#[test]
fn a_new_case_counts_its_caller_type() {
    let mut d = Desk::new();
    d.open_case();
    let counters = d.svc.store().counters().unwrap();
    let callers: Vec<_> = counters.iter().filter(|(k, _)| k.contains("|caller:")).collect();
    assert_eq!(callers.len(), 1, "{counters:?}");
    assert!(
        ["victim", "witness", "professional"]
            .iter()
            .any(|r| callers[0].0.ends_with(r)),
        "{callers:?}"
    );
}

/// The `/metrics` histogram sees the same claim, in seconds: 7 minutes fall in the
/// `le="600"` bucket. The registry is the process's, shared with the tests running beside
/// this one, so only what this claim adds is asserted (at least one claim of 420 s there).
#[test]
fn a_claim_is_observed_in_the_time_to_claim_histogram() {
    use varco::metrics::{CLAIM_BUCKETS, METRICS};
    let le_600 = CLAIM_BUCKETS.iter().position(|le| *le == 600).unwrap();
    let mut d = Desk::new();
    d.open_case(); // opened at 100
    let before = METRICS.read();
    d.say(DeskRoom::Case(1), ANNA, "!claim", 100 + 7 * 60);
    let after = METRICS.read();
    assert!(after.claim_buckets[le_600] > before.claim_buckets[le_600], "{after:?}");
    assert!(after.claim_sum_secs >= before.claim_sum_secs + 7 * 60, "{after:?}");
}
