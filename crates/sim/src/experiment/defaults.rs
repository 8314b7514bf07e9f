//! The default list of uncertain parameters: what a user cannot know for
//! sure about their customers and market, with low and high values around
//! the scenario's own value (a tornado without `parameters` uses it; the
//! app offers it as a starting list).
//!
//! Invariant: every entry's low and high lie within the field's valid range
//! (they are clamped to it) and are rounded to 9 decimals, so the same
//! scenario always gives the same bars.

use super::{path, Range};
use crate::Scenario;

/// How far a default range reaches around the scenario's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Spread {
    /// The value minus and plus this amount.
    Plus(f64),
    /// The value times `1 - f` and `1 + f`.
    Times(f64),
}

/// One default uncertain parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DefaultRange {
    /// The parameter's path.
    pub path: &'static str,
    /// Its unit or kind, for a user.
    pub unit: &'static str,
    /// How far its low and high values reach around the scenario's value.
    pub spread: Spread,
    /// The smallest valid value (from `validate`).
    pub min: f64,
    /// The largest valid value.
    pub max: f64,
}

/// The default uncertain parameters: customer traits, the market and the
/// behavioural appetites.
pub const DEFAULT_UNCERTAIN: [DefaultRange; 11] = [
    DefaultRange {
        path: "customers.reward_appetite",
        unit: "share 0-1",
        spread: Spread::Plus(0.1),
        min: 0.01,
        max: 0.99,
    },
    DefaultRange {
        path: "customers.price_sensitivity",
        unit: "sensitivity (1 = typical)",
        spread: Spread::Times(0.25),
        min: 0.0,
        max: 5.0,
    },
    DefaultRange {
        path: "customers.occasions_per_year",
        unit: "occasions a year",
        spread: Spread::Times(0.2),
        min: 0.5,
        max: 365.0,
    },
    DefaultRange {
        path: "customers.annual_exit_rate",
        unit: "share a year",
        spread: Spread::Times(0.5),
        min: 0.0,
        max: 0.9,
    },
    DefaultRange {
        path: "customers.rate_shape",
        unit: "Gamma shape",
        spread: Spread::Times(0.3),
        min: 0.1,
        max: 20.0,
    },
    DefaultRange {
        path: "market.competitor_quality",
        unit: "quality 0-1",
        spread: Spread::Plus(0.05),
        min: 0.0,
        max: 1.0,
    },
    DefaultRange {
        path: "market.switching_barrier",
        unit: "share 0-0.95",
        spread: Spread::Plus(0.05),
        min: 0.0,
        max: 0.95,
    },
    DefaultRange {
        path: "market.promoter_tells",
        unit: "people a year",
        spread: Spread::Times(0.5),
        min: 0.0,
        max: 100.0,
    },
    DefaultRange {
        path: "market.detractor_tells",
        unit: "people a year",
        spread: Spread::Times(0.5),
        min: 0.0,
        max: 100.0,
    },
    DefaultRange {
        path: "market.referral_conversion",
        unit: "share",
        spread: Spread::Times(0.5),
        min: 0.0,
        max: 1.0,
    },
    DefaultRange {
        path: "programme.enrolment.join_propensity",
        unit: "probability",
        spread: Spread::Times(0.4),
        min: 0.0,
        max: 1.0,
    },
];

fn round9(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// The default uncertain parameters that `scenario` uses, with their low
/// and high values around the scenario's own (those it does not use, such
/// as the enrolment of a scenario without a programme, are left out).
pub fn default_uncertain(scenario: &Scenario) -> Vec<Range> {
    DEFAULT_UNCERTAIN
        .iter()
        .filter_map(|d| {
            let v = path::get(scenario, d.path).ok()?;
            let (lo, hi) = match d.spread {
                Spread::Plus(a) => (v - a, v + a),
                Spread::Times(f) => (v * (1.0 - f), v * (1.0 + f)),
            };
            Some(Range {
                path: d.path.to_string(),
                low: round9(lo.clamp(d.min, d.max)),
                high: round9(hi.clamp(d.min, d.max)),
            })
        })
        .collect()
}

/// The value of the parameter at `path` in `scenario` (as an experiment
/// would vary it), or a sentence naming the parameter when the scenario
/// has no such number or does not use it.
pub fn parameter_value(scenario: &Scenario, path: &str) -> Result<f64, String> {
    path::get(scenario, path).map_err(|e| e.message(path))
}
