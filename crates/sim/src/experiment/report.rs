//! The experiment report's types: the JSON that `loyalty experiment` prints
//! and the app shows.
//!
//! Invariant: plain data; every field is documented (unit and definition)
//! in `docs/model.md` ("Experiments"); maps are ordered by name, so the
//! JSON of a report is the same bytes wherever it is made.

use super::{Constraint, Goal};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The combined result of an experiment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExperimentReport {
    /// The experiment's name.
    pub name: String,
    /// The model version of every run ([`crate::MODEL_VERSION`]).
    pub model_version: u32,
    /// Runs combined into this report.
    pub runs: usize,
    /// Runs the experiment has (variants x seeds); more than `runs` while
    /// it is unfinished.
    pub runs_total: usize,
    /// The seeds every variant runs with.
    pub seeds: Vec<u64>,
    /// The kind (`"kind": "sweep"`) and its results, at the top level.
    #[serde(flatten)]
    pub result: KindReport,
}

/// The results of each kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum KindReport {
    /// Quantiles over seeds and assumption draws.
    MonteCarlo(MonteCarloReport),
    /// One column per scenario and the differences against the first.
    Compare(CompareReport),
    /// KPI quantiles per point and the optimum.
    Sweep(SweepReport),
    /// One bar per parameter, largest first.
    Tornado(TornadoReport),
}

/// Mean, spread and quantiles of a KPI over runs. Fields are null when no
/// run has a value (a KPI that can be null, such as `roi`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Runs with a value.
    pub n: usize,
    /// Mean.
    pub mean: Option<f64>,
    /// Sample standard deviation (n - 1).
    pub sd: Option<f64>,
    /// Standard error of the mean: `sd / sqrt(n)`.
    pub se: Option<f64>,
    /// 5 % quantile.
    pub p5: Option<f64>,
    /// 25 % quantile.
    pub p25: Option<f64>,
    /// Median.
    pub p50: Option<f64>,
    /// 75 % quantile.
    pub p75: Option<f64>,
    /// 95 % quantile.
    pub p95: Option<f64>,
}

/// A Monte Carlo KPI: its summary over every run, and its spread split
/// into seed noise and assumption uncertainty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct McKpi {
    /// Over every run (every draw and seed).
    #[serde(flatten)]
    pub summary: Summary,
    /// Seed noise: the root of the mean, over draws, of the variance
    /// between the seeds of one draw.
    pub seed_sd: Option<f64>,
    /// Assumption uncertainty: the standard deviation of the draws' means
    /// (null with a single draw).
    pub assumption_sd: Option<f64>,
}

/// The distribution of the payback month over runs, "never" included.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Payback {
    /// 5 % quantile of the payback month, "never" counting as later than
    /// any month; null where the quantile falls on "never".
    pub p5: Option<f64>,
    /// 25 % quantile (as `p5`).
    pub p25: Option<f64>,
    /// Median (as `p5`): null when at least half the runs never pay back.
    pub p50: Option<f64>,
    /// 75 % quantile (as `p5`).
    pub p75: Option<f64>,
    /// 95 % quantile (as `p5`).
    pub p95: Option<f64>,
    /// Share of runs that never pay back within the horizon (0-1).
    pub never_share: f64,
    /// Runs paying back in month 1, 2, ... (index 0 is month 1).
    pub runs_by_month: Vec<usize>,
}

/// Quantiles of a monthly series over runs, one value a month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// 5 % quantile, a month each.
    pub p5: Vec<f64>,
    /// 25 % quantile.
    pub p25: Vec<f64>,
    /// Median.
    pub p50: Vec<f64>,
    /// 75 % quantile.
    pub p75: Vec<f64>,
    /// 95 % quantile.
    pub p95: Vec<f64>,
}

/// An uncertain assumption and the values drawn for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumption {
    /// The parameter's path.
    pub path: String,
    /// Low end of its range.
    pub low: f64,
    /// High end of its range.
    pub high: f64,
    /// The value of each draw, in draw order.
    pub values: Vec<f64>,
}

/// A Monte Carlo's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonteCarloReport {
    /// Draws of the assumptions (1 without uncertain assumptions).
    pub draws: usize,
    /// The uncertain assumptions and their draws.
    pub assumptions: Vec<Assumption>,
    /// Every KPI of the single-run report, by name.
    pub kpis: BTreeMap<String, McKpi>,
    /// Share of runs with incremental profit above 0.
    pub p_incremental_profit_positive: f64,
    /// Share of runs with NPV above 0.
    pub p_npv_positive: f64,
    /// When the programme pays back.
    pub payback_month: Payback,
    /// Every monthly series of [`super::SERIES`], by name.
    pub monthly: BTreeMap<String, Band>,
}

/// One compared scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// The scenario's name.
    pub scenario: String,
    /// Every KPI over the seeds, by name.
    pub kpis: BTreeMap<String, Summary>,
    /// Share of seeds with incremental profit above 0.
    pub p_incremental_profit_positive: f64,
    /// Share of seeds with NPV above 0.
    pub p_npv_positive: f64,
    /// When the programme pays back.
    pub payback_month: Payback,
    /// Every monthly series, by name.
    pub monthly: BTreeMap<String, Band>,
}

/// A KPI's difference from the first scenario, seed by seed (common
/// random numbers).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DiffSummary {
    /// Of the per-seed differences (this scenario minus the first).
    #[serde(flatten)]
    pub summary: Summary,
    /// Share of seeds where the difference is above 0.
    pub p_positive: Option<f64>,
}

/// A scenario against the first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// This scenario's name.
    pub scenario: String,
    /// The first scenario's name.
    pub against: String,
    /// Every KPI's paired difference, by name.
    pub kpis: BTreeMap<String, DiffSummary>,
}

/// A parameter in which the compared scenarios differ.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Differing {
    /// Its path (a mechanic absent from one scenario shows as its whole
    /// group, e.g. `programme.tiers`).
    pub path: String,
    /// Its value in each scenario (null where a scenario has none).
    pub values: Vec<serde_json::Value>,
}

/// A comparison's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareReport {
    /// One column per scenario, in the experiment's order.
    pub scenarios: Vec<Column>,
    /// Each scenario after the first against the first.
    pub differences: Vec<Difference>,
    /// The parameters that differ (not the name or the seed).
    pub differing_parameters: Vec<Differing>,
}

/// A swept parameter and its grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SweepParameter {
    /// Its path.
    pub path: String,
    /// The grid's values.
    pub values: Vec<f64>,
}

/// One point of a sweep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The parameters' values, in the order of `parameters`.
    pub values: Vec<f64>,
    /// Every KPI over the seeds, by name.
    pub kpis: BTreeMap<String, Summary>,
    /// Whether the point's medians meet every constraint.
    pub feasible: bool,
}

/// The best feasible point of a sweep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Optimum {
    /// Its parameter values.
    pub values: Vec<f64>,
    /// Its index in `points`.
    pub point: usize,
    /// The KPI optimised.
    pub kpi: String,
    /// That KPI's median there.
    pub p50: f64,
    /// Its 5 % quantile there.
    pub p5: Option<f64>,
    /// Its 95 % quantile there.
    pub p95: Option<f64>,
    /// For each seed, the values of the feasible point best on that seed
    /// alone: the optimum's uncertainty.
    pub seed_optima: Vec<Vec<f64>>,
    /// Share of seeds whose own best point is this one.
    pub share_of_seeds: f64,
}

/// A sweep's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SweepReport {
    /// The swept parameters (the first varies slowest in `points`).
    pub parameters: Vec<SweepParameter>,
    /// The KPI optimised.
    pub kpi: String,
    /// `max` or `min`.
    pub goal: Goal,
    /// The limits on the medians.
    pub constraints: Vec<Constraint>,
    /// Every grid point.
    pub points: Vec<Point>,
    /// The best point meeting the constraints; null if none does.
    pub optimum: Option<Optimum>,
    /// Where the median incremental profit crosses 0: parameter values
    /// interpolated linearly between neighbouring grid points (in two
    /// dimensions, along both axes: the break-even contour's points).
    pub break_even: Vec<Vec<f64>>,
}

/// The 5, 50 and 95 % quantiles of a change.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// 5 % quantile.
    pub p5: Option<f64>,
    /// Median.
    pub p50: Option<f64>,
    /// 95 % quantile.
    pub p95: Option<f64>,
}

/// One tornado bar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    /// The parameter's path.
    pub parameter: String,
    /// Its low value.
    pub low_value: f64,
    /// Its high value.
    pub high_value: f64,
    /// The KPI's median with the low value.
    pub low_p50: Option<f64>,
    /// The KPI's median with the high value.
    pub high_p50: Option<f64>,
    /// The KPI's change from the base with the low value, seed by seed.
    pub low_change: Change,
    /// The KPI's change from the base with the high value, seed by seed.
    pub high_change: Change,
    /// `|high_p50 - low_p50|`: what the bars are sorted by.
    pub size: f64,
}

/// A tornado's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoReport {
    /// The KPI the bars show.
    pub kpi: String,
    /// The KPI over the seeds with every parameter at its scenario value.
    pub base: Summary,
    /// One bar per parameter, largest `size` first (ties in the order given).
    pub bars: Vec<Bar>,
}

impl ExperimentReport {
    /// The report as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
