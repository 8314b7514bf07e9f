//! Coupons sent to a segment every N months, valid for N days, with a
//! sending cost: a coupon in hand lowers the price the customer weighs, and
//! its face value is a discount when used. The redemption rate is not a
//! parameter: it comes out of the run (`coupons_sent`, `coupons_redeemed`).
//!
//! Invariant: a member holds at most one coupon; a coupon never makes a
//! basket cost less than nothing.

use super::{At, Basket, Extra, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::population::Customer;
use crate::rules::cents;
use crate::scenario::{Programme, Scenario, Segment, Settle};
use crate::validate::{segment, Check};
use serde::{Deserialize, Serialize};

/// Coupons sent to a segment of the members.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coupon {
    /// Who gets one (Lapsing for win-back, Birthday, New for welcome).
    pub segment: Segment,
    /// Face value, in currency units, off the next purchase.
    pub value: f64,
    /// Days the coupon can be used after it is sent.
    pub valid_days: u32,
    /// Cost of sending one coupon, in currency units.
    pub send_cost: f64,
    /// Coupons are sent at the end of every `every_months`-th month.
    pub every_months: u32,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    for (i, cp) in p.coupons.iter().enumerate() {
        let path = format!("programme.coupons[{i}]");
        segment(c, &format!("{path}.segment"), &cp.segment, p);
        c.range(
            &format!("{path}.value"),
            cp.value,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
        c.range_u(
            &format!("{path}.valid_days"),
            cp.valid_days as u64,
            1,
            365,
            crate::Quantity::Days,
        );
        c.range(
            &format!("{path}.send_cost"),
            cp.send_cost,
            0.0,
            1e4,
            crate::Quantity::Amount,
        );
        c.range_u(
            &format!("{path}.every_months"),
            cp.every_months as u64,
            1,
            120,
            crate::Quantity::Months,
        );
    }
    if p.coupons.len() > MAX_COUPONS {
        c.rule("programme.coupons", crate::Rule::TooManyCoupons);
    }
}

/// Most kinds of coupon a programme can have (a customer's coupon is a `u8` index).
pub const MAX_COUPONS: usize = 8;

/// The coupons, compiled (`None` when there are none).
pub(crate) struct CouponRules {
    list: Vec<Coupon>,
}

impl CouponRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        (!p.coupons.is_empty()).then(|| CouponRules {
            list: p.coupons.clone(),
        })
    }
}

impl Mechanic for CouponRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.extend(self.list.iter().map(|c| &c.segment));
    }
    #[inline]
    fn catch_up(&self, x: &At, c: &mut Customer, _dt: u32, _e: &Extra, _day: &mut LedgerDay) {
        if c.coupon > 0 && x.d > c.coupon_until as u32 {
            c.coupon = 0;
        }
    }
    fn perceived_value(&self, x: &At, c: &Customer, _annual: f64, value: &mut f64) {
        // Coupons sent in the coming twelve months: a birthday one in one
        // month of twelve, the others while in their segment as the
        // customer is now.
        let month = x.month();
        for cp in &self.list {
            let due = (month..month + 12)
                .filter(|m| (m + 1) % cp.every_months == 0)
                .count() as f64;
            let sent = match cp.segment {
                Segment::Birthday => due / 12.0,
                ref sg if x.in_segment(sg, c) => due,
                _ => 0.0,
            };
            *value += sent * cp.value;
        }
    }
    #[inline]
    fn perceived_price(&self, _x: &At, c: &Customer, _progress: f64, price: &mut f64) {
        if c.coupon > 0 {
            let cp = &self.list[c.coupon as usize - 1];
            *price *= 1.0 - (cp.value / c.basket as f64).min(0.5);
        }
    }
    #[inline]
    fn discount(&self, _x: &At, c: &mut Customer, b: &mut Basket) {
        if c.coupon == 0 || !c.is_member() {
            return;
        }
        let cp = &self.list[c.coupon as usize - 1];
        let face = cents(cp.value);
        b.discount_cents += face.min(b.list_cents - b.discount_cents).max(0);
        b.discount_rate = b.discount_cents as f64 / b.list_cents as f64;
        b.day.coupons_redeemed += 1;
        c.coupon = 0;
    }
    fn member_month_end(
        &self,
        x: &MonthEnd,
        id: u32,
        c: &mut Customer,
        gone: bool,
        day: &mut LedgerDay,
    ) {
        // Coupons are sent for the next month (none after the horizon).
        if gone || x.end >= x.k.days || (c.coupon != 0 && c.coupon_until >= x.end as u16) {
            return;
        }
        let next_month = x.m + 1;
        for (i, cp) in self.list.iter().enumerate() {
            if next_month % cp.every_months == 0 && x.at(id, x.end).in_segment(&cp.segment, c) {
                c.coupon = i as u8 + 1;
                c.coupon_until = (x.last + cp.valid_days).min(u16::MAX as u32) as u16;
                day.coupons_sent += 1;
                day.coupons = day.coupons.saturating_add(cents(cp.send_cost));
                break;
            }
        }
    }
    fn on_end(&self, _x: &At, c: &mut Customer, _settle: Settle, _day: &mut LedgerDay) {
        c.coupon = 0;
    }
}
