//! Every user-facing string of the app, in one place (English; a later
//! issue adds Finnish by turning these into a per-language table).
//!
//! Invariant: no component writes user-visible text of its own; labels,
//! units, explanations, messages and verdicts all come from here.

pub use crate::chart_text::{ChartText, CHART_TEXT_EN as CHARTS};

/// The app's name.
pub const APP_NAME: &str = "Loyalty Lab";
/// The tagline under the name.
pub const TAGLINE: &str =
    "Does your loyalty programme pay? Simulate it against a twin without the programme.";

/// Labels of buttons and controls.
pub mod ui {
    pub const RUN: &str = "Run simulation";
    pub const CANCEL: &str = "Cancel";
    pub const TOOLBAR: &str = "Scenario tools";
    pub const COPY_LINK: &str = "Copy link";
    pub const LINK_COPIED: &str = "Link copied to the clipboard.";
    pub const LINK_SHOWN: &str =
        "Copy the link below (the clipboard is not available in this browser).";
    pub const SHARE_LINK_LABEL: &str = "Share link for this scenario";
    pub const DOWNLOAD_JSON: &str = "Download scenario (JSON)";
    pub const UPLOAD_JSON: &str = "Open scenario (JSON)…";
    pub const DOWNLOAD_CSV: &str = "Download monthly results (CSV)";
    pub const DOWNLOAD_PNG: &str = "Download PNG";
    pub const RESET: &str = "Reset to defaults";
    pub const EXAMPLES: &str = "Example scenarios";
    pub const EXAMPLE_PICK: &str = "Load an example…";
    pub const DISMISS: &str = "Dismiss";
    pub const RESTORE_AUTOSAVE: &str = "Restore my last scenario";
    pub const LIVE: &str = "Live update";
    pub const LIVE_HELP: &str =
        "Re-run automatically after each change (only for small populations: up to 20 million customer-days).";
    pub const RUNNING: &str = "Simulating";
    pub const PROGRESS_LABEL: &str = "Simulation progress";
    pub const STALE: &str =
        "These results are for earlier settings. Run the simulation to update them.";
    pub const WAITING: &str = "Simulating the default scenario…";
    pub const NO_RESULT: &str =
        "No results yet: fix the highlighted settings, then run the simulation.";
    pub const CANCELLED: &str = "Run cancelled. The results shown are from the last completed run.";
    pub const ERRORS_TITLE: &str = "Some settings need fixing before the simulation can run:";
    pub const EDITOR_TITLE: &str = "Scenario";
    pub const RESULTS_TITLE: &str = "Results";
    pub const CHARTS_TITLE: &str = "Charts";
    pub const NAME: &str = "Scenario name";
    pub const ON: &str = "On";
    pub const ADD_ROW: &str = "Add row";
    pub const REMOVE_ROW: &str = "Remove";
    pub const NOT_A_NUMBER: &str = "Enter a number (use a dot for decimals, e.g. 0.25).";
    pub const NOT_A_WHOLE_NUMBER: &str = "Enter a whole number (e.g. 12).";
    pub const WORKER_FAILED: &str =
        "The simulation could not start in this browser (Web Workers or WebAssembly are unavailable).";
    pub const FOOTER: &str =
        "Everything runs in your browser: nothing you type or open leaves this machine.";
}

/// Formats "Simulated {customers} customers × {days} days in {ms} ms (programme and twin)."
pub fn timing(customers: u32, days: u32, ms: f64) -> String {
    format!(
        "Simulated {} customers × {} days in {} (programme and twin).",
        crate::format::count(customers as f64),
        crate::format::count(days as f64),
        crate::format::duration_ms(ms)
    )
}

/// Progress text: "Simulating: 40 %".
pub fn progress(fraction: f64) -> String {
    format!("{}: {:.0} %", ui::RUNNING, fraction * 100.0)
}

/// Messages about share links and files.
pub mod notices {
    pub const LINK_NOT_OURS: &str =
        "This link does not contain a Loyalty Lab scenario, so the default scenario is shown.";
    pub const LINK_DAMAGED: &str =
        "This link is damaged or incomplete (perhaps it was cut off when copied), so the default scenario is shown.";
    pub const LINK_FUTURE: &str =
        "This link was made by a newer version of Loyalty Lab than this one, so the default scenario is shown. Reload the page to get the latest version.";
    pub const LINK_INVALID: &str =
        "This link's scenario has values Loyalty Lab cannot use, so the default scenario is shown. The problem: ";
    pub const LINK_LOADED: &str = "Scenario opened from the link.";
    pub const UPLOAD_INVALID: &str =
        "That file is not a usable scenario, so nothing was changed. The problem: ";
    pub const UPLOAD_UNREADABLE: &str = "That file could not be read, so nothing was changed.";
    pub const UPLOAD_LOADED: &str = "Scenario opened from the file.";
    pub const AUTOSAVE_CORRUPT: &str =
        "The scenario saved in this browser could not be read, so the default scenario is shown.";
    pub const STORAGE_UNAVAILABLE: &str =
        "This browser does not let the page save your scenario; download it as JSON to keep it.";
}

/// KPI card titles and explanations.
pub mod kpi {
    pub const INCREMENTAL_PROFIT: &str = "Incremental profit";
    pub const INCREMENTAL_PROFIT_HELP: &str =
        "Profit with the programme minus profit of the twin without it, over the horizon.";
    pub const ROI: &str = "ROI";
    pub const ROI_HELP: &str =
        "Incremental profit per unit spent on the programme (costs and discounts).";
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
    pub const BREAKAGE_HELP: &str =
        "Share of settled points that expired instead of being redeemed.";
    pub const RETENTION: &str = "Retention";
    pub const RETENTION_HELP: &str =
        "Annual retention of active customers with the programme; the twin's below.";
    pub const NPS: &str = "NPS";
    pub const NPS_HELP: &str = "Net Promoter Score at the end (-100 to 100); the twin's below.";
    pub const UPLIFT: &str = "Member uplift";
    pub const UPLIFT_HELP: &str =
        "What members seem to spend more than non-members (naive) against what the programme really adds (true, against their twin).";
    pub const NAIVE: &str = "naive";
    pub const TRUE: &str = "true";
    pub const TWIN: &str = "twin";
    pub const NONE: &str = "none";
    pub const NEVER: &str = "not within the horizon";
    pub const NOT_APPLICABLE: &str = "n/a";
    pub const REVENUE: &str = "Revenue";
    pub const PROGRAMME_COST: &str = "Programme cost";
    pub const DISCOUNTS: &str = "Discounts";
    pub const MEMBERS: &str = "Members at the end";
    pub const OUTSTANDING: &str = "points outstanding";

    /// "month 7".
    pub fn month(m: u32) -> String {
        format!("month {m}")
    }
}

/// The one-sentence verdict under the KPIs.
pub mod verdict {
    use crate::format::money;

    /// No programme configured.
    pub const NO_PROGRAMME: &str =
        "There is no programme in this scenario, so it has exactly the twin's results: switch one on under Programme to see what it does.";

    /// The programme pays back within the horizon.
    pub fn pays(month: u32, profit: f64, months: u32, driver: &str) -> String {
        format!(
            "The programme pays back in month {month} and adds {} of profit over {months} months: {driver}.",
            money(profit)
        )
    }

    /// It does not pay back.
    pub fn loses(loss: f64, months: u32, driver: &str) -> String {
        format!(
            "The programme does not pay back within {months} months: it loses {} against the twin, because {driver}.",
            money(-loss)
        )
    }

    /// It ends ahead but was not steadily ahead (no payback day).
    pub fn ahead_unsteady(profit: f64, months: u32) -> String {
        format!(
            "The programme ends {} ahead of the twin over {months} months, but its cumulative result is not yet steadily positive.",
            money(profit)
        )
    }

    /// Why it pays: extra gross profit covers costs.
    pub fn driver_pays(extra_gross: f64, cost: f64) -> String {
        format!(
            "the extra gross profit from customers ({}) exceeds what the programme costs ({})",
            money(extra_gross),
            money(cost)
        )
    }

    /// Why it loses: costs exceed the extra gross profit.
    pub fn driver_loses(extra_gross: f64, cost: f64) -> String {
        if extra_gross < 0.0 {
            format!(
                "discounts and rewards cut gross profit by {} and the programme costs another {}",
                money(-extra_gross),
                money(cost)
            )
        } else {
            format!(
                "its costs ({}) exceed the extra gross profit it brings ({})",
                money(cost),
                money(extra_gross)
            )
        }
    }
}

/// Group titles and descriptions of the scenario editor.
pub mod groups {
    pub const SIMULATION: &str = "Simulation";
    pub const SIMULATION_HELP: &str =
        "How many customers, for how long, and the random seed (the same seed gives the same numbers anywhere).";
    pub const BUSINESS: &str = "Business and costs";
    pub const BUSINESS_HELP: &str =
        "The firm's prices, margin and quality, and the programme's costs.";
    pub const CUSTOMERS: &str = "Customers";
    pub const CUSTOMERS_HELP: &str =
        "How often customers buy, how much, and how they react to prices and rewards.";
    pub const MARKET: &str = "Market and competition";
    pub const MARKET_HELP: &str = "The alternatives customers have, and word of mouth.";
    pub const PROGRAMME: &str = "Programme";
    pub const PROGRAMME_HELP: &str =
        "The loyalty programme you are designing. Switch mechanics on and off and configure them.";
    pub const PROGRAMME_SWITCH: &str = "Run a loyalty programme";
    pub const PROGRAMME_COSTS: &str = "Programme costs";
    pub const ENROLMENT: &str = "Enrolment and card";
    pub const DISCOUNT: &str = "Discount for card holders";
    pub const DISCOUNT_NONE: &str = "No discount";
    pub const DISCOUNT_FLAT: &str = "Flat discount";
    pub const DISCOUNT_PROGRESSIVE: &str = "Progressive discount (grows with spend)";
    pub const DISCOUNT_KIND: &str = "Kind of discount";
    pub const DISCOUNT_STEPS: &str = "Discount steps";
    pub const POINTS: &str = "Points (bonus)";
    pub const POINTS_SWITCH: &str = "Members earn points";
    pub const CAMPAIGNS: &str = "Accrual campaigns";
    pub const TIERS: &str = "Status tiers";
    pub const TIERS_SWITCH: &str = "Members earn status tiers";
    pub const TIER_LEVELS: &str = "Tier levels";
    pub const GIFT: &str = "Gift with purchase";
    pub const GIFT_SWITCH: &str = "Hand out a gift with every purchase for a period";
    pub const DRAW: &str = "Prize draws";
    pub const DRAW_SWITCH: &str = "Purchases enter a prize draw";
    pub const DRAW_MEMBERS_ONLY: &str = "Only members enter the draw";
}

/// Labels of choices in drop-downs.
pub mod choices {
    pub const OPT_IN: &str = "Opt-in (customers decide to join)";
    pub const AUTOMATIC: &str = "Automatic (everyone at first purchase)";
    pub const PERSONAL: &str = "Personal card (purchases tracked)";
    pub const BEARER: &str = "Bearer card (anyone holding it)";
    pub const VOLUNTARY: &str = "Voluntary (member chooses when)";
    pub const AUTO_REDEEM: &str = "Automatic cashback";
    pub const MODE: &str = "How customers join";
    pub const MODE_HELP: &str =
        "Opt-in programmes attract the customers who already buy most (self-selection).";
    pub const CARD: &str = "Card";
    pub const CARD_HELP: &str =
        "A bearer card can be lent, and tracks nothing, so it allows only a flat discount.";
    pub const REDEMPTION: &str = "Redemption";
    pub const REDEMPTION_HELP: &str =
        "Voluntary redemption lets points pile up (and expire); cashback converts them automatically.";
}

/// Label, unit and one-line explanation of an editable field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldText {
    /// Short label.
    pub label: &'static str,
    /// Unit, shown after the input.
    pub unit: &'static str,
    /// The concept behind the field, in one line.
    pub help: &'static str,
}

const fn f(label: &'static str, unit: &'static str, help: &'static str) -> FieldText {
    FieldText { label, unit, help }
}

/// The text of a field, by its scenario path (table columns use the path
/// without the row index, e.g. `programme.tiers.levels.name`).
pub fn field(path: &str) -> FieldText {
    match path {
        "simulation.customers" => f("Customers", "customers at the start", "Simulated customers of the firm on day 0 (100 to 1,000,000); more is slower but smoother."),
        "simulation.days" => f("Horizon", "days", "How long to simulate (30 to 3,650 days); 730 days is two years."),
        "simulation.seed" => f("Random seed", "whole number", "Fixes every random draw: the same scenario and seed give the same numbers on any machine."),
        "business.mean_basket" => f("Average basket", "currency units", "Mean purchase at list price."),
        "business.gross_margin" => f("Gross margin", "share (0.30 = 30 %)", "Share of the list price left after the cost of goods; discounts come out of it."),
        "business.service_quality" => f("Service quality", "0-1", "Quality of the product and service as customers experience it; drives satisfaction."),
        "business.price_index" => f("Price level", "ratio (1 = market)", "Your list prices relative to the alternatives; price-sensitive customers notice."),
        "business.annual_discount_rate" => f("Discount rate", "per year (0.08 = 8 %)", "Cost of capital used to discount future profit in the NPV."),
        "programme.costs.setup" => f("Set-up cost", "currency units", "One-off cost on day 0: systems, equipment, training."),
        "programme.costs.monthly_operating" => f("Operating cost", "currency units / month", "Fixed running cost: administration, support, communication."),
        "programme.costs.card" => f("Card cost", "currency units / card", "Producing and issuing one card."),
        "programme.costs.member_monthly" => f("Cost per member", "currency units / member / month", "Statements, messages and data per member."),
        "customers.occasions_per_year" => f("Purchase occasions", "per customer per year", "How often an average customer needs to buy in the category (from you or a competitor)."),
        "customers.rate_shape" => f("Frequency equality", "Gamma shape", "Lower values make a few heavy buyers and many light ones (Pareto); 1 is typical."),
        "customers.basket_spread" => f("Basket spread between customers", "log standard deviation", "How much customers' typical baskets differ from each other."),
        "customers.trip_spread" => f("Basket spread between trips", "log standard deviation", "How much one customer's baskets vary from trip to trip."),
        "customers.price_sensitivity" => f("Price sensitivity", "1 = typical", "How strongly customers react to prices and discounts."),
        "customers.reward_appetite" => f("Reward appetite", "0-1", "How much points and perks matter to the average customer."),
        "customers.annual_exit_rate" => f("Moving away", "share per year", "Customers who leave the category or the area each year, whatever you do."),
        "customers.lapse_days" => f("Lapse after", "days", "Days without a purchase after which a customer counts as lapsed (inactive)."),
        "market.alternatives" => f("Alternatives", "competitors", "Workable alternatives customers can choose (0 = a monopoly: every customer is forced)."),
        "market.competitor_quality" => f("Competitor quality", "0-1", "The quality the alternatives offer: the yardstick customers compare you with."),
        "market.switching_barrier" => f("Switching barrier", "share of occasions (0-0.95)", "Share of occasions with no reachable alternative: forced commitment."),
        "market.marketing_acquisition" => f("Marketing acquisition", "share of start customers / year", "New customers a year from advertising."),
        "market.promoter_tells" => f("Promoters tell", "people / year", "People a satisfied customer tells about you each year."),
        "market.detractor_tells" => f("Detractors tell", "people / year", "People a dissatisfied customer tells each year (usually more than promoters)."),
        "market.referral_conversion" => f("Referral conversion", "share", "Share of people told by a promoter who become customers."),
        "market.detraction_loss" => f("Detraction loss", "prospects per person told", "Prospective customers lost per person a detractor tells."),
        "programme.enrolment.min_purchase" => f("Minimum purchase for a card", "currency units", "A single purchase of at least this much earns the card (0 = none)."),
        "programme.enrolment.join_propensity" => f("Join propensity", "0-1", "Chance that an average eligible customer joins when offered."),
        "programme.enrolment.bearer_sharing" => f("Card sharing", "share of purchases", "Share of non-members' purchases made with a borrowed bearer card."),
        "programme.discount.rate" => f("Discount", "share (0.05 = 5 %)", "Discount on every purchase by a card holder."),
        "programme.discount.steps.from_spend" => f("From cumulative spend", "currency units", "Spend since joining from which this rate applies."),
        "programme.discount.steps.rate" => f("Discount", "share", "Discount rate from then on."),
        "programme.points.earn_rate" => f("Earn rate", "points per currency unit", "Points per unit spent; with a point value of 1, 0.02 is 2 % back."),
        "programme.points.point_value" => f("Point value", "currency units / point", "What a point is worth to the member when redeemed."),
        "programme.points.redemption_threshold" => f("Redemption threshold", "points", "Minimum balance before points can be redeemed: a goal that pulls purchases forward."),
        "programme.points.reward_cost_ratio" => f("Reward cost ratio", "cost per unit of reward value", "What a reward costs the firm per unit of its value to the member (1 = like cash)."),
        "programme.points.expiry_months" => f("Points expire after", "months (0 = never)", "Unused points expire: breakage lowers cost but annoys members."),
        "programme.points.campaigns.start_day" => f("First day", "day", "First day of boosted accrual (day 0 is the start)."),
        "programme.points.campaigns.end_day" => f("Last day", "day", "Last day of the campaign (inclusive)."),
        "programme.points.campaigns.multiplier" => f("Multiplier", "× points", "Accrual multiplier: 1.5 gives 50 % more points."),
        "programme.tiers.window_months" => f("Qualification window", "months", "Tiers are re-assessed on the spend within each window; falling short means demotion."),
        "programme.tiers.levels.name" => f("Name", "", "Name of the tier."),
        "programme.tiers.levels.qualifying_spend" => f("Qualifying spend", "currency units / window", "Spend within one window needed to reach or keep the tier."),
        "programme.tiers.levels.discount" => f("Tier discount", "share", "Extra discount for the tier."),
        "programme.tiers.levels.points_multiplier" => f("Points multiplier", "×", "Points earned are multiplied by this (1 = none)."),
        "programme.tiers.levels.service_boost" => f("Service boost", "0-1 quality", "Extra experienced quality from the tier's service and resources."),
        "programme.gift.value" => f("Gift value to customer", "currency units", "What one gift is worth to the customer."),
        "programme.gift.cost" => f("Gift cost", "currency units", "What one gift costs the firm."),
        "programme.gift.start_day" => f("First day", "day", "First day gifts are handed out."),
        "programme.gift.end_day" => f("Last day", "day", "Last day gifts are handed out (inclusive)."),
        "programme.draw.chance" => f("Chance to win", "0-1 per entry", "A rare prize is a pleasant surprise; a frequent one becomes expected."),
        "programme.draw.every" => f("Entry every", "purchases (1-255)", "A customer enters the draw with every N-th purchase."),
        "programme.draw.prize_value" => f("Prize value to customer", "currency units", "What a prize is worth to the winner."),
        "programme.draw.prize_cost" => f("Prize cost", "currency units", "What one prize costs the firm."),
        "programme.draw.monthly_budget" => f("Monthly prize budget", "currency units (0 = no limit)", "Once the month's prizes reach it, entries win nothing until next month."),
        _ => f("", "", ""),
    }
}

/// Column headings and file names for downloads.
pub mod files {
    pub const SCENARIO_FILE: &str = "loyalty-lab-scenario.json";
    pub const CSV_FILE: &str = "loyalty-lab-monthly.csv";
}

/// Names of the bundled example scenarios, in menu order.
pub const EXAMPLE_NAMES: [&str; 5] = [
    "Default: points programme for a mid-sized retailer",
    "No programme",
    "Flat 20 % discount (the discount drug)",
    "Red Cube bonus programme",
    "Silver, gold and platinum tiers",
];
