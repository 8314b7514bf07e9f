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
use crate::special::ln_gamma;
use crate::summary::CustomerData;
use serde::Serialize;
pub use series::ln_hyp2f1_next;
use series::ln_hyp2f1_next_at;

mod series;

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
    /// Index of T in [`Data::times`].
    age: u32,
}

/// The calibration data compressed to distinct (x, t_x, T), the distinct
/// (x, t) pairs at which A0's 2F1 is needed (many customers share an end:
/// every customer without a repeat has t_x = 0, and ages are whole days),
/// and the distinct times t (a few hundred), so each likelihood sums each
/// series once and takes each time's logarithms once.
#[derive(Clone, Debug)]
pub struct Data {
    groups: Vec<Group>,
    /// (x, index in `times`).
    ends: Vec<(u32, u32)>,
    /// The distinct values of t_x and T.
    times: Vec<f64>,
    max_x: u32,
}

impl Data {
    /// Groups the cohort's customers: sorted once by (x, t_x, T), the
    /// groups are its runs (in that order), each history's t_x and T are
    /// looked up once among the distinct times and its two ends in
    /// [`ends_of`].
    pub fn new(customers: &[CustomerData]) -> Data {
        let mut keys: Vec<(u32, u64, u64)> = customers
            .iter()
            .map(|c| (c.x, c.t_x.to_bits(), c.t.to_bits()))
            .collect();
        keys.sort_unstable();
        let mut histories: Vec<(u32, u64, u64)> = Vec::new();
        let mut counts: Vec<f64> = Vec::new();
        for &(x, t_x, t) in &keys {
            if histories.last() != Some(&(x, t_x, t)) {
                histories.push((x, t_x, t));
                counts.push(0.0);
            }
            counts[histories.len() - 1] += 1.0;
        }
        let mut times: Vec<u64> = histories.iter().flat_map(|h| [h.1, h.2]).collect();
        times.sort_unstable();
        times.dedup();
        let time = |u: u64| times.binary_search(&u).unwrap_or(0) as u32;
        // Each history's t_x and T as indices in `times`, looked up once.
        let at_times: Vec<(u32, u32)> = histories.iter().map(|h| (time(h.1), time(h.2))).collect();
        let max_x = histories.iter().map(|h| h.0).max().unwrap_or(0);
        // The table of every x and time where it is small (at most four
        // cells a history, as on real logs: a few hundred times, x below a
        // hundred), else sorted ends.
        let cells = (max_x as usize + 1).saturating_mul(times.len());
        let dense = cells <= 4 * histories.len() + 4096;
        let (ends, at) = ends_of(&histories, &at_times, times.len(), dense);
        let groups = histories
            .iter()
            .zip(&counts)
            .zip(&at_times)
            .zip(at.chunks_exact(2))
            .map(|(((&(x, _, _), &n), &(_, age)), at)| Group {
                x,
                n,
                at_tx: at[0],
                at_t: at[1],
                age,
            })
            .collect();
        Data {
            max_x,
            groups,
            ends,
            times: times.into_iter().map(f64::from_bits).collect(),
        }
    }
}

/// The distinct ends (x, time index) of the histories (`x` of each from
/// `histories`, its t_x's and T's time index from `at_times`, `times` of
/// them), and for each history the indices of its two ends (t_x's, then
/// T's): looked up in a table of every x and time where `dense`, else
/// sorted and searched.
fn ends_of(
    histories: &[(u32, u64, u64)],
    at_times: &[(u32, u32)],
    times: usize,
    dense: bool,
) -> (Vec<(u32, u32)>, Vec<u32>) {
    let pairs = || {
        histories
            .iter()
            .zip(at_times)
            .flat_map(|(h, &(tx, t))| [(h.0, tx), (h.0, t)])
    };
    if dense {
        let max_x = histories.iter().map(|h| h.0).max().unwrap_or(0);
        let mut table = vec![u32::MAX; (max_x as usize + 1) * times];
        let mut ends = Vec::new();
        let at = pairs()
            .map(|(x, t)| {
                let cell = &mut table[x as usize * times + t as usize];
                if *cell == u32::MAX {
                    *cell = ends.len() as u32;
                    ends.push((x, t));
                }
                *cell
            })
            .collect();
        return (ends, at);
    }
    let mut ends: Vec<(u32, u32)> = pairs().collect();
    ends.sort_unstable();
    ends.dedup();
    let at = pairs()
        .map(|e| ends.binary_search(&e).unwrap_or(0) as u32)
        .collect();
    (ends, at)
}

/// What A0's end terms and the "alive" term need of one time u (a t_x or
/// a T), whatever x: ln(alpha+u), ln(beta+u), the 2F1's argument z =
/// |alpha-beta| / (max(alpha, beta) + u) and ln(1 - z).
#[derive(Clone, Copy, Debug)]
struct At {
    ln_alpha: f64,
    ln_beta: f64,
    z: f64,
    ln_1z: f64,
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

/// One customer's log-likelihood in its two parts: ln L = c(x) +
/// ln(e^`alive` + e^`gone`), c(x) = ln Γ(r+x) - ln Γ(r) + r ln alpha + s
/// ln beta, where e^(c + `alive`) is the chance of the history with the
/// customer still alive at T (FHL's note, eq. 22).
#[derive(Clone, Copy, Debug)]
struct Terms {
    alive: f64,
    gone: f64,
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

    /// What every end and age at time `u` shares ([`At`]).
    fn at(&self, u: f64) -> At {
        let ParetoNbd { alpha, beta, .. } = *self;
        let z = (alpha - beta).abs() / (alpha.max(beta) + u);
        At {
            ln_alpha: libm::log(alpha + u),
            ln_beta: libm::log(beta + u),
            z,
            ln_1z: libm::log1p(-z),
        }
    }

    /// ln of A0's term at a time (t_x or T, [`At`]) for `x` repeats: ln
    /// 2F1(r+s+x, b'; r+s+x+1; z) - (r+s+x) ln(max + u), with max the
    /// larger of alpha and beta (so that z = |alpha-beta| / (max + u) is in
    /// [0, 1)) and b' = s+1 (alpha >= beta) or r+x.
    fn end(&self, x: u32, at: &At) -> Option<f64> {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let k = r + s + x as f64;
        let (ln_big, bb) = if alpha >= beta {
            (at.ln_alpha, s + 1.0)
        } else {
            (at.ln_beta, r + x as f64)
        };
        let ln_f = ln_hyp2f1_next_at(k, bb, at.z, at.ln_1z)?;
        Some(ln_f - k * ln_big)
    }

    /// The two parts of one customer's log-likelihood, given A0's end terms
    /// and the time T.
    fn terms(&self, x: u32, t: &At, at_tx: f64, at_t: f64) -> Terms {
        let ParetoNbd { r, s, .. } = *self;
        let xf = x as f64;
        Terms {
            alive: -(r + xf) * t.ln_alpha - s * t.ln_beta,
            gone: libm::log(s) - libm::log(r + s + xf) + ln_diff(at_tx, at_t),
        }
    }

    fn terms_of(&self, x: u32, t_x: f64, t: f64) -> Option<Terms> {
        let at_t = self.at(t);
        Some(self.terms(x, &at_t, self.end(x, &self.at(t_x))?, self.end(x, &at_t)?))
    }

    /// The log-likelihood of the calibration data.
    pub fn log_likelihood(&self, customers: &[CustomerData]) -> f64 {
        self.grouped_log_likelihood(&Data::new(customers))
    }

    /// Each time's [`At`] and each end's term (`None` where a series
    /// cannot be summed).
    fn tables(&self, d: &Data) -> Option<(Vec<At>, Vec<f64>)> {
        let ats: Vec<At> = d.times.iter().map(|&u| self.at(u)).collect();
        let ends = d
            .ends
            .iter()
            .map(|&(x, t)| self.end(x, &ats[t as usize]))
            .collect::<Option<Vec<f64>>>()?;
        Some((ats, ends))
    }

    /// The log-likelihood of grouped calibration data.
    pub fn grouped_log_likelihood(&self, d: &Data) -> f64 {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let inside = |v: f64| v > 0.0 && v < WALL;
        if !(inside(r) && inside(alpha) && inside(s) && inside(beta)) {
            return f64::NEG_INFINITY;
        }
        let Some((ats, ends)) = self.tables(d) else {
            return f64::NEG_INFINITY;
        };
        // What depends only on x once (as in [`Self::terms`]).
        let c0 = -ln_gamma(r) + r * libm::log(alpha) + s * libm::log(beta);
        let by_x: Vec<(f64, f64)> = (0..=d.max_x)
            .map(|x| {
                let xf = x as f64;
                (ln_gamma(r + xf) + c0, s / (r + s + xf))
            })
            .collect();
        let mut ll = 0.0;
        for g in &d.groups {
            let (c, s_k) = by_x[g.x as usize];
            let at = &ats[g.age as usize];
            let alive = -(r + g.x as f64) * at.ln_alpha - s * at.ln_beta;
            let v = c + ln_alive_or_gone(alive, s_k, ends[g.at_tx as usize], ends[g.at_t as usize]);
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
        p_alive_of(self.terms_of(x, t_x, t)?)
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
        self.expected_given(x, t_cal, self.terms_of(x, t_x, t_cal)?, t)
    }

    /// The conditional expectation from a history's [`Terms`] (with `t_cal` its T).
    fn expected_given(&self, x: u32, t_cal: f64, terms: Terms, t: f64) -> Option<f64> {
        let ParetoNbd { r, alpha, s, beta } = *self;
        let b = beta + t_cal;
        // ln((beta+T)/(beta+T+t)) < 0
        let l = -libm::log1p(t / b);
        let life = if (s - 1.0).abs() < 1e-9 {
            -b * l
        } else {
            -b * libm::expm1((s - 1.0) * l) / (s - 1.0)
        };
        let e = p_alive_of(terms)? * (r + x as f64) / (alpha + t_cal) * life;
        e.is_finite().then_some(e)
    }
}

/// P(alive) from a history's [`Terms`] (`None` if not a number).
fn p_alive_of(terms: Terms) -> Option<f64> {
    let p = libm::exp(terms.alive - ln_sum(terms.alive, terms.gone));
    p.is_finite().then_some(p)
}

/// ln(e^`alive` + `s_k` (e^`a` - e^`b`)) for A0's end terms a >= b (at t_x
/// and T; their difference is taken as 0 where rounding makes b the
/// larger): one customer's log-likelihood less its constant, with the
/// larger of e^alive and e^a factored out, so every exponent is at most 0
/// and it takes three elementary functions (`ln_sum` of `ln_diff`, four).
fn ln_alive_or_gone(alive: f64, s_k: f64, a: f64, b: f64) -> f64 {
    // 1 - e^(b-a)
    let d = -libm::expm1(b - a);
    if d.is_nan() || d <= 0.0 {
        return alive;
    }
    if alive >= a {
        alive + libm::log1p(s_k * libm::exp(a - alive) * d)
    } else {
        a + libm::log(libm::exp(alive - a) + s_k * d)
    }
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
    fn the_factored_sum_is_the_log_space_one() {
        // ln(e^alive + s_k (e^a - e^b)) against ln_sum of ln_diff, with
        // either term far the larger (e^-800 underflows: only the factored
        // form keeps it), a = b (no time to leave: alive alone) and b a
        // rounding above a (the same).
        for (alive, s_k, a, b) in [
            (-3.0, 0.4, -2.0, -2.5),
            (-2.0, 0.4, -3.0, -3.5),
            (-900.0, 0.1, -100.0, -101.0),
            (-100.0, 0.1, -900.0, -900.5),
            (-10.0, 0.7, -10.0, -10.0 - 1e-9),
            (-5.0, 0.7, -4.0, -40.0),
        ] {
            let ours = ln_alive_or_gone(alive, s_k, a, b);
            let theirs = ln_sum(alive, libm::log(s_k) + ln_diff(a, b));
            assert!(
                (ours - theirs).abs() <= 1e-14 * theirs.abs(),
                "{:?}: {ours} vs {theirs}",
                (alive, s_k, a, b)
            );
        }
        assert_eq!(ln_alive_or_gone(-3.0, 0.4, -2.0, -2.0), -3.0);
        assert_eq!(ln_alive_or_gone(-3.0, 0.4, -2.0, -2.0 + 1e-15), -3.0);
    }

    #[test]
    fn both_tables_of_ends_find_each_history_s_two() {
        // The dense table and the sorted list: every history's two indices
        // name its own (x, t_x) and (x, T), and no end is listed twice.
        let histories = [(0, 0, 0), (0, 0, 0), (3, 0, 0), (3, 0, 0), (9, 0, 0)];
        let at_times = [(0, 2), (0, 1), (1, 2), (2, 2), (0, 2)];
        for dense in [true, false] {
            let (ends, at) = ends_of(&histories, &at_times, 3, dense);
            for (i, (h, &(tx, t))) in histories.iter().zip(&at_times).enumerate() {
                assert_eq!(ends[at[2 * i] as usize], (h.0, tx), "{dense}");
                assert_eq!(ends[at[2 * i + 1] as usize], (h.0, t), "{dense}");
            }
            let mut sorted = ends.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), ends.len(), "{dense}: {ends:?}");
            assert_eq!(ends.len(), 7, "{dense}: {ends:?}");
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
            // Each customer's own, in the log-space form of eq. 22.
            let each: f64 = data
                .iter()
                .map(|c| {
                    let terms = m.terms_of(c.x, c.t_x, c.t).unwrap();
                    let xf = c.x as f64;
                    ln_gamma(0.7 + xf) - ln_gamma(0.7)
                        + 0.7 * libm::log(alpha)
                        + 0.9 * libm::log(beta)
                        + ln_sum(terms.alive, terms.gone)
                })
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
