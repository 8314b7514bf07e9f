//! How well the fit describes the log, as data: the calibration period's
//! repeat-purchase histogram, the holdout purchases by calibration
//! frequency and in total, and the weekly and cumulative repeat purchases,
//! each actual beside the model.
//!
//! Invariant: every table's actual column is a count from the log (never a
//! model number), and each model column is the BG/NBD expectation with the
//! fitted parameters for exactly the same customers.

use crate::bgnbd::BgNbd;
use crate::summary::{CustomerData, Periods, Summary};
use serde::Serialize;

/// Frequencies 0 .. TOP - 1 and a last bucket TOP+ ("7+").
pub const TOP: u32 = 7;

/// One bar of the repeat-purchase histogram of the calibration period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FrequencyBar {
    /// Repeat purchases in the calibration period (the last bar: this many or more).
    pub frequency: u32,
    /// Whether this is the open last bucket ("7+").
    pub or_more: bool,
    /// Customers with this many repeat purchases.
    pub actual: f64,
    /// Customers BG/NBD expects with this many (each customer's own T).
    pub bgnbd: f64,
}

/// Mean holdout purchases of the customers with one calibration frequency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HoldoutBucket {
    /// Repeat purchases in the calibration period (the last bucket: this many or more).
    pub frequency: u32,
    /// Whether this is the open last bucket ("7+").
    pub or_more: bool,
    /// Customers in the bucket.
    pub customers: usize,
    /// Their mean number of purchases in the holdout period.
    pub actual: f64,
    /// BG/NBD's conditional expectation E[Y(t) | x, t_x, T], averaged over them.
    pub bgnbd: f64,
}

/// Total purchases of the cohort in the holdout period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HoldoutTotal {
    /// Purchases in the log.
    pub actual: f64,
    /// The sum of the customers' conditional expectations.
    pub bgnbd: f64,
    /// Mean absolute error of BG/NBD over the frequency buckets (purchases per customer).
    pub bgnbd_bucket_mae: f64,
}

/// One week of repeat purchases (week 1 starts on the log's first day).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Week {
    /// Week number from 1.
    pub week: u32,
    /// Whether the week ends after the calibration end (holdout).
    pub holdout: bool,
    /// Repeat purchases that week in the log.
    pub actual: f64,
    /// BG/NBD's expected repeat purchases that week (unconditional: from each
    /// customer's first purchase on).
    pub bgnbd: f64,
    /// Repeat purchases up to the end of the week, in the log.
    pub cumulative_actual: f64,
    /// Expected repeat purchases up to the end of the week.
    pub cumulative_bgnbd: f64,
}

/// Every diagnostic table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostics {
    /// Calibration-period repeat-purchase histogram (0 .. 6, 7+).
    pub frequency_histogram: Vec<FrequencyBar>,
    /// Holdout purchases by calibration frequency (0 .. 6, 7+); empty without a holdout.
    pub holdout_by_frequency: Vec<HoldoutBucket>,
    /// Holdout totals (`null` without a holdout).
    pub holdout_total: Option<HoldoutTotal>,
    /// Weekly and cumulative repeat purchases over calibration and holdout.
    pub weekly: Vec<Week>,
}

fn bucket(x: u32) -> usize {
    x.min(TOP) as usize
}

/// All diagnostics for the fitted model.
pub fn diagnostics(m: &BgNbd, s: &Summary, p: Periods) -> Diagnostics {
    Diagnostics {
        frequency_histogram: histogram(m, &s.customers),
        holdout_by_frequency: if p.holdout_weeks() > 0.0 {
            holdout_buckets(m, &s.customers, p.holdout_weeks())
        } else {
            Vec::new()
        },
        holdout_total: (p.holdout_weeks() > 0.0)
            .then(|| holdout_total(m, &s.customers, p.holdout_weeks())),
        weekly: weekly(m, s),
    }
}

fn histogram(m: &BgNbd, customers: &[CustomerData]) -> Vec<FrequencyBar> {
    let mut actual = [0.0; TOP as usize + 1];
    let mut model = [0.0; TOP as usize + 1];
    // Customers of the same age share the model's distribution.
    let mut ages: Vec<u64> = customers.iter().map(|c| c.t.to_bits()).collect();
    ages.sort_unstable();
    for c in customers {
        actual[bucket(c.x)] += 1.0;
    }
    let mut i = 0;
    while i < ages.len() {
        let mut j = i;
        while j < ages.len() && ages[j] == ages[i] {
            j += 1;
        }
        let (t, n) = (f64::from_bits(ages[i]), (j - i) as f64);
        let mut below = 0.0;
        for x in 0..TOP {
            let px = m.p_repeats(x, t);
            model[x as usize] += n * px;
            below += px;
        }
        model[TOP as usize] += n * (1.0 - below).max(0.0);
        i = j;
    }
    (0..=TOP)
        .map(|x| FrequencyBar {
            frequency: x,
            or_more: x == TOP,
            actual: actual[x as usize],
            bgnbd: model[x as usize],
        })
        .collect()
}

fn holdout_buckets(m: &BgNbd, customers: &[CustomerData], t: f64) -> Vec<HoldoutBucket> {
    let k = TOP as usize + 1;
    let (mut n, mut actual, mut model) = (vec![0usize; k], vec![0.0; k], vec![0.0; k]);
    for c in customers {
        let b = bucket(c.x);
        n[b] += 1;
        actual[b] += c.holdout as f64;
        model[b] += m.conditional_expected(c.x, c.t_x, c.t, t);
    }
    (0..k)
        .map(|b| {
            let d = n[b].max(1) as f64;
            HoldoutBucket {
                frequency: b as u32,
                or_more: b == TOP as usize,
                customers: n[b],
                actual: actual[b] / d,
                bgnbd: model[b] / d,
            }
        })
        .collect()
}

fn holdout_total(m: &BgNbd, customers: &[CustomerData], t: f64) -> HoldoutTotal {
    let buckets = holdout_buckets(m, customers, t);
    let used: Vec<&HoldoutBucket> = buckets.iter().filter(|b| b.customers > 0).collect();
    let mae =
        used.iter().map(|b| (b.actual - b.bgnbd).abs()).sum::<f64>() / used.len().max(1) as f64;
    HoldoutTotal {
        actual: customers.iter().map(|c| c.holdout as f64).sum(),
        bgnbd: customers
            .iter()
            .map(|c| m.conditional_expected(c.x, c.t_x, c.t, t))
            .sum(),
        bgnbd_bucket_mae: mae,
    }
}

fn weekly(m: &BgNbd, s: &Summary) -> Vec<Week> {
    // Customers who first bought in the same week fraction share E[X(t)].
    let mut firsts: Vec<u64> = s.customers.iter().map(|c| c.first_week.to_bits()).collect();
    firsts.sort_unstable();
    let mut cohorts: Vec<(f64, f64)> = Vec::new();
    for f in firsts {
        match cohorts.last_mut() {
            Some(c) if c.0.to_bits() == f => c.1 += 1.0,
            _ => cohorts.push((f64::from_bits(f), 1.0)),
        }
    }
    let cal_weeks = s
        .customers
        .iter()
        .map(|c| c.first_week + c.t)
        .fold(0.0, f64::max);
    let cumulative = |w: f64| -> f64 {
        cohorts
            .iter()
            .map(|&(f, n)| n * m.expected_repeats(w - f))
            .sum()
    };
    let (mut cum_actual, mut prev) = (0.0, 0.0);
    s.weekly_repeats
        .iter()
        .enumerate()
        .map(|(i, &a)| {
            let end = (i + 1) as f64;
            let cum = cumulative(end);
            cum_actual += a as f64;
            let week = Week {
                week: i as u32 + 1,
                holdout: end > cal_weeks + 1.0 / 7.0 + 1e-9,
                actual: a as f64,
                bgnbd: cum - prev,
                cumulative_actual: cum_actual,
                cumulative_bgnbd: cum,
            };
            prev = cum;
            week
        })
        .collect()
}
