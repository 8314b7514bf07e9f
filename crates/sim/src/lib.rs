//! # loyalty-sim
//!
//! The deterministic core of Loyalty Lab: an agent-based simulation of
//! customers living under a loyalty programme, run side by side with a
//! **baseline twin** (the same customers, the same random streams, no
//! programme), so that every effect of the programme is measured as an
//! increment.
//!
//! A small [`Scenario`] goes in, a [`Report`] comes out:
//!
//! ```
//! let mut scenario = loyalty_sim::Scenario::default();
//! scenario.simulation.customers = 200;
//! scenario.simulation.days = 60;
//! let report = loyalty_sim::run(&scenario).expect("valid scenario");
//! assert_eq!(report.monthly.len(), 2);
//! ```
//!
//! Many runs (Monte Carlo, comparisons, sweeps, tornados) are planned,
//! run job by job and combined by [`experiment`].
//!
//! The core has no clock, no global state and no I/O; all randomness comes
//! from streams keyed by the scenario's seed, and transcendental maths comes
//! from `libm`, so the same scenario gives byte-identical reports natively and
//! in WebAssembly. See `ARCHITECTURE.md` and `docs/model.md`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[macro_use]
mod mechanics;
mod assemble;
mod behaviour;
mod burn_in;
mod calendar;
mod costs;
mod currency;
mod draws;
mod error_code;
mod events;
pub mod experiment;
mod finance;
pub mod history;
mod ledger;
mod limits;
mod market;
pub mod memory;
mod observe;
mod params;
mod population;
mod purchase;
mod report;
mod rng;
mod rules;
mod scan;
mod scenario;
mod sheets;
pub mod story;
mod twins;
mod validate;
mod world;

pub use costs::{CostBasis, CostItem, CostLine, CostLineRow, CostTiming, MAX_COST_LINES};
pub use currency::{Currency, CurrencyProblem, SymbolPosition, KNOWN_CURRENCIES, MAX_SYMBOL_CHARS};
pub use finance::{
    CohortRow, DeferredRow, Finance, Goal, GoalView, PointEconomics, RollRow, SegmentRow, Split,
    TierRow, WaterfallPart,
};
pub use ledger::{Ledger, LedgerDay};
pub use limits::{BASKET_CAP, MONEY_LIMIT};
pub use mechanics::coupons::MAX_COUPONS;
pub use observe::{CustomerSnapshot, Leaving, Observer, OccasionEvent, PurchaseEvent, RunKind};
pub use report::{
    ApostleShares, Commitments, CostBreakdown, EmotionMeans, EventMark, IncomeBreakdown, Kpis,
    LadderShares, LoyaltyShares, MonthRow, MonthStats, Report,
};
/// Every input type (a mechanic's settings type is re-exported by `scenario`).
pub use scenario::*;
pub use sheets::{unit_of, Cell, Sheet};
pub use twins::{twin_key, Twins};
pub use validate::{
    default_market_size, market_size, validate, ErrorCode, FieldError, ParseProblem, Place,
    Quantity, Rule, CUSTOMERS_RANGE, DAYS_RANGE, MARKET_MULTIPLE, MAX_POPULATION,
};

/// The model's version, carried by every [`Report`]. It is bumped whenever
/// the same scenario and seed give different numbers (a change of the
/// model, of the order of random draws or of the report's arithmetic), so
/// a result or a share link can say which model made it.
///
/// History: 1, the engine of issue 4 (every programme tool, targeting and
/// events); 2, the rebuilt engine: a day's occasions run in customer id
/// order (so a binding prize budget goes to the first winning entries by
/// day and id), day-0 customers at the steady state (a burn-in), arrivals
/// that replace departures (`market.trend`), and enrolment that weighs the
/// offer's worth against the effort of joining; 3, a market of limited
/// size (`market.market_size`, by default 100 times the day-0 customers):
/// new customers come from its people who are not yet customers and
/// deplete them, so growth is bounded; and a basket is at most
/// [`BASKET_CAP`] mean baskets.
pub const MODEL_VERSION: u32 = 3;

/// How far a run has got: simulated months done out of the total, counting
/// both the programme run and its twin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Months simulated so far (both runs).
    pub done: u32,
    /// Months to simulate in all (both runs).
    pub total: u32,
    /// Customers the run in progress holds so far: its day-0 customers and
    /// every arrival up to the next month's (those are drawn at a month's
    /// end). A shell that must keep a run within memory can cancel on it
    /// (see [`memory`]).
    pub customers: u64,
}

impl Progress {
    /// Share done, 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

/// What a progress callback wants next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Keep going.
    Continue,
    /// Stop as soon as possible; the run returns [`RunError::Cancelled`].
    Cancel,
}

/// Why a run produced no report.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RunError {
    /// The scenario failed validation; every problem is listed.
    #[error("the scenario is invalid ({} problem(s))", .0.len())]
    Invalid(Vec<FieldError>),
    /// The progress callback asked to stop.
    #[error("the run was cancelled")]
    Cancelled,
}

/// Everything a run produces: the report plus both daily ledgers.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The report.
    pub report: Report,
    /// The programme run's daily ledger.
    pub programme_ledger: Ledger,
    /// The baseline twin's daily ledger.
    pub baseline_ledger: Ledger,
}

/// One of a scenario's two runs (the programme run or its twin), simulated
/// on its own so that the two can run in parallel (the web app runs them in
/// two Web Workers). [`combine`] turns the two parts into the report that
/// [`run`] gives, bit for bit. Parts are plain serde data, so they can be
/// sent between threads or workers.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunPart {
    /// Kept as JSON text inside the part, so that non-self-describing
    /// formats (bincode) can carry the scenario's tagged enums too.
    #[serde(with = "scenario_as_json")]
    scenario: Scenario,
    kind: RunKind,
    result: assemble::RunResult,
}

/// Serialises a scenario as one JSON string (exact: `float_roundtrip`).
mod scenario_as_json {
    use crate::Scenario;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(s: &Scenario, out: S) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(s).map_err(serde::ser::Error::custom)?;
        out.serialize_str(&text)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<Scenario, D::Error> {
        let text = String::deserialize(de)?;
        serde_json::from_str(&text).map_err(serde::de::Error::custom)
    }
}

impl RunPart {
    /// Which run this is.
    pub fn kind(&self) -> RunKind {
        self.kind
    }

    /// Checks that the part is a whole, sound run of its scenario: the
    /// scenario is valid, the sizes fit it, every number is finite, every
    /// day's ledger adds up, each month is the sum of its days, the points
    /// are conserved and the twin has no programme money. `Err` says, in a
    /// sentence, what is wrong. [`combine`] refuses parts that fail it, so
    /// bytes damaged on their way between workers never make a report.
    pub fn check(&self) -> Result<(), String> {
        if validate(&self.scenario).is_err() {
            return Err("the run part's scenario is not valid".into());
        }
        self.result
            .check(&self.scenario, self.kind)
            .map_err(|e| format!("the run part is damaged: {e}"))
    }
}

/// Validates the scenario and simulates one of its runs. `progress` counts
/// this run's months only.
pub fn run_part(
    scenario: &Scenario,
    kind: RunKind,
    progress: &mut dyn FnMut(Progress) -> Control,
) -> Result<RunPart, RunError> {
    validate(scenario).map_err(RunError::Invalid)?;
    let result = assemble::simulate_part(scenario, kind, progress)?;
    Ok(RunPart {
        scenario: scenario.clone(),
        kind,
        result,
    })
}

/// The report of a scenario from its two parts, in either order; `None` if
/// they are not one programme run and one twin of the same scenario, or
/// either fails [`RunPart::check`].
pub fn combine(a: &RunPart, b: &RunPart) -> Option<Report> {
    if a.scenario != b.scenario || a.check().is_err() || b.check().is_err() {
        return None;
    }
    let (prog, base) = match (a.kind, b.kind) {
        (RunKind::Programme, RunKind::Baseline) => (a, b),
        (RunKind::Baseline, RunKind::Programme) => (b, a),
        _ => return None,
    };
    Some(assemble::combine_parts(
        &prog.scenario,
        &prog.result,
        &base.result,
    ))
}

/// Parses JSON text into a validated scenario, or every problem found.
pub fn parse_scenario(text: &str) -> Result<Scenario, Vec<FieldError>> {
    let s = Scenario::from_json(text).map_err(|e| vec![e])?;
    validate(&s)?;
    Ok(s)
}

/// Validates and runs a scenario (programme and twin) to the end.
pub fn run(scenario: &Scenario) -> Result<Report, RunError> {
    run_with(scenario, &mut |_| Control::Continue)
}

/// Like [`run`], calling `progress` after every simulated month; returning
/// [`Control::Cancel`] stops the run.
pub fn run_with(
    scenario: &Scenario,
    progress: &mut dyn FnMut(Progress) -> Control,
) -> Result<Report, RunError> {
    run_observed(scenario, progress, &mut ()).map(|o| o.report)
}

/// The full run: validates, simulates the twin and the programme run, and
/// returns the report with both ledgers. `observer` sees every purchase and,
/// if it asks, a snapshot of every customer at each month's end.
pub fn run_observed<O: Observer>(
    scenario: &Scenario,
    progress: &mut dyn FnMut(Progress) -> Control,
    observer: &mut O,
) -> Result<Outcome, RunError> {
    validate(scenario).map_err(RunError::Invalid)?;
    assemble::simulate(scenario, progress, observer)
}
