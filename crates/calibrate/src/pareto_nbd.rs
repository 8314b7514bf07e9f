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
use crate::special::{hyp2f1_within, ln_gamma};
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

/// Customers with the same (x, t_x, T), and how many; `at_tx` and `at_t`
/// index the table of distinct (x, t) ends whose 2F1 term is shared.
#[derive(Clone, Copy, Debug)]
struct Group {
    x: u32,
    n: f64,
    at_tx: u32,
    at_t: u32,
    /// Index of T in [`Data::ages`].
    age: u32,
}

/// The calibration data compressed to distinct (x, t_x, T), and the
/// distinct (x, t) pairs at which A0's 2F1 is needed (many customers share
/// an end: every customer without a repeat has t_x = 0, and ages are whole
/// days), so each likelihood sums each series once.
#[derive(Clone, Debug)]
pub struct Data {
    groups: Vec<Group>,
    ends: Vec<(u32, f64)>,
    /// The distinct values of T (whose logarithms each likelihood takes once).
    ages: Vec<f64>,
    max_x: u32,
}

impl Data {
    /// Groups the cohort's customers.
    pub fn new(customers: &[CustomerData]) -> Data {
        let mut keys: Vec<(u32, u64, u64)> = customers
            .iter()
            .map(|c| (c.x, c.t_x.to_bits(), c.t.to_bits()))
            .collect();
        keys.sort_unstable();
        keys.dedup_by_key(|k| *k);
        let mut counts: Vec<f64> = vec![0.0; keys.len()];
        for c in customers {
            if let Ok(i) = keys.binary_search(&(c.x, c.t_x.to_bits(), c.t.to_bits())) {
                counts[i] += 1.0;
            }
        }
        let mut ends: Vec<(u32, u64)> = keys
            .iter()
            .flat_map(|&(x, t_x, t)| [(x, t_x), (x, t)])
            .collect();
        ends.sort_unstable();
        ends.dedup();
        let at = |e: (u32, u64)| ends.binary_search(&e).unwrap_or(0) as u32;
        let mut ages: Vec<u64> = keys.iter().map(|k| k.2).collect();
        ages.sort_unstable();
        ages.dedup();
        let groups = keys
            .iter()
            .zip(&counts)
            .map(|(&(x, t_x, t), &n)| Group {
                x,
                n,
                at_tx: at((x, t_x)),
                at_t: at((x, t)),
                age: ages.binary_search(&t).unwrap_or(0) as u32,
            })
            .collect();
        Data {
            max_x: keys.iter().map(|k| k.0).max().unwrap_or(0),
            ages: ages.into_iter().map(f64::from_bits).collect(),
            groups,
            ends: ends
                .into_iter()
                .map(|(x, u)| (x, f64::from_bits(u)))
                .collect(),
        }
    }
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

/// One customer's log-likelihood in its two parts: ln L = `c` +
/// ln(e^`alive` + e^`gone`), where e^(`c` + `alive`) is the chance of the
/// history with the customer still alive at T (FHL's note, eq. 22).
#[derive(Clone, Copy, Debug)]
struct Terms {
    c: f64,
    alive: f64,
    gone: f64,
}

impl Terms {
    fn ln_l(&self) -> f64 {
        self.c + ln_sum(self.alive, self.gone)
    }
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

    /// ln of A0's term at `u` (t_x or T) for `x` repeats: ln 2F1(r+s+x,
    /// b'; r+s+x+1; |alpha-beta| / (max + u)) - (r+s+x) ln(max + u), with
    /// max the larger of alpha and beta (so that the argument is in [0, 1))
    /// and b' = s+1 (alpha >= beta) or r+x.
    fn end(&self, x: u32, u: f64) -> Option<f64> {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let k = r + s + x as f64;
        let (big, bb) = if alpha >= beta {
            (alpha, s + 1.0)
        } else {
            (beta, r + x as f64)
        };
        let ln_f = ln_hyp2f1_next(k, bb, (alpha - beta).abs() / (big + u))?;
        Some(ln_f - k * libm::log(big + u))
    }

    /// The two parts of one customer's log-likelihood, given A0's end terms.
    fn terms(&self, x: u32, t: f64, at_tx: f64, at_t: f64) -> Terms {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let xf = x as f64;
        Terms {
            c: ln_gamma(r + xf) - ln_gamma(r) + r * libm::log(alpha) + s * libm::log(beta),
            alive: -(r + xf) * libm::log(alpha + t) - s * libm::log(beta + t),
            gone: libm::log(s) - libm::log(r + s + xf) + ln_diff(at_tx, at_t),
        }
    }

    fn terms_of(&self, x: u32, t_x: f64, t: f64) -> Option<Terms> {
        Some(self.terms(x, t, self.end(x, t_x)?, self.end(x, t)?))
    }

    /// The log-likelihood of the calibration data.
    pub fn log_likelihood(&self, customers: &[CustomerData]) -> f64 {
        self.grouped_log_likelihood(&Data::new(customers))
    }

    /// The log-likelihood of grouped calibration data.
    pub fn grouped_log_likelihood(&self, d: &Data) -> f64 {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let inside = |v: f64| v > 0.0 && v < WALL;
        if !(inside(r) && inside(alpha) && inside(s) && inside(beta)) {
            return f64::NEG_INFINITY;
        }
        let mut ends = Vec::with_capacity(d.ends.len());
        for &(x, u) in &d.ends {
            match self.end(x, u) {
                Some(v) => ends.push(v),
                None => return f64::NEG_INFINITY,
            }
        }
        // What depends only on x, and only on T, once (as in [`Self::terms`]).
        let c0 = -ln_gamma(r) + r * libm::log(alpha) + s * libm::log(beta);
        let by_x: Vec<(f64, f64)> = (0..=d.max_x)
            .map(|x| {
                let xf = x as f64;
                (ln_gamma(r + xf) + c0, libm::log(s) - libm::log(r + s + xf))
            })
            .collect();
        let by_age: Vec<(f64, f64)> = d
            .ages
            .iter()
            .map(|t| (libm::log(alpha + t), libm::log(beta + t)))
            .collect();
        let mut ll = 0.0;
        for g in &d.groups {
            let (c, ln_s_k) = by_x[g.x as usize];
            let (la, lb) = by_age[g.age as usize];
            let v = Terms {
                c,
                alive: -(r + g.x as f64) * la - s * lb,
                gone: ln_s_k + ln_diff(ends[g.at_tx as usize], ends[g.at_t as usize]),
            }
            .ln_l();
            if !v.is_finite() {
                return f64::NEG_INFINITY;
            }
            ll += g.n * v;
        }
        ll
    }

    /// P(alive at T | x, t_x, T) (FHL's note, eq. 25); `None` where the
    /// series cannot be summed.
    pub fn p_alive(&self, x: u32, t_x: f64, t: f64) -> Option<f64> {
        let terms = self.terms_of(x, t_x, t)?;
        let p = libm::exp(terms.alive - ln_sum(terms.alive, terms.gone));
        p.is_finite().then_some(p)
    }

    /// E[Y(t) | x, t_x, T]: expected purchases in the next `t` weeks of a
    /// customer with this history (FHL's note, eq. 27): P(alive) times
    /// (r+x)/(alpha+T), the posterior mean rate, times E[(1 - e^(-mu t)) /
    /// mu] for mu ~ Gamma(s, beta+T), which is (beta+T)/(s-1) [1 -
    /// ((beta+T)/(beta+T+t))^(s-1)] ((beta+T) ln((beta+T+t)/(beta+T)) at s
    /// = 1). `None` where the series cannot be summed.
    pub fn conditional_expected(&self, x: u32, t_x: f64, t_cal: f64, t: f64) -> Option<f64> {
        if t <= 0.0 {
            return Some(0.0);
        }
        let ParetoNbd { r, alpha, s, beta } = *self;
        let b = beta + t_cal;
        // ln((beta+T)/(beta+T+t)) < 0
        let l = -libm::log1p(t / b);
        let life = if (s - 1.0).abs() < 1e-9 {
            -b * l
        } else {
            -b * libm::expm1((s - 1.0) * l) / (s - 1.0)
        };
        let e = self.p_alive(x, t_x, t_cal)? * (r + x as f64) / (alpha + t_cal) * life;
        e.is_finite().then_some(e)
    }
}

/// Most terms of one 2F1 series (the direct one for z <= 0.9 needs a few
/// hundred); a point that needs more counts as impossible, which keeps a
/// search that wanders to an edge from summing millions of terms.
const TERMS: usize = 2_000;

/// ln 2F1(k, b; k+1; z) for k, b > 0 and 0 <= z < 1, the only 2F1 of
/// Pareto/NBD. Near z = 1 its series converges slowly (terms like z^n),
/// so above z = 0.9 it uses the transformation to 1 - z (Abramowitz &
/// Stegun 15.3.6, with 2F1(k, b; b; w) = (1 - w)^-k):
/// Γ(k+1) Γ(1-b) / Γ(k+1-b) z^-k + k/(b-1) (1-z)^(1-b) 2F1(1, k+1-b; 2-b; 1-z),
/// whose series in 1 - z converges fast; not where b is within 1e-3 of an
/// integer (both parts blow up there), where the direct series is summed.
/// `None` where neither can be summed within [`TERMS`] terms.
pub fn ln_hyp2f1_next(k: f64, b: f64, z: f64) -> Option<f64> {
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
    let f = hyp2f1_within(k, b, k + 1.0, z, TERMS)?;
    (f > 0.0).then(|| libm::log(f))
}

/// Parameters at or above this are impossible points for the search
/// (e^13, past the optimiser's edge of e^12, so a fit that ends there is
/// reported at the edge): where the data do not pin s and beta down (the
/// dropout rate nearly the same for everyone) the likelihood keeps rising
/// slowly along s/beta fixed, and without a wall the search crawls along
/// that ridge for thousands of steps.
const WALL: f64 = 442_413.0;

/// Nelder-Mead steps at most from each start (the CDNOW fit needs about 300).
const MAX_ITERS: u64 = 500;

/// Customers at most in the full search from every start; above it the
/// starts are searched on an every-k-th sample of this many and the best
/// is polished on all (as BG/NBD does above [`crate::gamma_gamma::SCREEN`]):
/// each Pareto/NBD likelihood sums two 2F1 series per history.
pub const SCREEN: usize = 2_500;

/// Customers at most in a Pareto/NBD fit: above it the fit is made on an
/// every-k-th sample of this many (see [`fitted_sample`]). Pareto/NBD is the
/// comparison beside BG/NBD, which alone feeds the scenario; on a log of a
/// million rows the polish on every customer's two 2F1 series took about a
/// third of the whole calibration.
pub const FIT_MAX: usize = 25_000;

/// The customers a Pareto/NBD fit uses: all of them up to [`FIT_MAX`], else
/// every k-th (k the smallest that leaves at most [`FIT_MAX`]), in the
/// cohort's order, so the same log always gives the same sample.
pub fn fitted_sample(customers: &[CustomerData]) -> Vec<CustomerData> {
    let k = customers.len().div_ceil(FIT_MAX).max(1);
    customers.iter().step_by(k).copied().collect()
}

/// Fits Pareto/NBD to the cohort by maximum likelihood from three starting
/// points (purchase-rate shapes 0.3, 1 and 3 with mean lifetimes of 20,
/// 100 and 20 weeks): half of BG/NBD's six, since each likelihood costs
/// two 2F1 series per history.
pub fn fit(customers: &[CustomerData]) -> (ParetoNbd, Fit) {
    let data = Data::new(customers);
    let total_x: f64 = customers.iter().map(|c| c.x as f64).sum();
    let total_t: f64 = customers.iter().map(|c| c.t).sum();
    let rate = (total_x / total_t.max(1e-9)).max(1e-6);
    let starts: Vec<Vec<f64>> = [(0.3, 0.05), (1.0, 0.01), (3.0, 0.05)]
        .into_iter()
        .map(|(r, mu)| vec![r, r / rate, 1.0, 1.0 / mu])
        .collect();
    let ll = |p: &[f64]| ParetoNbd::from_slice(p).grouped_log_likelihood(&data);
    let names = ["r", "alpha", "s", "beta"];
    let fit = if customers.len() <= SCREEN {
        optimize::fit_within(&ll, &ll, &starts, &names, 0.5, MAX_ITERS)
    } else {
        let k = customers.len().div_ceil(SCREEN);
        let sample: Vec<CustomerData> = customers.iter().step_by(k).copied().collect();
        let sample = Data::new(&sample);
        let screen = |p: &[f64]| ParetoNbd::from_slice(p).grouped_log_likelihood(&sample);
        optimize::fit_within(&ll, &screen, &starts, &names, 0.1, MAX_ITERS)
    };
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
        let (lo, hi, n) = (-34.0f64, 4.0f64, 1400);
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
    fn the_conditional_expectation_is_the_integral_over_both_rates() {
        // E[Y(t) | x, t_x, T] = E[1{alive at T} lambda/mu (1 - e^{-mu t})
        // | history]: the integral of lambda^x e^{-(lambda+mu) T} lambda/mu
        // (1 - e^{-mu t}) over both Gamma rates, over the likelihood (both
        // integrated numerically). Cases with s above, below and at 1.
        let cases = [
            (2.5, 4.0, 1.5, 6.0, 3, 12.0, 30.0, 39.0),
            (1.5, 9.0, 0.6, 3.0, 5, 18.0, 26.0, 20.0),
            (1.5, 3.0, 1.0, 9.0, 0, 0.0, 20.0, 52.0),
        ];
        for (r, alpha, s, beta, x, t_x, t_cal, t) in cases {
            let m = ParetoNbd { r, alpha, s, beta };
            let xf = x as f64;
            let ln_num = mixed(&m, |y, z| {
                let (l, u) = (libm::exp(y), libm::exp(z));
                (xf + 1.0) * y - (l + u) * t_cal - z + libm::log(-libm::expm1(-u * t))
            });
            let ln_l = mixed(&m, |y, z| {
                let (l, u) = (libm::exp(y), libm::exp(z));
                let a = libm::log(u) - (l + u) * t_x;
                let b = y - (l + u) * t_cal;
                xf * y + ln_sum(a, b) - libm::log(l + u)
            });
            let numeric = libm::exp(ln_num - ln_l);
            let closed = m.conditional_expected(x, t_x, t_cal, t).expect("a number");
            assert!(
                (closed - numeric).abs() < 1e-6 * numeric,
                "{:?}: closed {closed}, integral {numeric}",
                (r, alpha, s, beta, x, t_x, t_cal, t)
            );
        }
    }

    #[test]
    fn p_alive_is_one_right_after_a_purchase_with_no_time_to_leave() {
        // No repeat and T = 0: nobody has had time to leave.
        let m = ParetoNbd {
            r: 0.55,
            alpha: 10.6,
            s: 0.61,
            beta: 11.7,
        };
        let p = m.p_alive(0, 0.0, 0.0).expect("a number");
        assert!((p - 1.0).abs() < 1e-12, "{p}");
        // A recent purchase makes being alive likelier than an old one.
        assert!(m.p_alive(4, 38.0, 39.0).unwrap() > m.p_alive(4, 5.0, 39.0).unwrap());
    }

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
                let direct = libm::log(crate::special::hyp2f1(k, b, k + 1.0, z).unwrap());
                let ours = ln_hyp2f1_next(k, b, z).expect("a number");
                assert!(
                    (ours - direct).abs() < 1e-10 * direct.abs().max(1.0),
                    "k={k} b={b} z={z}: {ours} vs {direct}"
                );
            }
        }
    }

    #[test]
    fn the_grouped_likelihood_is_the_sum_over_customers() {
        // Shared ends, ages and frequencies, repeated histories, and both
        // sides of alpha = beta: the cached terms give each customer's own.
        let data = [
            customer(0, 0.0, 30.0),
            customer(0, 0.0, 30.0),
            customer(0, 0.0, 12.0),
            customer(2, 10.0, 30.0),
            customer(2, 12.0, 30.0),
            customer(5, 12.0, 20.0),
            customer(2, 10.0, 30.0),
        ];
        for (alpha, beta) in [(4.0, 9.0), (9.0, 4.0)] {
            let m = ParetoNbd {
                r: 0.7,
                alpha,
                s: 0.9,
                beta,
            };
            let each: f64 = data
                .iter()
                .map(|c| m.terms_of(c.x, c.t_x, c.t).unwrap().ln_l())
                .sum();
            let grouped = m.log_likelihood(&data);
            assert!(
                (grouped - each).abs() < 1e-9 * each.abs(),
                "{grouped} {each}"
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
