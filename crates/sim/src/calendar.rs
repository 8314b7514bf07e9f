//! The event calendar: one list of pending occasions per day.
//!
//! Invariant: each customer has at most one pending occasion, kept in an
//! intrusive per-day list (the day's head here, a `next` link in the
//! customer), so scheduling allocates nothing and quiet days cost nothing.

use crate::population::{Population, NONE};

/// The heads of the per-day lists.
pub(crate) struct Calendar {
    heads: Vec<u32>,
}

impl Calendar {
    /// An empty calendar of `days` days.
    pub(crate) fn new(days: u32) -> Self {
        Calendar {
            heads: vec![NONE; days as usize],
        }
    }
    /// Adds customer `id`'s next occasion to day `day`'s list.
    #[inline]
    pub(crate) fn schedule(&mut self, customers: &mut Population, id: u32, day: u32) {
        customers.get_mut(id).next = self.heads[day as usize];
        self.heads[day as usize] = id;
    }
    /// Takes day `day`'s list: its first customer (follow `next` for the rest).
    #[inline]
    pub(crate) fn take(&mut self, day: u32) -> u32 {
        std::mem::replace(&mut self.heads[day as usize], NONE)
    }
}
