//! The programme judged against its stated goal (`programme.goal`): the
//! measures of each goal, whatever the goal (so a design can be compared
//! under all three), and which of its mechanics aim at new customers and
//! which at keeping existing ones (`mixed` when both: its benefits pull in
//! different directions).
//!
//! Invariants: every measure compares the same customers (or the same
//! months) of the two runs, so a programme of "none" has all measures zero;
//! the levers depend on the scenario alone.

use super::{cur, RunView, B_LOST};
use crate::scenario::{Event, Programme, Scenario, Segment};
use serde::{Deserialize, Serialize};

/// What a programme is for (brief 2.4: attract new customers, retain
/// existing ones, or counter a competitor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    /// Attract new customers.
    Acquisition,
    /// Retain existing customers.
    Retention,
    /// Counter a competitor's move (a competitor event on the timeline).
    Defensive,
}

/// The programme against its goal (see `docs/model.md`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoalView {
    /// The goal stated in the scenario (`null`: none).
    pub goal: Option<Goal>,
    /// The waterfall's retention part: extra margin of the customers whose
    /// fate (lost or kept) the programme changed (currency).
    pub retention: f64,
    /// Customers in both runs who were lost in the twin but kept with the
    /// programme, less those kept in the twin but lost with it.
    pub churn_prevented: i64,
    /// Customers only in the programme run less those only in the twin
    /// (brought by word of mouth, referrals, partners).
    pub customers_brought: i64,
    /// The programme's costs less its income (currency).
    pub net_programme_cost: f64,
    /// `net_programme_cost / customers_brought` when some were brought.
    pub cost_per_customer_brought: Option<f64>,
    /// The day of the first competitor event (a competitor's programme or
    /// price cut) on the timeline, if any.
    pub competitor_day: Option<u32>,
    /// Active customers lost from the month before that event to the
    /// horizon in the twin, less those lost with the programme: the
    /// customers the programme kept through the competitor's move.
    pub kept_through_competitor: Option<i64>,
    /// The design's mechanics that aim at new customers (their scenario names).
    pub acquisition_levers: Vec<String>,
    /// The design's mechanics that aim at keeping existing customers.
    pub retention_levers: Vec<String>,
    /// Both kinds of lever: the benefits pull in different directions.
    pub mixed: bool,
}

/// Whether a segment is one of new customers.
fn is_new(sg: &Segment) -> bool {
    matches!(sg, Segment::New { .. })
}

/// The mechanics that aim at new customers and those that aim at keeping
/// existing ones.
fn levers(p: &Programme) -> (Vec<String>, Vec<String>) {
    let mut acq: Vec<&str> = Vec::new();
    let mut ret: Vec<&str> = Vec::new();
    if p.referral.is_some() {
        acq.push("referral");
    }
    if p.coalition
        .as_ref()
        .is_some_and(|c| c.partner_referrals > 0.0)
    {
        acq.push("coalition");
    }
    if p.gift.is_some() && p.gift_for.as_ref().is_some_and(is_new) {
        acq.push("gift");
    }
    if p.offers.iter().any(|o| is_new(&o.segment)) {
        acq.push("offers");
    }
    if p.coupons.iter().any(|c| is_new(&c.segment)) {
        acq.push("coupons");
    }
    if p.tiers.is_some() {
        ret.push("tiers");
    }
    if p.vip.is_some() {
        ret.push("vip");
    }
    if p.club.is_some() {
        ret.push("club");
    }
    if p.profit_sharing.is_some() {
        ret.push("profit_sharing");
    }
    if p.offers.iter().any(|o| !is_new(&o.segment)) {
        ret.push("offers");
    }
    if p.coupons.iter().any(|c| !is_new(&c.segment)) {
        ret.push("coupons");
    }
    let own = |v: Vec<&str>| v.into_iter().map(String::from).collect();
    (own(acq), own(ret))
}

/// The month a day falls in, as the runs count them (`months` months of
/// `days` days).
fn month_of(day: u32, days: u32, months: usize) -> usize {
    if days == 0 || months == 0 {
        return 0;
    }
    ((day as u64 * months as u64 / days as u64) as usize).min(months - 1)
}

/// The goal view from the two runs and the waterfall's retention part (cents).
pub(crate) fn build(s: &Scenario, prog: &RunView, base: &RunView, retention: i64) -> GoalView {
    let Some(p) = &s.programme else {
        return GoalView::default();
    };
    let (pb, bb) = (prog.books, base.books);
    let shared = pb.len().min(bb.len());
    let mut churn = 0i64;
    for id in 0..shared {
        if let (Some(a), Some(b)) = (pb.book(id), bb.book(id)) {
            let (lost_p, lost_b) = (a.flags & B_LOST != 0, b.flags & B_LOST != 0);
            churn += i64::from(lost_b && !lost_p) - i64::from(lost_p && !lost_b);
        }
    }
    let brought = pb.len() as i64 - bb.len() as i64;
    let (tp, tb) = (prog.ledger.total(), base.ledger.total());
    let net = (tp.programme_cost() - tb.programme_cost())
        - (tp.programme_income() - tb.programme_income());
    let competitor_day = s
        .events
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::CompetitorProgramme { .. } | Event::CompetitorPriceCut { .. }
            )
        })
        .map(Event::day)
        .min();
    let kept = competitor_day.and_then(|d| {
        let n = prog.months.len().min(base.months.len());
        let last = n.checked_sub(1)?;
        let before = month_of(d, s.simulation.days, n).saturating_sub(1);
        let drop =
            |m: &[crate::report::MonthStats]| m[before].active as i64 - m[last].active as i64;
        Some(drop(base.months) - drop(prog.months))
    });
    let (acquisition_levers, retention_levers) = levers(p);
    GoalView {
        goal: p.goal,
        retention: cur(retention),
        churn_prevented: churn,
        customers_brought: brought,
        net_programme_cost: cur(net),
        cost_per_customer_brought: (brought > 0).then(|| cur(net) / brought as f64),
        competitor_day,
        kept_through_competitor: kept,
        mixed: !acquisition_levers.is_empty() && !retention_levers.is_empty(),
        acquisition_levers,
        retention_levers,
    }
}
