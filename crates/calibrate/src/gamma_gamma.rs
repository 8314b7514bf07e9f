//! The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV";
//! Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"): a
//! customer's transaction values are Gamma(p, nu) with nu ~ Gamma(q, gamma)
//! across customers, independent of how often they buy. Fitted on the mean
//! value of each customer's repeat occasions in the calibration period.
//!
//! Invariant: pure functions; the log-likelihood is -infinity outside the
//! parameter space, never NaN.

use crate::optimize::{self, Derivatives, Fit};
use crate::special::{digamma, ln_gamma, trigamma};
use crate::summary::CustomerData;
use serde::Serialize;

/// The three Gamma-Gamma parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GammaGamma {
    /// Gamma shape of one transaction's value.
    pub p: f64,
    /// Gamma shape of the rate nu across customers.
    pub q: f64,
    /// Gamma rate of nu across customers (currency units).
    pub gamma: f64,
}

impl GammaGamma {
    /// The parameters from `[p, q, gamma]`.
    pub fn from_slice(v: &[f64]) -> GammaGamma {
        GammaGamma {
            p: v[0],
            q: v[1],
            gamma: v[2],
        }
    }

    /// The log-likelihood of (mean repeat value, number of repeat occasions)
    /// pairs, sorted by the number of occasions ([`data`] sorts them).
    pub fn log_likelihood(&self, data: &[(f64, u32)]) -> f64 {
        let GammaGamma { p, q, gamma } = *self;
        if !(p > 0.0 && q > 0.0 && gamma > 0.0) {
            return f64::NEG_INFINITY;
        }
        let base = ln_gamma(q) - q * libm::log(gamma);
        let mut ll = 0.0;
        let mut last = (u32::MAX, 0.0);
        for &(m, x) in data {
            let xf = x as f64;
            let px = p * xf;
            // ln Gamma terms once per number of occasions.
            if last.0 != x {
                last = (
                    x,
                    ln_gamma(px + q) - ln_gamma(px) - base + px * libm::log(xf),
                );
            }
            ll += last.1 + (px - 1.0) * libm::log(m) - (px + q) * libm::log(gamma + m * xf);
        }
        ll
    }

    /// The population mean of customers' mean transaction value, p gamma / (q - 1)
    /// (infinite for q <= 1).
    pub fn mean_spend(&self) -> f64 {
        if self.q > 1.0 {
            self.p * self.gamma / (self.q - 1.0)
        } else {
            f64::INFINITY
        }
    }

    /// E[mean value | x occasions with mean m]: the customer's expected
    /// transaction value given their history (Fader & Hardie 2013, eq. 5).
    pub fn conditional_spend(&self, m: f64, x: u32) -> f64 {
        let GammaGamma { p, q, gamma } = *self;
        let x = x as f64;
        (gamma + m * x) * p / (p * x + q - 1.0)
    }
}

/// The spend data: (mean repeat value, repeat occasions) of every customer with one,
/// sorted by the number of occasions.
pub fn data(customers: &[CustomerData]) -> Vec<(f64, u32)> {
    let mut d: Vec<(f64, u32)> = customers.iter().filter_map(|c| c.repeat_spend).collect();
    d.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.total_cmp(&b.0)));
    d
}

/// Above this many customers the starting points are searched on an even
/// sample of this many (every k-th), then the best is polished on all.
pub const SCREEN: usize = 10_000;

/// The data a search from the starting points uses: all of it up to
/// [`SCREEN`] customers, else every k-th (still sorted by occasions).
pub fn screen_sample<T: Copy>(data: &[T]) -> Option<Vec<T>> {
    (data.len() > SCREEN).then(|| {
        let k = data.len().div_ceil(SCREEN);
        data.iter().step_by(k).copied().collect()
    })
}

/// Fits the Gamma-Gamma model from five starting points.
pub fn fit(data: &[(f64, u32)]) -> (GammaGamma, Fit) {
    let n = data.len().max(1) as f64;
    let mean = (data.iter().map(|d| d.0).sum::<f64>() / n).max(1e-6);
    let mut starts = Vec::new();
    for (p, q) in [(1.0, 1.5), (1.0, 5.0), (5.0, 3.0), (10.0, 10.0), (0.5, 2.0)] {
        // gamma so that p gamma / (q - 1) is near the observed mean.
        let gamma = mean * (q - 1.0_f64).max(0.5) / p;
        starts.push(vec![p, q, gamma]);
    }
    let full = Spend::new(data);
    let ll = |v: &[f64]| GammaGamma::from_slice(v).log_likelihood_of(&full);
    let exact = |v: &[f64]| GammaGamma::from_slice(v).derivatives(&full);
    let names = ["p", "q", "gamma"];
    let fit = match screen_sample(data) {
        None => optimize::fit_newton(&ll, &exact, &ll, Some(&exact), &starts, &names, 0.5),
        Some(sample) => {
            let sample = Spend::new(&sample);
            let screen = |v: &[f64]| GammaGamma::from_slice(v).log_likelihood_of(&sample);
            let on_sample = |v: &[f64]| GammaGamma::from_slice(v).derivatives(&sample);
            optimize::fit_newton(&ll, &exact, &screen, Some(&on_sample), &starts, &names, 0.1)
        }
    };
    (GammaGamma::from_slice(&fit.params), fit)
}

/// The spend data with what does not depend on the parameters computed once:
/// per number of occasions x, how many customers and the sum of ln m.
#[derive(Clone, Debug)]
pub struct Spend<'a> {
    data: &'a [(f64, u32)],
    /// (x, customers, sum of ln m) for each distinct x, in order.
    groups: Vec<(u32, f64, f64)>,
}

impl<'a> Spend<'a> {
    /// `data` sorted by occasions, as [`data`] gives it.
    pub fn new(data: &'a [(f64, u32)]) -> Spend<'a> {
        let mut groups: Vec<(u32, f64, f64)> = Vec::new();
        for &(m, x) in data {
            let ln_m = libm::log(m);
            match groups.last_mut() {
                Some(g) if g.0 == x => {
                    g.1 += 1.0;
                    g.2 += ln_m;
                }
                _ => groups.push((x, 1.0, ln_m)),
            }
        }
        Spend { data, groups }
    }
}

impl GammaGamma {
    /// [`GammaGamma::log_likelihood`] with the fixed terms summed once (the
    /// same number up to rounding; one logarithm per customer instead of two).
    pub fn log_likelihood_of(&self, s: &Spend) -> f64 {
        let GammaGamma { p, q, gamma } = *self;
        if !(p > 0.0 && q > 0.0 && gamma > 0.0) {
            return f64::NEG_INFINITY;
        }
        let base = ln_gamma(q) - q * libm::log(gamma);
        let mut ll = 0.0;
        for &(x, n, sum_ln_m) in &s.groups {
            let xf = x as f64;
            let px = p * xf;
            ll += n * (ln_gamma(px + q) - ln_gamma(px) - base + px * libm::log(xf))
                + (px - 1.0) * sum_ln_m;
        }
        for &(m, x) in s.data {
            let xf = x as f64;
            ll -= (p * xf + q) * libm::log(gamma + m * xf);
        }
        ll
    }
}

impl GammaGamma {
    /// [`GammaGamma::log_likelihood_of`] with its exact gradient and Hessian
    /// in the log-parameters (ln p, ln q, ln gamma). Per customer with x
    /// occasions of mean m the log-likelihood is ln G(px+q) - ln G(px) -
    /// ln G(q) + q ln gamma + px ln x + (px-1) ln m - (px+q) ln(gamma + m x);
    /// its derivatives need, per x, the sums of ln(gamma + m x), 1/(gamma + m x)
    /// and its square, and digamma and trigamma at px + q, px and q.
    /// `None` outside the parameter space.
    pub fn derivatives(&self, s: &Spend) -> Option<Derivatives> {
        let GammaGamma { p, q, gamma } = *self;
        if !(p > 0.0 && q > 0.0 && gamma > 0.0) {
            return None;
        }
        let ln_g = libm::log(gamma);
        let base = ln_gamma(q) - q * ln_g;
        let (psi_q, tri_q) = (digamma(q), trigamma(q));
        let (mut g, mut h, mut ll) = ([0.0; 3], [[0.0; 3]; 3], 0.0);
        let mut rest = s.data;
        for &(x, n, sum_ln_m) in &s.groups {
            let (run, tail) = rest.split_at(n as usize);
            rest = tail;
            let xf = x as f64;
            let (mut s0, mut s1, mut s2) = (0.0, 0.0, 0.0);
            for &(m, _) in run {
                let v = gamma + m * xf;
                let iv = 1.0 / v;
                s0 += libm::log(v);
                s1 += iv;
                s2 += iv * iv;
            }
            let (px, ln_x) = (p * xf, libm::log(xf));
            let (psi_pq, psi_p) = (digamma(px + q), digamma(px));
            let (tri_pq, tri_p) = (trigamma(px + q), trigamma(px));
            ll += n * (ln_gamma(px + q) - ln_gamma(px) - base + px * ln_x) + (px - 1.0) * sum_ln_m
                - (px + q) * s0;
            g[0] += xf * (n * (psi_pq - psi_p + ln_x) + sum_ln_m - s0);
            g[1] += n * (psi_pq - psi_q + ln_g) - s0;
            g[2] += n * q / gamma - (px + q) * s1;
            h[0][0] += n * xf * xf * (tri_pq - tri_p);
            h[0][1] += n * xf * tri_pq;
            h[0][2] -= xf * s1;
            h[1][1] += n * (tri_pq - tri_q);
            h[1][2] += n / gamma - s1;
            h[2][2] += (px + q) * s2 - n * q / (gamma * gamma);
        }
        let h: Vec<Vec<f64>> = (0..3)
            .map(|i| (0..3).map(|j| h[i.min(j)][i.max(j)]).collect())
            .collect();
        Some(Derivatives::from_natural(ll, &[p, q, gamma], &g, &h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditional_spend_shrinks_towards_the_mean() {
        let m = GammaGamma {
            p: 6.25,
            q: 3.74,
            gamma: 15.44,
        };
        let pop = m.mean_spend();
        assert!((pop - 6.25 * 15.44 / 2.74).abs() < 1e-12);
        // One purchase of 100 is pulled towards the population mean; many are not.
        let one = m.conditional_spend(100.0, 1);
        let many = m.conditional_spend(100.0, 200);
        assert!(
            pop < one && one < many && many < 100.0,
            "{pop} {one} {many}"
        );
        assert!((m.conditional_spend(pop, 3) - pop).abs() < 1e-9 * pop);
    }

    #[test]
    fn the_fast_log_likelihood_is_the_plain_one() {
        let m = GammaGamma {
            p: 6.25,
            q: 3.74,
            gamma: 15.44,
        };
        let d = [(12.5, 1), (30.0, 1), (8.0, 2), (45.0, 5), (17.25, 5)];
        let (plain, fast) = (m.log_likelihood(&d), m.log_likelihood_of(&Spend::new(&d)));
        assert!((plain - fast).abs() < 1e-10 * plain.abs(), "{plain} {fast}");
    }

    #[test]
    fn the_exact_derivatives_are_the_slopes_of_the_likelihood() {
        let d = [
            (12.5, 1),
            (30.0, 1),
            (8.0, 2),
            (45.0, 5),
            (17.25, 5),
            (3.0, 9),
        ];
        let spend = Spend::new(&d);
        let ll = |u: &[f64]| {
            let v: Vec<f64> = u.iter().map(|x| x.exp()).collect();
            GammaGamma::from_slice(&v).log_likelihood_of(&spend)
        };
        for m in [[6.25, 3.74, 15.44], [0.7, 12.0, 300.0]] {
            let exact = GammaGamma::from_slice(&m).derivatives(&spend).unwrap();
            let u = [m[0].ln(), m[1].ln(), m[2].ln()];
            optimize::assert_is_the_finite_differences(&exact, &ll, &u);
        }
        assert_eq!(
            GammaGamma::from_slice(&[1.0, 0.0, 1.0]).derivatives(&spend),
            None
        );
    }

    #[test]
    fn log_likelihood_is_minus_infinity_outside() {
        let m = GammaGamma {
            p: -1.0,
            q: 3.0,
            gamma: 1.0,
        };
        assert_eq!(m.log_likelihood(&[(10.0, 2)]), f64::NEG_INFINITY);
    }
}
