pub const INCREMENTAL_PROFIT: &str = "Incremental profit";
pub const INCREMENTAL_PROFIT_HELP: &str =
    "Profit with the programme minus profit of the twin without it, over the horizon.";
pub const ROI: &str = "ROI";
pub const ROI_HELP: &str =
        "Incremental profit per currency unit the programme spent: its costs plus the discounts it gave.";
/// The ROI card's line under the value: what it was divided by.
pub fn roi_basis(cost: f64, discounts: f64) -> String {
    use crate::format::money;
    format!(
        "on {} spent: costs {} + discounts {}",
        money(cost + discounts),
        money(cost),
        money(discounts)
    )
}
pub const PAYBACK: &str = "Payback";
pub const PAYBACK_HELP: &str =
    "First month from which cumulative incremental profit stays at or above zero.";
pub const NPV: &str = "NPV";
pub const NPV_HELP: &str =
    "Net present value of the daily incremental profit at the scenario's discount rate.";
pub const LIABILITY: &str = "Points liability";
pub const LIABILITY_HELP: &str =
    "Expected cost of honouring the points still on members' accounts at the end.";
pub const BREAKAGE: &str = "Breakage";
pub const BREAKAGE_HELP: &str = "Share of settled points that expired instead of being redeemed.";
pub const RETENTION: &str = "Retention";
pub const RETENTION_HELP: &str =
    "Annual retention of active customers with the programme; the twin's below.";
pub const NPS: &str = "NPS";
pub const NPS_HELP: &str = "Net Promoter Score at the end (-100 to 100); the twin's below.";
pub const UPLIFT: &str = "Member uplift";
pub const UPLIFT_HELP: &str =
        "What the programme really adds to members' spend (true, against their twin), beside what members seem to spend more than non-members (naive).";
pub const NO_MEMBERS: &str = "no members";
pub const NAIVE: &str = "naive";
pub const TRUE_AGAINST_TWIN: &str = "true, against the twin";
pub const TWIN: &str = "twin";
pub const NONE: &str = "none";
pub const NEVER: &str = "not within the horizon";
pub const NOT_APPLICABLE: &str = "n/a";
pub const REVENUE: &str = "Revenue";
pub const PROGRAMME_COST: &str = "Programme cost";
pub const DISCOUNTS: &str = "Discounts";
pub const MEMBERS: &str = "Members at the end";
pub const OUTSTANDING: &str = "points outstanding";
pub const PROGRAMME_INCOME: &str = "Programme income";

/// "month 7".
pub fn month(m: u32) -> String {
    format!("month {m}")
}
