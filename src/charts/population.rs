//! The overview's population charts of the loyalty ladder and the
//! seven-emotion scale (`MonthStats::ladder`, `MonthStats::emotions`).

use super::*;
use crate::text::follow::charts as ft;

pub(super) fn ladder(r: &Report, t: &ChartText) -> Built {
    let l = t.lang;
    let items: [(&str, RGBColor, Getter); 4] = [
        (ft::RUNG_SATISFACTION.get(l), OI_SKY, |s| {
            100.0 * s.ladder.satisfaction
        }),
        (ft::RUNG_BRAND_LOYALTY.get(l), OI_BLUE, |s| {
            100.0 * s.ladder.brand_loyalty
        }),
        (ft::RUNG_PARTNERSHIP.get(l), OI_GREEN, |s| {
            100.0 * s.ladder.partnership
        }),
        (ft::RUNG_NONE_LONG.get(l), OI_VERMILLION, |s| {
            100.0 * s.ladder.none
        }),
    ];
    shares_plot(r, t, ft::AXIS_SHARE_ACTIVE.get(l), &items, (0.0, 100.0))
}

pub(super) fn emotions(r: &Report, t: &ChartText) -> Built {
    let l = t.lang;
    let mut p = Plot::new(month_axis(r, t), ft::AXIS_MEAN_EMOTION.get(l));
    p.bounds = (0.0, 1.0);
    p.legend_cols = 2;
    let both: [(&str, RGBColor, Getter); 3] = [
        (ft::HAPPINESS.get(l), OI_GREEN, |s| s.emotions.happiness),
        (ft::PLEASANT_SURPRISE.get(l), OI_SKY, |s| {
            s.emotions.pleasant_surprise
        }),
        (ft::ANGER.get(l), OI_VERMILLION, |s| s.emotions.anger),
    ];
    for (name, color, f) in both {
        add_pair(&mut p, r, t, name, color, false, &f);
    }
    // The twin has no programme: no hope, no humiliation to draw.
    let programme_only: [(&str, RGBColor, Getter); 2] = [
        (ft::HOPE.get(l), OI_BLUE, |s| s.emotions.hope),
        (ft::HUMILIATION.get(l), OI_PURPLE, |s| {
            s.emotions.humiliation
        }),
    ];
    for (name, color, f) in programme_only {
        p.lines.push(Line {
            pts: series(r, true, &f),
            color,
            dashed: false,
            right: false,
            fill: false,
            markers: markers_for(r),
        });
        p.legend.push(Entry {
            label: t.programme_pattern.replace("{}", name),
            glyph: Glyph::Line {
                color,
                dashed: false,
                marker: false,
            },
        });
    }
    p.legend.push(Entry {
        label: ft::NO_CAUSE.get(l).into(),
        glyph: Glyph::Note,
    });
    Built::Plot(Box::new(p))
}
