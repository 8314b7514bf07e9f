//! The economics of each tier: the members grouped by the highest tier they
//! reached (0: never one), their sales and margins against the same
//! customers in the twin, the cost of the tiers' benefits, and the moves up
//! and down each month; a warning when the top tier's benefits cost more
//! than the extra margin it brings.
//!
//! Invariant: every customer who ever bought as a member is in exactly one
//! row, so the rows add up to the members' totals.

use super::{cur, Book, RunView, B_MEMBER, B_MEMBER_AT_END, TIER_SLOTS};
use crate::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// One tier's economics (money in currency units, over the horizon).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TierRow {
    /// Tier index from 1 (0: members who never reached a tier).
    pub tier: u8,
    /// Its name (`"none"` for 0).
    pub name: String,
    /// Members whose highest tier was this one.
    pub members: u64,
    /// Members in this tier at the horizon.
    pub members_at_end: u64,
    /// The group's net revenue (after discounts).
    pub revenue: f64,
    /// The group's revenue less the cost of goods.
    pub gross_profit: f64,
    /// The same customers' gross profit in the twin.
    pub baseline_gross_profit: f64,
    /// The group's extra margin at list price (sales less cost of goods)
    /// over the twin: what the tier brings before its benefits.
    pub extra_margin: f64,
    /// The cost of tier benefits to the group: the tiers' discounts on their
    /// purchases plus the expected cost of the tiers' extra points.
    pub benefit_cost: f64,
    /// Rewards booked with the group's purchases.
    pub rewards: f64,
    /// `(gross_profit - rewards - expected cost of the extra points) / members`.
    pub profit_per_member: f64,
    /// Promotions into this tier, one number a month.
    pub promotions: Vec<u32>,
    /// Demotions out of this tier, one number a month.
    pub demotions: Vec<u32>,
}

/// The tier a book ended in (member at the end), or `None`.
pub(crate) fn end_tier(b: &Book) -> Option<u8> {
    (b.flags & B_MEMBER_AT_END != 0).then_some(b.flags >> 4)
}

/// The tier rows and the warnings.
pub(crate) fn build(s: &Scenario, prog: &RunView, base: &RunView) -> (Vec<TierRow>, Vec<String>) {
    let Some(levels) = s.programme.as_ref().and_then(|p| p.tiers.as_ref()) else {
        return (Vec::new(), Vec::new());
    };
    let names: Vec<String> = std::iter::once("none".to_string())
        .chain(levels.levels.iter().map(|l| l.name.clone()))
        .collect();
    let n = names.len().min(TIER_SLOTS);
    let months = prog.months.len();
    #[derive(Default, Clone, Copy)]
    struct Acc {
        members: u64,
        at_end: u64,
        revenue: i64,
        gp: i64,
        base_gp: i64,
        extra_margin: i64,
        tier_discounts: i64,
        tier_points: u64,
        rewards: i64,
    }
    let mut acc = vec![Acc::default(); n];
    for (id, p) in prog.books.iter().enumerate() {
        if p.flags & B_MEMBER == 0 {
            continue;
        }
        if let Some(t) = end_tier(&p).filter(|&t| (t as usize) < n) {
            acc[t as usize].at_end += 1;
        }
        let b = base.books.book(id).unwrap_or_default();
        let a = &mut acc[(p.top_tier as usize).min(n - 1)];
        a.members += 1;
        a.revenue += p.sales - p.discounts;
        a.gp += p.margin - p.discounts;
        a.base_gp += b.margin - b.discounts;
        a.extra_margin += p.margin - b.margin;
        a.tier_discounts += p.tier_discounts;
        a.tier_points += p.tier_points as u64;
        a.rewards += p.rewards;
    }
    let by_month = |v: &[u32], t: usize| -> Vec<u32> {
        (0..months)
            .map(|m| v.get(m * TIER_SLOTS + t).copied().unwrap_or(0))
            .collect()
    };
    let rows: Vec<TierRow> = acc
        .iter()
        .enumerate()
        .map(|(t, a)| {
            let points_cost = a.tier_points as f64 * prog.liability_ratio;
            let benefit = cur(a.tier_discounts) + points_cost;
            TierRow {
                tier: t as u8,
                name: names[t].clone(),
                members: a.members,
                members_at_end: a.at_end,
                revenue: cur(a.revenue),
                gross_profit: cur(a.gp),
                baseline_gross_profit: cur(a.base_gp),
                extra_margin: cur(a.extra_margin),
                benefit_cost: crate::scan::round_cents(benefit),
                rewards: cur(a.rewards),
                profit_per_member: if a.members > 0 {
                    (cur(a.gp - a.rewards) - points_cost) / a.members as f64
                } else {
                    0.0
                },
                promotions: by_month(&prog.books.promotions, t),
                demotions: by_month(&prog.books.demotions, t),
            }
        })
        .collect();
    let mut warnings = Vec::new();
    if let Some(top) = rows.last().filter(|r| r.tier > 0 && r.members > 0) {
        if top.benefit_cost > top.extra_margin {
            warnings.push(format!(
                "The top tier ({}) costs more than it brings: its benefits cost {:.2} but its \
                 {} members bought only {:.2} more margin than in the twin.",
                top.name, top.benefit_cost, top.members, top.extra_margin
            ));
        }
    }
    (rows, warnings)
}
