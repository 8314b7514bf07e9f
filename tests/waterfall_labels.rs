//! The waterfall's labels never overlap, with 12 to 25 bars, at the canvas
//! size of the page (960 x 540, scaled by the browser to 1280 px or a phone
//! alike) and at the enlarged sizes of a 1280 px window and of a phone in
//! device pixels. Drawn natively with plotters' SVG backend; every text's
//! box is estimated from its font size and characters (an upper bound for a
//! sans-serif face: 0.6 em a character, 1.2 em high).

use loyalty_lab::chart_text::CHART_TEXT_EN;
use loyalty_lab::charts::{self, ChartKind};
use loyalty_sim::{LedgerDay, Report, WaterfallPart};
use plotters::prelude::*;

/// A drawn text: its text and its box (left, top, right, bottom) in pixels.
#[derive(Debug)]
struct Drawn {
    text: String,
    b: (f64, f64, f64, f64),
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let i = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[i..].split('"').next()?.to_string())
}

/// Every non-empty text of an SVG with its estimated box.
fn texts(svg: &str) -> Vec<Drawn> {
    svg.split("<text")
        .skip(1)
        .filter_map(|part| {
            let (tag, body) = part.split_once('>')?;
            let text = body.split_once("</text>")?.0.trim().to_string();
            if text.is_empty() {
                return None;
            }
            let x: f64 = attr(tag, "x")?.parse().ok()?;
            let y: f64 = attr(tag, "y")?.parse().ok()?;
            let size: f64 = attr(tag, "font-size")?.parse().ok()?;
            let w = text.chars().count() as f64 * size * 0.6;
            let h = size * 1.2;
            let left = match attr(tag, "text-anchor").as_deref() {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            let top = match attr(tag, "dominant-baseline").as_deref() {
                Some("hanging") | Some("text-before-edge") => y,
                Some("middle") | Some("central") => y - h / 2.0,
                _ => y - size,
            };
            // The axis's description, written upwards at the left edge.
            if tag.contains("rotate") {
                return None;
            }
            Some(Drawn {
                text,
                b: (left, top, left + w, top + h),
            })
        })
        .collect()
}

fn meet(a: &Drawn, b: &Drawn) -> bool {
    a.b.0 < b.b.2 && b.b.0 < a.b.2 && a.b.1 < b.b.3 && b.b.1 < a.b.3
}

/// A report whose waterfall has `n` non-zero parts (customer parts, then
/// every cost, then every income component), of mixed signs and sizes.
fn report_with_parts(n: usize) -> Report {
    let (_, mut s) = loyalty_lab::examples::all().remove(0);
    s.simulation.customers = 300;
    s.simulation.days = 120;
    let mut r = loyalty_sim::run(&s).expect("runs");
    let names: Vec<String> = [
        "retention",
        "frequency",
        "basket",
        "acquisition",
        "subsidy",
        "discounts_other",
        "rewards_other",
        "rewards_not_with_purchases",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(
        LedgerDay::COSTS
            .iter()
            .filter(|c| **c != "rewards")
            .map(|c| format!("cost_{c}")),
    )
    .chain(LedgerDay::INCOME.iter().map(|c| format!("income_{c}")))
    .collect();
    assert!(n <= names.len());
    let amounts = [
        1234.5, -987.0, 45_000.0, -12.0, 3.5, -23_456.0, 789.0, -1_500.0,
    ];
    r.finance.waterfall = names[..n]
        .iter()
        .enumerate()
        .map(|(i, name)| WaterfallPart {
            part: name.clone(),
            amount: amounts[i % amounts.len()],
        })
        .collect();
    let sum: f64 = r.finance.waterfall.iter().map(|p| p.amount).sum();
    r.kpis.profit = r.kpis.baseline_profit + sum;
    r.kpis.incremental_profit = sum;
    r
}

fn svg(r: &Report, w: u32, h: u32) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        charts::draw(ChartKind::Waterfall, r, &CHART_TEXT_EN, &area).expect("draws");
    }
    svg
}

#[test]
fn waterfall_labels_do_not_overlap_with_many_bars() {
    // The page's canvas; a 1280 px window enlarged (dpr 1); a 390 px phone
    // enlarged (dpr 3); a 2560 px screen.
    let sizes = [(960, 540), (1248, 702), (1074, 604), (2528, 1422)];
    let bars = LedgerDay::COSTS.len() - 1 + LedgerDay::INCOME.len() + 8;
    for n in [12, 16, 20, bars] {
        let r = report_with_parts(n);
        let steps = charts::waterfall_steps(&r, &CHART_TEXT_EN);
        assert_eq!(steps.len(), n + 2);
        for (w, h) in sizes {
            let svg = svg(&r, w, h);
            let drawn = texts(&svg);
            // Every bar's label and every bar's value is drawn.
            for s in &steps {
                assert!(
                    drawn.iter().any(|d| d.text == s.label),
                    "{n} parts at {w}x{h}: no label {:?}",
                    s.label
                );
            }
            for (i, a) in drawn.iter().enumerate() {
                assert!(
                    a.b.0 >= -0.5 && a.b.2 <= w as f64 + 0.5,
                    "{n} parts at {w}x{h}: {:?} leaves the chart",
                    a
                );
                for b in &drawn[i + 1..] {
                    assert!(
                        !meet(a, b),
                        "{n} parts at {w}x{h}: {:?} overlaps {:?}",
                        a,
                        b
                    );
                }
            }
        }
    }
}
