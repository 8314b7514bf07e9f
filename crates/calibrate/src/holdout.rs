//! The acid test's simulated column: the calibrated scenario's baseline (no
//! programme, every occasion a purchase) run over the holdout for
//! [`SEEDS`], counting only the day-0 customers' purchases (not those of
//! the new customers who replace the leavers), by calibration-frequency
//! bucket and in total, the mean over the seeds (docs/model.md, "the acid
//! test").
//!
//! Each day-0 customer stands for `W / n` of the cohort's customers, where
//! `W` is the sum of the classes' weights (count x P(alive), the cohort's
//! expected alive customers) and `n` the scenario's day-0 customers: the
//! dead are not simulated (they buy nothing), so a bucket's mean is `W / n`
//! x its simulated purchases over its customers in the cohort. A small
//! scenario is simulated with [`MIN_SIMULATED`] day-0 customers, a large
//! one with [`MAX_SIMULATED`].
//!
//! Invariant: deterministic (fixed seeds); reads only the scenario's
//! aggregate history, never a customer's data.

use crate::diagnostics::{bucket, Diagnostics, TOP};
use loyalty_sim::{run_observed, Control, Observer, PurchaseEvent, RunError, RunKind, Scenario};

/// The seeds the holdout is simulated with (the mean is reported).
pub const SEEDS: [u64; 5] = [1, 2, 3, 4, 5];

/// The fewest day-0 customers the holdout is simulated with: a scenario
/// with fewer is run with this many (each standing for fewer of the
/// cohort's customers), so that the Monte Carlo noise is small beside the
/// forecast errors; the expectation is the same.
pub const MIN_SIMULATED: u32 = 20_000;

/// The most day-0 customers the holdout is simulated with: a scenario with
/// more (a log of a million rows makes about 200,000) is run with this many,
/// each standing for more of the cohort's customers. The expectation is the
/// same, the Monte Carlo noise of the mean over [`SEEDS`] stays small
/// beside the forecast errors, and the five runs take a quarter of the time.
pub const MAX_SIMULATED: u32 = 50_000;

/// The day-0 customers the holdout of a scenario with `n` is simulated with.
pub fn simulated_customers(n: u32) -> u32 {
    n.clamp(MIN_SIMULATED, MAX_SIMULATED)
}

/// Purchases of each day-0 customer in the baseline run.
struct PerCustomer(Vec<u32>);

impl Observer for PerCustomer {
    fn purchase(&mut self, run: RunKind, e: &PurchaseEvent) {
        if run == RunKind::Baseline {
            if let Some(n) = self.0.get_mut(e.customer as usize) {
                *n += 1;
            }
        }
    }
}

/// Each day-0 customer's purchases in the baseline run of `s` (with `n`
/// day-0 customers); `None` if the run fails. The engine simulates the
/// baseline first and then the programme run (the same again here, as
/// the scenario has no programme), which the acid test does not look at:
/// with `stop_early` the run is cancelled once the baseline's last month
/// is done (the counts are the same).
fn baseline_purchases(s: &Scenario, n: u32, stop_early: bool) -> Option<Vec<u32>> {
    let mut counts = PerCustomer(vec![0; n as usize]);
    let mut baseline_done = false;
    let mut progress = |p: loyalty_sim::Progress| {
        // Months of both runs: the baseline's are the first half.
        if stop_early && 2 * p.done >= p.total {
            baseline_done = true;
            Control::Cancel
        } else {
            Control::Continue
        }
    };
    match run_observed(s, &mut progress, &mut counts) {
        Ok(_) => Some(counts.0),
        Err(RunError::Cancelled) if baseline_done => Some(counts.0),
        Err(_) => None,
    }
}

/// The simulated holdout: mean purchases a cohort customer by bucket
/// (0 .. 6, 7+) and the cohort's total, the mean over [`SEEDS`].
#[derive(Clone, Debug, PartialEq)]
pub struct Simulated {
    /// Mean holdout purchases of a cohort customer in each bucket.
    pub buckets: Vec<f64>,
    /// The cohort's holdout purchases.
    pub total: f64,
    /// The total of each seed, in [`SEEDS`]' order (its spread is the Monte Carlo noise).
    pub totals: Vec<f64>,
    /// The buckets of each seed, in [`SEEDS`]' order.
    pub seed_buckets: Vec<Vec<f64>>,
    /// The day-0 customers simulated ([`simulated_customers`]).
    pub customers: u32,
}

/// Simulates the holdout of `holdout_days` days with the scenario's history;
/// `None` without a history, when the scenario's horizon is not the
/// holdout (a holdout shorter than the 30 days a scenario needs), or when a
/// run fails.
pub fn simulate(scenario: &Scenario, holdout_days: u32) -> Option<Simulated> {
    simulate_with(scenario, holdout_days, &mut |_| {})
}

/// [`simulate`], calling `seed_done` with the number of seeds simulated
/// after each one (for a progress bar).
pub fn simulate_with(
    scenario: &Scenario,
    holdout_days: u32,
    seed_done: &mut dyn FnMut(usize),
) -> Option<Simulated> {
    let h = scenario.customers.history.as_ref()?;
    if scenario.simulation.days != holdout_days {
        return None;
    }
    let mut s = scenario.clone();
    s.programme = None;
    s.events.clear();
    s.simulation.customers = simulated_customers(s.simulation.customers);
    s.market.market_size = None;
    let n = s.simulation.customers;
    let classes = h.assign(n);
    let weight: f64 = h.weights().iter().sum();
    let k = TOP as usize + 1;
    let mut cohort = vec![0.0; k];
    for c in &h.classes {
        cohort[bucket(c.x)] += c.count as f64;
    }
    let scale = weight / n.max(1) as f64;
    let (mut buckets, mut totals, mut seed_buckets) = (vec![0.0; k], Vec::new(), Vec::new());
    for seed in SEEDS {
        s.simulation.seed = seed;
        let counts = baseline_purchases(&s, n, true)?;
        let mut by = vec![0.0; k];
        for (id, &p) in counts.iter().enumerate() {
            by[bucket(h.classes[classes[id] as usize].x)] += p as f64;
        }
        let means: Vec<f64> = (0..k).map(|b| scale * by[b] / cohort[b].max(1.0)).collect();
        for (sum, v) in buckets.iter_mut().zip(&means) {
            *sum += v / SEEDS.len() as f64;
        }
        seed_buckets.push(means);
        totals.push(scale * by.iter().sum::<f64>());
        seed_done(totals.len());
    }
    Some(Simulated {
        buckets,
        total: totals.iter().sum::<f64>() / totals.len() as f64,
        totals,
        seed_buckets,
        customers: n,
    })
}

/// Writes the simulated column into the diagnostics (buckets, total and
/// the bucket MAE over the buckets with customers, as for BG/NBD).
pub fn fill(d: &mut Diagnostics, sim: &Simulated) {
    for (b, v) in d.holdout_by_frequency.iter_mut().zip(&sim.buckets) {
        b.simulated = Some(*v);
    }
    let mae = crate::diagnostics::bucket_mae(&d.holdout_by_frequency, |b| b.simulated);
    if let Some(t) = d.holdout_total.as_mut() {
        t.simulated = Some(sim.total);
        t.simulated_bucket_mae = Some(mae);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopping_after_the_baseline_changes_no_count() {
        let mut s = Scenario {
            programme: None,
            events: Vec::new(),
            ..Scenario::default()
        };
        s.simulation.customers = 300;
        s.simulation.days = 90;
        s.simulation.seed = 7;
        let n = s.simulation.customers;
        let early = baseline_purchases(&s, n, true).expect("a run");
        let full = baseline_purchases(&s, n, false).expect("a run");
        assert_eq!(early, full);
        assert!(early.iter().sum::<u32>() > 0, "customers bought");
    }

    #[test]
    fn the_holdout_is_simulated_with_between_the_fewest_and_the_most() {
        assert_eq!(simulated_customers(1_500), MIN_SIMULATED);
        assert_eq!(simulated_customers(30_000), 30_000);
        assert_eq!(simulated_customers(196_017), MAX_SIMULATED);
    }
}
