//! One retry policy for every channel: bounded exponential backoff with optional jitter.
//! It owns how long to wait after a number of consecutive failures; it must not sleep,
//! read a clock or know why something failed. The jitter's randomness can be injected
//! ([`Backoff::delay_with`]) so callers on simulated time stay deterministic.

use std::time::Duration;

use rand::Rng;

/// `first` after the first failure, doubling with each further one, never above `max`;
/// with jitter, each wait is scaled by a random factor in `1 ± jitter` (and still capped).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backoff {
    first: Duration,
    max: Duration,
    /// Fraction of the wait to spread it by, in `[0, 1)`: many clients failing together
    /// (a server restart) must not all come back in the same instant.
    jitter: f64,
}

impl Backoff {
    /// Without jitter.
    pub const fn new(first: Duration, max: Duration) -> Self {
        Backoff {
            first,
            max,
            jitter: 0.0,
        }
    }

    /// The same, with waits spread by `± fraction` (e.g. 0.25).
    pub const fn with_jitter(self, fraction: f64) -> Self {
        Backoff {
            jitter: fraction,
            ..self
        }
    }

    /// The longest wait.
    pub const fn max(&self) -> Duration {
        self.max
    }

    /// The wait after `failures` consecutive failures (1 for the first; 0 counts as 1),
    /// with jitter from the thread's random generator.
    pub fn delay(&self, failures: u32) -> Duration {
        self.delay_with(failures, &mut rand::thread_rng())
    }

    /// As [`Backoff::delay`], with jitter drawn from `rng`.
    pub fn delay_with(&self, failures: u32, rng: &mut impl Rng) -> Duration {
        let doublings = failures.saturating_sub(1).min(31);
        let base = self.first.saturating_mul(1u32 << doublings).min(self.max);
        if self.jitter <= 0.0 {
            return base;
        }
        let factor = rng.gen_range(1.0 - self.jitter..1.0 + self.jitter);
        base.mul_f64(factor).min(self.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    const SECOND: Duration = Duration::from_secs(1);

    #[test]
    fn without_jitter_it_doubles_to_the_cap() {
        let b = Backoff::new(SECOND, 60 * SECOND);
        let waits: Vec<u64> = (0..9).map(|n| b.delay(n).as_secs()).collect();
        assert_eq!(waits, [1, 1, 2, 4, 8, 16, 32, 60, 60]);
        assert_eq!(b.delay(u32::MAX), 60 * SECOND);
    }

    #[test]
    fn jitter_stays_within_its_band_and_under_the_cap() {
        let b = Backoff::new(Duration::from_millis(500), 60 * SECOND).with_jitter(0.25);
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..200 {
            let first = b.delay_with(1, &mut rng);
            assert!(first >= Duration::from_millis(375) && first < Duration::from_millis(625));
            let fourth = b.delay_with(4, &mut rng);
            assert!(fourth >= Duration::from_secs(3) && fourth < Duration::from_secs(5));
            assert!(b.delay_with(40, &mut rng) <= b.max());
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_waits() {
        let b = Backoff::new(SECOND, 60 * SECOND).with_jitter(0.25);
        let (mut r1, mut r2) = (StdRng::seed_from_u64(1), StdRng::seed_from_u64(1));
        let a: Vec<Duration> = (1..6).map(|n| b.delay_with(n, &mut r1)).collect();
        let c: Vec<Duration> = (1..6).map(|n| b.delay_with(n, &mut r2)).collect();
        assert_eq!(a, c);
    }
}
