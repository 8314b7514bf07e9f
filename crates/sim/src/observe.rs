//! The public observation hooks: what tests (and later tools) can watch of
//! a run without changing it.
//!
//! Invariant: observing never changes a result; an observer of `()` costs
//! nothing, because the run is generic over the observer.

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
    /// Won a prize in the draw with this purchase.
    pub prize: bool,
}

/// One purchase occasion of a customer, wherever they bought, as seen by an
/// [`Observer`]: the choice between the firm and the alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct OccasionEvent {
    /// Customer id (stable across both runs).
    pub customer: u32,
    /// Day of the occasion (0-based).
    pub day: u32,
    /// Bought here (else at an alternative).
    pub here: bool,
    /// Forced commitment at the time: the chance that no alternative could
    /// be reached (0-1).
    pub forced: f64,
    /// Bought elsewhere and, with that, left for good (a defection).
    pub defected: bool,
}

/// Why a customer is gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Leaving {
    /// Moved away (the exit hazard; both runs alike).
    MovedAway,
    /// Defected to an alternative for good.
    Defected,
}

/// A customer's state at a month's end, as seen by an [`Observer`].
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerSnapshot {
    /// Customer id (stable across both runs).
    pub id: u32,
    /// Bought within the lapse window and not gone.
    pub active: bool,
    /// Bought within the last 365 days and not moved away: counted in the
    /// month's loyalty types and apostle groups.
    pub recent: bool,
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
    /// Expectation: the quality the customer expects (0-1), against which
    /// each visit is judged.
    pub expectation: f64,
    /// Positive affect (0 and up; decays): pleasant surprises, rewards.
    pub positive_affect: f64,
    /// Negative affect (0 and up; decays): disappointments, lost points.
    pub negative_affect: f64,
    /// Share of the customer's occasions bought here (recency-weighted, 0-1).
    pub share: f64,
    /// Why the customer is gone, if they are.
    pub left: Option<Leaving>,
    /// Day the customer moves away (may lie past the horizon).
    pub exit_day: u32,
    /// Day the customer arrived (0 for the day-0 customers).
    pub arrival_day: u32,
    /// A member's progress towards the next reward (0-1; 0 for
    /// non-members and without a programme).
    pub progress: f64,
    /// Lost a tier at this month's review.
    pub lost_tier: bool,
}

/// Watches a run. Every method has a do-nothing default; `()` watches nothing.
pub trait Observer {
    /// Called after every purchase at the firm.
    fn purchase(&mut self, _run: RunKind, _event: &PurchaseEvent) {}
    /// Called after every purchase occasion, here or elsewhere (after
    /// [`Observer::purchase`] for one here).
    fn occasion(&mut self, _run: RunKind, _event: &OccasionEvent) {}
    /// Whether [`Observer::snapshot`] should be called (it costs a pass over all customers).
    fn wants_snapshots(&self) -> bool {
        false
    }
    /// Called for every customer who has arrived, at the end of month `month` (0-based).
    fn snapshot(&mut self, _run: RunKind, _month: u32, _customer: &CustomerSnapshot) {}
}

impl Observer for () {}
