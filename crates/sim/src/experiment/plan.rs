//! A checked experiment expanded into jobs, and one job's run.
//!
//! Invariants: the jobs are numbered `0..runs()`, seed-major (job `i` is
//! seed `i / variants` of variant `i % variants`), so any prefix of the job
//! list covers every variant about evenly and a stopped experiment is still
//! balanced; a job's result is a pure function of the plan and the job's
//! number; a [`JobResult`] keeps only the KPIs, the payback month and, when
//! the kind shows them, the monthly series of [`SERIES`].

use super::{Constraint, Experiment, Goal, Range};
use crate::{Control, MonthRow, Progress, Report, RunError, Scenario};
use serde::{Deserialize, Serialize};

/// The most runs (jobs) one experiment may have; each is a programme run
/// and its twin.
pub const MAX_RUNS: usize = 10_000;

/// Every KPI of the single-run report's `kpis`, in the order of
/// [`crate::Kpis`]; a [`JobResult`] keeps them in this order.
pub const KPI_NAMES: [&str; 29] = [
    "revenue",
    "baseline_revenue",
    "gross_profit",
    "baseline_gross_profit",
    "discounts",
    "programme_cost",
    "programme_income",
    "profit",
    "baseline_profit",
    "incremental_profit",
    "roi",
    "payback_day",
    "npv",
    "points_issued",
    "points_redeemed",
    "points_expired",
    "points_outstanding",
    "liability",
    "breakage_rate",
    "members",
    "active_customers",
    "baseline_active_customers",
    "retention_rate",
    "baseline_retention_rate",
    "nps",
    "baseline_nps",
    "naive_member_uplift",
    "true_member_uplift",
    "member_basket_uplift",
];

/// The monthly series a Monte Carlo and a comparison keep from each run,
/// one value a month (see `docs/model.md` for each).
pub const SERIES: [&str; 14] = [
    "incremental_profit",
    "cumulative_incremental_profit",
    "profit",
    "baseline_profit",
    "revenue",
    "baseline_revenue",
    "programme_cost",
    "liability",
    "members",
    "active",
    "baseline_active",
    "nps",
    "baseline_nps",
    "retention_rate",
];

/// One month's value of each of [`SERIES`] (the cumulative one from `cum`).
fn series_values(r: &MonthRow, cum: f64) -> [f64; 14] {
    let (p, b) = (&r.programme, &r.baseline);
    [
        p.profit - b.profit,
        cum,
        p.profit,
        b.profit,
        p.revenue,
        b.revenue,
        p.programme_cost,
        p.liability,
        p.members as f64,
        p.active as f64,
        b.active as f64,
        p.nps,
        b.nps,
        p.retention_rate,
    ]
}

/// One version of the scenario that the experiment runs over every seed: a
/// Monte Carlo draw of the assumptions, a compared scenario, a sweep point
/// or a tornado bar's end.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// What it is, for a user (`programme.points.earn_rate = 0.05`).
    pub label: String,
    /// The values of the varied parameters (the sweep's parameters, the
    /// drawn assumptions, the tornado's one parameter; empty otherwise).
    pub values: Vec<f64>,
    /// The scenario, validated (its seed is replaced by the job's).
    pub scenario: Scenario,
}

/// One independent run of an experiment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Job {
    /// Its number, `0..runs()`.
    pub index: usize,
    /// Which variant.
    pub variant: usize,
    /// Which of the seeds (0-based).
    pub seed_index: usize,
    /// The seed itself.
    pub seed: u64,
}

/// What a job keeps of its run: small, serde, mergeable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobResult {
    /// The job's number.
    pub job: usize,
    /// The KPIs in the order of [`KPI_NAMES`] (`null` where the report has
    /// null: no ROI when nothing was spent, no payback day).
    pub kpis: Vec<Option<f64>>,
    /// The month (from 1) of the payback day; null if it never pays back.
    pub payback_month: Option<u32>,
    /// Per series of [`SERIES`], one value a month; empty when the kind
    /// does not show monthly series.
    pub monthly: Vec<Vec<f64>>,
}

impl JobResult {
    /// Keeps what an experiment needs of a run's report.
    pub fn from_report(job: usize, report: &Report, monthly: bool) -> JobResult {
        let value = serde_json::to_value(&report.kpis).unwrap_or_default();
        let kpis = KPI_NAMES
            .iter()
            .map(|n| value.get(n).and_then(serde_json::Value::as_f64))
            .collect();
        let payback_month = report.kpis.payback_day.and_then(|d| {
            report
                .monthly
                .iter()
                .find(|r| d >= r.first_day && d < r.first_day + r.days)
                .map(|r| r.month)
        });
        let mut series = Vec::new();
        if monthly {
            series = vec![Vec::with_capacity(report.monthly.len()); SERIES.len()];
            let mut cum = 0.0;
            for r in &report.monthly {
                cum += r.programme.profit - r.baseline.profit;
                for (s, v) in series.iter_mut().zip(series_values(r, cum)) {
                    s.push(v);
                }
            }
        }
        JobResult {
            job,
            kpis,
            payback_month,
            monthly: series,
        }
    }

    /// The KPI called `name` (one of [`KPI_NAMES`]).
    pub fn kpi(&self, name: &str) -> Option<f64> {
        let i = KPI_NAMES.iter().position(|n| *n == name)?;
        self.kpis.get(i).copied().flatten()
    }
}

/// What the report needs to know of each kind.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Layout {
    MonteCarlo {
        uncertain: Vec<Range>,
    },
    Compare {
        differing: Vec<super::Differing>,
    },
    Sweep {
        axes: Vec<(String, Vec<f64>)>,
        kpi: String,
        goal: Goal,
        constraints: Vec<Constraint>,
    },
    /// Variant 0 is the base, then each bar's low and high.
    Tornado {
        bars: Vec<Range>,
        kpi: String,
    },
}

/// A checked experiment and its jobs. Made by [`Plan::new`].
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub(crate) experiment: Experiment,
    pub(crate) variants: Vec<Variant>,
    pub(crate) seeds: Vec<u64>,
    pub(crate) monthly: bool,
    pub(crate) layout: Layout,
    /// The variants that share a twin: (first variant, how many).
    pub(crate) twin_groups: Vec<(usize, usize)>,
}

impl Plan {
    /// The runs as a table, one row per result in job order: the header
    /// (`job, variant, label`, the varied parameters, `seed`, every KPI,
    /// `payback_month`) and each row's cells as text (`loyalty experiment
    /// --format csv` and the app's runs CSV). A variant without values (a
    /// tornado's base) and a missing KPI leave their cells empty; a result
    /// whose job is not in the plan is left out.
    pub fn runs_table(&self, results: &[JobResult]) -> (Vec<String>, Vec<Vec<String>>) {
        let mut sorted: Vec<&JobResult> = results.iter().collect();
        sorted.sort_by_key(|r| r.job);
        let parameters = self.parameters();
        let columns = parameters.len();
        let mut header = vec!["job".to_string(), "variant".into(), "label".into()];
        header.extend(parameters);
        header.push("seed".into());
        header.extend(KPI_NAMES.iter().map(|n| n.to_string()));
        header.push("payback_month".into());
        let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
        let rows = sorted
            .into_iter()
            .filter_map(|r| {
                let job = self.job(r.job)?;
                let variant = &self.variants()[job.variant];
                let mut row = vec![
                    job.index.to_string(),
                    job.variant.to_string(),
                    variant.label.clone(),
                ];
                row.extend((0..columns).map(|i| num(variant.values.get(i).copied())));
                row.push(job.seed.to_string());
                row.extend(r.kpis.iter().map(|v| num(*v)));
                row.push(r.payback_month.map(|m| m.to_string()).unwrap_or_default());
                Some(row)
            })
            .collect();
        (header, rows)
    }

    /// The experiment it was made from (every scenario inline).
    pub fn experiment(&self) -> &Experiment {
        &self.experiment
    }

    /// The variants, each run over every seed.
    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    /// The groups of variants that have the same twin (the same
    /// [`crate::twin_key`]: they differ only in the programme), as (first
    /// variant, how many variants), in variant order. With a
    /// [`crate::Twins`] store, each group simulates one twin a seed.
    pub fn twin_groups(&self) -> &[(usize, usize)] {
        &self.twin_groups
    }

    /// The seeds.
    pub fn seeds(&self) -> &[u64] {
        &self.seeds
    }

    /// Number of jobs: variants x seeds.
    pub fn runs(&self) -> usize {
        self.variants.len() * self.seeds.len()
    }

    /// Names of the varied parameters (the columns of [`Variant::values`]).
    pub fn parameters(&self) -> Vec<String> {
        match &self.layout {
            Layout::MonteCarlo { uncertain } => uncertain.iter().map(|r| r.path.clone()).collect(),
            Layout::Sweep { axes, .. } => axes.iter().map(|(p, _)| p.clone()).collect(),
            Layout::Tornado { .. } => vec!["value".to_string()],
            Layout::Compare { .. } => Vec::new(),
        }
    }

    /// Job number `index` (`None` past the end).
    pub fn job(&self, index: usize) -> Option<Job> {
        let v = self.variants.len();
        if index >= self.runs() {
            return None;
        }
        Some(Job {
            index,
            variant: index % v,
            seed_index: index / v,
            seed: self.seeds[index / v],
        })
    }

    /// Every job, in order.
    pub fn jobs(&self) -> Vec<Job> {
        (0..self.runs()).filter_map(|i| self.job(i)).collect()
    }

    /// The jobs of slice `k` of `n` (1-based `k`): jobs `k - 1`, `k - 1 + n`,
    /// ... so that every slice holds every variant about equally.
    pub fn shard(&self, k: usize, n: usize) -> Vec<Job> {
        if n == 0 || k == 0 || k > n {
            return Vec::new();
        }
        (k - 1..self.runs())
            .step_by(n)
            .filter_map(|i| self.job(i))
            .collect()
    }

    /// The scenario a job runs: its variant with the job's seed.
    pub fn scenario(&self, job: &Job) -> Scenario {
        let mut s = self.variants[job.variant].scenario.clone();
        s.simulation.seed = job.seed;
        s
    }

    /// Runs job `index`; `progress` counts that run's months (both runs).
    /// An index past the end is [`RunError::Invalid`] (field `job`).
    pub fn run_job(
        &self,
        index: usize,
        progress: &mut dyn FnMut(Progress) -> Control,
    ) -> Result<JobResult, RunError> {
        self.run_job_with(index, &mut crate::Twins::new(1), progress)
    }

    /// Like [`Plan::run_job`], taking the twin from `twins` when an earlier
    /// job had the same one (the same seed and everything but the
    /// programme): the result is the same, bit for bit, and a sweep of a
    /// programme parameter simulates each seed's twin once.
    pub fn run_job_with(
        &self,
        index: usize,
        twins: &mut crate::Twins,
        progress: &mut dyn FnMut(Progress) -> Control,
    ) -> Result<JobResult, RunError> {
        let job = self.job(index).ok_or_else(|| {
            RunError::Invalid(vec![crate::FieldError::new(
                "job",
                format!("is {index}, but the experiment has {} jobs", self.runs()),
            )])
        })?;
        let report = twins.run_with(&self.scenario(&job), progress)?;
        Ok(JobResult::from_report(index, &report, self.monthly))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kpi_names_are_every_kpi_of_the_report_in_order() {
        let report = crate::run(&{
            let mut s = Scenario::default();
            s.simulation.customers = 100;
            s.simulation.days = 30;
            s
        })
        .unwrap();
        let value = serde_json::to_value(&report.kpis).unwrap();
        let mut names: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut ours = KPI_NAMES.to_vec();
        names.sort_unstable();
        ours.sort_unstable();
        assert_eq!(names, ours);
    }
}
