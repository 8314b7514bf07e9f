//! The programme's mechanics, one module each, and **the one place where
//! they are listed** ([`mechanics!`] below), together with the one list of
//! the ledger's cost and income components ([`with_components!`]).
//!
//! A mechanic owns its settings (the scenario type, where it is not one of
//! the core types of `scenario.rs`), its validation, its compiled rules and
//! its behaviour, which it plugs into the fixed hooks of [`Mechanic`]: its
//! segments, whether it draws from the extra stream, its effect on the
//! perceived price, its perceived value to a customer deciding to join, on
//! joining, on a purchase, at a customer's and a
//! member's month end, its bookings, the referrals it brings and what
//! happens to it when the programme ends. The engine calls every hook of
//! every mechanic the programme has, in the order of the list (static
//! dispatch: `Option<Rules>` fields, no trait objects).
//!
//! Invariants:
//! - A mechanic that the scenario does not have is `None` and no hook of it
//!   runs, so a scenario without it keeps its numbers bit for bit.
//! - Within one hook the order of the list is the order of arithmetic; a
//!   mechanic reads only what earlier mechanics of the same hook have
//!   written, never later ones.

use crate::draws::{Extra, Occasion};
use crate::ledger::LedgerDay;
use crate::market::Consts;
use crate::population::Customer;
use crate::rules::Rules;
use crate::scenario::{Programme, Scenario, Segment, Settle};
use crate::validate::Check;

pub(crate) mod bank_card;
pub(crate) mod club;
pub(crate) mod coalition;
pub(crate) mod coupons;
pub(crate) mod discount;
pub(crate) mod draw;
pub(crate) mod gift;
pub(crate) mod gift_cards;
pub(crate) mod points;
pub(crate) mod profit_sharing;
pub(crate) mod referral;
pub(crate) mod tiers;
pub(crate) mod vip;

/// The one list of the programme's cost and income components, in order:
/// it generates the ledger's fields and sums ([`crate::LedgerDay`]), the
/// report's breakdowns ([`crate::CostBreakdown`], [`crate::IncomeBreakdown`])
/// and their CSV columns (`cost_<name>`, `income_<name>`).
macro_rules! with_components {
    ($m:ident) => {
        $m! {
            costs {
                rewards: "Rewards redeemed, at the firm's cost.",
                gifts: "Gifts handed out.",
                prizes: "Prizes won in draws.",
                cards: "Cards produced and issued.",
                members: "Per-member costs.",
                fixed: "Set-up and fixed operating costs.",
                vip: "VIP service terms.",
                club: "Club events and per-club-member costs.",
                coalition: "Coalition fees for points issued.",
                cashback: "Cash back to bank-card holders (all of it; the bank's share is income).",
                coupons: "Sending coupons (their face value is in the discounts).",
                gift_cards: "Goods handed over against redeemed gift cards (at cost).",
                profit_sharing: "Profit shared with contract customers.",
                referrals: "Rewards (other than points) for members who bring a new customer.",
            }
            income {
                club_fees: "Club membership fees.",
                settlements: "Coalition settlements for points redeemed at the firm.",
                bank: "The bank's share of the cash back.",
                gift_card_sales: "Gift cards sold.",
            }
        }
    };
}

/// Where and when a hook runs: the run's constants, the programme, the
/// customer's id and the day.
pub(crate) struct At<'a> {
    /// The run's constants.
    pub(crate) k: &'a Consts,
    /// The programme.
    pub(crate) r: &'a Rules,
    /// The customer's id.
    pub(crate) id: u32,
    /// The day.
    pub(crate) d: u32,
}

impl At<'_> {
    /// Whether the customer is in segment `sg` today.
    #[inline]
    pub(crate) fn in_segment(&self, sg: &Segment, c: &Customer) -> bool {
        self.r.segs.contains(sg, c, self.id, self.d, self.k)
    }
    /// Whether a benefit limited to `limit` reaches this customer (no limit: yes).
    #[inline]
    pub(crate) fn reaches(&self, limit: &Option<Segment>, c: &Customer) -> bool {
        match limit {
            Some(sg) => c.is_member() && self.in_segment(sg, c),
            None => true,
        }
    }
    /// The month of the day (0-based).
    #[inline]
    pub(crate) fn month(&self) -> u32 {
        self.k.month_of_day[self.d as usize] as u32
    }
}

/// One purchase being worked out: the money, the points, and what the
/// mechanics add to the experience.
pub(crate) struct Basket<'a> {
    /// Basket at list price, cents.
    pub(crate) list_cents: i64,
    /// Discount rate (after coupons: the effective rate).
    pub(crate) discount_rate: f64,
    /// Discount, cents.
    pub(crate) discount_cents: i64,
    /// Paid, cents.
    pub(crate) net_cents: i64,
    /// Paid, currency units.
    pub(crate) net: f64,
    /// Cost of the goods, cents.
    pub(crate) cogs_cents: i64,
    /// Points credited with this purchase (all kinds).
    pub(crate) earned: u64,
    /// Of them, the points the firm issued for the purchase itself.
    pub(crate) own_points: u64,
    /// Points redeemed.
    pub(crate) redeemed: u64,
    /// Of them, the points redeemed at the firm (not at a partner).
    pub(crate) redeemed_here: u64,
    /// Extra experienced quality from service terms.
    pub(crate) boost: f64,
    /// Extra quality from perks (gifts, prizes).
    pub(crate) perk: f64,
    /// Won a prize in the draw.
    pub(crate) prize: bool,
    /// A gift card sold now and redeemed later: (day, cost of the goods in cents).
    pub(crate) gift_card: Option<(u32, i64)>,
    /// The day's ledger.
    pub(crate) day: &'a mut LedgerDay,
    /// Prize cost booked this month so far, cents.
    pub(crate) prize_cents: &'a mut i64,
    /// The occasion's draws.
    pub(crate) draws: &'a Occasion,
    /// The extra stream's draws.
    pub(crate) extra: &'a Extra,
}

/// A month's end as the hooks see it.
pub(crate) struct MonthEnd<'a> {
    /// The run's constants.
    pub(crate) k: &'a Consts,
    /// The programme.
    pub(crate) r: &'a Rules,
    /// The month (0-based).
    pub(crate) m: u32,
    /// Its last day.
    pub(crate) last: u32,
    /// The first day of the next month.
    pub(crate) end: u32,
}

impl MonthEnd<'_> {
    /// The hook context for customer `id` on day `d`.
    #[inline]
    pub(crate) fn at(&self, id: u32, d: u32) -> At<'_> {
        At {
            k: self.k,
            r: self.r,
            id,
            d,
        }
    }
}

/// The hooks a mechanic plugs into; every one does nothing by default.
pub(crate) trait Mechanic {
    /// Adds the segments it targets (the top-spender shares are ranked).
    fn segments<'a>(&'a self, _out: &mut Vec<&'a Segment>) {}
    /// Whether it reads the extra stream ([`Extra`]).
    fn extra_draws(&self) -> bool {
        false
    }
    /// At an occasion, before the choice: what happened since the last one
    /// (`dt` days) for any customer of a live programme.
    fn catch_up(&self, _x: &At, _c: &mut Customer, _dt: u32, _e: &Extra, _day: &mut LedgerDay) {}
    /// Multiplies a member's perceived price (1 = list price).
    fn perceived_price(&self, _x: &At, _c: &Customer, _progress: f64, _price: &mut f64) {}
    /// Adds to what a member would lose by leaving, in currency units.
    fn stake(&self, _r: &Rules, _c: &Customer, _top_share: f64, _stake: &mut f64) {}
    /// Adds what membership would be worth a year to a customer who has not
    /// joined, in currency units (`annual`: their expected yearly spend
    /// here), as they perceive it when deciding to join.
    fn perceived_value(&self, _x: &At, _c: &Customer, _annual: f64, _value: &mut f64) {}
    /// The customer joins with this purchase.
    fn on_join(&self, _x: &At, _c: &mut Customer, _b: &mut Basket) {}
    /// Adds to a member's discount before the price is paid.
    fn discount(&self, _x: &At, _c: &mut Customer, _b: &mut Basket) {}
    /// The purchase is paid (members and, for some mechanics, everyone).
    fn on_purchase(&self, _x: &At, _c: &mut Customer, _b: &mut Basket) {}
    /// At a month's end, for every customer who has arrived.
    fn customer_month_end(&self, _x: &MonthEnd, _c: &mut Customer, _expired: &mut u64) {}
    /// At a month's end, for every member (`gone`: defected or moved away).
    fn member_month_end(
        &self,
        _x: &MonthEnd,
        _id: u32,
        _c: &mut Customer,
        _gone: bool,
        _day: &mut LedgerDay,
    ) {
    }
    /// At a month's end, after [`Mechanic::member_month_end`], for every
    /// member still a customer: re-assessments (tiers).
    fn review(&self, _x: &MonthEnd, _c: &mut Customer) {}
    /// At a month's end, once: its monthly bookings.
    fn book_month(&self, _x: &MonthEnd, _day: &mut LedgerDay) {}
    /// An active promoter (recommends 9-10) at a month's end: counts them
    /// for [`Mechanic::referrals`], and may act on them (booked on the
    /// month's last day).
    fn promoter(&self, _x: &MonthEnd, _id: u32, _c: &mut Customer, _day: &mut LedgerDay) {}
    /// New customers a year it brings, from the month's counts (called once
    /// at each month's end, before the next month's arrivals).
    fn referrals(&self, _s: &Scenario) -> f64 {
        0.0
    }
    /// A new customer arrives: the `nth` (from 0) of the month's `of` arrivals.
    fn on_arrival(&self, _c: &mut Customer, _nth: u64, _of: u64) {}
    /// The programme ends on day `x.d`: settle what the member holds.
    fn on_end(&self, _x: &At, _c: &mut Customer, _settle: Settle, _day: &mut LedgerDay) {}
}

/// The list of mechanics: field name, module and compiled type, in the
/// order every hook runs them. It generates [`Mechanics`] (one `Option` per
/// mechanic), its construction from a [`Programme`], its validation and a
/// dispatcher per hook.
macro_rules! mechanics {
    ($($field:ident : $module:ident :: $ty:ident),* $(,)?) => {
        /// Every mechanic of a programme, compiled; `None` where absent.
        #[derive(Default)]
        pub(crate) struct Mechanics {
            $(pub(crate) $field: Option<$module::$ty>,)*
        }

        impl Mechanics {
            /// Compiles the programme's mechanics.
            pub(crate) fn new(p: &Programme, k: &Consts, s: &Scenario) -> Self {
                Mechanics { $($field: $module::$ty::compile(p, k, s),)* }
            }
            /// Every mechanic's checks of its settings, in list order.
            pub(crate) fn validate(c: &mut Check, p: &Programme) {
                $($module::validate(c, p);)*
            }
            pub(crate) fn segments<'a>(&'a self, out: &mut Vec<&'a Segment>) {
                $(if let Some(m) = &self.$field { m.segments(out); })*
            }
            pub(crate) fn extra_draws(&self) -> bool {
                false $(|| self.$field.as_ref().is_some_and(|m| m.extra_draws()))*
            }
            #[inline]
            pub(crate) fn catch_up(&self, x: &At, c: &mut Customer, dt: u32, e: &Extra, day: &mut LedgerDay) {
                $(if let Some(m) = &self.$field { m.catch_up(x, c, dt, e, day); })*
            }
            #[inline]
            pub(crate) fn perceived_price(&self, x: &At, c: &Customer, progress: f64, price: &mut f64) {
                $(if let Some(m) = &self.$field { m.perceived_price(x, c, progress, price); })*
            }
            #[inline]
            pub(crate) fn stake(&self, r: &Rules, c: &Customer, top_share: f64, stake: &mut f64) {
                $(if let Some(m) = &self.$field { m.stake(r, c, top_share, stake); })*
            }
            #[inline]
            pub(crate) fn perceived_value(&self, x: &At, c: &Customer, annual: f64, value: &mut f64) {
                $(if let Some(m) = &self.$field { m.perceived_value(x, c, annual, value); })*
            }
            #[inline]
            pub(crate) fn on_join(&self, x: &At, c: &mut Customer, b: &mut Basket) {
                $(if let Some(m) = &self.$field { m.on_join(x, c, b); })*
            }
            #[inline]
            pub(crate) fn discount(&self, x: &At, c: &mut Customer, b: &mut Basket) {
                $(if let Some(m) = &self.$field { m.discount(x, c, b); })*
            }
            #[inline]
            pub(crate) fn on_purchase(&self, x: &At, c: &mut Customer, b: &mut Basket) {
                $(if let Some(m) = &self.$field { m.on_purchase(x, c, b); })*
            }
            #[inline]
            pub(crate) fn customer_month_end(&self, x: &MonthEnd, c: &mut Customer, expired: &mut u64) {
                $(if let Some(m) = &self.$field { m.customer_month_end(x, c, expired); })*
            }
            #[inline]
            pub(crate) fn member_month_end(&self, x: &MonthEnd, id: u32, c: &mut Customer, gone: bool, day: &mut LedgerDay) {
                $(if let Some(m) = &self.$field { m.member_month_end(x, id, c, gone, day); })*
            }
            #[inline]
            pub(crate) fn review(&self, x: &MonthEnd, c: &mut Customer) {
                $(if let Some(m) = &self.$field { m.review(x, c); })*
            }
            pub(crate) fn book_month(&self, x: &MonthEnd, day: &mut LedgerDay) {
                $(if let Some(m) = &self.$field { m.book_month(x, day); })*
            }
            #[inline]
            pub(crate) fn promoter(&self, x: &MonthEnd, id: u32, c: &mut Customer, day: &mut LedgerDay) {
                $(if let Some(m) = &self.$field { m.promoter(x, id, c, day); })*
            }
            #[inline]
            pub(crate) fn on_arrival(&self, c: &mut Customer, nth: u64, of: u64) {
                $(if let Some(m) = &self.$field { m.on_arrival(c, nth, of); })*
            }
            pub(crate) fn referrals(&self, s: &Scenario, per_year: &mut f64) {
                $(if let Some(m) = &self.$field { *per_year += m.referrals(s); })*
            }
            pub(crate) fn on_end(&self, x: &At, c: &mut Customer, settle: Settle, day: &mut LedgerDay) {
                $(if let Some(m) = &self.$field { m.on_end(x, c, settle, day); })*
            }
        }
    };
}

mechanics! {
    points: points::PointsRules,
    tiers: tiers::TierRules,
    gift: gift::GiftRules,
    draw: draw::DrawRules,
    vip: vip::VipRules,
    club: club::ClubRules,
    coalition: coalition::CoalitionRules,
    bank_card: bank_card::BankRules,
    coupons: coupons::CouponRules,
    gift_cards: gift_cards::GiftCardRules,
    profit_sharing: profit_sharing::SharingRules,
    referral: referral::ReferralRules,
}
