//! Tests of the worker's transaction-log requests (`Request::Inspect`,
//! `Request::Calibrate`), natively; the helpers are the protocol tests'.
use super::tests::{ask, Sent};
use super::*;

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
    match got.last().map(|(r, b)| (r, b.is_some())) {
        Some((Response::Calibrated { id: 3, result }, false)) => assert_eq!(
            **result,
            crate::calibration::calibrate(&text, &LogOptions::default()).unwrap()
        ),
        other => panic!("{other:?}"),
    }
    // The fit used the transactions the inspection read: one read so far.
    assert_eq!(w.log_reads(), 1);
}

#[test]
fn an_inspect_reads_the_file_attached_as_bytes_and_keeps_it() {
    let (first, second) = (
        crate::calibration::tests::log(300),
        crate::calibration::tests::log(120),
    );
    let o = LogOptions::default();
    let inspect = |id| Request::Inspect {
        id,
        text: None,
        options: LogOptions::default(),
    };
    let inspected = |got: Sent| match &got[..] {
        [(Response::Inspected { inspection, .. }, None)] => (**inspection).clone(),
        other => panic!("{other:?}"),
    };
    let mut w = WorkerState::default();
    let got = inspected(ask(&mut w, &inspect(1), Some(first.as_bytes())));
    assert_eq!(got, crate::calibration::inspect(&first, &o));
    // Kept: the same request without bytes reads it again.
    assert_eq!(inspected(ask(&mut w, &inspect(2), None)), got);
    // New bytes replace the kept log, and the fit is theirs.
    let got = inspected(ask(&mut w, &inspect(3), Some(second.as_bytes())));
    assert_eq!(got, crate::calibration::inspect(&second, &o));
    match ask(
        &mut w,
        &Request::Calibrate {
            id: 4,
            options: o.clone(),
        },
        None,
    )
    .last()
    {
        Some((Response::Calibrated { result, .. }, None)) => assert_eq!(
            **result,
            crate::calibration::calibrate(&second, &o).unwrap()
        ),
        other => panic!("{other:?}"),
    }
    // Bytes that are not UTF-8 are read as the browser reads such a file
    // as text: each bad sequence one U+FFFD (here in a customer id).
    let mut bytes = second.clone().into_bytes();
    let at = second.find("\nk").expect("a customer id") + 2;
    bytes.insert(at, 0xFF);
    let lossy = String::from_utf8_lossy(&bytes).into_owned();
    assert!(lossy.contains('\u{FFFD}'));
    let got = inspected(ask(&mut w, &inspect(5), Some(&bytes)));
    assert_eq!(got, crate::calibration::inspect(&lossy, &o));
}

#[test]
fn calibrate_reuses_the_inspected_log_and_rereads_on_changed_settings() {
    let text = crate::calibration::tests::log(300);
    let inspect =
        |id, options: LogOptions, text: Option<String>| Request::Inspect { id, text, options };
    let calibrate = |id, options: LogOptions| Request::Calibrate { id, options };
    let fitted = |got: &Sent| match got.last() {
        Some((Response::Calibrated { result, .. }, None)) => (**result).clone(),
        other => panic!("{other:?}"),
    };
    let mut w = WorkerState::default();
    ask(
        &mut w,
        &inspect(1, LogOptions::default(), Some(text.clone())),
        None,
    );
    assert_eq!(w.log_reads(), 1);
    // Another calibration end reads nothing again (only the import's settings matter).
    let later = LogOptions {
        calibration_end: Some("2024-03-31".into()),
        ..LogOptions::default()
    };
    let a = fitted(&ask(&mut w, &calibrate(2, later.clone()), None));
    assert_eq!(w.log_reads(), 1);
    assert_eq!(a, crate::calibration::calibrate(&text, &later).unwrap());
    // Changed import settings are honoured: the amount read from column 1
    // fails to read (customer ids are not amounts), and that is said.
    let wrong = LogOptions {
        amount: Some(1),
        ..LogOptions::default()
    };
    let got = ask(&mut w, &calibrate(3, wrong.clone()), None);
    assert_eq!(w.log_reads(), 2);
    let alone = crate::calibration::calibrate(&text, &wrong);
    match (got.last(), &alone) {
        (Some((Response::CalibrationFailed { message, .. }, None)), Err(e)) => {
            assert_eq!(message, e)
        }
        (Some((Response::Calibrated { result, .. }, None)), Ok(v)) => assert_eq!(&**result, v),
        other => panic!("{other:?}"),
    }
    // Back to the first settings: read again (only the last read is kept),
    // then kept; the fit is the one-step fit's.
    let b = fitted(&ask(&mut w, &calibrate(4, LogOptions::default()), None));
    assert_eq!(w.log_reads(), 3);
    let c = fitted(&ask(&mut w, &calibrate(5, LogOptions::default()), None));
    assert_eq!(w.log_reads(), 3);
    assert_eq!(b, c);
    assert_eq!(
        b,
        crate::calibration::calibrate(&text, &LogOptions::default()).unwrap()
    );
    // A new file is read, not the old transactions.
    let other = crate::calibration::tests::log(120);
    ask(
        &mut w,
        &inspect(6, LogOptions::default(), Some(other.clone())),
        None,
    );
    assert_eq!(w.log_reads(), 4);
    let d = fitted(&ask(&mut w, &calibrate(7, LogOptions::default()), None));
    assert_eq!(
        d,
        crate::calibration::calibrate(&other, &LogOptions::default()).unwrap()
    );
    assert_eq!(w.log_reads(), 4);
}

#[test]
fn a_fit_reports_its_stages_in_percent_up_to_100_then_the_fit() {
    use loyalty_calibrate::Stage;
    let text = crate::calibration::tests::log(300);
    let mut w = WorkerState::default();
    let inspect = Request::Inspect {
        id: 1,
        text: Some(text),
        options: LogOptions::default(),
    };
    ask(&mut w, &inspect, None);
    let calibrate = Request::Calibrate {
        id: 2,
        options: LogOptions::default(),
    };
    let got = ask(&mut w, &calibrate, None);
    let (last, steps) = got.split_last().expect("answers");
    assert!(
        matches!(last, (Response::Calibrated { id: 2, .. }, None)),
        "{last:?}"
    );
    let steps: Vec<(Stage, u8)> = steps
        .iter()
        .map(|(r, _)| match r {
            Response::CalibrationProgress {
                id: 2,
                percent,
                stage,
            } => (*stage, *percent),
            other => panic!("not progress: {other:?}"),
        })
        .collect();
    println!("{steps:?}");
    assert_eq!(steps.first(), Some(&(Stage::Read, 0)));
    assert_eq!(steps.last(), Some(&(Stage::Done, 100)));
    assert!(steps.windows(2).all(|p| p[0].1 <= p[1].1), "{steps:?}");
    // Every stage, in order, each at least once; the holdout after each seed.
    let order = [
        Stage::Read,
        Stage::FitBgNbd,
        Stage::FitSpend,
        Stage::Holdout,
        Stage::FitParetoNbd,
        Stage::Done,
    ];
    let mut stages: Vec<Stage> = steps.iter().map(|s| s.0).collect();
    stages.dedup();
    assert_eq!(stages, order);
    let holdout = steps.iter().filter(|s| s.0 == Stage::Holdout).count();
    assert_eq!(holdout, 1 + loyalty_calibrate::holdout::SEEDS.len());
    // Cheap: a message a stage or a seed, never more than a few dozen.
    assert!(steps.len() <= 20, "{}", steps.len());
    // A failed fit ends with its sentence, not at 100.
    let bad = Request::Calibrate {
        id: 3,
        options: LogOptions {
            calibration_end: Some("soon".into()),
            ..LogOptions::default()
        },
    };
    let got = ask(&mut w, &bad, None);
    assert!(matches!(
        got.last(),
        Some((Response::CalibrationFailed { id: 3, .. }, None))
    ));
    assert!(!got
        .iter()
        .any(|(r, _)| matches!(r, Response::CalibrationProgress { percent: 100, .. })));
    // Every stage is said in every language.
    for lang in [
        crate::i18n::Lang::En,
        crate::i18n::Lang::Fi,
        crate::i18n::Lang::Lb,
    ] {
        for s in order {
            let line = crate::text::calibrate::progress(lang, s, 44);
            assert!(line.contains("44") && line.len() > 6, "{line}");
        }
    }
}
