//! Status tiers: qualification by net spend within a window, promotion at
//! once, re-assessment (and demotion) at the window's end, and each tier's
//! discount, points multiplier and service boost.
//!
//! Invariant: a member's tier is the highest level whose qualifying spend
//! they reached, kept until the window's end.

use super::{At, Basket, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::params::*;
use crate::population::{Customer, F_DEMOTED, F_PROMOTED};
use crate::rules::Rules;
use crate::scenario::CardKind;
use crate::scenario::{Programme, Scenario, Settle, TierLevel, Tiers};
use crate::validate::Check;

/// The tier rules of a programme.
pub(crate) struct TierRules {
    t: Tiers,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    let tracked = p.enrolment.card == CardKind::Personal;
    if let Some(t) = &p.tiers {
        if !tracked {
            c.rule("programme.tiers", crate::Rule::TiersNeedPersonal);
        }
        c.range_u(
            "programme.tiers.window_months",
            t.window_months as u64,
            1,
            60,
            crate::Quantity::Months,
        );
        if t.levels.is_empty() || t.levels.len() > 8 {
            c.rule("programme.tiers.levels", crate::Rule::TierCount);
        }
        let mut prev: Option<&TierLevel> = None;
        for (i, l) in t.levels.iter().enumerate() {
            let path = format!("programme.tiers.levels[{i}]");
            if l.name.trim().is_empty() {
                c.rule(&format!("{path}.name"), crate::Rule::TierName);
            }
            c.range(
                &format!("{path}.qualifying_spend"),
                l.qualifying_spend,
                0.01,
                1e9,
                crate::Quantity::Amount,
            );
            c.range(
                &format!("{path}.discount"),
                l.discount,
                0.0,
                0.9,
                crate::Quantity::DiscountRate,
            );
            c.range(
                &format!("{path}.points_multiplier"),
                l.points_multiplier,
                0.0,
                10.0,
                crate::Quantity::Multiplier,
            );
            c.range(
                &format!("{path}.service_boost"),
                l.service_boost,
                0.0,
                0.5,
                crate::Quantity::QualityBoost,
            );
            if let Some(pr) = prev {
                if l.qualifying_spend <= pr.qualifying_spend {
                    c.coded(
                        &format!("{path}.qualifying_spend"),
                        crate::ErrorCode::TiersOutOfOrder {
                            got: l.qualifying_spend,
                            name: pr.name.clone(),
                            previous: pr.qualifying_spend,
                        },
                    );
                }
            }
            prev = Some(l);
        }
    }
}

impl TierRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        p.tiers.clone().map(|t| TierRules { t })
    }
    /// The extra discount of tier `tier` (from 1).
    pub(crate) fn tier_discount(&self, tier: u8) -> f64 {
        self.t.levels[tier as usize - 1].discount
    }
    /// The points multiplier of tier `tier` (from 1).
    pub(crate) fn points_multiplier(&self, tier: u8) -> f64 {
        self.t.levels[tier as usize - 1].points_multiplier
    }
    /// The number of tiers.
    pub(crate) fn top(&self) -> u8 {
        self.t.levels.len() as u8
    }
    /// Progress towards the next tier (0-1; 0 at the top).
    pub(crate) fn progress(&self, c: &Customer) -> f64 {
        match self.t.levels.get(c.tier as usize) {
            Some(next) => (c.qualifying as f64 / next.qualifying_spend).min(1.0),
            None => 0.0,
        }
    }
    /// The tier a qualifying spend earns (0: none).
    fn earned(&self, qualifying: f32) -> u8 {
        self.t
            .levels
            .iter()
            .rposition(|l| qualifying as f64 >= l.qualifying_spend)
            .map(|i| i as u8 + 1)
            .unwrap_or(0)
    }
}

impl Mechanic for TierRules {
    #[inline]
    fn stake(&self, _r: &Rules, c: &Customer, top_share: f64, stake: &mut f64) {
        if c.tier > 0 {
            let rank = c.tier as f64 / self.t.levels.len() as f64;
            *stake += STATUS_BASKETS * rank * (1.0 - 0.5 * top_share) * c.basket as f64;
        }
    }
    #[inline]
    fn on_purchase(&self, _x: &At, c: &mut Customer, b: &mut Basket) {
        if !c.is_member() {
            return;
        }
        c.qualifying += b.net as f32;
        let earned = self.earned(c.qualifying);
        if earned > c.tier {
            c.tier = earned;
            c.flags |= F_PROMOTED;
            c.pos_affect += (PROMOTION_AFFECT * c.reactivity as f64) as f32;
        }
        if c.tier > 0 {
            b.boost += self.t.levels[c.tier as usize - 1].service_boost;
        }
    }
    fn perceived_value(&self, x: &At, c: &Customer, annual: f64, value: &mut f64) {
        // The tier a year's spend would reach in a qualification window: its
        // discount, its extra points and its service (as a price cut, by
        // VALUE_WEIGHT) on that spend.
        let window = annual * self.t.window_months as f64 / 12.0;
        let tier = self.earned(window as f32);
        if tier == 0 {
            return;
        }
        let l = &self.t.levels[tier as usize - 1];
        let points =
            x.r.m
                .points
                .as_ref()
                .map_or(0.0, |pt| pt.earn_rate * pt.felt_point(c));
        let service = 1.0 - libm::exp(-l.service_boost / VALUE_WEIGHT);
        *value += annual * (l.discount + (l.points_multiplier - 1.0) * points + service);
    }
    fn review(&self, x: &MonthEnd, c: &mut Customer) {
        if (x.m + 1) % self.t.window_months != 0 {
            return;
        }
        let earned = self.earned(c.qualifying);
        if earned < c.tier {
            c.flags |= F_DEMOTED;
            c.resentment += (DEMOTION_RESENTMENT * LOSS_AVERSION) as f32;
            c.neg_affect += (DEMOTION_AFFECT * LOSS_AVERSION * c.reactivity as f64) as f32;
            c.affective =
                (c.affective as f64 - DEMOTION_AFFECTIVE_LOSS * LOSS_AVERSION).max(0.0) as f32;
        }
        c.tier = earned;
        c.qualifying = 0.0;
    }
    fn on_end(&self, _x: &At, c: &mut Customer, _settle: Settle, _day: &mut LedgerDay) {
        c.tier = 0;
    }
}
