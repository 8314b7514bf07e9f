//! A coalition of partners who share the points currency: partner points
//! accrue between occasions, joining is more attractive, points are burned
//! here or at partners, the firm pays a fee per point it issues and
//! receives a settlement per point burned here, and partners refer
//! customers.
//!
//! Invariant: partner points are issued points like any other (they are
//! redeemed, expire or stay outstanding); only the share burned here counts
//! towards economic commitment.

use super::{At, Basket, Extra, Mechanic};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::population::Customer;
use crate::scenario::{Programme, Scenario};
use crate::validate::Check;
use serde::{Deserialize, Serialize};

/// A coalition programme: non-competing partners where members earn and burn
/// the same points. Needs the points mechanic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coalition {
    /// Number of partners besides the firm.
    pub partners: u32,
    /// Points a member earns at each partner a year.
    pub partner_points_per_year: f64,
    /// Fee the firm pays the coalition per point it issues, in currency units.
    pub issue_fee: f64,
    /// Share of redemptions made at the firm (the rest at partners).
    pub burn_here: f64,
    /// What the coalition pays the firm per point redeemed at the firm, in currency units.
    pub settlement: f64,
    /// New customers a year referred by partners, as a share of the initial customers.
    pub partner_referrals: f64,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(co) = &p.coalition {
        if p.points.is_none() {
            c.rule("programme.coalition", crate::Rule::CoalitionWithoutPoints);
        }
        c.range_u(
            "programme.coalition.partners",
            co.partners as u64,
            1,
            100,
            crate::Quantity::Partners,
        );
        c.range(
            "programme.coalition.partner_points_per_year",
            co.partner_points_per_year,
            0.0,
            1e6,
            crate::Quantity::PointsPerYear,
        );
        c.range(
            "programme.coalition.issue_fee",
            co.issue_fee,
            0.0,
            1e4,
            crate::Quantity::AmountPerPoint,
        );
        c.range(
            "programme.coalition.burn_here",
            co.burn_here,
            0.0,
            1.0,
            crate::Quantity::Share,
        );
        c.range(
            "programme.coalition.settlement",
            co.settlement,
            0.0,
            1e4,
            crate::Quantity::AmountPerPoint,
        );
        c.range(
            "programme.coalition.partner_referrals",
            co.partner_referrals,
            0.0,
            2.0,
            crate::Quantity::YearlyShare,
        );
    }
}

/// The coalition, compiled.
pub(crate) struct CoalitionRules {
    co: Coalition,
    /// The share of points burned here (the rest at partners).
    pub(crate) burn_here: f64,
    /// Coalition points a member earns at partners per day.
    partner_points_per_day: f64,
}

impl CoalitionRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        let co = p.coalition.clone()?;
        Some(CoalitionRules {
            burn_here: co.burn_here,
            partner_points_per_day: co.partners as f64 * co.partner_points_per_year / 365.0,
            co,
        })
    }
}

impl Mechanic for CoalitionRules {
    fn extra_draws(&self) -> bool {
        true
    }
    #[inline]
    fn catch_up(&self, x: &At, c: &mut Customer, dt: u32, e: &Extra, day: &mut LedgerDay) {
        let Some(pt) = x.r.m.points.as_ref() else {
            return;
        };
        if !c.is_member() || self.partner_points_per_day <= 0.0 {
            return;
        }
        let n = libm::floor(dt as f64 * self.partner_points_per_day + e.partner);
        let n = pt.credit(c, x.month(), n.min(u32::MAX as f64) as u32);
        day.points_issued = day.points_issued.saturating_add(n as u64);
        day.partner_points = day.partner_points.saturating_add(n as u64);
    }
    fn perceived_value(&self, x: &At, c: &Customer, _annual: f64, value: &mut f64) {
        // A coalition multiplies the earning opportunities: the points a
        // member would earn at partners a year.
        if let Some(pt) = &x.r.m.points {
            *value += self.partner_points_per_day * 365.0 * pt.felt_point(c);
        }
    }
    #[inline]
    fn on_purchase(&self, _x: &At, c: &mut Customer, b: &mut Basket) {
        if !c.is_member() {
            return;
        }
        b.day.coalition = b
            .day
            .coalition
            .saturating_add(libm::round(b.own_points as f64 * self.co.issue_fee * 100.0) as i64);
        if b.redeemed_here > 0 {
            b.day.settlements = b.day.settlements.saturating_add(libm::round(
                b.redeemed_here as f64 * self.co.settlement * 100.0,
            ) as i64);
        }
    }
    fn referrals(&self, s: &Scenario) -> f64 {
        s.simulation.customers as f64 * self.co.partner_referrals
    }
}
