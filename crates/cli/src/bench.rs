//! `loyalty bench`: the speed and heap use of the simulation core.
//!
//! A scenario is two runs: the programme run and its baseline twin. The
//! benchmark times them apart, with [`loyalty_sim::run_part`] (the twin
//! first, as [`loyalty_sim::run`] does), then joins them with
//! [`loyalty_sim::combine`] (timed on its own). Its headline figure is **one
//! run's** customer-days per second: customers x days / seconds per run,
//! where seconds per run is the mean of the programme run's and the twin's
//! best times over `--repeat` rounds.

use crate::alloc;
use crate::failure::{write_stdout, Failure};
use crate::input;
use loyalty_sim::{Control, RunError, RunKind, RunPart, Scenario};
use std::time::Instant;

/// The built-in benchmark scenario ("Red Cube": a bonus programme).
pub const RED_CUBE_JSON: &str = include_str!("../../../scenarios/red-cube-bonus.json");

/// Benchmark settings.
pub struct BenchOptions {
    /// Customers at day 0 (overrides the scenario).
    pub customers: u32,
    /// Horizon in days (overrides the scenario).
    pub days: u32,
    /// Scenario file; `None` for the built-in Red Cube scenario.
    pub scenario: Option<String>,
    /// Number of timed rounds (each: the twin, then the programme run); the
    /// best time of each run counts.
    pub repeat: u32,
    /// Print a JSON object on standard output and the table on standard error.
    pub json: bool,
}

/// The shortest of some times (at least 1e-9 s, so that rates stay finite).
fn best(times: &[f64]) -> f64 {
    times
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .max(1e-9)
}

/// What one benchmark measured.
struct Measurement {
    name: String,
    customers: u32,
    days: u32,
    /// Seconds of each round's programme run.
    programme_times: Vec<f64>,
    /// Seconds of each round's twin.
    baseline_times: Vec<f64>,
    /// Seconds of each round's `combine`.
    combine_times: Vec<f64>,
    /// Peak heap of one run above the heap in use before it, the larger
    /// of the two runs over all rounds.
    peak_bytes: usize,
    /// Day-0 customers plus arrivals, in the larger of the two runs.
    simulated: u32,
}

impl Measurement {
    fn customer_days(&self) -> f64 {
        self.customers as f64 * self.days as f64
    }
    fn seconds_programme(&self) -> f64 {
        best(&self.programme_times)
    }
    fn seconds_baseline(&self) -> f64 {
        best(&self.baseline_times)
    }
    fn seconds_combine(&self) -> f64 {
        best(&self.combine_times)
    }
    /// The mean of the two runs' best times.
    fn seconds_per_run(&self) -> f64 {
        (self.seconds_programme() + self.seconds_baseline()) / 2.0
    }
    /// The headline: one run's customer-days per second.
    fn customer_days_per_second_per_run(&self) -> f64 {
        self.customer_days() / self.seconds_per_run()
    }
    fn customer_days_per_second_programme(&self) -> f64 {
        self.customer_days() / self.seconds_programme()
    }
    fn customer_days_per_second_baseline(&self) -> f64 {
        self.customer_days() / self.seconds_baseline()
    }
    /// Both runs' customer-days over both runs' best times. With
    /// `seconds_per_run` the mean of the two, this equals the per-run figure.
    fn customer_days_per_second_pair(&self) -> f64 {
        self.customer_days() * 2.0 / (self.seconds_programme() + self.seconds_baseline())
    }
    fn bytes_per_customer(&self) -> f64 {
        self.peak_bytes as f64 / self.customers as f64
    }
    /// Per customer actually held in memory (day-0 customers plus arrivals).
    fn bytes_per_simulated_customer(&self) -> f64 {
        self.peak_bytes as f64 / self.simulated.max(1) as f64
    }
}

fn run_failure(e: RunError) -> Failure {
    match e {
        RunError::Invalid(errors) => input::field_errors(errors),
        RunError::Cancelled => Failure::Other("the run was cancelled".into()),
    }
}

/// Simulates one run; returns it with its seconds and its peak heap above
/// the heap in use before it.
fn timed_part(scenario: &Scenario, kind: RunKind) -> Result<(RunPart, f64, usize), Failure> {
    alloc::reset_peak();
    let before = alloc::current_bytes();
    let start = Instant::now();
    let part =
        loyalty_sim::run_part(scenario, kind, &mut |_| Control::Continue).map_err(run_failure)?;
    let seconds = start.elapsed().as_secs_f64();
    let peak = alloc::peak_bytes().saturating_sub(before);
    Ok((part, seconds, peak))
}

/// Runs the benchmark and prints the result.
pub fn bench(opts: &BenchOptions) -> Result<(), Failure> {
    let mut scenario = match &opts.scenario {
        Some(path) => input::parse_unvalidated(path, &input::read_text(path)?)?,
        None => Scenario::from_json(RED_CUBE_JSON).map_err(|e| {
            Failure::Other(format!(
                "the built-in Red Cube scenario does not parse: {e}"
            ))
        })?,
    };
    scenario.simulation.customers = opts.customers;
    scenario.simulation.days = opts.days;
    loyalty_sim::validate(&scenario).map_err(input::field_errors)?;

    let mut m = Measurement {
        name: scenario.name.clone(),
        customers: opts.customers,
        days: opts.days,
        programme_times: Vec::new(),
        baseline_times: Vec::new(),
        combine_times: Vec::new(),
        peak_bytes: 0,
        simulated: 0,
    };
    for _ in 0..opts.repeat.max(1) {
        // The twin first, as `loyalty_sim::run` does.
        let (baseline, seconds, peak) = timed_part(&scenario, RunKind::Baseline)?;
        m.baseline_times.push(seconds);
        m.peak_bytes = m.peak_bytes.max(peak);
        let (programme, seconds, peak) = timed_part(&scenario, RunKind::Programme)?;
        m.programme_times.push(seconds);
        m.peak_bytes = m.peak_bytes.max(peak);

        let start = Instant::now();
        let report = loyalty_sim::combine(&programme, &baseline).ok_or_else(|| {
            Failure::Other("the programme run and its twin do not combine".into())
        })?;
        m.combine_times.push(start.elapsed().as_secs_f64());
        m.simulated = report.simulated_customers;
    }
    if opts.json {
        // Humans still see the table; standard output stays machine-readable.
        eprint_quietly(&table(&m));
        write_stdout(&(json(&m) + "\n"))
    } else {
        write_stdout(&table(&m))
    }
}

fn eprint_quietly(text: &str) {
    use std::io::Write;
    // The table on standard error is a courtesy; a closed stream is not an error.
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The `--json` object, fields in this order. Times are the best of
/// `repeat` rounds, in seconds; a round is the twin, then the programme run,
/// each timed alone (`loyalty_sim::run_part`), then `combine` (not counted in
/// the runs' times).
///
/// - `customers`, `days`: the benchmarked size (day-0 customers, horizon).
/// - `repeat`: rounds timed.
/// - `seconds_per_run`: the mean of `seconds_programme` and `seconds_baseline`.
/// - `seconds_programme`, `seconds_baseline`: the programme run's and the
///   twin's best times.
/// - `seconds_combine`: the best time of `combine` (building the report).
/// - `customer_days_per_second_per_run`: **the headline**, one run's speed,
///   `customers * days / seconds_per_run`.
/// - `customer_days_per_second_programme`, `customer_days_per_second_baseline`:
///   `customers * days` over each run's own best time.
/// - `customer_days_per_second_pair`: both runs, `customers * days * 2 /
///   (seconds_programme + seconds_baseline)`; equal to the per-run figure,
///   since `seconds_per_run` is the mean of the two.
/// - `peak_bytes`: peak heap of one run above the heap in use before it (the
///   larger run, over all rounds; the finished twin is not counted in the
///   programme run's peak).
/// - `bytes_per_customer`: `peak_bytes / customers` (day-0 customers).
/// - `simulated_customers`: day-0 customers plus arrivals, in the larger run.
/// - `bytes_per_simulated_customer`: `peak_bytes / simulated_customers`.
#[derive(serde::Serialize)]
struct BenchJson {
    customers: u32,
    days: u32,
    repeat: usize,
    seconds_per_run: f64,
    seconds_programme: f64,
    seconds_baseline: f64,
    seconds_combine: f64,
    customer_days_per_second_per_run: f64,
    customer_days_per_second_programme: f64,
    customer_days_per_second_baseline: f64,
    customer_days_per_second_pair: f64,
    peak_bytes: usize,
    bytes_per_customer: f64,
    simulated_customers: u32,
    bytes_per_simulated_customer: f64,
}

fn json(m: &Measurement) -> String {
    let value = BenchJson {
        customers: m.customers,
        days: m.days,
        repeat: m.programme_times.len(),
        seconds_per_run: m.seconds_per_run(),
        seconds_programme: m.seconds_programme(),
        seconds_baseline: m.seconds_baseline(),
        seconds_combine: m.seconds_combine(),
        customer_days_per_second_per_run: m.customer_days_per_second_per_run(),
        customer_days_per_second_programme: m.customer_days_per_second_programme(),
        customer_days_per_second_baseline: m.customer_days_per_second_baseline(),
        customer_days_per_second_pair: m.customer_days_per_second_pair(),
        peak_bytes: m.peak_bytes,
        bytes_per_customer: m.bytes_per_customer(),
        simulated_customers: m.simulated,
        bytes_per_simulated_customer: m.bytes_per_simulated_customer(),
    };
    // Plain numbers (all finite: every time is at least 1e-9) always serialise.
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn seconds_list(times: &[f64]) -> String {
    let times: Vec<String> = times.iter().map(|t| format!("{t:.3}")).collect();
    times.join(", ")
}

fn table(m: &Measurement) -> String {
    let rows = [
        (
            "customer-days/s, one run",
            format!(
                "{}  (customers x days / seconds per run)",
                grouped(m.customer_days_per_second_per_run())
            ),
        ),
        ("scenario", m.name.clone()),
        ("customers", grouped(m.customers as f64)),
        ("days", m.days.to_string()),
        (
            "seconds per run",
            format!(
                "{:.3} s  (mean of the two best times below)",
                m.seconds_per_run()
            ),
        ),
        (
            "programme run",
            format!(
                "best {:.3} s, {} customer-days/s  (rounds: {} s)",
                m.seconds_programme(),
                grouped(m.customer_days_per_second_programme()),
                seconds_list(&m.programme_times)
            ),
        ),
        (
            "baseline twin",
            format!(
                "best {:.3} s, {} customer-days/s  (rounds: {} s)",
                m.seconds_baseline(),
                grouped(m.customer_days_per_second_baseline()),
                seconds_list(&m.baseline_times)
            ),
        ),
        (
            "customer-days/s, the pair",
            format!(
                "{}  (customers x days x 2 / both best times)",
                grouped(m.customer_days_per_second_pair())
            ),
        ),
        (
            "combine (the report)",
            format!(
                "best {:.2} ms, not counted above",
                m.seconds_combine() * 1000.0
            ),
        ),
        (
            "peak heap of one run",
            format!(
                "{:.1} MiB ({} bytes)",
                m.peak_bytes as f64 / (1024.0 * 1024.0),
                m.peak_bytes
            ),
        ),
        (
            "heap per day-0 customer",
            format!("{:.0} bytes", m.bytes_per_customer()),
        ),
        (
            "customers simulated",
            format!(
                "{} (day-0 customers plus arrivals, the larger run)",
                grouped(m.simulated as f64)
            ),
        ),
        (
            "heap per simulated customer",
            format!("{:.0} bytes", m.bytes_per_simulated_customer()),
        ),
    ];
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = String::from("Loyalty Lab benchmark (each run timed alone)\n");
    for (k, v) in rows {
        out.push_str(&format!("  {k:<width$}  {v}\n"));
    }
    out
}

/// A whole number with its digits in groups of three ("12 345 678").
fn grouped(v: f64) -> String {
    let digits = format!("{:.0}", v.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn groups_digits() {
        assert_eq!(grouped(0.0), "0");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(1000.0), "1 000");
        assert_eq!(grouped(12_345_678.4), "12 345 678");
    }

    #[test]
    fn built_in_scenario_parses() {
        assert!(loyalty_sim::Scenario::from_json(super::RED_CUBE_JSON).is_ok());
    }
}
