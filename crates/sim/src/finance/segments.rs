//! The economics of each targeted segment (each offer, each kind of coupon,
//! the VIP terms, the club): the members it reached, its own booked cost,
//! what it gave them inside the increment (an offer's discounts and points),
//! and the increment of the customers it reached against the same customers
//! in the twin (the waterfall's customer-level parts), with the cost per
//! currency unit of that increment.
//!
//! Invariants: a segment's reached and not-reached customers together are
//! every customer, so `incremental_gross_profit + rest` is the waterfall's
//! customer-level total for every row; the rows' costs are the ledger's
//! (VIP terms, club costs less fees, coupons' sending) to the cent.

use super::{cur, waterfall, RunView};
use crate::mechanics::MonthEnd;
use crate::population::{Customer, ACTIVE, X_CLUB, X_VIP};
use crate::rules::cents;
use crate::scenario::{Scenario, Segment};
use serde::{Deserialize, Serialize};

/// Reach bit: a VIP for at least one month.
const R_VIP: u32 = 1;
/// Reach bit: a club member at a month's end.
const R_CLUB: u32 = 2;
/// Index of the first reach bit of the coupons (one per kind, at most 8).
const R_COUPON: u32 = 2;
/// Index of the first reach bit of the offers (one per offer, at most 8).
const R_OFFER: u32 = 10;

/// One targeted segment's economics (money in currency units, over the horizon).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SegmentRow {
    /// What targets it: `offer`, `coupon`, `vip` or `club`.
    pub kind: String,
    /// Its place among the offers or the coupons, from 0 (0 for `vip`, `club`).
    pub index: u32,
    /// The segment, as written in the scenario (`top_spenders share=0.2`).
    pub segment: String,
    /// Members reached: for an offer, members in its segment at a month's
    /// end at least once; for a coupon, members sent at least one; for the
    /// VIP terms, members who were VIPs for a month at least; for the club,
    /// club members at a month's end.
    pub reach: u64,
    /// Its own booked cost less its own income: the VIP terms; the club's
    /// member and event costs less its fees; the coupons' sending cost. An
    /// offer books none of its own (its discounts and points are in the
    /// increment), nor does a coupon's face value (a discount).
    pub cost: f64,
    /// What it gave its members inside the increment below: for an offer,
    /// its extra discount on their purchases plus the points its multiplier
    /// added, each valued at what an outstanding point is expected to cost
    /// (the liability's ratio); 0 for the others (a coupon's face value is
    /// not told apart from the other discounts).
    pub benefits: f64,
    /// The customers reached: their margin less discounts and rewards,
    /// against the same customers in the twin (the sum of their
    /// customer-level waterfall parts).
    pub incremental_gross_profit: f64,
    /// The same for every customer it did not reach.
    pub rest: f64,
    /// `(cost + benefits) / (incremental_gross_profit + benefits)`: what
    /// one currency unit of the reached customers' increment cost, before
    /// the segment's own costs and benefits; `null` when that cost is 0 or
    /// less or that increment is not positive.
    pub cost_per_profit: Option<f64>,
}

/// The reach bits of customer `id` at the end of a month, after the
/// month-end hooks; `before` is the coupon they held (kind, last day) before them.
pub(crate) fn reach(x: &MonthEnd, id: u32, c: &Customer, before: (u8, u16)) -> u32 {
    if !c.is_member() || c.status != ACTIVE {
        return 0;
    }
    let mut r = 0;
    if c.extra & X_VIP != 0 && x.r.m.vip.is_some() {
        r |= R_VIP;
    }
    if c.extra & X_CLUB != 0 && x.r.m.club.is_some() {
        r |= R_CLUB;
    }
    if c.coupon != 0 && (c.coupon, c.coupon_until) != before {
        r |= 1 << (R_COUPON + (c.coupon as u32 - 1).min(7));
    }
    let at = x.at(id, x.last);
    for (i, o) in x.r.discount.offers.iter().enumerate().take(8) {
        if at.in_segment(&o.segment, c) {
            r |= 1 << (R_OFFER + i as u32);
        }
    }
    r
}

/// Which coupon kind a reach mark sent (`None`: none).
pub(crate) fn coupon_sent(bits: u32) -> Option<usize> {
    let c = (bits >> R_COUPON) & 0xff;
    (c != 0).then(|| c.trailing_zeros() as usize)
}

/// Whether the programme targets a segment the finance view follows.
pub(crate) fn targets(p: &crate::scenario::Programme) -> bool {
    !p.offers.is_empty() || !p.coupons.is_empty() || p.vip.is_some() || p.club.is_some()
}

/// A segment as text: its kind, then its settings (`tier min=2`).
fn describe(sg: &Segment) -> String {
    let v = serde_json::to_value(sg).unwrap_or_default();
    let mut s = v["kind"].as_str().unwrap_or("").to_string();
    if let Some(m) = v.as_object() {
        for (k, x) in m.iter().filter(|(k, _)| k.as_str() != "kind") {
            s.push_str(&format!(" {k}={x}"));
        }
    }
    s
}

/// The segment rows: the offers, the coupons, the VIP terms, the club.
pub(crate) fn build(s: &Scenario, prog: &RunView, base: &RunView) -> Vec<SegmentRow> {
    let Some(p) = s.programme.as_ref() else {
        return Vec::new();
    };
    let t = prog.ledger.total();
    // (kind, index, segment, reach bit, own cost in cents, benefits in cents)
    let mut spec: Vec<(&str, usize, &Segment, u32, i64, i64)> = Vec::new();
    for (i, o) in p.offers.iter().enumerate().take(8) {
        let discounts = prog.books.offer_discounts.get(i).copied().unwrap_or(0);
        let points = prog.books.offer_points.get(i).copied().unwrap_or(0);
        let points = libm::round(points as f64 * prog.liability_ratio * 100.0) as i64;
        let bit = 1 << (R_OFFER + i as u32);
        spec.push((
            "offer",
            i,
            &o.segment,
            bit,
            0,
            discounts.saturating_add(points),
        ));
    }
    for (i, cp) in p.coupons.iter().enumerate().take(8) {
        let sent = prog.books.coupons_sent.get(i).copied().unwrap_or(0) as i64;
        let cost = sent.saturating_mul(cents(cp.send_cost));
        spec.push((
            "coupon",
            i,
            &cp.segment,
            1 << (R_COUPON + i as u32),
            cost,
            0,
        ));
    }
    if let Some(v) = &p.vip {
        spec.push(("vip", 0, &v.segment, R_VIP, t.vip, 0));
    }
    if let Some(cl) = &p.club {
        spec.push(("club", 0, &cl.segment, R_CLUB, t.club - t.club_fees, 0));
    }
    if spec.is_empty() {
        return Vec::new();
    }
    // (reach, reached cents, rest cents) per row
    let mut acc = vec![(0u64, 0i64, 0i64); spec.len()];
    let n = prog.books.len().max(base.books.len());
    for id in 0..n {
        let total = waterfall::customer(prog.books.book(id), base.books.book(id)).total();
        let bits = prog.books.reach.get(id).copied().unwrap_or(0);
        for (a, sp) in acc.iter_mut().zip(&spec) {
            if bits & sp.3 != 0 {
                a.0 += 1;
                a.1 += total;
            } else {
                a.2 += total;
            }
        }
    }
    spec.iter()
        .zip(acc)
        .map(|(&(kind, index, sg, _, cost, given), (reach, inc, rest))| {
            let (all, before) = (cost.saturating_add(given), inc.saturating_add(given));
            SegmentRow {
                kind: kind.to_string(),
                index: index as u32,
                segment: describe(sg),
                reach,
                cost: cur(cost),
                benefits: cur(given),
                incremental_gross_profit: cur(inc),
                rest: cur(rest),
                cost_per_profit: (all > 0 && before > 0).then(|| all as f64 / before as f64),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_reads_as_its_kind_and_settings() {
        assert_eq!(describe(&Segment::Tier { min: 2 }), "tier min=2");
        assert_eq!(describe(&Segment::Everyone), "everyone");
        assert_eq!(coupon_sent(1 << (R_COUPON + 3) | R_VIP), Some(3));
        assert_eq!(coupon_sent(R_VIP | R_CLUB | 1 << R_OFFER), None);
    }
}
