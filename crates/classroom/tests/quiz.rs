//! The quiz: complete in three languages, every question answerable with
//! the right number of right options, and scoring.

use loyalty_classroom::lessons;
use loyalty_classroom::quiz::{questions, score, score_all, Question};
use std::collections::HashSet;

fn all() -> Vec<Question> {
    questions().expect("data/quiz.json parses")
}

#[test]
fn the_quiz_has_the_source_texts_fourteen_multiple_choice_questions_in_order() {
    let qs = all();
    assert_eq!(qs.len(), 14);
    let ids: HashSet<_> = qs.iter().map(|q| q.id.clone()).collect();
    assert_eq!(ids.len(), qs.len(), "duplicate question ids");
    // In the source's order, from section "5. Testaa" (line 315) on.
    for w in qs.windows(2) {
        assert!(w[0].line < w[1].line, "{} before {}", w[0].id, w[1].id);
    }
    assert!(qs.iter().all(|q| q.line > 315 && q.line < 459));
}

#[test]
fn every_question_option_quote_and_explanation_is_in_three_languages() {
    for q in all() {
        let mut texts = vec![
            ("question", &q.question),
            ("support.quote", &q.support.quote),
            ("why", &q.why),
        ];
        if let Some(n) = &q.note {
            texts.push(("note", n));
        }
        for o in &q.options {
            texts.push(("option", &o.text));
        }
        for (name, t) in texts {
            // An option may be the same word in two languages (never all three empty).
            let problem = t.problem();
            if let Some(p) = problem {
                assert!(
                    name == "option" && !p.contains("empty"),
                    "question {}: {name}: {p}",
                    q.id
                );
            }
        }
        assert!(q.support.line > 0, "question {}: no supporting line", q.id);
    }
}

#[test]
fn every_question_is_answerable_with_the_right_number_of_right_options() {
    let lesson_ids: HashSet<_> = lessons().unwrap().into_iter().map(|l| l.id).collect();
    for q in all() {
        assert!(
            q.options.len() >= 2,
            "question {}: {} options",
            q.id,
            q.options.len()
        );
        assert!(!q.correct.is_empty(), "question {}: no right option", q.id);
        let set: HashSet<_> = q.correct.iter().collect();
        assert_eq!(
            set.len(),
            q.correct.len(),
            "question {}: a right option twice",
            q.id
        );
        assert!(
            q.correct.iter().all(|&i| i < q.options.len()),
            "question {}",
            q.id
        );
        if q.multiple {
            assert!(
                q.correct.len() >= 2,
                "question {}: marked multiple with one answer",
                q.id
            );
        } else {
            assert_eq!(
                q.correct.len(),
                1,
                "question {}: single answer with {}",
                q.id,
                q.correct.len()
            );
        }
        let labels: HashSet<_> = q.options.iter().map(|o| o.label.clone()).collect();
        assert_eq!(
            labels.len(),
            q.options.len(),
            "question {}: labels repeat",
            q.id
        );
        assert!(
            lesson_ids.contains(&q.lesson),
            "question {}: no lesson {}",
            q.id,
            q.lesson
        );
        // The right answer scores 1.
        assert_eq!(score(&q, &q.correct), 1.0, "question {}", q.id);
    }
    // Three of the source's questions allow several answers.
    let multiple: Vec<_> = all()
        .into_iter()
        .filter(|q| q.multiple)
        .map(|q| q.id)
        .collect();
    assert_eq!(multiple, ["q02", "q04", "q08"]);
}

#[test]
fn scoring_all_right_all_wrong_and_partial() {
    let qs = all();
    let right: Vec<Vec<usize>> = qs.iter().map(|q| q.correct.clone()).collect();
    assert_eq!(score_all(&qs, &right), 1.0);
    let wrong: Vec<Vec<usize>> = qs
        .iter()
        .map(|q| {
            (0..q.options.len())
                .filter(|i| !q.correct.contains(i))
                .collect()
        })
        .collect();
    assert_eq!(score_all(&qs, &wrong), 0.0);
    assert_eq!(score_all(&qs, &[]), 0.0, "no answers score 0");

    let q02 = qs.iter().find(|q| q.id == "q02").unwrap(); // right: c, d, e
    assert_eq!(q02.correct, [2, 3, 4]);
    assert!(
        (score(q02, &[2, 3]) - 2.0 / 3.0).abs() < 1e-12,
        "two of three"
    );
    assert!(
        (score(q02, &[2, 3, 0]) - 1.0 / 3.0).abs() < 1e-12,
        "two right, one wrong"
    );
    assert_eq!(score(q02, &[0, 1, 2, 3, 4, 5]), 0.0, "ticking every box");
    assert_eq!(
        score(q02, &[2, 2, 2]),
        1.0 / 3.0,
        "a repeated pick counts once"
    );
    assert_eq!(score(q02, &[]), 0.0);
    assert_eq!(
        score(q02, &[2, 3, 4, 99]),
        2.0 / 3.0,
        "an index out of range is a wrong pick"
    );

    let q01 = &qs[0]; // single answer: a
    assert_eq!(score(q01, &[0]), 1.0);
    assert_eq!(score(q01, &[1]), 0.0);
    assert_eq!(
        score(q01, &[0, 1]),
        0.0,
        "two picks on a single-answer question"
    );
    let half: Vec<Vec<usize>> = qs
        .iter()
        .enumerate()
        .map(|(i, q)| {
            if i % 2 == 0 {
                q.correct.clone()
            } else {
                vec![]
            }
        })
        .collect();
    assert_eq!(score_all(&qs, &half), 0.5);
}
