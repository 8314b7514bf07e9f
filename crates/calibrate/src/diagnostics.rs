//! How well the fit describes the log, as data: the calibration period's
//! repeat-purchase histogram, the holdout purchases by calibration
//! frequency and in total, the weekly and cumulative repeat purchases and
//! the distribution of customers' mean spend, each actual beside the model;
//! and P(alive) by frequency and recency.
//!
//! Invariant: every table's actual column is a count from the log (never a
//! model number), and each model column is the BG/NBD expectation with the
//! fitted parameters for exactly the same customers.

use crate::bgnbd::BgNbd;
use crate::gamma_gamma::{self, GammaGamma};
use crate::pareto_nbd::ParetoNbd;
use crate::special::beta_reg;
use crate::summary::{CustomerData, Periods, Summary};
use serde::{Deserialize, Serialize};

/// Frequencies 0 .. TOP - 1 and a last bucket TOP+ ("7+").
pub const TOP: u32 = 7;

/// One bar of the repeat-purchase histogram of the calibration period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// The calibrated scenario's baseline over the holdout: the day-0
    /// customers' mean purchases in this bucket, the mean of
    /// [`crate::holdout::SEEDS`] (`null` when not simulated).
    #[serde(default)]
    pub simulated: Option<f64>,
    /// Pareto/NBD's conditional expectation, averaged over them (`null`
    /// without a Pareto/NBD fit).
    #[serde(default)]
    pub pareto_nbd: Option<f64>,
}

/// Total purchases of the cohort in the holdout period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldoutTotal {
    /// Purchases in the log.
    pub actual: f64,
    /// The sum of the customers' conditional expectations.
    pub bgnbd: f64,
    /// Mean absolute error of BG/NBD over the frequency buckets (purchases per customer).
    pub bgnbd_bucket_mae: f64,
    /// The calibrated scenario's baseline: the day-0 customers' purchases
    /// over the holdout, for the cohort (`null` when not simulated).
    #[serde(default)]
    pub simulated: Option<f64>,
    /// Mean absolute error of the simulation over the frequency buckets.
    #[serde(default)]
    pub simulated_bucket_mae: Option<f64>,
    /// The sum of the customers' Pareto/NBD conditional expectations
    /// (`null` without a Pareto/NBD fit).
    #[serde(default)]
    pub pareto_nbd: Option<f64>,
    /// Mean absolute error of Pareto/NBD over the frequency buckets.
    #[serde(default)]
    pub pareto_nbd_bucket_mae: Option<f64>,
}

/// One week of repeat purchases (week 1 starts on the log's first day).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostics {
    /// Calibration-period repeat-purchase histogram (0 .. 6, 7+).
    pub frequency_histogram: Vec<FrequencyBar>,
    /// Holdout purchases by calibration frequency (0 .. 6, 7+); empty without a holdout.
    pub holdout_by_frequency: Vec<HoldoutBucket>,
    /// Holdout totals (`null` without a holdout).
    pub holdout_total: Option<HoldoutTotal>,
    /// Weekly and cumulative repeat purchases over calibration and holdout.
    pub weekly: Vec<Week>,
    /// Distribution of the customers' mean repeat spend (empty without a
    /// Gamma-Gamma fit).
    pub spend_distribution: Vec<SpendBin>,
    /// P(alive) at the calibration end by calibration frequency and recency.
    pub p_alive_matrix: AliveMatrix,
}

/// Spend bins: this many of equal width, then one open bin.
pub const SPEND_BINS: usize = 12;
/// Recency bins of the P(alive) matrix.
pub const RECENCY_BINS: usize = 8;

/// One bin of the distribution of customers' mean repeat spend.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpendBin {
    /// Lower edge (currency units, inclusive).
    pub from: f64,
    /// Upper edge (exclusive); `null` for the open last bin.
    pub to: Option<f64>,
    /// Customers whose mean repeat spend is in the bin.
    pub actual: f64,
    /// Customers Gamma-Gamma expects in it, given each one's number of repeat occasions.
    pub gamma_gamma: f64,
}

/// One cell of the P(alive) matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AliveCell {
    /// BG/NBD's P(alive | x, t_x, T) at the cell's centre: x its frequency
    /// (7 for the "7+" row), t_x the middle of its recency bin, T the
    /// matrix's `weeks`.
    pub p_alive: f64,
    /// Customers of the cohort in the cell (by their own x and t_x).
    pub customers: usize,
    /// The mean of those customers' own P(alive | x, t_x, T) (`null`: none).
    pub mean_p_alive: Option<f64>,
}

/// P(alive) by calibration frequency (rows 0 .. 6, 7+) and recency (columns).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AliveMatrix {
    /// T of the model cells: the longest customer's weeks in the calibration period.
    pub weeks: f64,
    /// Recency bin edges in weeks since the first purchase (RECENCY_BINS + 1 values).
    pub recency_edges: Vec<f64>,
    /// One row per frequency 0 .. 6 and 7+, one cell per recency bin.
    pub rows: Vec<Vec<AliveCell>>,
}

pub(crate) fn bucket(x: u32) -> usize {
    x.min(TOP) as usize
}

/// All diagnostics for the fitted models.
pub fn diagnostics(m: &BgNbd, gg: Option<&GammaGamma>, s: &Summary, p: Periods) -> Diagnostics {
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
        spend_distribution: gg
            .map(|g| spend_distribution(g, &gamma_gamma::data(&s.customers)))
            .unwrap_or_default(),
        p_alive_matrix: alive_matrix(m, &s.customers),
    }
}

/// A round bin width at least `w`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_width(w: f64) -> f64 {
    if !(w > 0.0 && w.is_finite()) {
        return 1.0;
    }
    let p = libm::pow(10.0, libm::floor(libm::log10(w)));
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|k| k * p)
        .find(|v| *v >= w * (1.0 - 1e-12))
        .unwrap_or(10.0 * p)
}

/// The distribution of the customers' mean repeat spend `m` (pairs of
/// (mean, occasions), as [`gamma_gamma::data`] gives them): [`SPEND_BINS`]
/// bins of a round width covering the 95th percentile, then an open bin.
/// Under Gamma-Gamma, `x m / (gamma + x m)` is Beta(p x, q) for a customer
/// with `x` occasions, so a bin's expected count is the sum over customers
/// of the Beta probability between its edges.
pub fn spend_distribution(g: &GammaGamma, data: &[(f64, u32)]) -> Vec<SpendBin> {
    if data.is_empty() {
        return Vec::new();
    }
    let mut means: Vec<f64> = data.iter().map(|d| d.0).collect();
    means.sort_by(f64::total_cmp);
    let p95 = means[((means.len() - 1) as f64 * 0.95) as usize];
    let width = nice_width(p95 / SPEND_BINS as f64);
    let mut bins: Vec<SpendBin> = (0..=SPEND_BINS)
        .map(|i| SpendBin {
            from: i as f64 * width,
            to: (i < SPEND_BINS).then(|| (i + 1) as f64 * width),
            actual: 0.0,
            gamma_gamma: 0.0,
        })
        .collect();
    for &m in &means {
        let i = ((m / width) as usize).min(SPEND_BINS);
        bins[i].actual += 1.0;
    }
    // Customers with the same number of occasions share the distribution.
    let mut i = 0;
    while i < data.len() {
        let x = data[i].1;
        let n = data[i..].iter().take_while(|d| d.1 == x).count();
        let xf = x as f64;
        let cdf = |z: f64| -> f64 {
            let u = xf * z / (g.gamma + xf * z);
            beta_reg(g.p * xf, g.q, u).unwrap_or(f64::NAN)
        };
        let mut below = 0.0;
        for b in bins.iter_mut() {
            let upper = b.to.map_or(1.0, cdf);
            b.gamma_gamma += n as f64 * (upper - below);
            below = upper;
        }
        i += n;
    }
    bins
}

/// P(alive) by frequency and recency (see [`AliveMatrix`]).
pub fn alive_matrix(m: &BgNbd, customers: &[CustomerData]) -> AliveMatrix {
    let weeks = customers.iter().map(|c| c.t).fold(0.0, f64::max);
    let width = if weeks > 0.0 {
        weeks / RECENCY_BINS as f64
    } else {
        1.0
    };
    let recency_edges: Vec<f64> = (0..=RECENCY_BINS).map(|i| i as f64 * width).collect();
    let k = TOP as usize + 1;
    let mut count = vec![vec![0usize; RECENCY_BINS]; k];
    let mut sum = vec![vec![0.0; RECENCY_BINS]; k];
    for c in customers {
        let col = ((c.t_x / width) as usize).min(RECENCY_BINS - 1);
        count[bucket(c.x)][col] += 1;
        sum[bucket(c.x)][col] += m.p_alive(c.x, c.t_x, c.t);
    }
    let rows = (0..k)
        .map(|x| {
            (0..RECENCY_BINS)
                .map(|col| AliveCell {
                    p_alive: m.p_alive(x as u32, (col as f64 + 0.5) * width, weeks),
                    customers: count[x][col],
                    mean_p_alive: (count[x][col] > 0).then(|| sum[x][col] / count[x][col] as f64),
                })
                .collect()
        })
        .collect();
    AliveMatrix {
        weeks,
        recency_edges,
        rows,
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
                simulated: None,
                pareto_nbd: None,
            }
        })
        .collect()
}

/// The mean absolute error of a forecast column (`forecast` of a bucket, 0
/// where missing) over the buckets with customers.
pub(crate) fn bucket_mae(
    buckets: &[HoldoutBucket],
    forecast: fn(&HoldoutBucket) -> Option<f64>,
) -> f64 {
    let used: Vec<&HoldoutBucket> = buckets.iter().filter(|b| b.customers > 0).collect();
    used.iter()
        .map(|b| (b.actual - forecast(b).unwrap_or(0.0)).abs())
        .sum::<f64>()
        / used.len().max(1) as f64
}

fn holdout_total(m: &BgNbd, customers: &[CustomerData], t: f64) -> HoldoutTotal {
    let buckets = holdout_buckets(m, customers, t);
    let mae = bucket_mae(&buckets, |b| Some(b.bgnbd));
    HoldoutTotal {
        actual: customers.iter().map(|c| c.holdout as f64).sum(),
        bgnbd: customers
            .iter()
            .map(|c| m.conditional_expected(c.x, c.t_x, c.t, t))
            .sum(),
        bgnbd_bucket_mae: mae,
        simulated: None,
        simulated_bucket_mae: None,
        pareto_nbd: None,
        pareto_nbd_bucket_mae: None,
    }
}

/// Writes Pareto/NBD's conditional expectations into the holdout tables
/// (by bucket, in total and the bucket MAE, as for BG/NBD) for the same
/// customers over the same `t` weeks; leaves them `null` and returns
/// `false` if any customer's expectation cannot be computed.
pub fn fill_pareto_nbd(
    d: &mut Diagnostics,
    m: &ParetoNbd,
    customers: &[CustomerData],
    t: f64,
) -> bool {
    if d.holdout_by_frequency.is_empty() {
        return true;
    }
    let Some(each) = m.conditional_expected_each(customers, t) else {
        return false;
    };
    let mut sums = vec![0.0; TOP as usize + 1];
    for (c, e) in customers.iter().zip(&each) {
        sums[bucket(c.x)] += e;
    }
    for (b, sum) in d.holdout_by_frequency.iter_mut().zip(&sums) {
        b.pareto_nbd = Some(sum / b.customers.max(1) as f64);
    }
    let mae = bucket_mae(&d.holdout_by_frequency, |b| b.pareto_nbd);
    if let Some(total) = d.holdout_total.as_mut() {
        total.pareto_nbd = Some(sums.iter().sum());
        total.pareto_nbd_bucket_mae = Some(mae);
    }
    true
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_widths() {
        assert_eq!(nice_width(0.7), 1.0);
        assert_eq!(nice_width(1.3), 2.0);
        assert_eq!(nice_width(2.2), 2.5);
        assert_eq!(nice_width(37.0), 50.0);
        assert_eq!(nice_width(5.0), 5.0);
        assert_eq!(nice_width(0.0), 1.0);
    }

    #[test]
    fn spend_distribution_counts_and_expects_every_customer() {
        let g = GammaGamma {
            p: 6.25,
            q: 3.74,
            gamma: 15.44,
        };
        let data: Vec<(f64, u32)> = vec![(5.0, 1), (20.0, 1), (35.0, 1), (30.0, 2), (300.0, 4)];
        let bins = spend_distribution(&g, &data);
        assert_eq!(bins.len(), SPEND_BINS + 1);
        // p95 of the means is 35 (index 3 of 5): width nice(35/12) = 5.
        assert_eq!(bins[1].from, 5.0);
        assert_eq!(bins.last().unwrap().to, None);
        assert_eq!(bins.iter().map(|b| b.actual).sum::<f64>(), 5.0);
        assert_eq!(bins[1].actual, 1.0);
        assert_eq!(bins[SPEND_BINS].actual, 1.0);
        let expected: f64 = bins.iter().map(|b| b.gamma_gamma).sum();
        assert!((expected - 5.0).abs() < 1e-9, "{expected}");
        // Below 5, by hand: for x = 1, u = 5 / 20.44 and I_u(6.25, 3.74);
        // for x = 2, u = 10 / 25.44 and I_u(12.5, 3.74); for x = 4,
        // u = 20 / 35.44 and I_u(25, 3.74).
        let by_hand = 3.0 * beta_reg(6.25, 3.74, 5.0 / 20.44).unwrap()
            + beta_reg(12.5, 3.74, 10.0 / 25.44).unwrap()
            + beta_reg(25.0, 3.74, 20.0 / 35.44).unwrap();
        assert!((bins[0].gamma_gamma - by_hand).abs() < 1e-12);
        assert!(bins.iter().all(|b| b.gamma_gamma >= 0.0));
    }

    #[test]
    fn alive_matrix_cells() {
        let m = BgNbd {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        let c = |x, t_x, t| CustomerData {
            x,
            t_x,
            t,
            first_week: 0.0,
            holdout: 0,
            repeat_spend: None,
        };
        let customers = [c(0, 0.0, 38.0), c(2, 30.43, 38.86), c(9, 38.0, 38.86)];
        let a = alive_matrix(&m, &customers);
        assert_eq!(a.weeks, 38.86);
        assert_eq!(a.rows.len(), TOP as usize + 1);
        assert_eq!(a.recency_edges.len(), RECENCY_BINS + 1);
        let counted: usize = a.rows.iter().flatten().map(|c| c.customers).sum();
        assert_eq!(counted, 3);
        // x = 0: alive for sure.
        assert_eq!(a.rows[0][0].customers, 1);
        assert_eq!(a.rows[0][0].mean_p_alive, Some(1.0));
        // x = 2, t_x = 30.43, T = 38.86 (recency bin 6 of width 4.8575): by hand
        // odds = 0.793 / 3.426 * (43.274 / 34.844)^2.243 = 0.37629, P = 0.72658.
        let cell = &a.rows[2][6];
        assert_eq!(cell.customers, 1);
        assert!(
            (cell.mean_p_alive.unwrap() - 0.72658).abs() < 1e-4,
            "{cell:?}"
        );
        // The model cell: x = 2 at the middle of bin 6, t_x = 6.5 * 4.8575.
        let mid = 6.5 * 38.86 / 8.0;
        let odds = 0.793 / 3.426 * ((4.414f64 + 38.86) / (4.414 + mid)).powf(2.243);
        assert!((cell.p_alive - 1.0 / (1.0 + odds)).abs() < 1e-12);
        // Nine repeats land in the 7+ row, the last bin.
        assert_eq!(a.rows[TOP as usize][RECENCY_BINS - 1].customers, 1);
        assert_eq!(a.rows[1][3].mean_p_alive, None);
        // More recent buyers are likelier alive.
        assert!(a.rows[3][7].p_alive > a.rows[3][0].p_alive);
    }
}
