//! The calibration's diagnostics charts draw (SVG) for a fitted log, for a
//! log without holdout and for empty diagnostics, with their captions and
//! the calibration end marked.

use loyalty_calibrate::diagnostics::Diagnostics;
use loyalty_lab::calibration::{calibrate, LogOptions};
use loyalty_lab::charts::{calibration_end_week, draw_calibration, CalibrationChart};
use plotters::prelude::*;

fn log(n: usize) -> String {
    let mut s = String::from("customer,date,amount\n");
    for c in 0..n {
        let mut d = (c * 7) % 300;
        let every = 15 + (c * 13) % 80;
        let mut k = 0;
        while d < 700 && k < 1 + (c * 7) % 11 {
            let (y, doy) = if d < 365 { (2023, d) } else { (2024, d - 365) };
            s.push_str(&format!(
                "c{c},{y}-{:02}-{:02},{}.{:02}\n",
                doy / 31 % 12 + 1,
                doy % 28 + 1,
                5 + (c * 31 + k * 7) % 60,
                c % 100
            ));
            d += every + (k * 17) % 23;
            k += 1;
        }
    }
    s
}

fn svg(kind: CalibrationChart, d: &Diagnostics) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (960, 540)).into_drawing_area();
        draw_calibration(
            kind,
            d,
            loyalty_lab::text::charts(loyalty_lab::i18n::Lang::En),
            &area,
        )
        .expect("draws");
    }
    svg
}

#[test]
fn every_diagnostics_chart_draws() {
    let v = calibrate(&log(500), &LogOptions::default()).expect("calibrates");
    let d = &v.diagnostics;
    for kind in CalibrationChart::ALL {
        let s = svg(kind, d);
        assert!(s.len() > 2000, "{kind:?}: {}", s.len());
        assert!(s.contains("<text"), "{kind:?}");
    }
    // The calibration end is marked on both week charts, at the last calibration week.
    let end = calibration_end_week(d).expect("weeks");
    assert_eq!(end, d.weekly.iter().filter(|w| !w.holdout).count() as f64);
    for kind in [CalibrationChart::Cumulative, CalibrationChart::Weekly] {
        assert!(svg(kind, d).contains(loyalty_lab::text::calibrate::charts::CALIBRATION_END.en));
    }
    // The P(alive) matrix writes each cell's percentage: the no-repeat row is 100.
    let alive = svg(CalibrationChart::Alive, d);
    assert!(
        alive.matches("\n100\n</text>").count() >= 8,
        "the x = 0 row"
    );
}

#[test]
fn empty_diagnostics_draw_a_note() {
    let v = calibrate(&log(200), &LogOptions::default()).expect("calibrates");
    let mut d = v.diagnostics;
    d.holdout_by_frequency.clear();
    d.spend_distribution.clear();
    d.weekly.clear();
    use loyalty_lab::text::calibrate::charts as tc;
    assert!(svg(CalibrationChart::Holdout, &d).contains(tc::NO_HOLDOUT.en));
    assert!(svg(CalibrationChart::Spend, &d).contains(tc::NO_SPEND.en));
    assert!(svg(CalibrationChart::Cumulative, &d).contains(tc::NO_HOLDOUT.en));
}
