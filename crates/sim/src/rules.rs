//! The programme compiled for a run: enrolment, costs, the discount, the
//! segments and every mechanic ([`Mechanics`]).
//!
//! Invariants:
//! - Built from the scenario alone; during a run only rule-change events
//!   (points value and threshold) and the month-end spend ranking change it.
//! - A segment's membership is a pure function of the customer's state, the
//!   day and the last month-end ranking, so customers are independent within
//!   a day.

use crate::market::Consts;
use crate::mechanics::discount::DiscountRules;
use crate::mechanics::Mechanics;
use crate::population::{Customer, ACTIVE};
use crate::scenario::*;

/// The programme of a run (the programme run only; the twin has none).
pub(crate) struct Rules {
    pub(crate) automatic: bool,
    pub(crate) bearer: bool,
    pub(crate) min_purchase_cents: i64,
    pub(crate) join_propensity: f64,
    pub(crate) bearer_sharing: f64,
    pub(crate) card_cents: i64,
    pub(crate) member_month_cents: i64,
    pub(crate) operating_month_cents: i64,
    pub(crate) setup_cents: i64,
    /// The member discount: flat or progressive, tier discounts, offers.
    pub(crate) discount: DiscountRules,
    /// The segments' month-end spend ranking.
    pub(crate) segs: Segments,
    /// Every mechanic, in list order.
    pub(crate) m: Mechanics,
    /// Whether any mechanic draws from the extra stream.
    pub(crate) extra_draws: bool,
}

/// Money in whole cents.
pub(crate) fn cents(x: f64) -> i64 {
    libm::round(x * 100.0) as i64
}

impl Rules {
    pub(crate) fn new(p: &Programme, k: &Consts, s: &Scenario) -> Rules {
        let m = Mechanics::new(p, k, s);
        let mut used: Vec<&Segment> = Vec::new();
        used.extend(p.discount_for.iter());
        used.extend(p.offers.iter().map(|o| &o.segment));
        m.segments(&mut used);
        let mut top_shares: Vec<f64> = used
            .into_iter()
            .filter_map(|sg| match sg {
                Segment::TopSpenders { share } => Some(*share),
                _ => None,
            })
            .collect();
        top_shares.sort_by(f64::total_cmp);
        top_shares.dedup();
        let extra_draws = m.extra_draws();
        let costs = crate::costs::kinds(&p.costs);
        Rules {
            automatic: p.enrolment.mode == EnrolmentMode::Automatic,
            bearer: p.enrolment.card == CardKind::Bearer,
            min_purchase_cents: cents(p.enrolment.min_purchase),
            join_propensity: p.enrolment.join_propensity,
            bearer_sharing: p.enrolment.bearer_sharing,
            card_cents: costs[2],
            member_month_cents: costs[3],
            operating_month_cents: costs[1],
            setup_cents: costs[0],
            discount: DiscountRules::new(p),
            segs: Segments {
                top_shares,
                thresholds: Vec::new(),
            },
            m,
            extra_draws,
        }
    }

    /// Progress towards the next goal (points threshold, discount step or
    /// tier), 0-1: the largest of the three.
    pub(crate) fn progress(&self, c: &Customer) -> f64 {
        let mut p: f64 = 0.0;
        if let Some(pt) = &self.m.points {
            let bal = c.points() as f64;
            let t = pt.threshold as f64;
            if bal < t {
                p = p.max(bal / t);
            }
        }
        p = p.max(self.discount.step_progress(c));
        if let Some(t) = &self.m.tiers {
            p = p.max(t.progress(c));
        }
        p
    }

    /// Economic commitment: what the customer would lose by leaving,
    /// relative to a basket (0 for non-members).
    pub(crate) fn economic(&self, c: &Customer, top_share: f64) -> f64 {
        if !c.is_member() {
            return 0.0;
        }
        let mut stake = 0.0;
        self.m.stake(self, c, top_share, &mut stake);
        stake / (stake + c.basket as f64)
    }
}

/// Economic commitment with or without a programme.
pub(crate) fn economic(c: &Customer, rules: Option<&Rules>, top_share: f64) -> f64 {
    match rules {
        Some(r) => r.economic(c, top_share),
        None => 0.0,
    }
}

/// The top-spender shares the segments use and each one's spend threshold
/// (recomputed at every month's end).
pub(crate) struct Segments {
    pub(crate) top_shares: Vec<f64>,
    pub(crate) thresholds: Vec<f32>,
}

impl Segments {
    /// Whether customer `id` is in segment `sg` on day `d` (membership is the caller's check).
    pub(crate) fn contains(&self, sg: &Segment, c: &Customer, id: u32, d: u32, k: &Consts) -> bool {
        match sg {
            Segment::Everyone => true,
            Segment::TopSpenders { share } => {
                let i = self.top_shares.iter().position(|x| x == share);
                match i.and_then(|i| self.thresholds.get(i)) {
                    Some(&t) => {
                        let dt = (d.saturating_sub(c.last_event as u32) as usize)
                            .min(k.spend_decay.len() - 1);
                        c.recent_spend * k.spend_decay[dt] >= t && c.recent_spend > 0.0
                    }
                    None => false,
                }
            }
            Segment::New { days } => {
                c.arrival_day > 0 && d.saturating_sub(c.arrival_day as u32) < *days
            }
            Segment::Lapsing { days } => d as i32 - c.last_purchase as i32 >= *days as i32,
            Segment::Tier { min } => c.tier as u32 >= *min,
            Segment::Birthday => {
                let month = k.month_of_day[(d as usize).min(k.month_of_day.len() - 1)] as u64;
                crate::rng::mix(k.seed, id as u64) % 12 == month % 12
            }
        }
    }

    /// Ranks active customers by recent spend on `day`: the threshold of
    /// each top-spender share.
    pub(crate) fn rank<'a>(
        &mut self,
        customers: impl Iterator<Item = &'a Customer>,
        day: u32,
        k: &Consts,
    ) {
        if self.top_shares.is_empty() {
            return;
        }
        let mut spend: Vec<f32> = customers
            .filter(|c| {
                c.arrival_day as u32 <= day
                    && c.status == ACTIVE
                    && (day as i32 - c.last_purchase as i32) < k.lapse
            })
            .map(|c| {
                let dt =
                    (day.saturating_sub(c.last_event as u32) as usize).min(k.spend_decay.len() - 1);
                c.recent_spend * k.spend_decay[dt]
            })
            .collect();
        self.thresholds = self
            .top_shares
            .iter()
            .map(|&share| {
                if spend.is_empty() {
                    return f32::INFINITY;
                }
                let n = spend.len();
                let i = ((1.0 - share) * n as f64) as usize;
                let (_, t, _) = spend.select_nth_unstable_by(i.min(n - 1), f32::total_cmp);
                *t
            })
            .collect();
    }
}
