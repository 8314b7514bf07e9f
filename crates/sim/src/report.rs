//! The report: the core's output (KPIs and a monthly table for the programme
//! run and its baseline twin).
//!
//! Invariant: every number is finite; money is in currency units rounded from
//! the integer-cent ledger; every field is documented (unit and definition) in
//! `docs/model.md`.

use serde::{Deserialize, Serialize};

/// The whole result of a simulation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The model version that produced it ([`crate::MODEL_VERSION`]): the
    /// same scenario and seed give the same numbers under the same version.
    /// Reports stored before versions existed read as 0.
    #[serde(default)]
    pub model_version: u32,
    /// The scenario's name.
    pub scenario: String,
    /// The seed the run used.
    pub seed: u64,
    /// Simulated days.
    pub days: u32,
    /// Customers at day 0.
    pub initial_customers: u32,
    /// Customers ever simulated in the larger of the two runs (day-0 customers plus arrivals).
    pub simulated_customers: u32,
    /// Headline figures over the whole horizon.
    pub kpis: Kpis,
    /// One row per month (the last one may be shorter).
    pub monthly: Vec<MonthRow>,
    /// The scenario's dated events, for marking charts (left out when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventMark>,
    /// The finance view: the waterfall of the incremental profit, the points
    /// as an accountant books them, the tiers (reports stored before it read
    /// as empty).
    #[serde(default)]
    pub finance: crate::finance::Finance,
    /// The scenario's currency, for showing the money (left out when it is
    /// the default, EUR).
    #[serde(default, skip_serializing_if = "crate::Currency::is_default")]
    pub currency: crate::Currency,
}

/// A dated event of the scenario, as charts mark it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventMark {
    /// Day the event starts (0-based).
    pub day: u32,
    /// Its kind, as in scenario files (`"deregulation"`).
    pub kind: String,
}

/// Headline figures over the horizon (money in currency units).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kpis {
    /// Net revenue (after discounts) with the programme.
    pub revenue: f64,
    /// Net revenue of the baseline twin.
    pub baseline_revenue: f64,
    /// Revenue minus cost of goods, with the programme.
    pub gross_profit: f64,
    /// Revenue minus cost of goods, baseline twin.
    pub baseline_gross_profit: f64,
    /// Discounts given (already deducted from revenue).
    pub discounts: f64,
    /// Programme costs: every component of [`CostBreakdown`].
    pub programme_cost: f64,
    /// Programme income: club fees, coalition settlements, the bank's share of
    /// cash back, gift cards sold.
    #[serde(default)]
    pub programme_income: f64,
    /// Gross profit plus programme income minus programme cost, with the programme.
    pub profit: f64,
    /// Profit of the baseline twin (it has no programme cost).
    pub baseline_profit: f64,
    /// `profit - baseline_profit`.
    pub incremental_profit: f64,
    /// `incremental_profit / (programme_cost + discounts)`; null when nothing was spent.
    pub roi: Option<f64>,
    /// First day from which cumulative incremental profit stays at or above zero; null if never.
    pub payback_day: Option<u32>,
    /// Net present value of daily incremental profit at the scenario's discount rate.
    pub npv: f64,
    /// Points credited to members.
    pub points_issued: u64,
    /// Points exchanged for rewards.
    pub points_redeemed: u64,
    /// Points that expired unused.
    pub points_expired: u64,
    /// Points still on members' accounts at the end.
    pub points_outstanding: u64,
    /// Expected cost of honouring outstanding points: outstanding x value x cost ratio x (1 - breakage).
    pub liability: f64,
    /// `points_expired / (points_redeemed + points_expired)`: the settled points never redeemed.
    pub breakage_rate: f64,
    /// Members at the end (enrolled, not gone).
    pub members: u64,
    /// Customers who bought within the lapse window at the end, with the programme.
    pub active_customers: u64,
    /// Active customers at the end, baseline twin.
    pub baseline_active_customers: u64,
    /// Annual retention with the programme: the product of the last 12 monthly
    /// rates (month 1 excluded; fewer months are annualised).
    pub retention_rate: f64,
    /// Annual retention of the baseline twin.
    pub baseline_retention_rate: f64,
    /// Net Promoter Score at the end, with the programme (-100 to 100).
    pub nps: f64,
    /// Net Promoter Score at the end, baseline twin.
    pub baseline_nps: f64,
    /// Members' mean spend in the last 12 months over non-members', minus 1
    /// (both groups: customers who bought in that window).
    pub naive_member_uplift: f64,
    /// Members' spend over the same customers' spend in the twin, minus 1 (last 12 months).
    pub true_member_uplift: f64,
    /// Members' mean basket over non-members' mean basket, minus 1 (last 12 months).
    pub member_basket_uplift: f64,
}

/// One month: the programme run and the baseline twin side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthRow {
    /// Month number, from 1.
    pub month: u32,
    /// First day of the month (0-based).
    pub first_day: u32,
    /// Days in the month (30 or 31; the last month may be shorter).
    pub days: u32,
    /// With the programme.
    pub programme: MonthStats,
    /// Without it.
    pub baseline: MonthStats,
}

/// Everything measured in one month of one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MonthStats {
    /// Sales at list price.
    pub gross_sales: f64,
    /// Discounts given.
    pub discounts: f64,
    /// Net revenue: gross sales minus discounts.
    pub revenue: f64,
    /// Cost of goods sold.
    pub cost_of_goods: f64,
    /// Revenue minus cost of goods.
    pub gross_profit: f64,
    /// Programme cost by component.
    pub cost: CostBreakdown,
    /// Sum of the programme cost components.
    pub programme_cost: f64,
    /// Programme income by component.
    #[serde(default)]
    pub income: IncomeBreakdown,
    /// Sum of the programme income components.
    #[serde(default)]
    pub programme_income: f64,
    /// Gross profit plus programme income minus programme cost.
    pub profit: f64,
    /// Of the points issued, those earned at coalition partners.
    #[serde(default)]
    pub partner_points: u64,
    /// Of the points redeemed, those redeemed at coalition partners.
    #[serde(default)]
    pub points_redeemed_at_partners: u64,
    /// Coupons sent this month.
    #[serde(default)]
    pub coupons_sent: u64,
    /// Coupons used this month.
    #[serde(default)]
    pub coupons_redeemed: u64,
    /// Points credited this month.
    pub points_issued: u64,
    /// Points redeemed this month.
    pub points_redeemed: u64,
    /// Points expired at the end of this month.
    pub points_expired: u64,
    /// Points on accounts at the end of the month.
    pub points_outstanding: u64,
    /// Liability of outstanding points at the end of the month.
    pub liability: f64,
    /// Purchases made at the firm.
    pub purchases: u64,
    /// Customers who bought within the last 365 days and have not moved away.
    pub customers: u64,
    /// Customers who bought within the lapse window.
    pub active: u64,
    /// Members (enrolled, not gone).
    pub members: u64,
    /// Customers who joined the programme this month.
    pub joins: u64,
    /// New customers who arrived this month.
    pub new_customers: u64,
    /// Customers who moved away this month.
    pub exits: u64,
    /// Customers who defected to a competitor for good this month.
    pub defections: u64,
    /// Share of last month's active customers still active.
    pub retention_rate: f64,
    /// Net Promoter Score of active customers.
    pub nps: f64,
    /// Mean cumulative satisfaction of active customers.
    pub satisfaction: f64,
    /// Distribution of active customers' satisfaction over ten bins from -0.5 to 0.5.
    pub satisfaction_histogram: [f64; 10],
    /// Shares of the four loyalty types among customers.
    pub loyalty: LoyaltyShares,
    /// Shares of the apostle groups among customers.
    pub apostles: ApostleShares,
    /// Mean commitments of active customers (0-1).
    pub commitments: Commitments,
    /// Shares of active customers on each rung of the loyalty ladder.
    pub ladder: LadderShares,
    /// The seven-emotion scale: means over active customers (hope over
    /// active members, humiliation the share of members demoted).
    pub emotions: EmotionMeans,
}

macro_rules! breakdowns {
    (costs { $($c:ident : $cd:literal),* $(,)? } income { $($i:ident : $id:literal),* $(,)? }) => {
        /// Programme cost components (currency units), in the one fixed
        /// order of [`crate::LedgerDay::COSTS`].
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct CostBreakdown {
            $(
                #[doc = $cd]
                #[serde(default)]
                pub $c: f64,
            )*
        }

        /// Programme income components (currency units), in the one fixed
        /// order of [`crate::LedgerDay::INCOME`].
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct IncomeBreakdown {
            $(
                #[doc = $id]
                #[serde(default)]
                pub $i: f64,
            )*
        }

        impl CostBreakdown {
            /// Every component of a ledger sum, in currency units.
            pub fn from_ledger(t: &crate::LedgerDay) -> Self {
                CostBreakdown { $($c: t.$c as f64 / 100.0,)* }
            }
            /// The components as (name, value), in the fixed order.
            pub fn entries(&self) -> [(&'static str, f64); [$(stringify!($c)),*].len()] {
                [$((stringify!($c), self.$c)),*]
            }
        }

        impl IncomeBreakdown {
            /// Every component of a ledger sum, in currency units.
            pub fn from_ledger(t: &crate::LedgerDay) -> Self {
                IncomeBreakdown { $($i: t.$i as f64 / 100.0,)* }
            }
            /// The components as (name, value), in the fixed order.
            pub fn entries(&self) -> [(&'static str, f64); [$(stringify!($i)),*].len()] {
                [$((stringify!($i), self.$i)),*]
            }
        }
    };
}

with_components!(breakdowns);

/// The four loyalty types (attitude x behaviour).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoyaltyShares {
    /// High attitude, high behaviour.
    pub absolute: f64,
    /// High attitude, low behaviour.
    pub latent: f64,
    /// Low attitude, high behaviour (habit, no alternative).
    pub spurious: f64,
    /// Low attitude, low behaviour.
    pub none: f64,
}

/// The apostle model (satisfaction x continued use).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApostleShares {
    /// Satisfied and staying.
    pub loyalists: f64,
    /// Satisfied but not staying.
    pub mercenaries: f64,
    /// Dissatisfied but staying.
    pub hostages: f64,
    /// Dissatisfied and not staying.
    pub defectors: f64,
}

/// The loyalty ladder (`docs/model.md`, "Following a customer"): shares
/// of active customers; they sum to 1 when there are any.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LadderShares {
    /// Satisfied, still comparing (under 80 % of occasions here).
    pub satisfaction: f64,
    /// Satisfied, 80 % or more here, recommending below 9.
    pub brand_loyalty: f64,
    /// Satisfied, 80 % or more here, recommending 9 or 10.
    pub partnership: f64,
    /// Dissatisfied (satisfaction below 0): on no rung.
    pub none: f64,
}

/// The seven-emotion scale over the population (each 0-1; depression and
/// guilt have no cause in the model and are left out).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EmotionMeans {
    /// Mean happiness of active customers.
    pub happiness: f64,
    /// Mean hope of active members (progress towards the next reward).
    pub hope: f64,
    /// Mean pleasant surprise of active customers.
    pub pleasant_surprise: f64,
    /// Mean anger of active customers.
    pub anger: f64,
    /// Share of members (not gone) who lost a tier at this month's review.
    pub humiliation: f64,
}

/// Mean of the five commitments (each 0-1).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Commitments {
    /// Positive feelings for the firm.
    pub affective: f64,
    /// Shared values, promises kept.
    pub normative: f64,
    /// What the customer would lose by leaving (points, status).
    pub economic: f64,
    /// No workable alternative.
    pub forced: f64,
    /// Repeated, automatic behaviour.
    pub habitual: f64,
}

impl Report {
    /// The report as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        // Plain data with finite numbers cannot fail to serialise.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The monthly table as column names and rows of numbers: `month`,
    /// `first_day`, `days`, then every [`MonthStats`] field for the programme
    /// (no prefix) and for the twin (`baseline_` prefix).
    pub fn monthly_table(&self) -> (Vec<String>, Vec<Vec<f64>>) {
        let mut header = vec!["month".to_string(), "first_day".into(), "days".into()];
        let names = MonthStats::default().columns();
        header.extend(names.iter().map(|(n, _)| n.clone()));
        header.extend(names.iter().map(|(n, _)| format!("baseline_{n}")));
        let rows = self
            .monthly
            .iter()
            .map(|r| {
                let mut row = vec![r.month as f64, r.first_day as f64, r.days as f64];
                row.extend(r.programme.columns().into_iter().map(|(_, v)| v));
                row.extend(r.baseline.columns().into_iter().map(|(_, v)| v));
                row
            })
            .collect();
        (header, rows)
    }
}

impl MonthStats {
    /// The stats as flat (column name, value) pairs, nested groups joined with `_`.
    pub fn columns(&self) -> Vec<(String, f64)> {
        let c = &self.cost;
        let mut v: Vec<(String, f64)> = vec![
            ("gross_sales".into(), self.gross_sales),
            ("discounts".into(), self.discounts),
            ("revenue".into(), self.revenue),
            ("cost_of_goods".into(), self.cost_of_goods),
            ("gross_profit".into(), self.gross_profit),
        ];
        v.extend(c.entries().map(|(n, x)| (format!("cost_{n}"), x)));
        v.push(("programme_cost".into(), self.programme_cost));
        v.extend(
            self.income
                .entries()
                .map(|(n, x)| (format!("income_{n}"), x)),
        );
        v.extend(
            [
                ("programme_income", self.programme_income),
                ("profit", self.profit),
                ("points_issued", self.points_issued as f64),
                ("points_redeemed", self.points_redeemed as f64),
                ("points_expired", self.points_expired as f64),
                ("points_outstanding", self.points_outstanding as f64),
                ("partner_points", self.partner_points as f64),
                (
                    "points_redeemed_at_partners",
                    self.points_redeemed_at_partners as f64,
                ),
                ("coupons_sent", self.coupons_sent as f64),
                ("coupons_redeemed", self.coupons_redeemed as f64),
                ("liability", self.liability),
                ("purchases", self.purchases as f64),
                ("customers", self.customers as f64),
                ("active", self.active as f64),
                ("members", self.members as f64),
                ("joins", self.joins as f64),
                ("new_customers", self.new_customers as f64),
                ("exits", self.exits as f64),
                ("defections", self.defections as f64),
                ("retention_rate", self.retention_rate),
                ("nps", self.nps),
                ("satisfaction", self.satisfaction),
            ]
            .map(|(n, x): (&str, f64)| (n.to_string(), x)),
        );
        for (i, h) in self.satisfaction_histogram.iter().enumerate() {
            v.push((format!("satisfaction_bin_{i}"), *h));
        }
        let l = &self.loyalty;
        let a = &self.apostles;
        let k = &self.commitments;
        v.extend([
            ("loyalty_absolute".into(), l.absolute),
            ("loyalty_latent".into(), l.latent),
            ("loyalty_spurious".into(), l.spurious),
            ("loyalty_none".into(), l.none),
            ("apostle_loyalists".into(), a.loyalists),
            ("apostle_mercenaries".into(), a.mercenaries),
            ("apostle_hostages".into(), a.hostages),
            ("apostle_defectors".into(), a.defectors),
            ("commitment_affective".into(), k.affective),
            ("commitment_normative".into(), k.normative),
            ("commitment_economic".into(), k.economic),
            ("commitment_forced".into(), k.forced),
            ("commitment_habitual".into(), k.habitual),
        ]);
        let (d, e) = (&self.ladder, &self.emotions);
        v.extend([
            ("ladder_satisfaction".into(), d.satisfaction),
            ("ladder_brand_loyalty".into(), d.brand_loyalty),
            ("ladder_partnership".into(), d.partnership),
            ("ladder_none".into(), d.none),
            ("emotion_happiness".into(), e.happiness),
            ("emotion_hope".into(), e.hope),
            ("emotion_pleasant_surprise".into(), e.pleasant_surprise),
            ("emotion_anger".into(), e.anger),
            ("emotion_humiliation".into(), e.humiliation),
        ]);
        v
    }
}
