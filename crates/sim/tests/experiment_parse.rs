//! Experiment files that do not parse: every problem is coded
//! (`ErrorCode::Experiment` or `ErrorCode::Parse`, never a bare English
//! `Message`), and its English, which the CLI prints, is the sentence the
//! reader wrote before codes came in, byte for byte.

use loyalty_sim::experiment::Experiment;
use loyalty_sim::{ErrorCode, Scenario};

/// A sweep of the default scenario with `change` applied to its text.
fn sweep(change: impl Fn(String) -> String) -> String {
    let s = Scenario::default().to_json_pretty();
    change(format!(
        r#"{{"kind": "sweep", "seeds": 2, "scenario": {s}, "parameters": [{{"path": "programme.points.earn_rate", "values": [0.1]}}]}}"#
    ))
}

/// Each bad file, with the problems' text as the reader wrote them.
#[rustfmt::skip]
fn cases() -> Vec<(String, Vec<&'static str>)> {
    vec![
        ("[1, 2]".into(), vec![
            "experiment: must be a JSON object ({ ... }); see experiments/*.json for examples",
        ]),
        ("{\"kind\": ".into(), vec![
            "experiment: is not valid JSON: EOF while parsing a value at line 1 column 9",
        ]),
        ("{\"seeds\": 2}".into(), vec![
            "kind: is required: one of monte_carlo, compare, sweep, tornado",
        ]),
        ("{\"kind\": \"sweeep\", \"seeds\": 2}".into(), vec![
            "kind: must be one of monte_carlo, compare, sweep, tornado (got \"sweeep\")",
        ]),
        ("{\"kind\": 3, \"seeds\": 2}".into(), vec![
            "kind: must be one of monte_carlo, compare, sweep, tornado (got \"\")",
        ]),
        (sweep(|t| t.replacen('{', "{\"seed\": 3, ", 1)), vec![
            "seed: is not a field of a sweep experiment (its fields: name, scenario, seeds, first_seed, kind, parameters, kpi, goal, constraints)",
        ]),
        (sweep(|t| t.replace("\"path\"", "\"pathh\"")), vec![
            "parameters[0].pathh: is not a field of parameters[0] (its fields: path, from, to, step, values)",
        ]),
        (sweep(|t| t.replacen("\"seeds\": 2,", "", 1)), vec![
            "seeds: is required but missing",
        ]),
        (sweep(|t| t.replacen("\"seeds\": 2", "\"seeds\": \"two\"", 1)), vec![
            "seeds: invalid type: string \"two\", expected u32",
        ]),
        (sweep(|t| t.replace("\"gross_margin\": 0.3", "\"gross_margin\": \"high\"")), vec![
            "scenario.business.gross_margin: invalid type: string \"high\", expected f64 (at line 1 column 62)",
        ]),
        (sweep(|t| t.replacen("\"simulation\": {", "\"simulation\": {\"colour\": 1,", 1)), vec![
            "scenario.simulation.colour: unknown field `colour`, expected one of `customers`, `days`, `seed` (at line 1 column 1262)",
        ]),
        (sweep(|t| t.replacen(",\n    \"seed\": 42", "", 1)), vec![
            "scenario.simulation.seed: is required but missing (at line 1 column 1283); `loyalty example` prints a complete scenario",
        ]),
        ("{\"kind\": \"monte_carlo\", \"seeds\": 2, \"scenario\": 3}".into(), vec![
            "scenario: must be a scenario (a JSON object) or the path of a scenario file (a string)",
        ]),
        ("{\"kind\": \"compare\", \"seeds\": 2, \"scenarios\": [\"a.json\", {\"x\": 1}]}".into(), vec![
            "scenarios[1].x: unknown field `x`, expected one of `name`, `simulation`, `business`, `customers`, `market`, `programme`, `events` (at line 1 column 4)",
        ]),
        ("{\"kind\": \"tornado\", \"seeds\": 2, \"kpi\": 3, \"parameters\": [], \"scenario\": \"a.json\"}".into(), vec![
            "kpi: invalid type: integer `3`, expected a string",
        ]),
    ]
}

#[test]
fn every_problem_of_an_experiment_file_is_coded_and_its_english_unchanged() {
    let mut kinds = Vec::new();
    for (text, want) in cases() {
        let Err(errors) = Experiment::from_json(&text) else {
            panic!("{text:.80} was read");
        };
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(lines, want, "{text:.80}");
        for e in &errors {
            assert_eq!(e.message, e.code.to_string(), "{e}");
            match &e.code {
                ErrorCode::Experiment(p) => {
                    kinds.push(format!("{:?}", std::mem::discriminant(&**p)))
                }
                ErrorCode::Parse(p) => kinds.push(format!("{:?}", std::mem::discriminant(&**p))),
                other => panic!("{e}: not coded ({other:?})"),
            }
        }
    }
    kinds.sort();
    kinds.dedup();
    assert!(kinds.len() >= 10, "{kinds:?}");
}
