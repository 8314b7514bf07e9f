//! The calibration's diagnostics charts: the repeat-purchase histogram,
//! the cumulative and weekly repeat purchases with the calibration end
//! marked, the holdout purchases by calibration frequency, the mean-spend
//! distribution (each actual beside the model) and the P(alive) matrix.
//!
//! Invariant: every number drawn is a field of the crate's
//! [`Diagnostics`] (actual from the log, model from the fit); every string
//! comes from `text::calibrate::charts`.

use super::*;
use crate::i18n::Lang;
use crate::text::calibrate::charts as tc;
use loyalty_calibrate::diagnostics::Diagnostics;

/// The diagnostics charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CalibrationChart {
    /// Repeat purchases in the calibration period, 0 .. 6 and 7+.
    Frequency,
    /// Cumulative repeat purchases by week.
    Cumulative,
    /// Weekly repeat purchases.
    Weekly,
    /// Mean holdout purchases by calibration frequency.
    Holdout,
    /// The distribution of customers' mean spend.
    Spend,
    /// P(alive) by frequency and recency.
    Alive,
}

impl CalibrationChart {
    /// Every chart, in display order.
    pub const ALL: [CalibrationChart; 6] = [
        CalibrationChart::Frequency,
        CalibrationChart::Cumulative,
        CalibrationChart::Weekly,
        CalibrationChart::Holdout,
        CalibrationChart::Spend,
        CalibrationChart::Alive,
    ];

    /// A stable name for file names and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            CalibrationChart::Frequency => "fit-frequency",
            CalibrationChart::Cumulative => "fit-cumulative",
            CalibrationChart::Weekly => "fit-weekly",
            CalibrationChart::Holdout => "fit-holdout",
            CalibrationChart::Spend => "fit-spend",
            CalibrationChart::Alive => "fit-alive",
        }
    }

    /// The accessible description.
    pub fn description(self, l: Lang) -> &'static str {
        match self {
            CalibrationChart::Frequency => tc::FREQUENCY_DESC.get(l),
            CalibrationChart::Cumulative => tc::CUMULATIVE_DESC.get(l),
            CalibrationChart::Weekly => tc::WEEKLY_DESC.get(l),
            CalibrationChart::Holdout => tc::HOLDOUT_DESC.get(l),
            CalibrationChart::Spend => tc::SPEND_DESC.get(l),
            CalibrationChart::Alive => tc::ALIVE_DESC.get(l),
        }
    }

    fn caption(self, l: Lang) -> &'static str {
        match self {
            CalibrationChart::Frequency => tc::FREQUENCY_CAPTION.get(l),
            CalibrationChart::Cumulative => tc::CUMULATIVE_CAPTION.get(l),
            CalibrationChart::Weekly => tc::WEEKLY_CAPTION.get(l),
            CalibrationChart::Holdout => tc::HOLDOUT_CAPTION.get(l),
            CalibrationChart::Spend => tc::SPEND_CAPTION.get(l),
            CalibrationChart::Alive => tc::ALIVE_CAPTION.get(l),
        }
    }
}

/// Draws one diagnostics chart on `area` (like [`draw`]: white first,
/// presented at the end; errors as text, never a panic).
pub fn draw_calibration<DB: DrawingBackend>(
    kind: CalibrationChart,
    d: &Diagnostics,
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
) -> Result<(), String> {
    draw_calibration_at(kind, d, text, area, 1.0)
}

/// [`draw_calibration`] on an area of device pixels shown at `dpr` device pixels
/// per CSS pixel (texts keep their size in CSS pixels, as [`draw_at`]).
pub fn draw_calibration_at<DB: DrawingBackend>(
    kind: CalibrationChart,
    d: &Diagnostics,
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
    dpr: f64,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    let (w, h) = area.dim_in_pixel();
    if w < 160 || h < 120 {
        return area.present().map_err(|e| e.to_string());
    }
    let sz = Sizes::with_dpr(w, h, dpr);
    let l = text.lang;
    let built = match kind {
        CalibrationChart::Frequency => frequency(l, d),
        CalibrationChart::Cumulative => weeks(l, d, true),
        CalibrationChart::Weekly => weeks(l, d, false),
        CalibrationChart::Holdout => holdout(l, d),
        CalibrationChart::Spend => spend(d, text),
        CalibrationChart::Alive => return alive(l, d, area, &sz),
    };
    match built {
        Built::Note(note) => draw_note(area, kind.caption(l), note, &sz)?,
        Built::Plot(plot) => render(&plot, kind.caption(l), text, area, &sz)?,
    }
    area.present().map_err(|e| e.to_string())
}

fn bucket_axis(l: Lang, n: usize, desc: &str) -> XAxis {
    let keys: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let labels = (0..n)
        .map(|i| {
            if i + 1 == n {
                tc::SEVEN_PLUS.get(l).to_string()
            } else {
                i.to_string()
            }
        })
        .collect();
    XAxis {
        lo: -0.5,
        hi: n as f64 - 0.5,
        keys,
        labels,
        desc: desc.into(),
    }
}

fn legend_bars(l: Lang, p: &mut Plot, model: &str) {
    p.legend.push(Entry {
        label: tc::ACTUAL.get(l).into(),
        glyph: Glyph::Bar {
            color: OI_BLUE,
            light: false,
        },
    });
    p.legend.push(Entry {
        label: model.into(),
        glyph: Glyph::Bar {
            color: OI_ORANGE,
            light: false,
        },
    });
}

/// Two bars per bucket: actual (left) and model (right).
fn pair(p: &mut Plot, x: f64, actual: f64, model: f64) {
    for (x0, y, color) in [(x - 0.4, actual, OI_BLUE), (x, model, OI_ORANGE)] {
        p.bars.push(Bar {
            x0,
            x1: x0 + 0.4,
            y0: 0.0,
            y1: fin(y),
            color,
            light: false,
        });
    }
}

fn frequency(l: Lang, d: &Diagnostics) -> Built {
    let bars = &d.frequency_histogram;
    if bars.is_empty() {
        return Built::Note(tc::NO_HOLDOUT.get(l));
    }
    let mut p = Plot::new(
        bucket_axis(l, bars.len(), tc::FREQUENCY_X.get(l)),
        tc::CUSTOMERS.get(l),
    );
    for (i, b) in bars.iter().enumerate() {
        pair(&mut p, i as f64, b.actual, b.bgnbd);
    }
    legend_bars(l, &mut p, tc::BGNBD.get(l));
    Built::Plot(Box::new(p))
}

/// The week at which the calibration period ends (the last calibration week).
pub fn calibration_end_week(d: &Diagnostics) -> Option<f64> {
    d.weekly
        .iter()
        .filter(|w| !w.holdout)
        .map(|w| w.week as f64)
        .fold(None, |m, w| Some(m.map_or(w, |m: f64| m.max(w))))
}

fn weeks(l: Lang, d: &Diagnostics, cumulative: bool) -> Built {
    if d.weekly.is_empty() {
        return Built::Note(tc::NO_HOLDOUT.get(l));
    }
    let last = d.weekly.len() as f64;
    let step = nice_step(last / 8.0);
    let keys: Vec<f64> = (0..)
        .map(|i| i as f64 * step)
        .take_while(|k| *k <= last)
        .collect();
    let x = XAxis {
        lo: 0.0,
        hi: last,
        keys,
        labels: Vec::new(),
        desc: tc::WEEK_X.get(l).into(),
    };
    let mut p = Plot::new(x, tc::PURCHASES_Y.get(l));
    let series = |f: &dyn Fn(&loyalty_calibrate::diagnostics::Week) -> f64| -> Vec<(f64, f64)> {
        d.weekly
            .iter()
            .map(|w| (w.week as f64, fin(f(w))))
            .collect()
    };
    let (actual, model) = if cumulative {
        (
            series(&|w| w.cumulative_actual),
            series(&|w| w.cumulative_bgnbd),
        )
    } else {
        (series(&|w| w.actual), series(&|w| w.bgnbd))
    };
    for (pts, color, dashed, label) in [
        (actual, OI_BLUE, false, tc::ACTUAL.get(l)),
        (model, OI_ORANGE, true, tc::BGNBD.get(l)),
    ] {
        p.lines.push(Line {
            pts,
            color,
            dashed,
            right: false,
            fill: false,
            markers: false,
        });
        p.legend.push(Entry {
            label: label.into(),
            glyph: Glyph::Line {
                color,
                dashed,
                marker: false,
            },
        });
    }
    if let Some(end) = calibration_end_week(d) {
        p.events.push(EventLine {
            x: end,
            label: tc::CALIBRATION_END.get(l).into(),
            programme: true,
        });
    }
    Built::Plot(Box::new(p))
}

fn nice_step(w: f64) -> f64 {
    let w = w.max(1.0);
    let p = 10f64.powf(w.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * p)
        .find(|v| *v >= w)
        .unwrap_or(10.0 * p)
}

fn holdout(l: Lang, d: &Diagnostics) -> Built {
    let b = &d.holdout_by_frequency;
    if b.is_empty() {
        return Built::Note(tc::NO_HOLDOUT.get(l));
    }
    let mut p = Plot::new(
        bucket_axis(l, b.len(), tc::FREQUENCY_X.get(l)),
        tc::HOLDOUT_Y.get(l),
    );
    let pts = |f: &dyn Fn(&loyalty_calibrate::diagnostics::HoldoutBucket) -> f64| {
        b.iter()
            .filter(|x| x.customers > 0)
            .map(|x| (x.frequency as f64, fin(f(x))))
            .collect::<Vec<_>>()
    };
    let mut lines = vec![
        (pts(&|x| x.actual), OI_BLUE, false, tc::ACTUAL.get(l)),
        (pts(&|x| x.bgnbd), OI_ORANGE, true, tc::BGNBD.get(l)),
    ];
    // The calibrated scenario's own forecast (its baseline over the holdout).
    if b.iter().any(|x| x.simulated.is_some()) {
        let sim = b
            .iter()
            .filter(|x| x.customers > 0)
            .filter_map(|x| Some((x.frequency as f64, fin(x.simulated?))))
            .collect();
        lines.push((sim, OI_GREEN, false, tc::SIMULATED.get(l)));
    }
    for (pts, color, dashed, label) in lines {
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

fn spend(d: &Diagnostics, t: &ChartText) -> Built {
    let l = t.lang;
    let bins = &d.spend_distribution;
    if bins.is_empty() {
        return Built::Note(tc::NO_SPEND.get(l));
    }
    let labels = bins
        .iter()
        .map(|b| match b.to {
            Some(_) => compact(b.from, t),
            None => format!("{}+", compact(b.from, t)),
        })
        .collect();
    let x = XAxis {
        lo: -0.5,
        hi: bins.len() as f64 - 0.5,
        keys: (0..bins.len()).map(|i| i as f64 - 0.5).collect(),
        labels,
        desc: tc::SPEND_X.get(l).into(),
    };
    let mut p = Plot::new(x, tc::CUSTOMERS.get(l));
    for (i, b) in bins.iter().enumerate() {
        pair(&mut p, i as f64, b.actual, b.gamma_gamma);
    }
    legend_bars(l, &mut p, tc::GAMMA_GAMMA.get(l));
    Built::Plot(Box::new(p))
}

/// White (0) to the palette's blue (1).
fn shade(v: f64) -> RGBColor {
    let v = fin(v).clamp(0.0, 1.0);
    let mix = |hi: u8| (255.0 - (255.0 - hi as f64) * v).round() as u8;
    RGBColor(mix(OI_BLUE.0), mix(OI_BLUE.1), mix(OI_BLUE.2))
}

fn alive<DB: DrawingBackend>(
    l: Lang,
    d: &Diagnostics,
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
) -> Result<(), String> {
    let m = &d.p_alive_matrix;
    let cols = m.recency_edges.len().saturating_sub(1).max(1);
    let rows = m.rows.len().max(1);
    let e2s = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(tc::ALIVE_CAPTION.get(l), font(sz.caption()))
        .x_label_area_size(sz.px(56.0))
        .y_label_area_size(sz.px(72.0))
        .build_cartesian_2d(0.0..cols as f64, 0.0..rows as f64)
        .map_err(e2s)?;
    let edges = m.recency_edges.clone();
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(cols + 1)
        .y_labels(rows + 1)
        .x_label_formatter(&|v: &f64| {
            edges
                .get(v.round() as usize)
                .map(|e| format!("{e:.0}"))
                .unwrap_or_default()
        })
        .y_label_formatter(&|v: &f64| {
            let i = v.floor() as usize;
            if (v - v.floor() - 0.5).abs() > 0.01 || i >= rows {
                String::new()
            } else if i + 1 == rows {
                tc::SEVEN_PLUS.get(l).to_string()
            } else {
                i.to_string()
            }
        })
        .x_desc(tc::ALIVE_X.get(l))
        .y_desc(tc::ALIVE_Y.get(l))
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .draw()
        .map_err(e2s)?;
    for (y, row) in m.rows.iter().enumerate() {
        for (x, cell) in row.iter().enumerate() {
            let (x, y) = (x as f64, y as f64);
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x, y), (x + 1.0, y + 1.0)],
                    shade(cell.p_alive).filled(),
                )))
                .map_err(e2s)?;
            let ink = if cell.p_alive > 0.55 { WHITE } else { BLACK };
            let style = font(sz.tick())
                .color(&ink)
                .pos(Pos::new(HPos::Center, VPos::Center));
            chart
                .draw_series(std::iter::once(Text::new(
                    format!("{:.0}", 100.0 * fin(cell.p_alive)),
                    (x + 0.5, y + 0.5),
                    style,
                )))
                .map_err(e2s)?;
        }
    }
    area.present().map_err(|e| e.to_string())
}
