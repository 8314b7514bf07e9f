//! Maximum likelihood with several starting points: Nelder-Mead on the
//! logarithms of the (positive) parameters, a polish from the best point
//! (Newton's method where the model gives exact derivatives, else a
//! Nelder-Mead restart), standard errors from the curvature of the
//! log-likelihood, and a verdict on convergence in plain words.
//!
//! Nelder-Mead is written here rather than taken from `argmin`: argmin 0.11
//! pulls `rand` 0.9 with `getrandom` 0.3 (through argmin-math), which does not
//! build for wasm32-unknown-unknown without a global `--cfg` flag, and
//! `web-time` (js-sys) for its timer; the whole method is sixty lines.
//!
//! Invariant: always returns parameters and a readable verdict, whatever the
//! data (a failed search is a verdict, never a panic or an error).

use serde::{Deserialize, Serialize};

mod newton;
#[cfg(test)]
pub(crate) use newton::assert_is_the_finite_differences;
pub use newton::Derivatives;

/// A log-likelihood's [`Derivatives`] at natural parameters (`None` where
/// they cannot be computed).
pub type DerivativesOf<'a> = &'a dyn Fn(&[f64]) -> Option<Derivatives>;

/// Nelder-Mead's iteration limit for one start.
const MAX_ITERS: u64 = 5_000;
/// Parameters outside e^-12 .. e^12 count as run off to the edge.
const EDGE: f64 = 12.0;
/// Starts whose best log-likelihoods differ by less than this agree.
const AGREE: f64 = 1e-3;

/// How the search went, in numbers and in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Convergence {
    /// Whether the fit can be trusted (every check below passed).
    pub converged: bool,
    /// Starting points tried.
    pub starts: usize,
    /// Starting points that reached the best log-likelihood (within 0.001).
    pub agreeing_starts: usize,
    /// Steps of the best run: its Nelder-Mead iterations with those of the
    /// restart, or (polished by Newton's method) with the Newton steps; the
    /// message says which.
    pub iterations: u64,
    /// What went wrong (empty when it converged), with their arguments.
    pub problems: Vec<FitProblem>,
    /// What happened and, if it failed, what to try, in plain English words.
    pub message: String,
}

/// Why a fit cannot be trusted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FitProblem {
    /// No starting point gave a finite likelihood.
    NoFiniteLikelihood,
    /// The search stopped at its limit of `max` steps before settling.
    IterationLimit {
        /// The step limit.
        max: u64,
    },
    /// Parameter `name` went to `value`, the edge of what can be estimated.
    AtEdge {
        /// The parameter's name (`r`, `alpha`, ...).
        name: String,
        /// Its value there.
        value: f64,
    },
    /// Only `agreeing` of `starts` starting points reached the best fit.
    FewStartsAgree {
        /// Starts that agree.
        agreeing: usize,
        /// Starts tried.
        starts: usize,
    },
    /// The likelihood is flat in some direction at the best point.
    Flat,
}

impl std::fmt::Display for FitProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FitProblem::NoFiniteLikelihood => f.write_str(
                "no starting point gave a finite likelihood: the data cannot be described by this \
                 model (check that the log has repeat purchases and positive amounts)",
            ),
            FitProblem::IterationLimit { max } => write!(
                f,
                "the search stopped at its limit of {max} steps before settling, so the parameters \
                 may not be the best"
            ),
            FitProblem::AtEdge { name, value } => write!(
                f,
                "{name} went to {value:.3e}, the edge of what can be estimated: the data do not \
                 pin it down"
            ),
            FitProblem::FewStartsAgree { agreeing, starts } => write!(
                f,
                "only {agreeing} of {starts} starting points reached the best fit: the likelihood \
                 has several peaks or a flat ridge"
            ),
            FitProblem::Flat => f.write_str(
                "the likelihood is flat in some direction at the best point (no standard error)",
            ),
        }
    }
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

/// The negative log-likelihood at log-parameters `p` (1e300 where it is not finite).
fn cost(ll: &dyn Fn(&[f64]) -> f64, p: &[f64]) -> f64 {
    let natural: Vec<f64> = p.iter().map(|v| libm::exp(*v)).collect();
    let v = ll(&natural);
    // An impossible point is a very bad one, so the simplex moves away.
    if v.is_finite() {
        -v
    } else {
        1e300
    }
}

/// One Nelder-Mead run (reflection 1, expansion 2, contraction 1/2, shrink
/// 1/2) from `start` (log-parameters, first simplex `step` wide), stopping
/// when the standard deviation of the simplex's costs falls below 1e-10 (or
/// 1e-13 of their size, if larger; `loose`: 1e-4, or 1e-8 of their size,
/// near enough for Newton's method to finish): (point, -LL, iterations, settled).
fn run(
    ll: &dyn Fn(&[f64]) -> f64,
    start: &[f64],
    step: f64,
    max_iters: u64,
    loose: bool,
) -> (Vec<f64>, f64, u64, bool) {
    let (relative, absolute) = if loose { (1e-8, 1e-4) } else { (1e-13, 1e-10) };
    let n = start.len();
    let mut simplex: Vec<(Vec<f64>, f64)> = (0..=n)
        .map(|i| {
            let mut p = start.to_vec();
            if i > 0 {
                p[i - 1] += step;
            }
            let c = cost(ll, &p);
            (p, c)
        })
        .collect();
    let along = |from: &[f64], to: &[f64], k: f64| -> Vec<f64> {
        from.iter().zip(to).map(|(f, t)| f + k * (t - f)).collect()
    };
    for iter in 0..max_iters {
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        let mean = simplex.iter().map(|s| s.1).sum::<f64>() / (n + 1) as f64;
        let sd =
            libm::sqrt(simplex.iter().map(|s| (s.1 - mean).powi(2)).sum::<f64>() / (n + 1) as f64);
        // Absolute for the likelihoods of a few thousand customers; relative
        // (1e-13) for large ones, whose sums carry more rounding than 1e-10.
        if sd < (relative * mean.abs()).max(absolute) {
            return (simplex[0].0.clone(), simplex[0].1, iter, true);
        }
        let centroid: Vec<f64> = (0..n)
            .map(|j| simplex[..n].iter().map(|s| s.0[j]).sum::<f64>() / n as f64)
            .collect();
        let worst = simplex[n].clone();
        let reflected = along(&centroid, &worst.0, -1.0);
        let fr = cost(ll, &reflected);
        if fr < simplex[0].1 {
            let expanded = along(&centroid, &worst.0, -2.0);
            let fe = cost(ll, &expanded);
            simplex[n] = if fe < fr {
                (expanded, fe)
            } else {
                (reflected, fr)
            };
        } else if fr < simplex[n - 1].1 {
            simplex[n] = (reflected, fr);
        } else {
            let (toward, ft) = if fr < worst.1 {
                (reflected, fr)
            } else {
                (worst.0.clone(), worst.1)
            };
            let contracted = along(&centroid, &toward, 0.5);
            let fc = cost(ll, &contracted);
            if fc < ft {
                simplex[n] = (contracted, fc);
            } else {
                let best = simplex[0].0.clone();
                for s in simplex.iter_mut().skip(1) {
                    s.0 = along(&best, &s.0, 0.5);
                    s.1 = cost(ll, &s.0);
                }
            }
        }
    }
    simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
    (simplex[0].0.clone(), simplex[0].1, max_iters, false)
}

/// Fits by maximum likelihood from each start (natural, positive parameters).
pub fn fit(log_likelihood: &dyn Fn(&[f64]) -> f64, starts: &[Vec<f64>], names: &[&str]) -> Fit {
    fit_screened(log_likelihood, log_likelihood, starts, names, 0.5)
}

/// Fits like [`fit`], but searches from each start on `screen` (the
/// log-likelihood of a sample of the data, which is much cheaper) and only
/// then restarts from the best point on the full `log_likelihood`, with a
/// first simplex of `polish_step` in each log-parameter. The result is the
/// maximum of the full likelihood; whether the starts agree is judged on
/// the sample. With `screen` the full likelihood and `polish_step` 0.5 it is
/// [`fit`].
pub fn fit_screened(
    log_likelihood: &dyn Fn(&[f64]) -> f64,
    screen: &dyn Fn(&[f64]) -> f64,
    starts: &[Vec<f64>],
    names: &[&str],
    polish_step: f64,
) -> Fit {
    fit_within(
        log_likelihood,
        screen,
        starts,
        names,
        polish_step,
        MAX_ITERS,
    )
}

/// [`fit_screened`] with at most `max_iters` Nelder-Mead steps from each
/// start and in the polish (for a likelihood that is costly to evaluate;
/// a run that reaches the limit is a [`FitProblem::IterationLimit`]).
pub fn fit_within(
    log_likelihood: &dyn Fn(&[f64]) -> f64,
    screen: &dyn Fn(&[f64]) -> f64,
    starts: &[Vec<f64>],
    names: &[&str],
    polish_step: f64,
    max_iters: u64,
) -> Fit {
    let best = search(log_likelihood, screen, None, starts, names.len(), max_iters);
    let (point, neg_ll, iters, settled) = restart(log_likelihood, &best, polish_step, max_iters);
    let standard_errors = standard_errors(log_likelihood, &point);
    verdict(
        Polished {
            point,
            neg_ll,
            iters,
            settled,
            how: String::new(),
        },
        standard_errors,
        &best,
        names,
        max_iters,
    )
}

/// Fits like [`fit_screened`], but polishes the best point of the searches
/// with Newton's method on `derivatives` (the exact gradient and Hessian of
/// `log_likelihood` in the log-parameters, at the natural parameters given;
/// `None` where they cannot be computed), and takes the standard errors
/// from that exact Hessian. With `screen_derivatives` (those of `screen`),
/// each search's Nelder-Mead stops early and Newton's method finishes it
/// on `screen` (Nelder-Mead to the end where it does not settle). If
/// Newton's method does not settle on `log_likelihood`, the Nelder-Mead
/// restart of [`fit_screened`] polishes instead, and the message says so.
/// Newton's steps count among the `iterations`.
pub fn fit_newton(
    log_likelihood: &dyn Fn(&[f64]) -> f64,
    derivatives: &dyn Fn(&[f64]) -> Option<Derivatives>,
    screen: &dyn Fn(&[f64]) -> f64,
    screen_derivatives: Option<DerivativesOf>,
    starts: &[Vec<f64>],
    names: &[&str],
    polish_step: f64,
) -> Fit {
    let best = search(
        log_likelihood,
        screen,
        screen_derivatives,
        starts,
        names.len(),
        MAX_ITERS,
    );
    let in_logs = |u: &[f64]| derivatives(&natural(u));
    let newton = (best.neg_ll < 1e299)
        .then(|| newton::polish(&in_logs, &best.point))
        .flatten()
        .map(|(point, d, steps)| (cost(log_likelihood, &point), point, d, steps))
        .filter(|(neg_ll, ..)| *neg_ll <= best.neg_ll + 1e-9 * best.neg_ll.abs());
    let (polished, hessian) = match newton {
        Some((neg_ll, point, d, steps)) => (
            Polished {
                point,
                neg_ll,
                iters: best.iters + best.newton + steps,
                settled: true,
                how: newton_words(best.iters, best.newton + steps),
            },
            Some(d.hessian),
        ),
        None => {
            let (point, neg_ll, iters, settled) =
                restart(log_likelihood, &best, polish_step, MAX_ITERS);
            let hessian = in_logs(&point).map(|d| d.hessian);
            let how = " (Newton's method did not settle from the best start, so Nelder-Mead \
                       polished it)";
            (
                Polished {
                    point,
                    neg_ll,
                    iters,
                    settled,
                    how: how.to_string(),
                },
                hessian,
            )
        }
    };
    let standard_errors = match hessian {
        Some(h) => errors_from_hessian(h, &polished.point),
        None => standard_errors(log_likelihood, &polished.point),
    };
    verdict(polished, standard_errors, &best, names, MAX_ITERS)
}

/// How a Newton polish went, for the message: ` (N Nelder-Mead steps, then
/// K Newton steps on the exact derivatives)`, or without the first part.
fn newton_words(simplex: u64, newton: u64) -> String {
    let plural = if newton == 1 { "" } else { "s" };
    if simplex == 0 {
        format!(
            " ({newton} Newton step{plural} on the exact derivatives, damped far from the peak)"
        )
    } else {
        format!(" ({simplex} Nelder-Mead steps, then {newton} Newton step{plural} on the exact derivatives)")
    }
}

/// The best of the searches from the starts.
struct Best {
    /// Its log-parameters.
    point: Vec<f64>,
    /// Its cost on the full likelihood.
    neg_ll: f64,
    /// Its Nelder-Mead iterations.
    iters: u64,
    /// Its Newton steps on `screen` after them.
    newton: u64,
    /// Starts that reached its cost on `screen` within [`AGREE`].
    agreeing: usize,
    /// Starts tried.
    starts: usize,
}

/// The natural parameters at log-parameters `u`.
fn natural(u: &[f64]) -> Vec<f64> {
    u.iter().map(|v| libm::exp(*v)).collect()
}

/// Nelder-Mead from each start on `screen` (stopping early and finished by
/// Newton's method on `screen_derivatives` where given); the best point's
/// cost is then the full likelihood's.
fn search(
    log_likelihood: &dyn Fn(&[f64]) -> f64,
    screen: &dyn Fn(&[f64]) -> f64,
    screen_derivatives: Option<DerivativesOf>,
    starts: &[Vec<f64>],
    n: usize,
    max_iters: u64,
) -> Best {
    let mut runs: Vec<(Vec<f64>, f64, u64, u64)> = starts
        .iter()
        .map(|s| {
            let logs: Vec<f64> = s.iter().map(|v| libm::log(v.max(1e-8))).collect();
            match screen_derivatives {
                None => {
                    let r = run(screen, &logs, 0.5, max_iters, false);
                    (r.0, r.1, r.2, 0)
                }
                Some(d) => newton::finish(screen, d, &logs, max_iters),
            }
        })
        .collect();
    runs.sort_by(|a, b| a.1.total_cmp(&b.1));
    let best_cost = runs.first().map_or(1e300, |r| r.1);
    let agreeing = runs
        .iter()
        .filter(|r| (r.1 - best_cost).abs() < AGREE)
        .count();
    let (point, neg_ll, iters, newton) =
        runs.first().cloned().unwrap_or((vec![0.0; n], 1e300, 0, 0));
    // On a sample, the best point's cost is the sample's: the full one decides.
    let neg_ll = if std::ptr::addr_eq(log_likelihood, screen) {
        neg_ll
    } else {
        cost(log_likelihood, &point)
    };
    Best {
        point,
        neg_ll,
        iters,
        newton,
        agreeing,
        starts: starts.len(),
    }
}

/// Restart from the best point on the full likelihood (Nelder-Mead can
/// stall on a collapsed simplex): (point, cost, iterations in all, settled).
fn restart(
    log_likelihood: &dyn Fn(&[f64]) -> f64,
    best: &Best,
    polish_step: f64,
    max_iters: u64,
) -> (Vec<f64>, f64, u64, bool) {
    let r = run(log_likelihood, &best.point, polish_step, max_iters, false);
    let before = best.iters + best.newton;
    if r.1 <= best.neg_ll {
        (r.0, r.1, before + r.2, r.3)
    } else {
        (best.point.clone(), best.neg_ll, before + r.2, r.3)
    }
}

/// The polished point, and how it was polished (words for the message).
struct Polished {
    point: Vec<f64>,
    neg_ll: f64,
    iters: u64,
    settled: bool,
    how: String,
}

/// The fit and its verdict in numbers and words.
fn verdict(
    p: Polished,
    standard_errors: Vec<Option<f64>>,
    best: &Best,
    names: &[&str],
    max_iters: u64,
) -> Fit {
    let Polished {
        point,
        neg_ll,
        iters,
        settled,
        how,
    } = p;
    let (agreeing, starts) = (best.agreeing, best.starts);
    let params: Vec<f64> = point.iter().map(|v| libm::exp(*v)).collect();
    let mut problems = Vec::new();
    if neg_ll >= 1e299 {
        problems.push(FitProblem::NoFiniteLikelihood);
    }
    if !settled {
        problems.push(FitProblem::IterationLimit { max: max_iters });
    }
    for (i, v) in point.iter().enumerate() {
        if v.abs() > EDGE {
            problems.push(FitProblem::AtEdge {
                name: names[i].to_string(),
                value: libm::exp(*v),
            });
        }
    }
    if agreeing < 2 && starts >= 2 {
        problems.push(FitProblem::FewStartsAgree { agreeing, starts });
    }
    if problems.is_empty() && standard_errors.iter().any(Option::is_none) {
        problems.push(FitProblem::Flat);
    }
    let converged = problems.is_empty();
    let message = if converged {
        format!(
            "converged: {agreeing} of {starts} starting points reached the same best log-likelihood ({:.3}), \
             the search settled{how}, and every parameter has a finite standard error",
            -neg_ll
        )
    } else {
        format!(
            "not converged: {}{how}. The numbers shown are the best found. Try a longer calibration period \
             (a later --calibration-end), more customers, or check the columns and the dates",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        )
    };
    Fit {
        params,
        standard_errors,
        log_likelihood: -neg_ll,
        convergence: Convergence {
            converged,
            starts,
            agreeing_starts: agreeing,
            iterations: iters,
            problems,
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
            hess[i][j] = v;
            hess[j][i] = v;
        }
    }
    errors_from_hessian(hess, point)
}

/// Standard errors of the natural parameters from the Hessian `h` of the
/// log-likelihood in log-parameters at `point` (the inverse of -h, by the delta method).
fn errors_from_hessian(h: Vec<Vec<f64>>, point: &[f64]) -> Vec<Option<f64>> {
    let n = point.len();
    let neg: Vec<Vec<f64>> = h
        .iter()
        .map(|row| row.iter().map(|v| -v).collect())
        .collect();
    match invert(neg) {
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
        if m[pivot][col].abs() <= 1e-300 || m[pivot][col].is_nan() {
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
    fn a_screened_fit_ends_at_the_full_maximum() {
        // The sample's maximum (3, 4) is near the full one (2, 5): the
        // polish on the full likelihood moves to (2, 5).
        let full =
            |p: &[f64]| -(p[0].ln() - 2f64.ln()).powi(2) - 2.0 * (p[1].ln() - 5f64.ln()).powi(2);
        let screen =
            |p: &[f64]| -(p[0].ln() - 3f64.ln()).powi(2) - 2.0 * (p[1].ln() - 4f64.ln()).powi(2);
        let f = fit_screened(
            &full,
            &screen,
            &[vec![1.0, 1.0], vec![10.0, 0.1]],
            &["x", "y"],
            0.1,
        );
        assert!(
            (f.params[0] - 2.0).abs() < 1e-4 && (f.params[1] - 5.0).abs() < 1e-4,
            "{:?}",
            f.params
        );
        assert!(f.log_likelihood.abs() < 1e-8, "{}", f.log_likelihood);
        assert!(f.convergence.converged, "{}", f.convergence.message);
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

    /// LL = -(ln x - ln 2)^2 - (ln x - ln 2)^4 - 2 (ln y - ln 5)^2 with its
    /// derivatives in log-parameters (u = ln x, ln y); the quartic term makes
    /// central differences of the curvature off by 2e-8 at the peak.
    fn bowl(p: &[f64]) -> f64 {
        let a = p[0].ln() - 2f64.ln();
        -a * a - a.powi(4) - 2.0 * (p[1].ln() - 5f64.ln()).powi(2)
    }

    fn bowl_derivatives(p: &[f64]) -> Option<Derivatives> {
        let (a, b) = (p[0].ln() - 2f64.ln(), p[1].ln() - 5f64.ln());
        Some(Derivatives {
            value: bowl(p),
            gradient: vec![-2.0 * a - 4.0 * a.powi(3), -4.0 * b],
            hessian: vec![vec![-2.0 - 12.0 * a * a, 0.0], vec![0.0, -4.0]],
        })
    }

    #[test]
    fn newton_polishes_to_the_exact_maximum_and_says_so() {
        let starts = [vec![1.0, 1.0], vec![10.0, 0.1]];
        let d: &dyn Fn(&[f64]) -> Option<Derivatives> = &bowl_derivatives;
        let f = fit_newton(&bowl, d, &bowl, Some(d), &starts, &["x", "y"], 0.5);
        assert!(
            (f.params[0] - 2.0).abs() < 1e-12 && (f.params[1] - 5.0).abs() < 1e-12,
            "{:?}",
            f.params
        );
        assert!(f.convergence.converged, "{}", f.convergence.message);
        // The message counts the steps of each method, and they add up.
        let m = &f.convergence.message;
        let from = m.find("settled (").unwrap() + 9;
        let counts: u64 = m[from..from + m[from..].find(')').unwrap()]
            .split(' ')
            .filter_map(|w| w.trim_matches(',').parse::<u64>().ok())
            .sum();
        assert!(m.contains("Newton steps on the exact derivatives"), "{m}");
        assert_eq!(counts, f.convergence.iterations, "{m}");
        // The exact curvature: se(x) = x / sqrt(2), se(y) = y / 2 (central
        // differences would be 5e-9 off).
        let se = [f.standard_errors[0].unwrap(), f.standard_errors[1].unwrap()];
        assert!((se[0] - 2.0 * 0.5f64.sqrt()).abs() < 1e-12, "{se:?}");
        assert!((se[1] - 2.5).abs() < 1e-12, "{se:?}");
        // The Nelder-Mead steps before and the Newton step all count.
        let plain = fit(&bowl, &starts, &["x", "y"]);
        assert!(f.convergence.iterations < plain.convergence.iterations);
    }

    #[test]
    fn without_derivatives_nelder_mead_polishes_and_says_so() {
        let starts = [vec![1.0, 1.0], vec![10.0, 0.1]];
        let none = |_: &[f64]| None;
        let f = fit_newton(&bowl, &none, &bowl, None, &starts, &["x", "y"], 0.5);
        let plain = fit(&bowl, &starts, &["x", "y"]);
        assert_eq!(f.params, plain.params);
        assert_eq!(f.standard_errors, plain.standard_errors);
        assert_eq!(f.convergence.iterations, plain.convergence.iterations);
        assert!(f.convergence.converged, "{}", f.convergence.message);
        assert!(
            f.convergence.message.contains("so Nelder-Mead polished it"),
            "{}",
            f.convergence.message
        );
    }

    #[test]
    fn where_newton_fails_on_the_sample_nelder_mead_finishes() {
        // The sample's derivatives are missing: each search goes on with
        // Nelder-Mead from where it stopped, and still ends at the peak.
        let starts = [vec![1.0, 1.0], vec![10.0, 0.1]];
        let none = |_: &[f64]| None;
        let f = fit_newton(
            &bowl,
            &bowl_derivatives,
            &bowl,
            Some(&none),
            &starts,
            &["x", "y"],
            0.5,
        );
        assert!(
            (f.params[0] - 2.0).abs() < 1e-12 && (f.params[1] - 5.0).abs() < 1e-12,
            "{:?}",
            f.params
        );
        assert_eq!(f.convergence.agreeing_starts, 2);
        assert!(f.convergence.converged, "{}", f.convergence.message);
    }

    #[test]
    fn a_runaway_under_newton_is_explained() {
        // LL = -1/x - (y - 1)^2: x runs off however it is polished.
        let ll = |p: &[f64]| -1.0 / p[0] - (p[1] - 1.0).powi(2);
        let d = |p: &[f64]| {
            let (x, y) = (p[0], p[1]);
            Some(Derivatives {
                value: ll(p),
                gradient: vec![1.0 / x, -2.0 * (y - 1.0) * y],
                hessian: vec![vec![-1.0 / x, 0.0], vec![0.0, -2.0 * (2.0 * y - 1.0) * y]],
            })
        };
        let f = fit_newton(
            &ll,
            &d,
            &ll,
            Some(&d),
            &[vec![1.0, 1.0], vec![2.0, 2.0]],
            &["x", "y"],
            0.5,
        );
        assert!(!f.convergence.converged);
        assert!(
            f.convergence.message.contains("x went to"),
            "{}",
            f.convergence.message
        );
    }
}
