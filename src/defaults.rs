//! What the editor puts in when a mechanic is switched on, a row is added or
//! a kind is chosen: sensible starting values a user then adjusts.
//!
//! Pure data (no UI), so tests build the same scenarios the editor does.

use loyalty_sim::{
    BankCard, BonusPoints, Club, Coalition, Coupon, Discount, Event, GiftCards, Offer,
    ProfitSharing, Referral, Scenario, Segment, Settle, TierLevel, Tiers, Vip,
};

/// The segment of a kind as scenario files name it (`"top_spenders"`), with
/// its parameter's starting value; unknown kinds are `Everyone`.
pub fn segment(kind: &str) -> Segment {
    match kind {
        "top_spenders" => Segment::TopSpenders { share: 0.2 },
        "new" => Segment::New { days: 90 },
        "lapsing" => Segment::Lapsing { days: 60 },
        "tier" => Segment::Tier { min: 1 },
        "birthday" => Segment::Birthday,
        _ => Segment::Everyone,
    }
}

/// The kind of a segment as scenario files name it.
pub fn segment_kind(s: &Segment) -> &'static str {
    match s {
        Segment::Everyone => "everyone",
        Segment::TopSpenders { .. } => "top_spenders",
        Segment::New { .. } => "new",
        Segment::Lapsing { .. } => "lapsing",
        Segment::Tier { .. } => "tier",
        Segment::Birthday => "birthday",
    }
}

/// The segment a limited discount starts with: the Pareto 20 %.
pub fn discount_for() -> Segment {
    segment("top_spenders")
}

/// A targeted offer: 2 % more off for the top 20 % of spenders.
pub fn offer() -> Offer {
    Offer {
        segment: segment("top_spenders"),
        extra_discount: 0.02,
        points_multiplier: 1.0,
    }
}

/// VIP terms for the top 20 % of spenders.
pub fn vip() -> Vip {
    Vip {
        segment: segment("top_spenders"),
        service_boost: 0.1,
        monthly_cost: 3.0,
    }
}

/// A free club open to every member, with four events a year.
pub fn club() -> Club {
    Club {
        segment: Segment::Everyone,
        annual_fee: 0.0,
        join_propensity: 0.05,
        events_per_year: 4,
        event_cost: 2_000.0,
        member_monthly_cost: 0.5,
        referral_boost: 1.0,
    }
}

/// A gift worth 3 (costing 2) with every purchase in the first 90 days.
pub fn gift() -> loyalty_sim::Gift {
    loyalty_sim::Gift {
        value: 3.0,
        cost: 2.0,
        start_day: 0,
        end_day: 89,
    }
}

/// A 2 % chance of a prize worth 50 (costing 30) with every purchase.
pub fn draw() -> loyalty_sim::PrizeDraw {
    loyalty_sim::PrizeDraw {
        chance: 0.02,
        every: 1,
        prize_value: 50.0,
        prize_cost: 30.0,
        monthly_budget: 0.0,
        members_only: false,
    }
}

/// A coalition of five partners.
pub fn coalition() -> Coalition {
    Coalition {
        partners: 5,
        partner_points_per_year: 10.0,
        issue_fee: 0.9,
        burn_here: 0.5,
        settlement: 0.85,
        partner_referrals: 0.05,
    }
}

/// A bank card with 1 % cash back, half of it paid by the bank.
pub fn bank_card() -> BankCard {
    BankCard {
        uptake: 0.25,
        cashback_rate: 0.01,
        bank_share: 0.5,
    }
}

/// A monthly win-back coupon for members who have not bought for 60 days.
pub fn coupon() -> Coupon {
    Coupon {
        segment: segment("lapsing"),
        value: 5.0,
        valid_days: 30,
        send_cost: 0.5,
        every_months: 1,
    }
}

/// A new cost line: administration, monthly, fixed, 100.
pub fn cost_line() -> loyalty_sim::CostLine {
    loyalty_sim::CostLine {
        item: loyalty_sim::CostItem::Administration,
        timing: loyalty_sim::CostTiming::Monthly,
        basis: loyalty_sim::CostBasis::Fixed,
        amount: 100.0,
    }
}

/// Gift cards with 2 % of purchases.
pub fn gift_cards() -> GiftCards {
    GiftCards {
        purchase_share: 0.02,
        value: 25.0,
        redeemed_share: 0.85,
        mean_days_to_redeem: 60,
    }
}

/// A tenth of the gross profit returned to every member once a year.
pub fn profit_sharing() -> ProfitSharing {
    ProfitSharing {
        segment: Segment::Everyone,
        share: 0.1,
        payout_months: 12,
    }
}

/// A referral bonus: with points, 20 points to the member and 10 welcome
/// points to the newcomer; without, a reward worth 10 that costs 8.
pub fn referral(with_points: bool) -> Referral {
    if with_points {
        Referral {
            points: 20,
            reward: 0.0,
            reward_cost: 0.0,
            welcome_points: 10,
        }
    } else {
        Referral {
            points: 0,
            reward: 10.0,
            reward_cost: 8.0,
            welcome_points: 0,
        }
    }
}

/// Bonus points worth 2 % back, valid for 30 days.
pub fn bonus() -> BonusPoints {
    BonusPoints {
        earn_rate: 0.02,
        valid_days: 30,
    }
}

/// Silver, gold and platinum.
pub fn tiers() -> Tiers {
    let level = |name: &str, spend: f64, discount: f64, boost: f64| TierLevel {
        name: name.to_string(),
        qualifying_spend: spend,
        discount,
        points_multiplier: 1.0,
        service_boost: boost,
    };
    Tiers {
        window_months: 12,
        levels: vec![
            level("silver", 400.0, 0.02, 0.02),
            level("gold", 1000.0, 0.04, 0.05),
            level("platinum", 2500.0, 0.07, 0.1),
        ],
    }
}

/// An event of a kind (as `Event::kind` names it) on `day`, with its starting
/// values; unknown kinds are a campaign.
pub fn event(kind: &str, day: u32) -> Event {
    match kind {
        "launch" => Event::Launch { day },
        "end" => Event::End {
            day,
            settle: Settle::PayOut,
        },
        "rule_change" => Event::RuleChange {
            day,
            point_value_factor: 0.5,
            threshold_factor: 1.0,
        },
        "competitor_programme" => Event::CompetitorProgramme { day, value: 0.05 },
        "competitor_price_cut" => Event::CompetitorPriceCut { day, cut: 0.05 },
        "deregulation" => Event::Deregulation {
            day,
            alternatives: 3,
            competitor_quality: 0.65,
        },
        "service_failure" => Event::ServiceFailure {
            day,
            days: 14,
            severity: 0.2,
        },
        _ => Event::Campaign {
            day,
            days: 30,
            multiplier: 1.5,
        },
    }
}

/// The event "Add event" appends: a 30-day campaign at 1.5 from day 90 when
/// the scenario has points, otherwise a competitor's 5 % price cut (day 90,
/// or the middle of a shorter horizon).
pub fn new_event(s: &Scenario) -> Event {
    let day = 90.min(s.simulation.days / 2);
    let has_points = s.programme.as_ref().is_some_and(|p| p.points.is_some());
    event(
        if has_points {
            "campaign"
        } else {
            "competitor_price_cut"
        },
        day,
    )
}

/// Moves an event to another day.
pub fn set_day(e: &mut Event, d: u32) {
    *e.day_mut() = d;
}

/// Switches every programme mechanic on with the editor's starting values
/// (a programme with points and tiers first, if missing), as a user would by
/// ticking every switch and adding one row to each table. Used by tests.
pub fn every_mechanic(s: &mut Scenario) {
    let p = s
        .programme
        .get_or_insert_with(|| Scenario::default().programme.unwrap_or_default());
    if p.points.is_none() {
        p.points = Scenario::default().programme.and_then(|d| d.points);
    }
    if let Some(pt) = p.points.as_mut() {
        pt.bonus = Some(bonus());
        pt.endowed = 5;
    }
    if p.tiers.is_none() {
        p.tiers = Some(tiers());
    }
    if p.discount.is_none() {
        p.discount = Some(Discount::Flat { rate: 0.05 });
    }
    if p.gift.is_none() {
        p.gift = Some(gift());
    }
    if p.draw.is_none() {
        p.draw = Some(draw());
    }
    p.discount_for = Some(discount_for());
    p.points_for = Some(discount_for());
    p.gift_for = Some(Segment::New { days: 90 });
    p.draw_for = Some(Segment::Everyone);
    p.offers = vec![offer()];
    p.vip = Some(vip());
    p.club = Some(club());
    p.coalition = Some(coalition());
    p.bank_card = Some(bank_card());
    p.coupons = vec![coupon()];
    p.gift_cards = Some(gift_cards());
    p.profit_sharing = Some(profit_sharing());
    // Points and a reward, so that both are booked.
    p.referral = Some(Referral {
        reward: 5.0,
        reward_cost: 4.0,
        ..referral(true)
    });
}

/// One event of every kind with its starting values, spread over the
/// horizon (valid when `market.alternatives` is 0, for the deregulation).
pub fn every_event(days: u32) -> Vec<Event> {
    let kinds = [
        "launch",
        "rule_change",
        "campaign",
        "competitor_programme",
        "competitor_price_cut",
        "deregulation",
        "service_failure",
        "end",
    ];
    let n = kinds.len() as u32;
    kinds
        .iter()
        .enumerate()
        .map(|(i, k)| event(k, (i as u32) * days.saturating_sub(1) / n))
        .collect()
}
