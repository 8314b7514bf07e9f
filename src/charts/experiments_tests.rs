//! Tests of the experiment charts (`crate::charts::experiments`).
use super::*;
use loyalty_sim::experiment::{JobResult, Plan};
use loyalty_sim::Control;

fn results(file: usize, seeds: u32) -> (Plan, Vec<JobResult>) {
    let mut e = crate::experiment_examples::read(crate::experiment_examples::FILES[file]).unwrap();
    e.seeds = seeds;
    let shrink = |s: &mut loyalty_sim::Scenario| {
        s.simulation.customers = 300;
        s.simulation.days = 120;
    };
    if let Some(loyalty_sim::experiment::ScenarioSource::Inline(s)) = &mut e.scenario {
        shrink(s);
    }
    if let loyalty_sim::experiment::Kind::Compare(c) = &mut e.kind {
        for s in &mut c.scenarios {
            if let loyalty_sim::experiment::ScenarioSource::Inline(s) = s {
                shrink(s);
            }
        }
    }
    let plan = Plan::new(&e).unwrap();
    let r = (0..plan.runs())
        .map(|j| plan.run_job(j, &mut |_| Control::Continue).unwrap())
        .collect();
    (plan, r)
}

fn svg(chart: ExpChart, report: &ExperimentReport, values: &[f64]) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (960, 540)).into_drawing_area();
        draw_experiment(chart, report, values, crate::text::charts(Lang::En), &area).unwrap();
    }
    out
}

#[test]
fn a_two_parameter_sweep_draws_a_heat_map_with_its_optimum() {
    let mut e = crate::experiment_examples::read(crate::experiment_examples::FILES[3]).unwrap();
    e.seeds = 1;
    if let Some(loyalty_sim::experiment::ScenarioSource::Inline(s)) = &mut e.scenario {
        s.simulation.customers = 300;
        s.simulation.days = 120;
    }
    if let loyalty_sim::experiment::Kind::Sweep(w) = &mut e.kind {
        w.constraints.clear();
        w.parameters[0].values = Some(vec![0.02, 0.08, 0.14]);
        w.parameters[0].from = None;
        w.parameters[0].to = None;
        w.parameters[0].step = None;
        let mut second = w.parameters[0].clone();
        second.path = "programme.points.redemption_threshold".into();
        second.values = Some(vec![50.0, 200.0]);
        w.parameters.push(second);
    }
    let plan = Plan::new(&e).unwrap();
    let results: Vec<JobResult> = (0..plan.runs())
        .map(|j| plan.run_job(j, &mut |_| Control::Continue).unwrap())
        .collect();
    let report = plan.report(&results).unwrap();
    assert_eq!(ExpChart::of(&report), vec![ExpChart::Heatmap]);
    let text = svg(ExpChart::Heatmap, &report, &[]);
    assert!(
        text.contains(t::OPTIMUM.en) && text.contains("Redemption threshold"),
        "heat map"
    );
    // Half the points: still a heat map, never a panic.
    let half = plan.report(&results[..3]).unwrap();
    assert!(svg(ExpChart::Heatmap, &half, &[]).contains(t::HEATMAP_CAPTION.en));
}

#[test]
fn every_kind_draws_its_charts_and_an_unfinished_one_a_note() {
    for (file, seeds, must) in [
        (0, 3, vec!["median", "never", "P(&gt; 0)"]),
        (2, 2, vec!["Flat 5 % discount"]),
        (3, 1, vec!["optimum"]),
        (4, 1, vec!["Reward appetite", "base"]),
    ] {
        let (plan, results) = results(file, seeds);
        let report = plan.report(&results).unwrap();
        let values: Vec<f64> = results
            .iter()
            .filter_map(|r| r.kpi("incremental_profit"))
            .collect();
        let text: String = ExpChart::of(&report)
            .into_iter()
            .map(|c| svg(c, &report, &values))
            .collect();
        for m in must {
            assert!(text.contains(m), "file {file}: no {m:?}");
        }
        assert!(!text.contains(t::NO_RESULTS.en), "file {file} drew a note");
        // No run finished yet: a note, never a panic.
        let empty = plan.report(&[]).unwrap();
        for c in ExpChart::of(&empty) {
            assert!(
                svg(c, &empty, &[]).contains(t::NO_RESULTS.en),
                "file {file}: {c:?}"
            );
        }
    }
}
