//! `loyalty`: the command-line runner of Loyalty Lab.
//!
//! Exit codes: 0 success, 1 a failure that is not the input's fault (e.g. the
//! output cannot be written), 2 invalid input or arguments (messages on
//! standard error, one `field.path: problem` line per problem).

#![deny(unsafe_code)]

mod alloc;
mod bench;
mod calibrate;
mod experiment;
mod failure;
mod follow;
mod input;
mod run;
mod xlsx;

use clap::{Args, Parser, Subcommand};
use failure::{write_stdout, Failure};
use std::process::ExitCode;

/// Counts heap bytes so that `loyalty bench` can report memory per customer.
#[global_allocator]
static GLOBAL: alloc::CountingAlloc = alloc::CountingAlloc;

const EXAMPLES: &str = "\
Examples:
  loyalty example > my.json              write the default scenario to edit
  loyalty validate my.json               check a scenario, listing every problem
  loyalty run my.json > report.json      simulate it, report as JSON
  loyalty run my.json --format csv       monthly table as CSV
  loyalty run my.json --format xlsx --output report.xlsx
                                         the whole report as a workbook
  cat my.json | loyalty run - --seed 7   read standard input, another seed
  loyalty bench --customers 10000        measure the simulation's speed
  loyalty calibrate sales.csv > fit.json fit your customers from a transaction log
  loyalty experiment experiments/sweep-red-cube-accrual.json   many runs, summarised

Exit codes: 0 success, 1 other failure, 2 invalid input or arguments.";

/// Loyalty Lab: simulate customers under a loyalty programme, side by side
/// with a baseline twin without it.
#[derive(Debug, Parser)]
#[command(name = "loyalty", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Simulate a scenario and print the report (JSON) or the monthly table (CSV).
    ///
    /// The scenario is validated first; problems are listed as by `validate`
    /// (exit code 2). Progress is shown on standard error when it is a terminal.
    #[command(after_help = "\
Examples:
  loyalty run scenarios/red-cube-bonus.json
  loyalty run my.json --seed 7 --format csv > monthly.csv
  loyalty run my.json --format xlsx --output report.xlsx
  loyalty example | loyalty run - --quiet")]
    Run(RunArgs),
    /// Check a scenario and list every problem.
    ///
    /// Prints `ok: <scenario name>` when the scenario is valid; otherwise one
    /// `field.path: what is wrong and what is allowed` line per problem on
    /// standard error, with exit code 2.
    #[command(after_help = "\
Examples:
  loyalty validate my.json
  loyalty example | loyalty validate -")]
    Validate(ValidateArgs),
    /// Print the default scenario as JSON, a starting point for your own.
    #[command(after_help = "\
Example:
  loyalty example > my.json")]
    Example,
    /// Measure one run's speed (customer-days per second) and heap per customer.
    #[command(after_help = "\
A scenario is two runs, the programme run and its baseline twin; each is timed
alone. The headline figure is one run's speed: customers x days / seconds per
run, where seconds per run is the mean of the two runs' best times over
--repeat rounds. Each run's own time and the pair's figure (customers x days x
2 / both times) are shown too. Peak heap of one run is measured by a counting
allocator, above what was in use before that run.

Examples:
  loyalty bench
  loyalty bench --customers 10000 --days 365 --repeat 5
  loyalty bench --scenario my.json --json")]
    Bench(BenchArgs),
    /// Fit BG/NBD and Gamma-Gamma to a transaction log; print the fit, its
    /// diagnostics and a calibrated scenario as JSON.
    ///
    /// The log has one row per transaction: customer id, date, amount
    /// (negative: a return). Delimiter, decimal separator, date format,
    /// header and columns are detected and reported unless given. Problems
    /// with the file are listed with their line and column (exit code 2).
    #[command(after_help = "\
Examples:
  loyalty calibrate sales.csv
  loyalty calibrate sales.csv --id-col customer --date-col 2 --amount-col 4 --decimal ,
  loyalty calibrate log.txt --calibration-end 1997-09-30 --holdout-end 1998-06-30
  loyalty calibrate sales.csv --scenario-only | loyalty run -")]
    Calibrate(calibrate::CalibrateArgs),
    /// Follow one customer through the programme run and the twin: their
    /// occasions here and elsewhere, purchases, satisfaction and
    /// expectation, affect, the five commitments, resentment, points, tier,
    /// likelihood to recommend, apostle group, loyalty-ladder rung and the
    /// seven-emotion scale each month, and the day they left and why (JSON).
    #[command(after_help = "\
Examples:
  loyalty follow scenarios/tiers.json --customer 12
  loyalty follow scenarios/deregulated-utility.json --kind left-after-deregulation
  loyalty follow scenarios/tiers.json --kind demoted --nth 2")]
    Follow(follow::FollowArgs),
    /// Run an experiment (Monte Carlo, compare, sweep or tornado) and print its report.
    #[command(after_help = experiment::AFTER_HELP)]
    Experiment(experiment::ExperimentArgs),
}

#[derive(Debug, Args)]
struct RunArgs {
    /// Scenario file in JSON; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: String,
    /// Seed of the random streams, overriding `simulation.seed`.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: run::Format,
    /// Write the output to this file instead of standard output (needed for xlsx).
    #[arg(long, short, value_name = "FILE")]
    output: Option<String>,
    /// Do not show progress on standard error (it is shown only on a terminal).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ValidateArgs {
    /// Scenario file in JSON; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: String,
}

#[derive(Debug, Args)]
struct BenchArgs {
    /// Customers at day 0 (overrides the scenario's `simulation.customers`).
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    customers: u32,
    /// Horizon in days (overrides the scenario's `simulation.days`).
    #[arg(long, value_name = "D", default_value_t = 730)]
    days: u32,
    /// Scenario file in JSON; `-` reads standard input [default: the built-in
    /// Red Cube bonus scenario]
    #[arg(long, value_name = "FILE")]
    scenario: Option<String>,
    /// Number of timed rounds (each: the twin, then the programme run); each
    /// run's best (shortest) time counts.
    #[arg(long, value_name = "R", default_value_t = 3,
          value_parser = clap::value_parser!(u32).range(1..))]
    repeat: u32,
    /// Print the result as a JSON object on standard output (the table then
    /// goes to standard error).
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to standard output, usage errors (exit code 2)
            // to standard error. A closed pipe is no reason to complain.
            if let Err(io) = e.print() {
                if let Failure::Other(_) = Failure::from(io) {
                    return ExitCode::from(failure::EXIT_FAILURE);
                }
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(failure::EXIT_INVALID));
        }
    };
    match dispatch(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

fn dispatch(command: Command) -> Result<(), Failure> {
    match command {
        Command::Run(a) => run::run(&a.file, a.seed, a.format, a.output.as_deref(), a.quiet),
        Command::Validate(a) => {
            let scenario = input::load_scenario(&a.file)?;
            write_stdout(&format!("ok: {}\n", scenario.name))
        }
        Command::Example => {
            write_stdout(&(loyalty_sim::Scenario::default().to_json_pretty() + "\n"))
        }
        Command::Experiment(a) => experiment::experiment(a),
        Command::Bench(a) => bench::bench(&bench::BenchOptions {
            customers: a.customers,
            days: a.days,
            scenario: a.scenario,
            repeat: a.repeat,
            json: a.json,
        }),
        Command::Calibrate(a) => calibrate::run(&a),
        Command::Follow(a) => follow::run(&a),
    }
}
