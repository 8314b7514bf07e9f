//! Every user-facing string of the charts (captions, axis descriptions,
//! series names, notes, accessible descriptions, number-format symbols).
//!
//! Patterns that take a value contain `{}`, which the chart code replaces with
//! `.replace("{}", ...)`. [`CHART_TEXT_EN`], [`CHART_TEXT_FI`] and
//! [`CHART_TEXT_LB`] are the three languages' sets ([`of`] picks one); a test
//! checks that every field is translated.

use crate::i18n::Lang;

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

/// Finnish chart text.
pub const CHART_TEXT_FI: ChartText = ChartText {
    lang: Lang::Fi,
    decimal_separator: ",",
    thousands_suffix: "t.",
    millions_suffix: "milj.",
    billions_suffix: "mrd.",
    percent_value_pattern: "{}\u{a0}%",

    programme_pattern: "{} (ohjelma)",
    twin_pattern: "{} (kaksonen)",
    programme: "Ohjelman kanssa",
    twin: "Kaksonen (ei ohjelmaa)",

    no_data: "Ei tietoja",
    no_costs: "Ei ohjelman kustannuksia",
    no_points: "Tässä skenaariossa ei ole pisteitä",
    no_members: "Lopussa ei ole jäseniä, joten jäsenten lisäostoja ei ole",
    no_payback: "Ei takaisinmaksua aikajänteen sisällä",
    payback_pattern: "Takaisinmaksu: kuukausi {}",

    axis_month: "Kuukausi",
    axis_currency: "Rahayksikköä",
    axis_points: "Pisteet",
    axis_liability: "Vastuu (rahayksikköä)",
    axis_customers: "Asiakkaat",
    axis_retention: "Kuukausittainen pysyvyys (%)",
    axis_nps: "NPS (−100–100)",
    axis_share_customers: "Osuus asiakkaista (%)",
    axis_share_active: "Osuus aktiivisista asiakkaista (%)",
    axis_commitment: "Keskimääräinen sitoutuminen (0–1)",
    axis_satisfaction: "Tyytyväisyys (−0,5 erittäin tyytymätön, 0,5 erittäin tyytyväinen)",
    axis_uplift: "Lisäys (%)",

    cumulative_profit_caption: "Kertynyt lisävoitto (ohjelma miinus kaksonen)",
    revenue_profit_caption: "Liikevaihto ja voitto kuukausittain",
    cost_breakdown_caption: "Ohjelman kustannukset ja tulot kuukausittain",
    points_caption: "Pisteet kuukausittain ja pistevastuu",
    customers_caption: "Aktiiviset asiakkaat ja kuukausittainen pysyvyys",
    nps_caption: "Nettosuositteluindeksi (NPS)",
    loyalty_types_caption: "Uskollisuuden tyypit",
    apostles_caption: "Apostolimalli: tyytyväisyys ja pysyminen",
    commitments_caption: "Asiakkaiden sitoutuminen",
    satisfaction_caption_pattern: "Aktiivisten asiakkaiden tyytyväisyys, kuukausi {}",
    uplift_caption: "Jäsenten lisäostot viimeisten 12 kuukauden aikana: itsevalikoituminen vai todellinen vaikutus",

    cumulative_profit: "Kertynyt lisävoitto",
    revenue: "Liikevaihto",
    profit: "Voitto",
    cost_rewards: "Palkkiot",
    cost_gifts: "Lahjat",
    cost_prizes: "Palkinnot (arvonnat)",
    cost_cards: "Kortit",
    cost_members: "Jäsenkohtaiset kustannukset",
    cost_fixed: "Kiinteät kustannukset",
    cost_discounts: "Alennukset",
    cost_vip: "VIP-palvelu",
    cost_club: "Klubi",
    cost_coalition: "Koalition maksut",
    cost_cashback: "Rahanpalautus",
    cost_coupons: "Kuponkien lähetys",
    cost_gift_cards: "Käytetyt lahjakortit",
    cost_profit_sharing: "Voitonjako",
    cost_referrals: "Suosittelupalkkiot",
    programme_income: "Ohjelman tulot",
    event_launch: "Käynnistys",
    event_end: "Päättyminen",
    event_rule_change: "Sääntömuutos",
    event_campaign: "Kampanja",
    event_competitor_programme: "Kilpaileva ohjelma",
    event_competitor_price_cut: "Kilpailijan hinnanalennus",
    event_deregulation: "Sääntelyn purku",
    event_service_failure: "Palveluhäiriö",
    event_other: "Tapahtuma",
    points_issued: "Myönnetyt",
    points_redeemed: "Lunastetut",
    points_expired: "Vanhentuneet",
    points_outstanding: "Lunastamatta (kuun lopussa)",
    liability: "Vastuu (oikea akseli)",
    active_customers: "Aktiiviset asiakkaat",
    retention: "Pysyvyys %",
    nps: "NPS",
    loyalty_absolute: "Absoluuttinen",
    loyalty_latent: "Piilevä",
    loyalty_spurious: "Väärä",
    loyalty_none: "Ei uskollisuutta",
    apostle_loyalists: "Uskolliset",
    apostle_mercenaries: "Palkkasoturit",
    apostle_hostages: "Panttivangit",
    apostle_defectors: "Loukkaantuneet",
    commitment_affective: "Vaikuttava (affektiivinen)",
    commitment_normative: "Normatiivinen",
    commitment_economic: "Taloudellinen",
    commitment_forced: "Pakotettu",
    commitment_habitual: "Tavanomainen",
    uplift_naive_short: "Naiivi ostojen lisäys",
    uplift_true_short: "Todellinen ostojen lisäys",
    uplift_basket_short: "Ostoskorin lisäys",
    uplift_naive: "Naiivi: jäsenet vs. ei-jäsenet",
    uplift_true: "Todellinen: jäsenet vs. oma kaksonen",
    uplift_basket: "Ostoskori: jäsenet vs. ei-jäsenet",

    cumulative_profit_desc: "Viivakaavio ohjelman kertyneestä lisävoitosta verrattuna ohjelmattomaan kaksoseen kuukausittain, takaisinmaksukuukausi merkittynä. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    revenue_profit_desc: "Viivakaavio kuukausittaisesta liikevaihdosta ja voitosta ohjelman kanssa (yhtenäinen viiva) ja ohjelmattomassa kaksosessa (katkoviiva). Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    cost_breakdown_desc: "Pinottu pylväskaavio ohjelman kuukausikustannuksista osittain (palkkiot, lahjat, palkinnot, kortit, jäsenkohtaiset ja kiinteät kustannukset, VIP-palvelu, klubi, koalition maksut, rahanpalautus, kuponkien lähetys, käytetyt lahjakortit, voitonjako, suosittelupalkkiot ja alennukset; vain esiintyvät osat näytetään), ja ohjelman tulot (klubimaksut, koalition hyvitykset, pankin osuus rahanpalautuksesta, myydyt lahjakortit) mustana viivana, jos niitä on. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    points_desc: "Pylväs- ja viivakaavio kuukausittain myönnetyistä, lunastetuista ja vanhentuneista pisteistä, kuun lopussa lunastamatta olevista pisteistä ja pistevastuusta toisella akselilla. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    customers_desc: "Viivakaavio aktiivisista asiakkaista (vasen akseli) ja kuukausittaisesta pysyvyydestä prosentteina (oikea akseli), ohjelma yhtenäisenä ja kaksonen katkoviivana. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    nps_desc: "Viivakaavio nettosuositteluindeksistä kuukausittain, ohjelma yhtenäisenä ja kaksonen katkoviivana. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    loyalty_types_desc: "Viivakaavio absoluuttisen, piilevän ja väärän uskollisuuden sekä uskollisuuden puuttumisen osuuksista asiakkaista prosentteina, ohjelma yhtenäisenä ja kaksonen katkoviivana. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    apostles_desc: "Viivakaavio uskollisten, palkkasotureiden, panttivankien ja loukkaantuneiden osuuksista prosentteina, ohjelma yhtenäisenä ja kaksonen katkoviivana. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    commitments_desc: "Viivakaavio keskimääräisestä vaikuttavasta (affektiivisesta), normatiivisesta, taloudellisesta, pakotetusta ja tavanomaisesta sitoutumisesta (0–1), ohjelma yhtenäisenä ja kaksonen katkoviivana. Katkoviivat merkitsevät skenaarion päivättyjä tapahtumia (ohjelman tapahtumat sinisellä, markkinatapahtumat oranssinpunaisella).",
    satisfaction_desc: "Pylväskaavio aktiivisten asiakkaiden tyytyväisyyden jakaumasta viimeisenä kuukautena, ohjelma ja kaksonen rinnakkain.",
    uplift_desc: "Pylväskaavio, joka vertaa jäsenten naiivia lisäostoa (jäsenet vs. ei-jäsenet), todellista lisäostoa (jäsenet vs. oma kaksonen) ja ostoskorin kasvua prosentteina.",
    waterfall_caption: "Kaksosen voitosta ohjelman voittoon",
    waterfall_desc: "Vesiputouskaavio: ensimmäinen pylväs on kaksosen voitto (ei ohjelmaa), jokainen seuraava pylväs on lisävoiton osa (enemmän pysyviä asiakkaita, enemmän ostoja, suuremmat ostokset, hankitut asiakkaat, joka tapauksessa tehtyjen ostojen tuki, muut alennukset ja palkkiot sekä kaikki muut kustannus- ja tulo-osat; nollan suuruiset osat jätetään pois), nouseva vihreänä tai laskeva oranssinpunaisena ja määrä kirjoitettuna sen päähän, ja viimeinen pylväs (sininen kuten ensimmäinen) on ohjelman voitto. Osat summautuvat lisävoitoksi. Kun osat ovat pieniä voittoihin verrattuna, akseli alkaa niiden läheltä eikä nollasta (kaksi voittopylvästä ovat silloin lyhennettyjä; niiden arvot on kirjoitettu niiden yläpuolelle).",
    waterfall_twin: "Kaksonen",
    waterfall_programme: "Ohjelma",
    waterfall_parts: [
        "Pysyvyys",
        "Ostotiheys",
        "Ostoskori",
        "Asiakashankinta",
        "Tuki",
        "Alennukset",
        "Palkkiot",
        "Maksu",
    ],
    waterfall_income_pattern: "Tulot: {}",
    income_parts: [
        "klubimaksut",
        "koalition hyvitykset",
        "pankin osuus",
        "myydyt lahjakortit",
    ],
    deciles_caption: "Lisävoitto kaksosen ostodesiileittäin",
    deciles_desc: "Pylväskaavio asiakkaiden tuomasta lisävoitosta (pysyvyys, ostotiheys, ostoskori, asiakashankinta, tuki, muut alennukset ja palkkiot) heidän kaksosessa tekemiensä ostojen mukaan: desiili 1 on vähiten ostanut kymmenesosa, 10 eniten ostanut kymmenesosa; viimeinen pylväs, jos sellainen on, on vain ohjelma-ajossa olevat asiakkaat. Vihreät pylväät tuovat voittoa, oranssinpunaiset tappiota.",
    axis_decile: "Kaksosen ostojen desiili (1 pienin, 10 suurin)",
    decile_new: "Uudet",
    cohorts_caption: "Mitä kunkin kuukauden pisteille tapahtui",
    cohorts_desc: "Viivakaavio pistekohorteista: vaaka-akselilla kuukaudet pisteiden myöntämisestä (0 on myöntökuukausi); pystyakselilla kohortin pisteistä siihen mennessä lunastettu osuus (0–100 %). Yksi viiva kohorttia kohden enintään kahdeksalle kohortille (joka toinen, kolmas tai harvempi myöntökuukausi, jos niitä on enemmän), sitä tummempi mitä myöhempi myöntökuukausi; musta viiva on kaikkien kohorttien pisteistä lunastettu osuus ja oranssinpunainen katkoviiva vanhentunut osuus riittävän vanhoista kohorteista. Se, mikä ei ole lunastettu eikä vanhentunut, on yhä lunastamatta.",
    axis_age: "Kuukautta myöntämisestä",
    axis_share_points: "Osuus kohortin pisteistä (%)",
    cohort_pattern: "Myönnetty kuukautena {}",
    cohort_mean_redeemed: "Kaikki kohortit: lunastettu",
    cohort_mean_expired: "Kaikki kohortit: vanhentunut",
};

/// Luxembourgish chart text.
pub const CHART_TEXT_LB: ChartText = ChartText {
    lang: Lang::Lb,
    decimal_separator: ",",
    thousands_suffix: "Dsd.",
    millions_suffix: "Mio.",
    billions_suffix: "Mrd.",
    percent_value_pattern: "{}\u{a0}%",

    programme_pattern: "{} (Programm)",
    twin_pattern: "{} (Zwilling)",
    programme: "Mam Programm",
    twin: "Zwilling (ouni Programm)",

    no_data: "Keng Donnéeën",
    no_costs: "Keng Käschte vum Programm",
    no_points: "Keng Punkten an dësem Szenario",
    no_members: "Um Enn keng Memberen, dofir kee Méiverkaf bei de Memberen",
    no_payback: "Keng Amortisatioun am Zäitraum",
    payback_pattern: "Amortisatioun: Mount {}",

    axis_month: "Mount",
    axis_currency: "Währungseenheeten",
    axis_points: "Punkten",
    axis_liability: "Verbindlechkeet (Währungseenheeten)",
    axis_customers: "Clienten",
    axis_retention: "Monatlech Bindung (%)",
    axis_nps: "NPS (−100 bis 100)",
    axis_share_customers: "Undeel vun de Clienten (%)",
    axis_share_active: "Undeel vun den aktive Clienten (%)",
    axis_commitment: "Duerchschnëttlecht Engagement (0 bis 1)",
    axis_satisfaction: "Zefriddenheet (−0,5 ganz onzefridden, 0,5 ganz zefridden)",
    axis_uplift: "Steigerung (%)",

    cumulative_profit_caption: "Kumuléierte zousätzleche Gewënn (Programm minus Zwilling)",
    revenue_profit_caption: "Ëmsaz a Gewënn pro Mount",
    cost_breakdown_caption: "Käschten an Akommes vum Programm pro Mount",
    points_caption: "Punkte pro Mount a Verbindlechkeet",
    customers_caption: "Aktiv Clienten a monatlech Bindung",
    nps_caption: "Net Promoter Score (NPS)",
    loyalty_types_caption: "Zorte vu Loyalitéit",
    apostles_caption: "Apostelmodell: Zefriddenheet a Bleiwen",
    commitments_caption: "Engagement vun de Clienten",
    satisfaction_caption_pattern: "Zefriddenheet vun den aktive Clienten, Mount {}",
    uplift_caption: "Méiverkaf bei de Memberen an de leschten 12 Méint: Selbstselektioun oder richtegen Effekt",

    cumulative_profit: "Kumuléierte zousätzleche Gewënn",
    revenue: "Ëmsaz",
    profit: "Gewënn",
    cost_rewards: "Belounungen",
    cost_gifts: "Kaddoen",
    cost_prizes: "Präisser (Verlosungen)",
    cost_cards: "Kaarten",
    cost_members: "Käschte pro Member",
    cost_fixed: "Fix Käschten",
    cost_discounts: "Rabatter",
    cost_vip: "VIP-Service",
    cost_club: "Clubkäschten",
    cost_coalition: "Gebühre vun der Koalitioun",
    cost_cashback: "Cashback",
    cost_coupons: "Bonge verschécken",
    cost_gift_cards: "Agelies Kaddoskaarten",
    cost_profit_sharing: "Gewënnbedeelegung",
    cost_referrals: "Empfeelungsbelounungen",
    programme_income: "Akommes vum Programm",
    event_launch: "Start",
    event_end: "Enn",
    event_rule_change: "Reegelännerung",
    event_campaign: "Campagne",
    event_competitor_programme: "Programm vun der Konkurrenz",
    event_competitor_price_cut: "Präissenkung vun der Konkurrenz",
    event_deregulation: "Dereguléierung",
    event_service_failure: "Servicepann",
    event_other: "Evenement",
    points_issued: "Ausginn",
    points_redeemed: "Agelies",
    points_expired: "Verfall",
    points_outstanding: "Op (Enn vum Mount)",
    liability: "Verbindlechkeet (riets Achs)",
    active_customers: "Aktiv Clienten",
    retention: "Bindung %",
    nps: "NPS",
    loyalty_absolute: "Absolut",
    loyalty_latent: "Verstoppt",
    loyalty_spurious: "Schäin",
    loyalty_none: "Keng Loyalitéit",
    apostle_loyalists: "Trei",
    apostle_mercenaries: "Sëldner",
    apostle_hostages: "Geiselen",
    apostle_defectors: "Ofsprénger",
    commitment_affective: "Affektiv",
    commitment_normative: "Normativ",
    commitment_economic: "Wirtschaftlech",
    commitment_forced: "Gezwongen",
    commitment_habitual: "Gewunnecht",
    uplift_naive_short: "Naive Méiausgaben",
    uplift_true_short: "Richteg Méiausgaben",
    uplift_basket_short: "Méi grousse Kuerf",
    uplift_naive: "Naiv: Memberen vs. Net-Memberen",
    uplift_true: "Richteg: Memberen vs. hiren eegenen Zwilling",
    uplift_basket: "Kuerf: Memberen vs. Net-Memberen",

    cumulative_profit_desc: "Linnendiagramm vum kumuléierte zousätzleche Gewënn vum Programm par rapport zu sengem Zwilling ouni Programm pro Mount, mam Mount vun der Amortisatioun markéiert. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    revenue_profit_desc: "Linnendiagramm vum monatlechen Ëmsaz a Gewënn mam Programm (duerchgezunn) an am Zwilling ouni Programm (gestréchelt). Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    cost_breakdown_desc: "Gestapelt Balkendiagramm vun de monatleche Käschte vum Programm no Komponenten (Belounungen, Kaddoen, Präisser, Kaarten, Käschte pro Member a fix Käschten, VIP-Service, Club, Gebühre vun der Koalitioun, Cashback, Bonge verschécken, agelies Kaddoskaarten, Gewënnbedeelegung, Empfeelungsbelounungen a Rabatter; nëmmen déi Komponenten, déi virkommen, ginn ugewisen), mam Akommes vum Programm (Clubbäiträg, Ofrechnunge vun der Koalitioun, Undeel vun der Bank um Cashback, verkaf Kaddoskaarten) als schwaarz Linn, wann et der gëtt. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    points_desc: "Balken- a Linnendiagramm vun de Punkten, déi pro Mount ausginn, agelies a verfall sinn, vun den oppene Punkten um Enn vum Mount, a vun der Verbindlechkeet op enger zweeter Achs. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    customers_desc: "Linnendiagramm vun den aktive Clienten (lénks Achs) a vun der monatlecher Bindung a Prozent (riets Achs), Programm duerchgezunn an Zwilling gestréchelt. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    nps_desc: "Linnendiagramm vum Net Promoter Score pro Mount, Programm duerchgezunn an Zwilling gestréchelt. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    loyalty_types_desc: "Linnendiagramm vun den Undeeler vun absoluter, verstoppter a schäinbarer Loyalitéit a vu keng Loyalitéit ënner de Clienten a Prozent, Programm duerchgezunn an Zwilling gestréchelt. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    apostles_desc: "Linnendiagramm vun den Undeeler vun Treien, Sëldner, Geiselen an Ofsprénger a Prozent, Programm duerchgezunn an Zwilling gestréchelt. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    commitments_desc: "Linnendiagramm vum duerchschnëttlechen affektiven, normativen, wirtschaftlechen, gezwongenen a gewunnechten Engagement (0 bis 1), Programm duerchgezunn an Zwilling gestréchelt. Gestréchelt vertikal Linnen markéieren déi datéiert Evenementer vum Szenario (Programm-Evenementer blo, Maart-Evenementer orange-rout).",
    satisfaction_desc: "Balkendiagramm vun der Verdeelung vun der Zefriddenheet vun den aktive Clienten am leschte Mount, Programm an Zwilling niefteneen.",
    uplift_desc: "Balkendiagramm, dat de naive Méiverkaf bei de Memberen (Memberen vs. Net-Memberen), de richtege Méiverkaf (Memberen vs. hiren eegenen Zwilling) an de méi grousse Kuerf a Prozent vergläicht.",
    waterfall_caption: "Vum Gewënn vum Zwilling bis zum Gewënn vum Programm",
    waterfall_desc: "Waasserfalldiagramm: den éischte Balken ass de Gewënn vum Zwilling (ouni Programm), all weidere Balken en Deel vum zousätzleche Gewënn (méi gehale Clienten, méi Akäf, méi grouss Kuerf, gewonne Clienten, d'Subventioun op Akäf, déi souwisou gemaach gi wieren, aner Rabatter a Belounungen, an all aner Käschten- an Akommeskomponent; Deeler vun null gi gelooss), erop a gréng oder erof an orange-rout, mam Betrag um Enn, an de leschte Balken (blo wéi den éischten) ass de Gewënn vum Programm. D'Deeler ginn zesummen den zousätzleche Gewënn. Wann d'Deeler kleng par rapport zu de Gewënner sinn, fänkt d'Achs no bei hinnen un an net bei null (déi zwee Gewënnbalke sinn dann ofgeschnidden; hir Wäerter stinn driwwer).",
    waterfall_twin: "Zwilling",
    waterfall_programme: "Programm",
    waterfall_parts: [
        "Bindung",
        "Frequenz",
        "Kuerf",
        "Clientewerbung",
        "Subventioun",
        "Rabatter",
        "Belounungen",
        "Auszuelung",
    ],
    waterfall_income_pattern: "Akommes: {}",
    income_parts: [
        "Clubbäiträg",
        "Ofrechnunge vun der Koalitioun",
        "Undeel vun der Bank",
        "verkaf Kaddoskaarten",
    ],
    deciles_caption: "Zousätzleche Gewënn no Ausgabedezil vum Zwilling",
    deciles_desc: "Balkendiagramm vum zousätzleche Gewënn vun de Clienten (Bindung, Frequenz, Kuerf, Clientewerbung, Subventioun, aner Rabatter a Belounungen) no hiren Ausgaben am Zwilling: Dezil 1 ass dat Zéngtel, dat am mannsten ausginn huet, 10 dat Zéngtel, dat am meeschten ausginn huet; de leschte Balken, wann et en gëtt, sinn d'Clienten, déi nëmmen am Laf mam Programm sinn. Gréng Balke gewannen, orange-rout verléieren.",
    axis_decile: "Dezil vun den Ausgaben am Zwilling (1 am mannsten, 10 am meeschten)",
    decile_new: "Nei",
    cohorts_caption: "Wat aus de Punkte vun all Mount gouf",
    cohorts_desc: "Linnendiagramm vun de Punktekohorten: horizontal d'Méint zanter d'Punkten ausgi goufen (0 ass de Mount vun der Ausgab); vertikal den Undeel vun de Punkte vun der Kohort, deen bis dohin agelies gouf (0 bis 100 %). Eng Linn pro Kohort fir bis zu aacht Kohorten (all zweeten, drëtten oder méi Mount vun der Ausgab, wann et der méi sinn), méi donkel, wat de Mount vun der Ausgab méi spéit ass; déi schwaarz Linn ass den agelieste Undeel an déi gestréchelt orange-rout Linn de verfallenen Undeel vun de Punkte vun alle Kohorten zesummen, ënnert de Kohorten, déi al genuch sinn. Wat weder agelies nach verfall ass, ass nach op.",
    axis_age: "Méint zanter der Ausgab",
    axis_share_points: "Undeel vun de Punkte vun der Kohort (%)",
    cohort_pattern: "Ausginn am Mount {}",
    cohort_mean_redeemed: "All Kohorten: agelies",
    cohort_mean_expired: "All Kohorten: verfall",
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
