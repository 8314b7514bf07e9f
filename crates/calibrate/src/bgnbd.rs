//! The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the
//! easy way"): while alive, a customer buys as a Poisson process of rate
//! lambda ~ Gamma(r, alpha); after each purchase they drop out with
//! probability p ~ Beta(a, b). Time is in weeks.
//!
//! Invariant: every function is pure and returns a finite number for
//! parameters > 0 and data with 0 <= t_x <= T (or NaN where the 2F1 series
//! cannot be summed, which the callers treat as a failed fit).

use crate::optimize::{self, Derivatives, Fit};
use crate::special::{digamma, hyp2f1, ln_beta, ln_gamma, trigamma};
use crate::summary::CustomerData;
use serde::Serialize;

/// The four BG/NBD parameters (weekly units).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct BgNbd {
    /// Gamma shape of the purchase rate.
    pub r: f64,
    /// Gamma rate (scale of time) of the purchase rate, in weeks.
    pub alpha: f64,
    /// Beta parameter of the dropout probability.
    pub a: f64,
    /// Beta parameter of the dropout probability.
    pub b: f64,
}

/// Customers with the same (x, t_x, T), and how many; t_x and T as indices
/// into the tables of distinct values (a log's ages and recencies are whole
/// days, so there are few of them).
#[derive(Clone, Copy, Debug)]
struct Group {
    x: u32,
    t_x: u32,
    t: u32,
    n: f64,
}

/// The calibration data compressed to distinct (x, t_x, T).
#[derive(Clone, Debug)]
pub struct Data {
    groups: Vec<Group>,
    max_x: u32,
    /// Customers with each x, 0 ..= max_x.
    per_x: Vec<f64>,
    /// The distinct values of T and of t_x, in weeks.
    ages: Vec<f64>,
    recencies: Vec<f64>,
}

/// The sorted distinct values and each value's index.
fn distinct(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.dedup_by(|a, b| a.to_bits() == b.to_bits());
    v
}

impl Data {
    /// Groups the cohort's customers.
    pub fn new(customers: &[CustomerData]) -> Data {
        let ages = distinct(customers.iter().map(|c| c.t));
        let recencies = distinct(customers.iter().map(|c| c.t_x));
        let index =
            |table: &[f64], v: f64| table.partition_point(|&u| u.total_cmp(&v).is_lt()) as u32;
        let mut keys: Vec<(u32, u32, u32)> = customers
            .iter()
            .map(|c| (c.x, index(&recencies, c.t_x), index(&ages, c.t)))
            .collect();
        keys.sort_unstable();
        let mut groups: Vec<Group> = Vec::new();
        for (x, t_x, t) in keys {
            match groups.last_mut() {
                Some(g) if (g.x, g.t_x, g.t) == (x, t_x, t) => g.n += 1.0,
                _ => groups.push(Group { x, t_x, t, n: 1.0 }),
            }
        }
        let max_x = groups.iter().map(|g| g.x).max().unwrap_or(0);
        let mut per_x = vec![0.0; max_x as usize + 1];
        for g in &groups {
            per_x[g.x as usize] += g.n;
        }
        Data {
            groups,
            max_x,
            per_x,
            ages,
            recencies,
        }
    }
}

impl BgNbd {
    /// The parameters from a slice `[r, alpha, a, b]`.
    pub fn from_slice(p: &[f64]) -> BgNbd {
        BgNbd {
            r: p[0],
            alpha: p[1],
            a: p[2],
            b: p[3],
        }
    }

    /// The log-likelihood of the calibration data (FHL 2005, eq. 6).
    pub fn log_likelihood(&self, d: &Data) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        if !(r > 0.0 && alpha > 0.0 && a > 0.0 && b > 0.0) {
            return f64::NEG_INFINITY;
        }
        // The terms that depend only on x, once per x: A1 + A2, and
        // ln a - ln(b + x - 1) of A4.
        let base: Vec<(f64, f64)> = (0..=d.max_x)
            .map(|x| {
                let x = x as f64;
                let a12 = ln_gamma(r + x) - ln_gamma(r) + r * libm::log(alpha) + ln_beta(a, b + x)
                    - ln_beta(a, b);
                let a4 = if x > 0.0 {
                    libm::log(a) - libm::log(b + x - 1.0)
                } else {
                    0.0
                };
                (a12, a4)
            })
            .collect();
        let ln_age: Vec<f64> = d.ages.iter().map(|t| libm::log(alpha + t)).collect();
        let ln_rec: Vec<f64> = d.recencies.iter().map(|t| libm::log(alpha + t)).collect();
        let mut ll = 0.0;
        for g in &d.groups {
            let x = g.x as f64;
            let (a12, a4_x) = base[g.x as usize];
            let a3 = -(r + x) * ln_age[g.t as usize];
            let term = if g.x > 0 {
                let a4 = a4_x - (r + x) * ln_rec[g.t_x as usize];
                let (hi, lo) = if a3 > a4 { (a3, a4) } else { (a4, a3) };
                hi + libm::log1p(libm::exp(lo - hi))
            } else {
                a3
            };
            ll += g.n * (a12 + term);
        }
        ll
    }

    /// The log-likelihood with its exact gradient and Hessian in the
    /// log-parameters (ln r, ln alpha, ln a, ln b), by differentiating FHL
    /// 2005 eq. 6: the terms A1 + A2 with digamma and trigamma once per x,
    /// and ln(e^A3 + e^A4) as the mixture w = e^A4 / (e^A3 + e^A4) of the
    /// two exponents' derivatives plus w (1 - w) times the outer product of
    /// their difference. `None` outside the parameter space.
    pub fn derivatives(&self, d: &Data) -> Option<Derivatives> {
        let BgNbd { r, alpha, a, b } = *self;
        if !(r > 0.0 && alpha > 0.0 && a > 0.0 && b > 0.0) {
            return None;
        }
        let mut g = [0.0; 4];
        let mut h = [[0.0; 4]; 4];
        let (psi_r, psi_ab, psi_b) = (digamma(r), digamma(a + b), digamma(b));
        let (tri_r, tri_ab, tri_b) = (trigamma(r), trigamma(a + b), trigamma(b));
        let ln_alpha = libm::log(alpha);
        let mut ll = 0.0;
        for (x, &n) in d.per_x.iter().enumerate() {
            if n == 0.0 {
                continue;
            }
            let xf = x as f64;
            ll += n
                * (ln_gamma(r + xf) - ln_gamma(r) + r * ln_alpha + ln_beta(a, b + xf)
                    - ln_beta(a, b));
            let (psi_abx, tri_abx) = (digamma(a + b + xf), trigamma(a + b + xf));
            g[0] += n * (digamma(r + xf) - psi_r + ln_alpha);
            g[1] += n * r / alpha;
            g[2] += n * (psi_ab - psi_abx);
            g[3] += n * (digamma(b + xf) - psi_abx - psi_b + psi_ab);
            h[0][0] += n * (trigamma(r + xf) - tri_r);
            h[0][1] += n / alpha;
            h[1][1] -= n * r / (alpha * alpha);
            h[2][2] += n * (tri_ab - tri_abx);
            h[2][3] += n * (tri_ab - tri_abx);
            h[3][3] += n * (trigamma(b + xf) - tri_abx - tri_b + tri_ab);
        }
        let ages: Vec<(f64, f64)> = d
            .ages
            .iter()
            .map(|t| (libm::log(alpha + t), 1.0 / (alpha + t)))
            .collect();
        let recs: Vec<(f64, f64)> = d
            .recencies
            .iter()
            .map(|t| (libm::log(alpha + t), 1.0 / (alpha + t)))
            .collect();
        let (ln_a, inv_a) = (libm::log(a), 1.0 / a);
        for grp in &d.groups {
            let (n, xf) = (grp.n, grp.x as f64);
            let (la, ia) = ages[grp.t as usize];
            let rx = r + xf;
            // A3 = -(r+x) ln(alpha+T), its gradient (in r, alpha) and Hessian.
            let a3 = -rx * la;
            g[0] -= n * la;
            g[1] -= n * rx * ia;
            h[0][1] -= n * ia;
            h[1][1] += n * rx * ia * ia;
            if grp.x == 0 {
                ll += n * a3;
                continue;
            }
            let (lr, ir) = recs[grp.t_x as usize];
            let ib = 1.0 / (b + xf - 1.0);
            let a4 = ln_a + libm::log(ib) - rx * lr;
            // w = e^A4 / (e^A3 + e^A4), from the smaller exponential.
            let (term, w) = if a3 > a4 {
                let e = libm::exp(a4 - a3);
                (a3 + libm::log1p(e), e / (1.0 + e))
            } else {
                let e = libm::exp(a3 - a4);
                (a4 + libm::log1p(e), 1.0 / (1.0 + e))
            };
            ll += n * term;
            // D = grad A4 - grad A3.
            let dv = [la - lr, rx * (ia - ir), inv_a, -ib];
            let (nw, nww) = (n * w, n * w * (1.0 - w));
            for i in 0..4 {
                g[i] += nw * dv[i];
                for j in i..4 {
                    h[i][j] += nww * dv[i] * dv[j];
                }
            }
            // w (H4 - H3).
            h[0][1] += nw * (ia - ir);
            h[1][1] += nw * rx * (ir * ir - ia * ia);
            h[2][2] -= nw * inv_a * inv_a;
            h[3][3] += nw * ib * ib;
        }
        let h: Vec<Vec<f64>> = (0..4)
            .map(|i| (0..4).map(|j| h[i.min(j)][i.max(j)]).collect())
            .collect();
        Some(Derivatives::from_natural(ll, &[r, alpha, a, b], &g, &h))
    }

    /// E[X(t)]: expected repeat purchases in the first `t` weeks after the
    /// first purchase (FHL 2005, eq. 7), through the Euler transformation
    /// (alpha/(alpha+t))^r 2F1(r, b; a+b-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b-1; z).
    pub fn expected_repeats(&self, t: f64) -> f64 {
        if t <= 0.0 {
            return 0.0;
        }
        let BgNbd { r, alpha, a, b } = *self;
        let z = t / (alpha + t);
        let g = euler_or_pfaff(r, a, a + b - 1.0 - r, a + b - 1.0, z);
        let e = (a + b - 1.0) / (a - 1.0) * (1.0 - g);
        if e.is_finite() {
            e
        } else {
            // a and b so large that no series sums: the dropout chance is
            // a / (a + b) for everyone.
            fixed_dropout(r, alpha, a / (a + b), t)
        }
    }

    /// P(alive | x, t_x, T) (FHL 2005, eq. 11; 1 for x = 0).
    pub fn p_alive(&self, x: u32, t_x: f64, t: f64) -> f64 {
        if x == 0 {
            return 1.0;
        }
        let BgNbd { r, alpha, a, b } = *self;
        let xf = x as f64;
        let odds = a / (b + xf - 1.0) * libm::pow((alpha + t) / (alpha + t_x), r + xf);
        1.0 / (1.0 + odds)
    }

    /// E[Y(t) | x, t_x, T]: expected purchases in the next `t` weeks of a
    /// customer with this history (FHL 2005, eq. 10), with the Euler-transformed
    /// 2F1 so that heavy buyers (large x) neither overflow nor lose precision.
    pub fn conditional_expected(&self, x: u32, t_x: f64, t_cal: f64, t: f64) -> f64 {
        if t <= 0.0 {
            return 0.0;
        }
        self.expected_if_alive(x, t_cal, t) * self.p_alive(x, t_x, t_cal)
    }

    /// P(X(t) = x): the chance of exactly `x` repeat purchases in the first
    /// `t` weeks (FHL 2005, eq. 8).
    pub fn p_repeats(&self, x: u32, t: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        let xf = x as f64;
        let ln_q = libm::log(alpha / (alpha + t));
        let ln_z = libm::log(t / (alpha + t));
        // ln [Gamma(r+j) / (Gamma(r) j!)]
        let ln_nb = |j: f64| ln_gamma(r + j) - ln_gamma(r) - ln_gamma(j + 1.0);
        let first =
            libm::exp(ln_beta(a, b + xf) - ln_beta(a, b) + ln_nb(xf) + r * ln_q + xf * ln_z);
        if x == 0 {
            return first;
        }
        let sum: f64 = (0..x)
            .map(|j| libm::exp(ln_nb(j as f64) + r * ln_q + j as f64 * ln_z))
            .sum();
        first + libm::exp(ln_beta(a + 1.0, b + xf - 1.0) - ln_beta(a, b)) * (1.0 - sum)
    }

    /// E[Y(t) | x, t_x, T] / P(alive | x, t_x, T): the expected purchases in
    /// the next `t` weeks of a customer alive with `x` repeats at age `T`
    /// (the numerator of FHL 2005, eq. 10), which does not depend on t_x, so
    /// customers with the same x and T share it. With the Euler-transformed
    /// 2F1 so that heavy buyers (large x) neither overflow nor lose precision.
    pub fn expected_if_alive(&self, x: u32, t_cal: f64, t: f64) -> f64 {
        if t <= 0.0 {
            return 0.0;
        }
        let BgNbd { r, alpha, a, b } = *self;
        let xf = x as f64;
        let z = t / (alpha + t_cal + t);
        // ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)
        //   = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z)
        let g = euler_or_pfaff(r + xf, a, a + b - 1.0 - r, a + b + xf - 1.0, z);
        let numerator = (a + b + xf - 1.0) / (a - 1.0) * (1.0 - g);
        if numerator.is_finite() {
            numerator
        } else {
            fixed_dropout(r + xf, alpha + t_cal, a / (a + b), t)
        }
    }
}

/// The limit of BG/NBD's expectations when a and b grow with a / (a + b)
/// = `p` fixed (every customer drops out after a purchase with chance p):
/// E[X(t)] = (1/p) [1 - (alpha / (alpha + p t))^r] for rate shape `r` and
/// rate `alpha` (FHL 2005, section 3, before p is mixed over the Beta);
/// with `r + x` and `alpha + T` it is the conditional expectation's
/// numerator. Used only where the 2F1 series cannot be summed.
fn fixed_dropout(r: f64, alpha: f64, p: f64, t: f64) -> f64 {
    if p <= 0.0 {
        return r / alpha * t;
    }
    (1.0 - libm::pow(alpha / (alpha + p * t), r)) / p
}

/// (1-z)^(a-1) 2F1(c-s, a-1; c; z) with c - s = `cs`: the Euler-transformed
/// term of E[X(t)] (s = r) and E[Y(t) | ..] (s = r + x). When its series
/// cannot be summed (a and b very large: the dropout hardly varies), the
/// Pfaff transformation gives the same number as 2F1(s, a-1; c; z/(z-1)),
/// whose series converges for z < 1/2. NaN when neither can be summed.
fn euler_or_pfaff(s: f64, a: f64, cs: f64, c: f64, z: f64) -> f64 {
    match hyp2f1(cs, a - 1.0, c, z) {
        Some(f) => libm::pow(1.0 - z, a - 1.0) * f,
        None => hyp2f1(s, a - 1.0, c, z / (z - 1.0)).unwrap_or(f64::NAN),
    }
}

/// Fits BG/NBD to the cohort by maximum likelihood from six starting points.
pub fn fit(customers: &[CustomerData]) -> (BgNbd, Fit) {
    let data = Data::new(customers);
    let total_x: f64 = customers.iter().map(|c| c.x as f64).sum();
    let total_t: f64 = customers.iter().map(|c| c.t).sum();
    // The mean weekly rate sets the starting alpha for each starting r.
    let rate = (total_x / total_t.max(1e-9)).max(1e-6);
    let mut starts = Vec::new();
    for r in [0.3, 1.0, 3.0] {
        for (a, b) in [(1.0, 3.0), (0.5, 0.8)] {
            starts.push(vec![r, r / rate, a, b]);
        }
    }
    let ll = |p: &[f64]| BgNbd::from_slice(p).log_likelihood(&data);
    let names = ["r", "alpha", "a", "b"];
    let exact = |p: &[f64]| BgNbd::from_slice(p).derivatives(&data);
    let fit = match crate::gamma_gamma::screen_sample(customers) {
        None => optimize::fit_newton(&ll, &exact, &ll, Some(&exact), &starts, &names, 0.5),
        Some(sample) => {
            let sample = Data::new(&sample);
            let screen = |p: &[f64]| BgNbd::from_slice(p).log_likelihood(&sample);
            let on_sample = |p: &[f64]| BgNbd::from_slice(p).derivatives(&sample);
            optimize::fit_newton(&ll, &exact, &screen, Some(&on_sample), &starts, &names, 0.1)
        }
    };
    (BgNbd::from_slice(&fit.params), fit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published CDNOW parameters (FHL 2005).
    const PUBLISHED: BgNbd = BgNbd {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
    };

    /// A small cohort with repeated histories (so groups have n > 1) and
    /// both orders of the exponents A3, A4.
    fn small_cohort() -> Vec<CustomerData> {
        let histories = [
            (0, 0.0, 30.0),
            (0, 0.0, 30.0),
            (0, 0.0, 12.5),
            (1, 3.0, 30.0),
            (1, 29.0, 30.0),
            (2, 10.0, 25.0),
            (2, 10.0, 25.0),
            (5, 24.0, 26.0),
            (12, 35.0, 38.0),
            (3, 1.5, 38.0),
        ];
        histories
            .iter()
            .map(|&(x, t_x, t)| CustomerData {
                x,
                t_x,
                t,
                first_week: 0.0,
                holdout: 0,
                repeat_spend: None,
            })
            .collect()
    }

    #[test]
    fn the_exact_derivatives_are_the_slopes_of_the_likelihood() {
        let data = Data::new(&small_cohort());
        let ll = |u: &[f64]| {
            let p: Vec<f64> = u.iter().map(|v| v.exp()).collect();
            BgNbd::from_slice(&p).log_likelihood(&data)
        };
        for m in [PUBLISHED, BgNbd::from_slice(&[2.0, 9.0, 3.5, 0.6])] {
            let d = m.derivatives(&data).unwrap();
            let u = [m.r.ln(), m.alpha.ln(), m.a.ln(), m.b.ln()];
            optimize::assert_is_the_finite_differences(&d, &ll, &u);
        }
        assert_eq!(
            BgNbd::from_slice(&[0.0, 1.0, 1.0, 1.0]).derivatives(&data),
            None
        );
    }

    #[test]
    fn newton_polishes_to_the_peak_and_says_so() {
        let customers = small_cohort();
        let (m, f) = fit(&customers);
        let d = m.derivatives(&Data::new(&customers)).unwrap();
        // At the peak the gradient vanishes (in log-parameters).
        assert!(
            d.gradient.iter().all(|g| g.abs() < 1e-6),
            "{:?}",
            d.gradient
        );
        assert!(
            f.convergence.message.contains("on the exact derivatives"),
            "{}",
            f.convergence.message
        );
        assert!(
            (f.log_likelihood - d.value).abs() < 1e-9,
            "{}",
            f.log_likelihood
        );
    }

    #[test]
    fn the_papers_conditional_expectation() {
        // FHL 2005, section 5: a customer with x = 2, t_x = 30.43, T = 38.86
        // is expected to make 1.226 purchases in the next 39 weeks.
        let e = PUBLISHED.conditional_expected(2, 30.43, 38.86, 39.0);
        assert!((e - 1.226).abs() < 5e-4, "{e}");
    }

    #[test]
    fn huge_a_and_b_give_the_fixed_dropout_limit_not_nan() {
        // Where the series still sums, the limit is close to it ...
        let m = BgNbd {
            r: 0.5,
            alpha: 5.0,
            a: 2000.0,
            b: 8000.0,
        };
        let limit = fixed_dropout(0.5, 5.0, 0.2, 30.0);
        let e = m.expected_repeats(30.0);
        assert!((e - limit).abs() < 2e-3 * limit, "{e} {limit}");
        // ... and where it cannot, the limit is used.
        let huge = BgNbd {
            r: 3.5,
            alpha: 39.7,
            a: 1.59e7,
            b: 1.167e8,
        };
        for t in [10.0, 40.0, 70.0] {
            let e = huge.expected_repeats(t);
            let p = 1.59e7 / (1.59e7 + 1.167e8);
            assert!(
                (e - fixed_dropout(3.5, 39.7, p, t)).abs() < 1e-9 * e,
                "{t}: {e}"
            );
        }
        assert!(huge.conditional_expected(4, 50.0, 60.0, 34.7).is_finite());
    }

    #[test]
    fn p_alive_known_value_and_bounds() {
        // 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)), by hand.
        let p = PUBLISHED.p_alive(2, 30.43, 38.86);
        let odds = 0.793 / 3.426 * ((4.414f64 + 38.86) / (4.414 + 30.43)).powf(2.243);
        assert!((p - 1.0 / (1.0 + odds)).abs() < 1e-12, "{p}");
        assert!((p - 0.7266).abs() < 5e-4, "{p}");
        assert_eq!(PUBLISHED.p_alive(0, 0.0, 30.0), 1.0);
        // Bought recently: more likely alive than with the same x long ago.
        assert!(PUBLISHED.p_alive(3, 38.0, 38.86) > PUBLISHED.p_alive(3, 10.0, 38.86));
    }

    /// E[X(t)] = E_p[(1 - (alpha/(alpha+p t))^r) / p], p ~ Beta(a, b), by
    /// quadrature (p = u^(1/a) takes the p^(a-1) singularity away).
    fn expected_repeats_by_quadrature(m: &BgNbd, t: f64) -> f64 {
        let n = 400_000;
        let mut s = 0.0;
        for i in 0..n {
            let u = (i as f64 + 0.5) / n as f64;
            let p = u.powf(1.0 / m.a);
            let g = (1.0 - (m.alpha / (m.alpha + p * t)).powf(m.r)) / p;
            s += g * (1.0 - p).powf(m.b - 1.0);
        }
        s / n as f64 / (m.a * ln_beta(m.a, m.b).exp())
    }

    #[test]
    fn expected_repeats_agrees_with_quadrature() {
        for t in [1.0, 39.0, 78.0, 500.0] {
            let closed = PUBLISHED.expected_repeats(t);
            let quad = expected_repeats_by_quadrature(&PUBLISHED, t);
            assert!(
                (closed - quad).abs() < 1e-4 * quad.max(1e-3),
                "t={t}: {closed} vs {quad}"
            );
        }
        assert_eq!(PUBLISHED.expected_repeats(0.0), 0.0);
    }

    #[test]
    fn euler_form_equals_the_direct_series() {
        // The untransformed term of eq. 10 for a moderate x.
        let BgNbd { r, alpha, a, b } = PUBLISHED;
        let (x, t_cal, t) = (5.0, 38.0, 39.0);
        let z = t / (alpha + t_cal + t);
        let direct = ((alpha + t_cal) / (alpha + t_cal + t)).powf(r + x)
            * hyp2f1(r + x, b + x, a + b + x - 1.0, z).unwrap();
        let euler =
            (1.0 - z).powf(a - 1.0) * hyp2f1(a + b - 1.0 - r, a - 1.0, a + b + x - 1.0, z).unwrap();
        assert!((direct - euler).abs() < 1e-12, "{direct} vs {euler}");
    }

    #[test]
    fn pfaff_form_equals_the_euler_form() {
        let BgNbd { r, alpha, a, b } = PUBLISHED;
        for (x, t_cal, t) in [(0.0, 38.0, 39.0), (3.0, 30.0, 20.0)] {
            let z: f64 = t / (alpha + t_cal + t);
            let euler = (1.0 - z).powf(a - 1.0)
                * hyp2f1(a + b - 1.0 - r, a - 1.0, a + b + x - 1.0, z).unwrap();
            let pfaff = hyp2f1(r + x, a - 1.0, a + b + x - 1.0, z / (z - 1.0)).unwrap();
            assert!((euler - pfaff).abs() < 1e-12, "{euler} vs {pfaff}");
        }
        // Nearly constant dropout (a, b huge): the Euler series overflows, Pfaff's does not.
        let m = BgNbd {
            r: 0.5,
            alpha: 9.0,
            a: 5e5,
            b: 2e6,
        };
        let e = m.conditional_expected(2, 30.0, 45.0, 40.0);
        assert!(e.is_finite() && e > 0.0, "{e}");
    }

    #[test]
    fn heavy_buyers_stay_finite() {
        // 2,000 purchases, the last one just now: about 2,000 / 38.86 x 39 more.
        let e = PUBLISHED.conditional_expected(2_000, 38.86, 38.86, 39.0);
        assert!(e.is_finite() && e > 100.0, "{e}");
    }

    #[test]
    fn repeat_distribution_sums_to_one_and_matches_the_mean() {
        let t = 30.0;
        let ps: Vec<f64> = (0..400).map(|x| PUBLISHED.p_repeats(x, t)).collect();
        let total: f64 = ps.iter().sum();
        assert!((total - 1.0).abs() < 1e-6, "{total}");
        let mean: f64 = ps.iter().enumerate().map(|(x, p)| x as f64 * p).sum();
        assert!(
            (mean - PUBLISHED.expected_repeats(t)).abs() < 1e-5,
            "{mean}"
        );
    }
}
