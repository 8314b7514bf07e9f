//! The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987), beside
//! BG/NBD: while alive, a customer buys as a Poisson process of rate
//! lambda ~ Gamma(r, alpha); their lifetime is exponential with rate
//! mu ~ Gamma(s, beta), independent of their purchases (in BG/NBD a customer
//! can only drop out just after a purchase). Time is in weeks. The
//! likelihood is the one of Fader, Hardie & Lee's note "A note on deriving
//! the Pareto/NBD model and related expressions" (2005), eq. (22)-(24).
//!
//! Invariant: every function is pure; the log-likelihood is finite for
//! parameters > 0 and data with 0 <= t_x <= T, or -infinity where the 2F1
//! series cannot be summed (which the optimiser treats as an impossible
//! point).

use crate::optimize::{self, Fit};
use crate::special::{hyp2f1, ln_gamma};
use crate::summary::CustomerData;
use serde::Serialize;

/// The four Pareto/NBD parameters (weekly units).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ParetoNbd {
    /// Gamma shape of the purchase rate.
    pub r: f64,
    /// Gamma rate of the purchase rate, in weeks.
    pub alpha: f64,
    /// Gamma shape of the dropout rate.
    pub s: f64,
    /// Gamma rate of the dropout rate, in weeks.
    pub beta: f64,
}

/// Customers with the same (x, t_x, T), and how many.
#[derive(Clone, Copy, Debug)]
struct Group {
    x: u32,
    t_x: f64,
    t: f64,
    n: f64,
}

/// The calibration data compressed to distinct (x, t_x, T).
fn groups(customers: &[CustomerData]) -> Vec<Group> {
    let mut keys: Vec<(u32, u64, u64)> = customers
        .iter()
        .map(|c| (c.x, c.t_x.to_bits(), c.t.to_bits()))
        .collect();
    keys.sort_unstable();
    let mut out: Vec<Group> = Vec::new();
    for (x, t_x, t) in keys {
        match out.last_mut() {
            Some(g) if (g.x, g.t_x.to_bits(), g.t.to_bits()) == (x, t_x, t) => g.n += 1.0,
            _ => out.push(Group {
                x,
                t_x: f64::from_bits(t_x),
                t: f64::from_bits(t),
                n: 1.0,
            }),
        }
    }
    out
}

/// ln(e^u - e^v) for u >= v (-infinity when they are equal).
fn ln_diff(u: f64, v: f64) -> f64 {
    if v >= u {
        return f64::NEG_INFINITY;
    }
    u + libm::log(-libm::expm1(v - u))
}

/// ln(e^u + e^v).
fn ln_sum(u: f64, v: f64) -> f64 {
    let (hi, lo) = if u > v { (u, v) } else { (v, u) };
    if lo == f64::NEG_INFINITY {
        return hi;
    }
    hi + libm::log1p(libm::exp(lo - hi))
}

impl ParetoNbd {
    /// The parameters from a slice `[r, alpha, s, beta]`.
    pub fn from_slice(p: &[f64]) -> ParetoNbd {
        ParetoNbd {
            r: p[0],
            alpha: p[1],
            s: p[2],
            beta: p[3],
        }
    }

    /// The log-likelihood of one customer's (x, t_x, T).
    fn ln_l(&self, x: f64, t_x: f64, t: f64) -> Option<f64> {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let k = r + s + x;
        // A0 with the larger of alpha and beta, so that 0 <= z < 1.
        let (big, bb) = if alpha >= beta {
            (alpha, s + 1.0)
        } else {
            (beta, r + x)
        };
        let d = (alpha - beta).abs();
        let part = |u: f64| -> Option<f64> {
            let f = hyp2f1(k, bb, k + 1.0, d / (big + u))?;
            (f > 0.0).then(|| libm::log(f) - k * libm::log(big + u))
        };
        let ln_a0 = ln_diff(part(t_x)?, part(t)?);
        let first = -(r + x) * libm::log(alpha + t) - s * libm::log(beta + t);
        let second = libm::log(s) - libm::log(k) + ln_a0;
        Some(
            ln_gamma(r + x) - ln_gamma(r)
                + r * libm::log(alpha)
                + s * libm::log(beta)
                + ln_sum(first, second),
        )
    }

    /// The log-likelihood of the calibration data.
    pub fn log_likelihood(&self, customers: &[CustomerData]) -> f64 {
        self.grouped_log_likelihood(&groups(customers))
    }

    fn grouped_log_likelihood(&self, groups: &[Group]) -> f64 {
        let ParetoNbd { r, alpha, s, beta } = *self;
        if !(r > 0.0 && alpha > 0.0 && s > 0.0 && beta > 0.0) {
            return f64::NEG_INFINITY;
        }
        let mut ll = 0.0;
        for g in groups {
            match self.ln_l(g.x as f64, g.t_x, g.t) {
                Some(v) if v.is_finite() => ll += g.n * v,
                _ => return f64::NEG_INFINITY,
            }
        }
        ll
    }
}

/// Fits Pareto/NBD to the cohort by maximum likelihood from six starting
/// points (three purchase-rate shapes, two mean lifetimes).
pub fn fit(customers: &[CustomerData]) -> (ParetoNbd, Fit) {
    let data = groups(customers);
    let total_x: f64 = customers.iter().map(|c| c.x as f64).sum();
    let total_t: f64 = customers.iter().map(|c| c.t).sum();
    let rate = (total_x / total_t.max(1e-9)).max(1e-6);
    let mut starts = Vec::new();
    for r in [0.3, 1.0, 3.0] {
        // Mean weekly dropout rates of 1/20 and 1/100 weeks.
        for mu in [0.05, 0.01] {
            starts.push(vec![r, r / rate, 1.0, 1.0 / mu]);
        }
    }
    let ll = |p: &[f64]| ParetoNbd::from_slice(p).grouped_log_likelihood(&data);
    let fit = optimize::fit(&ll, &starts, &["r", "alpha", "s", "beta"]);
    (ParetoNbd::from_slice(&fit.params), fit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(x: u32, t_x: f64, t: f64) -> CustomerData {
        CustomerData {
            x,
            t_x,
            t,
            first_week: 0.0,
            holdout: 0,
            repeat_spend: None,
        }
    }

    #[test]
    fn with_no_dropout_the_likelihood_is_the_nbd_one() {
        // As s -> 0 (beta fixed), mu -> 0: nobody drops out, and the
        // likelihood is the NBD's, Gamma(r+x)/Gamma(r) (alpha/(alpha+T))^r
        // (1/(alpha+T))^x, whatever t_x is.
        let m = ParetoNbd {
            r: 0.5,
            alpha: 5.0,
            s: 1e-9,
            beta: 1.0,
        };
        let (x, t_x, t) = (3.0, 20.0, 39.0);
        let nbd = ln_gamma(0.5 + x) - ln_gamma(0.5) + 0.5 * libm::log(5.0 / (5.0 + t))
            - x * libm::log(5.0 + t);
        let ll = m.log_likelihood(&[customer(3, t_x, t)]);
        assert!((ll - nbd).abs() < 1e-6, "{ll} {nbd}");
    }

    /// ln of the integral of `f(ln lambda, ln mu)` against Gamma(r, alpha)
    /// x Gamma(s, beta) densities, by the midpoint rule in y = ln lambda
    /// and z = ln mu (smooth and fast-decaying in both tails).
    fn mixed(m: &ParetoNbd, f: impl Fn(f64, f64) -> f64) -> f64 {
        let (lo, hi, n) = (-14.0f64, 4.0f64, 900);
        let h = (hi - lo) / n as f64;
        // ln of the density of ln(rate) for a Gamma(shape, rate) rate.
        let ln_g = |y: f64, shape: f64, rate: f64| {
            shape * libm::log(rate) + shape * y - rate * libm::exp(y) - ln_gamma(shape)
        };
        let mut sum = 0.0;
        for i in 0..n {
            let y = lo + (i as f64 + 0.5) * h;
            let gy = ln_g(y, m.r, m.alpha);
            for j in 0..n {
                let z = lo + (j as f64 + 0.5) * h;
                sum += libm::exp(gy + ln_g(z, m.s, m.beta) + f(y, z));
            }
        }
        libm::log(sum * h * h)
    }

    #[test]
    fn the_closed_form_is_the_integral_over_both_rates() {
        // The likelihood is E over lambda ~ Gamma(r, alpha), mu ~ Gamma(s,
        // beta) of lambda^x [mu e^{-(lambda+mu) t_x} + lambda
        // e^{-(lambda+mu) T}] / (lambda + mu) (Fader, Hardie & Lee's note,
        // eq. 3): integrated numerically, with alpha above and below beta,
        // with and without repeat purchases. This pins the 2F1's
        // parameters and the 1/(r+s+x) factor of eq. 22-24.
        let cases = [
            (2.5, 4.0, 1.5, 6.0, 3, 12.0, 30.0),
            (2.5, 7.0, 1.5, 3.0, 3, 12.0, 30.0),
            (1.5, 3.0, 2.0, 9.0, 0, 0.0, 20.0),
            (1.5, 9.0, 2.0, 3.0, 5, 18.0, 26.0),
        ];
        for (r, alpha, s, beta, x, t_x, t) in cases {
            let m = ParetoNbd { r, alpha, s, beta };
            let xf = x as f64;
            let numeric = mixed(&m, |y, z| {
                let (l, u) = (libm::exp(y), libm::exp(z));
                let a = libm::log(u) - (l + u) * t_x;
                let b = y - (l + u) * t;
                xf * y + ln_sum(a, b) - libm::log(l + u)
            });
            let closed = m.log_likelihood(&[customer(x, t_x, t)]);
            assert!(
                (closed - numeric).abs() < 1e-6,
                "{:?}: closed {closed}, integral {numeric}",
                (r, alpha, s, beta, x, t_x, t)
            );
        }
    }

    #[test]
    fn alpha_above_and_below_beta_meet() {
        // The two forms of A0 agree where alpha and beta cross.
        let data = [customer(2, 10.0, 30.0), customer(0, 0.0, 25.0)];
        let at = |alpha: f64| {
            ParetoNbd {
                r: 0.6,
                alpha,
                s: 0.7,
                beta: 10.0,
            }
            .log_likelihood(&data)
        };
        let (below, above) = (at(10.0 - 1e-7), at(10.0 + 1e-7));
        assert!((below - above).abs() < 1e-5, "{below} {above}");
    }
}
