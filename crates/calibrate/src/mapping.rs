//! From the fit to a Loyalty Lab scenario: the first mapping of the BG/NBD
//! and Gamma-Gamma parameters onto `customers.*`, `business.mean_basket`,
//! the market and the run's size (docs/model.md, "Calibration").
//!
//! Invariant: the scenario returned passes `loyalty_sim::validate` (every
//! mapped number is clamped into its valid range, and each clamp is said in
//! the mapping's notes); it carries only aggregates, no customer's data.

use crate::bgnbd::BgNbd;
use crate::gamma_gamma::GammaGamma;
use crate::special::ln_beta;
use crate::summary::CustomerData;
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

/// The share of a new customer's cohort that BG/NBD expects to drop out
/// within `weeks`: 1 - E[(alpha / (alpha + p t))^r] over p ~ Beta(a, b)
/// (the chance to be alive at t given lambda and p is exp(-lambda p t)).
pub fn dropout_share(m: &BgNbd, weeks: f64) -> f64 {
    // p = u^(1/a) takes the p^(a-1) singularity of the Beta density away.
    let n = 20_000;
    let mut alive = 0.0;
    for i in 0..n {
        let u = (i as f64 + 0.5) / n as f64;
        let p = libm::pow(u, 1.0 / m.a);
        alive += libm::pow(m.alpha / (m.alpha + p * weeks), m.r) * libm::pow(1.0 - p, m.b - 1.0);
    }
    let alive = alive / n as f64 / (m.a * libm::exp(ln_beta(m.a, m.b)));
    (1.0 - alive).clamp(0.0, 1.0)
}

/// The calibrated scenario and the rule behind each mapped field.
pub fn scenario(
    name: &str,
    m: &BgNbd,
    gg: Option<&GammaGamma>,
    customers: &[CustomerData],
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
    let alive: f64 = customers.iter().map(|c| m.p_alive(c.x, c.t_x, c.t)).sum();
    s.simulation.customers = set(
        "simulation.customers",
        alive.round(),
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
        m.r / m.alpha * WEEKS_A_YEAR,
        0.5,
        365.0,
        "mean purchase rate of a new customer while alive: r / alpha per week, times 52.18",
    );
    s.customers.rate_shape = set(
        "customers.rate_shape",
        m.r,
        0.1,
        20.0,
        "the Gamma shape of the purchase rate, r (the engine's rate is Gamma(rate_shape, mean / rate_shape))",
    );
    s.customers.annual_exit_rate = set(
        "customers.annual_exit_rate",
        dropout_share(m, WEEKS_A_YEAR),
        0.0,
        0.9,
        "the share of new customers BG/NBD expects to drop out within a year: 1 - E[(alpha/(alpha + p 52.18))^r], p ~ Beta(a, b)",
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
    s.market.alternatives = 0;
    s.market.promoter_tells = 0.0;
    s.market.detractor_tells = 0.0;
    s.market.trend = 0.0;
    (s, mapped)
}
