//! `loyalty calibrate`: the JSON it prints, `--scenario-only` into `loyalty
//! run`, and bad files and arguments (exit code 2, line and column named).

mod common;

use common::loyalty;
use serde_json::Value;
use std::path::PathBuf;

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8")
}

fn write_temp(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).expect("the scratch directory is writable");
    path
}

/// A semicolon log with decimal commas: 400 customers over two years from
/// 2023-01-02, buying at their own pace (a fixed pseudo-random sequence).
fn log() -> String {
    let mut seed: u64 = 7;
    let mut u = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    };
    let mut s = String::from("asiakas;päivä;summa\n");
    for id in 0..400 {
        let rate = 0.02 + 0.3 * u() * u(); // purchases a day... a week
        let quit = 0.1 + 0.4 * u();
        let mut day = (u() * 60.0) as i64;
        loop {
            let (y, d) = if day < 365 {
                (2023, day)
            } else {
                (2024, day - 365)
            };
            let month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            let (mut m, mut dd) = (0, d);
            while dd >= month_days[m] {
                dd -= month_days[m];
                m += 1;
            }
            let amount = 5.0 + 60.0 * u();
            s.push_str(&format!(
                "{id};{:02}.{:02}.{y};{}\n",
                dd + 1,
                m + 1,
                format!("{amount:.2}").replace('.', ",")
            ));
            if u() < quit {
                break;
            }
            day += 1 + (-u().ln() / rate * 7.0) as i64;
            if day >= 730 {
                break;
            }
        }
    }
    s
}

#[test]
fn prints_the_fit_diagnostics_and_scenario() {
    let path = write_temp("calibrate-log.csv", &log());
    let out = loyalty(
        &[
            "calibrate",
            path.to_str().unwrap(),
            "--calibration-end",
            "2023-12-31",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for key in ["r", "alpha", "a", "b", "log_likelihood"] {
        assert!(
            v["bgnbd"][key].as_f64().is_some_and(f64::is_finite),
            "bgnbd.{key}: {}",
            v["bgnbd"]
        );
    }
    for key in ["p", "q", "gamma", "log_likelihood"] {
        assert!(
            v["gamma_gamma"][key].as_f64().is_some_and(f64::is_finite),
            "gamma_gamma.{key}"
        );
    }
    assert_eq!(v["import"]["detected"]["delimiter"], "semicolon");
    assert_eq!(v["import"]["detected"]["decimal"], ",");
    assert_eq!(v["import"]["detected"]["date_format"], "DD.MM.YYYY");
    assert_eq!(v["import"]["cohort"], 400);
    let buckets = v["diagnostics"]["holdout_by_frequency"]
        .as_array()
        .expect("buckets");
    assert_eq!(buckets.len(), 8);
    assert!(buckets
        .iter()
        .all(|b| b["frequency"].is_u64() && b["actual"].is_f64() && b["bgnbd"].is_f64()));
    // The acid test's column: the calibrated scenario's baseline over the holdout.
    assert!(
        buckets.iter().all(|b| b["simulated"].is_f64()),
        "{buckets:?}"
    );
    let total = &v["diagnostics"]["holdout_total"];
    assert!(total["actual"].as_f64().unwrap() > 0.0 && total["bgnbd"].as_f64().unwrap() > 0.0);
    assert!(total["simulated"].as_f64().unwrap() > 0.0, "{total}");
    assert!(total["simulated_bucket_mae"].is_f64(), "{total}");
    let classes = v["scenario"]["customers"]["history"]["classes"]
        .as_array()
        .expect("the history's classes");
    assert!(!classes.is_empty() && classes.iter().all(|c| c.as_array().unwrap().len() == 4));
    assert_eq!(
        v["diagnostics"]["frequency_histogram"]
            .as_array()
            .unwrap()
            .len(),
        8
    );
    assert!(!v["diagnostics"]["weekly"].as_array().unwrap().is_empty());
    let spend = v["diagnostics"]["spend_distribution"].as_array().unwrap();
    assert_eq!(spend.len(), 13);
    assert!(spend[12]["to"].is_null() && spend[0]["gamma_gamma"].is_f64());
    let alive = &v["diagnostics"]["p_alive_matrix"];
    assert_eq!(alive["rows"].as_array().unwrap().len(), 8);
    assert_eq!(alive["recency_edges"].as_array().unwrap().len(), 9);
    assert_eq!(alive["rows"][0][0]["p_alive"], 1.0);
    assert_eq!(v["scenario"]["market"]["alternatives"], 0);
    assert!(v["scenario"]["programme"].is_null());
    // Pareto/NBD beside BG/NBD: its parameters or a note why not.
    let pareto = &v["pareto_nbd"];
    assert!(
        pareto["r"].is_f64() || v["pareto_nbd_note"].is_string(),
        "{pareto} {}",
        v["pareto_nbd_note"]
    );
}

/// The CDNOW sample as in `crates/calibrate/tests/cdnow.rs` (fetched by
/// `scripts/fetch-data.sh` into `target/data/`, or named by `CDNOW_SAMPLE`);
/// fails, never skips, without it.
fn cdnow_sample() -> PathBuf {
    if let Ok(p) = std::env::var("CDNOW_SAMPLE") {
        return PathBuf::from(p);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/data/lifetimes-0.11.3/lifetimes/datasets/CDNOW_sample.txt")
}

#[test]
fn the_cdnow_json_has_pareto_nbd_beside_bgnbd() {
    let path = cdnow_sample();
    assert!(
        path.exists(),
        "the CDNOW sample is missing at {}: run `bash scripts/fetch-data.sh` or set CDNOW_SAMPLE",
        path.display()
    );
    let out = loyalty(
        &[
            "calibrate",
            path.to_str().unwrap(),
            "--id-col",
            "2",
            "--date-col",
            "3",
            "--amount-col",
            "5",
            "--calibration-end",
            "1997-09-30",
            "--holdout-end",
            "1998-06-30",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // The published values (Fader, Hardie & Lee's note, 2005), 3 significant digits.
    let p = &v["pareto_nbd"];
    for (key, published, digits) in [
        ("r", 0.553, 3),
        ("alpha", 10.58, 2),
        ("s", 0.606, 3),
        ("beta", 11.67, 2),
    ] {
        let got = p[key].as_f64().unwrap_or(f64::NAN);
        let scale = 10f64.powi(digits);
        assert_eq!(
            (got * scale).round(),
            (published * scale).round(),
            "pareto_nbd.{key} = {got}, published {published}"
        );
    }
    let (ll, bg_ll) = (
        p["log_likelihood"].as_f64().unwrap(),
        v["bgnbd"]["log_likelihood"].as_f64().unwrap(),
    );
    assert!(
        (ll + 9595.0).abs() < 0.05 && (bg_ll + 9582.4).abs() < 0.05,
        "{ll} {bg_ll}"
    );
    assert_eq!(p["convergence"]["converged"], true);
    assert!(v["pareto_nbd_note"].is_null());
    assert!((v["bgnbd"]["r"].as_f64().unwrap() - 0.243).abs() < 5e-4);
    // Its holdout column beside BG/NBD's.
    let total = &v["diagnostics"]["holdout_total"];
    assert!(total["pareto_nbd"].as_f64().unwrap() > 0.0, "{total}");
    assert!(total["pareto_nbd_bucket_mae"].is_f64(), "{total}");
    let buckets = v["diagnostics"]["holdout_by_frequency"].as_array().unwrap();
    assert!(
        buckets.iter().all(|b| b["pareto_nbd"].is_f64()),
        "{buckets:?}"
    );
}

#[test]
fn scenario_only_runs() {
    let scenario = loyalty(&["calibrate", "-", "--scenario-only"], Some(&log()));
    assert_eq!(
        scenario.status.code(),
        Some(0),
        "{}",
        text(&scenario.stderr)
    );
    let mut s: Value = serde_json::from_slice(&scenario.stdout).expect("a scenario");
    assert!(s.get("bgnbd").is_none());
    s["simulation"]["days"] = Value::from(60);
    let run = loyalty(&["run", "-", "--quiet"], Some(&s.to_string()));
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let report: Value = serde_json::from_slice(&run.stdout).expect("a report");
    assert!(report["kpis"]["revenue"].as_f64().unwrap() > 0.0);
}

#[test]
fn bad_files_exit_2_naming_line_and_column() {
    let mut bad = log();
    bad.push_str("17;31.02.2024;5,00\n");
    let path = write_temp("calibrate-bad.csv", &bad);
    let out = loyalty(&["calibrate", path.to_str().unwrap()], None);
    // A bad row among good ones: the fit is made, and the row is named.
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    let line = bad.lines().count();
    assert!(
        err.contains(&format!(
            "1 row was left out (line {line}, column 2: \"31.02.2024\""
        )),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["import"]["bad_rows"]["count"], 1);
    assert_eq!(v["import"]["bad_rows"]["first"][0]["line"], line);

    let cases: [(&str, &[&str], &str); 6] = [
        (
            "id,date,amount\n1,2024-01-01,x\n",
            &[],
            "line 2, column 3: \"x\" is not an amount",
        ),
        (
            "id,date,amount\n1,01/02/2024,3\n1,03/04/2024,3\n",
            &[],
            "day/month or month/day",
        ),
        ("", &[], "has no transactions"),
        (
            "id,date,amount\n1,2024-01-01,3\n2,2024-01-05,3\n",
            &[],
            "the only customer did not buy again",
        ),
        (
            "id,date,amount\n1,2024-01-01,3\n",
            &["--amount-col", "price"],
            "no column is named \"price\"",
        ),
        (
            "id,date,amount\n1,2024-01-01,3\n",
            &["--date-format", "YY"],
            "--date-format: \"YY\"",
        ),
    ];
    for (file, extra, expected) in cases {
        let mut args = vec!["calibrate", "-"];
        args.extend_from_slice(extra);
        let out = loyalty(&args, Some(file));
        assert_eq!(out.status.code(), Some(2), "{file:?}");
        let err = text(&out.stderr);
        assert!(err.contains(expected), "{file:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    let missing = loyalty(&["calibrate", "/nonexistent/log.csv"], None);
    assert_eq!(missing.status.code(), Some(2));
}
