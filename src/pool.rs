//! A pool of simulation workers for experiments: at most [`DEPTH`] jobs per
//! worker at a time (the one it runs and the next, waiting in its queue, so
//! that it never idles while the page is busy drawing), dealt out in job
//! order.
//!
//! Invariant: jobs are handed out in increasing job number (the plan's
//! seed-major order, so whatever has finished covers every variant about
//! evenly); a worker holds at most [`DEPTH`] jobs, so pausing stops new
//! work within two runs per worker; cancelling terminates the workers
//! (dropping the pool), so a cancelled experiment stops at once and keeps
//! the results already received. The pure bookkeeping ([`Dealer`]) is
//! tested natively.

use crate::protocol::{Request, Response};
use crate::worker::SimWorker;
use loyalty_sim::experiment::Plan;

/// The most workers an experiment uses (each holds a copy of the model's
/// memory, about a run's worth).
pub const MAX_WORKERS: usize = 8;

/// Jobs a worker holds at most: the one it runs and the next in its
/// queue, so it starts the next the moment it finishes one (a job sent
/// only when the last result arrives waits for the page, which may be
/// drawing charts).
pub const DEPTH: usize = 2;

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
    /// The jobs each worker holds, oldest first (empty: idle).
    pub busy: Vec<Vec<usize>>,
    /// No new jobs are handed out while paused.
    pub paused: bool,
}

impl Dealer {
    /// A dealer for `total` jobs over `workers` workers, none handed out.
    pub fn new(total: usize, workers: usize) -> Dealer {
        Dealer {
            next: 0,
            total,
            busy: vec![Vec::new(); workers],
            paused: false,
        }
    }

    /// Fills every worker up to [`DEPTH`] jobs while there are jobs and it
    /// is not paused, a round at a time (each worker its first job before
    /// any its second): `(worker, job)` pairs, to send.
    pub fn deal(&mut self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.paused {
            return out;
        }
        for depth in 1..=DEPTH {
            for (w, held) in self.busy.iter_mut().enumerate() {
                if held.len() < depth && self.next < self.total {
                    held.push(self.next);
                    out.push((w, self.next));
                    self.next += 1;
                }
            }
        }
        out
    }

    /// Worker `w` finished `job`; `false` if it was not that worker's job
    /// (a stale answer, ignored).
    pub fn finished(&mut self, w: usize, job: usize) -> bool {
        match self.busy.get_mut(w) {
            Some(held) if held.contains(&job) => {
                held.retain(|j| *j != job);
                true
            }
            _ => false,
        }
    }

    /// Jobs running now.
    pub fn running(&self) -> usize {
        self.busy.iter().map(Vec::len).sum()
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
    fn jobs_go_out_in_order_two_per_worker_and_pause_stops_new_ones() {
        let mut d = Dealer::new(7, 2);
        // Each worker its first job, then each its next.
        assert_eq!(d.deal(), vec![(0, 0), (1, 1), (0, 2), (1, 3)]);
        // Full workers get nothing more.
        assert!(d.deal().is_empty());
        assert_eq!(d.running(), 4);
        assert!(d.finished(1, 1));
        // A stale or repeated answer changes nothing.
        assert!(!d.finished(1, 1));
        assert!(!d.finished(0, 3));
        assert_eq!(d.deal(), vec![(1, 4)]);
        d.paused = true;
        assert!(d.finished(0, 0));
        assert!(d.deal().is_empty());
        for (w, job) in [(0, 2), (1, 3)] {
            assert!(!d.idle());
            assert!(d.finished(w, job));
        }
        assert!(!d.idle());
        assert!(d.finished(1, 4));
        assert!(d.idle());
        d.paused = false;
        assert_eq!(d.deal(), vec![(0, 5), (1, 6)]);
        assert!(d.finished(0, 5) && d.finished(1, 6));
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
