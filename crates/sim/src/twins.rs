//! Baseline twins kept between runs: scenarios that differ only in their
//! programme (a sweep's points, a comparison's designs, a tornado's
//! programme parameters) share one twin per seed, so an experiment
//! simulates each twin once instead of once per job.
//!
//! Invariants: a report made with a kept twin equals [`crate::run`]'s for
//! the same scenario, bit for bit (the twin never reads the programme, its
//! events or the scenario's name, which are all [`twin_key`] leaves out;
//! tested on the examples, the experiments' points and generated
//! scenarios); the store holds at most its capacity, dropping the oldest
//! first; it is plain data owned by its caller (no global state).

use crate::assemble::{self, RunResult};
use crate::market::Consts;
use crate::observe::RunKind;
use crate::scenario::Scenario;
use crate::world::DayZero;
use crate::{validate, Control, Progress, Report, RunError};

/// What a scenario's twin depends on: the scenario without its programme,
/// without the events that act on the programme run only, and without its
/// name. Two scenarios with equal keys have the same twin, bit for bit.
pub fn twin_key(s: &Scenario) -> Scenario {
    let mut key = s.clone();
    key.name.clear();
    key.programme = None;
    key.events.retain(|e| !e.programme_only());
    key
}

/// A store of baseline twins by [`twin_key`], and the runs that use it.
#[derive(Debug)]
pub struct Twins {
    /// (key, twin), oldest first.
    kept: Vec<(Scenario, RunResult)>,
    capacity: usize,
    /// Runs whose twin was found in the store.
    hits: u64,
}

impl Twins {
    /// An empty store that keeps at most `capacity` twins (at least 1).
    /// A twin takes about as much memory as one run's result (for 10,000
    /// customers over two years, well under a megabyte).
    pub fn new(capacity: usize) -> Twins {
        Twins {
            kept: Vec::new(),
            capacity: capacity.max(1),
            hits: 0,
        }
    }

    /// How many runs so far found their twin in the store.
    pub fn hits(&self) -> u64 {
        self.hits
    }

    /// How many twins the store holds.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    /// Whether the store holds no twin.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// Like [`crate::run_with`], with the twin taken from the store when a
    /// scenario with the same [`twin_key`] was run before (and kept there
    /// otherwise). `progress` counts both runs' months, as in
    /// [`crate::run_with`]; with a kept twin it starts at the twin's end.
    pub fn run_with(
        &mut self,
        s: &Scenario,
        progress: &mut dyn FnMut(Progress) -> Control,
    ) -> Result<Report, RunError> {
        validate(s).map_err(RunError::Invalid)?;
        let k = Consts::new(s);
        let months = k.months();
        let key = twin_key(s);
        let found = self.kept.iter().position(|(kk, _)| *kk == key);
        let day0 = DayZero::new(s, &k);
        let base_at = match found {
            Some(i) => {
                self.hits += 1;
                i
            }
            None => {
                let start = (&k, day0.clone());
                let base = assemble::simulate_run(s, start, RunKind::Baseline, progress, 0)?;
                if self.kept.len() == self.capacity {
                    self.kept.remove(0);
                }
                self.kept.push((key, base));
                self.kept.len() - 1
            }
        };
        let prog = assemble::simulate_run(s, (&k, day0), RunKind::Programme, progress, months)?;
        Ok(assemble::report_of(s, &k, &prog, &self.kept[base_at].1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Event;

    fn small() -> Scenario {
        let mut s = Scenario::default();
        s.simulation.customers = 400;
        s.simulation.days = 120;
        s
    }

    #[test]
    fn the_key_leaves_out_the_programme_its_events_and_the_name() {
        let mut a = small();
        a.events.push(Event::Launch { day: 10 });
        let mut b = a.clone();
        b.name = "another design".into();
        b.programme = None;
        b.events.clear();
        assert_eq!(twin_key(&a), twin_key(&b));
        let mut c = small();
        c.simulation.seed += 1;
        assert_ne!(twin_key(&a), twin_key(&c));
    }

    #[test]
    fn a_kept_twin_gives_the_report_of_a_fresh_run() {
        let mut twins = Twins::new(4);
        let a = small();
        let mut b = small();
        if let Some(pt) = b.programme.as_mut().and_then(|p| p.points.as_mut()) {
            pt.earn_rate *= 2.0;
        }
        let go = &mut |_| Control::Continue;
        let ra = twins.run_with(&a, go).unwrap();
        let rb = twins.run_with(&b, go).unwrap();
        assert_eq!(twins.hits(), 1);
        assert_eq!(twins.len(), 1);
        assert_eq!(ra, crate::run(&a).unwrap());
        assert_eq!(rb, crate::run(&b).unwrap());
        assert_ne!(ra, rb);
    }

    #[test]
    fn the_store_keeps_at_most_its_capacity() {
        let mut twins = Twins::new(2);
        let go = &mut |_| Control::Continue;
        for seed in 1..=3 {
            let mut s = small();
            s.simulation.seed = seed;
            s.simulation.days = 31;
            twins.run_with(&s, go).unwrap();
        }
        assert_eq!(twins.len(), 2);
        assert_eq!(twins.hits(), 0);
    }
}
