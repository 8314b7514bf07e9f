//! The overview's and the finance view's charts: each turns a report into a plot description.

use super::*;

pub(super) fn build(kind: ChartKind, r: &Report, t: &ChartText) -> Built {
    let built = build_plot(kind, r, t);
    match built {
        Built::Plot(mut p)
            if !matches!(
                kind,
                ChartKind::Satisfaction
                    | ChartKind::Uplift
                    | ChartKind::Waterfall
                    | ChartKind::Deciles
                    | ChartKind::Cohorts
            ) =>
        {
            p.events = event_lines(r, t);
            Built::Plot(p)
        }
        other => other,
    }
}

/// The report's events on the month axis: day `d` of month `m` (first day
/// `f`, `n` days) is at `m - 0.5 + (d - f) / n`. Events outside the months
/// are left out.
pub(super) fn event_lines(r: &Report, t: &ChartText) -> Vec<EventLine> {
    r.events
        .iter()
        .filter_map(|e| {
            Some(EventLine {
                x: day_x(r, e.day)?,
                label: event_label(&e.kind, t).to_string(),
                programme: matches!(
                    e.kind.as_str(),
                    "launch" | "end" | "rule_change" | "campaign"
                ),
            })
        })
        .collect()
}

/// Where day `day` is on the month axis of `r` (see [`event_lines`]);
/// `None` outside the months.
pub(super) fn day_x(r: &Report, day: u32) -> Option<f64> {
    let row = r
        .monthly
        .iter()
        .find(|m| day >= m.first_day && day - m.first_day < m.days)?;
    Some(row.month as f64 - 0.5 + (day - row.first_day) as f64 / row.days.max(1) as f64)
}

/// The short chart label of an event kind (as `Event::kind` names it).
pub(super) fn event_label<'a>(kind: &str, t: &'a ChartText) -> &'a str {
    match kind {
        "launch" => t.event_launch,
        "end" => t.event_end,
        "rule_change" => t.event_rule_change,
        "campaign" => t.event_campaign,
        "competitor_programme" => t.event_competitor_programme,
        "competitor_price_cut" => t.event_competitor_price_cut,
        "deregulation" => t.event_deregulation,
        "service_failure" => t.event_service_failure,
        _ => t.event_other,
    }
}

pub(super) fn build_plot(kind: ChartKind, r: &Report, t: &ChartText) -> Built {
    match kind {
        ChartKind::CumulativeProfit => cumulative_profit(r, t),
        ChartKind::RevenueProfit => revenue_profit(r, t),
        ChartKind::CostBreakdown => cost_breakdown(r, t),
        ChartKind::Points => points(r, t),
        ChartKind::Customers => customers(r, t),
        ChartKind::Nps => nps(r, t),
        ChartKind::LoyaltyTypes => loyalty_types(r, t),
        ChartKind::Apostles => apostles(r, t),
        ChartKind::Commitments => commitments(r, t),
        ChartKind::Ladder => ladder(r, t),
        ChartKind::Emotions => emotions(r, t),
        ChartKind::Satisfaction => satisfaction(r, t),
        ChartKind::Uplift => uplift(r, t),
        ChartKind::Waterfall => waterfall(r, t),
        ChartKind::Deciles => deciles(r, t),
        ChartKind::Cohorts => cohorts(r, t),
    }
}

pub(super) fn last_month(r: &Report) -> u32 {
    r.monthly.iter().map(|m| m.month).max().unwrap_or(1).max(1)
}

/// The month axis: x from 0.5 to N + 0.5, a tick per month (thinned when crowded).
pub(super) fn month_axis(r: &Report, t: &ChartText) -> XAxis {
    let n = last_month(r);
    // About 30 px per label at the design size (plot ~780 px wide).
    let max_labels = 26u32;
    let step = [1u32, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 600]
        .into_iter()
        .find(|s| n.div_ceil(*s) <= max_labels)
        .unwrap_or(n.div_ceil(max_labels).max(1));
    let mut keys: Vec<f64> = (1..=n).filter(|m| m % step == 0).map(f64::from).collect();
    if step > 2 || keys.is_empty() {
        keys.insert(0, 1.0);
    }
    keys.dedup();
    XAxis {
        lo: 0.5,
        hi: n as f64 + 0.5,
        keys,
        labels: Vec::new(),
        desc: t.axis_month.into(),
    }
}

pub(super) fn markers_for(r: &Report) -> bool {
    r.monthly.len() <= 3
}

pub(super) fn series(r: &Report, prog: bool, f: &dyn Fn(&MonthStats) -> f64) -> Vec<(f64, f64)> {
    r.monthly
        .iter()
        .map(|m: &MonthRow| {
            let s = if prog { &m.programme } else { &m.baseline };
            (m.month as f64, fin(f(s)))
        })
        .collect()
}

/// Adds a programme (solid) and twin (dashed) line of one measure, with legend entries.
pub(super) fn add_pair(
    p: &mut Plot,
    r: &Report,
    t: &ChartText,
    name: &str,
    color: RGBColor,
    right: bool,
    f: &dyn Fn(&MonthStats) -> f64,
) {
    let markers = markers_for(r);
    for (prog, dashed) in [(true, false), (false, true)] {
        p.lines.push(Line {
            pts: series(r, prog, f),
            color,
            dashed,
            right,
            fill: false,
            markers,
        });
        let pattern = if prog {
            t.programme_pattern
        } else {
            t.twin_pattern
        };
        p.legend.push(Entry {
            label: pattern.replace("{}", name),
            glyph: Glyph::Line {
                color,
                dashed,
                marker: false,
            },
        });
    }
}

pub(super) fn cumulative_profit(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), &money_desc(r));
    let mut cum = 0.0;
    let pts: Vec<(f64, f64)> = r
        .monthly
        .iter()
        .map(|m| {
            cum += fin(m.programme.profit - m.baseline.profit);
            (m.month as f64, cum)
        })
        .collect();
    p.legend.push(Entry {
        label: t.cumulative_profit.into(),
        glyph: Glyph::Line {
            color: OI_BLUE,
            dashed: false,
            marker: false,
        },
    });
    let spent = r
        .monthly
        .iter()
        .any(|m| fin(m.programme.programme_cost) != 0.0 || fin(m.programme.discounts) != 0.0);
    match r.kpis.payback_day {
        // Nothing spent, nothing to pay back (a scenario without a programme).
        _ if !spent => p.legend.push(Entry {
            label: t.no_costs.into(),
            glyph: Glyph::Note,
        }),
        Some(day) => {
            let idx = r
                .monthly
                .iter()
                .position(|m| day >= m.first_day && day < m.first_day.saturating_add(m.days))
                .unwrap_or(if r.monthly.first().is_some_and(|m| day < m.first_day) {
                    0
                } else {
                    r.monthly.len() - 1
                });
            if let (Some(row), Some(pt)) = (r.monthly.get(idx), pts.get(idx)) {
                p.marks.push(Mark {
                    x: pt.0,
                    y: pt.1,
                    label: t.payback_pattern.replace("{}", &row.month.to_string()),
                });
            }
        }
        None => p.legend.push(Entry {
            label: t.no_payback.into(),
            glyph: Glyph::Note,
        }),
    }
    p.lines.push(Line {
        pts,
        color: OI_BLUE,
        dashed: false,
        right: false,
        fill: true,
        markers: markers_for(r),
    });
    Built::Plot(Box::new(p))
}

pub(super) fn revenue_profit(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), &money_desc(r));
    add_pair(&mut p, r, t, t.revenue, OI_BLUE, false, &|s| s.revenue);
    add_pair(&mut p, r, t, t.profit, OI_ORANGE, false, &|s| s.profit);
    Built::Plot(Box::new(p))
}

pub(super) type Getter = fn(&MonthStats) -> f64;

/// The colour and lightness of cost component `i` of `LedgerDay::COSTS`.
pub(super) const COST_STYLES: [(RGBColor, bool); 14] = [
    (OI_BLUE, false),
    (OI_ORANGE, false),
    (OI_YELLOW, false),
    (OI_GREEN, false),
    (OI_PURPLE, false),
    (OI_SKY, false),
    (OI_BLUE, true),
    (OI_GREEN, true),
    (OI_SKY, true),
    (OI_ORANGE, true),
    (OI_VERMILLION, true),
    (OI_YELLOW, true),
    (OI_PURPLE, true),
    (OI_BLACK, true),
];

/// One bar of the cost chart: cost component `i` of `LedgerDay::COSTS`, or
/// the discounts (`DISCOUNTS`).
pub(super) fn cost_of(s: &MonthStats, i: usize) -> f64 {
    match s.cost.entries().get(i) {
        Some(&(_, v)) => v,
        None => s.discounts,
    }
}

/// The cost chart's index of the discounts (after every component).
pub(super) const DISCOUNTS: usize = usize::MAX;

pub(super) fn cost_breakdown(r: &Report, t: &ChartText) -> Built {
    // One bar per cost component of the core's one list, in its order, then
    // the discounts. Okabe-Ito colours, solid for the first six and light
    // (outlined, pale fill) after, so many stay apart.
    let mut comps: Vec<(&str, RGBColor, bool, usize)> = loyalty_sim::LedgerDay::COSTS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (color, light) = COST_STYLES[i % COST_STYLES.len()];
            (t.cost(name), color, light, i)
        })
        .collect();
    comps.push((t.cost_discounts, OI_VERMILLION, false, DISCOUNTS));
    let used: Vec<_> = comps
        .iter()
        .filter(|(_, _, _, i)| {
            r.monthly
                .iter()
                .any(|m| fin(cost_of(&m.programme, *i)) > 0.0)
        })
        .collect();
    let income = r
        .monthly
        .iter()
        .any(|m| fin(m.programme.programme_income) != 0.0);
    if used.is_empty() && !income {
        return Built::Note(t.no_costs);
    }
    let mut p = Plot::new(month_axis(r, t), &money_desc(r));
    for m in &r.monthly {
        let x = m.month as f64;
        let mut base = 0.0;
        for (_, color, light, i) in &used {
            let v = fin(cost_of(&m.programme, *i)).max(0.0);
            if v > 0.0 {
                p.bars.push(Bar {
                    x0: x - 0.38,
                    x1: x + 0.38,
                    y0: base,
                    y1: base + v,
                    color: *color,
                    light: *light,
                });
            }
            base += v;
        }
    }
    if income {
        p.lines.push(Line {
            pts: series(r, true, &|s| s.programme_income),
            color: OI_BLACK,
            dashed: false,
            right: false,
            fill: false,
            markers: true,
        });
        p.legend.push(Entry {
            label: t.programme_income.into(),
            glyph: Glyph::Line {
                color: OI_BLACK,
                dashed: false,
                marker: true,
            },
        });
    }
    // Legend top-down in the order of the stack.
    for (label, color, light, _) in used.iter().rev() {
        p.legend.push(Entry {
            label: (*label).into(),
            glyph: Glyph::Bar {
                color: *color,
                light: *light,
            },
        });
    }
    if p.legend.len() > 6 {
        p.legend_cols = 2;
    }
    Built::Plot(Box::new(p))
}

pub(super) fn points(r: &Report, t: &ChartText) -> Built {
    let any = r.monthly.iter().any(|m| {
        let s = &m.programme;
        s.points_issued + s.points_redeemed + s.points_expired + s.points_outstanding > 0
            || fin(s.liability) != 0.0
    });
    if !any {
        return Built::Note(t.no_points);
    }
    let mut p = Plot::new(month_axis(r, t), t.axis_points);
    p.y2_desc = Some(crate::format::in_currency(
        t.lang,
        t.axis_liability,
        &r.currency,
    ));
    let flows: [(&str, RGBColor, Getter); 3] = [
        (t.points_issued, OI_BLUE, |s| s.points_issued as f64),
        (t.points_redeemed, OI_GREEN, |s| s.points_redeemed as f64),
        (t.points_expired, OI_VERMILLION, |s| s.points_expired as f64),
    ];
    let w = 0.8 / 3.0;
    for m in &r.monthly {
        let x = m.month as f64 - 0.4;
        for (i, (_, color, f)) in flows.iter().enumerate() {
            let x0 = x + i as f64 * w;
            p.bars.push(Bar {
                x0,
                x1: x0 + w * 0.9,
                y0: 0.0,
                y1: fin(f(&m.programme)),
                color: *color,
                light: false,
            });
        }
    }
    for (label, color, _) in &flows {
        p.legend.push(Entry {
            label: (*label).into(),
            glyph: Glyph::Bar {
                color: *color,
                light: false,
            },
        });
    }
    p.lines.push(Line {
        pts: series(r, true, &|s| s.points_outstanding as f64),
        color: OI_BLACK,
        dashed: false,
        right: false,
        fill: false,
        markers: markers_for(r),
    });
    p.legend.push(Entry {
        label: t.points_outstanding.into(),
        glyph: Glyph::Line {
            color: OI_BLACK,
            dashed: false,
            marker: false,
        },
    });
    p.lines.push(Line {
        pts: series(r, true, &|s| s.liability),
        color: OI_ORANGE,
        dashed: false,
        right: true,
        fill: false,
        markers: true,
    });
    p.legend.push(Entry {
        label: t.liability.into(),
        glyph: Glyph::Line {
            color: OI_ORANGE,
            dashed: false,
            marker: true,
        },
    });
    Built::Plot(Box::new(p))
}

pub(super) fn customers(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), t.axis_customers);
    p.y2_desc = Some(t.axis_retention.into());
    // Counts start at zero (a 15 % decline must not look like a collapse);
    // monthly retention is shown on its whole 0-100 % scale.
    p.zero = true;
    p.bounds = (0.0, f64::INFINITY);
    p.bounds2 = (0.0, 100.0);
    p.full2 = true;
    add_pair(&mut p, r, t, t.active_customers, OI_BLUE, false, &|s| {
        s.active as f64
    });
    add_pair(&mut p, r, t, t.retention, OI_VERMILLION, true, &|s| {
        100.0 * s.retention_rate
    });
    // Month 1 has no previous month: its retention is 1 by definition, leave it out.
    for l in p.lines.iter_mut().filter(|l| l.right) {
        l.pts.retain(|(x, _)| *x > 1.0);
    }
    Built::Plot(Box::new(p))
}

pub(super) fn nps(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), t.axis_nps);
    p.bounds = (-100.0, 100.0);
    add_pair(&mut p, r, t, t.nps, OI_BLUE, false, &|s| s.nps);
    Built::Plot(Box::new(p))
}

pub(super) fn shares_plot(
    r: &Report,
    t: &ChartText,
    y_desc: &str,
    items: &[(&str, RGBColor, Getter)],
    bounds: (f64, f64),
) -> Built {
    let mut p = Plot::new(month_axis(r, t), y_desc);
    p.bounds = bounds;
    p.legend_cols = 2;
    for (name, color, f) in items {
        add_pair(&mut p, r, t, name, *color, false, f);
    }
    Built::Plot(Box::new(p))
}

pub(super) fn loyalty_types(r: &Report, t: &ChartText) -> Built {
    let items: [(&str, RGBColor, Getter); 4] = [
        (t.loyalty_absolute, OI_GREEN, |s| 100.0 * s.loyalty.absolute),
        (t.loyalty_latent, OI_SKY, |s| 100.0 * s.loyalty.latent),
        (t.loyalty_spurious, OI_ORANGE, |s| {
            100.0 * s.loyalty.spurious
        }),
        (t.loyalty_none, OI_VERMILLION, |s| 100.0 * s.loyalty.none),
    ];
    shares_plot(r, t, t.axis_share_customers, &items, (0.0, 100.0))
}

pub(super) fn apostles(r: &Report, t: &ChartText) -> Built {
    let items: [(&str, RGBColor, Getter); 4] = [
        (t.apostle_loyalists, OI_GREEN, |s| {
            100.0 * s.apostles.loyalists
        }),
        (t.apostle_mercenaries, OI_SKY, |s| {
            100.0 * s.apostles.mercenaries
        }),
        (t.apostle_hostages, OI_ORANGE, |s| {
            100.0 * s.apostles.hostages
        }),
        (t.apostle_defectors, OI_VERMILLION, |s| {
            100.0 * s.apostles.defectors
        }),
    ];
    shares_plot(r, t, t.axis_share_customers, &items, (0.0, 100.0))
}

pub(super) fn commitments(r: &Report, t: &ChartText) -> Built {
    let items: [(&str, RGBColor, Getter); 5] = [
        (t.commitment_affective, OI_GREEN, |s| {
            s.commitments.affective
        }),
        (t.commitment_normative, OI_PURPLE, |s| {
            s.commitments.normative
        }),
        (t.commitment_economic, OI_ORANGE, |s| s.commitments.economic),
        (t.commitment_forced, OI_VERMILLION, |s| s.commitments.forced),
        (t.commitment_habitual, OI_BLUE, |s| s.commitments.habitual),
    ];
    shares_plot(r, t, t.axis_commitment, &items, (0.0, 1.0))
}

pub(super) fn satisfaction(r: &Report, t: &ChartText) -> Built {
    let Some(last) = r.monthly.last() else {
        return Built::Note(t.no_data);
    };
    let keys: Vec<f64> = (0..=10).map(|i| -0.5 + 0.1 * i as f64).collect();
    let labels = keys.iter().map(|k| compact(*k, t)).collect();
    let x = XAxis {
        lo: -0.5,
        hi: 0.5,
        keys,
        labels,
        desc: t.axis_satisfaction.into(),
    };
    let mut p = Plot::new(x, t.axis_share_active);
    p.bounds = (0.0, 100.0);
    for i in 0..10 {
        let e = -0.5 + 0.1 * i as f64;
        let prog = 100.0 * fin(last.programme.satisfaction_histogram[i]);
        let twin = 100.0 * fin(last.baseline.satisfaction_histogram[i]);
        p.bars.push(Bar {
            x0: e + 0.01,
            x1: e + 0.05,
            y0: 0.0,
            y1: prog,
            color: OI_BLUE,
            light: false,
        });
        p.bars.push(Bar {
            x0: e + 0.05,
            x1: e + 0.09,
            y0: 0.0,
            y1: twin,
            color: OI_BLUE,
            light: true,
        });
    }
    p.legend.push(Entry {
        label: t.programme.into(),
        glyph: Glyph::Bar {
            color: OI_BLUE,
            light: false,
        },
    });
    p.legend.push(Entry {
        label: t.twin.into(),
        glyph: Glyph::Bar {
            color: OI_BLUE,
            light: true,
        },
    });
    Built::Plot(Box::new(p))
}

pub(super) fn uplift(r: &Report, t: &ChartText) -> Built {
    let k = &r.kpis;
    if k.members == 0 {
        // Every uplift is 0 by definition then: "+0.0 %" would read as a finding.
        return Built::Note(t.no_members);
    }
    let items = [
        (
            t.uplift_naive_short,
            t.uplift_naive,
            OI_VERMILLION,
            k.naive_member_uplift,
        ),
        (
            t.uplift_true_short,
            t.uplift_true,
            OI_GREEN,
            k.true_member_uplift,
        ),
        (
            t.uplift_basket_short,
            t.uplift_basket,
            OI_SKY,
            k.member_basket_uplift,
        ),
    ];
    let x = XAxis {
        lo: -0.5,
        hi: 2.5,
        keys: vec![0.0, 1.0, 2.0],
        labels: items.iter().map(|i| i.0.to_string()).collect(),
        desc: String::new(),
    };
    let mut p = Plot::new(x, t.axis_uplift);
    for (i, (_, long, color, v)) in items.iter().enumerate() {
        let v = 100.0 * fin(*v);
        let x = i as f64;
        p.bars.push(Bar {
            x0: x - 0.3,
            x1: x + 0.3,
            y0: 0.0,
            y1: v,
            color: *color,
            light: false,
        });
        p.labels.push(ValueLabel {
            x,
            y: v,
            text: percent_label(v, t),
            below: v < 0.0,
        });
        p.legend.push(Entry {
            label: (*long).into(),
            glyph: Glyph::Bar {
                color: *color,
                light: false,
            },
        });
    }
    Built::Plot(Box::new(p))
}
