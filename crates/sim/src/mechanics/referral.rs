//! A referral bonus: a member who brings a new customer gets points and/or
//! a reward; the newcomer may get welcome points on joining. Customers who
//! contribute, by bringing friends, commit more deeply (the source texts'
//! "participation" and "contribution" levels); and the bonus makes member
//! promoters pass the word on more often.
//!
//! The model: at each month's end every active member who would recommend
//! the firm (a promoter, 9-10) refers a friend who becomes a customer with
//! the chance `promoter_tells x referral_conversion x (1 + response) / 12`,
//! drawn from the customer's own stream for the month (so the order of
//! customers changes nothing). `response`, how much more they refer
//! because of the bonus, grows with their reward appetite and the bonus's
//! value relative to their basket (at most `MAX_RESPONSE`). Each referral
//! is rewarded at once (points credited, the reward booked at its cost as
//! `referrals`) and deepens the referrer's normative and affective
//! commitment. The friends arrive next month: the twin's word of mouth
//! already brings the referrals members would make without a bonus, so
//! only the extra share `response / (1 + response)` is added to arrivals,
//! and that many of next month's arrivals are marked as referred (they get
//! the welcome points if they join).
//!
//! Invariant: every rewarded referral is booked once, on the last day of
//! the month it is made; a scheme that gives and costs nothing (no points,
//! no reward, no reward cost, no welcome points) is no scheme and changes
//! nothing. Its behavioural constants live here, with the mechanic.

use super::{At, Basket, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::population::Customer;
use crate::rng::{Domain, Stream};
use crate::rules::{cents, Rules};
use crate::scenario::{Programme, Scenario};
use crate::validate::Check;
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// A referral bonus (bring a friend).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Points credited to a member for each new customer they bring (needs points).
    pub points: u32,
    /// A reward other than points for each new customer brought, worth this
    /// much to the member, in currency units.
    pub reward: f64,
    /// The firm's cost of that reward, in currency units.
    pub reward_cost: f64,
    /// Points a referred newcomer gets when they join (a welcome bonus; needs points).
    pub welcome_points: u32,
}

/// The most a bonus raises a member promoter's referrals (1 = doubles them).
const MAX_RESPONSE: f64 = 1.0;
/// Rise in referrals per unit of reward appetite x bonus value / basket.
const RESPONSE_PER_VALUE: f64 = 2.0;
/// Normative commitment gained by a referral, towards the member's alignment.
const REFERRAL_NORMATIVE: f64 = 0.15;
/// Affective commitment gained by a referral, towards 1.
const REFERRAL_AFFECTIVE: f64 = 0.05;
/// Flag in `Customer::extra`: arrived through a member's referral and not
/// yet welcomed (bits 1, 2 and 4 are VIP, club and bank card).
const X_REFERRED: u8 = 8;
/// Key of the referral draws within the extra stream (above any occasion index).
const STREAM_KEY: u64 = 1 << 40;

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    let Some(r) = &p.referral else { return };
    c.range_u(
        "programme.referral.points",
        r.points as u64,
        0,
        1_000_000,
        crate::Quantity::Points,
    );
    c.range_u(
        "programme.referral.welcome_points",
        r.welcome_points as u64,
        0,
        1_000_000,
        crate::Quantity::Points,
    );
    c.range(
        "programme.referral.reward",
        r.reward,
        0.0,
        1e6,
        crate::Quantity::Amount,
    );
    c.range(
        "programme.referral.reward_cost",
        r.reward_cost,
        0.0,
        1e6,
        crate::Quantity::Amount,
    );
    if (r.points > 0 || r.welcome_points > 0) && p.points.is_none() {
        c.rule(
            "programme.referral",
            crate::Rule::ReferralPointsWithoutPoints,
        );
    }
}

/// The referral bonus, compiled.
pub(crate) struct ReferralRules {
    r: Referral,
    cost_cents: i64,
    /// A member promoter's chance a month of bringing a customer without a
    /// bonus (`promoter_tells x referral_conversion / 12`).
    base_chance: f64,
    /// Referrals made this month.
    referred: Cell<u64>,
    /// Extra referrals made this month because of the bonus (expected).
    extra: Cell<f64>,
    /// Of next month's arrivals, how many were referred.
    to_mark: Cell<u64>,
}

impl ReferralRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, s: &Scenario) -> Option<Self> {
        let r = p.referral.clone()?;
        if r.points == 0 && r.reward == 0.0 && r.reward_cost == 0.0 && r.welcome_points == 0 {
            return None;
        }
        Some(ReferralRules {
            cost_cents: cents(r.reward_cost),
            base_chance: s.market.promoter_tells * s.market.referral_conversion / 12.0,
            r,
            referred: Cell::new(0),
            extra: Cell::new(0.0),
            to_mark: Cell::new(0),
        })
    }
    /// What a referral is worth to the referrer today, in currency units
    /// (points at the point's current value, after any rule change).
    fn value(&self, r: &Rules) -> f64 {
        let point_value = r.m.points.as_ref().map_or(0.0, |pt| pt.value);
        self.r.points as f64 * point_value + self.r.reward
    }
    /// How much more this member refers because of a bonus worth `value`.
    fn response(&self, c: &Customer, value: f64) -> f64 {
        (RESPONSE_PER_VALUE * c.appetite as f64 * value / c.basket as f64).min(MAX_RESPONSE)
    }
}

impl Mechanic for ReferralRules {
    fn promoter(&self, x: &MonthEnd, id: u32, c: &mut Customer, day: &mut LedgerDay) {
        if !c.is_member() {
            return;
        }
        let value = self.value(x.r);
        let response = self.response(c, value);
        let chance = (self.base_chance * (1.0 + response)).min(1.0);
        let u = Stream::new(x.k.seed, Domain::Extra, id as u64, STREAM_KEY + x.m as u64).uniform();
        if u >= chance {
            return;
        }
        self.referred.set(self.referred.get() + 1);
        self.extra
            .set(self.extra.get() + response / (1.0 + response));
        if let (Some(pt), true) = (&x.r.m.points, self.r.points > 0) {
            day.points_issued = day
                .points_issued
                .saturating_add(pt.credit(c, x.m, self.r.points) as u64);
        }
        day.referrals = day.referrals.saturating_add(self.cost_cents);
        c.feel_reward(value, 1.0);
        c.normative +=
            (REFERRAL_NORMATIVE * (c.alignment as f64 - c.normative as f64).max(0.0)) as f32;
        c.affective += (REFERRAL_AFFECTIVE * (1.0 - c.affective as f64)) as f32;
    }
    fn referrals(&self, _s: &Scenario) -> f64 {
        self.to_mark.set(self.referred.replace(0));
        12.0 * self.extra.replace(0.0)
    }
    fn on_arrival(&self, c: &mut Customer, nth: u64, _of: u64) {
        if nth < self.to_mark.get() {
            c.extra |= X_REFERRED;
        }
    }
    fn on_join(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        if c.extra & X_REFERRED == 0 {
            return;
        }
        c.extra &= !X_REFERRED;
        if let (Some(pt), true) = (&x.r.m.points, self.r.welcome_points > 0) {
            b.earned += pt.credit(c, x.month(), self.r.welcome_points) as u64;
        }
    }
}
