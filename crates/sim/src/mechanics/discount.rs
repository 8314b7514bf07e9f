//! The member discount: flat or progressive by cumulative spend, plus the
//! tier's discount, limited to a segment (`discount_for`) or not, plus the
//! targeted offers' extra discounts; and the offers' points multipliers.
//!
//! Invariant: a member's discount rate is at most 0.95 and depends only on
//! the member's cumulative spend, tier and segments on the day.

use super::At;
use crate::population::Customer;
use crate::scenario::{Discount, Offer, Programme, Segment};

/// The discount rules of a programme.
pub(crate) struct DiscountRules {
    /// The flat rate (0 with a progressive discount).
    pub(crate) flat: f64,
    /// Progressive steps: (from cumulative spend, rate).
    steps: Vec<(f64, f64)>,
    discount_for: Option<Segment>,
    pub(crate) offers: Vec<Offer>,
}

impl DiscountRules {
    pub(crate) fn new(p: &Programme) -> Self {
        let (flat, steps) = match &p.discount {
            None => (0.0, Vec::new()),
            Some(Discount::Flat { rate }) => (*rate, Vec::new()),
            Some(Discount::Progressive { steps }) => {
                (0.0, steps.iter().map(|s| (s.from_spend, s.rate)).collect())
            }
        };
        DiscountRules {
            flat,
            steps,
            discount_for: p.discount_for.clone(),
            offers: p.offers.clone(),
        }
    }

    /// The member's discount rate today: the base rate where the discount
    /// reaches them, plus targeted extras.
    pub(crate) fn targeted(&self, x: &At, c: &Customer) -> f64 {
        let mut rate = match &self.discount_for {
            Some(sg) if !x.in_segment(sg, c) => 0.0,
            _ => self.member_discount(x, c),
        };
        for o in &self.offers {
            if o.extra_discount > 0.0 && x.in_segment(&o.segment, c) {
                rate += o.extra_discount;
            }
        }
        rate.min(0.95)
    }

    /// What a customer who has not joined expects as a member, over a year
    /// with `annual` spend here: the discount rate (the base rate where it
    /// would reach them, a progressive discount's at half that spend, plus
    /// the offers they are in now) and the offers' points multiplier. The
    /// tiers' discounts are the tiers' perceived value.
    pub(crate) fn prospect(&self, x: &At, c: &Customer, annual: f64) -> (f64, f64) {
        let reached = match &self.discount_for {
            Some(sg) => x.in_segment(sg, c),
            None => true,
        };
        let mut rate = 0.0;
        if reached {
            rate = self.flat;
            for &(from, r) in &self.steps {
                if 0.5 * annual >= from {
                    rate = r;
                }
            }
        }
        let mut points = 1.0;
        for o in &self.offers {
            if x.in_segment(&o.segment, c) {
                rate += o.extra_discount;
                points *= o.points_multiplier;
            }
        }
        (rate.min(0.95), points)
    }

    /// The offers whose segment holds the member today, one bit each (the
    /// first 8 offers; the finance view books what each one gave).
    pub(crate) fn offer_mask(&self, x: &At, c: &Customer) -> u8 {
        let mut mask = 0;
        for (i, o) in self.offers.iter().enumerate().take(8) {
            if x.in_segment(&o.segment, c) {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// Multiplier of points from targeted offers.
    pub(crate) fn offer_points(&self, x: &At, c: &Customer) -> f64 {
        let mut m = 1.0;
        for o in &self.offers {
            if o.points_multiplier != 1.0 && x.in_segment(&o.segment, c) {
                m *= o.points_multiplier;
            }
        }
        m
    }

    /// Discount rate of a member with this cumulative spend and tier.
    fn member_discount(&self, x: &At, c: &Customer) -> f64 {
        let mut rate = self.flat;
        for &(from, r) in &self.steps {
            if c.cumulative as f64 >= from {
                rate = r;
            }
        }
        if let (Some(t), true) = (&x.r.m.tiers, c.tier > 0) {
            rate += t.tier_discount(c.tier);
        }
        rate
    }

    /// Progress towards the next discount step (0 without steps).
    pub(crate) fn step_progress(&self, c: &Customer) -> f64 {
        for &(from, _) in &self.steps {
            if (c.cumulative as f64) < from && from > 0.0 {
                return c.cumulative as f64 / from;
            }
        }
        0.0
    }

    /// Counts the purchase towards the progressive discount.
    #[inline]
    pub(crate) fn on_purchase(&self, c: &mut Customer, net: f64) {
        c.cumulative += net as f32;
    }
}
