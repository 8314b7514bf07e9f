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
fn experiment_files() {
    bounded("experiment", 3_000);
}

#[test]
fn transaction_logs() {
    bounded("log", 500);
}

#[test]
fn worker_request_texts() {
    bounded("request", 1_500);
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

/// The generator's scenarios, among the first 300, use every mechanic,
/// every segment kind and every event kind, and meet range ends.
#[test]
fn the_generator_covers_every_mechanic_segment_and_event() {
    let corpus = Corpus::new();
    let mut seen = std::collections::BTreeSet::new();
    for n in 0..300 {
        let input = loyalty_fuzz::make_input("valid", &corpus, 2026, n, TEST_SIZE);
        let v: serde_json::Value = serde_json::from_slice(&input).expect("a scenario");
        if let Some(p) = v["programme"].as_object() {
            for (k, x) in p {
                let on = !(x.is_null() || x.as_array().is_some_and(|a| a.is_empty()));
                if on {
                    seen.insert(format!("programme.{k}"));
                }
            }
        }
        for e in v["events"].as_array().into_iter().flatten() {
            seen.insert(format!("event {}", e["kind"].as_str().unwrap_or("?")));
        }
        let text = input.iter().map(|&b| b as char).collect::<String>();
        for kind in [
            "everyone",
            "top_spenders",
            "new",
            "lapsing",
            "tier",
            "birthday",
        ] {
            if text.contains(&format!("\"kind\": \"{kind}\"")) {
                seen.insert(format!("segment {kind}"));
            }
        }
        if v["customers"]["occasions_per_year"] == 365.0 {
            seen.insert("occasions_per_year at its maximum".into());
        }
    }
    let mut every = loyalty_sim::Scenario::default();
    loyalty_lab::defaults::every_mechanic(&mut every);
    let programme = serde_json::to_value(every.programme).unwrap();
    let mut want: Vec<String> = programme
        .as_object()
        .unwrap()
        .keys()
        .map(|k| format!("programme.{k}"))
        .collect();
    for e in loyalty_lab::defaults::every_event(730) {
        want.push(format!("event {}", e.kind()));
    }
    for kind in [
        "everyone",
        "top_spenders",
        "new",
        "lapsing",
        "tier",
        "birthday",
    ] {
        want.push(format!("segment {kind}"));
    }
    want.push("occasions_per_year at its maximum".into());
    let missing: Vec<&String> = want.iter().filter(|w| !seen.contains(*w)).collect();
    assert!(missing.is_empty(), "never generated: {missing:?}");
}
