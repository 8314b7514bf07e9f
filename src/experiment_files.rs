//! An experiment in the share link, and its results as files (CSV, one row
//! per run, and the report's JSON).
//!
//! Link format: the scenario's link as before (`#s=1.<data>.m<model>`, see
//! [`crate::link`]), then `&x=1.<data>`: the URL-safe base64 (no padding)
//! of the raw-deflated JSON of the view's [`Setup`]. A link without `&x=`
//! is an old link and opens as it always did.
//!
//! Invariant: [`split`] hands the scenario part to `link::open` unchanged,
//! so every old link keeps its meaning; decoding never panics (a damaged
//! experiment part is `None`, and the scenario still opens); the CSV has
//! the columns of `loyalty experiment --format csv`, in job order.

use crate::experiment_setup::{self, Setup};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use loyalty_sim::experiment::{JobResult, Plan};

/// Joins the experiment part to a scenario link's fragment.
const TAG: &str = "&x=";
/// The experiment part's format version.
const VERSION: &str = "1.";
/// Largest inflated experiment part accepted.
const MAX_INFLATED: usize = 512 * 1024;

/// Splits a fragment into the scenario's link and the experiment part
/// (without its tag), if there is one.
pub fn split(fragment: &str) -> (&str, Option<&str>) {
    match fragment.split_once(TAG) {
        Some((scenario, experiment)) => (scenario, Some(experiment)),
        None => (fragment, None),
    }
}

/// The experiment part to append to a scenario link (with its tag).
pub fn encode(setup: &Setup) -> String {
    let json = serde_json::to_vec(setup).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!("{TAG}{VERSION}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The settings of an experiment part (as [`split`] gives it); `None` if
/// it is damaged or of a newer version.
pub fn decode(part: &str) -> Option<Setup> {
    let data = part.trim().strip_prefix(VERSION)?;
    let packed = URL_SAFE_NO_PAD.decode(data.trim_end_matches('=')).ok()?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED).ok()?;
    experiment_setup::read(std::str::from_utf8(&json).ok()?)
}

/// One row per finished run, in job order: `job, variant, label`, the
/// varied parameters, `seed`, every KPI and `payback_month` (the columns
/// of `loyalty experiment --format csv`).
pub fn csv(plan: &Plan, results: &[JobResult]) -> String {
    let (header, rows) = plan.runs_table(results);
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w.write_record(&header).is_ok();
    for row in &rows {
        ok &= w.write_record(row).is_ok();
    }
    match (ok, w.into_inner()) {
        (true, Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::experiment_setup::{KindChoice, Source};
    use loyalty_sim::Control;

    #[test]
    fn an_old_link_is_left_whole_and_a_new_one_carries_the_settings() {
        let scenario = crate::link::encode(&loyalty_sim::Scenario::default());
        assert_eq!(
            split(&format!("#{scenario}")),
            (&*format!("#{scenario}"), None)
        );
        let setup = Setup {
            kind: KindChoice::Compare,
            seeds: 7,
            compare: vec![
                Source::Editor,
                Source::Example("../scenarios/tiers.json".into()),
                Source::Inline(Box::new(crate::examples::by_path("vip-tier.json").unwrap())),
            ],
            ..Setup::default()
        };
        let fragment = format!("#{scenario}{}", encode(&setup));
        let (s, x) = split(&fragment);
        // The scenario part opens exactly as an old link.
        assert_eq!(
            crate::link::decode(s).unwrap(),
            Some(loyalty_sim::Scenario::default())
        );
        assert_eq!(decode(x.unwrap()), Some(setup));
    }

    #[test]
    fn a_damaged_experiment_part_is_none_never_a_panic() {
        let good = encode(&Setup::default());
        let part = good.strip_prefix(TAG).unwrap();
        assert!(decode(part).is_some());
        for cut in 0..part.len() {
            // Any truncation or a flipped character: `None` or the same settings.
            let _ = decode(&part[..cut]);
            let mut bytes = part.as_bytes().to_vec();
            bytes[cut] = if bytes[cut] == b'A' { b'B' } else { b'A' };
            let _ = decode(std::str::from_utf8(&bytes).unwrap());
        }
        assert_eq!(decode("2.abc"), None);
        assert_eq!(decode(""), None);
    }

    #[test]
    fn the_csv_has_one_row_per_run_with_the_cli_columns() {
        let mut s = loyalty_sim::Scenario::default();
        s.simulation.customers = 200;
        s.simulation.days = 60;
        let setup = Setup {
            kind: KindChoice::Sweep,
            seeds: 2,
            axes: vec![loyalty_sim::experiment::Axis {
                path: "programme.points.earn_rate".into(),
                from: None,
                to: None,
                step: None,
                values: Some(vec![0.02, 0.04]),
            }],
            ..Setup::default()
        };
        let plan = Plan::new(&setup.experiment(&s, &|_| None)).unwrap();
        let mut results: Vec<JobResult> = (0..3)
            .map(|j| plan.run_job(j, &mut |_| Control::Continue).unwrap())
            .collect();
        results.reverse();
        let text = csv(&plan, &results);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + 3);
        assert!(lines[0].starts_with("job,variant,label,programme.points.earn_rate,seed,revenue,"));
        assert!(lines[0].ends_with(",payback_month"));
        assert_eq!(
            lines[0].split(',').count(),
            5 + loyalty_sim::experiment::KPI_NAMES.len() + 1
        );
        // Job order, whatever order the runs finished in.
        assert!(lines[1].starts_with("0,0,") && lines[3].starts_with("2,0,"));
        assert!(lines[2].contains(",0.04,1,"), "{}", lines[2]);
    }
}
