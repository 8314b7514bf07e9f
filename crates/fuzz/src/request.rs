//! The `request` target: the texts the page sends its workers
//! (`loyalty_lab::protocol::Request` as JSON), mutated, go to a fresh
//! worker (`WorkerState::handle`).
//!
//! The promise checked: whatever the text, the worker never panics and
//! answers with exactly one final message (`PartDone`, `Done`, `JobDone`,
//! `Inspected`, `Calibrated`, `CalibrationFailed`, `Followed`,
//! `NoSuchCustomer`, `TooLarge` or `Invalid`), after any progress messages,
//! every one carrying the request's run number (0 when the text cannot be
//! read as a request); a report it sends has only finite numbers and its
//! identities hold; part bytes it sends decode to a part that passes
//! `RunPart::check`; a story it sends has its months in order, finite
//! numbers, and months whose spend is its purchases'.

use crate::Outcome;
use loyalty_lab::protocol::{self, Request, Response, Who, WorkerState};
use loyalty_sim::story::{Kind, Story};
use loyalty_sim::{RunKind, Scenario};

/// Requests larger than this (customers times days, twice for `run`) are
/// refused unrun, so that a bounded test run takes seconds.
pub const MOST_CUSTOMER_DAYS: u64 = 200_000;

/// The corpus: one request of each kind for `s` (a small scenario), as the
/// page writes them.
pub fn corpus(s: &Scenario) -> Vec<String> {
    let part = |kind, keep, max_customers| Request::Part {
        id: 3,
        scenario: s.clone(),
        kind,
        keep,
        max_customers,
    };
    [
        part(RunKind::Baseline, true, Some(1_000_000)),
        part(RunKind::Programme, false, Some(1_000_000)),
        part(RunKind::Programme, false, Some(100)),
        part(RunKind::Baseline, false, None),
        Request::Run {
            id: 5,
            scenario: s.clone(),
        },
        Request::Combine { id: 1 },
        Request::Job {
            id: 9,
            job: 2,
            scenario: Box::new(s.clone()),
            monthly: true,
        },
        Request::Inspect {
            id: 11,
            text: Some(crate::files::LOGS[0].to_string()),
            options: Default::default(),
        },
        Request::Calibrate {
            id: 12,
            options: Default::default(),
        },
        Request::Follow {
            id: 13,
            scenario: Box::new(s.clone()),
            who: Who::Customer { customer: 4 },
        },
        Request::Follow {
            id: 14,
            scenario: Box::new(s.clone()),
            who: Who::Kind {
                kind: Kind::Loyalist,
                draw: 3,
            },
        },
    ]
    .iter()
    .map(|r| serde_json::to_string(r).expect("a request is JSON"))
    .collect()
}

fn size(r: &Request) -> u64 {
    let of = |s: &Scenario| u64::from(s.simulation.customers) * u64::from(s.simulation.days);
    match r {
        Request::Run { scenario, .. } => 2 * of(scenario),
        Request::Part { scenario, .. } => of(scenario),
        Request::Job { scenario, .. } => 2 * of(scenario),
        // A census and the story: each runs both runs.
        Request::Follow { scenario, .. } => 4 * of(scenario),
        Request::Combine { .. } | Request::Inspect { .. } | Request::Calibrate { .. } => 0,
    }
}

fn final_message(r: &Response) -> bool {
    matches!(
        r,
        Response::PartDone { .. }
            | Response::Done { .. }
            | Response::JobDone { .. }
            | Response::Inspected { .. }
            | Response::Calibrated { .. }
            | Response::CalibrationFailed { .. }
            | Response::Followed { .. }
            | Response::NoSuchCustomer { .. }
            | Response::TooLarge { .. }
            | Response::Invalid { .. }
    )
}

/// Checks one request text. `kept` primes the worker (a kept twin, run 1)
/// and `bytes` is attached to the message, as the page does for `Combine`.
pub fn check(text: &[u8], kept: &Scenario, bytes: &[u8]) -> Outcome {
    let fail = |why: String| Outcome::Failed(why, text.to_vec());
    let text = String::from_utf8_lossy(text);
    let parsed: Option<Request> = serde_json::from_str(&text).ok();
    if parsed
        .as_ref()
        .is_some_and(|r| size(r) > MOST_CUSTOMER_DAYS)
    {
        return Outcome::Refused;
    }
    let mut worker = WorkerState::default();
    if matches!(parsed, Some(Request::Combine { .. })) {
        let prime = Request::Part {
            id: 1,
            scenario: kept.clone(),
            kind: RunKind::Baseline,
            keep: true,
            max_customers: None,
        };
        let prime = serde_json::to_string(&prime).expect("a request is JSON");
        worker.handle(&prime, None, &mut |_, _| {});
    }
    if matches!(parsed, Some(Request::Calibrate { .. })) {
        let prime = Request::Inspect {
            id: 1,
            text: Some(crate::files::LOGS[0].to_string()),
            options: Default::default(),
        };
        let prime = serde_json::to_string(&prime).expect("a request is JSON");
        worker.handle(&prime, None, &mut |_, _| {});
    }
    let mut answers: Vec<(Response, Option<Vec<u8>>)> = Vec::new();
    worker.handle(&text, Some(bytes), &mut |r, b| answers.push((r.clone(), b)));
    let want_id = match &parsed {
        Some(
            Request::Run { id, .. }
            | Request::Part { id, .. }
            | Request::Combine { id }
            | Request::Job { id, .. }
            | Request::Inspect { id, .. }
            | Request::Calibrate { id, .. }
            | Request::Follow { id, .. },
        ) => *id,
        None => 0,
    };
    let finals = answers.iter().filter(|(r, _)| final_message(r)).count();
    if finals != 1 || !answers.last().is_some_and(|(r, _)| final_message(r)) {
        return fail(format!(
            "{finals} final answers, the last {:?}",
            answers.last().map(|(r, _)| r)
        ));
    }
    if let Some((r, _)) = answers.iter().find(|(r, _)| r.id() != want_id) {
        return fail(format!("an answer for run {} to run {want_id}", r.id()));
    }
    match answers.pop() {
        Some((Response::Done { report, .. }, _)) => match crate::props::report_sound(&report) {
            Ok(()) => Outcome::Accepted,
            Err(why) => fail(why),
        },
        Some((Response::PartDone { .. }, Some(b))) => match protocol::decode_part(&b) {
            Ok(_) => Outcome::Accepted,
            Err(why) => fail(format!(
                "the worker sent a part that does not decode: {why}"
            )),
        },
        Some((Response::PartDone { .. }, None))
        | Some((Response::TooLarge { .. }, _))
        | Some((Response::JobDone { .. }, _))
        | Some((Response::Inspected { .. }, _))
        | Some((Response::Calibrated { .. }, _))
        | Some((Response::NoSuchCustomer { .. }, _)) => Outcome::Accepted,
        Some((Response::Followed { story, .. }, _)) => match story_sound(&story) {
            Ok(()) => Outcome::Accepted,
            Err(why) => fail(why),
        },
        _ => Outcome::Refused,
    }
}

/// A story the worker sends: its months in order, its numbers finite, and
/// its months' spend the sum of its purchases (to the cent).
fn story_sound(story: &Story) -> Result<(), String> {
    for (run, life) in [("programme", &story.programme), ("twin", &story.twin)] {
        if !life.months.windows(2).all(|w| w[0].month < w[1].month) {
            return Err(format!("the {run} life's months are out of order"));
        }
        let finite = life.months.iter().all(|m| {
            [
                m.spend,
                m.satisfaction,
                m.expectation,
                m.resentment,
                m.share,
            ]
            .iter()
            .all(|x| x.is_finite())
        }) && life.purchases.iter().all(|p| p.net.is_finite());
        if !finite {
            return Err(format!("the {run} life has a number that is not finite"));
        }
        let cents = |x: f64| (x * 100.0).round() as i64;
        let months: i64 = life.months.iter().map(|m| cents(m.spend)).sum();
        let purchases: i64 = life.purchases.iter().map(|p| cents(p.net)).sum();
        if (months - purchases).abs() > life.months.len() as i64 {
            return Err(format!(
                "the {run} life's months spend {months} cents, its purchases {purchases}"
            ));
        }
    }
    Ok(())
}
