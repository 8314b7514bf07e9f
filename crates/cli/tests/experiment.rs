//! `loyalty experiment`: the report, CSV rows, sharding and merging (also
//! with GNU parallel), and the messages for bad experiment files.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn loyalty(args: &[&str], dir: &Path) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_loyalty"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the loyalty binary runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "the binary panicked:\n{err}");
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8")
}

/// A fresh folder for one test, with a small scenario file in it.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("loyalty-exp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("experiments")).expect("temp folder");
    let out = loyalty(&["example"], &dir);
    let mut s: Value = serde_json::from_slice(&out.stdout).expect("example JSON");
    s["simulation"]["customers"] = json!(200);
    s["simulation"]["days"] = json!(90);
    std::fs::write(dir.join("small.json"), s.to_string()).expect("write scenario");
    dir
}

/// A sweep of 3 points x 3 seeds = 9 runs, its scenario a path relative
/// to the experiment file.
fn sweep() -> Value {
    json!({
        "name": "small sweep",
        "kind": "sweep",
        "scenario": "../small.json",
        "seeds": 3,
        "parameters": [{"path": "programme.points.earn_rate", "from": 0.01, "to": 0.05, "step": 0.02}],
        "constraints": [{"kpi": "liability", "max": 1000000}]
    })
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let p = format!("experiments/{name}");
    std::fs::write(dir.join(&p), v.to_string()).expect("write experiment");
    p
}

#[test]
fn the_report_has_the_sweep_fields_and_csv_one_row_per_run() {
    let dir = folder("report");
    let file = write(&dir, "sweep.json", &sweep());
    let out = loyalty(&["experiment", &file], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let r: Value = serde_json::from_slice(&out.stdout).expect("report JSON");
    assert_eq!(r["kind"], "sweep");
    assert_eq!(r["runs"], 9);
    assert_eq!(r["points"].as_array().unwrap().len(), 3);
    assert_eq!(r["points"][1]["values"], json!([0.03]));
    for q in ["mean", "se", "p5", "p25", "p50", "p75", "p95"] {
        assert!(
            r["points"][0]["kpis"]["incremental_profit"][q].is_number(),
            "{q}"
        );
    }
    assert!(r["optimum"]["values"].is_array() && r["optimum"]["p50"].is_number());

    let out = loyalty(&["experiment", &file, "--format", "csv"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 10);
    assert!(lines[0].starts_with("job,variant,label,programme.points.earn_rate,seed,revenue,"));
    assert!(
        lines[1].starts_with("0,0,programme.points.earn_rate = 0.01,0.01,1,"),
        "{}",
        lines[1]
    );
    assert!(lines[4].starts_with("3,0,"), "{}", lines[4]);
}

#[test]
fn sharded_and_merged_equals_unsharded_byte_for_byte() {
    let dir = folder("shards");
    let file = write(&dir, "sweep.json", &sweep());
    let whole = loyalty(&["experiment", &file], &dir);
    assert_eq!(whole.status.code(), Some(0), "{}", text(&whole.stderr));
    let mut parts = Vec::new();
    // 9 runs in 4 shards: the slices are uneven (3, 2, 2, 2).
    for k in 1..=4 {
        let out = loyalty(&["experiment", &file, "--shard", &format!("{k}/4")], &dir);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let name = format!("part{k}.json");
        std::fs::write(dir.join(&name), &out.stdout).expect("write part");
        parts.push(name);
    }
    let mut args = vec!["experiment", "merge"];
    // Given in another order than made.
    args.extend(parts.iter().rev().map(String::as_str));
    let merged = loyalty(&args, &dir);
    assert_eq!(merged.status.code(), Some(0), "{}", text(&merged.stderr));
    assert!(!whole.stdout.is_empty());
    assert_eq!(text(&merged.stdout), text(&whole.stdout));

    // A missing shard, a shard given twice: exit 2, one line each.
    let out = loyalty(
        &[
            "experiment",
            "merge",
            "part1.json",
            "part2.json",
            "part2.json",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("part2.json: shard 2/4 is given twice"),
        "{err}"
    );
    assert!(err.contains("shards missing: 3/4, 4/4"), "{err}");
}

#[test]
fn sharding_with_gnu_parallel_merges_to_the_unsharded_report() {
    let found = Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("LOYALTY_REQUIRE_PARALLEL").is_none(),
            "GNU parallel is required (LOYALTY_REQUIRE_PARALLEL is set) but not installed: \
             run scripts/install-tools.sh --browser"
        );
        eprintln!("skipped: GNU parallel is not installed (Debian package `parallel`; scripts/install-tools.sh --browser installs it)");
        return;
    }
    let dir = folder("parallel");
    let file = write(&dir, "sweep.json", &sweep());
    let bin = env!("CARGO_BIN_EXE_loyalty");
    let out = Command::new("parallel")
        .args(["--will-cite", "--halt", "now,fail=1", "-j", "3"])
        .arg(format!(
            "{bin} experiment {file} --quiet --shard {{}}/3 > part{{}}.json"
        ))
        .args([":::", "1", "2", "3"])
        .current_dir(&dir)
        .output()
        .expect("parallel runs");
    assert!(
        out.status.success(),
        "parallel failed: {}",
        text(&out.stderr)
    );
    let merged = loyalty(
        &[
            "experiment",
            "merge",
            "part1.json",
            "part2.json",
            "part3.json",
        ],
        &dir,
    );
    assert_eq!(merged.status.code(), Some(0), "{}", text(&merged.stderr));
    let whole = loyalty(&["experiment", &file], &dir);
    assert_eq!(text(&merged.stdout), text(&whole.stdout));
}

#[test]
fn bad_experiment_files_exit_2_with_one_line_per_problem() {
    let dir = folder("bad");
    let mut e = sweep();
    e["parameters"] = json!([
        {"path": "programme.points.earn_rat", "values": [0.1]},
        {"path": "programme.tiers.window_months", "values": [6, 12]}
    ]);
    let file = write(&dir, "bad.json", &e);
    let out = loyalty(&["experiment", &file], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("parameters[0].path: unknown parameter \"programme.points.earn_rat\""),
        "{err}"
    );
    assert!(
        lines[1].starts_with(
            "parameters[1].path: the scenario does not use \"programme.tiers.window_months\""
        ),
        "{err}"
    );

    let mut e = sweep();
    e["parameters"][0]["to"] = json!(1.2);
    e["seeds"] = json!(1000);
    let out = loyalty(&["experiment", &write(&dir, "range.json", &e)], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].starts_with(
            "parameters[0].to: 1.2 is outside the valid range of programme.points.earn_rate"
        ),
        "{err}"
    );

    let mut e = sweep();
    e["parameters"][0]["step"] = json!(0.0001);
    e["seeds"] = json!(100);
    let out = loyalty(&["experiment", &write(&dir, "many.json", &e)], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with(
            "seeds: 401 variant(s) x 100 seed(s) = 40100 runs, more than the maximum of 10000"
        ),
        "{}",
        text(&out.stderr)
    );

    let mut e = sweep();
    e["scenario"] = json!("../missing.json");
    let out = loyalty(&["experiment", &write(&dir, "missing.json", &e)], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr)
            .starts_with("scenario: cannot read the scenario file experiments/../missing.json"),
        "{}",
        text(&out.stderr)
    );

    let out = loyalty(&["experiment", "--shard", "5/4", &file], &dir);
    assert_eq!(out.status.code(), Some(2));

    let mut e = sweep();
    e["constraints"] = json!([{"kpi": "retention_rate", "min": 0.9, "max": 0.8}]);
    let out = loyalty(&["experiment", &write(&dir, "min-max.json", &e)], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "constraints[0]: asks for retention_rate at least 0.9 and at most 0.8: no value can meet both; make `min` at most `max`"
    );
}

#[test]
fn an_at_least_constraint_marks_the_points_below_it_and_picks_among_the_rest() {
    let dir = folder("at-least");
    let out = loyalty(&["experiment", &write(&dir, "free.json", &sweep())], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let free: Value = serde_json::from_slice(&out.stdout).expect("report JSON");
    let members: Vec<f64> = free["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kpis"]["members"]["p50"].as_f64().unwrap())
        .collect();
    let most = members.iter().copied().fold(f64::MIN, f64::max);
    // Members at least the largest median: only the points reaching it.
    let mut e = sweep();
    e["constraints"] = json!([{"kpi": "members", "min": most}]);
    let out = loyalty(&["experiment", &write(&dir, "min.json", &e)], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let r: Value = serde_json::from_slice(&out.stdout).expect("report JSON");
    assert_eq!(
        r["constraints"],
        json!([{"kpi": "members", "max": null, "min": most}])
    );
    for (i, p) in r["points"].as_array().unwrap().iter().enumerate() {
        assert_eq!(p["feasible"], json!(members[i] >= most), "point {i}");
    }
    let at = r["optimum"]["point"].as_u64().unwrap() as usize;
    assert_eq!(members[at], most);
}

#[test]
fn a_tornado_prints_one_csv_row_per_run_the_base_without_a_value() {
    let dir = folder("tornado");
    let e = json!({
        "kind": "tornado",
        "scenario": "../small.json",
        "seeds": 2,
        "parameters": [{"path": "customers.reward_appetite", "low": 0.4, "high": 0.6}]
    });
    let file = write(&dir, "tornado.json", &e);
    let out = loyalty(&["experiment", &file, "--format", "csv"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 3 * 2, "{csv}");
    assert!(
        lines[0].starts_with("job,variant,label,value,seed,"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("0,0,base,,1,"), "{}", lines[1]);
    assert!(
        lines[2].starts_with("1,1,customers.reward_appetite low,0.4,1,"),
        "{}",
        lines[2]
    );
    let out = loyalty(&["experiment", &file], &dir);
    let r: Value = serde_json::from_slice(&out.stdout).expect("report JSON");
    assert_eq!(r["kind"], "tornado");
    let bar = &r["bars"][0];
    for f in [
        "parameter",
        "low_value",
        "high_value",
        "low_p50",
        "high_p50",
    ] {
        assert!(!bar[f].is_null(), "{f}");
    }
}
