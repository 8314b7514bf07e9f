//! The limits that keep every validated run finite in money: the money a
//! run could book is bounded before the run, and the ledger's arithmetic
//! saturates where a bound cannot be proven.
//!
//! Invariant: a scenario that passes [`money`] books, by the estimate
//! below, at most [`MONEY_LIMIT`] currency units of sales, cost of goods,
//! programme costs and programme income together in one run. Below that
//! limit an `f64` of currency units holds every cent with room for the
//! report's sums (its spacing is about 0.0001 there), so the report's money
//! is exact to the cent; the integer-cent ledger itself (`i64`, about 9.2e18
//! cents) is 90,000 times larger still. Each term of the estimate is one
//! money input times what it can be booked against: a per-member monthly
//! cost once per possible customer and month, a card once per possible
//! customer, a per-purchase cost once per possible purchase. The number of
//! purchases is an estimate (a Gamma occasion rate has no upper bound but
//! one a day): `PURCHASE_MARGIN` times the mean, at most one a day, for
//! every possible customer over the whole horizon; a basket at list price is
//! at most [`BASKET_CAP`] mean baskets. Should a run ever exceed the
//! estimate, every ledger sum saturates instead of wrapping or panicking.

use crate::scenario::*;
use crate::validate::Check;

/// The most money one run may book (sales, cost of goods, programme costs
/// and income together), in currency units.
pub const MONEY_LIMIT: f64 = 1e12;
/// A basket at list price is at most this many times the mean basket
/// (`business.mean_basket`); above it, it is cut to it. With the default
/// spreads a basket that large is about 10 standard deviations away.
pub const BASKET_CAP: f64 = 1_000.0;
/// In the money estimate, a customer's purchases a year are at most this
/// many times `customers.occasions_per_year` (the goal gradient and points
/// pressure shorten gaps), and at most one a day.
const PURCHASE_MARGIN: f64 = 4.0;

/// A money input: its path, value and smallest allowed value.
#[derive(Clone, Copy)]
struct Input<'a> {
    path: &'a str,
    value: f64,
    min: f64,
}

fn input(path: &str, value: f64) -> Input<'_> {
    Input {
        path,
        value,
        min: 0.0,
    }
}

/// One term of the estimate: `times` the product of the inputs (each
/// term is linear in every input it names).
struct Term<'a> {
    inputs: Vec<Input<'a>>,
    times: f64,
}

impl Term<'_> {
    fn amount(&self) -> f64 {
        self.inputs.iter().map(|i| i.value).product::<f64>() * self.times
    }
    /// The amount per unit of the input at `path` (0 if it is not named).
    fn per_unit(&self, path: &str) -> f64 {
        if !self.inputs.iter().any(|i| i.path == path) {
            return 0.0;
        }
        let others: f64 = self
            .inputs
            .iter()
            .filter(|i| i.path != path)
            .map(|i| i.value)
            .product();
        others * self.times
    }
}

/// The population the money estimate counts on: every customer a run can
/// simulate (day-0 customers and arrivals).
fn population(s: &Scenario) -> f64 {
    crate::validate::market_size(s) as f64
}

/// Checks that the money the scenario could book stays below
/// [`MONEY_LIMIT`]; if not, names the input that books the most (of those
/// that can be lowered enough) and the largest value it may have with the
/// others as they are.
pub(crate) fn money(c: &mut Check, s: &Scenario) {
    let owned = Owned::new(s);
    let terms = terms(s, &owned);
    let total: f64 = terms.iter().map(Term::amount).sum();
    if total <= MONEY_LIMIT {
        return;
    }
    // Each input: its share of the total and the largest value that fits.
    let mut inputs: Vec<Input> = Vec::new();
    for i in terms.iter().flat_map(|t| t.inputs.iter()) {
        if !inputs.iter().any(|j| j.path == i.path) {
            inputs.push(*i);
        }
    }
    let judged: Vec<(Input, f64, f64)> = inputs
        .iter()
        .map(|i| {
            let per_unit: f64 = terms.iter().map(|t| t.per_unit(i.path)).sum();
            let share = per_unit * i.value;
            let allowed = (MONEY_LIMIT - (total - share)) / per_unit;
            (*i, share, allowed)
        })
        .collect();
    let by_share = |a: &&(Input, f64, f64), b: &&(Input, f64, f64)| a.1.total_cmp(&b.1);
    let Some(&(worst, share, allowed)) = judged
        .iter()
        .filter(|(i, _, allowed)| *allowed >= i.min)
        .max_by(by_share)
        // No one input can make it fit: the largest that can be lowered first.
        .or_else(|| {
            judged
                .iter()
                .filter(|(i, ..)| i.value > i.min)
                .max_by(by_share)
        })
    else {
        return;
    };
    c.coded(
        worst.path,
        crate::ErrorCode::MoneyLimit {
            lo: worst.min,
            hi: round_down(allowed.max(worst.min)),
            got: worst.value,
            customers: population(s),
            days: s.simulation.days,
            could: share,
            limit: MONEY_LIMIT,
        },
    );
}

/// `x` rounded down to three significant digits (an allowed maximum).
fn round_down(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let scale = libm::pow(10.0, libm::floor(libm::log10(x)) - 2.0);
    libm::floor(x / scale) * scale
}

/// Paths that are built, not literal.
struct Owned {
    coupons: Vec<String>,
    cost_lines: Vec<String>,
}

impl Owned {
    fn new(s: &Scenario) -> Owned {
        let n = s.programme.as_ref().map_or(0, |p| p.coupons.len());
        Owned {
            coupons: (0..n)
                .map(|i| format!("programme.coupons[{i}].send_cost"))
                .collect(),
            cost_lines: (0..s.programme.as_ref().map_or(0, |p| p.costs.lines.len()))
                .map(|i| format!("programme.costs.lines[{i}].amount"))
                .collect(),
        }
    }
}

/// Every money input with what it can be booked against.
fn terms<'a>(s: &'a Scenario, owned: &'a Owned) -> Vec<Term<'a>> {
    let pop = population(s);
    let days = s.simulation.days as f64;
    let years = days / 365.25;
    let months = libm::ceil(days / (365.25 / 12.0));
    let per_year = (PURCHASE_MARGIN * s.customers.occasions_per_year).min(365.25);
    let purchases = pop * years * per_year;
    let basket = Input {
        path: "business.mean_basket",
        value: s.business.mean_basket,
        min: 0.01,
    };
    let mut t = match &s.programme {
        Some(p) => points_terms(s, p, purchases, pop, months, years),
        None => vec![],
    };
    let mut term = |inputs: Vec<Input<'a>>, times: f64| t.push(Term { inputs, times });
    let Some(p) = &s.programme else {
        // Sales and cost of goods.
        term(vec![basket], 2.0 * purchases);
        return t;
    };
    // Sales, cost of goods, cash back and the bank's share, shared profit.
    let mut per_sale = 2.0;
    if let Some(b) = &p.bank_card {
        per_sale += b.cashback_rate * (1.0 + b.bank_share);
    }
    if let Some(ps) = &p.profit_sharing {
        per_sale += ps.share;
    }
    term(vec![basket], per_sale * purchases);
    let k = &p.costs;
    term(vec![input("programme.costs.setup", k.setup)], 1.0);
    term(
        vec![input(
            "programme.costs.monthly_operating",
            k.monthly_operating,
        )],
        months,
    );
    term(vec![input("programme.costs.card", k.card)], pop);
    term(
        vec![input("programme.costs.member_monthly", k.member_monthly)],
        pop * months,
    );
    for (l, path) in k.lines.iter().zip(&owned.cost_lines) {
        use crate::costs::{CostBasis, CostTiming};
        let times = match (l.timing, l.basis) {
            (CostTiming::OneOff, CostBasis::Fixed) => 1.0,
            (CostTiming::Monthly, CostBasis::Fixed) => months,
            (CostTiming::OneOff, CostBasis::PerMember) => pop,
            (CostTiming::Monthly, CostBasis::PerMember) => pop * months,
        };
        term(vec![input(path, l.amount)], times);
    }
    if let Some(g) = &p.gift {
        term(vec![input("programme.gift.cost", g.cost)], purchases);
    }
    if let Some(d) = &p.draw {
        if d.monthly_budget > 0.0 && d.monthly_budget * months < d.prize_cost * purchases {
            term(
                vec![input("programme.draw.monthly_budget", d.monthly_budget)],
                months,
            );
        } else {
            term(
                vec![input("programme.draw.prize_cost", d.prize_cost)],
                purchases,
            );
        }
    }
    if let Some(v) = &p.vip {
        term(
            vec![input("programme.vip.monthly_cost", v.monthly_cost)],
            pop * months,
        );
    }
    if let Some(cl) = &p.club {
        term(
            vec![input(
                "programme.club.member_monthly_cost",
                cl.member_monthly_cost,
            )],
            pop * months,
        );
        term(
            vec![input("programme.club.annual_fee", cl.annual_fee)],
            pop * months / 12.0,
        );
        term(
            vec![input("programme.club.event_cost", cl.event_cost)],
            months,
        );
    }
    for (cp, path) in p.coupons.iter().zip(&owned.coupons) {
        term(vec![input(path, cp.send_cost)], pop * months);
    }
    if let Some(g) = &p.gift_cards {
        // Sold, and the goods given against them.
        term(
            vec![input("programme.gift_cards.value", g.value)],
            2.0 * purchases,
        );
    }
    if let Some(r) = &p.referral {
        term(
            vec![input("programme.referral.reward_cost", r.reward_cost)],
            pop * months,
        );
    }
    t
}

/// What the points can cost: each source of points times what a point costs.
fn points_terms<'a>(
    s: &'a Scenario,
    p: &'a Programme,
    purchases: f64,
    pop: f64,
    months: f64,
    years: f64,
) -> Vec<Term<'a>> {
    let mut t = vec![];
    let Some(pt) = &p.points else {
        return t;
    };
    // Rule changes multiply the point's value, one after the other.
    let value_factor: f64 = s
        .events
        .iter()
        .filter_map(|e| match e {
            Event::RuleChange {
                point_value_factor, ..
            } => Some(point_value_factor.max(1.0)),
            _ => None,
        })
        .product();
    // What a point costs when redeemed, and the coalition's fees on it.
    let mut per_point = vec![vec![
        Input {
            path: "programme.points.point_value",
            value: pt.point_value,
            min: 0.0001,
        },
        input("programme.points.reward_cost_ratio", pt.reward_cost_ratio),
    ]];
    let mut per_point_times = vec![value_factor];
    if let Some(co) = &p.coalition {
        per_point.push(vec![input("programme.coalition.issue_fee", co.issue_fee)]);
        per_point.push(vec![input("programme.coalition.settlement", co.settlement)]);
        per_point_times.extend([1.0, 1.0]);
    }
    for (source, times) in points_sources(s, p, pt, purchases, pop, months, years) {
        for (cost, x) in per_point.iter().zip(&per_point_times) {
            let mut inputs = source.clone();
            inputs.extend(cost.iter().copied());
            t.push(Term {
                inputs,
                times: times * x,
            });
        }
    }
    t
}

/// Where points come from, each as the inputs it is a product of and a
/// factor: spend (with the largest multipliers at once), bonus points,
/// points on joining, for referrals and at partners.
fn points_sources<'a>(
    s: &'a Scenario,
    p: &'a Programme,
    pt: &'a Points,
    purchases: f64,
    pop: f64,
    months: f64,
    years: f64,
) -> Vec<(Vec<Input<'a>>, f64)> {
    let tier = p.tiers.as_ref().map_or(1.0, |t| {
        t.levels
            .iter()
            .map(|l| l.points_multiplier)
            .fold(1.0, f64::max)
    });
    let offers: f64 = p
        .offers
        .iter()
        .map(|o| o.points_multiplier.max(1.0))
        .product();
    let campaign = campaign_peak(s, pt);
    let spend = Input {
        path: "business.mean_basket",
        value: s.business.mean_basket,
        min: 0.01,
    };
    let mut v = vec![(
        vec![spend, input("programme.points.earn_rate", pt.earn_rate)],
        purchases * campaign * tier * offers,
    )];
    if let Some(b) = &pt.bonus {
        v.push((
            vec![
                spend,
                input("programme.points.bonus.earn_rate", b.earn_rate),
            ],
            purchases * campaign,
        ));
    }
    v.push((
        vec![input("programme.points.endowed", pt.endowed as f64)],
        pop,
    ));
    if let Some(r) = &p.referral {
        v.push((
            vec![input(
                "programme.referral.welcome_points",
                r.welcome_points as f64,
            )],
            pop,
        ));
        v.push((
            vec![input("programme.referral.points", r.points as f64)],
            pop * months,
        ));
    }
    if let Some(co) = &p.coalition {
        v.push((
            vec![input(
                "programme.coalition.partner_points_per_year",
                co.partner_points_per_year,
            )],
            pop * years * co.partners as f64,
        ));
    }
    v
}

/// The largest accrual multiplier of any day: the campaigns and campaign
/// events running on it, multiplied (as `mechanics/points.rs` does).
fn campaign_peak(s: &Scenario, pt: &Points) -> f64 {
    let days = s.simulation.days;
    let mut spans: Vec<(u32, u32, f64)> = pt
        .campaigns
        .iter()
        .map(|c| {
            (
                c.start_day,
                c.end_day.saturating_add(1),
                c.multiplier.max(1.0),
            )
        })
        .collect();
    for e in &s.events {
        if let Event::Campaign {
            day,
            days: n,
            multiplier,
        } = *e
        {
            spans.push((day, day.saturating_add(n), multiplier.max(1.0)));
        }
    }
    if spans.is_empty() {
        return 1.0;
    }
    // Multipliers below 1 are counted as 1, so the product can only grow
    // where a span starts.
    spans
        .iter()
        .map(|&(start, ..)| start.min(days))
        .map(|d| {
            spans
                .iter()
                .filter(|&&(a, b, _)| a <= d && d < b)
                .map(|&(.., m)| m)
                .product::<f64>()
        })
        .fold(1.0, f64::max)
}
