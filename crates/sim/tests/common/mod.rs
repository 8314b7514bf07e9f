//! Shared helpers for the integration tests.
#![allow(dead_code)]

use loyalty_sim::*;

/// The example scenarios, embedded so the tests also run under wasm32.
pub const NO_PROGRAMME: &str = include_str!("../../../../scenarios/no-programme.json");
pub const FLAT_DISCOUNT: &str = include_str!("../../../../scenarios/flat-discount.json");
pub const RED_CUBE: &str = include_str!("../../../../scenarios/red-cube-bonus.json");
pub const TIERS: &str = include_str!("../../../../scenarios/tiers.json");
pub const COALITION: &str = include_str!("../../../../scenarios/coalition.json");
pub const VIP_TIER: &str = include_str!("../../../../scenarios/vip-tier.json");
pub const UTILITY: &str = include_str!("../../../../scenarios/deregulated-utility.json");
pub const TERMINATED: &str = include_str!("../../../../scenarios/terminated-programme.json");
pub const DEVALUATION: &str = include_str!("../../../../scenarios/devaluation.json");

/// Every example scenario with its file name.
pub const ALL: [(&str, &str); 9] = [
    ("no-programme", NO_PROGRAMME),
    ("flat-discount", FLAT_DISCOUNT),
    ("red-cube-bonus", RED_CUBE),
    ("tiers", TIERS),
    ("coalition", COALITION),
    ("vip-tier", VIP_TIER),
    ("deregulated-utility", UTILITY),
    ("terminated-programme", TERMINATED),
    ("devaluation", DEVALUATION),
];

/// Parses and validates an embedded scenario.
pub fn load(text: &str) -> Scenario {
    match parse_scenario(text) {
        Ok(s) => s,
        Err(e) => panic!("example scenario invalid: {e:?}"),
    }
}

/// A scenario with every mechanic switched on, small enough for a golden file.
pub fn everything(customers: u32, days: u32) -> Scenario {
    let mut s = load(TIERS);
    s.name = "Everything at once (golden)".into();
    s.simulation.customers = customers;
    s.simulation.days = days;
    s.simulation.seed = 2024;
    let p = s.programme.as_mut().expect("tiers has a programme");
    p.discount = Some(Discount::Progressive {
        steps: vec![
            DiscountStep {
                from_spend: 0.0,
                rate: 0.01,
            },
            DiscountStep {
                from_spend: 500.0,
                rate: 0.03,
            },
        ],
    });
    p.points = Some(Points {
        earn_rate: 0.05,
        point_value: 1.0,
        redemption_threshold: 25,
        redemption: Redemption::Automatic,
        reward_cost_ratio: 0.8,
        expiry_months: 3,
        campaigns: vec![Campaign {
            start_day: 20,
            end_day: 40,
            multiplier: 1.5,
        }],
        endowed: 0,
        bonus: None,
    });
    p.gift = Some(Gift {
        value: 2.0,
        cost: 1.0,
        start_day: 10,
        end_day: 60,
    });
    p.draw = Some(PrizeDraw {
        chance: 0.05,
        every: 2,
        prize_value: 25.0,
        prize_cost: 15.0,
        monthly_budget: 200.0,
        members_only: true,
    });
    s
}

/// Runs and returns the outcome with both ledgers.
pub fn outcome(s: &Scenario) -> Outcome {
    match run_observed(s, &mut |_| Control::Continue, &mut ()) {
        Ok(o) => o,
        Err(e) => panic!("run failed: {e}"),
    }
}

/// Fails if any number in a JSON value (a serialised report) is not finite.
pub fn assert_finite(v: &serde_json::Value, path: &str) {
    match v {
        serde_json::Value::Number(n) => {
            let x = n.as_f64().expect("numbers are f64-representable");
            assert!(x.is_finite(), "{path} = {x}");
        }
        // serde_json writes NaN and infinity as null: only optional KPIs may be null.
        serde_json::Value::Null => {
            assert!(
                path.ends_with(".roi") || path.ends_with(".payback_day"),
                "{path} is null"
            );
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                assert_finite(x, &format!("{path}[{i}]"));
            }
        }
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                assert_finite(x, &format!("{path}.{k}"));
            }
        }
        _ => {}
    }
}

/// One ledger day's identities, every component spelled out:
/// `revenue = gross_sales - discounts` and `profit = revenue + income -
/// cost_of_goods - costs`, with nothing negative that cannot be.
pub fn assert_day_adds_up(day: &LedgerDay, what: &str) {
    assert_eq!(day.revenue, day.gross_sales - day.discounts, "{what}");
    assert!(
        day.revenue >= 0 && day.cost_of_goods >= 0 && day.programme_cost() >= 0,
        "{what}"
    );
    let income = day.club_fees + day.settlements + day.bank + day.gift_card_sales;
    let costs = day.rewards
        + day.gifts
        + day.prizes
        + day.cards
        + day.members
        + day.fixed
        + day.vip
        + day.club
        + day.coalition
        + day.cashback
        + day.coupons
        + day.gift_cards
        + day.profit_sharing;
    assert_eq!(
        day.profit(),
        day.revenue + income - day.cost_of_goods - costs,
        "{what}"
    );
}

/// One month's report row adds up: the cost and income components make
/// their totals, and gross profit + income - cost = profit (to the cent).
pub fn assert_month_adds_up(p: &MonthStats, what: &str) {
    let c = &p.cost;
    let costs = c.rewards
        + c.gifts
        + c.prizes
        + c.cards
        + c.members
        + c.fixed
        + c.vip
        + c.club
        + c.coalition
        + c.cashback
        + c.coupons
        + c.gift_cards
        + c.profit_sharing;
    assert!((costs - p.programme_cost).abs() < 0.005, "{what}: costs");
    let i = &p.income;
    let income = i.club_fees + i.settlements + i.bank + i.gift_card_sales;
    assert!(
        (income - p.programme_income).abs() < 0.005,
        "{what}: income"
    );
    assert!(
        (p.gross_profit + p.programme_income - p.programme_cost - p.profit).abs() < 0.005,
        "{what}: profit"
    );
}
