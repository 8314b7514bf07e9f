//! A pool of simulation workers for experiments: one job per worker at a
//! time, dealt out in job order.
//!
//! Invariant: jobs are handed out in increasing job number (the plan's
//! seed-major order, so whatever has finished covers every variant about
//! evenly); a worker holds at most one job, so pausing stops new work
//! within one run per worker; cancelling terminates the workers (dropping
//! the pool), so a cancelled experiment stops at once and keeps the results
//! already received. The pure bookkeeping ([`Dealer`]) is tested natively.

use crate::protocol::{Request, Response};
use crate::worker::SimWorker;
use loyalty_sim::experiment::Plan;

/// The most workers an experiment uses (each holds a copy of the model's
/// memory, about a run's worth).
pub const MAX_WORKERS: usize = 8;

/// The pool size for a machine with `cores` logical cores (from
/// `navigator.hardwareConcurrency`, 0 when the browser does not say).
pub fn pool_size(cores: usize) -> usize {
    cores.clamp(1, MAX_WORKERS)
}

/// Which job goes to which worker: the pure part of the pool.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dealer {
    /// The next job to hand out.
    pub next: usize,
    /// Jobs in all.
    pub total: usize,
    /// The job each worker runs (`None`: idle).
    pub busy: Vec<Option<usize>>,
    /// No new jobs are handed out while paused.
    pub paused: bool,
}

impl Dealer {
    /// A dealer for `total` jobs over `workers` workers, none handed out.
    pub fn new(total: usize, workers: usize) -> Dealer {
        Dealer {
            next: 0,
            total,
            busy: vec![None; workers],
            paused: false,
        }
    }

    /// Hands a job to every idle worker while there are jobs and it is not
    /// paused: `(worker, job)` pairs, to send.
    pub fn deal(&mut self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.paused {
            return out;
        }
        for (w, slot) in self.busy.iter_mut().enumerate() {
            if slot.is_none() && self.next < self.total {
                *slot = Some(self.next);
                out.push((w, self.next));
                self.next += 1;
            }
        }
        out
    }

    /// Worker `w` finished `job`; `false` if it was not that worker's job
    /// (a stale answer, ignored).
    pub fn finished(&mut self, w: usize, job: usize) -> bool {
        match self.busy.get_mut(w) {
            Some(slot) if *slot == Some(job) => {
                *slot = None;
                true
            }
            _ => false,
        }
    }

    /// Jobs running now.
    pub fn running(&self) -> usize {
        self.busy.iter().filter(|b| b.is_some()).count()
    }

    /// Every job handed out has come back and no more will be handed out.
    pub fn idle(&self) -> bool {
        self.running() == 0 && (self.paused || self.next >= self.total)
    }
}

/// The page side: the workers of one experiment. Dropping it terminates them.
pub struct Pool {
    workers: Vec<SimWorker>,
}

impl Pool {
    /// Starts `n` workers; answers go to `on_response(worker, response)`,
    /// a worker's failure to `on_failure`.
    pub fn start(
        n: usize,
        on_response: impl Fn(usize, Response) + Clone + 'static,
        on_failure: impl Fn(String) + Clone + 'static,
    ) -> Result<Pool, String> {
        let mut workers = Vec::with_capacity(n);
        for w in 0..n {
            let on_response = on_response.clone();
            workers.push(SimWorker::spawn(
                move |r, _| on_response(w, r),
                on_failure.clone(),
            )?);
        }
        Ok(Pool { workers })
    }

    /// Sends job `job` of `plan` (experiment `id`) to worker `w`: the job's
    /// scenario, so a worker needs no plan of its own.
    pub fn send(&self, w: usize, id: u32, plan: &Plan, job: usize) -> Result<(), String> {
        let scenario = plan
            .job(job)
            .map(|j| Box::new(plan.scenario(&j)))
            .ok_or_else(|| "no such job".to_string())?;
        let request = serde_json::to_string(&Request::Job {
            id,
            job,
            scenario,
            monthly: plan.experiment().kind.has_monthly(),
        })
        .map_err(|e| e.to_string())?;
        self.workers
            .get(w)
            .ok_or_else(|| "no such worker".to_string())?
            .send(&request, None)
    }

    /// The number of workers.
    pub fn len(&self) -> usize {
        self.workers.len()
    }

    /// Whether the pool has no workers.
    pub fn is_empty(&self) -> bool {
        self.workers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_go_out_in_order_one_per_worker_and_pause_stops_new_ones() {
        let mut d = Dealer::new(5, 2);
        assert_eq!(d.deal(), vec![(0, 0), (1, 1)]);
        // Busy workers get nothing more.
        assert!(d.deal().is_empty());
        assert!(d.finished(1, 1));
        // A stale or repeated answer changes nothing.
        assert!(!d.finished(1, 1));
        assert!(!d.finished(0, 3));
        assert_eq!(d.deal(), vec![(1, 2)]);
        d.paused = true;
        assert!(d.finished(0, 0));
        assert!(d.deal().is_empty());
        assert!(!d.idle());
        assert!(d.finished(1, 2));
        assert!(d.idle());
        d.paused = false;
        assert_eq!(d.deal(), vec![(0, 3), (1, 4)]);
        assert!(d.finished(0, 3) && d.finished(1, 4));
        assert!(d.deal().is_empty());
        assert!(d.idle());
    }

    #[test]
    fn the_pool_is_sized_to_the_cores_within_limits() {
        assert_eq!(pool_size(0), 1);
        assert_eq!(pool_size(2), 2);
        assert_eq!(pool_size(64), MAX_WORKERS);
    }
}
