//! The waterfall from the twin's profit to the programme's: the extra
//! margin split customer by customer into retention, frequency, basket and
//! acquisition; the subsidy (discounts and rewards on purchases the twin
//! also made) and the other discounts and rewards; then every other cost
//! and income component. The customer-level parts also by membership and by
//! the twin's spend decile.
//!
//! Invariant: in integer cents, the parts add up to the incremental profit
//! exactly, and the groups' parts add up to the waterfall's customer-level
//! parts exactly (each customer is in exactly one group).

use super::{cur, mul_div, Book, RunView, B_LOST, B_MEMBER};
use crate::ledger::LedgerDay;
use serde::{Deserialize, Serialize};

/// One part of the waterfall.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaterfallPart {
    /// Its name (`retention`, ..., `cost_<component>`, `income_<component>`).
    pub part: String,
    /// Its contribution to the incremental profit, currency units.
    pub amount: f64,
}

/// The customer-level parts of the waterfall for a group of customers
/// (currency units; `total` is their sum).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Split {
    /// For deciles: 1-10 by the twin's spend (10 = the highest tenth); 0 for
    /// the customers only in the programme run. 0 for other groups.
    pub decile: u8,
    /// Customers in the group.
    pub customers: u64,
    /// Their sales at list price in the twin.
    pub baseline_sales: f64,
    /// Their sales at list price with the programme.
    pub sales: f64,
    /// Extra margin of customers whose fate (lost or kept) differs.
    pub retention: f64,
    /// Extra margin from more purchases by customers of the same fate.
    pub frequency: f64,
    /// Extra margin from bigger baskets by customers of the same fate.
    pub basket: f64,
    /// Margin of customers who exist in only one run.
    pub acquisition: f64,
    /// Minus the discounts and rewards on the purchases the twin also made.
    pub subsidy: f64,
    /// Minus the discounts on the other purchases.
    pub discounts_other: f64,
    /// Minus the rewards booked with the other purchases.
    pub rewards_other: f64,
    /// The sum of the seven parts.
    pub total: f64,
}

/// The customer-level parts in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parts {
    pub(crate) customers: u64,
    pub(crate) baseline_sales: i64,
    pub(crate) sales: i64,
    pub(crate) retention: i64,
    pub(crate) frequency: i64,
    pub(crate) basket: i64,
    pub(crate) acquisition: i64,
    pub(crate) subsidy: i64,
    pub(crate) discounts_other: i64,
    pub(crate) rewards_other: i64,
}

impl Parts {
    fn add(&mut self, o: &Parts) {
        self.customers += o.customers;
        self.baseline_sales += o.baseline_sales;
        self.sales += o.sales;
        self.retention += o.retention;
        self.frequency += o.frequency;
        self.basket += o.basket;
        self.acquisition += o.acquisition;
        self.subsidy += o.subsidy;
        self.discounts_other += o.discounts_other;
        self.rewards_other += o.rewards_other;
    }
    pub(crate) fn total(&self) -> i64 {
        self.retention
            + self.frequency
            + self.basket
            + self.acquisition
            + self.subsidy
            + self.discounts_other
            + self.rewards_other
    }
    fn split(&self, decile: u8) -> Split {
        Split {
            decile,
            customers: self.customers,
            baseline_sales: cur(self.baseline_sales),
            sales: cur(self.sales),
            retention: cur(self.retention),
            frequency: cur(self.frequency),
            basket: cur(self.basket),
            acquisition: cur(self.acquisition),
            subsidy: cur(self.subsidy),
            discounts_other: cur(self.discounts_other),
            rewards_other: cur(self.rewards_other),
            total: cur(self.total()),
        }
    }
}

/// One customer's parts: `p` with the programme, `b` in the twin (`None`
/// where the id exists in one run only).
pub(crate) fn customer(p: Option<Book>, b: Option<Book>) -> Parts {
    let mut x = Parts {
        customers: 1,
        ..Parts::default()
    };
    match (p, b) {
        (Some(p), Some(b)) => {
            x.sales = p.sales;
            x.baseline_sales = b.sales;
            let extra = p.margin - b.margin;
            let (np, nb) = (p.purchases as i64, b.purchases as i64);
            if (p.flags & B_LOST) != (b.flags & B_LOST) {
                x.retention = extra;
            } else if np > 0 && nb > 0 {
                // The programme's purchases at the twin's mean margin a
                // purchase; what is left of the extra is the basket.
                x.basket = p.margin - mul_div(np, b.margin, nb);
                x.frequency = extra - x.basket;
            } else {
                x.frequency = extra;
            }
            // Of the programme run's purchases, min(np, nb) are ones the twin also made.
            let shared = np.min(nb);
            let (sd, sr) = (
                mul_div(p.discounts, shared, np),
                mul_div(p.rewards, shared, np),
            );
            x.subsidy = -(sd + sr);
            x.discounts_other = -(p.discounts - b.discounts - sd);
            x.rewards_other = -(p.rewards - b.rewards - sr);
        }
        (Some(p), None) => {
            x.sales = p.sales;
            x.acquisition = p.margin;
            x.discounts_other = -p.discounts;
            x.rewards_other = -p.rewards;
        }
        (None, Some(b)) => {
            x.baseline_sales = b.sales;
            x.acquisition = -b.margin;
            x.discounts_other = b.discounts;
            x.rewards_other = b.rewards;
        }
        (None, None) => x.customers = 0,
    }
    x
}

/// The waterfall, the members' and non-members' splits and the deciles.
pub(crate) fn build(
    prog: &RunView,
    base: &RunView,
) -> (Vec<WaterfallPart>, Split, Split, Vec<Split>) {
    let (pc, bc) = (prog.books, base.books);
    let n = pc.len().max(bc.len());
    let (mut members, mut others) = (Parts::default(), Parts::default());
    let mut each = Vec::with_capacity(n);
    for id in 0..n {
        let (p, b) = (pc.book(id), bc.book(id));
        let x = customer(p, b);
        if p.is_some_and(|p| p.flags & B_MEMBER != 0) {
            members.add(&x);
        } else {
            others.add(&x);
        }
        each.push(x);
    }
    let mut all = members;
    all.add(&others);
    let tp = prog.ledger.total();
    let tb = base.ledger.total();
    let rewards = |b: &super::Books| b.iter().map(|x| x.rewards).sum::<i64>();
    let rewards_booked = rewards(pc) - rewards(bc);
    let waterfall = parts(&all, rewards_booked, &tp, &tb);
    let deciles = deciles(&each, bc.len());
    (waterfall, members.split(0), others.split(0), deciles)
}

/// The waterfall's parts, from the customers' parts, the difference in the
/// rewards in their books and the two ledgers.
fn parts(all: &Parts, rewards_booked: i64, tp: &LedgerDay, tb: &LedgerDay) -> Vec<WaterfallPart> {
    let part = |name: &str, cents: i64| WaterfallPart {
        part: name.to_string(),
        amount: cur(cents),
    };
    let mut v = vec![
        part("retention", all.retention),
        part("frequency", all.frequency),
        part("basket", all.basket),
        part("acquisition", all.acquisition),
        part("subsidy", all.subsidy),
        part("discounts_other", all.discounts_other),
        part("rewards_other", all.rewards_other),
    ];
    // The rewards not booked with a purchase (a pay-out when the programme
    // ends): the ledger's rewards less those in the customers' books. (The
    // books' sales, cost of goods and discounts are the ledger's, so the
    // parts add up to the incremental profit; the tests check it.)
    v.push(part(
        "rewards_not_with_purchases",
        -((tp.rewards - tb.rewards) - rewards_booked),
    ));
    for ((name, cp), (_, cb)) in tp.costs().iter().zip(tb.costs().iter()) {
        if *name != "rewards" {
            v.push(part(&format!("cost_{name}"), -(cp - cb)));
        }
    }
    for ((name, ip), (_, ib)) in tp.income().iter().zip(tb.income().iter()) {
        v.push(part(&format!("income_{name}"), ip - ib));
    }
    v
}

/// The customers of the twin by its spend decile (ties by id), then those
/// only in the programme run.
fn deciles(each: &[Parts], twin: usize) -> Vec<Split> {
    let mut order: Vec<u32> = (0..twin as u32).collect();
    order.sort_by_key(|&id| (each[id as usize].baseline_sales, id));
    let mut rows = [Parts::default(); 10];
    for (rank, &id) in order.iter().enumerate() {
        rows[rank * 10 / twin.max(1)].add(&each[id as usize]);
    }
    let mut acquired = Parts::default();
    for x in each.get(twin..).unwrap_or(&[]) {
        acquired.add(x);
    }
    let mut v: Vec<Split> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| r.split(i as u8 + 1))
        .collect();
    v.push(acquired.split(0));
    v
}
