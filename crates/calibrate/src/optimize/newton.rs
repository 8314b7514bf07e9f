//! Newton's method on a log-likelihood in log-parameters, with the exact
//! gradient and Hessian the model provides: the polish after Nelder-Mead
//! has found the peak on a sample (a handful of steps on all the data
//! instead of hundreds of simplex moves), and the exact curvature for the
//! standard errors.
//!
//! Invariant: [`polish`] returns a point only if every step it took raised
//! the log-likelihood and the gain a further step predicts there is below
//! [`SETTLED`]; otherwise `None`, and the caller falls back to Nelder-Mead.

/// A log-likelihood's value, gradient and Hessian in the log-parameters
/// `u = ln theta`.
#[derive(Clone, Debug, PartialEq)]
pub struct Derivatives {
    /// The log-likelihood.
    pub value: f64,
    /// Its gradient in the log-parameters.
    pub gradient: Vec<f64>,
    /// Its Hessian in the log-parameters (symmetric).
    pub hessian: Vec<Vec<f64>>,
}

impl Derivatives {
    /// From the derivatives in the natural parameters `theta` (gradient `g`,
    /// Hessian `h`), by the chain rule for `u = ln theta`:
    /// dL/du_i = theta_i g_i and d2L/du_i du_j = theta_i theta_j h_ij + [i = j] theta_i g_i.
    pub fn from_natural(value: f64, theta: &[f64], g: &[f64], h: &[Vec<f64>]) -> Derivatives {
        let n = theta.len();
        let gradient: Vec<f64> = (0..n).map(|i| theta[i] * g[i]).collect();
        let hessian = (0..n)
            .map(|i| {
                (0..n)
                    .map(|j| theta[i] * theta[j] * h[i][j] + if i == j { gradient[i] } else { 0.0 })
                    .collect()
            })
            .collect();
        Derivatives {
            value,
            gradient,
            hessian,
        }
    }

    fn finite(&self) -> bool {
        self.value.is_finite()
            && self.gradient.iter().all(|g| g.is_finite())
            && self.hessian.iter().flatten().all(|h| h.is_finite())
    }
}

/// Newton steps at most.
pub const MAX_STEPS: u64 = 50;
/// Settled when the gain a full Newton step predicts, g' (-H)^-1 g / 2, is below this.
pub const SETTLED: f64 = 1e-9;
/// Step halvings before a step counts as failed.
const HALVINGS: u32 = 30;
/// No step moves a log-parameter by more than this (e^5 = 148 times).
const MAX_MOVE: f64 = 5.0;

/// The Cholesky solve of (-H) s = g: the Newton step, or `None` when -H
/// is not positive definite (not at or near a peak).
pub fn newton_step(d: &Derivatives) -> Option<Vec<f64>> {
    damped_step(d, 0.0)
}

/// The Cholesky solve of (-H + mu I) s = g (Levenberg-Marquardt's step:
/// Newton's for mu = 0, a short step up the gradient for large mu), or
/// `None` when -H + mu I is not positive definite.
pub fn damped_step(d: &Derivatives, mu: f64) -> Option<Vec<f64>> {
    let n = d.gradient.len();
    let mut l = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            let v = -d.hessian[i][j] + if i == j { mu } else { 0.0 } - s;
            if i == j {
                if v.is_nan() || v <= 0.0 {
                    return None;
                }
                l[i][i] = libm::sqrt(v);
            } else {
                l[i][j] = v / l[j][j];
            }
        }
    }
    // L y = g, then L' s = y.
    let mut y = vec![0.0; n];
    for i in 0..n {
        y[i] = (d.gradient[i] - (0..i).map(|k| l[i][k] * y[k]).sum::<f64>()) / l[i][i];
    }
    let mut s = vec![0.0; n];
    for i in (0..n).rev() {
        s[i] = (y[i] - (i + 1..n).map(|k| l[k][i] * s[k]).sum::<f64>()) / l[i][i];
    }
    s.iter().all(|v| v.is_finite()).then_some(s)
}

/// Newton's method from `start` (log-parameters) with step halving:
/// (point, its derivatives, steps taken) once it has settled, `None` if
/// the Hessian is not negative definite on the way, no halving of a step
/// raises the log-likelihood, or it has not settled in [`MAX_STEPS`].
pub fn polish(
    derivatives: &dyn Fn(&[f64]) -> Option<Derivatives>,
    start: &[f64],
) -> Option<(Vec<f64>, Derivatives, u64)> {
    let mut u = start.to_vec();
    let mut d = derivatives(&u).filter(Derivatives::finite)?;
    for steps in 1..=MAX_STEPS {
        let s = newton_step(&d)?;
        let gain = 0.5 * s.iter().zip(&d.gradient).map(|(a, b)| a * b).sum::<f64>();
        let largest = s.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let mut t = if largest > MAX_MOVE {
            MAX_MOVE / largest
        } else {
            1.0
        };
        if gain < SETTLED {
            // Settled: take the last (tiny) step unless rounding makes it a loss.
            let v: Vec<f64> = u.iter().zip(&s).map(|(a, b)| a + t * b).collect();
            return match derivatives(&v).filter(Derivatives::finite) {
                Some(e) if e.value >= d.value => Some((v, e, steps)),
                _ => Some((u, d, steps - 1)),
            };
        }
        let mut next = None;
        for _ in 0..HALVINGS {
            let v: Vec<f64> = u.iter().zip(&s).map(|(a, b)| a + t * b).collect();
            if let Some(e) = derivatives(&v).filter(Derivatives::finite) {
                if e.value >= d.value {
                    next = Some((v, e));
                    break;
                }
            }
            t *= 0.5;
        }
        (u, d) = next?;
    }
    None
}

/// Steps a [`climb`] may take.
const MAX_CLIMB: u64 = 100;
/// A climb hands over to [`polish`] when Newton's step predicts a gain below this.
const NEAR: f64 = 1.0;

/// Damped Newton (Levenberg-Marquardt) from a start that may be far from
/// the peak: steps solving (-H + mu I) s = g, mu shrinking (to 0) after a
/// step that raised the log-likelihood and growing after one that did not
/// or where -H + mu I is not positive definite, until Newton's own step
/// (-H positive definite) predicts a gain below [`NEAR`]; then [`polish`]. (point, derivatives,
/// steps in all), or `None` if it does not get there in [`MAX_CLIMB`] steps.
pub fn climb(
    derivatives: &dyn Fn(&[f64]) -> Option<Derivatives>,
    start: &[f64],
) -> Option<(Vec<f64>, Derivatives, u64)> {
    let mut u = start.to_vec();
    let mut d = derivatives(&u).filter(Derivatives::finite)?;
    let mut mu = 0.0f64;
    for steps in 1..=MAX_CLIMB {
        let n = u.len();
        let gain = |s: &[f64]| 0.5 * s.iter().zip(&d.gradient).map(|(a, b)| a * b).sum::<f64>();
        if newton_step(&d).is_some_and(|s| gain(&s) < NEAR) {
            return polish(derivatives, &u).map(|(v, e, k)| (v, e, steps - 1 + k));
        }
        let scale = (0..n).map(|i| d.hessian[i][i].abs()).fold(1e-12, f64::max);
        let Some(s) = damped_step(&d, mu) else {
            mu = (mu * 10.0).max(1e-6 * scale);
            continue;
        };
        let largest = s.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let t = if largest > MAX_MOVE {
            MAX_MOVE / largest
        } else {
            1.0
        };
        let v: Vec<f64> = u.iter().zip(&s).map(|(a, b)| a + t * b).collect();
        match derivatives(&v).filter(Derivatives::finite) {
            Some(e) if e.value > d.value => {
                (u, d) = (v, e);
                mu = if mu < 1e-9 * scale { 0.0 } else { mu / 10.0 };
            }
            _ => mu = (mu * 10.0).max(1e-6 * scale),
        }
    }
    None
}

/// One start's search: a [`climb`] on `screen`'s derivatives; where it
/// does not settle, Nelder-Mead to the loose tolerance, then [`polish`];
/// where that does not settle (or ends worse), Nelder-Mead goes on to the
/// full tolerance from where it stopped:
/// (point, cost on `screen`, Nelder-Mead iterations, Newton steps).
pub(super) fn finish(
    screen: &dyn Fn(&[f64]) -> f64,
    derivatives: &dyn Fn(&[f64]) -> Option<Derivatives>,
    start: &[f64],
    max_iters: u64,
) -> (Vec<f64>, f64, u64, u64) {
    let in_logs = |u: &[f64]| derivatives(&super::natural(u));
    if let Some((u, _, steps)) = climb(&in_logs, start) {
        let c = super::cost(screen, &u);
        if c < 1e299 {
            return (u, c, 0, steps);
        }
    }
    let r = super::run(screen, start, 0.5, max_iters, true);
    if r.1 < 1e299 {
        if let Some((u, _, steps)) = polish(&in_logs, &r.0) {
            let c = super::cost(screen, &u);
            if c <= r.1 + 1e-9 * r.1.abs() {
                return (u, c, r.2, steps);
            }
        }
    }
    let t = super::run(screen, &r.0, 0.1, max_iters.saturating_sub(r.2), false);
    if t.1 <= r.1 {
        (t.0, t.1, r.2 + t.2, 0)
    } else {
        (r.0, r.1, r.2 + t.2, 0)
    }
}

/// Test support: asserts that `d` is the value, gradient and Hessian of
/// `ll` (a log-likelihood in the log-parameters) at `u`, against central
/// differences (step 1e-4): the value to 1e-12 of its size, each slope to
/// 1e-6, each curvature to 1e-5 of its size (or absolutely below 1).
#[cfg(test)]
pub(crate) fn assert_is_the_finite_differences(
    d: &Derivatives,
    ll: &dyn Fn(&[f64]) -> f64,
    u: &[f64],
) {
    let n = u.len();
    let at = |i: usize, di: f64, j: usize, dj: f64| {
        let mut v = u.to_vec();
        v[i] += di;
        v[j] += dj;
        ll(&v)
    };
    assert!(
        (d.value - ll(u)).abs() < 1e-12 * d.value.abs(),
        "{}",
        d.value
    );
    let h = 1e-4;
    for i in 0..n {
        let slope = (at(i, h, i, 0.0) - at(i, -h, i, 0.0)) / (2.0 * h);
        assert!(
            (d.gradient[i] - slope).abs() < 1e-6,
            "{i}: {:?} {slope}",
            d.gradient
        );
        for j in 0..n {
            let curve = (at(i, h, j, h) - at(i, h, j, -h) - at(i, -h, j, h) + at(i, -h, j, -h))
                / (4.0 * h * h);
            assert!(
                (d.hessian[i][j] - curve).abs() < 1e-5 * curve.abs().max(1.0),
                "{i}{j}: {} {curve}",
                d.hessian[i][j]
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// L(u) = -(u0 - 1)^4 - (u0 - 1)^2 - 3 (u1 + 0.5)^2 + (u0 - 1)(u1 + 0.5):
    /// a peak at (1, -0.5), not quadratic (Newton needs several steps).
    fn quartic(u: &[f64]) -> Option<Derivatives> {
        let (a, b) = (u[0] - 1.0, u[1] + 0.5);
        Some(Derivatives {
            value: -a.powi(4) - a * a - 3.0 * b * b + a * b,
            gradient: vec![-4.0 * a.powi(3) - 2.0 * a + b, -6.0 * b + a],
            hessian: vec![vec![-12.0 * a * a - 2.0, 1.0], vec![1.0, -6.0]],
        })
    }

    #[test]
    fn polish_reaches_the_peak_in_a_few_steps() {
        let (u, d, steps) = polish(&quartic, &[3.0, 2.0]).expect("settles");
        assert!(
            (u[0] - 1.0).abs() < 1e-9 && (u[1] + 0.5).abs() < 1e-9,
            "{u:?}"
        );
        assert!(d.value.abs() < 1e-15, "{}", d.value);
        assert!(steps > 2 && steps < 20, "{steps}");
    }

    /// L(u) = -ln(1 + (u0 - 1)^2) - (u1 + 0.5)^2: a peak at (1, -0.5), and
    /// curving up (not concave) where |u0 - 1| > 1.
    fn hill(u: &[f64]) -> Option<Derivatives> {
        let (a, b) = (u[0] - 1.0, u[1] + 0.5);
        let q = 1.0 + a * a;
        Some(Derivatives {
            value: -q.ln() - b * b,
            gradient: vec![-2.0 * a / q, -2.0 * b],
            hessian: vec![vec![-2.0 * (1.0 - a * a) / (q * q), 0.0], vec![0.0, -2.0]],
        })
    }

    #[test]
    fn a_climb_from_where_newton_cannot_start_reaches_the_peak() {
        // At u0 = 4 the Hessian is not negative definite: Newton refuses ...
        assert_eq!(polish(&hill, &[4.0, 3.0]), None);
        // ... and the damped steps get near enough for it.
        let (u, d, steps) = climb(&hill, &[4.0, 3.0]).expect("climbs");
        assert!(
            (u[0] - 1.0).abs() < 1e-9 && (u[1] + 0.5).abs() < 1e-9,
            "{u:?}"
        );
        assert!(d.value.abs() < 1e-15 && steps < 40, "{} {steps}", d.value);
        // A slope without a peak: the climb gives up instead of running on.
        let slope = |u: &[f64]| {
            Some(Derivatives {
                value: u[0],
                gradient: vec![1.0],
                hessian: vec![vec![0.0]],
            })
        };
        assert_eq!(climb(&slope, &[0.0]), None);
    }

    #[test]
    fn the_step_solves_the_newton_system() {
        let d = quartic(&[2.0, 0.0]).unwrap();
        let s = newton_step(&d).unwrap();
        // (-H) s = g.
        for i in 0..2 {
            let lhs: f64 = (0..2).map(|j| -d.hessian[i][j] * s[j]).sum();
            assert!((lhs - d.gradient[i]).abs() < 1e-12, "{i}: {lhs}");
        }
    }

    #[test]
    fn a_valley_or_a_saddle_is_refused() {
        // Curving up in u1: no peak for Newton to climb to.
        let saddle = |u: &[f64]| {
            Some(Derivatives {
                value: -u[0] * u[0] + u[1] * u[1],
                gradient: vec![-2.0 * u[0], 2.0 * u[1]],
                hessian: vec![vec![-2.0, 0.0], vec![0.0, 2.0]],
            })
        };
        assert_eq!(newton_step(&saddle(&[0.5, 0.5]).unwrap()), None);
        assert_eq!(polish(&saddle, &[0.5, 0.5]), None);
        // Derivatives that are not finite are refused too.
        let nan = |_: &[f64]| {
            Some(Derivatives {
                value: f64::NAN,
                gradient: vec![0.0],
                hessian: vec![vec![-1.0]],
            })
        };
        assert_eq!(polish(&nan, &[0.0]), None);
    }

    #[test]
    fn the_chain_rule_to_log_parameters() {
        // L(theta) = theta0^2 theta1: in u, L = e^(2 u0 + u1), so dL/du = (2L, L)
        // and the Hessian is [[4L, 2L], [2L, L]].
        let th = [1.5, 2.0];
        let l = th[0] * th[0] * th[1];
        let g = [2.0 * th[0] * th[1], th[0] * th[0]];
        let h = vec![vec![2.0 * th[1], 2.0 * th[0]], vec![2.0 * th[0], 0.0]];
        let d = Derivatives::from_natural(l, &th, &g, &h);
        let want = [[4.0 * l, 2.0 * l], [2.0 * l, l]];
        assert!((d.gradient[0] - 2.0 * l).abs() < 1e-12 && (d.gradient[1] - l).abs() < 1e-12);
        for (got, want) in d.hessian.iter().flatten().zip(want.iter().flatten()) {
            assert!((got - want).abs() < 1e-12, "{got} {want}");
        }
    }
}
