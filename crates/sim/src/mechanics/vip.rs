//! VIP special service terms for a segment of the members, re-assessed at
//! every month's end: a boost to the experienced quality (which raises
//! expectations too) and a cost per VIP per month.
//!
//! Invariant: a member is a VIP for a month exactly when they were in the
//! segment at the previous month's end, and each VIP-month is booked once.

use super::{At, Basket, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::params::VALUE_WEIGHT;
use crate::population::{Customer, X_VIP};
use crate::rules::cents;
use crate::scenario::{Programme, Scenario, Segment};
use crate::validate::{segment, Check};
use serde::{Deserialize, Serialize};

/// VIP special service terms: faster service, free delivery, credit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vip {
    /// Who is a VIP (re-assessed at each month's end).
    pub segment: Segment,
    /// Extra experienced quality from the terms (0-1 scale).
    pub service_boost: f64,
    /// Cost of serving one VIP for a month, in currency units.
    pub monthly_cost: f64,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(v) = &p.vip {
        segment(c, "programme.vip.segment", &v.segment, p);
        c.range(
            "programme.vip.service_boost",
            v.service_boost,
            0.0,
            0.5,
            crate::Quantity::QualityBoost,
        );
        c.range(
            "programme.vip.monthly_cost",
            v.monthly_cost,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
    }
}

/// VIP terms, compiled.
pub(crate) struct VipRules {
    v: Vip,
    cost_cents: i64,
}

impl VipRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        let v = p.vip.clone()?;
        Some(VipRules {
            cost_cents: cents(v.monthly_cost),
            v,
        })
    }
}

impl Mechanic for VipRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.push(&self.v.segment);
    }
    fn perceived_value(&self, x: &At, c: &Customer, annual: f64, value: &mut f64) {
        // The terms as a price cut (by VALUE_WEIGHT), if in the segment now.
        if x.in_segment(&self.v.segment, c) {
            *value += annual * (1.0 - libm::exp(-self.v.service_boost / VALUE_WEIGHT));
        }
    }
    #[inline]
    fn on_purchase(&self, _x: &At, c: &mut Customer, b: &mut Basket) {
        if c.is_member() && c.extra & X_VIP != 0 {
            b.boost += self.v.service_boost;
        }
    }
    fn member_month_end(
        &self,
        x: &MonthEnd,
        id: u32,
        c: &mut Customer,
        gone: bool,
        day: &mut LedgerDay,
    ) {
        if !gone && x.at(id, x.last).in_segment(&self.v.segment, c) {
            c.extra |= X_VIP;
            day.vip = day.vip.saturating_add(self.cost_cents);
        } else {
            c.extra &= !X_VIP;
        }
    }
}
