//! The money and the points add up, and a programme of "none" changes nothing.

mod common;

use loyalty_sim::*;

fn small(text: &str) -> Scenario {
    let mut s = common::load(text);
    s.simulation.customers = 2_000;
    s.simulation.days = 400;
    s
}

#[test]
fn no_programme_has_exactly_zero_incremental_effect() {
    let s = small(common::NO_PROGRAMME);
    assert!(s.programme.is_none());
    let r = run(&s).expect("runs");
    let k = &r.kpis;
    assert_eq!(k.revenue, k.baseline_revenue);
    assert_eq!(k.incremental_profit, 0.0);
    assert_eq!(k.programme_cost, 0.0);
    assert_eq!(k.npv, 0.0);
    assert_eq!(k.nps, k.baseline_nps);
    assert_eq!(k.true_member_uplift, 0.0);
    for m in &r.monthly {
        assert_eq!(m.programme, m.baseline, "month {}", m.month);
    }
}

#[test]
fn a_card_without_benefits_or_costs_changes_nothing_but_membership() {
    let mut s = small(common::NO_PROGRAMME);
    // The default programme is a free opt-in card with no benefits; few join
    // a card worth nothing, so everyone asked is as willing as can be.
    let mut p = Programme::default();
    p.enrolment.join_propensity = 1.0;
    s.programme = Some(p);
    let r = run(&s).expect("runs");
    assert!(r.kpis.members > 100, "people did join: {}", r.kpis.members);
    assert_eq!(r.kpis.incremental_profit, 0.0);
    assert_eq!(r.kpis.true_member_uplift, 0.0);
    for m in &r.monthly {
        let (mut p, mut b) = (m.programme.clone(), m.baseline.clone());
        p.members = 0;
        p.joins = 0;
        b.members = 0;
        b.joins = 0;
        assert_eq!(p, b, "month {}", m.month);
    }
}

#[test]
fn ledger_and_report_add_up_for_every_example() {
    for (name, text) in common::ALL {
        let s = small(text);
        let o = common::outcome(&s);
        for (ledger, run) in [
            (&o.programme_ledger, "programme"),
            (&o.baseline_ledger, "baseline"),
        ] {
            assert_eq!(ledger.days.len(), s.simulation.days as usize);
            for (d, day) in ledger.days.iter().enumerate() {
                common::assert_day_adds_up(day, &format!("{name} {run} day {d}"));
            }
        }
        let k = &o.report.kpis;
        let tp = o.programme_ledger.total();
        let tb = o.baseline_ledger.total();
        let cur = |c: i64| c as f64 / 100.0;
        assert_eq!(k.revenue, cur(tp.revenue), "{name}");
        assert_eq!(k.baseline_revenue, cur(tb.revenue), "{name}");
        assert_eq!(k.programme_cost, cur(tp.programme_cost()), "{name}");
        assert_eq!(k.profit, cur(tp.profit()), "{name}");
        assert_eq!(
            k.incremental_profit,
            cur(tp.profit() - tb.profit()),
            "{name}"
        );
        // revenue - costs = profit, in the report's currency units.
        let lhs = k.revenue - (k.revenue - k.gross_profit) + k.programme_income - k.programme_cost;
        assert!(
            (lhs - k.profit).abs() < 0.005,
            "{name}: {lhs} vs {}",
            k.profit
        );
        assert_eq!(
            tb.programme_cost(),
            0,
            "{name}: the twin has no programme cost"
        );
        // The monthly rows partition the horizon and sum to the totals.
        let days: u32 = o.report.monthly.iter().map(|m| m.days).sum();
        assert_eq!(days, s.simulation.days);
        let monthly_revenue: f64 = o.report.monthly.iter().map(|m| m.programme.revenue).sum();
        assert!((monthly_revenue - k.revenue).abs() < 0.01 * o.report.monthly.len() as f64);
        for m in &o.report.monthly {
            common::assert_month_adds_up(&m.programme, &format!("{name} month {}", m.month));
        }
    }
}

#[test]
fn points_issued_equal_redeemed_plus_expired_plus_outstanding() {
    for (name, text) in common::ALL {
        let mut s = small(text);
        if let Some(p) = s.programme.as_mut() {
            if let Some(pt) = p.points.as_mut() {
                pt.expiry_months = 3; // make sure expiry happens within the horizon
            }
        }
        let r = run(&s).expect("runs");
        let k = &r.kpis;
        assert_eq!(
            k.points_issued,
            k.points_redeemed + k.points_expired + k.points_outstanding,
            "{name}"
        );
        let mut outstanding = 0u64;
        for m in &r.monthly {
            let p = &m.programme;
            outstanding = outstanding + p.points_issued - p.points_redeemed - p.points_expired;
            assert_eq!(
                outstanding, p.points_outstanding,
                "{name} month {}",
                m.month
            );
        }
        if name == "red-cube-bonus" {
            assert!(k.points_issued > 0 && k.points_redeemed > 0 && k.points_expired > 0);
            assert!(k.liability > 0.0);
        }
    }
}

/// Balances are unsigned; a spend or expiry beyond a balance would overflow,
/// which panics in the debug builds tests run in. This walks every purchase
/// and checks that redemptions never exceed what the member had.
#[test]
fn nobody_redeems_more_than_their_balance() {
    struct Balances(Vec<i64>, u64);
    impl Observer for Balances {
        fn purchase(&mut self, run: RunKind, e: &PurchaseEvent) {
            if run != RunKind::Programme {
                return;
            }
            let i = e.customer as usize;
            if self.0.len() <= i {
                self.0.resize(i + 1, 0);
            }
            self.0[i] += e.points_earned as i64;
            self.0[i] -= e.points_redeemed as i64;
            assert!(self.0[i] >= 0, "customer {} went negative", e.customer);
            self.1 += u64::from(e.points_redeemed > 0);
        }
    }
    let mut s = small(common::RED_CUBE);
    if let Some(pt) = s.programme.as_mut().and_then(|p| p.points.as_mut()) {
        pt.expiry_months = 0; // without expiry the walk above is the whole balance
    }
    let mut obs = Balances(Vec::new(), 0);
    run_observed(&s, &mut |_| Control::Continue, &mut obs).expect("runs");
    assert!(obs.1 > 100, "there were redemptions: {}", obs.1);
}

#[test]
fn no_nan_or_infinity_anywhere_in_a_report() {
    let mut scenarios: Vec<Scenario> = common::ALL.iter().map(|(_, t)| small(t)).collect();
    scenarios.push(common::everything(300, 200));
    // Extremes: a monopoly with terrible service, and a tiny, short run.
    let mut m = small(common::RED_CUBE);
    m.market.alternatives = 0;
    m.business.service_quality = 0.0;
    scenarios.push(m);
    let mut t = small(common::TIERS);
    t.simulation.customers = 100;
    t.simulation.days = 30;
    scenarios.push(t);
    for s in &scenarios {
        let r = run(s).expect("runs");
        let v = serde_json::to_value(&r).expect("serialises");
        common::assert_finite(&v, "report");
        let (_, rows) = r.monthly_table();
        assert!(rows.iter().flatten().all(|x| x.is_finite()), "{}", s.name);
    }
}

#[test]
fn progress_is_reported_and_cancel_stops_the_run() {
    let s = small(common::TIERS);
    let mut seen = Vec::new();
    run_with(&s, &mut |p| {
        seen.push(p);
        Control::Continue
    })
    .expect("runs");
    let total = seen[0].total;
    assert_eq!(seen.len() as u32, total);
    assert!(seen.windows(2).all(|w| w[1].done == w[0].done + 1));
    assert_eq!(seen.last().map(|p| p.fraction()), Some(1.0));

    let mut calls = 0;
    let r = run_with(&s, &mut |_| {
        calls += 1;
        if calls == 3 {
            Control::Cancel
        } else {
            Control::Continue
        }
    });
    assert_eq!(r, Err(RunError::Cancelled));
    assert_eq!(calls, 3);
}

/// What follows a scenario (junk, a second scenario) was once ignored by
/// the parser that the command line, the app's upload and links all use.
#[test]
fn text_after_the_scenario_is_refused() {
    let text = Scenario::default().to_json_pretty();
    for extra in ["junk", "{}", "}", " 1", "\n\n// a comment"] {
        let e = parse_scenario(&format!("{text}{extra}")).expect_err(extra);
        assert_eq!(e.len(), 1, "{extra}");
        assert_eq!(e[0].path, "scenario", "{extra}");
        assert!(
            e[0].message
                .starts_with("has more text after the scenario's closing brace"),
            "{}",
            e[0]
        );
    }
    let doubled = format!("{text}{text}");
    assert!(Scenario::from_json(&doubled).is_err());
    assert!(parse_scenario(&format!("{text} \n\t\r\n")).is_ok());
}

#[test]
fn invalid_scenarios_are_refused_with_every_problem() {
    let mut s = Scenario::default();
    s.simulation.customers = 5;
    s.business.gross_margin = 1.5;
    match run(&s) {
        Err(RunError::Invalid(errors)) => {
            let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
            assert_eq!(paths, ["simulation.customers", "business.gross_margin"]);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

/// A part damaged so that it still decodes (here through JSON) is refused
/// by `RunPart::check` and `combine`, with a sentence.
#[test]
fn damaged_parts_fail_their_check_and_do_not_combine() {
    use loyalty_sim::{combine, run_part, Control, RunKind, RunPart};
    let s = common::everything(300, 90);
    let go = &mut |_| Control::Continue;
    let prog = run_part(&s, RunKind::Programme, go).unwrap();
    let base = run_part(&s, RunKind::Baseline, go).unwrap();
    assert_eq!(prog.check(), Ok(()));
    assert_eq!(base.check(), Ok(()));
    let value = serde_json::to_value(&prog).unwrap();
    let damaged = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = value.clone();
        f(&mut v);
        serde_json::from_value::<RunPart>(v).expect("still a part")
    };
    let add = |v: &mut serde_json::Value, x: i64| {
        *v = serde_json::json!(v.as_i64().unwrap() + x);
    };
    let cases: Vec<(&str, RunPart)> = vec![
        (
            "month 1 is not the sum of its days",
            damaged(&|v| {
                let r = &mut v["result"]["months"][0]["revenue"];
                *r = serde_json::json!(r.as_f64().unwrap() + 0.01);
            }),
        ),
        (
            "does not add up on day 5",
            damaged(&|v| add(&mut v["result"]["ledger"]["days"][5]["revenue"], 1)),
        ),
        (
            "not finite or out of its range",
            damaged(&|v| v["result"]["breakage"] = serde_json::json!(1.5)),
        ),
        (
            "number of customers",
            damaged(&|v| add(&mut v["result"]["population"], 1)),
        ),
        (
            "days or months",
            damaged(&|v| {
                v["result"]["months"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "points do not add up in month 2",
            damaged(&|v| add(&mut v["result"]["months"][1]["points_outstanding"], 1)),
        ),
    ];
    for (why, part) in cases {
        let e = part.check().expect_err(why);
        assert!(
            e.starts_with("the run part is damaged: ") && e.contains(why),
            "{why}: {e}"
        );
        assert_eq!(combine(&part, &base), None, "{why}");
    }
    // Programme money in a twin.
    let mut v = serde_json::to_value(&base).unwrap();
    add(&mut v["result"]["ledger"]["days"][10]["fixed"], 100);
    let twin: RunPart = serde_json::from_value(v).unwrap();
    assert!(twin
        .check()
        .unwrap_err()
        .contains("twin has programme money on day 10"));
    assert_eq!(combine(&prog, &twin), None);
}

#[test]
fn runs_simulated_apart_combine_to_the_same_report() {
    use loyalty_sim::{combine, run_part, Control, RunKind};
    let s = common::everything(400, 120);
    let whole = loyalty_sim::run(&s).expect("runs");
    let mut months = Vec::new();
    let prog = run_part(&s, RunKind::Programme, &mut |p| {
        months.push((p.done, p.total));
        Control::Continue
    })
    .expect("programme part");
    let base = run_part(&s, RunKind::Baseline, &mut |_| Control::Continue).expect("twin part");
    assert_eq!(months.last(), Some(&(4, 4)));
    assert_eq!(prog.kind(), RunKind::Programme);
    assert_eq!(combine(&prog, &base).as_ref(), Some(&whole));
    assert_eq!(combine(&base, &prog).as_ref(), Some(&whole));
    // Two parts of the same kind, or of different scenarios, do not combine.
    assert_eq!(combine(&prog, &prog), None);
    let mut other = s.clone();
    other.simulation.seed += 1;
    let other_base = run_part(&other, RunKind::Baseline, &mut |_| Control::Continue).unwrap();
    assert_eq!(combine(&prog, &other_base), None);
    // A part survives a JSON round trip unchanged.
    let text = serde_json::to_string(&base).unwrap();
    let back: loyalty_sim::RunPart = serde_json::from_str(&text).unwrap();
    assert_eq!(back, base);
}

fn with_draw(chance: f64, every: u32, budget: f64) -> Scenario {
    let mut s = Scenario::default();
    s.simulation.customers = 2_000;
    s.simulation.days = 240;
    if let Some(p) = s.programme.as_mut() {
        p.draw = Some(PrizeDraw {
            chance,
            every,
            prize_value: 20.0,
            prize_cost: 12.5,
            monthly_budget: budget,
            members_only: false,
        });
    }
    s
}

#[test]
fn a_draw_nobody_can_win_changes_nothing() {
    let mut none = with_draw(0.0, 1, 0.0);
    let with = loyalty_sim::run(&none).unwrap();
    none.programme.as_mut().unwrap().draw = None;
    assert_eq!(with, loyalty_sim::run(&none).unwrap());
}

#[test]
fn prizes_are_booked_in_the_ledger_within_the_monthly_budget() {
    let s = with_draw(0.2, 2, 300.0);
    let out = run_observed(&s, &mut |_| Control::Continue, &mut ()).unwrap();
    let booked: i64 = out.programme_ledger.days.iter().map(|d| d.prizes).sum();
    assert!(booked > 0, "no prize was won");
    // Whole prizes only, and the twin has none.
    assert_eq!(booked % 1250, 0);
    assert!(out.baseline_ledger.days.iter().all(|d| d.prizes == 0));
    for row in &out.report.monthly {
        let prizes = row.programme.cost.prizes;
        assert!(prizes <= 300.0, "month {}: {prizes}", row.month);
        let parts = {
            let c = &row.programme.cost;
            c.rewards + c.gifts + c.prizes + c.cards + c.members + c.fixed
        };
        assert!((parts - row.programme.programme_cost).abs() < 0.005);
    }
    // Without a budget the same draws give more prizes.
    let free = loyalty_sim::run(&with_draw(0.2, 2, 0.0)).unwrap();
    let total = |r: &Report| {
        r.monthly
            .iter()
            .map(|m| m.programme.cost.prizes)
            .sum::<f64>()
    };
    assert!(total(&free) > total(&out.report));
}

/// Records each purchase's day, customer and prize.
#[derive(Default)]
struct Purchases(Vec<(u32, u32, bool)>);

impl Observer for Purchases {
    fn purchase(&mut self, run: RunKind, e: &PurchaseEvent) {
        if run == RunKind::Programme {
            self.0.push((e.day, e.customer, e.prize));
        }
    }
}

#[test]
fn a_binding_prize_budget_goes_to_the_first_winning_entries_by_day_and_id() {
    // 0.2 chance every 2nd purchase of 2,000 customers: about 400 winning
    // entries a month against a budget of 24 prizes (300 / 12.5).
    let s = with_draw(0.2, 2, 300.0);
    let mut seen = Purchases::default();
    let out = run_observed(&s, &mut |_| Control::Continue, &mut seen).unwrap();
    // Within a day, purchases happen in customer id order.
    for w in seen.0.windows(2) {
        assert!(
            w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1),
            "purchases out of order: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    // The budget binds every full month: exactly 24 prizes, which are the
    // ledger's prize cost.
    for row in &out.report.monthly {
        let (from, to) = (row.first_day, row.first_day + row.days);
        let won: Vec<_> = seen
            .0
            .iter()
            .filter(|p| p.0 >= from && p.0 < to && p.2)
            .collect();
        assert!(won.len() <= 24, "month {}: {} prizes", row.month, won.len());
        if row.days >= 28 {
            assert_eq!(won.len(), 24, "month {}: the budget should bind", row.month);
        }
        assert_eq!(row.programme.cost.prizes, won.len() as f64 * 12.5);
    }
}

#[test]
fn prizes_please_customers_above_the_twin() {
    let r = loyalty_sim::run(&with_draw(0.1, 1, 0.0)).unwrap();
    let lift: f64 = r.monthly[..3]
        .iter()
        .map(|m| m.programme.satisfaction - m.baseline.satisfaction)
        .sum::<f64>();
    let mut plain = with_draw(0.0, 1, 0.0);
    plain.programme.as_mut().unwrap().draw = None;
    let p = loyalty_sim::run(&plain).unwrap();
    let plain_lift: f64 = p.monthly[..3]
        .iter()
        .map(|m| m.programme.satisfaction - m.baseline.satisfaction)
        .sum::<f64>();
    assert!(lift > plain_lift, "{lift} vs {plain_lift}");
}

#[test]
fn a_prize_with_every_purchase_becomes_routine() {
    // A certain prize at every purchase is no surprise for long: the
    // satisfaction lift over the twin fades as expectations catch up.
    let mut s = with_draw(1.0, 1, 0.0);
    s.simulation.days = 365;
    if let Some(p) = s.programme.as_mut() {
        p.points = None;
        p.draw.as_mut().unwrap().prize_value = 6.0;
        p.draw.as_mut().unwrap().prize_cost = 3.0;
    }
    let r = loyalty_sim::run(&s).unwrap();
    let lift = |m: usize| r.monthly[m].programme.satisfaction - r.monthly[m].baseline.satisfaction;
    let peak = (0..3).map(lift).fold(f64::MIN, f64::max);
    assert!(peak > 0.0, "peak lift {peak}");
    assert!(
        lift(11) < 0.7 * peak,
        "month 12 lift {} vs peak {peak}",
        lift(11)
    );
}
