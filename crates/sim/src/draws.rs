//! The random numbers of one occasion, as typed structs that fix their order.
//!
//! Invariant: a customer's occasion `k` reads its numbers from the stream
//! keyed by (seed, customer id, k) in the order of the fields of
//! [`Occasion`], whatever branch is taken, so the twin and the programme
//! run read the same numbers for the same occasion and differ only where
//! the programme acts. The prize draw's number comes last and only with
//! prize draws; the later mechanics read their own stream ([`Extra`],
//! `Domain::Extra`) and only when one of them exists, so adding a mechanic
//! moves no other number.

use crate::rng::{Domain, Stream};

/// The draws of one occasion, in stream order.
pub(crate) struct Occasion {
    /// Whether the customer buys here.
    pub(crate) choice: f64,
    /// Whether a customer who bought elsewhere defects.
    pub(crate) defect: f64,
    /// Whether the customer joins.
    pub(crate) join: f64,
    /// Whether a member redeems (when redemption is the member's choice).
    pub(crate) redeem: f64,
    /// Whether a bearer card is shared with this non-member.
    pub(crate) share: f64,
    /// The gap to the next occasion (in (0, 1]).
    pub(crate) next: f64,
    /// Box-Muller's two uniforms, for the encounter's quality and the basket.
    pub(crate) normal_pair: (f64, f64),
    /// Whether a prize-draw entry wins (1 without draws).
    pub(crate) prize: f64,
}

impl Occasion {
    /// The draws of customer `id`'s occasion `n`.
    #[inline]
    pub(crate) fn new(seed: u64, id: u32, n: u32, with_prize: bool) -> Self {
        let mut r = Stream::new(seed, Domain::Event, id as u64, n as u64);
        let choice = r.uniform();
        let defect = r.uniform();
        let join = r.uniform();
        let redeem = r.uniform();
        let share = r.uniform();
        let next = r.uniform_pos();
        let normal_pair = (r.uniform_pos(), r.uniform());
        let prize = if with_prize { r.uniform() } else { 1.0 };
        Occasion {
            choice,
            defect,
            join,
            redeem,
            share,
            next,
            normal_pair,
            prize,
        }
    }
    /// The two standard normals (encounter quality, basket) from the pair.
    #[inline]
    pub(crate) fn normals(&self) -> (f64, f64) {
        let (u1, u2) = self.normal_pair;
        let rad = libm::sqrt(-2.0 * libm::log(u1));
        let (sn, cs) = libm::sincos(std::f64::consts::TAU * u2);
        (rad * cs, rad * sn)
    }
}

/// The extra stream's draws of one occasion, in stream order (all 1 when no
/// mechanic uses them).
pub(crate) struct Extra {
    /// Whether the customer joins the club.
    pub(crate) club: f64,
    /// Whether a new member takes the bank card.
    pub(crate) bank: f64,
    /// Whether coalition points are burned at a partner.
    pub(crate) burn: f64,
    /// Rounding of the partner points earned since the last occasion.
    pub(crate) partner: f64,
    /// Whether the customer buys a gift card.
    pub(crate) gift_card_sale: f64,
    /// Whether the gift card will be redeemed.
    pub(crate) gift_card_redeem: f64,
    /// When the gift card will be redeemed.
    pub(crate) gift_card_days: f64,
}

impl Extra {
    /// The extra draws of customer `id`'s occasion `n`, or all 1 (`!used`).
    #[inline]
    pub(crate) fn new(seed: u64, id: u32, n: u32, used: bool) -> Self {
        if !used {
            return Extra {
                club: 1.0,
                bank: 1.0,
                burn: 1.0,
                partner: 1.0,
                gift_card_sale: 1.0,
                gift_card_redeem: 1.0,
                gift_card_days: 1.0,
            };
        }
        let mut x = Stream::new(seed, Domain::Extra, id as u64, n as u64);
        Extra {
            club: x.uniform(),
            bank: x.uniform(),
            burn: x.uniform(),
            partner: x.uniform(),
            gift_card_sale: x.uniform(),
            gift_card_redeem: x.uniform(),
            gift_card_days: x.uniform(),
        }
    }
}
