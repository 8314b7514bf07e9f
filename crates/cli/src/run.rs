//! `loyalty run`: simulate a scenario and print the report.

use crate::failure::{write_stdout, Failure};
use crate::input;
use loyalty_sim::{Control, Progress, Report, RunError, Scenario};
use std::io::{self, IsTerminal, Write};

/// Output formats of `loyalty run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The whole report (KPIs and monthly rows) as pretty JSON.
    Json,
    /// The monthly table as CSV: one header line, then one line per month.
    Csv,
}

/// Runs `path` (or standard input for `-`) and prints the report.
pub fn run(path: &str, seed: Option<u64>, format: Format, quiet: bool) -> Result<(), Failure> {
    let mut scenario = input::load_scenario(path)?;
    if let Some(seed) = seed {
        scenario.simulation.seed = seed;
    }
    let show_progress = !quiet && io::stderr().is_terminal();
    let report = simulate(&scenario, show_progress)?;
    match format {
        Format::Json => write_stdout(&(report.to_json_pretty() + "\n")),
        Format::Csv => write_csv(&report),
    }
}

/// Runs the scenario, drawing a percentage on standard error if asked.
fn simulate(scenario: &Scenario, show_progress: bool) -> Result<Report, Failure> {
    let mut last_percent = None;
    let mut on_progress = |p: Progress| {
        if show_progress {
            let percent = (p.fraction() * 100.0).floor().clamp(0.0, 100.0) as u32;
            if last_percent != Some(percent) {
                last_percent = Some(percent);
                draw_progress(percent);
            }
        }
        Control::Continue
    };
    if show_progress {
        draw_progress(0);
    }
    let result = loyalty_sim::run_with(scenario, &mut on_progress);
    if show_progress {
        let mut err = io::stderr().lock();
        let _ = write!(err, "\r{:20}\r", "");
        let _ = err.flush();
    }
    result.map_err(|e| match e {
        RunError::Invalid(errors) => input::field_errors(errors),
        RunError::Cancelled => Failure::Other("the run was cancelled".into()),
    })
}

/// Redraws the progress line on standard error.
fn draw_progress(percent: u32) {
    let mut err = io::stderr().lock();
    // Progress is decoration: a failing terminal must not stop the run.
    let _ = write!(err, "\rsimulating: {percent:3} %");
    let _ = err.flush();
}

/// Writes the monthly table as CSV to standard output.
fn write_csv(report: &Report) -> Result<(), Failure> {
    let (header, rows) = report.monthly_table();
    let mut w = csv::Writer::from_writer(io::stdout().lock());
    w.write_record(&header)?;
    for row in rows {
        // f64's Display prints whole numbers without ".0" and never uses exponents.
        w.write_record(row.iter().map(|v| v.to_string()))?;
    }
    w.flush()?;
    Ok(())
}
