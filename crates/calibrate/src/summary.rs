//! From transactions to what the models see: purchase occasions (one per
//! customer and day), and for each customer the repeat purchases `x`, the
//! recency `t_x` and the age `T` in the calibration period (weeks), the
//! purchases in the holdout period and the mean value of the repeat
//! occasions.
//!
//! Invariants: a customer's transactions on one day are one occasion, whose
//! value is the day's net amount; a return (a negative amount) never makes an
//! occasion: it is netted against a purchase of the same customer on the same
//! day, or left out (counted) when there is none; customers whose first
//! purchase is after the calibration end are not in the cohort (counted).

use crate::date::iso;
use crate::import::Transaction;
use serde::Serialize;

/// Days in a week: the models' time unit.
pub const WEEK: f64 = 7.0;

/// The calibration and holdout periods (days since 1970-01-01, inclusive).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Periods {
    /// The first day of the log: week 1 of the weekly series starts here.
    pub start: i32,
    /// The last day of the calibration period.
    pub calibration_end: i32,
    /// The last day of the holdout period (equal to `calibration_end`: no holdout).
    pub holdout_end: i32,
}

impl Periods {
    /// Holdout length in weeks.
    pub fn holdout_weeks(&self) -> f64 {
        (self.holdout_end - self.calibration_end) as f64 / WEEK
    }
}

/// The periods as printed: ISO dates and lengths in weeks.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct PeriodsOut {
    /// First day of the log (YYYY-MM-DD).
    pub start: String,
    /// Last day of the calibration period.
    pub calibration_end: String,
    /// Last day of the holdout period.
    pub holdout_end: String,
    /// Calibration length from the first day, in weeks.
    pub calibration_weeks: f64,
    /// Holdout length in weeks.
    pub holdout_weeks: f64,
}

impl From<Periods> for PeriodsOut {
    fn from(p: Periods) -> Self {
        PeriodsOut {
            start: iso(p.start),
            calibration_end: iso(p.calibration_end),
            holdout_end: iso(p.holdout_end),
            calibration_weeks: (p.calibration_end - p.start + 1) as f64 / WEEK,
            holdout_weeks: p.holdout_weeks(),
        }
    }
}

/// One customer of the cohort.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CustomerData {
    /// Repeat purchase occasions in the calibration period.
    pub x: u32,
    /// Weeks from the first purchase to the last one in the calibration period.
    pub t_x: f64,
    /// Weeks from the first purchase to the calibration end.
    pub t: f64,
    /// Weeks from the log's first day to this customer's first purchase.
    pub first_week: f64,
    /// Purchase occasions in the holdout period.
    pub holdout: u32,
    /// Mean value of the repeat occasions in the calibration period whose
    /// value is positive, and how many there are (`None`: none).
    pub repeat_spend: Option<(f64, u32)>,
}

/// How returns (negative amounts) were handled.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Returns {
    /// Rows with a negative amount.
    pub rows: usize,
    /// Of those, rows netted against a purchase of the same customer on the same day.
    pub netted: usize,
    /// Rows left out: a return on a day without a purchase by that customer.
    pub left_out: usize,
    /// What was done, in a sentence.
    pub policy: &'static str,
}

/// The log, summarised for the models.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The cohort: customers whose first purchase is on or before the calibration end.
    pub customers: Vec<CustomerData>,
    /// Purchase occasions in the whole log (one per customer and day).
    pub occasions: usize,
    /// Customers whose first purchase is after the calibration end (not in the cohort).
    pub late_customers: usize,
    /// Occasions whose net value is zero or negative (kept as purchases, left out of spend).
    pub non_positive_occasions: usize,
    /// Returns.
    pub returns: Returns,
    /// The cohort's repeat occasions in week w (from `Periods::start`) up to the holdout end.
    pub weekly_repeats: Vec<u32>,
}

/// The returns policy, as the output says it.
pub const RETURNS_POLICY: &str = "a return (negative amount) is not a purchase: it is subtracted from \
    the same customer's purchases on the same day, and left out when that customer bought nothing that day";

/// Summarises the transactions for the periods.
pub fn summarise(transactions: &[Transaction], p: Periods) -> Summary {
    let sorted = by_customer_and_day(transactions);
    let weeks = ((p.holdout_end.max(p.calibration_end) - p.start) / 7 + 1).max(1) as usize;
    let mut s = Summary {
        customers: Vec::new(),
        occasions: 0,
        late_customers: 0,
        non_positive_occasions: 0,
        returns: Returns {
            policy: RETURNS_POLICY,
            ..Returns::default()
        },
        weekly_repeats: vec![0; weeks],
    };
    let mut days = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let c = sorted[i].customer;
        let mut j = i;
        while j < sorted.len() && sorted[j].customer == c {
            j += 1;
        }
        occasions_of(&sorted[i..j], &mut s, &mut days);
        customer(&days, p, &mut s);
        i = j;
    }
    s
}

/// The transactions in the order of a stable sort by (customer, day): by
/// customer with a counting sort when the indices are dense (as
/// [`crate::import`] numbers them), then each customer's by day.
fn by_customer_and_day(transactions: &[Transaction]) -> Vec<Transaction> {
    let n = transactions
        .iter()
        .map(|t| t.customer as usize + 1)
        .max()
        .unwrap_or(0);
    if n > transactions.len().saturating_mul(2).max(1024) {
        let mut sorted = transactions.to_vec();
        sorted.sort_by_key(|t| (t.customer, t.day));
        return sorted;
    }
    // next[c]: where customer c's next transaction goes.
    let mut next = vec![0usize; n + 1];
    for t in transactions {
        next[t.customer as usize + 1] += 1;
    }
    for c in 1..=n {
        next[c] += next[c - 1];
    }
    let mut sorted = transactions.to_vec();
    for t in transactions {
        let at = &mut next[t.customer as usize];
        sorted[*at] = *t;
        *at += 1;
    }
    // Now next[c] is where customer c's transactions end.
    let mut from = 0;
    for &to in &next[..n] {
        let one = &mut sorted[from..to];
        if !one.is_sorted_by_key(|t| t.day) {
            one.sort_by_key(|t| t.day);
        }
        from = to;
    }
    sorted
}

/// One customer's occasions (day, net value), in day order, into `out`.
fn occasions_of(rows: &[Transaction], s: &mut Summary, out: &mut Vec<(i32, f64)>) {
    out.clear();
    let mut k = 0;
    while k < rows.len() {
        let day = rows[k].day;
        let (mut value, mut purchases, mut returns) = (0.0, 0, 0);
        while k < rows.len() && rows[k].day == day {
            value += rows[k].amount;
            if rows[k].amount < 0.0 {
                returns += 1;
            } else {
                purchases += 1;
            }
            k += 1;
        }
        s.returns.rows += returns;
        if purchases == 0 {
            s.returns.left_out += returns;
            continue;
        }
        s.returns.netted += returns;
        s.occasions += 1;
        if value <= 0.0 {
            s.non_positive_occasions += 1;
        }
        out.push((day, value));
    }
}

fn customer(days: &[(i32, f64)], p: Periods, s: &mut Summary) {
    let Some(&(first, _)) = days.first() else {
        return;
    };
    if first > p.calibration_end {
        s.late_customers += 1;
        return;
    }
    let (mut x, mut last, mut holdout) = (0u32, first, 0u32);
    let (mut spend, mut spend_n) = (0.0, 0u32);
    for &(day, value) in &days[1..] {
        if day <= p.calibration_end {
            x += 1;
            last = day;
            if value > 0.0 {
                spend += value;
                spend_n += 1;
            }
        } else if day <= p.holdout_end {
            holdout += 1;
        }
        if day <= p.holdout_end.max(p.calibration_end) {
            let w = ((day - p.start) / 7) as usize;
            if let Some(n) = s.weekly_repeats.get_mut(w) {
                *n += 1;
            }
        }
    }
    s.customers.push(CustomerData {
        x,
        t_x: (last - first) as f64 / WEEK,
        t: (p.calibration_end - first) as f64 / WEEK,
        first_week: (first - p.start) as f64 / WEEK,
        holdout,
        repeat_spend: (spend_n > 0).then(|| (spend / spend_n as f64, spend_n)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(customer: u32, day: i32, amount: f64) -> Transaction {
        Transaction {
            customer,
            day,
            amount,
        }
    }

    /// A log in a scrambled order, with same-day ties (told apart by amount).
    fn scrambled(customers: u32, rows: usize) -> Vec<Transaction> {
        let mut seed = 12_345u64;
        (0..rows)
            .map(|k| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let c = (seed >> 33) as u32 % customers;
                let day = 19_000 + (seed >> 50) as i32 % 20;
                t(c, day, k as f64)
            })
            .collect()
    }

    #[test]
    fn the_counting_sort_orders_as_the_stable_sort_does() {
        let mut logs = vec![
            Vec::new(),
            vec![t(0, 5, 1.0)],
            scrambled(1, 50),
            scrambled(37, 2_000),
            scrambled(5_000, 3_000),
            // Sparse indices: the stable sort itself.
            vec![
                t(u32::MAX - 1, 3, 1.0),
                t(7, 9, 2.0),
                t(u32::MAX - 1, 1, 3.0),
            ],
        ];
        // Customers without transactions in between.
        logs.push(
            scrambled(100, 500)
                .into_iter()
                .filter(|t| t.customer % 3 != 0)
                .collect(),
        );
        for log in logs {
            let mut want = log.clone();
            want.sort_by_key(|t| (t.customer, t.day));
            let got = by_customer_and_day(&log);
            let bits = |v: &[Transaction]| -> Vec<(u32, i32, u64)> {
                v.iter()
                    .map(|t| (t.customer, t.day, t.amount.to_bits()))
                    .collect()
            };
            assert_eq!(bits(&got), bits(&want), "{} rows", log.len());
        }
    }
}
