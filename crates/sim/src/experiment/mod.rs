//! Experiments: many runs of scenarios, summarised. Four kinds: a Monte
//! Carlo of one scenario over seeds (and, optionally, over uncertain
//! assumptions), a comparison of 2-4 scenarios over the same seeds, a sweep
//! of one or two parameters, and a tornado of one-at-a-time sensitivities.
//!
//! An [`Experiment`] (plain serde data, the JSON of `experiments/*.json`)
//! is checked and expanded by [`Plan::new`] into independent jobs
//! ([`Job`]: a variant of the scenario and a seed). [`Plan::run_job`] runs
//! one job and keeps a small [`JobResult`] (the KPIs, the payback month and
//! the monthly series the kind needs). [`Plan::report`] combines any set of
//! results into an [`ExperimentReport`].
//!
//! Invariants: pure and deterministic like the rest of the core (no clock,
//! no threads, no I/O: a shell runs the jobs where it likes, in any order,
//! and reads the scenario files a path names); the report is a function of
//! the set of results, not of their order (results are put in job order
//! before any arithmetic); every variant of a plan is a validated scenario;
//! every job of a variant reuses the same seed list, so differences between
//! variants are measured with common random numbers.

mod build;
mod combine;
mod defaults;
mod path;
mod plan;
mod problem;
mod report;
mod stats;

pub use combine::CombineError;
pub use defaults::{default_uncertain, parameter_value, DefaultRange, Spread, DEFAULT_UNCERTAIN};
pub use plan::{Job, JobResult, Plan, Variant, KPI_NAMES, MAX_RUNS, SERIES};
pub use problem::{PathError, Problem, Unknown, Unused, ValueKind};
pub use report::*;
pub use stats::quantile;

use crate::{FieldError, Scenario};
use problem::error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// An experiment file: what to run and how to summarise it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Experiment {
    /// Free-text name shown in the report.
    #[serde(default)]
    pub name: String,
    /// The scenario (inline, or a path relative to the experiment file).
    /// Every kind but `compare` needs it; `compare` has `scenarios`.
    #[serde(default)]
    pub scenario: Option<ScenarioSource>,
    /// Number of seeds (replications) each variant is run with: the seeds
    /// `first_seed`, `first_seed + 1`, ...
    pub seeds: u32,
    /// The first seed (default 1). The scenario's own `simulation.seed` is
    /// not used.
    #[serde(default = "one")]
    pub first_seed: u64,
    /// The kind (`"kind": "sweep"`) and its settings, at the top level.
    #[serde(flatten)]
    pub kind: Kind,
}

fn one() -> u64 {
    1
}

fn default_kpi() -> String {
    "incremental_profit".to_string()
}

/// The four kinds of experiment and their settings (in JSON, `"kind":
/// "sweep"` and the settings beside it, at the top level).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Kind {
    /// The scenario over the seeds (and over draws of uncertain assumptions).
    MonteCarlo(MonteCarlo),
    /// 2 to 4 scenarios over the same seeds; differences against the first.
    Compare(Compare),
    /// One or two parameters over a grid; each point over every seed.
    Sweep(Sweep),
    /// Each parameter to its low and its high value, one at a time.
    Tornado(Tornado),
}

/// A Monte Carlo: the scenario over the seeds; with `uncertain`
/// assumptions, over `draws` draws of them too (each draw over every seed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonteCarlo {
    /// Assumptions drawn uniformly from their ranges (may be empty).
    #[serde(default)]
    pub uncertain: Vec<Range>,
    /// Draws of the uncertain assumptions (default 10; 1 without any).
    #[serde(default)]
    pub draws: Option<u32>,
}

/// A comparison of 2 to 4 scenarios over the same seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    /// The scenarios, each inline or a path; the first is the reference.
    pub scenarios: Vec<ScenarioSource>,
}

/// A sweep of one or two parameters over a grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sweep {
    /// The swept parameters (1 or 2).
    pub parameters: Vec<Axis>,
    /// The KPI to optimise (default `incremental_profit`).
    #[serde(default = "default_kpi")]
    pub kpi: String,
    /// Whether more or less of it is better (default `max`).
    #[serde(default)]
    pub goal: Goal,
    /// Limits a point's median KPIs must meet to be the optimum.
    #[serde(default)]
    pub constraints: Vec<Constraint>,
}

/// A tornado: each parameter to its low and its high value, one at a time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tornado {
    /// The parameters; empty: the default list of uncertain ones
    /// ([`default_uncertain`]) that the scenario uses.
    #[serde(default)]
    pub parameters: Vec<Range>,
    /// The KPI whose change the bars show (default `incremental_profit`).
    #[serde(default = "default_kpi")]
    pub kpi: String,
}

impl Kind {
    /// The kind's name as written in experiment files (`"monte_carlo"`).
    pub fn name(&self) -> &'static str {
        match self {
            Kind::MonteCarlo(_) => "monte_carlo",
            Kind::Compare(_) => "compare",
            Kind::Sweep(_) => "sweep",
            Kind::Tornado(_) => "tornado",
        }
    }
}

/// A parameter and a low and a high value (an uncertain assumption, or a
/// tornado bar's ends).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// The parameter's path in the scenario (`customers.reward_appetite`).
    pub path: String,
    /// Its low value.
    pub low: f64,
    /// Its high value.
    pub high: f64,
}

/// One swept parameter: `from`, `to` and `step`, or a list of `values`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// The parameter's path in the scenario (`programme.points.earn_rate`).
    pub path: String,
    /// First value of the grid.
    #[serde(default)]
    pub from: Option<f64>,
    /// Last value of the grid (included when the steps reach it).
    #[serde(default)]
    pub to: Option<f64>,
    /// Distance between grid values (positive).
    #[serde(default)]
    pub step: Option<f64>,
    /// The grid's values, instead of `from`, `to` and `step`.
    #[serde(default)]
    pub values: Option<Vec<f64>>,
}

/// Whether more or less of a sweep's KPI is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    /// The largest median is best.
    #[default]
    Max,
    /// The smallest median is best.
    Min,
}

/// A limit on a KPI's median at a sweep point (e.g. the points liability
/// at the horizon at most 100,000).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constraint {
    /// The KPI (a field of the single-run report's `kpis`).
    pub kpi: String,
    /// Its median must be at most this.
    #[serde(default)]
    pub max: Option<f64>,
    /// Its median must be at least this.
    #[serde(default)]
    pub min: Option<f64>,
}

/// Where a scenario comes from: written inline, or a path to a scenario
/// file relative to the experiment file. In JSON a string is a path and an
/// object is a scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioSource {
    /// A scenario file's path, relative to the experiment file.
    Path(String),
    /// The scenario itself.
    Inline(Box<Scenario>),
}

impl Serialize for ScenarioSource {
    fn serialize<S: Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        match self {
            ScenarioSource::Path(p) => out.serialize_str(p),
            ScenarioSource::Inline(s) => s.serialize(out),
        }
    }
}

impl<'de> Deserialize<'de> for ScenarioSource {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(de)?;
        match value {
            serde_json::Value::String(p) => Ok(ScenarioSource::Path(p)),
            serde_json::Value::Object(_) => Scenario::from_json(&value.to_string())
                .map(|s| ScenarioSource::Inline(Box::new(s)))
                // The inner path is joined to the outer one in `from_json`.
                .map_err(|e| {
                    serde::de::Error::custom(format!("{INNER}{}{INNER}{}", e.path, e.message))
                }),
            _ => Err(serde::de::Error::custom(Problem::ScenarioSource)),
        }
    }
}

/// Marks the inner field path in an inline scenario's parse error.
const INNER: char = '\u{1f}';

impl Experiment {
    /// Parses an experiment from JSON. Syntax, type and unknown-field errors
    /// name the field (`parameters[0].step: invalid type: ...`), every one
    /// found. The result is not yet checked; [`Plan::new`] does that.
    pub fn from_json(text: &str) -> Result<Experiment, Vec<FieldError>> {
        if !text.trim_start().starts_with('{') {
            return Err(vec![error(
                "experiment",
                Problem::NotAnObject { file: true },
            )]);
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let (detail, at) = without_place(&e);
            vec![error("experiment", Problem::NotJson { detail, at })]
        })?;
        Experiment::from_value(value)
    }

    /// Reads an experiment from a JSON value, as [`Experiment::from_json`].
    /// The common fields and the kind's settings are read apart, so that
    /// every error names its field.
    pub fn from_value(value: Value) -> Result<Experiment, Vec<FieldError>> {
        let Value::Object(map) = value else {
            return Err(vec![error(
                "experiment",
                Problem::NotAnObject { file: false },
            )]);
        };
        let kind = match map.get("kind") {
            Some(Value::String(k)) => k.clone(),
            Some(_) => String::new(),
            None => return Err(vec![error("kind", Problem::KindRequired)]),
        };
        let (mut common, mut rest) = (Map::new(), Map::new());
        for (k, v) in map {
            if COMMON.contains(&k.as_str()) {
                common.insert(k, v);
            } else if k != "kind" {
                rest.insert(k, v);
            }
        }
        let mut errors = Vec::new();
        let common: Option<Common> = read(Value::Object(common), &kind, &mut errors);
        let rest = Value::Object(rest);
        let settings = match kind.as_str() {
            "monte_carlo" => read(rest, &kind, &mut errors).map(Kind::MonteCarlo),
            "compare" => read(rest, &kind, &mut errors).map(Kind::Compare),
            "sweep" => read(rest, &kind, &mut errors).map(Kind::Sweep),
            "tornado" => read(rest, &kind, &mut errors).map(Kind::Tornado),
            _ => {
                let got = kind.clone();
                errors.push(error("kind", Problem::UnknownKind { got }));
                None
            }
        };
        match (common, settings) {
            (Some(c), Some(kind)) if errors.is_empty() => Ok(Experiment {
                name: c.name,
                scenario: c.scenario,
                seeds: c.seeds,
                first_seed: c.first_seed,
                kind,
            }),
            _ => Err(errors),
        }
    }

    /// The experiment as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Replaces every scenario given as a path by the scenario `load`
    /// returns for it (the shell reads the file, relative to the experiment
    /// file). Every problem of every file is returned.
    pub fn resolve(
        &mut self,
        load: &mut dyn FnMut(&str) -> Result<Scenario, Vec<FieldError>>,
    ) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fix = |source: &mut ScenarioSource| {
            if let ScenarioSource::Path(p) = source {
                match load(p) {
                    Ok(s) => *source = ScenarioSource::Inline(Box::new(s)),
                    Err(e) => errors.extend(e),
                }
            }
        };
        if let Some(s) = &mut self.scenario {
            fix(s);
        }
        if let Kind::Compare(Compare { scenarios }) = &mut self.kind {
            scenarios.iter_mut().for_each(&mut fix);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// The kinds, as written in experiment files.
pub const KINDS: [&str; 4] = ["monte_carlo", "compare", "sweep", "tornado"];

/// The fields of every kind.
const COMMON: [&str; 4] = ["name", "scenario", "seeds", "first_seed"];

/// The fields every kind has.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Common {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scenario: Option<ScenarioSource>,
    seeds: u32,
    #[serde(default = "one")]
    first_seed: u64,
}

/// Reads `T` from `v`, or adds the problem (with its path) to `errors`.
fn read<T: serde::de::DeserializeOwned>(
    v: Value,
    kind: &str,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    match serde_path_to_error::deserialize(&v) {
        Ok(t) => Some(t),
        Err(e) => {
            let path = e.path().to_string();
            errors.push(parse_error(&path, &e.into_inner().to_string(), kind, &v));
            None
        }
    }
}

impl<'de> Deserialize<'de> for Experiment {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(de)?;
        Experiment::from_value(value).map_err(|e| {
            let lines: Vec<String> = e.iter().map(ToString::to_string).collect();
            serde::de::Error::custom(lines.join("; "))
        })
    }
}

/// The JSON reader's English without its place (` at line L column C`),
/// and the place.
fn without_place(e: &serde_json::Error) -> (String, crate::Place) {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) if e.line() > 0 => (msg[..i].to_string(), Some((e.line(), e.column()))),
        _ => (msg, None),
    }
}

/// The value at `path` (`scenarios[1]`) in `root`, if there is one.
fn value_at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut v = root;
    for seg in path.split('.') {
        let mut pieces = seg.split('[');
        let name = pieces.next()?;
        if !name.is_empty() {
            v = v.get(name)?;
        }
        for index in pieces {
            v = v.get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// A parse error at `path` of `root` (the group read), coded: an inline
/// scenario's problem keeps the scenario's own code, its inner path joined
/// on; the reader's other English goes into [`ParseProblem::WrongValue`].
fn parse_error(path: &str, message: &str, kind: &str, root: &Value) -> FieldError {
    let path = if path == "." || path == "?" { "" } else { path };
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    let mut parts = message.split(INNER);
    if let (Some(""), Some(inner), Some(msg)) = (parts.next(), parts.next(), parts.next()) {
        let full = if inner.is_empty() || inner == "scenario" {
            path.to_string()
        } else {
            format!("{path}.{inner}")
        };
        // The scenario read again gives the problem's code (the same text).
        let code = value_at(root, path)
            .and_then(|s| Scenario::from_json(&s.to_string()).err())
            .map(|e| e.code)
            .filter(|c| c.to_string() == msg);
        return match code {
            Some(code) => FieldError::coded(&full, code),
            None => FieldError::new(&full, msg),
        };
    }
    if let Some((name, expected)) = message
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once("`, expected one of "))
    {
        // The path ends with the unknown field; its parent is the group.
        let group = path
            .strip_suffix(name)
            .unwrap_or(path)
            .trim_end_matches('.')
            .to_string();
        let fields = expected.replace('`', "");
        let fields = fields.split(", ").map(str::to_string).collect();
        let at = if path.is_empty() { name } else { path };
        let kind = kind.to_string();
        return error(
            at,
            Problem::NotAField {
                group,
                kind,
                fields,
            },
        );
    }
    if let Some(name) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        let full = if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        };
        return error(&full, Problem::FieldMissing);
    }
    let at = match (path.is_empty(), message.starts_with("unknown variant")) {
        (true, true) => "kind",
        (true, false) => "experiment",
        _ => path,
    };
    if message == Problem::ScenarioSource.to_string() {
        return error(at, Problem::ScenarioSource);
    }
    let detail = message.to_string();
    let code = crate::ErrorCode::Parse(Box::new(crate::ParseProblem::WrongValue {
        detail,
        at: None,
    }));
    FieldError::coded(at, code)
}
