//! Combining job results into an [`ExperimentReport`].
//!
//! Invariant: the report is a function of the set of results: they are
//! first put in job order (variant, then seed), and every sum, quantile and
//! comparison reads them in that order, so completion order, sharding and
//! merging cannot change a bit of it. Any subset of the jobs combines (an
//! unfinished experiment); `runs` says how many.

use super::path;
use super::plan::{JobResult, Layout, Plan, KPI_NAMES, SERIES};
use super::report::*;
use super::stats::{mean, quantile_sorted, sd, QUANTILES};
use super::{Compare, Constraint, Goal, Kind, MonteCarlo, Range};
use crate::Scenario;
use std::collections::BTreeMap;

/// Why results do not combine into a report of this plan.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CombineError {
    /// A result's job number is not a job of the plan.
    #[error("result for job {0}, but the experiment has {1} jobs")]
    UnknownJob(usize, usize),
    /// Two results for one job.
    #[error("two results for job {0}")]
    Duplicate(usize),
    /// A result does not have the plan's KPIs or series.
    #[error("the result for job {0} does not match the experiment (another model version?)")]
    Malformed(usize),
}

/// The summary of some values, in the order given.
pub(crate) fn summary(values: &[f64]) -> Summary {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let q = QUANTILES.map(|p| quantile_sorted(&sorted, p));
    let sd = sd(values);
    Summary {
        n: values.len(),
        mean: mean(values),
        sd,
        se: sd.map(|s| s / (values.len() as f64).sqrt()),
        p5: q[0],
        p25: q[1],
        p50: q[2],
        p75: q[3],
        p95: q[4],
    }
}

/// The results of one variant, a slot per seed (`None`: not run yet).
type Runs<'a> = Vec<Option<&'a JobResult>>;

fn values(runs: &[&JobResult], kpi: usize) -> Vec<f64> {
    runs.iter().filter_map(|r| r.kpis[kpi]).collect()
}

fn kpi_index(name: &str) -> usize {
    KPI_NAMES.iter().position(|n| *n == name).unwrap_or(0)
}

fn share(runs: &[&JobResult], kpi: usize) -> f64 {
    if runs.is_empty() {
        return 0.0;
    }
    let above = runs
        .iter()
        .filter(|r| r.kpis[kpi].is_some_and(|v| v > 0.0))
        .count();
    above as f64 / runs.len() as f64
}

fn payback(runs: &[&JobResult]) -> Payback {
    let mut months: Vec<f64> = runs
        .iter()
        .map(|r| r.payback_month.map_or(f64::INFINITY, f64::from))
        .collect();
    months.sort_by(f64::total_cmp);
    let q = QUANTILES.map(|p| quantile_sorted(&months, p).filter(|m| m.is_finite()));
    let never = runs.iter().filter(|r| r.payback_month.is_none()).count();
    let last = runs
        .iter()
        .filter_map(|r| r.payback_month)
        .max()
        .unwrap_or(0) as usize;
    let mut by_month = vec![0; last];
    for m in runs.iter().filter_map(|r| r.payback_month) {
        by_month[m as usize - 1] += 1;
    }
    Payback {
        p5: q[0],
        p25: q[1],
        p50: q[2],
        p75: q[3],
        p95: q[4],
        never_share: if runs.is_empty() {
            0.0
        } else {
            never as f64 / runs.len() as f64
        },
        runs_by_month: by_month,
    }
}

fn bands(runs: &[&JobResult]) -> BTreeMap<String, Band> {
    let months = runs
        .iter()
        .filter_map(|r| r.monthly.first().map(Vec::len))
        .max()
        .unwrap_or(0);
    let mut out = BTreeMap::new();
    for (s, name) in SERIES.iter().enumerate() {
        let mut band = Band::default();
        for m in 0..months {
            let mut v: Vec<f64> = runs
                .iter()
                .filter_map(|r| r.monthly.get(s)?.get(m).copied())
                .collect();
            v.sort_by(f64::total_cmp);
            let q = QUANTILES.map(|p| quantile_sorted(&v, p).unwrap_or(0.0));
            band.p5.push(q[0]);
            band.p25.push(q[1]);
            band.p50.push(q[2]);
            band.p75.push(q[3]);
            band.p95.push(q[4]);
        }
        out.insert(name.to_string(), band);
    }
    out
}

fn kpi_summaries(runs: &[&JobResult]) -> BTreeMap<String, Summary> {
    KPI_NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| (n.to_string(), summary(&values(runs, i))))
        .collect()
}

impl Plan {
    /// Combines results (any subset of the jobs, in any order) into the
    /// report.
    pub fn report(&self, results: &[JobResult]) -> Result<ExperimentReport, CombineError> {
        let grid = self.grid(results)?;
        let runs: usize = grid.iter().map(|v| v.iter().flatten().count()).sum();
        let result = match &self.layout {
            Layout::MonteCarlo { uncertain } => {
                KindReport::MonteCarlo(self.monte_carlo(&grid, uncertain))
            }
            Layout::Compare { differing } => KindReport::Compare(self.compare(&grid, differing)),
            Layout::Sweep {
                axes,
                kpi,
                goal,
                constraints,
            } => KindReport::Sweep(self.sweep(&grid, axes, kpi, *goal, constraints)),
            Layout::Tornado { bars, kpi } => KindReport::Tornado(tornado(&grid, bars, kpi)),
        };
        Ok(ExperimentReport {
            name: self.experiment.name.clone(),
            model_version: crate::MODEL_VERSION,
            runs,
            runs_total: self.runs(),
            seeds: self.seeds.clone(),
            result,
        })
    }

    /// The results by variant and seed, checked.
    fn grid<'a>(&self, results: &'a [JobResult]) -> Result<Vec<Runs<'a>>, CombineError> {
        let mut grid: Vec<Runs<'a>> = vec![vec![None; self.seeds.len()]; self.variants.len()];
        let series = if self.monthly { SERIES.len() } else { 0 };
        for r in results {
            let job = self
                .job(r.job)
                .ok_or(CombineError::UnknownJob(r.job, self.runs()))?;
            if r.kpis.len() != KPI_NAMES.len() || r.monthly.len() != series {
                return Err(CombineError::Malformed(r.job));
            }
            let slot = &mut grid[job.variant][job.seed_index];
            if slot.is_some() {
                return Err(CombineError::Duplicate(r.job));
            }
            *slot = Some(r);
        }
        Ok(grid)
    }

    fn monte_carlo(&self, grid: &[Runs], uncertain: &[Range]) -> MonteCarloReport {
        let all: Vec<&JobResult> = grid.iter().flatten().flatten().copied().collect();
        let draws: Vec<Vec<&JobResult>> = grid
            .iter()
            .map(|v| v.iter().flatten().copied().collect())
            .collect();
        let kpis = KPI_NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let within: Vec<f64> = draws
                    .iter()
                    .filter_map(|d| sd(&values(d, i)).filter(|_| values(d, i).len() > 1))
                    .map(|s| s * s)
                    .collect();
                let means: Vec<f64> = draws.iter().filter_map(|d| mean(&values(d, i))).collect();
                let kpi = McKpi {
                    summary: summary(&values(&all, i)),
                    seed_sd: mean(&within).map(f64::sqrt),
                    assumption_sd: if means.len() > 1 { sd(&means) } else { None },
                };
                (n.to_string(), kpi)
            })
            .collect();
        let assumptions = uncertain
            .iter()
            .enumerate()
            .map(|(j, r)| Assumption {
                path: r.path.clone(),
                low: r.low,
                high: r.high,
                values: self.variants.iter().map(|v| v.values[j]).collect(),
            })
            .collect();
        MonteCarloReport {
            draws: self.variants.len(),
            assumptions,
            kpis,
            p_incremental_profit_positive: share(&all, kpi_index("incremental_profit")),
            p_npv_positive: share(&all, kpi_index("npv")),
            payback_month: payback(&all),
            monthly: bands(&all),
        }
    }

    fn compare(&self, grid: &[Runs], differing: &[Differing]) -> CompareReport {
        let columns = grid
            .iter()
            .zip(&self.variants)
            .map(|(runs, v)| {
                let runs: Vec<&JobResult> = runs.iter().flatten().copied().collect();
                Column {
                    scenario: v.label.clone(),
                    kpis: kpi_summaries(&runs),
                    p_incremental_profit_positive: share(&runs, kpi_index("incremental_profit")),
                    p_npv_positive: share(&runs, kpi_index("npv")),
                    payback_month: payback(&runs),
                    monthly: bands(&runs),
                }
            })
            .collect();
        let differences = (1..grid.len())
            .map(|c| Difference {
                scenario: self.variants[c].label.clone(),
                against: self.variants[0].label.clone(),
                kpis: KPI_NAMES
                    .iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let d = paired(&grid[0], &grid[c], i);
                        let p_positive = (!d.is_empty()).then(|| {
                            d.iter().filter(|x| **x > 0.0).count() as f64 / d.len() as f64
                        });
                        (
                            n.to_string(),
                            DiffSummary {
                                summary: summary(&d),
                                p_positive,
                            },
                        )
                    })
                    .collect(),
            })
            .collect();
        CompareReport {
            scenarios: columns,
            differences,
            differing_parameters: differing.to_vec(),
        }
    }

    fn sweep(
        &self,
        grid: &[Runs],
        axes: &[(String, Vec<f64>)],
        kpi: &str,
        goal: Goal,
        constraints: &[Constraint],
    ) -> SweepReport {
        let k = kpi_index(kpi);
        let points: Vec<Point> = grid
            .iter()
            .zip(&self.variants)
            .map(|(runs, v)| {
                let runs: Vec<&JobResult> = runs.iter().flatten().copied().collect();
                let kpis = kpi_summaries(&runs);
                let feasible = !runs.is_empty()
                    && constraints.iter().all(|c| {
                        kpis[&c.kpi].p50.is_some_and(|m| {
                            c.max.is_none_or(|x| m <= x) && c.min.is_none_or(|x| m >= x)
                        })
                    });
                Point {
                    values: v.values.clone(),
                    kpis,
                    feasible,
                }
            })
            .collect();
        let better = |a: f64, b: f64| match goal {
            Goal::Max => a > b,
            Goal::Min => a < b,
        };
        let mut best: Option<(usize, f64)> = None;
        for (i, p) in points.iter().enumerate() {
            if let (true, Some(m)) = (p.feasible, p.kpis[kpi].p50) {
                if best.is_none_or(|(_, b)| better(m, b)) {
                    best = Some((i, m));
                }
            }
        }
        let optimum = best.map(|(i, p50)| {
            let seed_optima: Vec<usize> = (0..self.seeds.len())
                .filter_map(|s| {
                    let mut b: Option<(usize, f64)> = None;
                    for (j, p) in points.iter().enumerate() {
                        let v = grid[j][s].and_then(|r| r.kpis[k]);
                        if let (true, Some(v)) = (p.feasible, v) {
                            if b.is_none_or(|(_, x)| better(v, x)) {
                                b = Some((j, v));
                            }
                        }
                    }
                    b.map(|(j, _)| j)
                })
                .collect();
            let agree = seed_optima.iter().filter(|j| **j == i).count();
            Optimum {
                values: points[i].values.clone(),
                point: i,
                kpi: kpi.to_string(),
                p50,
                p5: points[i].kpis[kpi].p5,
                p95: points[i].kpis[kpi].p95,
                share_of_seeds: if seed_optima.is_empty() {
                    0.0
                } else {
                    agree as f64 / seed_optima.len() as f64
                },
                seed_optima: seed_optima
                    .iter()
                    .map(|j| points[*j].values.clone())
                    .collect(),
            }
        });
        let parameters = axes
            .iter()
            .map(|(p, v)| SweepParameter {
                path: p.clone(),
                values: v.clone(),
            })
            .collect();
        SweepReport {
            break_even: break_even(axes, &points),
            parameters,
            kpi: kpi.to_string(),
            goal,
            constraints: constraints.to_vec(),
            points,
            optimum,
        }
    }
}

/// Per-seed differences `b - a` of KPI `i`, over the seeds both have.
fn paired(a: &Runs, b: &Runs, i: usize) -> Vec<f64> {
    a.iter()
        .zip(b)
        .filter_map(|(x, y)| Some((*y)?.kpis[i]? - (*x)?.kpis[i]?))
        .collect()
}

/// Points where the median incremental profit crosses 0 between grid
/// neighbours, interpolated linearly.
fn break_even(axes: &[(String, Vec<f64>)], points: &[Point]) -> Vec<Vec<f64>> {
    let m = |p: usize| points.get(p).and_then(|p| p.kpis["incremental_profit"].p50);
    let ny = axes.get(1).map_or(1, |a| a.1.len());
    let mut out = Vec::new();
    let mut edge = |a: usize, b: usize| {
        if let (Some(x), Some(y)) = (m(a), m(b)) {
            if (x < 0.0) != (y < 0.0) && x != y {
                let t = x / (x - y);
                let (pa, pb) = (&points[a].values, &points[b].values);
                out.push(pa.iter().zip(pb).map(|(u, v)| u + (v - u) * t).collect());
            }
        }
    };
    for i in 0..points.len() {
        let (row, col) = (i / ny, i % ny);
        if col + 1 < ny {
            edge(i, i + 1);
        }
        if (row + 1) * ny + col < points.len() {
            edge(i, i + ny);
        }
    }
    out
}

fn tornado(grid: &[Runs], bars: &[Range], kpi: &str) -> TornadoReport {
    let k = kpi_index(kpi);
    let flat = |v: &Runs| -> Vec<f64> { v.iter().flatten().filter_map(|r| r.kpis[k]).collect() };
    let p50 = |v: &Runs| summary(&flat(v)).p50;
    let change = |v: &Runs| {
        let s = summary(&paired(&grid[0], v, k));
        Change {
            p5: s.p5,
            p50: s.p50,
            p95: s.p95,
        }
    };
    let mut out: Vec<Bar> = bars
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (lo, hi) = (&grid[1 + 2 * i], &grid[2 + 2 * i]);
            let (low_p50, high_p50) = (p50(lo), p50(hi));
            Bar {
                parameter: r.path.clone(),
                low_value: r.low,
                high_value: r.high,
                low_p50,
                high_p50,
                low_change: change(lo),
                high_change: change(hi),
                size: match (low_p50, high_p50) {
                    (Some(a), Some(b)) => (b - a).abs(),
                    _ => 0.0,
                },
            }
        })
        .collect();
    // A stable sort: equal sizes keep the order given.
    out.sort_by(|a, b| b.size.total_cmp(&a.size));
    TornadoReport {
        kpi: kpi.to_string(),
        base: summary(&flat(&grid[0])),
        bars: out,
    }
}

/// The parameters in which the scenarios differ (not the name or the seed):
/// every leaf of their JSON; where one scenario has a group (a mechanic)
/// that another lacks, the group as a whole.
pub(crate) fn differing(scenarios: &[Scenario]) -> Vec<Differing> {
    let values: Vec<serde_json::Value> = scenarios.iter().map(path::to_value).collect();
    let mut paths: Vec<String> = Vec::new();
    for v in &values {
        let mut leaves = Vec::new();
        path::leaves(v, "", &mut leaves);
        paths.extend(leaves.into_iter().map(|(p, _)| p));
    }
    paths.sort();
    paths.dedup();
    // Keep the shallowest path where a group is a leaf elsewhere.
    let kept: Vec<&String> = paths
        .iter()
        .filter(|p| {
            !paths.iter().any(|q| {
                q.len() < p.len()
                    && p.starts_with(q.as_str())
                    && matches!(p.as_bytes()[q.len()], b'.' | b'[')
            })
        })
        .filter(|p| p.as_str() != "name" && p.as_str() != "simulation.seed")
        .collect();
    kept.into_iter()
        .filter_map(|p| {
            let vs: Vec<serde_json::Value> = values.iter().map(|v| path::lookup(v, p)).collect();
            vs.iter().any(|x| *x != vs[0]).then(|| Differing {
                path: p.clone(),
                values: vs,
            })
        })
        .collect()
}

impl Kind {
    /// Whether the kind's report has monthly series.
    pub fn has_monthly(&self) -> bool {
        matches!(
            self,
            Kind::MonteCarlo(MonteCarlo { .. }) | Kind::Compare(Compare { .. })
        )
    }
}
