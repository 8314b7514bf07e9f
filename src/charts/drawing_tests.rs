//! Tests of [`Drawing`]: every kind of chart of the app is drawn at the
//! device pixel ratio it is given, its tick labels at least
//! [`MIN_TICK_PX`] CSS pixels on a chart of a grid's size.
use super::*;
use loyalty_sim::experiment::{JobResult, Plan};
use loyalty_sim::Control;

/// A small transaction log of `n` customers over two years.
fn log(n: usize) -> String {
    let mut s = String::from("customer,date,amount\n");
    for c in 0..n {
        let (mut d, every) = ((c * 7) % 300, 15 + (c * 13) % 80);
        for k in 0..1 + (c * 7) % 11 {
            if d >= 700 {
                break;
            }
            let (y, doy) = if d < 365 { (2023, d) } else { (2024, d - 365) };
            let (m, day) = (doy / 31 % 12 + 1, doy % 28 + 1);
            s.push_str(&format!("c{c},{y}-{m:02}-{day:02},{}\n", 5 + (c + k) % 60));
            d += every + (k * 17) % 23;
        }
    }
    s
}

/// One drawing of each kind of chart the app shows.
fn drawings() -> Vec<Drawing> {
    let (_, mut s) = crate::examples::all().remove(0);
    s.simulation.customers = 200;
    s.simulation.days = 400;
    let report = Rc::new(loyalty_sim::run(&s).unwrap());
    let story = Rc::new(loyalty_sim::story::follow(&s, 17).unwrap());
    let view = crate::calibration::calibrate(&log(400), &Default::default()).unwrap();
    let mut e = crate::experiment_examples::read(crate::experiment_examples::FILES[0]).unwrap();
    e.seeds = 2;
    if let Some(loyalty_sim::experiment::ScenarioSource::Inline(s)) = &mut e.scenario {
        s.simulation.customers = 200;
        s.simulation.days = 120;
    }
    let plan = Plan::new(&e).unwrap();
    let results: Vec<JobResult> = (0..plan.runs())
        .map(|j| plan.run_job(j, &mut |_| Control::Continue).unwrap())
        .collect();
    let exp = Rc::new(plan.report(&results).unwrap());
    let values = Rc::new(
        results
            .iter()
            .filter_map(|r| r.kpi("incremental_profit"))
            .collect::<Vec<_>>(),
    );
    let mut all = vec![Drawing::Report(ChartKind::Customers, report.clone())];
    all.extend(StoryChart::ALL.map(|c| Drawing::Story(c, story.clone(), report.clone())));
    let view = Rc::new(view);
    all.extend(CalibrationChart::ALL.map(|k| Drawing::Calibration(k, view.clone())));
    all.extend(
        ExpChart::of(&exp)
            .into_iter()
            .map(|c| Drawing::Experiment(c, exp.clone(), values.clone())),
    );
    all
}

/// The SVG of `d` on `w` x `h` device pixels at `dpr`.
fn svg(d: &Drawing, w: u32, h: u32, dpr: f64) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        d.draw_at(Lang::En, &area, dpr)
            .unwrap_or_else(|e| panic!("{}: {e}", d.slug()));
    }
    out
}

/// The most common text size of an SVG in pixels (the tick labels'), as
/// plotters asked for it (the SVG writes it divided by 1.24).
fn usual_text_px(svg: &str) -> f64 {
    let mut counts: Vec<(i64, usize)> = Vec::new();
    for part in svg.split("font-size=\"").skip(1) {
        let v: f64 = part.split('"').next().unwrap().parse().unwrap();
        let key = (v * 1.24 * 10.0).round() as i64;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    let (key, _) = counts.iter().max_by_key(|(k, n)| (*n, -*k)).expect("texts");
    *key as f64 / 10.0
}

#[test]
fn every_kind_of_chart_is_drawn_at_its_pixel_ratio_with_readable_ticks() {
    let all = drawings();
    assert!(all.iter().any(|d| matches!(d, Drawing::Story(..))));
    assert!(all.iter().any(|d| matches!(d, Drawing::Calibration(..))));
    assert!(all.iter().any(|d| matches!(d, Drawing::Experiment(..))));
    // A grid chart of 690 x 388 CSS pixels at 2 device pixels per CSS pixel.
    let (w, h) = (1380, 776);
    let want = tick_font_css_px(w, h, 2.0) * 2.0;
    assert!(want >= MIN_TICK_PX * 2.0, "{want}");
    for d in &all {
        let sharp = svg(d, w, h, 2.0);
        let px = usual_text_px(&sharp);
        assert!(
            px >= MIN_TICK_PX * 2.0 - 0.5,
            "{}: texts {px} device px, want {want}",
            d.slug()
        );
        // The same pixels at one device pixel per CSS pixel: smaller texts.
        let plain = usual_text_px(&svg(d, w, h, 1.0));
        assert!(plain < px, "{}: {plain} at 1x, {px} at 2x", d.slug());
    }
}

#[test]
fn names_ids_and_equality() {
    let all = drawings();
    for d in &all {
        assert_eq!(d, &d.clone());
        assert!(!d.description(Lang::Fi).is_empty());
        assert!(d.png_name().ends_with(".png") && d.png_name().contains(d.slug()));
    }
    let story = all
        .iter()
        .find(|d| matches!(d, Drawing::Story(..)))
        .unwrap();
    if let Drawing::Story(_, s, _) = story {
        assert!(story
            .png_name()
            .contains(&format!("customer-{}-", s.customer)));
    }
    let exp = all
        .iter()
        .find(|d| matches!(d, Drawing::Experiment(..)))
        .unwrap();
    assert!(exp.figure_id().starts_with("exp-chart-"));
    assert_eq!(all[0].figure_id(), "chart-customers");
    assert!(!all[0].terms().is_empty());
    assert_ne!(all[0], all[1]);
}

#[test]
fn the_holdout_chart_shows_the_simulated_forecast_when_there_is_one() {
    let view = crate::calibration::calibrate(&log(400), &Default::default()).unwrap();
    let label = crate::text::calibrate::charts::SIMULATED.get(Lang::En);
    let holdout = |v: &crate::calibration::CalibrationView| {
        svg(
            &Drawing::Calibration(CalibrationChart::Holdout, Rc::new(v.clone())),
            960,
            540,
            1.0,
        )
    };
    assert!(view
        .diagnostics
        .holdout_by_frequency
        .iter()
        .any(|b| b.simulated.is_some()));
    assert!(holdout(&view).contains(label));
    let mut none = view.clone();
    for b in &mut none.diagnostics.holdout_by_frequency {
        b.simulated = None;
    }
    assert!(!holdout(&none).contains(label));
}
