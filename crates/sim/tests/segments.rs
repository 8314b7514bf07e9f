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
            let (all, before) = (r.cost + r.benefits, r.incremental_gross_profit + r.benefits);
            match r.cost_per_profit {
                Some(c) => {
                    assert!(all > 0.0 && before > 0.0);
                    assert!((c - all / before).abs() < 1e-9, "seed {seed}: {}", r.kind);
                }
                None => assert!(all <= 0.0 || before <= 0.0),
            }
            if r.kind != "offer" {
                assert_eq!(r.benefits, 0.0, "seed {seed}: {}", r.kind);
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
        // Both offers gave something (the first a discount and points, the
        // second points), within the ledger's discounts and the points' value.
        for r in f.segments.iter().filter(|r| r.kind == "offer") {
            assert!(
                r.benefits > 0.0,
                "seed {seed}: offer {} gave {}",
                r.index,
                r.benefits
            );
            assert!(r.cost_per_profit.is_some() || r.incremental_gross_profit + r.benefits <= 0.0);
        }
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

/// An offer's own extra discount, when it is the programme's only discount
/// and reaches every member, is the ledger's discounts to the cent; with a
/// points multiplier of 1 it gives no points, with 2 it gives some.
#[test]
fn an_offer_to_everyone_gave_the_ledgers_discounts() {
    for seed in [1, 2, 3, 4, 5] {
        let mut s = common::load(common::RED_CUBE);
        s.simulation.seed = seed;
        s.simulation.customers = 400;
        let p = s.programme.as_mut().expect("a programme");
        p.discount = None;
        p.offers = vec![Offer {
            segment: Segment::Everyone,
            extra_discount: 0.04,
            points_multiplier: 1.0,
        }];
        let o = common::outcome(&s);
        let offer = &o.report.finance.segments[0];
        let discounts = o.programme_ledger.total().discounts;
        assert!(discounts > 0, "seed {seed}");
        assert_eq!(cents(offer.benefits), discounts, "seed {seed}");
        assert_eq!(offer.cost, 0.0);

        let p = s.programme.as_mut().expect("a programme");
        p.offers[0].extra_discount = 0.0;
        p.offers[0].points_multiplier = 2.0;
        let o = common::outcome(&s);
        let offer = &o.report.finance.segments[0];
        assert_eq!(o.programme_ledger.total().discounts, 0, "seed {seed}");
        assert!(
            offer.benefits > 0.0,
            "seed {seed}: the doubled points are worth something"
        );
        let ratio = offer.cost_per_profit;
        let before = offer.incremental_gross_profit + offer.benefits;
        assert_eq!(ratio.is_some(), before > 0.0, "seed {seed}");
    }
}
