//! Profit sharing by contract (business customers in a segment): a share of
//! the gross profit of each purchase accrues to the customer's stake, is
//! booked as it accrues and paid out every N months.
//!
//! Invariant: the stake is money already booked as a cost; paying it out
//! or ending the programme books nothing more.

use super::{At, Basket, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::population::Customer;
use crate::rules::Rules;
use crate::scenario::{Programme, Scenario, Segment, Settle};
use crate::validate::{segment, Check};
use serde::{Deserialize, Serialize};

/// Profit sharing by contract: a share of the gross profit on a customer's
/// purchases, returned to them periodically.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfitSharing {
    /// Who has the contract.
    pub segment: Segment,
    /// Share of the gross profit on their purchases returned (0-1).
    pub share: f64,
    /// Months between payouts.
    pub payout_months: u32,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(ps) = &p.profit_sharing {
        segment(c, "programme.profit_sharing.segment", &ps.segment, p);
        c.range(
            "programme.profit_sharing.share",
            ps.share,
            0.0,
            1.0,
            crate::Quantity::Share,
        );
        c.range_u(
            "programme.profit_sharing.payout_months",
            ps.payout_months as u64,
            1,
            60,
            crate::Quantity::Months,
        );
    }
}

/// Profit sharing, compiled.
pub(crate) struct SharingRules {
    ps: ProfitSharing,
}

impl SharingRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        p.profit_sharing.clone().map(|ps| SharingRules { ps })
    }
}

impl Mechanic for SharingRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.push(&self.ps.segment);
    }
    #[inline]
    fn perceived_price(&self, x: &At, c: &Customer, _progress: f64, price: &mut f64) {
        if x.in_segment(&self.ps.segment, c) {
            *price *= 1.0 - self.ps.share * (1.0 - x.k.margin_cost);
        }
    }
    fn perceived_value(&self, x: &At, c: &Customer, annual: f64, value: &mut f64) {
        if x.in_segment(&self.ps.segment, c) {
            *value += self.ps.share * (1.0 - x.k.margin_cost) * annual;
        }
    }
    #[inline]
    fn stake(&self, _r: &Rules, c: &Customer, _top_share: f64, stake: &mut f64) {
        *stake += c.stake as f64;
    }
    #[inline]
    fn on_purchase(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        if !c.is_member() {
            return;
        }
        let gp = b.net_cents - b.cogs_cents;
        if gp > 0 && x.in_segment(&self.ps.segment, c) {
            let share = libm::round(gp as f64 * self.ps.share) as i64;
            b.day.profit_sharing = b.day.profit_sharing.saturating_add(share);
            c.stake += (share as f64 / 100.0) as f32;
        }
    }
    fn member_month_end(
        &self,
        x: &MonthEnd,
        _id: u32,
        c: &mut Customer,
        gone: bool,
        _day: &mut LedgerDay,
    ) {
        if (x.m + 1) % self.ps.payout_months == 0 && c.stake > 0.0 {
            if !gone {
                c.feel_reward(c.stake as f64, 1.0);
            }
            c.stake = 0.0;
        }
    }
    fn on_end(&self, _x: &At, c: &mut Customer, _settle: Settle, _day: &mut LedgerDay) {
        // Shared profit was booked as it accrued; the stake is settled now.
        c.stake = 0.0;
    }
}
