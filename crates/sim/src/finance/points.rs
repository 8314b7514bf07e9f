//! Points as an accountant books them: the monthly roll-forward of the
//! balance (points and money), the fate of each month's points (cohorts,
//! first in first out), the IFRS 15 / ASC 606 deferred revenue, the cost
//! per point and the effective rebate.
//!
//! Invariants: every month, `opening + issued - redeemed - expired =
//! closing` in points, and in cents with the revaluation; a cohort's
//! redeemed, expired and outstanding points add up to its issued points;
//! the deferred revenue's `opening + deferred - recognised = closing` in
//! cents, and it is all recognised once no point is outstanding.

use super::{cur, mul_div, RunView, B_MEMBER};
use serde::{Deserialize, Serialize};

/// One month of the points roll-forward.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RollRow {
    /// Month, from 1.
    pub month: u32,
    /// Points outstanding at the start of the month.
    pub opening: u64,
    /// Points credited.
    pub issued: u64,
    /// Points redeemed.
    pub redeemed: u64,
    /// Points expired or written off.
    pub expired: u64,
    /// Points outstanding at the month's end.
    pub closing: u64,
    /// What a point costs the firm when redeemed at the month's end:
    /// its value times the reward cost ratio, currency units.
    pub point_cost: f64,
    /// `opening` at last month's point cost (last month's `closing_value`).
    pub opening_value: f64,
    /// `issued` at this month's point cost.
    pub issued_value: f64,
    /// `redeemed` at this month's point cost.
    pub redeemed_value: f64,
    /// `expired` at this month's point cost.
    pub expired_value: f64,
    /// The change in the value of the opening balance when the point's
    /// value changed (a rule change), plus rounding to the cent.
    pub revaluation: f64,
    /// `closing` at this month's point cost.
    pub closing_value: f64,
    /// The breakage estimate used: points expired over points settled, to date.
    pub breakage: f64,
    /// `closing_value` less the expected breakage: the cost-based liability.
    pub liability: f64,
}

/// The points issued in one month and what became of them (first in, first out).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CohortRow {
    /// The month they were issued, from 1.
    pub month: u32,
    /// Points issued that month.
    pub issued: u64,
    /// Shares redeemed, by the end of each month from the month of issue
    /// (index 0) to the horizon, cumulative.
    pub redeemed: Vec<f64>,
    /// Shares expired, likewise.
    pub expired: Vec<f64>,
    /// Shares still outstanding, likewise (`redeemed + expired +
    /// outstanding = 1` at every age).
    pub outstanding: Vec<f64>,
}

/// One month of the deferred revenue (IFRS 15 / ASC 606), currency units.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeferredRow {
    /// Month, from 1.
    pub month: u32,
    /// The points' stand-alone selling price: a point's value less the
    /// expected breakage, currency units a point.
    pub ssp_per_point: f64,
    /// Contract liability at the start of the month.
    pub opening: f64,
    /// Revenue of the month's sales allocated to the points they earned.
    pub deferred: f64,
    /// Revenue recognised as points were redeemed or expired.
    pub recognised: f64,
    /// Contract liability at the month's end.
    pub closing: f64,
    /// The cost-based liability of the same points (as the KPIs show it).
    pub cost_liability: f64,
}

/// The cost of points and the effective rebate over the horizon.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PointEconomics {
    /// `(rewards + liability at the end) / points issued`: a point's
    /// expected cost, currency units (0 without points).
    pub cost_per_point_issued: f64,
    /// `rewards / points redeemed at the firm`, currency units (0 without redemptions).
    pub cost_per_point_redeemed: f64,
    /// `(members' discounts + rewards) / members' sales at list price` (0 without members).
    pub effective_rebate: f64,
    /// Sales at list price of the customers who ever bought as members.
    pub members_sales: f64,
    /// Their discounts.
    pub members_discounts: f64,
    /// Reward cost (all of it).
    pub rewards: f64,
}

/// The breakage to date at each month's end (as the run computes it).
fn breakage_by_month(v: &RunView) -> Vec<f64> {
    let (mut num, mut den) = (0u64, 0u64);
    v.months
        .iter()
        .map(|m| {
            num += m.points_expired;
            den += m.points_expired + m.points_redeemed;
            if den > 0 {
                num as f64 / den as f64
            } else {
                0.0
            }
        })
        .collect()
}

/// The monthly roll-forward of the programme run's points.
pub(crate) fn rollforward(v: &RunView) -> Vec<RollRow> {
    let breakage = breakage_by_month(v);
    let (mut opening, mut opening_c) = (0u64, 0i64);
    let mut rows = Vec::with_capacity(v.months.len());
    for (m, s) in v.months.iter().enumerate() {
        let unit = v.books.point_value.get(m).copied().unwrap_or(0.0) * v.books.cost_ratio * 100.0;
        let at = |p: u64| libm::round(p as f64 * unit) as i64;
        let (issued_c, redeemed_c, expired_c) = (
            at(s.points_issued),
            at(s.points_redeemed),
            at(s.points_expired),
        );
        let closing_c = at(s.points_outstanding);
        let reval = closing_c - opening_c - issued_c + redeemed_c + expired_c;
        rows.push(RollRow {
            month: m as u32 + 1,
            opening,
            issued: s.points_issued,
            redeemed: s.points_redeemed,
            expired: s.points_expired,
            closing: s.points_outstanding,
            point_cost: unit / 100.0,
            opening_value: cur(opening_c),
            issued_value: cur(issued_c),
            redeemed_value: cur(redeemed_c),
            expired_value: cur(expired_c),
            revaluation: cur(reval),
            closing_value: cur(closing_c),
            breakage: breakage[m],
            liability: s.liability,
        });
        opening = s.points_outstanding;
        opening_c = closing_c;
    }
    rows
}

/// Takes `n` points from the oldest cohorts with points left, adding them
/// to `taken` (per cohort).
fn take_oldest(left: &mut [u64], taken: &mut [u64], mut n: u64) {
    for (l, t) in left.iter_mut().zip(taken.iter_mut()) {
        if n == 0 {
            return;
        }
        let x = (*l).min(n);
        *l -= x;
        *t += x;
        n -= x;
    }
}

/// Each month's points and their fate: every month's redemptions, then its
/// expiries, are taken from the oldest points left (members spend and lose
/// their oldest points first).
pub(crate) fn cohorts(v: &RunView) -> Vec<CohortRow> {
    let n = v.months.len();
    let mut left = vec![0u64; n];
    let (mut red, mut exp) = (vec![0u64; n], vec![0u64; n]);
    let mut rows: Vec<CohortRow> = v
        .months
        .iter()
        .enumerate()
        .map(|(m, s)| CohortRow {
            month: m as u32 + 1,
            issued: s.points_issued,
            ..CohortRow::default()
        })
        .collect();
    for (m, s) in v.months.iter().enumerate() {
        left[m] = s.points_issued;
        take_oldest(&mut left[..=m], &mut red[..=m], s.points_redeemed);
        take_oldest(&mut left[..=m], &mut exp[..=m], s.points_expired);
        for (c, row) in rows.iter_mut().enumerate().take(m + 1) {
            let issued = row.issued.max(1) as f64;
            if row.issued > 0 {
                row.redeemed.push(red[c] as f64 / issued);
                row.expired.push(exp[c] as f64 / issued);
                row.outstanding.push(left[c] as f64 / issued);
            }
        }
    }
    rows.retain(|r| r.issued > 0);
    rows
}

/// The deferred revenue month by month: a sale that earns points defers
/// the part of its revenue that the points' stand-alone selling price
/// takes (relative selling prices); each point redeemed or expired
/// releases the average deferred revenue a point outstanding.
pub(crate) fn deferred(v: &RunView) -> Vec<DeferredRow> {
    let breakage = breakage_by_month(v);
    let (mut open_pts, mut open_c) = (0u64, 0i64);
    let mut rows = Vec::with_capacity(v.months.len());
    for (m, s) in v.months.iter().enumerate() {
        let value = v.books.point_value.get(m).copied().unwrap_or(0.0);
        let ssp = value * (1.0 - breakage[m]);
        let own = s.points_issued.saturating_sub(s.partner_points);
        let points_c = own as f64 * ssp * 100.0;
        let sales_c = v.books.points_sales.get(m).copied().unwrap_or(0) as f64;
        let deferred = if sales_c + points_c > 0.0 {
            libm::round(sales_c * points_c / (sales_c + points_c)) as i64
        } else {
            0
        };
        let pool = open_c + deferred;
        let settled = (s.points_redeemed + s.points_expired) as i64;
        let recognised = if s.points_outstanding == 0 {
            pool
        } else {
            mul_div(pool, settled, (open_pts + s.points_issued) as i64).min(pool)
        };
        let closing = pool - recognised;
        rows.push(DeferredRow {
            month: m as u32 + 1,
            ssp_per_point: ssp,
            opening: cur(open_c),
            deferred: cur(deferred),
            recognised: cur(recognised),
            closing: cur(closing),
            cost_liability: s.liability,
        });
        open_pts = s.points_outstanding;
        open_c = closing;
    }
    rows
}

/// Cost per point issued and redeemed, and the effective rebate.
pub(crate) fn economics(v: &RunView) -> PointEconomics {
    let t = v.ledger.total();
    let liability = v.months.last().map_or(0.0, |m| m.liability);
    let (mut sales, mut discounts) = (0i64, 0i64);
    for b in v.books.iter().filter(|b| b.flags & B_MEMBER != 0) {
        sales += b.sales;
        discounts += b.discounts;
    }
    let here = t
        .points_redeemed
        .saturating_sub(t.points_redeemed_at_partners);
    let per = |x: f64, n: u64| if n > 0 { x / n as f64 } else { 0.0 };
    PointEconomics {
        cost_per_point_issued: per(cur(t.rewards) + liability, t.points_issued),
        cost_per_point_redeemed: per(cur(t.rewards), here),
        effective_rebate: if sales > 0 {
            (discounts + t.rewards) as f64 / sales as f64
        } else {
            0.0
        },
        members_sales: cur(sales),
        members_discounts: cur(discounts),
        rewards: cur(t.rewards),
    }
}
