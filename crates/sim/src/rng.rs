//! Keyed random streams and the few distributions the model draws from.
//!
//! Invariant: every random number is a pure function of (scenario seed,
//! customer id or month, event index, draw position). Streams are SplitMix64
//! (portable, documented output), seeded by a hash of the key, so the
//! programme run and its baseline twin read the same numbers for the same
//! customer event whatever else differs. Transcendental functions come from
//! `libm`, so native and wasm32 results are bit-identical.

use rand::{Rng, SeedableRng};
use rand_xoshiro::SplitMix64;

/// Domain tags keep the streams of different purposes apart.
#[derive(Clone, Copy)]
#[repr(u64)]
pub(crate) enum Domain {
    Traits = 1,
    Event = 2,
    Arrivals = 3,
    /// Draws of the later mechanics (club, bank card, coalition, gift cards
    /// at an occasion; the referral bonus at a month's end, keyed above any
    /// occasion index): a separate stream, so adding them moves no other draw.
    Extra = 4,
    /// The burn-in of day-0 customers before day 0 (`burn_in.rs`): a separate
    /// stream, so it moves no draw of the run.
    BurnIn = 5,
    /// An experiment's draws of uncertain assumptions (`experiment/`),
    /// keyed by the draw and the assumption: never read by a run.
    Experiment = 6,
    /// The posterior draws of a day-0 customer conditioned on a history
    /// (`history.rs`): a separate stream, so it moves no other draw.
    History = 7,
}

/// Mixes two words into one well-scrambled word (the SplitMix64 finaliser).
#[inline]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut z = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(23);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A short random stream for one key.
pub(crate) struct Stream(SplitMix64);

impl Stream {
    /// The stream for `(seed, domain, a, b)`.
    #[inline]
    pub(crate) fn new(seed: u64, domain: Domain, a: u64, b: u64) -> Self {
        let k = mix(mix(mix(seed, domain as u64), a), b);
        Stream(SplitMix64::seed_from_u64(k))
    }

    /// Uniform in [0, 1) with 53 random bits.
    #[inline]
    pub(crate) fn uniform(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in (0, 1], safe for logarithms.
    #[inline]
    pub(crate) fn uniform_pos(&mut self) -> f64 {
        1.0 - self.uniform()
    }

    /// Standard normal (Box-Muller, one of the pair).
    #[inline]
    pub(crate) fn normal(&mut self) -> f64 {
        let u1 = self.uniform_pos();
        let u2 = self.uniform();
        libm::sqrt(-2.0 * libm::log(u1)) * libm::cos(std::f64::consts::TAU * u2)
    }

    /// Exponential with the given mean.
    #[inline]
    pub(crate) fn exponential(&mut self, mean: f64) -> f64 {
        -libm::log(self.uniform_pos()) * mean
    }

    /// Gamma(shape, scale) by Marsaglia and Tsang (2000), with the boost for shape < 1.
    pub(crate) fn gamma(&mut self, shape: f64, scale: f64) -> f64 {
        if shape < 1.0 {
            let g = self.gamma(shape + 1.0, scale);
            return g * libm::pow(self.uniform_pos(), 1.0 / shape);
        }
        let d = shape - 1.0 / 3.0;
        let c = 1.0 / libm::sqrt(9.0 * d);
        // The acceptance rate is above 95 %; the cap only guards pathological input.
        for _ in 0..64 {
            let x = self.normal();
            let v = 1.0 + c * x;
            if v <= 0.0 {
                continue;
            }
            let v = v * v * v;
            let u = self.uniform_pos();
            if libm::log(u) < 0.5 * x * x + d - d * v + d * libm::log(v) {
                return d * v * scale;
            }
        }
        shape * scale
    }

    /// Beta(a, b) from two Gamma draws.
    pub(crate) fn beta(&mut self, a: f64, b: f64) -> f64 {
        let x = self.gamma(a, 1.0);
        let y = self.gamma(b, 1.0);
        if x + y > 0.0 {
            x / (x + y)
        } else {
            a / (a + b)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_keyed_and_repeatable() {
        let a: Vec<f64> = {
            let mut s = Stream::new(7, Domain::Event, 1, 2);
            (0..4).map(|_| s.uniform()).collect()
        };
        let b: Vec<f64> = {
            let mut s = Stream::new(7, Domain::Event, 1, 2);
            (0..4).map(|_| s.uniform()).collect()
        };
        let c: Vec<f64> = {
            let mut s = Stream::new(7, Domain::Event, 1, 3);
            (0..4).map(|_| s.uniform()).collect()
        };
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn gamma_and_beta_have_the_right_means() {
        let mut s = Stream::new(1, Domain::Traits, 0, 0);
        let n = 40_000;
        for &(shape, scale) in &[(0.5, 2.0), (1.0, 1.0), (3.0, 0.5)] {
            let mean: f64 = (0..n).map(|_| s.gamma(shape, scale)).sum::<f64>() / n as f64;
            let want = shape * scale;
            assert!(
                (mean - want).abs() < 0.05 * want,
                "gamma({shape},{scale}) mean {mean}"
            );
        }
        let mean: f64 = (0..n).map(|_| s.beta(2.0, 6.0)).sum::<f64>() / n as f64;
        assert!((mean - 0.25).abs() < 0.01, "beta mean {mean}");
        let mean: f64 = (0..n).map(|_| s.normal()).sum::<f64>() / n as f64;
        assert!(mean.abs() < 0.02, "normal mean {mean}");
    }
}
