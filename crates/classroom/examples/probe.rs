//! Prints, for each lesson (or the lessons named on the command line), the
//! median margin of its claim, of each prediction option, the prediction
//! number and each "now try" change's median difference, over the five
//! seeds, with the time taken. A writing aid for lessons, not a test.

use loyalty_classroom::claim::median;
use loyalty_classroom::lesson::Prediction;
use loyalty_classroom::scenario::{apply, run_seeds};
use loyalty_classroom::{lessons, SEEDS};

fn main() {
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    for lesson in lessons().expect("lessons parse") {
        if !wanted.is_empty() && !wanted.contains(&lesson.id) {
            continue;
        }
        let t = std::time::Instant::now();
        let s = match lesson.scenario.scenario() {
            Ok(s) => s,
            Err(e) => {
                println!("{}: scenario invalid: {e:?}", lesson.id);
                continue;
            }
        };
        let reports = run_seeds(&s, &SEEDS).expect("runs");
        let v = lesson.claim.judge(&reports);
        println!(
            "{} ({:.1?} for 5 seeds): claim {v:?}",
            lesson.id,
            t.elapsed()
        );
        match &lesson.prediction {
            Prediction::Choice {
                options, answer, ..
            } => {
                for (i, o) in options.iter().enumerate() {
                    println!(
                        "  option {i} (answer {answer}): {:?}",
                        o.claim.judge(&reports)
                    );
                }
            }
            Prediction::Number {
                measure,
                answer,
                tolerance,
                ..
            } => {
                let per: Vec<f64> = reports
                    .iter()
                    .map(|r| measure.value(r).unwrap_or(f64::NAN))
                    .collect();
                println!(
                    "  number: median {:.4} {per:?} (answer {answer} +- {tolerance})",
                    median(per.clone())
                );
            }
        }
        for nt in &lesson.now_try {
            let changed = apply(&s, std::slice::from_ref(&nt.change)).expect("change valid");
            let r2 = run_seeds(&changed, &SEEDS).expect("runs");
            let d: Vec<f64> = reports
                .iter()
                .zip(&r2)
                .map(|(a, b)| {
                    nt.measure.value(b).unwrap_or(f64::NAN)
                        - nt.measure.value(a).unwrap_or(f64::NAN)
                })
                .collect();
            println!(
                "  now try {} = {}: median diff {:.4} {d:?} (expected {:?})",
                nt.change.path,
                nt.change.value,
                median(d.clone()),
                nt.direction
            );
        }
    }
}
