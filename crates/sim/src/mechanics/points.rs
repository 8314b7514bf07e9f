//! Points: earning (with campaigns, tier and offer multipliers, a segment
//! limit), redemption at a threshold (automatic or by the member's choice;
//! at a coalition partner or here), expiry by earning period (lots), points
//! on joining (endowed progress) and short-lived bonus points.
//!
//! Invariants: points are whole numbers; a lot never overflows (what does
//! not fit is neither credited nor counted); nobody redeems more than their
//! balance; every point issued is redeemed, expired or outstanding.

use super::{At, Basket, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::params::*;
use crate::population::{Customer, LOTS};
use crate::rules::Rules;
use crate::scenario::CardKind;
use crate::scenario::{Event, Programme, Redemption, Scenario, Segment, Settle};
use crate::validate::Check;

/// The points rules of a programme.
pub(crate) struct PointsRules {
    pub(crate) earn_rate: f64,
    pub(crate) value_cents: f64,
    pub(crate) value: f64,
    pub(crate) threshold: u32,
    automatic: bool,
    pub(crate) cost_ratio: f64,
    expiry_months: u32,
    /// Months per earning period (lot).
    lot_months: u32,
    /// Accrual multiplier by day (campaigns).
    multiplier: Vec<f32>,
    /// Points credited on joining.
    endowed: u32,
    /// Short-lived bonus points: (points per currency unit, valid days).
    bonus: Option<(f64, u32)>,
    /// Earning limited to a segment.
    points_for: Option<Segment>,
    /// Reward value per currency unit spent, before appetite (for choice).
    pub(crate) reward_rate: f64,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    let tracked = p.enrolment.card == CardKind::Personal;
    if let Some(pt) = &p.points {
        if !tracked {
            c.rule("programme.points", crate::Rule::PointsNeedPersonal);
        }
        c.range(
            "programme.points.earn_rate",
            pt.earn_rate,
            0.0,
            10.0,
            crate::Quantity::PointsPerUnit,
        );
        c.range(
            "programme.points.point_value",
            pt.point_value,
            0.0001,
            1e4,
            crate::Quantity::Amount,
        );
        if pt.earn_rate * pt.point_value > 0.5 {
            c.coded(
                "programme.points.earn_rate",
                crate::ErrorCode::RebateTooHigh {
                    percent: pt.earn_rate * pt.point_value * 100.0,
                },
            );
        }
        c.range_u(
            "programme.points.redemption_threshold",
            pt.redemption_threshold as u64,
            1,
            10_000_000,
            crate::Quantity::Points,
        );
        c.range(
            "programme.points.reward_cost_ratio",
            pt.reward_cost_ratio,
            0.0,
            2.0,
            crate::Quantity::CostRatio,
        );
        c.range_u(
            "programme.points.expiry_months",
            pt.expiry_months as u64,
            0,
            120,
            crate::Quantity::MonthsOrNever,
        );
        for (i, cp) in pt.campaigns.iter().enumerate() {
            let path = format!("programme.points.campaigns[{i}]");
            c.range(
                &format!("{path}.multiplier"),
                cp.multiplier,
                0.0,
                10.0,
                crate::Quantity::Multiplier,
            );
            if cp.end_day < cp.start_day {
                c.coded(
                    &format!("{path}.end_day"),
                    crate::ErrorCode::EndsBeforeStart {
                        start: cp.start_day,
                        end: cp.end_day,
                    },
                );
            }
        }
    }

    if let Some(pt) = &p.points {
        c.range_u(
            "programme.points.endowed",
            pt.endowed as u64,
            0,
            1_000_000,
            crate::Quantity::Points,
        );
        if let Some(b) = &pt.bonus {
            c.range(
                "programme.points.bonus.earn_rate",
                b.earn_rate,
                0.0,
                10.0,
                crate::Quantity::PointsPerUnit,
            );
            c.range_u(
                "programme.points.bonus.valid_days",
                b.valid_days as u64,
                1,
                3_650,
                crate::Quantity::Days,
            );
        }
    }
}

impl PointsRules {
    pub(crate) fn compile(p: &Programme, k: &Consts, s: &Scenario) -> Option<Self> {
        let pt = p.points.as_ref()?;
        let days = k.days;
        let mut multiplier = vec![1.0f32; days as usize];
        for c in &pt.campaigns {
            for d in c.start_day..=c.end_day.min(days.saturating_sub(1)) {
                multiplier[d as usize] *= c.multiplier as f32;
            }
        }
        for e in &s.events {
            if let Event::Campaign {
                day,
                days: n,
                multiplier: x,
            } = *e
            {
                for d in day..day.saturating_add(n).min(days) {
                    multiplier[d as usize] *= x as f32;
                }
            }
        }
        Some(PointsRules {
            earn_rate: pt.earn_rate,
            value_cents: pt.point_value * 100.0,
            value: pt.point_value,
            threshold: pt.redemption_threshold,
            automatic: pt.redemption == Redemption::Automatic,
            cost_ratio: pt.reward_cost_ratio,
            expiry_months: pt.expiry_months,
            lot_months: if pt.expiry_months == 0 {
                1
            } else {
                pt.expiry_months.div_ceil(LOTS as u32 - 1)
            },
            multiplier,
            endowed: pt.endowed,
            bonus: pt.bonus.as_ref().map(|b| (b.earn_rate, b.valid_days)),
            points_for: p.points_for.clone(),
            reward_rate: pt.earn_rate * pt.point_value,
        })
    }

    /// Changes the point's value and the threshold by these factors (a rule change).
    pub(crate) fn change(&mut self, value_factor: f64, threshold_factor: f64) {
        self.value *= value_factor;
        self.value_cents *= value_factor;
        self.threshold = (libm::round(self.threshold as f64 * threshold_factor) as u32).max(1);
        self.reward_rate = self.earn_rate * self.value;
    }

    /// The lot that points earned in `month` go to.
    pub(crate) fn lot_slot(&self, month: u32) -> usize {
        if self.expiry_months == 0 {
            0
        } else {
            (month / self.lot_months) as usize % LOTS
        }
    }

    /// Credits `n` points to the current lot (what does not fit is dropped);
    /// returns the points credited.
    pub(crate) fn credit(&self, c: &mut Customer, month: u32, n: u32) -> u32 {
        let slot = self.lot_slot(month);
        let n = n.min(u32::MAX - c.lots[slot]);
        c.lots[slot] += n;
        n
    }

    /// Whether the member earns points today.
    fn earns(&self, x: &At, c: &Customer) -> bool {
        self.points_for.is_none() || x.reaches(&self.points_for, c)
    }

    /// What a point is worth to the customer now, in currency units: its
    /// value, delayed and uncertain, times their appetite for rewards.
    #[inline]
    pub(crate) fn felt_point(&self, c: &Customer) -> f64 {
        self.value * POINTS_CASH_EQUIVALENT * 2.0 * c.appetite as f64
    }

    /// Whether short-lived points add urgency to the next occasion.
    pub(crate) fn urgency(&self, c: &Customer) -> f64 {
        if c.bonus > 0 {
            BONUS_URGENCY * c.appetite as f64
        } else {
            0.0
        }
    }

    /// Short-lived bonus points run out: they expire, and the loss hurts.
    fn expire_bonus(&self, c: &mut Customer, day: &mut LedgerDay) {
        let lost = std::mem::take(&mut c.bonus);
        day.points_expired = day.points_expired.saturating_add(lost as u64);
        c.feel_points_loss(lost as f64 * self.value);
    }

    /// Takes `n` points from the oldest lots first. The caller checked the balance.
    fn spend(&self, c: &mut Customer, month: u32, mut n: u64) {
        if self.expiry_months == 0 {
            c.lots[0] -= n as u32;
            return;
        }
        let current = (month / self.lot_months) as usize;
        for age in (0..LOTS).rev() {
            if age > current {
                continue;
            }
            let slot = (current - age) % LOTS;
            let take = (c.lots[slot] as u64).min(n);
            c.lots[slot] -= take as u32;
            n -= take;
            if n == 0 {
                return;
            }
        }
    }

    /// Points earned with a purchase, credited.
    fn earn(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        let tier_mult = match (&x.r.m.tiers, c.tier) {
            (Some(t), tier) if tier > 0 => t.points_multiplier(tier),
            _ => 1.0,
        };
        let offers = &x.r.discount;
        let offer_mult = if offers.offers.is_empty() {
            1.0
        } else {
            offers.offer_points(x, c)
        };
        // Points limited to a segment: the others earn none (they may still redeem).
        let earns = self.earns(x, c);
        let d = x.d;
        let own = if earns {
            libm::floor(
                b.net
                    * self.earn_rate
                    * self.multiplier[d as usize] as f64
                    * tier_mult
                    * offer_mult,
            ) as u32
        } else {
            0
        };
        let own = self.credit(c, x.month(), own);
        b.earned += own as u64;
        b.own_points = own as u64;
        if let (Some((rate, valid)), true) = (self.bonus, earns) {
            let n = libm::floor(b.net * rate * self.multiplier[d as usize] as f64) as u32;
            let n = n.min(u32::MAX - c.bonus);
            if n > 0 {
                if c.bonus == 0 {
                    c.bonus_until = (d + valid).min(u16::MAX as u32) as u16;
                }
                c.bonus += n;
                b.earned += n as u64;
            }
        }
    }

    /// Redemption with a purchase, when the balance reaches the threshold.
    fn redeem(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        let balance = c.points();
        if balance < self.threshold as u64 {
            return;
        }
        let at_partner =
            x.r.m
                .coalition
                .as_ref()
                .is_some_and(|co| b.extra.burn >= co.burn_here);
        let want = if self.automatic {
            (balance / self.threshold as u64) * self.threshold as u64
        } else if b.draws.redeem < REDEEM_BASE + REDEEM_APPETITE * c.appetite as f64 {
            let payable = if at_partner {
                balance
            } else {
                libm::floor(b.net_cents as f64 / self.value_cents) as u64
            };
            let n = balance.min(payable);
            if n >= self.threshold as u64 {
                n
            } else {
                0
            }
        } else {
            0
        };
        if want == 0 {
            return;
        }
        b.redeemed = want;
        let from_bonus = (c.bonus as u64).min(want);
        c.bonus -= from_bonus as u32;
        self.spend(c, x.month(), want - from_bonus);
        let reward_value = want as f64 * self.value;
        if at_partner {
            b.day.points_redeemed_at_partners =
                b.day.points_redeemed_at_partners.saturating_add(want);
            c.feel_reward(reward_value, PARTNER_REDEMPTION_AFFECT);
        } else {
            b.redeemed_here = want;
            b.day.rewards = b
                .day
                .rewards
                .saturating_add(libm::round(reward_value * self.cost_ratio * 100.0) as i64);
            c.feel_reward(reward_value, 1.0);
        }
    }

    /// The lot that expires at the end of month `m`, if any.
    fn expiring_slot(&self, m: u32) -> Option<usize> {
        let next_month = m + 1;
        let (e, g) = (self.expiry_months, self.lot_months);
        if e > 0 && next_month >= e + g && (next_month - e) % g == 0 {
            Some(((next_month - e) / g - 1) as usize % LOTS)
        } else {
            None
        }
    }
}

impl Mechanic for PointsRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.extend(self.points_for.iter());
    }
    #[inline]
    fn catch_up(&self, x: &At, c: &mut Customer, _dt: u32, _e: &super::Extra, day: &mut LedgerDay) {
        if c.bonus > 0 && x.d > c.bonus_until as u32 {
            self.expire_bonus(c, day);
        }
    }
    #[inline]
    fn perceived_price(&self, x: &At, c: &Customer, progress: f64, price: &mut f64) {
        let novelty = x.k.novelty[(x.d - c.member_since as u32) as usize] as f64;
        let gradient = 1.0 + GOAL_GRADIENT * c.appetite as f64 * progress * progress;
        let rate = if self.earns(x, c) {
            self.reward_rate
        } else {
            0.0
        };
        let reward = rate * POINTS_CASH_EQUIVALENT * 2.0 * c.appetite as f64 * novelty * gradient;
        *price *= 1.0 - reward.min(0.5);
    }
    #[inline]
    fn stake(&self, r: &Rules, c: &Customer, _top_share: f64, stake: &mut f64) {
        let value = c.points() as f64 * self.value;
        // Coalition points can be burned at partners too: leaving the firm loses less.
        *stake += match &r.m.coalition {
            Some(co) => value * co.burn_here,
            None => value,
        };
    }
    fn perceived_value(&self, x: &At, c: &Customer, annual: f64, value: &mut f64) {
        // Points on a year's spend (ordinary and bonus, capped like the
        // reward in the choice) and those credited on joining.
        if self
            .points_for
            .as_ref()
            .is_some_and(|sg| !x.in_segment(sg, c))
        {
            return;
        }
        let bonus = self.bonus.map_or(0.0, |(rate, _)| rate);
        let felt = self.felt_point(c);
        let back = ((self.earn_rate + bonus) * felt).min(0.5);
        *value += back * annual + self.endowed as f64 * felt;
    }
    fn on_join(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        if self.endowed > 0 {
            b.earned += self.credit(c, x.month(), self.endowed) as u64;
        }
    }
    #[inline]
    fn on_purchase(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        if c.is_member() {
            self.earn(x, c, b);
            self.redeem(x, c, b);
        }
    }
    #[inline]
    fn customer_month_end(&self, x: &MonthEnd, c: &mut Customer, expired: &mut u64) {
        if let Some(slot) = self.expiring_slot(x.m) {
            let lost = c.lots[slot];
            if lost > 0 {
                c.lots[slot] = 0;
                *expired += lost as u64;
                c.feel_points_loss(lost as f64 * self.value);
            }
        }
    }
    #[inline]
    fn member_month_end(
        &self,
        x: &MonthEnd,
        _id: u32,
        c: &mut Customer,
        _gone: bool,
        day: &mut LedgerDay,
    ) {
        if c.bonus > 0 && x.last > c.bonus_until as u32 {
            self.expire_bonus(c, day);
        }
    }
    fn on_end(&self, _x: &At, c: &mut Customer, settle: Settle, day: &mut LedgerDay) {
        let points = c.points();
        if points > 0 {
            match settle {
                Settle::PayOut => {
                    day.points_redeemed = day.points_redeemed.saturating_add(points);
                    day.rewards = day.rewards.saturating_add(libm::round(
                        points as f64 * self.value * self.cost_ratio * 100.0,
                    ) as i64);
                }
                Settle::WriteOff => {
                    day.points_expired = day.points_expired.saturating_add(points);
                    c.feel_points_loss(points as f64 * self.value);
                }
            }
        }
        c.lots = [0; LOTS];
        c.bonus = 0;
    }
}
