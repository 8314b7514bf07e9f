//! A purchase at the firm: enrolment, the discount, every mechanic's part
//! (through the hooks of [`crate::mechanics`]), the experience, and the
//! purchase's bookings in the day's ledger.
//!
//! Invariant: everything a purchase costs or brings is booked on its day
//! (a gift card's redemption on the later day it is redeemed), and the
//! ledger identities hold after every purchase.

use crate::behaviour::experience;
use crate::draws::{Extra, Occasion};
use crate::finance::Bought;
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::mechanics::tiers::TierRules;
use crate::mechanics::{At, Basket};
use crate::observe::PurchaseEvent;
use crate::params::{JOIN_CURIOSITY, JOIN_EFFORT};
use crate::population::{Customer, F_MEMBER};
use crate::rules::Rules;

/// This month's counts that purchases add to.
#[derive(Default)]
pub(crate) struct MonthCounters {
    pub(crate) joins: u64,
    pub(crate) new_customers: u64,
    pub(crate) defections: u64,
    /// Prize cost booked this month, in cents (against the draw's budget).
    pub(crate) prize_cents: i64,
}

/// Customer `id` buys on day `d`. Returns the purchase, when a gift card
/// sold now will be redeemed within the horizon the day and the cost of the
/// goods then, and what it booked for the finance view's books.
#[allow(clippy::too_many_arguments)]
pub(crate) fn purchase(
    c: &mut Customer,
    id: u32,
    d: u32,
    k: &Consts,
    rules: Option<&Rules>,
    day: &mut LedgerDay,
    counters: &mut MonthCounters,
    draws: &Occasion,
    extra: &Extra,
    progress: f64,
) -> (PurchaseEvent, Option<(u32, i64)>, Bought) {
    let rewards_before = day.rewards;
    let tier = c.tier;
    let (z_quality, z_basket) = draws.normals();
    let sig = k.trip_sigma;
    let list = (c.basket as f64 * libm::exp(sig * z_basket - 0.5 * sig * sig)).min(k.max_basket);
    let list_cents = (libm::round(list * 100.0) as i64).max(1);
    let mut b = Basket {
        list_cents,
        discount_rate: 0.0,
        discount_cents: 0,
        net_cents: 0,
        net: 0.0,
        cogs_cents: libm::round(list_cents as f64 * k.margin_cost) as i64,
        earned: 0,
        own_points: 0,
        redeemed: 0,
        redeemed_here: 0,
        boost: 0.0,
        perk: 0.0,
        prize: false,
        gift_card: None,
        day,
        prize_cents: &mut counters.prize_cents,
        draws,
        extra,
    };
    let at = rules.map(|r| At { k, r, id, d });
    // The offers that held the member when the discount was set.
    let mut offers = 0u8;
    if let Some(x) = &at {
        let r = x.r;
        if !c.is_member() {
            enrol(x, c, &mut b, &mut counters.joins);
        }
        if c.is_member() {
            b.discount_rate = r.discount.targeted(x, c);
            if !r.discount.offers.is_empty() {
                offers = r.discount.offer_mask(x, c);
            }
        } else if r.bearer && draws.share < r.bearer_sharing {
            b.discount_rate = r.discount.flat;
        }
    }
    b.discount_cents = libm::round(list_cents as f64 * b.discount_rate) as i64;
    if let Some(x) = &at {
        x.r.m.discount(x, c, &mut b);
    }
    b.net_cents = list_cents - b.discount_cents;
    b.net = b.net_cents as f64 / 100.0;
    if let Some(x) = &at {
        if c.is_member() {
            x.r.discount.on_purchase(c, b.net);
        }
        x.r.m.on_purchase(x, c, &mut b);
    }

    experience(c, k, d, b.discount_rate, b.boost, b.perk, z_quality);
    c.last_purchase = d as i16;
    c.recent_spend += b.net as f32;
    if d >= k.window_start {
        c.window_spend += b.net as f32;
        c.window_purchases = c.window_purchases.saturating_add(1);
    }

    let day = b.day;
    day.gross_sales = day.gross_sales.saturating_add(list_cents);
    day.discounts = day.discounts.saturating_add(b.discount_cents);
    day.revenue = day.revenue.saturating_add(b.net_cents);
    day.cost_of_goods = day.cost_of_goods.saturating_add(b.cogs_cents);
    day.points_issued = day.points_issued.saturating_add(b.earned);
    day.points_redeemed = day.points_redeemed.saturating_add(b.redeemed);
    day.purchases += 1;
    let bought = Bought {
        list_cents,
        discount_cents: b.discount_cents,
        net_cents: b.net_cents,
        cogs_cents: b.cogs_cents,
        rewards_cents: day.rewards - rewards_before,
        earned: b.own_points,
        tier,
        ..Bought::default()
    };
    let mut bought = match rules.and_then(|r| r.m.tiers.as_ref()) {
        Some(t) if tier > 0 => tier_benefits(t, bought, b.own_points),
        _ => bought,
    };
    bought.offers = offers;

    (
        PurchaseEvent {
            customer: id,
            day: d,
            member: c.is_member(),
            progress,
            list: list_cents as f64 / 100.0,
            net: b.net,
            points_earned: b.earned.min(u32::MAX as u64) as u32,
            points_redeemed: b.redeemed.min(u32::MAX as u64) as u32,
            prize: b.prize,
        },
        b.gift_card,
        bought,
    )
}

/// The purchase's tier benefits: the tier's discount rate on the list
/// price (at most the purchase's discount) and the extra points of the
/// tier's multiplier on the points earned.
fn tier_benefits(t: &TierRules, mut bought: Bought, own: u64) -> Bought {
    let rate = t.tier_discount(bought.tier);
    let cents = libm::round(bought.list_cents as f64 * rate) as i64;
    bought.tier_discount_cents = cents.min(bought.discount_cents);
    let mult = t.points_multiplier(bought.tier);
    if mult > 0.0 {
        bought.tier_points = own as i64 - libm::round(own as f64 / mult) as i64;
    }
    bought
}

/// A non-member may join with this purchase: always with automatic
/// enrolment, otherwise with a chance that grows with what membership is
/// worth to them ([`join_chance`]).
fn enrol(x: &At, c: &mut Customer, b: &mut Basket, joins: &mut u64) {
    let r = x.r;
    let join = if b.list_cents < r.min_purchase_cents {
        false
    } else if r.automatic {
        true
    } else {
        b.draws.join < join_chance(x, c)
    };
    if join {
        c.flags |= F_MEMBER;
        c.member_since = x.d as u16;
        *joins += 1;
        b.day.cards = b.day.cards.saturating_add(r.card_cents);
        r.m.on_join(x, c, b);
    }
}

/// The chance that a customer who has not joined opts in at an eligible
/// purchase: `join_propensity` times a saturating function of what
/// membership is worth to them a year (discount, points, every mechanic's
/// perks, on their expected spend here), as a share of an average
/// customer's yearly spend, against the effort of joining (see
/// `docs/model.md`, enrolment).
pub(crate) fn join_chance(x: &At, c: &Customer) -> f64 {
    let r = x.r;
    let annual = c.rate as f64 * 365.0 * c.share as f64 * c.basket as f64;
    let (mut rate, points) = r.discount.prospect(x, c, annual);
    if r.bearer {
        // Non-members already borrow the card that often.
        rate *= 1.0 - r.bearer_sharing;
    }
    let mut value = rate * annual;
    if let (Some(pt), true) = (&r.m.points, points != 1.0) {
        value += (points - 1.0) * pt.earn_rate * pt.felt_point(c) * annual;
    }
    r.m.perceived_value(x, c, annual, &mut value);
    let worth = value / x.k.mean_annual_spend;
    // A choice between joining and not: worth (plus the little any card is
    // worth) against the effort.
    let w = worth.max(0.0) + JOIN_CURIOSITY;
    r.join_propensity * w / (w + JOIN_EFFORT)
}
