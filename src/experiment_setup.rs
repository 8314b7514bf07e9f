//! The Experiments view's settings: what the user chose for each kind
//! (kept for every kind at once, so switching kind loses nothing), the
//! catalogue of parameters offered, and the experiment those settings make.
//!
//! Invariant: the settings are plain serde data (autosaved and carried in
//! share links); the experiment is made from them and the editor's
//! scenario, and only [`loyalty_sim::experiment::Plan::new`] judges it, so
//! the view shows exactly the messages of `loyalty experiment`.

use loyalty_sim::experiment::{
    default_uncertain, parameter_value, Axis, Compare, Constraint, Experiment, Goal, Kind,
    MonteCarlo, Range, ScenarioSource, Sweep, Tornado, DEFAULT_UNCERTAIN,
};
use loyalty_sim::Scenario;
use serde::{Deserialize, Serialize};

/// The four kinds, as the view offers them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindChoice {
    /// Over seeds (and uncertain assumptions).
    #[default]
    MonteCarlo,
    /// 2-4 scenarios over the same seeds.
    Compare,
    /// One or two parameters over a grid.
    Sweep,
    /// One-at-a-time sensitivities.
    Tornado,
}

impl KindChoice {
    /// Every kind, in the view's order.
    pub const ALL: [KindChoice; 4] = [
        KindChoice::MonteCarlo,
        KindChoice::Compare,
        KindChoice::Sweep,
        KindChoice::Tornado,
    ];

    /// The kind's name in experiment files.
    pub fn slug(self) -> &'static str {
        match self {
            KindChoice::MonteCarlo => "monte_carlo",
            KindChoice::Compare => "compare",
            KindChoice::Sweep => "sweep",
            KindChoice::Tornado => "tornado",
        }
    }

    /// The kind named `slug` (`None` if there is none).
    pub fn from_slug(slug: &str) -> Option<KindChoice> {
        KindChoice::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// A compared scenario: the editor's, a bundled example (its path, as an
/// experiment file names it), or one written out in full.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The scenario in the editor.
    Editor,
    /// A bundled example, by its path (`../scenarios/tiers.json`).
    Example(String),
    /// A scenario carried in full (from an experiment file).
    Inline(#[serde(deserialize_with = "scenario_json")] Box<Scenario>),
}

/// Reads a scenario with the core's own reader (`Scenario::from_json`),
/// the one the link and the autosave use: one deserialiser of the scenario
/// in the page's WebAssembly, not two.
fn scenario_json<'de, D: serde::Deserializer<'de>>(de: D) -> Result<Box<Scenario>, D::Error> {
    let value = serde_json::Value::deserialize(de)?;
    let s = Scenario::from_json(&value.to_string()).map_err(serde::de::Error::custom)?;
    loyalty_sim::validate(&s).map_err(|e| serde::de::Error::custom(format!("{e:?}")))?;
    Ok(Box::new(s))
}

/// Everything the view's settings hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Setup {
    /// The experiment's name (free text).
    pub name: String,
    /// The kind shown and run.
    pub kind: KindChoice,
    /// Seeds (replications) per variant.
    pub seeds: u32,
    /// The first seed.
    pub first_seed: u64,
    /// Monte Carlo: the uncertain assumptions.
    pub uncertain: Vec<Range>,
    /// Monte Carlo: draws of them.
    pub draws: u32,
    /// Compare: the scenarios (2-4; the first is the reference).
    pub compare: Vec<Source>,
    /// Sweep: the swept parameters (1 or 2).
    pub axes: Vec<Axis>,
    /// Sweep and tornado: the KPI.
    pub kpi: String,
    /// Sweep: more or less is better.
    pub goal: Goal,
    /// Sweep: limits on the medians.
    pub constraints: Vec<Constraint>,
    /// Tornado: the bars (empty: the default uncertain parameters).
    pub tornado: Vec<Range>,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            name: String::new(),
            kind: KindChoice::MonteCarlo,
            seeds: 20,
            first_seed: 1,
            uncertain: Vec::new(),
            draws: 8,
            compare: vec![
                Source::Editor,
                Source::Example("../scenarios/flat-discount.json".into()),
            ],
            axes: vec![catalogue_axis(&CATALOGUE[0])],
            kpi: "incremental_profit".into(),
            goal: Goal::Max,
            constraints: Vec::new(),
            tornado: Vec::new(),
        }
    }
}

/// A parameter the view offers, with a grid that makes sense for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Offered {
    /// Its path in the scenario.
    pub path: &'static str,
    /// The grid's first value.
    pub from: f64,
    /// The grid's last value.
    pub to: f64,
    /// The grid's step.
    pub step: f64,
}

/// The programme's levers a sweep offers first (the default uncertain
/// parameters follow, around the scenario's own value).
pub const CATALOGUE: [Offered; 10] = [
    Offered {
        path: "programme.points.earn_rate",
        from: 0.01,
        to: 0.2,
        step: 0.01,
    },
    Offered {
        path: "programme.points.redemption_threshold",
        from: 50.0,
        to: 500.0,
        step: 50.0,
    },
    Offered {
        path: "programme.points.expiry_months",
        from: 6.0,
        to: 36.0,
        step: 6.0,
    },
    Offered {
        path: "programme.points.reward_cost_ratio",
        from: 0.3,
        to: 1.0,
        step: 0.1,
    },
    Offered {
        path: "programme.discount.rate",
        from: 0.01,
        to: 0.1,
        step: 0.01,
    },
    Offered {
        path: "programme.enrolment.min_purchase",
        from: 0.0,
        to: 100.0,
        step: 10.0,
    },
    Offered {
        path: "programme.costs.monthly_operating",
        from: 0.0,
        to: 5000.0,
        step: 500.0,
    },
    Offered {
        path: "programme.costs.setup",
        from: 0.0,
        to: 50000.0,
        step: 5000.0,
    },
    Offered {
        path: "business.price_index",
        from: 0.9,
        to: 1.1,
        step: 0.05,
    },
    Offered {
        path: "business.service_quality",
        from: 0.5,
        to: 0.9,
        step: 0.1,
    },
];

/// A sweep axis over an offered parameter's grid.
pub fn catalogue_axis(o: &Offered) -> Axis {
    Axis {
        path: o.path.into(),
        from: Some(o.from),
        to: Some(o.to),
        step: Some(o.step),
        values: None,
    }
}

fn round9(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// The parameters `scenario` uses that a sweep can vary, each with a grid:
/// the programme's levers, then the default uncertain parameters (from
/// their low to their high value in 4 steps).
pub fn sweepable(scenario: &Scenario) -> Vec<Axis> {
    let mut out: Vec<Axis> = CATALOGUE
        .iter()
        .filter(|o| parameter_value(scenario, o.path).is_ok())
        .map(catalogue_axis)
        .collect();
    for r in default_uncertain(scenario) {
        let step = round9((r.high - r.low) / 4.0);
        if step > 0.0 {
            out.push(Axis {
                path: r.path,
                from: Some(r.low),
                to: Some(r.high),
                step: Some(step),
                values: None,
            });
        }
    }
    out
}

/// The uncertain parameters `scenario` uses, with low and high values
/// around its own (for a Monte Carlo's assumptions and a tornado's bars).
pub fn uncertain(scenario: &Scenario) -> Vec<Range> {
    default_uncertain(scenario)
}

/// The unit of a parameter's default range (the core's list), if it has one.
pub fn core_unit(path: &str) -> Option<&'static str> {
    DEFAULT_UNCERTAIN
        .iter()
        .find(|d| d.path == path)
        .map(|d| d.unit)
}

/// The number of values of an axis's grid (as the core makes it), for the
/// run count shown before starting; 0 when the grid is not valid.
pub fn grid_len(a: &Axis) -> usize {
    if let Some(v) = &a.values {
        return v.len();
    }
    match (a.from, a.to, a.step) {
        (Some(f), Some(t), Some(s)) if s > 0.0 && t >= f && s.is_finite() => {
            ((t - f) / s + 1e-9).floor() as usize + 1
        }
        _ => 0,
    }
}

impl Setup {
    /// The experiment these settings make with the editor's scenario
    /// `draft`; `example` gives a bundled example by its path. Every
    /// scenario is inline, ready for `Plan::new`.
    pub fn experiment(
        &self,
        draft: &Scenario,
        example: &dyn Fn(&str) -> Option<Scenario>,
    ) -> Experiment {
        let kind = match self.kind {
            KindChoice::MonteCarlo => Kind::MonteCarlo(MonteCarlo {
                uncertain: self.uncertain.clone(),
                draws: (!self.uncertain.is_empty()).then_some(self.draws),
            }),
            KindChoice::Compare => Kind::Compare(Compare {
                scenarios: self
                    .compare
                    .iter()
                    .map(|s| match s {
                        Source::Editor => ScenarioSource::Inline(Box::new(draft.clone())),
                        // An unknown path stays a path: the core names it.
                        Source::Example(p) => match example(p) {
                            Some(s) => ScenarioSource::Inline(Box::new(s)),
                            None => ScenarioSource::Path(p.clone()),
                        },
                        Source::Inline(s) => ScenarioSource::Inline(s.clone()),
                    })
                    .collect(),
            }),
            KindChoice::Sweep => Kind::Sweep(Sweep {
                parameters: self.axes.clone(),
                kpi: self.kpi.clone(),
                goal: self.goal,
                constraints: self.constraints.clone(),
            }),
            KindChoice::Tornado => Kind::Tornado(Tornado {
                parameters: self.tornado.clone(),
                kpi: self.kpi.clone(),
            }),
        };
        Experiment {
            name: self.name.clone(),
            scenario: match self.kind {
                KindChoice::Compare => None,
                _ => Some(ScenarioSource::Inline(Box::new(draft.clone()))),
            },
            seeds: self.seeds,
            first_seed: self.first_seed,
            kind,
        }
    }

    /// The settings of an experiment file, and its scenario (for the
    /// editor) when it has one inline. Settings of the other kinds keep
    /// the values of `self`.
    pub fn with_experiment(&self, e: &Experiment) -> (Setup, Option<Scenario>) {
        let mut s = self.clone();
        s.name.clone_from(&e.name);
        s.seeds = e.seeds;
        s.first_seed = e.first_seed;
        match &e.kind {
            Kind::MonteCarlo(m) => {
                s.kind = KindChoice::MonteCarlo;
                s.uncertain.clone_from(&m.uncertain);
                s.draws = m.draws.unwrap_or(10);
            }
            Kind::Compare(c) => {
                s.kind = KindChoice::Compare;
                s.compare = c
                    .scenarios
                    .iter()
                    .map(|x| match x {
                        ScenarioSource::Path(p) => Source::Example(p.clone()),
                        ScenarioSource::Inline(sc) => Source::Inline(sc.clone()),
                    })
                    .collect();
            }
            Kind::Sweep(w) => {
                s.kind = KindChoice::Sweep;
                s.axes.clone_from(&w.parameters);
                s.kpi.clone_from(&w.kpi);
                s.goal = w.goal;
                s.constraints.clone_from(&w.constraints);
            }
            Kind::Tornado(t) => {
                s.kind = KindChoice::Tornado;
                s.tornado.clone_from(&t.parameters);
                s.kpi.clone_from(&t.kpi);
            }
        }
        let scenario = match &e.scenario {
            Some(ScenarioSource::Inline(sc)) => Some((**sc).clone()),
            _ => None,
        };
        (s, scenario)
    }
}

/// Reads autosaved or linked settings; anything unreadable gives `None`
/// (the defaults are then used, and the scenario is untouched).
pub fn read(text: &str) -> Option<Setup> {
    serde_json::from_str(text).ok()
}

/// The speed of one run (ms per customer-day) that the Experiments view's
/// estimate scales, from the last single run: the slower part's time in
/// its worker (`part_ms`) when the workers said it, else the whole time
/// from sending to the report (`elapsed_ms`), which also holds the page's
/// work and, on a page's first run, the workers' start-up (there about
/// twice a part's time on a 2-core machine). `None` for an empty scenario.
pub fn ms_per_customer_day(
    part_ms: f64,
    elapsed_ms: f64,
    customers: u32,
    days: u32,
) -> Option<f64> {
    let cd = customers as f64 * days as f64;
    let ms = if part_ms > 0.0 { part_ms } else { elapsed_ms };
    (cd > 0.0 && ms > 0.0).then(|| ms / cd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::experiment::Plan;

    fn examples(p: &str) -> Option<Scenario> {
        crate::examples::by_path(p)
    }

    #[test]
    fn the_default_settings_of_every_kind_make_a_valid_plan() {
        let draft = crate::examples::by_path("../scenarios/red-cube-bonus.json").unwrap();
        for kind in KindChoice::ALL {
            let setup = Setup {
                kind,
                seeds: 2,
                ..Setup::default()
            };
            let plan = Plan::new(&setup.experiment(&draft, &examples))
                .unwrap_or_else(|e| panic!("{kind:?}: {e:?}"));
            assert_eq!(plan.experiment().kind.name(), kind.slug());
            assert_eq!(KindChoice::from_slug(kind.slug()), Some(kind));
        }
    }

    #[test]
    fn every_offered_parameter_is_valid_over_its_whole_grid() {
        // Every example, every parameter it uses, the whole grid: the view
        // never offers a sweep the core refuses.
        for (_, s) in crate::examples::all() {
            for axis in sweepable(&s) {
                let setup = Setup {
                    kind: KindChoice::Sweep,
                    seeds: 1,
                    axes: vec![axis.clone()],
                    ..Setup::default()
                };
                let e = setup.experiment(&s, &examples);
                let plan = Plan::new(&e).unwrap_or_else(|e| panic!("{}: {e:?}", axis.path));
                assert_eq!(plan.runs(), grid_len(&axis), "{}", axis.path);
            }
        }
    }

    #[test]
    fn a_file_read_back_makes_the_same_experiment() {
        for text in crate::experiment_examples::FILES {
            let e = crate::experiment_examples::read(text).unwrap();
            let (setup, scenario) = Setup::default().with_experiment(&e);
            let draft = scenario.unwrap_or_default();
            let made = setup.experiment(&draft, &examples);
            assert_eq!(
                Plan::new(&made).unwrap().runs(),
                Plan::new(&e).unwrap().runs()
            );
            // Through JSON (the autosave and the link) nothing is lost.
            let back = read(&serde_json::to_string(&setup).unwrap()).unwrap();
            assert_eq!(back, setup);
        }
    }

    #[test]
    fn the_estimate_scales_the_workers_own_time_not_the_page_s() {
        // A page's first run: 950 ms from sending to the report, of which
        // the slower worker spent 200 ms on its part.
        let rate = ms_per_customer_day(200.0, 950.0, 10_000, 730).unwrap();
        assert!((rate - 200.0 / 7_300_000.0).abs() < 1e-15);
        // Workers that do not say their time (0): the whole time.
        let whole = ms_per_customer_day(0.0, 950.0, 10_000, 730).unwrap();
        assert!((whole - 950.0 / 7_300_000.0).abs() < 1e-15);
        assert_eq!(ms_per_customer_day(200.0, 950.0, 0, 730), None);
        assert_eq!(ms_per_customer_day(0.0, 0.0, 10_000, 730), None);
    }
}
