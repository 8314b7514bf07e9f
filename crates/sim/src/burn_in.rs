//! The customers at day 0, at the model's steady state: who they are (each
//! kind of customer as often as their expected tenure makes them among the
//! firm's customers) and how they feel (a burn-in: their own occasions for
//! `BURN_IN_DAYS` before day 0, under the twin's rules and the market as it
//! is before any event); and the departures a year that new customers must
//! replace to keep the base at that size.
//!
//! Invariants: the day-0 customers are a pure function of the scenario and
//! their id, the same in both runs (the programme plays no part); the burn-in
//! reads only its own streams (`Domain::BurnIn`), so no draw of the run moves.

use crate::behaviour::{
    arrive, defection_hazard, draw_traits, experience_in, season, utility_own, warm_start,
    Yardstick,
};
use crate::market::Consts;
use crate::params::*;
use crate::population::*;
use crate::rng::{Domain, Stream};
use crate::scenario::Scenario;

/// The yearly hazard of moving away.
fn exit_hazard(s: &Scenario) -> f64 {
    let x = s.customers.annual_exit_rate;
    if x > 0.0 {
        -libm::log(1.0 - x)
    } else {
        0.0
    }
}

/// The chance to be elsewhere at an occasion.
#[inline]
fn p_here(c: &Customer, k: &Consts) -> f64 {
    if k.monopoly {
        return 1.0;
    }
    let forced = c.forced as f64;
    forced + (1.0 - forced) * logistic(utility_own(c, k) - k.ln_alts)
}

/// Expected defections a year of a customer in their current states.
#[inline]
fn defections_a_year(c: &Customer, k: &Consts) -> f64 {
    if k.monopoly {
        return 0.0;
    }
    c.rate as f64 * 365.0 * (1.0 - p_here(c, k)) * defection_hazard(c, 0.0, c.forced as f64)
}

/// Day-0 customer `id`, from the first candidate `c` (traits from
/// Traits/id/0): a candidate is kept with a chance proportional to their
/// expected tenure, else the next is drawn (BurnIn/id/g); then burnt in.
pub(crate) fn existing(s: &Scenario, k: &Consts, id: u32, mut c: Customer) -> Customer {
    let mut r = Stream::new(k.seed, Domain::BurnIn, id as u64, 0);
    let floor = exit_hazard(s) + STEADY_TENURE_HAZARD;
    let mut generation = 0;
    warm_start(&mut c, k);
    let mut hazard = floor + defections_a_year(&c, k);
    while generation < MAX_CANDIDATES {
        if r.uniform() < floor / hazard {
            break;
        }
        generation += 1;
        c = draw_traits(
            s,
            &mut Stream::new(k.seed, Domain::BurnIn, id as u64, generation),
            0,
        );
        warm_start(&mut c, k);
        hazard = floor + defections_a_year(&c, k);
    }
    // Tenure at the start of the burn-in: exponential with the same hazard.
    let tenure = r.exponential(365.0 / hazard);
    season(&mut c, k, tenure);
    burn_in(&mut c, s, k, id, &mut r, generation);
    c
}

/// Brings the decaying states forward by `dt` days (tables where they reach).
fn decay(c: &mut Customer, k: &Consts, dt: i64) {
    let f = |table: &[f32], half_life: f64| match table.get(dt as usize) {
        Some(&f) => f,
        None => libm::exp(-std::f64::consts::LN_2 * dt as f64 / half_life) as f32,
    };
    c.habit *= f(&k.habit_decay, HABIT_HALF_LIFE);
    let a = f(&k.affect_decay, AFFECT_HALF_LIFE);
    c.pos_affect *= a;
    c.neg_affect *= a;
    c.resentment *= f(&k.resent_decay, RESENTMENT_HALF_LIFE);
    c.affective *= f(&k.affective_decay, AFFECTIVE_HALF_LIFE);
    c.recent_spend *= f(&k.spend_decay, SPEND_HALF_LIFE);
}

/// A new customer takes the place on day `t` (generation `g`); returns the
/// day they will move away (`i64::MAX`: never).
fn replace(c: &mut Customer, s: &Scenario, k: &Consts, id: u32, g: u64, t: i64) -> i64 {
    *c = draw_traits(s, &mut Stream::new(k.seed, Domain::BurnIn, id as u64, g), 0);
    arrive(c, k, 0);
    c.flags = 0;
    if c.exit_day == u16::MAX {
        i64::MAX
    } else {
        t + c.exit_day as i64
    }
}

/// The burn-in: the place's occupant lives from day `-BURN_IN_DAYS` to day
/// 0; whoever moves away or defects is replaced at once by a new customer
/// (who buys on arriving, as arrivals do).
fn burn_in(c: &mut Customer, s: &Scenario, k: &Consts, id: u32, r: &mut Stream, mut g: u64) {
    // Long enough for the fast states to mix, for a light buyer a year.
    let days =
        libm::round(BURN_IN_OCCASIONS / c.rate as f64).clamp(1.0, BURN_IN_DAYS as f64) as i64;
    let h = exit_hazard(s);
    let first = g;
    let mut t = -days;
    let mut last = t;
    // The first occupant moves away after an exponential time (memoryless).
    let mut exit_at = if h > 0.0 {
        t + r.exponential(365.0 / h) as i64
    } else {
        i64::MAX
    };
    let mut last_purchase = None;
    let mut fresh = false;
    let mut spare: Option<f64> = None;
    loop {
        if !fresh {
            let gap = -libm::log(r.uniform_pos()) / c.rate as f64;
            t += libm::round(gap).max(1.0) as i64;
        }
        if exit_at < 0 && t >= exit_at && !fresh {
            g += 1;
            t = exit_at;
            exit_at = replace(c, s, k, id, g, t);
            last = t;
            last_purchase = None;
            fresh = true;
            continue;
        }
        if t >= 0 {
            break;
        }
        decay(c, k, t - last);
        last = t;
        let u = r.uniform();
        let forced = if k.monopoly { 1.0 } else { c.forced as f64 };
        let here = fresh || u < p_here(c, k);
        fresh = false;
        if here {
            let z = match spare.take() {
                Some(z) => z,
                None => {
                    let rad = libm::sqrt(-2.0 * libm::log(r.uniform_pos()));
                    let (sn, cs) = libm::sincos(std::f64::consts::TAU * r.uniform());
                    spare = Some(rad * sn);
                    rad * cs
                }
            };
            let y = Yardstick {
                quality_drop: 0.0,
                ln_dearer: 0.0,
                comp_quality: k.comp_quality,
                forced,
            };
            experience_in(c, k, &y, 0.0, 0.0, 0.0, z);
            c.recent_spend += c.basket;
            last_purchase = Some(t);
        } else {
            let hazard = defection_hazard(c, 0.0, forced);
            c.share *= 0.8;
            if r.uniform() < hazard {
                g += 1;
                exit_at = replace(c, s, k, id, g, t);
                last_purchase = None;
                fresh = true;
            }
        }
    }
    decay(c, k, -last);
    c.last_event = 0;
    if g > first && exit_at != i64::MAX {
        c.exit_day = exit_at.min(u16::MAX as i64 - 1) as u16;
    }
    // No purchase in the burn-in: the last one was before it (memoryless).
    let last_purchase = last_purchase.unwrap_or_else(|| {
        let per_day = (c.rate as f64 * p_here(c, k)).max(1e-9);
        -days - libm::round(r.exponential(1.0 / per_day)).min(20_000.0) as i64
    });
    c.last_purchase = last_purchase.max(-10_000) as i16;
}

/// The departures a year the day-0 customers are expected to make at the
/// steady state: moving away (the exit hazard) and defecting (at each
/// occasion elsewhere, the defection hazard), from their day-0 states.
pub(crate) fn expected_departures<'a>(
    customers: impl Iterator<Item = &'a Customer>,
    s: &Scenario,
    k: &Consts,
) -> f64 {
    let h = exit_hazard(s);
    customers
        .filter(|c| c.status == ACTIVE)
        .map(|c| h + defections_a_year(c, k))
        .sum()
}
