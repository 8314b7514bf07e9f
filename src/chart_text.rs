//! Every user-facing string of the charts (captions, axis descriptions,
//! series names, notes, accessible descriptions, number-format symbols).
//!
//! Patterns that take a value contain `{}`, which the chart code replaces with
//! `.replace("{}", ...)`. [`CHART_TEXT_EN`], [`CHART_TEXT_FI`] and
//! [`CHART_TEXT_LB`] are the three languages' sets ([`of`] picks one); a test
//! checks that every field is translated.

use crate::i18n::Lang;

#[path = "chart_text_fi.rs"]
mod fi;
#[path = "chart_text_lb.rs"]
mod lb;
pub use fi::CHART_TEXT_FI;
pub use lb::CHART_TEXT_LB;

/// The strings the chart module shows. All fields are `&'static str`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartText {
    /// The language of these texts (for the charts whose text lives in
    /// their view's text module: `text::calibrate::charts`, `text::experiments`).
    pub lang: Lang,
    // ----- number format -----
    /// Decimal separator in tick labels and value labels.
    pub decimal_separator: &'static str,
    /// Suffix for thousands in compact numbers (`1.2 k`).
    pub thousands_suffix: &'static str,
    /// Suffix for millions in compact numbers (`3.4 M`).
    pub millions_suffix: &'static str,
    /// Suffix for billions in compact numbers (`1.5 bn`).
    pub billions_suffix: &'static str,
    /// A percentage value label; `{}` is the signed number (`+12`).
    pub percent_value_pattern: &'static str,

    // ----- series name patterns -----
    /// A series of the programme run; `{}` is the measure (`Revenue (programme)`).
    pub programme_pattern: &'static str,
    /// A series of the baseline twin; `{}` is the measure (`Revenue (twin)`).
    pub twin_pattern: &'static str,
    /// The programme run as a series of its own (bar charts).
    pub programme: &'static str,
    /// The baseline twin as a series of its own (bar charts).
    pub twin: &'static str,

    // ----- notes -----
    /// Shown instead of a chart when the report has no months.
    pub no_data: &'static str,
    /// Shown instead of the cost chart when all costs are zero.
    pub no_costs: &'static str,
    /// Shown instead of the points chart when there are no points.
    pub no_points: &'static str,
    /// The uplift chart when no member is left at the end.
    pub no_members: &'static str,
    /// Note on the cumulative-profit chart when there is no payback day.
    pub no_payback: &'static str,
    /// Label of the payback point; `{}` is the month number.
    pub payback_pattern: &'static str,

    // ----- axis descriptions -----
    /// X axis of the time charts.
    pub axis_month: &'static str,
    /// Money axis.
    pub axis_currency: &'static str,
    /// Points axis.
    pub axis_points: &'static str,
    /// Secondary axis of the points chart (liability).
    pub axis_liability: &'static str,
    /// Customer-count axis.
    pub axis_customers: &'static str,
    /// Secondary axis of the customers chart (monthly retention).
    pub axis_retention: &'static str,
    /// NPS axis.
    pub axis_nps: &'static str,
    /// Share-of-customers axis (loyalty types, apostles).
    pub axis_share_customers: &'static str,
    /// Share-of-active-customers axis (satisfaction histogram).
    pub axis_share_active: &'static str,
    /// Mean-commitment axis.
    pub axis_commitment: &'static str,
    /// X axis of the satisfaction histogram.
    pub axis_satisfaction: &'static str,
    /// Uplift axis.
    pub axis_uplift: &'static str,

    // ----- captions -----
    /// Caption of the cumulative incremental profit chart.
    pub cumulative_profit_caption: &'static str,
    /// Caption of the revenue and profit chart.
    pub revenue_profit_caption: &'static str,
    /// Caption of the programme cost chart.
    pub cost_breakdown_caption: &'static str,
    /// Caption of the points chart.
    pub points_caption: &'static str,
    /// Caption of the customers chart.
    pub customers_caption: &'static str,
    /// Caption of the NPS chart.
    pub nps_caption: &'static str,
    /// Caption of the loyalty-types chart.
    pub loyalty_types_caption: &'static str,
    /// Caption of the apostle chart.
    pub apostles_caption: &'static str,
    /// Caption of the commitments chart.
    pub commitments_caption: &'static str,
    /// Caption of the satisfaction histogram; `{}` is the month number.
    pub satisfaction_caption_pattern: &'static str,
    /// Caption of the uplift chart.
    pub uplift_caption: &'static str,

    // ----- series names -----
    /// Cumulative incremental profit series.
    pub cumulative_profit: &'static str,
    /// Revenue measure.
    pub revenue: &'static str,
    /// Profit measure.
    pub profit: &'static str,
    /// Cost component: rewards.
    pub cost_rewards: &'static str,
    /// Cost component: gifts.
    pub cost_gifts: &'static str,
    /// Cost component: prizes won in draws.
    pub cost_prizes: &'static str,
    /// Cost component: cards.
    pub cost_cards: &'static str,
    /// Cost component: per-member costs.
    pub cost_members: &'static str,
    /// Cost component: fixed costs.
    pub cost_fixed: &'static str,
    /// Cost component: discounts given.
    pub cost_discounts: &'static str,
    /// Cost component: VIP service terms.
    pub cost_vip: &'static str,
    /// Cost component: club events and club members.
    pub cost_club: &'static str,
    /// Cost component: coalition fees for points issued.
    pub cost_coalition: &'static str,
    /// Cost component: cash back to bank-card holders.
    pub cost_cashback: &'static str,
    /// Cost component: sending coupons.
    pub cost_coupons: &'static str,
    /// Cost component: goods handed over against gift cards.
    pub cost_gift_cards: &'static str,
    /// Cost component: profit shared with contract customers.
    pub cost_profit_sharing: &'static str,
    /// Cost component: referral rewards.
    pub cost_referrals: &'static str,
    /// Programme income (club fees, settlements, the bank's share, gift cards sold).
    pub programme_income: &'static str,
    /// Event mark: the programme's launch.
    pub event_launch: &'static str,
    /// Event mark: the programme's end.
    pub event_end: &'static str,
    /// Event mark: a rule change.
    pub event_rule_change: &'static str,
    /// Event mark: a points campaign.
    pub event_campaign: &'static str,
    /// Event mark: a competitor's programme.
    pub event_competitor_programme: &'static str,
    /// Event mark: a competitor's price cut.
    pub event_competitor_price_cut: &'static str,
    /// Event mark: deregulation.
    pub event_deregulation: &'static str,
    /// Event mark: a service failure.
    pub event_service_failure: &'static str,
    /// Event mark of a kind this version does not know.
    pub event_other: &'static str,
    /// Points issued per month.
    pub points_issued: &'static str,
    /// Points redeemed per month.
    pub points_redeemed: &'static str,
    /// Points expired per month.
    pub points_expired: &'static str,
    /// Points outstanding at month end.
    pub points_outstanding: &'static str,
    /// Liability of outstanding points (secondary axis).
    pub liability: &'static str,
    /// Active customers measure.
    pub active_customers: &'static str,
    /// Monthly retention measure (secondary axis).
    pub retention: &'static str,
    /// NPS measure.
    pub nps: &'static str,
    /// Loyalty type: absolute.
    pub loyalty_absolute: &'static str,
    /// Loyalty type: latent.
    pub loyalty_latent: &'static str,
    /// Loyalty type: spurious.
    pub loyalty_spurious: &'static str,
    /// Loyalty type: none.
    pub loyalty_none: &'static str,
    /// Apostle group: loyalists.
    pub apostle_loyalists: &'static str,
    /// Apostle group: mercenaries.
    pub apostle_mercenaries: &'static str,
    /// Apostle group: hostages.
    pub apostle_hostages: &'static str,
    /// Apostle group: defectors.
    pub apostle_defectors: &'static str,
    /// Commitment: affective.
    pub commitment_affective: &'static str,
    /// Commitment: normative.
    pub commitment_normative: &'static str,
    /// Commitment: economic.
    pub commitment_economic: &'static str,
    /// Commitment: forced.
    pub commitment_forced: &'static str,
    /// Commitment: habitual.
    pub commitment_habitual: &'static str,
    /// Uplift bar (x label): naive member uplift.
    pub uplift_naive_short: &'static str,
    /// Uplift bar (x label): true member uplift.
    pub uplift_true_short: &'static str,
    /// Uplift bar (x label): basket uplift.
    pub uplift_basket_short: &'static str,
    /// Uplift legend: naive member uplift.
    pub uplift_naive: &'static str,
    /// Uplift legend: true member uplift.
    pub uplift_true: &'static str,
    /// Uplift legend: basket uplift.
    pub uplift_basket: &'static str,

    // ----- accessible descriptions (canvas aria-label) -----
    /// Accessible description of the cumulative profit chart.
    pub cumulative_profit_desc: &'static str,
    /// Accessible description of the revenue and profit chart.
    pub revenue_profit_desc: &'static str,
    /// Accessible description of the programme cost chart.
    pub cost_breakdown_desc: &'static str,
    /// Accessible description of the points chart.
    pub points_desc: &'static str,
    /// Accessible description of the customers chart.
    pub customers_desc: &'static str,
    /// Accessible description of the NPS chart.
    pub nps_desc: &'static str,
    /// Accessible description of the loyalty-types chart.
    pub loyalty_types_desc: &'static str,
    /// Accessible description of the apostle chart.
    pub apostles_desc: &'static str,
    /// Accessible description of the commitments chart.
    pub commitments_desc: &'static str,
    /// Accessible description of the satisfaction histogram.
    pub satisfaction_desc: &'static str,
    /// Accessible description of the uplift chart.
    pub uplift_desc: &'static str,

    /// Caption of the waterfall chart.
    pub waterfall_caption: &'static str,
    /// Accessible description of the waterfall chart.
    pub waterfall_desc: &'static str,
    /// The waterfall's first bar: the twin's profit.
    pub waterfall_twin: &'static str,
    /// The waterfall's last bar: the programme's profit.
    pub waterfall_programme: &'static str,
    /// Short labels of the customer-level waterfall parts: retention,
    /// frequency, basket, acquisition, subsidy, other discounts, other
    /// rewards, rewards not with purchases.
    pub waterfall_parts: [&'static str; 8],
    /// Label of an income part, `{}` is the component's name.
    pub waterfall_income_pattern: &'static str,
    /// Names of the income components in `waterfall_income_pattern`: club
    /// fees, coalition settlements, the bank's share, gift cards sold.
    pub income_parts: [&'static str; 4],
    /// Caption of the decile chart.
    pub deciles_caption: &'static str,
    /// Accessible description of the decile chart.
    pub deciles_desc: &'static str,
    /// The decile chart's x axis.
    pub axis_decile: &'static str,
    /// The decile chart's bar of customers only in the programme run.
    pub decile_new: &'static str,
    /// Caption of the cohort chart.
    pub cohorts_caption: &'static str,
    /// Accessible description of the cohort chart.
    pub cohorts_desc: &'static str,
    /// The cohort chart's x axis: months since the points were issued.
    pub axis_age: &'static str,
    /// The cohort chart's y axis: a share of a cohort's points.
    pub axis_share_points: &'static str,
    /// Legend label of one cohort's line, `{}` is its month of issue.
    pub cohort_pattern: &'static str,
    /// Legend label of the share redeemed of all cohorts' points.
    pub cohort_mean_redeemed: &'static str,
    /// Legend label of the share expired of all cohorts' points.
    pub cohort_mean_expired: &'static str,
}

impl ChartText {
    /// The legend label of a cost component, by its name in
    /// `loyalty_sim::LedgerDay::COSTS` (an unknown name is shown as it is).
    pub fn cost<'a>(&'a self, name: &'a str) -> &'a str {
        match name {
            "rewards" => self.cost_rewards,
            "gifts" => self.cost_gifts,
            "prizes" => self.cost_prizes,
            "cards" => self.cost_cards,
            "members" => self.cost_members,
            "fixed" => self.cost_fixed,
            "vip" => self.cost_vip,
            "club" => self.cost_club,
            "coalition" => self.cost_coalition,
            "cashback" => self.cost_cashback,
            "coupons" => self.cost_coupons,
            "gift_cards" => self.cost_gift_cards,
            "profit_sharing" => self.cost_profit_sharing,
            "referrals" => self.cost_referrals,
            other => other,
        }
    }

    /// The axis label of a part of `finance.waterfall` by its name in the
    /// report (`cost_<component>`, `income_<component>` or a customer-level
    /// part; an unknown name is shown as it is).
    pub fn waterfall_part(&self, name: &str) -> String {
        const PARTS: [&str; 8] = [
            "retention",
            "frequency",
            "basket",
            "acquisition",
            "subsidy",
            "discounts_other",
            "rewards_other",
            "rewards_not_with_purchases",
        ];
        if let Some(i) = PARTS.iter().position(|p| *p == name) {
            return self.waterfall_parts[i].to_string();
        }
        if let Some(c) = name.strip_prefix("cost_") {
            return self.cost(c).to_string();
        }
        if let Some(c) = name.strip_prefix("income_") {
            const INCOME: [&str; 4] = ["club_fees", "settlements", "bank", "gift_card_sales"];
            let shown = match INCOME.iter().position(|p| *p == c) {
                Some(i) => self.income_parts[i].to_string(),
                None => c.replace('_', " "),
            };
            return self.waterfall_income_pattern.replace("{}", &shown);
        }
        name.to_string()
    }
}

/// The chart text of a language.
pub fn of(l: Lang) -> &'static ChartText {
    match l {
        Lang::En => &CHART_TEXT_EN,
        Lang::Fi => &CHART_TEXT_FI,
        Lang::Lb => &CHART_TEXT_LB,
    }
}

/// English chart text.
pub const CHART_TEXT_EN: ChartText = ChartText {
    lang: Lang::En,
    decimal_separator: ".",
    thousands_suffix: "k",
    millions_suffix: "M",
    billions_suffix: "bn",
    percent_value_pattern: "{}%",

    programme_pattern: "{} (programme)",
    twin_pattern: "{} (twin)",
    programme: "With programme",
    twin: "Twin (no programme)",

    no_data: "No data",
    no_costs: "No programme costs",
    no_points: "No points in this scenario",
    no_members: "No members at the end, so no member uplift",
    no_payback: "No payback within the horizon",
    payback_pattern: "Payback: month {}",

    axis_month: "Month",
    axis_currency: "Currency units",
    axis_points: "Points",
    axis_liability: "Liability (currency units)",
    axis_customers: "Customers",
    axis_retention: "Monthly retention (%)",
    axis_nps: "NPS (-100 to 100)",
    axis_share_customers: "Share of customers (%)",
    axis_share_active: "Share of active customers (%)",
    axis_commitment: "Mean commitment (0 to 1)",
    axis_satisfaction: "Satisfaction (-0.5 very dissatisfied, 0.5 very satisfied)",
    axis_uplift: "Uplift (%)",

    cumulative_profit_caption: "Cumulative incremental profit (programme minus twin)",
    revenue_profit_caption: "Revenue and profit per month",
    cost_breakdown_caption: "Programme costs and income per month",
    points_caption: "Points per month and liability",
    customers_caption: "Active customers and monthly retention",
    nps_caption: "Net Promoter Score",
    loyalty_types_caption: "Loyalty types",
    apostles_caption: "Apostle model: satisfaction and staying",
    commitments_caption: "Customer commitments",
    satisfaction_caption_pattern: "Satisfaction of active customers, month {}",
    uplift_caption: "Member uplift over the last 12 months: self-selection vs real effect",

    cumulative_profit: "Cumulative incremental profit",
    revenue: "Revenue",
    profit: "Profit",
    cost_rewards: "Rewards",
    cost_gifts: "Gifts",
    cost_prizes: "Prizes (draws)",
    cost_cards: "Cards",
    cost_members: "Per-member costs",
    cost_fixed: "Fixed costs",
    cost_discounts: "Discounts",
    cost_vip: "VIP service",
    cost_club: "Club",
    cost_coalition: "Coalition fees",
    cost_cashback: "Cash back",
    cost_coupons: "Sending coupons",
    cost_gift_cards: "Gift cards redeemed",
    cost_profit_sharing: "Profit sharing",
    cost_referrals: "Referral rewards",
    programme_income: "Programme income",
    event_launch: "Launch",
    event_end: "End",
    event_rule_change: "Rule change",
    event_campaign: "Campaign",
    event_competitor_programme: "Rival programme",
    event_competitor_price_cut: "Rival price cut",
    event_deregulation: "Deregulation",
    event_service_failure: "Service failure",
    event_other: "Event",
    points_issued: "Issued",
    points_redeemed: "Redeemed",
    points_expired: "Expired",
    points_outstanding: "Outstanding (month end)",
    liability: "Liability (right axis)",
    active_customers: "Active customers",
    retention: "Retention %",
    nps: "NPS",
    loyalty_absolute: "Absolute",
    loyalty_latent: "Latent",
    loyalty_spurious: "Spurious",
    loyalty_none: "No loyalty",
    apostle_loyalists: "Loyalists",
    apostle_mercenaries: "Mercenaries",
    apostle_hostages: "Hostages",
    apostle_defectors: "Defectors",
    commitment_affective: "Affective",
    commitment_normative: "Normative",
    commitment_economic: "Economic",
    commitment_forced: "Forced",
    commitment_habitual: "Habitual",
    uplift_naive_short: "Naive spend uplift",
    uplift_true_short: "True spend uplift",
    uplift_basket_short: "Basket uplift",
    uplift_naive: "Naive: members vs non-members",
    uplift_true: "True: members vs their own twin",
    uplift_basket: "Basket: members vs non-members",

    cumulative_profit_desc: "Line chart of the cumulative incremental profit of the programme over its baseline twin by month, with the payback month marked. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    revenue_profit_desc: "Line chart of monthly revenue and profit with the programme (solid) and in the baseline twin (dashed). Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    cost_breakdown_desc: "Stacked bar chart of the programme's monthly costs by component (rewards, gifts, prizes, cards, per-member and fixed costs, VIP service, club, coalition fees, cash back, sending coupons, gift cards redeemed, profit sharing, referral rewards and discounts; only components that occur are shown), with the programme's income (club fees, coalition settlements, the bank's share of cash back, gift cards sold) as a black line when there is any. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    points_desc: "Bar and line chart of points issued, redeemed and expired per month, points outstanding at month end, and the liability on a second axis. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    customers_desc: "Line chart of active customers (left axis) and monthly retention in percent (right axis), programme solid and twin dashed. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    nps_desc: "Line chart of the Net Promoter Score by month, programme solid and twin dashed. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    loyalty_types_desc: "Line chart of the shares of absolute, latent, spurious and no loyalty among customers in percent, programme solid and twin dashed. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    apostles_desc: "Line chart of the shares of loyalists, mercenaries, hostages and defectors in percent, programme solid and twin dashed. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    commitments_desc: "Line chart of the mean affective, normative, economic, forced and habitual commitment (0 to 1), programme solid and twin dashed. Dashed vertical lines mark the scenario's dated events (programme events blue, market events orange-red).",
    satisfaction_desc: "Bar chart of the satisfaction distribution of active customers in the last month, programme and twin side by side.",
    uplift_desc: "Bar chart comparing the naive member uplift (members vs non-members), the true member uplift (members vs their own twin) and the basket uplift, in percent.",
    waterfall_caption: "From the twin's profit to the programme's",
    waterfall_desc: "Waterfall chart: the first bar is the twin's profit (no programme), each following bar a part of the incremental profit (more customers kept, more purchases, bigger baskets, customers acquired, the subsidy on purchases made anyway, other discounts and rewards, and every other cost and income component; parts of zero are left out), rising in green or falling in orange-red with its amount written at its end, and the last bar (blue like the first) the programme's profit. The parts add up to the incremental profit. When the parts are small against the profits, the axis starts near them rather than at zero (the two profit bars are then cut short; their values are written above them).",
    waterfall_twin: "Twin",
    waterfall_programme: "Programme",
    waterfall_parts: [
        "Retention",
        "Frequency",
        "Basket",
        "Acquisition",
        "Subsidy",
        "Discounts",
        "Rewards",
        "Pay-out",
    ],
    waterfall_income_pattern: "Income: {}",
    income_parts: ["club fees", "settlements", "bank", "gift card sales"],
    deciles_caption: "Incremental profit by the twin's spend decile",
    deciles_desc: "Bar chart of the incremental profit from the customers (retention, frequency, basket, acquisition, subsidy, other discounts and rewards) by their spend in the twin: decile 1 is the tenth who spent least, 10 the tenth who spent most; the last bar, when there is one, is the customers only in the programme run. Green bars gain, orange-red lose.",
    axis_decile: "Decile of the twin's spend (1 lowest, 10 highest)",
    decile_new: "New",
    cohorts_caption: "What became of each month's points",
    cohorts_desc: "Line chart of the points' cohorts: across, the months since the points were issued (0 is the month of issue); up, the share of the cohort's points redeemed by then (0 to 100 %). One line per cohort for up to eight cohorts (every second, third or more month of issue when there are more), darker the later the month of issue; the black line is the share redeemed and the dashed orange-red line the share expired (the breakage) of all cohorts' points together, among the cohorts old enough. What is neither redeemed nor expired is still outstanding.",
    axis_age: "Months since issue",
    axis_share_points: "Share of the cohort's points (%)",
    cohort_pattern: "Issued in month {}",
    cohort_mean_redeemed: "All cohorts: redeemed",
    cohort_mean_expired: "All cohorts: expired",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{problem, Tr};

    /// Every string of a chart text, in field order (from its `Debug`).
    fn strings(t: &ChartText) -> Vec<String> {
        let debug = format!("{t:?}");
        let mut out = Vec::new();
        let mut chars = debug.chars();
        while let Some(c) = chars.next() {
            if c == '"' {
                let mut s = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => s.push(chars.next().unwrap_or('\\')),
                        '"' => break,
                        d => s.push(d),
                    }
                }
                out.push(s);
            }
        }
        out
    }

    #[test]
    fn every_chart_text_is_in_every_language() {
        let (en, fi, lb) = (
            strings(&CHART_TEXT_EN),
            strings(&CHART_TEXT_FI),
            strings(&CHART_TEXT_LB),
        );
        assert!(en.len() > 120, "{}", en.len());
        assert_eq!((fi.len(), lb.len()), (en.len(), en.len()));
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        // The number format's separators and suffixes may differ from the
        // English in any way; every other text must be translated.
        for i in 5..en.len() {
            let t = Tr {
                en: leak(en[i].clone()),
                fi: leak(fi[i].clone()),
                lb: leak(lb[i].clone()),
            };
            assert_eq!(problem(&format!("chart text {i}"), &t), None);
        }
        assert_eq!(of(Lang::Fi).decimal_separator, ",");
        assert_eq!(of(Lang::Lb).decimal_separator, ",");
    }
}
