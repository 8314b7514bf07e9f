//! Per-run constants and the market's per-day tables, shared by both runs:
//! the calendar of months, decay factor tables, prices and the alternatives,
//! and the market events (competitor moves, service failures, deregulation).
//!
//! Invariant: built from the scenario alone, the same for the programme run
//! and its twin; nothing here changes during a run.

use crate::params::*;
use crate::population::Customer;
use crate::scenario::{Event, Scenario};

/// The run's constants (see the module docs).
pub(crate) struct Consts {
    pub(crate) seed: u64,
    pub(crate) days: u32,
    pub(crate) month_start: Vec<u32>,
    pub(crate) month_of_day: Vec<u16>,
    pub(crate) window_start: u32,
    pub(crate) lapse: i32,
    pub(crate) margin_cost: f64,
    pub(crate) quality: f64,
    pub(crate) comp_quality: f64,
    pub(crate) ln_price: f64,
    pub(crate) price_index: f64,
    pub(crate) ln_alts: f64,
    pub(crate) monopoly: bool,
    pub(crate) trip_sigma: f64,
    /// The largest basket at list price ([`crate::BASKET_CAP`] mean baskets).
    pub(crate) max_basket: f64,
    pub(crate) habit_decay: Vec<f32>,
    pub(crate) affect_decay: Vec<f32>,
    pub(crate) resent_decay: Vec<f32>,
    pub(crate) affective_decay: Vec<f32>,
    pub(crate) novelty: Vec<f32>,
    pub(crate) spend_decay: Vec<f32>,
    pub(crate) mean_annual_spend: f64,
    /// Market events by day (both runs); `None` without any.
    pub(crate) market: Option<MarketDays>,
    /// Deregulation: from this day, alternatives exist.
    pub(crate) dereg: Option<Dereg>,
}

/// Market events as per-day shifts.
pub(crate) struct MarketDays {
    /// Drop in experienced quality (service failures).
    pub(crate) quality_drop: Vec<f32>,
    /// Log of the firm's price relative to the competitors' cut prices (>= 0).
    pub(crate) ln_dearer: Vec<f32>,
    /// Competitors' programmes, as the log price advantage they give a typical
    /// customer (`-ln(1 - value)`).
    pub(crate) rival_pull: Vec<f32>,
}

pub(crate) struct Dereg {
    pub(crate) day: u32,
    pub(crate) ln_alts: f64,
    pub(crate) comp_quality: f64,
}

pub(crate) fn decay_table(half_life: f64, n: usize) -> Vec<f32> {
    (0..n)
        .map(|d| libm::exp(-std::f64::consts::LN_2 * d as f64 / half_life) as f32)
        .collect()
}

/// First day of each month; a month is 365.25 / 12 days on average.
pub(crate) fn month_starts(days: u32) -> Vec<u32> {
    let mut v = Vec::new();
    let mut m: u64 = 0;
    loop {
        let start = (m * 1461 / 48) as u32;
        if start >= days {
            v.push(days);
            return v;
        }
        v.push(start);
        m += 1;
    }
}

impl Consts {
    pub(crate) fn new(s: &Scenario) -> Consts {
        let days = s.simulation.days;
        let month_start = month_starts(days);
        let mut month_of_day = vec![0u16; days as usize];
        for m in 0..month_start.len() - 1 {
            for d in month_start[m]..month_start[m + 1] {
                month_of_day[d as usize] = m as u16;
            }
        }
        let n = days as usize + 2;
        let alts = s.market.alternatives;
        Consts {
            seed: s.simulation.seed,
            days,
            month_start,
            month_of_day,
            window_start: days.saturating_sub(365),
            lapse: s.customers.lapse_days as i32,
            margin_cost: 1.0 - s.business.gross_margin,
            quality: s.business.service_quality,
            comp_quality: s.market.competitor_quality,
            ln_price: libm::log(s.business.price_index),
            price_index: s.business.price_index,
            ln_alts: if alts > 0 {
                libm::log(alts as f64)
            } else {
                0.0
            },
            monopoly: alts == 0,
            trip_sigma: s.customers.trip_spread,
            max_basket: crate::limits::BASKET_CAP * s.business.mean_basket,
            habit_decay: decay_table(HABIT_HALF_LIFE, n),
            affect_decay: decay_table(AFFECT_HALF_LIFE, n),
            resent_decay: decay_table(RESENTMENT_HALF_LIFE, n),
            affective_decay: decay_table(AFFECTIVE_HALF_LIFE, n),
            novelty: (0..n)
                .map(|d| {
                    (NOVELTY_FLOOR + (1.0 - NOVELTY_FLOOR) * libm::exp(-(d as f64) / NOVELTY_DAYS))
                        as f32
                })
                .collect(),
            spend_decay: decay_table(SPEND_HALF_LIFE, n),
            mean_annual_spend: s.customers.occasions_per_year * s.business.mean_basket * 0.5,
            market: MarketDays::new(s),
            dereg: s.events.iter().find_map(|e| match e {
                Event::Deregulation {
                    day,
                    alternatives,
                    competitor_quality,
                } => Some(Dereg {
                    day: *day,
                    ln_alts: libm::log((*alternatives).max(1) as f64),
                    comp_quality: *competitor_quality,
                }),
                _ => None,
            }),
        }
    }
    /// Whether customers have no alternative on day `d`.
    #[inline]
    pub(crate) fn monopoly_at(&self, d: u32) -> bool {
        self.monopoly && self.dereg.as_ref().is_none_or(|x| d < x.day)
    }
    /// Log of the number of alternatives on day `d`.
    #[inline]
    pub(crate) fn ln_alts_at(&self, d: u32) -> f64 {
        match &self.dereg {
            Some(x) if d >= x.day => x.ln_alts,
            _ => self.ln_alts,
        }
    }
    /// The alternatives' quality (the customers' yardstick) on day `d`.
    #[inline]
    pub(crate) fn comp_quality_at(&self, d: u32) -> f64 {
        match &self.dereg {
            Some(x) if d >= x.day => x.comp_quality,
            _ => self.comp_quality,
        }
    }
    /// A customer's forced commitment on day `d`: all of it in a monopoly,
    /// their own switching barrier otherwise.
    #[inline]
    pub(crate) fn forced(&self, c: &Customer, d: u32) -> f64 {
        if self.monopoly_at(d) {
            1.0
        } else {
            c.forced as f64
        }
    }
    /// (quality drop, log of relative dearness, rivals' programme pull) on day `d`.
    #[inline]
    pub(crate) fn market_at(&self, d: u32) -> (f64, f64, f64) {
        match &self.market {
            Some(m) => (
                m.quality_drop[d as usize] as f64,
                m.ln_dearer[d as usize] as f64,
                m.rival_pull[d as usize] as f64,
            ),
            None => (0.0, 0.0, 0.0),
        }
    }
    pub(crate) fn months(&self) -> u32 {
        self.month_start.len() as u32 - 1
    }
}

impl MarketDays {
    pub(crate) fn new(s: &Scenario) -> Option<MarketDays> {
        let n = s.simulation.days as usize;
        let mut m = MarketDays {
            quality_drop: vec![0.0; n],
            ln_dearer: vec![0.0; n],
            rival_pull: vec![0.0; n],
        };
        let mut any = false;
        for e in &s.events {
            match *e {
                Event::ServiceFailure {
                    day,
                    days,
                    severity,
                } => {
                    for d in (day as usize)..(day as usize + days as usize).min(n) {
                        m.quality_drop[d] += severity as f32;
                    }
                    any = true;
                }
                Event::CompetitorPriceCut { day, cut } => {
                    for d in (day as usize)..n {
                        m.ln_dearer[d] += -libm::log(1.0 - cut) as f32;
                    }
                    any = true;
                }
                Event::CompetitorProgramme { day, value } => {
                    for d in (day as usize)..n {
                        m.rival_pull[d] += -libm::log(1.0 - value) as f32;
                    }
                    any = true;
                }
                _ => {}
            }
        }
        any.then_some(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_average_a_twelfth_of_a_year() {
        let s = month_starts(730);
        assert_eq!(s[0], 0);
        assert_eq!(s[12], 365);
        assert_eq!(*s.last().unwrap(), 730);
        assert!(s.windows(2).all(|w| w[1] - w[0] >= 1 && w[1] - w[0] <= 31));
    }
}
