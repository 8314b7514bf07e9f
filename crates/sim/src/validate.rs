//! Validation of a [`Scenario`]: every problem, each with the field it belongs to.
//!
//! Invariant: a scenario that passes [`validate`] can be simulated without a
//! panic, a NaN or an infinity. The engine relies on these bounds.

pub use crate::error_code::{ErrorCode, ParseProblem, Place, Quantity, Rule};
use crate::scenario::*;
use std::fmt;

/// One problem with a scenario: the field's dotted path, its code with
/// arguments (for shells that translate) and the English sentence a user
/// understands (`message`, always `code.to_string()`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `programme.points.earn_rate`.
    pub path: String,
    /// What is wrong, with its arguments.
    pub code: ErrorCode,
    /// What is wrong and what is allowed, in English.
    pub message: String,
}

impl FieldError {
    /// Creates an error for `path` with an English sentence
    /// ([`ErrorCode::Message`]).
    pub fn new(path: &str, message: impl Into<String>) -> Self {
        Self::coded(path, ErrorCode::Message(message.into()))
    }

    /// Creates an error for `path` from its code; the message is the
    /// code's English.
    pub fn coded(path: &str, code: ErrorCode) -> Self {
        FieldError {
            path: path.to_string(),
            message: code.to_string(),
            code,
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
/// The most customers one run can simulate: day-0 customers plus arrivals
/// (the population limit; `market.market_size` may not exceed it).
pub const MAX_POPULATION: u32 = 5_000_000;
/// The default market as a multiple of the day-0 customers.
pub const MARKET_MULTIPLE: u32 = 100;

/// The market's size when `market.market_size` is absent: 100 times the
/// day-0 customers, at most [`MAX_POPULATION`] (and never fewer than the
/// day-0 customers).
pub fn default_market_size(customers: u32) -> u32 {
    customers
        .saturating_mul(MARKET_MULTIPLE)
        .min(MAX_POPULATION)
        .max(customers)
}

/// The market's size: `market.market_size`, or its default. A run
/// simulates at most this many customers (day-0 customers plus arrivals).
pub fn market_size(s: &Scenario) -> u32 {
    s.market
        .market_size
        .unwrap_or_else(|| default_market_size(s.simulation.customers))
}

pub(crate) struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    pub(crate) fn range(&mut self, path: &str, v: f64, lo: f64, hi: f64, what: Quantity) {
        if !v.is_finite() || v < lo || v > hi {
            self.errors.push(FieldError::coded(
                path,
                ErrorCode::OutOfRange {
                    what,
                    lo,
                    hi,
                    got: v,
                },
            ));
        }
    }
    pub(crate) fn range_u(&mut self, path: &str, v: u64, lo: u64, hi: u64, what: Quantity) {
        if v < lo || v > hi {
            self.errors.push(FieldError::coded(
                path,
                ErrorCode::OutOfRange {
                    what,
                    lo: lo as f64,
                    hi: hi as f64,
                    got: v as f64,
                },
            ));
        }
    }
    pub(crate) fn rule(&mut self, path: &str, rule: Rule) {
        self.errors
            .push(FieldError::coded(path, ErrorCode::Rule(rule)));
    }
    pub(crate) fn coded(&mut self, path: &str, code: ErrorCode) {
        self.errors.push(FieldError::coded(path, code));
    }
}

/// Checks ranges and consistency. Returns every problem found: the
/// simulation, business, customers and market, then the programme
/// (enrolment, discount, targeting, then each mechanic in list order), then
/// the events.
pub fn validate(s: &Scenario) -> Result<(), Vec<FieldError>> {
    let mut c = Check { errors: Vec::new() };
    validate_simulation_and_business(&mut c, s);
    validate_customers_and_market(&mut c, s);
    if let Some(h) = &s.customers.history {
        crate::history::validate(&mut c, h);
    }
    validate_trend(&mut c, s);
    if let Some(p) = &s.programme {
        validate_programme(&mut c, p);
    }
    validate_events(&mut c, s);
    if c.errors.is_empty() {
        // Only once every value is in its range: the money bound multiplies them.
        crate::limits::money(&mut c, s);
    }

    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

/// The simulation's size and seed, and the business.
fn validate_simulation_and_business(c: &mut Check, s: &Scenario) {
    let sim = &s.simulation;
    c.range_u(
        "simulation.customers",
        sim.customers as u64,
        CUSTOMERS_RANGE.0 as u64,
        CUSTOMERS_RANGE.1 as u64,
        crate::Quantity::WholeCustomers,
    );
    c.range_u(
        "simulation.days",
        sim.days as u64,
        DAYS_RANGE.0 as u64,
        DAYS_RANGE.1 as u64,
        crate::Quantity::WholeDays,
    );

    let b = &s.business;
    c.range(
        "business.mean_basket",
        b.mean_basket,
        0.01,
        1e6,
        crate::Quantity::Amount,
    );
    c.range(
        "business.gross_margin",
        b.gross_margin,
        0.0,
        0.95,
        crate::Quantity::Share,
    );
    c.range(
        "business.service_quality",
        b.service_quality,
        0.0,
        1.0,
        crate::Quantity::Quality,
    );
    c.range(
        "business.price_index",
        b.price_index,
        0.2,
        5.0,
        crate::Quantity::PriceRatio,
    );
    c.range(
        "business.annual_discount_rate",
        b.annual_discount_rate,
        0.0,
        1.0,
        crate::Quantity::YearlyRate,
    );
    if let Some(p) = b.currency.problem() {
        let path = match p {
            crate::CurrencyProblem::BadCode | crate::CurrencyProblem::UnknownCodeWithoutSymbol => {
                "business.currency.code"
            }
            _ => "business.currency.symbol",
        };
        c.coded(path, crate::ErrorCode::Currency(p));
    }
}

/// The customers and the market.
fn validate_customers_and_market(c: &mut Check, s: &Scenario) {
    let cu = &s.customers;
    c.range(
        "customers.occasions_per_year",
        cu.occasions_per_year,
        0.5,
        365.0,
        crate::Quantity::YearlyCount,
    );
    c.range(
        "customers.rate_shape",
        cu.rate_shape,
        0.1,
        20.0,
        crate::Quantity::GammaShape,
    );
    c.range(
        "customers.basket_spread",
        cu.basket_spread,
        0.0,
        2.0,
        crate::Quantity::LogSd,
    );
    c.range(
        "customers.trip_spread",
        cu.trip_spread,
        0.0,
        2.0,
        crate::Quantity::LogSd,
    );
    c.range(
        "customers.price_sensitivity",
        cu.price_sensitivity,
        0.0,
        5.0,
        crate::Quantity::Sensitivity,
    );
    c.range(
        "customers.reward_appetite",
        cu.reward_appetite,
        0.01,
        0.99,
        crate::Quantity::Share,
    );
    c.range(
        "customers.annual_exit_rate",
        cu.annual_exit_rate,
        0.0,
        0.9,
        crate::Quantity::YearlyShare,
    );
    c.range_u(
        "customers.lapse_days",
        cu.lapse_days as u64,
        7,
        1_095,
        crate::Quantity::Days,
    );

    let m = &s.market;
    c.range_u(
        "market.alternatives",
        m.alternatives as u64,
        0,
        50,
        crate::Quantity::Count,
    );
    c.range(
        "market.competitor_quality",
        m.competitor_quality,
        0.0,
        1.0,
        crate::Quantity::Quality,
    );
    c.range(
        "market.switching_barrier",
        m.switching_barrier,
        0.0,
        0.95,
        crate::Quantity::Share,
    );
    c.range(
        "market.marketing_acquisition",
        m.marketing_acquisition,
        0.0,
        2.0,
        crate::Quantity::YearlyShare,
    );
    c.range(
        "market.promoter_tells",
        m.promoter_tells,
        0.0,
        100.0,
        crate::Quantity::YearlyCount,
    );
    c.range(
        "market.detractor_tells",
        m.detractor_tells,
        0.0,
        100.0,
        crate::Quantity::YearlyCount,
    );
    c.range(
        "market.referral_conversion",
        m.referral_conversion,
        0.0,
        1.0,
        crate::Quantity::Share,
    );
    c.range(
        "market.detraction_loss",
        m.detraction_loss,
        0.0,
        1.0,
        crate::Quantity::Share,
    );
}

/// The market's trend and size.
fn validate_trend(c: &mut Check, s: &Scenario) {
    if let Some(m) = s.market.market_size {
        let customers = s.simulation.customers;
        if m < customers || m > MAX_POPULATION {
            c.coded(
                "market.market_size",
                ErrorCode::MarketSize {
                    lo: customers as u64,
                    hi: MAX_POPULATION as u64,
                    got: m as u64,
                    default: default_market_size(customers) as u64,
                },
            );
        }
    }
    c.range(
        "market.trend",
        s.market.trend,
        -0.5,
        1.0,
        crate::Quantity::GrowthRate,
    );
}

fn validate_programme(c: &mut Check, p: &Programme) {
    validate_enrolment(c, p);
    validate_discount(c, p);
    validate_targeting(c, p);
    crate::mechanics::Mechanics::validate(c, p);
}

/// Enrolment and the programme's own costs.
fn validate_enrolment(c: &mut Check, p: &Programme) {
    let e = &p.enrolment;
    c.range(
        "programme.enrolment.min_purchase",
        e.min_purchase,
        0.0,
        1e7,
        crate::Quantity::Amount,
    );
    c.range(
        "programme.enrolment.join_propensity",
        e.join_propensity,
        0.0,
        1.0,
        crate::Quantity::Probability,
    );
    c.range(
        "programme.enrolment.bearer_sharing",
        e.bearer_sharing,
        0.0,
        1.0,
        crate::Quantity::Share,
    );
    if e.card == CardKind::Personal && e.bearer_sharing > 0.0 {
        c.rule(
            "programme.enrolment.bearer_sharing",
            crate::Rule::BearerSharing,
        );
    }

    let k = &p.costs;
    crate::costs::validate(c, k);
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
            crate::Quantity::Amount,
        );
    }
}

/// The discount (flat or progressive) and, with tiers, the largest total.
fn validate_discount(c: &mut Check, p: &Programme) {
    let e = &p.enrolment;
    match &p.discount {
        Some(Discount::Flat { rate }) => {
            c.range(
                "programme.discount.rate",
                *rate,
                0.0,
                0.9,
                crate::Quantity::DiscountRate,
            );
        }
        Some(Discount::Progressive { steps }) => {
            if steps.is_empty() {
                c.rule("programme.discount.steps", crate::Rule::StepsNeeded);
            }
            let mut prev: Option<&DiscountStep> = None;
            for (i, st) in steps.iter().enumerate() {
                let path = format!("programme.discount.steps[{i}]");
                c.range(
                    &format!("{path}.from_spend"),
                    st.from_spend,
                    0.0,
                    1e9,
                    crate::Quantity::Amount,
                );
                c.range(
                    &format!("{path}.rate"),
                    st.rate,
                    0.0,
                    0.9,
                    crate::Quantity::DiscountRate,
                );
                if let Some(pr) = prev {
                    if st.from_spend <= pr.from_spend {
                        c.coded(
                            &format!("{path}.from_spend"),
                            ErrorCode::StepsOutOfOrder {
                                got: st.from_spend,
                                previous: pr.from_spend,
                            },
                        );
                    }
                    if st.rate < pr.rate {
                        c.rule(&format!("{path}.rate"), crate::Rule::StepsFall);
                    }
                }
                prev = Some(st);
            }
        }
        None => {}
    }

    let tracked = e.card == CardKind::Personal;
    if !tracked && matches!(p.discount, Some(Discount::Progressive { .. })) {
        c.rule("programme.discount", crate::Rule::ProgressiveNeedsPersonal);
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
        c.coded(
            "programme.discount",
            ErrorCode::DiscountsTooHigh {
                percent: max_discount * 100.0,
            },
        );
    }
}

/// Segment limits of the benefits and the targeted offers.
fn validate_targeting(c: &mut Check, p: &Programme) {
    if let Some(sg) = &p.discount_for {
        segment(c, "programme.discount_for", sg, p);
        if p.discount.is_none() {
            c.rule(
                "programme.discount_for",
                crate::Rule::DiscountLimitWithoutDiscount,
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
                c.rule(path, crate::Rule::LimitWithoutBenefit);
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
            crate::Quantity::DiscountRate,
        );
        c.range(
            &format!("{path}.points_multiplier"),
            o.points_multiplier,
            0.0,
            10.0,
            crate::Quantity::Multiplier,
        );
    }
    if p.offers.len() > 8 {
        c.rule("programme.offers", crate::Rule::TooManyOffers);
    }
}

/// Checks a segment's parameter (and that a tier segment has tiers to target).
pub(crate) fn segment(c: &mut Check, path: &str, sg: &Segment, p: &Programme) {
    match sg {
        Segment::Everyone | Segment::Birthday => {}
        Segment::TopSpenders { share } => {
            c.range(
                &format!("{path}.share"),
                *share,
                0.001,
                1.0,
                crate::Quantity::Share,
            );
        }
        Segment::New { days } | Segment::Lapsing { days } => {
            c.range_u(
                &format!("{path}.days"),
                *days as u64,
                1,
                3_650,
                crate::Quantity::Days,
            );
        }
        Segment::Tier { min } => {
            let n = p.tiers.as_ref().map_or(0, |t| t.levels.len()) as u64;
            if n == 0 {
                c.rule(path, crate::Rule::TierSegmentWithoutTiers);
            } else {
                c.range_u(
                    &format!("{path}.min"),
                    *min as u64,
                    1,
                    n,
                    crate::Quantity::TierNumber,
                );
            }
        }
    }
}

fn validate_events(c: &mut Check, s: &Scenario) {
    if s.events.len() > 32 {
        c.rule("events", crate::Rule::TooManyEvents);
    }
    let mut launch: Option<u32> = None;
    let mut end: Option<u32> = None;
    for (i, e) in s.events.iter().enumerate() {
        validate_event(c, s, i, e, &mut launch, &mut end);
    }
    if let (Some(l), Some(e)) = (launch, end) {
        if e <= l {
            c.coded("events", ErrorCode::EndsBeforeLaunch { launch: l, end: e });
        }
    }
    let dereg = s
        .events
        .iter()
        .filter(|e| matches!(e, Event::Deregulation { .. }))
        .count();
    if dereg > 1 {
        c.rule("events", crate::Rule::DeregulatedTwice);
    }
}

/// Checks event `i` (and notes the launch and end days).
fn validate_event(
    c: &mut Check,
    s: &Scenario,
    i: usize,
    e: &Event,
    launch: &mut Option<u32>,
    end: &mut Option<u32>,
) {
    let days = s.simulation.days;
    let path = format!("events[{i}]");
    if e.day() >= days {
        c.coded(
            &format!("{path}.day"),
            ErrorCode::AfterHorizon {
                last: days.saturating_sub(1),
                got: e.day(),
            },
        );
    }
    if e.programme_only() && s.programme.is_none() {
        c.coded(
            &path,
            ErrorCode::NeedsProgramme {
                event: e.kind().to_string(),
            },
        );
    }
    match e {
        Event::Launch { day } => {
            if launch.replace(*day).is_some() {
                c.rule(&path, crate::Rule::LaunchedTwice);
            }
        }
        Event::End { day, .. } => {
            if end.replace(*day).is_some() {
                c.rule(&path, crate::Rule::EndedTwice);
            }
        }
        _ => validate_event_terms(c, s, &path, e),
    }
}

/// Checks the terms of an event (beyond its day).
fn validate_event_terms(c: &mut Check, s: &Scenario, path: &str, e: &Event) {
    let path = path.to_string();
    match e {
        Event::RuleChange {
            point_value_factor,
            threshold_factor,
            ..
        } => {
            if s.programme.as_ref().is_some_and(|p| p.points.is_none()) {
                c.rule(&path, crate::Rule::RuleChangeWithoutPoints);
            }
            c.range(
                &format!("{path}.point_value_factor"),
                *point_value_factor,
                0.01,
                10.0,
                crate::Quantity::Multiple,
            );
            c.range(
                &format!("{path}.threshold_factor"),
                *threshold_factor,
                0.01,
                100.0,
                crate::Quantity::Multiple,
            );
        }
        Event::Campaign {
            days: n,
            multiplier,
            ..
        } => {
            if s.programme.as_ref().is_some_and(|p| p.points.is_none()) {
                c.rule(&path, crate::Rule::CampaignWithoutPoints);
            }
            c.range_u(
                &format!("{path}.days"),
                *n as u64,
                1,
                3_650,
                crate::Quantity::Days,
            );
            c.range(
                &format!("{path}.multiplier"),
                *multiplier,
                0.0,
                10.0,
                crate::Quantity::Multiplier,
            );
        }
        Event::CompetitorProgramme { value, .. } => {
            c.range(
                &format!("{path}.value"),
                *value,
                0.0,
                0.5,
                crate::Quantity::DiscountRate,
            );
        }
        Event::CompetitorPriceCut { cut, .. } => {
            c.range(
                &format!("{path}.cut"),
                *cut,
                0.0,
                0.5,
                crate::Quantity::PriceCut,
            );
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
                crate::Quantity::Count,
            );
            c.range(
                &format!("{path}.competitor_quality"),
                *competitor_quality,
                0.0,
                1.0,
                crate::Quantity::Quality,
            );
            if s.market.alternatives > 0 {
                c.rule(&path, crate::Rule::DeregulationWithAlternatives);
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
                crate::Quantity::Days,
            );
            c.range(
                &format!("{path}.severity"),
                *severity,
                0.0,
                1.0,
                crate::Quantity::QualityDrop,
            );
        }
        Event::Launch { .. } | Event::End { .. } => {}
    }
}
