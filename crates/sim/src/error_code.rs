//! The codes of validation problems: what is wrong, with its arguments (the
//! allowed range, the value given), so that a shell can say it in its
//! reader's language. [`ErrorCode`]'s `Display` is the English sentence the
//! CLI prints.
//!
//! Invariant: the English of a code is exactly the message a
//! [`crate::FieldError`] carries (`FieldError::coded` builds both from the
//! code), so `Display` of an error did not change when codes came in.

use std::fmt;

/// The kind of value a field holds, as a range error names it ("must be an
/// amount between 0 and 1000000").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// "an amount" (currency units).
    Amount,
    /// "a share" (0 to 1).
    Share,
    /// "a number of days".
    Days,
    /// "a discount rate".
    DiscountRate,
    /// "a number of points".
    Points,
    /// "a multiplier".
    Multiplier,
    /// "a yearly share".
    YearlyShare,
    /// "a yearly count".
    YearlyCount,
    /// "a quality" (0 to 1).
    Quality,
    /// "a probability".
    Probability,
    /// "a number of months".
    Months,
    /// "points per currency unit".
    PointsPerUnit,
    /// "an amount per point".
    AmountPerPoint,
    /// "a quality boost".
    QualityBoost,
    /// "a multiple".
    Multiple,
    /// "a log standard deviation".
    LogSd,
    /// "a count".
    Count,
    /// "points a year".
    PointsPerYear,
    /// "a yearly rate".
    YearlyRate,
    /// "a whole number of days".
    WholeDays,
    /// "a whole number of customers".
    WholeCustomers,
    /// "a sensitivity".
    Sensitivity,
    /// "a rate".
    Rate,
    /// "a quality drop".
    QualityDrop,
    /// "a price ratio".
    PriceRatio,
    /// "a number of purchases".
    Purchases,
    /// "a number of partners".
    Partners,
    /// "a number of events".
    Events,
    /// "a cost ratio".
    CostRatio,
    /// "a tier number".
    TierNumber,
    /// "a price cut".
    PriceCut,
    /// "a number of months (0 = never)".
    MonthsOrNever,
    /// "a Gamma shape".
    GammaShape,
    /// "a yearly growth rate of the customer base (0.05 = 5 % a year, 0 = steady)".
    GrowthRate,
    /// "a number of weeks".
    Weeks,
    /// "a model parameter" (a fitted distribution's parameter).
    ModelParameter,
}

impl Quantity {
    /// Every quantity, for shells that translate them (and their tests).
    pub const ALL: [Quantity; 36] = [
        Quantity::Amount,
        Quantity::Share,
        Quantity::Days,
        Quantity::DiscountRate,
        Quantity::Points,
        Quantity::Multiplier,
        Quantity::YearlyShare,
        Quantity::YearlyCount,
        Quantity::Quality,
        Quantity::Probability,
        Quantity::Months,
        Quantity::PointsPerUnit,
        Quantity::AmountPerPoint,
        Quantity::QualityBoost,
        Quantity::Multiple,
        Quantity::LogSd,
        Quantity::Count,
        Quantity::PointsPerYear,
        Quantity::YearlyRate,
        Quantity::WholeDays,
        Quantity::WholeCustomers,
        Quantity::Sensitivity,
        Quantity::Rate,
        Quantity::QualityDrop,
        Quantity::PriceRatio,
        Quantity::Purchases,
        Quantity::Partners,
        Quantity::Events,
        Quantity::CostRatio,
        Quantity::TierNumber,
        Quantity::PriceCut,
        Quantity::MonthsOrNever,
        Quantity::GammaShape,
        Quantity::GrowthRate,
        Quantity::Weeks,
        Quantity::ModelParameter,
    ];

    /// The English words, as range errors use them ("an amount").
    pub fn english(self) -> &'static str {
        use Quantity::*;
        match self {
            Amount => "an amount",
            Share => "a share",
            Days => "a number of days",
            DiscountRate => "a discount rate",
            Points => "a number of points",
            Multiplier => "a multiplier",
            YearlyShare => "a yearly share",
            YearlyCount => "a yearly count",
            Quality => "a quality",
            Probability => "a probability",
            Months => "a number of months",
            PointsPerUnit => "points per currency unit",
            AmountPerPoint => "an amount per point",
            QualityBoost => "a quality boost",
            Multiple => "a multiple",
            LogSd => "a log standard deviation",
            Count => "a count",
            PointsPerYear => "points a year",
            YearlyRate => "a yearly rate",
            WholeDays => "a whole number of days",
            WholeCustomers => "a whole number of customers",
            Sensitivity => "a sensitivity",
            Rate => "a rate",
            QualityDrop => "a quality drop",
            PriceRatio => "a price ratio",
            Purchases => "a number of purchases",
            Partners => "a number of partners",
            Events => "a number of events",
            CostRatio => "a cost ratio",
            TierNumber => "a tier number",
            PriceCut => "a price cut",
            MonthsOrNever => "a number of months (0 = never)",
            GammaShape => "a Gamma shape",
            GrowthRate => {
                "a yearly growth rate of the customer base (0.05 = 5 % a year, 0 = steady)"
            }
            Weeks => "a number of weeks",
            ModelParameter => "a model parameter",
        }
    }
}

/// A rule between fields that a scenario breaks (no arguments: the path
/// says where).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Only a bearer card can be shared: "only a bearer card can be shared; set it to 0 or use \"card\": \"bearer\"".
    BearerSharing,
    /// A progressive discount with no step: "needs at least one step ({\"from_spend\": 0, \"rate\": 0.02})".
    StepsNeeded,
    /// A step with a lower rate than the one before: "a progressive discount cannot fall as spend grows".
    StepsFall,
    /// A progressive discount with a bearer card: "a progressive discount needs a personal card to track cumulative spend; use a flat discount or \"card\": \"personal\"".
    ProgressiveNeedsPersonal,
    /// `discount_for` without a discount: "limits the discount to a segment, but there is no discount; add one or remove the limit".
    DiscountLimitWithoutDiscount,
    /// A segment limit on a benefit the programme lacks: "limits a benefit the programme does not have; add it or remove the limit".
    LimitWithoutBenefit,
    /// More than 8 targeted offers: "at most 8 targeted offers are allowed".
    TooManyOffers,
    /// A tier segment without tiers: "targets a tier, but the programme has no tiers".
    TierSegmentWithoutTiers,
    /// More than 32 events: "at most 32 events are allowed".
    TooManyEvents,
    /// A second deregulation: "a monopoly can be deregulated only once".
    DeregulatedTwice,
    /// A second launch: "the programme can be launched only once".
    LaunchedTwice,
    /// A second end: "the programme can end only once".
    EndedTwice,
    /// A rule change without points: "changes the points rules, but there are no points".
    RuleChangeWithoutPoints,
    /// A points campaign without points: "boosts points, but there are no points".
    CampaignWithoutPoints,
    /// Deregulation of a market with alternatives: "deregulation ends a monopoly, but the market already has alternatives; set market.alternatives to 0".
    DeregulationWithAlternatives,
    /// Referral points without points: "gives points, but the programme has no points; switch on points or give a reward instead".
    ReferralPointsWithoutPoints,
    /// A coalition without points: "a coalition shares a points currency; switch on points first".
    CoalitionWithoutPoints,
    /// Points with a bearer card: "points need a personal card to track purchases; set programme.enrolment.card to \"personal\"".
    PointsNeedPersonal,
    /// Tiers with a bearer card: "tiers need a personal card to track spend; set programme.enrolment.card to \"personal\"".
    TiersNeedPersonal,
    /// No tier, or more than 8: "needs between 1 and 8 tiers".
    TierCount,
    /// A tier without a name: "needs a name (e.g. \"silver\")".
    TierName,
    /// More than 8 kinds of coupon: "at most 8 kinds of coupon are allowed".
    TooManyCoupons,
    /// An impossible history class: "a history class's last purchase (t_x) must lie between its first purchase and day 0 (0 <= t_x <= T), and be 0 without repeat purchases".
    HistoryRecency,
}

impl Rule {
    /// Every rule, for shells that translate them (and their tests).
    pub const ALL: [Rule; 23] = [
        Rule::BearerSharing,
        Rule::StepsNeeded,
        Rule::StepsFall,
        Rule::ProgressiveNeedsPersonal,
        Rule::DiscountLimitWithoutDiscount,
        Rule::LimitWithoutBenefit,
        Rule::TooManyOffers,
        Rule::TierSegmentWithoutTiers,
        Rule::TooManyEvents,
        Rule::DeregulatedTwice,
        Rule::LaunchedTwice,
        Rule::EndedTwice,
        Rule::RuleChangeWithoutPoints,
        Rule::CampaignWithoutPoints,
        Rule::DeregulationWithAlternatives,
        Rule::ReferralPointsWithoutPoints,
        Rule::CoalitionWithoutPoints,
        Rule::PointsNeedPersonal,
        Rule::TiersNeedPersonal,
        Rule::TierCount,
        Rule::TierName,
        Rule::TooManyCoupons,
        Rule::HistoryRecency,
    ];

    /// The English sentence (without the path).
    pub fn english(self) -> &'static str {
        use Rule::*;
        match self {
            BearerSharing => "only a bearer card can be shared; set it to 0 or use \"card\": \"bearer\"",
            StepsNeeded => "needs at least one step ({\"from_spend\": 0, \"rate\": 0.02})",
            StepsFall => "a progressive discount cannot fall as spend grows",
            ProgressiveNeedsPersonal => "a progressive discount needs a personal card to track cumulative spend; use a flat discount or \"card\": \"personal\"",
            DiscountLimitWithoutDiscount => "limits the discount to a segment, but there is no discount; add one or remove the limit",
            LimitWithoutBenefit => "limits a benefit the programme does not have; add it or remove the limit",
            TooManyOffers => "at most 8 targeted offers are allowed",
            TierSegmentWithoutTiers => "targets a tier, but the programme has no tiers",
            TooManyEvents => "at most 32 events are allowed",
            DeregulatedTwice => "a monopoly can be deregulated only once",
            LaunchedTwice => "the programme can be launched only once",
            EndedTwice => "the programme can end only once",
            RuleChangeWithoutPoints => "changes the points rules, but there are no points",
            CampaignWithoutPoints => "boosts points, but there are no points",
            DeregulationWithAlternatives => "deregulation ends a monopoly, but the market already has alternatives; set market.alternatives to 0",
            ReferralPointsWithoutPoints => "gives points, but the programme has no points; switch on points or give a reward instead",
            CoalitionWithoutPoints => "a coalition shares a points currency; switch on points first",
            PointsNeedPersonal => "points need a personal card to track purchases; set programme.enrolment.card to \"personal\"",
            TiersNeedPersonal => "tiers need a personal card to track spend; set programme.enrolment.card to \"personal\"",
            TierCount => "needs between 1 and 8 tiers",
            TierName => "needs a name (e.g. \"silver\")",
            TooManyCoupons => "at most 8 kinds of coupon are allowed",
            HistoryRecency => "a history class's last purchase (t_x) must lie between its first purchase and day 0 (0 <= t_x <= T), and be 0 without repeat purchases",
        }
    }
}

/// Where in a file's text a problem is: line and column (from 1).
pub type Place = Option<(usize, usize)>;

/// Why a file's text is not a scenario (the JSON reader's problems). The
/// serde `detail` is English; the English message is built from it, a
/// shell in another language says the problem from the other fields.
#[derive(Clone, Debug, PartialEq)]
pub enum ParseProblem {
    /// The text is not one `{ ... }` object.
    NotAnObject,
    /// Text follows the scenario's closing brace.
    TrailingText {
        /// Where the extra text starts.
        line: usize,
        /// Its column.
        column: usize,
    },
    /// A required field is missing (the path names it).
    Missing {
        /// Where the group that lacks it ends.
        at: Place,
    },
    /// The text is not valid JSON.
    NotJson {
        /// The reader's English.
        detail: String,
        /// Where it stops being JSON.
        at: Place,
    },
    /// A field that no scenario has.
    UnknownField {
        /// The field's name.
        field: String,
        /// The fields allowed there.
        expected: Vec<String>,
        /// The reader's English.
        detail: String,
        /// Where it is.
        at: Place,
    },
    /// A value of the wrong kind or shape.
    WrongValue {
        /// The reader's English.
        detail: String,
        /// Where it is.
        at: Place,
    },
}

impl fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = |at: &Place| match at {
            Some((l, c)) => format!(" (at line {l} column {c})"),
            None => String::new(),
        };
        match self {
            ParseProblem::NotAnObject => f.write_str(
                "must be a JSON object ({ ... }); `loyalty example` prints a complete one",
            ),
            ParseProblem::TrailingText { line, column } => write!(
                f,
                "has more text after the scenario's closing brace (line {line}, column {column}); the input must hold exactly one scenario, so remove what follows"
            ),
            ParseProblem::Missing { at } => write!(
                f,
                "is required but missing{}; `loyalty example` prints a complete scenario",
                place(at)
            ),
            ParseProblem::NotJson { detail, at } => {
                write!(f, "is not valid JSON: {detail}{}", place(at))
            }
            ParseProblem::UnknownField { detail, at, .. }
            | ParseProblem::WrongValue { detail, at } => write!(f, "{detail}{}", place(at)),
        }
    }
}

/// What is wrong with a field, with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorCode {
    /// The value must be `what` between `lo` and `hi` (both allowed); it
    /// was `got` (not finite when the input was NaN or infinite). Whole
    /// numbers are carried exactly (all are below 2^53).
    OutOfRange {
        /// The kind of value.
        what: Quantity,
        /// The smallest allowed value.
        lo: f64,
        /// The largest allowed value.
        hi: f64,
        /// The value given.
        got: f64,
    },
    /// A rule between fields is broken.
    Rule(Rule),
    /// An event or a period ends (day `end`) before it starts (day `start`).
    EndsBeforeStart {
        /// Its first day.
        start: u32,
        /// Its last day.
        end: u32,
    },
    /// A day is after the horizon: days run from 0 to `last` (`got` given).
    AfterHorizon {
        /// The last day of the horizon.
        last: u32,
        /// The day given.
        got: u32,
    },
    /// A money input could book more than a run may: it must be between
    /// `lo` and `hi` for this scenario (`got` given), because with up to
    /// `customers` customers over `days` days it could book about `could`
    /// currency units, and a run may book at most `limit`.
    MoneyLimit {
        /// The smallest allowed value.
        lo: f64,
        /// The largest value this scenario allows.
        hi: f64,
        /// The value given.
        got: f64,
        /// The most customers the run could have.
        customers: f64,
        /// The horizon in days.
        days: u32,
        /// What it could book, in currency units.
        could: f64,
        /// The most a run may book, in currency units.
        limit: f64,
    },
    /// The market must hold from `lo` (the day-0 customers) to `hi` (the
    /// population limit) people (`got` given); leaving it out gives `default`.
    MarketSize {
        /// The day-0 customers.
        lo: u64,
        /// The most customers one run can simulate.
        hi: u64,
        /// The value given.
        got: u64,
        /// The market's size when it is left out.
        default: u64,
    },
    /// At most `max` cost lines are allowed.
    TooManyCostLines {
        /// The most cost lines allowed.
        max: u32,
    },
    /// A progressive discount's step (from spend `got`) is not above the
    /// previous step's (`previous`).
    StepsOutOfOrder {
        /// This step's spend.
        got: f64,
        /// The previous step's spend.
        previous: f64,
    },
    /// The discount and the tier discount add up to `percent` %; at most 90 %.
    DiscountsTooHigh {
        /// Their sum, in percent.
        percent: f64,
    },
    /// The points give back `percent` % of spend; at most 50 %.
    RebateTooHigh {
        /// The earn rate times the point's value, in percent.
        percent: f64,
    },
    /// A tier's qualifying spend (`got`) is not above the previous tier's
    /// (`previous`, of the tier named `name`).
    TiersOutOfOrder {
        /// This tier's qualifying spend.
        got: f64,
        /// The previous tier's name.
        name: String,
        /// The previous tier's qualifying spend.
        previous: f64,
    },
    /// The programme ends (day `end`) before it is launched (day `launch`).
    EndsBeforeLaunch {
        /// The launch day.
        launch: u32,
        /// The end day.
        end: u32,
    },
    /// A programme event (of kind `event`, e.g. `rule_change`) in a scenario
    /// without a programme.
    NeedsProgramme {
        /// The event's kind as written in the file.
        event: String,
    },
    /// The currency is not usable.
    Currency(crate::CurrencyProblem),
    /// A problem of an experiment (its checks in
    /// [`crate::experiment::Plan::new`]).
    Experiment(Box<crate::experiment::Problem>),
    /// A file's text that is not a scenario.
    Parse(Box<ParseProblem>),
    /// Any other problem (a file that does not parse), as an English
    /// sentence without the path.
    Message(String),
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorCode::OutOfRange { what, lo, hi, got } => write!(
                f,
                "must be {} between {lo} and {hi} (got {got})",
                what.english()
            ),
            ErrorCode::Rule(r) => f.write_str(r.english()),
            ErrorCode::EndsBeforeStart { start, end } => {
                write!(f, "ends (day {end}) before it starts (day {start})")
            }
            ErrorCode::AfterHorizon { last, got } => write!(
                f,
                "is after the horizon: days run from 0 to {last} (got {got})"
            ),
            ErrorCode::MoneyLimit {
                lo,
                hi,
                got,
                customers,
                days,
                could,
                limit,
            } => write!(
                f,
                "must be between {lo} and {hi} for this scenario (got {got}): with up to \
                 {customers} customers over {days} days it could book about {could:.2e} \
                 currency units, and a run may book at most {limit:.0e}; lower it, or \
                 simulate fewer customers, a smaller market or fewer days"
            ),
            ErrorCode::MarketSize {
                lo,
                hi,
                got,
                default,
            } => write!(
                f,
                "must be a whole number of people between {lo} (simulation.customers) and \
                 {hi} (the most customers one run can simulate) (got {got}); leave it out \
                 for {default}"
            ),
            ErrorCode::TooManyCostLines { max } => {
                write!(f, "at most {max} cost lines are allowed")
            }
            ErrorCode::StepsOutOfOrder { got, previous } => write!(
                f,
                "steps must be in increasing order of spend ({got} is not above the \
                 previous step's {previous})"
            ),
            ErrorCode::DiscountsTooHigh { percent } => write!(
                f,
                "the discount and the tier discount add up to {percent:.0} %; at most 90 % \
                 is allowed"
            ),
            ErrorCode::RebateTooHigh { percent } => write!(
                f,
                "gives back {percent:.0} % of spend; at most 50 % is allowed"
            ),
            ErrorCode::TiersOutOfOrder {
                got,
                name,
                previous,
            } => write!(
                f,
                "tiers must be in increasing order of qualifying spend ({got} is not above \
                 {name}'s {previous})"
            ),
            ErrorCode::EndsBeforeLaunch { launch, end } => write!(
                f,
                "the programme ends (day {end}) before it is launched (day {launch})"
            ),
            ErrorCode::NeedsProgramme { event } => write!(
                f,
                "is a programme event ({event}), but there is no programme"
            ),
            ErrorCode::Currency(p) => f.write_str(p.english()),
            ErrorCode::Experiment(p) => write!(f, "{p}"),
            ErrorCode::Parse(p) => write!(f, "{p}"),
            ErrorCode::Message(m) => f.write_str(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_message_of_before_codes() {
        let c = ErrorCode::OutOfRange {
            what: Quantity::WholeCustomers,
            lo: 100.0,
            hi: 1_000_000.0,
            got: 5.0,
        };
        assert_eq!(
            c.to_string(),
            "must be a whole number of customers between 100 and 1000000 (got 5)"
        );
        let c = ErrorCode::OutOfRange {
            what: Quantity::Share,
            lo: 0.0,
            hi: 0.95,
            got: f64::NAN,
        };
        assert_eq!(
            c.to_string(),
            "must be a share between 0 and 0.95 (got NaN)"
        );
    }
}
