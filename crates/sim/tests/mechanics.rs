//! Issue-4 mechanics and events: each one's cost is in the ledger, each one
//! at zero strength changes nothing, and the behaviour tests of the issue
//! (fixed seeds; direction and rough size).

mod common;

use loyalty_sim::*;
use std::collections::HashMap;

fn base(customers: u32, days: u32) -> Scenario {
    let mut s = Scenario::default();
    s.simulation.customers = customers;
    s.simulation.days = days;
    s
}

fn prog(s: &mut Scenario) -> &mut Programme {
    s.programme
        .as_mut()
        .expect("the default scenario has a programme")
}

fn outcome(s: &Scenario) -> Outcome {
    run_observed(s, &mut |_| Control::Continue, &mut ()).expect("valid scenario runs")
}

/// Every mechanic and event at a strength that does nothing: the report is
/// bit-identical to the scenario without it.
#[test]
fn every_mechanic_at_zero_strength_changes_nothing() {
    let plain = base(1_500, 300);
    let want = run(&plain).unwrap();
    type Change = fn(&mut Scenario);
    let cases: [(&str, Change); 18] = [
        ("discount for everyone", |s| {
            prog(s).discount = Some(Discount::Flat { rate: 0.0 });
            prog(s).discount_for = Some(Segment::Everyone);
        }),
        ("empty offer", |s| {
            prog(s).offers.push(Offer {
                segment: Segment::TopSpenders { share: 0.2 },
                extra_discount: 0.0,
                points_multiplier: 1.0,
            })
        }),
        ("VIP without terms", |s| {
            prog(s).vip = Some(Vip {
                segment: Segment::TopSpenders { share: 0.2 },
                service_boost: 0.0,
                monthly_cost: 0.0,
            })
        }),
        ("club nobody joins", |s| {
            prog(s).club = Some(Club {
                segment: Segment::Everyone,
                annual_fee: 0.0,
                join_propensity: 0.0,
                events_per_year: 4,
                event_cost: 0.0,
                member_monthly_cost: 0.0,
                referral_boost: 1.0,
            })
        }),
        ("coalition without partners' points", |s| {
            prog(s).coalition = Some(Coalition {
                partners: 3,
                partner_points_per_year: 0.0,
                issue_fee: 0.0,
                burn_here: 1.0,
                settlement: 0.0,
                partner_referrals: 0.0,
            })
        }),
        ("bank card nobody takes", |s| {
            prog(s).bank_card = Some(BankCard {
                uptake: 0.0,
                cashback_rate: 0.02,
                bank_share: 0.5,
            })
        }),
        ("coupon never sent", |s| {
            prog(s).coupons.push(Coupon {
                segment: Segment::Lapsing { days: 60 },
                value: 5.0,
                valid_days: 30,
                send_cost: 0.5,
                every_months: 120,
            })
        }),
        ("gift cards nobody buys", |s| {
            prog(s).gift_cards = Some(GiftCards {
                purchase_share: 0.0,
                value: 25.0,
                redeemed_share: 0.8,
                mean_days_to_redeem: 60,
            })
        }),
        ("profit sharing of nothing", |s| {
            prog(s).profit_sharing = Some(ProfitSharing {
                segment: Segment::Everyone,
                share: 0.0,
                payout_months: 12,
            })
        }),
        ("no bonus points", |s| {
            prog(s).points.as_mut().unwrap().bonus = Some(BonusPoints {
                earn_rate: 0.0,
                valid_days: 30,
            })
        }),
        ("launch on day 0", |s| {
            s.events.push(Event::Launch { day: 0 })
        }),
        ("rules unchanged", |s| {
            s.events.push(Event::RuleChange {
                day: 100,
                point_value_factor: 1.0,
                threshold_factor: 1.0,
            })
        }),
        ("campaign of x1", |s| {
            s.events.push(Event::Campaign {
                day: 50,
                days: 30,
                multiplier: 1.0,
            })
        }),
        ("competitor programme worth nothing", |s| {
            s.events.push(Event::CompetitorProgramme {
                day: 50,
                value: 0.0,
            })
        }),
        ("price cut of 0", |s| {
            s.events
                .push(Event::CompetitorPriceCut { day: 50, cut: 0.0 })
        }),
        ("harmless service failure", |s| {
            s.events.push(Event::ServiceFailure {
                day: 50,
                days: 10,
                severity: 0.0,
            })
        }),
        ("endowed 0", |s| {
            prog(s).points.as_mut().unwrap().endowed = 0
        }),
        ("points for every member", |s| {
            prog(s).points_for = Some(Segment::Everyone)
        }),
    ];
    for (name, change) in cases {
        let mut s = plain.clone();
        change(&mut s);
        let mut got = run(&s).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        got.events.clear();
        assert!(
            common::outcome_only(got) == common::outcome_only(want.clone()),
            "{name}: the report changed"
        );
    }
}

/// A scenario with every mechanic on (and a campaign and a rule change).
fn everything_on() -> Scenario {
    let mut s = base(2_000, 400);
    let p = prog(&mut s);
    p.discount = Some(Discount::Flat { rate: 0.02 });
    p.discount_for = Some(Segment::TopSpenders { share: 0.3 });
    p.offers.push(Offer {
        segment: Segment::New { days: 90 },
        extra_discount: 0.05,
        points_multiplier: 2.0,
    });
    p.vip = Some(Vip {
        segment: Segment::TopSpenders { share: 0.1 },
        service_boost: 0.1,
        monthly_cost: 3.0,
    });
    p.club = Some(Club {
        segment: Segment::Everyone,
        annual_fee: 24.0,
        join_propensity: 0.1,
        events_per_year: 4,
        event_cost: 500.0,
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
        segment: Segment::Lapsing { days: 45 },
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
        purchase_share: 0.02,
        value: 25.0,
        redeemed_share: 0.8,
        mean_days_to_redeem: 40,
    });
    p.profit_sharing = Some(ProfitSharing {
        segment: Segment::TopSpenders { share: 0.2 },
        share: 0.1,
        payout_months: 6,
    });
    p.referral = Some(Referral {
        points: 10,
        reward: 5.0,
        reward_cost: 4.0,
        welcome_points: 5,
    });
    let pt = p.points.as_mut().unwrap();
    pt.endowed = 5;
    pt.bonus = Some(BonusPoints {
        earn_rate: 0.02,
        valid_days: 30,
    });
    s.events.push(Event::Campaign {
        day: 60,
        days: 30,
        multiplier: 1.5,
    });
    s.events.push(Event::RuleChange {
        day: 200,
        point_value_factor: 0.8,
        threshold_factor: 1.5,
    });
    s.events.push(Event::ServiceFailure {
        day: 250,
        days: 14,
        severity: 0.2,
    });
    s
}

#[test]
fn every_mechanic_books_its_money_in_the_ledger_and_it_adds_up() {
    let s = everything_on();
    let o = outcome(&s);
    let t = o.programme_ledger.total();
    for (name, v) in [
        ("vip", t.vip),
        ("club", t.club),
        ("coalition", t.coalition),
        ("cashback", t.cashback),
        ("coupons", t.coupons),
        ("gift_cards", t.gift_cards),
        ("profit_sharing", t.profit_sharing),
        ("club_fees", t.club_fees),
        ("settlements", t.settlements),
        ("bank", t.bank),
        ("gift_card_sales", t.gift_card_sales),
        ("rewards", t.rewards),
        ("referrals", t.referrals),
    ] {
        assert!(v > 0, "{name} is not in the ledger");
    }
    assert!(t.partner_points > 0 && t.points_redeemed_at_partners > 0);
    assert!(t.coupons_sent > 0 && t.coupons_redeemed > 0);
    assert!(t.coupons_redeemed <= t.coupons_sent);
    // The bank pays its share of the cash back, no more.
    assert!(t.bank <= t.cashback);
    // Gift cards: the goods handed over never exceed the cards sold.
    assert!(t.gift_cards < t.gift_card_sales);
    // The twin has none of it.
    let b = o.baseline_ledger.total();
    assert_eq!(b.programme_cost(), 0);
    assert_eq!(b.programme_income(), 0);
    assert_eq!(b.points_issued, 0);
    // Per day: every identity.
    for (d, day) in o.programme_ledger.days.iter().enumerate() {
        common::assert_day_adds_up(day, &format!("day {d}"));
        assert!(day.partner_points <= day.points_issued);
        assert!(day.points_redeemed_at_partners <= day.points_redeemed);
    }
    // Points: issued = redeemed + expired + outstanding, bonus and partner points included.
    let k = &o.report.kpis;
    assert_eq!(
        k.points_issued,
        k.points_redeemed + k.points_expired + k.points_outstanding
    );
    // The report is the ledger, component by component.
    let cur = |c: i64| c as f64 / 100.0;
    assert_eq!(k.programme_income, cur(t.programme_income()));
    assert_eq!(k.profit, cur(t.profit()));
    for m in &o.report.monthly {
        common::assert_month_adds_up(&m.programme, &format!("month {}", m.month));
    }
    // The run is the same when split in two parts and combined.
    let a = run_part(&s, RunKind::Programme, &mut |_| Control::Continue).unwrap();
    let b = run_part(&s, RunKind::Baseline, &mut |_| Control::Continue).unwrap();
    assert_eq!(combine(&a, &b).unwrap(), o.report);
}

#[test]
fn events_are_listed_in_the_report_for_the_charts() {
    let r = run(&everything_on()).unwrap();
    let kinds: Vec<(u32, &str)> = r.events.iter().map(|e| (e.day, e.kind.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (60, "campaign"),
            (200, "rule_change"),
            (250, "service_failure")
        ]
    );
}

/// Termination: the dip below the never-launched twin, and the liability
/// paid or written off as configured.
#[test]
fn ending_a_programme_dips_below_the_twin_and_settles_the_liability() {
    let mut s = base(4_000, 730);
    s.events.push(Event::End {
        day: 365,
        settle: Settle::WriteOff,
    });
    let o = outcome(&s);
    let r = &o.report;
    let end_month = r
        .monthly
        .iter()
        .position(|m| m.first_day + m.days > 365)
        .unwrap();
    let before = &r.monthly[end_month - 1].programme;
    assert!(
        before.points_outstanding > 0,
        "members held points before the end"
    );
    // Some months after the end: NPS and retention below the twin.
    let after = &r.monthly[end_month + 1..end_month + 5];
    for m in after {
        assert!(
            m.programme.nps < m.baseline.nps - 5.0,
            "month {}: NPS {} vs twin {}",
            m.month,
            m.programme.nps,
            m.baseline.nps
        );
    }
    let lower_retention = after
        .iter()
        .filter(|m| m.programme.retention_rate < m.baseline.retention_rate)
        .count();
    assert!(
        lower_retention >= 3,
        "retention below the twin in {lower_retention} of 4 months"
    );
    assert!(r.monthly[end_month + 6].programme.active < r.monthly[end_month + 6].baseline.active);
    // Written off: the points expire on the last day; nothing is left or owed.
    let end_day = &o.programme_ledger.days[365];
    assert!(end_day.points_expired >= before.points_outstanding / 2);
    assert_eq!(r.kpis.points_outstanding, 0);
    assert_eq!(r.kpis.liability, 0.0);
    assert_eq!(r.kpis.members, 0);
    // After the end no programme cost is booked.
    assert!(o.programme_ledger.days[400..]
        .iter()
        .all(|d| d.programme_cost() == 0));

    // Paid out instead: the same points are redeemed at their cost on that day.
    s.events[0] = Event::End {
        day: 365,
        settle: Settle::PayOut,
    };
    let paid = outcome(&s);
    let day = &paid.programme_ledger.days[365];
    assert_eq!(day.points_expired, 0);
    assert!(day.points_redeemed >= end_day.points_expired);
    assert!(day.rewards as f64 >= 0.99 * end_day.points_expired as f64 * 100.0);
    // Paying out angers less than writing off.
    let nps = |o: &Outcome| o.report.monthly[end_month + 1].programme.nps;
    assert!(nps(&paid) > nps(&o), "{} vs {}", nps(&paid), nps(&o));
}

/// Devaluation: a higher redemption threshold lowers NPS and raises lapsing.
#[test]
fn raising_the_threshold_lowers_nps_and_raises_lapsing() {
    let plain = base(4_000, 730);
    let mut s = plain.clone();
    s.events.push(Event::RuleChange {
        day: 365,
        point_value_factor: 1.0,
        threshold_factor: 2.0,
    });
    let a = run(&plain).unwrap();
    let b = run(&s).unwrap();
    assert!(
        b.kpis.nps < a.kpis.nps - 3.0,
        "NPS {} vs {}",
        b.kpis.nps,
        a.kpis.nps
    );
    assert!(b.kpis.active_customers < a.kpis.active_customers);
    assert!(b.kpis.retention_rate < a.kpis.retention_rate);
    // Before the change the two runs are the same.
    assert_eq!(a.monthly[..12], b.monthly[..12]);
}

/// Coalition: more earning opportunities, faster accumulation, more members.
#[test]
fn a_coalition_accumulates_points_faster_and_enrols_more() {
    let plain = base(4_000, 365);
    let mut s = plain.clone();
    prog(&mut s).coalition = Some(Coalition {
        partners: 5,
        partner_points_per_year: 10.0,
        issue_fee: 0.9,
        burn_here: 0.5,
        settlement: 0.85,
        partner_referrals: 0.0,
    });
    let a = run(&plain).unwrap();
    let b = run(&s).unwrap();
    let per_member = |r: &Report| {
        let months = &r.monthly;
        let issued: u64 = months.iter().map(|m| m.programme.points_issued).sum();
        let member_months: u64 = months.iter().map(|m| m.programme.members).sum();
        issued as f64 / member_months as f64
    };
    assert!(
        per_member(&b) > 1.5 * per_member(&a),
        "points per member-month {} vs {}",
        per_member(&b),
        per_member(&a)
    );
    assert!(
        b.kpis.members as f64 > 1.1 * a.kpis.members as f64,
        "members {} vs {}",
        b.kpis.members,
        a.kpis.members
    );
}

/// Targeting (default data plus a 5 % discount): limited to the top 20 %
/// by spend, each unit of extra gross profit costs less than when everyone
/// gets it.
#[test]
fn a_discount_for_the_top_20_percent_costs_less_per_unit_of_profit() {
    let mut everyone = base(10_000, 730);
    prog(&mut everyone).discount = Some(Discount::Flat { rate: 0.05 });
    let mut top = everyone.clone();
    prog(&mut top).discount_for = Some(Segment::TopSpenders { share: 0.2 });
    let efficiency = |s: &Scenario| {
        let k = run(s).unwrap().kpis;
        let spent = k.programme_cost + k.discounts;
        // Spend per unit of extra gross profit it brought (before its own cost).
        (
            spent / (k.incremental_profit + spent),
            spent,
            k.roi.unwrap(),
        )
    };
    let (e_all, spent_all, roi_all) = efficiency(&everyone);
    let (e_top, spent_top, roi_top) = efficiency(&top);
    assert!(
        e_top < e_all,
        "cost per unit: top 20 % {e_top:.3} vs everyone {e_all:.3}"
    );
    assert!(roi_top > roi_all, "ROI {roi_top:.3} vs {roi_all:.3}");
    assert!(spent_top < 0.8 * spent_all);
}

/// Who is in the monopoly at its end, who leaves after deregulation.
#[derive(Default)]
struct Dereg {
    at: HashMap<u32, (bool, f64, f64)>,
    later: HashMap<u32, bool>,
}

impl Observer for Dereg {
    fn wants_snapshots(&self) -> bool {
        true
    }
    fn snapshot(&mut self, run: RunKind, month: u32, c: &CustomerSnapshot) {
        if run == RunKind::Baseline {
            if month == 11 {
                self.at
                    .insert(c.id, (c.active, c.resentment, c.satisfaction));
            }
            if month == 17 {
                self.later.insert(c.id, c.active);
            }
        }
    }
}

struct DeregStats {
    stay: f64,
    resentment_dissatisfied: f64,
    resentment_satisfied: f64,
    /// Share of the most resentful quarter who left, and of the rest.
    leave_resentful: f64,
    leave_rest: f64,
    /// Mean resentment of those who left and of those who stayed.
    resentment_leavers: f64,
    resentment_stayers: f64,
}

fn mean(v: impl Iterator<Item = f64>) -> f64 {
    let (s, n) = v.fold((0.0, 0), |(s, n), x| (s + x, n + 1));
    s / n as f64
}

fn deregulation(quality: f64) -> DeregStats {
    let mut s = common::load(common::UTILITY);
    s.simulation.customers = 3_000;
    s.business.service_quality = quality;
    let mut o = Dereg::default();
    run_observed(&s, &mut |_| Control::Continue, &mut o).unwrap();
    // (resentment, satisfaction, stayed) of those active when the monopoly ended.
    let mut v: Vec<(f64, f64, bool)> =
        o.at.iter()
            .filter(|(_, a)| a.0)
            .map(|(id, &(_, r, sat))| (r, sat, o.later.get(id).copied().unwrap_or(false)))
            .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let n = v.len();
    let left =
        |part: &[(f64, f64, bool)]| part.iter().filter(|x| !x.2).count() as f64 / part.len() as f64;
    DeregStats {
        stay: v.iter().filter(|x| x.2).count() as f64 / n as f64,
        resentment_dissatisfied: mean(v.iter().filter(|x| x.1 < 0.0).map(|x| x.0)),
        resentment_satisfied: mean(v.iter().filter(|x| x.1 >= 0.0).map(|x| x.0)),
        leave_resentful: left(&v[3 * n / 4..]),
        leave_rest: left(&v[..3 * n / 4]),
        resentment_leavers: mean(v.iter().filter(|x| !x.2).map(|x| x.0)),
        resentment_stayers: mean(v.iter().filter(|x| x.2).map(|x| x.0)),
    }
}

/// Forced commitment: resentment builds among the dissatisfied in a
/// monopoly; at deregulation most stay, the resentful leave far more often
/// than the rest, and a firm that satisfied its customers keeps more.
/// (Measured on the twin, which has no programme.)
#[test]
fn deregulation_releases_the_resentful_and_keeps_the_satisfied() {
    let poor = deregulation(0.65);
    let good = deregulation(0.75);
    for st in [&poor, &good] {
        assert!(
            st.resentment_dissatisfied > 1.5 * st.resentment_satisfied,
            "resentment {} vs {}",
            st.resentment_dissatisfied,
            st.resentment_satisfied
        );
        assert!(st.stay > 0.5, "stayed: {}", st.stay);
        assert!(
            st.leave_resentful > 1.5 * st.leave_rest,
            "most resentful quarter left {} vs the rest {}",
            st.leave_resentful,
            st.leave_rest
        );
        assert!(
            st.resentment_leavers > 1.15 * st.resentment_stayers,
            "resentment of leavers {} vs stayers {}",
            st.resentment_leavers,
            st.resentment_stayers
        );
    }
    assert!(
        good.stay > poor.stay + 0.05,
        "{} vs {}",
        good.stay,
        poor.stay
    );
}

/// Every new parameter at the edge of its allowed range: the run finishes
/// (no overflow, no panic), every number is finite and the money adds up.
#[test]
fn every_mechanic_at_its_extremes_runs_and_stays_finite() {
    let mut s = everything_on();
    s.simulation.customers = 300;
    s.simulation.days = 400;
    let p = prog(&mut s);
    p.offers[0].extra_discount = 0.5;
    p.offers[0].points_multiplier = 10.0;
    p.offers.push(Offer {
        segment: Segment::TopSpenders { share: 0.001 },
        extra_discount: 0.5,
        points_multiplier: 10.0,
    });
    p.vip.as_mut().unwrap().service_boost = 0.5;
    p.vip.as_mut().unwrap().monthly_cost = 1e6;
    let cl = p.club.as_mut().unwrap();
    cl.annual_fee = 1e6;
    cl.join_propensity = 1.0;
    cl.events_per_year = 12;
    cl.referral_boost = 10.0;
    let co = p.coalition.as_mut().unwrap();
    co.partners = 100;
    co.partner_points_per_year = 1e6;
    co.issue_fee = 1e4;
    co.settlement = 1e4;
    co.burn_here = 1.0;
    co.partner_referrals = 2.0;
    p.bank_card = Some(BankCard {
        uptake: 1.0,
        cashback_rate: 0.2,
        bank_share: 1.0,
    });
    p.coupons[0].value = 1e6;
    p.gift_cards = Some(GiftCards {
        purchase_share: 1.0,
        value: 1e6,
        redeemed_share: 1.0,
        mean_days_to_redeem: 1,
    });
    p.profit_sharing.as_mut().unwrap().share = 1.0;
    let pt = p.points.as_mut().unwrap();
    pt.earn_rate = 0.5;
    pt.endowed = 1_000_000;
    pt.bonus = Some(BonusPoints {
        earn_rate: 10.0,
        valid_days: 3_650,
    });
    s.events = vec![
        Event::Launch { day: 10 },
        Event::Campaign {
            day: 20,
            days: 3_650,
            multiplier: 10.0,
        },
        Event::RuleChange {
            day: 100,
            point_value_factor: 0.01,
            threshold_factor: 100.0,
        },
        Event::CompetitorProgramme { day: 0, value: 0.5 },
        Event::CompetitorPriceCut { day: 0, cut: 0.5 },
        Event::CompetitorPriceCut { day: 1, cut: 0.5 },
        Event::ServiceFailure {
            day: 0,
            days: 3_650,
            severity: 1.0,
        },
        Event::End {
            day: 399,
            settle: Settle::PayOut,
        },
    ];
    // The money inputs at the most the money bound allows with all the rest.
    common::fit_money(&mut s);
    validate(&s).expect("the extremes are allowed");
    let o = outcome(&s);
    common::assert_finite(&serde_json::to_value(&o.report).unwrap(), "report");
    let k = &o.report.kpis;
    assert_eq!(
        k.points_issued,
        k.points_redeemed + k.points_expired + k.points_outstanding
    );
    let t = o.programme_ledger.total();
    assert_eq!(k.profit, t.profit() as f64 / 100.0);
    // A monopoly deregulated at the horizon's last day.
    let mut m = base(300, 60);
    m.market.alternatives = 0;
    m.events = vec![Event::Deregulation {
        day: 59,
        alternatives: 50,
        competitor_quality: 1.0,
    }];
    common::assert_finite(&serde_json::to_value(run(&m).unwrap()).unwrap(), "report");
}

/// Points, the gift and the prize draw limited to a segment reach fewer
/// customers, and cost less, than the same benefits for everyone.
#[test]
fn benefits_limited_to_a_segment_cost_less() {
    let mut all = base(3_000, 365);
    let p = prog(&mut all);
    p.gift = Some(Gift {
        value: 4.0,
        cost: 2.0,
        start_day: 0,
        end_day: 364,
    });
    p.draw = Some(PrizeDraw {
        chance: 0.05,
        every: 1,
        prize_value: 20.0,
        prize_cost: 10.0,
        monthly_budget: 0.0,
        members_only: false,
    });
    let mut top = all.clone();
    let p = prog(&mut top);
    p.points_for = Some(Segment::TopSpenders { share: 0.2 });
    p.gift_for = Some(Segment::TopSpenders { share: 0.2 });
    p.draw_for = Some(Segment::TopSpenders { share: 0.2 });
    let a = outcome(&all).programme_ledger.total();
    let b = outcome(&top).programme_ledger.total();
    assert!(b.points_issued > 0 && b.gifts > 0 && b.prizes > 0);
    // The top fifth buy most (Pareto), so the saving is smaller than four fifths.
    let less = |x: u64, y: u64| (x as f64) < 0.9 * y as f64;
    assert!(
        less(b.points_issued, a.points_issued),
        "points {} vs {}",
        b.points_issued,
        a.points_issued
    );
    assert!(
        less(b.gifts as u64, a.gifts as u64),
        "gifts {} vs {}",
        b.gifts,
        a.gifts
    );
    assert!(
        less(b.prizes as u64, a.prizes as u64),
        "prizes {} vs {}",
        b.prizes,
        a.prizes
    );
}
