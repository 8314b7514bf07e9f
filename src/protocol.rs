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
use loyalty_calibrate::import::{self, Import, ImportError, ImportOptions};
use loyalty_sim::experiment::JobResult;
use loyalty_sim::story::{Census, Kind, Story};
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
    /// Read a transaction log (and keep it here) with these settings;
    /// answered by [`Response::Inspected`]. The log is the message's bytes
    /// (the file's UTF-8; the page sends a new file that way, so no JSON
    /// string of megabytes is escaped and parsed), else `text`, else the
    /// kept one.
    Inspect {
        /// Request number.
        id: u32,
        /// The file's text, or `None`: the attached bytes, or without them
        /// the kept log read again.
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
    /// Follow one customer through both runs of the scenario
    /// (`loyalty_sim::story`); answered by [`Response::Followed`] or
    /// [`Response::NoSuchCustomer`]. Finding a customer of a kind runs the
    /// scenario once more, the first time for a scenario (the worker keeps
    /// the census of the last scenario).
    Follow {
        /// Request number.
        id: u32,
        /// The scenario (validated again by the core).
        scenario: Box<Scenario>,
        /// Whom to follow.
        who: Who,
    },
}

/// Whom [`Request::Follow`] follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Who {
    /// The customer with this id.
    Customer {
        /// The id (0 to the number simulated - 1).
        customer: u32,
    },
    /// One of the `n` customers of `kind` in the programme run: number
    /// `draw % n` in id order (the page draws `draw` at random).
    Kind {
        /// The kind.
        kind: Kind,
        /// The page's draw.
        draw: u32,
    },
}

/// Which customer of a kind a story is (see [`Who::Kind`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    /// The kind asked for.
    pub kind: Kind,
    /// This customer's place among them (0-based, in id order).
    pub index: usize,
    /// How many customers of the kind the programme run has.
    pub count: usize,
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
        /// The worker's own time on the part, from the request's arrival
        /// (ms; set by the worker's shell, 0 here and in older messages).
        #[serde(default)]
        ms: f64,
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
        /// The worker's time on the job in ms, from the message's arrival
        /// to the answer (set by the worker shell, `crate::worker`; 0 from
        /// [`WorkerState::handle`], which has no clock): for the timings
        /// the e2e bench reports.
        #[serde(default)]
        ms: f64,
        /// Whether the twin came from the worker's store (only the
        /// programme run was simulated).
        #[serde(default)]
        shared_twin: bool,
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
    /// How far a `Calibrate` is: sent as each stage starts (and after each
    /// of the holdout's seeds), the percentage never going back, 100 last
    /// (when the fit succeeds), before `Calibrated`.
    CalibrationProgress {
        /// Request number.
        id: u32,
        /// Done, 0 to 100.
        percent: u8,
        /// What it is doing.
        stage: loyalty_calibrate::Stage,
    },
    /// The log cannot be fitted (the sentence says why).
    CalibrationFailed {
        /// Request number.
        id: u32,
        /// What is wrong, in a sentence.
        message: String,
    },
    /// One customer's story in both runs.
    Followed {
        /// Request number.
        id: u32,
        /// The story.
        story: Box<Story>,
        /// Which of its kind the customer is, when one of a kind was asked for.
        found: Option<Found>,
    },
    /// No customer to follow: the programme run has no customer of `kind`,
    /// or (`kind` absent) no customer has the id asked for.
    NoSuchCustomer {
        /// Request number.
        id: u32,
        /// The kind asked for.
        kind: Option<Kind>,
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
    /// The message with the worker's own time on its request filled in
    /// (`ms`, from the request's arrival), for the answers that carry it
    /// (a part or a job done); `None` for the others, which go as they are.
    pub fn timed(&self, ms: f64) -> Option<Response> {
        match self {
            Response::PartDone { id, .. } => Some(Response::PartDone { id: *id, ms }),
            Response::JobDone {
                id,
                result,
                shared_twin,
                ..
            } => Some(Response::JobDone {
                id: *id,
                result: result.clone(),
                ms,
                shared_twin: *shared_twin,
            }),
            _ => None,
        }
    }

    /// The run this message belongs to (0 for `Ready`).
    pub fn id(&self) -> u32 {
        match self {
            Response::Ready => 0,
            Response::Progress { id, .. }
            | Response::PartDone { id, .. }
            | Response::Done { id, .. }
            | Response::TooLarge { id, .. }
            | Response::JobDone { id, .. }
            | Response::Inspected { id, .. }
            | Response::Calibrated { id, .. }
            | Response::CalibrationProgress { id, .. }
            | Response::CalibrationFailed { id, .. }
            | Response::Followed { id, .. }
            | Response::NoSuchCustomer { id, .. }
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

/// What a worker remembers between messages: the part it keeps, the
/// transaction log being imported (which never leaves the worker), the
/// census of the last scenario a customer of a kind was looked for in, and
/// the baseline twins of the experiment jobs it ran (jobs that differ only
/// in the programme share their seed's twin; the results are the same).
#[derive(Default)]
pub struct WorkerState {
    kept: Option<(u32, RunPart)>,
    log: Option<String>,
    /// The kept log as last read, with the settings it was read with: a
    /// `Calibrate` with the same settings as the `Inspect` before it
    /// fits these transactions instead of reading the file again.
    parsed: Option<(ImportOptions, Import)>,
    /// How many times the kept logs have been read.
    reads: u64,
    census: Option<(Scenario, Census)>,
    twins: Option<loyalty_sim::Twins>,
}

/// Twins a worker keeps for experiment jobs. Jobs come seed by seed (every
/// variant of one seed, then the next seed), so a few are enough.
const TWINS_KEPT: usize = 4;

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

/// The kept `log` read with `o`'s settings: the last read (`parsed`) when
/// they are the same, else read again (and kept if it reads; `reads`
/// counts the reads).
fn read_log<'a>(
    log: &str,
    parsed: &'a mut Option<(ImportOptions, Import)>,
    reads: &mut u64,
    o: &LogOptions,
) -> Result<&'a Import, ImportError> {
    let wanted = o.import();
    if !matches!(parsed, Some((k, _)) if *k == wanted) {
        *parsed = None;
        *reads += 1;
        let read = import::read(log, &wanted)?;
        *parsed = Some((wanted, read));
    }
    parsed.as_ref().map(|p| &p.1).ok_or(ImportError::Empty)
}

fn bad_request(id: u32, what: &str) -> Response {
    Response::Invalid {
        id,
        errors: vec![("request".into(), what.into())],
    }
}

impl WorkerState {
    /// Fits the kept log (read again only if the settings changed),
    /// sending progress as it goes, then the fit or why it failed.
    fn calibrate(
        &mut self,
        id: u32,
        options: &LogOptions,
        send: &mut dyn FnMut(&Response, Option<Vec<u8>>),
    ) {
        let Some(log) = &self.log else {
            return send(&no_log(id, options.lang), None);
        };
        let mut progress =
            |stage, percent| send(&Response::CalibrationProgress { id, percent, stage }, None);
        progress(loyalty_calibrate::Stage::Read, 0);
        let result = read_log(log, &mut self.parsed, &mut self.reads, options)
            .map_err(|e| crate::text::calibrate::import_error(options.lang, &e))
            .and_then(|read| crate::calibration::calibrate_read_with(read, options, &mut progress));
        match result {
            Ok(result) => send(
                &Response::Calibrated {
                    id,
                    result: Box::new(result),
                },
                None,
            ),
            Err(message) => send(&Response::CalibrationFailed { id, message }, None),
        }
    }

    /// How many times the kept transaction logs have been read (an
    /// `Inspect` reads, a `Calibrate` with the same settings does not).
    pub fn log_reads(&self) -> u64 {
        self.reads
    }

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
                        send(&Response::PartDone { id, ms: 0.0 }, None);
                    }
                    Ok(part) => send(
                        &Response::PartDone { id, ms: 0.0 },
                        Some(encode_part(&part)),
                    ),
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
                // Bytes that are not UTF-8 (never from the page, which sends
                // a string's) read with U+FFFD for each bad sequence, as
                // the browser reads a file as text.
                let attached = bytes.map(|b| String::from_utf8_lossy(b).into_owned());
                if let Some(text) = attached.or(text) {
                    self.log = Some(text);
                    self.parsed = None;
                }
                match &self.log {
                    Some(log) => {
                        let read = read_log(log, &mut self.parsed, &mut self.reads, &options);
                        let inspection =
                            crate::calibration::inspect_read(log, &options, read.as_ref().copied());
                        send(
                            &Response::Inspected {
                                id,
                                inspection: Box::new(inspection),
                            },
                            None,
                        )
                    }
                    None => send(&no_log(id, options.lang), None),
                }
            }
            Request::Calibrate { id, options } => self.calibrate(id, &options, send),
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
                let twins = self
                    .twins
                    .get_or_insert_with(|| loyalty_sim::Twins::new(TWINS_KEPT));
                let hits = twins.hits();
                match twins.run_with(&scenario, &mut |_| Control::Continue) {
                    Ok(report) => send(
                        &Response::JobDone {
                            id,
                            result: Box::new(JobResult::from_report(job, &report, monthly)),
                            ms: 0.0,
                            shared_twin: twins.hits() > hits,
                        },
                        None,
                    ),
                    Err(loyalty_sim::RunError::Invalid(e)) => send(&invalid(id, e), None),
                    Err(loyalty_sim::RunError::Cancelled) => {}
                }
            }
            Request::Follow { id, scenario, who } => self.follow(id, &scenario, who, send),
        }
    }

    /// Answers [`Request::Follow`]: finds the customer (from the kept
    /// census when it is of this scenario), then follows them. Progress
    /// counts both runs of the scenario.
    fn follow(
        &mut self,
        id: u32,
        scenario: &Scenario,
        who: Who,
        send: &mut dyn FnMut(&Response, Option<Vec<u8>>),
    ) {
        let fresh = !matches!(&self.census, Some((s, _)) if s == scenario);
        let needs_census = matches!(who, Who::Kind { .. }) && fresh;
        let phases = if needs_census { 2 } else { 1 };
        let mut progress = throttled(id, send);
        let phase = |n: u32| {
            move |p: loyalty_sim::Progress| loyalty_sim::Progress {
                done: n * p.total + p.done,
                total: phases * p.total,
                ..p
            }
        };
        if needs_census {
            let first = phase(0);
            match loyalty_sim::story::census(scenario, &mut |p| progress(first(p))) {
                Ok(c) => self.census = Some((scenario.clone(), c)),
                Err(e) => {
                    drop(progress);
                    return refused(id, e, send);
                }
            }
        }
        let (customer, found) = match who {
            Who::Customer { customer } => (customer, None),
            Who::Kind { kind, draw } => {
                let all = self
                    .census
                    .as_ref()
                    .map(|(_, c)| c.of(kind))
                    .unwrap_or_default();
                if all.is_empty() {
                    drop(progress);
                    return send(
                        &Response::NoSuchCustomer {
                            id,
                            kind: Some(kind),
                        },
                        None,
                    );
                }
                let index = draw as usize % all.len();
                let count = all.len();
                (all[index], Some(Found { kind, index, count }))
            }
        };
        let last = phase(phases - 1);
        let story = loyalty_sim::story::follow_with(scenario, customer, &mut |p| progress(last(p)));
        drop(progress);
        match story {
            Ok(story) if story.programme.months.is_empty() && story.twin.months.is_empty() => {
                send(&Response::NoSuchCustomer { id, kind: None }, None)
            }
            Ok(story) => send(
                &Response::Followed {
                    id,
                    story: Box::new(story),
                    found,
                },
                None,
            ),
            Err(e) => refused(id, e, send),
        }
    }
}

/// The answer to a run the core refused (a cancelled run is not answered:
/// nothing here cancels; the page terminates the worker instead).
fn refused(id: u32, e: loyalty_sim::RunError, send: &mut dyn FnMut(&Response, Option<Vec<u8>>)) {
    if let loyalty_sim::RunError::Invalid(e) = e {
        send(&invalid(id, e), None);
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
#[path = "protocol_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "protocol_calibrate_tests.rs"]
mod calibrate_tests;
