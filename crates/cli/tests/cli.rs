//! End-to-end tests of the `loyalty` binary: commands, exit codes and the
//! `field.path: message` lines for every kind of invalid input.

mod common;

use common::{assert_no_panic, loyalty};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// The output of `loyalty example`, parsed.
fn example() -> Value {
    let out = loyalty(&["example"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("`loyalty example` prints JSON")
}

/// The example, small enough to run in a test.
fn small() -> Value {
    let mut s = example();
    s["simulation"]["customers"] = json!(200);
    s["simulation"]["days"] = json!(60);
    s
}

/// A scenario file in this test binary's scratch directory.
fn write_temp(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).expect("the scratch directory is writable");
    path
}

/// Validates `scenario` through standard input and expects exit code 2 with
/// a `path:` line on standard error; returns standard error.
fn expect_invalid(scenario: &str, path: &str) -> String {
    let out = loyalty(&["validate", "-"], Some(scenario));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "stderr:\n{err}");
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout when invalid: {}",
        stdout(&out)
    );
    assert!(
        err.lines().any(|l| l.starts_with(&format!("{path}: "))),
        "expected a line starting with `{path}: `, got:\n{err}"
    );
    // `run` rejects the same input the same way.
    let run = loyalty(&["run", "-"], Some(scenario));
    assert_eq!(run.status.code(), Some(2), "run: {}", stderr(&run));
    assert_eq!(stderr(&run), err, "run and validate report alike");
    err
}

fn expect_invalid_value(scenario: &Value, path: &str) -> String {
    expect_invalid(&scenario.to_string(), path)
}

fn tier(name: &str, qualifying_spend: f64) -> Value {
    json!({
        "name": name,
        "qualifying_spend": qualifying_spend,
        "discount": 0.01,
        "points_multiplier": 1.0,
        "service_boost": 0.0
    })
}

// --- help, example, validate -------------------------------------------------

#[test]
fn help_lists_the_commands() {
    let out = loyalty(&["--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for command in ["run", "validate", "example", "bench"] {
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "`{command}` missing from --help:\n{help}"
        );
    }
    for command in ["run", "validate", "example", "bench"] {
        let out = loyalty(&[command, "--help"], None);
        assert_eq!(out.status.code(), Some(0), "{command} --help");
        assert!(
            stdout(&out).contains("Example"),
            "{command} --help has examples"
        );
    }
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["frobnicate"][..],
        &[][..],
        &["run"][..],
        &["run", "x.json", "--format", "xml"][..],
        &["run", "x.json", "--seed", "minus-one"][..],
        &["bench", "--repeat", "0"][..],
    ] {
        let out = loyalty(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn example_validates() {
    let text = stdout(&loyalty(&["example"], None));
    let out = loyalty(&["validate", "-"], Some(&text));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let name = example()["name"].as_str().expect("a name").to_owned();
    assert_eq!(stdout(&out), format!("ok: {name}\n"));
    assert!(stderr(&out).is_empty());

    let file = write_temp("example.json", &text);
    let out = loyalty(&["validate", file.to_str().expect("UTF-8 path")], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn built_in_bench_scenario_is_valid() {
    let text = include_str!("../../../scenarios/red-cube-bonus.json");
    let out = loyalty(&["validate", "-"], Some(text));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

// --- each kind of invalid input ----------------------------------------------

#[test]
fn missing_field() {
    let mut s = example();
    s["business"]
        .as_object_mut()
        .expect("business is an object")
        .remove("gross_margin");
    let err = expect_invalid_value(&s, "business.gross_margin");
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn wrong_type() {
    let mut s = example();
    s["simulation"]["customers"] = json!("lots");
    expect_invalid_value(&s, "simulation.customers");
}

#[test]
fn out_of_range() {
    let cases: [(&str, &[&str], Value); 4] = [
        (
            "business.gross_margin",
            &["business", "gross_margin"],
            json!(1.5),
        ),
        (
            "simulation.customers",
            &["simulation", "customers"],
            json!(5),
        ),
        (
            "programme.points.redemption_threshold",
            &["programme", "points", "redemption_threshold"],
            json!(0),
        ),
        (
            "programme.points.earn_rate",
            &["programme", "points", "earn_rate"],
            json!(-1),
        ),
    ];
    for (path, keys, value) in cases {
        let mut s = example();
        let mut field = &mut s;
        for key in keys {
            field = &mut field[*key];
        }
        assert!(!field.is_null(), "the example has {path}");
        *field = value;
        expect_invalid_value(&s, path);
    }
}

#[test]
fn several_problems_are_all_listed() {
    let mut s = example();
    s["business"]["gross_margin"] = json!(1.5);
    s["simulation"]["customers"] = json!(5);
    let err = expect_invalid_value(&s, "business.gross_margin");
    assert!(err.lines().any(|l| l.starts_with("simulation.customers: ")));
    assert_eq!(err.lines().count(), 2, "{err}");
}

#[test]
fn tiers_out_of_order() {
    let mut s = example();
    s["programme"]["tiers"] = json!({
        "window_months": 12,
        "levels": [tier("gold", 1000.0), tier("silver", 500.0)]
    });
    expect_invalid_value(&s, "programme.tiers.levels[1].qualifying_spend");
}

#[test]
fn points_with_a_bearer_card() {
    let mut s = example();
    s["programme"]["enrolment"]["card"] = json!("bearer");
    assert!(
        !s["programme"]["points"].is_null(),
        "the example has points"
    );
    expect_invalid_value(&s, "programme.points");
}

#[test]
fn campaign_ending_before_it_starts() {
    let mut s = example();
    s["programme"]["points"]["campaigns"] = json!([
        {"start_day": 100, "end_day": 50, "multiplier": 1.5}
    ]);
    expect_invalid_value(&s, "programme.points.campaigns[0].end_day");
}

#[test]
fn unknown_field() {
    let mut s = example();
    s["business"]["colour"] = json!("red");
    let err = expect_invalid_value(&s, "business.colour");
    assert!(err.contains("unknown field"), "{err}");

    let mut s = example();
    s["flavour"] = json!(1);
    let out = loyalty(&["validate", "-"], Some(&s.to_string()));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("flavour"), "{}", stderr(&out));
}

#[test]
fn invalid_json_syntax() {
    let text = stdout(&loyalty(&["example"], None));
    let broken = text.replacen("\"business\":", "\"business\"", 1);
    let out = loyalty(&["validate", "-"], Some(&broken));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("line"), "names the line: {err}");

    let out = loyalty(&["validate", "-"], Some("{ not json"));
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).trim().is_empty());
}

/// A valid scenario followed by junk, or by a second scenario, was once
/// accepted (exit 0, the rest silently ignored).
#[test]
fn trailing_data_after_the_scenario_is_refused() {
    let text = small().to_string();
    for (what, input) in [
        ("junk", format!("{text}\njunk")),
        ("a second scenario", format!("{text}\n{text}")),
        ("a brace", format!("{text}}}")),
    ] {
        let err = expect_invalid(&input, "scenario");
        assert!(
            err.contains("after the scenario's closing brace") && err.contains("exactly one"),
            "{what}: {err}"
        );
        let file = write_temp("trailing.json", &input);
        let out = loyalty(&["run", file.to_str().expect("UTF-8 path")], None);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr(&out));
    }
    // White space after it is fine.
    let out = loyalty(&["validate", "-"], Some(&format!("{text}\n\n  \t\n")));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn empty_input() {
    for text in ["", "  \n"] {
        let out = loyalty(&["validate", "-"], Some(text));
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
    }
    let file = write_temp("empty.json", "");
    let out = loyalty(&["run", file.to_str().expect("UTF-8 path")], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
}

#[test]
fn file_not_found() {
    let missing = "no/such/scenario.json";
    for command in ["validate", "run"] {
        let out = loyalty(&[command, missing], None);
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("{missing}: cannot read the file: ")),
            "{err}"
        );
    }
    let out = loyalty(&["bench", "--scenario", missing, "--repeat", "1"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with(missing), "{}", stderr(&out));
}

#[test]
fn bench_rejects_invalid_sizes() {
    let out = loyalty(&["bench", "--customers", "5", "--repeat", "1"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("simulation.customers: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn closed_stdout_is_not_a_panic() {
    // The reader goes away before (or while) the binary writes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_loyalty"))
        .arg("example")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the loyalty binary starts");
    drop(child.stdout.take());
    let out = child
        .wait_with_output()
        .expect("the loyalty binary finishes");
    assert_no_panic(&out);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "exit code {:?}",
        out.status.code()
    );
}

// --- runs (need the engine) --------------------------------------------------

#[test]
fn run_prints_a_json_report() {
    let file = write_temp("small.json", &small().to_string());
    let out = loyalty(&["run", file.to_str().expect("UTF-8 path")], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("the report is JSON");
    assert!(report["kpis"].is_object(), "has kpis");
    let monthly = report["monthly"].as_array().expect("has monthly rows");
    assert_eq!(monthly.len(), 2, "60 days are two months");
    assert!(
        stderr(&out).is_empty(),
        "no progress when stderr is not a terminal"
    );
}

#[test]
fn run_reads_stdin() {
    let text = small().to_string();
    let from_stdin = loyalty(&["run", "-"], Some(&text));
    assert_eq!(from_stdin.status.code(), Some(0), "{}", stderr(&from_stdin));
    let file = write_temp("small-stdin.json", &text);
    let from_file = loyalty(&["run", file.to_str().expect("UTF-8 path")], None);
    assert_eq!(from_file.status.code(), Some(0), "{}", stderr(&from_file));
    assert_eq!(from_stdin.stdout, from_file.stdout);
}

#[test]
fn run_csv_has_one_line_per_month() {
    let text = small().to_string();
    let json_out = loyalty(&["run", "-"], Some(&text));
    assert_eq!(json_out.status.code(), Some(0), "{}", stderr(&json_out));
    let report: Value = serde_json::from_str(&stdout(&json_out)).expect("JSON");
    let months = report["monthly"].as_array().expect("monthly").len();

    let out = loyalty(&["run", "-", "--format", "csv"], Some(&text));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(header[0], "month");
    assert!(header.contains(&"baseline_revenue (EUR)"), "{}", lines[0]);
    assert!(header.contains(&"nps"), "{}", lines[0]);
    assert_eq!(lines.len(), 1 + months, "{csv}");
    for (i, line) in lines[1..].iter().enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), header.len(), "row {i}");
        assert_eq!(cells[0], (i + 1).to_string(), "months count from 1");
        for cell in cells {
            assert!(cell.parse::<f64>().is_ok(), "`{cell}` is a number");
        }
    }
}

#[test]
fn seeds_change_the_report_and_repeat_exactly() {
    let text = small().to_string();
    let with_seed = |seed: &str| {
        let out = loyalty(&["run", "-", "--seed", seed], Some(&text));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        out.stdout
    };
    let seven = with_seed("7");
    let eight = with_seed("8");
    assert_eq!(seven, with_seed("7"), "the same seed is byte-identical");
    assert_ne!(seven, eight);
    let kpis = |bytes: &[u8]| {
        let v: Value = serde_json::from_slice(bytes).expect("JSON");
        assert!(v["seed"].is_u64());
        v["kpis"].clone()
    };
    assert_ne!(kpis(&seven), kpis(&eight), "another seed, other customers");
    let v: Value = serde_json::from_slice(&seven).expect("JSON");
    assert_eq!(v["seed"], json!(7), "--seed overrides simulation.seed");
}

/// A positive finite number from a `bench --json` object.
fn positive(v: &Value, key: &str) -> f64 {
    let x = v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is a number in {v}"));
    assert!(x.is_finite() && x > 0.0, "{key} = {x} is positive in {v}");
    x
}

/// `a` and `b` agree within `1e-6` of their size.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs())
}

#[test]
fn bench_json() {
    let out = loyalty(
        &[
            "bench",
            "--customers",
            "2000",
            "--days",
            "60",
            "--repeat",
            "1",
            "--json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let fields = [
        "customers",
        "days",
        "repeat",
        "seconds_per_run",
        "seconds_programme",
        "seconds_baseline",
        "seconds_combine",
        "customer_days_per_second_per_run",
        "customer_days_per_second_programme",
        "customer_days_per_second_baseline",
        "customer_days_per_second_pair",
        "peak_bytes",
        "bytes_per_customer",
        "simulated_customers",
        "bytes_per_simulated_customer",
    ];
    for key in fields {
        positive(&v, key);
    }
    let keys: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), fields.len(), "no other fields: {keys:?}");
    assert_eq!(v["customers"], json!(2000));
    assert_eq!(v["days"], json!(60));
    assert_eq!(v["repeat"], json!(1));

    let cd = 2000.0 * 60.0;
    let per_run = positive(&v, "seconds_per_run");
    let programme = positive(&v, "seconds_programme");
    let baseline = positive(&v, "seconds_baseline");
    assert!(close(per_run, (programme + baseline) / 2.0), "{v}");
    let rate = positive(&v, "customer_days_per_second_per_run");
    assert!(close(rate, cd / per_run), "{v}");
    assert!(
        close(
            positive(&v, "customer_days_per_second_programme"),
            cd / programme
        ),
        "{v}"
    );
    assert!(
        close(
            positive(&v, "customer_days_per_second_baseline"),
            cd / baseline
        ),
        "{v}"
    );
    assert!(
        close(
            positive(&v, "customer_days_per_second_pair"),
            cd * 2.0 / (programme + baseline)
        ),
        "{v}"
    );

    let peak = positive(&v, "peak_bytes");
    assert!(
        close(positive(&v, "bytes_per_customer"), peak / 2000.0),
        "{v}"
    );
    let simulated = positive(&v, "simulated_customers");
    assert!(simulated >= 2000.0, "day-0 customers are simulated: {v}");
    assert!(
        close(
            positive(&v, "bytes_per_simulated_customer"),
            peak / simulated
        ),
        "{v}"
    );

    // The human-readable table goes to standard error and leads with the
    // one-run figure.
    let err = stderr(&out);
    let first_row = err.lines().nth(1).unwrap_or_default();
    assert!(
        first_row
            .trim_start()
            .starts_with("customer-days/s, one run"),
        "{err}"
    );
}

#[test]
fn bench_json_best_of_several_rounds() {
    // The built-in scenario at its default horizon; every round times both runs.
    let out = loyalty(
        &["bench", "--customers", "200", "--repeat", "2", "--json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["customers"], json!(200));
    assert_eq!(v["days"], json!(730), "the default horizon");
    assert_eq!(v["repeat"], json!(2));
    let per_run = positive(&v, "seconds_per_run");
    let programme = positive(&v, "seconds_programme");
    let baseline = positive(&v, "seconds_baseline");
    assert!(close(per_run, (programme + baseline) / 2.0), "{v}");
    assert!(
        close(
            positive(&v, "customer_days_per_second_per_run"),
            200.0 * 730.0 / per_run
        ),
        "{v}"
    );
}

#[test]
fn bench_table_with_a_scenario_from_stdin() {
    let out = loyalty(
        &[
            "bench",
            "--scenario",
            "-",
            "--customers",
            "200",
            "--days",
            "60",
            "--repeat",
            "1",
        ],
        Some(&example().to_string()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table
            .lines()
            .nth(1)
            .is_some_and(|l| l.trim_start().starts_with("customer-days/s, one run")),
        "the table leads with the one-run figure:
{table}"
    );
    for label in [
        "customer-days/s, one run",
        "seconds per run",
        "programme run",
        "baseline twin",
        "customer-days/s, the pair",
        "peak heap of one run",
        "heap per day-0 customer",
        "heap per simulated customer",
    ] {
        assert!(table.contains(label), "{label} in:\n{table}");
    }
}

/// The memory estimate the web app refuses runs by
/// (`loyalty_sim::memory`) holds: the measured peak heap of one run stays
/// within `BYTES_PER_CUSTOMER` a simulated customer plus `BYTES_PER_RUN`,
/// and within the margin the constant claims (a quarter above the
/// measurement), at a size where the customers dominate the heap.
#[test]
fn bench_peak_heap_is_within_the_memory_estimate() {
    use loyalty_sim::memory::{bytes_for, BYTES_PER_CUSTOMER};
    let out = loyalty(
        &[
            "bench",
            "--customers",
            "60000",
            "--days",
            "60",
            "--repeat",
            "1",
            "--json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let peak = positive(&v, "peak_bytes");
    let simulated = positive(&v, "simulated_customers");
    assert!(
        peak <= bytes_for(simulated as u64) as f64,
        "peak heap {peak} B over the estimate for {simulated} customers: raise BYTES_PER_CUSTOMER"
    );
    let per_customer = peak / simulated;
    assert!(
        per_customer <= BYTES_PER_CUSTOMER as f64,
        "{per_customer:.0} B a simulated customer, over BYTES_PER_CUSTOMER = {BYTES_PER_CUSTOMER}"
    );
    assert!(
        per_customer * 1.5 >= BYTES_PER_CUSTOMER as f64,
        "{per_customer:.0} B a simulated customer: BYTES_PER_CUSTOMER = {BYTES_PER_CUSTOMER} is needlessly large"
    );
}

/// `loyalty follow`: a customer by kind or id, as JSON; a customer who is
/// not there, or no choice of one, is a usage problem (exit code 2).
#[test]
fn follow_prints_a_customers_life_in_both_runs() {
    let mut s: Value = serde_json::from_str(&stdout(&loyalty(&["example"], None))).unwrap();
    s["simulation"]["customers"] = json!(300);
    s["simulation"]["days"] = json!(200);
    let text = s.to_string();
    let out = loyalty(&["follow", "-", "--kind", "defector"], Some(&text));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let id = v["customer"].as_u64().unwrap();
    assert_eq!(v["programme"]["left"]["why"], json!("defected"), "{v}");
    assert!(!v["twin"]["months"].as_array().unwrap().is_empty());
    let again = loyalty(&["follow", "-", "--customer", &id.to_string()], Some(&text));
    assert_eq!(stdout(&again), stdout(&out), "the same customer by id");
    let month = &v["programme"]["months"][0];
    for key in [
        "occasions_here",
        "occasions_elsewhere",
        "satisfaction",
        "expectation",
        "commitments",
        "points",
        "rung",
        "emotions",
    ] {
        assert!(month.get(key).is_some(), "{key} in {month}");
    }
    let missing = loyalty(&["follow", "-", "--customer", "100000"], Some(&text));
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no customer 100000"),
        "{}",
        stderr(&missing)
    );
    let none = loyalty(&["follow", "-"], Some(&text));
    assert_eq!(none.status.code(), Some(2));
}
