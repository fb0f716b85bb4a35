//! The wall clock, in one place: seconds since the Unix epoch for turns, counters and
//! case times. It must not be read inside the pure engine (callers pass `now` in).

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
