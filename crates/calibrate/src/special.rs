//! Special functions the models need: ln-gamma and ln-beta (from `libm`),
//! digamma and trigamma (for the likelihoods' exact derivatives), and
//! the Gaussian hypergeometric function 2F1 and the regularised incomplete
//! beta function (for the spend distribution), which no well-kept small
//! pure-Rust crate provides.
//!
//! Invariant: pure functions; `hyp2f1` never loops without bound and reports
//! where its series does not converge instead of returning a wrong number.

/// ln Γ(x) for x > 0 (`libm::lgamma_r`: the same bits native and wasm32).
pub fn ln_gamma(x: f64) -> f64 {
    libm::lgamma_r(x).0
}

/// ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b).
pub fn ln_beta(a: f64, b: f64) -> f64 {
    ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b)
}

/// The digamma function psi(x) = d/dx ln Gamma(x) for x > 0: the
/// recurrence psi(x) = psi(x + 1) - 1/x up to x >= 10, then the asymptotic
/// series ln x - 1/(2x) - sum B_2k / (2k x^2k) to x^-14 (error below 1e-16
/// there). NaN for x <= 0 or NaN.
pub fn digamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    let (mut x, mut shift) = (x, 0.0);
    while x < 10.0 {
        shift -= 1.0 / x;
        x += 1.0;
    }
    let z = 1.0 / (x * x);
    // B_2k / (2k): 1/12, -1/120, 1/252, -1/240, 1/132, -691/32760, 1/12.
    let tail = z
        * (1.0 / 12.0
            - z * (1.0 / 120.0
                - z * (1.0 / 252.0
                    - z * (1.0 / 240.0 - z * (1.0 / 132.0 - z * (691.0 / 32_760.0 - z / 12.0))))));
    shift + libm::log(x) - 0.5 / x - tail
}

/// The trigamma function psi'(x) = d^2/dx^2 ln Gamma(x) for x > 0: the
/// recurrence psi'(x) = psi'(x + 1) + 1/x^2 up to x >= 10, then the
/// asymptotic series 1/x + 1/(2x^2) + sum B_2k / x^(2k+1) to x^-17. NaN for
/// x <= 0 or NaN.
pub fn trigamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    let (mut x, mut shift) = (x, 0.0);
    while x < 10.0 {
        shift += 1.0 / (x * x);
        x += 1.0;
    }
    let z = 1.0 / (x * x);
    // B_2k: 1/6, -1/30, 1/42, -1/30, 5/66, -691/2730, 7/6, -3617/510.
    let tail = z
        * (1.0 / 6.0
            - z * (1.0 / 30.0
                - z * (1.0 / 42.0
                    - z * (1.0 / 30.0
                        - z * (5.0 / 66.0
                            - z * (691.0 / 2730.0 - z * (7.0 / 6.0 - z * 3617.0 / 510.0)))))));
    shift + (1.0 + 0.5 / x + tail) / x
}

/// Most terms the 2F1 series may sum.
const MAX_TERMS: usize = 1_000_000;

/// The Gaussian hypergeometric function 2F1(a, b; c; z) for -1 < z < 1 by its
/// power series, sum_n (a)_n (b)_n / ((c)_n n!) z^n.
///
/// Returns `None` when z is outside (-1, 1), c is zero or a negative integer,
/// or the series has not converged within a million terms (z very close to 1).
/// The models call it only in the Euler-transformed form
/// ([`crate::bgnbd`]) whose numerator parameters stay small, so its terms
/// shrink from the start and the sum never overflows.
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> Option<f64> {
    hyp2f1_within(a, b, c, z, MAX_TERMS)
}

/// [`hyp2f1`] with at most `max_terms` terms (`None` if it needs more):
/// for a likelihood evaluated many times, where a point whose series
/// converges that slowly (z near 1) is better treated as impossible than
/// summed for seconds.
pub fn hyp2f1_within(a: f64, b: f64, c: f64, z: f64, max_terms: usize) -> Option<f64> {
    if !(z > -1.0 && z < 1.0 && a.is_finite() && b.is_finite() && c.is_finite()) {
        return None;
    }
    if c <= 0.0 && c == c.floor() {
        return None;
    }
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 0..max_terms {
        let n = n as f64;
        term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        sum += term;
        if term == 0.0 {
            return Some(sum);
        }
        // Past the point where the terms shrink geometrically (ratio -> z),
        // the rest is below term * z / (1 - z).
        let ratio = ((a + n + 1.0) * (b + n + 1.0) / ((c + n + 1.0) * (n + 2.0)) * z).abs();
        if ratio < 1.0 && (term * ratio / (1.0 - ratio)).abs() <= 1e-16 * sum.abs() {
            return Some(sum);
        }
        if !sum.is_finite() {
            return None;
        }
    }
    None
}

/// The regularised incomplete beta function I_x(a, b) (the Beta(a, b)
/// distribution function at `x`) for a, b > 0, by the continued fraction of
/// Numerical Recipes (`betacf`, modified Lentz), on the side of the mean
/// where it converges fast. `None` for parameters outside that domain or a
/// fraction that does not settle in 10,000 steps.
pub fn beta_reg(a: f64, b: f64, x: f64) -> Option<f64> {
    if !(a > 0.0 && b > 0.0 && a.is_finite() && b.is_finite()) || x.is_nan() {
        return None;
    }
    if x <= 0.0 {
        return Some(0.0);
    }
    if x >= 1.0 {
        return Some(1.0);
    }
    let front = libm::exp(a * libm::log(x) + b * libm::log(1.0 - x) - ln_beta(a, b));
    if x < (a + 1.0) / (a + b + 2.0) {
        Some(front * beta_cf(a, b, x)? / a)
    } else {
        Some(1.0 - front * beta_cf(b, a, 1.0 - x)? / b)
    }
}

fn beta_cf(a: f64, b: f64, x: f64) -> Option<f64> {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..10_000 {
        let m = m as f64;
        let m2 = 2.0 * m;
        for aa in [
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ] {
            d = 1.0 + aa * d;
            if d.abs() < TINY {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if c.abs() < TINY {
                c = TINY;
            }
            d = 1.0 / d;
            h *= d * c;
        }
        // The last factor, d * c, is within 1e-15 of one.
        if (d * c - 1.0).abs() < 1e-15 {
            return Some(h);
        }
    }
    None
}

/// 2F1(1, b; c; z) = sum_n (b)_n / (c)_n z^n for 0 < b <= c and 0 <= z < 1,
/// in at most `max_terms` terms (`None` outside that domain or if it needs
/// more). Every term is positive and each is the last times (b+n)/(c+n) z,
/// a ratio that rises towards z, so what is left after a term is below
/// term z / (1 - z): the sum stops once that is within 1e-16 of it. One
/// division a term, where the general series ([`hyp2f1_within`]) takes two;
/// Pareto/NBD's Euler-transformed 2F1 is of this form.
pub fn hyp2f1_one(b: f64, c: f64, z: f64, max_terms: usize) -> Option<f64> {
    if !((0.0..1.0).contains(&z) && b > 0.0 && b <= c && c.is_finite()) {
        return None;
    }
    let tail = z / (1.0 - z);
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 0..max_terms {
        let n = n as f64;
        term *= (b + n) / (c + n) * z;
        sum += term;
        if term * tail <= 1e-16 * sum {
            return Some(sum);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(x: f64, y: f64, tol: f64) {
        assert!((x - y).abs() <= tol * y.abs().max(1.0), "{x} vs {y}");
    }

    #[test]
    fn ln_gamma_known_values() {
        close(ln_gamma(1.0), 0.0, 1e-15);
        close(ln_gamma(0.5), 0.5 * std::f64::consts::PI.ln(), 1e-14);
        close(ln_gamma(10.0), (362_880.0f64).ln(), 1e-14);
        close(ln_beta(2.0, 3.0), (1.0f64 / 12.0).ln(), 1e-14);
    }

    #[test]
    fn digamma_and_trigamma_known_values() {
        use std::f64::consts::{LN_2, PI};
        // Euler-Mascheroni.
        let euler = 0.577_215_664_901_532_9;
        close(digamma(1.0), -euler, 1e-15);
        close(digamma(0.5), -euler - 2.0 * LN_2, 1e-15);
        // psi(n + 1) = -gamma + H_n: H_20 = 3.597739657143682.
        close(digamma(21.0), -euler + 3.597_739_657_143_682, 1e-15);
        // psi(1/4) = -gamma - pi/2 - 3 ln 2; psi(100) (Abramowitz & Stegun).
        close(digamma(0.25), -euler - PI / 2.0 - 3.0 * LN_2, 1e-14);
        close(digamma(100.0), 4.600_161_852_738_087, 1e-15);
        close(trigamma(1.0), PI * PI / 6.0, 1e-15);
        close(trigamma(0.5), PI * PI / 2.0, 1e-15);
        close(trigamma(0.25), PI * PI + 8.0 * 0.915_965_594_177_219, 1e-14);
        // psi'(n + 1) = pi^2/6 - sum_{k<=n} 1/k^2.
        let s: f64 = (1..=30).map(|k| 1.0 / (k * k) as f64).sum();
        close(trigamma(31.0), PI * PI / 6.0 - s, 1e-14);
        // Large x: ln x - 1/(2x) and 1/x + 1/(2x^2) lead.
        close(digamma(1e8), (1e8f64).ln() - 0.5e-8, 1e-15);
        close(trigamma(1e8), 1e-8 + 0.5e-16, 1e-15);
        // The recurrence across the switch at 10, and tiny x ~ -1/x, 1/x^2.
        close(digamma(10.5) - digamma(9.5), 1.0 / 9.5, 1e-14);
        close(trigamma(9.5) - trigamma(10.5), 1.0 / (9.5 * 9.5), 1e-13);
        close(digamma(1e-9), -1e9 - euler, 1e-15);
        assert!(digamma(0.0).is_nan() && trigamma(-1.0).is_nan());
    }

    #[test]
    fn digamma_is_the_slope_of_ln_gamma() {
        for x in [0.3, 1.7, 6.25, 9.99, 10.01, 47.0, 3000.0] {
            let h = 1e-5 * x;
            let slope = (ln_gamma(x + h) - ln_gamma(x - h)) / (2.0 * h);
            assert!(
                (digamma(x) - slope).abs() < 1e-8 * slope.abs().max(1.0),
                "{x}"
            );
            let curve = (digamma(x + h) - digamma(x - h)) / (2.0 * h);
            assert!((trigamma(x) - curve).abs() < 1e-7 * curve, "{x}");
        }
    }

    #[test]
    fn hyp2f1_known_values() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        for z in [0.1, 0.5, 0.9, 0.99] {
            close(
                hyp2f1(1.0, 1.0, 2.0, z).unwrap(),
                -(1.0 - z).ln() / z,
                1e-12,
            );
        }
        // 2F1(a, b; b; z) = (1 - z)^-a
        close(
            hyp2f1(0.243, 2.426, 2.426, 0.7).unwrap(),
            0.3f64.powf(-0.243),
            1e-13,
        );
        // 2F1(1/2, 1/2; 3/2; x^2) = arcsin(x) / x
        for x in [0.3, 0.9, 0.99] {
            close(hyp2f1(0.5, 0.5, 1.5, x * x).unwrap(), x.asin() / x, 1e-11);
        }
        // 2F1(a, b; c; 0) = 1
        assert_eq!(hyp2f1(3.0, 4.0, 5.0, 0.0), Some(1.0));
        // 2F1(-2, b; c; z) is the polynomial 1 - 2bz/c + b(b+1)z^2/(c(c+1)).
        let (b, c, z) = (1.5, 2.5, 0.4);
        let poly = 1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0));
        close(hyp2f1(-2.0, b, c, z).unwrap(), poly, 1e-14);
    }

    #[test]
    fn beta_reg_known_values() {
        // I_x(1, b) = 1 - (1 - x)^b and I_x(a, 1) = x^a.
        for x in [0.01, 0.3, 0.7, 0.99] {
            close(
                beta_reg(1.0, 3.5, x).unwrap(),
                1.0 - (1.0 - x).powf(3.5),
                1e-13,
            );
            close(beta_reg(6.25, 1.0, x).unwrap(), x.powf(6.25), 1e-13);
        }
        // Symmetry: I_{1/2}(a, a) = 1/2, and I_x(a, b) = 1 - I_{1-x}(b, a).
        close(beta_reg(3.74, 3.74, 0.5).unwrap(), 0.5, 1e-13);
        close(
            beta_reg(6.25, 3.74, 0.8).unwrap(),
            1.0 - beta_reg(3.74, 6.25, 0.2).unwrap(),
            1e-13,
        );
        // I_x(2, 2) = 3x^2 - 2x^3 (a polynomial, by hand).
        close(beta_reg(2.0, 2.0, 0.3).unwrap(), 0.27 - 0.054, 1e-13);
        // I_{0.4}(5, 10) = P(Binomial(14, 0.4) >= 5) = 0.720743 (summed by hand).
        close(
            beta_reg(5.0, 10.0, 0.4).unwrap(),
            0.720_743_012_761_6,
            1e-12,
        );
        assert_eq!(beta_reg(2.0, 3.0, 0.0), Some(0.0));
        assert_eq!(beta_reg(2.0, 3.0, 1.0), Some(1.0));
        assert_eq!(beta_reg(0.0, 3.0, 0.5), None);
    }

    #[test]
    fn hyp2f1_refuses_what_it_cannot_sum() {
        assert_eq!(hyp2f1(1.0, 1.0, 2.0, 1.0), None);
        assert_eq!(hyp2f1(1.0, 1.0, 2.0, -1.0), None);
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z holds for negative z too.
        close(
            hyp2f1(1.0, 1.0, 2.0, -0.5).unwrap(),
            1.5f64.ln() / 0.5,
            1e-13,
        );
        assert_eq!(hyp2f1(1.0, 1.0, -1.0, 0.5), None);
        assert_eq!(hyp2f1(f64::NAN, 1.0, 2.0, 0.5), None);
    }
}
