//! Gift cards sold to customers: sales are income; a redeemed card costs
//! the goods handed over, on the day it is redeemed; the rest is breakage.
//!
//! Invariant: a card's redemption is booked on one later day within the
//! horizon, or never.

use super::{At, Basket, Mechanic};
use crate::market::Consts;
use crate::population::Customer;
use crate::rules::cents;
use crate::scenario::{Programme, Scenario};
use crate::validate::Check;
use serde::{Deserialize, Serialize};

/// Gift cards sold at the till.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GiftCards {
    /// Share of purchases with a gift card bought on top (0-1).
    pub purchase_share: f64,
    /// Value of one gift card, in currency units.
    pub value: f64,
    /// Share of gift cards ever redeemed (the rest is breakage).
    pub redeemed_share: f64,
    /// Mean days from sale to redemption.
    pub mean_days_to_redeem: u32,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(g) = &p.gift_cards {
        c.range(
            "programme.gift_cards.purchase_share",
            g.purchase_share,
            0.0,
            1.0,
            crate::Quantity::Share,
        );
        c.range(
            "programme.gift_cards.value",
            g.value,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.gift_cards.redeemed_share",
            g.redeemed_share,
            0.0,
            1.0,
            crate::Quantity::Share,
        );
        c.range_u(
            "programme.gift_cards.mean_days_to_redeem",
            g.mean_days_to_redeem as u64,
            1,
            1_000,
            crate::Quantity::Days,
        );
    }
}

/// Gift cards, compiled.
pub(crate) struct GiftCardRules {
    g: GiftCards,
}

impl GiftCardRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        p.gift_cards.clone().map(|g| GiftCardRules { g })
    }
}

impl Mechanic for GiftCardRules {
    fn extra_draws(&self) -> bool {
        true
    }
    #[inline]
    fn on_purchase(&self, x: &At, _c: &mut Customer, b: &mut Basket) {
        let (g, e) = (&self.g, b.extra);
        if e.gift_card_sale >= g.purchase_share {
            return;
        }
        let value_cents = cents(g.value);
        b.day.gift_card_sales = b.day.gift_card_sales.saturating_add(value_cents);
        if e.gift_card_redeem < g.redeemed_share {
            let after =
                libm::round(-libm::log(1.0 - e.gift_card_days) * g.mean_days_to_redeem as f64)
                    .max(1.0);
            let when = x.d as f64 + after;
            if when < x.k.days as f64 {
                let goods = libm::round(value_cents as f64 * x.k.margin_cost) as i64;
                b.gift_card = Some((when as u32, goods));
            }
        }
    }
}
