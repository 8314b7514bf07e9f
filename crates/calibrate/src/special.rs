//! Special functions the models need: ln-gamma and ln-beta (from `libm`), and
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
