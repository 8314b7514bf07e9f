//! One run: the population, the calendar, the ledger and the programme (or
//! none, in the twin), stepped day by day; each day's occasions, then the
//! month's end ([`crate::scan`]) and next month's arrivals.
//!
//! Invariants:
//! - With no programme (`rules == None`), no programme code touches a
//!   customer; the programme acts only while it is `live` (launched and not
//!   ended).
//! - Customers are independent within a day: an occasion reads and writes
//!   only its own customer and adds to the day's ledger, except the prize
//!   draw's monthly budget (see `docs/model.md`, prize draws).
//! - They interact only through month-end aggregates: word of mouth,
//!   arrivals, tier crowding (`top_share`) and the spend ranking.

use crate::behaviour::{new_customer, utility_base};
use crate::calendar::Calendar;
use crate::draws::{Extra, Occasion};
use crate::finance::Books;
use crate::ledger::{Ledger, LedgerDay};
use crate::market::Consts;
use crate::mechanics::At;
use crate::observe::{Observer, OccasionEvent, RunKind};
use crate::params::*;
use crate::population::*;
use crate::purchase::{purchase, MonthCounters};
use crate::report::MonthStats;
use crate::rng::{Domain, Stream};
use crate::rules::Rules;
use crate::scenario::{Event, Scenario};

/// Occasions whose customer records are loaded together before they are
/// simulated (see [`Population::touch`]).
const TOUCH_AHEAD: usize = 16;

/// The state of one run.
pub(crate) struct World<'a, O: Observer> {
    pub(crate) s: &'a Scenario,
    pub(crate) k: &'a Consts,
    pub(crate) rules: Option<Rules>,
    pub(crate) kind: RunKind,
    pub(crate) customers: Population,
    pub(crate) calendar: Calendar,
    pub(crate) ledger: Ledger,
    /// What the finance view needs beside the ledger (per customer and month).
    pub(crate) books: Books,
    pub(crate) counters: MonthCounters,
    pub(crate) months: Vec<MonthStats>,
    /// Share of members in the top tier at the last month's end.
    pub(crate) top_share: f64,
    pub(crate) promoters: u64,
    pub(crate) detractors: u64,
    pub(crate) breakage_num: u64,
    pub(crate) breakage_den: u64,
    /// Whether the programme is running (launched and not ended).
    pub(crate) live: bool,
    /// Days with events that touch every customer, in order, and the next one's index.
    event_days: Vec<u32>,
    next_event: usize,
    /// The day-0 customers' expected departures a year and their word of
    /// mouth (new customers a year), set with month 0's arrivals.
    steady: (f64, f64),
    /// People in the market (`market.market_size` or its default).
    market_size: u64,
    pub(crate) observer: &'a mut O,
}

/// The day-0 customers and their first occasions. They are the same in
/// both runs (nothing of the programme acts before day 0), so a full run
/// makes them once: the twin starts from a copy, the programme run from
/// the original.
#[derive(Clone)]
pub(crate) struct DayZero {
    customers: Population,
    calendar: Calendar,
}

impl DayZero {
    /// Draws the day-0 customers (at the steady state of the firm as it
    /// is) and schedules each one's first occasion.
    pub(crate) fn new(s: &Scenario, k: &Consts) -> DayZero {
        let mut customers = Population::default();
        let mut calendar = Calendar::new(k.days);
        // A history, if any, conditions each day-0 customer on their class.
        let history = s.customers.history.as_ref();
        let classes = history.map_or_else(Vec::new, |h| h.assign(s.simulation.customers));
        for id in 0..s.simulation.customers {
            let mut c = new_customer(s, k, id, 0);
            if let Some(h) = history {
                h.condition(&mut c, k.seed, id, classes[id as usize]);
            }
            let mut r = Stream::new(k.seed, Domain::Traits, id as u64, 1);
            let first = libm::round(r.exponential(1.0 / c.rate as f64)) as u64;
            customers.push(c);
            if first < k.days as u64 {
                calendar.schedule(id, first as u32);
            }
        }
        DayZero {
            customers,
            calendar,
        }
    }
}

impl<'a, O: Observer> World<'a, O> {
    /// A run from the day-0 customers `day0` (made by [`DayZero::new`] for
    /// this scenario; a full run gives the twin a copy).
    pub(crate) fn new(
        s: &'a Scenario,
        k: &'a Consts,
        kind: RunKind,
        observer: &'a mut O,
        day0: DayZero,
    ) -> Self {
        let rules = match (kind, &s.programme) {
            (RunKind::Programme, Some(p)) => Some(Rules::new(p, k, s)),
            _ => None,
        };
        let has_rules = rules.is_some();
        let tiered = rules.as_ref().is_some_and(|r| r.m.tiers.is_some());
        let mut event_days: Vec<u32> = s
            .events
            .iter()
            .filter(|e| match e {
                Event::Launch { .. } | Event::End { .. } | Event::RuleChange { .. } => has_rules,
                Event::Deregulation { .. } => true,
                _ => false,
            })
            .map(Event::day)
            .collect();
        event_days.sort_unstable();
        event_days.dedup();
        let mut w = World {
            s,
            k,
            rules,
            kind,
            customers: day0.customers,
            calendar: day0.calendar,
            ledger: Ledger {
                days: vec![LedgerDay::default(); k.days as usize],
            },
            books: Books::new(k.months(), tiered),
            counters: MonthCounters::default(),
            months: Vec::new(),
            top_share: 0.0,
            promoters: 0,
            detractors: 0,
            breakage_num: 0,
            breakage_den: 0,
            live: has_rules && !s.events.iter().any(|e| matches!(e, Event::Launch { .. })),
            event_days,
            next_event: 0,
            steady: (0.0, 0.0),
            market_size: crate::validate::market_size(s) as u64,
            observer,
        };
        if let (RunKind::Programme, Some(p)) = (kind, &s.programme) {
            if crate::finance::segments::targets(p) {
                w.books.target(p.coupons.len(), &p.offers);
            }
        }
        for _ in 0..w.customers.len() {
            w.books.push();
        }
        if let (Some(r), true) = (&w.rules, w.live) {
            w.ledger.days[0].fixed = w.ledger.days[0].fixed.saturating_add(r.setup_cents);
            w.books.setups += 1;
        }
        w.rank_spenders(0);
        // Word of mouth in month 0 comes from the customers as they are.
        let (p, d) = w.count_recommenders(0);
        w.promoters = p;
        w.detractors = d;
        w.arrivals(0);
        w
    }

    /// Breakage so far: points expired over points expired or redeemed.
    pub(crate) fn breakage(&self) -> f64 {
        if self.breakage_den > 0 {
            self.breakage_num as f64 / self.breakage_den as f64
        } else {
            0.0
        }
    }

    /// What an outstanding point is expected to cost the firm: its value at
    /// the reward's cost ratio, less the breakage so far (0 without points).
    pub(crate) fn liability_ratio(&self) -> f64 {
        let breakage = self.breakage();
        self.rules
            .as_ref()
            .and_then(|r| r.m.points.as_ref())
            .map_or(0.0, |pt| pt.value * pt.cost_ratio * (1.0 - breakage))
    }

    /// The live programme, if any.
    #[inline]
    pub(crate) fn live_rules(&self) -> Option<&Rules> {
        if self.live {
            self.rules.as_ref()
        } else {
            None
        }
    }

    fn count_recommenders(&self, day: u32) -> (u64, u64) {
        let (mut p, mut d) = (0, 0);
        for c in self.customers.iter() {
            if c.arrival_day as u32 <= day
                && c.status == ACTIVE
                && day as i32 - (c.last_purchase as i32) < self.k.lapse
            {
                let rec = crate::behaviour::recommend(c, self.k, day);
                if rec >= 9 {
                    p += 1;
                } else if rec <= 6 {
                    d += 1;
                }
            }
        }
        (p, d)
    }

    /// Ranks active customers by recent spend for the top-spender segments.
    pub(crate) fn rank_spenders(&mut self, day: u32) {
        if let Some(r) = self.rules.as_mut() {
            r.segs.rank(self.customers.iter(), day, self.k);
        }
    }

    /// Simulates month `m`: its days' events and occasions, then its end.
    pub(crate) fn run_month(&mut self, m: u32) {
        let (from, to) = (
            self.k.month_start[m as usize],
            self.k.month_start[m as usize + 1],
        );
        for d in from..to {
            if self.event_days.get(self.next_event) == Some(&d) {
                self.next_event += 1;
                self.apply_events(d);
            }
            let ids = self.calendar.take(d);
            let points = self.live && self.rules.as_ref().is_some_and(|r| r.m.points.is_some());
            for batch in ids.chunks(TOUCH_AHEAD) {
                // Load the batch's records together, so that their cache
                // misses overlap (memory-level parallelism), then simulate.
                std::hint::black_box(self.customers.touch(batch, points));
                for &id in batch {
                    self.occasion(id, d, m);
                }
            }
        }
        self.month_end(m);
        if let Some(pt) = self.rules.as_ref().and_then(|r| r.m.points.as_ref()) {
            self.books.point_value[m as usize] = pt.value;
            self.books.cost_ratio = pt.cost_ratio;
        }
    }

    /// One purchase occasion of customer `id` on day `d` of month `m`.
    fn occasion(&mut self, id: u32, d: u32, m: u32) {
        let k = self.k;
        let programme = self.rules.as_ref();
        let c = self.customers.get_mut(id);
        if c.status != ACTIVE {
            return;
        }
        if d >= c.exit_day as u32 {
            c.status = EXITED;
            return;
        }
        let dt = d - c.last_event as u32;
        c.decay_to(k, d);
        // Fixed order of draws, whatever happens below.
        let draws = Occasion::new(
            k.seed,
            id,
            c.occasion,
            programme.is_some_and(|r| r.m.draw.is_some()),
        );
        let extra = Extra::new(
            k.seed,
            id,
            c.occasion,
            programme.is_some_and(|r| r.extra_draws),
        );
        c.occasion += 1;

        let rules = if self.live { programme } else { None };
        let at = rules.map(|r| At { k, r, id, d });
        if let Some(x) = &at {
            x.r.m
                .catch_up(x, c, dt, &extra, &mut self.ledger.days[d as usize]);
        }
        let forced = k.forced(c, d);
        let (v, progress) = utility(c, k, d, at.as_ref(), self.top_share);
        let here = if c.flags & F_NEW != 0 {
            c.flags &= !F_NEW;
            true
        } else if k.monopoly_at(d) {
            true
        } else {
            draws.choice < forced + (1.0 - forced) * logistic(v)
        };

        let mut rate_mult = 1.0;
        if here {
            let (ev, gift_card, bought) = purchase(
                c,
                id,
                d,
                k,
                rules,
                &mut self.ledger.days[d as usize],
                &mut self.counters,
                &draws,
                &extra,
                progress,
            );
            if let Some((day, cents)) = gift_card {
                self.ledger.days[day as usize].gift_cards = self.ledger.days[day as usize]
                    .gift_cards
                    .saturating_add(cents);
            }
            let tier = c.tier;
            self.books.purchase(&mut c.book, id, m, &bought, tier);
            self.observer.purchase(self.kind, &ev);
            // Goal gradient: the next occasion comes sooner the nearer the goal.
            if let Some(r) = rules.filter(|_| c.is_member()) {
                let p = r.progress(c);
                rate_mult = 1.0 + GOAL_GRADIENT * c.appetite as f64 * p * p;
                if let Some(pt) = &r.m.points {
                    rate_mult += pt.urgency(c);
                }
            }
        } else if defects(c, rules, self.top_share, forced, draws.defect) {
            c.status = DEFECTED;
            self.counters.defections += 1;
            self.observer.occasion(
                self.kind,
                &OccasionEvent {
                    customer: id,
                    day: d,
                    here,
                    forced,
                    defected: true,
                },
            );
            return;
        }
        self.observer.occasion(
            self.kind,
            &OccasionEvent {
                customer: id,
                day: d,
                here,
                forced,
                defected: false,
            },
        );

        let gap = -libm::log(draws.next) / (c.rate as f64 * rate_mult);
        let next = d as f64 + libm::round(gap).max(1.0);
        if next < k.days as f64 {
            let next = next as u32;
            if next < c.exit_day as u32 {
                self.calendar.schedule(id, next);
            }
        }
    }

    /// Schedules the arrivals of month `m`: those who replace the expected
    /// departures of the day-0 steady state (grown by the market's trend),
    /// plus word of mouth beyond that of the day-0 customers.
    pub(crate) fn arrivals(&mut self, m: u32) {
        let k = self.k;
        if m >= k.months() {
            return;
        }
        let mk = &self.s.market;
        let word_of_mouth = self.promoters as f64 * mk.promoter_tells * mk.referral_conversion
            - self.detractors as f64 * mk.detractor_tells * mk.detraction_loss;
        if m == 0 {
            // From the day-0 customers, who are the same in both runs.
            let departures = crate::burn_in::expected_departures(self.customers.iter(), self.s, k);
            self.steady = (departures, word_of_mouth);
        }
        let (departures, word_of_mouth_0) = self.steady;
        let (from, to) = (k.month_start[m as usize], k.month_start[m as usize + 1]);
        // The base grows by `trend` a year: new customers replace departures
        // and add the growth, for a base of that month's size.
        let growth = libm::log(1.0 + mk.trend);
        let size = libm::exp(growth * (from + to) as f64 / (2.0 * 365.25));
        let base = self.s.simulation.customers as f64;
        let mut per_year = size * (departures + base * growth - word_of_mouth_0) + word_of_mouth;
        if let Some(r) = self.live_rules() {
            r.m.referrals(self.s, &mut per_year);
        }
        // New customers come from those in the market who have not yet
        // been customers, and deplete them.
        let pool = self.market_size.saturating_sub(base as u64);
        let left = pool.saturating_sub(self.customers.len() as u64 - base as u64);
        let untouched = if pool > 0 {
            left as f64 / pool as f64
        } else {
            0.0
        };
        let expected = (per_year.max(0.0) / 12.0 * untouched).min(1e7);
        let mut r = Stream::new(k.seed, Domain::Arrivals, m as u64, 0);
        let whole = libm::floor(expected);
        let n = (whole as u64 + u64::from(r.uniform() < expected - whole)).min(left);
        for nth in 0..n {
            let id = self.customers.len();
            let mut t = Stream::new(k.seed, Domain::Traits, id as u64, 2);
            let day = from + ((t.uniform() * (to - from) as f64) as u32).min(to - from - 1);
            let mut c = new_customer(self.s, k, id, day);
            if let Some(r) = self.live_rules() {
                r.m.on_arrival(&mut c, nth, n);
            }
            self.customers.push(c);
            self.books.push();
            self.calendar.schedule(id, day);
        }
        self.counters.new_customers = n;
    }
}

/// The utility of buying here at this occasion, and the member's progress
/// towards their next goal (0 for non-members).
#[inline]
fn utility(c: &Customer, k: &Consts, d: u32, at: Option<&At>, top_share: f64) -> (f64, f64) {
    let mut v = utility_base(c, k, d);
    let mut progress = 0.0;
    if let Some(x) = at {
        let r = x.r;
        let mut price = 1.0;
        if c.is_member() {
            progress = r.progress(c);
            price *= 1.0 - r.discount.targeted(x, c);
            r.m.perceived_price(x, c, progress, &mut price);
            v += BETA_ECONOMIC * LOSS_AVERSION * r.economic(c, top_share);
        } else if r.bearer {
            price = 1.0 - r.bearer_sharing * r.discount.flat;
        }
        if price != 1.0 {
            v -= PRICE_WEIGHT * c.price_sens as f64 * libm::log(price);
        }
    }
    let (_, ln_dearer, rival_pull) = k.market_at(d);
    if ln_dearer != 0.0 || rival_pull != 0.0 {
        v -=
            PRICE_WEIGHT * c.price_sens as f64 * (ln_dearer + rival_pull * 2.0 * c.appetite as f64);
    }
    (v, progress)
}

/// Whether a customer who bought elsewhere defects for good.
#[inline]
fn defects(c: &mut Customer, rules: Option<&Rules>, top_share: f64, forced: f64, u: f64) -> bool {
    c.share *= 0.8;
    let econ = crate::rules::economic(c, rules, top_share);
    u < crate::behaviour::defection_hazard(c, econ, forced)
}
