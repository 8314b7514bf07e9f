//! Validation of a [`Scenario`]: every problem, each with the field it belongs to.
//!
//! Invariant: a scenario that passes [`validate`] can be simulated without a
//! panic, a NaN or an infinity. The engine relies on these bounds.

use crate::scenario::*;
use std::fmt;

/// One problem with a scenario: the field's dotted path and a sentence a user understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `programme.points.earn_rate`.
    pub path: String,
    /// What is wrong and what is allowed.
    pub message: String,
}

impl FieldError {
    /// Creates an error for `path`.
    pub fn new(path: &str, message: impl Into<String>) -> Self {
        FieldError {
            path: path.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for FieldError {}

/// Bounds of the population size.
pub const CUSTOMERS_RANGE: (u32, u32) = (100, 1_000_000);
/// Bounds of the horizon in days.
pub const DAYS_RANGE: (u32, u32) = (30, 3_650);

struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    fn range(&mut self, path: &str, v: f64, lo: f64, hi: f64, what: &str) {
        if !v.is_finite() || v < lo || v > hi {
            self.errors.push(FieldError::new(
                path,
                format!("must be {what} between {lo} and {hi} (got {v})"),
            ));
        }
    }
    fn range_u(&mut self, path: &str, v: u64, lo: u64, hi: u64, what: &str) {
        if v < lo || v > hi {
            self.errors.push(FieldError::new(
                path,
                format!("must be {what} between {lo} and {hi} (got {v})"),
            ));
        }
    }
    fn fail(&mut self, path: &str, msg: impl Into<String>) {
        self.errors.push(FieldError::new(path, msg));
    }
}

/// Checks ranges and consistency. Returns every problem found, in field order.
pub fn validate(s: &Scenario) -> Result<(), Vec<FieldError>> {
    let mut c = Check { errors: Vec::new() };
    let sim = &s.simulation;
    c.range_u(
        "simulation.customers",
        sim.customers as u64,
        CUSTOMERS_RANGE.0 as u64,
        CUSTOMERS_RANGE.1 as u64,
        "a whole number of customers",
    );
    c.range_u(
        "simulation.days",
        sim.days as u64,
        DAYS_RANGE.0 as u64,
        DAYS_RANGE.1 as u64,
        "a whole number of days",
    );

    let b = &s.business;
    c.range(
        "business.mean_basket",
        b.mean_basket,
        0.01,
        1e6,
        "an amount",
    );
    c.range(
        "business.gross_margin",
        b.gross_margin,
        0.0,
        0.95,
        "a share",
    );
    c.range(
        "business.service_quality",
        b.service_quality,
        0.0,
        1.0,
        "a quality",
    );
    c.range(
        "business.price_index",
        b.price_index,
        0.2,
        5.0,
        "a price ratio",
    );
    c.range(
        "business.annual_discount_rate",
        b.annual_discount_rate,
        0.0,
        1.0,
        "a yearly rate",
    );

    let cu = &s.customers;
    c.range(
        "customers.occasions_per_year",
        cu.occasions_per_year,
        0.5,
        365.0,
        "a yearly count",
    );
    c.range(
        "customers.rate_shape",
        cu.rate_shape,
        0.1,
        20.0,
        "a Gamma shape",
    );
    c.range(
        "customers.basket_spread",
        cu.basket_spread,
        0.0,
        2.0,
        "a log standard deviation",
    );
    c.range(
        "customers.trip_spread",
        cu.trip_spread,
        0.0,
        2.0,
        "a log standard deviation",
    );
    c.range(
        "customers.price_sensitivity",
        cu.price_sensitivity,
        0.0,
        5.0,
        "a sensitivity",
    );
    c.range(
        "customers.reward_appetite",
        cu.reward_appetite,
        0.01,
        0.99,
        "a share",
    );
    c.range(
        "customers.annual_exit_rate",
        cu.annual_exit_rate,
        0.0,
        0.9,
        "a yearly share",
    );
    c.range_u(
        "customers.lapse_days",
        cu.lapse_days as u64,
        7,
        1_095,
        "a number of days",
    );

    let m = &s.market;
    c.range_u(
        "market.alternatives",
        m.alternatives as u64,
        0,
        50,
        "a count",
    );
    c.range(
        "market.competitor_quality",
        m.competitor_quality,
        0.0,
        1.0,
        "a quality",
    );
    c.range(
        "market.switching_barrier",
        m.switching_barrier,
        0.0,
        0.95,
        "a share",
    );
    c.range(
        "market.marketing_acquisition",
        m.marketing_acquisition,
        0.0,
        2.0,
        "a yearly share",
    );
    c.range(
        "market.promoter_tells",
        m.promoter_tells,
        0.0,
        100.0,
        "a yearly count",
    );
    c.range(
        "market.detractor_tells",
        m.detractor_tells,
        0.0,
        100.0,
        "a yearly count",
    );
    c.range(
        "market.referral_conversion",
        m.referral_conversion,
        0.0,
        1.0,
        "a share",
    );
    c.range(
        "market.detraction_loss",
        m.detraction_loss,
        0.0,
        1.0,
        "a share",
    );

    if let Some(p) = &s.programme {
        validate_programme(&mut c, p);
    }
    validate_events(&mut c, s);

    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

fn validate_programme(c: &mut Check, p: &Programme) {
    let e = &p.enrolment;
    c.range(
        "programme.enrolment.min_purchase",
        e.min_purchase,
        0.0,
        1e7,
        "an amount",
    );
    c.range(
        "programme.enrolment.join_propensity",
        e.join_propensity,
        0.0,
        1.0,
        "a probability",
    );
    c.range(
        "programme.enrolment.bearer_sharing",
        e.bearer_sharing,
        0.0,
        1.0,
        "a share",
    );
    if e.card == CardKind::Personal && e.bearer_sharing > 0.0 {
        c.fail(
            "programme.enrolment.bearer_sharing",
            "only a bearer card can be shared; set it to 0 or use \"card\": \"bearer\"",
        );
    }

    let k = &p.costs;
    for (name, v) in [
        ("setup", k.setup),
        ("monthly_operating", k.monthly_operating),
        ("card", k.card),
        ("member_monthly", k.member_monthly),
    ] {
        c.range(
            &format!("programme.costs.{name}"),
            v,
            0.0,
            1e12,
            "an amount",
        );
    }

    match &p.discount {
        Some(Discount::Flat { rate }) => {
            c.range(
                "programme.discount.rate",
                *rate,
                0.0,
                0.9,
                "a discount rate",
            );
        }
        Some(Discount::Progressive { steps }) => {
            if steps.is_empty() {
                c.fail(
                    "programme.discount.steps",
                    "needs at least one step ({\"from_spend\": 0, \"rate\": 0.02})",
                );
            }
            let mut prev: Option<&DiscountStep> = None;
            for (i, st) in steps.iter().enumerate() {
                let path = format!("programme.discount.steps[{i}]");
                c.range(
                    &format!("{path}.from_spend"),
                    st.from_spend,
                    0.0,
                    1e9,
                    "an amount",
                );
                c.range(
                    &format!("{path}.rate"),
                    st.rate,
                    0.0,
                    0.9,
                    "a discount rate",
                );
                if let Some(pr) = prev {
                    if st.from_spend <= pr.from_spend {
                        c.fail(
                            &format!("{path}.from_spend"),
                            format!(
                                "steps must be in increasing order of spend ({} is not above the previous step's {})",
                                st.from_spend, pr.from_spend
                            ),
                        );
                    }
                    if st.rate < pr.rate {
                        c.fail(
                            &format!("{path}.rate"),
                            "a progressive discount cannot fall as spend grows",
                        );
                    }
                }
                prev = Some(st);
            }
        }
        None => {}
    }

    let tracked = e.card == CardKind::Personal;
    if !tracked && matches!(p.discount, Some(Discount::Progressive { .. })) {
        c.fail(
            "programme.discount",
            "a progressive discount needs a personal card to track cumulative spend; use a flat discount or \"card\": \"personal\"",
        );
    }
    if let Some(pt) = &p.points {
        if !tracked {
            c.fail(
                "programme.points",
                "points need a personal card to track purchases; set programme.enrolment.card to \"personal\"",
            );
        }
        c.range(
            "programme.points.earn_rate",
            pt.earn_rate,
            0.0,
            10.0,
            "points per currency unit",
        );
        c.range(
            "programme.points.point_value",
            pt.point_value,
            0.0001,
            1e4,
            "an amount",
        );
        if pt.earn_rate * pt.point_value > 0.5 {
            c.fail(
                "programme.points.earn_rate",
                format!(
                    "gives back {:.0} % of spend; at most 50 % is allowed",
                    pt.earn_rate * pt.point_value * 100.0
                ),
            );
        }
        c.range_u(
            "programme.points.redemption_threshold",
            pt.redemption_threshold as u64,
            1,
            10_000_000,
            "a number of points",
        );
        c.range(
            "programme.points.reward_cost_ratio",
            pt.reward_cost_ratio,
            0.0,
            2.0,
            "a cost ratio",
        );
        c.range_u(
            "programme.points.expiry_months",
            pt.expiry_months as u64,
            0,
            120,
            "a number of months (0 = never)",
        );
        for (i, cp) in pt.campaigns.iter().enumerate() {
            let path = format!("programme.points.campaigns[{i}]");
            c.range(
                &format!("{path}.multiplier"),
                cp.multiplier,
                0.0,
                10.0,
                "a multiplier",
            );
            if cp.end_day < cp.start_day {
                c.fail(
                    &format!("{path}.end_day"),
                    format!(
                        "ends (day {}) before it starts (day {})",
                        cp.end_day, cp.start_day
                    ),
                );
            }
        }
    }

    if let Some(t) = &p.tiers {
        if !tracked {
            c.fail(
                "programme.tiers",
                "tiers need a personal card to track spend; set programme.enrolment.card to \"personal\"",
            );
        }
        c.range_u(
            "programme.tiers.window_months",
            t.window_months as u64,
            1,
            60,
            "a number of months",
        );
        if t.levels.is_empty() || t.levels.len() > 8 {
            c.fail("programme.tiers.levels", "needs between 1 and 8 tiers");
        }
        let mut prev: Option<&TierLevel> = None;
        for (i, l) in t.levels.iter().enumerate() {
            let path = format!("programme.tiers.levels[{i}]");
            if l.name.trim().is_empty() {
                c.fail(&format!("{path}.name"), "needs a name (e.g. \"silver\")");
            }
            c.range(
                &format!("{path}.qualifying_spend"),
                l.qualifying_spend,
                0.01,
                1e9,
                "an amount",
            );
            c.range(
                &format!("{path}.discount"),
                l.discount,
                0.0,
                0.9,
                "a discount rate",
            );
            c.range(
                &format!("{path}.points_multiplier"),
                l.points_multiplier,
                0.0,
                10.0,
                "a multiplier",
            );
            c.range(
                &format!("{path}.service_boost"),
                l.service_boost,
                0.0,
                0.5,
                "a quality boost",
            );
            if let Some(pr) = prev {
                if l.qualifying_spend <= pr.qualifying_spend {
                    c.fail(
                        &format!("{path}.qualifying_spend"),
                        format!(
                            "tiers must be in increasing order of qualifying spend ({} is not above {}'s {})",
                            l.qualifying_spend, pr.name, pr.qualifying_spend
                        ),
                    );
                }
            }
            prev = Some(l);
        }
    }

    let max_discount = match &p.discount {
        Some(Discount::Flat { rate }) => *rate,
        Some(Discount::Progressive { steps }) => steps.iter().map(|s| s.rate).fold(0.0, f64::max),
        None => 0.0,
    } + p
        .tiers
        .as_ref()
        .map(|t| t.levels.iter().map(|l| l.discount).fold(0.0, f64::max))
        .unwrap_or(0.0);
    if max_discount > 0.9 {
        c.fail(
            "programme.discount",
            format!(
                "the discount and the tier discount add up to {:.0} %; at most 90 % is allowed",
                max_discount * 100.0
            ),
        );
    }

    if let Some(g) = &p.gift {
        c.range("programme.gift.value", g.value, 0.0, 1e6, "an amount");
        c.range("programme.gift.cost", g.cost, 0.0, 1e6, "an amount");
        if g.end_day < g.start_day {
            c.fail(
                "programme.gift.end_day",
                format!(
                    "ends (day {}) before it starts (day {})",
                    g.end_day, g.start_day
                ),
            );
        }
    }

    if let Some(dr) = &p.draw {
        c.range(
            "programme.draw.chance",
            dr.chance,
            0.0,
            1.0,
            "a probability",
        );
        c.range_u(
            "programme.draw.every",
            dr.every as u64,
            1,
            255,
            "a number of purchases",
        );
        c.range(
            "programme.draw.prize_value",
            dr.prize_value,
            0.0,
            1e7,
            "an amount",
        );
        c.range(
            "programme.draw.prize_cost",
            dr.prize_cost,
            0.0,
            1e7,
            "an amount",
        );
        c.range(
            "programme.draw.monthly_budget",
            dr.monthly_budget,
            0.0,
            1e9,
            "an amount",
        );
    }

    if let Some(pt) = &p.points {
        c.range_u(
            "programme.points.endowed",
            pt.endowed as u64,
            0,
            1_000_000,
            "a number of points",
        );
        if let Some(b) = &pt.bonus {
            c.range(
                "programme.points.bonus.earn_rate",
                b.earn_rate,
                0.0,
                10.0,
                "points per currency unit",
            );
            c.range_u(
                "programme.points.bonus.valid_days",
                b.valid_days as u64,
                1,
                3_650,
                "a number of days",
            );
        }
    }
    if let Some(sg) = &p.discount_for {
        segment(c, "programme.discount_for", sg, p);
        if p.discount.is_none() {
            c.fail(
                "programme.discount_for",
                "limits the discount to a segment, but there is no discount; add one or remove the limit",
            );
        }
    }
    for (path, limit, has) in [
        ("programme.points_for", &p.points_for, p.points.is_some()),
        ("programme.gift_for", &p.gift_for, p.gift.is_some()),
        ("programme.draw_for", &p.draw_for, p.draw.is_some()),
    ] {
        if let Some(sg) = limit {
            segment(c, path, sg, p);
            if !has {
                c.fail(
                    path,
                    "limits a benefit the programme does not have; add it or remove the limit",
                );
            }
        }
    }
    for (i, o) in p.offers.iter().enumerate() {
        let path = format!("programme.offers[{i}]");
        segment(c, &format!("{path}.segment"), &o.segment, p);
        c.range(
            &format!("{path}.extra_discount"),
            o.extra_discount,
            0.0,
            0.5,
            "a discount rate",
        );
        c.range(
            &format!("{path}.points_multiplier"),
            o.points_multiplier,
            0.0,
            10.0,
            "a multiplier",
        );
    }
    if let Some(v) = &p.vip {
        segment(c, "programme.vip.segment", &v.segment, p);
        c.range(
            "programme.vip.service_boost",
            v.service_boost,
            0.0,
            0.5,
            "a quality boost",
        );
        c.range(
            "programme.vip.monthly_cost",
            v.monthly_cost,
            0.0,
            1e6,
            "an amount",
        );
    }
    if let Some(cl) = &p.club {
        segment(c, "programme.club.segment", &cl.segment, p);
        c.range(
            "programme.club.annual_fee",
            cl.annual_fee,
            0.0,
            1e6,
            "an amount",
        );
        c.range(
            "programme.club.join_propensity",
            cl.join_propensity,
            0.0,
            1.0,
            "a probability",
        );
        c.range_u(
            "programme.club.events_per_year",
            cl.events_per_year as u64,
            0,
            12,
            "a number of events",
        );
        c.range(
            "programme.club.event_cost",
            cl.event_cost,
            0.0,
            1e8,
            "an amount",
        );
        c.range(
            "programme.club.member_monthly_cost",
            cl.member_monthly_cost,
            0.0,
            1e6,
            "an amount",
        );
        c.range(
            "programme.club.referral_boost",
            cl.referral_boost,
            0.0,
            10.0,
            "a share",
        );
    }
    if let Some(co) = &p.coalition {
        if p.points.is_none() {
            c.fail(
                "programme.coalition",
                "a coalition shares a points currency; switch on points first",
            );
        }
        c.range_u(
            "programme.coalition.partners",
            co.partners as u64,
            1,
            100,
            "a number of partners",
        );
        c.range(
            "programme.coalition.partner_points_per_year",
            co.partner_points_per_year,
            0.0,
            1e6,
            "points a year",
        );
        c.range(
            "programme.coalition.issue_fee",
            co.issue_fee,
            0.0,
            1e4,
            "an amount per point",
        );
        c.range(
            "programme.coalition.burn_here",
            co.burn_here,
            0.0,
            1.0,
            "a share",
        );
        c.range(
            "programme.coalition.settlement",
            co.settlement,
            0.0,
            1e4,
            "an amount per point",
        );
        c.range(
            "programme.coalition.partner_referrals",
            co.partner_referrals,
            0.0,
            2.0,
            "a yearly share",
        );
    }
    if let Some(b) = &p.bank_card {
        c.range("programme.bank_card.uptake", b.uptake, 0.0, 1.0, "a share");
        c.range(
            "programme.bank_card.cashback_rate",
            b.cashback_rate,
            0.0,
            0.2,
            "a rate",
        );
        c.range(
            "programme.bank_card.bank_share",
            b.bank_share,
            0.0,
            1.0,
            "a share",
        );
    }
    for (i, cp) in p.coupons.iter().enumerate() {
        let path = format!("programme.coupons[{i}]");
        segment(c, &format!("{path}.segment"), &cp.segment, p);
        c.range(&format!("{path}.value"), cp.value, 0.0, 1e6, "an amount");
        c.range_u(
            &format!("{path}.valid_days"),
            cp.valid_days as u64,
            1,
            365,
            "a number of days",
        );
        c.range(
            &format!("{path}.send_cost"),
            cp.send_cost,
            0.0,
            1e4,
            "an amount",
        );
        c.range_u(
            &format!("{path}.every_months"),
            cp.every_months as u64,
            1,
            120,
            "a number of months",
        );
    }
    if p.coupons.len() > 8 {
        c.fail("programme.coupons", "at most 8 kinds of coupon are allowed");
    }
    if p.offers.len() > 8 {
        c.fail("programme.offers", "at most 8 targeted offers are allowed");
    }
    if let Some(g) = &p.gift_cards {
        c.range(
            "programme.gift_cards.purchase_share",
            g.purchase_share,
            0.0,
            1.0,
            "a share",
        );
        c.range("programme.gift_cards.value", g.value, 0.0, 1e6, "an amount");
        c.range(
            "programme.gift_cards.redeemed_share",
            g.redeemed_share,
            0.0,
            1.0,
            "a share",
        );
        c.range_u(
            "programme.gift_cards.mean_days_to_redeem",
            g.mean_days_to_redeem as u64,
            1,
            1_000,
            "a number of days",
        );
    }
    if let Some(ps) = &p.profit_sharing {
        segment(c, "programme.profit_sharing.segment", &ps.segment, p);
        c.range(
            "programme.profit_sharing.share",
            ps.share,
            0.0,
            1.0,
            "a share",
        );
        c.range_u(
            "programme.profit_sharing.payout_months",
            ps.payout_months as u64,
            1,
            60,
            "a number of months",
        );
    }
}

fn segment(c: &mut Check, path: &str, sg: &Segment, p: &Programme) {
    match sg {
        Segment::Everyone | Segment::Birthday => {}
        Segment::TopSpenders { share } => {
            c.range(&format!("{path}.share"), *share, 0.001, 1.0, "a share");
        }
        Segment::New { days } | Segment::Lapsing { days } => {
            c.range_u(
                &format!("{path}.days"),
                *days as u64,
                1,
                3_650,
                "a number of days",
            );
        }
        Segment::Tier { min } => {
            let n = p.tiers.as_ref().map_or(0, |t| t.levels.len()) as u64;
            if n == 0 {
                c.fail(path, "targets a tier, but the programme has no tiers");
            } else {
                c.range_u(&format!("{path}.min"), *min as u64, 1, n, "a tier number");
            }
        }
    }
}

fn validate_events(c: &mut Check, s: &Scenario) {
    let days = s.simulation.days;
    if s.events.len() > 32 {
        c.fail("events", "at most 32 events are allowed");
    }
    let mut launch: Option<u32> = None;
    let mut end: Option<u32> = None;
    for (i, e) in s.events.iter().enumerate() {
        let path = format!("events[{i}]");
        if e.day() >= days {
            c.fail(
                &format!("{path}.day"),
                format!(
                    "is after the horizon: days run from 0 to {} (got {})",
                    days.saturating_sub(1),
                    e.day()
                ),
            );
        }
        if e.programme_only() && s.programme.is_none() {
            c.fail(
                &path,
                format!(
                    "is a programme event ({}), but there is no programme",
                    e.kind()
                ),
            );
        }
        match e {
            Event::Launch { day } => {
                if launch.replace(*day).is_some() {
                    c.fail(&path, "the programme can be launched only once");
                }
            }
            Event::End { day, .. } => {
                if end.replace(*day).is_some() {
                    c.fail(&path, "the programme can end only once");
                }
            }
            Event::RuleChange {
                point_value_factor,
                threshold_factor,
                ..
            } => {
                if s.programme.as_ref().is_some_and(|p| p.points.is_none()) {
                    c.fail(&path, "changes the points rules, but there are no points");
                }
                c.range(
                    &format!("{path}.point_value_factor"),
                    *point_value_factor,
                    0.01,
                    10.0,
                    "a multiple",
                );
                c.range(
                    &format!("{path}.threshold_factor"),
                    *threshold_factor,
                    0.01,
                    100.0,
                    "a multiple",
                );
            }
            Event::Campaign {
                days: n,
                multiplier,
                ..
            } => {
                if s.programme.as_ref().is_some_and(|p| p.points.is_none()) {
                    c.fail(&path, "boosts points, but there are no points");
                }
                c.range_u(
                    &format!("{path}.days"),
                    *n as u64,
                    1,
                    3_650,
                    "a number of days",
                );
                c.range(
                    &format!("{path}.multiplier"),
                    *multiplier,
                    0.0,
                    10.0,
                    "a multiplier",
                );
            }
            Event::CompetitorProgramme { value, .. } => {
                c.range(
                    &format!("{path}.value"),
                    *value,
                    0.0,
                    0.5,
                    "a discount rate",
                );
            }
            Event::CompetitorPriceCut { cut, .. } => {
                c.range(&format!("{path}.cut"), *cut, 0.0, 0.5, "a price cut");
            }
            Event::Deregulation {
                alternatives,
                competitor_quality,
                ..
            } => {
                c.range_u(
                    &format!("{path}.alternatives"),
                    *alternatives as u64,
                    1,
                    50,
                    "a count",
                );
                c.range(
                    &format!("{path}.competitor_quality"),
                    *competitor_quality,
                    0.0,
                    1.0,
                    "a quality",
                );
                if s.market.alternatives > 0 {
                    c.fail(
                        &path,
                        "deregulation ends a monopoly, but the market already has alternatives; set market.alternatives to 0",
                    );
                }
            }
            Event::ServiceFailure {
                days: n, severity, ..
            } => {
                c.range_u(
                    &format!("{path}.days"),
                    *n as u64,
                    1,
                    3_650,
                    "a number of days",
                );
                c.range(
                    &format!("{path}.severity"),
                    *severity,
                    0.0,
                    1.0,
                    "a quality drop",
                );
            }
        }
    }
    if let (Some(l), Some(e)) = (launch, end) {
        if e <= l {
            c.fail(
                "events",
                format!("the programme ends (day {e}) before it is launched (day {l})"),
            );
        }
    }
    let dereg = s
        .events
        .iter()
        .filter(|e| matches!(e, Event::Deregulation { .. }))
        .count();
    if dereg > 1 {
        c.fail("events", "a monopoly can be deregulated only once");
    }
}
