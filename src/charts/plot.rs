//! What a chart is before it is drawn: the lines, bars, labels, marks,
//! axes and legend of one plot.

use super::*;

#[derive(Clone, Copy)]
pub(super) enum Glyph {
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

pub(super) struct Entry {
    pub(super) label: String,
    pub(super) glyph: Glyph,
}

pub(super) struct Line {
    pub(super) pts: Vec<(f64, f64)>,
    pub(super) color: RGBColor,
    pub(super) dashed: bool,
    pub(super) right: bool,
    pub(super) fill: bool,
    pub(super) markers: bool,
}

pub(super) struct Bar {
    pub(super) x0: f64,
    pub(super) x1: f64,
    pub(super) y0: f64,
    pub(super) y1: f64,
    pub(super) color: RGBColor,
    pub(super) light: bool,
}

/// A text label at a data point (bar values), above it or below it.
pub(super) struct ValueLabel {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) text: String,
    pub(super) below: bool,
}

/// A circled point with a label (the payback month).
pub(super) struct Mark {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) label: String,
}

pub(super) struct XAxis {
    pub(super) lo: f64,
    pub(super) hi: f64,
    pub(super) keys: Vec<f64>,
    /// Labels for `keys` (same length), or empty for numeric labels.
    pub(super) labels: Vec<String>,
    pub(super) desc: String,
}

pub(super) struct Plot {
    pub(super) x: XAxis,
    pub(super) y_desc: String,
    /// Description of the right axis; `None` for a chart with one axis.
    pub(super) y2_desc: Option<String>,
    /// Include zero in the left axis range (and draw the zero line when inside).
    pub(super) zero: bool,
    pub(super) zero2: bool,
    /// The left axis spans exactly `bounds` (a share on its whole scale).
    pub(super) full: bool,
    /// The right axis spans exactly `bounds2` (a share shown on its whole
    /// scale, so small wiggles are not magnified).
    pub(super) full2: bool,
    /// Hard limits of the left / right axis range.
    pub(super) bounds: (f64, f64),
    pub(super) bounds2: (f64, f64),
    pub(super) lines: Vec<Line>,
    pub(super) bars: Vec<Bar>,
    pub(super) labels: Vec<ValueLabel>,
    pub(super) marks: Vec<Mark>,
    pub(super) legend: Vec<Entry>,
    pub(super) legend_cols: usize,
    /// Dated events marked on the time axis.
    pub(super) events: Vec<EventLine>,
    /// Names of the left axis's whole values 0, 1, 2, ... (a category
    /// axis, e.g. the ladder's rungs); empty for a numeric axis.
    pub(super) y_names: Vec<String>,
}

/// A dated event on a month axis: a vertical line with a short label above the plot.
pub(super) struct EventLine {
    /// Fractional month (month `m` spans `m - 0.5` to `m + 0.5`).
    pub(super) x: f64,
    pub(super) label: String,
    /// A programme event (blue) or a market event (orange-red).
    pub(super) programme: bool,
}

impl Plot {
    pub(super) fn new(x: XAxis, y_desc: &str) -> Self {
        Plot {
            x,
            y_desc: y_desc.into(),
            y2_desc: None,
            zero: true,
            zero2: true,
            full: false,
            full2: false,
            bounds: (f64::NEG_INFINITY, f64::INFINITY),
            bounds2: (f64::NEG_INFINITY, f64::INFINITY),
            lines: Vec::new(),
            bars: Vec::new(),
            labels: Vec::new(),
            marks: Vec::new(),
            legend: Vec::new(),
            legend_cols: 1,
            events: Vec::new(),
            y_names: Vec::new(),
        }
    }
}

/// The name of whole value `v` of a category axis (`""` between them).
pub(super) fn name_at(names: &[String], v: f64) -> String {
    let i = v.round();
    if (v - i).abs() > 1e-6 || i < 0.0 {
        return String::new();
    }
    names.get(i as usize).cloned().unwrap_or_default()
}

pub(super) enum Built {
    Note(&'static str),
    Plot(Box<Plot>),
}
