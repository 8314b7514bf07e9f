//! Every lesson parses, is complete in the three languages, opens a valid
//! scenario, names existing lessons, concepts and charts, and round-trips
//! through its link.

use loyalty_classroom::glossary::terms;
use loyalty_classroom::lesson::{Prediction, CHART_SLUGS, LESSON_FILES};
use loyalty_classroom::link::{self, LessonLink, LinkError};
use loyalty_classroom::{lesson, lessons, Lang};
use std::collections::HashSet;

#[test]
fn there_are_at_least_twelve_lessons_with_unique_ids_matching_their_files() {
    let all = lessons().expect("every lesson file parses");
    assert!(all.len() >= 12, "{} lessons", all.len());
    let mut seen = HashSet::new();
    for (l, (file, _)) in all.iter().zip(LESSON_FILES) {
        assert_eq!(&l.id, file, "lessons/{file}.json has id {}", l.id);
        assert!(seen.insert(l.id.clone()), "duplicate id {}", l.id);
    }
}

#[test]
fn every_text_of_every_lesson_is_in_all_three_languages() {
    for l in lessons().unwrap() {
        for (name, text) in l.texts() {
            if let Some(p) = text.problem() {
                panic!("lesson {}: {name}: {p}", l.id);
            }
        }
    }
}

#[test]
fn related_lessons_concepts_and_charts_exist() {
    let all = lessons().unwrap();
    let ids: HashSet<_> = all.iter().map(|l| l.id.clone()).collect();
    let glossary: HashSet<_> = terms().unwrap().into_iter().map(|t| t.id).collect();
    for l in &all {
        assert!(
            !l.related.is_empty(),
            "lesson {} has no related lessons",
            l.id
        );
        for r in &l.related {
            assert!(
                ids.contains(r),
                "lesson {}: related lesson {r} does not exist",
                l.id
            );
            assert_ne!(r, &l.id, "lesson {} is related to itself", l.id);
        }
        assert!(!l.concepts.is_empty(), "lesson {} names no concept", l.id);
        for c in &l.concepts {
            assert!(
                glossary.contains(c),
                "lesson {}: concept {c} is not in the glossary",
                l.id
            );
        }
        assert!(
            CHART_SLUGS.contains(&l.reveal.chart.as_str()),
            "lesson {}: no chart \"{}\"",
            l.id,
            l.reveal.chart
        );
    }
}

#[test]
fn every_scenario_validates_and_every_now_try_change_applies() {
    for l in lessons().unwrap() {
        let s = l
            .scenario
            .scenario()
            .unwrap_or_else(|e| panic!("lesson {}: {e:?}", l.id));
        // Small enough to run in about a second (in an optimised build).
        let work = s.simulation.customers as u64 * s.simulation.days as u64;
        assert!(work <= 3_000_000, "lesson {}: {work} customer-days", l.id);
        assert!(
            (1..=2).contains(&l.now_try.len()),
            "lesson {}: {} now-try changes",
            l.id,
            l.now_try.len()
        );
        for t in &l.now_try {
            loyalty_classroom::scenario::apply(&s, std::slice::from_ref(&t.change))
                .unwrap_or_else(|e| panic!("lesson {}: now try {}: {e:?}", l.id, t.change.path));
        }
    }
}

#[test]
fn every_prediction_can_be_answered() {
    for l in lessons().unwrap() {
        match &l.prediction {
            Prediction::Choice {
                options, answer, ..
            } => {
                assert!(
                    (2..=4).contains(&options.len()),
                    "lesson {}: {} options",
                    l.id,
                    options.len()
                );
                assert!(*answer < options.len(), "lesson {}: answer {answer}", l.id);
                assert!(l.prediction.is_right_choice(*answer));
                assert!(!l.prediction.is_right_choice((*answer + 1) % options.len()));
            }
            Prediction::Number {
                answer, tolerance, ..
            } => {
                assert!(*tolerance > 0.0 && tolerance.is_finite(), "lesson {}", l.id);
                assert!(l.prediction.is_right_number(*answer + tolerance * 0.99));
                assert!(!l.prediction.is_right_number(*answer + tolerance * 1.01));
            }
        }
    }
}

/// The view shows a choice's options in the data's order, so the data
/// itself puts the right answer in different places: a student cannot
/// learn that "the first one is right".
#[test]
fn the_right_answers_do_not_all_sit_at_the_same_place() {
    let mut at = std::collections::BTreeMap::new();
    for l in lessons().unwrap() {
        if let Prediction::Choice { answer, .. } = &l.prediction {
            *at.entry(*answer).or_insert(0) += 1;
        }
    }
    let choices: usize = at.values().sum();
    assert!(choices >= 8, "{choices} choice lessons");
    let most = at.values().max().copied().unwrap_or(0);
    assert!(
        at.len() >= 2 && most * 3 <= choices * 2,
        "the right answers' places: {at:?} (at most two thirds at one place)"
    );
}

#[test]
fn a_lesson_link_round_trips_with_its_language_and_scenario() {
    for l in lessons().unwrap() {
        for lang in Lang::ALL {
            let link = LessonLink {
                lesson: l.id.clone(),
                lang,
            };
            let text = link::print(&link);
            assert_eq!(text, format!("lesson={}&lang={}", l.id, lang.code()));
            let back = link::parse(&text).unwrap();
            assert_eq!(back, link);
            let opened = lesson(&back.lesson).expect("the link's lesson exists");
            assert_eq!(opened.scenario.scenario(), l.scenario.scenario());
            // From an address's query or fragment, with other parameters.
            assert_eq!(link::parse(&format!("#x=1&{text}")).unwrap(), link);
        }
    }
}

#[test]
fn bad_lesson_links_are_refused_by_name() {
    assert_eq!(link::parse("lang=fi"), Err(LinkError::NoLesson));
    assert_eq!(
        link::parse("lesson=Red Cube&lang=fi"),
        Err(LinkError::BadLesson("Red Cube".into()))
    );
    assert_eq!(
        link::parse("lesson=&lang=fi"),
        Err(LinkError::BadLesson(String::new()))
    );
    assert_eq!(
        link::parse("lesson=nps&lang=de"),
        Err(LinkError::BadLang("de".into()))
    );
    // A link names a language by its code alone, as `print` writes it
    // (a browser's tag such as `fi-FI` is for `Lang::from_code`).
    assert_eq!(
        link::parse("lesson=nps&lang=fi-FI"),
        Err(LinkError::BadLang("fi-FI".into()))
    );
    assert_eq!(Lang::from_code("fi-FI"), Some(Lang::Fi));
    assert_eq!(
        link::parse("lesson=nps&lang=LB").map(|l| l.lang),
        Ok(Lang::Lb)
    );
    assert_eq!(
        link::parse("lesson=nps"),
        Ok(LessonLink {
            lesson: "nps".into(),
            lang: Lang::En
        })
    );
}
