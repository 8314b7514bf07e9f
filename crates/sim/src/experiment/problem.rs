//! The codes of an experiment's problems ([`Problem`], carried by
//! [`crate::ErrorCode::Experiment`]) and of a parameter path that names no
//! number ([`PathError`]), with their arguments, so that a shell can say
//! them in its reader's language. `Display` is the English the CLI prints.
//!
//! Invariant: the English of a problem is exactly the sentence the checks
//! wrote before codes came in; a problem that wraps a scenario's own
//! problem keeps that problem's code (so a shell renders it too).

use crate::{ErrorCode, FieldError};
use std::fmt;

/// Why a path does not name a number of the scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum PathError {
    /// No scenario has such a field.
    Unknown(Unknown),
    /// The field exists, but this scenario does not use it.
    Unused(Unused),
    /// The field holds something other than a number.
    NotANumber(ValueKind),
}

/// Why no scenario has the field a path names.
#[derive(Clone, Debug, PartialEq)]
pub enum Unknown {
    /// The path is not written as dotted names with indices.
    Syntax,
    /// The seed is the experiment's (`seeds`, `first_seed`).
    Seed,
    /// `at` holds no fields.
    NoFields {
        /// The part of the path walked so far.
        at: String,
    },
    /// `at` (empty: the scenario itself) has no field `field`.
    NoField {
        /// The part of the path walked so far (empty at the top).
        at: String,
        /// The field asked for.
        field: String,
        /// The fields that exist there, sorted.
        fields: Vec<String>,
    },
    /// `at` is indexed but is not a list.
    NotAList {
        /// The part of the path walked so far.
        at: String,
    },
}

/// Why this scenario does not use a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Unused {
    /// The mechanic `at` is absent (null).
    Null {
        /// The absent field.
        at: String,
    },
    /// The list `at` has `len` entries, so no `[index]`.
    TooShort {
        /// The list.
        at: String,
        /// Its entries.
        len: usize,
        /// The index asked for.
        index: usize,
    },
}

/// What a field that is not a number holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// null.
    Null,
    /// true or false.
    Switch,
    /// A number.
    Number,
    /// A text.
    Text,
    /// A list.
    List,
    /// A group of fields.
    Group,
}

impl ValueKind {
    /// Every kind, for shells that translate them (and their tests).
    pub const ALL: [ValueKind; 6] = [
        ValueKind::Null,
        ValueKind::Switch,
        ValueKind::Number,
        ValueKind::Text,
        ValueKind::List,
        ValueKind::Group,
    ];

    /// The English words ("a list").
    pub fn english(self) -> &'static str {
        match self {
            ValueKind::Null => "null",
            ValueKind::Switch => "a switch (true or false)",
            ValueKind::Number => "a number",
            ValueKind::Text => "a text",
            ValueKind::List => "a list",
            ValueKind::Group => "a group of fields",
        }
    }
}

impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unknown::Syntax => f.write_str(
                "write it as dotted field names, e.g. programme.points.earn_rate or programme.tiers.levels[0].discount",
            ),
            Unknown::Seed => {
                f.write_str("the seed is set by the experiment's `seeds` and `first_seed`")
            }
            Unknown::NoFields { at } => write!(f, "{at} has no fields"),
            Unknown::NoField { at, field, fields } => {
                let place = if at.is_empty() { "a scenario" } else { at };
                write!(
                    f,
                    "{place} has no field \"{field}\" (its fields: {})",
                    fields.join(", ")
                )
            }
            Unknown::NotAList { at } => write!(f, "{at} is not a list"),
        }
    }
}

impl fmt::Display for Unused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unused::Null { at } => write!(f, "{at} is null (it has none)"),
            Unused::TooShort { at, len, index } => {
                write!(f, "{at} has {len} entries, so there is no [{index}]")
            }
        }
    }
}

impl PathError {
    /// The sentence for a user, naming the parameter `path`.
    pub fn message(&self, path: &str) -> String {
        match self {
            PathError::Unknown(why) => format!("unknown parameter \"{path}\": {why}"),
            PathError::Unused(why) => format!("the scenario does not use \"{path}\": {why}"),
            PathError::NotANumber(what) => format!(
                "\"{path}\" is {}, not a number; only numbers can be varied",
                what.english()
            ),
        }
    }
}

/// What is wrong with an experiment, with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// `seeds` must be between 1 and `max` (`got` given).
    SeedsCount {
        /// The most seeds.
        max: u32,
        /// The number given.
        got: u64,
    },
    /// `first_seed` plus the seeds passes the largest seed.
    FirstSeedTooLarge,
    /// `variants` x `seeds` = `runs` runs, more than `max`.
    TooManyRuns {
        /// The variants.
        variants: u32,
        /// The seeds.
        seeds: u32,
        /// Their product.
        runs: u32,
        /// The most runs.
        max: u32,
    },
    /// A scenario file was named but not read (`file`).
    NotResolved {
        /// The file's path.
        file: String,
    },
    /// No scenario was given.
    ScenarioRequired,
    /// A compare experiment was given `scenario`.
    ScenarioUnusedByCompare,
    /// A compare experiment must list 2 to 4 scenarios (`got` given).
    CompareCount {
        /// The number given.
        got: u32,
    },
    /// `path` does not name a number the scenario uses.
    Path {
        /// The parameter's path.
        path: String,
        /// Why not.
        why: PathError,
    },
    /// `path` holds a whole number; `value` is not one.
    NotWhole {
        /// The parameter's path.
        path: String,
        /// The value given.
        value: f64,
    },
    /// `value` is outside the valid range of `path`: the scenario's own
    /// problem with it is `why`.
    OutsideRange {
        /// The parameter's path.
        path: String,
        /// The value given.
        value: f64,
        /// The scenario's problem with the field.
        why: Box<ErrorCode>,
    },
    /// With `path` = `value` the scenario has these problems elsewhere.
    InvalidWith {
        /// The parameter's path.
        path: String,
        /// The value given.
        value: f64,
        /// The scenario's problems.
        problems: Vec<FieldError>,
    },
    /// A range's low end is above its high end.
    LowAboveHigh {
        /// The low end.
        low: f64,
        /// The high end.
        high: f64,
    },
    /// `kpi` is not one of [`super::KPI_NAMES`].
    UnknownKpi {
        /// The name given.
        kpi: String,
    },
    /// `draws` without uncertain assumptions.
    DrawsWithoutUncertain,
    /// `draws` must be between 1 and `max` (`got` given).
    DrawsCount {
        /// The most draws.
        max: u32,
        /// The number given.
        got: u64,
    },
    /// In draw `draw` (from 1), the problem `why`.
    InDraw {
        /// The draw, from 1.
        draw: u32,
        /// The problem.
        why: Box<ErrorCode>,
    },
    /// An axis's list must have 1 to `max` values.
    ValuesCount {
        /// The most values.
        max: u32,
    },
    /// An axis's `from`, `to` and `step` do not make 1 to `max` values.
    BadStep {
        /// The first value.
        from: f64,
        /// The last value.
        to: f64,
        /// The step.
        step: f64,
        /// The most values.
        max: u32,
    },
    /// An axis has neither `from`/`to`/`step` nor `values`.
    AxisNeedsValues,
    /// A constraint has neither `min` nor `max`.
    ConstraintNeedsBound,
    /// A constraint's `min` is above its `max`.
    ConstraintImpossible {
        /// The KPI constrained.
        kpi: String,
        /// Its minimum.
        min: f64,
        /// Its maximum.
        max: f64,
    },
    /// A sweep must list 1 or 2 parameters (`got` given).
    ParametersCount {
        /// The number given.
        got: u32,
    },
    /// A sweep's two parameters are the same.
    SameParameter,
    /// A sweep gives `points` points, more than `max` runs.
    TooManyPoints {
        /// The grid's points.
        points: u32,
        /// The most runs.
        max: u32,
    },
    /// A tornado over a scenario that uses none of the default parameters.
    NoDefaultUncertain,
    /// A varied number must be finite.
    NotFinite,
    /// The text is not one `{ ... }` object (`file`: a file's text, with a
    /// pointer to the examples; otherwise a JSON value).
    NotAnObject {
        /// Whether it was a file's text.
        file: bool,
    },
    /// The text is not valid JSON.
    NotJson {
        /// The JSON reader's English, without its place.
        detail: String,
        /// Where it stops being JSON.
        at: crate::Place,
    },
    /// The experiment has no `kind` (one of [`super::KINDS`]).
    KindRequired,
    /// `kind` is none of [`super::KINDS`].
    UnknownKind {
        /// The kind as written (empty when it is not a text).
        got: String,
    },
    /// A field its group does not have.
    NotAField {
        /// The group (empty: the experiment itself, whose fields are the
        /// common ones and the kind's).
        group: String,
        /// The experiment's kind.
        kind: String,
        /// The group's fields (at the top, the kind's own).
        fields: Vec<String>,
    },
    /// A required field is missing.
    FieldMissing,
    /// A scenario is neither a JSON object nor the path of a file.
    ScenarioSource,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Problem::*;
        match self {
            SeedsCount { max, got } => write!(f, "must be a number of seeds between 1 and {max} (got {got})"),
            FirstSeedTooLarge => f.write_str("is too large for that many seeds"),
            TooManyRuns { variants, seeds, runs, max } => write!(
                f,
                "{variants} variant(s) x {seeds} seed(s) = {runs} runs, more than the maximum of {max}; use fewer seeds or fewer points"
            ),
            NotResolved { file } => write!(
                f,
                "the scenario file \"{file}\" was not read (the experiment must be resolved first)"
            ),
            ScenarioRequired => f.write_str("is required: a scenario (a JSON object) or the path of a scenario file"),
            ScenarioUnusedByCompare => f.write_str(
                "is not used by a compare experiment: list every scenario, the reference first, in `scenarios`",
            ),
            CompareCount { got } => write!(f, "must list 2 to 4 scenarios (got {got})"),
            Path { path, why } => f.write_str(&why.message(path)),
            NotWhole { path, value } => write!(f, "{path} is a whole number (0 or more); {value} is not"),
            OutsideRange { path, value, why } => {
                write!(f, "{value} is outside the valid range of {path}: it {why}")
            }
            InvalidWith { path, value, problems } => {
                let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
                write!(f, "with {path} = {value} the scenario is invalid: {}", all.join("; "))
            }
            LowAboveHigh { low, high } => write!(f, "must not be above high ({low} > {high})"),
            UnknownKpi { kpi } => write!(
                f,
                "unknown KPI \"{kpi}\" (the KPIs: {})",
                super::KPI_NAMES.join(", ")
            ),
            DrawsWithoutUncertain => f.write_str(
                "needs uncertain assumptions to draw (`uncertain`); remove it or add some",
            ),
            DrawsCount { max, got } => write!(f, "must be between 1 and {max} (got {got})"),
            InDraw { draw, why } => write!(f, "in draw {draw}: {why}"),
            ValuesCount { max } => write!(f, "must list 1 to {max} values"),
            BadStep { from, to, step, max } => write!(
                f,
                "needs from <= to and a step above 0 giving at most {max} values (got from {from}, to {to}, step {step})"
            ),
            AxisNeedsValues => f.write_str("needs either `from`, `to` and `step`, or `values`"),
            ConstraintNeedsBound => f.write_str("needs `max`, `min` or both"),
            ConstraintImpossible { kpi, min, max } => write!(
                f,
                "asks for {kpi} at least {min} and at most {max}: no value can meet both; make `min` at most `max`"
            ),
            ParametersCount { got } => write!(f, "must list 1 or 2 parameters (got {got})"),
            SameParameter => f.write_str("is the same parameter as parameters[0]"),
            TooManyPoints { points, max } => write!(
                f,
                "give {points} points, more than the maximum of {max} runs"
            ),
            NoDefaultUncertain => f.write_str(
                "the scenario uses none of the default uncertain parameters; list some",
            ),
            NotFinite => f.write_str("must be a finite number"),
            NotAnObject { file: true } => f.write_str(
                "must be a JSON object ({ ... }); see experiments/*.json for examples",
            ),
            NotAnObject { file: false } => f.write_str("must be a JSON object ({ ... })"),
            NotJson { detail, at } => {
                write!(f, "is not valid JSON: {detail}")?;
                match at {
                    Some((line, column)) => write!(f, " at line {line} column {column}"),
                    None => Ok(()),
                }
            }
            KindRequired => write!(f, "is required: one of {}", super::KINDS.join(", ")),
            UnknownKind { got } => write!(
                f,
                "must be one of {} (got {got:?})",
                super::KINDS.join(", ")
            ),
            NotAField {
                group,
                kind,
                fields,
            } => {
                let fields = fields.join(", ");
                if group.is_empty() {
                    write!(f, "is not a field of a {kind} experiment (its fields: name, scenario, seeds, first_seed, kind, {fields})")
                } else {
                    write!(f, "is not a field of {group} (its fields: {fields})")
                }
            }
            FieldMissing => f.write_str("is required but missing"),
            ScenarioSource => f.write_str(
                "must be a scenario (a JSON object) or the path of a scenario file (a string)",
            ),
        }
    }
}

/// A field error at `path` from an experiment problem.
pub(crate) fn error(path: &str, p: Problem) -> FieldError {
    FieldError::coded(path, ErrorCode::Experiment(Box::new(p)))
}
