//! Fitting labels side by side: event labels in rows above a time axis,
//! category labels staggered under their bars, text widths measured
//! generously.
//!
//! Invariant: labels laid out here never meet, by the widths of
//! [`safe_width`] (the waterfall's render test checks the drawn result).

use super::*;

/// Places labels of widths `w` beside vertical lines at `x` (pixels) in
/// rows: each label goes right of its line (left of it when it would leave
/// the `width`), in the first row where it meets no other label; with
/// `max_rows` rows taken, in the row that frees up first. Returns each
/// label's left edge and row (in the order given) and the rows used.
pub(super) fn label_rows(
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

/// The smallest step between consecutive keys of an axis (1 with fewer than two).
pub(super) fn key_step(keys: &[f64]) -> f64 {
    let step = keys
        .windows(2)
        .map(|w| (w[1] - w[0]).abs())
        .filter(|d| *d > 0.0)
        .fold(f64::INFINITY, f64::min);
    if step.is_finite() {
        step
    } else {
        1.0
    }
}

/// A generous width of a text (0.6 em a character, at least the backend's
/// estimate), so that labels laid out by it never touch.
pub(super) fn safe_width<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &str,
    size: f64,
) -> f64 {
    text_width(area, s, size).max(s.chars().count() as f64 * size * 0.6)
}

/// How the category labels of an x axis fit under slots `slot` pixels wide:
/// `(rows, font)`. One row when every label fits its slot (plotters draws
/// them); otherwise each label in row `i % rows`, so that a row's labels
/// are `rows` slots apart, with the font made smaller (to 8 px at least)
/// rather than use more than four rows.
pub(super) fn category_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[String],
    slot: f64,
    font: f64,
    gap: f64,
) -> (usize, f64) {
    let mut f = font;
    loop {
        let w = labels
            .iter()
            .map(|l| safe_width(area, l, f))
            .fold(0.0, f64::max);
        let rows = ((w + gap) / slot.max(1.0)).ceil().max(1.0) as usize;
        if rows <= 4 || f <= 8.0 {
            return (rows, f);
        }
        f = (f * 0.9).max(8.0);
    }
}
