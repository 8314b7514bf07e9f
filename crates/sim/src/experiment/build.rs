//! Checking an experiment and expanding it into a [`Plan`]: every problem
//! with the experiment file's field it belongs to.
//!
//! Invariant: a plan exists only for an experiment whose every variant is a
//! valid scenario and whose jobs number at most [`MAX_RUNS`]; checks name
//! the field of the experiment file (`parameters[0].to`), and a scenario's
//! own problems are prefixed with where it came from (`scenario.`,
//! `scenarios[1].`).

use super::path::{self, SetError};
use super::plan::{Layout, Plan, Variant, KPI_NAMES, MAX_RUNS};
use super::problem::{error, Problem};
use super::{Axis, Compare, Experiment, Kind, MonteCarlo, Range, ScenarioSource, Sweep, Tornado};
use crate::rng::{Domain, Stream};
use crate::{validate, FieldError, Scenario};

/// Most seeds, assumption draws or grid values of one axis.
const MAX_COUNT: usize = 1_000;

fn round9(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

impl Plan {
    /// Checks the experiment (every scenario inline: see
    /// [`Experiment::resolve`]) and expands it into its variants and seeds.
    /// Returns every problem found, each naming its field.
    pub fn new(experiment: &Experiment) -> Result<Plan, Vec<FieldError>> {
        let mut errors = Vec::new();
        let n = experiment.seeds as usize;
        if n == 0 || n > MAX_COUNT {
            errors.push(error(
                "seeds",
                Problem::SeedsCount {
                    max: MAX_COUNT as u32,
                    got: n as u64,
                },
            ));
        }
        if experiment.first_seed.checked_add(n as u64).is_none() {
            errors.push(error("first_seed", Problem::FirstSeedTooLarge));
        }
        let seeds: Vec<u64> = (0..n.min(MAX_COUNT) as u64)
            .map(|i| experiment.first_seed.wrapping_add(i))
            .collect();
        let built = match &experiment.kind {
            Kind::Compare(Compare { scenarios }) => compare(experiment, scenarios, &mut errors),
            kind => match base(experiment, &mut errors) {
                Some(base) => match kind {
                    Kind::MonteCarlo(MonteCarlo { uncertain, draws }) => {
                        monte_carlo(&base, uncertain, *draws, experiment.first_seed, &mut errors)
                    }
                    Kind::Sweep(Sweep {
                        parameters,
                        kpi,
                        goal,
                        constraints,
                    }) => {
                        sweep(&base, parameters, kpi, constraints, &mut errors).map(|(v, axes)| {
                            let layout = Layout::Sweep {
                                axes,
                                kpi: kpi.clone(),
                                goal: *goal,
                                constraints: constraints.clone(),
                            };
                            (v, layout)
                        })
                    }
                    Kind::Tornado(Tornado { parameters, kpi }) => {
                        tornado(&base, parameters, kpi, &mut errors)
                    }
                    Kind::Compare(Compare { .. }) => None,
                },
                None => None,
            },
        };
        let Some((variants, layout)) = built else {
            return Err(errors);
        };
        let runs = variants.len() * seeds.len();
        if runs > MAX_RUNS {
            errors.push(error(
                "seeds",
                Problem::TooManyRuns {
                    variants: variants.len() as u32,
                    seeds: seeds.len() as u32,
                    runs: runs as u32,
                    max: MAX_RUNS as u32,
                },
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let monthly = matches!(layout, Layout::MonteCarlo { .. } | Layout::Compare { .. });
        let mut experiment = experiment.clone();
        if let Kind::Tornado(Tornado { parameters, .. }) = &mut experiment.kind {
            if let Layout::Tornado { bars, .. } = &layout {
                // The report and the parts carry the bars actually run.
                parameters.clone_from(bars);
            }
        }
        let twin_groups = twin_groups(&variants);
        Ok(Plan {
            experiment,
            variants,
            seeds,
            monthly,
            layout,
            twin_groups,
        })
    }
}

/// The variants that share a twin ([`crate::twin_key`]), as (first
/// variant, how many), in the order of their first variant.
fn twin_groups(variants: &[Variant]) -> Vec<(usize, usize)> {
    let mut keys: Vec<Scenario> = Vec::new();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, v) in variants.iter().enumerate() {
        let key = crate::twin_key(&v.scenario);
        match keys.iter().position(|k| *k == key) {
            Some(g) => groups[g].1 += 1,
            None => {
                keys.push(key);
                groups.push((i, 1));
            }
        }
    }
    groups
}

/// Validates an inline scenario; `at` prefixes its problems.
fn checked(source: &ScenarioSource, at: &str, errors: &mut Vec<FieldError>) -> Option<Scenario> {
    match source {
        ScenarioSource::Path(p) => {
            errors.push(error(at, Problem::NotResolved { file: p.clone() }));
            None
        }
        ScenarioSource::Inline(s) => match validate(s) {
            Ok(()) => Some((**s).clone()),
            Err(e) => {
                // The scenario's own codes stay, under the experiment's path.
                errors.extend(e.into_iter().map(|e| FieldError {
                    path: format!("{at}.{}", e.path),
                    ..e
                }));
                None
            }
        },
    }
}

/// The experiment's one scenario (every kind but `compare`).
fn base(experiment: &Experiment, errors: &mut Vec<FieldError>) -> Option<Scenario> {
    match &experiment.scenario {
        Some(source) => checked(source, "scenario", errors),
        None => {
            errors.push(error("scenario", Problem::ScenarioRequired));
            None
        }
    }
}

/// Checks that `field.path` names a number the scenario uses.
fn check_path(base: &Scenario, p: &str, field: &str, errors: &mut Vec<FieldError>) -> bool {
    match path::get(base, p) {
        Ok(_) => true,
        Err(e) => {
            let why = Problem::Path {
                path: p.to_string(),
                why: e,
            };
            errors.push(error(&format!("{field}.path"), why));
            false
        }
    }
}

/// The scenario with `p` set to `v`, or a problem named after `field`.
fn with_value(base: &Scenario, p: &str, v: f64, field: &str) -> Result<Scenario, FieldError> {
    path::set(base, p, v).map_err(|e| match e {
        SetError::Path(why) => error(
            field,
            Problem::Path {
                path: p.to_string(),
                why,
            },
        ),
        SetError::NotWhole => error(
            field,
            Problem::NotWhole {
                path: p.to_string(),
                value: v,
            },
        ),
        SetError::Invalid(list) => {
            let path = p.to_string();
            let problem = match list.iter().find(|e| e.path == p) {
                Some(own) => Problem::OutsideRange {
                    path,
                    value: v,
                    why: Box::new(own.code.clone()),
                },
                None => Problem::InvalidWith {
                    path,
                    value: v,
                    problems: list,
                },
            };
            error(field, problem)
        }
    })
}

/// Checks a low-high range: the path, the order and both ends.
fn check_range(base: &Scenario, r: &Range, field: &str, errors: &mut Vec<FieldError>) -> bool {
    if !check_path(base, &r.path, field, errors) {
        return false;
    }
    let before = errors.len();
    if r.low > r.high {
        errors.push(error(
            &format!("{field}.low"),
            Problem::LowAboveHigh {
                low: r.low,
                high: r.high,
            },
        ));
    }
    for (end, v) in [("low", r.low), ("high", r.high)] {
        if let Err(e) = with_value(base, &r.path, v, &format!("{field}.{end}")) {
            errors.push(e);
        }
    }
    errors.len() == before
}

fn check_kpi(kpi: &str, field: &str, errors: &mut Vec<FieldError>) {
    if !KPI_NAMES.contains(&kpi) {
        let kpi = kpi.to_string();
        errors.push(error(field, Problem::UnknownKpi { kpi }));
    }
}

type Built = Option<(Vec<Variant>, Layout)>;

fn monte_carlo(
    base: &Scenario,
    uncertain: &[Range],
    draws: Option<u32>,
    first_seed: u64,
    errors: &mut Vec<FieldError>,
) -> Built {
    let before = errors.len();
    for (i, r) in uncertain.iter().enumerate() {
        check_range(base, r, &format!("uncertain[{i}]"), errors);
    }
    let d = match (uncertain.is_empty(), draws) {
        (true, None | Some(1)) => 1,
        (true, Some(_)) => {
            errors.push(error("draws", Problem::DrawsWithoutUncertain));
            1
        }
        (false, d) => d.unwrap_or(10) as usize,
    };
    if d == 0 || d > MAX_COUNT {
        errors.push(error(
            "draws",
            Problem::DrawsCount {
                max: MAX_COUNT as u32,
                got: d as u64,
            },
        ));
    }
    if errors.len() > before {
        return None;
    }
    let mut variants = Vec::with_capacity(d);
    for draw in 0..d {
        let mut s = base.clone();
        let mut values = Vec::new();
        for (j, r) in uncertain.iter().enumerate() {
            // The draw's own stream: a pure function of the first seed, the
            // draw and the assumption's position.
            let u = Stream::new(first_seed, Domain::Experiment, draw as u64, j as u64).uniform();
            let mut v = round9(r.low + (r.high - r.low) * u);
            if path::is_whole(base, &r.path) {
                v = v.round();
            }
            match with_value(&s, &r.path, v, &format!("uncertain[{j}]")) {
                Ok(t) => s = t,
                Err(e) => errors.push(error(
                    &e.path,
                    Problem::InDraw {
                        draw: draw as u32 + 1,
                        why: Box::new(e.code),
                    },
                )),
            }
            values.push(v);
        }
        let label = if uncertain.is_empty() {
            s.name.clone()
        } else {
            format!("draw {}", draw + 1)
        };
        variants.push(Variant {
            label,
            values,
            scenario: s,
        });
    }
    let layout = Layout::MonteCarlo {
        uncertain: uncertain.to_vec(),
    };
    (errors.len() == before).then_some((variants, layout))
}

fn compare(
    experiment: &Experiment,
    sources: &[ScenarioSource],
    errors: &mut Vec<FieldError>,
) -> Built {
    if experiment.scenario.is_some() {
        errors.push(error("scenario", Problem::ScenarioUnusedByCompare));
    }
    if !(2..=4).contains(&sources.len()) {
        let got = sources.len() as u32;
        errors.push(error("scenarios", Problem::CompareCount { got }));
        return None;
    }
    let before = errors.len();
    let scenarios: Vec<Option<Scenario>> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| checked(s, &format!("scenarios[{i}]"), errors))
        .collect();
    if errors.len() > before {
        return None;
    }
    let scenarios: Vec<Scenario> = scenarios.into_iter().flatten().collect();
    let differing = super::combine::differing(&scenarios);
    let variants = scenarios
        .into_iter()
        .map(|s| Variant {
            label: s.name.clone(),
            values: Vec::new(),
            scenario: s,
        })
        .collect();
    Some((variants, Layout::Compare { differing }))
}

/// One axis's values, or its problems.
fn axis_values(
    base: &Scenario,
    a: &Axis,
    field: &str,
    errors: &mut Vec<FieldError>,
) -> Option<Vec<f64>> {
    let before = errors.len();
    let values = match (&a.values, a.from, a.to, a.step) {
        (Some(v), None, None, None) => {
            if v.is_empty() || v.len() > MAX_COUNT {
                errors.push(error(
                    &format!("{field}.values"),
                    Problem::ValuesCount {
                        max: MAX_COUNT as u32,
                    },
                ));
                return None;
            }
            for (k, x) in v.iter().enumerate() {
                if let Err(e) = with_value(base, &a.path, *x, &format!("{field}.values[{k}]")) {
                    errors.push(e);
                }
            }
            v.clone()
        }
        (None, Some(from), Some(to), Some(step)) => {
            let count = (to - from) / step;
            if step <= 0.0 || from > to || !count.is_finite() || count + 1.0 > MAX_COUNT as f64 {
                errors.push(error(
                    field,
                    Problem::BadStep {
                        from,
                        to,
                        step,
                        max: MAX_COUNT as u32,
                    },
                ));
                return None;
            }
            for (end, x) in [("from", from), ("to", to)] {
                if let Err(e) = with_value(base, &a.path, x, &format!("{field}.{end}")) {
                    errors.push(e);
                }
            }
            let n = (count + 1e-9).floor() as usize + 1;
            (0..n).map(|i| round9(from + i as f64 * step)).collect()
        }
        _ => {
            errors.push(error(field, Problem::AxisNeedsValues));
            return None;
        }
    };
    (errors.len() == before).then_some(values)
}

type Axes = Vec<(String, Vec<f64>)>;

fn sweep(
    base: &Scenario,
    axes: &[Axis],
    kpi: &str,
    constraints: &[super::Constraint],
    errors: &mut Vec<FieldError>,
) -> Option<(Vec<Variant>, Axes)> {
    let before = errors.len();
    check_kpi(kpi, "kpi", errors);
    for (i, c) in constraints.iter().enumerate() {
        check_kpi(&c.kpi, &format!("constraints[{i}].kpi"), errors);
        if c.min.is_none() && c.max.is_none() {
            errors.push(error(
                &format!("constraints[{i}]"),
                Problem::ConstraintNeedsBound,
            ));
        }
        if let (Some(lo), Some(hi)) = (c.min, c.max) {
            if lo > hi {
                errors.push(error(
                    &format!("constraints[{i}]"),
                    Problem::ConstraintImpossible {
                        kpi: c.kpi.clone(),
                        min: lo,
                        max: hi,
                    },
                ));
            }
        }
    }
    if !(1..=2).contains(&axes.len()) {
        let got = axes.len() as u32;
        errors.push(error("parameters", Problem::ParametersCount { got }));
    }
    if axes.len() == 2 && axes[0].path == axes[1].path {
        errors.push(error("parameters[1].path", Problem::SameParameter));
    }
    let mut grid = Vec::new();
    for (i, a) in axes.iter().enumerate() {
        let field = format!("parameters[{i}]");
        if check_path(base, &a.path, &field, errors) {
            if let Some(v) = axis_values(base, a, &field, errors) {
                grid.push((a.path.clone(), v));
            }
        }
    }
    if errors.len() > before {
        return None;
    }
    let points: Vec<Vec<f64>> = match grid.as_slice() {
        [(_, x)] => x.iter().map(|v| vec![*v]).collect(),
        [(_, x), (_, y)] => x
            .iter()
            .flat_map(|a| y.iter().map(move |b| vec![*a, *b]))
            .collect(),
        _ => Vec::new(),
    };
    if points.len() > MAX_RUNS {
        errors.push(error(
            "parameters",
            Problem::TooManyPoints {
                points: points.len() as u32,
                max: MAX_RUNS as u32,
            },
        ));
        return None;
    }
    let mut variants = Vec::with_capacity(points.len());
    for values in points {
        let mut s = base.clone();
        let mut label = Vec::new();
        for ((p, _), v) in grid.iter().zip(&values) {
            match with_value(&s, p, *v, "parameters") {
                Ok(t) => s = t,
                Err(e) => errors.push(e),
            }
            label.push(format!("{p} = {v}"));
        }
        variants.push(Variant {
            label: label.join(", "),
            values,
            scenario: s,
        });
    }
    (errors.len() == before).then_some((variants, grid))
}

fn tornado(
    base: &Scenario,
    parameters: &[Range],
    kpi: &str,
    errors: &mut Vec<FieldError>,
) -> Built {
    let before = errors.len();
    check_kpi(kpi, "kpi", errors);
    let bars = if parameters.is_empty() {
        super::default_uncertain(base)
    } else {
        parameters.to_vec()
    };
    if bars.is_empty() {
        errors.push(error("parameters", Problem::NoDefaultUncertain));
    }
    for (i, r) in bars.iter().enumerate() {
        check_range(base, r, &format!("parameters[{i}]"), errors);
    }
    if errors.len() > before {
        return None;
    }
    let mut variants = vec![Variant {
        label: "base".into(),
        values: Vec::new(),
        scenario: base.clone(),
    }];
    for (i, r) in bars.iter().enumerate() {
        for (end, v) in [("low", r.low), ("high", r.high)] {
            match with_value(base, &r.path, v, &format!("parameters[{i}].{end}")) {
                Ok(s) => variants.push(Variant {
                    label: format!("{} {end}", r.path),
                    values: vec![v],
                    scenario: s,
                }),
                Err(e) => errors.push(e),
            }
        }
    }
    let layout = Layout::Tornado {
        bars,
        kpi: kpi.to_string(),
    };
    (errors.len() == before).then_some((variants, layout))
}
