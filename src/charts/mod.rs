//! The charts of a [`Report`]: thirteen of the results' overview and three
//! of the finance view, and those of one customer's story ([`StoryChart`]), drawn with plotters on any backend (the app uses
//! `plotters-canvas`, the tests SVG).
//!
//! Sizes are designed for a 960 x 540 pixel area (projector-readable: caption
//! 26 px, axis descriptions and legend 18 px, tick labels 16 px, main lines
//! 3 px) and scale with the area. Colours are the Okabe-Ito palette. The
//! programme run is drawn solid, its baseline twin dashed (or lighter for bars).
//! Every user-facing string comes from [`ChartText`].

use crate::chart_text::ChartText;
use crate::text::follow::charts as ft;
use loyalty_sim::{MonthRow, MonthStats, Report};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

mod build;
mod calibration;
mod drawing;
mod experiments;
mod finance;
mod fit;
mod legend;
mod plot;
mod population;
mod render;
mod story;

use build::*;
pub use calibration::{
    calibration_end_week, draw_calibration, draw_calibration_at, CalibrationChart,
};
pub use drawing::Drawing;
pub use experiments::{draw_experiment, draw_experiment_at, ExpChart};
pub use finance::{cohort_curves, waterfall_steps, CohortCurves, WaterfallStep};
use finance::{cohorts, deciles, waterfall};
use fit::*;
use legend::*;
use plot::*;
use population::{emotions, ladder};
use render::*;
pub use story::{departure_x, draw_story, draw_story_at, life_series, StoryChart};

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
    /// Shares of active customers on each rung of the loyalty ladder.
    Ladder,
    /// The seven-emotion scale's means over the population.
    Emotions,
    /// Last month's satisfaction distribution, programme vs twin.
    Satisfaction,
    /// Naive vs true member uplift and basket uplift.
    Uplift,
    /// The finance view: from the twin's profit to the programme's, part by part.
    Waterfall,
    /// The finance view: incremental profit by the twin's spend decile.
    Deciles,
    /// The finance view: the share of each month's points redeemed (and
    /// of all points redeemed and expired) by months since issue.
    Cohorts,
}

impl ChartKind {
    /// Every chart, in display order.
    pub const ALL: [ChartKind; 13] = [
        ChartKind::CumulativeProfit,
        ChartKind::RevenueProfit,
        ChartKind::CostBreakdown,
        ChartKind::Points,
        ChartKind::Customers,
        ChartKind::Nps,
        ChartKind::LoyaltyTypes,
        ChartKind::Apostles,
        ChartKind::Commitments,
        ChartKind::Ladder,
        ChartKind::Emotions,
        ChartKind::Satisfaction,
        ChartKind::Uplift,
    ];

    /// The finance view's charts, in display order (not in [`ChartKind::ALL`]).
    pub const FINANCE: [ChartKind; 3] =
        [ChartKind::Waterfall, ChartKind::Deciles, ChartKind::Cohorts];

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
            ChartKind::Ladder => "loyalty-ladder",
            ChartKind::Emotions => "emotions",
            ChartKind::Satisfaction => "satisfaction",
            ChartKind::Uplift => "uplift",
            ChartKind::Waterfall => "waterfall",
            ChartKind::Deciles => "deciles",
            ChartKind::Cohorts => "cohorts",
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
            ChartKind::Ladder => ft::POP_LADDER_DESC.get(text.lang),
            ChartKind::Emotions => ft::POP_EMOTIONS_DESC.get(text.lang),
            ChartKind::Satisfaction => text.satisfaction_desc,
            ChartKind::Uplift => text.uplift_desc,
            ChartKind::Waterfall => text.waterfall_desc,
            ChartKind::Deciles => text.deciles_desc,
            ChartKind::Cohorts => text.cohorts_desc,
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
            ChartKind::Ladder => ft::POP_LADDER_CAPTION.get(text.lang).into(),
            ChartKind::Emotions => ft::POP_EMOTIONS_CAPTION.get(text.lang).into(),
            ChartKind::Satisfaction => {
                let m = last_month.map(|m| m.to_string()).unwrap_or_default();
                text.satisfaction_caption_pattern.replace("{}", &m)
            }
            ChartKind::Uplift => text.uplift_caption.into(),
            ChartKind::Waterfall => text.waterfall_caption.into(),
            ChartKind::Deciles => text.deciles_caption.into(),
            ChartKind::Cohorts => text.cohorts_caption.into(),
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
/// returns the backend's drawing errors as text. The same as [`draw_at`]
/// with one device pixel per CSS pixel.
pub fn draw<DB: DrawingBackend>(
    kind: ChartKind,
    report: &Report,
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
) -> Result<(), String> {
    draw_at(kind, report, text, area, 1.0)
}

/// [`draw`] on an area of device pixels shown at `dpr` device pixels per
/// CSS pixel: the texts keep a readable size in CSS pixels
/// ([`tick_font_css_px`]) however small the chart is shown.
pub fn draw_at<DB: DrawingBackend>(
    kind: ChartKind,
    report: &Report,
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
    dpr: f64,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    let (w, h) = area.dim_in_pixel();
    if w < 160 || h < 120 {
        // Too small for a readable chart: leave it blank.
        return area.present().map_err(|e| e.to_string());
    }
    let sz = Sizes::with_dpr(w, h, dpr);
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

/// Pixel sizes scaled from the 960 x 540 design, in device pixels.
///
/// The scale is the area's size against the design, but never so small
/// that a tick label is under [`MIN_TICK_PX`] CSS pixels ([`MIN_TICK_PX_NARROW`]
/// on an area narrower than [`NARROW_CSS_PX`], a phone): a chart drawn at
/// the size it is shown stays readable, and everything else (captions,
/// label areas, lines) grows with its text.
struct Sizes {
    s: f64,
    w: f64,
    h: f64,
    dpr: f64,
}

/// The smallest tick label, in CSS pixels, on a desktop-sized chart.
pub const MIN_TICK_PX: f64 = 14.0;
/// The smallest tick label, in CSS pixels, on a narrow (phone) chart.
pub const MIN_TICK_PX_NARROW: f64 = 12.0;
/// Charts narrower than this (CSS pixels) count as narrow.
pub const NARROW_CSS_PX: f64 = 480.0;

/// The tick labels' size in CSS pixels of a chart drawn on `w` x `h`
/// device pixels at `dpr` device pixels per CSS pixel.
pub fn tick_font_css_px(w: u32, h: u32, dpr: f64) -> f64 {
    let sz = Sizes::with_dpr(w, h, dpr);
    sz.tick() / sz.dpr
}

impl Sizes {
    fn with_dpr(w: u32, h: u32, dpr: f64) -> Self {
        let dpr = if dpr.is_finite() {
            dpr.clamp(0.5, 4.0)
        } else {
            1.0
        };
        let geometric = (w as f64 / 960.0).min(h as f64 / 540.0);
        let floor = if (w as f64 / dpr) < NARROW_CSS_PX {
            MIN_TICK_PX_NARROW
        } else {
            MIN_TICK_PX
        };
        let s = geometric.max(floor * dpr / 16.0).clamp(0.5, 8.0);
        Sizes {
            s,
            w: w as f64,
            h: h as f64,
            dpr,
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

/// A tick label on an axis whose ticks are about `step` apart and whose
/// largest value is about `scale`: one suffix for the whole axis and as
/// many decimals as the step needs, so that no two ticks read the same
/// (`1.875 k`, `1.88 k`, `1.885 k`, not `1.88 k` three times).
fn tick_label(v: f64, step: f64, scale: f64, t: &ChartText) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let a = scale.abs();
    let (div, suffix) = if a >= 1e9 {
        (1e9, t.billions_suffix)
    } else if a >= 1e6 {
        (1e6, t.millions_suffix)
    } else if a >= 1e4 {
        (1e3, t.thousands_suffix)
    } else {
        (1.0, "")
    };
    let rel = (step / div).abs();
    let decimals = if rel > 0.0 && rel.is_finite() {
        (-(rel.log10()).floor()).clamp(0.0, 6.0) as usize
    } else {
        0
    };
    finish(format!("{:.*}", decimals, v / div), suffix, t)
}

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
    let s = if div == 1.0 && a < 10.0 {
        format!("{x:.3}")
    } else {
        format!("{x:.2}")
    };
    finish(s, suffix, t)
}

/// A formatted number without its trailing zeros (and no `-0`), in the
/// language's number format (grouping, decimal separator, minus sign, as
/// the cards: [`crate::format::localise`]) with the suffix.
fn finish(mut s: String, suffix: &str, t: &ChartText) -> String {
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if s == "-0" {
        s = "0".into();
    }
    let s = crate::format::localise(t.lang, &s);
    if suffix.is_empty() {
        s
    } else {
        format!("{s}{}{suffix}", crate::format::space(t.lang))
    }
}

/// The description of a money axis: the currency's code and symbol
/// (`USD ($)`), or the code alone when the symbol is the code.
fn money_desc(r: &Report) -> String {
    let c = &r.currency;
    if c.symbol() == c.code {
        c.code.clone()
    } else {
        format!("{} ({})", c.code, c.symbol())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_text::CHART_TEXT_EN as T;

    #[test]
    fn close_ticks_get_the_decimals_they_need() {
        // An axis of 1,875 to 1,885 in steps of about 1.5: the old compact
        // labels read "1.88 k" four times.
        let labels: Vec<String> = (0..7)
            .map(|i| tick_label(1875.0 + 1.5 * i as f64, 1.5, 1886.0, &T))
            .collect();
        let mut distinct = labels.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), labels.len(), "{labels:?}");
        assert_eq!(tick_label(20_000.0, 5_000.0, 40_000.0, &T), "20 k");
        assert_eq!(tick_label(0.25, 0.05, 1.0, &T), "0.25");
        assert_eq!(tick_label(1.0, 0.2, 1.0, &T), "1");
        // Grouped as the cards group them (format::money), in each language.
        assert_eq!(tick_label(1500.0, 250.0, 2000.0, &T), "1,500");
        assert_eq!(tick_label(8000.0, 1000.0, 9000.0, &T), "8,000");
        assert_eq!(tick_label(-8000.0, 1000.0, 9000.0, &T), "−8,000");
        let fi = crate::chart_text::of(crate::i18n::Lang::Fi);
        assert_eq!(tick_label(8000.0, 1000.0, 9000.0, fi), "8\u{a0}000");
        assert_eq!(tick_label(25_000.0, 5000.0, 40_000.0, fi), "25\u{a0}t.");
        let lb = crate::chart_text::of(crate::i18n::Lang::Lb);
        assert_eq!(tick_label(2.5e6, 5e5, 3e6, lb), "2,5\u{a0}Mio.");
    }
}
