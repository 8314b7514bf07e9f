//! Every chart draws, without error, for every example scenario (shortened)
//! and for edge cases: one month, no months, no programme. Drawn natively
//! with plotters' SVG backend; the browser draws the same code on a canvas.

use loyalty_lab::chart_text::CHART_TEXT_EN;
use loyalty_lab::charts::{self, ChartKind};
use loyalty_sim::Report;
use plotters::prelude::*;

fn render(tag: &str, report: &Report) {
    for kind in ChartKind::ALL {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (960, 540)).into_drawing_area();
            charts::draw(kind, report, &CHART_TEXT_EN, &area)
                .unwrap_or_else(|e| panic!("{tag} {kind:?}: {e}"));
        }
        assert!(svg.contains("<text"), "{tag} {kind:?} drew no text");
        assert!(!charts::description(kind, &CHART_TEXT_EN).is_empty());
    }
}

fn short(mut s: loyalty_sim::Scenario, days: u32) -> Report {
    s.simulation.customers = 400;
    s.simulation.days = days;
    loyalty_sim::run(&s).expect("example runs")
}

#[test]
fn every_chart_draws_for_every_example() {
    for (name, s) in loyalty_lab::examples::all() {
        render(name, &short(s, 400));
    }
}

#[test]
fn every_chart_draws_for_edge_cases() {
    let (_, s) = loyalty_lab::examples::all().remove(0);
    render("one month", &short(s.clone(), 30));
    let mut empty = short(s, 60);
    empty.monthly.clear();
    render("no months", &empty);
}

#[test]
fn slugs_are_unique_file_names() {
    let mut slugs: Vec<_> = ChartKind::ALL.iter().map(|k| k.slug()).collect();
    assert!(slugs
        .iter()
        .all(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), ChartKind::ALL.len());
}
