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
    /// The whole report as an Excel workbook (needs `--output`): KPIs,
    /// monthly rows of both runs, the waterfall, members, deciles, the
    /// points roll-forward, deferred revenue, cohorts and tiers, one sheet
    /// each, units in the headers.
    Xlsx,
}

/// Runs `path` (or standard input for `-`) and prints the report, or
/// writes it to `output`.
pub fn run(
    path: &str,
    seed: Option<u64>,
    format: Format,
    output: Option<&str>,
    quiet: bool,
) -> Result<(), Failure> {
    if format == Format::Xlsx && output.is_none() {
        return Err(Failure::input(
            "--output: the xlsx format needs a file to write to, e.g. --output report.xlsx",
        ));
    }
    let mut scenario = input::load_scenario(path)?;
    if let Some(seed) = seed {
        scenario.simulation.seed = seed;
    }
    let show_progress = !quiet && io::stderr().is_terminal();
    let report = simulate(&scenario, show_progress)?;
    match (format, output) {
        (Format::Xlsx, Some(file)) => crate::xlsx::write(&report, file),
        (Format::Xlsx, None) => Ok(()),
        (Format::Json, None) => write_stdout(&(report.to_json_pretty() + "\n")),
        (Format::Json, Some(file)) => write_file(file, (report.to_json_pretty() + "\n").as_bytes()),
        (Format::Csv, None) => write_csv(&report, io::stdout().lock()),
        (Format::Csv, Some(file)) => {
            let mut bytes = Vec::new();
            write_csv(&report, &mut bytes)?;
            write_file(file, &bytes)
        }
    }
}

/// Writes `bytes` to the file `path`, saying which file could not be written.
pub fn write_file(path: &str, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes)
        .map_err(|e| Failure::Other(format!("cannot write the output file {path}: {e}")))
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

/// Writes the monthly table as CSV.
fn write_csv(report: &Report, out: impl Write) -> Result<(), Failure> {
    let (_, rows) = report.monthly_table();
    let header = report.monthly_csv_header();
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&header)?;
    for row in rows {
        // f64's Display prints whole numbers without ".0" and never uses exponents.
        w.write_record(row.iter().map(|v| v.to_string()))?;
    }
    w.flush()?;
    Ok(())
}
