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
    let mut sorted: Vec<Transaction> = transactions.to_vec();
    sorted.sort_by_key(|t| (t.customer, t.day));
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
    let mut i = 0;
    while i < sorted.len() {
        let c = sorted[i].customer;
        let mut j = i;
        while j < sorted.len() && sorted[j].customer == c {
            j += 1;
        }
        let days = occasions_of(&sorted[i..j], &mut s);
        customer(&days, p, &mut s);
        i = j;
    }
    s
}

/// One customer's occasions (day, net value), in day order.
fn occasions_of(rows: &[Transaction], s: &mut Summary) -> Vec<(i32, f64)> {
    let mut out = Vec::new();
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
    out
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
