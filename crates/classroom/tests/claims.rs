//! The lessons' claims as tests: on the median of five seeds of each
//! lesson's scenario, its claim holds, the prediction's answer is the
//! option whose claim holds (or the measured number within tolerance),
//! and each "now try" change moves its measure the stated way.

use loyalty_classroom::claim::median;
use loyalty_classroom::lesson::{Direction, Lesson, Prediction};
use loyalty_classroom::scenario::{apply, run_seeds};
use loyalty_classroom::{lessons, SEEDS};
use loyalty_sim::Report;

fn check(l: &Lesson, reports: &[Report]) -> Vec<String> {
    let mut problems = Vec::new();
    let v = l.claim.judge(reports).expect("the claim reads the report");
    eprintln!("lesson {}: claim margin {:.4}", l.id, v.margin);
    if !v.holds {
        problems.push(format!(
            "lesson {}: the claim does not hold (median margin {})",
            l.id, v.margin
        ));
    }
    match &l.prediction {
        Prediction::Choice {
            options, answer, ..
        } => {
            for (i, o) in options.iter().enumerate() {
                let holds = o.claim.judge(reports).expect("option claim reads").holds;
                if holds != (i == *answer) {
                    problems.push(format!(
                        "lesson {}: option {i}'s claim {} but the answer is {answer}",
                        l.id,
                        if holds { "holds" } else { "fails" }
                    ));
                }
            }
        }
        Prediction::Number {
            measure,
            answer,
            tolerance,
            ..
        } => {
            let m = measure.median(reports).expect("measure reads");
            eprintln!(
                "lesson {}: number {m:.4} (answer {answer} +- {tolerance})",
                l.id
            );
            if (m - answer).abs() > tolerance / 2.0 {
                problems.push(format!(
                    "lesson {}: the measured median {m} is not within half the tolerance of the answer {answer}",
                    l.id
                ));
            }
        }
    }
    problems
}

fn now_try(l: &Lesson, reports: &[Report]) -> Vec<String> {
    let mut problems = Vec::new();
    let s = l.scenario.scenario().unwrap();
    for t in &l.now_try {
        let changed = apply(&s, std::slice::from_ref(&t.change)).unwrap();
        let after = run_seeds(&changed, &SEEDS).unwrap();
        let d: Vec<f64> = reports
            .iter()
            .zip(&after)
            .map(|(a, b)| t.measure.value(b).unwrap() - t.measure.value(a).unwrap())
            .collect();
        let m = median(d);
        eprintln!(
            "lesson {}: now try {}: median change {m:.4}",
            l.id, t.change.path
        );
        let ok = match t.direction {
            Direction::Up => m > 0.0,
            Direction::Down => m < 0.0,
        };
        if !ok {
            problems.push(format!(
                "lesson {}: now try {} = {} moves its measure by {m} (median), not {:?}",
                l.id, t.change.path, t.change.value, t.direction
            ));
        }
    }
    problems
}

#[test]
fn every_lesson_claim_prediction_and_now_try_holds_on_the_median_of_five_seeds() {
    let mut problems = Vec::new();
    for l in lessons().unwrap() {
        let s = l.scenario.scenario().unwrap();
        let reports = run_seeds(&s, &SEEDS).unwrap();
        problems.extend(check(&l, &reports));
        problems.extend(now_try(&l, &reports));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
