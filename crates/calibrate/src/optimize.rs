//! Maximum likelihood with several starting points: argmin's Nelder-Mead on
//! the logarithms of the (positive) parameters, a restart from the best
//! point, standard errors from the curvature of the log-likelihood, and a
//! verdict on convergence in plain words.
//!
//! Invariant: always returns parameters and a readable verdict, whatever the
//! data (a failed search is a verdict, never a panic or an error).

use argmin::core::{CostFunction, Executor, State, TerminationReason, TerminationStatus};
use argmin::solver::neldermead::NelderMead;
use argmin_math::{ArgminAdd, ArgminMul, ArgminSub};
use serde::Serialize;

/// A parameter vector (the logarithms of the model's parameters).
#[derive(Clone, Debug)]
struct Point(Vec<f64>);

impl ArgminAdd<Point, Point> for Point {
    fn add(&self, o: &Point) -> Point {
        Point(self.0.iter().zip(&o.0).map(|(a, b)| a + b).collect())
    }
}

impl ArgminSub<Point, Point> for Point {
    fn sub(&self, o: &Point) -> Point {
        Point(self.0.iter().zip(&o.0).map(|(a, b)| a - b).collect())
    }
}

impl ArgminMul<f64, Point> for Point {
    fn mul(&self, k: &f64) -> Point {
        Point(self.0.iter().map(|a| a * k).collect())
    }
}

/// The negative log-likelihood in log-parameters.
struct Cost<'a> {
    log_likelihood: &'a dyn Fn(&[f64]) -> f64,
}

impl CostFunction for Cost<'_> {
    type Param = Point;
    type Output = f64;
    fn cost(&self, p: &Point) -> Result<f64, argmin::core::Error> {
        let natural: Vec<f64> = p.0.iter().map(|v| libm::exp(*v)).collect();
        let ll = (self.log_likelihood)(&natural);
        // An impossible point is a very bad one, so the simplex moves away.
        Ok(if ll.is_finite() { -ll } else { 1e300 })
    }
}

/// Nelder-Mead's iteration limit for one start.
const MAX_ITERS: u64 = 5_000;
/// Parameters outside e^-12 .. e^12 count as run off to the edge.
const EDGE: f64 = 12.0;
/// Starts whose best log-likelihoods differ by less than this agree.
const AGREE: f64 = 1e-3;

/// How the search went, in numbers and in words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Convergence {
    /// Whether the fit can be trusted (every check below passed).
    pub converged: bool,
    /// Starting points tried.
    pub starts: usize,
    /// Starting points that reached the best log-likelihood (within 0.001).
    pub agreeing_starts: usize,
    /// Nelder-Mead iterations of the best run (with its restart).
    pub iterations: u64,
    /// What happened and, if it failed, what to try, in plain words.
    pub message: String,
}

/// A fitted model: parameters, standard errors, log-likelihood, verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// The maximum-likelihood parameters.
    pub params: Vec<f64>,
    /// Their standard errors (`None` where the curvature does not give one).
    pub standard_errors: Vec<Option<f64>>,
    /// The log-likelihood at the parameters.
    pub log_likelihood: f64,
    /// The verdict.
    pub convergence: Convergence,
}

/// One Nelder-Mead run from `start` (log-parameters): (point, -LL, iterations, converged).
fn run(cost: &Cost, start: &[f64]) -> (Vec<f64>, f64, u64, bool) {
    let mut simplex = vec![Point(start.to_vec())];
    for i in 0..start.len() {
        let mut p = start.to_vec();
        p[i] += 0.5;
        simplex.push(Point(p));
    }
    let fallback = (
        start.to_vec(),
        cost.cost(&Point(start.to_vec())).unwrap_or(1e300),
        0,
        false,
    );
    let Ok(solver) = NelderMead::new(simplex).with_sd_tolerance(1e-10) else {
        return fallback;
    };
    let result = Executor::new(
        Cost {
            log_likelihood: cost.log_likelihood,
        },
        solver,
    )
    .configure(|s| s.max_iters(MAX_ITERS))
    .timer(false)
    .run();
    match result {
        Ok(r) => {
            let state = r.state();
            let converged = matches!(
                state.get_termination_status(),
                TerminationStatus::Terminated(TerminationReason::SolverConverged)
            );
            match state.get_best_param() {
                Some(p) => (
                    p.0.clone(),
                    state.get_best_cost(),
                    state.get_iter(),
                    converged,
                ),
                None => fallback,
            }
        }
        Err(_) => fallback,
    }
}

/// Fits by maximum likelihood from each start (natural, positive parameters).
pub fn fit(log_likelihood: &dyn Fn(&[f64]) -> f64, starts: &[Vec<f64>], names: &[&str]) -> Fit {
    let cost = Cost { log_likelihood };
    let mut runs: Vec<(Vec<f64>, f64, u64, bool)> = starts
        .iter()
        .map(|s| {
            let logs: Vec<f64> = s.iter().map(|v| libm::log(v.max(1e-8))).collect();
            run(&cost, &logs)
        })
        .collect();
    runs.sort_by(|a, b| a.1.total_cmp(&b.1));
    let best_cost = runs.first().map_or(1e300, |r| r.1);
    let agreeing = runs
        .iter()
        .filter(|r| (r.1 - best_cost).abs() < AGREE)
        .count();
    // Restart from the best point: Nelder-Mead can stall on a collapsed simplex.
    let (point, neg_ll, iters0, _) =
        runs.first()
            .cloned()
            .unwrap_or((vec![0.0; names.len()], 1e300, 0, false));
    let (point, neg_ll, iters, settled) = {
        let r = run(&cost, &point);
        if r.1 <= neg_ll {
            (r.0, r.1, iters0 + r.2, r.3)
        } else {
            (point, neg_ll, iters0 + r.2, r.3)
        }
    };
    let params: Vec<f64> = point.iter().map(|v| libm::exp(*v)).collect();
    let standard_errors = standard_errors(log_likelihood, &point);
    let mut problems = Vec::new();
    if neg_ll >= 1e299 {
        problems.push(
            "no starting point gave a finite likelihood: the data cannot be described by this model \
             (check that the log has repeat purchases and positive amounts)"
                .to_string(),
        );
    }
    if !settled {
        problems.push(format!(
            "the search stopped at its limit of {MAX_ITERS} steps before settling, so the parameters may not be the best"
        ));
    }
    for (i, v) in point.iter().enumerate() {
        if v.abs() > EDGE {
            problems.push(format!(
                "{} went to {:.3e}, the edge of what can be estimated: the data do not pin it down",
                names[i],
                libm::exp(*v)
            ));
        }
    }
    if agreeing < 2 && starts.len() >= 2 {
        problems.push(format!(
            "only {agreeing} of {} starting points reached the best fit: the likelihood has several peaks or a flat ridge",
            starts.len()
        ));
    }
    if problems.is_empty() && standard_errors.iter().any(Option::is_none) {
        problems.push(
            "the likelihood is flat in some direction at the best point (no standard error)".into(),
        );
    }
    let converged = problems.is_empty();
    let message = if converged {
        format!(
            "converged: {agreeing} of {} starting points reached the same best log-likelihood ({:.3}), \
             the search settled, and every parameter has a finite standard error",
            starts.len(),
            -neg_ll
        )
    } else {
        format!(
            "not converged: {}. The numbers shown are the best found. Try a longer calibration period \
             (a later --calibration-end), more customers, or check the columns and the dates",
            problems.join("; ")
        )
    };
    Fit {
        params,
        standard_errors,
        log_likelihood: -neg_ll,
        convergence: Convergence {
            converged,
            starts: starts.len(),
            agreeing_starts: agreeing,
            iterations: iters,
            message,
        },
    }
}

/// Standard errors of the natural parameters: the inverse of the negative
/// Hessian of the log-likelihood in log-parameters (central differences),
/// carried to the natural parameters by the delta method (se = value x se of its log).
fn standard_errors(ll: &dyn Fn(&[f64]) -> f64, point: &[f64]) -> Vec<Option<f64>> {
    let n = point.len();
    let f = |p: &[f64]| ll(&p.iter().map(|v| libm::exp(*v)).collect::<Vec<_>>());
    let h = 1e-4;
    let mut hess = vec![vec![0.0; n]; n];
    let f0 = f(point);
    for i in 0..n {
        for j in i..n {
            let at = |di: f64, dj: f64| {
                let mut p = point.to_vec();
                p[i] += di;
                p[j] += dj;
                f(&p)
            };
            let v = if i == j {
                (at(h, 0.0) - 2.0 * f0 + at(-h, 0.0)) / (h * h)
            } else {
                (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4.0 * h * h)
            };
            hess[i][j] = -v;
            hess[j][i] = -v;
        }
    }
    match invert(hess) {
        Some(inv) => (0..n)
            .map(|i| {
                let var = inv[i][i];
                (var.is_finite() && var > 0.0).then(|| libm::exp(point[i]) * libm::sqrt(var))
            })
            .collect(),
        None => vec![None; n],
    }
}

/// Gauss-Jordan inverse with partial pivoting; `None` if singular.
fn invert(mut m: Vec<Vec<f64>>) -> Option<Vec<Vec<f64>>> {
    let n = m.len();
    let mut inv: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..n).map(|j| f64::from(u8::from(i == j))).collect())
        .collect();
    for col in 0..n {
        let pivot = (col..n).max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))?;
        if !(m[pivot][col].abs() > 1e-300) {
            return None;
        }
        m.swap(col, pivot);
        inv.swap(col, pivot);
        let d = m[col][col];
        for k in 0..n {
            m[col][k] /= d;
            inv[col][k] /= d;
        }
        for row in 0..n {
            if row != col {
                let factor = m[row][col];
                for k in 0..n {
                    m[row][k] -= factor * m[col][k];
                    inv[row][k] -= factor * inv[col][k];
                }
            }
        }
    }
    Some(inv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_known_maximum_with_its_curvature() {
        // LL = -(ln x - ln 2)^2 - 2 (ln y - ln 5)^2: maximum at (2, 5);
        // in log-parameters the negative Hessian is diag(2, 4).
        let ll =
            |p: &[f64]| -(p[0].ln() - 2f64.ln()).powi(2) - 2.0 * (p[1].ln() - 5f64.ln()).powi(2);
        let f = fit(&ll, &[vec![1.0, 1.0], vec![10.0, 0.1]], &["x", "y"]);
        assert!(
            (f.params[0] - 2.0).abs() < 1e-4 && (f.params[1] - 5.0).abs() < 1e-4,
            "{:?}",
            f.params
        );
        assert!(f.convergence.converged, "{}", f.convergence.message);
        let se0 = f.standard_errors[0].unwrap();
        assert!((se0 - 2.0 * (0.5f64).sqrt()).abs() < 1e-3, "{se0}");
    }

    #[test]
    fn a_parameter_that_runs_away_is_explained() {
        // Increasing in x without bound: x runs off to the edge.
        let ll = |p: &[f64]| -1.0 / p[0] - (p[1] - 1.0).powi(2);
        let f = fit(&ll, &[vec![1.0, 1.0], vec![2.0, 2.0]], &["x", "y"]);
        assert!(!f.convergence.converged);
        assert!(
            f.convergence.message.contains("x went to"),
            "{}",
            f.convergence.message
        );
    }
}
