//! The cohort's distinct calibration histories: customers with the same
//! repeat count `x`, recency `t_x` and age `T` get the same number from
//! every BG/NBD formula, so the mapping and the diagnostics compute each
//! one once per history and weigh it by the history's customers (a log's
//! ages and recencies are whole days, so a million rows make far fewer
//! histories than customers).
//!
//! Invariant: every customer of the cohort is in exactly one history;
//! histories are distinct by (x, T, t_x) to the bit and sorted by them
//! ascending (x first, then T, then t_x).

use crate::summary::CustomerData;

/// The customers with one (x, t_x, T).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct History {
    /// Repeat purchase occasions in the calibration period.
    pub x: u32,
    /// Weeks from the first purchase to the last one in the calibration period.
    pub t_x: f64,
    /// Weeks from the first purchase to the calibration end.
    pub t: f64,
    /// Customers with this history.
    pub customers: u32,
    /// Their purchase occasions in the holdout period, together.
    pub holdout: u64,
}

impl History {
    /// The number of customers as a weight.
    pub fn n(&self) -> f64 {
        self.customers as f64
    }
}

/// The cohort's histories (see the module's invariant).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Histories {
    /// The distinct histories, sorted by (x, T, t_x).
    pub groups: Vec<History>,
}

impl Histories {
    /// Groups the cohort's customers (sorted once).
    pub fn new(customers: &[CustomerData]) -> Histories {
        let mut keys: Vec<(u32, u64, u64, u32)> = customers
            .iter()
            .map(|c| (c.x, c.t.to_bits(), c.t_x.to_bits(), c.holdout))
            .collect();
        keys.sort_unstable();
        let mut groups: Vec<History> = Vec::new();
        for (x, t, t_x, holdout) in keys {
            match groups.last_mut() {
                Some(g) if g.x == x && g.t.to_bits() == t && g.t_x.to_bits() == t_x => {
                    g.customers += 1;
                    g.holdout += u64::from(holdout);
                }
                _ => groups.push(History {
                    x,
                    t_x: f64::from_bits(t_x),
                    t: f64::from_bits(t),
                    customers: 1,
                    holdout: u64::from(holdout),
                }),
            }
        }
        Histories { groups }
    }

    /// Customers in all histories.
    pub fn customers(&self) -> usize {
        self.groups.iter().map(|g| g.customers as usize).sum()
    }

    /// The longest age T (0 without customers).
    pub fn max_age(&self) -> f64 {
        self.groups.iter().map(|g| g.t).fold(0.0, f64::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(x: u32, t_x: f64, t: f64, holdout: u32) -> CustomerData {
        CustomerData {
            x,
            t_x,
            t,
            first_week: 1.0,
            holdout,
            repeat_spend: None,
        }
    }

    #[test]
    fn customers_with_one_history_are_one_group_in_order() {
        let customers = [
            c(2, 10.0, 30.0, 1),
            c(0, 0.0, 30.0, 0),
            c(2, 10.0, 30.0, 4),
            c(2, 12.0, 30.0, 0),
            c(2, 10.0, 20.0, 2),
            c(0, 0.0, 30.0, 3),
        ];
        let h = Histories::new(&customers);
        let got: Vec<(u32, f64, f64, u32, u64)> = h
            .groups
            .iter()
            .map(|g| (g.x, g.t_x, g.t, g.customers, g.holdout))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 0.0, 30.0, 2, 3),
                (2, 10.0, 20.0, 1, 2),
                (2, 10.0, 30.0, 2, 5),
                (2, 12.0, 30.0, 1, 0),
            ]
        );
        assert_eq!(h.customers(), 6);
        assert_eq!(h.max_age(), 30.0);
        assert_eq!(Histories::new(&[]).max_age(), 0.0);
    }
}
