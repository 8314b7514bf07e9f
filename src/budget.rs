//! Whether a run fits in this browser tab, checked before it starts.
//!
//! Each of the two simulation workers runs one of the two runs (the twin or
//! the programme run) in its own WebAssembly memory, which can address at
//! most 4 GiB. The core's [`loyalty_sim::memory::estimate`] says how much
//! one run may need; this module sets the budget a worker may use on this
//! device and turns a run over it into a problem of the setting that
//! bounds it.
//!
//! Invariant: before a run, a scenario is refused only when its day-0
//! customers alone exceed [`worker_budget`] (with the largest population
//! that fits); during a run each worker stops once its run holds more
//! customers than fit (`Request::Part`'s `max_customers`), so no run grows
//! past the budget by more than one month's arrivals.

use loyalty_sim::memory::{bytes_for, customers_within, estimate};
use loyalty_sim::Scenario;

const GIB: f64 = (1u64 << 30) as f64;

/// The most one worker may use in any browser: 3 GiB of the 4 GiB a
/// WebAssembly memory can address (the rest for the allocator's growth
/// steps and the page).
pub const WORKER_CAP: u64 = 3 << 30;

/// The memory one worker may use, in bytes: a quarter of the device's
/// memory (the two workers together take half), at most [`WORKER_CAP`].
/// `device_gib` is `navigator.deviceMemory` (Chromium reports 0.25 to 8
/// GiB, rounded); where the browser does not say, [`WORKER_CAP`].
pub fn worker_budget(device_gib: Option<f64>) -> u64 {
    match device_gib {
        Some(g) if g.is_finite() && g > 0.0 => ((g * GIB / 4.0) as u64).min(WORKER_CAP),
        _ => WORKER_CAP,
    }
}

/// The problem, if a run of `s` cannot fit in `budget` bytes a worker
/// even before any customer arrives: the setting's path
/// (`simulation.customers`) and a sentence that says how large a
/// population would fit. Growth beyond the budget is caught during the
/// run instead (`Request::Part`'s `max_customers`), since how many
/// customers arrive is known only then; [`loyalty_sim::memory::estimate`]'s
/// bound (the whole market) would refuse many runs that fit.
pub fn check(l: crate::i18n::Lang, s: &Scenario, budget: u64) -> Option<(String, String)> {
    let customers = u64::from(s.simulation.customers);
    let need = bytes_for(customers);
    if need <= budget {
        return None;
    }
    let fit = customers_within(budget);
    Some((
        "simulation.customers".into(),
        crate::text::memory::customers_too_many(l, need, budget, fit),
    ))
}

/// Whether every run of `s` fits in `budget` bytes a worker, however many
/// customers arrive (its whole market fits).
pub fn always_fits(s: &Scenario, budget: u64) -> bool {
    estimate(s).bytes_per_run <= budget
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(customers: u32, market: Option<u32>) -> Scenario {
        let mut s = Scenario::default();
        s.simulation.customers = customers;
        s.market.market_size = market;
        s
    }

    #[test]
    fn the_budget_is_a_quarter_of_the_device_at_most_the_cap() {
        assert_eq!(worker_budget(Some(2.0)), 1 << 29);
        assert_eq!(worker_budget(Some(8.0)), 2 << 30);
        assert_eq!(worker_budget(Some(64.0)), WORKER_CAP);
        assert_eq!(worker_budget(None), WORKER_CAP);
        assert_eq!(worker_budget(Some(f64::NAN)), WORKER_CAP);
        assert_eq!(worker_budget(Some(0.0)), WORKER_CAP);
    }

    #[test]
    fn every_validated_population_fits_a_desktop() {
        // The validator's largest: 5,000,000 simulated customers.
        let s = scenario(1_000_000, Some(loyalty_sim::MAX_POPULATION));
        assert!(always_fits(&s, worker_budget(Some(8.0))));
        assert!(always_fits(&s, worker_budget(None)));
        assert_eq!(
            check(crate::i18n::Lang::En, &s, worker_budget(Some(8.0))),
            None
        );
        // A 1 GiB device could not hold the whole market.
        assert!(!always_fits(&s, worker_budget(Some(1.0))));
    }

    #[test]
    fn a_small_device_refuses_day_0_customers_that_do_not_fit_and_says_what_would() {
        // A 1 GiB device: 256 MiB a worker, 917,504 customers.
        let budget = worker_budget(Some(1.0));
        let fit = customers_within(budget);
        assert_eq!(fit, 917_504);
        // Its market could outgrow the budget, but that is caught in the run.
        assert_eq!(
            check(crate::i18n::Lang::En, &scenario(100_000, None), budget),
            None
        );
        assert_eq!(
            check(crate::i18n::Lang::En, &scenario(917_504, None), budget),
            None
        );
        let (path, message) =
            check(crate::i18n::Lang::En, &scenario(917_505, None), budget).expect("refused");
        assert_eq!(path, "simulation.customers");
        assert!(message.contains("917,504"), "{message}");
        assert!(message.contains("Lower Customers"), "{message}");
    }
}
