//! How customers are made and how they feel, choose and recommend: the
//! traits and warm start of a new customer, the utility of buying here, the
//! experience of a purchase and its effect on feelings and commitments, and
//! the answer to "how likely are you to recommend us?".
//!
//! Invariant: pure functions of the customer's state, the run's constants
//! and the given draws; no mechanic appears here (mechanics act through the
//! price, the service boost and the perks they pass in).

use crate::market::Consts;
use crate::params::*;
use crate::population::*;
use crate::rng::{Domain, Stream};
use crate::scenario::Scenario;
use std::f64::consts::LN_2;

pub(crate) fn new_customer(s: &Scenario, k: &Consts, id: u32, arrival_day: u32) -> Customer {
    let mut r = Stream::new(k.seed, Domain::Traits, id as u64, 0);
    let mut c = draw_traits(s, &mut r, arrival_day);
    if arrival_day == 0 {
        // An existing customer: at the steady state of the firm as it is.
        return crate::burn_in::existing(s, k, id, c);
    }
    arrive(&mut c, k, arrival_day);
    c
}

/// A customer with traits drawn from `r` (in the documented order),
/// arriving on `arrival_day`, and every state at zero.
pub(crate) fn draw_traits(s: &Scenario, r: &mut Stream, arrival_day: u32) -> Customer {
    let cu = &s.customers;
    let rate_year = r.gamma(cu.rate_shape, cu.occasions_per_year / cu.rate_shape);
    let rate = (rate_year / 365.0).max(0.05 / 365.0);
    let sb = cu.basket_spread;
    let basket = s.business.mean_basket * libm::exp(sb * r.normal() - 0.5 * sb * sb);
    let ps = cu.price_sensitivity * libm::exp(0.4 * r.normal() - 0.08);
    let a = cu.reward_appetite;
    let appetite = r.beta(4.0 * a, 4.0 * (1.0 - a));
    let reactivity = 0.5 + r.uniform();
    let alignment = r.beta(2.0, 2.0);
    let b = s.market.switching_barrier;
    let barrier = if b > 0.0 {
        r.beta(2.0 * b / (1.0 - b).max(0.05), 2.0)
    } else {
        0.0
    };
    // The barrier is kept even in a monopoly: it is what remains after deregulation.
    let forced = barrier;
    let pref = 0.3 + r.normal();
    let fit = FIT_SPREAD * r.normal();
    let rating_bias = RATING_BIAS_SPREAD * r.normal();
    // `annual_exit_rate` is the share leaving within a year: hazard -ln(1 - share).
    let exit_after = if cu.annual_exit_rate > 0.0 {
        r.exponential(365.0 / -libm::log(1.0 - cu.annual_exit_rate))
    } else {
        f64::INFINITY
    };
    let exit_day = (arrival_day as f64 + 1.0 + exit_after).min(u16::MAX as f64) as u16;

    Customer {
        rate: rate as f32,
        basket: basket as f32,
        price_sens: ps as f32,
        appetite: appetite as f32,
        reactivity: reactivity as f32,
        alignment: alignment as f32,
        forced: forced as f32,
        pref: pref as f32,
        fit: fit as f32,
        rating_bias: rating_bias as f32,
        arrival_day: arrival_day as u16,
        exit_day,
        expectation: 0.0,
        satisfaction: 0.0,
        pos_affect: 0.0,
        neg_affect: 0.0,
        affective: 0.0,
        normative: 0.0,
        habit: 0.0,
        resentment: 0.0,
        share: 0.0,
        last_event: arrival_day as u16,
        last_purchase: (arrival_day as i32 - 10_000) as i16,
        occasion: 0,
        status: ACTIVE,
        flags: 0,
        tier: 0,
        draw_count: 0,
        extra: 0,
        coupon: 0,
        coupon_until: 0,
        bonus: 0,
        bonus_until: 0,
        recent_spend: 0.0,
        stake: 0.0,
        member_since: 0,
        lots: [0; LOTS],
        book: Default::default(),
        qualifying: 0.0,
        cumulative: 0.0,
        window_spend: 0.0,
        window_purchases: 0,
    }
}

/// A new customer: expects what the market offers, comes to buy once.
pub(crate) fn arrive(c: &mut Customer, k: &Consts, arrival_day: u32) {
    c.expectation = k.comp_quality_at(arrival_day) as f32;
    c.affective = ARRIVAL_AFFECTIVE as f32;
    c.share = ARRIVAL_SHARE as f32;
    c.flags = F_NEW;
}

/// The analytic first guess of a long-standing customer's states: each at
/// its equilibrium with the firm as it is (the burn-in, [`crate::burn_in`],
/// starts from it; see `docs/model.md`, warm start).
pub(crate) fn warm_start(c: &mut Customer, k: &Consts) {
    let (rate, basket) = (c.rate as f64, c.basket as f64);
    let q = k.quality + c.fit as f64 - VALUE_WEIGHT * k.ln_price;
    let sat = W_PERFORMANCE * (q - k.comp_quality);
    let forced = if k.monopoly { 1.0 } else { c.forced as f64 };
    c.expectation = q as f32;
    c.satisfaction = sat as f32;
    c.normative = (0.5 * c.alignment as f64) as f32;
    c.affective = logistic(AFFECTIVE_SLOPE * sat) as f32;
    let p_here = forced + (1.0 - forced) * logistic(utility_own(c, k) - k.ln_alts);
    // Resentment: each purchase adds RESENTMENT_GAIN x f x E[max(0,
    // RESENTMENT_THRESHOLD - s_tx)], s_tx ~ N(sat, sd), at `rate x p_here`
    // purchases a day, and it decays with its half-life.
    let (wp, wd, a) = (W_PERFORMANCE, W_DISCONFIRMATION, EXPECT_ALPHA);
    let sd = QUALITY_NOISE * libm::sqrt((wp + wd) * (wp + wd) + wd * wd * a / (2.0 - a));
    let z = (RESENTMENT_THRESHOLD - sat) / sd;
    let below = sd * libm::exp(-0.5 * z * z) / libm::sqrt(std::f64::consts::TAU)
        + (RESENTMENT_THRESHOLD - sat) * 0.5 * libm::erfc(-z / std::f64::consts::SQRT_2);
    c.resentment =
        (RESENTMENT_GAIN * forced * below * rate * p_here * RESENTMENT_HALF_LIFE / LN_2) as f32;
    let p_here = forced + (1.0 - forced) * logistic(utility_own(c, k) - k.ln_alts);
    c.share = p_here as f32;
    let gap = 1.0 / (rate * p_here).max(1e-6);
    let d = libm::exp(-LN_2 * gap / HABIT_HALF_LIFE);
    c.habit = (HABIT_GAIN / (1.0 - d + HABIT_GAIN * d)) as f32;
    // Affective commitment at its equilibrium between pull and decay.
    let da = libm::exp(-LN_2 * gap / AFFECTIVE_HALF_LIFE);
    let target = logistic(AFFECTIVE_SLOPE * sat);
    c.affective = (AFFECTIVE_ALPHA * target / (1.0 - da * (1.0 - AFFECTIVE_ALPHA))) as f32;
    // Recent spend at its steady state: spend a day times the mean age weight.
    c.recent_spend = (rate * p_here * basket * SPEND_HALF_LIFE / LN_2) as f32;
}

/// `ln(1 - x)` for `0 <= x <= 0.5`, at compile time (its series).
const fn ln_1m(x: f64) -> f64 {
    let (mut sum, mut power, mut j) = (0.0, 1.0, 1);
    while j <= 80 {
        power *= x;
        sum -= power / j as f64;
        j += 1;
    }
    sum
}

/// A warm-started customer ([`warm_start`]) who arrived `tenure` days ago:
/// each state has moved from its value on arrival towards its equilibrium by
/// its per-purchase smoothing over the purchases expected in the tenure
/// (resentment by its half-life).
pub(crate) fn season(c: &mut Customer, k: &Consts, tenure: f64) {
    let n = c.rate as f64 * c.share as f64 * tenure;
    let left = |ln: f64| libm::exp(n * ln);
    let q = c.expectation as f64;
    let comp = k.comp_quality;
    c.expectation = (q + (comp - q) * left(const { ln_1m(EXPECT_ALPHA) })) as f32;
    c.satisfaction *= (1.0 - left(const { ln_1m(SAT_ALPHA) })) as f32;
    c.normative *= (1.0 - left(const { ln_1m(NORMATIVE_ALPHA) })) as f32;
    c.habit *= (1.0 - left(const { ln_1m(HABIT_GAIN) })) as f32;
    let a = c.affective as f64;
    c.affective = (a + (ARRIVAL_AFFECTIVE - a) * left(const { ln_1m(AFFECTIVE_ALPHA) })) as f32;
    c.resentment *= (1.0 - libm::exp(-LN_2 * tenure / RESENTMENT_HALF_LIFE)) as f32;
}

/// The firm's utility against the alternatives without programme terms.
#[inline]
pub(crate) fn utility_base(c: &Customer, k: &Consts, d: u32) -> f64 {
    utility_own(c, k) - k.ln_alts_at(d)
}

/// The firm's own utility without programme terms, before the alternatives.
#[inline]
pub(crate) fn utility_own(c: &Customer, k: &Consts) -> f64 {
    c.pref as f64
        + BETA_SATISFACTION * c.satisfaction as f64
        + BETA_AFFECTIVE * c.affective as f64
        + BETA_NORMATIVE * c.normative as f64
        + BETA_HABIT * c.habit as f64
        - BETA_RESENTMENT * c.resentment as f64
        - PRICE_WEIGHT * c.price_sens as f64 * k.ln_price
}

/// Likelihood to recommend at `day` (0-10), from states decayed to that day.
pub(crate) fn recommend(c: &Customer, k: &Consts, day: u32) -> u8 {
    let dt = (day.saturating_sub(c.last_event as u32) as usize).min(k.affect_decay.len() - 1);
    let pa = (c.pos_affect * k.affect_decay[dt]) as f64;
    let na = (c.neg_affect * k.affect_decay[dt]) as f64;
    let resentment = (c.resentment * k.resent_decay[dt]) as f64;
    let affective = (c.affective * k.affective_decay[dt]) as f64;
    let l = RECOMMEND_BASE
        + RECOMMEND_SATISFACTION * c.satisfaction as f64
        + RECOMMEND_AFFECTIVE * affective
        + RECOMMEND_NORMATIVE * c.normative as f64
        + RECOMMEND_AFFECT * (pa - na)
        - RECOMMEND_RESENTMENT * resentment
        + c.rating_bias as f64;
    libm::round(l).clamp(0.0, 10.0) as u8
}

/// What a purchase is measured against: the market on the day.
pub(crate) struct Yardstick {
    /// Drop in experienced quality (service failures).
    pub(crate) quality_drop: f64,
    /// Log of how much dearer the firm is after competitors' price cuts.
    pub(crate) ln_dearer: f64,
    /// The alternatives' quality.
    pub(crate) comp_quality: f64,
    /// The customer's forced share.
    pub(crate) forced: f64,
}

/// What a purchase is like and what it does to the customer's feelings and
/// commitments: the price paid (`discount_rate`), the service `boost` and
/// the `perk` of gifts and prizes, against expectations and the market.
#[inline]
pub(crate) fn experience(
    c: &mut Customer,
    k: &Consts,
    d: u32,
    discount_rate: f64,
    boost: f64,
    perk: f64,
    z_quality: f64,
) {
    let (quality_drop, ln_dearer, _) = k.market_at(d);
    let y = Yardstick {
        quality_drop,
        ln_dearer,
        comp_quality: k.comp_quality_at(d),
        forced: k.forced(c, d),
    };
    experience_in(c, k, &y, discount_rate, boost, perk, z_quality);
}

/// [`experience`] against a given market.
#[inline]
pub(crate) fn experience_in(
    c: &mut Customer,
    k: &Consts,
    y: &Yardstick,
    discount_rate: f64,
    boost: f64,
    perk: f64,
    z_quality: f64,
) {
    // The experience: core quality against the market's yardstick, and
    // everything received (core plus perks such as gifts) against expectation.
    let (quality_drop, ln_dearer) = (y.quality_drop, y.ln_dearer);
    // A coupon can pay for a whole basket; the price never feels below 5 % of list.
    let mut price_ratio = k.price_index * (1.0 - discount_rate).max(0.05);
    if ln_dearer != 0.0 {
        price_ratio *= libm::exp(ln_dearer);
    }
    // At list price the log is the scenario's own (no call needed).
    let ln_ratio = if discount_rate == 0.0 && ln_dearer == 0.0 {
        k.ln_price
    } else {
        libm::log(price_ratio)
    };
    let core = k.quality - quality_drop + c.fit as f64 + boost - VALUE_WEIGHT * ln_ratio
        + QUALITY_NOISE * z_quality;
    let q = core + perk;
    let e = c.expectation as f64;
    let s_tx = W_PERFORMANCE * (core - y.comp_quality) + W_DISCONFIRMATION * (q - e);
    let sat = c.satisfaction as f64 + SAT_ALPHA * (s_tx - c.satisfaction as f64);
    c.satisfaction = sat as f32;
    let gap = q - e;
    if gap > AFFECT_TOLERANCE {
        c.pos_affect += (AFFECT_GAIN * c.reactivity as f64 * (gap - AFFECT_TOLERANCE)) as f32;
    } else if gap < -AFFECT_TOLERANCE {
        c.neg_affect +=
            (AFFECT_GAIN * c.reactivity as f64 * LOSS_AVERSION * (-gap - AFFECT_TOLERANCE)) as f32;
    }
    c.expectation = (e + EXPECT_ALPHA * (q - e)) as f32;
    let target =
        logistic(AFFECTIVE_SLOPE * (sat + 0.5 * (c.pos_affect as f64 - c.neg_affect as f64)));
    c.affective += (AFFECTIVE_ALPHA * (target - c.affective as f64)) as f32;
    let kept = if q >= e - PROMISE_TOLERANCE {
        1.0
    } else {
        -0.5
    };
    c.normative += (NORMATIVE_ALPHA * (c.alignment as f64 * kept - c.normative as f64)) as f32;
    c.normative = c.normative.max(0.0);
    c.habit += (HABIT_GAIN * (1.0 - c.habit as f64)) as f32;
    c.resentment += (RESENTMENT_GAIN * y.forced * (RESENTMENT_THRESHOLD - s_tx).max(0.0)) as f32;
    c.share += 0.2 * (1.0 - c.share);
}

/// The chance that a customer who bought elsewhere defects for good, with
/// economic commitment `econ` and forced share `forced` (the formula of the
/// occasion in `world.rs`; states as stored, decayed by the caller).
#[inline]
pub(crate) fn defection_hazard(c: &Customer, econ: f64, forced: f64) -> f64 {
    DEFECT_BASE
        * libm::exp(
            -DEFECT_AFFECTIVE * c.affective as f64
                - DEFECT_NORMATIVE * c.normative as f64
                - DEFECT_ECONOMIC * LOSS_AVERSION * econ
                - DEFECT_HABIT * c.habit as f64
                + DEFECT_DISSATISFACTION * (-(c.satisfaction as f64)).max(0.0)
                + DEFECT_RESENTMENT * c.resentment as f64,
        )
        * (1.0 - forced)
}
