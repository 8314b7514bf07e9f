//! Pareto/NBD's one 2F1, 2F1(k, b; k+1; z) with 0 <= z < 1, in the forms
//! whose series converge fast: Euler's transformation below z = 0.9, the
//! transformation to 1 - z above.
//!
//! Invariant: pure; `None` rather than a wrong number where a series
//! cannot be summed within [`TERMS`] terms.

use crate::special::{hyp2f1_one, hyp2f1_within, ln_gamma};

/// Most terms of one 2F1 series (the Euler-transformed one for z <= 0.9
/// needs at most about 350); a point that needs more counts as impossible,
/// which keeps a search that wanders to an edge from summing millions of
/// terms.
const TERMS: usize = 2_000;

/// ln 2F1(k, b; k+1; z) for k, b > 0 and 0 <= z < 1, the only 2F1 of
/// Pareto/NBD. Up to z = 0.9 it is Euler's transformation (Abramowitz &
/// Stegun 15.3.3), (1-z)^(1-b) 2F1(1, k+1-b; k+1; z), whose terms
/// ([`hyp2f1_one`]) shrink from the first by a ratio below z however large
/// b is (the direct series' terms first grow while n < bz/(1-z): hundreds
/// of them for a history of many repeats); the direct series only where
/// k+1-b <= 0, which Pareto/NBD never asks. Above z = 0.9 both converge
/// slowly (terms like z^n), so it uses the transformation to 1 - z (A & S
/// 15.3.6, with 2F1(k, b; b; w) = (1 - w)^-k):
/// Γ(k+1) Γ(1-b) / Γ(k+1-b) z^-k + k/(b-1) (1-z)^(1-b) 2F1(1, k+1-b; 2-b; 1-z),
/// whose series in 1 - z converges fast; not where b is within 1e-3 of an
/// integer (both parts blow up there), where the Euler form is summed.
/// `None` where it cannot be summed within `TERMS` (2,000) terms.
pub fn ln_hyp2f1_next(k: f64, b: f64, z: f64) -> Option<f64> {
    ln_hyp2f1_next_at(k, b, z, libm::log1p(-z))
}

/// [`ln_hyp2f1_next`] given `ln_1z` = ln(1 - z), shared by every end at
/// one time.
pub(super) fn ln_hyp2f1_next_at(k: f64, b: f64, z: f64, ln_1z: f64) -> Option<f64> {
    if z > 0.9 && (b - libm::round(b)).abs() > 1e-3 {
        let w = 1.0 - z;
        let series = hyp2f1_within(1.0, k + 1.0 - b, 2.0 - b, w, TERMS)?;
        let (ln_g, sign) = libm::lgamma_r(1.0 - b);
        let first = sign as f64
            * libm::exp(ln_gamma(k + 1.0) + ln_g - ln_gamma(k + 1.0 - b) - k * libm::log(z));
        let second = k / (b - 1.0) * libm::exp((1.0 - b) * libm::log(w)) * series;
        let f = first + second;
        return (f > 0.0 && f.is_finite()).then(|| libm::log(f));
    }
    if k + 1.0 - b > 0.0 {
        let f = hyp2f1_one(k + 1.0 - b, k + 1.0, z, TERMS)?;
        return Some((1.0 - b) * ln_1z + libm::log(f));
    }
    let f = hyp2f1_within(k, b, k + 1.0, z, TERMS)?;
    (f > 0.0).then(|| libm::log(f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::special::hyp2f1;

    #[test]
    fn the_transformed_2f1_is_the_series() {
        // Above z = 0.9, against the direct series summed to its end,
        // with b below 1, between integers and just off one.
        for (k, b) in [
            (0.9, 0.6),
            (3.5, 2.3),
            (40.0, 37.7),
            (1.2, 1.0021),
            (5.0, 1.6),
        ] {
            for z in [0.91, 0.97, 0.995] {
                let direct = libm::log(hyp2f1(k, b, k + 1.0, z).unwrap());
                let ours = ln_hyp2f1_next(k, b, z).expect("a number");
                assert!(
                    (ours - direct).abs() < 1e-10 * direct.abs().max(1.0),
                    "k={k} b={b} z={z}: {ours} vs {direct}"
                );
            }
        }
    }

    #[test]
    fn the_one_numerator_2f1_has_its_closed_forms() {
        // crate::special::hyp2f1_one, the series of the Euler-transformed
        // 2F1 (tested here, beside its one user).
        let close = |x: f64, y: f64, tol: f64| assert!((x - y).abs() <= tol * y, "{x} vs {y}");
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z, up to z = 0.99 (thousands of terms).
        for z in [0.1, 0.5, 0.9, 0.99] {
            close(
                hyp2f1_one(1.0, 2.0, z, 100_000).unwrap(),
                -libm::log1p(-z) / z,
                1e-14,
            );
        }
        // 2F1(1, b; b; z) = 1 / (1 - z): every ratio is z, the bound's edge.
        close(hyp2f1_one(2.5, 2.5, 0.7, 1_000).unwrap(), 1.0 / 0.3, 1e-15);
        // 2F1(1, 1/2; 3/2; x^2) = atanh(x) / x.
        for x in [0.3f64, 0.8, 0.95] {
            close(
                hyp2f1_one(0.5, 1.5, x * x, 10_000).unwrap(),
                libm::atanh(x) / x,
                1e-14,
            );
        }
        assert_eq!(hyp2f1_one(3.0, 4.0, 0.0, 10), Some(1.0));
        // Outside its domain (b > c, z outside [0, 1)), or too few terms.
        assert_eq!(hyp2f1_one(4.0, 3.0, 0.5, 1_000), None);
        assert_eq!(hyp2f1_one(1.0, 2.0, 1.0, 1_000), None);
        assert_eq!(hyp2f1_one(1.0, 2.0, -0.5, 1_000), None);
        assert_eq!(hyp2f1_one(1.0, 2.0, 0.9, 20), None);
    }

    #[test]
    fn the_euler_transformed_2f1_is_the_direct_series() {
        // Up to z = 0.9, against the direct series summed to its end
        // (where both converge), with b' = r+x up to a history of 90
        // repeats (the direct series' terms grow for ~bz/(1-z) terms
        // first) and b' = s+1; and two closed forms: 2F1(1, b; 2; z) =
        // ((1-z)^(1-b) - 1) / ((b-1) z) and 2F1(1/2, 1; 3/2; z) =
        // atanh(sqrt z) / sqrt z.
        for (k, b) in [
            (1.2, 0.6),
            (1.2, 1.6),
            (3.5, 2.3),
            (91.4, 90.6),
            (40.0, 1.9),
            (0.05, 1.01),
        ] {
            for z in [0.0, 0.05, 0.3, 0.67, 0.9] {
                let direct = libm::log(hyp2f1(k, b, k + 1.0, z).unwrap());
                let ours = ln_hyp2f1_next(k, b, z).expect("a number");
                assert!(
                    (ours - direct).abs() < 1e-13 * direct.abs().max(1.0),
                    "k={k} b={b} z={z}: {ours} vs {direct}"
                );
            }
        }
        for z in [0.2, 0.6, 0.9] {
            let b = 1.5;
            let closed = (libm::pow(1.0 - z, 1.0 - b) - 1.0) / ((b - 1.0) * z);
            let ours = ln_hyp2f1_next(1.0, b, z).unwrap();
            assert!((ours - libm::log(closed)).abs() < 1e-14, "z={z}");
            let closed = libm::atanh(libm::sqrt(z)) / libm::sqrt(z);
            let ours = ln_hyp2f1_next(0.5, 1.0, z).unwrap();
            assert!((ours - libm::log(closed)).abs() < 1e-14, "z={z}");
        }
    }
}
