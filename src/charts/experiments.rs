//! The charts of an experiment: the Monte Carlo fan chart, payback
//! distribution and histogram, the sweep curve (or heat map), the tornado
//! and the comparison's overlaid series. Same sizes, palette and number
//! formats as the single run's charts; every string from
//! `text::experiments`.
//!
//! Invariant: a chart draws only numbers of the [`ExperimentReport`] (and,
//! for the histogram, the finished runs' own KPIs); it never panics on an
//! unfinished or empty report (it then shows a note).

use super::*;
use crate::chart_text::ChartText;
use crate::i18n::Lang;
use crate::text::experiments as t;
use loyalty_sim::experiment::{Band, ExperimentReport, KindReport, SweepReport, TornadoReport};

/// The experiment charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpChart {
    /// Cumulative incremental profit: median, 50 % and 90 % bands.
    Fan,
    /// Runs by payback month, and "never".
    Payback,
    /// Incremental profit of every run, P(> 0) written on it.
    Histogram,
    /// One swept parameter: median and band, the optimum circled.
    SweepCurve,
    /// Two swept parameters: heat map, break-even contour, optimum.
    Heatmap,
    /// Tornado bars, largest first.
    Tornado,
    /// Compared scenarios' cumulative incremental profit.
    Compare,
}

impl ExpChart {
    /// The charts of a report, in display order.
    pub fn of(report: &ExperimentReport) -> Vec<ExpChart> {
        match &report.result {
            KindReport::MonteCarlo(_) => {
                vec![ExpChart::Fan, ExpChart::Histogram, ExpChart::Payback]
            }
            KindReport::Compare(_) => vec![ExpChart::Compare],
            KindReport::Sweep(s) if s.parameters.len() == 2 => vec![ExpChart::Heatmap],
            KindReport::Sweep(_) => vec![ExpChart::SweepCurve],
            KindReport::Tornado(_) => vec![ExpChart::Tornado],
        }
    }

    /// A stable name for file names and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            ExpChart::Fan => "fan",
            ExpChart::Payback => "payback",
            ExpChart::Histogram => "histogram",
            ExpChart::SweepCurve => "sweep",
            ExpChart::Heatmap => "heatmap",
            ExpChart::Tornado => "tornado",
            ExpChart::Compare => "compare",
        }
    }

    /// The one-line accessible description.
    pub fn description(self, lang: Lang) -> &'static str {
        match self {
            ExpChart::Fan => t::FAN_DESC.get(lang),
            ExpChart::Payback => t::PAYBACK_DESC.get(lang),
            ExpChart::Histogram => t::HISTOGRAM_DESC.get(lang),
            ExpChart::SweepCurve => t::SWEEP_DESC.get(lang),
            ExpChart::Heatmap => t::HEATMAP_DESC.get(lang),
            ExpChart::Tornado => t::TORNADO_DESC.get(lang),
            ExpChart::Compare => t::COMPARE_DESC.get(lang),
        }
    }

    fn caption(self, lang: Lang) -> &'static str {
        match self {
            ExpChart::Fan => t::FAN_CAPTION.get(lang),
            ExpChart::Payback => t::PAYBACK_CAPTION.get(lang),
            ExpChart::Histogram => t::HISTOGRAM_CAPTION.get(lang),
            ExpChart::SweepCurve => t::SWEEP_CAPTION.get(lang),
            ExpChart::Heatmap => t::HEATMAP_CAPTION.get(lang),
            ExpChart::Tornado => t::TORNADO_CAPTION.get(lang),
            ExpChart::Compare => t::COMPARE_CAPTION.get(lang),
        }
    }
}

type Res = Result<(), String>;

fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

/// Draws `chart` of `report` on `area`; `values` are the finished runs'
/// incremental profits (for the histogram). Fills the area white first and
/// presents it at the end.
pub fn draw_experiment<DB: DrawingBackend>(
    chart: ExpChart,
    report: &ExperimentReport,
    values: &[f64],
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
) -> Res {
    draw_experiment_at(chart, report, values, text, area, 1.0)
}

/// [`draw_experiment`] on an area of device pixels shown at `dpr` device pixels
/// per CSS pixel (texts keep their size in CSS pixels, as [`draw_at`]).
pub fn draw_experiment_at<DB: DrawingBackend>(
    chart: ExpChart,
    report: &ExperimentReport,
    values: &[f64],
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
    dpr: f64,
) -> Res {
    let lang = text.lang;
    area.fill(&WHITE).map_err(err)?;
    let (w, h) = area.dim_in_pixel();
    if w < 160 || h < 120 {
        return area.present().map_err(err);
    }
    let sz = Sizes::with_dpr(w, h, dpr);
    let drawn = if report.runs == 0 {
        Ok(false)
    } else {
        match (chart, &report.result) {
            (ExpChart::Fan, KindReport::MonteCarlo(m)) => {
                let band = m.monthly.get("cumulative_incremental_profit");
                fan(area, &sz, lang, &[(String::new(), band)], true)
            }
            (ExpChart::Compare, KindReport::Compare(c)) => {
                let bands: Vec<(String, Option<&Band>)> = c
                    .scenarios
                    .iter()
                    .map(|s| {
                        (
                            s.scenario.clone(),
                            s.monthly.get("cumulative_incremental_profit"),
                        )
                    })
                    .collect();
                fan(area, &sz, lang, &bands, false)
            }
            (ExpChart::Payback, KindReport::MonteCarlo(m)) => {
                let horizon = m
                    .monthly
                    .get("cumulative_incremental_profit")
                    .map_or(0, |b| b.p50.len());
                let p = &m.payback_month;
                payback(
                    area,
                    &sz,
                    lang,
                    &p.runs_by_month,
                    horizon,
                    p.never_share,
                    report.runs,
                )
            }
            (ExpChart::Histogram, _) => histogram(area, &sz, lang, values),
            (ExpChart::SweepCurve, KindReport::Sweep(s)) => sweep_curve(area, &sz, lang, s),
            (ExpChart::Heatmap, KindReport::Sweep(s)) => heatmap(area, &sz, lang, s),
            (ExpChart::Tornado, KindReport::Tornado(r)) => tornado(area, &sz, lang, r),
            _ => Ok(false),
        }
    };
    if !drawn? {
        area.fill(&WHITE).map_err(err)?;
        draw_note(area, chart.caption(lang), t::NO_RESULTS.get(lang), &sz)?;
    }
    area.present().map_err(err)
}

/// A compact money tick label in `lang`.
fn y_fmt(lang: Lang) -> impl Fn(&f64) -> String {
    move |v| compact(*v, crate::text::charts(lang))
}

/// A whole-number tick label; none between whole numbers.
fn whole(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{}", v.round() as i64)
    } else {
        String::new()
    }
}

const COLOURS: [RGBColor; 4] = [OI_BLUE, OI_VERMILLION, OI_GREEN, OI_PURPLE];

/// The fan chart (one band: 90 % and 50 % bands and the median) or the
/// comparison (each scenario: its 90 % band and median). `false`: nothing to draw.
fn fan<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
    lang: Lang,
    bands: &[(String, Option<&Band>)],
    inner: bool,
) -> Result<bool, String> {
    let bands: Vec<(&String, &Band)> = bands
        .iter()
        .filter_map(|(n, b)| b.filter(|b| !b.p50.is_empty()).map(|b| (n, b)))
        .collect();
    let Some(months) = bands.iter().map(|(_, b)| b.p50.len()).max() else {
        return Ok(false);
    };
    let all: Vec<f64> = bands
        .iter()
        .flat_map(|(_, b)| b.p5.iter().chain(&b.p95).copied())
        .collect();
    let (lo, hi) = axis_range(&all, true, (f64::NEG_INFINITY, f64::INFINITY), 0.06);
    let caption = if inner {
        t::FAN_CAPTION.get(lang)
    } else {
        t::COMPARE_CAPTION.get(lang)
    };
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(caption, font(sz.caption()))
        .x_label_area_size(sz.x_area())
        .y_label_area_size(sz.y_area())
        .build_cartesian_2d(0.5f64..months as f64 + 0.5, lo..hi)
        .map_err(err)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_desc(t::MONTH.get(lang))
        .y_desc(t::MONEY_AXIS.get(lang))
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .x_label_formatter(&|v| format!("{}", v.round() as i64))
        .y_label_formatter(&y_fmt(lang))
        .draw()
        .map_err(err)?;
    let x = |i: usize| (i + 1) as f64;
    let polygon = |a: &[f64], b: &[f64]| -> Vec<(f64, f64)> {
        let mut p: Vec<(f64, f64)> = a.iter().enumerate().map(|(i, v)| (x(i), *v)).collect();
        p.extend(b.iter().enumerate().rev().map(|(i, v)| (x(i), *v)));
        p
    };
    for (k, (name, b)) in bands.iter().enumerate() {
        let c = COLOURS[k % COLOURS.len()];
        let outer = chart
            .draw_series(std::iter::once(Polygon::new(
                polygon(&b.p5, &b.p95),
                c.mix(0.18).filled(),
            )))
            .map_err(err)?;
        // The comparison names each scenario once, by its median line.
        if inner {
            outer.label(t::BAND_90.get(lang)).legend(move |(x, y)| {
                Rectangle::new([(x, y - 6), (x + 20, y + 6)], c.mix(0.18).filled())
            });
        }
        if inner {
            chart
                .draw_series(std::iter::once(Polygon::new(
                    polygon(&b.p25, &b.p75),
                    c.mix(0.4).filled(),
                )))
                .map_err(err)?
                .label(t::BAND_50.get(lang))
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 6), (x + 20, y + 6)], c.mix(0.4).filled())
                });
        }
        let line = b.p50.iter().enumerate().map(|(i, v)| (x(i), *v));
        let style = c.stroke_width(sz.line());
        chart
            .draw_series(LineSeries::new(line, style))
            .map_err(err)?
            .label(if inner {
                t::MEDIAN_LINE.get(lang).to_string()
            } else {
                name.to_string()
            })
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
    }
    chart
        .draw_series(LineSeries::new(
            [(0.5, 0.0), (months as f64 + 0.5, 0.0)],
            AXIS.stroke_width(1),
        ))
        .map_err(err)?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(sz.legend()))
        .draw()
        .map_err(err)?;
    Ok(true)
}

/// Runs by payback month, then "never".
fn payback<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
    lang: Lang,
    by_month: &[usize],
    horizon: usize,
    never_share: f64,
    runs: usize,
) -> Result<bool, String> {
    let months = by_month.len().max(horizon).max(1);
    let never = (never_share * runs as f64).round();
    let top = by_month
        .iter()
        .map(|v| *v as f64)
        .fold(never, f64::max)
        .max(1.0);
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(t::PAYBACK_CAPTION.get(lang), font(sz.caption()))
        .x_label_area_size(sz.x_area())
        .y_label_area_size(sz.y_area())
        .build_cartesian_2d(0.5f64..months as f64 + 1.5, 0f64..top * 1.12)
        .map_err(err)?;
    let never_x = months as f64 + 1.0;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_desc(t::MONTH.get(lang))
        .y_desc(t::RUNS_AXIS.get(lang))
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .x_labels(months + 2)
        .x_label_formatter(&|v| {
            if (v - never_x).abs() < 0.01 {
                t::NEVER.get(lang).to_string()
            } else if v.round() as usize % 3 == 0 || months <= 12 {
                whole(v)
            } else {
                String::new()
            }
        })
        .y_label_formatter(&whole)
        .draw()
        .map_err(err)?;
    let bar =
        |x: f64, y: f64, c: RGBColor| Rectangle::new([(x - 0.4, 0.0), (x + 0.4, y)], c.filled());
    chart
        .draw_series(
            by_month
                .iter()
                .enumerate()
                .map(|(i, v)| bar((i + 1) as f64, *v as f64, OI_BLUE)),
        )
        .map_err(err)?;
    chart
        .draw_series(std::iter::once(bar(never_x, never, OI_VERMILLION)))
        .map_err(err)?;
    Ok(true)
}

/// The histogram of the runs' values, P(> 0) written on it.
fn histogram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
    lang: Lang,
    values: &[f64],
) -> Result<bool, String> {
    let values: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if values.is_empty() {
        return Ok(false);
    }
    let (mut lo, mut hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    if hi - lo < 1e-9 {
        lo -= 1.0;
        hi += 1.0;
    }
    let bins = ((values.len() as f64).sqrt().ceil() as usize).clamp(5, 30);
    let width = (hi - lo) / bins as f64;
    let mut counts = vec![0usize; bins];
    for v in &values {
        let i = (((v - lo) / width) as usize).min(bins - 1);
        counts[i] += 1;
    }
    let top = counts.iter().copied().max().unwrap_or(1) as f64;
    let (xlo, xhi) = axis_range(&[lo, hi], true, (f64::NEG_INFINITY, f64::INFINITY), 0.04);
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(t::HISTOGRAM_CAPTION.get(lang), font(sz.caption()))
        .x_label_area_size(sz.x_area())
        .y_label_area_size(sz.y_area())
        .build_cartesian_2d(xlo..xhi, 0f64..top * 1.2)
        .map_err(err)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_desc(t::MONEY_AXIS.get(lang))
        .y_desc(t::RUNS_AXIS.get(lang))
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .x_label_formatter(&y_fmt(lang))
        .y_label_formatter(&whole)
        .draw()
        .map_err(err)?;
    chart
        .draw_series(counts.iter().enumerate().map(|(i, c)| {
            let x0 = lo + width * i as f64;
            let colour = if x0 + width / 2.0 > 0.0 {
                OI_BLUE
            } else {
                OI_VERMILLION
            };
            Rectangle::new(
                [(x0, 0.0), (x0 + width, *c as f64)],
                colour.mix(0.8).filled(),
            )
        }))
        .map_err(err)?;
    chart
        .draw_series(LineSeries::new(
            [(0.0, 0.0), (0.0, top * 1.2)],
            OI_BLACK.stroke_width(sz.line()),
        ))
        .map_err(err)?;
    let share = values.iter().filter(|v| **v > 0.0).count() as f64 / values.len() as f64;
    let (px, py) = chart.plotting_area().get_base_pixel();
    area.draw(&Text::new(
        t::p_positive(lang, share),
        (px + sz.px(16.0), py + sz.px(12.0)),
        font(sz.font(24.0)),
    ))
    .map_err(err)?;
    Ok(true)
}

fn kpi_of(
    p: &loyalty_sim::experiment::Point,
    kpi: &str,
) -> (Option<f64>, Option<f64>, Option<f64>) {
    p.kpis
        .get(kpi)
        .map(|s| (s.p5, s.p50, s.p95))
        .unwrap_or((None, None, None))
}

/// One swept parameter: the median with its 5-95 % band, the optimum circled.
fn sweep_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
    lang: Lang,
    s: &SweepReport,
) -> Result<bool, String> {
    let Some(axis) = s.parameters.first() else {
        return Ok(false);
    };
    let pts: Vec<(f64, f64, f64, f64)> = s
        .points
        .iter()
        .filter_map(|p| {
            let (a, b, c) = kpi_of(p, &s.kpi);
            Some((*p.values.first()?, a?, b?, c?))
        })
        .collect();
    if pts.is_empty() {
        return Ok(false);
    }
    let xs: Vec<f64> = axis.values.clone();
    let (xlo, xhi) = axis_range(&xs, false, (f64::NEG_INFINITY, f64::INFINITY), 0.04);
    let ys: Vec<f64> = pts.iter().flat_map(|p| [p.1, p.3]).collect();
    let (lo, hi) = axis_range(&ys, true, (f64::NEG_INFINITY, f64::INFINITY), 0.1);
    let path = axis.path.clone();
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(t::SWEEP_CAPTION.get(lang), font(sz.caption()))
        .x_label_area_size(sz.x_area())
        .y_label_area_size(sz.y_area())
        .build_cartesian_2d(xlo..xhi, lo..hi)
        .map_err(err)?;
    let x_desc = t::parameter(lang, &path);
    let y_desc = t::kpi(lang, &s.kpi).to_string();
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_desc(x_desc)
        .y_desc(y_desc)
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .x_label_formatter(&|v| t::value(lang, &path, *v))
        .y_label_formatter(&y_fmt(lang))
        .draw()
        .map_err(err)?;
    let mut band: Vec<(f64, f64)> = pts.iter().map(|p| (p.0, p.1)).collect();
    band.extend(pts.iter().rev().map(|p| (p.0, p.3)));
    chart
        .draw_series(std::iter::once(Polygon::new(
            band,
            OI_BLUE.mix(0.2).filled(),
        )))
        .map_err(err)?
        .label(t::BAND_90.get(lang))
        .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 20, y + 6)], OI_BLUE.mix(0.2).filled()));
    let style = OI_BLUE.stroke_width(sz.line());
    chart
        .draw_series(LineSeries::new(pts.iter().map(|p| (p.0, p.2)), style))
        .map_err(err)?
        .label(t::MEDIAN_LINE.get(lang))
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
    chart
        .draw_series(
            pts.iter()
                .map(|p| Circle::new((p.0, p.2), sz.px(4.0), OI_BLUE.filled())),
        )
        .map_err(err)?;
    chart
        .draw_series(LineSeries::new(
            [(xlo, 0.0), (xhi, 0.0)],
            AXIS.stroke_width(1),
        ))
        .map_err(err)?;
    if let Some(o) = &s.optimum {
        if let Some(x) = o.values.first() {
            let r = sz.px(11.0);
            chart
                .draw_series(std::iter::once(Circle::new(
                    (*x, o.p50),
                    r,
                    OI_VERMILLION.stroke_width(sz.line()),
                )))
                .map_err(err)?;
            let (px, py) = chart.backend_coord(&(*x, o.p50));
            let label = t::optimum_label(lang, &path, *x);
            let right = px < (sz.w * 0.7) as i32;
            let anchor = if right { HPos::Left } else { HPos::Right };
            let dx = if right {
                r + sz.px(6.0)
            } else {
                -r - sz.px(6.0)
            };
            area.draw(&Text::new(
                label,
                (px + dx, py - r - sz.px(6.0)),
                font(sz.legend())
                    .color(&OI_VERMILLION)
                    .pos(Pos::new(anchor, VPos::Bottom)),
            ))
            .map_err(err)?;
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(sz.legend()))
        .draw()
        .map_err(err)?;
    Ok(true)
}

/// A diverging colour for `v` on a scale reaching `max` either side.
fn heat(v: f64, max: f64) -> RGBColor {
    let f = (v / max.max(1e-9)).clamp(-1.0, 1.0);
    let mix = |a: u8, b: u8, f: f64| (a as f64 + (b as f64 - a as f64) * f).round() as u8;
    let (c, f) = if f >= 0.0 {
        (OI_BLUE, f)
    } else {
        (OI_VERMILLION, -f)
    };
    RGBColor(mix(255, c.0, f), mix(255, c.1, f), mix(255, c.2, f))
}

/// Two swept parameters: the heat map of the medians, the break-even
/// points and the optimum.
fn heatmap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
    lang: Lang,
    s: &SweepReport,
) -> Result<bool, String> {
    let [a, b] = &s.parameters[..] else {
        return Ok(false);
    };
    if a.values.is_empty() || b.values.is_empty() {
        return Ok(false);
    }
    let half = |v: &[f64], i: usize| -> (f64, f64) {
        let d = if v.len() > 1 {
            (v[1] - v[0]).abs() / 2.0
        } else {
            0.5
        };
        (v[i] - d, v[i] + d)
    };
    let (x0, _) = half(&a.values, 0);
    let (_, x1) = half(&a.values, a.values.len() - 1);
    let (y0, _) = half(&b.values, 0);
    let (_, y1) = half(&b.values, b.values.len() - 1);
    let (pa, pb) = (a.path.clone(), b.path.clone());
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(t::HEATMAP_CAPTION.get(lang), font(sz.caption()))
        .x_label_area_size(sz.x_area())
        .y_label_area_size(sz.y_area())
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc(t::parameter(lang, &pa))
        .y_desc(t::parameter(lang, &pb))
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .x_label_formatter(&|v| t::value(lang, &pa, *v))
        .y_label_formatter(&|v| t::value(lang, &pb, *v))
        .draw()
        .map_err(err)?;
    let max = s
        .points
        .iter()
        .filter_map(|p| kpi_of(p, &s.kpi).1)
        .fold(0.0f64, |m, v| m.max(v.abs()));
    let nb = b.values.len();
    chart
        .draw_series(s.points.iter().enumerate().filter_map(|(i, p)| {
            let v = kpi_of(p, &s.kpi).1?;
            let (xa, xb) = half(&a.values, i / nb);
            let (ya, yb) = half(&b.values, i % nb);
            Some(Rectangle::new([(xa, ya), (xb, yb)], heat(v, max).filled()))
        }))
        .map_err(err)?;
    chart
        .draw_series(
            s.break_even
                .iter()
                .filter(|p| p.len() == 2)
                .map(|p| Circle::new((p[0], p[1]), sz.px(4.0), OI_BLACK.filled())),
        )
        .map_err(err)?
        .label(t::BREAK_EVEN.get(lang))
        .legend(|(x, y)| Circle::new((x + 10, y), 4, OI_BLACK.filled()));
    if let Some(o) = s.optimum.as_ref().filter(|o| o.values.len() == 2) {
        chart
            .draw_series(std::iter::once(Circle::new(
                (o.values[0], o.values[1]),
                sz.px(11.0),
                OI_BLACK.stroke_width(sz.line()),
            )))
            .map_err(err)?
            .label(t::OPTIMUM.get(lang))
            .legend(|(x, y)| Circle::new((x + 10, y), 6, OI_BLACK.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(sz.legend()))
        .draw()
        .map_err(err)?;
    Ok(true)
}

/// The tornado: a row per parameter (largest first, at the top), bars from
/// the base median to the low and the high value's medians.
fn tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sz: &Sizes,
    lang: Lang,
    r: &TornadoReport,
) -> Result<bool, String> {
    let Some(base) = r.base.p50 else {
        return Ok(false);
    };
    let bars: Vec<_> = r
        .bars
        .iter()
        .filter(|b| b.low_p50.is_some() || b.high_p50.is_some())
        .collect();
    if bars.is_empty() {
        return Ok(false);
    }
    let n = bars.len();
    let mut xs = vec![base];
    xs.extend(bars.iter().flat_map(|b| [b.low_p50, b.high_p50]).flatten());
    let (lo, hi) = axis_range(&xs, false, (f64::NEG_INFINITY, f64::INFINITY), 0.08);
    let names: Vec<String> = bars
        .iter()
        .map(|b| t::parameter(lang, &b.parameter))
        .collect();
    let label_w =
        sz.px(8.0 * names.iter().map(|s| s.chars().count()).max().unwrap_or(10) as f64 + 20.0);
    let mut chart = ChartBuilder::on(area)
        .margin(sz.margin())
        .caption(t::TORNADO_CAPTION.get(lang), font(sz.caption()))
        .x_label_area_size(sz.x_area())
        .y_label_area_size(label_w.min((sz.w * 0.4) as i32))
        .build_cartesian_2d(lo..hi, -0.5f64..n as f64 - 0.5)
        .map_err(err)?;
    // Row 0 at the top is the largest bar.
    let row = |i: usize| (n - 1 - i) as f64;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .y_labels(n)
        .x_desc(t::kpi(lang, &r.kpi))
        .label_style(font(sz.tick()))
        .axis_desc_style(font(sz.desc()))
        .x_label_formatter(&y_fmt(lang))
        .y_label_formatter(&|v| {
            let k = v.round();
            if (v - k).abs() > 0.01 || k < 0.0 || k as usize >= n {
                return String::new();
            }
            names.get(n - 1 - k as usize).cloned().unwrap_or_default()
        })
        .draw()
        .map_err(err)?;
    let rect = |i: usize, to: f64, c: RGBColor| {
        let y = row(i);
        Rectangle::new(
            [(base.min(to), y - 0.35), (base.max(to), y + 0.35)],
            c.filled(),
        )
    };
    chart
        .draw_series(
            bars.iter()
                .enumerate()
                .filter_map(|(i, b)| Some(rect(i, b.low_p50?, OI_SKY))),
        )
        .map_err(err)?
        .label(t::LOW_BAR.get(lang))
        .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 20, y + 6)], OI_SKY.filled()));
    chart
        .draw_series(
            bars.iter()
                .enumerate()
                .filter_map(|(i, b)| Some(rect(i, b.high_p50?, OI_BLUE))),
        )
        .map_err(err)?
        .label(t::HIGH_BAR.get(lang))
        .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 20, y + 6)], OI_BLUE.filled()));
    let base_style = OI_BLACK.stroke_width(sz.line());
    chart
        .draw_series(LineSeries::new(
            [(base, -0.5), (base, n as f64 - 0.5)],
            base_style,
        ))
        .map_err(err)?
        .label(t::BASE.get(lang))
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], base_style));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(sz.legend()))
        .draw()
        .map_err(err)?;
    Ok(true)
}

#[cfg(test)]
#[path = "experiments_tests.rs"]
mod tests;
