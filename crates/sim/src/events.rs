//! Dated events that touch every customer at the start of their day: the
//! programme's launch, end and rule changes (programme run only) and
//! deregulation (both runs). Campaigns, competitor moves and service
//! failures are per-day tables (`points.rs`, `market.rs`), not applied here.
//!
//! Invariant: an event acts on every customer who has arrived, in id order,
//! and on nothing else; each customer's decaying states are first brought
//! to the event's day.

use crate::ledger::LedgerDay;
use crate::mechanics::At;
use crate::observe::Observer;
use crate::params::*;
use crate::population::{ACTIVE, F_MEMBER};
use crate::scenario::{Event, Settle};
use crate::world::World;

impl<O: Observer> World<'_, O> {
    /// Applies the events of day `d`, in the order of the scenario.
    pub(crate) fn apply_events(&mut self, d: u32) {
        let s = self.s;
        for e in s.events.iter().filter(|e| e.day() == d) {
            match *e {
                Event::Launch { .. } => {
                    if let Some(r) = &self.rules {
                        self.live = true;
                        self.ledger.days[d as usize].fixed = self.ledger.days[d as usize]
                            .fixed
                            .saturating_add(r.setup_cents);
                        self.books.setups += 1;
                    }
                }
                Event::End { settle, .. } if self.live => self.terminate(d, settle),
                Event::RuleChange {
                    point_value_factor,
                    threshold_factor,
                    ..
                } => self.change_rules(d, point_value_factor, threshold_factor),
                Event::Deregulation { .. } => self.deregulate(d),
                _ => {}
            }
        }
    }

    /// Ends the programme: every mechanic settles what members hold (points
    /// are paid out or written off), and members lose what they had
    /// (economic commitment) and resent it.
    fn terminate(&mut self, d: u32, settle: Settle) {
        let k = self.k;
        let Some(r) = self.rules.as_ref() else { return };
        let top_share = self.top_share;
        let day: &mut LedgerDay = &mut self.ledger.days[d as usize];
        for (id, c) in self.customers.iter_mut().enumerate() {
            if c.arrival_day as u32 > d || !c.is_member() {
                continue;
            }
            c.decay_to(k, d);
            let econ = r.economic(c, top_share);
            let x = At {
                k,
                r,
                id: id as u32,
                d,
            };
            r.m.on_end(&x, c, settle, day);
            if c.status == ACTIVE {
                c.resentment +=
                    ((END_RESENTMENT + END_RESENTMENT_ECONOMIC * econ) * LOSS_AVERSION) as f32;
                c.neg_affect += (END_AFFECT * LOSS_AVERSION * c.reactivity as f64) as f32;
                c.normative *= (1.0 - BROKEN_PROMISE) as f32;
            }
            c.flags &= !F_MEMBER;
            self.books.flag(id, crate::finance::B_MEMBER);
            c.extra = 0;
        }
        self.live = false;
    }

    /// A change of the points rules; when it takes value away from members
    /// (a devaluation), it is a broken promise.
    fn change_rules(&mut self, d: u32, value_factor: f64, threshold_factor: f64) {
        let k = self.k;
        let Some(r) = self.rules.as_mut() else { return };
        let Some(pt) = r.m.points.as_mut() else {
            return;
        };
        let old_value = pt.value;
        pt.change(value_factor, threshold_factor);
        let severity = (1.0 - value_factor / threshold_factor).max(0.0);
        if !self.live || severity == 0.0 {
            return;
        }
        for c in self.customers.iter_mut() {
            if c.arrival_day as u32 > d || !c.is_member() || c.status != ACTIVE {
                continue;
            }
            c.decay_to(k, d);
            c.feel_points_loss(c.points() as f64 * old_value * severity);
            c.resentment += (DEVALUATION_RESENTMENT * LOSS_AVERSION * severity) as f32;
            c.normative *= (1.0 - BROKEN_PROMISE * severity) as f32;
        }
    }

    /// Alternatives appear: forced commitment falls to each customer's own
    /// barrier (in `Consts::forced`); customers the firm satisfied now
    /// choose it freely, which strengthens their affective commitment.
    fn deregulate(&mut self, d: u32) {
        let k = self.k;
        for c in self.customers.iter_mut() {
            if c.arrival_day as u32 > d || c.status != ACTIVE {
                continue;
            }
            c.decay_to(k, d);
            let sat = c.satisfaction as f64;
            if sat > 0.0 {
                c.affective += (DEREGULATION_CHOICE_GAIN * sat * (1.0 - c.affective as f64)) as f32;
            }
        }
    }
}
