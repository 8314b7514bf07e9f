//! The programme against its goal (`finance.goal`): "none" measures zero,
//! a referral bonus brings customers and a tier programme prevents churn
//! (medians of 5 seeds), the customers kept through a competitor's move
//! are the monthly rows' difference, the levers say when a design pulls in
//! different directions, and the goal field reads, writes and refuses by
//! field.

mod common;

use loyalty_sim::*;

fn median(mut v: Vec<i64>) -> i64 {
    v.sort_unstable();
    v[v.len() / 2]
}

fn small(mut s: Scenario, seed: u64) -> Scenario {
    s.simulation.customers = 2_000;
    s.simulation.days = 540;
    s.simulation.seed = seed;
    s
}

const SEEDS: [u64; 5] = [1, 2, 3, 4, 5];

#[test]
fn no_programme_measures_nothing() {
    let r = run(&common::load(common::NO_PROGRAMME)).unwrap();
    assert_eq!(r.finance.goal, GoalView::default());
}

#[test]
fn a_referral_bonus_brings_customers_at_a_cost_each() {
    let mut brought = Vec::new();
    for seed in SEEDS {
        let mut s = small(Scenario::default(), seed);
        let p = s.programme.as_mut().unwrap();
        p.referral = Some(Referral {
            points: 50,
            reward: 10.0,
            reward_cost: 8.0,
            welcome_points: 20,
        });
        p.goal = Some(Goal::Acquisition);
        let g = run(&s).unwrap().finance.goal;
        assert_eq!(g.goal, Some(Goal::Acquisition));
        assert!(g.acquisition_levers.contains(&"referral".to_string()));
        if g.customers_brought > 0 {
            let each = g.cost_per_customer_brought.unwrap();
            assert!((each * g.customers_brought as f64 - g.net_programme_cost).abs() < 1e-6);
        } else {
            assert_eq!(g.cost_per_customer_brought, None);
        }
        brought.push(g.customers_brought);
    }
    assert!(
        median(brought.clone()) > 0,
        "customers brought: {brought:?}"
    );
}

#[test]
fn a_tier_programme_prevents_churn() {
    let mut prevented = Vec::new();
    for seed in SEEDS {
        let mut s = small(common::load(common::TIERS), seed);
        s.programme.as_mut().unwrap().goal = Some(Goal::Retention);
        let r = run(&s).unwrap();
        let g = &r.finance.goal;
        assert_eq!(g.retention, r.finance.waterfall[0].amount);
        assert!(g.retention_levers.contains(&"tiers".to_string()));
        prevented.push(g.churn_prevented);
    }
    assert!(
        median(prevented.clone()) > 0,
        "churn prevented: {prevented:?}"
    );
}

#[test]
fn customers_kept_through_a_competitors_move_are_the_months_difference() {
    for seed in SEEDS {
        let mut s = small(Scenario::default(), seed);
        s.events
            .push(Event::CompetitorPriceCut { day: 200, cut: 0.1 });
        s.events.push(Event::CompetitorProgramme {
            day: 300,
            value: 0.05,
        });
        s.programme.as_mut().unwrap().goal = Some(Goal::Defensive);
        let r = run(&s).unwrap();
        let g = &r.finance.goal;
        assert_eq!(g.competitor_day, Some(200));
        let m = &r.monthly;
        let before = (200 * m.len() / 540).saturating_sub(1);
        let last = m.len() - 1;
        let drop = |p: bool| {
            let a = |i: usize| {
                if p {
                    m[i].programme.active
                } else {
                    m[i].baseline.active
                }
            } as i64;
            a(before) - a(last)
        };
        assert_eq!(g.kept_through_competitor, Some(drop(false) - drop(true)));
    }
    // Without a competitor event there is nothing to keep through.
    let r = run(&small(Scenario::default(), 1)).unwrap();
    assert_eq!(r.finance.goal.competitor_day, None);
    assert_eq!(r.finance.goal.kept_through_competitor, None);
}

#[test]
fn a_design_that_aims_both_ways_is_mixed() {
    let mut s = common::load(common::TIERS);
    let g = run(&small(s.clone(), 1)).unwrap().finance.goal;
    assert!(!g.mixed && g.acquisition_levers.is_empty(), "{g:?}");
    s.programme.as_mut().unwrap().referral = Some(Referral {
        points: 0,
        reward: 10.0,
        reward_cost: 8.0,
        welcome_points: 0,
    });
    let g = run(&small(s, 1)).unwrap().finance.goal;
    assert!(g.mixed, "{g:?}");
    assert_eq!(g.acquisition_levers, ["referral"]);
}

#[test]
fn the_goal_reads_writes_and_is_refused_by_field() {
    let mut s = Scenario::default();
    assert!(!s.to_json_pretty().contains("\"goal\""));
    s.programme.as_mut().unwrap().goal = Some(Goal::Defensive);
    let text = s.to_json_pretty();
    assert!(text.contains("\"goal\": \"defensive\""));
    assert_eq!(parse_scenario(&text).unwrap(), s);
    let bad = text.replace("\"defensive\"", "\"world_peace\"");
    let e = parse_scenario(&bad).unwrap_err();
    assert!(e.iter().any(|e| e.path == "programme.goal"), "{e:?}");
}
