//! The finance view's targeted segments: one row per offer, kind of coupon,
//! VIP terms and club; each row's reached and other customers add up to the
//! waterfall's customer-level total; the rows' costs are the ledger's; the
//! reach is within the members; a programme without targeted segments has
//! no rows.

mod common;

use loyalty_sim::*;

fn cents(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

#[test]
fn segments_reconcile_with_the_totals() {
    for seed in [2024, 1, 2, 3, 4] {
        let mut s = common::everything(600, 360);
        s.simulation.seed = seed;
        let o = common::outcome(&s);
        let f = &o.report.finance;
        let t = o.programme_ledger.total();
        let kinds: Vec<(&str, u32)> = f
            .segments
            .iter()
            .map(|r| (r.kind.as_str(), r.index))
            .collect();
        assert_eq!(
            kinds,
            [
                ("offer", 0),
                ("offer", 1),
                ("coupon", 0),
                ("coupon", 1),
                ("vip", 0),
                ("club", 0)
            ],
            "seed {seed}"
        );
        let customer_level = cents(f.members.total) + cents(f.non_members.total);
        let members = f.members.customers;
        for r in &f.segments {
            assert_eq!(
                cents(r.incremental_gross_profit) + cents(r.rest),
                customer_level,
                "seed {seed}: {} {} reached + rest = the customer-level total",
                r.kind,
                r.index
            );
            assert!(r.reach <= members, "seed {seed}: {} reach", r.kind);
            match r.cost_per_profit {
                Some(c) => {
                    assert!(r.cost > 0.0 && r.incremental_gross_profit > 0.0);
                    assert!((c - r.cost / r.incremental_gross_profit).abs() < 1e-9);
                }
                None => assert!(r.cost <= 0.0 || r.incremental_gross_profit <= 0.0),
            }
        }
        let cost = |k: &str| -> i64 {
            f.segments
                .iter()
                .filter(|r| r.kind == k)
                .map(|r| cents(r.cost))
                .sum()
        };
        assert_eq!(cost("coupon"), t.coupons, "seed {seed}: coupons' sending");
        assert_eq!(cost("vip"), t.vip, "seed {seed}: VIP terms");
        assert_eq!(cost("club"), t.club - t.club_fees, "seed {seed}: club");
        assert_eq!(cost("offer"), 0);
        // The targeted segments reach someone in this scenario.
        assert!(f.segments.iter().all(|r| r.reach > 0), "seed {seed}");
        assert_eq!(f.segments[0].segment, "new days=60");
    }
}

#[test]
fn the_coupons_reached_are_those_sent_one() {
    let o = common::outcome(&common::everything(600, 360));
    let f = &o.report.finance;
    let sent = o.programme_ledger.total().coupons_sent;
    let reached: u64 = f
        .segments
        .iter()
        .filter(|r| r.kind == "coupon")
        .map(|r| r.reach)
        .sum();
    // A member may get several coupons of a kind, never a reach without one.
    assert!(
        reached > 0 && reached <= sent,
        "{reached} reached, {sent} sent"
    );
}

#[test]
fn no_targeted_segment_gives_no_rows() {
    for (name, text) in [
        ("no programme", common::NO_PROGRAMME),
        ("red cube", common::RED_CUBE),
    ] {
        let r = run(&common::load(text)).expect("runs");
        assert!(r.finance.segments.is_empty(), "{name}");
    }
}

#[test]
fn a_vip_example_has_a_vip_row() {
    let o = common::outcome(&common::load(common::VIP_TIER));
    let r = &o.report;
    let vip = r.finance.segments.iter().find(|r| r.kind == "vip");
    let vip = vip.expect("the VIP example has a VIP row");
    assert!(vip.reach > 0);
    assert_eq!(cents(vip.cost), o.programme_ledger.total().vip);
}
