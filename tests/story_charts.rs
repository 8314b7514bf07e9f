//! The charts of one customer's story (`charts::StoryChart`): their series
//! are the lives' months on the report's month axis, the day a life ended
//! sits in its month, and every story chart draws (SVG) in every language,
//! with the departure marked and the ladder's rungs named.

use loyalty_lab::chart_text;
use loyalty_lab::charts::{departure_x, draw_story, life_series, StoryChart};
use loyalty_lab::i18n::Lang;
use loyalty_lab::text::follow::charts as ft;
use loyalty_sim::story::{follow, pick, Kind, Story};
use loyalty_sim::{Report, Scenario};
use plotters::prelude::*;

fn example(name: &str, customers: u32, days: u32) -> Scenario {
    let (_, mut s) = loyalty_lab::examples::all()
        .into_iter()
        .find(|(n, _)| n.en.contains(name))
        .expect("the example");
    s.simulation.customers = customers;
    s.simulation.days = days;
    s
}

fn svg(chart: StoryChart, story: &Story, r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (960, 540)).into_drawing_area();
        draw_story(chart, story, r, chart_text::of(lang), &area)
            .unwrap_or_else(|e| panic!("{chart:?}: {e}"));
    }
    out
}

/// The text as the SVG writes it (`'` as `&apos;` and so on).
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

#[test]
fn a_lifes_series_are_its_months_on_the_reports_axis() {
    let s = example("Default", 200, 400);
    let r = loyalty_sim::run(&s).unwrap();
    let story = follow(&s, 17).unwrap();
    for life in [&story.programme, &story.twin] {
        let pts = life_series(life, &|m| m.satisfaction);
        assert_eq!(pts.len(), life.months.len());
        for (p, m) in pts.iter().zip(&life.months) {
            assert_eq!(p.0, (m.month + 1) as f64);
            assert_eq!(p.1, m.satisfaction);
            // The report's month of that number ends on the same day.
            assert!(r.monthly.iter().any(|row| row.month == m.month + 1));
        }
    }
    // A day sits inside its month on the axis: month m spans m - 0.5 to m + 0.5.
    for row in &r.monthly {
        for day in [row.first_day, row.first_day + row.days - 1] {
            let x = departure_x(&r, day).unwrap();
            assert!(
                x >= row.month as f64 - 0.5 && x < row.month as f64 + 0.5,
                "{day}: {x}"
            );
        }
    }
    assert_eq!(departure_x(&r, 10_000), None);
}

#[test]
fn every_story_chart_draws_in_every_language_with_the_departure_marked() {
    let s = example("Deregulated", 300, 540);
    let r = loyalty_sim::run(&s).unwrap();
    let mut drawn = 0;
    for kind in [Kind::LeftAfterDeregulation, Kind::Hostage, Kind::Loyalist] {
        let id = pick(&s, kind, 0).unwrap().expect("one of the kind");
        let story = follow(&s, id).unwrap();
        for lang in Lang::ALL {
            let t = chart_text::of(lang);
            for chart in StoryChart::ALL {
                let out = svg(chart, &story, &r, lang);
                assert!(out.contains("<text"), "{chart:?} drew no text");
                assert!(!chart.description(lang).is_empty());
                if chart == StoryChart::Points {
                    // A note when the customer never had a point or a tier.
                    let none = story
                        .programme
                        .months
                        .iter()
                        .all(|m| m.points == 0 && m.tier == 0);
                    assert_eq!(out.contains(&escaped(ft::NO_POINTS.get(lang))), none);
                    if none {
                        continue;
                    }
                }
                drawn += 1;
                let left = t.programme_pattern.replace("{}", ft::DEFECTED.get(lang));
                assert_eq!(
                    out.contains(&escaped(&left)),
                    kind == Kind::LeftAfterDeregulation,
                    "{kind:?} {chart:?} {lang:?}: the departure's mark"
                );
                assert!(out.contains(&escaped(t.event_deregulation)), "the event");
            }
            let ladder = svg(StoryChart::Ladder, &story, &r, lang);
            for rung in [
                ft::RUNG_NONE,
                ft::RUNG_SATISFACTION,
                ft::RUNG_BRAND_LOYALTY,
                ft::RUNG_PARTNERSHIP,
            ] {
                assert!(
                    ladder.contains(&escaped(rung.get(lang))),
                    "{lang:?}: {rung:?}"
                );
            }
        }
    }
    assert!(drawn >= 3 * 3 * 7, "{drawn}");
}

#[test]
fn a_members_points_and_tier_are_drawn_and_an_empty_story_is_a_note() {
    let s = example("tiers", 400, 730);
    let r = loyalty_sim::run(&s).unwrap();
    let id = pick(&s, Kind::Demoted, 0)
        .unwrap()
        .expect("a demoted member");
    let story = follow(&s, id).unwrap();
    let t = chart_text::of(Lang::En);
    let points = svg(StoryChart::Points, &story, &r, Lang::En);
    assert!(points.contains(&escaped(&t.programme_pattern.replace("{}", ft::TIER.en))));
    assert!(!points.contains(&escaped(ft::NO_POINTS.en)));
    let emotions = svg(StoryChart::Emotions, &story, &r, Lang::En);
    assert!(
        emotions.contains(&escaped(ft::NO_CAUSE.en)),
        "depression and guilt"
    );
    let nobody = follow(&s, 1 << 30).unwrap();
    for chart in StoryChart::ALL {
        assert!(svg(chart, &nobody, &r, Lang::En).contains(t.no_data));
    }
}
