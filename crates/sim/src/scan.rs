//! The month-end scan: one pass over every customer who has arrived, in id
//! order, that applies the month's end (exits, every mechanic's month end,
//! tier re-assessment), folds the month's metrics, books the month's costs
//! and sets up next month (word of mouth, the spend ranking, arrivals).
//!
//! Invariant: the scan reads each customer's state as of the month's last
//! day (decaying states are decayed in the reading, not stored), and every
//! month-end cost is booked on the month's last day.

use crate::behaviour::recommend;
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::mechanics::MonthEnd;
use crate::observe::{CustomerSnapshot, Leaving, Observer, RunKind};
use crate::population::*;
use crate::purchase::MonthCounters;
use crate::report::{
    ApostleShares, Commitments, CostBreakdown, EmotionMeans, IncomeBreakdown, LadderShares,
    LoyaltyShares, MonthStats,
};
use crate::rules::{economic, Rules};
use crate::world::World;

/// The month's fold over customers.
#[derive(Default)]
pub(crate) struct Scan {
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
    /// The tiers members were demoted from this month, one entry each.
    demotions: Vec<u8>,
    /// Active customers on each rung of the loyalty ladder (satisfaction,
    /// brand loyalty, partnership) and on none.
    rungs: [u64; 4],
    /// Sums over active customers of happiness, pleasant surprise and
    /// anger; over active members of hope; members who lost a tier.
    happiness: f64,
    surprise: f64,
    anger: f64,
    humiliated: u64,
    hope: f64,
    active_members: u64,
}

/// What the scan needs besides the customer.
struct Pass<'a> {
    k: &'a Consts,
    rules: Option<&'a Rules>,
    me: Option<MonthEnd<'a>>,
    m: u32,
    last: u32,
    top_share: f64,
    top_level: u8,
    wants: bool,
    kind: RunKind,
}

impl<O: Observer> World<'_, O> {
    /// The month-end scan of month `m`, then next month's arrivals.
    pub(crate) fn month_end(&mut self, m: u32) {
        let k = self.k;
        let end = k.month_start[m as usize + 1];
        let last = end - 1;
        let rules = if self.live { self.rules.as_ref() } else { None };
        let pass = Pass {
            k,
            rules,
            me: rules.map(|r| MonthEnd { k, r, m, last, end }),
            m,
            last,
            top_share: self.top_share,
            top_level: rules
                .and_then(|r| r.m.tiers.as_ref())
                .map_or(0, |t| t.top()),
            wants: self.observer.wants_snapshots(),
            kind: self.kind,
        };
        let mut st = Scan::default();
        let mut expired: u64 = 0;
        let day = &mut self.ledger.days[last as usize];
        let targeted = !self.books.reach.is_empty();
        for (id, c) in self.customers.iter_mut().enumerate() {
            if c.arrival_day as u32 <= last {
                let coupon = (c.coupon, c.coupon_until);
                scan_one(
                    &pass,
                    id as u32,
                    c,
                    &mut st,
                    &mut expired,
                    day,
                    self.observer,
                );
                if let (true, Some(x)) = (targeted, &pass.me) {
                    let bits = crate::finance::segments::reach(x, id as u32, c, coupon);
                    self.books.mark(id, bits);
                }
            }
        }
        // Month-end costs and expiry go on the month's last day.
        if let Some(x) = &pass.me {
            day.fixed = day.fixed.saturating_add(x.r.operating_month_cents);
            self.books.operating_months += 1;
            self.books.member_months += st.members;
            day.members = day
                .members
                .saturating_add((st.members as i64).saturating_mul(x.r.member_month_cents));
            day.points_expired = day.points_expired.saturating_add(expired);
            x.r.m.book_month(x, day);
        }
        self.rank_spenders(last);
        self.top_share = if st.members > 0 {
            st.top_tier as f64 / st.members as f64
        } else {
            0.0
        };
        for &from in &st.demotions {
            self.books.demotion(m, from);
        }
        self.promoters = st.promoters;
        self.detractors = st.detractors;
        let stats = self.month_stats(m, &st);
        self.months.push(stats);
        self.counters = MonthCounters::default();
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
        let liability = st.points_outstanding as f64 * self.liability_ratio();
        st.stats(&t, &self.counters, round_cents(liability))
    }
}

/// One customer's month end and their part of the month's metrics.
fn scan_one<O: Observer>(
    p: &Pass,
    id: u32,
    c: &mut Customer,
    st: &mut Scan,
    expired: &mut u64,
    day: &mut LedgerDay,
    observer: &mut O,
) {
    let (k, last) = (p.k, p.last);
    let exit_day = c.exit_day as u32;
    if c.status == ACTIVE && exit_day <= last {
        c.status = EXITED;
    }
    if c.status == EXITED && exit_day >= k.month_start[p.m as usize] && exit_day <= last {
        st.exits += 1;
    }
    if let Some(x) = &p.me {
        x.r.m.customer_month_end(x, c, expired);
    }
    let gone = c.status != ACTIVE;
    if let (Some(x), true) = (&p.me, c.is_member()) {
        x.r.m.member_month_end(x, id, c, gone, day);
    }
    let mut lost_tier = false;
    if c.is_member() && !gone {
        st.members += 1;
        if let Some(x) = &p.me {
            let before = c.tier;
            x.r.m.review(x, c);
            if c.tier < before {
                st.demotions.push(before);
                st.humiliated += 1;
                lost_tier = true;
            }
        }
        if p.top_level > 0 && c.tier == p.top_level {
            st.top_tier += 1;
        }
    }
    let dt = (last.saturating_sub(c.last_event as u32) as usize).min(k.affect_decay.len() - 1);
    let since = last as i32 - c.last_purchase as i32;
    let active = !gone && since < k.lapse;
    let recent = c.status != EXITED && since < 365;
    if c.flags & F_WAS_ACTIVE != 0 {
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
    if active || recent || p.wants {
        let s = State {
            gone,
            active,
            recent,
            dt,
            lost_tier,
        };
        fold(p, id, c, &s, st, day, observer);
    }
    // Counted last: a promoter's reward may credit points.
    st.points_outstanding += c.points();
}

/// Where a customer stands at the month's end.
struct State {
    gone: bool,
    active: bool,
    recent: bool,
    /// Days since the customer's states were last brought forward.
    dt: usize,
    /// Lost a tier at this month's review.
    lost_tier: bool,
}

/// A recent or active customer's part of the month's metrics, and the
/// promoter hooks.
fn fold<O: Observer>(
    p: &Pass,
    id: u32,
    c: &mut Customer,
    s: &State,
    st: &mut Scan,
    day: &mut LedgerDay,
    observer: &mut O,
) {
    let (k, last, dt) = (p.k, p.last, s.dt);
    let (gone, active, recent) = (s.gone, s.active, s.recent);
    let habit = (c.habit * k.habit_decay[dt]) as f64;
    let affective = (c.affective * k.affective_decay[dt]) as f64;
    // Read before the promoter hooks, which may change it.
    let normative = c.normative as f64;
    let resentment = (c.resentment * k.resent_decay[dt]) as f64;
    let econ = economic(c, p.rules, p.top_share);
    let sat = c.satisfaction as f64;
    let rec = recommend(c, k, last);
    let pos_affect = (c.pos_affect * k.affect_decay[dt]) as f64;
    let progress = match p.rules {
        Some(r) if c.is_member() && !gone => r.progress(c),
        _ => 0.0,
    };
    if p.wants {
        let snap = CustomerSnapshot {
            id,
            active,
            recent,
            gone,
            member: c.is_member(),
            tier: c.tier,
            promoted: c.flags & F_PROMOTED != 0,
            demoted: c.flags & F_DEMOTED != 0,
            satisfaction: sat,
            affective,
            normative,
            economic: econ,
            forced: k.forced(c, last),
            habitual: habit,
            resentment,
            recommend: rec,
            window_spend: c.window_spend as f64,
            window_purchases: c.window_purchases as u32,
            points: c.points(),
            expectation: c.expectation as f64,
            positive_affect: pos_affect,
            negative_affect: (c.neg_affect * k.affect_decay[dt]) as f64,
            share: c.share as f64,
            left: match c.status {
                DEFECTED => Some(Leaving::Defected),
                EXITED => Some(Leaving::MovedAway),
                _ => None,
            },
            exit_day: c.exit_day as u32,
            arrival_day: c.arrival_day as u32,
            progress,
            lost_tier: s.lost_tier,
        };
        observer.snapshot(p.kind, p.m, &snap);
    }
    let behaviour = active && c.share >= 0.5;
    if recent {
        st.types(rec >= 7, sat >= 0.0, behaviour);
    }
    if active {
        st.active += 1;
        if rec >= 9 {
            st.promoters += 1;
            if let Some(x) = &p.me {
                x.r.m.promoter(x, id, c, day);
            }
        } else if rec <= 6 {
            st.detractors += 1;
        }
        st.sat_sum += sat;
        let bin = (((sat + 0.5) * 10.0).floor()).clamp(0.0, 9.0) as usize;
        st.hist[bin] += 1;
        st.affective += affective;
        st.normative += normative;
        st.economic += econ;
        st.forced += k.forced(c, last);
        st.habitual += habit;
        let rung = crate::story::rung_of(active, sat, c.share as f64, rec);
        st.rungs[rung.map_or(3, |r| r as usize)] += 1;
        let e = crate::story::emotions_of(sat, pos_affect, resentment, progress, s.lost_tier);
        st.happiness += e.happiness;
        st.surprise += e.pleasant_surprise;
        st.anger += e.anger;
        if c.is_member() {
            st.active_members += 1;
            st.hope += e.hope;
        }
    }
}

impl Scan {
    /// Counts a recent customer's loyalty type and apostle group.
    fn types(&mut self, attitude: bool, satisfied: bool, behaviour: bool) {
        self.customers += 1;
        match (attitude, behaviour) {
            (true, true) => self.absolute += 1,
            (true, false) => self.latent += 1,
            (false, true) => self.spurious += 1,
            (false, false) => self.none += 1,
        }
        match (satisfied, behaviour) {
            (true, true) => self.loyalists += 1,
            (true, false) => self.mercenaries += 1,
            (false, true) => self.hostages += 1,
            (false, false) => self.defectors += 1,
        }
    }

    /// The month's stats from the fold, the month's ledger sum and counts.
    fn stats(&self, t: &LedgerDay, counters: &MonthCounters, liability: f64) -> MonthStats {
        let st = self;
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
            gross_profit: cur(t.revenue.saturating_sub(t.cost_of_goods)),
            cost: CostBreakdown::from_ledger(t),
            programme_cost: cur(t.programme_cost()),
            income: IncomeBreakdown::from_ledger(t),
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
            liability,
            purchases: t.purchases,
            customers: st.customers,
            active: st.active,
            members: st.members,
            joins: counters.joins,
            new_customers: counters.new_customers,
            exits: st.exits,
            defections: counters.defections,
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
            ladder: LadderShares {
                satisfaction: share(st.rungs[0], st.active),
                brand_loyalty: share(st.rungs[1], st.active),
                partnership: share(st.rungs[2], st.active),
                none: share(st.rungs[3], st.active),
            },
            emotions: EmotionMeans {
                happiness: mean(st.happiness),
                hope: if st.active_members > 0 {
                    st.hope / st.active_members as f64
                } else {
                    0.0
                },
                pleasant_surprise: mean(st.surprise),
                anger: mean(st.anger),
                humiliation: share(st.humiliated, st.members),
            },
        }
    }
}

/// Money rounded to the cent.
pub(crate) fn round_cents(x: f64) -> f64 {
    libm::round(x * 100.0) / 100.0
}
