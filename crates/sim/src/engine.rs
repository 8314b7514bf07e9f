//! The engine: customers, the event calendar, the programme's mechanics, the
//! daily ledger and the month-end scan.
//!
//! Architecture invariants:
//! - Event-driven with daily semantics: each customer has exactly one pending
//!   event (their next purchase occasion) in a calendar of day buckets; states
//!   that decay between events are brought forward with exact per-day decay
//!   factors, so skipping quiet days changes nothing.
//! - Every random number of a customer's occasion `k` comes from the stream
//!   keyed by (seed, customer id, k), in a fixed order whatever branch is taken,
//!   so the programme run and its twin differ only where the programme acts.
//! - Money is counted in integer cents in a daily [`Ledger`]; points are whole
//!   numbers. Identities hold exactly in the ledger.
//! - With no programme, no programme code path touches a customer.

use crate::params::*;
use crate::report::{
    ApostleShares, Commitments, CostBreakdown, EventMark, IncomeBreakdown, LoyaltyShares, MonthRow,
    MonthStats, Report,
};
use crate::rng::{Domain, Stream};
use crate::scenario::*;
use crate::{Control, Outcome, Progress, RunError};
use serde::{Deserialize, Serialize};

/// Which of the two runs an observation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunKind {
    /// The run with the programme.
    Programme,
    /// The baseline twin without it.
    Baseline,
}

/// One purchase at the firm, as seen by an [`Observer`].
#[derive(Clone, Debug, PartialEq)]
pub struct PurchaseEvent {
    /// Customer id (stable across both runs).
    pub customer: u32,
    /// Day of the purchase (0-based).
    pub day: u32,
    /// Whether the customer was a member after this purchase.
    pub member: bool,
    /// Progress towards the next reward before the purchase (0-1; 0 for non-members).
    pub progress: f64,
    /// Basket at list price, currency units.
    pub list: f64,
    /// Amount paid after discounts, currency units.
    pub net: f64,
    /// Points credited (at most `u32::MAX` shown).
    pub points_earned: u32,
    /// Points redeemed (at most `u32::MAX` shown).
    pub points_redeemed: u32,
}

/// A customer's state at a month's end, as seen by an [`Observer`].
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerSnapshot {
    /// Customer id (stable across both runs).
    pub id: u32,
    /// Bought within the lapse window and not gone.
    pub active: bool,
    /// Moved away or defected for good.
    pub gone: bool,
    /// Enrolled in the programme.
    pub member: bool,
    /// Tier index (0 = no tier).
    pub tier: u8,
    /// Ever reached a tier.
    pub promoted: bool,
    /// Ever lost a tier.
    pub demoted: bool,
    /// Cumulative satisfaction (about -1 to 1).
    pub satisfaction: f64,
    /// Affective commitment (0-1).
    pub affective: f64,
    /// Normative commitment (0-1).
    pub normative: f64,
    /// Economic commitment (0-1).
    pub economic: f64,
    /// Forced commitment (0-1).
    pub forced: f64,
    /// Habitual commitment (0-1).
    pub habitual: f64,
    /// Resentment (0 and up).
    pub resentment: f64,
    /// Answer to "how likely are you to recommend us?" (0-10).
    pub recommend: u8,
    /// Spend at the firm (net) since the start of the measurement window (last 12 months).
    pub window_spend: f64,
    /// Purchases at the firm since the start of the measurement window.
    pub window_purchases: u32,
    /// Points on the account.
    pub points: u64,
}

/// Watches a run. Every method has a do-nothing default; `()` watches nothing.
pub trait Observer {
    /// Called after every purchase at the firm.
    fn purchase(&mut self, _run: RunKind, _event: &PurchaseEvent) {}
    /// Whether [`Observer::snapshot`] should be called (it costs a pass over all customers).
    fn wants_snapshots(&self) -> bool {
        false
    }
    /// Called for every customer who has arrived, at the end of month `month` (0-based).
    fn snapshot(&mut self, _run: RunKind, _month: u32, _customer: &CustomerSnapshot) {}
}

impl Observer for () {}

/// One day of a run's ledger, in cents. Identities: `revenue = gross_sales -
/// discounts`; `profit = revenue + programme_income() - cost_of_goods -
/// programme_cost()`.
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
    /// Rewards redeemed, at the firm's cost.
    pub rewards: i64,
    /// Gifts.
    pub gifts: i64,
    /// Prizes won in draws.
    #[serde(default)]
    pub prizes: i64,
    /// Cards issued.
    pub cards: i64,
    /// Per-member costs.
    pub members: i64,
    /// Set-up and operating costs.
    pub fixed: i64,
    /// VIP service terms.
    #[serde(default)]
    pub vip: i64,
    /// Club events and per-club-member costs.
    #[serde(default)]
    pub club: i64,
    /// Coalition fees for points issued by the firm.
    #[serde(default)]
    pub coalition: i64,
    /// Cash back paid to bank-card holders (all of it; the bank's share is income).
    #[serde(default)]
    pub cashback: i64,
    /// Sending coupons (their face value is in `discounts`).
    #[serde(default)]
    pub coupons: i64,
    /// Cost of goods handed over against redeemed gift cards.
    #[serde(default)]
    pub gift_cards: i64,
    /// Profit shared with contract customers.
    #[serde(default)]
    pub profit_sharing: i64,
    /// Income: club membership fees.
    #[serde(default)]
    pub club_fees: i64,
    /// Income: coalition settlements for points redeemed at the firm.
    #[serde(default)]
    pub settlements: i64,
    /// Income: the bank's share of the cash back.
    #[serde(default)]
    pub bank: i64,
    /// Income: gift cards sold.
    #[serde(default)]
    pub gift_card_sales: i64,
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
    /// Sum of the programme cost components.
    pub fn programme_cost(&self) -> i64 {
        self.rewards
            + self.gifts
            + self.prizes
            + self.cards
            + self.members
            + self.fixed
            + self.vip
            + self.club
            + self.coalition
            + self.cashback
            + self.coupons
            + self.gift_cards
            + self.profit_sharing
    }
    /// Sum of the programme's income components.
    pub fn programme_income(&self) -> i64 {
        self.club_fees + self.settlements + self.bank + self.gift_card_sales
    }
    /// Revenue plus programme income minus cost of goods minus programme cost.
    pub fn profit(&self) -> i64 {
        self.revenue + self.programme_income() - self.cost_of_goods - self.programme_cost()
    }
    fn add(&mut self, o: &LedgerDay) {
        self.gross_sales += o.gross_sales;
        self.discounts += o.discounts;
        self.revenue += o.revenue;
        self.cost_of_goods += o.cost_of_goods;
        self.rewards += o.rewards;
        self.gifts += o.gifts;
        self.prizes += o.prizes;
        self.cards += o.cards;
        self.members += o.members;
        self.fixed += o.fixed;
        self.vip += o.vip;
        self.club += o.club;
        self.coalition += o.coalition;
        self.cashback += o.cashback;
        self.coupons += o.coupons;
        self.gift_cards += o.gift_cards;
        self.profit_sharing += o.profit_sharing;
        self.club_fees += o.club_fees;
        self.settlements += o.settlements;
        self.bank += o.bank;
        self.gift_card_sales += o.gift_card_sales;
        self.points_issued += o.points_issued;
        self.points_redeemed += o.points_redeemed;
        self.points_expired += o.points_expired;
        self.partner_points += o.partner_points;
        self.points_redeemed_at_partners += o.points_redeemed_at_partners;
        self.coupons_sent += o.coupons_sent;
        self.coupons_redeemed += o.coupons_redeemed;
        self.purchases += o.purchases;
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

// ---------------------------------------------------------------------------
// Customers

/// No customer: the end of a calendar list.
const NONE: u32 = u32::MAX;
/// Customers per storage chunk (a power of two).
const CHUNK_BITS: u32 = 12;

/// Customers by id, in fixed-size chunks: growing never copies or doubles
/// the whole population (memory stays close to what is used).
#[derive(Default)]
struct Population {
    chunks: Vec<Vec<Customer>>,
    len: u32,
}

impl Population {
    fn len(&self) -> u32 {
        self.len
    }
    fn push(&mut self, c: Customer) {
        let cap = 1usize << CHUNK_BITS;
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < cap => chunk.push(c),
            _ => {
                let mut chunk = Vec::with_capacity(cap);
                chunk.push(c);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }
    #[inline]
    fn get(&self, id: u32) -> &Customer {
        &self.chunks[(id >> CHUNK_BITS) as usize][(id & ((1 << CHUNK_BITS) - 1)) as usize]
    }
    #[inline]
    fn get_mut(&mut self, id: u32) -> &mut Customer {
        &mut self.chunks[(id >> CHUNK_BITS) as usize][(id & ((1 << CHUNK_BITS) - 1)) as usize]
    }
    fn iter(&self) -> impl Iterator<Item = &Customer> {
        self.chunks.iter().flatten()
    }
    fn iter_mut(&mut self) -> impl Iterator<Item = &mut Customer> {
        self.chunks.iter_mut().flatten()
    }
}

const ACTIVE: u8 = 0;
const DEFECTED: u8 = 1;
const EXITED: u8 = 2;

const F_MEMBER: u8 = 1;
const F_WAS_ACTIVE: u8 = 2;
const F_NEW: u8 = 4;
const F_DEMOTED: u8 = 8;
const F_PROMOTED: u8 = 16;

const X_VIP: u8 = 1;
const X_CLUB: u8 = 2;
const X_BANK: u8 = 4;

/// Points lots: a ring of earning periods (see `docs/model.md`, expiry).
const LOTS: usize = 8;

#[derive(Clone, Debug)]
struct Customer {
    // Traits (fixed).
    rate: f32,
    basket: f32,
    price_sens: f32,
    appetite: f32,
    reactivity: f32,
    alignment: f32,
    forced: f32,
    pref: f32,
    fit: f32,
    rating_bias: f32,
    arrival_day: u16,
    /// Day the customer moves away (`u16::MAX`: after the horizon).
    exit_day: u16,
    // Feelings.
    expectation: f32,
    satisfaction: f32,
    pos_affect: f32,
    neg_affect: f32,
    // Commitments (economic and forced are derived).
    affective: f32,
    normative: f32,
    habit: f32,
    resentment: f32,
    share: f32,
    // Event bookkeeping.
    last_event: u16,
    last_purchase: i16,
    occasion: u32,
    status: u8,
    flags: u8,
    tier: u8,
    /// Purchases since the customer last entered a prize draw.
    draw_count: u8,
    /// Issue-4 flags: VIP, club member, bank-card holder.
    extra: u8,
    /// Coupon held: index + 1 into the programme's coupons (0 = none).
    coupon: u8,
    /// Last day the held coupon can be used.
    coupon_until: u16,
    /// Short-lived bonus points held.
    bonus: u32,
    /// Last day the bonus points are valid.
    bonus_until: u16,
    /// Recency-weighted spend (half-life `SPEND_HALF_LIFE`), as of `last_event`.
    recent_spend: f32,
    /// Shared profit accrued and not yet paid out, in currency units.
    stake: f32,
    // Programme state.
    member_since: u16,
    lots: [u32; LOTS],
    qualifying: f32,
    cumulative: f32,
    // Metrics window.
    window_spend: f32,
    window_purchases: u16,
    /// Next customer in the same calendar day's list.
    next: u32,
}

impl Customer {
    fn points(&self) -> u64 {
        self.lots.iter().map(|&p| p as u64).sum::<u64>() + self.bonus as u64
    }
    fn is_member(&self) -> bool {
        self.flags & F_MEMBER != 0
    }
}

#[inline]
fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-x))
}

// ---------------------------------------------------------------------------
// Compiled scenario

struct PointsRules {
    earn_rate: f64,
    value_cents: f64,
    value: f64,
    threshold: u32,
    automatic: bool,
    cost_ratio: f64,
    expiry_months: u32,
    /// Months per earning period (lot).
    lot_months: u32,
    /// Accrual multiplier by day (campaigns).
    multiplier: Vec<f32>,
    /// Points credited on joining.
    endowed: u32,
    /// Short-lived bonus points: (points per currency unit, valid days).
    bonus: Option<(f64, u32)>,
}

struct Rules {
    automatic: bool,
    bearer: bool,
    min_purchase_cents: i64,
    join_propensity: f64,
    bearer_sharing: f64,
    card_cents: i64,
    member_month_cents: i64,
    operating_month_cents: i64,
    setup_cents: i64,
    flat: f64,
    steps: Vec<(f64, f64)>,
    points: Option<PointsRules>,
    tiers: Option<Tiers>,
    gift: Option<Gift>,
    draw: Option<PrizeDraw>,
    /// Most prize cost in a month, in cents (`i64::MAX`: no limit).
    prize_budget_cents: i64,
    /// Cost of one prize, in cents.
    prize_cents: i64,
    /// Reward value per currency unit spent, before appetite (for choice and enrolment).
    reward_rate: f64,
    discount_for: Option<Segment>,
    points_for: Option<Segment>,
    gift_for: Option<Segment>,
    draw_for: Option<Segment>,
    offers: Vec<Offer>,
    vip: Option<Vip>,
    club: Option<Club>,
    coalition: Option<Coalition>,
    /// Coalition points a member earns at partners per day.
    partner_points_per_day: f64,
    bank: Option<BankCard>,
    coupons: Vec<Coupon>,
    gift_cards: Option<GiftCards>,
    profit_sharing: Option<ProfitSharing>,
    /// The distinct top-spender shares the segments use, and each one's spend
    /// threshold (recomputed at every month's end).
    top_shares: Vec<f64>,
    thresholds: Vec<f32>,
    /// Whether any mechanic draws from the extra stream.
    extra_draws: bool,
}

impl Rules {
    fn new(p: &Programme, days: u32, events: &[Event]) -> Rules {
        let cents = |x: f64| libm::round(x * 100.0) as i64;
        let points = p.points.as_ref().map(|pt| {
            let mut multiplier = vec![1.0f32; days as usize];
            for c in &pt.campaigns {
                for d in c.start_day..=c.end_day.min(days.saturating_sub(1)) {
                    multiplier[d as usize] *= c.multiplier as f32;
                }
            }
            for e in events {
                if let Event::Campaign {
                    day,
                    days: n,
                    multiplier: x,
                } = *e
                {
                    for d in day..day.saturating_add(n).min(days) {
                        multiplier[d as usize] *= x as f32;
                    }
                }
            }
            PointsRules {
                earn_rate: pt.earn_rate,
                value_cents: pt.point_value * 100.0,
                value: pt.point_value,
                threshold: pt.redemption_threshold,
                automatic: pt.redemption == Redemption::Automatic,
                cost_ratio: pt.reward_cost_ratio,
                expiry_months: pt.expiry_months,
                lot_months: if pt.expiry_months == 0 {
                    1
                } else {
                    pt.expiry_months.div_ceil(LOTS as u32 - 1)
                },
                multiplier,
                endowed: pt.endowed,
                bonus: pt.bonus.as_ref().map(|b| (b.earn_rate, b.valid_days)),
            }
        });
        let (flat, steps) = match &p.discount {
            None => (0.0, Vec::new()),
            Some(Discount::Flat { rate }) => (*rate, Vec::new()),
            Some(Discount::Progressive { steps }) => {
                (0.0, steps.iter().map(|s| (s.from_spend, s.rate)).collect())
            }
        };
        let reward_rate = points
            .as_ref()
            .map(|pt| pt.earn_rate * pt.value)
            .unwrap_or(0.0);
        Rules {
            automatic: p.enrolment.mode == EnrolmentMode::Automatic,
            bearer: p.enrolment.card == CardKind::Bearer,
            min_purchase_cents: cents(p.enrolment.min_purchase),
            join_propensity: p.enrolment.join_propensity,
            bearer_sharing: p.enrolment.bearer_sharing,
            card_cents: cents(p.costs.card),
            member_month_cents: cents(p.costs.member_monthly),
            operating_month_cents: cents(p.costs.monthly_operating),
            setup_cents: cents(p.costs.setup),
            flat,
            steps,
            points,
            tiers: p.tiers.clone(),
            gift: p.gift.clone(),
            draw: p.draw.clone(),
            prize_cents: p.draw.as_ref().map_or(0, |dr| cents(dr.prize_cost)),
            prize_budget_cents: match &p.draw {
                Some(dr) if dr.monthly_budget > 0.0 => cents(dr.monthly_budget),
                _ => i64::MAX,
            },
            reward_rate,
            discount_for: p.discount_for.clone(),
            points_for: p.points_for.clone(),
            gift_for: p.gift_for.clone(),
            draw_for: p.draw_for.clone(),
            offers: p.offers.clone(),
            vip: p.vip.clone(),
            club: p.club.clone(),
            coalition: p.coalition.clone(),
            partner_points_per_day: p.coalition.as_ref().map_or(0.0, |co| {
                co.partners as f64 * co.partner_points_per_year / 365.0
            }),
            bank: p.bank_card.clone(),
            coupons: p.coupons.clone(),
            gift_cards: p.gift_cards.clone(),
            profit_sharing: p.profit_sharing.clone(),
            top_shares: {
                let mut v: Vec<f64> = segments(p)
                    .filter_map(|sg| match sg {
                        Segment::TopSpenders { share } => Some(*share),
                        _ => None,
                    })
                    .collect();
                v.sort_by(f64::total_cmp);
                v.dedup();
                v
            },
            thresholds: Vec::new(),
            extra_draws: p.club.is_some()
                || p.coalition.is_some()
                || p.bank_card.is_some()
                || p.gift_cards.is_some(),
        }
    }

    /// Whether customer `id` is in segment `sg` on day `d` (membership is the caller's check).
    fn in_segment(&self, sg: &Segment, c: &Customer, id: u32, d: u32, k: &Consts) -> bool {
        match sg {
            Segment::Everyone => true,
            Segment::TopSpenders { share } => {
                let i = self.top_shares.iter().position(|x| x == share);
                match i.and_then(|i| self.thresholds.get(i)) {
                    Some(&t) => {
                        let dt = (d.saturating_sub(c.last_event as u32) as usize)
                            .min(k.spend_decay.len() - 1);
                        c.recent_spend * k.spend_decay[dt] >= t && c.recent_spend > 0.0
                    }
                    None => false,
                }
            }
            Segment::New { days } => {
                c.arrival_day > 0 && d.saturating_sub(c.arrival_day as u32) < *days
            }
            Segment::Lapsing { days } => d as i32 - c.last_purchase as i32 >= *days as i32,
            Segment::Tier { min } => c.tier as u32 >= *min,
            Segment::Birthday => {
                let month = k.month_of_day[(d as usize).min(k.month_of_day.len() - 1)] as u64;
                crate::rng::mix(k.seed, id as u64) % 12 == month % 12
            }
        }
    }

    /// Whether a benefit limited to `limit` reaches this member (no limit: yes).
    fn reaches(&self, limit: &Option<Segment>, c: &Customer, id: u32, d: u32, k: &Consts) -> bool {
        match limit {
            Some(sg) => c.is_member() && self.in_segment(sg, c, id, d, k),
            None => true,
        }
    }

    /// The member discount where the discount is limited to a segment, plus targeted extras.
    fn targeted_discount(&self, c: &Customer, id: u32, d: u32, k: &Consts) -> f64 {
        let mut rate = match &self.discount_for {
            Some(sg) if !self.in_segment(sg, c, id, d, k) => 0.0,
            _ => self.member_discount(c.cumulative as f64, c.tier),
        };
        for o in &self.offers {
            if o.extra_discount > 0.0 && self.in_segment(&o.segment, c, id, d, k) {
                rate += o.extra_discount;
            }
        }
        rate.min(0.95)
    }

    /// Multiplier of points from targeted offers.
    fn offer_points(&self, c: &Customer, id: u32, d: u32, k: &Consts) -> f64 {
        let mut m = 1.0;
        for o in &self.offers {
            if o.points_multiplier != 1.0 && self.in_segment(&o.segment, c, id, d, k) {
                m *= o.points_multiplier;
            }
        }
        m
    }

    /// Discount rate of a member with this cumulative spend and tier.
    fn member_discount(&self, cumulative: f64, tier: u8) -> f64 {
        let mut rate = self.flat;
        for &(from, r) in &self.steps {
            if cumulative >= from {
                rate = r;
            }
        }
        if let (Some(t), true) = (&self.tiers, tier > 0) {
            rate += t.levels[tier as usize - 1].discount;
        }
        rate
    }

    /// Progress towards the next goal (points threshold, discount step or
    /// tier), 0-1: the largest of the three.
    fn progress(&self, c: &Customer) -> f64 {
        let mut p: f64 = 0.0;
        if let Some(pt) = &self.points {
            let bal = c.points() as f64;
            let t = pt.threshold as f64;
            if bal < t {
                p = p.max(bal / t);
            }
        }
        for &(from, _) in &self.steps {
            if (c.cumulative as f64) < from && from > 0.0 {
                p = p.max(c.cumulative as f64 / from);
                break;
            }
        }
        if let Some(t) = &self.tiers {
            if let Some(next) = t.levels.get(c.tier as usize) {
                p = p.max((c.qualifying as f64 / next.qualifying_spend).min(1.0));
            }
        }
        p
    }
}

/// Every segment a programme uses.
fn segments(p: &Programme) -> impl Iterator<Item = &Segment> {
    p.discount_for
        .iter()
        .chain(&p.points_for)
        .chain(&p.gift_for)
        .chain(&p.draw_for)
        .chain(p.offers.iter().map(|o| &o.segment))
        .chain(p.vip.iter().map(|v| &v.segment))
        .chain(p.club.iter().map(|c| &c.segment))
        .chain(p.coupons.iter().map(|c| &c.segment))
        .chain(p.profit_sharing.iter().map(|x| &x.segment))
}

struct Consts {
    seed: u64,
    days: u32,
    month_start: Vec<u32>,
    month_of_day: Vec<u16>,
    window_start: u32,
    lapse: i32,
    margin_cost: f64,
    quality: f64,
    comp_quality: f64,
    ln_price: f64,
    price_index: f64,
    ln_alts: f64,
    monopoly: bool,
    trip_sigma: f64,
    habit_decay: Vec<f32>,
    affect_decay: Vec<f32>,
    resent_decay: Vec<f32>,
    affective_decay: Vec<f32>,
    novelty: Vec<f32>,
    spend_decay: Vec<f32>,
    mean_annual_spend: f64,
    /// Market events by day (both runs); `None` without any.
    market: Option<MarketDays>,
    /// Deregulation: from this day, alternatives exist.
    dereg: Option<Dereg>,
}

/// Market events as per-day shifts.
struct MarketDays {
    /// Drop in experienced quality (service failures).
    quality_drop: Vec<f32>,
    /// Log of the firm's price relative to the competitors' cut prices (>= 0).
    ln_dearer: Vec<f32>,
    /// Competitors' programmes, as the log price advantage they give a typical
    /// customer (`-ln(1 - value)`).
    rival_pull: Vec<f32>,
}

struct Dereg {
    day: u32,
    ln_alts: f64,
    comp_quality: f64,
}

fn decay_table(half_life: f64, n: usize) -> Vec<f32> {
    (0..n)
        .map(|d| libm::exp(-std::f64::consts::LN_2 * d as f64 / half_life) as f32)
        .collect()
}

/// First day of each month; a month is 365.25 / 12 days on average.
fn month_starts(days: u32) -> Vec<u32> {
    let mut v = Vec::new();
    let mut m: u64 = 0;
    loop {
        let start = (m * 1461 / 48) as u32;
        if start >= days {
            v.push(days);
            return v;
        }
        v.push(start);
        m += 1;
    }
}

impl Consts {
    fn new(s: &Scenario) -> Consts {
        let days = s.simulation.days;
        let month_start = month_starts(days);
        let mut month_of_day = vec![0u16; days as usize];
        for m in 0..month_start.len() - 1 {
            for d in month_start[m]..month_start[m + 1] {
                month_of_day[d as usize] = m as u16;
            }
        }
        let n = days as usize + 2;
        let alts = s.market.alternatives;
        Consts {
            seed: s.simulation.seed,
            days,
            month_start,
            month_of_day,
            window_start: days.saturating_sub(365),
            lapse: s.customers.lapse_days as i32,
            margin_cost: 1.0 - s.business.gross_margin,
            quality: s.business.service_quality,
            comp_quality: s.market.competitor_quality,
            ln_price: libm::log(s.business.price_index),
            price_index: s.business.price_index,
            ln_alts: if alts > 0 {
                libm::log(alts as f64)
            } else {
                0.0
            },
            monopoly: alts == 0,
            trip_sigma: s.customers.trip_spread,
            habit_decay: decay_table(HABIT_HALF_LIFE, n),
            affect_decay: decay_table(AFFECT_HALF_LIFE, n),
            resent_decay: decay_table(RESENTMENT_HALF_LIFE, n),
            affective_decay: decay_table(AFFECTIVE_HALF_LIFE, n),
            novelty: (0..n)
                .map(|d| {
                    (NOVELTY_FLOOR + (1.0 - NOVELTY_FLOOR) * libm::exp(-(d as f64) / NOVELTY_DAYS))
                        as f32
                })
                .collect(),
            spend_decay: decay_table(SPEND_HALF_LIFE, n),
            mean_annual_spend: s.customers.occasions_per_year * s.business.mean_basket * 0.5,
            market: MarketDays::new(s),
            dereg: s.events.iter().find_map(|e| match e {
                Event::Deregulation {
                    day,
                    alternatives,
                    competitor_quality,
                } => Some(Dereg {
                    day: *day,
                    ln_alts: libm::log((*alternatives).max(1) as f64),
                    comp_quality: *competitor_quality,
                }),
                _ => None,
            }),
        }
    }
    /// Whether customers have no alternative on day `d`.
    #[inline]
    fn monopoly_at(&self, d: u32) -> bool {
        self.monopoly && self.dereg.as_ref().is_none_or(|x| d < x.day)
    }
    /// Log of the number of alternatives on day `d`.
    #[inline]
    fn ln_alts_at(&self, d: u32) -> f64 {
        match &self.dereg {
            Some(x) if d >= x.day => x.ln_alts,
            _ => self.ln_alts,
        }
    }
    /// The alternatives' quality (the customers' yardstick) on day `d`.
    #[inline]
    fn comp_quality_at(&self, d: u32) -> f64 {
        match &self.dereg {
            Some(x) if d >= x.day => x.comp_quality,
            _ => self.comp_quality,
        }
    }
    /// A customer's forced commitment on day `d`: all of it in a monopoly,
    /// their own switching barrier otherwise.
    #[inline]
    fn forced(&self, c: &Customer, d: u32) -> f64 {
        if self.monopoly_at(d) {
            1.0
        } else {
            c.forced as f64
        }
    }
    /// (quality drop, log of relative dearness, rivals' programme pull) on day `d`.
    #[inline]
    fn market_at(&self, d: u32) -> (f64, f64, f64) {
        match &self.market {
            Some(m) => (
                m.quality_drop[d as usize] as f64,
                m.ln_dearer[d as usize] as f64,
                m.rival_pull[d as usize] as f64,
            ),
            None => (0.0, 0.0, 0.0),
        }
    }
    fn months(&self) -> u32 {
        self.month_start.len() as u32 - 1
    }
}

impl MarketDays {
    fn new(s: &Scenario) -> Option<MarketDays> {
        let n = s.simulation.days as usize;
        let mut m = MarketDays {
            quality_drop: vec![0.0; n],
            ln_dearer: vec![0.0; n],
            rival_pull: vec![0.0; n],
        };
        let mut any = false;
        for e in &s.events {
            match *e {
                Event::ServiceFailure {
                    day,
                    days,
                    severity,
                } => {
                    for d in (day as usize)..(day as usize + days as usize).min(n) {
                        m.quality_drop[d] += severity as f32;
                    }
                    any = true;
                }
                Event::CompetitorPriceCut { day, cut } => {
                    for d in (day as usize)..n {
                        m.ln_dearer[d] += -libm::log(1.0 - cut) as f32;
                    }
                    any = true;
                }
                Event::CompetitorProgramme { day, value } => {
                    for d in (day as usize)..n {
                        m.rival_pull[d] += -libm::log(1.0 - value) as f32;
                    }
                    any = true;
                }
                _ => {}
            }
        }
        any.then_some(m)
    }
}

// ---------------------------------------------------------------------------
// Creating customers

fn new_customer(s: &Scenario, k: &Consts, id: u32, arrival_day: u32) -> Customer {
    let cu = &s.customers;
    let mut r = Stream::new(k.seed, Domain::Traits, id as u64, 0);
    let rate_year = r.gamma(cu.rate_shape, cu.occasions_per_year / cu.rate_shape);
    let rate = (rate_year / 365.0).max(0.05 / 365.0);
    let sb = cu.basket_spread;
    let basket = s.business.mean_basket * libm::exp(sb * r.normal() - 0.5 * sb * sb);
    let ps = cu.price_sensitivity * libm::exp(0.4 * r.normal() - 0.08);
    let a = cu.reward_appetite;
    let appetite = r.beta(4.0 * a, 4.0 * (1.0 - a));
    let reactivity = 0.5 + r.uniform();
    let alignment = r.beta(2.0, 2.0);
    let b = s.market.switching_barrier;
    let barrier = if b > 0.0 {
        r.beta(2.0 * b / (1.0 - b).max(0.05), 2.0)
    } else {
        0.0
    };
    // The barrier is kept even in a monopoly: it is what remains after deregulation.
    let forced = barrier;
    let pref = 0.3 + r.normal();
    let fit = FIT_SPREAD * r.normal();
    let rating_bias = RATING_BIAS_SPREAD * r.normal();
    // `annual_exit_rate` is the share leaving within a year: hazard -ln(1 - share).
    let exit_after = if cu.annual_exit_rate > 0.0 {
        r.exponential(365.0 / -libm::log(1.0 - cu.annual_exit_rate))
    } else {
        f64::INFINITY
    };
    let exit_day = (arrival_day as f64 + 1.0 + exit_after).min(u16::MAX as f64) as u16;

    let mut c = Customer {
        rate: rate as f32,
        basket: basket as f32,
        price_sens: ps as f32,
        appetite: appetite as f32,
        reactivity: reactivity as f32,
        alignment: alignment as f32,
        forced: forced as f32,
        pref: pref as f32,
        fit: fit as f32,
        rating_bias: rating_bias as f32,
        arrival_day: arrival_day as u16,
        exit_day,
        expectation: 0.0,
        satisfaction: 0.0,
        pos_affect: 0.0,
        neg_affect: 0.0,
        affective: 0.0,
        normative: 0.0,
        habit: 0.0,
        resentment: 0.0,
        share: 0.0,
        last_event: arrival_day as u16,
        last_purchase: (arrival_day as i32 - 10_000) as i16,
        occasion: 0,
        status: ACTIVE,
        flags: 0,
        tier: 0,
        draw_count: 0,
        extra: 0,
        coupon: 0,
        coupon_until: 0,
        bonus: 0,
        bonus_until: 0,
        recent_spend: 0.0,
        stake: 0.0,
        member_since: 0,
        lots: [0; LOTS],
        qualifying: 0.0,
        cumulative: 0.0,
        window_spend: 0.0,
        window_purchases: 0,
        next: NONE,
    };
    let q = k.quality + fit - VALUE_WEIGHT * k.ln_price;
    if arrival_day == 0 {
        // An existing customer: feelings adapted to the firm as it is.
        let sat = W_PERFORMANCE * (q - k.comp_quality_at(0));
        c.expectation = q as f32;
        c.satisfaction = sat as f32;
        c.normative = (0.5 * alignment) as f32;
        c.share = 0.5;
        c.affective = logistic(AFFECTIVE_SLOPE * sat) as f32;
        let v = utility_base(&c, k, 0);
        let forced = if k.monopoly_at(0) { 1.0 } else { forced };
        let p_here = forced + (1.0 - forced) * logistic(v);
        c.share = p_here as f32;
        let gap = 1.0 / (rate * p_here).max(1e-6);
        let d = libm::exp(-std::f64::consts::LN_2 * gap / HABIT_HALF_LIFE);
        c.habit = (HABIT_GAIN / (1.0 - d + HABIT_GAIN * d)) as f32;
        // Affective commitment at its equilibrium between pull and decay.
        let da = libm::exp(-std::f64::consts::LN_2 * gap / AFFECTIVE_HALF_LIFE);
        let target = logistic(AFFECTIVE_SLOPE * sat);
        c.affective = (AFFECTIVE_ALPHA * target / (1.0 - da * (1.0 - AFFECTIVE_ALPHA))) as f32;
        c.last_purchase = -((r.uniform() * gap.min(k.lapse as f64 * 2.0)) as i16);
        // Recent spend at its steady state: spend a day times the mean age weight.
        c.recent_spend = (rate * p_here * basket * SPEND_HALF_LIFE / std::f64::consts::LN_2) as f32;
    } else {
        // A new customer: expects what the market offers, comes to buy once.
        c.expectation = k.comp_quality_at(arrival_day) as f32;
        c.affective = 0.2;
        c.share = 0.3;
        c.flags = F_NEW;
    }
    c
}

/// The firm's utility against the alternatives without programme terms.
#[inline]
fn utility_base(c: &Customer, k: &Consts, d: u32) -> f64 {
    c.pref as f64
        + BETA_SATISFACTION * c.satisfaction as f64
        + BETA_AFFECTIVE * c.affective as f64
        + BETA_NORMATIVE * c.normative as f64
        + BETA_HABIT * c.habit as f64
        - BETA_RESENTMENT * c.resentment as f64
        - PRICE_WEIGHT * c.price_sens as f64 * k.ln_price
        - k.ln_alts_at(d)
}

/// Likelihood to recommend at `day` (0-10), from states decayed to that day.
fn recommend(c: &Customer, k: &Consts, day: u32) -> u8 {
    let dt = (day.saturating_sub(c.last_event as u32) as usize).min(k.affect_decay.len() - 1);
    let pa = (c.pos_affect * k.affect_decay[dt]) as f64;
    let na = (c.neg_affect * k.affect_decay[dt]) as f64;
    let resentment = (c.resentment * k.resent_decay[dt]) as f64;
    let affective = (c.affective * k.affective_decay[dt]) as f64;
    let l = RECOMMEND_BASE
        + RECOMMEND_SATISFACTION * c.satisfaction as f64
        + RECOMMEND_AFFECTIVE * affective
        + RECOMMEND_NORMATIVE * c.normative as f64
        + RECOMMEND_AFFECT * (pa - na)
        - RECOMMEND_RESENTMENT * resentment
        + c.rating_bias as f64;
    libm::round(l).clamp(0.0, 10.0) as u8
}

/// Economic commitment: what the customer would lose by leaving, relative to a basket.
fn economic(c: &Customer, rules: Option<&Rules>, top_share: f64) -> f64 {
    let Some(r) = rules else { return 0.0 };
    if !c.is_member() {
        return 0.0;
    }
    let mut stake = 0.0;
    if let Some(pt) = &r.points {
        let value = c.points() as f64 * pt.value;
        // Coalition points can be burned at partners too: leaving the firm loses less.
        stake += match &r.coalition {
            Some(co) => value * co.burn_here,
            None => value,
        };
    }
    if let (Some(t), true) = (&r.tiers, c.tier > 0) {
        let rank = c.tier as f64 / t.levels.len() as f64;
        stake += STATUS_BASKETS * rank * (1.0 - 0.5 * top_share) * c.basket as f64;
    }
    if r.profit_sharing.is_some() {
        stake += c.stake as f64;
    }
    stake / (stake + c.basket as f64)
}

// ---------------------------------------------------------------------------
// One run

struct MonthCounters {
    joins: u64,
    new_customers: u64,
    defections: u64,
    /// Prize cost booked this month, in cents (against the draw's budget).
    prize_cents: i64,
}

struct World<'a, O: Observer> {
    s: &'a Scenario,
    k: &'a Consts,
    rules: Option<Rules>,
    kind: RunKind,
    customers: Population,
    /// First customer of each day's list of pending occasions (`NONE` if empty).
    calendar: Vec<u32>,
    ledger: Ledger,
    counters: MonthCounters,
    months: Vec<MonthStats>,
    top_share: f64,
    promoters: u64,
    detractors: u64,
    breakage_num: u64,
    breakage_den: u64,
    /// Whether the programme is running (launched and not ended).
    live: bool,
    /// Club promoters at the last month's end (they tell more people).
    club_promoters: u64,
    /// Days with events that touch every customer, in order, and the next one's index.
    event_days: Vec<u32>,
    next_event: usize,
    observer: &'a mut O,
}

impl<'a, O: Observer> World<'a, O> {
    fn new(s: &'a Scenario, k: &'a Consts, kind: RunKind, observer: &'a mut O) -> Self {
        let rules = match (kind, &s.programme) {
            (RunKind::Programme, Some(p)) => Some(Rules::new(p, k.days, &s.events)),
            _ => None,
        };
        let n0 = s.simulation.customers;
        let mut w = World {
            s,
            k,
            rules,
            kind,
            customers: Population::default(),
            calendar: vec![NONE; k.days as usize],
            ledger: Ledger {
                days: vec![LedgerDay::default(); k.days as usize],
            },
            counters: MonthCounters {
                joins: 0,
                new_customers: 0,
                defections: 0,
                prize_cents: 0,
            },
            months: Vec::new(),
            top_share: 0.0,
            promoters: 0,
            detractors: 0,
            breakage_num: 0,
            breakage_den: 0,
            live: false,
            club_promoters: 0,
            event_days: Vec::new(),
            next_event: 0,
            observer,
        };
        let has_rules = w.rules.is_some();
        w.live = has_rules && !s.events.iter().any(|e| matches!(e, Event::Launch { .. }));
        let mut days: Vec<u32> = s
            .events
            .iter()
            .filter(|e| match e {
                Event::Launch { .. } | Event::End { .. } | Event::RuleChange { .. } => has_rules,
                Event::Deregulation { .. } => true,
                _ => false,
            })
            .map(Event::day)
            .collect();
        days.sort_unstable();
        days.dedup();
        w.event_days = days;
        for id in 0..n0 {
            let c = new_customer(s, k, id, 0);
            let mut r = Stream::new(k.seed, Domain::Traits, id as u64, 1);
            let first = libm::round(r.exponential(1.0 / c.rate as f64)) as u64;
            w.customers.push(c);
            if first < k.days as u64 {
                w.schedule(id, first as u32);
            }
        }
        if let (Some(r), true) = (&w.rules, w.live) {
            w.ledger.days[0].fixed += r.setup_cents;
        }
        w.rank_spenders(0);
        // Word of mouth in month 0 comes from the customers as they are.
        let (p, d) = w.count_recommenders(0);
        w.promoters = p;
        w.detractors = d;
        w.arrivals(0);
        w
    }

    /// Adds customer `id`'s next occasion to day `day`'s list.
    fn schedule(&mut self, id: u32, day: u32) {
        self.customers.get_mut(id).next = self.calendar[day as usize];
        self.calendar[day as usize] = id;
    }

    fn count_recommenders(&self, day: u32) -> (u64, u64) {
        let (mut p, mut d) = (0, 0);
        for c in self.customers.iter() {
            if c.arrival_day as u32 <= day
                && c.status == ACTIVE
                && day as i32 - (c.last_purchase as i32) < self.k.lapse
            {
                let rec = recommend(c, self.k, day);
                if rec >= 9 {
                    p += 1;
                } else if rec <= 6 {
                    d += 1;
                }
            }
        }
        (p, d)
    }

    fn run_month(&mut self, m: u32) {
        let (from, to) = (
            self.k.month_start[m as usize],
            self.k.month_start[m as usize + 1],
        );
        for d in from..to {
            if self.event_days.get(self.next_event) == Some(&d) {
                self.next_event += 1;
                self.apply_events(d);
            }
            let mut id = std::mem::replace(&mut self.calendar[d as usize], NONE);
            while id != NONE {
                // Read the link first: the occasion reschedules the customer.
                let next = self.customers.get(id).next;
                self.occasion(id, d);
                id = next;
            }
        }
        self.month_end(m);
    }

    /// Events that touch every customer at the start of day `d`: the
    /// programme's launch, end and rule changes (programme run only) and
    /// deregulation (both runs).
    fn apply_events(&mut self, d: u32) {
        let s = self.s;
        for e in s.events.iter().filter(|e| e.day() == d) {
            match *e {
                Event::Launch { .. } => {
                    if let Some(r) = &self.rules {
                        self.live = true;
                        self.ledger.days[d as usize].fixed += r.setup_cents;
                    }
                }
                Event::End { settle, .. } if self.live => self.terminate(d, settle),
                Event::RuleChange {
                    point_value_factor,
                    threshold_factor,
                    ..
                } => self.change_rules(d, point_value_factor, threshold_factor),
                Event::Deregulation { .. } => self.deregulate(d),
                _ => {}
            }
        }
    }

    /// Ends the programme: outstanding points are paid out or written off,
    /// and members lose what they had (economic commitment) and resent it.
    fn terminate(&mut self, d: u32, settle: Settle) {
        let k = self.k;
        let Some(r) = self.rules.as_ref() else { return };
        let top_share = self.top_share;
        let day = &mut self.ledger.days[d as usize];
        for c in self.customers.iter_mut() {
            if c.arrival_day as u32 > d || !c.is_member() {
                continue;
            }
            bring_to(c, k, d);
            let econ = economic(c, Some(r), top_share);
            let points = c.points();
            if let (Some(pt), true) = (&r.points, points > 0) {
                match settle {
                    Settle::PayOut => {
                        day.points_redeemed += points;
                        day.rewards +=
                            libm::round(points as f64 * pt.value * pt.cost_ratio * 100.0) as i64;
                    }
                    Settle::WriteOff => {
                        day.points_expired += points;
                        let value = points as f64 * pt.value / c.basket as f64;
                        c.neg_affect += (POINTS_LOSS_AFFECT
                            * LOSS_AVERSION
                            * value.min(3.0)
                            * c.reactivity as f64) as f32;
                    }
                }
            }
            c.lots = [0; LOTS];
            c.bonus = 0;
            if c.status == ACTIVE {
                c.resentment +=
                    ((END_RESENTMENT + END_RESENTMENT_ECONOMIC * econ) * LOSS_AVERSION) as f32;
                c.neg_affect += (END_AFFECT * LOSS_AVERSION * c.reactivity as f64) as f32;
                c.normative *= (1.0 - BROKEN_PROMISE) as f32;
            }
            // Shared profit was booked as it accrued; the stake is settled now.
            c.stake = 0.0;
            c.flags &= !F_MEMBER;
            c.extra = 0;
            c.tier = 0;
            c.coupon = 0;
        }
        self.live = false;
    }

    /// A change of the points rules; when it takes value away from members
    /// (a devaluation), it is a broken promise.
    fn change_rules(&mut self, d: u32, value_factor: f64, threshold_factor: f64) {
        let k = self.k;
        let Some(r) = self.rules.as_mut() else { return };
        let Some(pt) = r.points.as_mut() else { return };
        let old_value = pt.value;
        pt.value *= value_factor;
        pt.value_cents *= value_factor;
        pt.threshold = (libm::round(pt.threshold as f64 * threshold_factor) as u32).max(1);
        r.reward_rate = pt.earn_rate * pt.value;
        let severity = (1.0 - value_factor / threshold_factor).max(0.0);
        if !self.live || severity == 0.0 {
            return;
        }
        for c in self.customers.iter_mut() {
            if c.arrival_day as u32 > d || !c.is_member() || c.status != ACTIVE {
                continue;
            }
            bring_to(c, k, d);
            let loss = c.points() as f64 * old_value * severity / c.basket as f64;
            c.neg_affect +=
                (POINTS_LOSS_AFFECT * LOSS_AVERSION * loss.min(3.0) * c.reactivity as f64) as f32;
            c.resentment += (DEVALUATION_RESENTMENT * LOSS_AVERSION * severity) as f32;
            c.normative *= (1.0 - BROKEN_PROMISE * severity) as f32;
        }
    }

    /// Alternatives appear: forced commitment falls to each customer's own
    /// barrier (in [`Consts::forced`]); customers the firm satisfied now
    /// choose it freely, which strengthens their affective commitment.
    fn deregulate(&mut self, d: u32) {
        let k = self.k;
        for c in self.customers.iter_mut() {
            if c.arrival_day as u32 > d || c.status != ACTIVE {
                continue;
            }
            bring_to(c, k, d);
            let sat = c.satisfaction as f64;
            if sat > 0.0 {
                c.affective += (DEREGULATION_CHOICE_GAIN * sat * (1.0 - c.affective as f64)) as f32;
            }
        }
    }

    /// Ranks active customers by recent spend: the threshold of each
    /// top-spender share the programme's segments use.
    fn rank_spenders(&mut self, day: u32) {
        let k = self.k;
        let Some(r) = self.rules.as_ref() else { return };
        if r.top_shares.is_empty() {
            return;
        }
        let mut spend: Vec<f32> = self
            .customers
            .iter()
            .filter(|c| {
                c.arrival_day as u32 <= day
                    && c.status == ACTIVE
                    && (day as i32 - c.last_purchase as i32) < k.lapse
            })
            .map(|c| {
                let dt =
                    (day.saturating_sub(c.last_event as u32) as usize).min(k.spend_decay.len() - 1);
                c.recent_spend * k.spend_decay[dt]
            })
            .collect();
        let thresholds = r
            .top_shares
            .iter()
            .map(|&share| {
                if spend.is_empty() {
                    return f32::INFINITY;
                }
                let n = spend.len();
                let i = ((1.0 - share) * n as f64) as usize;
                let (_, t, _) = spend.select_nth_unstable_by(i.min(n - 1), f32::total_cmp);
                *t
            })
            .collect();
        if let Some(r) = self.rules.as_mut() {
            r.thresholds = thresholds;
        }
    }

    /// One purchase occasion of customer `id` on day `d`.
    fn occasion(&mut self, id: u32, d: u32) {
        let k = self.k;
        let c = self.customers.get_mut(id);
        if c.status != ACTIVE {
            return;
        }
        if d >= c.exit_day as u32 {
            c.status = EXITED;
            return;
        }
        let dt = (d - c.last_event as u32) as usize;
        c.habit *= k.habit_decay[dt];
        c.pos_affect *= k.affect_decay[dt];
        c.neg_affect *= k.affect_decay[dt];
        c.resentment *= k.resent_decay[dt];
        c.affective *= k.affective_decay[dt];
        let programme = self.rules.as_ref();
        let rank_spend = programme.is_some_and(|r| !r.top_shares.is_empty());
        if rank_spend {
            c.recent_spend *= k.spend_decay[dt];
        }
        c.last_event = d as u16;

        // Fixed order of draws, whatever happens below.
        let mut r = Stream::new(k.seed, Domain::Event, id as u64, c.occasion as u64);
        c.occasion += 1;
        let u_choice = r.uniform();
        let u_defect = r.uniform();
        let u_join = r.uniform();
        let u_redeem = r.uniform();
        let u_share = r.uniform();
        let u_next = r.uniform_pos();
        // Two normals by Box-Muller, transformed only if a purchase needs them.
        let (u1, u2) = (r.uniform_pos(), r.uniform());
        // Drawn last, and only with prize draws, so it leaves every other
        // draw (and a scenario without draws) unchanged.
        let u_prize = if programme.is_some_and(|r| r.draw.is_some()) {
            r.uniform()
        } else {
            1.0
        };
        // The later mechanics draw from their own stream, only when they exist.
        let extra = if programme.is_some_and(|r| r.extra_draws) {
            let mut x = Stream::new(k.seed, Domain::Extra, id as u64, c.occasion as u64 - 1);
            std::array::from_fn(|_| x.uniform())
        } else {
            [1.0; EXTRA_DRAWS]
        };

        let top_share = self.top_share;
        let rules = if self.live { programme } else { None };
        let forced = k.forced(c, d);
        let mut progress = 0.0;
        let mut v = utility_base(c, k, d);
        let mut rate_mult = 1.0;
        if let Some(r) = rules {
            let day = &mut self.ledger.days[d as usize];
            // Short-lived points and coupons run out.
            if c.bonus > 0 && d > c.bonus_until as u32 {
                expire_bonus(c, r, day);
            }
            if c.coupon > 0 && d > c.coupon_until as u32 {
                c.coupon = 0;
            }
            // Coalition points earned at partners since the last occasion.
            if let (true, Some(pt)) = (
                c.is_member() && r.partner_points_per_day > 0.0,
                r.points.as_ref(),
            ) {
                let n = libm::floor(dt as f64 * r.partner_points_per_day + extra[D_PARTNER]);
                let slot = lot_slot(pt, k.month_of_day[d as usize] as u32);
                let n = (n.min(u32::MAX as f64) as u32).min(u32::MAX - c.lots[slot]);
                c.lots[slot] += n;
                day.points_issued += n as u64;
                day.partner_points += n as u64;
            }
        }
        if let Some(r) = rules {
            let member = c.is_member();
            let mut price = 1.0;
            if member {
                progress = r.progress(c);
                let disc = r.targeted_discount(c, id, d, k);
                let novelty = k.novelty[(d - c.member_since as u32) as usize] as f64;
                let gradient = 1.0 + GOAL_GRADIENT * c.appetite as f64 * progress * progress;
                let earns = r.points_for.is_none() || r.reaches(&r.points_for, c, id, d, k);
                let reward = (if earns { r.reward_rate } else { 0.0 })
                    * POINTS_CASH_EQUIVALENT
                    * 2.0
                    * c.appetite as f64
                    * novelty
                    * gradient;
                price = (1.0 - disc) * (1.0 - reward.min(0.5));
                if let (Some(b), true) = (&r.bank, c.extra & X_BANK != 0) {
                    price *= 1.0 - b.cashback_rate;
                }
                if c.coupon > 0 {
                    let cp = &r.coupons[c.coupon as usize - 1];
                    price *= 1.0 - (cp.value / c.basket as f64).min(0.5);
                }
                if let Some(ps) = &r.profit_sharing {
                    if r.in_segment(&ps.segment, c, id, d, k) {
                        price *= 1.0 - ps.share * (1.0 - k.margin_cost);
                    }
                }
                let econ = economic(c, Some(r), top_share);
                v += BETA_ECONOMIC * LOSS_AVERSION * econ;
            } else if r.bearer {
                price = 1.0 - r.bearer_sharing * r.flat;
            }
            if price != 1.0 {
                v -= PRICE_WEIGHT * c.price_sens as f64 * libm::log(price);
            }
        }
        let (_, ln_dearer, rival_pull) = k.market_at(d);
        if ln_dearer != 0.0 || rival_pull != 0.0 {
            v -= PRICE_WEIGHT
                * c.price_sens as f64
                * (ln_dearer + rival_pull * 2.0 * c.appetite as f64);
        }
        let here = if c.flags & F_NEW != 0 {
            c.flags &= !F_NEW;
            true
        } else if k.monopoly_at(d) {
            true
        } else {
            u_choice < forced + (1.0 - forced) * logistic(v)
        };

        if here {
            let rad = libm::sqrt(-2.0 * libm::log(u1));
            let (sn, cs) = libm::sincos(std::f64::consts::TAU * u2);
            let (z_quality, z_basket) = (rad * cs, rad * sn);
            let (ev, gift_card) = purchase(
                c,
                id,
                d,
                k,
                rules,
                &mut self.ledger.days[d as usize],
                &mut self.counters,
                [u_join, u_redeem, u_share, z_quality, z_basket, u_prize],
                &extra,
                progress,
                rank_spend,
            );
            if let Some((day, cents)) = gift_card {
                self.ledger.days[day as usize].gift_cards += cents;
            }
            self.observer.purchase(self.kind, &ev);
            // Goal gradient: the next occasion comes sooner the nearer the goal.
            if let Some(r) = rules.filter(|_| c.is_member()) {
                let p = r.progress(c);
                rate_mult = 1.0 + GOAL_GRADIENT * c.appetite as f64 * p * p;
                if c.bonus > 0 {
                    rate_mult += BONUS_URGENCY * c.appetite as f64;
                }
            }
        } else {
            c.share *= 0.8;
            let econ = economic(c, rules, top_share);
            let h = DEFECT_BASE
                * libm::exp(
                    -DEFECT_AFFECTIVE * c.affective as f64
                        - DEFECT_NORMATIVE * c.normative as f64
                        - DEFECT_ECONOMIC * LOSS_AVERSION * econ
                        - DEFECT_HABIT * c.habit as f64
                        + DEFECT_DISSATISFACTION * (-(c.satisfaction as f64)).max(0.0)
                        + DEFECT_RESENTMENT * c.resentment as f64,
                )
                * (1.0 - forced);
            if u_defect < h {
                c.status = DEFECTED;
                self.counters.defections += 1;
                return;
            }
        }

        let gap = -libm::log(u_next) / (c.rate as f64 * rate_mult);
        let next = d as f64 + libm::round(gap).max(1.0);
        if next < k.days as f64 {
            let next = next as u32;
            if next < c.exit_day as u32 {
                c.next = self.calendar[next as usize];
                self.calendar[next as usize] = id;
            }
        }
    }

    /// The month-end scan: expiry, tier re-assessment, member costs, metrics,
    /// word of mouth and next month's arrivals.
    fn month_end(&mut self, m: u32) {
        let k = self.k;
        let end = k.month_start[m as usize + 1];
        let last = end - 1;
        let next_month = m + 1;
        let rules = if self.live { self.rules.as_ref() } else { None };
        let club_event = rules.and_then(|r| r.club.as_ref()).is_some_and(|cl| {
            let e = cl.events_per_year;
            (m + 1) * e / 12 > m * e / 12
        });
        // Coupons are sent for the next month (none after the horizon).
        let coupons_due: Vec<usize> = match rules {
            Some(r) if end < k.days => (0..r.coupons.len())
                .filter(|&i| next_month % r.coupons[i].every_months == 0)
                .collect(),
            _ => Vec::new(),
        };
        let payout = rules
            .and_then(|r| r.profit_sharing.as_ref())
            .is_some_and(|ps| next_month % ps.payout_months == 0);
        let (mut vips, mut club_members, mut club_promoters) = (0i64, 0i64, 0u64);
        let (mut coupons_sent, mut coupon_cents) = (0u64, 0i64);
        let expiring_slot = rules.and_then(|r| r.points.as_ref()).and_then(|pt| {
            let (e, g) = (pt.expiry_months, pt.lot_months);
            if e > 0 && next_month >= e + g && (next_month - e) % g == 0 {
                Some(((next_month - e) / g - 1) as usize % LOTS)
            } else {
                None
            }
        });
        let tier_reset = rules
            .and_then(|r| r.tiers.as_ref())
            .map(|t| next_month % t.window_months == 0)
            .unwrap_or(false);
        let top_level = rules
            .and_then(|r| r.tiers.as_ref())
            .map(|t| t.levels.len() as u8)
            .unwrap_or(0);

        let wants = self.observer.wants_snapshots();
        let mut st = Scan::default();
        let mut expired: u64 = 0;
        let mut member_months: i64 = 0;
        for (id, c) in self.customers.iter_mut().enumerate() {
            if c.arrival_day as u32 > last {
                continue;
            }
            let exit_day = c.exit_day as u32;
            if c.status == ACTIVE && exit_day <= last {
                c.status = EXITED;
            }
            if c.status == EXITED && exit_day >= k.month_start[m as usize] && exit_day <= last {
                st.exits += 1;
            }
            if let Some(slot) = expiring_slot {
                let lost = c.lots[slot];
                if lost > 0 {
                    c.lots[slot] = 0;
                    expired += lost as u64;
                    if let Some(pt) = rules.and_then(|r| r.points.as_ref()) {
                        let value = lost as f64 * pt.value / c.basket as f64;
                        c.neg_affect += (POINTS_LOSS_AFFECT
                            * LOSS_AVERSION
                            * value.min(3.0)
                            * c.reactivity as f64) as f32;
                    }
                }
            }
            let gone = c.status != ACTIVE;
            if let (Some(r), true) = (rules, c.is_member()) {
                let id = id as u32;
                if c.bonus > 0 && last > c.bonus_until as u32 {
                    expire_bonus(c, r, &mut self.ledger.days[last as usize]);
                }
                if let Some(v) = &r.vip {
                    if !gone && r.in_segment(&v.segment, c, id, last, k) {
                        c.extra |= X_VIP;
                        vips += 1;
                    } else {
                        c.extra &= !X_VIP;
                    }
                }
                if c.extra & X_CLUB != 0 && !gone {
                    club_members += 1;
                    if club_event {
                        c.affective += (CLUB_EVENT_AFFECTIVE * (1.0 - c.affective as f64)) as f32;
                        c.normative += (CLUB_EVENT_NORMATIVE
                            * (c.alignment as f64 - c.normative as f64).max(0.0))
                            as f32;
                        c.pos_affect += (CLUB_EVENT_AFFECT * c.reactivity as f64) as f32;
                    }
                }
                if !gone && (c.coupon == 0 || c.coupon_until < end as u16) {
                    for &i in &coupons_due {
                        let cp = &r.coupons[i];
                        if r.in_segment(&cp.segment, c, id, end, k) {
                            c.coupon = i as u8 + 1;
                            c.coupon_until = (last + cp.valid_days).min(u16::MAX as u32) as u16;
                            coupons_sent += 1;
                            coupon_cents += libm::round(cp.send_cost * 100.0) as i64;
                            break;
                        }
                    }
                }
                if payout && c.stake > 0.0 {
                    if !gone {
                        let rel = c.stake as f64 / c.basket as f64;
                        c.pos_affect += (REWARD_AFFECT * rel.min(3.0) * c.reactivity as f64) as f32;
                    }
                    c.stake = 0.0;
                }
            }
            if c.is_member() && !gone {
                member_months += 1;
                st.members += 1;
                if tier_reset {
                    if let Some(t) = rules.and_then(|r| r.tiers.as_ref()) {
                        let earned = t
                            .levels
                            .iter()
                            .rposition(|l| c.qualifying as f64 >= l.qualifying_spend)
                            .map(|i| i as u8 + 1)
                            .unwrap_or(0);
                        if earned < c.tier {
                            c.flags |= F_DEMOTED;
                            c.resentment += (DEMOTION_RESENTMENT * LOSS_AVERSION) as f32;
                            c.neg_affect +=
                                (DEMOTION_AFFECT * LOSS_AVERSION * c.reactivity as f64) as f32;
                            c.affective = (c.affective as f64
                                - DEMOTION_AFFECTIVE_LOSS * LOSS_AVERSION)
                                .max(0.0) as f32;
                        }
                        c.tier = earned;
                        c.qualifying = 0.0;
                    }
                }
                if top_level > 0 && c.tier == top_level {
                    st.top_tier += 1;
                }
            }
            st.points_outstanding += c.points();

            let dt =
                (last.saturating_sub(c.last_event as u32) as usize).min(k.affect_decay.len() - 1);
            let since = last as i32 - c.last_purchase as i32;
            let active = !gone && since < k.lapse;
            let recent = c.status != EXITED && since < 365;
            let was_active = c.flags & F_WAS_ACTIVE != 0;
            if was_active {
                st.prev_active += 1;
                if active {
                    st.retained += 1;
                }
            }
            if active {
                c.flags |= F_WAS_ACTIVE;
            } else {
                c.flags &= !F_WAS_ACTIVE;
            }
            if !(active || recent || wants) {
                continue;
            }
            let habit = (c.habit * k.habit_decay[dt]) as f64;
            let affective = (c.affective * k.affective_decay[dt]) as f64;
            let resentment = (c.resentment * k.resent_decay[dt]) as f64;
            let econ = economic(c, rules, self.top_share);
            let sat = c.satisfaction as f64;
            let rec = recommend(c, k, last);
            if wants {
                let snap = CustomerSnapshot {
                    id: id as u32,
                    active,
                    gone,
                    member: c.is_member(),
                    tier: c.tier,
                    promoted: c.flags & F_PROMOTED != 0,
                    demoted: c.flags & F_DEMOTED != 0,
                    satisfaction: sat,
                    affective,
                    normative: c.normative as f64,
                    economic: econ,
                    forced: k.forced(c, last),
                    habitual: habit,
                    resentment,
                    recommend: rec,
                    window_spend: c.window_spend as f64,
                    window_purchases: c.window_purchases as u32,
                    points: c.points(),
                };
                self.observer.snapshot(self.kind, m, &snap);
            }
            let behaviour = active && c.share >= 0.5;
            let attitude = rec >= 7;
            if recent {
                st.customers += 1;
                match (attitude, behaviour) {
                    (true, true) => st.absolute += 1,
                    (true, false) => st.latent += 1,
                    (false, true) => st.spurious += 1,
                    (false, false) => st.none += 1,
                }
                match (sat >= 0.0, behaviour) {
                    (true, true) => st.loyalists += 1,
                    (true, false) => st.mercenaries += 1,
                    (false, true) => st.hostages += 1,
                    (false, false) => st.defectors += 1,
                }
            }
            if active {
                st.active += 1;
                if rec >= 9 {
                    st.promoters += 1;
                    if c.extra & X_CLUB != 0 {
                        club_promoters += 1;
                    }
                } else if rec <= 6 {
                    st.detractors += 1;
                }
                st.sat_sum += sat;
                let bin = (((sat + 0.5) * 10.0).floor()).clamp(0.0, 9.0) as usize;
                st.hist[bin] += 1;
                st.affective += affective;
                st.normative += c.normative as f64;
                st.economic += econ;
                st.forced += k.forced(c, last);
                st.habitual += habit;
            }
        }

        // Month-end costs and expiry go on the month's last day.
        if let Some(r) = rules {
            let day = &mut self.ledger.days[last as usize];
            day.fixed += r.operating_month_cents;
            day.members += member_months * r.member_month_cents;
            day.points_expired += expired;
            if let Some(v) = &r.vip {
                day.vip += vips * libm::round(v.monthly_cost * 100.0) as i64;
            }
            if let Some(cl) = &r.club {
                day.club += club_members * libm::round(cl.member_monthly_cost * 100.0) as i64;
                if club_event {
                    day.club += libm::round(cl.event_cost * 100.0) as i64;
                }
                day.club_fees += club_members * libm::round(cl.annual_fee * 100.0 / 12.0) as i64;
            }
            day.coupons += coupon_cents;
            day.coupons_sent += coupons_sent;
        }
        self.club_promoters = club_promoters;
        self.rank_spenders(last);
        self.top_share = if st.members > 0 {
            st.top_tier as f64 / st.members as f64
        } else {
            0.0
        };
        self.promoters = st.promoters;
        self.detractors = st.detractors;

        let stats = self.month_stats(m, &st);
        self.months.push(stats);
        self.counters = MonthCounters {
            joins: 0,
            new_customers: 0,
            defections: 0,
            prize_cents: 0,
        };
        self.arrivals(m + 1);
    }

    fn month_stats(&mut self, m: u32, st: &Scan) -> MonthStats {
        let k = self.k;
        let (from, to) = (
            k.month_start[m as usize] as usize,
            k.month_start[m as usize + 1] as usize,
        );
        let t = self.ledger.sum(from, to);
        self.breakage_num += t.points_expired;
        self.breakage_den += t.points_expired + t.points_redeemed;
        let breakage = if self.breakage_den > 0 {
            self.breakage_num as f64 / self.breakage_den as f64
        } else {
            0.0
        };
        let liability = self
            .rules
            .as_ref()
            .and_then(|r| r.points.as_ref())
            .map(|pt| st.points_outstanding as f64 * pt.value * pt.cost_ratio * (1.0 - breakage))
            .unwrap_or(0.0);
        let share = |n: u64, of: u64| if of > 0 { n as f64 / of as f64 } else { 0.0 };
        let mean = |x: f64| {
            if st.active > 0 {
                x / st.active as f64
            } else {
                0.0
            }
        };
        let cur = |c: i64| c as f64 / 100.0;
        let mut hist = [0.0; 10];
        for (h, &n) in hist.iter_mut().zip(st.hist.iter()) {
            *h = share(n, st.active);
        }
        MonthStats {
            gross_sales: cur(t.gross_sales),
            discounts: cur(t.discounts),
            revenue: cur(t.revenue),
            cost_of_goods: cur(t.cost_of_goods),
            gross_profit: cur(t.revenue - t.cost_of_goods),
            cost: CostBreakdown {
                rewards: cur(t.rewards),
                gifts: cur(t.gifts),
                prizes: cur(t.prizes),
                cards: cur(t.cards),
                members: cur(t.members),
                fixed: cur(t.fixed),
                vip: cur(t.vip),
                club: cur(t.club),
                coalition: cur(t.coalition),
                cashback: cur(t.cashback),
                coupons: cur(t.coupons),
                gift_cards: cur(t.gift_cards),
                profit_sharing: cur(t.profit_sharing),
            },
            programme_cost: cur(t.programme_cost()),
            income: IncomeBreakdown {
                club_fees: cur(t.club_fees),
                settlements: cur(t.settlements),
                bank: cur(t.bank),
                gift_card_sales: cur(t.gift_card_sales),
            },
            programme_income: cur(t.programme_income()),
            partner_points: t.partner_points,
            points_redeemed_at_partners: t.points_redeemed_at_partners,
            coupons_sent: t.coupons_sent,
            coupons_redeemed: t.coupons_redeemed,
            profit: cur(t.profit()),
            points_issued: t.points_issued,
            points_redeemed: t.points_redeemed,
            points_expired: t.points_expired,
            points_outstanding: st.points_outstanding,
            liability: round_cents(liability),
            purchases: t.purchases,
            customers: st.customers,
            active: st.active,
            members: st.members,
            joins: self.counters.joins,
            new_customers: self.counters.new_customers,
            exits: st.exits,
            defections: self.counters.defections,
            retention_rate: if st.prev_active > 0 {
                st.retained as f64 / st.prev_active as f64
            } else {
                1.0
            },
            nps: if st.active > 0 {
                100.0 * (st.promoters as f64 - st.detractors as f64) / st.active as f64
            } else {
                0.0
            },
            satisfaction: mean(st.sat_sum),
            satisfaction_histogram: hist,
            loyalty: LoyaltyShares {
                absolute: share(st.absolute, st.customers),
                latent: share(st.latent, st.customers),
                spurious: share(st.spurious, st.customers),
                none: share(st.none, st.customers),
            },
            apostles: ApostleShares {
                loyalists: share(st.loyalists, st.customers),
                mercenaries: share(st.mercenaries, st.customers),
                hostages: share(st.hostages, st.customers),
                defectors: share(st.defectors, st.customers),
            },
            commitments: Commitments {
                affective: mean(st.affective),
                normative: mean(st.normative),
                economic: mean(st.economic),
                forced: mean(st.forced),
                habitual: mean(st.habitual),
            },
        }
    }

    /// Schedules the arrivals of month `m` from marketing and word of mouth.
    fn arrivals(&mut self, m: u32) {
        let k = self.k;
        if m >= k.months() {
            return;
        }
        let mk = &self.s.market;
        let per_year = self.s.simulation.customers as f64 * mk.marketing_acquisition
            + self.promoters as f64 * mk.promoter_tells * mk.referral_conversion
            - self.detractors as f64 * mk.detractor_tells * mk.detraction_loss;
        let mut per_year = per_year;
        if let Some(r) = self.rules.as_ref().filter(|_| self.live) {
            if let Some(cl) = &r.club {
                per_year += self.club_promoters as f64
                    * mk.promoter_tells
                    * cl.referral_boost
                    * mk.referral_conversion;
            }
            if let Some(co) = &r.coalition {
                per_year += self.s.simulation.customers as f64 * co.partner_referrals;
            }
        }
        let expected = (per_year.max(0.0) / 12.0).min(1e7);
        let mut r = Stream::new(k.seed, Domain::Arrivals, m as u64, 0);
        let whole = libm::floor(expected);
        let n = whole as u64 + u64::from(r.uniform() < expected - whole);
        let (from, to) = (k.month_start[m as usize], k.month_start[m as usize + 1]);
        for _ in 0..n {
            let id = self.customers.len();
            let mut t = Stream::new(k.seed, Domain::Traits, id as u64, 2);
            let day = from + ((t.uniform() * (to - from) as f64) as u32).min(to - from - 1);
            let c = new_customer(self.s, k, id, day);
            self.customers.push(c);
            self.schedule(id, day);
        }
        self.counters.new_customers = n;
    }
}

#[derive(Default)]
struct Scan {
    customers: u64,
    active: u64,
    members: u64,
    top_tier: u64,
    exits: u64,
    prev_active: u64,
    retained: u64,
    promoters: u64,
    detractors: u64,
    points_outstanding: u64,
    sat_sum: f64,
    hist: [u64; 10],
    absolute: u64,
    latent: u64,
    spurious: u64,
    none: u64,
    loyalists: u64,
    mercenaries: u64,
    hostages: u64,
    defectors: u64,
    affective: f64,
    normative: f64,
    economic: f64,
    forced: f64,
    habitual: f64,
}

fn round_cents(x: f64) -> f64 {
    libm::round(x * 100.0) / 100.0
}

/// Brings a customer's decaying states forward to day `d` (for events that
/// touch customers between their occasions).
fn bring_to(c: &mut Customer, k: &Consts, d: u32) {
    let dt = (d.saturating_sub(c.last_event as u32) as usize).min(k.habit_decay.len() - 1);
    c.habit *= k.habit_decay[dt];
    c.pos_affect *= k.affect_decay[dt];
    c.neg_affect *= k.affect_decay[dt];
    c.resentment *= k.resent_decay[dt];
    c.affective *= k.affective_decay[dt];
    c.recent_spend *= k.spend_decay[dt];
    c.last_event = c.last_event.max(d as u16);
}

/// Draws of the extra stream, in order.
const EXTRA_DRAWS: usize = 7;
const D_CLUB: usize = 0;
const D_BANK: usize = 1;
const D_BURN: usize = 2;
const D_PARTNER: usize = 3;
const D_GC_SALE: usize = 4;
const D_GC_REDEEM: usize = 5;
const D_GC_DAYS: usize = 6;

/// The lot that points earned in `month` go to.
fn lot_slot(pt: &PointsRules, month: u32) -> usize {
    if pt.expiry_months == 0 {
        0
    } else {
        (month / pt.lot_months) as usize % LOTS
    }
}

/// Short-lived bonus points run out: they expire, and the loss hurts.
fn expire_bonus(c: &mut Customer, r: &Rules, day: &mut LedgerDay) {
    let lost = std::mem::take(&mut c.bonus);
    day.points_expired += lost as u64;
    if let Some(pt) = &r.points {
        let value = lost as f64 * pt.value / c.basket as f64;
        c.neg_affect +=
            (POINTS_LOSS_AFFECT * LOSS_AVERSION * value.min(3.0) * c.reactivity as f64) as f32;
    }
}

/// A purchase at the firm: enrolment, discount, coupons, points, tiers,
/// service terms, club, cash back, profit sharing, gift, prize draw and gift
/// cards; the experience and its effect on feelings and commitments; the
/// ledger. Returns the purchase and, when a gift card sold now will be
/// redeemed within the horizon, the day and the cost of the goods then.
#[allow(clippy::too_many_arguments)]
fn purchase(
    c: &mut Customer,
    id: u32,
    d: u32,
    k: &Consts,
    rules: Option<&Rules>,
    day: &mut LedgerDay,
    counters: &mut MonthCounters,
    draws: [f64; 6],
    extra: &[f64; EXTRA_DRAWS],
    progress: f64,
    rank_spend: bool,
) -> (PurchaseEvent, Option<(u32, i64)>) {
    let [u_join, u_redeem, u_share, z_quality, z_basket, u_prize] = draws;
    let sig = k.trip_sigma;
    let list = c.basket as f64 * libm::exp(sig * z_basket - 0.5 * sig * sig);
    let list_cents = (libm::round(list * 100.0) as i64).max(1);
    let mut discount_rate = 0.0;
    let mut earned: u64 = 0;
    let mut redeemed: u64 = 0;
    let mut boost = 0.0;
    let mut perk = 0.0;
    let mut gift_card = None;

    if let Some(r) = rules {
        if !c.is_member() {
            let join = if list_cents < r.min_purchase_cents {
                false
            } else if r.automatic {
                true
            } else {
                let annual = c.rate as f64 * 365.0 * c.share as f64 * c.basket as f64;
                let benefit = annual / (annual + k.mean_annual_spend);
                let mut p = r.join_propensity * 2.0 * c.appetite as f64 * 2.0 * benefit;
                // A coalition multiplies the earning opportunities, and so the
                // perceived value of joining.
                if let (Some(pt), true) = (&r.points, r.partner_points_per_day > 0.0) {
                    let own = annual * pt.earn_rate;
                    let partners = r.partner_points_per_day * 365.0;
                    p *= ((own + partners) / own.max(1e-9)).min(COALITION_JOIN_CAP);
                }
                u_join < p.min(1.0)
            };
            if join {
                c.flags |= F_MEMBER;
                c.member_since = d as u16;
                counters.joins += 1;
                day.cards += r.card_cents;
                if let Some(b) = &r.bank {
                    if extra[D_BANK] < b.uptake {
                        c.extra |= X_BANK;
                    }
                }
                if let (Some(pt), true) =
                    (&r.points, r.points.as_ref().is_some_and(|p| p.endowed > 0))
                {
                    let slot = lot_slot(pt, k.month_of_day[d as usize] as u32);
                    let n = pt.endowed.min(u32::MAX - c.lots[slot]);
                    c.lots[slot] += n;
                    earned += n as u64;
                }
            }
        }
        if c.is_member() {
            discount_rate = r.targeted_discount(c, id, d, k);
        } else if r.bearer && u_share < r.bearer_sharing {
            discount_rate = r.flat;
        }
    }
    let mut discount_cents = libm::round(list_cents as f64 * discount_rate) as i64;
    if let (Some(r), true) = (rules, c.coupon > 0 && c.is_member()) {
        let cp = &r.coupons[c.coupon as usize - 1];
        let face = libm::round(cp.value * 100.0) as i64;
        discount_cents += face.min(list_cents - discount_cents).max(0);
        discount_rate = discount_cents as f64 / list_cents as f64;
        day.coupons_redeemed += 1;
        c.coupon = 0;
    }
    let net_cents = list_cents - discount_cents;
    let net = net_cents as f64 / 100.0;
    let cogs_cents = libm::round(list_cents as f64 * k.margin_cost) as i64;

    if let (Some(r), true) = (rules, c.is_member()) {
        if let Some(pt) = &r.points {
            let tier_mult = match (&r.tiers, c.tier) {
                (Some(t), tier) if tier > 0 => t.levels[tier as usize - 1].points_multiplier,
                _ => 1.0,
            };
            let offer_mult = if r.offers.is_empty() {
                1.0
            } else {
                r.offer_points(c, id, d, k)
            };
            // Points limited to a segment: the others earn none (they may still redeem).
            let earns = r.points_for.is_none() || r.reaches(&r.points_for, c, id, d, k);
            let mut own = if earns {
                libm::floor(
                    net * pt.earn_rate * pt.multiplier[d as usize] as f64 * tier_mult * offer_mult,
                ) as u32
            } else {
                0
            };
            let month = k.month_of_day[d as usize] as u32;
            let slot = lot_slot(pt, month);
            // A lot never overflows: what does not fit is not credited (nor counted).
            own = own.min(u32::MAX - c.lots[slot]);
            c.lots[slot] += own;
            earned += own as u64;
            if let Some(co) = &r.coalition {
                day.coalition += libm::round(own as f64 * co.issue_fee * 100.0) as i64;
            }
            if let (Some((rate, valid)), true) = (pt.bonus, earns) {
                let b = libm::floor(net * rate * pt.multiplier[d as usize] as f64) as u32;
                let b = b.min(u32::MAX - c.bonus);
                if b > 0 {
                    if c.bonus == 0 {
                        c.bonus_until = (d + valid).min(u16::MAX as u32) as u16;
                    }
                    c.bonus += b;
                    earned += b as u64;
                }
            }
            let balance = c.points();
            if balance >= pt.threshold as u64 {
                let at_partner = r
                    .coalition
                    .as_ref()
                    .is_some_and(|co| extra[D_BURN] >= co.burn_here);
                let want = if pt.automatic {
                    (balance / pt.threshold as u64) * pt.threshold as u64
                } else if u_redeem < REDEEM_BASE + REDEEM_APPETITE * c.appetite as f64 {
                    let payable = if at_partner {
                        balance
                    } else {
                        libm::floor(net_cents as f64 / pt.value_cents) as u64
                    };
                    let n = balance.min(payable);
                    if n >= pt.threshold as u64 {
                        n
                    } else {
                        0
                    }
                } else {
                    0
                };
                if want > 0 {
                    redeemed = want;
                    let from_bonus = (c.bonus as u64).min(want);
                    c.bonus -= from_bonus as u32;
                    spend_points(c, month, pt, want - from_bonus);
                    let reward_value = want as f64 * pt.value;
                    let rel = reward_value / c.basket as f64;
                    let mut pleasure = REWARD_AFFECT * rel.min(3.0) * c.reactivity as f64;
                    if at_partner {
                        day.points_redeemed_at_partners += want;
                        pleasure *= PARTNER_REDEMPTION_AFFECT;
                    } else {
                        day.rewards += libm::round(reward_value * pt.cost_ratio * 100.0) as i64;
                        if let Some(co) = &r.coalition {
                            day.settlements +=
                                libm::round(want as f64 * co.settlement * 100.0) as i64;
                        }
                    }
                    c.pos_affect += pleasure as f32;
                }
            }
        }
        if let Some(t) = &r.tiers {
            c.qualifying += net as f32;
            if let Some(i) = t
                .levels
                .iter()
                .rposition(|l| c.qualifying as f64 >= l.qualifying_spend)
            {
                let earned_tier = i as u8 + 1;
                if earned_tier > c.tier {
                    c.tier = earned_tier;
                    c.flags |= F_PROMOTED;
                    c.pos_affect += (PROMOTION_AFFECT * c.reactivity as f64) as f32;
                }
            }
            if c.tier > 0 {
                boost += t.levels[c.tier as usize - 1].service_boost;
            }
        }
        c.cumulative += net as f32;
        if let (Some(v), true) = (&r.vip, c.extra & X_VIP != 0) {
            boost += v.service_boost;
        }
        if let Some(cl) = &r.club {
            if c.extra & X_CLUB == 0 && r.in_segment(&cl.segment, c, id, d, k) {
                let annual = c.rate as f64 * 365.0 * c.share as f64 * c.basket as f64;
                let afford = annual / (annual + cl.annual_fee);
                if extra[D_CLUB] < cl.join_propensity * 2.0 * c.appetite as f64 * afford {
                    c.extra |= X_CLUB;
                }
            }
        }
        if let (Some(b), true) = (&r.bank, c.extra & X_BANK != 0) {
            let cb = libm::round(net_cents as f64 * b.cashback_rate) as i64;
            day.cashback += cb;
            day.bank += libm::round(cb as f64 * b.bank_share) as i64;
        }
        if let Some(ps) = &r.profit_sharing {
            let gp = net_cents - cogs_cents;
            if gp > 0 && r.in_segment(&ps.segment, c, id, d, k) {
                let x = libm::round(gp as f64 * ps.share) as i64;
                day.profit_sharing += x;
                c.stake += (x as f64 / 100.0) as f32;
            }
        }
    }
    if let Some((r, g)) = rules.and_then(|r| r.gift.as_ref().map(|g| (r, g))) {
        if d >= g.start_day && d <= g.end_day && r.reaches(&r.gift_for, c, id, d, k) {
            perk = (GIFT_WEIGHT * g.value / c.basket as f64).min(GIFT_CAP);
            day.gifts += libm::round(g.cost * 100.0) as i64;
        }
    }
    if let Some((r, dr)) = rules.and_then(|r| r.draw.as_ref().map(|dr| (r, dr))) {
        if (!dr.members_only || c.is_member()) && r.reaches(&r.draw_for, c, id, d, k) {
            c.draw_count = c.draw_count.saturating_add(1);
            if c.draw_count as u32 >= dr.every {
                c.draw_count = 0;
                let cost = r.prize_cents;
                if u_prize < dr.chance && counters.prize_cents + cost <= r.prize_budget_cents {
                    counters.prize_cents += cost;
                    day.prizes += cost;
                    perk += (PRIZE_WEIGHT * dr.prize_value / c.basket as f64).min(PRIZE_CAP);
                }
            }
        }
    }
    if let Some(g) = rules.and_then(|r| r.gift_cards.as_ref()) {
        if extra[D_GC_SALE] < g.purchase_share {
            let value_cents = libm::round(g.value * 100.0) as i64;
            day.gift_card_sales += value_cents;
            if extra[D_GC_REDEEM] < g.redeemed_share {
                let after =
                    libm::round(-libm::log(1.0 - extra[D_GC_DAYS]) * g.mean_days_to_redeem as f64)
                        .max(1.0);
                let when = d as f64 + after;
                if when < k.days as f64 {
                    let goods = libm::round(value_cents as f64 * k.margin_cost) as i64;
                    gift_card = Some((when as u32, goods));
                }
            }
        }
    }

    // The experience: core quality against the market's yardstick, and
    // everything received (core plus perks such as gifts) against expectation.
    let (quality_drop, ln_dearer, _) = k.market_at(d);
    // A coupon can pay for a whole basket; the price never feels below 5 % of list.
    let mut price_ratio = k.price_index * (1.0 - discount_rate).max(0.05);
    if ln_dearer != 0.0 {
        price_ratio *= libm::exp(ln_dearer);
    }
    let core = k.quality - quality_drop + c.fit as f64 + boost
        - VALUE_WEIGHT * libm::log(price_ratio)
        + QUALITY_NOISE * z_quality;
    let q = core + perk;
    let e = c.expectation as f64;
    let s_tx = W_PERFORMANCE * (core - k.comp_quality_at(d)) + W_DISCONFIRMATION * (q - e);
    let sat = c.satisfaction as f64 + SAT_ALPHA * (s_tx - c.satisfaction as f64);
    c.satisfaction = sat as f32;
    let gap = q - e;
    if gap > AFFECT_TOLERANCE {
        c.pos_affect += (AFFECT_GAIN * c.reactivity as f64 * (gap - AFFECT_TOLERANCE)) as f32;
    } else if gap < -AFFECT_TOLERANCE {
        c.neg_affect +=
            (AFFECT_GAIN * c.reactivity as f64 * LOSS_AVERSION * (-gap - AFFECT_TOLERANCE)) as f32;
    }
    c.expectation = (e + EXPECT_ALPHA * (q - e)) as f32;
    let target =
        logistic(AFFECTIVE_SLOPE * (sat + 0.5 * (c.pos_affect as f64 - c.neg_affect as f64)));
    c.affective += (AFFECTIVE_ALPHA * (target - c.affective as f64)) as f32;
    let kept = if q >= e - PROMISE_TOLERANCE {
        1.0
    } else {
        -0.5
    };
    c.normative += (NORMATIVE_ALPHA * (c.alignment as f64 * kept - c.normative as f64)) as f32;
    c.normative = c.normative.max(0.0);
    c.habit += (HABIT_GAIN * (1.0 - c.habit as f64)) as f32;
    c.resentment +=
        (RESENTMENT_GAIN * k.forced(c, d) * (RESENTMENT_THRESHOLD - s_tx).max(0.0)) as f32;
    c.share += 0.2 * (1.0 - c.share);
    c.last_purchase = d as i16;
    if rank_spend {
        c.recent_spend += net as f32;
    }
    if d >= k.window_start {
        c.window_spend += net as f32;
        c.window_purchases = c.window_purchases.saturating_add(1);
    }

    day.gross_sales += list_cents;
    day.discounts += discount_cents;
    day.revenue += net_cents;
    day.cost_of_goods += cogs_cents;
    day.points_issued += earned;
    day.points_redeemed += redeemed;
    day.purchases += 1;

    (
        PurchaseEvent {
            customer: id,
            day: d,
            member: c.is_member(),
            progress,
            list: list_cents as f64 / 100.0,
            net,
            points_earned: earned.min(u32::MAX as u64) as u32,
            points_redeemed: redeemed.min(u32::MAX as u64) as u32,
        },
        gift_card,
    )
}

/// Takes `n` points from the oldest lots first. The caller checked the balance.
fn spend_points(c: &mut Customer, month: u32, pt: &PointsRules, mut n: u64) {
    if pt.expiry_months == 0 {
        c.lots[0] -= n as u32;
        return;
    }
    let current = (month / pt.lot_months) as usize;
    for age in (0..LOTS).rev() {
        if age > current {
            continue;
        }
        let slot = (current - age) % LOTS;
        let take = (c.lots[slot] as u64).min(n);
        c.lots[slot] -= take as u32;
        n -= take;
        if n == 0 {
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// Both runs and the report

/// One customer's purchases in the measurement window (8 bytes).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Window {
    spend: f32,
    purchases: u16,
    member: bool,
    present: bool,
}

/// Everything one run leaves for the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct RunResult {
    months: Vec<MonthStats>,
    ledger: Ledger,
    /// Per customer: (member at the end and not gone, window spend, window purchases, present).
    window: Vec<Window>,
    population: u32,
    breakage: f64,
    liability_ratio: f64,
}

fn simulate_one<O: Observer>(
    s: &Scenario,
    k: &Consts,
    kind: RunKind,
    observer: &mut O,
    progress: &mut dyn FnMut(Progress) -> Control,
    done_before: u32,
    total: u32,
) -> Result<RunResult, RunError> {
    let mut w = World::new(s, k, kind, observer);
    for m in 0..k.months() {
        w.run_month(m);
        if progress(Progress {
            done: done_before + m + 1,
            total,
        }) == Control::Cancel
        {
            return Err(RunError::Cancelled);
        }
    }
    let breakage = if w.breakage_den > 0 {
        w.breakage_num as f64 / w.breakage_den as f64
    } else {
        0.0
    };
    let liability_ratio = w
        .rules
        .as_ref()
        .and_then(|r| r.points.as_ref())
        .map(|pt| pt.value * pt.cost_ratio * (1.0 - breakage))
        .unwrap_or(0.0);
    let window = w
        .customers
        .iter()
        .map(|c| Window {
            spend: c.window_spend,
            purchases: c.window_purchases,
            member: c.is_member() && c.status == ACTIVE,
            present: c.status != EXITED,
        })
        .collect();
    let population = w.customers.len();
    drop(w.customers);
    Ok(RunResult {
        months: w.months,
        ledger: w.ledger,
        window,
        population,
        breakage,
        liability_ratio,
    })
}

/// One run on its own (for [`crate::run_part`]); progress counts this run's months.
pub(crate) fn simulate_part(
    s: &Scenario,
    kind: RunKind,
    progress: &mut dyn FnMut(Progress) -> Control,
) -> Result<RunResult, RunError> {
    let k = Consts::new(s);
    let months = k.months();
    simulate_one(s, &k, kind, &mut (), progress, 0, months)
}

/// The report of two runs simulated apart (for [`crate::combine`]).
pub(crate) fn combine_parts(s: &Scenario, prog: &RunResult, base: &RunResult) -> Report {
    build_report(s, &Consts::new(s), prog, base)
}

pub(crate) fn simulate<O: Observer>(
    s: &Scenario,
    progress: &mut dyn FnMut(Progress) -> Control,
    observer: &mut O,
) -> Result<Outcome, RunError> {
    let k = Consts::new(s);
    let months = k.months();
    let base = simulate_one(s, &k, RunKind::Baseline, observer, progress, 0, 2 * months)?;
    let prog = simulate_one(
        s,
        &k,
        RunKind::Programme,
        observer,
        progress,
        months,
        2 * months,
    )?;
    let report = build_report(s, &k, &prog, &base);
    Ok(Outcome {
        report,
        programme_ledger: prog.ledger,
        baseline_ledger: base.ledger,
    })
}

fn build_report(s: &Scenario, k: &Consts, prog: &RunResult, base: &RunResult) -> Report {
    let tp = prog.ledger.total();
    let tb = base.ledger.total();
    let cur = |c: i64| c as f64 / 100.0;
    let incremental = tp.profit() - tb.profit();
    let spent = tp.programme_cost() + tp.discounts;

    // Payback: the first day from which cumulative incremental profit stays >= 0.
    let mut cum: i64 = 0;
    let mut payback: Option<u32> = None;
    let mut npv = 0.0;
    let rate = s.business.annual_discount_rate;
    for (d, (p, b)) in prog.ledger.days.iter().zip(&base.ledger.days).enumerate() {
        let cf = p.profit() - b.profit();
        cum += cf;
        if cum >= 0 {
            if payback.is_none() {
                payback = Some(d as u32);
            }
        } else {
            payback = None;
        }
        npv += cf as f64 / 100.0 / libm::pow(1.0 + rate, d as f64 / 365.0);
    }

    let last_p = prog.months.last().cloned().unwrap_or_default();
    let last_b = base.months.last().cloned().unwrap_or_default();
    // Month 1 has no previous month (its rate is 1 by definition): leave it out.
    let annual = |ms: &[MonthStats]| {
        let ms = ms.get(1..).unwrap_or(&[]);
        let n = ms.len().min(12);
        if n == 0 {
            return 1.0;
        }
        let prod: f64 = ms[ms.len() - n..]
            .iter()
            .map(|m| m.retention_rate)
            .product();
        libm::pow(prod, 12.0 / n as f64)
    };

    // Member uplifts over the measurement window (last 12 months).
    let (mut m_spend, mut m_trips, mut m_n) = (0.0f64, 0u64, 0u64);
    let (mut n_spend, mut n_trips, mut n_n) = (0.0f64, 0u64, 0u64);
    let mut twin_spend = 0.0f64;
    for (i, x) in prog.window.iter().enumerate() {
        let (member, spend, trips, present) = (x.member, x.spend, x.purchases, x.present);
        // Both groups: customers who bought in the window.
        if member && trips > 0 {
            m_spend += spend as f64;
            m_trips += trips as u64;
            m_n += 1;
            twin_spend += base.window.get(i).map(|w| w.spend as f64).unwrap_or(0.0);
        } else if present && trips > 0 {
            n_spend += spend as f64;
            n_trips += trips as u64;
            n_n += 1;
        }
    }
    let ratio = |a: f64, b: f64| if a > 0.0 && b > 0.0 { a / b - 1.0 } else { 0.0 };
    let naive = if m_n > 0 && n_n > 0 {
        ratio(m_spend / m_n as f64, n_spend / n_n as f64)
    } else {
        0.0
    };
    let true_uplift = ratio(m_spend, twin_spend);
    let basket = if m_trips > 0 && n_trips > 0 {
        ratio(m_spend / m_trips as f64, n_spend / n_trips as f64)
    } else {
        0.0
    };

    let monthly = prog
        .months
        .iter()
        .zip(&base.months)
        .enumerate()
        .map(|(m, (p, b))| MonthRow {
            month: m as u32 + 1,
            first_day: k.month_start[m],
            days: k.month_start[m + 1] - k.month_start[m],
            programme: p.clone(),
            baseline: b.clone(),
        })
        .collect();

    Report {
        model_version: crate::MODEL_VERSION,
        scenario: s.name.clone(),
        seed: s.simulation.seed,
        days: s.simulation.days,
        initial_customers: s.simulation.customers,
        simulated_customers: prog.population.max(base.population),
        kpis: crate::report::Kpis {
            revenue: cur(tp.revenue),
            baseline_revenue: cur(tb.revenue),
            gross_profit: cur(tp.revenue - tp.cost_of_goods),
            baseline_gross_profit: cur(tb.revenue - tb.cost_of_goods),
            discounts: cur(tp.discounts),
            programme_cost: cur(tp.programme_cost()),
            programme_income: cur(tp.programme_income()),
            profit: cur(tp.profit()),
            baseline_profit: cur(tb.profit()),
            incremental_profit: cur(incremental),
            roi: if spent > 0 {
                Some(incremental as f64 / spent as f64)
            } else {
                None
            },
            payback_day: payback,
            npv: round_cents(npv),
            points_issued: tp.points_issued,
            points_redeemed: tp.points_redeemed,
            points_expired: tp.points_expired,
            points_outstanding: last_p.points_outstanding,
            liability: round_cents(last_p.points_outstanding as f64 * prog.liability_ratio),
            breakage_rate: prog.breakage,
            members: last_p.members,
            active_customers: last_p.active,
            baseline_active_customers: last_b.active,
            retention_rate: annual(&prog.months),
            baseline_retention_rate: annual(&base.months),
            nps: last_p.nps,
            baseline_nps: last_b.nps,
            naive_member_uplift: naive,
            true_member_uplift: true_uplift,
            member_basket_uplift: basket,
        },
        monthly,
        events: s
            .events
            .iter()
            .map(|e| EventMark {
                day: e.day(),
                kind: e.kind().to_string(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_average_a_twelfth_of_a_year() {
        let s = month_starts(730);
        assert_eq!(s[0], 0);
        assert_eq!(s[12], 365);
        assert_eq!(*s.last().unwrap(), 730);
        assert!(s.windows(2).all(|w| w[1] - w[0] >= 1 && w[1] - w[0] <= 31));
    }
}
