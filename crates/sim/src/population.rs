//! The customer record and the population that holds it.
//!
//! Invariants:
//! - Customers live in fixed-size chunks, so growth never copies the
//!   population; an id is the customer's index and never changes.
//! - States that decay between occasions are stored as of `last_event` and
//!   brought forward exactly with the per-day factor tables of
//!   [`crate::market::Consts`] ([`Customer::decay_to`]), so skipping quiet
//!   days changes nothing.

use crate::market::Consts;
use crate::params::*;

/// Customers per storage chunk (a power of two).
const CHUNK_BITS: u32 = 12;

/// Still a customer.
pub(crate) const ACTIVE: u8 = 0;
/// Defected for good.
pub(crate) const DEFECTED: u8 = 1;
/// Moved away.
pub(crate) const EXITED: u8 = 2;

/// Enrolled in the programme.
pub(crate) const F_MEMBER: u8 = 1;
/// Was active at the last month's end.
pub(crate) const F_WAS_ACTIVE: u8 = 2;
/// Arrived and has not had an occasion yet.
pub(crate) const F_NEW: u8 = 4;
/// Ever lost a tier.
pub(crate) const F_DEMOTED: u8 = 8;
/// Ever reached a tier.
pub(crate) const F_PROMOTED: u8 = 16;

/// Extra flag: has VIP terms this month.
pub(crate) const X_VIP: u8 = 1;
/// Extra flag: a club member.
pub(crate) const X_CLUB: u8 = 2;
/// Extra flag: holds the co-branded bank card.
pub(crate) const X_BANK: u8 = 4;

/// Points lots: a ring of earning periods (see `docs/model.md`, expiry).
pub(crate) const LOTS: usize = 8;

/// Customers by id, in fixed-size chunks: growing never copies or doubles
/// the whole population (memory stays close to what is used).
#[derive(Default)]
pub(crate) struct Population {
    chunks: Vec<Vec<Customer>>,
    len: u32,
}

impl Clone for Population {
    /// A copy whose chunks have their full size reserved, as `push` makes
    /// them (so growing the copy copies no chunk either).
    fn clone(&self) -> Self {
        let cap = 1usize << CHUNK_BITS;
        let chunks = self
            .chunks
            .iter()
            .map(|c| {
                let mut copy = Vec::with_capacity(cap.max(c.len()));
                copy.extend_from_slice(c);
                copy
            })
            .collect();
        Population {
            chunks,
            len: self.len,
        }
    }
}

impl Population {
    pub(crate) fn len(&self) -> u32 {
        self.len
    }
    pub(crate) fn push(&mut self, c: Customer) {
        let cap = 1usize << CHUNK_BITS;
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < cap => chunk.push(c),
            _ => {
                let mut chunk = Vec::with_capacity(cap);
                chunk.push(c);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }
    #[inline]
    pub(crate) fn get(&self, id: u32) -> &Customer {
        &self.chunks[(id >> CHUNK_BITS) as usize][(id & ((1 << CHUNK_BITS) - 1)) as usize]
    }
    #[inline]
    pub(crate) fn get_mut(&mut self, id: u32) -> &mut Customer {
        &mut self.chunks[(id >> CHUNK_BITS) as usize][(id & ((1 << CHUNK_BITS) - 1)) as usize]
    }
    /// Reads every cache line of these customers' records (the reads are
    /// independent, so the processor overlaps their misses) and returns a
    /// value that depends on them, for `black_box`.
    #[inline]
    pub(crate) fn touch(&self, ids: &[u32], points: bool) -> u32 {
        let mut acc = 0u32;
        for &id in ids {
            let c = self.get(id);
            acc ^= c.status as u32 ^ c.basket.to_bits();
            // The third line: the points lots and the book a purchase adds to.
            acc ^= if points { c.lots[0] } else { c.book.touch() };
        }
        acc
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Customer> {
        self.chunks.iter().flatten()
    }
    /// Visits every customer in id order, freeing each chunk after it.
    pub(crate) fn drain_chunks(self, mut f: impl FnMut(&Customer)) {
        for chunk in self.chunks {
            chunk.iter().for_each(&mut f);
        }
    }
    pub(crate) fn iter_mut(&mut self) -> impl Iterator<Item = &mut Customer> {
        self.chunks.iter_mut().flatten()
    }
}

/// One simulated customer: fixed traits, feelings, commitments, the
/// programme's state. The layout is fixed (`repr(C)`) and ordered by use:
/// the first cache line holds what every occasion reads, the second what a
/// purchase adds, the third the points lots (read only with points) and the
/// finance view's book (written by every purchase); a record is 192 bytes,
/// three whole cache lines.
#[derive(Clone, Debug)]
#[repr(C, align(64))]
pub(crate) struct Customer {
    // Line 1: every occasion.
    pub(crate) status: u8,
    pub(crate) flags: u8,
    pub(crate) tier: u8,
    /// Extra flags, owned by the mechanics: VIP (1), club member (2),
    /// bank-card holder (4), referred and not yet welcomed (8, `referral.rs`).
    pub(crate) extra: u8,
    pub(crate) last_event: u16,
    /// Day the customer moves away (`u16::MAX`: after the horizon).
    pub(crate) exit_day: u16,
    pub(crate) rate: f32,
    pub(crate) occasion: u32,
    pub(crate) habit: f32,
    pub(crate) pos_affect: f32,
    pub(crate) neg_affect: f32,
    pub(crate) resentment: f32,
    pub(crate) affective: f32,
    /// Recency-weighted spend (half-life `SPEND_HALF_LIFE`), as of `last_event`.
    pub(crate) recent_spend: f32,
    pub(crate) pref: f32,
    pub(crate) satisfaction: f32,
    pub(crate) normative: f32,
    pub(crate) price_sens: f32,
    pub(crate) forced: f32,
    pub(crate) share: f32,
    // Line 2: a purchase, and the programme's other state.
    pub(crate) basket: f32,
    pub(crate) appetite: f32,
    pub(crate) reactivity: f32,
    pub(crate) alignment: f32,
    pub(crate) fit: f32,
    pub(crate) rating_bias: f32,
    pub(crate) expectation: f32,
    pub(crate) last_purchase: i16,
    pub(crate) arrival_day: u16,
    pub(crate) window_purchases: u16,
    pub(crate) member_since: u16,
    pub(crate) window_spend: f32,
    pub(crate) cumulative: f32,
    pub(crate) qualifying: f32,
    /// Shared profit accrued and not yet paid out, in currency units.
    pub(crate) stake: f32,
    /// Short-lived bonus points held.
    pub(crate) bonus: u32,
    /// Last day the bonus points are valid.
    pub(crate) bonus_until: u16,
    /// Last day the held coupon can be used.
    pub(crate) coupon_until: u16,
    /// Purchases since the customer last entered a prize draw.
    pub(crate) draw_count: u8,
    /// Coupon held: index + 1 into the programme's coupons (0 = none).
    pub(crate) coupon: u8,
    // Line 3: points lots, and what the purchases add to for the finance view.
    pub(crate) lots: [u32; LOTS],
    /// The customer's sales, margin, discounts and rewards so far.
    pub(crate) book: crate::finance::Line,
}

impl Customer {
    /// Points on the account (lots and short-lived bonus points).
    pub(crate) fn points(&self) -> u64 {
        self.lots.iter().map(|&p| p as u64).sum::<u64>() + self.bonus as u64
    }
    /// Enrolled in the programme.
    #[inline]
    pub(crate) fn is_member(&self) -> bool {
        self.flags & F_MEMBER != 0
    }
    /// Brings the decaying states forward from `last_event` to day `d`
    /// (the one place decay is applied) and moves `last_event` there.
    #[inline]
    pub(crate) fn decay_to(&mut self, k: &Consts, d: u32) {
        let dt = (d.saturating_sub(self.last_event as u32) as usize).min(k.habit_decay.len() - 1);
        self.habit *= k.habit_decay[dt];
        self.pos_affect *= k.affect_decay[dt];
        self.neg_affect *= k.affect_decay[dt];
        self.resentment *= k.resent_decay[dt];
        self.affective *= k.affective_decay[dt];
        self.recent_spend *= k.spend_decay[dt];
        self.last_event = self.last_event.max(d as u16);
    }
    /// The pain of losing points worth `value` currency units (expiry, a
    /// write-off, a devaluation), relative to the customer's basket.
    #[inline]
    pub(crate) fn feel_points_loss(&mut self, value: f64) {
        let rel = value / self.basket as f64;
        self.neg_affect +=
            (POINTS_LOSS_AFFECT * LOSS_AVERSION * rel.min(3.0) * self.reactivity as f64) as f32;
    }
    /// The pleasure of a reward worth `value` currency units, times `weight`.
    #[inline]
    pub(crate) fn feel_reward(&mut self, value: f64, weight: f64) {
        let rel = value / self.basket as f64;
        self.pos_affect += (REWARD_AFFECT * rel.min(3.0) * self.reactivity as f64 * weight) as f32;
    }
}

/// The logistic function.
#[inline]
pub(crate) fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-x))
}
#[cfg(test)]
mod tests {
    use super::Customer;
    use std::mem::{offset_of, size_of};

    #[test]
    fn a_record_is_192_bytes_in_three_cache_lines_by_use() {
        assert_eq!(size_of::<Customer>(), 192);
        assert_eq!(std::mem::align_of::<Customer>(), 64);
        assert!(offset_of!(Customer, share) < 64);
        assert_eq!(offset_of!(Customer, basket), 64);
        assert!(offset_of!(Customer, coupon) < 128);
        assert_eq!(offset_of!(Customer, lots), 128);
        assert_eq!(offset_of!(Customer, book), 160);
    }
}
