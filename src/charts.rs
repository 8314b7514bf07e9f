//! The result charts: eleven plots of a [`Report`], drawn with plotters on
//! any backend (the app uses `plotters-canvas`, the tests SVG).
//!
//! Sizes are designed for a 960 x 540 pixel area (projector-readable: caption
//! 26 px, axis descriptions and legend 18 px, tick labels 16 px, main lines
//! 3 px) and scale with the area. Colours are the Okabe-Ito palette. The
//! programme run is drawn solid, its baseline twin dashed (or lighter for bars).
//! Every user-facing string comes from [`ChartText`].

use crate::chart_text::ChartText;
use loyalty_sim::{MonthRow, MonthStats, Report};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The charts of the results view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Cumulative incremental profit with the payback month marked.
    CumulativeProfit,
    /// Monthly revenue and profit, programme vs twin.
    RevenueProfit,
    /// Monthly programme cost by component (stacked), discounts included.
    CostBreakdown,
    /// Points issued, redeemed, expired, outstanding, and the liability.
    Points,
    /// Active customers and monthly retention, programme vs twin.
    Customers,
    /// Net Promoter Score, programme vs twin.
    Nps,
    /// Shares of the four loyalty types, programme vs twin.
    LoyaltyTypes,
    /// Shares of the apostle groups, programme vs twin.
    Apostles,
    /// Mean of the five commitments, programme vs twin.
    Commitments,
    /// Last month's satisfaction distribution, programme vs twin.
    Satisfaction,
    /// Naive vs true member uplift and basket uplift.
    Uplift,
}

impl ChartKind {
    /// Every chart, in display order.
    pub const ALL: [ChartKind; 11] = [
        ChartKind::CumulativeProfit,
        ChartKind::RevenueProfit,
        ChartKind::CostBreakdown,
        ChartKind::Points,
        ChartKind::Customers,
        ChartKind::Nps,
        ChartKind::LoyaltyTypes,
        ChartKind::Apostles,
        ChartKind::Commitments,
        ChartKind::Satisfaction,
        ChartKind::Uplift,
    ];

    /// A stable kebab-case name for file names and element ids, e.g. `"cumulative-profit"`.
    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::CumulativeProfit => "cumulative-profit",
            ChartKind::RevenueProfit => "revenue-profit",
            ChartKind::CostBreakdown => "cost-breakdown",
            ChartKind::Points => "points",
            ChartKind::Customers => "customers",
            ChartKind::Nps => "nps",
            ChartKind::LoyaltyTypes => "loyalty-types",
            ChartKind::Apostles => "apostles",
            ChartKind::Commitments => "commitments",
            ChartKind::Satisfaction => "satisfaction",
            ChartKind::Uplift => "uplift",
        }
    }

    /// The chart's one-line accessible description (for the canvas's `aria-label`).
    pub fn description(self, text: &ChartText) -> &'static str {
        match self {
            ChartKind::CumulativeProfit => text.cumulative_profit_desc,
            ChartKind::RevenueProfit => text.revenue_profit_desc,
            ChartKind::CostBreakdown => text.cost_breakdown_desc,
            ChartKind::Points => text.points_desc,
            ChartKind::Customers => text.customers_desc,
            ChartKind::Nps => text.nps_desc,
            ChartKind::LoyaltyTypes => text.loyalty_types_desc,
            ChartKind::Apostles => text.apostles_desc,
            ChartKind::Commitments => text.commitments_desc,
            ChartKind::Satisfaction => text.satisfaction_desc,
            ChartKind::Uplift => text.uplift_desc,
        }
    }

    /// The caption, with no month filled in (the satisfaction caption's `{}`
    /// is replaced by the last month when drawn).
    fn caption(self, text: &ChartText, last_month: Option<u32>) -> String {
        match self {
            ChartKind::CumulativeProfit => text.cumulative_profit_caption.into(),
            ChartKind::RevenueProfit => text.revenue_profit_caption.into(),
            ChartKind::CostBreakdown => text.cost_breakdown_caption.into(),
            ChartKind::Points => text.points_caption.into(),
            ChartKind::Customers => text.customers_caption.into(),
            ChartKind::Nps => text.nps_caption.into(),
            ChartKind::LoyaltyTypes => text.loyalty_types_caption.into(),
            ChartKind::Apostles => text.apostles_caption.into(),
            ChartKind::Commitments => text.commitments_caption.into(),
            ChartKind::Satisfaction => {
                let m = last_month.map(|m| m.to_string()).unwrap_or_default();
                text.satisfaction_caption_pattern.replace("{}", &m)
            }
            ChartKind::Uplift => text.uplift_caption.into(),
        }
    }
}

/// The chart's one-line accessible description (for the canvas's
/// `aria-label`); the same as [`ChartKind::description`].
pub fn description(kind: ChartKind, text: &ChartText) -> &'static str {
    kind.description(text)
}

/// Draws one chart of `report` on `area` (designed for 960 x 540 pixels; the
/// sizes scale with the area). Fills the area white first and presents it at
/// the end. Never panics on odd reports (no months, one month, all zeros);
/// returns the backend's drawing errors as text.
pub fn draw<DB: DrawingBackend>(
    kind: ChartKind,
    report: &Report,
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    let (w, h) = area.dim_in_pixel();
    if w < 160 || h < 120 {
        // Too small for a readable chart: leave it blank.
        return area.present().map_err(|e| e.to_string());
    }
    let sz = Sizes::new(w, h);
    let caption = kind.caption(text, report.monthly.last().map(|r| r.month));
    let built = if report.monthly.is_empty() {
        Built::Note(text.no_data)
    } else {
        build(kind, report, text)
    };
    match built {
        Built::Note(note) => draw_note(area, &caption, note, &sz)?,
        Built::Plot(plot) => render(&plot, &caption, text, area, &sz)?,
    }
    area.present().map_err(|e| e.to_string())
}

// ---------------------------------------------------------------------------
// Palette and sizes
// ---------------------------------------------------------------------------

const OI_ORANGE: RGBColor = RGBColor(230, 159, 0);
const OI_SKY: RGBColor = RGBColor(86, 180, 233);
const OI_GREEN: RGBColor = RGBColor(0, 158, 115);
const OI_BLUE: RGBColor = RGBColor(0, 114, 178);
const OI_VERMILLION: RGBColor = RGBColor(213, 94, 0);
const OI_PURPLE: RGBColor = RGBColor(204, 121, 167);
const OI_YELLOW: RGBColor = RGBColor(240, 228, 66);
const OI_BLACK: RGBColor = RGBColor(0, 0, 0);
const GRID: RGBColor = RGBColor(222, 222, 222);
const AXIS: RGBColor = RGBColor(90, 90, 90);
const NOTE: RGBColor = RGBColor(70, 70, 70);
const FONT: &str = "sans-serif";

/// Pixel sizes scaled from the 960 x 540 design.
struct Sizes {
    s: f64,
    w: f64,
    h: f64,
}

impl Sizes {
    fn new(w: u32, h: u32) -> Self {
        let s = (w as f64 / 960.0).min(h as f64 / 540.0).clamp(0.5, 4.0);
        Sizes {
            s,
            w: w as f64,
            h: h as f64,
        }
    }
    fn px(&self, v: f64) -> i32 {
        (v * self.s).round().max(1.0) as i32
    }
    fn font(&self, v: f64) -> f64 {
        (v * self.s).max(8.0)
    }
    fn caption(&self) -> f64 {
        self.font(26.0)
    }
    fn desc(&self) -> f64 {
        self.font(18.0)
    }
    fn legend(&self) -> f64 {
        self.font(18.0)
    }
    fn tick(&self) -> f64 {
        self.font(16.0)
    }
    fn line(&self) -> u32 {
        self.px(3.0).max(2) as u32
    }
    fn margin(&self) -> i32 {
        self.px(14.0)
    }
    fn x_area(&self) -> i32 {
        self.px(62.0)
    }
    fn y_area(&self) -> i32 {
        self.px(96.0)
    }
    /// Estimated plotting area (the chart builder gives the exact one later).
    fn plot_dims(&self, right_axis: bool) -> (f64, f64) {
        let m = self.margin() as f64;
        let caption_h = self.caption() * 1.1 + 10.0;
        let y2 = if right_axis {
            self.y_area() as f64
        } else {
            0.0
        };
        let pw = self.w - 2.0 * m - self.y_area() as f64 - y2;
        let ph = self.h - 2.0 * m - caption_h - self.x_area() as f64;
        (pw.max(40.0), ph.max(40.0))
    }
}

// ---------------------------------------------------------------------------
// Number formatting
// ---------------------------------------------------------------------------

/// Compact number: `1.2 k`, `3.4 M`, `-250 k`, `0.05`.
fn compact(v: f64, t: &ChartText) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let a = v.abs();
    let (div, suffix) = if a >= 1e9 {
        (1e9, t.billions_suffix)
    } else if a >= 1e6 {
        (1e6, t.millions_suffix)
    } else if a >= 1e3 {
        (1e3, t.thousands_suffix)
    } else {
        (1.0, "")
    };
    let x = v / div;
    let mut s = if div == 1.0 && a < 10.0 {
        format!("{x:.3}")
    } else {
        format!("{x:.2}")
    };
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if s == "-0" {
        s = "0".into();
    }
    let s = s.replace('.', t.decimal_separator);
    if suffix.is_empty() {
        s
    } else {
        format!("{s} {suffix}")
    }
}

/// A signed percentage value label such as `+332%` (`pct` already in %).
fn percent_label(pct: f64, t: &ChartText) -> String {
    let pct = fin(pct);
    let s = if pct.abs() >= 9.95 {
        format!("{pct:+.0}")
    } else {
        format!("{pct:+.1}")
    };
    let s = if s == "-0" || s == "-0.0" {
        s[1..].to_string()
    } else {
        s
    };
    t.percent_value_pattern
        .replace("{}", &s.replace('.', t.decimal_separator))
}

/// The polyline with a point inserted wherever it crosses zero.
fn with_zero_crossings(pts: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(pts.len() * 2);
    for (i, p) in pts.iter().enumerate() {
        if let Some(q) = i.checked_sub(1).and_then(|j| pts.get(j)) {
            if (q.1 < 0.0 && p.1 > 0.0) || (q.1 > 0.0 && p.1 < 0.0) {
                let f = q.1 / (q.1 - p.1);
                out.push((q.0 + (p.0 - q.0) * f, 0.0));
            }
        }
        out.push(*p);
    }
    out
}

fn fin(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

// ---------------------------------------------------------------------------
// Plot description
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Glyph {
    Line {
        color: RGBColor,
        dashed: bool,
        marker: bool,
    },
    Bar {
        color: RGBColor,
        light: bool,
    },
    Note,
}

struct Entry {
    label: String,
    glyph: Glyph,
}

struct Line {
    pts: Vec<(f64, f64)>,
    color: RGBColor,
    dashed: bool,
    right: bool,
    fill: bool,
    markers: bool,
}

struct Bar {
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
    color: RGBColor,
    light: bool,
}

/// A text label at a data point (bar values), above it or below it.
struct ValueLabel {
    x: f64,
    y: f64,
    text: String,
    below: bool,
}

/// A circled point with a label (the payback month).
struct Mark {
    x: f64,
    y: f64,
    label: String,
}

struct XAxis {
    lo: f64,
    hi: f64,
    keys: Vec<f64>,
    /// Labels for `keys` (same length), or empty for numeric labels.
    labels: Vec<String>,
    desc: String,
}

struct Plot {
    x: XAxis,
    y_desc: String,
    /// Description of the right axis; `None` for a chart with one axis.
    y2_desc: Option<String>,
    /// Include zero in the left axis range (and draw the zero line when inside).
    zero: bool,
    zero2: bool,
    /// Hard limits of the left / right axis range.
    bounds: (f64, f64),
    bounds2: (f64, f64),
    lines: Vec<Line>,
    bars: Vec<Bar>,
    labels: Vec<ValueLabel>,
    marks: Vec<Mark>,
    legend: Vec<Entry>,
    legend_cols: usize,
    /// Dated events marked on the time axis.
    events: Vec<EventLine>,
}

/// A dated event on a month axis: a vertical line with a short label above the plot.
struct EventLine {
    /// Fractional month (month `m` spans `m - 0.5` to `m + 0.5`).
    x: f64,
    label: String,
    /// A programme event (blue) or a market event (orange-red).
    programme: bool,
}

impl Plot {
    fn new(x: XAxis, y_desc: &str) -> Self {
        Plot {
            x,
            y_desc: y_desc.into(),
            y2_desc: None,
            zero: true,
            zero2: true,
            bounds: (f64::NEG_INFINITY, f64::INFINITY),
            bounds2: (f64::NEG_INFINITY, f64::INFINITY),
            lines: Vec::new(),
            bars: Vec::new(),
            labels: Vec::new(),
            marks: Vec::new(),
            legend: Vec::new(),
            legend_cols: 1,
            events: Vec::new(),
        }
    }
}

enum Built {
    Note(&'static str),
    Plot(Box<Plot>),
}

// ---------------------------------------------------------------------------
// The eleven charts
// ---------------------------------------------------------------------------

fn build(kind: ChartKind, r: &Report, t: &ChartText) -> Built {
    let built = build_plot(kind, r, t);
    match built {
        Built::Plot(mut p) if !matches!(kind, ChartKind::Satisfaction | ChartKind::Uplift) => {
            p.events = event_lines(r, t);
            Built::Plot(p)
        }
        other => other,
    }
}

/// The report's events on the month axis: day `d` of month `m` (first day
/// `f`, `n` days) is at `m - 0.5 + (d - f) / n`. Events outside the months
/// are left out.
fn event_lines(r: &Report, t: &ChartText) -> Vec<EventLine> {
    r.events
        .iter()
        .filter_map(|e| {
            let row = r
                .monthly
                .iter()
                .find(|m| e.day >= m.first_day && e.day - m.first_day < m.days)?;
            let x =
                row.month as f64 - 0.5 + (e.day - row.first_day) as f64 / row.days.max(1) as f64;
            Some(EventLine {
                x,
                label: event_label(&e.kind, t).to_string(),
                programme: matches!(
                    e.kind.as_str(),
                    "launch" | "end" | "rule_change" | "campaign"
                ),
            })
        })
        .collect()
}

/// The short chart label of an event kind (as `Event::kind` names it).
fn event_label<'a>(kind: &str, t: &'a ChartText) -> &'a str {
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

fn build_plot(kind: ChartKind, r: &Report, t: &ChartText) -> Built {
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
        ChartKind::Satisfaction => satisfaction(r, t),
        ChartKind::Uplift => uplift(r, t),
    }
}

fn last_month(r: &Report) -> u32 {
    r.monthly.iter().map(|m| m.month).max().unwrap_or(1).max(1)
}

/// The month axis: x from 0.5 to N + 0.5, a tick per month (thinned when crowded).
fn month_axis(r: &Report, t: &ChartText) -> XAxis {
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

fn markers_for(r: &Report) -> bool {
    r.monthly.len() <= 3
}

fn series(r: &Report, prog: bool, f: &dyn Fn(&MonthStats) -> f64) -> Vec<(f64, f64)> {
    r.monthly
        .iter()
        .map(|m: &MonthRow| {
            let s = if prog { &m.programme } else { &m.baseline };
            (m.month as f64, fin(f(s)))
        })
        .collect()
}

/// Adds a programme (solid) and twin (dashed) line of one measure, with legend entries.
fn add_pair(
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

fn cumulative_profit(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), t.axis_currency);
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

fn revenue_profit(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), t.axis_currency);
    add_pair(&mut p, r, t, t.revenue, OI_BLUE, false, &|s| s.revenue);
    add_pair(&mut p, r, t, t.profit, OI_ORANGE, false, &|s| s.profit);
    Built::Plot(Box::new(p))
}

type Getter = fn(&MonthStats) -> f64;

/// The colour and lightness of cost component `i` of `LedgerDay::COSTS`.
const COST_STYLES: [(RGBColor, bool); 14] = [
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
fn cost_of(s: &MonthStats, i: usize) -> f64 {
    match s.cost.entries().get(i) {
        Some(&(_, v)) => v,
        None => s.discounts,
    }
}

/// The cost chart's index of the discounts (after every component).
const DISCOUNTS: usize = usize::MAX;

fn cost_breakdown(r: &Report, t: &ChartText) -> Built {
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
    let mut p = Plot::new(month_axis(r, t), t.axis_currency);
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

fn points(r: &Report, t: &ChartText) -> Built {
    let any = r.monthly.iter().any(|m| {
        let s = &m.programme;
        s.points_issued + s.points_redeemed + s.points_expired + s.points_outstanding > 0
            || fin(s.liability) != 0.0
    });
    if !any {
        return Built::Note(t.no_points);
    }
    let mut p = Plot::new(month_axis(r, t), t.axis_points);
    p.y2_desc = Some(t.axis_liability.into());
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

fn customers(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), t.axis_customers);
    p.y2_desc = Some(t.axis_retention.into());
    p.zero = false;
    p.zero2 = false;
    p.bounds = (0.0, f64::INFINITY);
    p.bounds2 = (0.0, 100.0);
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

fn nps(r: &Report, t: &ChartText) -> Built {
    let mut p = Plot::new(month_axis(r, t), t.axis_nps);
    p.bounds = (-100.0, 100.0);
    add_pair(&mut p, r, t, t.nps, OI_BLUE, false, &|s| s.nps);
    Built::Plot(Box::new(p))
}

fn shares_plot(
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

fn loyalty_types(r: &Report, t: &ChartText) -> Built {
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

fn apostles(r: &Report, t: &ChartText) -> Built {
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

fn commitments(r: &Report, t: &ChartText) -> Built {
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

fn satisfaction(r: &Report, t: &ChartText) -> Built {
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

fn uplift(r: &Report, t: &ChartText) -> Built {
    let k = &r.kpis;
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

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

fn font(size: f64) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font()).color(&BLACK)
}

fn draw_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    caption: &str,
    note: &str,
    sz: &Sizes,
) -> Result<(), String> {
    let inner = area
        .margin(sz.margin(), sz.margin(), sz.margin(), sz.margin())
        .titled(caption, font(sz.caption()))
        .map_err(|e| e.to_string())?;
    let (w, h) = inner.dim_in_pixel();
    let style = font(sz.font(22.0))
        .color(&NOTE)
        .pos(Pos::new(HPos::Center, VPos::Center));
    inner
        .draw(&Text::new(
            note.to_string(),
            (w as i32 / 2, h as i32 / 2),
            style,
        ))
        .map_err(|e| e.to_string())
}

/// Axis range of `vals`: padded, zero included when asked, clamped to `bounds`,
/// never empty.
fn axis_range(vals: &[f64], zero: bool, bounds: (f64, f64), pad_frac: f64) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in vals.iter().copied().filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() || !hi.is_finite() {
        // No values: the hard limits if there are any, else 0 to 1.
        let (a, b) = bounds;
        return if a.is_finite() && b.is_finite() && b > a {
            (a, b)
        } else {
            (0.0, 1.0)
        };
    }
    if zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    let span = hi - lo;
    if span <= 1e-9 * hi.abs().max(1.0) {
        // Flat data: centre it (or start at zero when it sits above zero).
        let pad = (hi.abs() * 0.1).max(1.0);
        lo = if lo > 0.0 && lo - pad < 0.0 {
            0.0
        } else {
            lo - pad
        };
        hi += pad;
    } else {
        let pad = span * pad_frac;
        lo = if lo >= 0.0 && lo - pad < 0.0 {
            0.0
        } else {
            lo - pad
        };
        hi = if hi <= 0.0 && hi + pad > 0.0 {
            0.0
        } else {
            hi + pad
        };
    }
    lo = lo.max(bounds.0);
    hi = hi.min(bounds.1);
    if hi - lo <= 1e-12 || !(hi - lo).is_finite() {
        hi = lo + 1.0;
    }
    (lo, hi)
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Corner {
    UpperRight,
    UpperLeft,
    UpperMiddle,
    LowerRight,
    LowerLeft,
    LowerMiddle,
}

const CORNERS: [Corner; 6] = [
    Corner::UpperRight,
    Corner::UpperLeft,
    Corner::LowerRight,
    Corner::LowerLeft,
    Corner::UpperMiddle,
    Corner::LowerMiddle,
];

impl Corner {
    fn upper(self) -> bool {
        matches!(
            self,
            Corner::UpperRight | Corner::UpperLeft | Corner::UpperMiddle
        )
    }
    /// Top-left of a `lw` x `lh` box in a `pw` x `ph` plot, `inset` from the border.
    fn origin(self, pw: f64, ph: f64, lw: f64, lh: f64, inset: f64) -> (f64, f64) {
        let x = match self {
            Corner::UpperLeft | Corner::LowerLeft => inset,
            Corner::UpperRight | Corner::LowerRight => pw - lw - inset,
            Corner::UpperMiddle | Corner::LowerMiddle => (pw - lw) / 2.0,
        };
        let y = if self.upper() { inset } else { ph - lh - inset };
        (x, y)
    }
}

/// Measured legend layout.
struct LegendLayout {
    col_w: Vec<f64>,
    rows: usize,
    cols: usize,
    row_h: f64,
    pad: f64,
    glyph_w: f64,
    gap: f64,
    col_gap: f64,
    w: f64,
    h: f64,
}

fn text_width<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, s: &str, size: f64) -> f64 {
    let est = area
        .estimate_text_size(s, &font(size))
        .map(|(w, _)| w as f64)
        .unwrap_or(0.0);
    // The SVG backend's estimate is crude (and narrow); keep some slack.
    (est * 1.04).max(s.chars().count() as f64 * size * 0.42)
}

fn legend_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[Entry],
    cols: usize,
    sz: &Sizes,
) -> LegendLayout {
    let cols = cols.clamp(1, entries.len().max(1));
    let rows = entries.len().div_ceil(cols);
    let f = sz.legend();
    let glyph_w = 40.0 * sz.s;
    let gap = 8.0 * sz.s;
    let mut col_w = vec![0.0f64; cols];
    for (i, e) in entries.iter().enumerate() {
        let g = if matches!(e.glyph, Glyph::Note) {
            0.0
        } else {
            glyph_w + gap
        };
        let w = g + text_width(area, &e.label, f);
        col_w[i % cols] = col_w[i % cols].max(w);
    }
    let pad = 10.0 * sz.s;
    let col_gap = 22.0 * sz.s;
    let row_h = (f * 1.45).round();
    let w = 2.0 * pad + col_w.iter().sum::<f64>() + col_gap * (cols as f64 - 1.0);
    let h = 2.0 * pad * 0.7 + rows as f64 * row_h;
    LegendLayout {
        col_w,
        rows,
        cols,
        row_h,
        pad,
        glyph_w,
        gap,
        col_gap,
        w,
        h,
    }
}

/// Pixel-space geometry of what the plot draws, for legend placement.
struct Geometry {
    pw: f64,
    ph: f64,
    x: (f64, f64),
    y: (f64, f64),
    y2: (f64, f64),
}

impl Geometry {
    fn px(&self, x: f64, y: f64, right: bool) -> (f64, f64) {
        let (ylo, yhi) = if right { self.y2 } else { self.y };
        let fx = (x - self.x.0) / (self.x.1 - self.x.0);
        let fy = (y - ylo) / (yhi - ylo);
        (fx * self.pw, (1.0 - fy) * self.ph)
    }
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> f64 {
    let w = a.2.min(b.2) - a.0.max(b.0);
    let h = a.3.min(b.3) - a.1.max(b.1);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// How much of the plot a box (x0, y0, x1, y1 in plot pixels) would hide.
fn collision(p: &Plot, g: &Geometry, b: (f64, f64, f64, f64), sz: &Sizes) -> f64 {
    let inside = |(x, y): (f64, f64)| x >= b.0 && x <= b.2 && y >= b.1 && y <= b.3;
    let mut score = 0.0;
    for l in &p.lines {
        let px: Vec<(f64, f64)> = l.pts.iter().map(|(x, y)| g.px(*x, *y, l.right)).collect();
        if px.len() == 1 && inside(px[0]) {
            score += 4.0;
        }
        for w in px.windows(2) {
            let (a, c) = (w[0], w[1]);
            let len = ((c.0 - a.0).powi(2) + (c.1 - a.1).powi(2)).sqrt();
            let n = (len / 4.0).ceil().clamp(1.0, 2000.0) as usize;
            for i in 0..=n {
                let f = i as f64 / n as f64;
                if inside((a.0 + (c.0 - a.0) * f, a.1 + (c.1 - a.1) * f)) {
                    score += 1.0;
                }
            }
        }
        if l.fill {
            // The filled area matters a little.
            for (x, y) in &l.pts {
                let (a, c) = (g.px(*x, *y, l.right), g.px(*x, 0.0, l.right));
                let r = (a.0 - 2.0, a.1.min(c.1), a.0 + 2.0, a.1.max(c.1));
                score += overlap(r, b) / 64.0;
            }
        }
    }
    for bar in &p.bars {
        let (a, c) = (g.px(bar.x0, bar.y0, false), g.px(bar.x1, bar.y1, false));
        let r = (a.0.min(c.0), a.1.min(c.1), a.0.max(c.0), a.1.max(c.1));
        score += overlap(r, b) / 16.0;
    }
    let th = sz.font(18.0) * 1.6;
    for l in &p.labels {
        let (x, y) = g.px(l.x, l.y, false);
        let w = l.text.chars().count() as f64 * sz.font(18.0) * 0.6;
        let r = if l.below {
            (x - w / 2.0, y, x + w / 2.0, y + th)
        } else {
            (x - w / 2.0, y - th, x + w / 2.0, y)
        };
        score += overlap(r, b) / 4.0;
    }
    for m in &p.marks {
        let (x, y) = g.px(m.x, m.y, false);
        let w = m.label.chars().count() as f64 * sz.font(18.0) * 0.6 + 30.0;
        score += overlap((x - w, y - 40.0, x + w, y + 40.0), b) / 4.0;
    }
    score
}

fn best_corner(
    p: &Plot,
    g: &Geometry,
    lay: &LegendLayout,
    inset: f64,
    candidates: &[Corner],
    sz: &Sizes,
) -> (Corner, f64) {
    let mut best = (candidates[0], f64::INFINITY);
    for c in candidates {
        let (x, y) = c.origin(g.pw, g.ph, lay.w, lay.h, inset);
        let s = collision(
            p,
            g,
            (x - 4.0, y - 4.0, x + lay.w + 4.0, y + lay.h + 4.0),
            sz,
        );
        if s < best.1 - 1e-9 {
            best = (*c, s);
        }
    }
    best
}

/// A linear f64 axis whose ticks are exactly `keys` (plotters' `WithKeyPoints`
/// cannot take a label formatter in the mesh).
#[derive(Clone)]
struct KeyedAxis {
    lo: f64,
    hi: f64,
    keys: Vec<f64>,
}

impl Ranged for KeyedAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.hi - self.lo;
        let f = if span.abs() > 0.0 {
            (value - self.lo) / span
        } else {
            0.5
        };
        let f = if f.is_finite() {
            f.clamp(-10.0, 10.0)
        } else {
            0.0
        };
        limit.0 + ((limit.1 - limit.0) as f64 * f + 1e-3).floor() as i32
    }

    fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.keys.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.lo..self.hi
    }
}

fn x_format(x: &XAxis, t: &ChartText, v: f64) -> String {
    if let Some(i) = x.keys.iter().position(|k| (k - v).abs() < 1e-9) {
        if let Some(l) = x.labels.get(i) {
            return l.clone();
        }
    }
    if (v - v.round()).abs() < 1e-9 && x.labels.is_empty() && x.lo >= 0.0 {
        return format!("{}", v.round() as i64);
    }
    compact(v, t)
}

/// Places labels of widths `w` beside vertical lines at `x` (pixels) in
/// rows: each label goes right of its line (left of it when it would leave
/// the `width`), in the first row where it meets no other label; with
/// `max_rows` rows taken, in the row that frees up first. Returns each
/// label's left edge and row (in the order given) and the rows used.
fn label_rows(
    items: &[(f64, f64)],
    width: f64,
    gap: f64,
    max_rows: usize,
) -> (Vec<(f64, usize)>, usize) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|a, b| items[*a].0.total_cmp(&items[*b].0));
    let mut ends: Vec<f64> = Vec::new();
    let mut out = vec![(0.0, 0); items.len()];
    for i in order {
        let (x, w) = items[i];
        let mut x0 = x + gap;
        if x0 + w > width {
            x0 = x - gap - w;
        }
        let x0 = x0.max(0.0);
        let row = match ends.iter().position(|e| *e + gap <= x0) {
            Some(r) => r,
            None if ends.len() < max_rows.max(1) => {
                ends.push(f64::NEG_INFINITY);
                ends.len() - 1
            }
            None => ends
                .iter()
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(b.1))
                .map(|(r, _)| r)
                .unwrap_or(0),
        };
        ends[row] = x0 + w;
        out[i] = (x0, row);
    }
    (out, ends.len())
}

fn render<DB: DrawingBackend>(
    p: &Plot,
    caption: &str,
    t: &ChartText,
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
) -> Result<(), String> {
    let e2s = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let has_y2 = p.y2_desc.is_some();

    // Axis ranges.
    let mut left = Vec::new();
    let mut right = Vec::new();
    for l in &p.lines {
        let dst = if l.right { &mut right } else { &mut left };
        dst.extend(l.pts.iter().map(|(_, y)| *y));
    }
    for b in &p.bars {
        left.push(b.y0);
        left.push(b.y1);
    }
    left.extend(p.marks.iter().map(|m| m.y));
    left.extend(p.labels.iter().map(|l| l.y));
    let pad = if p.labels.is_empty() { 0.06 } else { 0.14 };
    let (mut ylo, mut yhi) = axis_range(&left, p.zero, p.bounds, pad);
    let (mut y2lo, mut y2hi) = axis_range(&right, p.zero2, p.bounds2, 0.06);

    // Event labels: measured, in as many rows of a band above the plot as
    // they need (at most three) so that they never meet the legend.
    let m = sz.margin();
    let mr = if has_y2 { m } else { m + sz.px(10.0) };
    let ef = sz.font(15.0);
    let ev_gap = 5.0 * sz.s;
    let ev_row = (ef * 1.4).round();
    let ev_w: Vec<f64> = p
        .events
        .iter()
        .map(|e| text_width(area, &e.label, ef))
        .collect();
    let (pw, ph) = sz.plot_dims(has_y2);
    let ev_rows = if p.events.is_empty() {
        0
    } else {
        let band_w = sz.w - (m + mr) as f64;
        let items: Vec<(f64, f64)> = p
            .events
            .iter()
            .zip(&ev_w)
            .map(|(e, w)| {
                let f = (e.x - p.x.lo) / (p.x.hi - p.x.lo);
                (sz.y_area() as f64 + f * pw, *w)
            })
            .collect();
        label_rows(&items, band_w, ev_gap, 3).1
    };
    let band_h = if ev_rows == 0 {
        0
    } else {
        (ev_rows as f64 * ev_row + 6.0 * sz.s).round() as u32
    };
    let ph = (ph - band_h as f64).max(40.0);

    // Legend: measure, find the place that hides least; make headroom if none is free.
    let lay = legend_layout(area, &p.legend, p.legend_cols, sz);
    let inset = 8.0 * sz.s;
    let mut g = Geometry {
        pw,
        ph,
        x: (p.x.lo, p.x.hi),
        y: (ylo, yhi),
        y2: (y2lo, y2hi),
    };
    let mut corner = Corner::UpperRight;
    if !p.legend.is_empty() {
        let (c, score) = best_corner(p, &g, &lay, inset, &CORNERS, sz);
        corner = c;
        let frac = (lay.h + 2.0 * inset + 6.0) / ph;
        if score > 2.0 && frac < 0.6 {
            // Stretch the ranges up so that the data end below the legend.
            yhi = ylo + (yhi - ylo) / (1.0 - frac);
            y2hi = y2lo + (y2hi - y2lo) / (1.0 - frac);
            g.y = (ylo, yhi);
            g.y2 = (y2lo, y2hi);
            let ups = [Corner::UpperRight, Corner::UpperLeft, Corner::UpperMiddle];
            corner = best_corner(p, &g, &lay, inset, &ups, sz).0;
        }
    }
    if !(ylo.is_finite() && yhi.is_finite() && yhi > ylo) {
        (ylo, yhi) = (0.0, 1.0);
    }
    if !(y2lo.is_finite() && y2hi.is_finite() && y2hi > y2lo) {
        (y2lo, y2hi) = (0.0, 1.0);
    }

    // Chart frame: margins, caption, the event band, then the chart.
    let titled = area
        .margin(m, m, m, mr)
        .titled(caption, font(sz.caption()))
        .map_err(e2s)?;
    let (band, plot_root) = if band_h > 0 {
        let (b, r) = titled.split_vertically(band_h);
        (Some(b), r)
    } else {
        (None, titled)
    };
    let mut cb = ChartBuilder::on(&plot_root);
    cb.x_label_area_size(if p.x.desc.is_empty() {
        sz.px(40.0)
    } else {
        sz.x_area()
    })
    .y_label_area_size(sz.y_area());
    if has_y2 {
        cb.right_y_label_area_size(sz.y_area());
    }
    let xr = || KeyedAxis {
        lo: p.x.lo,
        hi: p.x.hi,
        keys: p.x.keys.clone(),
    };
    let mut chart = cb
        .build_cartesian_2d(xr(), ylo..yhi)
        .map_err(e2s)?
        .set_secondary_coord(xr(), y2lo..y2hi);

    let xfmt = |v: &f64| x_format(&p.x, t, *v);
    let yfmt = |v: &f64| compact(*v, t);
    let tick = font(sz.tick()).color(&AXIS);
    let desc = font(sz.desc());
    {
        let mut mesh = chart.configure_mesh();
        mesh.disable_x_mesh()
            .y_max_light_lines(0)
            .bold_line_style(GRID.stroke_width(1))
            .axis_style(AXIS.stroke_width(1))
            .x_labels(p.x.keys.len().max(1))
            .y_labels(7)
            .x_label_formatter(&xfmt)
            .y_label_formatter(&yfmt)
            .label_style(tick.clone())
            .axis_desc_style(desc.clone())
            .y_desc(p.y_desc.as_str());
        if !p.x.desc.is_empty() {
            mesh.x_desc(p.x.desc.as_str());
        }
        mesh.draw().map_err(e2s)?;
    }
    if let Some(d) = &p.y2_desc {
        chart
            .configure_secondary_axes()
            .axis_style(AXIS.stroke_width(1))
            .y_labels(7)
            .y_label_formatter(&yfmt)
            .label_style(tick.clone())
            .axis_desc_style(desc.clone())
            .y_desc(d.as_str())
            .draw()
            .map_err(e2s)?;
    }

    // Bars.
    for b in &p.bars {
        let rect = [(b.x0, b.y0), (b.x1, b.y1)];
        if b.light {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    rect,
                    b.color.mix(0.35).filled(),
                )))
                .map_err(e2s)?;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    rect,
                    b.color.stroke_width(sz.px(1.5) as u32),
                )))
                .map_err(e2s)?;
        } else {
            chart
                .draw_series(std::iter::once(Rectangle::new(rect, b.color.filled())))
                .map_err(e2s)?;
        }
    }
    // Filled areas under lines.
    // Filled areas under lines: gains green, losses red.
    for l in p
        .lines
        .iter()
        .filter(|l| l.fill && !l.right && l.pts.len() > 1)
    {
        let pts = with_zero_crossings(&l.pts);
        let pos = pts.iter().map(|(x, y)| (*x, y.max(0.0)));
        let neg = pts.iter().map(|(x, y)| (*x, y.min(0.0)));
        chart
            .draw_series(AreaSeries::new(pos, 0.0, OI_GREEN.mix(0.18)))
            .map_err(e2s)?;
        chart
            .draw_series(AreaSeries::new(neg, 0.0, OI_VERMILLION.mix(0.15)))
            .map_err(e2s)?;
    }
    // Zero line.
    if ylo < 0.0 && yhi >= 0.0 {
        let zl = PathElement::new(
            vec![(p.x.lo, 0.0), (p.x.hi, 0.0)],
            BLACK.mix(0.75).stroke_width(sz.px(2.0) as u32),
        );
        chart.draw_series(std::iter::once(zl)).map_err(e2s)?;
    }
    // Lines: twins (dashed) first, programme on top.
    let lw = sz.line();
    let (dash, gap) = (sz.px(12.0), sz.px(7.0));
    let mut order: Vec<&Line> = p.lines.iter().collect();
    order.sort_by_key(|l| !l.dashed);
    for l in order {
        let style = l.color.stroke_width(lw);
        let pts = l.pts.clone();
        let r = sz.px(5.0);
        let markers = || {
            l.pts.iter().map(move |pt| {
                if l.dashed {
                    Circle::new(*pt, r, WHITE.filled())
                } else {
                    Circle::new(*pt, r, l.color.filled())
                }
            })
        };
        let rings = || {
            l.pts
                .iter()
                .map(move |pt| Circle::new(*pt, r, l.color.stroke_width(2)))
        };
        match (l.right, l.dashed) {
            (false, false) => chart.draw_series(LineSeries::new(pts, style)).map(|_| ()),
            (false, true) => chart
                .draw_series(DashedLineSeries::new(pts, dash, gap, style))
                .map(|_| ()),
            (true, false) => chart
                .draw_secondary_series(LineSeries::new(pts, style))
                .map(|_| ()),
            (true, true) => chart
                .draw_secondary_series(DashedLineSeries::new(pts, dash, gap, style))
                .map(|_| ()),
        }
        .map_err(e2s)?;
        if l.markers {
            if l.right {
                chart.draw_secondary_series(markers()).map_err(e2s)?;
                if l.dashed {
                    chart.draw_secondary_series(rings()).map_err(e2s)?;
                }
            } else {
                chart.draw_series(markers()).map_err(e2s)?;
                if l.dashed {
                    chart.draw_series(rings()).map_err(e2s)?;
                }
            }
        }
    }

    // Pixel-space overlay on the plotting area.
    let pa = chart.plotting_area().strip_coord_spec();
    let base = pa.get_base_pixel();
    let (apw, aph) = pa.dim_in_pixel();
    let (apw, aph) = (apw as f64, aph as f64);
    let to_px = |x: f64, y: f64| {
        let c = chart.backend_coord(&(x, y));
        ((c.0 - base.0) as f64, (c.1 - base.1) as f64)
    };
    let lf = sz.legend();

    // Event marks: a dashed line through the plot, joined to its label in the band.
    if let Some(band) = &band {
        let bb = band.get_base_pixel();
        let (bw, bh) = band.dim_in_pixel();
        let xs: Vec<f64> = p
            .events
            .iter()
            .map(|e| chart.backend_coord(&(e.x, ylo)).0 as f64)
            .collect();
        let items: Vec<(f64, f64)> = xs
            .iter()
            .zip(&ev_w)
            .map(|(x, w)| (x - bb.0 as f64, *w))
            .collect();
        let (placed, _) = label_rows(&items, bw as f64, ev_gap, ev_rows.max(1));
        let ew = sz.px(2.0) as u32;
        let (dash, gap) = (sz.px(7.0), sz.px(5.0));
        let color = |e: &EventLine| if e.programme { OI_BLUE } else { OI_VERMILLION };
        for (e, x) in p.events.iter().zip(&xs) {
            let style = color(e).stroke_width(ew);
            let xi = (*x - base.0 as f64).round() as i32;
            let mut y = 0;
            while y < aph as i32 {
                let end = (y + dash).min(aph as i32);
                pa.draw(&PathElement::new(vec![(xi, y), (xi, end)], style))
                    .map_err(e2s)?;
                y += dash + gap;
            }
        }
        for ((e, (x, _)), (_, row)) in p.events.iter().zip(&items).zip(&placed) {
            let yc = 3.0 * sz.s + (*row as f64 + 0.5) * ev_row;
            let xi = x.round() as i32;
            band.draw(&PathElement::new(
                vec![(xi, yc as i32), (xi, bh as i32)],
                color(e).stroke_width(ew),
            ))
            .map_err(e2s)?;
        }
        let label_style = font(ef).pos(Pos::new(HPos::Left, VPos::Center));
        for ((e, w), (x0, row)) in p.events.iter().zip(&ev_w).zip(&placed) {
            let yc = 3.0 * sz.s + (*row as f64 + 0.5) * ev_row;
            let rect = [
                ((x0 - 2.0) as i32, (yc - ev_row / 2.0) as i32),
                ((x0 + w + 2.0) as i32, (yc + ev_row / 2.0) as i32),
            ];
            band.draw(&Rectangle::new(rect, WHITE.filled()))
                .map_err(e2s)?;
            band.draw(&Text::new(
                e.label.clone(),
                (*x0 as i32, yc as i32),
                label_style.clone(),
            ))
            .map_err(e2s)?;
        }
    }

    // Value labels.
    for l in &p.labels {
        let (x, y) = to_px(l.x, l.y);
        let (vpos, dy) = if l.below {
            (VPos::Top, 6.0 * sz.s)
        } else {
            (VPos::Bottom, -6.0 * sz.s)
        };
        let style = TextStyle::from(FontDesc::new(
            FontFamily::SansSerif,
            sz.font(20.0),
            FontStyle::Bold,
        ))
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, vpos));
        pa.draw(&Text::new(
            l.text.clone(),
            (x as i32, (y + dy) as i32),
            style,
        ))
        .map_err(e2s)?;
    }

    // Marks (payback): circle and a boxed label beside it.
    for mk in &p.marks {
        let (x, y) = to_px(mk.x, mk.y);
        let (xi, yi) = (x as i32, y as i32);
        pa.draw(&Circle::new((xi, yi), sz.px(9.0), OI_ORANGE.filled()))
            .map_err(e2s)?;
        pa.draw(&Circle::new((xi, yi), sz.px(9.0), BLACK.stroke_width(2)))
            .map_err(e2s)?;
        let tw = text_width(area, &mk.label, lf);
        let th = lf * 1.3;
        let off = 16.0 * sz.s;
        // A rising curve leaves lower right and upper left free.
        let mut lx = if x + off + tw + 6.0 < apw {
            x + off
        } else {
            x - off - tw
        };
        let mut ly = if x + off + tw + 6.0 < apw {
            y + off * 0.6
        } else {
            y - off * 0.6 - th
        };
        if ly + th > aph - 4.0 {
            ly = y - off * 0.6 - th;
        }
        if ly < 4.0 {
            ly = y + off * 0.6;
        }
        lx = lx.clamp(2.0, (apw - tw - 2.0).max(2.0));
        let rect = [
            ((lx - 5.0) as i32, (ly - 2.0) as i32),
            ((lx + tw + 5.0) as i32, (ly + th + 2.0) as i32),
        ];
        pa.draw(&Rectangle::new(rect, WHITE.mix(0.85).filled()))
            .map_err(e2s)?;
        let style = font(lf).pos(Pos::new(HPos::Left, VPos::Center));
        pa.draw(&Text::new(
            mk.label.clone(),
            (lx as i32, (ly + th / 2.0) as i32),
            style,
        ))
        .map_err(e2s)?;
    }

    // Legend.
    if !p.legend.is_empty() {
        let (lx, ly) = corner.origin(apw, aph, lay.w, lay.h, inset);
        let (lx, ly) = (lx.max(0.0), ly.max(0.0));
        let rect = [
            (lx as i32, ly as i32),
            ((lx + lay.w) as i32, (ly + lay.h) as i32),
        ];
        pa.draw(&Rectangle::new(rect, WHITE.mix(0.85).filled()))
            .map_err(e2s)?;
        pa.draw(&Rectangle::new(
            rect,
            RGBColor(110, 110, 110).stroke_width(1),
        ))
        .map_err(e2s)?;
        let text_style = font(lf).pos(Pos::new(HPos::Left, VPos::Center));
        for (i, e) in p.legend.iter().enumerate() {
            let (row, col) = (i / lay.cols, i % lay.cols);
            debug_assert!(row < lay.rows);
            let x = lx + lay.pad + lay.col_w[..col].iter().sum::<f64>() + col as f64 * lay.col_gap;
            let yc = ly + lay.pad * 0.7 + (row as f64 + 0.5) * lay.row_h;
            let (xi, yci, gw) = (x as i32, yc as i32, lay.glyph_w as i32);
            match e.glyph {
                Glyph::Line {
                    color,
                    dashed,
                    marker,
                } => {
                    if marker {
                        pa.draw(&Circle::new((xi + gw / 2, yci), sz.px(5.0), color.filled()))
                            .map_err(e2s)?;
                    }
                    let style = color.stroke_width(lw);
                    if dashed {
                        let (d, g) = (sz.px(11.0), sz.px(6.0));
                        let mut s = 0;
                        while s < gw {
                            let end = (s + d).min(gw);
                            pa.draw(&PathElement::new(
                                vec![(xi + s, yci), (xi + end, yci)],
                                style,
                            ))
                            .map_err(e2s)?;
                            s += d + g;
                        }
                    } else {
                        pa.draw(&PathElement::new(vec![(xi, yci), (xi + gw, yci)], style))
                            .map_err(e2s)?;
                    }
                }
                Glyph::Bar { color, light } => {
                    let hh = (lay.row_h * 0.32) as i32;
                    let r = [
                        (xi + sz.px(6.0), yci - hh),
                        (xi + gw - sz.px(6.0), yci + hh),
                    ];
                    if light {
                        pa.draw(&Rectangle::new(r, color.mix(0.35).filled()))
                            .map_err(e2s)?;
                        pa.draw(&Rectangle::new(r, color.stroke_width(sz.px(1.5) as u32)))
                            .map_err(e2s)?;
                    } else {
                        pa.draw(&Rectangle::new(r, color.filled())).map_err(e2s)?;
                    }
                }
                Glyph::Note => {}
            }
            let tx = if matches!(e.glyph, Glyph::Note) {
                x
            } else {
                x + lay.glyph_w + lay.gap
            };
            let style = if matches!(e.glyph, Glyph::Note) {
                text_style.clone().color(&NOTE)
            } else {
                text_style.clone()
            };
            pa.draw(&Text::new(e.label.clone(), (tx as i32, yci), style))
                .map_err(e2s)?;
        }
    }
    Ok(())
}
