//! The referral bonus: a member who brings a new customer is rewarded, the
//! newcomer may get welcome points, promoters refer more and referrers
//! commit more deeply.

mod common;

use common::*;
use loyalty_sim::*;

fn with_referral(r: Option<Referral>, seed: u64) -> Scenario {
    let mut s = Scenario::default();
    s.simulation.customers = 4_000;
    s.simulation.days = 365;
    s.simulation.seed = seed;
    s.programme.as_mut().expect("default programme").referral = r;
    s
}

fn bonus() -> Referral {
    Referral {
        points: 20,
        reward: 5.0,
        reward_cost: 4.0,
        welcome_points: 10,
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[test]
fn a_referral_bonus_that_gives_nothing_changes_nothing() {
    let nothing = Referral {
        points: 0,
        reward: 0.0,
        reward_cost: 0.0,
        welcome_points: 0,
    };
    let with = run(&with_referral(Some(nothing), 3)).unwrap();
    let without = run(&with_referral(None, 3)).unwrap();
    assert!(
        common::outcome_only(with) == common::outcome_only(without),
        "a referral bonus of nothing changed the report"
    );
}

#[test]
fn every_referral_is_booked_and_the_money_adds_up() {
    let s = with_referral(Some(bonus()), 5);
    let o = outcome(&s);
    let t = o.programme_ledger.total();
    assert!(t.referrals > 0, "no referral was rewarded");
    // Whole rewards of 4.00 each, on month ends only.
    assert_eq!(t.referrals % 400, 0);
    let month_ends: Vec<usize> = o
        .report
        .monthly
        .iter()
        .map(|m| (m.first_day + m.days - 1) as usize)
        .collect();
    for (d, day) in o.programme_ledger.days.iter().enumerate() {
        assert_day_adds_up(day, &format!("day {d}"));
        if day.referrals > 0 {
            assert!(month_ends.contains(&d), "referral booked on day {d}");
        }
    }
    for m in &o.report.monthly {
        assert_month_adds_up(&m.programme, &format!("month {}", m.month));
    }
    assert_eq!(o.baseline_ledger.total().referrals, 0);
    // Referral and welcome points are points like any other.
    let last = o.report.monthly.last().unwrap();
    assert_eq!(
        t.points_issued,
        t.points_redeemed + t.points_expired + last.programme.points_outstanding
    );
    // The report shows the cost as its own component and in the CSV.
    assert_eq!(o.report.kpis.programme_cost, {
        let c: f64 = o
            .report
            .monthly
            .iter()
            .map(|m| m.programme.programme_cost)
            .sum();
        (c * 100.0).round() / 100.0
    });
    let (header, _) = o.report.monthly_table();
    assert!(header.iter().any(|h| h == "cost_referrals"));
}

/// Normative and affective commitment of the day-0 customers (ids below
/// `n`) at the last month's end, in the programme run.
struct Commit {
    n: u32,
    last: u32,
    of: Vec<(f64, f64)>,
}

impl Observer for Commit {
    fn wants_snapshots(&self) -> bool {
        true
    }
    fn snapshot(&mut self, run: RunKind, month: u32, c: &CustomerSnapshot) {
        if run == RunKind::Programme && month == self.last && c.id < self.n {
            self.of[c.id as usize] = (c.normative, c.affective);
        }
    }
}

fn day0_commitments(s: &Scenario) -> (Report, Vec<(f64, f64)>) {
    let n = s.simulation.customers;
    let last = run(s).unwrap().monthly.len() as u32 - 1;
    let mut obs = Commit {
        n,
        last,
        of: vec![(0.0, 0.0); n as usize],
    };
    let o = run_observed(s, &mut |_| Control::Continue, &mut obs).unwrap();
    (o.report, obs.of)
}

#[test]
fn a_referral_bonus_brings_more_customers_and_deepens_commitment() {
    let (mut arrivals, mut normative, mut affective) = (vec![], vec![], vec![]);
    for seed in 1..=5 {
        let (with, c_with) = day0_commitments(&with_referral(Some(bonus()), seed));
        let (without, c_without) = day0_commitments(&with_referral(None, seed));
        let new = |r: &Report| {
            r.monthly
                .iter()
                .map(|m| m.programme.new_customers)
                .sum::<u64>()
        };
        arrivals.push(new(&with) as f64 / new(&without) as f64);
        // The same day-0 customers with and without the bonus: those whose
        // commitments differ are the referrers (and whom their rewards
        // changed); on average they are more committed.
        let diffs: Vec<(f64, f64)> = c_with
            .iter()
            .zip(&c_without)
            .map(|(a, b)| (a.0 - b.0, a.1 - b.1))
            .filter(|d| d.0 != 0.0 || d.1 != 0.0)
            .collect();
        let m = diffs.len().max(1) as f64;
        normative.push(diffs.iter().map(|d| d.0).sum::<f64>() / m);
        affective.push(diffs.iter().map(|d| d.1).sum::<f64>() / m);
    }
    let (a, n, f) = (median(arrivals), median(normative), median(affective));
    eprintln!(
        "referral: new customers with/without median {a:.4} (> 1.03: margin {:+.4}); \
         referrers' normative commitment lift median {n:.4} (> 0: margin {n:+.4}); \
         affective lift median {f:.4} (> 0: margin {f:+.4})",
        a - 1.03
    );
    assert!(a > 1.03, "the bonus brought too few extra customers: {a}");
    assert!(
        n > 0.0,
        "referrers' normative commitment did not deepen: {n}"
    );
    assert!(
        f > 0.0,
        "referrers' affective commitment did not deepen: {f}"
    );
}
