//! The targets for the files a user brings besides scenarios: experiment
//! files (`experiment`) and transaction logs (`log`).
//!
//! - `experiment`: parsing, resolving and planning an experiment file never
//!   panics; a plan that is made has at most `MAX_RUNS` runs, lists each of
//!   them once, and every run's scenario is valid.
//! - `log`: importing a transaction log and calibrating on it never panics;
//!   a calibration that is made has finite, positive BG/NBD parameters and a
//!   valid scenario.

use crate::Outcome;
use loyalty_sim::experiment::{Experiment, Plan, MAX_RUNS};
use loyalty_sim::{validate, FieldError, Scenario};

/// The example experiment files, the starting points of mutations.
pub const EXPERIMENTS: [&str; 5] = [
    include_str!("../../../experiments/compare-designs.json"),
    include_str!("../../../experiments/monte-carlo-default.json"),
    include_str!("../../../experiments/monte-carlo-uncertain.json"),
    include_str!("../../../experiments/sweep-red-cube-accrual.json"),
    include_str!("../../../experiments/tornado-default.json"),
];

/// Small transaction logs in every format the importer reads: the
/// starting points of mutations.
pub const LOGS: [&str; 4] = [
    "customer,date,amount\nc1,2024-01-03,10.00\nc1,2024-02-13,5.50\nc2,2024-01-20,7.25\n\
     c2,2024-03-02,12.00\nc2,2024-05-30,-3.00\nc3,2024-02-01,40\nc1,2024-06-11,9.90\n",
    "asiakas;pvm;summa\r\n1;03.01.2024;10,00\r\n1;13.02.2024;5,50\r\n2;20.01.2024;7,25\r\n\
     2;02.03.2024;12,00\r\n3;01.02.2024;40,00\r\n3;15.04.2024;0,00\r\n1;11.06.2024;9,90\r\n",
    "00001 00001 19970101 1 29.33\n00001 00001 19970118 1 29.73\n00002 00002 19970112 2 17.97\n\
     00002 00002 19970302 1 12.99\n00003 00003 19970102 3 77.00\n00003 00003 19970825 1 15.00\n",
    "\u{feff}id\tday\tvalue\n7\t01/31/2024\t10.00\n7\t02/13/2024\t5.50\n8\t01/20/2024\t1.00\n\
     8\t03/02/2024\t2.00\n\n9\t04/01/2024\t3.00\n",
];

fn fail(why: impl Into<String>, input: &[u8]) -> Outcome {
    Outcome::Failed(why.into(), input.to_vec())
}

/// The scenario files an experiment may name (`scenarios/`).
const SCENARIOS: [(&str, &str); 9] = [
    (
        "coalition.json",
        include_str!("../../../scenarios/coalition.json"),
    ),
    (
        "deregulated-utility.json",
        include_str!("../../../scenarios/deregulated-utility.json"),
    ),
    (
        "devaluation.json",
        include_str!("../../../scenarios/devaluation.json"),
    ),
    (
        "flat-discount.json",
        include_str!("../../../scenarios/flat-discount.json"),
    ),
    (
        "no-programme.json",
        include_str!("../../../scenarios/no-programme.json"),
    ),
    (
        "red-cube-bonus.json",
        include_str!("../../../scenarios/red-cube-bonus.json"),
    ),
    (
        "terminated-programme.json",
        include_str!("../../../scenarios/terminated-programme.json"),
    ),
    ("tiers.json", include_str!("../../../scenarios/tiers.json")),
    (
        "vip-tier.json",
        include_str!("../../../scenarios/vip-tier.json"),
    ),
];

/// A scenario file an experiment names: the file of that name in
/// `scenarios/`, read as the shell's loader would; any other is missing.
fn load(path: &str) -> Result<Scenario, Vec<FieldError>> {
    let file = path.rsplit('/').next().unwrap_or(path);
    match SCENARIOS.iter().find(|(name, _)| *name == file) {
        Some((_, text)) => loyalty_sim::parse_scenario(text),
        None => Err(vec![FieldError::new(
            "scenario",
            format!("no such file: {path}"),
        )]),
    }
}

/// Checks one experiment file.
pub fn experiment(input: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(input) else {
        return Outcome::Refused;
    };
    let Ok(mut e) = Experiment::from_json(text) else {
        return Outcome::Refused;
    };
    if e.resolve(&mut load).is_err() {
        return Outcome::Refused;
    }
    let plan = match Plan::new(&e) {
        Ok(p) => p,
        Err(errors) if errors.is_empty() => return fail("refused with no problem listed", input),
        Err(_) => return Outcome::Refused,
    };
    let runs = plan.runs();
    if runs == 0 || runs > MAX_RUNS {
        return fail(format!("a plan of {runs} runs (at most {MAX_RUNS})"), input);
    }
    let jobs = plan.jobs();
    if jobs.len() != runs {
        return fail(format!("{} jobs for {runs} runs", jobs.len()), input);
    }
    for job in [jobs.first(), jobs.last()].into_iter().flatten() {
        if let Err(errors) = validate(&plan.scenario(job)) {
            return fail(
                format!("a planned run's scenario is invalid: {errors:?}"),
                input,
            );
        }
    }
    // Combining no results yet (a stopped experiment) must not panic.
    let _ = plan.report(&[]);
    Outcome::Accepted
}

/// Checks one transaction log.
pub fn log(input: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(input);
    let Ok(c) = loyalty_calibrate::calibrate(&text, &loyalty_calibrate::Options::default()) else {
        return Outcome::Refused;
    };
    let b = &c.bgnbd;
    if ![b.r, b.alpha, b.a, b.b]
        .iter()
        .all(|v| v.is_finite() && *v > 0.0)
    {
        return fail(
            format!("BG/NBD parameters {:?}", [b.r, b.alpha, b.a, b.b]),
            input,
        );
    }
    if let Err(errors) = validate(&c.scenario) {
        return fail(
            format!("the calibrated scenario is invalid: {errors:?}"),
            input,
        );
    }
    Outcome::Accepted
}
