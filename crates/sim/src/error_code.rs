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
}

impl Quantity {
    /// Every quantity, for shells that translate them (and their tests).
    pub const ALL: [Quantity; 34] = [
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
    /// Any other problem (a rule between fields, a file that does not
    /// parse), as an English sentence without the path.
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
