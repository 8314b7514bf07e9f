//! Tests of the page-worker protocol (`crate::protocol`), natively.
use super::*;

pub(super) type Sent = Vec<(Response, Option<Vec<u8>>)>;

pub(super) fn ask(state: &mut WorkerState, request: &Request, bytes: Option<&[u8]>) -> Sent {
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
            (Response::PartDone { id: 4, .. }, Some(_))
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
        Request::Follow {
            id: 3,
            scenario: Box::new(s.clone()),
            who: Who::Customer { customer: 0 },
        },
        Request::Follow {
            id: 3,
            scenario: Box::new(s.clone()),
            who: Who::Kind {
                kind: Kind::Hostage,
                draw: 1,
            },
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
pub(crate) fn job_request(plan: &loyalty_sim::experiment::Plan, id: u32, job: usize) -> Request {
    Request::Job {
        id,
        job,
        scenario: Box::new(plan.scenario(&plan.job(job).unwrap())),
        monthly: plan.experiment().kind.has_monthly(),
    }
}

#[test]
fn a_worker_shares_the_twin_of_a_seed_between_the_points_of_a_sweep() {
    use loyalty_sim::experiment::{Plan, ScenarioSource};
    let mut e = loyalty_sim::experiment::Experiment::from_json(
        r#"{"kind": "sweep", "seeds": 2, "parameters": [{"path": "programme.points.earn_rate", "values": [0.02, 0.05, 0.08]}]}"#,
    )
    .unwrap();
    e.scenario = Some(ScenarioSource::Inline(Box::new(small())));
    let plan = Plan::new(&e).unwrap();
    let mut worker = WorkerState::default();
    let shared: Vec<bool> = (0..plan.runs())
        .map(
            |job| match &ask(&mut worker, &job_request(&plan, 1, job), None)[..] {
                [(Response::JobDone { shared_twin, .. }, None)] => *shared_twin,
                other => panic!("{other:?}"),
            },
        )
        .collect();
    // Jobs come seed by seed: the first point of each seed simulates its twin.
    assert_eq!(shared, [false, true, true, false, true, true]);
}

#[test]
fn experiment_jobs_give_the_results_of_the_core_in_any_order() {
    use loyalty_sim::experiment::Plan;
    for e in [small_sweep(), {
        let mut m = small_sweep();
        m.kind = loyalty_sim::experiment::Kind::MonteCarlo(loyalty_sim::experiment::MonteCarlo {
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
                [(Response::JobDone { id: 5, result, .. }, None)] => {
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
fn garbage_is_answered_not_panicked_on() {
    let mut got = Vec::new();
    WorkerState::default().handle("{nope", None, &mut |r, _| got.push(r.clone()));
    assert!(matches!(got[..], [Response::Invalid { id: 0, .. }]));
}

fn follow(s: &Scenario, id: u32, who: Who) -> Request {
    Request::Follow {
        id,
        scenario: Box::new(s.clone()),
        who,
    }
}

/// The progress messages of an answer: each of the request, rising to done.
fn progress_of(got: &Sent, id: u32) -> Vec<(u32, u32)> {
    let steps: Vec<(u32, u32)> = got
        .iter()
        .filter_map(|(r, _)| match r {
            Response::Progress { id: i, done, total } if *i == id => Some((*done, *total)),
            _ => None,
        })
        .collect();
    assert!(steps
        .windows(2)
        .all(|w| w[0].0 <= w[1].0 && w[0].1 == w[1].1));
    assert!(steps.last().is_some_and(|(d, t)| d == t), "{steps:?}");
    steps
}

#[test]
fn following_a_customer_gives_the_cores_story_after_progress() {
    let s = small();
    let mut worker = WorkerState::default();
    let got = ask(
        &mut worker,
        &follow(&s, 6, Who::Customer { customer: 5 }),
        None,
    );
    assert!(got.iter().all(|(r, b)| r.id() == 6 && b.is_none()));
    progress_of(&got, 6);
    match &got.last().unwrap().0 {
        Response::Followed { story, found, .. } => {
            assert_eq!(**story, loyalty_sim::story::follow(&s, 5).unwrap());
            assert_eq!(*found, None);
        }
        other => panic!("{other:?}"),
    }
    // No customer has this id: said, not an empty story.
    let got = ask(
        &mut worker,
        &follow(&s, 7, Who::Customer { customer: 1 << 30 }),
        None,
    );
    assert!(matches!(
        got.last().unwrap().0,
        Response::NoSuchCustomer { id: 7, kind: None }
    ));
}

#[test]
fn following_a_kind_finds_one_of_that_kind_and_keeps_the_census() {
    let s = small();
    let all = loyalty_sim::story::census(&s, &mut |_| Control::Continue)
        .unwrap()
        .of(Kind::Loyalist);
    assert!(all.len() > 3, "{}", all.len());
    let mut worker = WorkerState::default();
    let mut totals = Vec::new();
    for (id, draw) in [(1, 2u32), (2, all.len() as u32 + 1)] {
        let who = Who::Kind {
            kind: Kind::Loyalist,
            draw,
        };
        let got = ask(&mut worker, &follow(&s, id, who), None);
        totals.push(progress_of(&got, id)[0].1);
        match &got.last().unwrap().0 {
            Response::Followed {
                story,
                found: Some(found),
                ..
            } => {
                let index = draw as usize % all.len();
                assert_eq!(
                    *found,
                    Found {
                        kind: Kind::Loyalist,
                        index,
                        count: all.len()
                    }
                );
                assert_eq!(story.customer, all[index]);
                assert_eq!(**story, loyalty_sim::story::follow(&s, all[index]).unwrap());
            }
            other => panic!("{other:?}"),
        }
    }
    // The first request ran the census too; the second used the kept one.
    assert_eq!(totals[0], 2 * totals[1], "{totals:?}");
    // Another scenario: counted afresh.
    let mut other = s.clone();
    other.simulation.seed += 1;
    let got = ask(
        &mut worker,
        &follow(
            &other,
            3,
            Who::Kind {
                kind: Kind::Loyalist,
                draw: 0,
            },
        ),
        None,
    );
    assert_eq!(progress_of(&got, 3)[0].1, totals[0]);
}

#[test]
fn a_kind_the_run_does_not_have_is_said() {
    // No deregulation event in the default scenario.
    let who = Who::Kind {
        kind: Kind::LeftAfterDeregulation,
        draw: 4,
    };
    let got = ask(&mut WorkerState::default(), &follow(&small(), 9, who), None);
    assert!(matches!(
        got.last().unwrap().0,
        Response::NoSuchCustomer {
            id: 9,
            kind: Some(Kind::LeftAfterDeregulation)
        }
    ));
    assert!(!got
        .iter()
        .any(|(r, _)| matches!(r, Response::Followed { .. })));
}

#[test]
fn follow_requests_survive_the_json_trip() {
    for who in [
        Who::Customer { customer: 12 },
        Who::Kind {
            kind: Kind::Demoted,
            draw: u32::MAX,
        },
    ] {
        let r = follow(&small(), 2, who);
        let text = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Request>(&text).unwrap(), r);
    }
}

#[test]
fn a_part_and_a_job_carry_the_worker_s_time_and_older_messages_read_as_zero() {
    let part = Response::PartDone { id: 3, ms: 0.0 };
    assert_eq!(
        part.timed(212.5),
        Some(Response::PartDone { id: 3, ms: 212.5 })
    );
    assert_eq!(Response::Ready.timed(212.5), None);
    let progress = Response::Progress {
        id: 3,
        done: 1,
        total: 24,
    };
    assert_eq!(progress.timed(5.0), None);
    // A page reading a message from a worker built before `ms` existed.
    let old: Response = serde_json::from_str(r#"{"type":"part_done","id":3}"#).unwrap();
    assert_eq!(old, Response::PartDone { id: 3, ms: 0.0 });
}
