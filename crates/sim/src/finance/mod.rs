//! The finance view: what each run books per customer and per month beside
//! the ledger (`Books`), and the report's `finance` section built from the
//! two runs' books and monthly rows: the waterfall of the incremental
//! profit (`waterfall.rs`), the points roll-forward, the cohorts and the
//! deferred revenue (`points.rs`) and the tiers (`tiers.rs`).
//!
//! Invariants: a customer's book holds exactly the cents that the ledger
//! booked for their purchases (so the books of all customers add up to the
//! ledger's sales, cost of goods and discounts); recording never changes a
//! result; every decomposition is computed in integer cents and adds up to
//! its total exactly.

mod goal;
mod points;
pub(crate) mod segments;
mod tiers;
mod waterfall;

pub use goal::{Goal, GoalView};
pub use points::{CohortRow, DeferredRow, PointEconomics, RollRow};
pub use segments::SegmentRow;
pub use tiers::TierRow;
pub use waterfall::{Split, WaterfallPart};

use crate::ledger::Ledger;
use crate::report::MonthStats;
use crate::scenario::{Offer, Scenario};
use serde::{Deserialize, Serialize};

/// Book flag: bought at least once as a member (a member at the horizon
/// or when the programme ended).
pub(crate) const B_MEMBER: u8 = 1;
/// Book flag: defected, or had lapsed (no purchase within the lapse window)
/// at the horizon or when moving away.
pub(crate) const B_LOST: u8 = 2;
/// Book flag: a member, not gone, at the horizon.
pub(crate) const B_MEMBER_AT_END: u8 = 4;

/// One customer's purchases over the whole horizon, in cents, as the
/// finance view reads them (merged from [`Line`] and [`Extras`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Book {
    /// Sales at list price.
    pub(crate) sales: i64,
    /// Sales at list price less the cost of goods.
    pub(crate) margin: i64,
    /// Discounts given.
    pub(crate) discounts: i64,
    /// Reward cost booked with their purchases (redemptions at the firm).
    pub(crate) rewards: i64,
    /// The tier's discount on their purchases made in a tier.
    pub(crate) tier_discounts: i64,
    /// Extra points from tier multipliers (saturating).
    pub(crate) tier_points: u32,
    /// Purchases.
    pub(crate) purchases: u32,
    /// `B_*` flags; the tier at the end in the upper four bits.
    pub(crate) flags: u8,
    /// Highest tier reached (0: none).
    pub(crate) top_tier: u8,
}

/// Bit where the purchases start in [`Line::sales`] (sales below: at most
/// 2^48 cents, far above any customer's; purchases at most one a day).
const PURCHASES_SHIFT: u32 = 48;

/// What every purchase adds to, 32 bytes (32-byte aligned, so it never
/// straddles two cache lines). It lives in the customer's record during a
/// run (beside the points lots, [`crate::population::Customer::book`]) and
/// in [`Books`] after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[repr(C, align(32))]
pub(crate) struct Line {
    /// Sales at list price in cents (low 48 bits) and purchases (high 16 bits).
    sales: u64,
    margin: i64,
    discounts: i64,
    rewards: i64,
}

impl Line {
    /// A value that depends on the line, for [`crate::population::Population::touch`].
    #[inline]
    pub(crate) fn touch(&self) -> u32 {
        self.margin as u32
    }
}

/// What only purchases in a tier and promotions write (kept only in a run
/// whose programme has tiers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Extras {
    tier_discounts: i64,
    tier_points: u32,
    top_tier: u8,
}

/// What a purchase booked, in cents and points, for the books.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Bought {
    pub(crate) list_cents: i64,
    pub(crate) discount_cents: i64,
    pub(crate) net_cents: i64,
    pub(crate) cogs_cents: i64,
    pub(crate) rewards_cents: i64,
    /// Points the firm issued with it (not from a partner).
    pub(crate) earned: u64,
    /// The tier (at the time of the purchase) and its benefits: its discount
    /// in cents and the extra points of its multiplier.
    pub(crate) tier: u8,
    pub(crate) tier_discount_cents: i64,
    pub(crate) tier_points: i64,
    /// The targeted offers whose segment held the member at the purchase,
    /// one bit each ([`DiscountRules::offer_mask`](crate::mechanics::discount)).
    pub(crate) offers: u8,
}

/// Maximum tier index tracked (tiers are 1-8; 0 is none).
pub(crate) const TIER_SLOTS: usize = 9;

/// Everything one run keeps beside its ledger for the finance view.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Books {
    /// Per customer, by id: what every purchase added to (taken from the
    /// records when the run ends, [`Books::close`]).
    lines: Vec<Line>,
    /// Per customer, by id: the `B_*` flags (written at the programme's end
    /// and the horizon).
    flags: Vec<u8>,
    /// Per customer, by id, in a run with tiers (empty otherwise).
    extras: Vec<Extras>,
    tiered: bool,
    /// Per month: net revenue of the purchases that earned points, cents.
    pub(crate) points_sales: Vec<i64>,
    /// Per month: the point's value and its reward cost ratio at the month's
    /// end (0 without points).
    pub(crate) point_value: Vec<f64>,
    pub(crate) cost_ratio: f64,
    /// Per month and tier (`month * TIER_SLOTS + tier`): promotions into the tier.
    pub(crate) promotions: Vec<u32>,
    /// Per month and tier: demotions out of the tier.
    pub(crate) demotions: Vec<u32>,
    /// Per customer, by id, in a run whose programme targets segments
    /// (empty otherwise): the segments that reached them (`segments::reach`).
    pub(crate) reach: Vec<u32>,
    /// Per kind of coupon: coupons sent.
    pub(crate) coupons_sent: Vec<u64>,
    /// Per targeted offer (at most 8): its extra discount rate and points
    /// multiplier (empty without offers).
    offer_terms: Vec<(f64, f64)>,
    /// Per targeted offer: the discount it added to its members' purchases, cents.
    pub(crate) offer_discounts: Vec<i64>,
    /// Per targeted offer: the points its multiplier added (negative for a
    /// multiplier below 1).
    pub(crate) offer_points: Vec<i64>,
    /// Times the set-up cost was booked (the programme started).
    pub(crate) setups: u64,
    /// Month ends that booked the operating cost (the programme ran).
    pub(crate) operating_months: u64,
    /// Member-months that booked the per-member cost.
    pub(crate) member_months: u64,
}

impl Books {
    /// Empty books for a run of `months` months (`tiered`: its programme has tiers).
    pub(crate) fn new(months: u32, tiered: bool) -> Self {
        let m = months as usize;
        Books {
            lines: Vec::new(),
            flags: Vec::new(),
            extras: Vec::new(),
            tiered,
            points_sales: vec![0; m],
            point_value: vec![0.0; m],
            cost_ratio: 0.0,
            promotions: vec![0; m * TIER_SLOTS],
            demotions: vec![0; m * TIER_SLOTS],
            reach: Vec::new(),
            coupons_sent: Vec::new(),
            offer_terms: Vec::new(),
            offer_discounts: Vec::new(),
            offer_points: Vec::new(),
            setups: 0,
            operating_months: 0,
            member_months: 0,
        }
    }

    /// Keeps the reach of the targeted segments (`coupons` kinds of coupon);
    /// called before the first customer's book is opened.
    pub(crate) fn target(&mut self, coupons: usize, offers: &[Offer]) {
        self.coupons_sent = vec![0; coupons.max(1)];
        self.offer_terms = offers
            .iter()
            .take(8)
            .map(|o| (o.extra_discount, o.points_multiplier))
            .collect();
        self.offer_discounts = vec![0; self.offer_terms.len()];
        self.offer_points = vec![0; self.offer_terms.len()];
    }

    /// Books what each targeted offer gave with a purchase: its extra
    /// discount on the list price (scaled down pro rata when the rates
    /// together reached the purchase's whole discount) and the points its
    /// multiplier added to the firm's own points.
    #[cold]
    fn offers(&mut self, b: &Bought) {
        // (offer, extra discount cents, extra points) of the offers that held the member
        let mut parts = [(0usize, 0i64, 0i64); 8];
        let mut n = 0;
        let mut sum = 0i64;
        for (i, &(extra, mult)) in self.offer_terms.iter().enumerate() {
            if b.offers & (1 << i) == 0 {
                continue;
            }
            let cents = libm::round(b.list_cents as f64 * extra) as i64;
            let points = if mult > 0.0 && mult != 1.0 {
                b.earned as i64 - libm::round(b.earned as f64 / mult) as i64
            } else {
                0
            };
            parts[n] = (i, cents, points);
            n += 1;
            sum += cents;
        }
        for &(i, cents, points) in &parts[..n] {
            let cents = if sum > b.discount_cents && sum > 0 {
                (cents as i128 * b.discount_cents.max(0) as i128 / sum as i128) as i64
            } else {
                cents
            };
            self.offer_discounts[i] = self.offer_discounts[i].saturating_add(cents);
            self.offer_points[i] = self.offer_points[i].saturating_add(points);
        }
    }

    /// Opens the book of the next customer id.
    pub(crate) fn push(&mut self) {
        if !self.coupons_sent.is_empty() {
            self.reach.push(0);
        }
        self.flags.push(0);
        if self.tiered {
            self.extras.push(Extras::default());
        }
    }

    /// Customers with a book.
    pub(crate) fn len(&self) -> usize {
        self.lines.len()
    }

    /// Takes the next customer's line from their record at the run's end.
    pub(crate) fn close(&mut self, line: &Line) {
        self.lines.push(*line);
    }

    /// Customer `id`'s book.
    pub(crate) fn book(&self, id: usize) -> Option<Book> {
        let l = self.lines.get(id)?;
        let e = self.extras.get(id).copied().unwrap_or_default();
        Some(Book {
            sales: (l.sales & ((1 << PURCHASES_SHIFT) - 1)) as i64,
            margin: l.margin,
            discounts: l.discounts,
            rewards: l.rewards,
            tier_discounts: e.tier_discounts,
            tier_points: e.tier_points,
            purchases: (l.sales >> PURCHASES_SHIFT) as u32,
            flags: self.flags.get(id).copied().unwrap_or(0),
            top_tier: e.top_tier,
        })
    }

    /// Every customer's book, by id.
    pub(crate) fn iter(&self) -> impl Iterator<Item = Book> + '_ {
        (0..self.len()).filter_map(|id| self.book(id))
    }

    /// Adds `flags` to customer `id`'s.
    pub(crate) fn flag(&mut self, id: usize, flags: u8) {
        if let Some(f) = self.flags.get_mut(id) {
            *f |= flags;
        }
    }

    /// Books a purchase of customer `id` in month `m`; `tier_after` is the
    /// tier after it (a promotion is counted when it is higher).
    #[inline]
    pub(crate) fn purchase(&mut self, x: &mut Line, id: u32, m: u32, b: &Bought, tier_after: u8) {
        x.sales = x
            .sales
            .wrapping_add(b.list_cents as u64 + (1 << PURCHASES_SHIFT));
        x.margin += b.list_cents - b.cogs_cents;
        x.discounts += b.discount_cents;
        x.rewards += b.rewards_cents;
        if b.earned > 0 {
            self.points_sales[m as usize] += b.net_cents;
        }
        if b.offers != 0 {
            self.offers(b);
        }
        if b.tier > 0 || tier_after > b.tier {
            // Only with tiers, so `extras` has the customer.
            let e = &mut self.extras[id as usize];
            e.tier_discounts += b.tier_discount_cents;
            e.tier_points = (e.tier_points as i64 + b.tier_points).clamp(0, u32::MAX as i64) as u32;
            e.top_tier = e.top_tier.max(tier_after);
            if tier_after > b.tier && (tier_after as usize) < TIER_SLOTS {
                self.promotions[m as usize * TIER_SLOTS + tier_after as usize] += 1;
            }
        }
    }

    /// Adds the reach bits of customer `id` at a month's end (and counts a
    /// coupon sent).
    pub(crate) fn mark(&mut self, id: usize, bits: u32) {
        if let Some(r) = self.reach.get_mut(id) {
            *r |= bits;
            if let Some(k) = segments::coupon_sent(bits) {
                if let Some(n) = self.coupons_sent.get_mut(k) {
                    *n += 1;
                }
            }
        }
    }

    /// Counts a demotion out of tier `from` at the end of month `m`.
    pub(crate) fn demotion(&mut self, m: u32, from: u8) {
        if (from as usize) < TIER_SLOTS {
            self.demotions[m as usize * TIER_SLOTS + from as usize] += 1;
        }
    }
}

/// The finance view of a report (money in currency units, rounded from
/// integer cents; see `docs/model.md`, the finance view).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Finance {
    /// From the twin's profit to the programme's: parts that add up to
    /// `kpis.incremental_profit` exactly.
    pub waterfall: Vec<WaterfallPart>,
    /// The customer-level parts of the waterfall for the customers who ever
    /// bought as members.
    pub members: Split,
    /// The same for everyone else (never a member, or only in the twin).
    pub non_members: Split,
    /// The customer-level parts by the twin's spend decile (1 = the lowest
    /// tenth), then one row (decile 0) for the customers only in the
    /// programme run (those it brought).
    pub deciles: Vec<Split>,
    /// One row a month: the points balance, in points and in money.
    pub points_rollforward: Vec<RollRow>,
    /// For the points issued each month: their fate at the horizon.
    pub cohorts: Vec<CohortRow>,
    /// IFRS 15 / ASC 606: revenue deferred for the points, one row a month.
    pub deferred_revenue: Vec<DeferredRow>,
    /// Cost per point and the effective rebate.
    pub points: PointEconomics,
    /// Per tier (0: members who never reached one).
    pub tiers: Vec<TierRow>,
    /// Per targeted segment (each offer, each kind of coupon, the VIP terms,
    /// the club): reach, cost and the increment of the customers reached.
    #[serde(default)]
    pub segments: Vec<SegmentRow>,
    /// The programme's cost list, line by line: what each line booked (the
    /// rows add up to the ledger's fixed, card and per-member costs).
    #[serde(default)]
    pub cost_lines: Vec<crate::costs::CostLineRow>,
    /// The programme against its goal: each goal's measures and the
    /// design's levers.
    #[serde(default)]
    pub goal: GoalView,
    /// Plain-language warnings (e.g. a top tier that costs more than it brings).
    pub warnings: Vec<String>,
}

/// One run's inputs to the finance view.
pub(crate) struct RunView<'a> {
    pub(crate) books: &'a Books,
    pub(crate) ledger: &'a Ledger,
    pub(crate) months: &'a [MonthStats],
    /// What an outstanding point is expected to cost at the end.
    pub(crate) liability_ratio: f64,
}

/// Cents to currency units.
pub(crate) fn cur(c: i64) -> f64 {
    c as f64 / 100.0
}

/// `a * b / c` rounded to the nearest integer (half away from zero); 0 when `c` is 0.
pub(crate) fn mul_div(a: i64, b: i64, c: i64) -> i64 {
    if c == 0 {
        return 0;
    }
    let (n, d) = (a as i128 * b as i128, c as i128);
    let q = (2 * n.abs() + d.abs()) / (2 * d.abs());
    (if (n < 0) != (d < 0) { -q } else { q }) as i64
}

/// The finance view from the two runs.
pub(crate) fn build(s: &Scenario, prog: &RunView, base: &RunView) -> Finance {
    let (waterfall, members, non_members, deciles) = waterfall::build(prog, base);
    let (tiers, warnings) = tiers::build(s, prog, base);
    // The retention part in cents (the first part, rounded from cents).
    let retention = waterfall
        .first()
        .map_or(0, |p| libm::round(p.amount * 100.0) as i64);
    Finance {
        waterfall,
        members,
        non_members,
        deciles,
        points_rollforward: points::rollforward(prog),
        cohorts: points::cohorts(prog),
        deferred_revenue: points::deferred(prog),
        points: points::economics(prog),
        tiers,
        segments: segments::build(s, prog, base),
        cost_lines: cost_lines(s, prog),
        goal: goal::build(s, prog, base, retention),
        warnings,
    }
}

/// The cost list's rows, with the counts the programme run booked.
fn cost_lines(s: &Scenario, prog: &RunView) -> Vec<crate::costs::CostLineRow> {
    let Some(p) = &s.programme else {
        return Vec::new();
    };
    let b = prog.books;
    let joins = prog.months.iter().map(|m| m.joins).sum();
    crate::costs::rows(
        &p.costs,
        [b.setups, b.operating_months, joins, b.member_months],
    )
}

#[cfg(test)]
mod tests {
    use super::mul_div;

    #[test]
    fn mul_div_rounds_half_away_from_zero() {
        assert_eq!(mul_div(5, 1, 2), 3);
        assert_eq!(mul_div(-5, 1, 2), -3);
        assert_eq!(mul_div(7, 3, 3), 7);
        assert_eq!(mul_div(1, 1, 3), 0);
        assert_eq!(mul_div(2, 1, 3), 1);
        assert_eq!(mul_div(9, 9, 0), 0);
    }
}
