//! What the "Follow a customer" view says of a story, pure (tested
//! natively): how each life ended, in which month and from what state, and
//! each life's totals.
//!
//! Invariant: the totals are sums of the story's purchases, which are the
//! run's own (`loyalty_sim::story`), so the customers' totals add up to the
//! report's revenue.

use crate::text::follow::Ending;
use loyalty_sim::story::Life;
use loyalty_sim::{Leaving, Report};

/// The month (from 1, as the report counts) that day `day` is in; the last
/// month for a day past the horizon, 1 for a report with no months.
pub fn month_of(r: &Report, day: u32) -> u32 {
    r.monthly
        .iter()
        .find(|m| day >= m.first_day && day - m.first_day < m.days)
        .or(r.monthly.last())
        .map_or(1, |m| m.month)
}

/// How `life` ended, on the months of `r`: with a defection, the customer's
/// state at the end of the month before the one they left in.
pub fn ending<'a>(life: &'a Life, r: &Report) -> Ending<'a> {
    if life.months.is_empty() {
        return Ending::NeverArrived;
    }
    let Some(left) = life.left else {
        return Ending::Stayed;
    };
    let month = month_of(r, left.day);
    match left.why {
        Leaving::MovedAway => Ending::MovedAway {
            day: left.day,
            month,
        },
        Leaving::Defected => Ending::Defected {
            day: left.day,
            month,
            // A life's months count from 0, the report's from 1.
            before: life.months.iter().rev().find(|m| m.month + 1 < month),
        },
    }
}

/// A life's totals.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Purchases here.
    pub purchases: usize,
    /// Paid after discounts, currency units.
    pub paid: f64,
    /// Points earned.
    pub earned: u64,
    /// Points redeemed.
    pub redeemed: u64,
}

/// The totals of `life`'s purchases.
pub fn totals(life: &Life) -> Totals {
    life.purchases.iter().fold(
        Totals {
            purchases: life.purchases.len(),
            ..Totals::default()
        },
        |t, p| Totals {
            paid: t.paid + p.net,
            earned: t.earned + p.points_earned as u64,
            redeemed: t.redeemed + p.points_redeemed as u64,
            ..t
        },
    )
}

/// The month the customer arrived in (from 1).
pub fn arrival_month(life: &Life, r: &Report) -> u32 {
    month_of(r, life.arrival_day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use loyalty_sim::story::{follow, pick, Kind};
    use loyalty_sim::Scenario;

    fn example(name: &str, customers: u32, days: u32) -> Scenario {
        let (_, mut s) = crate::examples::all()
            .into_iter()
            .find(|(n, _)| n.en.contains(name))
            .expect("the example");
        s.simulation.customers = customers;
        s.simulation.days = days;
        s
    }

    /// The view's totals of every customer add up to the report's revenue
    /// and purchases, and their points to what the ledger issued and
    /// redeemed (the core's own test of the stories against the ledger is
    /// `crates/sim/tests/story.rs`, `the_stories_of_all_customers_add_up_to_the_ledger`).
    #[test]
    fn the_customers_totals_add_up_to_the_report() {
        // Points (and no discount), then a discount (paid below list price).
        let mut any_points = false;
        for name in ["Default", "Flat 20 %"] {
            let s = example(name, 100, 150);
            let r = loyalty_sim::run(&s).unwrap();
            let (mut paid, mut purchases, mut earned, mut redeemed) = (0i64, 0u64, 0u64, 0u64);
            for id in 0..r.simulated_customers {
                let t = totals(&follow(&s, id).unwrap().programme);
                paid += (t.paid * 100.0).round() as i64;
                purchases += t.purchases as u64;
                earned += t.earned;
                redeemed += t.redeemed;
            }
            assert_eq!(paid, (r.kpis.revenue * 100.0).round() as i64, "{name}");
            let sum = |f: fn(&loyalty_sim::MonthStats) -> u64| {
                r.monthly.iter().map(|m| f(&m.programme)).sum::<u64>()
            };
            assert_eq!(purchases, sum(|m| m.purchases), "{name}");
            assert_eq!(earned, sum(|m| m.points_issued), "{name}");
            assert_eq!(redeemed, sum(|m| m.points_redeemed), "{name}");
            any_points |= earned > 0;
        }
        assert!(any_points);
    }

    /// A defector's ending is in the month of their day, with the state of
    /// the month before; a customer who stayed, stayed.
    #[test]
    fn a_defection_is_placed_in_its_month_with_the_state_before() {
        let s = example("Deregulated", 300, 540);
        let r = loyalty_sim::run(&s).unwrap();
        let mut seen = 0;
        for nth in 0..5 {
            let id = pick(&s, Kind::LeftAfterDeregulation, nth).unwrap().unwrap();
            let story = follow(&s, id).unwrap();
            let life = &story.programme;
            let left = life.left.unwrap();
            match ending(life, &r) {
                Ending::Defected { day, month, before } => {
                    assert_eq!(day, left.day);
                    let row = &r.monthly[month as usize - 1];
                    assert!(row.first_day <= day && day < row.first_day + row.days);
                    if let Some(b) = before {
                        assert_eq!(b.month + 2, month, "the month before");
                        seen += 1;
                    }
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(seen > 0);
        let loyal = pick(&s, Kind::Loyalist, 0).unwrap().unwrap();
        let story = follow(&s, loyal).unwrap();
        assert_eq!(ending(&story.programme, &r), Ending::Stayed);
        assert_eq!(month_of(&r, 0), 1);
        assert_eq!(month_of(&r, 10_000), r.monthly.last().unwrap().month);
    }
}
