//! `loyalty bench`: throughput and heap use of the simulation core.

use crate::alloc;
use crate::failure::{write_stdout, Failure};
use crate::input;
use loyalty_sim::{RunError, Scenario};
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
    /// Number of timed runs; the best one counts.
    pub repeat: u32,
    /// Print a JSON object on standard output and the table on standard error.
    pub json: bool,
}

/// What one benchmark measured.
struct Measurement {
    name: String,
    customers: u32,
    days: u32,
    times: Vec<f64>,
    best: f64,
    peak_bytes: usize,
    simulated: u32,
}

impl Measurement {
    fn customer_days(&self) -> f64 {
        self.customers as f64 * self.days as f64
    }
    /// Both runs (the programme run and its baseline twin) count.
    fn customer_days_per_second(&self) -> f64 {
        self.customer_days() * 2.0 / self.best
    }
    /// What one run alone would do: half of the above.
    fn single_run_customer_days_per_second(&self) -> f64 {
        self.customer_days() / self.best
    }
    fn bytes_per_customer(&self) -> f64 {
        self.peak_bytes as f64 / self.customers as f64
    }
    /// Per customer actually held in memory (day-0 customers plus arrivals).
    fn bytes_per_simulated_customer(&self) -> f64 {
        self.peak_bytes as f64 / self.simulated.max(1) as f64
    }
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

    let mut times = Vec::new();
    let mut peak_bytes = 0;
    let mut simulated = 0;
    for _ in 0..opts.repeat.max(1) {
        alloc::reset_peak();
        let before = alloc::current_bytes();
        let start = Instant::now();
        let report = loyalty_sim::run(&scenario).map_err(|e| match e {
            RunError::Invalid(errors) => input::field_errors(errors),
            RunError::Cancelled => Failure::Other("the run was cancelled".into()),
        })?;
        let seconds = start.elapsed().as_secs_f64();
        peak_bytes = peak_bytes.max(alloc::peak_bytes().saturating_sub(before));
        simulated = report.simulated_customers;
        drop(report);
        times.push(seconds);
    }
    let best = times
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .max(1e-9);
    let m = Measurement {
        name: scenario.name.clone(),
        customers: opts.customers,
        days: opts.days,
        times,
        best,
        peak_bytes,
        simulated,
    };
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

/// The `--json` object, fields in this order.
#[derive(serde::Serialize)]
struct BenchJson {
    customers: u32,
    days: u32,
    seconds: f64,
    customer_days_per_second: f64,
    single_run_customer_days_per_second: f64,
    peak_bytes: usize,
    bytes_per_customer: f64,
    simulated_customers: u32,
    bytes_per_simulated_customer: f64,
}

fn json(m: &Measurement) -> String {
    let value = BenchJson {
        customers: m.customers,
        days: m.days,
        seconds: m.best,
        customer_days_per_second: m.customer_days_per_second(),
        single_run_customer_days_per_second: m.single_run_customer_days_per_second(),
        peak_bytes: m.peak_bytes,
        bytes_per_customer: m.bytes_per_customer(),
        simulated_customers: m.simulated,
        bytes_per_simulated_customer: m.bytes_per_simulated_customer(),
    };
    // Plain numbers (all finite: `best` is at least 1e-9) always serialise.
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn table(m: &Measurement) -> String {
    let times: Vec<String> = m.times.iter().map(|t| format!("{t:.3}")).collect();
    let rows = [
        ("scenario", m.name.clone()),
        ("customers", grouped(m.customers as f64)),
        ("days", m.days.to_string()),
        (
            "runs (each: programme + twin)",
            format!("{} ({} s)", m.times.len(), times.join(", ")),
        ),
        ("best time", format!("{:.3} s", m.best)),
        (
            "customer-days/s, both runs",
            format!(
                "{}  (customers x days x 2 / best time)",
                grouped(m.customer_days_per_second())
            ),
        ),
        (
            "customer-days/s, single run",
            format!(
                "{}  (customers x days / best time)",
                grouped(m.single_run_customer_days_per_second())
            ),
        ),
        (
            "peak heap during a run",
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
                "{} (day-0 customers plus arrivals)",
                grouped(m.simulated as f64)
            ),
        ),
        (
            "heap per simulated customer",
            format!("{:.0} bytes", m.bytes_per_simulated_customer()),
        ),
    ];
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = String::from("Loyalty Lab benchmark\n");
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
