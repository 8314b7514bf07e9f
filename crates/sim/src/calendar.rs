//! The event calendar: the pending occasions of each day.
//!
//! Invariants: each customer has at most one pending occasion; a day's
//! occasions are taken once, in customer id order (so memory is walked in
//! order and the order of processing within a day is a documented rule,
//! not an accident of scheduling).

/// The pending occasions, one list of customer ids per day.
#[derive(Clone)]
pub(crate) struct Calendar {
    days: Vec<Vec<u32>>,
}

impl Calendar {
    /// An empty calendar of `days` days.
    pub(crate) fn new(days: u32) -> Self {
        Calendar {
            days: (0..days).map(|_| Vec::new()).collect(),
        }
    }
    /// Adds customer `id`'s next occasion to day `day`.
    #[inline]
    pub(crate) fn schedule(&mut self, id: u32, day: u32) {
        self.days[day as usize].push(id);
    }
    /// Takes day `day`'s occasions, in id order (the day's list is freed).
    pub(crate) fn take(&mut self, day: u32) -> Vec<u32> {
        let mut ids = std::mem::take(&mut self.days[day as usize]);
        ids.sort_unstable();
        ids
    }
}
