//! A gift with every purchase during a period (a material reward), to
//! everyone or to a segment of the members (`gift_for`).
//!
//! Invariant: a gift is booked at its cost on the day of the purchase it
//! comes with; its value to the customer is a perk of that encounter.

use super::{At, Basket, Mechanic};
use crate::market::Consts;
use crate::params::*;
use crate::population::Customer;
use crate::rules::cents;
use crate::scenario::{Programme, Scenario, Segment};
use crate::validate::Check;
use serde::{Deserialize, Serialize};

/// A gift with every purchase during a period (a material reward).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gift {
    /// The gift's value to the customer, in currency units.
    pub value: f64,
    /// The firm's cost of one gift, in currency units.
    pub cost: f64,
    /// First day gifts are handed out.
    pub start_day: u32,
    /// Last day gifts are handed out (inclusive).
    pub end_day: u32,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(g) = &p.gift {
        c.range(
            "programme.gift.value",
            g.value,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.gift.cost",
            g.cost,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
        if g.end_day < g.start_day {
            c.coded(
                "programme.gift.end_day",
                crate::ErrorCode::EndsBeforeStart {
                    start: g.start_day,
                    end: g.end_day,
                },
            );
        }
    }
}

/// The gift, compiled.
pub(crate) struct GiftRules {
    g: Gift,
    gift_for: Option<Segment>,
    cost_cents: i64,
}

impl GiftRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        let g = p.gift.clone()?;
        Some(GiftRules {
            cost_cents: cents(g.cost),
            g,
            gift_for: p.gift_for.clone(),
        })
    }
}

impl Mechanic for GiftRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.extend(self.gift_for.iter());
    }
    fn perceived_value(&self, x: &At, c: &Customer, annual: f64, value: &mut f64) {
        // Only a gift limited to members is a reason to join: one with each
        // purchase of the coming year that falls in the gift's period.
        let (g, Some(sg)) = (&self.g, &self.gift_for) else {
            return;
        };
        if !x.in_segment(sg, c) {
            return;
        }
        let (from, to) = (x.d.max(g.start_day), (x.d + 364).min(g.end_day));
        if to >= from {
            let purchases = annual / c.basket as f64;
            *value += g.value * purchases * (to - from + 1) as f64 / 365.0;
        }
    }
    #[inline]
    fn on_purchase(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        let g = &self.g;
        if x.d >= g.start_day && x.d <= g.end_day && x.reaches(&self.gift_for, c) {
            b.perk += (GIFT_WEIGHT * g.value / c.basket as f64).min(GIFT_CAP);
            b.day.gifts = b.day.gifts.saturating_add(self.cost_cents);
        }
    }
}
