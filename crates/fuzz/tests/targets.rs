//! Each fuzz target for a bounded number of inputs (a few seconds each), and
//! every kept regression case.

use loyalty_fuzz::{check_caught, run, Corpus, Outcome, TEST_SIZE};

fn bounded(target: &str, iterations: u64) {
    let t = run(target, 2026, iterations, TEST_SIZE);
    assert!(
        t.failures.is_empty(),
        "{target}: {} failures, the first: {:?}",
        t.failures.len(),
        t.failures
            .first()
            .map(|(n, why, input)| (n, why, String::from_utf8_lossy(input)))
    );
    assert_eq!(t.tried, iterations);
    // The inputs reach past the front door: some are accepted.
    assert!(t.accepted > 0, "{target}: nothing accepted ({t:?})");
    if target == "valid" {
        assert_eq!(t.refused, 0, "the generator makes only valid scenarios");
    }
}

#[test]
fn link_decoder() {
    bounded("link", 20_000);
}

#[test]
fn scenario_parser_and_validator() {
    bounded("scenario", 20_000);
}

#[test]
fn worker_part_bytes() {
    bounded("protocol", 3_000);
}

#[test]
fn every_valid_scenario_runs_finite_and_adds_up() {
    bounded("valid", 40);
}

#[test]
fn kept_regression_cases_pass() {
    let corpus = Corpus::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/regressions");
    let mut n = 0;
    for target in loyalty_fuzz::TARGETS {
        let Ok(entries) = std::fs::read_dir(format!("{dir}/{target}")) else {
            continue;
        };
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let input = std::fs::read(e.path()).expect("readable");
            n += 1;
            if let Outcome::Failed(why, _) = check_caught(target, &corpus, &input) {
                panic!("{}: {why}", e.path().display());
            }
        }
    }
    assert!(n > 0, "there are kept cases");
}
