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
        render(name.en, &short(s, 400));
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
    let all: Vec<ChartKind> = ChartKind::ALL
        .into_iter()
        .chain(ChartKind::FINANCE)
        .collect();
    let mut slugs: Vec<_> = all.iter().map(|k| k.slug()).collect();
    assert!(slugs
        .iter()
        .all(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), all.len());
}

/// A report with every new cost and income component non-zero and one
/// mark of every event kind (plus an unknown kind and one past the horizon),
/// as the engine will give once it simulates the new mechanics.
fn with_new_components_and_events() -> Report {
    use loyalty_sim::EventMark;
    let (_, s) = loyalty_lab::examples::all().remove(0);
    let mut r = short(s, 400);
    for (i, m) in r.monthly.iter_mut().enumerate() {
        let k = 100.0 + 10.0 * i as f64;
        let p = &mut m.programme;
        p.cost.vip = k;
        p.cost.club = 2.0 * k;
        p.cost.coalition = 0.5 * k;
        p.cost.cashback = 0.3 * k;
        p.cost.coupons = 0.2 * k;
        p.cost.gift_cards = 0.7 * k;
        p.cost.profit_sharing = 1.5 * k;
        p.cost.referrals = 0.25 * k;
        p.income.club_fees = k;
        p.income.settlements = 0.4 * k;
        p.income.bank = 0.15 * k;
        p.income.gift_card_sales = 0.9 * k;
        p.programme_income = 2.45 * k;
    }
    let kinds = loyalty_sim::Event::KINDS
        .iter()
        .copied()
        .chain(["something_new"]);
    r.events = kinds
        .enumerate()
        .map(|(i, k)| EventMark {
            day: 10 + 40 * i as u32,
            kind: k.to_string(),
        })
        .collect();
    // Two on one day, and one past the horizon (left out).
    r.events.push(EventMark {
        day: 10,
        kind: "service_failure".into(),
    });
    r.events.push(EventMark {
        day: 10_000,
        kind: "end".into(),
    });
    r.kpis.programme_income = r.monthly.iter().map(|m| m.programme.programme_income).sum();
    r
}

fn svg_of(kind: ChartKind, report: &Report) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (960, 540)).into_drawing_area();
        charts::draw(kind, report, &CHART_TEXT_EN, &area).unwrap();
    }
    svg
}

#[test]
fn every_chart_draws_with_events_and_new_components() {
    let r = with_new_components_and_events();
    render("events and new components", &r);
    let cost = svg_of(ChartKind::CostBreakdown, &r);
    let t = &CHART_TEXT_EN;
    for label in [
        t.cost_vip,
        t.cost_club,
        t.cost_coalition,
        t.cost_cashback,
        t.cost_coupons,
        t.cost_gift_cards,
        t.cost_profit_sharing,
        t.cost_referrals,
        t.programme_income,
    ] {
        assert!(cost.contains(label), "cost chart legend lacks {label}");
    }
    for kind in ChartKind::ALL {
        let svg = svg_of(kind, &r);
        let marked = svg.contains(t.event_deregulation) && svg.contains(t.event_other);
        let time_chart = !matches!(kind, ChartKind::Satisfaction | ChartKind::Uplift);
        assert_eq!(marked, time_chart, "{kind:?}: event labels");
    }
    // Without events and new components, none of it shows.
    let (_, s) = loyalty_lab::examples::all().remove(0);
    let plain = short(s, 400);
    let cost = svg_of(ChartKind::CostBreakdown, &plain);
    assert!(!cost.contains(t.cost_vip) && !cost.contains(t.programme_income));
    assert!(!svg_of(ChartKind::Nps, &plain).contains(t.event_launch));
}

#[test]
fn income_alone_draws_the_cost_chart() {
    let mut r = with_new_components_and_events();
    for m in &mut r.monthly {
        m.programme.cost = Default::default();
        m.programme.discounts = 0.0;
    }
    let svg = svg_of(ChartKind::CostBreakdown, &r);
    assert!(svg.contains(CHART_TEXT_EN.programme_income));
    assert!(!svg.contains(CHART_TEXT_EN.no_costs));
}

/// The texts a chart drew, in order.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|part| {
            let body = part.split_once('>')?.1;
            Some(body.split_once("</text>")?.0.trim().to_string())
        })
        .collect()
}

fn days_run(customers: u32, days: u32, example: usize) -> Report {
    let (_, mut s) = loyalty_lab::examples::all().remove(example);
    s.simulation.customers = customers;
    s.simulation.days = days;
    loyalty_sim::run(&s).expect("runs")
}

#[test]
fn tick_labels_never_repeat_on_a_short_horizon() {
    for customers in [2_000, 10_000] {
        let r = days_run(customers, 45, 0);
        for kind in [
            ChartKind::Customers,
            ChartKind::RevenueProfit,
            ChartKind::CumulativeProfit,
            ChartKind::Nps,
        ] {
            let all = texts(&svg_of(kind, &r));
            let mut suffixed: Vec<&String> = all
                .iter()
                .filter(|t| t.ends_with(" k") || t.ends_with(" M"))
                .collect();
            let n = suffixed.len();
            suffixed.sort();
            suffixed.dedup();
            assert_eq!(
                suffixed.len(),
                n,
                "{kind:?}: repeated tick labels in {all:?}"
            );
        }
    }
}

#[test]
fn counts_start_at_zero_and_retention_uses_its_whole_scale() {
    let r = days_run(2_000, 365, 6);
    let all = texts(&svg_of(ChartKind::Customers, &r));
    assert!(
        all.iter().any(|t| t == "0"),
        "customers axis from 0: {all:?}"
    );
    assert!(
        all.iter().any(|t| t == "100"),
        "retention up to 100 %: {all:?}"
    );
}

#[test]
fn share_scales_do_not_run_past_their_end() {
    // The deregulated utility: its commitments chart once ran to 1.75.
    for (i, (name, _)) in loyalty_lab::examples::all().iter().enumerate() {
        let name = name.en;
        let r = days_run(2_000, 730, i);
        let commit = texts(&svg_of(ChartKind::Commitments, &r));
        let over: Vec<_> = commit
            .iter()
            .filter(|t| t.contains('.') && t.parse::<f64>().is_ok_and(|v| v > 1.0))
            .collect();
        assert!(over.is_empty(), "{name}: commitments axis past 1: {over:?}");
        for kind in [ChartKind::Apostles, ChartKind::LoyaltyTypes] {
            let all = texts(&svg_of(kind, &r));
            let over: Vec<_> = all
                .iter()
                .filter(|t| t.parse::<f64>().is_ok_and(|v| v > 100.0))
                .collect();
            assert!(
                over.is_empty(),
                "{name} {kind:?}: share axis past 100: {over:?}"
            );
        }
    }
}

#[test]
fn no_members_is_said_instead_of_a_zero_uplift() {
    let r = days_run(400, 60, 0);
    let mut none = r.clone();
    none.kpis.members = 0;
    none.kpis.naive_member_uplift = 0.0;
    none.kpis.true_member_uplift = 0.0;
    none.kpis.member_basket_uplift = 0.0;
    let svg = svg_of(ChartKind::Uplift, &none);
    assert!(svg.contains(CHART_TEXT_EN.no_members), "{:?}", texts(&svg));
    assert!(!texts(&svg).iter().any(|t| t.contains("+0")));
}

/// The finance view's charts draw for every example and the edge cases
/// (the cohorts as lines, or the no-points sentence), and
/// the waterfall's bars run from the twin's profit to the programme's, the
/// parts adding up to the incremental profit to the cent.
#[test]
fn the_waterfall_adds_up_for_every_example() {
    let (_, first) = loyalty_lab::examples::all().remove(0);
    let mut cases: Vec<(String, bool, Report)> = loyalty_lab::examples::all()
        .into_iter()
        .map(|(n, s)| (n.en.to_string(), s.programme.is_some(), short(s, 400)))
        .collect();
    cases.push(("one month".into(), true, short(first.clone(), 30)));
    let mut none = first;
    none.programme = None;
    cases.push(("no programme".into(), false, short(none, 120)));
    let mut drew_cohorts = false;
    for (tag, programme, r) in &cases {
        for kind in ChartKind::FINANCE {
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (960, 540)).into_drawing_area();
                charts::draw(kind, r, &CHART_TEXT_EN, &area)
                    .unwrap_or_else(|e| panic!("{tag} {kind:?}: {e}"));
            }
            if kind == ChartKind::Cohorts {
                // Lines when there are points, the sentence when not.
                let lines = svg.matches("<polyline").count();
                if r.finance.cohorts.is_empty() {
                    assert!(svg.contains(CHART_TEXT_EN.no_points), "{tag}");
                } else {
                    assert!(lines >= 3, "{tag} cohorts: {lines} lines");
                    assert!(!svg.contains(CHART_TEXT_EN.no_points), "{tag}");
                }
                assert!(*programme || r.finance.cohorts.is_empty(), "{tag}");
                drew_cohorts |= lines >= 3;
            } else {
                assert!(svg.contains("<rect"), "{tag} {kind:?} drew no bar");
            }
        }
        let steps = charts::waterfall_steps(r, &CHART_TEXT_EN);
        let cents = |v: f64| (v * 100.0).round() as i64;
        let first = steps.first().expect("a first bar");
        let last = steps.last().expect("a last bar");
        assert!(first.total && last.total, "{tag}");
        assert_eq!(cents(first.to), cents(r.kpis.baseline_profit), "{tag}");
        assert_eq!(cents(last.to), cents(r.kpis.profit), "{tag}");
        let parts = &steps[1..steps.len() - 1];
        let sum: i64 = parts.iter().map(|s| cents(s.to) - cents(s.from)).sum();
        assert_eq!(sum, cents(r.kpis.incremental_profit), "{tag}");
        // Each part starts where the one before ended.
        for w in steps[..steps.len() - 1].windows(2) {
            assert_eq!(cents(w[1].from), cents(w[0].to), "{tag}");
        }
        assert!(parts.iter().all(|s| s.from != s.to && !s.label.is_empty()));
        if !programme {
            assert!(parts.is_empty(), "{tag}: no programme, no part: {parts:?}");
        } else {
            assert!(!parts.is_empty(), "{tag} has no part");
        }
    }
    assert!(drew_cohorts, "no example drew the cohort lines");
}

#[test]
fn small_charts_keep_readable_tick_labels_in_css_pixels() {
    use charts::{tick_font_css_px, MIN_TICK_PX, MIN_TICK_PX_NARROW};
    // The 960 x 540 design: 16 px, as before.
    assert_eq!(tick_font_css_px(960, 540, 1.0), 16.0);
    // A grid chart of 690 x 388 CSS pixels, at 1, 2 and 3 device pixels per
    // CSS pixel: never under 14 CSS pixels (scaled from 960 x 540 it was 11.5).
    for dpr in [1.0, 2.0, 3.0] {
        let (w, h) = ((690.0 * dpr) as u32, (388.0 * dpr) as u32);
        let px = tick_font_css_px(w, h, dpr);
        assert!((MIN_TICK_PX..=16.0).contains(&px), "{dpr}: {px}");
    }
    // A phone's chart, 358 x 268 CSS pixels: at least 12 (it was 6).
    for dpr in [1.0, 2.0, 3.0] {
        let (w, h) = ((358.0 * dpr) as u32, (268.0 * dpr) as u32);
        let px = tick_font_css_px(w, h, dpr);
        assert!((MIN_TICK_PX_NARROW..=16.0).contains(&px), "{dpr}: {px}");
    }
    // Large areas still scale up (the enlarged view, a 1080p PNG).
    assert_eq!(tick_font_css_px(1920, 1080, 1.0), 32.0);
    assert_eq!(tick_font_css_px(1920, 1080, 2.0), 16.0);
}

#[test]
fn small_charts_draw_at_their_size_with_the_currency_on_money_axes() {
    let (_, mut s) = loyalty_lab::examples::all().remove(0);
    s.business.currency = loyalty_sim::Currency::of("USD");
    let report = short(s, 400);
    for (w, h, dpr) in [(1074, 804, 3.0), (690, 388, 1.0), (1380, 776, 2.0)] {
        for kind in ChartKind::ALL {
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
                charts::draw_at(kind, &report, &CHART_TEXT_EN, &area, dpr)
                    .unwrap_or_else(|e| panic!("{kind:?} at {w}x{h}: {e}"));
            }
            assert!(svg.contains("<text"), "{kind:?} drew no text");
            if kind == ChartKind::CumulativeProfit {
                assert!(svg.contains("USD ($)"), "{kind:?}: no currency on the axis");
                assert!(!svg.contains("Currency units"));
            }
        }
    }
}
