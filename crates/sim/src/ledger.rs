//! The daily ledger: money in integer cents, points and counts, one entry per
//! simulated day.
//!
//! Invariant: `revenue = gross_sales - discounts` and `profit = revenue +
//! programme_income() - cost_of_goods - programme_cost()` hold exactly for
//! every day and every sum of days; the cost and income components are the
//! ones listed once in [`crate::mechanics`] (`with_components!`), so the
//! fields, the sums, the report's breakdowns and the CSV columns cannot
//! disagree.

use serde::{Deserialize, Serialize};

macro_rules! ledger_day {
    (costs { $($c:ident : $cd:literal),* $(,)? } income { $($i:ident : $id:literal),* $(,)? }) => {
        /// One day of a run's ledger, in cents. Identities: `revenue =
        /// gross_sales - discounts`; `profit = revenue + programme_income() -
        /// cost_of_goods - programme_cost()`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub struct LedgerDay {
            /// Sales at list price.
            pub gross_sales: i64,
            /// Discounts given.
            pub discounts: i64,
            /// Net revenue.
            pub revenue: i64,
            /// Cost of goods sold.
            pub cost_of_goods: i64,
            $(
                #[doc = concat!("Cost: ", $cd)]
                #[serde(default)]
                pub $c: i64,
            )*
            $(
                #[doc = concat!("Income: ", $id)]
                #[serde(default)]
                pub $i: i64,
            )*
            /// Points credited.
            pub points_issued: u64,
            /// Points redeemed.
            pub points_redeemed: u64,
            /// Points expired.
            pub points_expired: u64,
            /// Of the points credited, those earned at coalition partners.
            #[serde(default)]
            pub partner_points: u64,
            /// Of the points redeemed, those redeemed at coalition partners.
            #[serde(default)]
            pub points_redeemed_at_partners: u64,
            /// Coupons sent.
            #[serde(default)]
            pub coupons_sent: u64,
            /// Coupons used.
            #[serde(default)]
            pub coupons_redeemed: u64,
            /// Purchases at the firm.
            pub purchases: u64,
        }

        impl LedgerDay {
            /// The cost components' field names, in the one fixed order.
            pub const COSTS: &'static [&'static str] = &[$(stringify!($c)),*];
            /// The income components' field names, in the one fixed order.
            pub const INCOME: &'static [&'static str] = &[$(stringify!($i)),*];
            /// Sum of the programme cost components (saturating).
            pub fn programme_cost(&self) -> i64 {
                0i64 $(.saturating_add(self.$c))*
            }
            /// Sum of the programme's income components (saturating).
            pub fn programme_income(&self) -> i64 {
                0i64 $(.saturating_add(self.$i))*
            }
            /// The cost components as (name, cents), in the fixed order.
            pub fn costs(&self) -> [(&'static str, i64); [$(stringify!($c)),*].len()] {
                [$((stringify!($c), self.$c)),*]
            }
            /// The income components as (name, cents), in the fixed order.
            pub fn income(&self) -> [(&'static str, i64); [$(stringify!($i)),*].len()] {
                [$((stringify!($i), self.$i)),*]
            }
            /// Adds another day's bookings, saturating: a validated run stays
            /// far below the limits (see `limits.rs`), and beyond them a sum
            /// stops at its largest value instead of wrapping or panicking.
            fn add(&mut self, o: &LedgerDay) {
                self.gross_sales = self.gross_sales.saturating_add(o.gross_sales);
                self.discounts = self.discounts.saturating_add(o.discounts);
                self.revenue = self.revenue.saturating_add(o.revenue);
                self.cost_of_goods = self.cost_of_goods.saturating_add(o.cost_of_goods);
                $(self.$c = self.$c.saturating_add(o.$c);)*
                $(self.$i = self.$i.saturating_add(o.$i);)*
                self.points_issued = self.points_issued.saturating_add(o.points_issued);
                self.points_redeemed = self.points_redeemed.saturating_add(o.points_redeemed);
                self.points_expired = self.points_expired.saturating_add(o.points_expired);
                self.partner_points = self.partner_points.saturating_add(o.partner_points);
                self.points_redeemed_at_partners = self
                    .points_redeemed_at_partners
                    .saturating_add(o.points_redeemed_at_partners);
                self.coupons_sent = self.coupons_sent.saturating_add(o.coupons_sent);
                self.coupons_redeemed = self.coupons_redeemed.saturating_add(o.coupons_redeemed);
                self.purchases = self.purchases.saturating_add(o.purchases);
            }
        }
    };
}

with_components!(ledger_day);

impl LedgerDay {
    /// Revenue plus programme income minus cost of goods minus programme
    /// cost (saturating, like every ledger sum).
    pub fn profit(&self) -> i64 {
        self.revenue
            .saturating_add(self.programme_income())
            .saturating_sub(self.cost_of_goods)
            .saturating_sub(self.programme_cost())
    }
}

/// A run's daily ledger: one entry per simulated day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    /// Day by day, from day 0.
    pub days: Vec<LedgerDay>,
}

impl Ledger {
    /// The sum of all days.
    pub fn total(&self) -> LedgerDay {
        self.sum(0, self.days.len())
    }
    /// The sum of days `from..to`.
    pub fn sum(&self, from: usize, to: usize) -> LedgerDay {
        let mut t = LedgerDay::default();
        for d in &self.days[from.min(self.days.len())..to.min(self.days.len())] {
            t.add(d);
        }
        t
    }
}
