//! Messages between the page and the simulation workers, and what a worker
//! does with them ([`WorkerState::handle`], pure Rust, tested natively).
//!
//! A run uses two workers at once: worker A simulates the baseline twin and
//! keeps it; worker B simulates the programme run and sends it back as bytes
//! (bincode of [`loyalty_sim::RunPart`]); the page forwards those bytes to A
//! with [`Request::Combine`], and A answers with the report. The two runs
//! are independent, so on two cores this halves the time of a run.
//!
//! Messages are JSON text; a message with bytes travels as a two-element
//! array `[json, Uint8Array]`.
//!
//! Invariant: a worker first sends [`Response::Ready`] (messages posted
//! before it would be lost, since the worker's WebAssembly loads
//! asynchronously), then answers each request with progress messages and
//! exactly one `PartDone`, `Done`, `TooLarge` or `Invalid` carrying the request's id; the
//! page ignores answers whose id is not its current run's.

use crate::calibration::{CalibrationView, Inspection, LogOptions};
use loyalty_sim::experiment::JobResult;
use loyalty_sim::{Control, Report, RunKind, RunPart, Scenario};
use serde::{Deserialize, Serialize};

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    /// Simulate both runs here and answer with the report.
    Run {
        /// Run number chosen by the page.
        id: u32,
        /// The scenario (validated again by the core).
        scenario: Scenario,
    },
    /// Simulate one run; keep it here, or send it back as bytes.
    Part {
        /// Run number.
        id: u32,
        /// The scenario.
        scenario: Scenario,
        /// Which run.
        kind: RunKind,
        /// Keep the part for a later [`Request::Combine`] instead of sending it.
        keep: bool,
        /// Stop the run, answering [`Response::TooLarge`], once it holds
        /// more customers than this (the most this worker's memory can
        /// hold, see `crate::budget`); absent, no limit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_customers: Option<u64>,
    },
    /// Combine the kept part with the other part (the attached bytes).
    Combine {
        /// Run number (must be the kept part's).
        id: u32,
    },
    /// Run one job of an experiment: its scenario (the page's
    /// `Plan::scenario`, seed included); answered with
    /// [`Response::JobDone`], whose result is what `Plan::run_job` gives.
    Job {
        /// Experiment number chosen by the page.
        id: u32,
        /// The job's number.
        job: usize,
        /// The job's scenario (validated again by the core).
        scenario: Box<Scenario>,
        /// Keep the monthly series (`Kind::has_monthly`).
        monthly: bool,
    },
    /// Read a transaction log (and keep it here; `None`: the kept one) with
    /// these settings; answered by [`Response::Inspected`].
    Inspect {
        /// Request number.
        id: u32,
        /// The file's text, or `None` to read the kept one again.
        text: Option<String>,
        /// The settings.
        options: LogOptions,
    },
    /// Fit the kept log; answered by [`Response::Calibrated`] or
    /// [`Response::CalibrationFailed`].
    Calibrate {
        /// Request number.
        id: u32,
        /// The settings.
        options: LogOptions,
    },
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Response {
    /// The worker has loaded and listens (sent once, first).
    Ready,
    /// Months simulated so far in this worker's run(s).
    Progress {
        /// Run number.
        id: u32,
        /// Months done.
        done: u32,
        /// Months in all.
        total: u32,
    },
    /// A part is simulated (its bytes are attached unless it was kept).
    PartDone {
        /// Run number.
        id: u32,
    },
    /// The report.
    Done {
        /// Run number.
        id: u32,
        /// The core's report (boxed: it is large, the other messages small).
        report: Box<Report>,
    },
    /// The run grew past the request's `max_customers` and was stopped.
    TooLarge {
        /// Run number.
        id: u32,
        /// Customers the run held when it was stopped.
        customers: u64,
        /// Months of the run simulated by then.
        month: u32,
    },
    /// One job of an experiment is done.
    JobDone {
        /// Experiment number.
        id: u32,
        /// What the experiment keeps of the job's run.
        result: Box<JobResult>,
    },
    /// The log as read: preview, settings, bad rows, default periods.
    Inspected {
        /// Request number.
        id: u32,
        /// What was read.
        inspection: Box<Inspection>,
    },
    /// The fit of the kept log.
    Calibrated {
        /// Request number.
        id: u32,
        /// The fits, the diagnostics and the scenario.
        result: Box<CalibrationView>,
    },
    /// The log cannot be fitted (the sentence says why).
    CalibrationFailed {
        /// Request number.
        id: u32,
        /// What is wrong, in a sentence.
        message: String,
    },
    /// The core refused the scenario, or the request was not understood.
    Invalid {
        /// Run number.
        id: u32,
        /// `(path, message)` for every problem.
        errors: Vec<(String, String)>,
    },
}

impl Response {
    /// The run this message belongs to (0 for `Ready`).
    pub fn id(&self) -> u32 {
        match self {
            Response::Ready => 0,
            Response::Progress { id, .. }
            | Response::PartDone { id }
            | Response::Done { id, .. }
            | Response::TooLarge { id, .. }
            | Response::JobDone { id, .. }
            | Response::Inspected { id, .. }
            | Response::Calibrated { id, .. }
            | Response::CalibrationFailed { id, .. }
            | Response::Invalid { id, .. } => *id,
        }
    }
}

/// Encodes a part for sending between workers: bincode (compact and fast;
/// the core keeps the part's scenario as JSON text, so its tagged enums
/// survive a format that is not self-describing), then the Adler-32
/// checksum of those bytes (4 bytes, little-endian).
pub fn encode_part(part: &RunPart) -> Vec<u8> {
    let mut bytes = bincode::serialize(part).unwrap_or_default();
    let sum = adler2::adler32_slice(&bytes);
    bytes.extend(sum.to_le_bytes());
    bytes
}

/// Decodes a part sent by [`encode_part`] and checks it: the checksum, then
/// the part itself ([`RunPart::check`]: sizes, finite numbers, the ledger's
/// identities), so damaged bytes that still decode never reach a report.
/// `Err` is a sentence saying what is wrong.
pub fn decode_part(bytes: &[u8]) -> Result<RunPart, String> {
    use bincode::Options;
    let Some(body_len) = bytes.len().checked_sub(4).filter(|&n| n > 0) else {
        return Err("the other run part is missing or cut short".into());
    };
    let (body, sum) = bytes.split_at(body_len);
    let sum = u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if adler2::adler32_slice(body) != sum {
        return Err(
            "the other run part was damaged on its way (its checksum does not match)".into(),
        );
    }
    // The same format as `bincode::serialize`, reading no more than is there.
    let part: RunPart = bincode::DefaultOptions::new()
        .with_fixint_encoding()
        .allow_trailing_bytes()
        .with_limit(body.len() as u64)
        .deserialize(body)
        .map_err(|_| "the other run part cannot be read".to_string())?;
    part.check()?;
    Ok(part)
}

/// What a worker remembers between messages: the part it keeps, and the
/// transaction log being imported (which never leaves the worker).
#[derive(Default)]
pub struct WorkerState {
    kept: Option<(u32, RunPart)>,
    log: Option<String>,
}

fn invalid(id: u32, errors: Vec<loyalty_sim::FieldError>) -> Response {
    Response::Invalid {
        id,
        errors: errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

fn no_log(id: u32, lang: crate::i18n::Lang) -> Response {
    Response::CalibrationFailed {
        id,
        message: crate::text::calibrate::NO_LOG.get(lang).to_string(),
    }
}

fn bad_request(id: u32, what: &str) -> Response {
    Response::Invalid {
        id,
        errors: vec![("request".into(), what.into())],
    }
}

impl WorkerState {
    /// Handles one message: `request` is its JSON text, `bytes` its
    /// attachment. Answers go to `send` (with bytes for a part sent back).
    pub fn handle(
        &mut self,
        request: &str,
        bytes: Option<&[u8]>,
        send: &mut dyn FnMut(&Response, Option<Vec<u8>>),
    ) {
        let request: Request = match serde_json::from_str(request) {
            Ok(r) => r,
            Err(e) => return send(&bad_request(0, &e.to_string()), None),
        };
        match request {
            Request::Run { id, scenario } => {
                let result = {
                    let mut progress = throttled(id, send);
                    loyalty_sim::run_with(&scenario, &mut progress)
                };
                match result {
                    Ok(report) => send(
                        &Response::Done {
                            id,
                            report: Box::new(report),
                        },
                        None,
                    ),
                    Err(loyalty_sim::RunError::Invalid(e)) => send(&invalid(id, e), None),
                    // Nothing here cancels; the page terminates the worker instead.
                    Err(loyalty_sim::RunError::Cancelled) => {}
                }
            }
            Request::Part {
                id,
                scenario,
                kind,
                keep,
                max_customers,
            } => {
                self.kept = None;
                let mut over = None;
                let result = {
                    let mut progress = throttled(id, send);
                    loyalty_sim::run_part(&scenario, kind, &mut |p| {
                        if max_customers.is_some_and(|most| p.customers > most) {
                            over = Some((p.customers, p.done));
                            return Control::Cancel;
                        }
                        progress(p)
                    })
                };
                match result {
                    Ok(part) if keep => {
                        self.kept = Some((id, part));
                        send(&Response::PartDone { id }, None);
                    }
                    Ok(part) => send(&Response::PartDone { id }, Some(encode_part(&part))),
                    Err(loyalty_sim::RunError::Invalid(e)) => send(&invalid(id, e), None),
                    Err(loyalty_sim::RunError::Cancelled) => {
                        if let Some((customers, month)) = over {
                            send(
                                &Response::TooLarge {
                                    id,
                                    customers,
                                    month,
                                },
                                None,
                            );
                        }
                    }
                }
            }
            Request::Inspect { id, text, options } => {
                if let Some(text) = text {
                    self.log = Some(text);
                }
                match &self.log {
                    Some(log) => send(
                        &Response::Inspected {
                            id,
                            inspection: Box::new(crate::calibration::inspect(log, &options)),
                        },
                        None,
                    ),
                    None => send(&no_log(id, options.lang), None),
                }
            }
            Request::Calibrate { id, options } => match &self.log {
                Some(log) => match crate::calibration::calibrate(log, &options) {
                    Ok(result) => send(
                        &Response::Calibrated {
                            id,
                            result: Box::new(result),
                        },
                        None,
                    ),
                    Err(message) => send(&Response::CalibrationFailed { id, message }, None),
                },
                None => send(&no_log(id, options.lang), None),
            },
            Request::Combine { id } => {
                let kept = match self.kept.take() {
                    Some((kept_id, part)) if kept_id == id => part,
                    _ => return send(&bad_request(id, "no part kept for this run"), None),
                };
                let other = match bytes.map(decode_part) {
                    Some(Ok(part)) => part,
                    Some(Err(why)) => return send(&bad_request(id, &why), None),
                    None => return send(&bad_request(id, "the other run part is missing"), None),
                };
                if let Err(why) = kept.check() {
                    return send(&bad_request(id, &why), None);
                }
                match loyalty_sim::combine(&kept, &other) {
                    Some(report) => send(
                        &Response::Done {
                            id,
                            report: Box::new(report),
                        },
                        None,
                    ),
                    None => send(
                        &bad_request(id, "the two parts do not belong together"),
                        None,
                    ),
                }
            }
            Request::Job {
                id,
                job,
                scenario,
                monthly,
            } => {
                // Nothing here cancels; the page terminates the worker instead.
                match loyalty_sim::run_with(&scenario, &mut |_| Control::Continue) {
                    Ok(report) => send(
                        &Response::JobDone {
                            id,
                            result: Box::new(JobResult::from_report(job, &report, monthly)),
                        },
                        None,
                    ),
                    Err(loyalty_sim::RunError::Invalid(e)) => send(&invalid(id, e), None),
                    Err(loyalty_sim::RunError::Cancelled) => {}
                }
            }
        }
    }
}

/// A progress callback that sends at most about 100 messages a run.
fn throttled<'a>(
    id: u32,
    send: &'a mut dyn FnMut(&Response, Option<Vec<u8>>),
) -> impl FnMut(loyalty_sim::Progress) -> Control + 'a {
    let mut last_sent: Option<u32> = None;
    move |p| {
        let step = (p.total / 100).max(1);
        if p.done == p.total || last_sent.is_none_or(|l| p.done >= l + step) {
            last_sent = Some(p.done);
            send(
                &Response::Progress {
                    id,
                    done: p.done,
                    total: p.total,
                },
                None,
            );
        }
        Control::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Sent = Vec<(Response, Option<Vec<u8>>)>;

    fn ask(state: &mut WorkerState, request: &Request, bytes: Option<&[u8]>) -> Sent {
        let text = serde_json::to_string(request).unwrap();
        let mut got = Vec::new();
        state.handle(&text, bytes, &mut |r, b| {
            // Every message survives the JSON trip to the page bit for bit.
            let back: Response = serde_json::from_str(&serde_json::to_string(r).unwrap()).unwrap();
            assert_eq!(&back, r);
            got.push((r.clone(), b));
        });
        got
    }

    fn small() -> Scenario {
        let mut s = Scenario::default();
        s.simulation.customers = 300;
        s.simulation.days = 90;
        s
    }

    #[test]
    fn a_run_gets_progress_then_the_same_report_as_the_core() {
        let s = small();
        let got = ask(
            &mut WorkerState::default(),
            &Request::Run {
                id: 7,
                scenario: s.clone(),
            },
            None,
        );
        assert!(got.len() >= 2);
        assert!(got.iter().all(|(r, b)| r.id() == 7 && b.is_none()));
        assert!(matches!(got[0].0, Response::Progress { .. }));
        match &got.last().unwrap().0 {
            Response::Done { report, .. } => assert_eq!(**report, loyalty_sim::run(&s).unwrap()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_run_that_outgrows_its_limit_stops_with_too_large() {
        let s = small();
        let part = |max_customers| Request::Part {
            id: 4,
            scenario: s.clone(),
            kind: RunKind::Programme,
            keep: false,
            max_customers,
        };
        let got = ask(&mut WorkerState::default(), &part(Some(299)), None);
        match &got.last().unwrap().0 {
            Response::TooLarge {
                id: 4,
                customers,
                month: 1,
            } => assert!(*customers >= 300, "{customers}"),
            other => panic!("{other:?}"),
        }
        assert!(!got
            .iter()
            .any(|(r, _)| matches!(r, Response::PartDone { .. })));
        // Within the limit (or with none), the part is done as before.
        for max in [Some(100_000), None] {
            let got = ask(&mut WorkerState::default(), &part(max), None);
            assert!(matches!(
                got.last().unwrap(),
                (Response::PartDone { id: 4 }, Some(_))
            ));
        }
    }

    /// The page's two-worker protocol, with the bytes passed along as the page does.
    pub(crate) fn two_workers(s: &Scenario, id: u32) -> Sent {
        let (mut a, mut b) = (WorkerState::default(), WorkerState::default());
        let kept = ask(
            &mut a,
            &Request::Part {
                id,
                scenario: s.clone(),
                kind: RunKind::Baseline,
                keep: true,
                max_customers: None,
            },
            None,
        );
        assert!(matches!(
            kept.last().unwrap(),
            (Response::PartDone { .. }, None)
        ));
        let sent = ask(
            &mut b,
            &Request::Part {
                id,
                scenario: s.clone(),
                kind: RunKind::Programme,
                keep: false,
                max_customers: None,
            },
            None,
        );
        let (Response::PartDone { .. }, Some(bytes)) = sent.last().unwrap().clone() else {
            panic!("no bytes: {:?}", sent.last());
        };
        ask(&mut a, &Request::Combine { id }, Some(&bytes))
    }

    #[test]
    fn two_workers_give_the_report_of_one() {
        let s = small();
        let got = two_workers(&s, 3);
        match &got[..] {
            [(Response::Done { id: 3, report }, None)] => {
                assert_eq!(**report, loyalty_sim::run(&s).unwrap())
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn two_workers_handle_every_example_and_every_mechanic_and_event() {
        // Discounts, segments and events are internally tagged enums, which
        // bincode alone cannot decode; the part keeps its scenario as JSON.
        let mut cases: Vec<Scenario> = crate::examples::all().into_iter().map(|(_, s)| s).collect();
        let mut every = Scenario::default();
        every.market.alternatives = 0;
        crate::defaults::every_mechanic(&mut every);
        every.events = crate::defaults::every_event(every.simulation.days);
        cases.push(every);
        for (i, mut s) in cases.into_iter().enumerate() {
            s.simulation.customers = 300;
            s.simulation.days = 90;
            s.events = crate::defaults::every_event(90)
                .into_iter()
                .filter(|e| s.events.iter().any(|o| o.kind() == e.kind()))
                .collect();
            let got = two_workers(&s, 7);
            match &got[..] {
                [(Response::Done { id: 7, report }, None)] => {
                    assert_eq!(**report, loyalty_sim::run(&s).unwrap(), "case {i}")
                }
                other => panic!("case {i}: {other:?}"),
            }
        }
    }

    #[test]
    fn combine_refuses_what_does_not_fit() {
        let s = small();
        let mut a = WorkerState::default();
        // Nothing kept.
        let got = ask(&mut a, &Request::Combine { id: 1 }, None);
        assert!(matches!(got[..], [(Response::Invalid { id: 1, .. }, None)]));
        ask(
            &mut a,
            &Request::Part {
                id: 2,
                scenario: s.clone(),
                kind: RunKind::Baseline,
                keep: true,
                max_customers: None,
            },
            None,
        );
        // Damaged bytes.
        let got = ask(&mut a, &Request::Combine { id: 2 }, Some(&[1, 2, 3]));
        assert!(matches!(got[..], [(Response::Invalid { id: 2, .. }, None)]));
        // The kept part is used once.
        let got = ask(&mut a, &Request::Combine { id: 2 }, Some(&[1, 2, 3]));
        assert!(matches!(got[..], [(Response::Invalid { id: 2, .. }, None)]));
    }

    /// Both parts of `s`, simulated in the core: (programme, twin).
    fn parts(s: &Scenario) -> (RunPart, RunPart) {
        let go = &mut |_| Control::Continue;
        (
            loyalty_sim::run_part(s, RunKind::Programme, go).unwrap(),
            loyalty_sim::run_part(s, RunKind::Baseline, go).unwrap(),
        )
    }

    /// `bytes` with its checksum made to fit again (damage that happened
    /// before the checksum was taken, or a checksum that misses it).
    fn resealed(bytes: &[u8]) -> Vec<u8> {
        let body = &bytes[..bytes.len() - 4];
        let mut out = body.to_vec();
        out.extend(adler2::adler32_slice(body).to_le_bytes());
        out
    }

    /// Damaged part bytes that still decoded were once combined into a
    /// report with NaN (written as `null`) or broken identities.
    #[test]
    fn damaged_parts_are_refused_with_a_sentence() {
        let s = small();
        let (prog, base) = parts(&s);
        let good = encode_part(&prog);
        assert_eq!(decode_part(&good).as_ref(), Ok(&prog));
        let (mut refused, mut decoded) = (0, 0);
        // An 8-byte NaN written over the bytes, at offsets throughout the part.
        let step = (good.len() / 400).max(1);
        for at in (0..good.len() - 12).step_by(step) {
            let mut bad = good.clone();
            bad[at..at + 8].copy_from_slice(&f64::NAN.to_le_bytes());
            if bad == good {
                continue;
            }
            // As sent: the checksum catches it.
            let why = decode_part(&bad).expect_err("the checksum catches it");
            assert!(why.contains("checksum"), "{why}");
            // Resealed: whatever still decodes is checked before it is used.
            match decode_part(&resealed(&bad)) {
                Err(why) => {
                    refused += 1;
                    assert!(why.starts_with("the "), "a sentence: {why}");
                }
                Ok(part) => {
                    decoded += 1;
                    // Only damage the checks cannot tell from a real run
                    // gets through, and then the report is finite and adds up.
                    let report = loyalty_sim::combine(&part, &base).expect("combines");
                    // A NaN would be written as `null` and not read back.
                    let text = serde_json::to_string(&report).unwrap();
                    let back: Result<Report, _> = serde_json::from_str(&text);
                    assert_eq!(back.ok().as_ref(), Some(&report), "finite at {at}");
                    let (_, rows) = report.monthly_table();
                    assert!(rows.iter().flatten().all(|x| x.is_finite()), "{at}");
                    let k = &report.kpis;
                    assert!(k.profit.is_finite() && k.incremental_profit.is_finite());
                    assert_eq!(k.profit - k.baseline_profit, k.incremental_profit, "{at}");
                }
            }
        }
        eprintln!("damaged parts: {refused} refused, {decoded} passed the checks");
        assert!(refused > 100, "refused {refused}, decoded {decoded}");
        // Through the worker: a sentence, never a report.
        let mut a = WorkerState::default();
        ask(
            &mut a,
            &Request::Part {
                id: 4,
                scenario: s.clone(),
                kind: RunKind::Baseline,
                keep: true,
                max_customers: None,
            },
            None,
        );
        let mut bad = good.clone();
        let mid = good.len() / 2;
        bad[mid..mid + 8].copy_from_slice(&f64::NAN.to_le_bytes());
        let got = ask(&mut a, &Request::Combine { id: 4 }, Some(&resealed(&bad)));
        match &got[..] {
            [(Response::Invalid { id: 4, errors }, None)] => {
                assert_eq!(errors[0].0, "request");
                assert!(errors[0].1.starts_with("the "), "{:?}", errors[0]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_invalid_scenario_lists_its_problems() {
        let mut s = Scenario::default();
        s.business.gross_margin = 2.0;
        for request in [
            Request::Run {
                id: 3,
                scenario: s.clone(),
            },
            Request::Part {
                id: 3,
                scenario: s.clone(),
                kind: RunKind::Programme,
                keep: false,
                max_customers: None,
            },
        ] {
            let got = ask(&mut WorkerState::default(), &request, None);
            match &got[..] {
                [(Response::Invalid { id: 3, errors }, None)] => {
                    assert_eq!(errors[0].0, "business.gross_margin")
                }
                other => panic!("{other:?}"),
            }
        }
    }

    fn small_sweep() -> loyalty_sim::experiment::Experiment {
        let mut e = loyalty_sim::experiment::Experiment::from_json(
            r#"{"kind": "sweep", "seeds": 2, "parameters": [{"path": "programme.points.earn_rate", "values": [0.02, 0.05]}]}"#,
        )
        .unwrap();
        e.scenario = Some(loyalty_sim::experiment::ScenarioSource::Inline(Box::new(
            small(),
        )));
        e
    }

    /// The request the page sends for job `job` of `plan`.
    pub(crate) fn job_request(
        plan: &loyalty_sim::experiment::Plan,
        id: u32,
        job: usize,
    ) -> Request {
        Request::Job {
            id,
            job,
            scenario: Box::new(plan.scenario(&plan.job(job).unwrap())),
            monthly: plan.experiment().kind.has_monthly(),
        }
    }

    #[test]
    fn experiment_jobs_give_the_results_of_the_core_in_any_order() {
        use loyalty_sim::experiment::Plan;
        for e in [small_sweep(), {
            let mut m = small_sweep();
            m.kind =
                loyalty_sim::experiment::Kind::MonteCarlo(loyalty_sim::experiment::MonteCarlo {
                    uncertain: Vec::new(),
                    draws: None,
                });
            m
        }] {
            let plan = Plan::new(&e).unwrap();
            // Two workers, the jobs dealt out in turn and collected in the
            // order they finish (here: backwards).
            let mut workers = [WorkerState::default(), WorkerState::default()];
            let mut results = Vec::new();
            for job in (0..plan.runs()).rev() {
                let got = ask(&mut workers[job % 2], &job_request(&plan, 5, job), None);
                match &got[..] {
                    [(Response::JobDone { id: 5, result }, None)] => {
                        // Exactly the core's result for that job.
                        let core = plan.run_job(job, &mut |_| Control::Continue).unwrap();
                        assert_eq!(**result, core, "job {job}");
                        results.push((**result).clone());
                    }
                    other => panic!("{other:?}"),
                }
            }
            let core: Vec<JobResult> = (0..plan.runs())
                .map(|j| plan.run_job(j, &mut |_| Control::Continue).unwrap())
                .collect();
            assert_eq!(plan.report(&results).unwrap(), plan.report(&core).unwrap());
        }
    }

    #[test]
    fn an_invalid_job_scenario_lists_its_problems() {
        let mut s = small();
        s.business.gross_margin = 2.0;
        let request = Request::Job {
            id: 2,
            job: 0,
            scenario: Box::new(s),
            monthly: true,
        };
        match &ask(&mut WorkerState::default(), &request, None)[..] {
            [(Response::Invalid { id: 2, errors }, None)] => {
                assert_eq!(errors[0].0, "business.gross_margin")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_log_is_inspected_then_fitted_from_what_the_worker_keeps() {
        let mut w = WorkerState::default();
        let got = ask(
            &mut w,
            &Request::Calibrate {
                id: 1,
                options: LogOptions::default(),
            },
            None,
        );
        assert!(matches!(
            got[..],
            [(Response::CalibrationFailed { id: 1, .. }, None)]
        ));
        let text = crate::calibration::tests::log(300);
        let got = ask(
            &mut w,
            &Request::Inspect {
                id: 2,
                text: Some(text.clone()),
                options: LogOptions::default(),
            },
            None,
        );
        match &got[..] {
            [(Response::Inspected { id: 2, inspection }, None)] => {
                assert_eq!(
                    **inspection,
                    crate::calibration::inspect(&text, &LogOptions::default())
                )
            }
            other => panic!("{other:?}"),
        }
        let got = ask(
            &mut w,
            &Request::Calibrate {
                id: 3,
                options: LogOptions::default(),
            },
            None,
        );
        match &got[..] {
            [(Response::Calibrated { id: 3, result }, None)] => assert_eq!(
                **result,
                crate::calibration::calibrate(&text, &LogOptions::default()).unwrap()
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn garbage_is_answered_not_panicked_on() {
        let mut got = Vec::new();
        WorkerState::default().handle("{nope", None, &mut |r, _| got.push(r.clone()));
        assert!(matches!(got[..], [Response::Invalid { id: 0, .. }]));
    }
}
