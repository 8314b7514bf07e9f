//! The finance view: the waterfall adds up to the incremental profit to the
//! cent, "none" gives an all-zero waterfall, the points roll-forward
//! balances, cohort shares sum to 1, the deferred revenue is recognised in
//! full once no point is outstanding, and the groups, deciles and tiers add
//! up to their totals.

mod common;

use loyalty_sim::*;

fn cents(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

fn small(text: &str) -> Scenario {
    let mut s = common::load(text);
    s.simulation.customers = 2_000;
    s.simulation.days = 400;
    s
}

/// The customer-level parts of a split in cents, in order.
fn split_cents(x: &Split) -> [i64; 7] {
    [
        cents(x.retention),
        cents(x.frequency),
        cents(x.basket),
        cents(x.acquisition),
        cents(x.subsidy),
        cents(x.discounts_other),
        cents(x.rewards_other),
    ]
}

fn add(a: [i64; 7], b: [i64; 7]) -> [i64; 7] {
    std::array::from_fn(|i| a[i] + b[i])
}

/// The waterfall's sum and its groups' sums, checked against the report.
fn assert_waterfall_adds_up(r: &Report, what: &str) {
    let f = &r.finance;
    let sum: i64 = f.waterfall.iter().map(|p| cents(p.amount)).sum();
    assert_eq!(
        sum,
        cents(r.kpis.incremental_profit),
        "{what}: the waterfall adds up to the incremental profit"
    );
    let names: Vec<&str> = f.waterfall.iter().map(|p| p.part.as_str()).collect();
    assert_eq!(
        &names[..5],
        ["retention", "frequency", "basket", "acquisition", "subsidy"]
    );
    let customer: [i64; 7] = std::array::from_fn(|i| cents(f.waterfall[i].amount));
    assert_eq!(
        add(split_cents(&f.members), split_cents(&f.non_members)),
        customer,
        "{what}: members and non-members add up to the waterfall"
    );
    let deciles = f
        .deciles
        .iter()
        .fold([0; 7], |acc, d| add(acc, split_cents(d)));
    assert_eq!(deciles, customer, "{what}: the deciles add up");
    let n: u64 = f.deciles.iter().map(|d| d.customers).sum();
    assert_eq!(n, f.members.customers + f.non_members.customers, "{what}");
    for x in f.deciles.iter().chain([&f.members, &f.non_members]) {
        assert_eq!(
            split_cents(x).iter().sum::<i64>(),
            cents(x.total),
            "{what}: a group's total"
        );
    }
}

#[test]
fn the_waterfall_adds_up_to_the_incremental_profit_for_every_example() {
    for (name, text) in common::ALL {
        let r = run(&common::load(text)).expect("runs");
        assert_waterfall_adds_up(&r, name);
    }
    let r = run(&common::everything(300, 240)).expect("runs");
    assert_waterfall_adds_up(&r, "everything");
    // Every part the everything scenario has is there.
    assert!(r.finance.waterfall.len() >= 8 + LedgerDay::COSTS.len() - 1);
}

#[test]
fn no_programme_gives_an_all_zero_waterfall() {
    let r = run(&small(common::NO_PROGRAMME)).expect("runs");
    let f = &r.finance;
    assert!(!f.waterfall.is_empty());
    for p in &f.waterfall {
        assert_eq!(p.amount, 0.0, "{}", p.part);
    }
    for d in f.deciles.iter().chain([&f.members, &f.non_members]) {
        assert_eq!(split_cents(d), [0; 7], "decile {}", d.decile);
        assert_eq!(d.sales, d.baseline_sales);
    }
    assert_eq!(f.deciles.last().map(|d| d.customers), Some(0));
    assert_eq!(f.members.customers, 0);
    assert!(f.tiers.is_empty() && f.warnings.is_empty());
}

#[test]
fn a_programme_shows_its_sources() {
    let r = run(&common::load(common::RED_CUBE)).expect("runs");
    let part = |n: &str| {
        r.finance
            .waterfall
            .iter()
            .find(|p| p.part == n)
            .map(|p| p.amount)
            .unwrap_or_else(|| panic!("{n}"))
    };
    // Points on purchases the twin also made are a subsidy; rewards cost money.
    assert!(part("subsidy") < 0.0);
    assert!(part("rewards_other") <= 0.0);
    assert!(r.finance.waterfall.iter().all(|p| p.part != "cost_rewards"));
    // Deciles run from the lowest twin spend to the highest.
    let d = &r.finance.deciles;
    assert_eq!(d.len(), 11);
    assert!(d[0].baseline_sales < d[9].baseline_sales);
}

#[test]
fn the_points_roll_forward_balances_every_month() {
    for text in [common::RED_CUBE, common::TERMINATED, common::DEVALUATION] {
        let r = run(&small(text)).expect("runs");
        let rows = &r.finance.points_rollforward;
        assert_eq!(rows.len(), r.monthly.len());
        let mut opening = 0;
        for (row, m) in rows.iter().zip(&r.monthly) {
            assert_eq!(row.opening, opening, "month {}", row.month);
            assert_eq!(
                row.opening + row.issued - row.redeemed - row.expired,
                row.closing,
                "{}: month {} balances in points",
                r.scenario,
                row.month
            );
            assert_eq!(row.closing, m.programme.points_outstanding);
            assert_eq!(
                cents(row.opening_value) + cents(row.issued_value)
                    - cents(row.redeemed_value)
                    - cents(row.expired_value)
                    + cents(row.revaluation),
                cents(row.closing_value),
                "month {} balances in money",
                row.month
            );
            // The point's value did not change: the revaluation is rounding only.
            assert!(cents(row.revaluation).abs() <= 2, "month {}", row.month);
            assert_eq!(row.liability, m.programme.liability);
            opening = row.closing;
        }
        assert!(rows.iter().map(|x| x.issued).sum::<u64>() > 0);
    }
}

#[test]
fn a_devaluation_revalues_the_opening_balance() {
    let mut s = small(common::DEVALUATION);
    for e in &mut s.events {
        if let Event::RuleChange {
            point_value_factor, ..
        } = e
        {
            *point_value_factor = 0.5;
        }
    }
    let r = run(&s).expect("runs");
    let rows = &r.finance.points_rollforward;
    let cut: Vec<_> = rows.iter().filter(|x| x.revaluation < -1.0).collect();
    assert_eq!(cut.len(), 1, "one month is revalued");
    let x = cut[0];
    // Half the opening balance's value, give or take the cent.
    assert!((x.revaluation + 0.5 * x.opening_value).abs() < 0.05);
}

#[test]
fn cohort_shares_sum_to_one_and_match_the_balance() {
    let r = run(&small(common::RED_CUBE)).expect("runs");
    let f = &r.finance;
    assert!(!f.cohorts.is_empty());
    let months = r.monthly.len();
    let mut outstanding = 0.0;
    for c in &f.cohorts {
        assert_eq!(c.redeemed.len(), months + 1 - c.month as usize);
        for age in 0..c.redeemed.len() {
            let s = c.redeemed[age] + c.expired[age] + c.outstanding[age];
            assert!((s - 1.0).abs() < 1e-12, "cohort {} age {age}: {s}", c.month);
            if age > 0 {
                assert!(c.redeemed[age] >= c.redeemed[age - 1]);
            }
        }
        outstanding += c.outstanding.last().copied().unwrap_or(0.0) * c.issued as f64;
    }
    let last = r
        .monthly
        .last()
        .map_or(0, |m| m.programme.points_outstanding);
    assert!((outstanding - last as f64).abs() < 1e-3 * last.max(1) as f64);
}

#[test]
fn deferred_revenue_is_recognised_in_full_once_no_point_is_outstanding() {
    // The programme ends after a year and writes every point off.
    let r = run(&small(common::TERMINATED)).expect("runs");
    let rows = &r.finance.deferred_revenue;
    let last = rows.last().expect("months");
    assert_eq!(r.kpis.points_outstanding, 0);
    let deferred: i64 = rows.iter().map(|x| cents(x.deferred)).sum();
    let recognised: i64 = rows.iter().map(|x| cents(x.recognised)).sum();
    assert!(deferred > 0, "revenue was deferred");
    assert_eq!(deferred, recognised);
    assert_eq!(last.closing, 0.0);
    for x in rows {
        assert_eq!(
            cents(x.opening) + cents(x.deferred) - cents(x.recognised),
            cents(x.closing),
            "month {}",
            x.month
        );
    }
    // While points are outstanding, part of it stays deferred.
    let r = run(&small(common::RED_CUBE)).expect("runs");
    let last = r.finance.deferred_revenue.last().expect("months");
    assert!(r.kpis.points_outstanding > 0 && last.closing > 0.0);
}

#[test]
fn cost_per_point_and_effective_rebate() {
    let r = run(&small(common::RED_CUBE)).expect("runs");
    let p = &r.finance.points;
    assert!(p.cost_per_point_redeemed > 0.0 && p.cost_per_point_issued > 0.0);
    assert!(p.cost_per_point_issued <= p.cost_per_point_redeemed + 1e-9);
    assert!(p.effective_rebate > 0.0 && p.effective_rebate < 0.5);
    assert_eq!(
        cents(p.rewards),
        cents(r.monthly.iter().map(|m| m.programme.cost.rewards).sum())
    );
}

#[test]
fn tiers_add_up_to_the_members() {
    let r = run(&small(common::TIERS)).expect("runs");
    let f = &r.finance;
    let levels = r.finance.tiers.len();
    assert!(levels >= 2, "the tiers and the members without one");
    let members: u64 = f.tiers.iter().map(|t| t.members).sum();
    assert_eq!(members, f.members.customers);
    let revenue: i64 = f.tiers.iter().map(|t| cents(t.revenue)).sum();
    assert_eq!(
        revenue,
        cents(f.points.members_sales) - cents(f.points.members_discounts)
    );
    let at_end: u64 = f.tiers.iter().map(|t| t.members_at_end).sum();
    assert_eq!(at_end, r.kpis.members);
    let promotions: u32 = f.tiers.iter().flat_map(|t| t.promotions.iter()).sum();
    assert!(promotions > 0);
    assert!(f
        .tiers
        .iter()
        .all(|t| t.promotions.len() == r.monthly.len()));
    assert!(f.tiers[0].benefit_cost == 0.0 && f.tiers[1].benefit_cost > 0.0);
}

#[test]
fn a_top_tier_that_costs_more_than_it_brings_is_flagged() {
    let mut s = small(common::TIERS);
    let tiers = s
        .programme
        .as_mut()
        .and_then(|p| p.tiers.as_mut())
        .expect("tiers");
    let top = tiers.levels.last_mut().expect("a level");
    top.discount = 0.5;
    let r = run(&s).expect("runs");
    assert!(
        r.finance
            .warnings
            .iter()
            .any(|w| w.contains("costs more than it brings")),
        "{:?}",
        r.finance.warnings
    );
    let r = run(&small(common::TIERS)).expect("runs");
    let top = r.finance.tiers.last().expect("a tier");
    assert_eq!(
        r.finance.warnings.is_empty(),
        top.benefit_cost <= top.extra_margin
    );
}
