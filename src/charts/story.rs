//! The charts of one customer's story (`loyalty_sim::story::Story`): both
//! lives on the report's month axis, the programme solid and the twin
//! dashed, with the scenario's events and the day the customer left marked.
//!
//! Invariant: month `m` of a life (0-based, as the core counts a story's
//! months) is month `m + 1` of the report, so a story's charts and the
//! overview's share one time axis.

use super::*;
use crate::i18n::Lang;
use crate::text::follow::charts as ft;
use loyalty_sim::story::{Life, LifeMonth, Rung, Story};
use loyalty_sim::Leaving;

/// The charts of a story, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoryChart {
    /// Occasions bought here and elsewhere each month.
    Occasions,
    /// Satisfaction and expectation.
    Satisfaction,
    /// Positive and negative affect.
    Affect,
    /// The five commitments.
    Commitments,
    /// Resentment and likelihood to recommend.
    Resentment,
    /// Points balance and tier (the programme run only).
    Points,
    /// The seven-emotion scale.
    Emotions,
    /// The loyalty ladder's rung.
    Ladder,
}

impl StoryChart {
    /// Every story chart, in display order.
    pub const ALL: [StoryChart; 8] = [
        StoryChart::Occasions,
        StoryChart::Satisfaction,
        StoryChart::Affect,
        StoryChart::Commitments,
        StoryChart::Resentment,
        StoryChart::Points,
        StoryChart::Emotions,
        StoryChart::Ladder,
    ];

    /// A stable kebab-case name for file names and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            StoryChart::Occasions => "story-occasions",
            StoryChart::Satisfaction => "story-satisfaction",
            StoryChart::Affect => "story-affect",
            StoryChart::Commitments => "story-commitments",
            StoryChart::Resentment => "story-resentment",
            StoryChart::Points => "story-points",
            StoryChart::Emotions => "story-emotions",
            StoryChart::Ladder => "story-ladder",
        }
    }

    /// The chart's one-line accessible description.
    pub fn description(self, l: Lang) -> &'static str {
        match self {
            StoryChart::Occasions => ft::OCCASIONS_DESC,
            StoryChart::Satisfaction => ft::SATISFACTION_DESC,
            StoryChart::Affect => ft::AFFECT_DESC,
            StoryChart::Commitments => ft::COMMITMENTS_DESC,
            StoryChart::Resentment => ft::RESENTMENT_DESC,
            StoryChart::Points => ft::POINTS_DESC,
            StoryChart::Emotions => ft::EMOTIONS_DESC,
            StoryChart::Ladder => ft::LADDER_DESC,
        }
        .get(l)
    }

    fn caption(self, l: Lang) -> &'static str {
        match self {
            StoryChart::Occasions => ft::OCCASIONS_CAPTION,
            StoryChart::Satisfaction => ft::SATISFACTION_CAPTION,
            StoryChart::Affect => ft::AFFECT_CAPTION,
            StoryChart::Commitments => ft::COMMITMENTS_CAPTION,
            StoryChart::Resentment => ft::RESENTMENT_CAPTION,
            StoryChart::Points => ft::POINTS_CAPTION,
            StoryChart::Emotions => ft::EMOTIONS_CAPTION,
            StoryChart::Ladder => ft::LADDER_CAPTION,
        }
        .get(l)
    }
}

/// One measure of a life by month, on the report's month axis (a life's
/// month `m` is at `m + 1`); numbers that are not finite are drawn as 0.
pub fn life_series(life: &Life, f: &dyn Fn(&LifeMonth) -> f64) -> Vec<(f64, f64)> {
    life.months
        .iter()
        .map(|m| (m.month as f64 + 1.0, fin(f(m))))
        .collect()
}

/// Where the day `day` is on the month axis of `r` (the fraction of its
/// month gone by); `None` outside the report's months.
pub fn departure_x(r: &Report, day: u32) -> Option<f64> {
    day_x(r, day)
}

/// The height of a rung on the ladder chart: 0 none, 1 satisfaction, 2
/// brand loyalty, 3 partnership.
fn rung_y(m: &LifeMonth) -> f64 {
    match m.rung {
        None => 0.0,
        Some(Rung::Satisfaction) => 1.0,
        Some(Rung::BrandLoyalty) => 2.0,
        Some(Rung::Partnership) => 3.0,
    }
}

/// Draws `chart` of `story` on `area`, on the month axis of `report` (the
/// run the story was followed in). Fills the area white first and presents
/// it at the end; never panics on an empty story.
pub fn draw_story<DB: DrawingBackend>(
    chart: StoryChart,
    story: &Story,
    report: &Report,
    text: &ChartText,
    area: &DrawingArea<DB, Shift>,
) -> Result<(), String> {
    draw_story_at(chart, story, report, text, area, 1.0)
}

/// [`draw_story`] on an area of device pixels shown at `dpr` device pixels
/// per CSS pixel (texts keep their size in CSS pixels, as [`draw_at`]).
pub fn draw_story_at<DB: DrawingBackend>(
    chart: StoryChart,
    story: &Story,
    report: &Report,
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
    let caption = chart.caption(text.lang);
    let empty = story.programme.months.is_empty() && story.twin.months.is_empty();
    let built = if empty || report.monthly.is_empty() {
        Built::Note(text.no_data)
    } else {
        build_story(chart, story, report, text)
    };
    match built {
        Built::Note(note) => draw_note(area, caption, note, &sz)?,
        Built::Plot(plot) => render(&plot, caption, text, area, &sz)?,
    }
    area.present().map_err(|e| e.to_string())
}

type Of = fn(&LifeMonth) -> f64;

fn build_story(chart: StoryChart, s: &Story, r: &Report, t: &ChartText) -> Built {
    let l = t.lang;
    let axis = || month_axis(r, t);
    let mut p = match chart {
        StoryChart::Occasions => {
            let mut p = Plot::new(axis(), ft::AXIS_OCCASIONS.get(l));
            p.bounds = (0.0, f64::INFINITY);
            pair(&mut p, s, t, ft::HERE.get(l), OI_BLUE, false, |m| {
                m.occasions_here as f64
            });
            pair(&mut p, s, t, ft::ELSEWHERE.get(l), OI_ORANGE, false, |m| {
                m.occasions_elsewhere as f64
            });
            p
        }
        StoryChart::Satisfaction => {
            let mut p = Plot::new(axis(), ft::AXIS_SCORE.get(l));
            pair(&mut p, s, t, ft::SATISFACTION.get(l), OI_BLUE, false, |m| {
                m.satisfaction
            });
            pair(
                &mut p,
                s,
                t,
                ft::EXPECTATION.get(l),
                OI_ORANGE,
                false,
                |m| m.expectation,
            );
            p
        }
        StoryChart::Affect => {
            let mut p = Plot::new(axis(), ft::AXIS_AFFECT.get(l));
            p.bounds = (0.0, f64::INFINITY);
            pair(&mut p, s, t, ft::POSITIVE.get(l), OI_GREEN, false, |m| {
                m.positive_affect
            });
            pair(
                &mut p,
                s,
                t,
                ft::NEGATIVE.get(l),
                OI_VERMILLION,
                false,
                |m| m.negative_affect,
            );
            p
        }
        StoryChart::Commitments => commitments_plot(s, r, t),
        StoryChart::Resentment => {
            let mut p = Plot::new(axis(), ft::AXIS_RESENTMENT.get(l));
            p.bounds = (0.0, f64::INFINITY);
            p.y2_desc = Some(ft::AXIS_RECOMMEND.get(l).into());
            p.bounds2 = (0.0, 10.0);
            p.full2 = true;
            pair(
                &mut p,
                s,
                t,
                ft::RESENTMENT.get(l),
                OI_VERMILLION,
                false,
                |m| m.resentment,
            );
            pair(&mut p, s, t, ft::RECOMMEND.get(l), OI_BLUE, true, |m| {
                m.recommend as f64
            });
            p
        }
        StoryChart::Points => match points_plot(s, r, t) {
            Some(p) => p,
            None => return Built::Note(ft::NO_POINTS.get(l)),
        },
        StoryChart::Emotions => emotions_plot(s, r, t),
        StoryChart::Ladder => ladder_plot(s, r, t),
    };
    p.events = event_lines(r, t);
    p.events.extend(departures(s, r, t));
    Built::Plot(Box::new(p))
}

/// A measure of both lives: the programme solid, the twin dashed (a life
/// with no months is left out).
fn pair(p: &mut Plot, s: &Story, t: &ChartText, name: &str, color: RGBColor, right: bool, f: Of) {
    for (life, dashed) in [(&s.programme, false), (&s.twin, true)] {
        line(p, life, t, name, color, right, dashed, f);
    }
}

#[allow(clippy::too_many_arguments)]
fn line(
    p: &mut Plot,
    life: &Life,
    t: &ChartText,
    name: &str,
    color: RGBColor,
    right: bool,
    dashed: bool,
    f: Of,
) {
    if life.months.is_empty() {
        return;
    }
    p.lines.push(Line {
        pts: life_series(life, &f),
        color,
        dashed,
        right,
        fill: false,
        markers: life.months.len() <= 3,
    });
    let pattern = if dashed {
        t.twin_pattern
    } else {
        t.programme_pattern
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

fn commitments_plot(s: &Story, r: &Report, t: &ChartText) -> Plot {
    let mut p = Plot::new(month_axis(r, t), t.axis_commitment);
    p.bounds = (0.0, 1.0);
    p.legend_cols = 2;
    let items: [(&str, RGBColor, Of); 5] = [
        (t.commitment_affective, OI_GREEN, |m| {
            m.commitments.affective
        }),
        (t.commitment_normative, OI_PURPLE, |m| {
            m.commitments.normative
        }),
        (t.commitment_economic, OI_ORANGE, |m| m.commitments.economic),
        (t.commitment_forced, OI_VERMILLION, |m| m.commitments.forced),
        (t.commitment_habitual, OI_BLUE, |m| m.commitments.habitual),
    ];
    for (name, color, f) in items {
        pair(&mut p, s, t, name, color, false, f);
    }
    p
}

/// Points and tier with the programme; `None` when the customer had
/// neither (the twin has no programme, so no points).
fn points_plot(s: &Story, r: &Report, t: &ChartText) -> Option<Plot> {
    let l = t.lang;
    let life = &s.programme;
    if life.months.iter().all(|m| m.points == 0 && m.tier == 0) {
        return None;
    }
    let mut p = Plot::new(month_axis(r, t), ft::AXIS_POINTS.get(l));
    p.bounds = (0.0, f64::INFINITY);
    p.y2_desc = Some(ft::AXIS_TIER.get(l).into());
    let top = life.months.iter().map(|m| m.tier).max().unwrap_or(0);
    p.bounds2 = (0.0, (top as f64 + 1.0).max(2.0));
    p.full2 = true;
    line(
        &mut p,
        life,
        t,
        ft::POINTS.get(l),
        OI_BLUE,
        false,
        false,
        |m| m.points as f64,
    );
    line(
        &mut p,
        life,
        t,
        ft::TIER.get(l),
        OI_ORANGE,
        true,
        false,
        |m| m.tier as f64,
    );
    Some(p)
}

fn emotions_plot(s: &Story, r: &Report, t: &ChartText) -> Plot {
    let l = t.lang;
    let mut p = Plot::new(month_axis(r, t), ft::AXIS_EMOTION.get(l));
    p.bounds = (0.0, 1.0);
    p.legend_cols = 2;
    let both: [(&str, RGBColor, Of); 3] = [
        (ft::HAPPINESS.get(l), OI_GREEN, |m| m.emotions.happiness),
        (ft::PLEASANT_SURPRISE.get(l), OI_SKY, |m| {
            m.emotions.pleasant_surprise
        }),
        (ft::ANGER.get(l), OI_VERMILLION, |m| m.emotions.anger),
    ];
    for (name, color, f) in both {
        pair(&mut p, s, t, name, color, false, f);
    }
    // The twin has no programme: no hope of a reward, no tier to lose.
    line(
        &mut p,
        &s.programme,
        t,
        ft::HOPE.get(l),
        OI_BLUE,
        false,
        false,
        |m| m.emotions.hope,
    );
    line(
        &mut p,
        &s.programme,
        t,
        ft::HUMILIATION.get(l),
        OI_PURPLE,
        false,
        false,
        |m| m.emotions.humiliation,
    );
    p.legend.push(Entry {
        label: ft::NO_CAUSE.get(l).into(),
        glyph: Glyph::Note,
    });
    p
}

/// The rung as steps over each month; the programme drawn a little above
/// the rung and the twin a little below, so both show where they agree.
fn ladder_plot(s: &Story, r: &Report, t: &ChartText) -> Plot {
    let l = t.lang;
    let mut p = Plot::new(month_axis(r, t), ft::AXIS_RUNG.get(l));
    p.bounds = (-0.45, 3.45);
    p.full = true;
    p.y_names = [
        ft::RUNG_NONE,
        ft::RUNG_SATISFACTION,
        ft::RUNG_BRAND_LOYALTY,
        ft::RUNG_PARTNERSHIP,
    ]
    .iter()
    .map(|n| n.get(l).to_string())
    .collect();
    for (life, dashed, dy) in [(&s.programme, false, 0.06), (&s.twin, true, -0.06)] {
        if life.months.is_empty() {
            continue;
        }
        let pts = life
            .months
            .iter()
            .flat_map(|m| {
                let (x, y) = (m.month as f64 + 1.0, rung_y(m) + dy);
                [(x - 0.5, y), (x + 0.5, y)]
            })
            .collect();
        p.lines.push(Line {
            pts,
            color: OI_BLUE,
            dashed,
            right: false,
            fill: false,
            markers: false,
        });
        p.legend.push(Entry {
            label: if dashed { t.twin } else { t.programme }.into(),
            glyph: Glyph::Line {
                color: OI_BLUE,
                dashed,
                marker: false,
            },
        });
    }
    p
}

/// The day each life ended, as marks on the month axis.
fn departures(s: &Story, r: &Report, t: &ChartText) -> Vec<EventLine> {
    let l = t.lang;
    [(&s.programme, true), (&s.twin, false)]
        .into_iter()
        .filter_map(|(life, programme)| {
            let left = life.left?;
            let what = match left.why {
                Leaving::Defected => ft::DEFECTED.get(l),
                Leaving::MovedAway => ft::MOVED_AWAY.get(l),
            };
            let pattern = if programme {
                t.programme_pattern
            } else {
                t.twin_pattern
            };
            Some(EventLine {
                x: day_x(r, left.day)?,
                label: pattern.replace("{}", what),
                programme,
            })
        })
        .collect()
}
