//! Day-0 customers conditioned on an aggregate purchase history
//! (`customers.history`, written by the calibration): the BG/NBD parameters
//! and a table of history classes (repeat purchases x, the week of the last
//! one t_x, the weeks since the first purchase T, and how many customers
//! had it). See docs/model.md, "Calibration from a transaction log".
//!
//! Each day-0 customer stands for one class: the classes are weighted by
//! `count x P(alive | x, t_x, T)` and laid out over the ids in order
//! (systematic sampling, [`History::assign`]), so the population is the
//! alive part of the cohort, class by class. A customer of class (x, t_x,
//! T) then draws a weekly purchase rate lambda ~ Gamma(r + x, alpha + T)
//! and a dropout probability p ~ Beta(a, b + x), the BG/NBD posteriors, and
//! moves away after an Exponential(lambda p) time from day 0: dropping out
//! with probability p after each of Exponential(lambda) gaps makes the
//! lifetime Exponential(lambda p), so E[purchases in t | lambda, p] = (1 -
//! e^(-lambda p t)) / p, BG/NBD's own.
//!
//! Invariants: a pure function of the scenario, the seed and the id (its
//! own stream, `Domain::History`, so no other draw moves); without a
//! history nothing here runs and every result is as before; the table holds
//! only aggregates (no customer ids, dates or amounts).

use crate::population::Customer;
use crate::rng::{Domain, Stream};
use serde::{Deserialize, Serialize};

/// The most classes a history may have.
pub const MAX_HISTORY_CLASSES: usize = 2_000;

/// The range of the BG/NBD parameters a history may have.
pub const PARAMETER_RANGE: (f64, f64) = (1e-9, 1e12);

/// Days in a week (the history is in weeks, the engine in days).
const WEEK: f64 = 7.0;

/// The lowest daily purchase rate a conditioned customer gets (a draw of
/// Gamma with a small shape can be nearly 0; this changes no expectation
/// visibly: 1e-9 purchases a day).
const MIN_RATE: f64 = 1e-9;

/// An aggregate purchase history of the day-0 customers: the BG/NBD
/// parameters (weekly units) and the classes of histories with counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Gamma shape of the weekly purchase rate.
    pub r: f64,
    /// Gamma rate of the weekly purchase rate (weeks).
    pub alpha: f64,
    /// Beta parameter of the dropout probability.
    pub a: f64,
    /// Beta parameter of the dropout probability.
    pub b: f64,
    /// The classes, each written `[x, t_x, T, count]`.
    pub classes: Vec<HistoryClass>,
}

/// Customers who share a history: `x` repeat purchases, the last at week
/// `t_x`, first purchase `t` weeks before day 0 (in JSON `[x, t_x, t, count]`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "(u32, f64, f64, u32)", into = "(u32, f64, f64, u32)")]
pub struct HistoryClass {
    /// Repeat purchases.
    pub x: u32,
    /// Weeks from the first purchase to the last (0 without repeats).
    pub t_x: f64,
    /// Weeks from the first purchase to day 0 (BG/NBD's T).
    pub t: f64,
    /// Customers with this history.
    pub count: u32,
}

impl From<(u32, f64, f64, u32)> for HistoryClass {
    fn from((x, t_x, t, count): (u32, f64, f64, u32)) -> Self {
        HistoryClass { x, t_x, t, count }
    }
}

impl From<HistoryClass> for (u32, f64, f64, u32) {
    fn from(c: HistoryClass) -> Self {
        (c.x, c.t_x, c.t, c.count)
    }
}

impl History {
    /// BG/NBD's P(alive | x, t_x, T) (Fader, Hardie and Lee 2005, eq. 13).
    pub fn p_alive(&self, x: u32, t_x: f64, t: f64) -> f64 {
        if x == 0 {
            return 1.0;
        }
        let xf = x as f64;
        let odds = self.a / (self.b + xf - 1.0)
            * libm::pow((self.alpha + t) / (self.alpha + t_x), self.r + xf);
        1.0 / (1.0 + odds)
    }

    /// Each class's weight: its count times P(alive), or its count if every
    /// weight is 0 (an extreme table).
    pub fn weights(&self) -> Vec<f64> {
        let w: Vec<f64> = self
            .classes
            .iter()
            .map(|c| c.count as f64 * self.p_alive(c.x, c.t_x, c.t))
            .collect();
        let total: f64 = w.iter().sum();
        if total > 0.0 && total.is_finite() {
            w
        } else {
            self.classes.iter().map(|c| c.count as f64).collect()
        }
    }

    /// The class of each of `customers` day-0 customers (by id): the
    /// weights laid out in order, customer i takes the class at
    /// `(i + 1/2) / customers` of the total (systematic sampling), so each
    /// class has `customers x weight / total` customers, give or take one.
    pub fn assign(&self, customers: u32) -> Vec<u32> {
        let w = self.weights();
        let mut cum = Vec::with_capacity(w.len());
        let mut total = 0.0;
        for v in &w {
            total += v;
            cum.push(total);
        }
        let last = w.len().saturating_sub(1);
        (0..customers)
            .map(|i| {
                let target = (i as f64 + 0.5) / customers as f64 * total;
                cum.partition_point(|&c| c <= target).min(last) as u32
            })
            .collect()
    }

    /// Draws day-0 customer `id`'s purchase rate and moving-away day from
    /// the posteriors of class `class` (in this order: lambda, p, the
    /// lifetime), on the stream History/id/0.
    pub(crate) fn condition(&self, c: &mut Customer, seed: u64, id: u32, class: u32) {
        let Some(h) = self.classes.get(class as usize) else {
            return;
        };
        let mut r = Stream::new(seed, Domain::History, id as u64, 0);
        let xf = h.x as f64;
        let lambda = r.gamma(self.r + xf, 1.0 / (self.alpha + h.t)) / WEEK;
        let p = r.beta(self.a, self.b + xf);
        let rate = lambda.max(MIN_RATE);
        let hazard = rate * p;
        let life = if hazard > 0.0 {
            r.exponential(1.0 / hazard)
        } else {
            f64::INFINITY
        };
        c.rate = rate as f32;
        c.exit_day = libm::round(life).min(u16::MAX as f64) as u16;
    }
}

/// Checks a history: parameters positive and finite, at most
/// [`MAX_HISTORY_CLASSES`] classes, and each class possible (0 <= t_x <= T,
/// t_x = 0 without repeats, at least one customer).
pub(crate) fn validate(c: &mut crate::validate::Check, h: &History) {
    use crate::Quantity;
    let path = "customers.history";
    for (name, v) in [("r", h.r), ("alpha", h.alpha), ("a", h.a), ("b", h.b)] {
        c.range(
            &format!("{path}.{name}"),
            v,
            PARAMETER_RANGE.0,
            PARAMETER_RANGE.1,
            Quantity::ModelParameter,
        );
    }
    c.range_u(
        &format!("{path}.classes"),
        h.classes.len() as u64,
        1,
        MAX_HISTORY_CLASSES as u64,
        Quantity::Count,
    );
    for (i, k) in h.classes.iter().enumerate().take(MAX_HISTORY_CLASSES) {
        let at = format!("{path}.classes[{i}]");
        c.range_u(&at, k.x as u64, 0, 100_000, Quantity::Purchases);
        c.range(&at, k.t, 0.0, MAX_WEEKS, Quantity::Weeks);
        c.range(&at, k.t_x, 0.0, MAX_WEEKS, Quantity::Weeks);
        c.range_u(&at, k.count as u64, 1, 10_000_000, Quantity::WholeCustomers);
        if k.t_x > k.t || (k.x == 0 && k.t_x != 0.0) {
            c.rule(&at, crate::Rule::HistoryRecency);
        }
    }
}

/// The longest history, in weeks (a century).
const MAX_WEEKS: f64 = 5_218.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn history(classes: Vec<HistoryClass>) -> History {
        History {
            r: 0.24,
            alpha: 4.4,
            a: 0.79,
            b: 2.43,
            classes,
        }
    }

    #[test]
    fn classes_are_laid_out_by_weight() {
        let c = |x, t_x, count| HistoryClass {
            x,
            t_x,
            t: 30.0,
            count,
        };
        // A class that is surely dead gets (almost) nobody.
        let h = history(vec![c(0, 0.0, 100), c(5, 1.0, 1000), c(2, 29.0, 100)]);
        let w = h.weights();
        assert_eq!(w[0], 100.0);
        assert!(w[1] < 1.0 && w[2] > 50.0, "{w:?}");
        let a = h.assign(1000);
        let n = |k| a.iter().filter(|&&v| v == k).count() as f64;
        let total: f64 = w.iter().sum();
        for (k, wk) in w.iter().enumerate() {
            assert!((n(k as u32) - 1000.0 * wk / total).abs() <= 1.0, "{a:?}");
        }
    }

    #[test]
    fn a_class_round_trips_as_an_array() {
        let h = history(vec![HistoryClass {
            x: 3,
            t_x: 20.0,
            t: 31.0,
            count: 7,
        }]);
        let json = serde_json::to_string(&h).unwrap();
        assert!(json.contains("[3,20.0,31.0,7]"), "{json}");
        assert_eq!(serde_json::from_str::<History>(&json).unwrap(), h);
    }
}
