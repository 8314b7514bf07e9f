//! A club (closed resources): members of a segment join with a propensity,
//! an appetite and a fee they can afford; the fee is income, members and
//! events cost; events raise affective and normative commitment; promoters
//! in the club tell more people.
//!
//! Invariant: a club member stays one until the programme ends; each
//! member-month is booked once, each event once.

use super::{At, Basket, Extra, Mechanic, MonthEnd};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::params::*;
use crate::population::{Customer, X_CLUB};
use crate::rules::cents;
use crate::scenario::{Programme, Scenario, Segment};
use crate::validate::{segment, Check};
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// A club: closed resources for a community of members (the Harley-Davidson
/// owners' group).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Club {
    /// Who is invited to join.
    pub segment: Segment,
    /// Membership fee a year, in currency units (0 = free); charged monthly.
    pub annual_fee: f64,
    /// Chance that an invited, average member joins at a purchase (0-1).
    pub join_propensity: f64,
    /// Events a year (meetings, rides, previews).
    pub events_per_year: u32,
    /// Cost of one event, in currency units.
    pub event_cost: f64,
    /// Cost per club member a month (magazine, exclusive access), in currency units.
    pub member_monthly_cost: f64,
    /// Extra people a promoter in the club tells a year, as a share of what
    /// other promoters tell (1.0 = twice as many).
    pub referral_boost: f64,
}

/// Checks the settings (every problem, with the field's path).
pub(crate) fn validate(c: &mut Check, p: &Programme) {
    if let Some(cl) = &p.club {
        segment(c, "programme.club.segment", &cl.segment, p);
        c.range(
            "programme.club.annual_fee",
            cl.annual_fee,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.club.join_propensity",
            cl.join_propensity,
            0.0,
            1.0,
            crate::Quantity::Probability,
        );
        c.range_u(
            "programme.club.events_per_year",
            cl.events_per_year as u64,
            0,
            12,
            crate::Quantity::Events,
        );
        c.range(
            "programme.club.event_cost",
            cl.event_cost,
            0.0,
            1e8,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.club.member_monthly_cost",
            cl.member_monthly_cost,
            0.0,
            1e6,
            crate::Quantity::Amount,
        );
        c.range(
            "programme.club.referral_boost",
            cl.referral_boost,
            0.0,
            10.0,
            crate::Quantity::Share,
        );
    }
}

/// The club, compiled.
pub(crate) struct ClubRules {
    cl: Club,
    member_cents: i64,
    fee_cents: i64,
    event_cents: i64,
    /// Club members among last month's promoters.
    promoters: Cell<u64>,
}

impl ClubRules {
    pub(crate) fn compile(p: &Programme, _k: &Consts, _s: &Scenario) -> Option<Self> {
        let cl = p.club.clone()?;
        Some(ClubRules {
            member_cents: cents(cl.member_monthly_cost),
            fee_cents: libm::round(cl.annual_fee * 100.0 / 12.0) as i64,
            event_cents: cents(cl.event_cost),
            cl,
            promoters: Cell::new(0),
        })
    }
    /// Whether the club holds an event at the end of month `m`.
    fn event(&self, m: u32) -> bool {
        let e = self.cl.events_per_year;
        (m + 1) * e / 12 > m * e / 12
    }
}

impl Mechanic for ClubRules {
    fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
        out.push(&self.cl.segment);
    }
    fn extra_draws(&self) -> bool {
        true
    }
    #[inline]
    fn on_purchase(&self, x: &At, c: &mut Customer, b: &mut Basket) {
        let cl = &self.cl;
        if !c.is_member() || c.extra & X_CLUB != 0 || !x.in_segment(&cl.segment, c) {
            return;
        }
        let annual = c.rate as f64 * 365.0 * c.share as f64 * c.basket as f64;
        let afford = annual / (annual + cl.annual_fee);
        let e: &Extra = b.extra;
        if e.club < cl.join_propensity * 2.0 * c.appetite as f64 * afford {
            c.extra |= X_CLUB;
        }
    }
    fn member_month_end(
        &self,
        x: &MonthEnd,
        _id: u32,
        c: &mut Customer,
        gone: bool,
        day: &mut LedgerDay,
    ) {
        if c.extra & X_CLUB == 0 || gone {
            return;
        }
        day.club = day.club.saturating_add(self.member_cents);
        day.club_fees = day.club_fees.saturating_add(self.fee_cents);
        if self.event(x.m) {
            c.affective += (CLUB_EVENT_AFFECTIVE * (1.0 - c.affective as f64)) as f32;
            c.normative +=
                (CLUB_EVENT_NORMATIVE * (c.alignment as f64 - c.normative as f64).max(0.0)) as f32;
            c.pos_affect += (CLUB_EVENT_AFFECT * c.reactivity as f64) as f32;
        }
    }
    fn book_month(&self, x: &MonthEnd, day: &mut LedgerDay) {
        if self.event(x.m) {
            day.club = day.club.saturating_add(self.event_cents);
        }
    }
    fn promoter(&self, _x: &MonthEnd, _id: u32, c: &mut Customer, _day: &mut LedgerDay) {
        if c.extra & X_CLUB != 0 {
            self.promoters.set(self.promoters.get() + 1);
        }
    }
    fn referrals(&self, s: &Scenario) -> f64 {
        let mk = &s.market;
        self.promoters.replace(0) as f64
            * mk.promoter_tells
            * self.cl.referral_boost
            * mk.referral_conversion
    }
}
