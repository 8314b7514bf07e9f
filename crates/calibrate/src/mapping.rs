//! From the fit to a Loyalty Lab scenario: the first mapping of the BG/NBD
//! and Gamma-Gamma parameters onto `customers.*`, `business.mean_basket`,
//! the market and the run's size (docs/model.md, "Calibration"). The
//! scenario's customers are the customer base at the calibration end: those
//! BG/NBD expects to be alive, with the rates their histories imply.
//!
//! Invariant: the scenario returned passes `loyalty_sim::validate` (every
//! mapped number is clamped into its valid range, and each clamp is said in
//! the mapping's notes); it carries only aggregates, no customer's data.

use crate::bgnbd::BgNbd;
use crate::gamma_gamma::GammaGamma;
use crate::histories::Histories;
use loyalty_sim::history::{History, HistoryClass};
use loyalty_sim::Scenario;
use serde::Serialize;

/// Weeks in a year.
pub const WEEKS_A_YEAR: f64 = 365.25 / 7.0;

/// One scenario field set by the calibration, with its rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mapped {
    /// The scenario field.
    pub field: &'static str,
    /// Its value.
    pub value: f64,
    /// How it follows from the fit.
    pub rule: &'static str,
    /// Set when the value was clamped into the field's valid range.
    pub clamped_from: Option<f64>,
}

/// The customers alive at the calibration end, as BG/NBD sees them: how
/// many (the sum of P(alive)), the mean and the Gamma shape of their weekly
/// purchase rates (the P(alive)-weighted mixture of each customer's
/// posterior Gamma(r + x, alpha + T), matched in mean and variance), and the
/// share of them expected to drop out within `weeks` (given alive, p ~
/// Beta(a, b + x), and the chance to stay alive for t more weeks is
/// E[((alpha + T)/(alpha + T + p t))^(r + x)]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AliveBase {
    /// Expected customers alive.
    pub customers: f64,
    /// Their mean weekly purchase rate.
    pub mean_rate: f64,
    /// The Gamma shape with the same mean and variance.
    pub shape: f64,
    /// The share expected to drop out within the given weeks.
    pub dropout_share: f64,
}

/// E[((alpha + T)/(alpha + T + p t))^(r + x)] over p ~ Beta(a, b + x): the
/// chance that a customer alive with `x` repeats at age `T` is still alive
/// `t` weeks on, in closed form. The expectation is the Gauss
/// hypergeometric 2F1(r + x, a; a + b + x; -t/(alpha + T)) (Euler's
/// integral), by Pfaff's transformation
/// ((alpha + T)/(alpha + T + t))^a 2F1(a, a + b - r; a + b + x; t/(alpha + T + t)),
/// whose argument is in [0, 1) and whose parameters do not grow with x.
/// Where that series cannot be summed (alpha + T tiny beside t), the
/// midpoint rule [`survival_by_quadrature`].
pub fn survival(m: &BgNbd, x: u32, t_cal: f64, t: f64) -> f64 {
    let rate = m.alpha + t_cal;
    let z = t / (rate + t);
    let xf = x as f64;
    match crate::special::hyp2f1(m.a, m.a + m.b - m.r, m.a + m.b + xf, z) {
        Some(f) if f.is_finite() => libm::pow(rate / (rate + t), m.a) * f,
        _ => survival_by_quadrature(m.a, m.b + xf, rate, m.r + xf, t),
    }
}

/// Quadrature points of [`survival_by_quadrature`].
const POINTS: usize = 2_000;

/// E[(c/(c + p t))^k] over p ~ Beta(a, b) by the midpoint rule in u, with
/// p = u^(1/a) (which takes the p^(a-1) singularity away), divided by the
/// same rule's integral of the density (so that t = 0 gives exactly 1):
/// [`survival`]'s fallback.
fn survival_by_quadrature(a: f64, b: f64, c: f64, k: f64, t: f64) -> f64 {
    let (mut s, mut total) = (0.0, 0.0);
    for i in 0..POINTS {
        let p = libm::pow((i as f64 + 0.5) / POINTS as f64, 1.0 / a);
        let d = libm::pow(1.0 - p, b - 1.0);
        s += libm::pow(c / (c + p * t), k) * d;
        total += d;
    }
    s / total
}

/// The alive base of the histories `h` under `m` (see [`AliveBase`]).
pub fn alive_base(m: &BgNbd, h: &Histories, weeks: f64) -> AliveBase {
    let (mut w, mut m1, mut m2, mut drop) = (0.0, 0.0, 0.0, 0.0);
    // The histories are sorted by x and T, on which survival depends.
    let mut survival_of: Option<((u32, u64), f64)> = None;
    for g in &h.groups {
        let (x, t) = (g.x, g.t);
        let (shape, rate) = (m.r + x as f64, m.alpha + t);
        let alive = g.n() * m.p_alive(x, g.t_x, t);
        w += alive;
        m1 += alive * shape / rate;
        m2 += alive * shape * (shape + 1.0) / (rate * rate);
        let stay = match survival_of {
            Some((key, v)) if key == (x, t.to_bits()) => v,
            _ => {
                let v = survival(m, x, t, weeks);
                survival_of = Some(((x, t.to_bits()), v));
                v
            }
        };
        drop += alive * (1.0 - stay);
    }
    let w_safe = w.max(1e-300);
    let mean = m1 / w_safe;
    let var = (m2 / w_safe - mean * mean).max(1e-300);
    AliveBase {
        customers: w,
        mean_rate: mean,
        shape: mean * mean / var,
        dropout_share: (drop / w_safe).clamp(0.0, 1.0),
    }
}

/// The most classes the mapping writes into `customers.history`: few
/// enough that the scenario's share link stays under 2,000 characters.
pub const LINK_CLASSES: usize = 160;

/// The range `customers.history` allows the BG/NBD parameters.
pub const HISTORY_PARAMETERS: (f64, f64) = loyalty_sim::history::PARAMETER_RANGE;

/// Weeks per bin of t_x and T, tried from the finest until the table has at
/// most [`LINK_CLASSES`] classes.
const WEEK_BINS: [f64; 9] = [1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 13.0, 26.0, 52.0];

/// The bin of a repeat count: exact up to [`diagnostics::TOP`] + 3, then
/// bins a quarter wider each (so the buckets 0 .. 6 and 7+ keep their
/// customers exactly).
fn x_bin(x: u32) -> u32 {
    let exact = crate::diagnostics::TOP + 3;
    if x <= exact {
        return x;
    }
    let (mut lo, mut bin) = (exact + 1, exact + 1);
    loop {
        let hi = lo + (lo / 4).max(1);
        if x < hi {
            return bin;
        }
        lo = hi;
        bin += 1;
    }
}

/// The cohort's histories as classes for `customers.history`: customers
/// grouped by their repeat count's bin and t_x and T in bins of `w` weeks;
/// each class has the group's mean repeat count (rounded) and mean t_x and
/// T (to a tenth of a week), and the group's size.
fn classes_at(h: &Histories, w: f64) -> Vec<HistoryClass> {
    let mut keys: Vec<(u32, u32, u32, usize)> = h
        .groups
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let tx = libm::floor(c.t_x / w) as u32;
            let t = libm::floor(c.t / w) as u32;
            (x_bin(c.x), tx, t, i)
        })
        .collect();
    keys.sort_unstable();
    let mut out = Vec::new();
    let mut i = 0;
    while i < keys.len() {
        let mut j = i;
        while j < keys.len()
            && keys[j].0 == keys[i].0
            && keys[j].1 == keys[i].1
            && keys[j].2 == keys[i].2
        {
            j += 1;
        }
        let group = keys[i..j].iter().map(|k| &h.groups[k.3]);
        let (mut x, mut t_x, mut t, mut count) = (0.0, 0.0, 0.0, 0u32);
        for g in group {
            x += g.n() * g.x as f64;
            t_x += g.n() * g.t_x;
            t += g.n() * g.t;
            count += g.customers;
        }
        let n = count as f64;
        let tenth = |v: f64| libm::round(10.0 * v / n) / 10.0;
        let x = libm::round(x / n) as u32;
        let t = tenth(t);
        // Rounding keeps 0 <= t_x <= T, and t_x = 0 without repeats.
        let t_x = if x == 0 { 0.0 } else { tenth(t_x).min(t) };
        out.push(HistoryClass { x, t_x, t, count });
        i = j;
    }
    out
}

/// How many classes [`classes_at`] makes with bins of `w` weeks (its
/// keys, counted without making the classes).
fn class_count(h: &Histories, w: f64) -> usize {
    let mut keys: Vec<(u32, u32, u32)> = h
        .groups
        .iter()
        .map(|c| {
            let tx = libm::floor(c.t_x / w) as u32;
            let t = libm::floor(c.t / w) as u32;
            (x_bin(c.x), tx, t)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.len()
}

/// `customers.history` for the cohort under `m`: the parameters and the
/// finest week bins that fit in [`LINK_CLASSES`] classes (the coarsest
/// when none does).
pub fn history(m: &BgNbd, h: &Histories) -> History {
    let coarsest = WEEK_BINS[WEEK_BINS.len() - 1];
    let w = WEEK_BINS
        .into_iter()
        .find(|&w| class_count(h, w) <= LINK_CLASSES)
        .unwrap_or(coarsest);
    let classes = classes_at(h, w);
    History {
        r: m.r,
        alpha: m.alpha,
        a: m.a,
        b: m.b,
        classes,
    }
}

/// The calibrated scenario and the rule behind each mapped field.
pub fn scenario(
    name: &str,
    m: &BgNbd,
    gg: Option<&GammaGamma>,
    h: &Histories,
    observed_mean_spend: f64,
    horizon_days: u32,
) -> (Scenario, Vec<Mapped>) {
    let mut s = Scenario {
        name: name.to_string(),
        programme: None,
        events: Vec::new(),
        ..Scenario::default()
    };
    let mut mapped = Vec::new();
    let mut set = |field: &'static str, raw: f64, lo: f64, hi: f64, rule: &'static str| -> f64 {
        let raw = if raw.is_finite() { raw } else { hi };
        let v = raw.clamp(lo, hi);
        mapped.push(Mapped {
            field,
            value: v,
            rule,
            clamped_from: (v != raw).then_some(raw),
        });
        v
    };
    let base = alive_base(m, h, WEEKS_A_YEAR);
    s.simulation.customers = set(
        "simulation.customers",
        base.customers.round(),
        100.0,
        1_000_000.0,
        "customers alive at the calibration end: the sum of P(alive) over the cohort",
    ) as u32;
    s.simulation.days = set(
        "simulation.days",
        horizon_days as f64,
        30.0,
        3650.0,
        "the holdout period's length in days (365 without a holdout)",
    ) as u32;
    s.customers.occasions_per_year = set(
        "customers.occasions_per_year",
        base.mean_rate * WEEKS_A_YEAR,
        0.5,
        365.0,
        "mean purchase rate of the customers alive at the calibration end: the P(alive)-weighted mean of (r + x) / (alpha + T) per week, times 52.18",
    );
    s.customers.rate_shape = set(
        "customers.rate_shape",
        base.shape,
        0.1,
        20.0,
        "the Gamma shape with the mean and variance of the alive customers' rates (the mixture of Gamma(r + x, alpha + T) weighted by P(alive)); the engine's rate is Gamma(rate_shape, mean / rate_shape)",
    );
    s.customers.annual_exit_rate = set(
        "customers.annual_exit_rate",
        base.dropout_share,
        0.0,
        0.9,
        "the share of the alive customers BG/NBD expects to drop out within a year: 1 - E[((alpha + T)/(alpha + T + p 52.18))^(r + x)], p ~ Beta(a, b + x), weighted by P(alive)",
    );
    match gg {
        Some(g) => {
            s.business.mean_basket = set(
                "business.mean_basket",
                if g.q > 1.0 { g.mean_spend() } else { observed_mean_spend },
                0.01,
                1e6,
                "the population mean of customers' mean spend, p gamma / (q - 1) (the observed mean if q <= 1)",
            );
            s.customers.basket_spread = set(
                "customers.basket_spread",
                if g.q > 2.0 { libm::sqrt(libm::log(1.0 + 1.0 / (g.q - 2.0))) } else { 2.0 },
                0.0,
                2.0,
                "lognormal with the coefficient of variation of the customers' mean spend p/nu, nu ~ Gamma(q, gamma): sqrt(ln(1 + 1/(q - 2)))",
            );
            s.customers.trip_spread = set(
                "customers.trip_spread",
                libm::sqrt(libm::log(1.0 + 1.0 / g.p)),
                0.0,
                2.0,
                "lognormal with the coefficient of variation of one transaction around the customer's mean, Gamma(p): sqrt(ln(1 + 1/p))",
            );
        }
        None => {
            s.business.mean_basket = set(
                "business.mean_basket",
                observed_mean_spend,
                0.01,
                1e6,
                "the observed mean occasion value (no spend model was fitted)",
            );
        }
    }
    // The log records purchases at this firm only: every occasion is one,
    // so the engine's occasions are the firm's purchases (a monopoly), and
    // the log says nothing about word of mouth.
    // The day-0 customers stand for the cohort's classes, each conditioned
    // on its history (docs/model.md, "From the fit to a scenario").
    // A degenerate fit (a parameter outside what a history allows, as with
    // a single customer) leaves the day-0 customers unconditioned.
    let fits = [m.r, m.alpha, m.a, m.b]
        .iter()
        .all(|v| (HISTORY_PARAMETERS.0..=HISTORY_PARAMETERS.1).contains(v));
    s.customers.history = fits.then(|| history(m, h));
    s.market.alternatives = 0;
    s.market.promoter_tells = 0.0;
    s.market.detractor_tells = 0.0;
    s.market.trend = 0.0;
    (s, mapped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::CustomerData;

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

    /// E[(c/(c + p t))^k] over p ~ Beta(a, b) by Simpson's rule in u with
    /// p = u^(1/a), on many points: a reference for [`survival`].
    fn survival_by_simpson(a: f64, b: f64, c: f64, k: f64, t: f64) -> f64 {
        let n = 200_000;
        let (mut s, mut total) = (0.0, 0.0);
        for i in 0..=n {
            let u = i as f64 / n as f64;
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            let p = u.powf(1.0 / a);
            let d = if p < 1.0 {
                (1.0 - p).powf(b - 1.0)
            } else {
                0.0
            };
            s += w * (c / (c + p * t)).powf(k) * d;
            total += w * d;
        }
        s / total
    }

    #[test]
    fn survival_has_closed_forms_at_the_edges() {
        let m = BgNbd {
            r: 1.0,
            alpha: 40.0,
            a: 1.0,
            b: 1.0,
        };
        // t = 0: nobody leaves.
        assert_eq!(survival(&m, 3, 10.0, 0.0), 1.0);
        // x = 0, r = 1, a = 1, b = 1 (p uniform), T = 0:
        // E[c/(c + p t)] = (c/t) ln(1 + t/c) with c = alpha.
        let (c, t) = (40.0, 52.0);
        let exact = c / t * (1.0f64 + t / c).ln();
        assert!((survival(&m, 0, 0.0, t) - exact).abs() < 1e-14);
        // The quadrature it falls back on is within 1e-6.
        assert!((survival_by_quadrature(1.0, 1.0, c, 1.0, t) - exact).abs() < 1e-6);
    }

    #[test]
    fn survival_in_closed_form_is_the_integral_more_exactly_than_the_old_rule() {
        let m = BgNbd {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        for (x, t_cal) in [(0, 0.0), (0, 30.0), (1, 2.0), (4, 38.0), (25, 60.0)] {
            let (b, c, k) = (m.b + x as f64, m.alpha + t_cal, m.r + x as f64);
            let fine = survival_by_simpson(m.a, b, c, k, WEEKS_A_YEAR);
            let closed = survival(&m, x, t_cal, WEEKS_A_YEAR);
            let rule = survival_by_quadrature(m.a, b, c, k, WEEKS_A_YEAR);
            assert!(
                (closed - fine).abs() < 1e-9,
                "x {x} T {t_cal}: {closed} against {fine}"
            );
            assert!(
                (closed - fine).abs() <= (rule - fine).abs(),
                "x {x} T {t_cal}"
            );
        }
    }

    #[test]
    fn survival_falls_back_on_the_quadrature_where_the_series_cannot_be_summed() {
        // alpha + T = 1e-12 beside a year: the series' argument is 1 - 2e-14.
        let m = BgNbd {
            r: 0.5,
            alpha: 1e-12,
            a: 0.8,
            b: 2.5,
        };
        let z = WEEKS_A_YEAR / (m.alpha + WEEKS_A_YEAR);
        assert!(crate::special::hyp2f1(m.a, m.a + m.b - m.r, m.a + m.b, z).is_none());
        let v = survival(&m, 0, 0.0, WEEKS_A_YEAR);
        assert_eq!(
            v,
            survival_by_quadrature(m.a, m.b, m.alpha, m.r, WEEKS_A_YEAR)
        );
        assert!(v > 0.0 && v < 1.0, "{v}");
    }

    #[test]
    fn the_alive_base_of_new_customers_is_the_prior() {
        // Customers who have just made their first purchase (x = 0, T = 0):
        // all alive, with the prior rate Gamma(r, alpha).
        let m = BgNbd {
            r: 0.5,
            alpha: 4.0,
            a: 0.8,
            b: 2.5,
        };
        let fresh = customer(0, 0.0, 0.0);
        let base = alive_base(&m, &Histories::new(&[fresh; 10]), WEEKS_A_YEAR);
        assert_eq!(base.customers, 10.0);
        assert!(
            (base.mean_rate - 0.125).abs() < 1e-12 && (base.shape - 0.5).abs() < 1e-9,
            "{base:?}"
        );
        // Without repeats nobody can have dropped out yet, but within a year some do.
        assert!(base.dropout_share > 0.0 && base.dropout_share < 1.0);
    }

    #[test]
    fn the_dropout_share_weighs_each_history_s_own_survival() {
        // Histories with several repeat counts and ages, out of order and
        // one twice: the share alive_base finds (survival once per x and T)
        // is the P(alive)-weighted mean of each customer's survival
        // computed on its own.
        let m = BgNbd {
            r: 0.6,
            alpha: 5.0,
            a: 0.7,
            b: 2.2,
        };
        let histories = [
            (3, 20.0, 30.0),
            (0, 0.0, 12.0),
            (3, 25.0, 40.0),
            (1, 5.0, 30.0),
            (3, 20.0, 30.0),
            (3, 22.0, 30.0),
        ];
        let customers: Vec<CustomerData> = histories
            .iter()
            .map(|&(x, t_x, t)| customer(x, t_x, t))
            .collect();
        let (mut w, mut drop) = (0.0, 0.0);
        for &(x, t_x, t) in &histories {
            let alive = m.p_alive(x, t_x, t);
            let stay = survival_by_simpson(
                m.a,
                m.b + x as f64,
                m.alpha + t,
                m.r + x as f64,
                WEEKS_A_YEAR,
            );
            w += alive;
            drop += alive * (1.0 - stay);
        }
        let base = alive_base(&m, &Histories::new(&customers), WEEKS_A_YEAR);
        assert!(
            (base.dropout_share - drop / w).abs() < 1e-9,
            "{} against {}",
            base.dropout_share,
            drop / w
        );
        assert!((base.customers - w).abs() < 1e-12);
    }

    #[test]
    fn classes_are_counted_as_made_and_the_finest_bins_that_fit_are_taken() {
        // 2,000 customers with many recencies and ages.
        let customers: Vec<CustomerData> = (0..2_000u32)
            .map(|i| {
                let t = 10.0 + (i % 97) as f64 * 0.9;
                let x = i % 23;
                customer(x, if x > 0 { t * (i % 7) as f64 / 7.0 } else { 0.0 }, t)
            })
            .collect();
        let h = Histories::new(&customers);
        for w in WEEK_BINS {
            assert_eq!(class_count(&h, w), classes_at(&h, w).len(), "w = {w}");
        }
        let m = BgNbd {
            r: 0.5,
            alpha: 4.0,
            a: 0.8,
            b: 2.5,
        };
        let made = history(&m, &h).classes;
        let w = *WEEK_BINS
            .iter()
            .find(|&&w| classes_at(&h, w).len() <= LINK_CLASSES)
            .expect("some bins fit");
        assert!(w > WEEK_BINS[0], "the finest bins do not fit");
        assert_eq!(made, classes_at(&h, w));
    }

    #[test]
    fn classes_are_the_customers_means_by_bin() {
        // Two customers of one history and one of another in the same
        // 4-week bins; two customers elsewhere.
        let customers = [
            customer(2, 9.0, 21.0),
            customer(2, 10.5, 22.5),
            customer(3, 10.5, 22.5),
            customer(2, 9.0, 21.0),
            customer(0, 0.0, 3.0),
        ];
        let classes = classes_at(&Histories::new(&customers), 4.0);
        let got: Vec<(u32, f64, f64, u32)> =
            classes.iter().map(|c| (c.x, c.t_x, c.t, c.count)).collect();
        // Means of the three: t_x 28.5/3 = 9.5, T 64.5/3 = 21.5.
        assert_eq!(
            got,
            vec![(0, 0.0, 3.0, 1), (2, 9.5, 21.5, 3), (3, 10.5, 22.5, 1)]
        );
    }
}
