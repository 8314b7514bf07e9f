use crate::format::money;

pub const TABS: &str = "Result views";
pub const OVERVIEW: &str = "Overview";
pub const FINANCE: &str = "Finance";
pub const TITLE: &str = "Finance";
pub const INTRO: &str = "Where the incremental profit comes from, what became of each month's points, the points' roll-forward, the tiers and the spend deciles. Each table downloads as CSV with every number exact, in the units its header names.";
pub const CHARTS_TITLE: &str = "Finance charts";
pub const DOWNLOAD_CSV: &str = "Download CSV";
/// The CSV file of a table, `{}` is its name (`points-rollforward`).
pub const FILE_PATTERN: &str = "loyalty-lab-{}.csv";

pub const WATERFALL: &str = "Waterfall of the incremental profit";
pub const WATERFALL_EMPTY: &str = "No parts.";
pub const WATERFALL_COLUMNS: [&str; 2] = ["Part", "Amount (currency units)"];

pub const ROLLFORWARD: &str = "Points roll-forward";
pub const ROLLFORWARD_EMPTY: &str = "No points in this scenario.";
pub const ROLLFORWARD_COLUMNS: [&str; 15] = [
    "Month",
    "Opening (points)",
    "Issued (points)",
    "Redeemed (points)",
    "Expired (points)",
    "Closing (points)",
    "Cost of a point (currency units)",
    "Opening (currency units)",
    "Issued (currency units)",
    "Redeemed (currency units)",
    "Expired (currency units)",
    "Revaluation (currency units)",
    "Closing (currency units)",
    "Breakage so far",
    "Liability (currency units)",
];

pub const TIERS: &str = "Tiers";
pub const TIERS_EMPTY: &str = "No tiers in this scenario.";
pub const TIERS_COLUMNS: [&str; 13] = [
    "Tier",
    "Name",
    "Members (ever)",
    "Members at the end",
    "Revenue (currency units)",
    "Gross profit (currency units)",
    "Twin's gross profit (currency units)",
    "Extra margin (currency units)",
    "Benefit cost (currency units)",
    "Rewards (currency units)",
    "Profit a member (currency units)",
    "Promotions into (all months)",
    "Demotions out of (all months)",
];

pub const DECILES: &str = "Incremental profit by the twin's spend decile";
pub const DECILES_EMPTY: &str = "No customers.";
pub const DECILES_COLUMNS: [&str; 12] = [
    "Decile (0: only in the programme run)",
    "Customers",
    "Twin's sales (currency units)",
    "Sales (currency units)",
    "Retention (currency units)",
    "Frequency (currency units)",
    "Basket (currency units)",
    "Acquisition (currency units)",
    "Subsidy (currency units)",
    "Other discounts (currency units)",
    "Other rewards (currency units)",
    "Total (currency units)",
];

pub const SEGMENTS: &str = "Targeted segments";
pub const SEGMENTS_EMPTY: &str = "No offers, coupons, VIP terms or club in this scenario.";
pub const SEGMENTS_COLUMNS: [&str; 8] = [
    "Benefit",
    "Which (1 = the first of its kind)",
    "Segment",
    "Members reached",
    "Own cost (currency units)",
    "Incremental gross profit of those reached (currency units)",
    "Incremental gross profit of the others (currency units)",
    "Cost per unit of incremental profit",
];
/// What `cost_per_profit` shows when it has no value (no cost, or no gain).
pub const NO_VALUE: &str = "–";

/// A targeted segment's benefit, from the report's `kind`.
pub fn segment_kind(kind: &str) -> &'static str {
    match kind {
        "offer" => "Targeted offer",
        "coupon" => "Coupon",
        "vip" => "VIP terms",
        "club" => "Club",
        _ => "Other",
    }
}

pub const XLSX_BUTTON: &str = "Download spreadsheet (xlsx)";
pub const XLSX_NOTE: &str = "The whole result in one workbook: the KPIs, both runs' months, the waterfall, members, deciles, points, cohorts, tiers and segments, one sheet each, with units in the headers.";
pub const XLSX_MAKING: &str = "Making the spreadsheet…";
/// The spreadsheet's file name.
pub const XLSX_FILE: &str = "loyalty-lab-result.xlsx";

/// Why the spreadsheet could not be made, `reason` as the browser or the writer gave it.
pub fn xlsx_failed(reason: &str) -> String {
    format!("The spreadsheet could not be made ({reason}). The tables above download as CSV.")
}

pub const COST_LINES: &str = "Programme costs, line by line";
pub const COST_LINES_EMPTY: &str = "No programme costs in this scenario.";
pub const COST_LINES_COLUMNS: [&str; 6] = [
    "Item",
    "When",
    "For",
    "Amount each time (currency units)",
    "Times booked",
    "Cost (currency units)",
];
/// The editor's caption of the cost list.
pub const COST_LINES_CAPTION: &str = "Cost list (on top of the amounts above)";
/// `(value, label)` of a cost line's timing.
pub const TIMINGS: [(&str, &str); 2] = [("one_off", "One-off"), ("monthly", "Monthly")];
/// `(value, label)` of a cost line's basis.
pub const BASES: [(&str, &str); 2] = [("fixed", "Fixed"), ("per_member", "Per member")];

/// A cost line's item (or one of the four amounts every scenario has) by its name in the report.
pub fn cost_item(name: &str) -> &'static str {
    match name {
        "cards" => "Card production and issuing",
        "administration" => "Administration",
        "technical_support" => "Technical support",
        "disputes" => "Handling disputes",
        "equipment" => "Special equipment",
        "staff" => "Staff hiring and training",
        "communication" => "Communication",
        "setup" => "Set-up cost",
        "monthly_operating" => "Operating cost",
        "card" => "Card cost",
        "member_monthly" => "Cost per member",
        _ => "Other",
    }
}

/// A timing or basis word of the report (`one_off`, `per_member`) as shown.
pub fn cost_word(word: &str) -> &'static str {
    TIMINGS
        .iter()
        .chain(BASES.iter())
        .find(|(v, _)| *v == word)
        .map_or("", |(_, l)| l)
}

/// The editor's texts of the cost list's columns.
pub fn field(path: &str) -> Option<super::FieldText> {
    let f = |label, unit, help| Some(super::FieldText { label, unit, help });
    match path {
        "programme.costs.lines.item" => f("Item", "", "What the line pays for, as the source texts list a programme's costs."),
        "programme.costs.lines.timing" => f("When", "", "One-off: when the programme starts (fixed) or when a member joins (per member). Monthly: every month the programme runs."),
        "programme.costs.lines.basis" => f("For", "", "Fixed: for the whole programme. Per member: for each member (each one joining, or each member's month)."),
        "programme.costs.lines.amount" => f("Amount", "currency units", "What the line costs each time it is booked."),
        _ => None,
    }
}

/// The editor's goal control.
pub const GOAL_LABEL: &str = "Goal of the programme";
pub const GOAL_HELP: &str = "What the programme is for: the verdict and the Finance tab judge it against this (none: judged on profit alone).";
/// `(value, label)` of each goal; `none` is no goal.
pub const GOALS: [(&str, &str); 4] = [
    ("none", "None stated"),
    ("acquisition", "Attract new customers"),
    ("retention", "Retain existing customers"),
    ("defensive", "Counter a competitor"),
];
pub const GOAL_TITLE: &str = "Against its goal";

/// A retention programme: the churn it prevented and the retention part.
pub fn goal_retention(prevented: i64, retention: f64) -> String {
    if prevented > 0 {
        format!(
            "As a retention programme: it kept {} customers who would have been lost without it, and keeping customers brought {} of the extra margin (the waterfall's retention part).",
            crate::format::count(prevented as f64),
            money(retention)
        )
    } else {
        format!(
            "As a retention programme it falls short: it prevented no churn ({} customers on balance), and the waterfall's retention part is {}.",
            crate::format::count(prevented as f64),
            money(retention)
        )
    }
}

/// An acquisition programme: the customers brought and their cost each.
pub fn goal_acquisition(brought: i64, each: Option<f64>) -> String {
    match each {
        Some(c) if brought > 0 => format!(
            "As an acquisition programme: it brought {} customers, at {} each (the programme's net cost divided by them).",
            crate::format::count(brought as f64),
            money(c)
        ),
        _ => "As an acquisition programme it falls short: it brought no new customers.".to_string(),
    }
}

/// A defensive programme: the customers kept through the competitor's move.
pub fn goal_defensive(day: Option<u32>, kept: Option<i64>) -> String {
    match (day, kept) {
        (Some(d), Some(k)) if k > 0 => format!(
            "As a defensive programme: through the competitor's move on day {d} it kept {} more active customers than the twin.",
            crate::format::count(k as f64)
        ),
        (Some(d), Some(k)) => format!(
            "As a defensive programme it falls short: through the competitor's move on day {d} it kept no more active customers than the twin ({} on balance).",
            crate::format::count(k as f64)
        ),
        _ => "A defensive programme is judged on a competitor's move: add a competitor programme or price cut to the timeline.".to_string(),
    }
}

/// The design's benefits pull in different directions.
pub fn goal_mixed(acquisition: &[&str], retention: &[&str]) -> String {
    format!(
        "Its benefits pull in different directions: {} aim at new customers, {} at keeping existing ones; the source texts warn that a programme chasing several goals at once rarely reaches any.",
        acquisition.join(", "),
        retention.join(", ")
    )
}

/// A lever (a mechanic's scenario name) as the goal sentences name it.
pub fn lever(name: &str) -> &'static str {
    match name {
        "referral" => "the referral bonus",
        "coalition" => "the coalition's partners",
        "gift" => "the welcome gift",
        "offers" => "the targeted offers",
        "coupons" => "the coupons",
        "tiers" => "the tiers",
        "vip" => "the VIP terms",
        "club" => "the club",
        "profit_sharing" => "profit sharing",
        _ => "another benefit",
    }
}
