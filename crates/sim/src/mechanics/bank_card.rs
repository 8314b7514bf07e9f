//! A co-branded bank card: taken up on joining, cash back on purchases
//! here, of which the bank pays a share (income).
//!
//! Invariant: the whole cash back is a cost and the bank's share of it is
//! income, both booked with the purchase.

use super::{At, Basket, Mechanic};
use crate::market::Consts;
use crate::population::{Customer, X_BANK};
use crate::scenario::{Programme, Scenario};
use crate::validate::Check;
use serde::{Deserialize, Serialize};

/// A co-branded bank card that acts as the programme's card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankCard {
    /// Share of members who take the card when they join (0-1).
    pub uptake: f64,
    /// Cash back on purchases at the firm paid with the card (0.01 = 1 %).
    pub cashback_rate: f64,
    /// Share of the cash back the bank funds (0-1).
    pub bank_share: f64,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(b) = &p.bank_card {
        c.range(
            "programme.bank_card.uptake",
            b.uptake,
            0.0,
            1.0,
            crate::Quantity::Share,
        );
        c.range(
            "programme.bank_card.cashback_rate",
            b.cashback_rate,
            0.0,
            0.2,
            crate::Quantity::Rate,
        );
        c.range(
            "programme.bank_card.bank_share",
            b.bank_share,
            0.0,
            1.0,
            crate::Quantity::Share,
        );
    }
}

/// The bank card, compiled.
pub(crate) struct BankRules {
    b: BankCard,
}

impl BankRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        p.bank_card.clone().map(|b| BankRules { b })
    }
}

impl Mechanic for BankRules {
    fn extra_draws(&self) -> bool {
        true
    }
    #[inline]
    fn perceived_price(&self, _x: &At, c: &Customer, _progress: f64, price: &mut f64) {
        if c.extra & X_BANK != 0 {
            *price *= 1.0 - self.b.cashback_rate;
        }
    }
    fn perceived_value(&self, _x: &At, _c: &Customer, annual: f64, value: &mut f64) {
        *value += self.b.uptake * self.b.cashback_rate * annual;
    }
    fn on_join(&self, _x: &At, c: &mut Customer, b: &mut Basket) {
        if b.extra.bank < self.b.uptake {
            c.extra |= X_BANK;
        }
    }
    #[inline]
    fn on_purchase(&self, _x: &At, c: &mut Customer, b: &mut Basket) {
        if c.is_member() && c.extra & X_BANK != 0 {
            let cb = libm::round(b.net_cents as f64 * self.b.cashback_rate) as i64;
            b.day.cashback = b.day.cashback.saturating_add(cb);
            b.day.bank = b
                .day
                .bank
                .saturating_add(libm::round(cb as f64 * self.b.bank_share) as i64);
        }
    }
}
