//! Drawing a plot description with plotters: axes, lines, bars, labels,
//! event marks, the legend and notes.

use super::*;

pub(super) fn font(size: f64) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font()).color(&BLACK)
}

pub(super) fn draw_note<DB: DrawingBackend>(
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
pub(super) fn axis_range(
    vals: &[f64],
    zero: bool,
    bounds: (f64, f64),
    pad_frac: f64,
) -> (f64, f64) {
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

/// A linear f64 axis whose ticks are exactly `keys` (plotters' `WithKeyPoints`
/// cannot take a label formatter in the mesh).
#[derive(Clone)]
pub(super) struct KeyedAxis {
    pub(super) lo: f64,
    pub(super) hi: f64,
    pub(super) keys: Vec<f64>,
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

pub(super) fn x_format(x: &XAxis, t: &ChartText, v: f64) -> String {
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

pub(super) fn render<DB: DrawingBackend>(
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
    let (mut ylo, mut yhi) = if p.full {
        p.bounds
    } else {
        axis_range(&left, p.zero, p.bounds, pad)
    };
    let (mut y2lo, mut y2hi) = if p.full2 {
        p.bounds2
    } else {
        axis_range(&right, p.zero2, p.bounds2, 0.06)
    };

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

    // Category labels (bars with names): staggered in rows when they do not
    // fit side by side; value labels made smaller until each fits its bar's slot.
    let slot = pw / (p.x.hi - p.x.lo).max(1e-9) * key_step(&p.x.keys);
    let cat_gap = 6.0 * sz.s;
    let (cat_rows, cat_font) = if p.x.labels.is_empty() {
        (1, sz.tick())
    } else {
        category_rows(area, &p.x.labels, slot, sz.tick(), cat_gap)
    };
    let staggered = cat_rows > 1;
    let cat_row_h = (cat_font * 1.35).ceil();

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
    // The legend above the plot, outside it (when no corner is free and
    // making room inside would run an axis past its scale, e.g. a 0-1 one).
    let mut legend_band = 0u32;
    if !p.legend.is_empty() {
        let (c, score) = best_corner(p, &g, &lay, inset, &CORNERS, sz);
        corner = c;
        let frac = (lay.h + 2.0 * inset + 6.0) / ph;
        if score > 0.0 && frac < 0.6 {
            // Stretch the ranges up so that the data end below the legend.
            let up = ylo + (yhi - ylo) / (1.0 - frac);
            let up2 = y2lo + (y2hi - y2lo) / (1.0 - frac);
            if up > p.bounds.1 + 1e-9 || (has_y2 && up2 > p.bounds2.1 + 1e-9) {
                legend_band = (lay.h + 2.0 * inset).round() as u32;
            } else {
                yhi = up;
                y2hi = up2;
                g.y = (ylo, yhi);
                g.y2 = (y2lo, y2hi);
                let ups = [Corner::UpperRight, Corner::UpperLeft, Corner::UpperMiddle];
                corner = best_corner(p, &g, &lay, inset, &ups, sz).0;
            }
        } else if score > 0.0 {
            legend_band = (lay.h + 2.0 * inset).round() as u32;
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
    let (lband, titled) = if legend_band > 0 {
        let (b, r) = titled.split_vertically(legend_band);
        (Some(b), r)
    } else {
        (None, titled)
    };
    let (band, plot_root) = if band_h > 0 {
        let (b, r) = titled.split_vertically(band_h);
        (Some(b), r)
    } else {
        (None, titled)
    };
    let mut cb = ChartBuilder::on(&plot_root);
    let x_area = if p.x.desc.is_empty() {
        sz.px(40.0)
    } else {
        sz.x_area()
    };
    cb.x_label_area_size(if staggered {
        x_area.max((cat_rows as f64 * cat_row_h + 10.0 * sz.s).round() as i32)
    } else {
        x_area
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

    let xfmt = |v: &f64| {
        if staggered {
            String::new()
        } else {
            x_format(&p.x, t, *v)
        }
    };
    let (step, step2) = ((yhi - ylo) / 7.0, (y2hi - y2lo) / 7.0);
    let (scale, scale2) = (ylo.abs().max(yhi.abs()), y2lo.abs().max(y2hi.abs()));
    let yfmt = |v: &f64| match p.y_names.is_empty() {
        true => tick_label(*v, step, scale, t),
        // Named ticks (a category axis): the name at each whole value.
        false => name_at(&p.y_names, *v),
    };
    let y2fmt = |v: &f64| tick_label(*v, step2, scale2, t);
    let tick = font(sz.tick()).color(&AXIS);
    let desc = font(sz.desc());
    {
        let mut mesh = chart.configure_mesh();
        mesh.disable_x_mesh()
            .y_max_light_lines(0)
            .bold_line_style(GRID.stroke_width(1))
            .axis_style(AXIS.stroke_width(1))
            .x_labels(p.x.keys.len().max(1))
            .y_labels(if p.y_names.is_empty() {
                7
            } else {
                p.y_names.len()
            })
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
            .y_label_formatter(&y2fmt)
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

    // Value labels: smaller, to fit their bars' slots, when two would meet.
    let value_font = {
        let f = sz.font(20.0);
        let boxes: Vec<(f64, f64, f64, f64)> = p
            .labels
            .iter()
            .map(|l| {
                let (x, y) = to_px(l.x, l.y);
                let (w, h) = (safe_width(area, &l.text, f), f * 1.2);
                let top = if l.below {
                    y + 6.0 * sz.s
                } else {
                    y - 6.0 * sz.s - h
                };
                (
                    x - w / 2.0 - cat_gap / 2.0,
                    top,
                    x + w / 2.0 + cat_gap / 2.0,
                    top + h,
                )
            })
            .collect();
        let meet = boxes.iter().enumerate().any(|(i, a)| {
            boxes[i + 1..]
                .iter()
                .any(|b| a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3)
        });
        let w = p
            .labels
            .iter()
            .map(|l| safe_width(area, &l.text, f))
            .fold(0.0, f64::max);
        if !meet || w + cat_gap <= slot {
            f
        } else {
            (f * (slot - cat_gap).max(1.0) / w).max(8.0)
        }
    };
    for l in &p.labels {
        let (x, y) = to_px(l.x, l.y);
        let (vpos, dy) = if l.below {
            (VPos::Top, 6.0 * sz.s)
        } else {
            (VPos::Bottom, -6.0 * sz.s)
        };
        let style = TextStyle::from(FontDesc::new(
            FontFamily::SansSerif,
            value_font,
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

    // Staggered category labels, under the plot.
    if staggered {
        let rb = plot_root.get_base_pixel();
        let bottom = (base.1 as f64 + aph) - rb.1 as f64 + 5.0 * sz.s;
        let style = font(cat_font)
            .color(&AXIS)
            .pos(Pos::new(HPos::Center, VPos::Top));
        for (i, (k, l)) in p.x.keys.iter().zip(&p.x.labels).enumerate() {
            let x = chart.backend_coord(&(*k, ylo)).0 - rb.0;
            let y = bottom + (i % cat_rows) as f64 * cat_row_h;
            plot_root
                .draw(&Text::new(l.clone(), (x, y as i32), style.clone()))
                .map_err(e2s)?;
        }
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

    // Legend: in its band above the plot, or in the chosen corner.
    if !p.legend.is_empty() {
        let (pa, lx, ly) = match &lband {
            Some(b) => {
                // Over the plot's width (the band spans the label areas too).
                let bw = b.dim_in_pixel().0 as f64;
                let left = sz.y_area() as f64;
                let right = if has_y2 { sz.y_area() as f64 } else { 0.0 };
                let lx = left + ((bw - left - right - lay.w) / 2.0).max(0.0);
                (b, lx.min((bw - lay.w).max(0.0)), inset)
            }
            None => {
                let (lx, ly) = corner.origin(apw, aph, lay.w, lay.h, inset);
                (&pa, lx.max(0.0), ly.max(0.0))
            }
        };
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
