//! The finance view's charts: the waterfall of the incremental profit,
//! the incremental profit by the twin's spend decile and the points'
//! cohorts.
//!
//! Invariant: the waterfall's bars are [`waterfall_steps`], one per
//! non-zero part of `finance.waterfall` between the twin's profit and the
//! programme's; the parts' heights add up to `kpis.incremental_profit` to
//! the cent (summed in integer cents). The cohort chart's lines are
//! [`cohort_curves`]: the report's `finance.cohorts` shares in per cent,
//! age by age.

use super::*;

/// One bar of the waterfall, in currency units.
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallStep {
    /// The part's name in the report (`""` for the two totals).
    pub part: String,
    /// The bar's label on the axis.
    pub label: String,
    /// Where the bar starts (the running total before it).
    pub from: f64,
    /// Where it ends (the running total after it).
    pub to: f64,
    /// A total (the twin's or the programme's profit) rather than a part.
    pub total: bool,
}

fn cents(v: f64) -> i64 {
    if v.is_finite() {
        (v * 100.0).round() as i64
    } else {
        0
    }
}

/// The waterfall's bars: the twin's profit, every part of
/// `finance.waterfall` that is not zero to the cent (in the report's
/// order), then the programme's profit. Running totals are kept in cents.
pub fn waterfall_steps(r: &Report, t: &ChartText) -> Vec<WaterfallStep> {
    let base = cents(r.kpis.baseline_profit);
    let mut out = vec![WaterfallStep {
        part: String::new(),
        label: t.waterfall_twin.into(),
        from: 0.0,
        to: base as f64 / 100.0,
        total: true,
    }];
    let mut run = base;
    for p in &r.finance.waterfall {
        let c = cents(p.amount);
        if c == 0 {
            continue;
        }
        let next = run.saturating_add(c);
        out.push(WaterfallStep {
            part: p.part.clone(),
            label: t.waterfall_part(&p.part),
            from: run as f64 / 100.0,
            to: next as f64 / 100.0,
            total: false,
        });
        run = next;
    }
    out.push(WaterfallStep {
        part: String::new(),
        label: t.waterfall_programme.into(),
        from: 0.0,
        to: cents(r.kpis.profit) as f64 / 100.0,
        total: true,
    });
    out
}

/// Where the two totals' bars start: zero, unless there are parts and the profits are far from
/// zero against the parts (both running totals on the same side of zero,
/// more than twice the parts' span away), when the axis starts near the
/// parts so that they can be seen (the totals carry their value labels).
fn totals_floor(steps: &[WaterfallStep]) -> f64 {
    if steps.iter().all(|s| s.total) {
        // No part to see: the profits from zero.
        return 0.0;
    }
    let ends = steps
        .iter()
        .map(|s| s.to)
        .chain(steps.iter().filter(|s| !s.total).map(|s| s.from));
    let (lo, hi) = ends.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    if !lo.is_finite() || !hi.is_finite() {
        return 0.0;
    }
    let span = (hi - lo).max(0.05 * lo.abs().max(hi.abs()));
    if lo > 0.0 && lo > 2.0 * span {
        lo - 0.5 * span
    } else if hi < 0.0 && -hi > 2.0 * span {
        hi + 0.5 * span
    } else {
        0.0
    }
}

/// The waterfall parts a programme's goal is judged on (`None`: no goal, so
/// every bar is drawn alike): retention for a retention or defensive
/// programme (customers kept, also through a competitor's move), acquisition
/// for an acquisition programme.
pub fn goal_parts(r: &Report) -> Option<&'static [&'static str]> {
    use loyalty_sim::Goal;
    Some(match r.finance.goal.goal? {
        Goal::Retention | Goal::Defensive => &["retention"],
        Goal::Acquisition => &["acquisition"],
    })
}

pub(super) fn waterfall(r: &Report, t: &ChartText) -> Built {
    let steps = waterfall_steps(r, t);
    let judged = goal_parts(r);
    let n = steps.len();
    let x = XAxis {
        lo: -0.5,
        hi: n as f64 - 0.5,
        keys: (0..n).map(|i| i as f64).collect(),
        labels: steps.iter().map(|s| s.label.clone()).collect(),
        desc: String::new(),
    };
    let mut p = Plot::new(x, &money_desc(r));
    let floor = totals_floor(&steps);
    p.zero = floor == 0.0;
    for (i, s) in steps.iter().enumerate() {
        let x = i as f64;
        let up = s.to >= s.from;
        let color = if s.total {
            OI_BLUE
        } else if up {
            OI_GREEN
        } else {
            OI_VERMILLION
        };
        p.bars.push(Bar {
            x0: x - 0.35,
            x1: x + 0.35,
            y0: if s.total { floor } else { s.from },
            y1: s.to,
            color,
            // With a goal, the parts it is not judged on are drawn light.
            light: !s.total && judged.is_some_and(|parts| !parts.contains(&s.part.as_str())),
        });
        let v = s.to - s.from;
        let text = if s.total {
            compact(s.to, t)
        } else if up {
            format!("+{}", compact(v, t))
        } else {
            compact(v, t)
        };
        p.labels.push(ValueLabel {
            x,
            y: s.to,
            text,
            below: !up,
        });
    }
    Built::Plot(Box::new(p))
}

/// The deciles in the order drawn: 1 to 10, then the newcomers (decile 0)
/// when there are any.
fn decile_rows(r: &Report) -> Vec<&loyalty_sim::Split> {
    let mut v: Vec<_> = r.finance.deciles.iter().filter(|d| d.decile > 0).collect();
    v.extend(
        r.finance
            .deciles
            .iter()
            .filter(|d| d.decile == 0 && d.customers > 0),
    );
    v
}

pub(super) fn deciles(r: &Report, t: &ChartText) -> Built {
    let rows = decile_rows(r);
    if rows.is_empty() {
        return Built::Note(t.no_data);
    }
    let x = XAxis {
        lo: -0.5,
        hi: rows.len() as f64 - 0.5,
        keys: (0..rows.len()).map(|i| i as f64).collect(),
        labels: rows
            .iter()
            .map(|d| {
                if d.decile == 0 {
                    t.decile_new.to_string()
                } else {
                    d.decile.to_string()
                }
            })
            .collect(),
        desc: t.axis_decile.into(),
    };
    let mut p = Plot::new(x, &money_desc(r));
    for (i, d) in rows.iter().enumerate() {
        let v = fin(d.total);
        p.bars.push(Bar {
            x0: i as f64 - 0.35,
            x1: i as f64 + 0.35,
            y0: 0.0,
            y1: v,
            color: if v >= 0.0 { OI_GREEN } else { OI_VERMILLION },
            light: false,
        });
        p.labels.push(ValueLabel {
            x: i as f64,
            y: v,
            text: compact(v, t),
            below: v < 0.0,
        });
    }
    Built::Plot(Box::new(p))
}

/// Most cohorts drawn as lines of their own (more would not be told apart).
const MAX_COHORT_LINES: usize = 8;

/// The cohort chart's lines, points `(age in months, share in %)` from
/// the report's `finance.cohorts` (age 0 is the month of issue).
#[derive(Clone, Debug, PartialEq)]
pub struct CohortCurves {
    /// The cohorts drawn, every `step`-th from the first (at most eight):
    /// month of issue and share redeemed by age.
    pub cohorts: Vec<(u32, Vec<(f64, f64)>)>,
    /// Share redeemed of all cohorts' points together at each age, among
    /// the cohorts that reached it (weighted by points issued).
    pub mean_redeemed: Vec<(f64, f64)>,
    /// Share expired likewise (the breakage).
    pub mean_expired: Vec<(f64, f64)>,
}

/// The share of the points of the cohorts old enough, at each age.
fn pooled(
    rows: &[loyalty_sim::CohortRow],
    f: fn(&loyalty_sim::CohortRow) -> &[f64],
) -> Vec<(f64, f64)> {
    let ages = rows.iter().map(|c| f(c).len()).max().unwrap_or(0);
    (0..ages)
        .filter_map(|a| {
            let (mut num, mut den) = (0.0, 0.0);
            for c in rows {
                if let Some(v) = f(c).get(a) {
                    num += c.issued as f64 * fin(*v);
                    den += c.issued as f64;
                }
            }
            (den > 0.0).then(|| (a as f64, 100.0 * num / den))
        })
        .collect()
}

/// The cohort chart's data: every cohort when there are at most eight,
/// else every second, third... from the first, and the pooled shares.
pub fn cohort_curves(r: &Report) -> CohortCurves {
    let rows = &r.finance.cohorts;
    let step = rows.len().div_ceil(MAX_COHORT_LINES).max(1);
    let cohorts = rows
        .iter()
        .step_by(step)
        .map(|c| {
            let pts = c
                .redeemed
                .iter()
                .enumerate()
                .map(|(a, v)| (a as f64, 100.0 * fin(*v)))
                .collect();
            (c.month, pts)
        })
        .collect();
    CohortCurves {
        cohorts,
        mean_redeemed: pooled(rows, |c| &c.redeemed),
        mean_expired: pooled(rows, |c| &c.expired),
    }
}

/// Sky blue for the first cohort to dark blue for the last.
fn cohort_color(i: usize, n: usize) -> RGBColor {
    let f = if n > 1 {
        i as f64 / (n - 1) as f64
    } else {
        1.0
    };
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * f).round() as u8;
    RGBColor(mix(150, 0), mix(205, 50), mix(240, 110))
}

pub(super) fn cohorts(r: &Report, t: &ChartText) -> Built {
    let c = cohort_curves(r);
    if c.cohorts.is_empty() {
        return Built::Note(t.no_points);
    }
    let ages = c.mean_redeemed.len().max(1) as u32 - 1;
    let step = [1u32, 2, 3, 4, 6, 12, 24, 36, 60, 120]
        .into_iter()
        .find(|s| ages / s <= 24)
        .unwrap_or(ages.div_ceil(24).max(1));
    let x = XAxis {
        lo: 0.0,
        hi: f64::from(ages.max(1)),
        keys: (0..=ages).step_by(step as usize).map(f64::from).collect(),
        labels: Vec::new(),
        desc: t.axis_age.into(),
    };
    let mut p = Plot::new(x, t.axis_share_points);
    p.bounds = (0.0, 100.0);
    p.full = true;
    p.legend_cols = 3;
    let markers = ages < 3;
    let n = c.cohorts.len();
    for (i, (month, pts)) in c.cohorts.into_iter().enumerate() {
        let color = cohort_color(i, n);
        p.lines.push(Line {
            pts,
            color,
            dashed: false,
            right: false,
            fill: false,
            markers,
        });
        p.legend.push(Entry {
            label: t.cohort_pattern.replace("{}", &month.to_string()),
            glyph: Glyph::Line {
                color,
                dashed: false,
                marker: false,
            },
        });
    }
    for (pts, label, color, dashed) in [
        (c.mean_redeemed, t.cohort_mean_redeemed, OI_BLACK, false),
        (c.mean_expired, t.cohort_mean_expired, OI_VERMILLION, true),
    ] {
        p.lines.push(Line {
            pts,
            color,
            dashed,
            right: false,
            fill: false,
            markers: true,
        });
        p.legend.push(Entry {
            label: label.into(),
            glyph: Glyph::Line {
                color,
                dashed,
                marker: true,
            },
        });
    }
    Built::Plot(Box::new(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_text::CHART_TEXT_EN as T;

    /// The bars drawn are the steps, each from its start to its end.
    #[test]
    fn the_waterfall_draws_its_steps() {
        let (_, mut s) = crate::examples::all().remove(0);
        s.simulation.customers = 300;
        s.simulation.days = 120;
        let r = loyalty_sim::run(&s).expect("runs");
        let steps = waterfall_steps(&r, &T);
        let Built::Plot(p) = waterfall(&r, &T) else {
            panic!("no plot")
        };
        assert_eq!(p.bars.len(), steps.len());
        assert_eq!(p.x.labels.len(), steps.len());
        for (b, s) in p.bars.iter().zip(&steps) {
            assert_eq!(b.y1, s.to, "{s:?}");
            if !s.total {
                assert_eq!(b.y0, s.from, "{s:?}");
            }
        }
    }

    /// With a goal, the parts it is judged on are drawn solid and the rest
    /// light; without one, every bar alike.
    #[test]
    fn the_waterfall_shows_the_parts_a_goal_is_judged_on() {
        let (_, mut s) = crate::examples::all().remove(0);
        s.simulation.customers = 400;
        s.simulation.days = 240;
        let light = |s: &loyalty_sim::Scenario| {
            let r = loyalty_sim::run(s).expect("runs");
            let steps = waterfall_steps(&r, &T);
            let Built::Plot(p) = waterfall(&r, &T) else {
                panic!("no plot")
            };
            steps
                .iter()
                .zip(&p.bars)
                .map(|(st, b)| (st.part.clone(), b.light))
                .collect::<Vec<_>>()
        };
        assert!(light(&s).iter().all(|(_, l)| !l), "no goal: none light");
        for (goal, part) in [
            (loyalty_sim::Goal::Retention, "retention"),
            (loyalty_sim::Goal::Defensive, "retention"),
            (loyalty_sim::Goal::Acquisition, "acquisition"),
        ] {
            s.programme.as_mut().unwrap().goal = Some(goal);
            let bars = light(&s);
            assert!(bars.iter().any(|(_, l)| *l), "{goal:?}: some parts light");
            for (p, l) in &bars {
                assert_eq!(*l, !p.is_empty() && p != part, "{goal:?}: {p}");
            }
        }
    }

    fn step(from: f64, to: f64, total: bool) -> WaterfallStep {
        WaterfallStep {
            part: String::new(),
            label: String::new(),
            from,
            to,
            total,
        }
    }

    #[test]
    fn the_axis_starts_near_the_parts_only_when_the_profits_dwarf_them() {
        // Twin 3,000, parts +40 and -10, programme 3,030: start near 2,985.
        let far = [
            step(0.0, 3000.0, true),
            step(3000.0, 3040.0, false),
            step(3040.0, 3030.0, false),
            step(0.0, 3030.0, true),
        ];
        assert_eq!(totals_floor(&far), 3000.0 - 0.5 * 152.0);
        // Losses far below zero: the bars hang from above the parts.
        let neg: Vec<_> = far.iter().map(|s| step(-s.from, -s.to, s.total)).collect();
        assert_eq!(totals_floor(&neg), -3000.0 + 0.5 * 152.0);
        // Twin 100, programme -50: from zero.
        let near = [
            step(0.0, 100.0, true),
            step(100.0, -50.0, false),
            step(0.0, -50.0, true),
        ];
        assert_eq!(totals_floor(&near), 0.0);
        // No part (no programme): from zero.
        assert_eq!(totals_floor(&[far[0].clone(), far[0].clone()]), 0.0);
    }

    /// Over every example: the lines drawn are the cohort curves, and the
    /// curves are the report's cohort shares in per cent, age by age.
    #[test]
    fn the_cohort_lines_are_the_reports_shares_for_every_example() {
        for (name, mut s) in crate::examples::all() {
            let name = name.en;
            s.simulation.customers = 300;
            s.simulation.days = 400;
            let r = loyalty_sim::run(&s).expect("runs");
            let rows = &r.finance.cohorts;
            let c = cohort_curves(&r);
            let built = cohorts(&r, &T);
            if rows.is_empty() {
                assert!(c.cohorts.is_empty(), "{name}");
                assert!(
                    matches!(built, Built::Note(n) if n == T.no_points),
                    "{name}"
                );
                continue;
            }
            // Every cohort when few, else every step-th from the first, at most eight.
            let step = rows.len().div_ceil(8);
            let months: Vec<u32> = rows.iter().step_by(step).map(|c| c.month).collect();
            assert_eq!(
                c.cohorts.iter().map(|c| c.0).collect::<Vec<_>>(),
                months,
                "{name}"
            );
            assert!(
                c.cohorts.len() <= 8 && c.cohorts[0].0 == rows[0].month,
                "{name}"
            );
            for (month, pts) in &c.cohorts {
                let row = rows.iter().find(|c| c.month == *month).expect("a cohort");
                assert_eq!(pts.len(), row.redeemed.len(), "{name} {month}");
                for (a, (x, y)) in pts.iter().enumerate() {
                    assert_eq!(*x, a as f64, "{name} {month}");
                    assert_eq!(*y, 100.0 * row.redeemed[a], "{name} {month} age {a}");
                }
            }
            // The pooled shares: points redeemed (expired) of the cohorts
            // old enough over their points, at each age.
            let ages = rows.iter().map(|c| c.redeemed.len()).max().unwrap();
            assert_eq!(c.mean_redeemed.len(), ages, "{name}");
            for a in 0..ages {
                let old: Vec<_> = rows.iter().filter(|c| c.redeemed.len() > a).collect();
                let issued: u64 = old.iter().map(|c| c.issued).sum();
                let red: f64 = old.iter().map(|c| c.redeemed[a] * c.issued as f64).sum();
                let exp: f64 = old.iter().map(|c| c.expired[a] * c.issued as f64).sum();
                let close = |u: f64, v: f64| (u - v).abs() < 1e-9;
                assert!(
                    close(c.mean_redeemed[a].1, 100.0 * red / issued as f64),
                    "{name} {a}"
                );
                assert!(
                    close(c.mean_expired[a].1, 100.0 * exp / issued as f64),
                    "{name} {a}"
                );
                assert!(c.mean_redeemed[a].1 + c.mean_expired[a].1 <= 100.0 + 1e-9);
            }
            let Built::Plot(p) = built else {
                panic!("{name}: no plot")
            };
            let drawn: Vec<&Vec<(f64, f64)>> = p.lines.iter().map(|l| &l.pts).collect();
            let mut want: Vec<&Vec<(f64, f64)>> = c.cohorts.iter().map(|c| &c.1).collect();
            want.push(&c.mean_redeemed);
            want.push(&c.mean_expired);
            assert_eq!(drawn, want, "{name}");
            assert_eq!(p.legend.len(), p.lines.len(), "{name}");
            assert_eq!((p.full, p.bounds), (true, (0.0, 100.0)), "{name}");
        }
    }
}
