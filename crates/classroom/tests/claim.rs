//! The claim language on a small run: measures read the report, margins
//! have the right sign, and a claim is judged on the median of the seeds.

use loyalty_classroom::claim::{median, Claim, Measure, Op, Run};
use loyalty_classroom::scenario::{run_seeds, set_path, ScenarioSource};
use loyalty_sim::Report;

fn reports() -> Vec<Report> {
    let src: ScenarioSource = serde_json::from_str(
        r#"{"base": "default", "set": [{"path": "simulation.customers", "value": 300},
            {"path": "simulation.days", "value": 120}]}"#,
    )
    .unwrap();
    run_seeds(&src.scenario().unwrap(), &[1, 2, 3]).unwrap()
}

#[test]
fn measures_read_kpis_months_fields_and_arithmetic() {
    let rs = reports();
    let r = &rs[0];
    let kpi = |n: &str| Measure::Kpi(n.into()).value(r).unwrap();
    assert_eq!(kpi("incremental_profit"), r.kpis.incremental_profit);
    assert_eq!(
        Measure::KpiVsTwin("nps".into()).value(r).unwrap(),
        r.kpis.nps - r.kpis.baseline_nps
    );
    let last = r.monthly.last().unwrap();
    let m = |field: &str, month, run| {
        Measure::Month {
            field: field.into(),
            month,
            run,
        }
        .value(r)
        .unwrap()
    };
    assert_eq!(m("nps", 0, Run::Programme), last.programme.nps);
    assert_eq!(
        m("apostle_hostages", 2, Run::Baseline),
        r.monthly[1].baseline.apostles.hostages
    );
    assert_eq!(
        m("active", 0, Run::Difference),
        last.programme.active as f64 - last.baseline.active as f64
    );
    let mean = Measure::MeanOver {
        field: "purchases".into(),
        from: 1,
        to: 2,
        run: Run::Programme,
    };
    let want = (r.monthly[0].programme.purchases + r.monthly[1].programme.purchases) as f64 / 2.0;
    assert_eq!(mean.value(r).unwrap(), want);
    assert_eq!(
        Measure::Field("kpis.members".into()).value(r).unwrap(),
        r.kpis.members as f64
    );
    assert_eq!(
        Measure::Field("finance.deciles[9].baseline_sales".into())
            .value(r)
            .unwrap(),
        r.finance.deciles[9].baseline_sales
    );
    let two = Measure::Sum(vec![Measure::Value(2.0), Measure::Value(3.0)]);
    assert_eq!(two.value(r).unwrap(), 5.0);
    let ratio = Measure::Ratio(Box::new(Measure::Value(1.0)), Box::new(Measure::Value(0.0)));
    assert!(ratio.value(r).unwrap().is_nan(), "a ratio over 0 is NaN");
    // Unknown names are errors, not zeros.
    assert!(Measure::Kpi("no_such".into()).value(r).is_err());
    assert!(Measure::Month {
        field: "no_such".into(),
        month: 0,
        run: Run::Programme
    }
    .value(r)
    .is_err());
    assert!(Measure::Month {
        field: "nps".into(),
        month: 99,
        run: Run::Programme
    }
    .value(r)
    .is_err());
    assert!(Measure::Field("kpis.nope".into()).value(r).is_err());
}

#[test]
fn claims_hold_on_the_median_margin_and_fail_on_the_other_side() {
    let rs = reports();
    let v = |x: f64| Measure::Value(x);
    let gt = |a, b| Claim::Compare {
        left: a,
        op: Op::Gt,
        right: b,
    };
    assert!(gt(v(2.0), v(1.0)).judge(&rs).unwrap().holds);
    assert!(!gt(v(1.0), v(2.0)).judge(&rs).unwrap().holds);
    assert!(
        !gt(v(1.0), v(1.0)).judge(&rs).unwrap().holds,
        "equality is not greater"
    );
    let lt = Claim::Compare {
        left: v(1.0),
        op: Op::Lt,
        right: v(2.0),
    };
    let verdict = lt.judge(&rs).unwrap();
    assert!(verdict.holds && verdict.margin == 1.0);
    let between = Claim::Between {
        measure: Measure::Kpi("nps".into()),
        low: -100.0,
        high: 100.0,
    };
    assert!(between.judge(&rs).unwrap().holds);
    let narrow = Claim::Between {
        measure: Measure::Kpi("nps".into()),
        low: 100.0,
        high: 200.0,
    };
    assert!(!narrow.judge(&rs).unwrap().holds);
    // Points accumulate from the launch: outstanding points rise.
    let rising = Claim::Rising {
        field: "points_outstanding".into(),
        from: 1,
        to: 0,
        run: Run::Programme,
    };
    assert!(rising.judge(&rs).unwrap().holds);
    let falling = Claim::Falling {
        field: "points_outstanding".into(),
        from: 1,
        to: 0,
        run: Run::Programme,
    };
    assert!(!falling.judge(&rs).unwrap().holds);
    // All: one failing part fails the whole.
    assert!(
        !Claim::All(vec![gt(v(2.0), v(1.0)), gt(v(1.0), v(2.0))])
            .judge(&rs)
            .unwrap()
            .holds
    );
    assert!(
        Claim::All(vec![gt(v(2.0), v(1.0)), lt])
            .judge(&rs)
            .unwrap()
            .holds
    );
    // A NaN (a null ROI would be one) fails rather than passes.
    let nan = Measure::Ratio(Box::new(v(1.0)), Box::new(v(0.0)));
    assert!(!gt(nan, v(-1e300)).judge(&rs).unwrap().holds);
    assert!(
        !gt(v(2.0), v(1.0)).judge(&[]).unwrap().holds,
        "no reports, no verdict"
    );
}

#[test]
fn the_median_is_of_the_margins_seed_by_seed() {
    assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
    assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
    assert!(median(vec![]).is_nan());
    assert!(median(vec![1.0, f64::NAN, 2.0]).is_nan());
}

#[test]
fn claims_and_measures_read_from_lesson_json() {
    let c: Claim = serde_json::from_str(
        r#"{"compare": {"left": {"kpi_vs_twin": "nps"}, "op": "<", "right": {"value": 0}}}"#,
    )
    .unwrap();
    assert_eq!(
        c,
        Claim::Compare {
            left: Measure::KpiVsTwin("nps".into()),
            op: Op::Lt,
            right: Measure::Value(0.0)
        }
    );
    assert!(serde_json::from_str::<Claim>(
        r#"{"compare": {"left": {"value": 0}, "op": ">=", "right": {"value": 0}}}"#
    )
    .is_err());
}

#[test]
fn set_path_sets_nested_fields_and_list_items_and_names_what_is_missing() {
    let mut v = serde_json::json!({"a": {"b": [1, {"c": 2}]}});
    set_path(&mut v, "a.b[1].c", serde_json::json!(5)).unwrap();
    assert_eq!(v["a"]["b"][1]["c"], 5);
    set_path(&mut v, "a.new", serde_json::json!(null)).unwrap();
    assert!(
        v["a"].get("new").is_some(),
        "a last field is added (the parser refuses unknown ones)"
    );
    assert!(set_path(&mut v, "x.y", serde_json::json!(1))
        .unwrap_err()
        .contains("\"x\""));
    assert!(set_path(&mut v, "a.b[7].c", serde_json::json!(1))
        .unwrap_err()
        .contains("item 7"));
    // A change the core refuses is named by its field.
    let src: ScenarioSource = serde_json::from_str(
        r#"{"base": "default", "set": [{"path": "business.gross_margin", "value": 2.0}]}"#,
    )
    .unwrap();
    let e = src.scenario().unwrap_err();
    assert!(e[0].starts_with("business.gross_margin"), "{e:?}");
    let unknown: ScenarioSource = serde_json::from_str(r#"{"base": "nowhere"}"#).unwrap();
    assert!(unknown.scenario().is_err());
}
