//! Prize draws (lotteries): every `every`-th purchase is an entry that
//! wins with a chance, within a monthly budget; members only or everyone,
//! or a segment of the members (`draw_for`).
//!
//! Invariants: prizes are whole prizes booked at their cost, and a month's
//! prizes never exceed its budget. The budget is the one thing customers
//! share within a month: it is spent on winning entries in the order of the
//! calendar (by day, and within a day by customer id), a rule of the
//! calendar, not an accident of scheduling.

use super::{At, Basket, Mechanic};
use crate::market::Consts;
use crate::params::*;
use crate::population::Customer;
use crate::rules::cents;
use crate::scenario::{Programme, Scenario, Segment};
use crate::validate::Check;
use serde::{Deserialize, Serialize};

/// Prize draws (lotteries): with some purchases the customer may win a
/// prize, a pleasant surprise while it is rare.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrizeDraw {
    /// Chance that an entry wins (0-1).
    pub chance: f64,
    /// A customer enters the draw with every `every`-th purchase (1 = every purchase).
    pub every: u32,
    /// The prize's value to the customer, in currency units.
    pub prize_value: f64,
    /// The firm's cost of one prize, in currency units.
    pub prize_cost: f64,
    /// Most the firm spends on prizes in a month, in currency units (0 = no limit);
    /// once it is reached, entries win nothing until the next month.
    pub monthly_budget: f64,
    /// Only members enter (otherwise every purchaser does).
    pub members_only: bool,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(dr) = &p.draw {
        c.range(
            "programme.draw.chance",
            dr.chance,
            0.0,
            1.0,
            crate::Quantity::Probability,
        );
        c.range_u(
            "programme.draw.every",
            dr.every as u64,
            1,
            255,
            crate::Quantity::Purchases,
        );
        c.range(
            "programme.draw.prize_value",
            dr.prize_value,
            0.0,
            1e7,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.draw.prize_cost",
            dr.prize_cost,
            0.0,
            1e7,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.draw.monthly_budget",
            dr.monthly_budget,
            0.0,
            1e9,
            crate::Quantity::Amount,
        );
    }
}

/// The prize draw, compiled.
pub(crate) struct DrawRules {
    dr: PrizeDraw,
    draw_for: Option<Segment>,
    /// Cost of one prize, in cents.
    prize_cents: i64,
    /// Most prize cost in a month, in cents (`i64::MAX`: no limit).
    budget_cents: i64,
}

impl DrawRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        let dr = p.draw.clone()?;
        Some(DrawRules {
            prize_cents: cents(dr.prize_cost),
            budget_cents: if dr.monthly_budget > 0.0 {
                cents(dr.monthly_budget)
            } else {
                i64::MAX
            },
            dr,
            draw_for: p.draw_for.clone(),
        })
    }
}

impl Mechanic for DrawRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.extend(self.draw_for.iter());
    }
    #[inline]
    fn on_purchase(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        let dr = &self.dr;
        if (dr.members_only && !c.is_member()) || !x.reaches(&self.draw_for, c) {
            return;
        }
        c.draw_count = c.draw_count.saturating_add(1);
        if (c.draw_count as u32) < dr.every {
            return;
        }
        c.draw_count = 0;
        let cost = self.prize_cents;
        if b.draws.prize < dr.chance && *b.prize_cents + cost <= self.budget_cents {
            *b.prize_cents += cost;
            b.day.prizes = b.day.prizes.saturating_add(cost);
            b.prize = true;
            b.perk += (PRIZE_WEIGHT * dr.prize_value / c.basket as f64).min(PRIZE_CAP);
        }
    }
}
