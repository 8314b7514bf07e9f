//! The scenario: everything a user configures, as a plain serde data type.
//!
//! A scenario is the public input format (JSON files, the CLI, later share
//! links). It carries no engine state. Every field is documented with its unit
//! in `docs/model.md`; [`crate::validate`] checks ranges and consistency.

use crate::error_code::ParseProblem;
use serde::{Deserialize, Serialize};

pub use crate::mechanics::bank_card::BankCard;
pub use crate::mechanics::club::Club;
pub use crate::mechanics::coalition::Coalition;
pub use crate::mechanics::coupons::Coupon;
pub use crate::mechanics::draw::PrizeDraw;
pub use crate::mechanics::gift::Gift;
pub use crate::mechanics::gift_cards::GiftCards;
pub use crate::mechanics::profit_sharing::ProfitSharing;
pub use crate::mechanics::referral::Referral;
pub use crate::mechanics::vip::Vip;

/// A complete simulation input: business, customers, market, programme and run settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Free-text name shown in reports.
    pub name: String,
    /// Population size, horizon and random seed.
    pub simulation: Simulation,
    /// The firm: prices, margin, service quality, discount rate for NPV.
    pub business: Business,
    /// How the firm's customers are distributed (needs, baskets, sensitivities).
    pub customers: Customers,
    /// Competition and word of mouth.
    pub market: Market,
    /// The loyalty programme; `null` (or absent) means no programme.
    #[serde(default)]
    pub programme: Option<Programme>,
    /// Dated events: the programme's launch, end and rule changes, campaigns,
    /// competitors' moves, deregulation and service failures.
    #[serde(default)]
    pub events: Vec<Event>,
}

/// Run settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Simulation {
    /// Customers of the firm at day 0 (100 to 1,000,000).
    pub customers: u32,
    /// Horizon in days (30 to 3,650).
    pub days: u32,
    /// Seed of every random stream; the same seed gives the same report.
    pub seed: u64,
}

/// The firm.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Business {
    /// Average basket at list price, in currency units.
    pub mean_basket: f64,
    /// Gross margin on list price (0.30 = 30 %): cost of goods is `1 - margin` of list.
    pub gross_margin: f64,
    /// Quality of the core product and service process on a 0-1 scale.
    pub service_quality: f64,
    /// The firm's list prices relative to the alternatives (1.0 = same).
    pub price_index: f64,
    /// Annual discount rate for the NPV of incremental cash flows (0.08 = 8 %).
    pub annual_discount_rate: f64,
    /// The currency the amounts are in (left out: EUR). It only names the
    /// money; nothing is converted.
    #[serde(default, skip_serializing_if = "crate::Currency::is_default")]
    pub currency: crate::Currency,
}

/// The distribution of customer traits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customers {
    /// Mean number of purchase occasions in the category per customer per year.
    pub occasions_per_year: f64,
    /// Gamma shape of the occasion rate across customers (lower = more unequal).
    pub rate_shape: f64,
    /// Standard deviation of the log of customers' mean baskets.
    pub basket_spread: f64,
    /// Standard deviation of the log of one basket around the customer's mean.
    pub trip_spread: f64,
    /// Mean price sensitivity (1.0 = typical).
    pub price_sensitivity: f64,
    /// Mean appetite for rewards, 0-1 (how much points and perks matter).
    pub reward_appetite: f64,
    /// Share of customers moving away or leaving the category per year.
    pub annual_exit_rate: f64,
    /// Days without a purchase after which a customer counts as lapsed.
    pub lapse_days: u32,
    /// The day-0 customers' purchase history in aggregate (set by the
    /// calibration; absent: the day-0 customers are drawn from the traits
    /// above): see [`crate::history`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<crate::history::History>,
}

/// Competition and word of mouth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Market {
    /// Number of workable alternatives (0 = none: every customer is forced).
    pub alternatives: u32,
    /// Quality the alternatives offer on the same 0-1 scale (the customers' yardstick).
    pub competitor_quality: f64,
    /// Mean share of a customer's occasions with no reachable alternative (0-1).
    pub switching_barrier: f64,
    /// No longer used (model version 2): new customers replace those who
    /// leave, and `trend` sets any growth. Kept so that older files load.
    pub marketing_acquisition: f64,
    /// People a satisfied customer (promoter) tells a year.
    pub promoter_tells: f64,
    /// People a dissatisfied customer (detractor) tells a year.
    pub detractor_tells: f64,
    /// Share of people told by a promoter who become customers.
    pub referral_conversion: f64,
    /// Prospects lost per person told by a detractor.
    pub detraction_loss: f64,
    /// Yearly growth of the customer base without the programme (0.05 = 5 %
    /// a year; 0 = steady: new customers replace those who leave).
    #[serde(default)]
    pub trend: f64,
    /// People in the market: the day-0 customers plus everyone who could
    /// still become one. New customers come from the rest, which they
    /// deplete. `None` (absent) is [`crate::default_market_size`]: 100 times
    /// the day-0 customers, at most [`crate::MAX_POPULATION`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market_size: Option<u32>,
}

/// A loyalty programme: enrolment, costs and mechanics.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Who gets a card and how.
    pub enrolment: Enrolment,
    /// Fixed and per-member costs.
    pub costs: ProgrammeCosts,
    /// A flat or progressive discount for card holders.
    #[serde(default)]
    pub discount: Option<Discount>,
    /// A points (bonus) account.
    #[serde(default)]
    pub points: Option<Points>,
    /// Status tiers with benefits.
    #[serde(default)]
    pub tiers: Option<Tiers>,
    /// A gift handed out with every purchase during a period.
    #[serde(default)]
    pub gift: Option<Gift>,
    /// Prize draws: a chance of a prize with a purchase.
    #[serde(default)]
    pub draw: Option<PrizeDraw>,
    /// Limits the discount to a segment of the members (absent: every member).
    #[serde(default)]
    pub discount_for: Option<Segment>,
    /// Limits earning points to a segment of the members (absent: every member).
    #[serde(default)]
    pub points_for: Option<Segment>,
    /// Limits the gift to a segment of the members (absent: every purchaser).
    #[serde(default)]
    pub gift_for: Option<Segment>,
    /// Limits the prize draw to a segment of the members (absent: as `members_only` says).
    #[serde(default)]
    pub draw_for: Option<Segment>,
    /// Targeted extras on top of the benefits every member gets.
    #[serde(default)]
    pub offers: Vec<Offer>,
    /// Special service terms for a segment (VIPs).
    #[serde(default)]
    pub vip: Option<Vip>,
    /// A club (closed resources): a community with events and exclusive access.
    #[serde(default)]
    pub club: Option<Club>,
    /// Membership of a coalition of partners who share the points currency.
    #[serde(default)]
    pub coalition: Option<Coalition>,
    /// A co-branded bank card with cash back.
    #[serde(default)]
    pub bank_card: Option<BankCard>,
    /// Coupons sent to segments (win-back, birthday, welcome).
    #[serde(default)]
    pub coupons: Vec<Coupon>,
    /// Gift cards sold to customers.
    #[serde(default)]
    pub gift_cards: Option<GiftCards>,
    /// Profit sharing by contract (business customers).
    #[serde(default)]
    pub profit_sharing: Option<ProfitSharing>,
    /// A referral bonus: members who bring a new customer are rewarded.
    #[serde(default)]
    pub referral: Option<Referral>,
    /// What the programme is for (none by default): the finance view judges
    /// it against this goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<crate::finance::Goal>,
}

/// How customers join.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentMode {
    /// Customers decide to join at the till (self-selection).
    OptIn,
    /// Every customer is enrolled at their first purchase.
    Automatic,
}

/// Card kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// Personal card: purchases are tracked, so points and tiers are possible.
    Personal,
    /// Bearer card: anyone holding it gets the discount; nothing is tracked.
    Bearer,
}

/// Enrolment rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    /// Opt-in or automatic.
    pub mode: EnrolmentMode,
    /// Personal or bearer card.
    pub card: CardKind,
    /// Minimum single purchase (list price) to get a card, in currency units.
    pub min_purchase: f64,
    /// Chance that an eligible customer joins at a purchase when membership
    /// is well worth it to them (0-1); it falls as the worth falls towards
    /// the effort of joining (see `docs/model.md`, enrolment).
    pub join_propensity: f64,
    /// Share of non-members' purchases made with a borrowed bearer card (0-1).
    pub bearer_sharing: f64,
}

/// Programme costs, in currency units.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeCosts {
    /// One-off set-up cost on day 0 (systems, equipment, training).
    pub setup: f64,
    /// Fixed operating cost a month (administration, support, communication).
    pub monthly_operating: f64,
    /// Cost of producing and issuing one card.
    pub card: f64,
    /// Cost per member a month (statements, SMS, e-mail, data).
    pub member_monthly: f64,
    /// The source texts' cost list, line by line, on top of the four
    /// amounts above (none by default; see `costs.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<crate::costs::CostLine>,
}

/// A discount for card holders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Discount {
    /// The same discount on every purchase.
    Flat {
        /// Discount rate (0.05 = 5 %).
        rate: f64,
    },
    /// A discount that grows with the member's cumulative spend.
    Progressive {
        /// Steps in increasing order of cumulative spend.
        steps: Vec<DiscountStep>,
    },
}

/// One step of a progressive discount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscountStep {
    /// Cumulative net spend since joining from which this rate applies.
    pub from_spend: f64,
    /// Discount rate from then on.
    pub rate: f64,
}

/// How points are redeemed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Redemption {
    /// The member chooses when to redeem once the threshold is reached.
    Voluntary,
    /// Cashback: every full threshold is converted at the next purchase.
    Automatic,
}

/// A points (bonus) programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Points {
    /// Points per currency unit of net spend (0.11 with a point value of 1 = 11 % back).
    pub earn_rate: f64,
    /// Currency value of one point when redeemed.
    pub point_value: f64,
    /// Minimum balance, in points, before points can be redeemed.
    pub redemption_threshold: u32,
    /// Voluntary or automatic (cashback) redemption.
    pub redemption: Redemption,
    /// The firm's cost per currency unit of reward value (1.0 = like cash).
    pub reward_cost_ratio: f64,
    /// Months after which earned points expire (0 = never).
    pub expiry_months: u32,
    /// Periods with boosted accrual.
    #[serde(default)]
    pub campaigns: Vec<Campaign>,
    /// Points credited on joining: a card that starts with stamps on it (endowed progress).
    #[serde(default)]
    pub endowed: u32,
    /// Short-lived bonus points on top of the ordinary ones.
    #[serde(default)]
    pub bonus: Option<BonusPoints>,
}

/// Short-lived bonus points: extra points that expire soon after they are earned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BonusPoints {
    /// Extra points per currency unit of net spend.
    pub earn_rate: f64,
    /// Days the bonus points stay valid, counted from the first bonus point
    /// credited to an empty bonus balance.
    pub valid_days: u32,
}

/// A period of boosted accrual.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// First day of the campaign (0-based).
    pub start_day: u32,
    /// Last day of the campaign (inclusive).
    pub end_day: u32,
    /// Accrual multiplier (1.3-1.6 for a 30-60 % promotional accrual).
    pub multiplier: f64,
}

/// Status tiers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tiers {
    /// Length of the qualification period in months; tiers are re-assessed at its end.
    pub window_months: u32,
    /// Levels in increasing order of qualifying spend.
    pub levels: Vec<TierLevel>,
}

/// One status tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierLevel {
    /// Display name ("silver").
    pub name: String,
    /// Net spend within one qualification period needed to reach or keep the tier.
    pub qualifying_spend: f64,
    /// Extra discount rate for the tier (card-category discount).
    pub discount: f64,
    /// Multiplier of the points earned (1.0 = none).
    pub points_multiplier: f64,
    /// Extra experienced quality from the tier's service and resources (0-1 scale).
    pub service_boost: f64,
}

/// A group of customers a benefit can be limited to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Segment {
    /// Every member.
    Everyone,
    /// The members among the top `share` of active customers by recent spend
    /// (spend weighted by recency, half-life 180 days; ranked at each month's end).
    TopSpenders {
        /// Share of active customers (0.2 = the Pareto 20 %).
        share: f64,
    },
    /// Members who became customers within the last `days` days.
    New {
        /// Days since the customer's arrival.
        days: u32,
    },
    /// Members who have not bought for at least `days` days.
    Lapsing {
        /// Days since the last purchase.
        days: u32,
    },
    /// Members in tier `min` or above (1 = the first tier).
    Tier {
        /// Lowest tier, from 1.
        min: u32,
    },
    /// Members whose birthday month it is (for coupons).
    Birthday,
}

/// A targeted extra: more discount or points for a segment of the members.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Who gets it.
    pub segment: Segment,
    /// Extra discount rate on top of the member discount.
    pub extra_discount: f64,
    /// Multiplier of the points earned (1.0 = none).
    pub points_multiplier: f64,
}

/// What happens to the points still on accounts when a programme ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Settle {
    /// Every outstanding point is paid out at its value on the last day.
    PayOut,
    /// Outstanding points are cancelled (they count as expired).
    WriteOff,
}

/// A dated event. Programme events (launch, end, rule change, campaign) act
/// on the programme run only; market events act on both runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    /// The programme starts on `day` (without this event it runs from day 0).
    Launch {
        /// Day (0-based).
        day: u32,
    },
    /// The programme is terminated on `day`.
    End {
        /// Day (0-based).
        day: u32,
        /// What happens to outstanding points.
        settle: Settle,
    },
    /// The rules change (a devaluation when points are worth less or the
    /// threshold rises).
    RuleChange {
        /// Day (0-based).
        day: u32,
        /// New point value as a multiple of the old one (0.5 = halved).
        point_value_factor: f64,
        /// New redemption threshold as a multiple of the old one (2.0 = doubled).
        threshold_factor: f64,
    },
    /// A points campaign: boosted accrual for a period.
    Campaign {
        /// First day (0-based).
        day: u32,
        /// Length in days.
        days: u32,
        /// Accrual multiplier (1.3-1.6 for a 30-60 % bonus).
        multiplier: f64,
    },
    /// A competitor launches its own programme.
    CompetitorProgramme {
        /// Day (0-based).
        day: u32,
        /// What its programme is worth to a typical customer, as a discount rate (0-0.5).
        value: f64,
    },
    /// The competitors cut their prices.
    CompetitorPriceCut {
        /// Day (0-based).
        day: u32,
        /// Price cut (0.05 = 5 % cheaper).
        cut: f64,
    },
    /// Alternatives appear where customers were forced (a monopoly ends).
    Deregulation {
        /// Day (0-based).
        day: u32,
        /// Workable alternatives from then on (at least 1).
        alternatives: u32,
        /// Quality the new alternatives offer (0-1).
        competitor_quality: f64,
    },
    /// The service fails for a while.
    ServiceFailure {
        /// First day (0-based).
        day: u32,
        /// Length in days.
        days: u32,
        /// Drop in experienced quality (0-1 scale).
        severity: f64,
    },
}

impl Event {
    /// Every kind, as written in scenario files, in the order of [`Event`].
    pub const KINDS: [&'static str; 8] = [
        "launch",
        "end",
        "rule_change",
        "campaign",
        "competitor_programme",
        "competitor_price_cut",
        "deregulation",
        "service_failure",
    ];

    /// The day the event starts.
    pub fn day(&self) -> u32 {
        match *self {
            Event::Launch { day }
            | Event::End { day, .. }
            | Event::RuleChange { day, .. }
            | Event::Campaign { day, .. }
            | Event::CompetitorProgramme { day, .. }
            | Event::CompetitorPriceCut { day, .. }
            | Event::Deregulation { day, .. }
            | Event::ServiceFailure { day, .. } => day,
        }
    }

    /// The day the event starts, to change it.
    pub fn day_mut(&mut self) -> &mut u32 {
        match self {
            Event::Launch { day }
            | Event::End { day, .. }
            | Event::RuleChange { day, .. }
            | Event::Campaign { day, .. }
            | Event::CompetitorProgramme { day, .. }
            | Event::CompetitorPriceCut { day, .. }
            | Event::Deregulation { day, .. }
            | Event::ServiceFailure { day, .. } => day,
        }
    }

    /// The event's kind as written in scenario files (`"deregulation"`).
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Launch { .. } => "launch",
            Event::End { .. } => "end",
            Event::RuleChange { .. } => "rule_change",
            Event::Campaign { .. } => "campaign",
            Event::CompetitorProgramme { .. } => "competitor_programme",
            Event::CompetitorPriceCut { .. } => "competitor_price_cut",
            Event::Deregulation { .. } => "deregulation",
            Event::ServiceFailure { .. } => "service_failure",
        }
    }

    /// Whether the event acts on the programme run only (not on the twin).
    pub fn programme_only(&self) -> bool {
        matches!(
            self,
            Event::Launch { .. }
                | Event::End { .. }
                | Event::RuleChange { .. }
                | Event::Campaign { .. }
        )
    }
}

impl Default for Scenario {
    /// The default scenario: a mid-sized retailer launching a points programme.
    fn default() -> Self {
        Scenario {
            name: "Default: points programme for a mid-sized retailer".to_string(),
            simulation: Simulation {
                customers: 10_000,
                days: 730,
                seed: 42,
            },
            business: Business::default(),
            customers: Customers::default(),
            market: Market::default(),
            programme: Some(Programme {
                enrolment: Enrolment {
                    mode: EnrolmentMode::OptIn,
                    card: CardKind::Personal,
                    min_purchase: 0.0,
                    join_propensity: 0.3,
                    bearer_sharing: 0.0,
                },
                costs: ProgrammeCosts {
                    setup: 20_000.0,
                    monthly_operating: 1_500.0,
                    card: 1.0,
                    member_monthly: 0.05,
                    lines: Vec::new(),
                },
                points: Some(Points {
                    earn_rate: 0.02,
                    point_value: 1.0,
                    redemption_threshold: 20,
                    redemption: Redemption::Voluntary,
                    reward_cost_ratio: 1.0,
                    expiry_months: 12,
                    campaigns: Vec::new(),
                    endowed: 0,
                    bonus: None,
                }),
                ..Programme::default()
            }),
            events: Vec::new(),
        }
    }
}

impl Default for Programme {
    /// An opt-in personal card with no benefits and no costs (a starting
    /// point to add mechanics to).
    fn default() -> Self {
        Programme {
            enrolment: Enrolment {
                mode: EnrolmentMode::OptIn,
                card: CardKind::Personal,
                min_purchase: 0.0,
                join_propensity: 0.3,
                bearer_sharing: 0.0,
            },
            costs: ProgrammeCosts {
                setup: 0.0,
                monthly_operating: 0.0,
                card: 0.0,
                member_monthly: 0.0,
                lines: Vec::new(),
            },
            discount: None,
            points: None,
            tiers: None,
            gift: None,
            draw: None,
            discount_for: None,
            points_for: None,
            gift_for: None,
            draw_for: None,
            offers: Vec::new(),
            vip: None,
            club: None,
            coalition: None,
            bank_card: None,
            coupons: Vec::new(),
            gift_cards: None,
            profit_sharing: None,
            referral: None,
            goal: None,
        }
    }
}

impl Default for Business {
    fn default() -> Self {
        Business {
            mean_basket: 40.0,
            gross_margin: 0.30,
            service_quality: 0.70,
            price_index: 1.0,
            annual_discount_rate: 0.08,
            currency: crate::Currency::default(),
        }
    }
}

impl Default for Customers {
    fn default() -> Self {
        Customers {
            occasions_per_year: 24.0,
            rate_shape: 1.0,
            basket_spread: 0.6,
            trip_spread: 0.35,
            price_sensitivity: 1.0,
            reward_appetite: 0.5,
            annual_exit_rate: 0.08,
            lapse_days: 180,
            history: None,
        }
    }
}

impl Default for Market {
    fn default() -> Self {
        Market {
            alternatives: 3,
            competitor_quality: 0.65,
            switching_barrier: 0.15,
            marketing_acquisition: 0.15,
            promoter_tells: 3.5,
            detractor_tells: 10.0,
            referral_conversion: 0.03,
            detraction_loss: 0.01,
            trend: 0.0,
            market_size: None,
        }
    }
}

impl Scenario {
    /// Parses a scenario from JSON: exactly one object, with nothing but
    /// white space after it. Syntax and type errors name the field
    /// (`business.gross_margin: invalid type: string "x", expected f64`).
    /// The result is not yet validated; call [`crate::validate`].
    pub fn from_json(text: &str) -> Result<Scenario, crate::FieldError> {
        if !text.trim_start().starts_with('{') {
            return Err(parse_error("scenario", ParseProblem::NotAnObject));
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let scenario = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let path = if path == "." || path == "?" {
                String::new()
            } else {
                path
            };
            field_error(&path, &inner)
        })?;
        // Only white space may follow: junk, or a second scenario, is refused
        // rather than silently ignored.
        de.end().map_err(|e| {
            let (line, column) = (e.line(), e.column());
            parse_error("scenario", ParseProblem::TrailingText { line, column })
        })?;
        Ok(scenario)
    }

    /// Serialises the scenario as pretty JSON (the format of `scenarios/*.json`).
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn parse_error(path: &str, p: ParseProblem) -> crate::FieldError {
    crate::FieldError::coded(path, crate::ErrorCode::Parse(Box::new(p)))
}

/// Turns a serde_json error at `path` into a field error a user can act on.
fn field_error(path: &str, e: &serde_json::Error) -> crate::FieldError {
    let msg = e.to_string();
    // serde_json appends " at line L column C"; keep it as a separate hint.
    let what = match msg.rfind(" at line ") {
        Some(i) if e.line() > 0 => &msg[..i],
        _ => msg.as_str(),
    };
    let at = (e.line() > 0).then(|| (e.line(), e.column()));
    if let Some(name) = what
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        let full = if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        };
        return parse_error(&full, ParseProblem::Missing { at });
    }
    let at_path = if path.is_empty() { "scenario" } else { path };
    let detail = what.to_string();
    if e.is_syntax() || e.is_eof() {
        return parse_error(at_path, ParseProblem::NotJson { detail, at });
    }
    if let Some((field, rest)) = what
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once('`'))
    {
        let expected = rest
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        let field = field.to_string();
        let p = ParseProblem::UnknownField {
            field,
            expected,
            detail,
            at,
        };
        return parse_error(at_path, p);
    }
    parse_error(at_path, ParseProblem::WrongValue { detail, at })
}
