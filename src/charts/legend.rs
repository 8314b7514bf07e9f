//! Where the legend goes: its size, and the corner of the plot whose box
//! covers the least of the data.

use super::*;

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Corner {
    UpperRight,
    UpperLeft,
    UpperMiddle,
    LowerRight,
    LowerLeft,
    LowerMiddle,
}

pub(super) const CORNERS: [Corner; 6] = [
    Corner::UpperRight,
    Corner::UpperLeft,
    Corner::LowerRight,
    Corner::LowerLeft,
    Corner::UpperMiddle,
    Corner::LowerMiddle,
];

impl Corner {
    pub(super) fn upper(self) -> bool {
        matches!(
            self,
            Corner::UpperRight | Corner::UpperLeft | Corner::UpperMiddle
        )
    }
    /// Top-left of a `lw` x `lh` box in a `pw` x `ph` plot, `inset` from the border.
    pub(super) fn origin(self, pw: f64, ph: f64, lw: f64, lh: f64, inset: f64) -> (f64, f64) {
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
pub(super) struct LegendLayout {
    pub(super) col_w: Vec<f64>,
    pub(super) rows: usize,
    pub(super) cols: usize,
    pub(super) row_h: f64,
    pub(super) pad: f64,
    pub(super) glyph_w: f64,
    pub(super) gap: f64,
    pub(super) col_gap: f64,
    pub(super) w: f64,
    pub(super) h: f64,
}

pub(super) fn text_width<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &str,
    size: f64,
) -> f64 {
    let est = area
        .estimate_text_size(s, &font(size))
        .map(|(w, _)| w as f64)
        .unwrap_or(0.0);
    // The SVG backend's estimate is crude (and narrow); keep some slack.
    (est * 1.04).max(s.chars().count() as f64 * size * 0.42)
}

pub(super) fn legend_layout<DB: DrawingBackend>(
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
pub(super) struct Geometry {
    pub(super) pw: f64,
    pub(super) ph: f64,
    pub(super) x: (f64, f64),
    pub(super) y: (f64, f64),
    pub(super) y2: (f64, f64),
}

impl Geometry {
    pub(super) fn px(&self, x: f64, y: f64, right: bool) -> (f64, f64) {
        let (ylo, yhi) = if right { self.y2 } else { self.y };
        let fx = (x - self.x.0) / (self.x.1 - self.x.0);
        let fy = (y - ylo) / (yhi - ylo);
        (fx * self.pw, (1.0 - fy) * self.ph)
    }
}

pub(super) fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> f64 {
    let w = a.2.min(b.2) - a.0.max(b.0);
    let h = a.3.min(b.3) - a.1.max(b.1);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// How much of the plot a box (x0, y0, x1, y1 in plot pixels) would hide.
pub(super) fn collision(p: &Plot, g: &Geometry, b: (f64, f64, f64, f64), sz: &Sizes) -> f64 {
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

pub(super) fn best_corner(
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
        // A clear margin of 10 px (at the design size) around the legend.
        let m = 10.0 * sz.s;
        let s = collision(p, g, (x - m, y - m, x + lay.w + m, y + lay.h + m), sz);
        if s < best.1 - 1e-9 {
            best = (*c, s);
        }
    }
    best
}
