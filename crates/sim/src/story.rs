//! One customer's life, in the programme run and in the twin, on one time
//! axis: "follow a customer".
//!
//! [`follow`] runs the scenario again with an [`Observer`] that keeps one
//! customer's occasions (here and elsewhere), purchases and month-end
//! states; [`pick`] finds a customer of a kind (a loyalist, a mercenary, a
//! hostage, a defector, a demoted member, one who left after a
//! deregulation). Each month also places the customer on the seven-emotion
//! scale ([`Emotions`]) and the loyalty ladder ([`Rung`]), derived from the
//! states the model has (`docs/model.md`, "Following a customer").
//!
//! Invariant: following never changes a run (the observer only reads), so
//! a story's purchases are exactly those the run booked for that customer,
//! and the two lives of a customer start from the same traits.

use crate::observe::{CustomerSnapshot, Leaving, Observer, OccasionEvent, PurchaseEvent, RunKind};
use crate::scenario::{Event, Scenario};
use crate::{run_observed, Control, Progress, RunError};
use serde::{Deserialize, Serialize};

/// A customer's life in both runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// The customer's id (the same in both runs).
    pub customer: u32,
    /// Their life with the programme.
    pub programme: Life,
    /// Their life in the twin, without it.
    pub twin: Life,
}

/// A customer's life in one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Life {
    /// Day the customer arrived (0 for the day-0 customers).
    pub arrival_day: u32,
    /// One row a month from the month they arrived.
    pub months: Vec<LifeMonth>,
    /// Every purchase here.
    pub purchases: Vec<Purchase>,
    /// When and why they left, if they did within the horizon.
    pub left: Option<Departure>,
}

/// One purchase here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Purchase {
    /// Day (0-based).
    pub day: u32,
    /// Basket at list price, currency units.
    pub list: f64,
    /// Paid after discounts, currency units.
    pub net: f64,
    /// Points credited.
    pub points_earned: u32,
    /// Points redeemed.
    pub points_redeemed: u32,
    /// Won a prize in the draw.
    pub prize: bool,
    /// A member after the purchase.
    pub member: bool,
}

/// The day a customer left and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Departure {
    /// Day (0-based).
    pub day: u32,
    /// Moved away, or defected.
    pub why: Leaving,
}

/// The five commitments at a month's end (each 0-1).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commitments {
    /// Affective: liking, the holy grail.
    pub affective: f64,
    /// Normative: obligation, reciprocity.
    pub normative: f64,
    /// Economic: what leaving would cost (points, tier, benefits).
    pub economic: f64,
    /// Forced: no reachable alternative.
    pub forced: f64,
    /// Habitual: routine.
    pub habitual: f64,
}

/// The apostle groups (satisfaction crossed with staying).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Apostle {
    /// Satisfied and staying.
    Loyalist,
    /// Satisfied, not staying.
    Mercenary,
    /// Dissatisfied, staying.
    Hostage,
    /// Dissatisfied, not staying.
    Defector,
}

/// The rungs of the loyalty ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rung {
    /// Satisfied but still comparing (buys less than 80 % here).
    Satisfaction,
    /// Not looking at competitors (80 % or more here) but passive (would
    /// not promote the firm: recommends below 9).
    BrandLoyalty,
    /// Brand loyal and promoting the firm (recommends 9 or 10).
    Partnership,
}

/// The seven-emotion scale (1997), each item 0-1; `None` where the model
/// has no cause for it (so it is not invented).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Emotions {
    /// Happiness: the satisfaction above 0.
    pub happiness: f64,
    /// Hope: a member's progress towards the next reward at the month's
    /// end (0 for non-members).
    pub hope: f64,
    /// Pleasant surprise: positive affect (positive disconfirmation,
    /// rewards, prizes) as `a / (1 + a)`.
    pub pleasant_surprise: f64,
    /// Anger: resentment (broken promises, being held by forced or
    /// economic commitment) as `r / (1 + r)`.
    pub anger: f64,
    /// Depression: no cause in the model.
    pub depression: Option<f64>,
    /// Guilt: no cause in the model.
    pub guilt: Option<f64>,
    /// Humiliation: 1 in a month the customer lost a tier, else 0.
    pub humiliation: f64,
}

/// A customer's month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LifeMonth {
    /// Month (0-based).
    pub month: u32,
    /// Occasions bought here this month.
    pub occasions_here: u32,
    /// Occasions bought at an alternative this month.
    pub occasions_elsewhere: u32,
    /// Paid here this month (after discounts), currency units.
    pub spend: f64,
    /// Bought within the lapse window and not gone.
    pub active: bool,
    /// A member.
    pub member: bool,
    /// Tier (0 = none).
    pub tier: u8,
    /// Cumulative satisfaction (about -1 to 1).
    pub satisfaction: f64,
    /// Expectation (0-1).
    pub expectation: f64,
    /// Positive affect (0 and up).
    pub positive_affect: f64,
    /// Negative affect (0 and up).
    pub negative_affect: f64,
    /// The five commitments.
    pub commitments: Commitments,
    /// Resentment (0 and up).
    pub resentment: f64,
    /// Likelihood to recommend (0-10).
    pub recommend: u8,
    /// Points on the account.
    pub points: u64,
    /// Share of occasions bought here (recency-weighted, 0-1).
    pub share: f64,
    /// Apostle group, for a customer counted in the month's groups
    /// (bought within 365 days and not moved away).
    pub apostle: Option<Apostle>,
    /// Rung of the loyalty ladder (`None`: dissatisfied or gone).
    pub rung: Option<Rung>,
    /// The seven-emotion scale.
    pub emotions: Emotions,
}

/// The apostle group of a month-end state (the report's rule).
pub fn apostle(s: &CustomerSnapshot) -> Option<Apostle> {
    if !s.recent {
        return None;
    }
    let staying = s.active && s.share >= 0.5;
    Some(match (s.satisfaction >= 0.0, staying) {
        (true, true) => Apostle::Loyalist,
        (true, false) => Apostle::Mercenary,
        (false, true) => Apostle::Hostage,
        (false, false) => Apostle::Defector,
    })
}

/// The loyalty-ladder rung of a month-end state.
pub fn rung(s: &CustomerSnapshot) -> Option<Rung> {
    rung_of(s.active && !s.gone, s.satisfaction, s.share, s.recommend)
}

/// The rung of a customer who is `active`, with `satisfaction`, `share`
/// of occasions here and likelihood to `recommend` (the one rule, also
/// used for the report's [`crate::LadderShares`]).
pub fn rung_of(active: bool, satisfaction: f64, share: f64, recommend: u8) -> Option<Rung> {
    if !active || satisfaction < 0.0 {
        return None;
    }
    Some(if share < 0.8 {
        Rung::Satisfaction
    } else if recommend < 9 {
        Rung::BrandLoyalty
    } else {
        Rung::Partnership
    })
}

/// The seven-emotion scale of a month-end state.
pub fn emotions(s: &CustomerSnapshot) -> Emotions {
    emotions_of(
        s.satisfaction,
        s.positive_affect,
        s.resentment,
        s.progress,
        s.lost_tier,
    )
}

/// The seven-emotion scale from the states behind it: `progress` is a
/// member's progress towards the next reward (0 for others), `lost_tier`
/// whether a tier was lost this month (the one rule, also used for the
/// report's [`crate::EmotionMeans`]).
pub fn emotions_of(
    satisfaction: f64,
    positive_affect: f64,
    resentment: f64,
    progress: f64,
    lost_tier: bool,
) -> Emotions {
    let squash = |x: f64| {
        let x = x.max(0.0);
        x / (1.0 + x)
    };
    Emotions {
        happiness: satisfaction.clamp(0.0, 1.0),
        hope: progress.clamp(0.0, 1.0),
        pleasant_surprise: squash(positive_affect),
        anger: squash(resentment),
        depression: None,
        guilt: None,
        humiliation: if lost_tier { 1.0 } else { 0.0 },
    }
}

/// What the observer gathers of one run.
#[derive(Default)]
struct Gather {
    life: Life,
    here: u32,
    elsewhere: u32,
    spend: f64,
}

impl Gather {
    fn month_end(&mut self, month: u32, s: &CustomerSnapshot) {
        if self.life.months.is_empty() {
            self.life.arrival_day = s.arrival_day;
        }
        if s.left == Some(Leaving::MovedAway) && self.life.left.is_none() {
            self.life.left = Some(Departure {
                day: s.exit_day,
                why: Leaving::MovedAway,
            });
        }
        self.life.months.push(LifeMonth {
            month,
            occasions_here: std::mem::take(&mut self.here),
            occasions_elsewhere: std::mem::take(&mut self.elsewhere),
            spend: std::mem::take(&mut self.spend),
            active: s.active,
            member: s.member,
            tier: s.tier,
            satisfaction: s.satisfaction,
            expectation: s.expectation,
            positive_affect: s.positive_affect,
            negative_affect: s.negative_affect,
            commitments: Commitments {
                affective: s.affective,
                normative: s.normative,
                economic: s.economic,
                forced: s.forced,
                habitual: s.habitual,
            },
            resentment: s.resentment,
            recommend: s.recommend,
            points: s.points,
            share: s.share,
            apostle: apostle(s),
            rung: rung(s),
            emotions: emotions(s),
        });
    }
}

/// The observer of one customer in both runs.
struct Follow {
    id: u32,
    programme: Gather,
    twin: Gather,
}

impl Follow {
    fn of(&mut self, run: RunKind) -> &mut Gather {
        match run {
            RunKind::Programme => &mut self.programme,
            RunKind::Baseline => &mut self.twin,
        }
    }
}

impl Observer for Follow {
    fn purchase(&mut self, run: RunKind, e: &PurchaseEvent) {
        if e.customer != self.id {
            return;
        }
        let g = self.of(run);
        g.spend += e.net;
        g.life.purchases.push(Purchase {
            day: e.day,
            list: e.list,
            net: e.net,
            points_earned: e.points_earned,
            points_redeemed: e.points_redeemed,
            prize: e.prize,
            member: e.member,
        });
    }
    fn occasion(&mut self, run: RunKind, e: &OccasionEvent) {
        if e.customer != self.id {
            return;
        }
        let g = self.of(run);
        if e.here {
            g.here += 1;
        } else {
            g.elsewhere += 1;
        }
        if e.defected {
            g.life.left = Some(Departure {
                day: e.day,
                why: Leaving::Defected,
            });
        }
    }
    fn wants_snapshots(&self) -> bool {
        true
    }
    fn snapshot(&mut self, run: RunKind, month: u32, s: &CustomerSnapshot) {
        if s.id == self.id {
            self.of(run).month_end(month, s);
        }
    }
}

/// Follows customer `customer` through both runs of `s` (the scenario is
/// validated). A customer who never arrives has empty lives.
pub fn follow(s: &Scenario, customer: u32) -> Result<Story, RunError> {
    follow_with(s, customer, &mut |_| Control::Continue)
}

/// [`follow`] with a progress callback (which may cancel).
pub fn follow_with(
    s: &Scenario,
    customer: u32,
    progress: &mut dyn FnMut(Progress) -> Control,
) -> Result<Story, RunError> {
    let mut f = Follow {
        id: customer,
        programme: Gather::default(),
        twin: Gather::default(),
    };
    run_observed(s, progress, &mut f)?;
    Ok(Story {
        customer,
        programme: f.programme.life,
        twin: f.twin.life,
    })
}

/// The kinds of customer [`pick`] finds, by their life in the programme
/// run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A loyalist at the end.
    Loyalist,
    /// A mercenary at the end.
    Mercenary,
    /// A hostage at the end.
    Hostage,
    /// Defected to an alternative.
    Defector,
    /// A member who lost a tier.
    Demoted,
    /// Defected after the market was deregulated (a `deregulation` event).
    LeftAfterDeregulation,
}

/// Every customer's kind in `s`'s programme run (what [`pick`] chooses
/// from), from one run of the scenario ([`census`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Census {
    /// Per customer id: the apostle group at the last month seen, demoted,
    /// defected on which day.
    rows: Vec<(Option<Apostle>, bool, Option<u32>)>,
    /// The day of the scenario's first deregulation event, if any.
    deregulated: Option<u32>,
}

impl Observer for Census {
    fn occasion(&mut self, run: RunKind, e: &OccasionEvent) {
        if run == RunKind::Programme && e.defected {
            self.row(e.customer).2 = Some(e.day);
        }
    }
    fn wants_snapshots(&self) -> bool {
        true
    }
    fn snapshot(&mut self, run: RunKind, _month: u32, s: &CustomerSnapshot) {
        if run == RunKind::Programme {
            let row = self.row(s.id);
            row.0 = apostle(s);
            row.1 |= s.demoted;
        }
    }
}

impl Census {
    fn row(&mut self, id: u32) -> &mut (Option<Apostle>, bool, Option<u32>) {
        let i = id as usize;
        if self.rows.len() <= i {
            self.rows.resize(i + 1, (None, false, None));
        }
        &mut self.rows[i]
    }

    /// The ids of the customers of `kind`, in increasing order.
    pub fn of(&self, kind: Kind) -> Vec<u32> {
        let deregulated = self.deregulated;
        let is = |&(group, demoted, defected): &(Option<Apostle>, bool, Option<u32>)| match kind {
            Kind::Loyalist => group == Some(Apostle::Loyalist),
            Kind::Mercenary => group == Some(Apostle::Mercenary),
            Kind::Hostage => group == Some(Apostle::Hostage),
            Kind::Defector => defected.is_some(),
            Kind::Demoted => demoted,
            Kind::LeftAfterDeregulation => {
                matches!((defected, deregulated), (Some(d), Some(r)) if d >= r)
            }
        };
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| is(r))
            .map(|(i, _)| i as u32)
            .collect()
    }
}

/// The kinds of every customer of `s`'s programme run (one run of the
/// scenario, with a progress callback that may cancel).
pub fn census(
    s: &Scenario,
    progress: &mut dyn FnMut(Progress) -> Control,
) -> Result<Census, RunError> {
    let mut census = Census {
        rows: Vec::new(),
        deregulated: s.events.iter().find_map(|e| match e {
            Event::Deregulation { day, .. } => Some(*day),
            _ => None,
        }),
    };
    run_observed(s, progress, &mut census)?;
    Ok(census)
}

/// A customer of `kind` in `s`'s programme run: the `nth` (0-based, in id
/// order) of those who are, or `None` if there are not that many.
pub fn pick(s: &Scenario, kind: Kind, nth: usize) -> Result<Option<u32>, RunError> {
    Ok(census(s, &mut |_| Control::Continue)?
        .of(kind)
        .get(nth)
        .copied())
}
