//! Experiments: Monte Carlo, compare, sweep and tornado, their checks and
//! the combination of job results (order, subsets).

mod common;

use loyalty_sim::experiment::*;
use loyalty_sim::*;

const SWEEP_RED_CUBE: &str = include_str!("../../../experiments/sweep-red-cube-accrual.json");
const MONTE_CARLO: &str = include_str!("../../../experiments/monte-carlo-default.json");
const MONTE_CARLO_UNCERTAIN: &str = include_str!("../../../experiments/monte-carlo-uncertain.json");
const TORNADO: &str = include_str!("../../../experiments/tornado-default.json");
const COMPARE: &str = include_str!("../../../experiments/compare-designs.json");

/// Parses an experiment and reads its scenario paths from the examples.
fn experiment(text: &str) -> Experiment {
    let mut e = Experiment::from_json(text).expect("example experiment parses");
    e.resolve(&mut |p| {
        let name = p
            .trim_start_matches("../scenarios/")
            .trim_end_matches(".json");
        let (_, text) = common::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("no example scenario {p}"));
        Ok(common::load(text))
    })
    .expect("example paths resolve");
    e
}

/// Sets every scenario's size (tests run small populations).
fn resize(e: &mut Experiment, customers: u32, days: u32) {
    let fix = |s: &mut ScenarioSource| {
        if let ScenarioSource::Inline(s) = s {
            s.simulation.customers = customers;
            s.simulation.days = days;
        }
    };
    if let Some(s) = &mut e.scenario {
        fix(s);
    }
    if let Kind::Compare(Compare { scenarios }) = &mut e.kind {
        scenarios.iter_mut().for_each(fix);
    }
}

fn run_all(plan: &Plan) -> Vec<JobResult> {
    (0..plan.runs())
        .map(|i| {
            plan.run_job(i, &mut |_| Control::Continue)
                .expect("job runs")
        })
        .collect()
}

fn plan(e: &Experiment) -> Plan {
    Plan::new(e).unwrap_or_else(|e| panic!("plan: {e:?}"))
}

#[test]
fn a_monte_carlo_without_a_programme_has_exactly_zero_incremental_profit() {
    let mut e = experiment(MONTE_CARLO);
    e.scenario = Some(ScenarioSource::Inline(Box::new(common::load(
        common::NO_PROGRAMME,
    ))));
    e.seeds = 5;
    resize(&mut e, 300, 180);
    let p = plan(&e);
    let report = p.report(&run_all(&p)).unwrap();
    let KindReport::MonteCarlo(mc) = report.result else {
        panic!("kind")
    };
    let ip = &mc.kpis["incremental_profit"].summary;
    assert_eq!(ip.n, 5);
    for q in [ip.mean, ip.sd, ip.p5, ip.p25, ip.p50, ip.p75, ip.p95] {
        assert_eq!(q, Some(0.0));
    }
    assert_eq!(mc.kpis["npv"].summary.p50, Some(0.0));
    assert_eq!(mc.p_incremental_profit_positive, 0.0);
    for band in [
        &mc.monthly["incremental_profit"],
        &mc.monthly["cumulative_incremental_profit"],
    ] {
        for q in [&band.p5, &band.p25, &band.p50, &band.p75, &band.p95] {
            assert!(q.iter().all(|v| *v == 0.0), "{q:?}");
        }
    }
    // The baseline itself varies between seeds: the zero is the twin's.
    assert!(mc.kpis["profit"].summary.sd.unwrap() > 0.0);
}

#[test]
fn replications_with_different_seeds_differ() {
    let mut e = experiment(MONTE_CARLO);
    e.seeds = 5;
    resize(&mut e, 300, 180);
    let p = plan(&e);
    assert_eq!(p.seeds(), &[1, 2, 3, 4, 5]);
    let results = run_all(&p);
    let profits: Vec<f64> = results.iter().map(|r| r.kpi("profit").unwrap()).collect();
    for i in 0..profits.len() {
        for j in 0..i {
            assert_ne!(
                profits[i],
                profits[j],
                "seeds {} and {} gave the same profit",
                i + 1,
                j + 1
            );
        }
    }
    let report = p.report(&results).unwrap();
    let KindReport::MonteCarlo(mc) = report.result else {
        panic!("kind")
    };
    let ip = &mc.kpis["incremental_profit"];
    assert!(ip.summary.p5 < ip.summary.p95);
    assert!(ip.seed_sd.unwrap() > 0.0);
    assert_eq!(ip.assumption_sd, None);
    assert_eq!(mc.monthly["members"].p50.len(), 6);
}

#[test]
fn uncertain_assumptions_are_drawn_within_their_ranges_and_shown_apart() {
    let mut e = experiment(MONTE_CARLO_UNCERTAIN);
    e.seeds = 2;
    if let Kind::MonteCarlo(MonteCarlo { draws, .. }) = &mut e.kind {
        *draws = Some(3);
    }
    resize(&mut e, 300, 120);
    let p = plan(&e);
    assert_eq!(p.runs(), 6);
    let report = p.report(&run_all(&p)).unwrap();
    let KindReport::MonteCarlo(mc) = report.result else {
        panic!("kind")
    };
    assert_eq!(mc.draws, 3);
    for a in &mc.assumptions {
        assert_eq!(a.values.len(), 3);
        assert!(
            a.values.iter().all(|v| *v >= a.low && *v <= a.high),
            "{a:?}"
        );
        assert!(a.values[0] != a.values[1], "draws differ: {a:?}");
    }
    let rev = &mc.kpis["revenue"];
    assert!(rev.seed_sd.unwrap() > 0.0 && rev.assumption_sd.unwrap() > 0.0);
}

/// The sweep of the Red Cube example's accrual rate (1-20 %), at 5,000
/// customers instead of 20,000 to keep the test short.
fn red_cube_sweep(seeds: u32) -> (Plan, Experiment) {
    let mut e = experiment(SWEEP_RED_CUBE);
    e.seeds = seeds;
    resize(&mut e, 5_000, 730);
    (plan(&e), e)
}

fn optimum(r: &ExperimentReport) -> Optimum {
    let KindReport::Sweep(s) = &r.result else {
        panic!("kind")
    };
    s.optimum.clone().expect("an optimum")
}

#[test]
fn the_red_cube_accrual_sweep_has_an_interior_optimum_that_is_stable_over_seeds() {
    let (p10, _) = red_cube_sweep(10);
    let results10 = run_all(&p10);
    let r10 = p10.report(&results10).unwrap();
    // The 5-seed plan's jobs are the first five seeds of the 10-seed one.
    let (p5, _) = red_cube_sweep(5);
    let results5: Vec<JobResult> = p5
        .jobs()
        .iter()
        .map(|j| {
            let same = results10[j.seed_index * p10.variants().len() + j.variant].clone();
            JobResult {
                job: j.index,
                ..same
            }
        })
        .collect();
    let r5 = p5.report(&results5).unwrap();
    let (o5, o10) = (optimum(&r5), optimum(&r10));
    let last = p5.variants().len() - 1;
    assert!(
        o5.point > 0 && o5.point < last,
        "5 seeds: optimum at the edge: {o5:?}"
    );
    assert!(
        o10.point > 0 && o10.point < last,
        "10 seeds: optimum at the edge: {o10:?}"
    );
    assert!(
        o5.point.abs_diff(o10.point) <= 1,
        "5 seeds {:?}, 10 seeds {:?}",
        o5.values,
        o10.values
    );
    // The example's 11 % is far from the best rate.
    assert!(o10.values[0] < 0.11);
    let KindReport::Sweep(s) = &r10.result else {
        panic!("kind")
    };
    assert_eq!(s.points.len(), 20);
    assert_eq!(s.points[0].values, vec![0.01]);
    assert_eq!(s.points[19].values, vec![0.2]);
}

#[test]
fn constraints_exclude_points_and_none_feasible_gives_no_optimum() {
    let mut e = experiment(SWEEP_RED_CUBE);
    e.seeds = 2;
    resize(&mut e, 500, 180);
    if let Kind::Sweep(Sweep {
        parameters,
        constraints,
        ..
    }) = &mut e.kind
    {
        parameters[0].from = Some(0.02);
        parameters[0].to = Some(0.1);
        parameters[0].step = Some(0.04);
        constraints[0].max = Some(-1.0);
    }
    let p = plan(&e);
    let r = p.report(&run_all(&p)).unwrap();
    let KindReport::Sweep(s) = &r.result else {
        panic!("kind")
    };
    assert_eq!(s.parameters[0].values, vec![0.02, 0.06, 0.1]);
    assert!(s.points.iter().all(|p| !p.feasible));
    assert_eq!(s.optimum, None);
    let json: serde_json::Value = serde_json::from_str(&r.to_json_pretty()).unwrap();
    assert!(json["optimum"].is_null());
}

/// The median of `kpi` at every point of a sweep report.
fn medians(r: &ExperimentReport, kpi: &str) -> Vec<f64> {
    let KindReport::Sweep(s) = &r.result else {
        panic!("kind")
    };
    s.points
        .iter()
        .map(|p| p.kpis[kpi].p50.expect("a median"))
        .collect()
}

#[test]
fn an_at_least_constraint_moves_the_optimum_to_the_best_point_meeting_it() {
    // The Red Cube accrual sweep (1-19 % in 3 % steps) on the example's
    // 5 default seeds, without its liability limit.
    let mut e = experiment(SWEEP_RED_CUBE);
    resize(&mut e, 2_000, 730);
    let Kind::Sweep(Sweep {
        parameters,
        constraints,
        ..
    }) = &mut e.kind
    else {
        panic!("kind")
    };
    parameters[0].step = Some(0.03);
    constraints.clear();
    let p = plan(&e);
    assert_eq!(p.seeds().len(), 5);
    let results = run_all(&p);
    let free = p.report(&results).unwrap();
    let best = optimum(&free).point;
    let retention = medians(&free, "retention_rate");
    let profit = medians(&free, "incremental_profit");
    // Retention at least the free optimum's: that point still qualifies
    // (the limit is inclusive) and stays the optimum.
    let at_least = |min: f64| {
        let mut e = e.clone();
        if let Kind::Sweep(s) = &mut e.kind {
            s.constraints = vec![Constraint {
                kpi: "retention_rate".into(),
                max: None,
                min: Some(min),
            }];
        }
        plan(&e).report(&results).unwrap()
    };
    assert_eq!(optimum(&at_least(retention[best])).point, best);
    // Just above it: the free optimum is excluded, and the optimum is the
    // most profitable of the points whose median retention meets the limit.
    let above = retention
        .iter()
        .copied()
        .filter(|r| *r > retention[best])
        .fold(f64::INFINITY, f64::min);
    assert!(
        above.is_finite(),
        "some design retains more than the free optimum: {retention:?}"
    );
    let limit = (retention[best] + above) / 2.0;
    let bound = at_least(limit);
    let KindReport::Sweep(s) = &bound.result else {
        panic!("kind")
    };
    for (i, point) in s.points.iter().enumerate() {
        assert_eq!(point.feasible, retention[i] >= limit, "point {i}");
    }
    let expected = (0..profit.len())
        .filter(|i| retention[*i] >= limit)
        .max_by(|a, b| profit[*a].total_cmp(&profit[*b]))
        .unwrap();
    let moved = optimum(&bound);
    assert_ne!(moved.point, best, "{retention:?} {profit:?}");
    assert_eq!(moved.point, expected);
    assert!(retention[moved.point] >= limit);
    // An unreachable floor leaves no optimum.
    let KindReport::Sweep(none) = &at_least(1.01).result else {
        panic!("kind")
    };
    assert_eq!(none.optimum, None);
}

#[test]
fn a_constraint_whose_min_exceeds_its_max_is_refused_with_a_sentence() {
    let mut e = experiment(SWEEP_RED_CUBE);
    if let Kind::Sweep(s) = &mut e.kind {
        s.constraints = vec![Constraint {
            kpi: "retention_rate".into(),
            max: Some(0.7),
            min: Some(0.8),
        }];
    }
    let Err(refused) = Plan::new(&e) else {
        panic!("min > max accepted")
    };
    let errors: Vec<String> = refused.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        vec!["constraints[0]: asks for retention_rate at least 0.8 and at most 0.7: no value can meet both; make `min` at most `max`"]
    );
    // Equal bounds are a target, not a contradiction.
    if let Kind::Sweep(s) = &mut e.kind {
        s.constraints[0].max = Some(0.8);
    }
    assert!(Plan::new(&e).is_ok());
}

#[test]
fn a_two_dimensional_sweep_gives_a_grid_and_break_even_points() {
    let mut e = experiment(SWEEP_RED_CUBE);
    e.seeds = 1;
    resize(&mut e, 500, 180);
    if let Kind::Sweep(Sweep {
        parameters,
        constraints,
        ..
    }) = &mut e.kind
    {
        parameters[0].from = Some(0.01);
        parameters[0].to = Some(0.3);
        parameters[0].step = Some(0.29);
        parameters.push(Axis {
            path: "programme.points.redemption_threshold".into(),
            from: None,
            to: None,
            step: None,
            values: Some(vec![50.0, 200.0]),
        });
        constraints.clear();
    }
    let p = plan(&e);
    assert_eq!(p.variants().len(), 4);
    let r = p.report(&run_all(&p)).unwrap();
    let KindReport::Sweep(s) = &r.result else {
        panic!("kind")
    };
    assert_eq!(s.points[1].values, vec![0.01, 200.0]);
    assert_eq!(s.points[2].values, vec![0.3, 50.0]);
    for b in &s.break_even {
        assert!(
            b[0] >= 0.01 && b[0] <= 0.3 && b[1] >= 50.0 && b[1] <= 200.0,
            "{b:?}"
        );
    }
}

#[test]
fn a_tornado_parameter_with_no_effect_has_a_zero_bar() {
    let mut e = experiment(TORNADO);
    e.seeds = 2;
    resize(&mut e, 300, 180);
    if let Kind::Tornado(Tornado { parameters, .. }) = &mut e.kind {
        // No longer used since model version 2 (kept so old files load).
        parameters.push(Range {
            path: "market.marketing_acquisition".into(),
            low: 0.0,
            high: 1.0,
        });
        parameters.push(Range {
            path: "customers.reward_appetite".into(),
            low: 0.2,
            high: 0.8,
        });
    }
    let p = plan(&e);
    let r = p.report(&run_all(&p)).unwrap();
    let KindReport::Tornado(t) = &r.result else {
        panic!("kind")
    };
    assert_eq!(t.bars[0].parameter, "customers.reward_appetite");
    assert!(t.bars[0].size > 0.0);
    let zero = &t.bars[1];
    assert_eq!(zero.parameter, "market.marketing_acquisition");
    assert_eq!(zero.size, 0.0);
    assert_eq!(zero.low_p50, t.base.p50);
    assert_eq!(zero.high_p50, t.base.p50);
    assert_eq!(zero.low_change.p50, Some(0.0));
}

#[test]
fn the_default_tornado_uses_the_default_uncertain_parameters_sorted_by_size() {
    let mut e = experiment(TORNADO);
    e.seeds = 1;
    resize(&mut e, 200, 90);
    let p = plan(&e);
    let defaults = default_uncertain(&common::load(common::TIERS));
    assert_eq!(p.variants().len(), 1 + 2 * defaults.len());
    let r = p.report(&run_all(&p)).unwrap();
    let KindReport::Tornado(t) = &r.result else {
        panic!("kind")
    };
    assert_eq!(t.bars.len(), defaults.len());
    assert!(t.bars.windows(2).all(|w| w[0].size >= w[1].size));
    let appetite = t
        .bars
        .iter()
        .find(|b| b.parameter == "customers.reward_appetite")
        .unwrap();
    assert_eq!((appetite.low_value, appetite.high_value), (0.4, 0.6));
    // Without a programme the enrolment is not used, so it is left out.
    assert_eq!(
        default_uncertain(&common::load(common::NO_PROGRAMME)).len(),
        defaults.len() - 1
    );
}

#[test]
fn a_comparison_measures_differences_with_common_random_numbers() {
    let mut e = experiment(COMPARE);
    e.seeds = 2;
    if let Kind::Compare(Compare { scenarios }) = &mut e.kind {
        // The first scenario again: every difference is exactly zero.
        scenarios.push(scenarios[0].clone());
    }
    resize(&mut e, 300, 120);
    let p = plan(&e);
    let r = p.report(&run_all(&p)).unwrap();
    let KindReport::Compare(c) = &r.result else {
        panic!("kind")
    };
    assert_eq!(c.scenarios.len(), 4);
    assert_eq!(c.differences.len(), 3);
    let same = &c.differences[2].kpis["profit"].summary;
    assert_eq!(
        (same.p5, same.p50, same.p95, same.sd),
        (Some(0.0), Some(0.0), Some(0.0), Some(0.0))
    );
    let other = &c.differences[0].kpis["profit"].summary;
    assert!(other.p50 != Some(0.0));
    let paths: Vec<&str> = c
        .differing_parameters
        .iter()
        .map(|d| d.path.as_str())
        .collect();
    assert!(paths.contains(&"programme.discount"), "{paths:?}");
    assert!(paths.contains(&"programme.points"), "{paths:?}");
    assert!(paths.contains(&"programme.tiers"), "{paths:?}");
    assert!(!paths.contains(&"name") && !paths.contains(&"market.alternatives"));
}

#[test]
fn completion_order_and_subsets_do_not_change_the_report() {
    let mut e = experiment(TORNADO);
    e.seeds = 2;
    resize(&mut e, 200, 90);
    if let Kind::Tornado(Tornado { parameters, .. }) = &mut e.kind {
        parameters.push(Range {
            path: "customers.reward_appetite".into(),
            low: 0.3,
            high: 0.7,
        });
        parameters.push(Range {
            path: "programme.points.earn_rate".into(),
            low: 0.01,
            high: 0.05,
        });
    }
    let p = plan(&e);
    let results = run_all(&p);
    let reference = p.report(&results).unwrap().to_json_pretty();
    let mut shuffled = results.clone();
    // A fixed permutation that moves every result (reversal, then rotation).
    shuffled.reverse();
    shuffled.rotate_left(3);
    assert_ne!(shuffled, results);
    assert_eq!(p.report(&shuffled).unwrap().to_json_pretty(), reference);
    // Shards in any order give the same report.
    let mut sharded: Vec<JobResult> = Vec::new();
    for k in [3, 1, 2] {
        sharded.extend(p.shard(k, 3).iter().map(|j| results[j.index].clone()));
    }
    assert_eq!(p.report(&sharded).unwrap().to_json_pretty(), reference);
    // A duplicate is refused; an unfinished set says so.
    let mut twice = results.clone();
    twice.push(results[0].clone());
    assert_eq!(p.report(&twice), Err(CombineError::Duplicate(0)));
    let partial = p.report(&results[..4]).unwrap();
    assert_eq!((partial.runs, partial.runs_total), (4, p.runs()));
}

fn errors(json: &str) -> Vec<String> {
    let e = match Experiment::from_json(json) {
        Ok(e) => e,
        Err(list) => return list.iter().map(ToString::to_string).collect(),
    };
    match Plan::new(&e) {
        Ok(_) => Vec::new(),
        Err(list) => list.iter().map(ToString::to_string).collect(),
    }
}

fn sweep_json(axis: &str, seeds: u32) -> String {
    let s = Scenario::default().to_json_pretty();
    format!(r#"{{"kind": "sweep", "seeds": {seeds}, "scenario": {s}, "parameters": [{axis}]}}"#)
}

#[test]
fn bad_experiments_name_the_field_of_each_problem() {
    let unknown = errors(&sweep_json(
        r#"{"path": "programme.points.earn_rat", "from": 0.01, "to": 0.1, "step": 0.01}"#,
        2,
    ));
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(
        unknown[0]
            .starts_with("parameters[0].path: unknown parameter \"programme.points.earn_rat\""),
        "{unknown:?}"
    );
    assert!(unknown[0].contains("earn_rate"), "{unknown:?}");

    let range = errors(&sweep_json(
        r#"{"path": "programme.points.earn_rate", "from": 0.5, "to": 1.5, "step": 0.5}"#,
        2,
    ));
    assert_eq!(range.len(), 1, "{range:?}");
    assert!(
        range[0].starts_with(
            "parameters[0].to: 1.5 is outside the valid range of programme.points.earn_rate"
        ),
        "{range:?}"
    );

    let many = errors(&sweep_json(
        r#"{"path": "programme.points.earn_rate", "from": 0.001, "to": 0.5, "step": 0.001}"#,
        30,
    ));
    assert_eq!(many.len(), 1, "{many:?}");
    assert!(
        many[0].starts_with(
            "seeds: 500 variant(s) x 30 seed(s) = 15000 runs, more than the maximum of 10000"
        ),
        "{many:?}"
    );

    let unused = errors(&sweep_json(
        r#"{"path": "programme.tiers.window_months", "values": [6, 12]}"#,
        2,
    ));
    assert_eq!(unused.len(), 1, "{unused:?}");
    assert!(
        unused[0].starts_with(
            "parameters[0].path: the scenario does not use \"programme.tiers.window_months\""
        ),
        "{unused:?}"
    );

    let fraction = errors(&sweep_json(
        r#"{"path": "programme.points.redemption_threshold", "values": [10, 12.5]}"#,
        2,
    ));
    assert!(
        fraction[0].starts_with(
            "parameters[0].values[1]: programme.points.redemption_threshold is a whole number"
        ),
        "{fraction:?}"
    );

    let typo = errors(
        &sweep_json(
            r#"{"path": "programme.points.earn_rate", "values": [0.1]}"#,
            2,
        )
        .replacen("{", "{\"seed\": 3, ", 1),
    );
    assert_eq!(typo.len(), 1, "{typo:?}");
    assert!(
        typo[0].starts_with("seed: is not a field of a sweep experiment (its fields: "),
        "{typo:?}"
    );
    let missing = errors(
        &sweep_json(
            r#"{"path": "programme.points.earn_rate", "values": [0.1]}"#,
            2,
        )
        .replacen("\"seeds\": 2,", "", 1),
    );
    assert_eq!(missing, vec!["seeds: is required but missing".to_string()]);

    let inline = errors(
        &sweep_json(
            r#"{"path": "programme.points.earn_rate", "values": [0.1]}"#,
            2,
        )
        .replace("\"gross_margin\": 0.3", "\"gross_margin\": \"high\""),
    );
    assert_eq!(inline.len(), 1, "{inline:?}");
    assert!(
        inline[0].starts_with("scenario.business.gross_margin: invalid type"),
        "{inline:?}"
    );

    let s = Scenario::default().to_json_pretty();
    let tornado = errors(&format!(
        r#"{{"kind": "tornado", "seeds": 2, "scenario": {s}, "kpi": "profitt", "parameters": [{{"path": "customers.reward_appetite", "low": 0.6, "high": 0.4}}]}}"#
    ));
    assert_eq!(tornado.len(), 2, "{tornado:?}");
    assert!(
        tornado[0].starts_with("kpi: unknown KPI \"profitt\""),
        "{tornado:?}"
    );
    assert!(
        tornado[1].starts_with("parameters[0].low: must not be above high"),
        "{tornado:?}"
    );

    let compare = errors(r#"{"kind": "compare", "seeds": 2, "scenarios": ["a.json"]}"#);
    assert!(
        compare[0].starts_with("scenarios: must list 2 to 4 scenarios"),
        "{compare:?}"
    );
}

#[test]
fn the_example_experiments_are_valid_and_have_the_runs_the_readme_says() {
    for (text, runs) in [
        (SWEEP_RED_CUBE, 100),
        (MONTE_CARLO, 20),
        (MONTE_CARLO_UNCERTAIN, 40),
        (COMPARE, 30),
        (TORNADO, 115),
    ] {
        let p = plan(&experiment(text));
        assert_eq!(p.runs(), runs, "{}", p.experiment().name);
    }
}

#[test]
fn jobs_that_share_their_twin_give_the_results_of_jobs_that_do_not() {
    // A sweep of a programme parameter and a comparison of designs: every
    // variant of a seed has that seed's twin, so a store simulates one twin
    // a seed, and the results are those of separate runs, bit for bit.
    let mut sweep = experiment(SWEEP_RED_CUBE);
    sweep.seeds = 2;
    resize(&mut sweep, 800, 200);
    let mut compare = experiment(COMPARE);
    compare.seeds = 2;
    resize(&mut compare, 800, 200);
    for e in [sweep, compare] {
        let p = plan(&e);
        assert_eq!(p.twin_groups(), [(0, p.variants().len())]);
        let mut twins = Twins::new(2);
        let shared: Vec<JobResult> = (0..p.runs())
            .map(|i| {
                p.run_job_with(i, &mut twins, &mut |_| Control::Continue)
                    .expect("job runs")
            })
            .collect();
        assert_eq!(shared, run_all(&p));
        assert_eq!(twins.hits() as usize, p.runs() - 2);
    }
}

#[test]
fn variants_that_differ_beyond_the_programme_have_their_own_twins() {
    // The default tornado moves customer and market parameters (each bar's
    // low and high end its own twin) and programme ones (which keep the
    // base's twin).
    let p = plan(&experiment(TORNADO));
    let programme = |i: usize| p.variants()[i].label.starts_with("programme.");
    let n = p.variants().len();
    let of_programme = (0..n).filter(|&i| programme(i)).count();
    assert!(of_programme > 0 && of_programme < n - 1, "{of_programme}");
    let groups = p.twin_groups();
    assert_eq!(groups.len(), n - of_programme);
    for &(first, size) in groups {
        if size > 1 {
            assert!(!programme(first), "{}", p.variants()[first].label);
            assert_eq!(size, of_programme + 1);
        }
    }
}
