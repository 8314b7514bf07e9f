//! The limits that keep a validated run finite: money that could overflow the
//! ledger (or the cents of the report) is refused before the run, and the
//! ledger's sums saturate instead of wrapping.

mod common;

use loyalty_sim::*;

fn allowed_max(e: &FieldError) -> f64 {
    common::allowed_max(e).unwrap_or_else(|| panic!("no allowed range in {e}"))
}

fn refused_at(s: &Scenario, path: &str) -> FieldError {
    let errors = validate(s).expect_err("refused");
    errors
        .into_iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("no error at {path}"))
}

/// A scenario whose money figures are as large as the report can carry.
fn set_cost(s: &mut Scenario, path: &str, v: f64) {
    let p = s.programme.as_mut().expect("a programme");
    match path {
        "programme.costs.card" => p.costs.card = v,
        "programme.costs.member_monthly" => p.costs.member_monthly = v,
        "programme.costs.monthly_operating" => p.costs.monthly_operating = v,
        _ => unreachable!("{path}"),
    }
}

#[test]
fn money_that_could_overflow_the_ledger_is_refused_with_the_allowed_range() {
    for path in [
        "programme.costs.card",
        "programme.costs.member_monthly",
        "programme.costs.monthly_operating",
    ] {
        let mut s = Scenario::default();
        set_cost(&mut s, path, 1e12);
        let e = refused_at(&s, path);
        assert!(e.message.starts_with("must be between 0 and "), "{e}");
        let max = allowed_max(&e);
        assert!(max > 0.0 && max < 1e12, "{e}");
        // The allowed maximum is allowed, and a little more is not.
        set_cost(&mut s, path, max);
        assert_eq!(validate(&s), Ok(()), "{path} = {max}");
        set_cost(&mut s, path, max * 1.01);
        assert!(validate(&s).is_err(), "{path} = {}", max * 1.01);
    }
    // The sales themselves: daily shoppers with huge baskets over ten years.
    let mut s = Scenario::default();
    s.simulation.days = 3_650;
    s.simulation.customers = 1_000_000;
    s.customers.occasions_per_year = 365.0;
    s.business.mean_basket = 1e6;
    let e = refused_at(&s, "business.mean_basket");
    assert!(allowed_max(&e) < 1e6, "{e}");
}

#[test]
fn the_largest_allowed_costs_run_and_add_up_to_the_cent() {
    // Before the bound, a card cost of 1e12 overflowed the i64 ledger: a
    // panic in this (debug) build, a silent wrap in release.
    for path in ["programme.costs.card", "programme.costs.member_monthly"] {
        let mut s = Scenario::default();
        s.simulation.customers = 2_000;
        s.simulation.days = 365;
        set_cost(&mut s, path, 1e12);
        let max = allowed_max(&refused_at(&s, path));
        set_cost(&mut s, path, max);
        let o = common::outcome(&s);
        let k = &o.report.kpis;
        let tp = o.programme_ledger.total();
        let cur = |c: i64| c as f64 / 100.0;
        assert!(
            k.programme_cost > 1e8,
            "{path}: large costs ({})",
            k.programme_cost
        );
        assert!(k.programme_cost <= MONEY_LIMIT);
        for (d, day) in o.programme_ledger.days.iter().enumerate() {
            common::assert_day_adds_up(day, &format!("{path} day {d}"));
        }
        assert_eq!(k.profit, cur(tp.profit()), "{path}");
        assert_eq!(k.programme_cost, cur(tp.programme_cost()), "{path}");
        // Exact to the cent: the currency units give back the cents.
        assert_eq!((k.profit * 100.0).round() as i64, tp.profit(), "{path}");
        let lhs = k.gross_profit + k.programme_income - k.programme_cost;
        assert!(
            (lhs - k.profit).abs() < 0.005,
            "{path}: {lhs} vs {}",
            k.profit
        );
        let monthly: f64 = o
            .report
            .monthly
            .iter()
            .map(|m| m.programme.programme_cost)
            .sum();
        assert!((monthly - k.programme_cost).abs() < 0.005 * o.report.monthly.len() as f64);
        assert!(k.payback_day.is_none(), "{path}: such costs never pay back");
        assert!(k.npv < 0.0 && k.incremental_profit < 0.0, "{path}");
    }
}

#[test]
fn ledger_sums_saturate_instead_of_wrapping() {
    let big = LedgerDay {
        gross_sales: i64::MAX / 2 + 1,
        revenue: i64::MAX / 2 + 1,
        fixed: i64::MAX / 2 + 1,
        points_issued: u64::MAX / 2 + 1,
        ..LedgerDay::default()
    };
    let ledger = Ledger { days: vec![big; 3] };
    let t = ledger.total();
    assert_eq!(t.gross_sales, i64::MAX);
    assert_eq!(t.fixed, i64::MAX);
    assert_eq!(t.points_issued, u64::MAX);
    assert_eq!(t.programme_cost(), i64::MAX);
    assert_eq!(t.profit(), 0, "revenue and cost both saturated");
}

/// Word of mouth at its validated maximum once multiplied arrivals about
/// 4x a month without end (at 3,650 days, about 1.2e9 customers); new
/// customers now come from the market's people who are not yet customers.
#[test]
fn runaway_word_of_mouth_stays_within_the_market() {
    let mut s = Scenario::default();
    s.simulation.customers = 100;
    s.simulation.days = 365;
    s.market.promoter_tells = 100.0;
    s.market.referral_conversion = 1.0;
    assert_eq!(validate(&s), Ok(()));
    assert_eq!(market_size(&s), 100 * MARKET_MULTIPLE);
    let r = run(&s).expect("runs");
    let arrived: u64 = r.monthly.iter().map(|m| m.programme.new_customers).sum();
    assert!(
        r.simulated_customers <= market_size(&s),
        "{} customers in a market of {}",
        r.simulated_customers,
        market_size(&s)
    );
    assert_eq!(arrived + 100, r.simulated_customers as u64);
    // The market is used up: the last months bring (almost) nobody.
    let last = r.monthly.last().map_or(0, |m| m.programme.new_customers);
    assert!(last < 100, "still {last} arrivals in the last month");
    // A smaller market: fewer still.
    s.market.market_size = Some(500);
    let r = run(&s).expect("runs");
    assert!(r.simulated_customers <= 500, "{}", r.simulated_customers);
}

#[test]
fn a_market_beyond_the_population_limit_is_refused() {
    let mut s = Scenario::default();
    for (m, ok) in [
        (MAX_POPULATION + 1, false),
        (MAX_POPULATION, true),
        (s.simulation.customers - 1, false),
        (s.simulation.customers, true),
    ] {
        s.market.market_size = Some(m);
        match validate(&s) {
            Ok(()) => assert!(ok, "{m} is allowed"),
            Err(e) => {
                assert!(!ok, "{m} is refused: {e:?}");
                assert_eq!(e[0].path, "market.market_size");
                assert!(
                    e[0].message.starts_with(&format!(
                        "must be a whole number of people between {} (simulation.customers) and {MAX_POPULATION}",
                        s.simulation.customers
                    )),
                    "{}",
                    e[0]
                );
            }
        }
    }
    // Left out, the market is 100 times the customers, within the limit.
    assert_eq!(default_market_size(1_000_000), MAX_POPULATION);
    assert_eq!(default_market_size(100), 10_000);
    let text = Scenario::default().to_json_pretty();
    assert!(
        !text.contains("market_size"),
        "an unset market size is left out"
    );
}

/// Rule changes multiply the point's value one after the other, so two
/// tenfold changes make a point worth a hundred times as much.
#[test]
fn stacked_rule_changes_count_in_the_money_bound() {
    let with = |n: usize| {
        let mut s = Scenario::default();
        s.simulation.days = 3_650;
        let pt = s.programme.as_mut().unwrap().points.as_mut().unwrap();
        pt.earn_rate = 0.00005;
        pt.point_value = 1e4;
        s.events = (0..n)
            .map(|i| Event::RuleChange {
                day: 100 + i as u32,
                point_value_factor: 10.0,
                threshold_factor: 1.0,
            })
            .collect();
        s
    };
    assert_eq!(validate(&with(1)), Ok(()));
    let errors = validate(&with(2)).expect_err("two tenfold changes are too much");
    assert!(
        errors.len() == 1 && errors[0].message.contains("could book"),
        "{errors:?}"
    );
}
