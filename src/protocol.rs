//! Messages between the page and the simulation worker (JSON text over
//! `postMessage`).
//!
//! Invariant: the worker first sends [`Response::Ready`] (messages posted
//! before it are lost, since the worker's WebAssembly loads asynchronously),
//! then answers every [`Request`] with [`Response::Progress`]
//! messages followed by exactly one `Done` or `Invalid` carrying the same
//! `id`; the page ignores answers whose `id` is not its current run.

use loyalty_sim::{Report, Scenario};
use serde::{Deserialize, Serialize};

/// Page → worker: simulate this scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Run number chosen by the page.
    pub id: u32,
    /// The scenario (validated again by the core in the worker).
    pub scenario: Scenario,
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Response {
    /// The worker has loaded and listens (sent once, first).
    Ready,
    /// Months simulated so far, both runs counted.
    Progress {
        /// Run number.
        id: u32,
        /// Months done.
        done: u32,
        /// Months in all.
        total: u32,
    },
    /// The report.
    Done {
        /// Run number.
        id: u32,
        /// The core's report (boxed: it is large, the other messages small).
        report: Box<Report>,
        /// Wall-clock time of the simulation inside the worker, in ms.
        elapsed_ms: f64,
    },
    /// The core refused the scenario.
    Invalid {
        /// Run number.
        id: u32,
        /// `(path, message)` for every problem.
        errors: Vec<(String, String)>,
    },
}

impl Response {
    /// The run this message belongs to.
    pub fn id(&self) -> u32 {
        match self {
            Response::Ready => 0,
            Response::Progress { id, .. }
            | Response::Done { id, .. }
            | Response::Invalid { id, .. } => *id,
        }
    }
}

/// What the worker does with one request: runs the core and sends progress
/// and the outcome through `send`. `now_ms` is the worker's clock (the core
/// itself has none).
pub fn handle(request: &str, now_ms: &dyn Fn() -> f64, send: &mut dyn FnMut(&Response)) {
    let request: Request = match serde_json::from_str(request) {
        Ok(r) => r,
        Err(e) => {
            send(&Response::Invalid {
                id: 0,
                errors: vec![("scenario".into(), e.to_string())],
            });
            return;
        }
    };
    let id = request.id;
    let start = now_ms();
    let mut last_sent = u32::MAX;
    let result = loyalty_sim::run_with(&request.scenario, &mut |p| {
        // At most about 100 progress messages a run.
        let step = (p.total / 100).max(1);
        if p.done == p.total || last_sent == u32::MAX || p.done >= last_sent + step {
            last_sent = p.done;
            send(&Response::Progress {
                id,
                done: p.done,
                total: p.total,
            });
        }
        loyalty_sim::Control::Continue
    });
    match result {
        Ok(report) => send(&Response::Done {
            id,
            report: Box::new(report),
            elapsed_ms: now_ms() - start,
        }),
        Err(loyalty_sim::RunError::Invalid(errors)) => send(&Response::Invalid {
            id,
            errors: errors.into_iter().map(|e| (e.path, e.message)).collect(),
        }),
        // Nothing here cancels; the page terminates the worker instead.
        Err(loyalty_sim::RunError::Cancelled) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_gets_progress_then_the_same_report_as_the_core() {
        let mut s = Scenario::default();
        s.simulation.customers = 300;
        s.simulation.days = 90;
        let req = serde_json::to_string(&Request {
            id: 7,
            scenario: s.clone(),
        })
        .unwrap();
        let mut got = Vec::new();
        handle(&req, &|| 0.0, &mut |r| got.push(r.clone()));
        assert!(got.len() >= 2);
        assert!(got.iter().all(|r| r.id() == 7));
        assert!(matches!(got[0], Response::Progress { .. }));
        match got.last().unwrap() {
            Response::Done { report, .. } => assert_eq!(**report, loyalty_sim::run(&s).unwrap()),
            other => panic!("{other:?}"),
        }
        // The report survives the JSON trip to the page bit for bit.
        let text = serde_json::to_string(got.last().unwrap()).unwrap();
        let back: Response = serde_json::from_str(&text).unwrap();
        assert_eq!(&back, got.last().unwrap());
    }

    #[test]
    fn an_invalid_scenario_lists_its_problems() {
        let mut s = Scenario::default();
        s.business.gross_margin = 2.0;
        let req = serde_json::to_string(&Request { id: 3, scenario: s }).unwrap();
        let mut got = Vec::new();
        handle(&req, &|| 0.0, &mut |r| got.push(r.clone()));
        match &got[..] {
            [Response::Invalid { id: 3, errors }] => {
                assert_eq!(errors[0].0, "business.gross_margin")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn garbage_is_answered_not_panicked_on() {
        let mut got = Vec::new();
        handle("{nope", &|| 0.0, &mut |r| got.push(r.clone()));
        assert!(matches!(got[..], [Response::Invalid { id: 0, .. }]));
    }
}
