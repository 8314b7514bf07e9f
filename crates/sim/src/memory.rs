//! How much memory one run may need, known before it starts, so that a
//! shell can refuse a run that would not fit (a browser tab's worker has at
//! most 4 GiB of WebAssembly memory, and a phone much less).
//!
//! Invariant: [`estimate`] is an upper estimate of the peak heap of one run
//! (the programme run or its twin; each worker of the web app runs one):
//! it counts every customer the run can simulate, the day-0 customers plus
//! every arrival the market allows ([`crate::market_size`]), at
//! [`BYTES_PER_CUSTOMER`] each, plus [`BYTES_PER_RUN`]. A run that starts
//! within the budget cannot need more than that budget, because the market
//! bounds the arrivals in the model itself. A full run ([`crate::run`]:
//! the twin, then the programme run, in one place) keeps a copy of the
//! day-0 customers for the programme run while the twin runs, so it may
//! need up to [`BYTES_PER_CUSTOMER`] more for each day-0 customer.

use crate::scenario::Scenario;

/// Heap per simulated customer in one run, in bytes. Measured with
/// `loyalty bench` (its counting allocator): 196 bytes at 4,073,070
/// simulated customers (1,000,000 day-0 customers, 900 days, a market
/// growing by 100 % a year) and 200-205 bytes at 100,000; this is that plus
/// a margin of about a quarter for the allocator and for a growing list's
/// spare room.
pub const BYTES_PER_CUSTOMER: u64 = 256;

/// Heap of one run besides its customers, in bytes: the daily ledger, the
/// monthly rows, the calendar and the report (a 3,650-day run's ledger is
/// under 2 MB), with room to spare.
pub const BYTES_PER_RUN: u64 = 32 << 20;

/// What a run may need, before it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryEstimate {
    /// The most customers the run can simulate (day-0 customers and
    /// arrivals): the market's size.
    pub customers: u64,
    /// The most heap one run (the programme run or the twin) needs, in
    /// bytes.
    pub bytes_per_run: u64,
}

/// The memory one run of `s` may need. Meaningful for a validated
/// scenario; for any other it still returns a number.
pub fn estimate(s: &Scenario) -> MemoryEstimate {
    let customers = u64::from(crate::market_size(s));
    MemoryEstimate {
        customers,
        bytes_per_run: bytes_for(customers),
    }
}

/// The heap one run of `customers` simulated customers may need, in bytes.
pub fn bytes_for(customers: u64) -> u64 {
    customers
        .saturating_mul(BYTES_PER_CUSTOMER)
        .saturating_add(BYTES_PER_RUN)
}

/// The most simulated customers whose run fits in `budget` bytes (0 if not
/// even an empty run does).
pub fn customers_within(budget: u64) -> u64 {
    budget.saturating_sub(BYTES_PER_RUN) / BYTES_PER_CUSTOMER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_counts_the_whole_market() {
        let mut s = Scenario::default();
        s.simulation.customers = 10_000;
        s.market.market_size = None;
        let e = estimate(&s);
        assert_eq!(e.customers, 1_000_000);
        assert_eq!(e.bytes_per_run, 1_000_000 * 256 + (32 << 20));
        s.market.market_size = Some(20_000);
        assert_eq!(estimate(&s).customers, 20_000);
    }

    #[test]
    fn customers_within_inverts_bytes_for() {
        for n in [0u64, 1, 999, 1_000_000, 5_000_000] {
            let b = bytes_for(n);
            assert_eq!(customers_within(b), n);
            assert_eq!(customers_within(b - 1), n.saturating_sub(1));
        }
        assert_eq!(customers_within(0), 0);
        assert_eq!(customers_within(u64::MAX), (u64::MAX - (32 << 20)) / 256);
    }
}
