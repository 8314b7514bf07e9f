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

/// A scenario with every mechanic, every segment kind and every event kind
/// switched on, small enough for a golden file: a monopoly that launches a
/// programme in its first days, is deregulated after a quarter of the
/// horizon and ends the programme after eleven twelfths of it.
pub fn everything(customers: u32, days: u32) -> Scenario {
    let mut s = load(TIERS);
    s.name = "Everything at once (golden)".into();
    s.simulation.customers = customers;
    s.simulation.days = days;
    s.simulation.seed = 2024;
    s.market.alternatives = 0;
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
        endowed: 5,
        bonus: Some(BonusPoints {
            earn_rate: 0.02,
            valid_days: 30,
        }),
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
    // Every segment kind is used by some mechanic.
    p.discount_for = Some(Segment::Everyone);
    p.points_for = Some(Segment::Everyone);
    p.gift_for = Some(Segment::New { days: 90 });
    p.draw_for = Some(Segment::Everyone);
    p.offers.push(Offer {
        segment: Segment::New { days: 60 },
        extra_discount: 0.05,
        points_multiplier: 2.0,
    });
    p.offers.push(Offer {
        segment: Segment::Tier { min: 1 },
        extra_discount: 0.0,
        points_multiplier: 1.5,
    });
    p.vip = Some(Vip {
        segment: Segment::TopSpenders { share: 0.1 },
        service_boost: 0.1,
        monthly_cost: 3.0,
    });
    p.club = Some(Club {
        segment: Segment::Everyone,
        annual_fee: 24.0,
        join_propensity: 0.2,
        events_per_year: 6,
        event_cost: 100.0,
        member_monthly_cost: 0.5,
        referral_boost: 1.0,
    });
    p.coalition = Some(Coalition {
        partners: 4,
        partner_points_per_year: 10.0,
        issue_fee: 0.9,
        burn_here: 0.5,
        settlement: 0.85,
        partner_referrals: 0.05,
    });
    p.bank_card = Some(BankCard {
        uptake: 0.3,
        cashback_rate: 0.01,
        bank_share: 0.5,
    });
    p.coupons.push(Coupon {
        segment: Segment::Lapsing { days: 30 },
        value: 5.0,
        valid_days: 30,
        send_cost: 0.5,
        every_months: 1,
    });
    p.coupons.push(Coupon {
        segment: Segment::Birthday,
        value: 3.0,
        valid_days: 30,
        send_cost: 0.2,
        every_months: 1,
    });
    p.gift_cards = Some(GiftCards {
        purchase_share: 0.03,
        value: 25.0,
        redeemed_share: 0.8,
        mean_days_to_redeem: 30,
    });
    p.profit_sharing = Some(ProfitSharing {
        segment: Segment::TopSpenders { share: 0.2 },
        share: 0.1,
        payout_months: 3,
    });
    p.referral = Some(Referral {
        points: 20,
        reward: 5.0,
        reward_cost: 4.0,
        welcome_points: 10,
    });
    // Every event kind, in order of day.
    s.events = vec![
        Event::Launch { day: days / 48 },
        Event::Campaign {
            day: days / 8,
            days: 20,
            multiplier: 1.5,
        },
        Event::Deregulation {
            day: days / 4,
            alternatives: 3,
            competitor_quality: 0.6,
        },
        Event::ServiceFailure {
            day: days * 3 / 8,
            days: 10,
            severity: 0.2,
        },
        Event::CompetitorPriceCut {
            day: days * 9 / 20,
            cut: 0.05,
        },
        Event::RuleChange {
            day: days * 11 / 20,
            point_value_factor: 0.8,
            threshold_factor: 1.5,
        },
        Event::CompetitorProgramme {
            day: days * 13 / 20,
            value: 0.05,
        },
        Event::End {
            day: days * 11 / 12,
            settle: Settle::WriteOff,
        },
    ];
    s
}

/// The report without what only describes the design and the timeline
/// (the targeted segments' rows, the goal's levers, the window of the
/// competitor's move): what a mechanic or event at zero strength must
/// leave unchanged.
#[allow(dead_code)]
pub fn outcome_only(mut r: Report) -> Report {
    r.finance.segments.clear();
    r.finance.goal.acquisition_levers.clear();
    r.finance.goal.retention_levers.clear();
    r.finance.goal.mixed = false;
    r.finance.goal.competitor_day = None;
    r.finance.goal.kept_through_competitor = None;
    r
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
                path.ends_with(".roi")
                    || path.ends_with(".payback_day")
                    || path.ends_with(".cost_per_profit")
                    || [
                        "finance.goal.goal",
                        "finance.goal.competitor_day",
                        "finance.goal.kept_through_competitor",
                        "finance.goal.cost_per_customer_brought",
                    ]
                    .iter()
                    .any(|p| path.ends_with(p)),
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
        + day.profit_sharing
        + day.referrals;
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
        + c.profit_sharing
        + c.referrals;
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

/// The allowed maximum a money message names (`between 0 and X`), if it is one.
pub fn allowed_max(e: &FieldError) -> Option<f64> {
    if !e.message.contains("could book") {
        return None;
    }
    let rest = e.message.split(" and ").nth(1)?;
    let number: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
        .collect();
    number.parse().ok()
}

/// Lowers the money inputs the money bound refuses to the largest values
/// it allows, one at a time (the largest booker first), so a scenario of
/// extremes keeps every other extreme. Panics on any other problem.
pub fn fit_money(s: &mut Scenario) {
    for _ in 0..64 {
        let Err(errors) = validate(s) else {
            return;
        };
        let [e] = errors.as_slice() else {
            panic!("not only a money problem: {errors:?}");
        };
        let max = allowed_max(e).unwrap_or_else(|| panic!("not a money problem: {e}"));
        let mut v = serde_json::to_value(&*s).expect("serialises");
        let pointer = format!("/{}", e.path.replace(['.', '['], "/").replace(']', ""));
        let field = v
            .pointer_mut(&pointer)
            .unwrap_or_else(|| panic!("no field at {pointer}"));
        *field = if field.is_u64() {
            serde_json::json!(max.floor() as u64)
        } else {
            serde_json::json!(max)
        };
        *s = serde_json::from_value(v).expect("still a scenario");
    }
    panic!("the money bound did not settle");
}
