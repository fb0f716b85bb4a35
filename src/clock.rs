//! The wall clock, in one place: seconds since the Unix epoch for what is stored (message
//! ids tracked for the quick exit, monthly counters, turn times). It owns reading the
//! system time and must not be called from pure code: the flow engine and the delivery
//! scheduler take their `now` as an argument, so they can be tested on simulated time.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch (0 if the system clock is set before 1970).
pub fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_clock_is_past_2020() {
        assert!(super::now_secs() > 1_577_836_800);
    }
}
