//! `loyalty experiment`: run an experiment file on every core (rayon), or
//! one shard of it, and `loyalty experiment merge`: combine the shards'
//! partial results into the report an unsharded run prints, byte for byte.

use crate::failure::{write_stdout, Failure};
use crate::input;
use clap::{Args, Subcommand};
use loyalty_sim::experiment::{Experiment, JobResult, Plan};
use loyalty_sim::{Control, FieldError, RunError, Twins};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Twins each thread keeps. Jobs come seed by seed (every variant of one
/// seed, then the next seed), so a few are enough.
const TWINS_KEPT: usize = 4;

pub const AFTER_HELP: &str = "\
An experiment file (see experiments/*.json) names a scenario (inline, or a
path relative to the experiment file), the number of seeds and the kind:
monte_carlo, compare, sweep or tornado. The report is JSON; --format csv
prints one row per run (job, variant, parameter values, seed, KPIs).

To spread the runs over machines, run each slice with --shard K/N (it prints
partial results as JSON) and combine the slices with `loyalty experiment
merge`, which prints the same report as an unsharded run.

Examples:
  loyalty experiment experiments/sweep-red-cube-accrual.json > report.json
  loyalty experiment experiments/tornado-default.json --format csv
  loyalty experiment my.json --shard 2/4 > part2.json
  loyalty experiment merge part1.json part2.json part3.json part4.json";

/// `loyalty experiment`'s arguments.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ExperimentArgs {
    #[command(subcommand)]
    merge: Option<MergeCommand>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Debug, Subcommand)]
enum MergeCommand {
    /// Combine the partial results of every shard into the report.
    #[command(after_help = "\
Every shard 1/N ... N/N of the same experiment must be given once.

Example:
  loyalty experiment merge part1.json part2.json")]
    Merge(MergeArgs),
}

#[derive(Debug, Args)]
struct RunArgs {
    /// Experiment file in JSON; `-` reads standard input (scenario paths are
    /// then relative to the current directory).
    #[arg(value_name = "FILE", required = true)]
    file: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Run only slice K of N of the jobs and print partial results (JSON),
    /// for `loyalty experiment merge`.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,
    /// Worker threads [default: one per core].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    threads: Option<u32>,
    /// Do not show the progress bar (it is shown only on a terminal).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct MergeArgs {
    /// The shards' outputs (`loyalty experiment FILE --shard K/N`).
    #[arg(value_name = "PARTS", required = true)]
    parts: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
}

/// Output formats of `loyalty experiment`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// The experiment report (or, with --shard, the partial results) as JSON.
    Json,
    /// One row per run: job, variant, label, parameter values, seed, KPIs.
    Csv,
}

fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let bad = || format!("`{s}` is not a shard: write K/N with 1 <= K <= N, e.g. 2/4");
    let (k, n) = s.split_once('/').ok_or_else(bad)?;
    let (k, n): (usize, usize) = (
        k.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if k == 0 || k > n {
        return Err(bad());
    }
    Ok((k, n))
}

/// What a shard prints: enough to merge without the original files.
#[derive(Serialize, Deserialize)]
struct Part {
    /// The format's version.
    loyalty_experiment_part: u32,
    model_version: u32,
    /// (K, N): slice K of N.
    shard: (usize, usize),
    runs_total: usize,
    /// The experiment with every scenario inline.
    experiment: Experiment,
    results: Vec<JobResult>,
}

const PART_VERSION: u32 = 1;

/// Runs `loyalty experiment`.
pub fn experiment(args: ExperimentArgs) -> Result<(), Failure> {
    match args.merge {
        Some(MergeCommand::Merge(m)) => merge(&m),
        None => run(&args.run),
    }
}

fn run(a: &RunArgs) -> Result<(), Failure> {
    let file = a.file.as_deref().unwrap_or(input::STDIN);
    let plan = load(file)?;
    let jobs = match a.shard {
        Some((k, n)) => plan.shard(k, n),
        None => plan.jobs(),
    };
    let results = run_jobs(
        &plan,
        &jobs,
        a.threads,
        !a.quiet && io::stderr().is_terminal(),
    )?;
    match (a.format, a.shard) {
        (Format::Csv, _) => write_csv(&plan, &results),
        (Format::Json, Some(shard)) => {
            let part = Part {
                loyalty_experiment_part: PART_VERSION,
                model_version: loyalty_sim::MODEL_VERSION,
                shard,
                runs_total: plan.runs(),
                experiment: plan.experiment().clone(),
                results,
            };
            let text = serde_json::to_string(&part).map_err(|e| Failure::Other(e.to_string()))?;
            write_stdout(&(text + "\n"))
        }
        (Format::Json, None) => write_report(&plan, &results),
    }
}

/// Reads, resolves and checks an experiment file.
fn load(file: &str) -> Result<Plan, Failure> {
    let text = input::read_text(file)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut experiment = Experiment::from_json(text).map_err(input::field_errors)?;
    let dir = if file == input::STDIN {
        PathBuf::from(".")
    } else {
        Path::new(file)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    };
    experiment
        .resolve(&mut |p| load_scenario(&dir, p))
        .map_err(input::field_errors)?;
    Plan::new(&experiment).map_err(input::field_errors)
}

/// A scenario file named by an experiment, relative to the experiment file.
fn load_scenario(dir: &Path, p: &str) -> Result<loyalty_sim::Scenario, Vec<FieldError>> {
    let full = dir.join(p);
    let shown = full.display().to_string();
    let text = std::fs::read_to_string(&full).map_err(|e| {
        vec![FieldError::new(
            "scenario",
            format!("cannot read the scenario file {shown}: {e}"),
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let prefixed = |errors: Vec<FieldError>| -> Vec<FieldError> {
        errors
            .into_iter()
            .map(|e| FieldError::new(&format!("{shown}: {}", e.path), e.message))
            .collect()
    };
    let s = loyalty_sim::Scenario::from_json(text).map_err(|e| prefixed(vec![e]))?;
    loyalty_sim::validate(&s).map_err(prefixed)?;
    Ok(s)
}

/// Runs the jobs on a rayon pool, with a progress bar if asked.
fn run_jobs(
    plan: &Plan,
    jobs: &[loyalty_sim::experiment::Job],
    threads: Option<u32>,
    bar: bool,
) -> Result<Vec<JobResult>, Failure> {
    let progress = if bar {
        let pb = indicatif::ProgressBar::new(jobs.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} runs, {elapsed} (about {eta} left)",
        ) {
            pb.set_style(style);
        }
        pb
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        pool = pool.num_threads(n as usize);
    }
    let pool = pool
        .build()
        .map_err(|e| Failure::Other(format!("cannot start the worker threads: {e}")))?;
    // Each thread keeps the twins it simulated (only it locks its own
    // store), so jobs that differ only in the programme share their seed's
    // twin; the results are the same as without.
    let stores: Vec<Mutex<Twins>> = (0..pool.current_num_threads())
        .map(|_| Mutex::new(Twins::new(TWINS_KEPT)))
        .collect();
    let results: Result<Vec<JobResult>, RunError> = pool.install(|| {
        jobs.par_iter()
            .map(|j| {
                let go = &mut |_| Control::Continue;
                let store = rayon::current_thread_index().and_then(|i| stores.get(i));
                let r = match store.map(Mutex::lock) {
                    Some(Ok(mut twins)) => plan.run_job_with(j.index, &mut twins, go),
                    _ => plan.run_job(j.index, go),
                };
                progress.inc(1);
                r
            })
            .collect()
    });
    progress.finish_and_clear();
    results.map_err(|e| match e {
        RunError::Invalid(errors) => input::field_errors(errors),
        RunError::Cancelled => Failure::Other("the experiment was cancelled".into()),
    })
}

fn write_report(plan: &Plan, results: &[JobResult]) -> Result<(), Failure> {
    let report = plan
        .report(results)
        .map_err(|e| Failure::input(format!("results: {e}")))?;
    write_stdout(&(report.to_json_pretty() + "\n"))
}

/// One row per run, in job order.
fn write_csv(plan: &Plan, results: &[JobResult]) -> Result<(), Failure> {
    let (header, rows) = plan.runs_table(results);
    let mut w = csv::Writer::from_writer(io::stdout().lock());
    w.write_record(&header)?;
    for row in &rows {
        w.write_record(row)?;
    }
    w.flush()?;
    Ok(())
}

/// `loyalty experiment merge`: checks that the parts are every shard of one
/// experiment, once, and prints its report.
fn merge(m: &MergeArgs) -> Result<(), Failure> {
    let mut parts = Vec::new();
    for p in &m.parts {
        let text = input::read_text(p)?;
        let part: Part = serde_json::from_str(&text).map_err(|e| {
            Failure::input(format!(
                "{p}: is not the output of `loyalty experiment --shard K/N` ({e})"
            ))
        })?;
        if part.loyalty_experiment_part != PART_VERSION
            || part.model_version != loyalty_sim::MODEL_VERSION
        {
            return Err(Failure::input(format!(
                "{p}: was made by another version (part format {}, model version {}; this is {PART_VERSION} and {})",
                part.loyalty_experiment_part,
                part.model_version,
                loyalty_sim::MODEL_VERSION
            )));
        }
        parts.push((p, part));
    }
    let (first_name, first) = &parts[0];
    let n = first.shard.1;
    let mut seen = vec![None; n];
    let mut problems = Vec::new();
    for (name, part) in &parts {
        if part.experiment != first.experiment || part.shard.1 != n {
            problems.push(format!(
                "{name}: is a shard of another experiment (or of another split) than {first_name}"
            ));
            continue;
        }
        let k = part.shard.0;
        if k == 0 || k > n {
            problems.push(format!("{name}: names shard {k}/{n}, which does not exist"));
        } else if let Some(other) = seen[k - 1].replace(name.as_str()) {
            problems.push(format!(
                "{name}: shard {k}/{n} is given twice (also {other})"
            ));
        }
    }
    let missing: Vec<String> = (1..=n)
        .filter(|k| seen[k - 1].is_none())
        .map(|k| format!("{k}/{n}"))
        .collect();
    if !missing.is_empty() {
        problems.push(format!("shards missing: {}", missing.join(", ")));
    }
    if !problems.is_empty() {
        return Err(Failure::Input(problems));
    }
    let plan = Plan::new(&first.experiment).map_err(input::field_errors)?;
    let results: Vec<JobResult> = parts.into_iter().flat_map(|(_, p)| p.results).collect();
    if results.len() != plan.runs() {
        return Err(Failure::input(format!(
            "the parts hold {} results, but the experiment has {} runs",
            results.len(),
            plan.runs()
        )));
    }
    match m.format {
        Format::Json => write_report(&plan, &results),
        Format::Csv => write_csv(&plan, &results),
    }
}
